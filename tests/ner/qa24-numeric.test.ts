// Regression tests for QA round 24 of the numeric grammar (a day and month joined by a backslash
// after «يوم», a year «سنة/عام» before «قبل الميلاد», idioms of «ألف», cents after an amount in
// euros). Every sentence is invented; each case was misread before the fix, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a day and month joined by a backslash', () => {
  test('after «يوم», one DATE of an unstated year', () => {
    expect(found('يوافق هذا العيد يوم 14 \\ 3 من كل عام')).toEqual([['DATE', 'يوم 14 \\ 3', '--03-14']]);
    expect(found('ويحتفل به يوم 9\\11 في القرية')).toEqual([['DATE', 'يوم 9\\11', '--11-09']]);
  });

  test('guards: a score, an impossible day and a chain stay numbers', () => {
    expect(found('فاز الفريق بركلات الترجيح 4\\2 أمس')).toEqual([['NUM', '4', 4], ['NUM', '2', 2]]);
    expect(found('يوم 30 \\ 2 لا وجود له')).toEqual([['NUM', '30', 30], ['NUM', '2', 2]]);
    expect(found('يوم 3\\4\\5 من السجل')).toEqual([['NUM', '3', 3], ['NUM', '4', 4], ['NUM', '5', 5]]);
  });
});

describe('a year before the common era with «سنة/عام»', () => {
  test('«N سنة/عام قبل الميلاد» is the year N BC', () => {
    expect(found('تعود القرية إلى 4200 سنة قبل الميلاد تقريبا')).toEqual([['DATE', '4200 سنة قبل الميلاد', '-4199']]);
    expect(found('بنيت المعابد نحو 2600 عام قبل الميلاد')).toEqual([['DATE', '2600 عام قبل الميلاد', '-2599']]);
    expect(found('سكنها البشر منذ 6000 سنة ق.م وما بعدها')).toEqual([['DATE', '6000 سنة ق.م', '-5999']]);
  });

  test('guards: years counted back from now stay NUMs', () => {
    expect(found('سكنها البشر قبل 6000 سنة من الآن')).toEqual([['NUM', '6000', 6000]]);
    expect(found('عاش قبل الميلاد بـ 300 سنة')).toEqual([['NUM', '300', 300]]);
  });
});

describe('idioms of «ألف»', () => {
  test('congratulations, the Nights and «يحسب له ألف حساب» are no count', () => {
    expect(found('تمت الخطوبة بحضور الأهل.. تهانينا وألف مبروك.')).toEqual([]);
    expect(found('قرأ حكايات ألف ليلة وليلة في صباه')).toEqual([]);
    expect(found('كان الأعداء يحسبون له ألف حساب')).toEqual([]);
  });

  test('guards: a thousand nights, accounts or people still count', () => {
    expect(found('قضى ألف ليلة في المنفى')).toEqual([['NUM', 'ألف', 1000]]);
    expect(found('أغلقت الشركة ألف حساب وهمي')).toEqual([['NUM', 'ألف', 1000]]);
    expect(found('شارك ألف متطوع في الحملة')).toEqual([['NUM', 'ألف', 1000]]);
    expect(found('للمعلمين ألف تحية وتقدير')).toEqual([['NUM', 'ألف', 1000]]);
  });
});

describe('cents after an amount in euros', () => {
  test('cents take the currency of the amount just before, or of «من اليورو»', () => {
    expect(found('بلغ سعر اللتر 1.62 يورو بزيادة 12 سنتا')).toEqual([
      ['MONEY', '1.62 يورو', { amount: 1.62, currency: 'EUR' }],
      ['MONEY', '12 سنتا', { amount: 0.12, currency: 'EUR' }],
    ]);
    expect(found('وبلغ سعر الخبز أربعة سنتات من اليورو')).toEqual([['MONEY', 'أربعة سنتات من اليورو', { amount: 0.04, currency: 'EUR' }]]);
  });

  test('guards: cents alone or after dollars or dirhams are US cents', () => {
    expect(found('ارتفع الخام 40 سنتا إلى 61.5 دولار')).toEqual([
      ['MONEY', '40 سنتا', { amount: 0.4, currency: 'USD' }],
      ['MONEY', '61.5 دولار', { amount: 61.5, currency: 'USD' }],
    ]);
    expect(found('يبلغ سعر اللتر 2,10 درهما (57 سنتا)')).toEqual([
      ['MONEY', '2,10 درهما', { amount: 2.1, currency: 'AED' }],
      ['MONEY', '57 سنتا', { amount: 0.57, currency: 'USD' }],
    ]);
  });
});
