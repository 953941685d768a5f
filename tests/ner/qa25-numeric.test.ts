// Regression tests for QA round 25 of the numeric grammar (digits typed against an Arabic word
// before a scale, currency or percent; the dual «العامين/السنتين» before years). Every sentence
// is invented; each case was misread before the fix, and the guards beside them read the same
// before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('digits glued to an Arabic word', () => {
  test('before a scale, a currency or a percent, an amount of its own', () => {
    expect(found('وقال إن المصنع سيوظف12 ألف عامل')).toEqual([['NUM', '12 ألف', 12000]]);
    expect(found('بلغت مبيعاته السنوية4,250 مليون ريال')).toEqual([['MONEY', '4,250 مليون ريال', { amount: 4250000000, currency: 'SAR' }]]);
    expect(found('وارتفع المؤشر3.4 بالمئة أمس')).toEqual([['PERCENT', '3.4 بالمئة', 3.4]]);
    expect(found('بتكلفة أقصاها750 دولار')).toEqual([['MONEY', '750 دولار', { amount: 750, currency: 'USD' }]]);
  });

  test('guards: a name with digits stays none', () => {
    expect(found('شاهدنا قناة فرانس24 مساء')).toEqual([]);
    expect(found('حلقت طائرة إف16 فوق المدينة')).toEqual([]);
    expect(found('اشترى هاتف غالاكسي9 الجديد')).toEqual([]);
  });
});

describe('the dual «العامين/السنتين» before years', () => {
  test('«بين العامين … و…» is a period, as «بين عامي» is', () => {
    expect(found('حكم البلاد بين العامين 1961 و1966 ثم اعتزل')).toEqual([['DATE', 'العامين 1961 و1966', '1961/1966']]);
    expect(found('ما بين السنتين 1880 و1885 فقط')).toEqual([['DATE', 'السنتين 1880 و1885', '1880/1885']]);
    expect(found('تراجعت الصادرات بين العامين2003 و2007 بشدة')).toEqual([['DATE', 'العامين2003 و2007', '2003/2007']]);
  });

  test('guards: «عامي» and a list after «في» read as before', () => {
    expect(found('حكم البلاد بين عامي 1961 و1966 ثم اعتزل')).toEqual([['DATE', 'عامي 1961 و1966', '1961/1966']]);
    expect(found('زار المدينة في عامي 1990 و1995')).toEqual([['DATE', 'عامي 1990', '1990'], ['DATE', '1995', '1995']]);
  });
});
