// Regression tests for QA round 59 of the numeric grammar: a season before a year of the common
// era («صيف 2014», «في ربيع عام 1940», «أواخر صيف 2017», «شتاء 1871-1872») is one DATE with its
// season, valued as the year, as a part word before a year is (seasonYear; before, the DATE was
// the year alone, and a bare year before 1800 after a season was a NUM). Every sentence is
// invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a season before a year', () => {
  test('is one DATE with the season, valued as the year', () => {
    expect(pickNumeric('سيطر التنظيم على المدينة في صيف 2014.')).toEqual([['DATE', 'صيف 2014', '2014']]);
    expect(pickNumeric('وفي ربيع عام 1940، اجتاحت القوات الحدود')).toEqual([['DATE', 'ربيع عام 1940', '1940']]);
    expect(pickNumeric('تجرى الانتخابات البلدية في خريف العام 2017')).toEqual([['DATE', 'خريف العام 2017', '2017']]);
    expect(pickNumeric('ستكون المسرحية جاهزة في أواخر صيف 2017')).toEqual([['DATE', 'أواخر صيف 2017', '2017']]);
    expect(pickNumeric('انتقل إلى العاصمة خلال شتاء 1871-1872 مع أسرته')).toEqual([['DATE', 'شتاء 1871-1872', '1871/1872']]);
    expect(pickNumeric('وانضم اللاعب إلى النادي بصيف 2009')).toEqual([['DATE', 'صيف 2009', '2009']]);
  });

  test('a year before 1800 after a season is a year, not a count', () => {
    expect(pickNumeric('انطلقت الحملة في صيف 1190 من ميناء مرسيليا')).toEqual([['DATE', 'صيف 1190', '1190']]);
    expect(pickNumeric('وفي خريف 1741 عين أستاذا للطب')).toEqual([['DATE', 'خريف 1741', '1741']]);
  });

  test('guards: a month, a count, a Hijri year or a relative year stay as they were', () => {
    expect(pickNumeric('ولد في ربيع الأول 1430 هـ')[0]?.[1]).not.toMatch(/^ربيع 1430/);
    expect(pickNumeric('زار المعرض في ربيع 1500 جندي')).toEqual([['NUM', '1500', 1500]]);
    expect(pickNumeric('يقام المهرجان في صيف العام الماضي')).toEqual([]);
    expect(pickNumeric('يتميز المناخ بصيف حار وشتاء بارد')).toEqual([]);
    expect(pickNumeric('حل الفريق وصيف البطولة في 2014')).toEqual([['DATE', '2014', '2014']]);
  });
});
