// Regression tests for QA round 48 of the numeric grammar: an amount written with a scale word
// and no noun after it, of the same order as a sum of money shortly before it, is money in that
// currency («ارتفعت إلى 40 مليون دولار من 32 مليونا»); the first amount of a range takes the
// currency of the second («بين 12 ألفا و15 ألف يورو»). Every sentence is invented; the fixes
// read a bare NUM before, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a currency left out after a sum of money', () => {
  test('a comparison with an earlier figure', () => {
    expect(pickNumeric('ارتفعت أرباح الشركة إلى 40 مليون دولار من 32 مليونا قبل عام')).toEqual([
      ['MONEY', '40 مليون دولار', { amount: 40000000, currency: 'USD' }],
      ['MONEY', '32 مليونا', { amount: 32000000, currency: 'USD' }],
    ]);
    expect(pickNumeric('بلغت الإيرادات 2.5 مليار ريال مقارنة بـ2.1 مليار في العام السابق')).toEqual([
      ['MONEY', '2.5 مليار ريال', { amount: 2500000000, currency: 'SAR' }],
      ['MONEY', '2.1 مليار', { amount: 2100000000, currency: 'SAR' }],
    ]);
  });

  test('a list of prizes, each lending its currency to the next', () => {
    expect(pickNumeric('ينال الأول 30 ألف يورو، والثاني 20 ألفا، والثالث 10 آلاف')).toEqual([
      ['MONEY', '30 ألف يورو', { amount: 30000, currency: 'EUR' }],
      ['MONEY', '20 ألفا', { amount: 20000, currency: 'EUR' }],
      ['MONEY', '10 آلاف', { amount: 10000, currency: 'EUR' }],
    ]);
  });

  test('the first amount of a range takes the second one\'s currency', () => {
    expect(pickNumeric('يتراوح سعر الشقة بين 90 ألفا و120 ألف دولار')).toEqual([
      ['MONEY', '90 ألفا', { amount: 90000, currency: 'USD' }],
      ['MONEY', '120 ألف دولار', { amount: 120000, currency: 'USD' }],
    ]);
    // after a sum in another currency, the range's own currency wins
    expect(pickNumeric('دفع 40 ألف جنيه إسترليني (ما بين 45 ألفا و50 ألف يورو)')).toEqual([
      ['MONEY', '40 ألف جنيه إسترليني', { amount: 40000, currency: 'GBP' }],
      ['MONEY', '45 ألفا', { amount: 45000, currency: 'EUR' }],
      ['MONEY', '50 ألف يورو', { amount: 50000, currency: 'EUR' }],
    ]);
  });

  test('the lent currency follows the sum when the paragraph rereads it', () => {
    // the rial of a paragraph about Iran, lent to the figure it is compared with
    expect(pickNumeric('قالت وكالة الأنباء الإيرانية إن الدولار بلغ 95 ألف ريال بعد أن كان 82 ألفا')).toEqual([
      ['MONEY', '95 ألف ريال', { amount: 95000, currency: 'IRR' }],
      ['MONEY', '82 ألفا', { amount: 82000, currency: 'IRR' }],
    ]);
  });

  test('guards: a counted noun, another order, a range to a counted noun', () => {
    // shares counted after the sum, and the amounts of their order after them
    expect(pickNumeric('بلغت قيمة التداول 300 مليون ريال عبر تداول 12 مليون سهم، منها 5 ملايين للأجانب')).toEqual([
      ['MONEY', '300 مليون ريال', { amount: 300000000, currency: 'SAR' }],
      ['NUM', '12 مليون', 12000000],
      ['NUM', '5 ملايين', 5000000],
    ]);
    // thousands after a sum in billions count something else
    expect(pickNumeric('أنفقت الحكومة 4 مليارات دولار ووفرت 20 ألفا من فرص العمل')).toEqual([
      ['MONEY', '4 مليارات دولار', { amount: 4000000000, currency: 'USD' }],
      ['NUM', '20 ألفا', 20000],
    ]);
    expect(pickNumeric('كلف المشروع 50 مليون دولار ويوفر بين مليون و3 ملايين وظيفة')).toEqual([
      ['MONEY', '50 مليون دولار', { amount: 50000000, currency: 'USD' }],
      ['NUM', 'مليون', 1000000],
      ['NUM', '3 ملايين', 3000000],
    ]);
    // a bare number without a scale word stays a number
    expect(pickNumeric('باع 400 ألف دولار من السندات في 120 صفقة')).toEqual([
      ['MONEY', '400 ألف دولار', { amount: 400000, currency: 'USD' }],
      ['NUM', '120', 120],
    ]);
  });
});

describe('currencies of Asia, Latin America, Africa and northern Europe', () => {
  test('with one country read alone', () => {
    expect(pickNumeric('بلغت أرباح الشركة 9 تريليونات وون في الربع الثاني')).toEqual([['MONEY', '9 تريليونات وون', { amount: 9000000000000, currency: 'KRW' }]]);
    expect(pickNumeric('وصل سعر الخبز إلى 200 ألف بوليفار')).toEqual([['MONEY', '200 ألف بوليفار', { amount: 200000, currency: 'VES' }]]);
    expect(pickNumeric('تقدر ثروته بـ 3 مليارات زلوتي')).toEqual([['MONEY', '3 مليارات زلوتي', { amount: 3000000000, currency: 'PLN' }]]);
    expect(pickNumeric('دفع الصندوق 70 مليون رينغيت ماليزي')).toEqual([['MONEY', '70 مليون رينغيت ماليزي', { amount: 70000000, currency: 'MYR' }]]);
  });

  test('shared by several countries: the code from the adjective, else none', () => {
    expect(pickNumeric('تبلغ قيمة الجائزة 11 مليون كرونة سويدية')).toEqual([['MONEY', '11 مليون كرونة سويدية', { amount: 11000000, currency: 'SEK' }]]);
    expect(pickNumeric('فرضت غرامة قدرها 500 كرونة دنمركية')).toEqual([['MONEY', '500 كرونة دنمركية', { amount: 500, currency: 'DKK' }]]);
    expect(pickNumeric('ارتفع الدولار إلى 18 بيزو مكسيكي')).toEqual([['MONEY', '18 بيزو مكسيكي', { amount: 18, currency: 'MXN' }]]);
    expect(pickNumeric('تكلف التذكرة 300 شلن')).toEqual([['MONEY', '300 شلن', undefined]]);
  });
});
