// Regression tests for QA round 38 of the numeric grammar (Tunisian millimes in ranges and
// in «مليار من المليمات»). Every sentence is invented; each case was misread before the fix,
// and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a range of millimes', () => {
  test('lends the millimes to its first number', () => {
    expect(found('تراوح سعر الكيلوغرام بين 350 و700 مليم')).toEqual([
      ['MONEY', '350', { amount: 0.35, currency: 'TND' }],
      ['MONEY', '700 مليم', { amount: 0.7, currency: 'TND' }],
    ]);
    expect(found('ارتفع سعر اللتر من 900 إلى 1200 مليما')).toEqual([
      ['MONEY', '900', { amount: 0.9, currency: 'TND' }],
      ['MONEY', '1200 مليما', { amount: 1.2, currency: 'TND' }],
    ]);
  });

  test('guards: a falling pair and a count before millimes stay as they were', () => {
    expect(found('بين 800 و300 مليم')).toEqual([
      ['NUM', '800', 800],
      ['MONEY', '300 مليم', { amount: 0.3, currency: 'TND' }],
    ]);
    expect(found('اشترى 3 علب بـ 900 مليم')).toEqual([
      ['NUM', '3', 3],
      ['MONEY', '900 مليم', { amount: 0.9, currency: 'TND' }],
    ]);
  });
});

describe('«مليار من المليمات»', () => {
  test('is a sum in dinars (a thousandth of the millimes)', () => {
    expect(found('رصدت الوزارة مليار ونصف من المليمات للمشروع')).toEqual([
      ['MONEY', 'مليار ونصف من المليمات', { amount: 1500000, currency: 'TND' }],
    ]);
    expect(found('بلغت الخسائر نحو 40 مليارا من المليمات')).toEqual([
      ['MONEY', '40 مليارا من المليمات', { amount: 40000000, currency: 'TND' }],
    ]);
  });

  test('guards: a small count of millimes and other partitives stay NUM', () => {
    expect(found('أعاد 25 من المليمات')).toEqual([['NUM', '25', 25]]);
    expect(found('شارك 3 ملايين من المواطنين')).toEqual([['NUM', '3 ملايين', 3000000]]);
  });
});
