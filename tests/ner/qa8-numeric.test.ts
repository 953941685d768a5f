// Regression tests for QA round 8 of the numeric grammar (SaudiNewsNet and Arabic Wikipedia).
// Every sentence is invented; each case was misread before the fix it names.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('centuries', () => {
  test('reads a century named by an ordinal or digits as a DATE with its first two digits', () => {
    expect(found('بنيت الكنيسة في القرن الثاني عشر على تل')).toEqual([['DATE', 'القرن الثاني عشر', '11']]);
    expect(found('انتشرت الطباعة في القرن 16 بسرعة')).toEqual([['DATE', 'القرن 16', '15']]);
    expect(found('إبريق من الفخار (القرن 7م).')).toEqual([['DATE', 'القرن 7م', '06']]);
    expect(found('كان ذلك بالقرن الـ18 تقريبا')).toEqual([['DATE', 'القرن الـ18', '17']]);
    expect(found('مع مطلع القرن الحادي والعشرين تغير كل شيء')).toEqual([['DATE', 'مطلع القرن الحادي والعشرين', '20']]);
    expect(found('عاش في القرن الرابع الميلادي راهبا')).toEqual([['DATE', 'القرن الرابع الميلادي', '03']]);
  });

  test('reads two centuries, a decade of one, and leaves Hijri centuries without a value (BC ones have one since QA round 50)', () => {
    expect(found('ازدهرت المدينة في القرنين الرابع عشر والخامس عشر')).toEqual([['DATE', 'القرنين الرابع عشر والخامس عشر', '13/14']]);
    expect(found('ظهرت الفرقة في ستينيات القرن العشرين ثم اختفت')).toEqual([['DATE', 'ستينيات القرن العشرين', '196']]);
    expect(found('عاش الفقيه في القرن السابع الهجري بمصر')).toEqual([['DATE', 'القرن السابع الهجري', undefined]]);
    expect(found('بنيت القلعة في القرن الثالث قبل الميلاد')).toEqual([['DATE', 'القرن الثالث قبل الميلاد', '-02']]);
  });

  test('leaves a relative century, the Horn of Africa and counts of centuries alone', () => {
    expect(found('منذ القرن الماضي والنقاش قائم')).toEqual([]);
    // (since QA round 13 a decade of it is a DATE with no value, as «سبتمبر المقبل» is one)
    expect(found('منذ ثمانينات القرن الماضي والنقاش قائم')).toEqual([['DATE', 'ثمانينات القرن الماضي', '198']]);
    expect(found('تقع البلاد في منطقة القرن الأفريقي')).toEqual([]);
    expect(found('بقيت المدينة عامرة ثلاثة قرون')).toEqual([['NUM', 'ثلاثة', 3]]);
  });
});

describe('clock times without «الساعة»', () => {
  test('reads an hour word and the part of the day after a preposition as a TIME', () => {
    expect(found('يفتح المعرض أبوابه من التاسعة صباحا حتى العاشرة مساء يوميا')).toEqual([
      ['TIME', 'التاسعة صباحا', 'T09:00'],
      ['TIME', 'العاشرة مساء', 'T22:00'],
    ]);
    expect(found('تنطلق المباراة في تمام الثالثة عصرا بتوقيت مكة')).toEqual([['TIME', 'الثالثة عصرا', 'T15:00']]);
    expect(found('وصل الوفد عند الحادية عشرة والنصف ليلا')).toEqual([['TIME', 'الحادية عشرة والنصف ليلا', 'T23:30']]);
  });

  test('leaves an ordinal after a noun alone', () => {
    expect(found('خاض الفريق مباراته الودية الخامسة مساء أمس')).toEqual([]);
    expect(found('عقد المجلس جلسته الثانية صباحا')).toEqual([]);
  });
});

describe('years', () => {
  test('reads a Hijri year paired with its common-era year by a slash as Hijri', () => {
    expect(found('تأسست الجمعية عام 1355/ 1936 في مكة')).toEqual([['DATE', 'عام 1355', '1936-03-24/1937-03-13'], ['DATE', '1936', '1936']]);
    expect(found('صدر الكتاب في 1390/1970 ثم أعيد طبعه')).toEqual([['DATE', '1390', '1970-03-09/1971-02-26'], ['DATE', '1970', '1970']]);
  });

  test('keeps a season and two close years a range', () => {
    expect(found('في موسم 2019/2020 فاز الفريق')).toEqual([['DATE', '2019/2020', '2019/2020']]);
  });

  test('reads a year listed after a year as a year', () => {
    // (one DATE since QA round 20)
    expect(found('اندلعت الحرب بين عامي 1455 و1487، وانتهت بصلح')).toEqual([['DATE', 'عامي 1455 و1487', '1455/1487']]);
    expect(found('وقعت المجاعة بين سنة 1315 و1317 في أوروبا')).toEqual([['DATE', 'سنة 1315 و1317', '1315/1317']]);
  });

  test('keeps a count after a year a count', () => {
    expect(found('في عام 1600 و1200 جندي آخرون')).toEqual([['DATE', 'عام 1600', '1600'], ['NUM', '1200', 1200]]);
  });

  test('reads a number after «عددهم» as a count, not a year', () => {
    expect(found('ضمت القرية سكانا يبلغ عددهم 1850 نسمة')).toEqual([['NUM', '1850', 1850]]);
    expect(found('وقد وصل الحجاج وعددهم 1900.')).toEqual([['NUM', '1900', 1900]]);
  });

  test('reads the months with veh and peh as Wikipedia writes them', () => {
    expect(found('وصل في 12 تشرين الثاني (نوڤمبر) 1799م إلى القاهرة')).toEqual([['DATE', '12 تشرين الثاني (نوڤمبر) 1799م', '1799-11-12']]);
    expect(found('في أيلول (سپتمبر) 1683م رفع الحصار')).toEqual([['DATE', 'أيلول (سپتمبر) 1683م', '1683-09']]);
  });
});

describe('numbers that name', () => {
  test('leaves out the number of a stock index', () => {
    expect(found('ارتفع مؤشر كاك 40 الفرنسي 1.2%')).toEqual([['PERCENT', '1.2%', 1.2]]);
    expect(found('أغلق مؤشر ستاندرد آند بورز 500 منخفضا')).toEqual([]);
    expect(found('تراجع المؤشر يورو ستوكس 50 للأسهم القيادية')).toEqual([]);
  });

  test('leaves out a numbered military unit and a round of talks', () => {
    expect(found('قصفت الطائرات مقر اللواء 25 في المدينة')).toEqual([]);
    expect(found('انشق قائد الفرقة 17 مشاة عن الجيش')).toEqual([]);
    expect(found('دعا إلى العودة إلى مقررات جنيف 1 بشأن الأزمة')).toEqual([]);
  });

  test('still counts a general\'s years, a district\'s people and days in Geneva', () => {
    expect(found('عاش اللواء 80 عاما في القرية')).toEqual([['NUM', '80', 80]]);
    expect(found('يبلغ سكان اللواء 150 ألف نسمة')).toEqual([['NUM', '150 ألف', 150000]]);
    expect(found('أمضى الوفد في جنيف 4 أيام')).toEqual([['NUM', '4', 4]]);
  });

  test('leaves out a footnote in square brackets after a full stop and a space', () => {
    expect(found('ازدهرت التجارة في تلك الفترة. [17] ثم جاءت الحرب')).toEqual([]);
    expect(found('وصل عدد السكان إلى مليون. [5] وبعد ذلك')).toEqual([['NUM', 'مليون', 1000000]]);
  });

  test('still counts a number in square brackets before its noun', () => {
    expect(found('تضم المدينة [14] مدرسة')).toEqual([['NUM', '14', 14]]);
  });
});

describe('«ألف» the verb', () => {
  test('leaves out «ألف» before a definite or accusative noun or «فيها»', () => {
    expect(found('وقد ألف الشاعر ديوانا في الحنين')).toEqual([]);
    expect(found('اهتم بالفقه وألف العديد من الرسائل')).toEqual([]);
    expect(found('ثم ألف كتابا عن رحلته')).toEqual([]);
    expect(found('عاش في دمشق وألف فيها أهم أعماله')).toEqual([]);
  });

  test('still counts «ألف» before an indefinite noun, a currency or «منها»', () => {
    expect(found('شارك ألف متطوع في الحملة')).toEqual([['NUM', 'ألف', 1000]]);
    expect(found('دفع ألف ريال')).toEqual([['MONEY', 'ألف ريال', { amount: 1000, currency: 'SAR' }]]);
    expect(found('وصلت 3 آلاف رسالة، ألف منها بالبريد')).toEqual([['NUM', '3 آلاف', 3000], ['NUM', 'ألف', 1000]]);
  });
});
