// Regression tests for QA round 43 of the numeric grammar: «مليونا/مليارا» before «و» and digits
// is the accusative singular (one million and …), not the construct dual; digits typed apart
// from a «و» typed apart still join the amount before them («13 ألفا و 706»); a quarter or a
// half of a relative year that names its year («النصف الأول من العام الجاري 2015»).
// Every sentence is invented; each case read differently before the fix, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds, pickNumeric } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('«مليونا» before «و» and digits', () => {
  test('is one million, not two', () => {
    expect(found('بلغ عدد الزوار مليونا و340 ألفا و215 زائرا')).toEqual([['NUM', 'مليونا و340 ألفا و215', 1340215]]);
    expect(found('بلغت قيمة الصفقة مليارا و25 مليون درهم')).toEqual([['MONEY', 'مليارا و25 مليون درهم', { amount: 1025000000, currency: 'AED' }]]);
    expect(found('رصدت البلدية مليونا و 450 ألف يورو للمشروع')).toEqual([['MONEY', 'مليونا و 450 ألف يورو', { amount: 1450000, currency: 'EUR' }]]);
  });

  test('guards: the construct dual before its noun, and the singular with words after «و»', () => {
    expect(found('دفعت الشركة مليونا دولار')).toEqual([['MONEY', 'مليونا دولار', { amount: 2000000, currency: 'USD' }]]);
    expect(found('أنفق مليونا وثلاثمائة ألف ريال')).toEqual([['MONEY', 'مليونا وثلاثمائة ألف ريال', { amount: 1300000, currency: 'SAR' }]]);
    expect(found('بلغ الدين 96 مليونا و245 ألف برميل')).toEqual([['NUM', '96 مليونا و245 ألف', 96245000]]);
  });
});

describe('digits typed apart after a «و» typed apart', () => {
  test('join the amount before them', () => {
    expect(found('تضم المدينة 17 ألفا و 382 مسكنا')).toEqual([['NUM', '17 ألفا و 382', 17382]]);
    expect(found('بلغت الصادرات 4 مليارات و 615 مليون دولار')).toEqual([['MONEY', '4 مليارات و 615 مليون دولار', { amount: 4615000000, currency: 'USD' }]]);
  });

  test('guards: two amounts of the same scale, and digits after a word', () => {
    // (the first amount takes the second one's currency since QA round 48: a NUM before)
    expect(found('حول لهما 12 ألفا و 30 ألف روبل')).toEqual([
      ['MONEY', '12 ألفا', { amount: 12000, currency: 'RUB' }],
      ['MONEY', '30 ألف روبل', { amount: 30000, currency: 'RUB' }],
    ]);
    expect(found('اشترى كتابا و 3 أقلام')).toEqual([['NUM', '3', 3]]);
  });
});

describe('a quarter or a half of a relative year that names its year', () => {
  test('is one DATE valued as the interval of its months', () => {
    expect(found('ارتفعت الأرباح في النصف الأول من العام الجاري 2016، حيث')).toEqual([['DATE', 'النصف الأول من العام الجاري 2016', '2016-01/2016-06']]);
    expect(found('قدم البنك خلال الربع الثالث من العام الحالي 2019م قروضا')).toEqual([['DATE', 'الربع الثالث من العام الحالي 2019م', '2019-07/2019-09']]);
    expect(pickNumeric('مقارنة بالنصف الثاني من السنة الماضية 2013 والبالغة')).toEqual([['DATE', 'النصف الثاني من السنة الماضية 2013', '2013-07/2013-12']]);
  });

  test('guards: without its year, or a fiscal year, read as before', () => {
    expect(found('في الربع الأول من العام الجاري')).toEqual([]);
    expect(found('في الربع الأول من العام المالي 2018')).toEqual([['DATE', '2018', '2018']]);
    expect(found('النصف الأول من العام الماضي 2000 دولار')).toEqual([['MONEY', '2000 دولار', { amount: 2000, currency: 'USD' }]]);
  });
});
