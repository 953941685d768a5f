// Regression tests for QA round 46 of the numeric grammar: a bare «دينار» in a paragraph that
// names a city or governorate of one dinar country, and no country, is that country's dinar
// («بقيمة 80 ألف دينار» in a report from «المهدية»). Every sentence is invented; each case had
// no value before, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a city of a dinar country names the dinar', () => {
  test('Tunisian, Algerian, Iraqi, Jordanian and Libyan cities', () => {
    expect(pickNumeric('حجزت دورية بمدينة المهدية بضائع مهربة بقيمة 80 ألف دينار')).toEqual([['MONEY', '80 ألف دينار', { amount: 80000, currency: 'TND' }]]);
    expect(pickNumeric('قدرت ميزانية البلدية في صفاقس بـ 12 مليون دينار')).toEqual([['MONEY', '12 مليون دينار', { amount: 12000000, currency: 'TND' }]]);
    expect(pickNumeric('غرمت الرابطة نادي وهران 200 ألف دينار')).toEqual([['MONEY', '200 ألف دينار', { amount: 200000, currency: 'DZD' }]]);
    expect(pickNumeric('بيع المنزل في البصرة بـ 50 مليون دينار')).toEqual([['MONEY', '50 مليون دينار', { amount: 50000000, currency: 'IQD' }]]);
    expect(pickNumeric('أغلق سهم شركة في إربد على 2.45 دينار')).toEqual([['MONEY', '2.45 دينار', { amount: 2.45, currency: 'JOD' }]]);
    expect(pickNumeric('ضبطت الشرطة في بنغازي 30 ألف دينار مزورة')).toEqual([['MONEY', '30 ألف دينار', { amount: 30000, currency: 'LYD' }]]);
  });

  test('guards: no place, or places of two dinar countries, give no currency', () => {
    expect(pickNumeric('حجز بضائع مهربة بقيمة 2 مليون دينار')).toEqual([['MONEY', '2 مليون دينار', undefined]]);
    expect(pickNumeric('نقلت سلع من بنغازي إلى صفاقس بقيمة 40 ألف دينار')).toEqual([['MONEY', '40 ألف دينار', undefined]]);
    expect(pickNumeric('بيع في صفاقس بـ 300 ريال')).toEqual([['MONEY', '300 ريال', { amount: 300, currency: 'SAR' }]]);
  });
});
