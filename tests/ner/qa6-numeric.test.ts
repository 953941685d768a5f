// Regression tests for QA round 6 of the numeric grammar (Tashkeela's educational texts and
// SaudiNewsNet). Every sentence is invented; each case was misread before the fix it names.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('numbers in brackets that refer rather than count', () => {
  test('leaves out a footnote or a match minute that closes the clause', () => {
    expect(found('وبهذا قال أكثر الفقهاء (4). ثم رجع عنه')).toEqual([]);
    expect(found('أحرز الأهداف يوسف (23)، وماجد (81).')).toEqual([]);
    expect(found('سجل المهاجم (18 و40)، وأضاف زميله هدفا')).toEqual([]);
    expect(found('واستدل بالحديث الشريف [12].')).toEqual([]);
    expect(found('وقد ذكر ذلك ابن خلدون[3] في مقدمته')).toEqual([]);
    expect(found('وسجل هدفيه في الدقيقتين 12 و75 من المباراة')).toEqual([]);
  });

  test('leaves out the minutes of a list of scorers', () => {
    expect(found('وسجل الأهداف كريم (12 و40) وسامي (67) وفهد (88) لأصحاب الأرض')).toEqual([]);
    expect(found('تضم (12) وحدة سكنية و(5) محلات')).toEqual([['NUM', '12', 12], ['NUM', '5', 5]]);
  });

  test('leaves out list numbers glued to a colon before a word', () => {
    expect(found('وصفه بخصال: 1: صدق الحديث، 2: أداء الأمانة')).toEqual([]);
    expect(found('انتهت المباراة 2: 1 للضيوف')).toEqual([['NUM', '2', 2], ['NUM', '1', 1]]);
  });

  test('leaves out a verse or page after a name and a colon', () => {
    expect(found('كما في قوله تعالى (الحج: 78) وغيره')).toEqual([]);
    expect(found('وهو ما تقرره الآية (آل عمران، 104).')).toEqual([]);
    expect(found('ثم تلا الآيات (البقرة: 183-185) كاملة')).toEqual([]);
  });

  test('keeps a count in brackets that its noun follows', () => {
    expect(found('افتتحت الوزارة (12) مدرسة جديدة')).toEqual([['NUM', '12', 12]]);
    expect(found('وأصيب (7) منهم في الحادث')).toEqual([['NUM', '7', 7]]);
  });
});

describe('digits in brackets before a scale, a currency or a percent', () => {
  test('reads the bracketed digits and the word after them as one amount', () => {
    expect(found('بلغ عدد الزوار (٤٥) ألف زائر')).toEqual([['NUM', '(٤٥) ألف', 45000]]);
    expect(found('بلغ عدد الركاب (٦١,٣) ألف راكب')).toEqual([['NUM', '(٦١,٣) ألف', 61300]]);
    expect(found('بقيمة (12) مليون ريال')).toEqual([['MONEY', '(12) مليون ريال', { amount: 12000000, currency: 'SAR' }]]);
    expect(found('غرامة قدرها (300) ريال')).toEqual([['MONEY', '(300) ريال', { amount: 300, currency: 'SAR' }]]);
    expect(found('ارتفع بنسبة (8) في المائة')).toEqual([['PERCENT', '(8) في المائة', 8]]);
    expect(found('يحتجز التنظيم «300» ألف مدني')).toEqual([['NUM', '«300» ألف', 300000]]);
  });

  test('reads «12 ألف و60 ألف ريال» as two amounts', () => {
    // (the first amount takes the second one's currency since QA round 48: a NUM before)
    expect(found('تتراوح بين 12 ألف و60 ألف ريال')).toEqual([
      ['MONEY', '12 ألف', { amount: 12000, currency: 'SAR' }],
      ['MONEY', '60 ألف ريال', { amount: 60000, currency: 'SAR' }],
    ]);
    expect(found('بلغ مليون و200 ألف')).toEqual([['NUM', 'مليون و200 ألف', 1200000]]);
  });
});

describe('numbers that name', () => {
  test('leaves out a number word after «رقم» or «الرقم»', () => {
    expect(found('فاز اللاعب رقم سبعة بالجائزة')).toEqual([]);
    expect(found('يحب الصينيون الرقم تسعة كثيرا')).toEqual([]);
    expect(found('أصبحت المحافظة رقم تسعة عشر، ثم')).toEqual([]);
    expect(found('شارك المنتخب رقم ثلاثة وثلاثين في البطولة')).toEqual([]);
    expect(found('بلغ الرقم عشرة آلاف')).toEqual([['NUM', 'عشرة آلاف', 10000]]);
  });

  test('leaves out digits after a Latin word in any case, but not the year of a citation', () => {
    expect(found('تحمل الجين Brca 1 بعض النساء')).toEqual([]);
    expect(found('يعمل بنظام Windows 10 الجديد')).toEqual([]);
    expect(found('كما بين Smith 2009 في دراسته')).toEqual([['DATE', '2009', '2009']]);
  });

  test('leaves out a fraction before what it measures, and keeps a score', () => {
    expect(found('يضاف 1/2 كوب من الحليب')).toEqual([]);
    expect(found('ثم 2/1 ملعقة سكر')).toEqual([]);
    expect(found('انتهت بالتعادل 1/1، وجاء الهدفان')).toEqual([['NUM', '1', 1], ['NUM', '1', 1]]);
  });

  test('leaves out digits after the article, bracketed or before a scale', () => {
    // (since QA round 13 digits with a scale after the article count: no ordinal takes a scale)
    expect(found('ومن بين ال40 مليون نسمة')).toEqual([['NUM', '40 مليون', 40000000]]);
    expect(found('انطلقت البطولة الـ(12) للناشئين')).toEqual([]);
    // (since QA round 33 a definite hundred before a singular scale and a currency is an amount,
    // as «المليون دولار» has been since round 30)
    expect(found('لم تتجاوز الإيرادات حدود المائة مليون دولار')).toEqual([['MONEY', 'المائة مليون دولار', { amount: 100000000, currency: 'USD' }]]);
    // (since QA round 25 digits typed against any Arabic word count before a scale: no code takes one)
    expect(found('يبلغ عدد سكانها69 ألف نسمة')).toEqual([['NUM', '69 ألف', 69000]]);
    expect(found('زرعت 2.700.000 مليونان وسبعمائة ألف شجرة')).toEqual([['NUM', '2.700.000', 2700000], ['NUM', 'مليونان وسبعمائة ألف', 2700000]]);
  });
});

describe('dates', () => {
  test('reads a range of days joined by an en dash', () => {
    expect(found('تقام من 14– 16 مارس 2019 في جدة')).toEqual([['DATE', '14– 16 مارس 2019', '2019-03-14/2019-03-16']]);
  });

  test('reads an ordinal day above the fifth after a weekday', () => {
    expect(found('الجمعة العاشر من مايو 2019')).toEqual([['DATE', 'الجمعة العاشر من مايو 2019', '2019-05-10']]);
    expect(found('وفي يوم الأربعاء السابع عشر من شهر رجب')).toEqual([['DATE', 'يوم الأربعاء السابع عشر من شهر رجب', undefined]]);
  });

  test('reads two digits after bare «عام/سنة» as a year of an unwritten century', () => {
    expect(found('تخرج عام 85 من الجامعة')).toEqual([['DATE', 'عام 85', undefined]]);
    expect(found('وفي عام 67م احتلت المدينة')).toEqual([['DATE', 'عام 67م', undefined]]);
    expect(found('هاجر منذ عام 48 عندما بدأت الحرب')).toEqual([['DATE', 'عام 48', undefined]]);
    expect(found('في يونيو عام 67 قامت الحرب')).toEqual([['DATE', 'يونيو عام 67', '--06']]);
  });

  test('reads four digits in the years\' range as a count after a word of quantity or before a unit', () => {
    expect(found('حضر أكثر من 2000 شخص الحفل')).toEqual([['NUM', '2000', 2000]]);
    expect(found('يضم المعسكر نحو 1900 جندي')).toEqual([['NUM', '1900', 1900]]);
    expect(found('يحمل كل قارب ما بين 500 و2000 صندوق')).toEqual([['NUM', '500', 500], ['NUM', '2000', 2000]]);
    expect(found('تنتج ما بين 1800 و2100 كيلوواط')).toEqual([['NUM', '1800', 1800], ['NUM', '2100', 2100]]);
    expect(found('في 2015 شهدت المدينة نموا')).toEqual([['DATE', '2015', '2015']]);
    expect(found('خسر في 2008 أمام منافسه')).toEqual([['DATE', '2008', '2008']]);
    expect(found('وفي موسم 2009-2010 قدم اللاعب أداء رائعا')).toEqual([['DATE', '2009-2010', '2009/2010']]);
    // QA round 8: the period's first bound is a year like its second (was NUM 1789 + DATE 1914)
    // (one DATE since QA round 20)
    expect(found('يمتد من 1789 إلى 1914 تاريخ الحرب')).toEqual([['DATE', '1789 إلى 1914', '1789/1914']]);
  });

  test('reads two four-digit numbers in brackets as a period', () => {
    expect(found('حكم الملك ألفونسو (1312-1350) قشتالة')).toEqual([['DATE', '1312-1350', '1312/1350']]);
  });

  test('does not read a score against «صفر» as a date of Safar', () => {
    expect(found('تقدم الفريق 1/صفر في الشوط الأول')).toEqual([['NUM', '1', 1], ['NUM', 'صفر', 0]]);
    expect(found('في 20/صفر/1430 هـ وصل')).toEqual([['DATE', '20/صفر/1430 هـ', '2009-02-16']]);
  });

  test('keeps counts after «عام» as counts', () => {
    expect(found('يتخرج كل عام 40 طالبا')).toEqual([['NUM', '40', 40]]);
    expect(found('أنفقت عام 20 مليون دولار')).toEqual([['MONEY', '20 مليون دولار', { amount: 20000000, currency: 'USD' }]]);
  });
});

describe('number words', () => {
  test('reads «ست» with a proclitic before a plural of time or count', () => {
    expect(found('سافر لست سنوات إلى الخارج')).toEqual([['NUM', 'ست', 6]]);
    expect(found('تكرر ذلك بست مرات')).toEqual([['NUM', 'ست', 6]]);
    expect(found('أنا لست طبيبا')).toEqual([]);
  });

  test('gives a diacritized «وأحد» the reading of the plain word', () => {
    expect(found('جاء وَأَحَدُ الطلاب')).toEqual(found('جاء وأحد الطلاب'));
    expect(found('رأيت وَأَحَدَ عَشَرَ كوكبا')).toEqual([['NUM', 'أَحَدَ عَشَرَ', 11]]);
  });
});
