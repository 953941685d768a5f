// Regression tests for QA round 11 of the numeric grammar (SaudiNewsNet and Arabic Wikipedia).
// Every sentence is invented; each case was misread before the fix it names, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('counts', () => {
  test('counts the number after «عدد»', () => {
    expect(found('وفرت البلدية عدد 4 حافلات للطلاب')).toEqual([['NUM', '4', 4]]);
    expect(found('تدرب عدد 350 من المسعفين على الإخلاء')).toEqual([['NUM', '350', 350]]);
    expect(found('استلم المستشفى بعدد 12 سريرا جديدا')).toEqual([['NUM', '12', 12]]);
  });

  test('keeps the issue of a periodical and a numbered article after «عدد»', () => {
    expect(found('نشرة الجمعية عدد 45، آذار 1990')).toEqual([['DATE', 'آذار 1990', '1990-03']]);
    expect(found('صدر الحكم بموجب الفصل عدد 212 من المجلة')).toEqual([]);
  });

  test('leaves out «عشر» after a definite unit: a definite numeral', () => {
    expect(found('ارتفعت القطاعات الخمسة عشر في السوق')).toEqual([]);
    expect(found('عاش في المدينة للسبعة عشر عاما التالية')).toEqual([]);
    expect(found('بلغ عددهم الثمانية عشر مليونا')).toEqual([]);
  });

  test('keeps an indefinite teen and an ordinal', () => {
    expect(found('زار خمسة عشر بلدا')).toEqual([['NUM', 'خمسة عشر', 15]]);
    expect(found('في الفصل الخامس عشر من الكتاب')).toEqual([]);
  });
});

describe('names', () => {
  test('reads two digits after a festival and its place as the edition', () => {
    expect(found('افتتح مهرجان صيف تبوك 37 الذي يستمر شهرا')).toEqual([]);
    expect(found('شارك النادي في مهرجان الطائف 37، وفاز بكأسه')).toEqual([]);
    expect(found('حضر الوفد مهرجان "أبها 37" في الجنوب')).toEqual([]);
  });

  test('keeps a count after a festival and its place', () => {
    expect(found('ضم مهرجان الطائف 40 فعالية')).toEqual([['NUM', '40', 40]]);
  });

  test('reads a military unit with an adjective as named by its number', () => {
    expect(found('تمركزت الفرقة المدرعة 45 في الشمال')).toEqual([]);
    expect(found('انسحب اللواء الآلي 17 من المدينة')).toEqual([]);
  });

  test('keeps a count after a unit with an adjective', () => {
    expect(found('أحيت الفرقة الموسيقية 12 حفلة')).toEqual([['NUM', '12', 12]]);
    expect(found('عاش اللواء المتقاعد 80 عاما')).toEqual([['NUM', '80', 80]]);
  });
});

describe('dates', () => {
  test('reads the second of two three-digit years after the dual', () => {
    expect(found('تولى الأسقفية بين عامي 412 و431. ثم')).toEqual([['DATE', 'عامي 412', '0412'], ['DATE', '431', '0431']]);
  });

  test('keeps a count after the second number', () => {
    expect(found('حكم بين عامي 412 و431 جنديا')).toEqual([['DATE', 'عامي 412', '0412'], ['NUM', '431', 431]]);
  });

  test('reads «سنوات/السنوات» before a round year as its decade', () => {
    expect(found('ازدهرت الصناعة في السنوات 1960، ثم')).toEqual([['DATE', 'السنوات 1960', '196']]);
    expect(found('انتشرت الموضة سنوات 1950.')).toEqual([['DATE', 'سنوات 1950', '195']]);
  });

  test('keeps a year that is not round, a list and a period after «سنوات»', () => {
    expect(found('منذ سنوات 1995')).toEqual([['DATE', 'سنوات 1995', '1995']]);
    expect(found('في السنوات 1990 و1991')).toEqual([['DATE', 'السنوات 1990', '1990'], ['DATE', '1991', '1991']]);
    expect(found('بين السنوات 1901-2000')).toEqual([['DATE', 'السنوات 1901-2000', '1901/2000']]);
  });

  test('reads four digits before a verb of the past as a year', () => {
    expect(found('وفي 1643 أصدرت المدينة عملتها')).toEqual([['DATE', '1643', '1643']]);
    expect(found('في 1512 اتخذ الملك قرارا')).toEqual([['DATE', '1512', '1512']]);
    expect(found('ولد في 1702 وتوفي بعدها بقليل')).toEqual([['DATE', '1702', '1702']]);
  });

  test('keeps a count before a noun after «في»', () => {
    expect(found('تنتشر المدارس في 1240 قرية')).toEqual([['NUM', '1240', 1240]]);
  });

  test('reads a period of more than three centuries', () => {
    // (one DATE since QA round 20)
    expect(found('حكمت الأسرة من 1261 إلى 1643 حين سقطت')).toEqual([['DATE', '1261 إلى 1643', '1261/1643']]);
    expect(found('احتلوا القلعة من 1505 حتى 1697 م، ثم')).toEqual([['DATE', '1505 حتى 1697 م', '1505/1697']]);
  });

  test('keeps round numbers and a Hijri pair', () => {
    expect(found('ارتفع المؤشر من 1250 إلى 1900.')).toEqual([['NUM', '1250', 1250], ['DATE', '1900', '1900']]);
    expect(found('في دورته "1437 - 2016" بالطائف')).toEqual([['NUM', '1437', 1437], ['DATE', '2016', '2016']]);
  });
});

describe('times and weekdays', () => {
  test('gives the first time of a range the part of the day written after the second', () => {
    expect(found('يفتح السوق الساعة 4 أو 5 عصرا')).toEqual([['TIME', 'الساعة 4', 'T16:00'], ['TIME', '5 عصرا', 'T17:00']]);
    expect(found('تقام الندوة من الساعة 7:30 إلى 9:00 مساء')).toEqual([['TIME', 'الساعة 7:30', 'T19:30'], ['TIME', '9:00 مساء', 'T21:00']]);
  });

  test('keeps a first hour later than the second', () => {
    expect(found('الدوام من الساعة 9 إلى 5 مساء')).toEqual([['TIME', 'الساعة 9', 'T09:00'], ['TIME', '5 مساء', 'T17:00']]);
    expect(found('من الساعة 12 حتى 3 مساء')).toEqual([['TIME', 'الساعة 12', 'T12:00'], ['TIME', '3 مساء', 'T15:00']]);
  });

  test('reads a weekday after a first name as a family name', () => {
    expect(found('صرح سعود الجمعة مدير الفرع بأن')).toEqual([]);
    expect(found('قال أحمد الخميس رئيس اللجنة')).toEqual([]);
  });

  test('keeps a weekday with a modifier or after a comma', () => {
    expect(found('زار منزل خالد الجمعة الماضي')).toEqual([['DATE', 'الجمعة الماضي', '-W-5']]);
    expect(found('قال محمد، الخميس، إن')).toEqual([['DATE', 'الخميس', '-W-4']]);
  });
});
