// Regression tests for QA round 19 of the numeric grammar (a period of two years, each with its
// era mark). Every sentence is invented; each case was misread before the fix, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a period of two years, each with its era mark', () => {
  test('of the common era is one DATE valued as a period', () => {
    expect(found('أقيمت الدورة بين 2016م - 2018م في المدينة')).toEqual([['DATE', '2016م - 2018م', '2016/2018']]);
    expect(found('حكم السلطان (1712م–1745م) بلادا واسعة')).toEqual([['DATE', '1712م–1745م', '1712/1745']]);
    expect(found('عاش الرحالة (612 م - 668 م) في البصرة')).toEqual([['DATE', '612 م - 668 م', '0612/0668']]);
  });

  test('of the Hijri era is one DATE, valued since API pass 9 as the Gregorian days it covers', () => {
    expect(found('ميزانية العام 1441هـ / 1442هـ ارتفعت')).toEqual([['DATE', 'العام 1441هـ / 1442هـ', '2019-09-01/2021-08-09']]);
    expect(found('ازدهرت المدرسة (1380هـ – 1410هـ) في القرية')).toEqual([['DATE', '1380هـ – 1410هـ', '1960-06-26/1990-07-23']]);
  });

  test('before the common era counts down, whatever the span, and takes a minus glued to the second year', () => {
    expect(found('نشأت القرى (6200 ق.م -4500 ق.م) على الضفاف')).toEqual([['DATE', '6200 ق.م -4500 ق.م', '-6199/-4499']]);
    expect(found('حكم الملك 720 ق.م - 690 ق.م مدينته')).toEqual([['DATE', '720 ق.م - 690 ق.م', '-0719/-0689']]);
    expect(found('عاش الفيلسوف (1010م. -1066م.) في الأندلس')).toEqual([['DATE', '1010م. -1066م', '1010/1066']]);
  });

  test('guards: two eras, years before the common era that do not count down, a full date, metres', () => {
    expect(found('ولد عام 1342هـ / 1923م في القرية')).toEqual([['DATE', 'عام 1342هـ', '1923-08-14/1924-08-01'], ['DATE', '1923م', '1923']]);
    // (QA round 20: a wide span and unequal digits join, both marks naming the era: «1650م - 1790م», «(95 هـ - 150 هـ)»)
    expect(found('حكم الملك (300 ق.م - 350 ق.م) مدينته')).toEqual([['DATE', '300 ق.م', '-0299'], ['DATE', '350 ق.م', '-0349']]);
    expect(found('في 4 مايو 2016م - 2017م تغير الكثير')).toEqual([['DATE', '4 مايو 2016م', '2016-05-04'], ['DATE', '2017م', '2017']]);
    // «م» after a word of measure is metres: nothing joins them as a period of years
    expect(found('حفر على عمق 1500م - 1600م تحت الأرض').some(([, text]) => String(text).includes('-'))).toBe(false);
    expect(found('عاش الشاعر (1802–1870م) في دمشق')).toEqual([['DATE', '1802–1870م', '1802/1870']]);
  });
});
