// Regression tests for QA round 15 of the numeric grammar (Monday in wire copy, counts in the
// years' range, telephone numbers, compound counts of thousands, ranges opened by a word).
// Every sentence is invented; each case was misread before the fix it names, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('«الاثنين» before a preposition', () => {
  test('reads Monday after a word and before the preposition of an adjunct', () => {
    expect(found('وقال الوزير الاثنين في مؤتمر صحفي إن الموسم جيد')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(found('تراجعت أسعار القمح الاثنين بعد أن زاد المعروض')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(found('وصل الوفد الاثنين إلى العاصمة في زيارة قصيرة')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(found('أعلنت الشركة الإثنين عن خطة جديدة')).toEqual([['DATE', 'الإثنين', '-W-1']]);
  });

  test('guards: "the two" after a preposition, a noun in «ين», a verb of joining, or before «من» or a per cent', () => {
    expect(found('فرق المدرب بين الاثنين في التدريب')).toEqual([]);
    expect(found('حكمت المحكمة على المتهمين الاثنين في القضية')).toEqual([]);
    expect(found('وقد جمعت الاثنين في المدرسة صداقة قوية')).toEqual([]);
    expect(found('اختار واحدا من الاثنين من غير تردد')).toEqual([]);
    expect(found('فتح تحقيقا بشأن الاثنين في الحادث')).toEqual([]);
    expect(found('قد يقصي القرار الاثنين عن المنصب')).toEqual([]);
    expect(found('أوقفت الشرطة الاثنين في الميناء')).toEqual([]);
    expect(found('ارتفع التضخم فوق الاثنين في المائة')).toEqual([]);
    expect(found('يحب الرياضة والقراءة ويمارس الاثنين معا')).toEqual([]);
  });
});

describe('a count in the years\u2019 range before an accusative noun', () => {
  test('reads four digits before 1900 or after 2030 before an accusative singular as a count', () => {
    expect(found('أشارت الإحصاءات إلى وجود 2046 سجينا في المدينة')).toEqual([['NUM', '2046', 2046]]);
    expect(found('تمكن خفر السواحل من إنقاذ 2083 مهاجرا')).toEqual([['NUM', '2083', 2083]]);
    expect(found('وأضاف أن 1864 شخصا غادروا القرية')).toEqual([['NUM', '1864', 1864]]);
  });

  test('guards: a year before the object of a verb, a hal or an adverb', () => {
    expect(found('أدارت الوكالة في 2002 سجنا سريا')).toEqual([['DATE', '2002', '2002']]);
    expect(found('افتتح في 1885 متحفا كبيرا')).toEqual([['DATE', '1885', '1885']]);
    expect(found('وكان الفريق بطلا في 2017 مؤكدا تفوقه')).toEqual([['DATE', '2017', '2017']]);
    expect(found('شارك النادي في صيف 2035 قادما من الدوري الثاني')).toEqual([['DATE', 'صيف 2035', '2035']]);
    expect(found('وشمل الاستطلاع 2015 شخصا')).toEqual([['DATE', '2015', '2015']]);
    expect(found('سافر سنة 1259 هـ / 1843 سفيرا إلى فارس')).toEqual([['DATE', 'سنة 1259 هـ', '1843-02-01/1844-01-21'], ['DATE', '1843', '1843']]);
  });
});

describe('telephone numbers', () => {
  test('leaves out seven digits or more after a word of telephone numbers, or after another such number', () => {
    expect(found('للاستفسار يرجى الاتصال على الرقم التالي : 71234567.')).toEqual([]);
    expect(found('أو على الرقم الأخضر 80105555، طوال اليوم')).toEqual([]);
    expect(found('على الأرقام التالية: 71111222 71333444')).toEqual([]);
    expect(found('على الأرقام التالية : 98111222/52333444.')).toEqual([]);
    expect(found('يمكن الاتصال على الرقم : 71555666 أو 71777888')).toEqual([]);
  });

  test('guards: long counts with their noun, or listed in a range', () => {
    expect(found('شارك 10450987 من أصل 20 مليون ناخب')).toEqual([['NUM', '10450987', 10450987], ['NUM', '20 مليون', 20000000]]);
    expect(found('خسر الجيش ما بين 1600000 و1800000 من الجنود')).toEqual([['NUM', '1600000', 1600000], ['NUM', '1800000', 1800000]]);
    expect(found('وصل عدد السكان: 15460000 نسمة')).toEqual([['NUM', '15460000', 15460000]]);
  });
});

describe('number words', () => {
  test('a plural scale after the units of a compound number counts the whole number', () => {
    expect(found('بلغ عدد الزوار مائتي وخمسة آلاف زائر')).toEqual([['NUM', 'مائتي وخمسة آلاف', 205000]]);
    expect(found('أكثر من مئة وعشرة ملايين مشترك')).toEqual([['NUM', 'مئة وعشرة ملايين', 110000000]]);
  });

  test('guards: a plural scale after a round number stays out', () => {
    expect(found('حضر مئتان آلاف الناس')).toEqual([['NUM', 'مئتان', 200]]);
    expect(found('خمسة آلاف ومائتان')).toEqual([['NUM', 'خمسة آلاف ومائتان', 5200]]);
  });

  test('a number word opens a range of percentages after «بين» or «من»', () => {
    expect(found('تتراوح الرسوم بين عشرة و25 بالمئة')).toEqual([['PERCENT', 'عشرة', 10], ['PERCENT', '25 بالمئة', 25]]);
    expect(found('تتراوح الضريبة من صفر إلى 20 في المئة')).toEqual([['PERCENT', 'صفر', 0], ['PERCENT', '20 في المئة', 20]]);
  });

  test('guards: a number word that opens no range', () => {
    expect(found('خفض الفائدة لليلة واحدة إلى 17.5 في المئة')).toEqual([['NUM', 'واحدة', 1], ['PERCENT', '17.5 في المئة', 17.5]]);
  });
});
