// Regression tests for QA round 18 of the numeric grammar (periods of full years joined by an en
// or em dash, ordinals from 11 to 19 whose head carries a proclitic, a month before a bracketed
// period of years). Every sentence is invented; each case was misread before the fix it names,
// and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a period of full years joined by an en or em dash', () => {
  test('is one DATE, as with the hyphen, however spaced', () => {
    expect(found('عاش الشاعر (1802–1870) في دمشق')).toEqual([['DATE', '1802–1870', '1802/1870']]);
    expect(found('أدار الشركة خلال الفترة 1996 – 2004 ثم تقاعد')).toEqual([['DATE', '1996 – 2004', '1996/2004']]);
    expect(found('شغل المنصب (1880—1884)، ثم سافر')).toEqual([['DATE', '1880—1884', '1880/1884']]);
    expect(found('تألق في موسم 2011–2012 مع فريقه')).toEqual([['DATE', '2011–2012', '2011/2012']]);
    expect(found('عاصر الحرب (1770 – 1774م) كلها')).toEqual([['DATE', '1770 – 1774م', '1770/1774']]);
  });

  test('a month before a bracketed period of years is a name, not the month of that year', () => {
    // the name model takes «جون مايو»; the grammar no longer reads «مايو (1700–1760)» as May 1700
    expect(found('وأثبت الطبيب جون مايو (1700–1760) أن الدواء نافع')).toContainEqual(['DATE', '1700–1760', '1700/1760']);
  });

  test('guards: the hyphen, counts before a noun, a month with its year, a date range', () => {
    expect(found('عاش الشاعر (1802-1870) في دمشق')).toEqual([['DATE', '1802-1870', '1802/1870']]);
    expect(found('حضر ما بين 1200–1250 شخصا')).toEqual([['NUM', '1200', 1200], ['NUM', '1250', 1250]]);
    expect(found('افتتح المتحف في مايو (2014) بحضور الوزير')).toEqual([['DATE', 'مايو (2014)', '2014-05']]);
    expect(found('سياسي مصري (3 مارس 1901 - 9 مايو 1960).')).toEqual([['DATE', '3 مارس 1901', '1901-03-03'], ['DATE', '9 مايو 1960', '1960-05-09']]);
  });
});

describe('ordinals from 11 to 19 whose head carries a proclitic', () => {
  test('give no NUM 10', () => {
    expect(found('حل المنتخب ثانيا عربيا والرابع عشر عالميا')).toEqual([]);
    expect(found('حكمت الأسرتان الخامسة عشرة والسادسة عشرة')).toEqual([]);
    expect(found('بين سن التاسعة والثالثة عشرة من العمر')).toEqual([]);
    expect(found('فاز باللقب للمرة الثانية والحادية عشرة في تاريخه')).toEqual([]);
    expect(found('وصل الكتاب إلى طبعته العاشرة فالحادية عشرة بسرعة')).toEqual([]);
  });

  test('guards: counts with a proclitic still count', () => {
    expect(found('وعشرة لاعبين فقط أكملوا المباراة')).toEqual([['NUM', 'عشرة', 10]]);
    expect(found('مضت فعشر سنوات على الحادث')).toEqual([['NUM', 'عشر', 10]]);
    expect(found('جاء في المركز الحادي عشر')).toEqual([]);
  });
});
