// Regression tests for QA round 28 of the numeric grammar (lives written from a bare year to a
// full date and back, old years before a verb or particle, «واحدا تلو الآخر»). Every sentence is
// invented; each case was read otherwise before the fix, and the guards beside them read the
// same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a life from a bare year to a full date, or back', () => {
  test('a bare old year in brackets before a dash and a full date is the year of birth', () => {
    expect(found('الأمير سالم (1150 - 3 مايو 1210) حاكم')).toEqual([['DATE', '1150', '1150'], ['DATE', '3 مايو 1210', '1210-05-03']]);
    expect(found('الراهب يوحنا (610 – 9 أبريل 675) كاتب')).toEqual([['DATE', '610', '0610'], ['DATE', '9 أبريل 675', '0675-04-09']]);
  });

  test('a full date before a dash and a bare year is two dates, not one ending at the second year', () => {
    expect(found('الشاعر كريم (4 يناير 1850 - 1921) كاتب')).toEqual([['DATE', '4 يناير 1850', '1850-01-04'], ['DATE', '1921', '1921']]);
  });

  test('guards: a count before a date, and a period of bare years, read as before', () => {
    expect(found('سجل الفريق (120 - 3 يناير 2010)')).toEqual([['NUM', '120', 120], ['DATE', '3 يناير 2010', '2010-01-03']]);
    expect(found('الملك منصور (1150 - 1210) حاكم')).toEqual([['DATE', '1150 - 1210', '1150/1210']]);
    expect(found('المؤلف (1901 - 7 يونيو 1960)')).toEqual([['DATE', '1901', '1901'], ['DATE', '7 يونيو 1960', '1960-06-07']]);
  });
});

describe('an old year before a verb or a particle', () => {
  test('«في 1100» before «شارك/تزوج/توج» or «وهو/ولم» is a year', () => {
    expect(found('في 1187 وشارك في الحملة')).toEqual([['DATE', '1187', '1187']]);
    expect(found('وفي 1342 تزوج الأمير ابنة عمه')).toEqual([['DATE', '1342', '1342']]);
    expect(found('انتهى البناء في 1410 وهو أكبر مسجد')).toEqual([['DATE', '1410', '1410']]);
    expect(found('حوصرت المدينة في 1302 ولم يأت أحد')).toEqual([['DATE', '1302', '1302']]);
  });

  test('guards: a counted noun after the number still counts', () => {
    expect(found('شارك في 1500 مشروع')).toEqual([['NUM', '1500', 1500]]);
    expect(found('ارتفع إلى 1500 ولم يتوقف')).toEqual([['NUM', '1500', 1500]]);
  });
});

describe('«واحدا تلو الآخر» is no count', () => {
  test('one after another', () => {
    expect(found('سقطت القلاع واحدة تلو الأخرى')).toEqual([]);
    expect(found('خرج الجنود واحداً تلو الآخر')).toEqual([]);
  });

  test('guard: «واحد» before another word still counts', () => {
    expect(found('لم تحكم إلا بملك واحد')).toEqual([['NUM', 'واحد', 1]]);
  });
});
