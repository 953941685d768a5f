// Regression tests for QA round 7 of the numeric grammar (ANT news and Arabic Wikipedia's
// history pages). Every sentence is invented; each case was misread before the fix it names.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('chapter and verse of a book of the Bible', () => {
  test('leaves out a chapter and a verse after the name of the book', () => {
    expect(found('وقد ورد ذلك في نص الإنجيل (مرقس 4: 12) صراحة')).toEqual([]);
    expect(found('كما جاء في يوحنا 6: 35، وفي غيره')).toEqual([]);
    expect(found('وهو ما يذكره سفر التكوين 2: 7 بوضوح')).toEqual([]);
    expect(found('كما روى لمتى 5: 9: "طوبى لصانعي السلام"')).toEqual([]);
  });

  test('leaves out a range of verses, a book in two parts and a list of references', () => {
    expect(found('ورد في المثل (لوقا 15: 11-32) أن الابن عاد')).toEqual([]);
    expect(found('حين صار ملكا (الملوك الأول 2: 11)، حكم طويلا')).toEqual([]);
    expect(found('انظر (متى 8: 1-4؛ 9: 18) وغيرها')).toEqual([]);
    expect(found('راجع (إنجيل مرقس 2: 5؛ إنجيل لوقا 7: 48) للمقارنة')).toEqual([]);
    expect(found('ويتحدث عن ذلك في موضع آخر (6: 22-40).')).toEqual([]);
  });

  test('still reads a score, a ratio and a time with a colon', () => {
    expect(found('وفاز الفريق الضيف 3: 1 على أرضه')).toEqual([['NUM', '3', 3], ['NUM', '1', 1]]);
    expect(found('وانتهت المباراة بنتيجة (2: 0) للضيوف')).toEqual([['NUM', '2', 2], ['NUM', '0', 0]]);
    expect(found('يبدأ العرض الساعة 9:45 صباحا')).toEqual([['TIME', 'الساعة 9:45 صباحا', 'T09:45']]);
  });
});

describe('references to volumes, pages and footnotes', () => {
  test('leaves out a volume and a page after a source and a comma', () => {
    expect(found('وقد أورد الخبر الطبري، 3/215 ثم ابن الأثير، 9/40 بعده')).toEqual([]);
    expect(found('كما ذكر المؤرخ، التاريخ، 2/118 .')).toEqual([]);
    expect(found('انظر الموسوعة، 4/311-312 وما بعدها')).toEqual([]);
  });

  test('leaves out a verse in square brackets and a footnote glued after a full stop', () => {
    expect(found('كما في الآية الكريمة [الأنعام: 38] وغيرها')).toEqual([]);
    expect(found('وانتشرت زراعته في الأندلس.[14] ثم في صقلية')).toEqual([]);
  });

  test('still reads a numeric date, a fraction before its noun, a score and a count in square brackets', () => {
    expect(found('وفي يوم، 14/9/2015 وقع الحادث')).toEqual([['DATE', '14/9/2015', '2015-09-14']]);
    expect(found('انتهت بالتعادل 1/1، وجاء الهدفان')).toEqual([['NUM', '1', 1], ['NUM', '1', 1]]);
    expect(found('يضم [12] مدرسة')).toEqual([['NUM', '12', 12]]);
  });
});

describe('numbers that name a racing series, a radio station or a channel', () => {
  test('leaves out the number after «فورمولا», «راديو» and «القناة»', () => {
    expect(found('فاز السائق بلقب بطولة العالم لسباقات فورمولا 1 مرتين')).toEqual([]);
    expect(found('قال في مقابلة مع راديو 4 إن الوضع صعب')).toEqual([]);
    expect(found('تبث القناة 5 والقناة 8 باللغتين')).toEqual([]);
  });

  test('still counts a length or a number of channels', () => {
    expect(found('يبلغ طول القناة 160 كيلومترا')).toEqual([['NUM', '160', 160]]);
    expect(found('تملك الشركة 4 قنوات إذاعية')).toEqual([['NUM', '4', 4]]);
  });
});

describe('years before 1800 written bare', () => {
  test('reads two four-digit numbers bounding a period as years', () => {
    // (one DATE since QA round 20)
    expect(found('وقد حكم البلاد من 1352 إلى 1371 بلا منازع')).toEqual([['DATE', '1352 إلى 1371', '1352/1371']]);
    expect(found('بنيت القلعة بين 1183-1387 على مراحل')).toEqual([['DATE', '1183', '1183'], ['DATE', '1387', '1387']]);
    // an em dash joins the period as the hyphen does (QA round 18)
    expect(found('الشاعر الإيطالي (1265—1321) كتب ملحمته')).toEqual([['DATE', '1265—1321', '1265/1321']]);
    expect(found('دامت الحرب ما بين 1337 و 1453، وهي أطول حروب أوروبا')).toEqual([['DATE', '1337 و 1453', '1337/1453']]);
  });

  test('keeps a range of counts: round hundreds, a unit or a counted noun after it', () => {
    expect(found('ارتفع العدد من 1100 إلى 1500 خلال عام')).toEqual([['NUM', '1100', 1100], ['NUM', '1500', 1500]]);
    expect(found('يتراوح وزنه من 1250 إلى 1400 كيلوغرام')).toEqual([['NUM', '1250', 1250], ['NUM', '1400', 1400]]);
    expect(found('حصل على ما بين 1236 و1247 صوتا في الدوائر')).toEqual([['NUM', '1236', 1236], ['NUM', '1247', 1247]]);
  });

  test('reads a year after «في/منذ/حتى» when the clause goes on without a counted noun', () => {
    expect(found('ظل الملك في الحكم حتى 1492 بعد أن حاصر المدينة')).toEqual([['DATE', '1492', '1492']]);
    expect(found('وقد وصل إلى المدينة في 1326 في رحلته الأولى')).toEqual([['DATE', '1326', '1326']]);
    expect(found('بقي أميرا حتى 1250 وكانت الدولة ضعيفة')).toEqual([['DATE', '1250', '1250']]);
    expect(found('وقد سافر إلى روما في 1538 ورغم ذلك بقي وحيدا')).toEqual([['DATE', '1538', '1538']]);
    expect(found('ولم يعد إلى بلاده حتى 1354.')).toEqual([['DATE', '1354', '1354']]);
  });

  test('keeps a count after «في/منذ/حتى» with its noun', () => {
    expect(found('وقد شارك في 1300 مباراة دولية')).toEqual([['NUM', '1300', 1300]]);
    expect(found('وزعت المنظمة حتى 1200 وجبة يوميا')).toEqual([['NUM', '1200', 1200]]);
    expect(found('أصيب في 1500 من الحوادث')).toEqual([['NUM', '1500', 1500]]);
  });

  test('reads the common-era year after a Hijri year and a slash', () => {
    expect(found('توفي سنة 808 هـ/1406 في القاهرة')).toEqual([['DATE', 'سنة 808 هـ', '1405-07-08/1406-06-26'], ['DATE', '1406', '1406']]);
    expect(found('بني المسجد عام 1130هـ / 1718.')).toEqual([['DATE', 'عام 1130هـ', '1717-12-05/1718-11-23'], ['DATE', '1718', '1718']]);
  });
});

describe('definite cardinals of eleven and twelve', () => {
  test('leaves out «الاثني عشر» and «الإحدى عشرة» after a noun, as other definite numerals', () => {
    expect(found('خلال الأشهر الاثني عشر الأخيرة')).toEqual([]);
    expect(found('وتشارك الدول الإحدى عشرة في القمة')).toEqual([]);
    expect(found('وقعت الدول الاثنتي عشرة على الاتفاق')).toEqual([]);
  });

  test('still counts «اثني عشر» and «إحدى عشرة» without the article', () => {
    expect(found('بعد اثني عشر شهرا')).toEqual([['NUM', 'اثني عشر', 12]]);
    expect(found('تشارك إحدى عشرة دولة')).toEqual([['NUM', 'إحدى عشرة', 11]]);
  });
});

describe('amounts and times', () => {
  test('reads «ملايين ونصف مليون» as one number', () => {
    expect(found('يعيش نحو خمسة ملايين ونصف مليون نسمة في العاصمة')).toEqual([['NUM', 'خمسة ملايين ونصف مليون', 5500000]]);
    expect(found('بلغت الكلفة مليار ونصف مليار دولار')).toEqual([['MONEY', 'مليار ونصف مليار دولار', { amount: 1500000000, currency: 'USD' }]]);
  });

  test('reads «إسترليني» without «جنيه» after an amount as the pound', () => {
    expect(found('انتقل اللاعب مقابل 45 مليون إسترليني إلى ناديه الجديد')).toEqual([
      ['MONEY', '45 مليون إسترليني', { amount: 45000000, currency: 'GBP' }],
    ]);
    expect(found('دفع غرامة قدرها 800 استرليني، ثم غادر')).toEqual([['MONEY', '800 استرليني', { amount: 800, currency: 'GBP' }]]);
    expect(found('ارتفع الجنيه الإسترليني أمام الدولار')).toEqual([]);
  });

  test('reads a 24-hour time with «مساء» or «ليلا» after it', () => {
    expect(found('وصل القطار الساعة 21:40 مساء إلى المحطة')).toEqual([['TIME', 'الساعة 21:40 مساء', 'T21:40']]);
    expect(found('انطلقت الرحلة عند 23:05 ليلا')).toEqual([['TIME', '23:05 ليلا', 'T23:05']]);
    expect(found('وصل الساعة 7:40 مساء')).toEqual([['TIME', 'الساعة 7:40 مساء', 'T19:40']]);
  });
});

describe('«الاثنين» as Monday', () => {
  test('reads a bare «الاثنين» after a word and before the end of a clause as Monday', () => {
    expect(found('وأعلن الوزير ذلك في كلمة ألقاها الاثنين.')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(found('انطلقت القافلة من العاصمة الإثنين، وفقا لمصادر محلية')).toEqual([['DATE', 'الإثنين', '-W-1']]);
  });

  test('leaves «الاثنين» as "the two" after «بين» and the like, a dual pronoun or before a colon', () => {
    expect(found('لا توجد علاقة واضحة بين الاثنين.')).toEqual([]);
    expect(found('فقد خسر الفريق برحيلهما الاثنين.')).toEqual([]);
    expect(found('وقد جمع الكاتب الاثنين: الشعر والنثر')).toEqual([]);
    expect(found('تحدث الشاهد عن الاثنين، ثم صمت')).toEqual([]);
    // a full stop on the next line does not end the clause of this one
    expect(found('وقد قابل المدرب الاثنين\n.\nثم عاد')).toEqual([]);
  });
});
