// Regression tests for QA round 30 of the numeric grammar (a definite cardinal word before the
// noun it counts; the spoken parts of the day after an hour). Every sentence is invented; each
// case was read otherwise before the fix, and the guards beside them read the same before and
// after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a definite cardinal before the noun it counts', () => {
  test('tens before an accusative singular, units before a plural, a scale before a singular', () => {
    expect(found('تغيرت المدينة كثيرا خلال الأربعين عاما الماضية')).toEqual([['NUM', 'الأربعين', 40]]);
    expect(found('عاش في القرية طوال الثلاثين سنة الأخيرة')).toEqual([['NUM', 'الثلاثين', 30]]);
    expect(found('وقع الحادث خلال الثلاثة أيام الأولى من الرحلة')).toEqual([['NUM', 'الثلاثة', 3]]);
    expect(found('ارتفعت المبيعات في الخمس سنوات المقبلة')).toEqual([['NUM', 'الخمس', 5]]);
    expect(found('بلغ عددهم المليون ناخب')).toEqual([['NUM', 'المليون', 1000000]]);
    expect(found('تحدث الوزير عن خطة المئة يوم')).toEqual([['NUM', 'المئة', 100]]);
  });

  test('before a currency it is an amount of money', () => {
    expect(found('تجاوزت قيمتها المليون دولار هذا العام')).toEqual([['MONEY', 'المليون دولار', { amount: 1000000, currency: 'USD' }]]);
    expect(found('دفع صاحبه الألف ريال كاملة')).toEqual([['MONEY', 'الألف ريال', { amount: 1000, currency: 'SAR' }]]);
  });

  test('guards: names, ordinals, adjectives after their noun and per mille stay out', () => {
    expect(found('اجتمع قادة مجموعة العشرين في المدينة')).toEqual([]);
    expect(found('عادت الدول الخمس إلى طاولة المفاوضات')).toEqual([]);
    expect(found('قدم الكتيب الثلاثة فصول مختصرة')).toEqual([]);
    expect(found('انتهت الجولة الرابعة والعشرين عاما بعد عام')).toEqual([]);
    expect(found('قرأ هذه المائة صفحة بسرعة')).toEqual([]);
    expect(found('يكتب حرف الألف يمينا')).toEqual([]);
    expect(found('احتفل بعيد ميلاده الخمسين سنة 1990')).toEqual([['DATE', 'سنة 1990', '1990']]);
    expect(found('انخفضت الوفيات إلى 20 بالألف عام 1990')).toEqual([['NUM', '20', 20], ['DATE', 'عام 1990', '1990']]);
    expect(found('بلغ المليوني ريال')).toEqual([]);
    expect(found('سمي دير الأربعين تكريما لهم')).toEqual([]);
  });
});

describe('the spoken parts of the day after an hour', () => {
  test('«المسا», «بالليل», «العصر», «الصبح» set the hour as «مساء» and «صباحا» do', () => {
    expect(found('نلتقي الساعة ٥ المسا عند الباب')).toEqual([['TIME', 'الساعة ٥ المسا', 'T17:00']]);
    expect(found('وصلنا الساعه 9 بالليل')).toEqual([['TIME', 'الساعه 9 بالليل', 'T21:00']]);
    expect(found('يبدأ الحفل الساعة 8 بالليل')).toEqual([['TIME', 'الساعة 8 بالليل', 'T20:00']]);
    expect(found('موعدنا الساعة 3 العصر')).toEqual([['TIME', 'الساعة 3 العصر', 'T15:00']]);
    expect(found('أصحو الساعة 7 الصبح')).toEqual([['TIME', 'الساعة 7 الصبح', 'T07:00']]);
  });

  test('guards: without «الساعة» no time, and «مساء» reads as before', () => {
    expect(found('نلتقي الساعة 5 مساء')).toEqual([['TIME', 'الساعة 5 مساء', 'T17:00']]);
    expect(found('قرأ 5 المساء كلها')).toEqual([['NUM', '5', 5]]);
  });
});
