// Regression tests for QA round 34 of the numeric grammar (the Maghreb spelling «أورو» of the
// euro, and the Tunisian millime). Every sentence is invented; each case was misread before the
// fix, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('«أورو» after an amount', () => {
  test('is the euro, like «يورو»', () => {
    expect(found('دفع النادي 450 ألف أورو للوسيط')).toEqual([['MONEY', '450 ألف أورو', { amount: 450000, currency: 'EUR' }]]);
    expect(found('بلغت قيمة القرض 1.5 مليون اورو فقط')).toEqual([['MONEY', '1.5 مليون اورو', { amount: 1500000, currency: 'EUR' }]]);
    expect(found('تعهدت بتوفير مليار أورو للمشاريع')).toEqual([['MONEY', 'مليار أورو', { amount: 1000000000, currency: 'EUR' }]]);
    expect(found('خسر السهم 50 سنت أورو أمس')).toEqual([['MONEY', '50 سنت أورو', { amount: 0.5, currency: 'EUR' }]]);
  });

  test('guards: «أوروبا», «أوروبي» and «الأورو» alone are no currency', () => {
    expect(found('هاجر 5 آلاف شاب إلى أوروبا')).toEqual([['NUM', '5 آلاف', 5000]]);
    expect(found('زار البلاد 3 ملايين أوروبي')).toEqual([['NUM', '3 ملايين', 3000000]]);
    expect(found('تراجع سعر صرف الأورو مقابل الدينار')).toEqual([]);
  });
});

describe('the millime after an amount', () => {
  test('is a thousandth of the Tunisian dinar', () => {
    expect(found('ارتفع سعر الكيلوغرام إلى 2800 مليم')).toEqual([['MONEY', '2800 مليم', { amount: 2.8, currency: 'TND' }]]);
    expect(found('تقرر الترفيع بـ 30 مليما للتر الواحد')).toEqual([['MONEY', '30 مليما', { amount: 0.03, currency: 'TND' }]]);
    expect(found('يباع الرغيف بمئتي مليم')).toEqual([['MONEY', 'مئتي مليم', { amount: 0.2, currency: 'TND' }]]);
    expect(found('بلغت الزيادة 10 مليمات في اليوم')).toEqual([['MONEY', '10 مليمات', { amount: 0.01, currency: 'TND' }]]);
  });

  test('a fraction before it is the dinar amount written with its millimes', () => {
    expect(found('بيع الكيلوغرام بـ 2.5 مليم في السوق')).toEqual([['MONEY', '2.5 مليم', { amount: 2.5, currency: 'TND' }]]);
  });

  test('guards: «مليمتر» is a length, and a millime word alone is no amount', () => {
    expect(found('تهاطل 25 مليمترا من الأمطار')).toEqual([['NUM', '25', 25]]);
    expect(found('لا تساوي هذه الورقة مليما')).toEqual([]);
  });
});

describe('«عدد» between a noun with the article and a number (Tunisian administrative usage)', () => {
  test('names the law, road, line or issue: no count', () => {
    expect(found('صدر المرسوم عدد 77 لسنة 1999 أمس')).toEqual([['DATE', 'سنة 1999', '1999']]);
    expect(found('أغلق المحتجون الطريق الوطنية عدد 9 الرابطة بين المدينتين')).toEqual([]);
    expect(found('توقفت حركة المترو عدد 6 بسبب العطب')).toEqual([]);
    expect(found('ينص القانون الأساسي عدد 41 على ذلك')).toEqual([]);
    expect(found('عملا بالمنشور عدد 12 المؤرخ في 3 ماي')).toEqual([['DATE', '3 ماي', '--05-03']]);
    expect(found('نشر بالرائد الرسمي عدد 58 اليوم')).toEqual([]);
  });

  test('guards: a count keeps its noun, «من», a scale, or follows a word without the article', () => {
    expect(found('سجلت الإدارة عدد 30 إصابة جديدة')).toEqual([['NUM', '30', 30]]);
    expect(found('استقبل المستشفى عدد 12 منهم')).toEqual([['NUM', '12', 12]]);
    expect(found('أحصت الوزارة عدد 40 من الأطباء')).toEqual([['NUM', '40', 40]]);
    expect(found('حجزت الوحدات عدد 3 آلاف علبة')).toEqual([['NUM', '3 آلاف', 3000]]);
    expect(found('تم حجز عدد 15 قطعة')).toEqual([['NUM', '15', 15]]);
    expect(found('وقع إيقاف عدد 4 في الجهة')).toEqual([['NUM', '4', 4]]);
  });
});
