// Regression tests from a QA round of the numeric grammar on real news text: each case is an
// invented sentence of the same shape as an error found there.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text);

describe('a lone tatweel typed as a dash', () => {
  test('links a range of years', () => {
    expect(found('في الفترة 1920 ـ 1931م')).toEqual([['DATE', '1920 ـ 1931م', '1920/1931']]);
  });

  test('marks a list number at the start of a line', () => {
    expect(found('3 ـ الفلاحون وأهل المدن')).toEqual([]);
  });

  test('keeps «الـ» and «بـ» as they were', () => {
    expect(found('الدورة الـ15 بـ 40 مشاركا')).toEqual([['NUM', '40', 40]]);
  });
});

describe('a hyphen after a number and a space', () => {
  test('links a range of years, as a dash does', () => {
    expect(found('أعدت الوزارة خطة للفترة 2021 -2025 للتنمية')).toEqual([['DATE', '2021 -2025', '2021/2025']]);
  });

  test('reads a score as two numbers, not a negative one', () => {
    expect(found('وانتهى اللقاء بالتعادل 3 -3 بين الفريقين')).toEqual([
      ['NUM', '3', 3],
      ['NUM', '3', 3],
    ]);
  });

  test('keeps the sign of a number that follows a word or stands on its own', () => {
    expect(found('وبلغت درجة الحرارة -4 ليلا')).toEqual([['NUM', '-4', -4]]);
    expect(found('بين 5 و -2 درجات')).toContainEqual(['NUM', '-2', -2]);
  });

  test('keeps U+2212 MINUS SIGN a sign', () => {
    expect(found('سجلت المحطة 12 \u22123 درجات')).toContainEqual(['NUM', '\u22123', -3]);
  });
});

describe('dates that share a year', () => {
  test('gives the first date of a range the year written after the second', () => {
    expect(found('الحكومة الثانية (10 فبراير ـ 3 أبريل 1950) ثم')).toEqual([
      ['DATE', '10 فبراير', '1950-02-10'],
      ['DATE', '3 أبريل 1950', '1950-04-03'],
    ]);
    expect(found('من 28 ديسمبر إلى 3 يناير 1990')).toEqual([
      ['DATE', '28 ديسمبر', '1989-12-28'],
      ['DATE', '3 يناير 1990', '1990-01-03'],
    ]);
  });

  test('leaves two full dates alone', () => {
    expect(found('(2 مارس 1901 - 5 مايو 1970)')).toEqual([
      ['DATE', '2 مارس 1901', '1901-03-02'],
      ['DATE', '5 مايو 1970', '1970-05-05'],
    ]);
  });

  test('reads «من عام» after a day and month, or a month, as one date', () => {
    expect(found('ولد في 5 مارس من عام 1920 في القاهرة')).toEqual([['DATE', '5 مارس من عام 1920', '1920-03-05']]);
    expect(found('في يونيو من سنة 1920م')).toEqual([['DATE', 'يونيو من سنة 1920م', '1920-06']]);
    expect(found('في الثالث من مايو من عام 1801')).toEqual([['DATE', 'الثالث من مايو من عام 1801', '1801-05-03']]);
  });

  test('keeps a relative year in the span but not in the value', () => {
    expect(found('في يونيو من العام الماضي')).toEqual([['DATE', 'يونيو من العام الماضي', '--06']]);
    expect(found('منذ مارس العام الجاري')).toEqual([['DATE', 'مارس العام الجاري', '--03']]);
    expect(found('في أبريل من هذا العام')).toEqual([['DATE', 'أبريل من هذا العام', '--04']]);
  });
});

describe('a day of a month named by reference', () => {
  test('reads «14 من الشهر الجاري» as a day (gDay)', () => {
    expect(found('نشرت في 14 من الشهر الجاري تقريرا')).toEqual([['DATE', '14 من الشهر الجاري', '---14']]);
    expect(found('في 20 الشهر الماضي')).toEqual([['DATE', '20 الشهر الماضي', '---20']]);
    expect(found('يومي 3 و4 من الشهر المقبل')).toEqual([['DATE', 'يومي 3 و4 من الشهر المقبل', '---03/---04']]);
  });

  test('reads an ordinal day before «من الشهر الجاري»', () => {
    expect(found('موعده الخامس والعشرين من الشهر الجاري')).toEqual([['DATE', 'الخامس والعشرين من الشهر الجاري', '---25']]);
  });

  test('does not read a week of the month as a day', () => {
    expect(found('الأسبوع الأول من الشهر الجاري')).toEqual([]);
  });
});

describe('years', () => {
  test('reads four digits before 1800 after «في» at the end of a clause as a year', () => {
    expect(found('أسس في 1290، ثم')).toEqual([['DATE', '1290', '1290']]);
    expect(found('وقد انتهت منذ 1517.')).toEqual([['DATE', '1517', '1517']]);
  });

  test('keeps such a number a count when a noun follows', () => {
    expect(found('في 1500 حالة')).toEqual([['NUM', '1500', 1500]]);
    expect(found('بين 1500 و1520 شخصا')).toEqual([['NUM', '1500', 1500], ['NUM', '1520', 1520]]);
  });

  test('reads the bounds of a period as years', () => {
    // QA round 20: «بين … و…», «من … إلى …» bound one period
    expect(found('خلال الفترة ما بين 1453 و1492 تغيرت')).toEqual([['DATE', '1453 و1492', '1453/1492']]);
    expect(found('في الفترة من 1610 إلى 1640 كانت')).toEqual([['DATE', '1610 إلى 1640', '1610/1640']]);
  });

  test('reads one- and two-digit Hijri years', () => {
    expect(found('في سنة 32 هـ بقيادة')).toEqual([['DATE', 'سنة 32 هـ', '0652-08-15/0653-08-04']]);
    expect(found('وتوفي 68 هجري')).toEqual([['DATE', '68 هجري', '0687-07-21/0688-07-08']]);
    expect(found('عام 70 بعد الميلاد')).toEqual([['DATE', 'عام 70 بعد الميلاد', '0070']]);
  });

  test('does not read a century or metres as a year', () => {
    // QA round 8: a century named by its number is a DATE of its own (no Gregorian value when Hijri)
    expect(found('القرن 5 هـ')).toEqual([['DATE', 'القرن 5 هـ', undefined]]);
    // numeric QA round 89: after «عام» the spaced «م» is the era, as the glued one is («عام 70م»),
    // a year of an unwritten century; metres need no trigger before them
    expect(found('عام 70 م')).toEqual([['DATE', 'عام 70 م', undefined]]);
    expect(found('ارتفاع 70 م')).toEqual([['NUM', '70', 70]]);
  });
});

describe('clock times', () => {
  test('reads minutes after a dot or a comma when a clock or period word says it is a time', () => {
    expect(found('عند الساعة 9.15 صباحا')).toEqual([['TIME', 'الساعة 9.15 صباحا', 'T09:15']]);
    expect(found('الساعة 07,45 صباحا')).toEqual([['TIME', 'الساعة 07,45 صباحا', 'T07:45']]);
    expect(found('بلغ 11.30 مليون')).toEqual([['NUM', '11.30 مليون', 11300000]]);
  });

  test('takes the part of the day from «من مساء» and leaves it to the date', () => {
    expect(found('عند الساعة 10.45 من مساء الأربعاء')).toEqual([
      ['TIME', 'الساعة 10.45', 'T22:45'],
      ['DATE', 'مساء الأربعاء', '-W-3'],
    ]);
    expect(found('الساعة الثالثة من عصر الخميس')).toEqual([
      ['TIME', 'الساعة الثالثة', 'T15:00'],
      ['DATE', 'عصر الخميس', '-W-4'],
    ]);
  });

  test('reads «بعد الظهر», «بعد الزوال» and «قبل الظهر»', () => {
    expect(found('الساعة الرابعة بعد الظهر')).toEqual([['TIME', 'الساعة الرابعة بعد الظهر', 'T16:00']]);
    expect(found('إلى الساعة الثالثة بعد الزوال')).toEqual([['TIME', 'الساعة الثالثة بعد الزوال', 'T15:00']]);
    expect(found('الساعة 11 قبل الظهر')).toEqual([['TIME', 'الساعة 11 قبل الظهر', 'T11:00']]);
  });

  test('reads a spaced «و النصف» and thirds of an hour', () => {
    expect(found('الساعة الخامسة و النصف مساء')).toEqual([['TIME', 'الساعة الخامسة و النصف مساء', 'T17:30']]);
    expect(found('الساعة الثامنة والثلث')).toEqual([['TIME', 'الساعة الثامنة والثلث', 'T08:20']]);
    expect(found('الساعة السابعة إلا ثلثا')).toEqual([['TIME', 'الساعة السابعة إلا ثلثا', 'T06:40']]);
  });

  test('reads four-digit times and Greenwich time as UTC', () => {
    expect(found('السبت (0930 بتوقيت غرينتش)')).toEqual([
      ['DATE', 'السبت', '-W-6'],
      ['TIME', '0930 بتوقيت غرينتش', 'T09:30Z'],
    ]);
    expect(found('بحلول الساعة 1415 بتوقيت جرينتش')).toEqual([['TIME', 'الساعة 1415 بتوقيت جرينتش', 'T14:15Z']]);
    expect(found('الساعة 18:00 (15:00 ت غ)')).toEqual([
      ['TIME', 'الساعة 18:00', 'T18:00'],
      ['TIME', '15:00 ت غ', 'T15:00Z'],
    ]);
    expect(found('نحو 07,30 تغ')).toEqual([['TIME', '07,30 تغ', 'T07:30Z']]);
    expect(found('الساعة 10:30 بتوقيت مكة')).toEqual([['TIME', 'الساعة 10:30', 'T10:30']]);
  });

  test('does not read four bare digits as a time', () => {
    expect(found('وصل 1430 شخصا')).toEqual([['NUM', '1430', 1430]]);
  });
});

describe('numbers that name', () => {
  test('leaves out numbers listed after an identifier', () => {
    expect(found('تنص المواد رقم 12 و13 و14 على')).toEqual([]);
    expect(found('المادتين 5، 6 من الدستور')).toEqual([]);
    expect(found('بأحكام المواد ( 17 ) و ( 18 ) من القانون')).toEqual([]);
    expect(found('رقم 5 ثم 7 أشخاص')).toEqual([['NUM', '7', 7]]);
  });

  test('leaves out a number hyphenated to an Arabic word', () => {
    expect(found('صواريخ باك-3 وطائرات سو-35')).toEqual([]);
  });

  test('keeps a score after a number word', () => {
    expect(found('خسر صفر-2')).toEqual([['NUM', 'صفر', 0], ['NUM', '2', 2]]);
  });

  test('leaves out digits beside a Latin designation', () => {
    expect(found('الرحلة MH 17 الماليزية')).toEqual([]);
    expect(found('الكويكب 2004 MN4 الذي')).toEqual([]);
    expect(found('USD 250')).toEqual([['MONEY', 'USD 250', { amount: 250, currency: 'USD' }]]);
    expect(found('مستخدمي Facebook 2 مليار')).toEqual([['NUM', '2 مليار', 2000000000]]);
  });

  test('leaves out the nth year or member', () => {
    expect(found('في السنة 12 من حكمه')).toEqual([]);
    expect(found('أصبحت العضو 193 في المنظمة')).toEqual([]);
    expect(found('في العام 1998')).toEqual([['DATE', 'العام 1998', '1998']]);
    expect(found('خلال هذا العام. 5 دول انضمت')).toEqual([['NUM', '5', 5]]);
  });

  test('leaves out aircraft models, tournament editions and match minutes', () => {
    expect(found('طائرة بوينغ 747 تقل ركابا')).toEqual([]);
    expect(found('بطولة خليجي 25 في البصرة')).toEqual([]);
    expect(found('سجل في الدقيقة 88 من المباراة')).toEqual([]);
  });
});

describe('a dot before three digits', () => {
  test('groups thousands before a counted noun', () => {
    expect(found('قدرت بـ 4.250 جندي')).toEqual([['NUM', '4.250', 4250]]);
    expect(found('يبلغ عدد سكانها 23.456 نسمة')).toEqual([['NUM', '23.456', 23456]]);
    expect(found('أكثر من 2.500 من السكان')).toEqual([['NUM', '2.500', 2500]]);
  });

  test('stays a decimal point before a scale, a unit, a currency, a percent, or alone', () => {
    expect(found('بلغ 2.750 مليار')).toEqual([['NUM', '2.750 مليار', 2750000000]]);
    expect(found('طوله 1.250 كم')).toEqual([['NUM', '1.250', 1.25]]);
    expect(found('بسعر 4.120 درهم')).toEqual([['MONEY', '4.120 درهم', { amount: 4.12, currency: 'AED' }]]);
    expect(found('بواقع 3.125 في المائة')).toEqual([['PERCENT', '3.125 في المائة', 3.125]]);
    expect(found('بلغ 1.500')).toEqual([['NUM', '1.500', 1.5]]);
  });

  test('keeps U+066B ARABIC DECIMAL SEPARATOR a decimal point', () => {
    expect(found('بلغ ٢٫٥٠٠ شخص')).toEqual([['NUM', '٢٫٥٠٠', 2.5]]);
  });
});

describe('numeric Hijri dates', () => {
  test('converts a day/month/year date marked «هـ»', () => {
    expect(found('بتاريخ 15/3/1436هـ')).toEqual([['DATE', 'تاريخ 15/3/1436هـ', '2015-01-06']]);
    expect(found('الأحد الموافق 1436/5/12 هـ')).toEqual([['DATE', 'الأحد الموافق 1436/5/12 هـ', '2015-03-03']]);
  });

  test('keeps an attached «م» with a Gregorian date and leaves a spaced one', () => {
    expect(found('في 12-3-2015م')).toEqual([['DATE', '12-3-2015م', '2015-03-12']]);
    expect(found('في 28/8/1996 م ثم')).toEqual([['DATE', '28/8/1996', '1996-08-28']]);
  });
});

describe('ranges and halves', () => {
  test('reads «بين 10 و20%» and «من 10 إلى 20 في المئة» as two percentages', () => {
    expect(found('بين 10 و20%')).toEqual([['PERCENT', '10', 10], ['PERCENT', '20%', 20]]);
    expect(found('من 5 إلى 15 في المئة')).toEqual([['PERCENT', '5', 5], ['PERCENT', '15 في المئة', 15]]);
  });

  test('keeps a number joined by «و» to a percentage a number without «بين»', () => {
    expect(found('رفع 3 و20% من')).toEqual([['NUM', '3', 3], ['PERCENT', '20%', 20]]);
    expect(found('بين 10 و20 شخصا')).toEqual([['NUM', '10', 10], ['NUM', '20', 20]]);
  });

  test('takes the repeated scale of «مليار ونصف المليار»', () => {
    expect(found('مليار ونصف المليار دولار')).toEqual([['MONEY', 'مليار ونصف المليار دولار', { amount: 1500000000, currency: 'USD' }]]);
  });

  test('reads spaced minutes when «دقيقة» names them', () => {
    expect(found('الساعة 10 و 15 دقيقة')).toEqual([['TIME', 'الساعة 10 و 15 دقيقة', 'T10:15']]);
    expect(found('الساعة 10 و 15 شخصا')).toEqual([['TIME', 'الساعة 10', 'T10:00'], ['NUM', '15', 15]]);
  });
});

describe('separators the tokenizer keeps in a number', () => {
  test('reads an unspaced Arabic comma as `,`', () => {
    expect(found('تبرع بمبلغ 2،400،000 دولار')).toEqual([['MONEY', '2،400،000 دولار', { amount: 2400000, currency: 'USD' }]]);
    expect(found('نما بنسبة 3،5%')).toEqual([['PERCENT', '3،5%', 3.5]]);
    expect(found('البنود 4، 5، 6')).toEqual([['NUM', '4', 4], ['NUM', '5', 5], ['NUM', '6', 6]]);
  });

  test('reads ر between digits as a decimal point, the fraction written first', () => {
    expect(found('تراجع المؤشر 45ر1 بالمئة')).toEqual([['PERCENT', '45ر1 بالمئة', 1.45]]);
    expect(found('نحو 7ر2 مليار')).toEqual([['NUM', '7ر2 مليار', 2700000000]]);
    expect(found('ارتفعت الحرارة 75ر0 درجة')).toEqual([['NUM', '75ر0', 0.75]]);
    expect(found('بلغ سعر البرميل 35ر52 دولار')).toEqual([['MONEY', '35ر52 دولار', { amount: 52.35, currency: 'USD' }]]);
  });
});

describe('through entities()', () => {
  test('a date with «من عام» and a Greenwich time come out whole', () => {
    const text = 'وقع الاتفاق في 9 يوليو من عام 1999 الساعة 1200 بتوقيت غرينتش';
    const got = entities(text, { types: ['DATE', 'TIME'] }).map((e) => [e.type, e.text, e.value]);
    expect(got).toEqual([
      ['DATE', '9 يوليو من عام 1999', '1999-07-09'],
      ['TIME', 'الساعة 1200 بتوقيت غرينتش', 'T12:00Z'],
    ]);
  });
});
