// Regression tests for QA round 42 of the numeric grammar: a quarter or a half of a year
// («الربع الثاني 2015», «النصف الأول من عام 2018») and footnotes in square brackets after the
// end of a sentence or spaced after a word («… الجديد. [12] وكان», «الزراعة [7] والصناعة»).
// Every sentence is invented; each case read differently before the fix, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds, pickNumeric } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a quarter or a half of a year', () => {
  test('is one DATE valued as the interval of its months', () => {
    expect(found('ارتفعت مبيعات الشركة في الربع الثاني 2015')).toEqual([['DATE', 'الربع الثاني 2015', '2015-04/2015-06']]);
    expect(found('تراجع الإنتاج خلال الربع الأول من عام 2018')).toEqual([['DATE', 'الربع الأول من عام 2018', '2018-01/2018-03']]);
    expect(found('سجل المصنع خسارة في الربع الأخير من العام 2016')).toEqual([['DATE', 'الربع الأخير من العام 2016', '2016-10/2016-12']]);
    expect(found('وبالربع الرابع من 2019 عاد النمو')).toEqual([['DATE', 'الربع الرابع من 2019', '2019-10/2019-12']]);
    expect(found('يفتتح المتحف في النصف الثاني من عام 2020')).toEqual([['DATE', 'النصف الثاني من عام 2020', '2020-07/2020-12']]);
    expect(pickNumeric('نما الاقتصاد 3% في النصف الأول من 2017')).toEqual([
      ['PERCENT', '3%', 3],
      ['DATE', 'النصف الأول من 2017', '2017-01/2017-06'],
    ]);
  });

  test('guards: a fiscal, relative or Hijri year, a period, and a part word read as before', () => {
    expect(found('في الربع الأول من العام المالي 2018')).toEqual([['DATE', '2018', '2018']]);
    expect(found('في الربع الأول من العام الجاري')).toEqual([]);
    expect(found('في الربع الثالث 1436 هـ')).toEqual([['DATE', '1436 هـ', '2014-10-25/2015-10-14']]);
    expect(found('في النصف الأول من عام 2018/2017')).toEqual([['DATE', 'عام 2018/2017', '2017/2018']]);
    expect(found('في الربع الأول من القرن العشرين')).toEqual([['DATE', 'القرن العشرين', '19']]);
    expect(found('أنفق الربع الأول من المبلغ')).toEqual([]);
    expect(found('في أوائل 2024')).toEqual([['DATE', 'أوائل 2024', '2024']]);
    expect(found('تسلم النصف الأول من 2000 دولار')).toEqual([['MONEY', '2000 دولار', { amount: 2000, currency: 'USD' }]]);
  });
});

describe('a footnote in square brackets', () => {
  test('after the full stop that ends a sentence is no count', () => {
    expect(pickNumeric('افتتحت المكتبة الجديدة. [12] وكان الحضور كبيرا')).toEqual([]);
    expect(pickNumeric('تأسس النادي عام 1950. [4] [5]')).toEqual([['DATE', 'عام 1950', '1950']]);
  });

  test('spaced after a word is no count', () => {
    expect(found('يعتمد الاقتصاد على الزراعة [7] والصناعة')).toEqual([]);
    expect(found('وصل عدد السكان إلى 20 ألفا في عام 1990 [23] وارتفع بعدها')).toEqual([
      ['NUM', '20 ألفا', 20000],
      ['DATE', 'عام 1990', '1990'],
    ]);
  });

  test('guards: before a scale or the noun it counts, and in round brackets, it counts as before', () => {
    expect(found('بلغت الكلفة [3] مليون دولار')).toEqual([
      ['NUM', '3', 3],
      ['MONEY', 'مليون دولار', { amount: 1000000, currency: 'USD' }],
    ]);
    expect(found('وصل [3] أشخاص إلى المدينة')).toEqual([['NUM', '3', 3]]);
    expect(pickNumeric('شارك في الدورة (12) لاعبا')).toEqual([['NUM', '12', 12]]);
  });
});
