// Regression tests for QA round 60 of the numeric grammar: thousands before a singular larger
// scale («ألف مليون دينار», «خمسة آلاف مليار دولار», «879 ألف مليون ريال») count it — a
// thousand millions — and are one NUM or MONEY (before, NUM «ألف» and a separate «مليون دينار»,
// a thousandth of the amount). Every sentence is invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('thousands before a larger scale', () => {
  test('are one amount, the thousands times the scale', () => {
    expect(pickNumeric('رصدت الحكومة ألف مليون دينار كويتي لبناء المدارس')).toEqual([['MONEY', 'ألف مليون دينار كويتي', { amount: 1e9, currency: 'KWD' }]]);
    expect(pickNumeric('تقدر الديون بنحو ألف مليار دولار')).toEqual([['MONEY', 'ألف مليار دولار', { amount: 1e12, currency: 'USD' }]]);
    expect(pickNumeric('يحتاج الاقتصاد إلى خمسة آلاف مليار دولار سنويا')).toEqual([['MONEY', 'خمسة آلاف مليار دولار', { amount: 5e12, currency: 'USD' }]]);
    expect(pickNumeric('بلغت قيمة الصادرات 250 ألف مليون ريال')).toEqual([['MONEY', '250 ألف مليون ريال', { amount: 2.5e11, currency: 'SAR' }]]);
    expect(pickNumeric('ينتج الحقل ألف مليون برميل من النفط')).toEqual([['NUM', 'ألف مليون', 1e9]]);
    expect(pickNumeric('خصص المجلس ألف مليون جنيه للطرق')).toEqual([['MONEY', 'ألف مليون جنيه', { amount: 1e9, currency: 'EGP' }]]);
  });

  test('after an amount of its own, thousands of a scale are the second end of a range', () => {
    expect(pickNumeric('تتراوح الكلفة بين 3500 مليار وخمسة آلاف مليار دولار')).toEqual([
      ['NUM', '3500 مليار', 3.5e12],
      ['MONEY', 'خمسة آلاف مليار دولار', { amount: 5e12, currency: 'USD' }],
    ]);
  });

  test('guards: a plural scale, a millionaire or «و» between stay as they were', () => {
    expect(pickNumeric('أنفقت الدول آلاف الملايين على التسلح')).toEqual([]);
    expect(pickNumeric('يعيش في المدينة 55 ألف مليونير')).toEqual([['NUM', '55 ألف', 55000]]);
    expect(pickNumeric('يتراوح العدد بين ألف ومليون شخص')[0]?.[2]).not.toBe(1e9);
    expect(pickNumeric('بلغت الميزانية مليون و200 ألف دولار')).toEqual([['MONEY', 'مليون و200 ألف دولار', { amount: 1200000, currency: 'USD' }]]);
  });
});
