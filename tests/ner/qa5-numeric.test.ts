// Regression tests for QA round 5 of the numeric grammar (Tunisian and pan-Arab news). Every
// sentence is invented; each case was misread before the fix it names.
import { describe, expect, test } from 'vitest';
import { grammarFinds, pickNumeric } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

const pick = pickNumeric;

describe('numeric dates in the Hijri range without «هـ»', () => {
  test('reads a day-month-year date with a year from 1300 to 1469 as Hijri', () => {
    expect(found('صدر القرار في 14 -9- 1431 عن الوزارة')).toEqual([['DATE', '14 -9- 1431', '2010-08-24']]);
    expect(found('ينتهي التسجيل يوم 14/09/1431 مساء')).toEqual([['DATE', 'يوم 14/09/1431', '2010-08-24']]);
    expect(found('افتتح المعرض في 3.2.1440 بحضور الأمير')).toEqual([['DATE', '3.2.1440', '2018-10-14']]);
  });

  test('reads a year-first date in that range as Hijri', () => {
    expect(found('بتاريخ 1431/9/14 وقع الاتفاق')).toEqual([['DATE', 'تاريخ 1431/9/14', '2010-08-24']]);
    expect(found('يستمر العمل حتى 1436/10/30 ثم يتوقف')).toEqual([['DATE', '1436/10/30', '2015-08-16']]);
  });

  test('converts the Hijri date before «الموافق» and keeps the Gregorian one after it', () => {
    expect(found('يوم الخميس 14/9/1431 الموافق 24/8/2010 عقدت اللجنة')).toEqual([
      ['DATE', 'يوم الخميس 14/9/1431', '2010-08-24'],
      ['DATE', '24/8/2010', '2010-08-24'],
    ]);
  });

  test('keeps a date marked «م» or «ميلادي» Gregorian', () => {
    expect(found('في 14/09/1431م تقريبا')).toEqual([['DATE', '14/09/1431م', '1431-09-14']]);
    expect(found('في 14/09/1431 م تقريبا')).toEqual([['DATE', '14/09/1431', '1431-09-14']]);
    expect(found('في 14/09/1431 ميلادي تقريبا')).toEqual([['DATE', '14/09/1431 ميلادي', '1431-09-14']]);
  });

  test('keeps the 1490s and impossible Hijri days Gregorian', () => {
    expect(found('رست السفينة في 12/10/1492 على الشاطئ')).toEqual([['DATE', '12/10/1492', '1492-10-12']]);
    expect(found('في 31/1/1431 حسب الرواية')).toEqual([['DATE', '31/1/1431', '1431-01-31']]);
  });

  test('leaves a bare year in that range as it was', () => {
    expect(found('بني المسجد عام 1431 على التل')).toEqual([['DATE', 'عام 1431', '1431']]);
  });
});

describe('a bare «الاثنين» where news puts a weekday', () => {
  test('reads it as Monday between commas, before «إن/أن», after «أمس/غدا» or beside a weekday', () => {
    expect(found('وقال الوزير، الاثنين، إن الطريق مغلق')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(found('وأعلنت الشركة الاثنين أنها ستغلق المصنع')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(found('وصل الوفد أمس الاثنين إلى المدينة')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(found('تعقد الجلسات الأحد والاثنين في القصر')).toEqual([
      ['DATE', 'الأحد', '-W-7'],
      ['DATE', 'الاثنين', '-W-1'],
    ]);
    expect(found('يتوقف القطار الاثنين والثلاثاء للصيانة')).toEqual([
      ['DATE', 'الاثنين', '-W-1'],
      ['DATE', 'الثلاثاء', '-W-2'],
    ]);
  });

  test('still reads "the two" as no date', () => {
    expect(found('ثم اشتد الخلاف بين الاثنين، فافترقا')).toEqual([]);
    expect(found('جمع المدرب بين الاثنين معا')).toEqual([]);
    expect(found('وقال للاثنين إن الوقت انتهى')).toEqual([]);
    expect(found('أوقفت الشرطة الاثنين في المطار')).toEqual([]);
  });
});

describe('digits typed against the word before them', () => {
  test('reads digits glued to a preposition or a measure word as a number of their own', () => {
    expect(found('ارتفع العدد إلى4100 مشترك')).toEqual([['NUM', '4100', 4100]]);
    expect(found('يعود إلى ما قبل40 ألف سنة')).toEqual([['NUM', '40 ألف', 40000]]);
    expect(found('تقع على مسافة25 كيلومترا من الساحل')).toEqual([['NUM', '25', 25]]);
  });

  test('reads a year glued to «عام» or a month as a date', () => {
    expect(found('افتتح الجسر في عام2012 بعد تأخير')).toEqual([['DATE', 'عام2012', '2012']]);
    expect(found('بدأت الأشغال في أفريل2016 بالمدينة')).toEqual([['DATE', 'أفريل2016', '2016-04']]);
  });

  test('still keeps digits glued to other words as part of a name', () => {
    expect(found('أطلق الجيش صاروخ سكود2 أمس')).toEqual([]);
  });
});

describe('numbers that rank or name', () => {
  test('does not count a rank after «المصنف» or «المركز»', () => {
    expect(found('يواجه اللاعب المصنف 43 عالميا منافسا قويا')).toEqual([]);
    expect(found('واجهت المصنفة 7 عالميا في الدور الثاني')).toEqual([]);
    expect(found('حل المنتخب في المركز 18 عالميا')).toEqual([]);
  });

  test('does not count the number of a national road or TV channel', () => {
    expect(found('أغلق المحتجون الطريق الوطنية 9 بولاية القيروان')).toEqual([]);
    expect(found('تنقل المباراة على الوطنية 2 مباشرة')).toEqual([]);
    expect(found('قال لقناة فرانس 24 الإخبارية')).toEqual([]);
    expect(found('في حوار مع قناة تي إف 1 الفرنسية')).toEqual([]);
    expect(found('تبث المباراة على بي إن سبورت 3 و 4')).toEqual([]);
  });

  test('still counts a number after other nouns, or when a counted noun follows', () => {
    expect(found('شارك في المسابقة 43 لاعبا')).toEqual([['NUM', '43', 43]]);
    expect(found('وثق المركز 25 حالة اعتداء')).toEqual([['NUM', '25', 25]]);
    expect(found('يضم المجلس الوطنية 120 عضوا')).toEqual([['NUM', '120', 120]]);
  });
});

describe('days of a month named by reference and ranges of ordinal days', () => {
  test('reads «N من نفس الشهر» as a day of the month', () => {
    expect(found('تمتد الحملة إلى 28 من نفس الشهر')).toEqual([['DATE', '28 من نفس الشهر', '---28']]);
  });

  test('reads «N من شهر MONTH» as one date', () => {
    expect(found('يستمر المعرض حتى 12 من شهر أكتوبر 2019')).toEqual([['DATE', '12 من شهر أكتوبر 2019', '2019-10-12']]);
    expect(found('في الثالث من شهر يونيو')).toEqual([['DATE', 'الثالث من شهر يونيو', '--06-03']]);
  });

  test('reads a range of ordinal days before «من» and a month', () => {
    expect(found('تعقد الدورة من الثالث إلى السادس من أكتوبر المقبل')).toEqual([
      ['DATE', 'الثالث إلى السادس من أكتوبر المقبل', '--10-03/--10-06'],
    ]);
    expect(found('زار الوفد البلاد بين الثاني والرابع من مارس 2019')).toEqual([
      ['DATE', 'الثاني والرابع من مارس 2019', '2019-03-02/2019-03-04'],
    ]);
  });

  test('does not read ordinals that modify a noun as days', () => {
    expect(found('في الفصلين الأول والثاني من السنة')).toEqual([]);
  });
});

describe('the two month series paired with a space', () => {
  test('reads «يونيو حزيران» as one month, with the day and year around it', () => {
    expect(found('افتتح المتحف في 9 سبتمبر أيلول 2016 بحضور الوزير')).toEqual([['DATE', '9 سبتمبر أيلول 2016', '2016-09-09']]);
    expect(found('تراجعت المبيعات في أكتوبر تشرين الأول الماضي')).toEqual([['DATE', 'أكتوبر تشرين الأول الماضي', '--10']]);
    expect(found('وقعت الحادثة في تشرين الثاني نوفمبر 2015')).toEqual([['DATE', 'تشرين الثاني نوفمبر 2015', '2015-11']]);
  });

  test('keeps two different months apart', () => {
    expect(found('في يناير أبريل')).toEqual([['DATE', 'يناير', '--01'], ['DATE', 'أبريل', '--04']]);
  });
});

describe('cents', () => {
  test('reads a number of cents as money: US cents unless «يورو» follows', () => {
    expect(found('صعد سعر البرميل 42 سنتا أمس')).toEqual([['MONEY', '42 سنتا', { amount: 0.42, currency: 'USD' }]]);
    expect(found('زاد السعر 7 سنتات أمريكية')).toEqual([['MONEY', '7 سنتات أمريكية', { amount: 0.07, currency: 'USD' }]]);
    expect(found('يكلف الطابع 80 سنت يورو')).toEqual([['MONEY', '80 سنت يورو', { amount: 0.8, currency: 'EUR' }]]);
  });

  test('does not read centimetres as cents', () => {
    expect(found('يبلغ طوله 180 سنتيمترا')).toEqual([['NUM', '180', 180]]);
  });
});

describe('list numbers run into a paragraph', () => {
  test('does not count «N-» glued before a word', () => {
    expect(found('الترتيب : 1- النادي الأول 40 ن 2- النادي الثاني 38 ن')).toEqual([
      ['NUM', '40', 40],
      ['NUM', '38', 38],
    ]);
    expect(found('أهم النصائح: 3-النوم باكرا 4-شرب الماء')).toEqual([]);
  });

  test('still reads scores and ranges with a dash', () => {
    expect(found('فاز الفريق 3-1 أمس')).toEqual([['NUM', '3', 3], ['NUM', '1', 1]]);
    expect(found('انتهت المباراة 2-صفر')).toEqual([['NUM', '2', 2], ['NUM', 'صفر', 0]]);
  });
});

describe('editions and rounds', () => {
  test('does not count the number of an edition, session or round', () => {
    expect(found('افتتحت الدورة 41 لمعرض الكتاب')).toEqual([]);
    expect(found('في الجولة 9 من الدوري')).toEqual([]);
    expect(found('شارك بالدورة 12 للمهرجان')).toEqual([]);
    expect(found('فاز في نسختها 8 و التي جرت في القاهرة')).toEqual([]);
    expect(found('أحيت المدينة الذكرى 75 لتأسيسها')).toEqual([]);
    expect(found('سحبت الشركة هواتف نوت 9 من الأسواق')).toEqual([]);
  });

  test('still counts what follows «الدورة» as a noun', () => {
    expect(found('تستمر الدورة 6 أيام')).toEqual([['NUM', '6', 6]]);
    expect(found('تضم الدورة 20 لاعبا')).toEqual([['NUM', '20', 20]]);
  });
});

describe('Tunisian dinar abbreviations', () => {
  test('reads «م د», «م.د» and «أ.د» as millions and thousands of dinars, not as a year «م»', () => {
    expect(found('بلغت الاستثمارات 740 م.د مقابل 1230 م د سنة قبل')).toEqual([
      ['MONEY', '740 م.د', { amount: 740000000, currency: 'TND' }],
      ['MONEY', '1230 م د', { amount: 1230000000, currency: 'TND' }],
    ]);
    expect(found('بكلفة 2.5 م د.')).toEqual([['MONEY', '2.5 م د', { amount: 2500000, currency: 'TND' }]]);
    expect(found('رصدت لها 350 أ.د فقط')).toEqual([['MONEY', '350 أ.د', { amount: 350000, currency: 'TND' }]]);
  });

  test('reads «د» after a price as dinars, with three decimals', () => {
    expect(found('أغلق السهم عند 4.250 د أمس')).toEqual([['MONEY', '4.250 د', { amount: 4.25, currency: 'TND' }]]);
    expect(found('يباع الكلغ بين 12 د و15 د')).toEqual([
      ['MONEY', '12 د', { amount: 12, currency: 'TND' }],
      ['MONEY', '15 د', { amount: 15, currency: 'TND' }],
    ]);
  });

  test('keeps the minute of a match and the common era apart', () => {
    expect(found('سجل الهدف (63 د) برأسية')).toEqual([['NUM', '63', 63]]);
    expect(found('أنهى السباق بوقت 8د و41ث')).toEqual([['NUM', '8', 8], ['NUM', '41', 41]]);
    expect(found('توفي عام 1187 م في دمشق')).toEqual([['DATE', 'عام 1187 م', '1187']]);
  });

  test('reads the letter after «د» that names another country’s dinar', () => {
    expect(found('بقيمة 40 م.د.ل تقريبا')).toEqual([['MONEY', '40 م.د.ل', { amount: 40000000, currency: 'LYD' }]]);
    expect(found('يباع المتر بنحو 300 د أ في العاصمة')).toEqual([['MONEY', '300 د أ', { amount: 300, currency: 'JOD' }]]);
    expect(found('بكلفة 2 م.دج')).toEqual([['MONEY', '2 م.دج', { amount: 2000000, currency: 'DZD' }]]);
  });
});

describe('through entities()', () => {
  test('gives the QA round 5 readings in the full recognizer too', () => {
    expect(pick('صدر القرار في 14/9/1431 عن الوزارة')).toEqual([['DATE', '14/9/1431', '2010-08-24']]);
    expect(pick('وقال الوزير، الاثنين، إن الطريق مغلق')).toEqual([['DATE', 'الاثنين', '-W-1']]);
  });
});
