// Regression tests for QA round 56 of the numeric grammar: a Hijri year with its era and the
// common-era year it falls in, joined by a dash, a tatweel or nothing and marked «م» («عام 564 هـ
// ـ 1168م», «(133 هـ - 750 م)», «سنة 1387 هـ 1967م», «سنة 1408 هـ -1988 م»), one DATE valued as
// the Hijri year, like «عام 1343/ 1924». Every sentence is invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a Hijri year and its common-era year', () => {
  test('joined by a tatweel, a dash or nothing, are one DATE', () => {
    expect(pickNumeric('ولد الرحالة في حلب عام 564 هـ ـ 1168م ثم رحل')).toEqual([['DATE', 'عام 564 هـ ـ 1168م', '1168-10-12/1169-10-01']]);
    expect(pickNumeric('تولى الوالي الحكم سنة (133 هـ - 750 م) في مصر')).toEqual([['DATE', '133 هـ - 750 م', '0750-08-13/0751-08-02']]);
    expect(pickNumeric('صدر الديوان سنة 1387 هـ 1967م في بيروت')).toEqual([['DATE', 'سنة 1387 هـ 1967م', '1967-04-11/1968-03-30']]);
    expect(pickNumeric('تأسست الجمعية عام 1374هـ- 1954 م في المدينة')).toEqual([['DATE', 'عام 1374هـ- 1954 م', '1954-08-30/1955-08-19']]);
    expect(pickNumeric('بلغ عدد السكان سنة 1408 هـ -1988 م في المدينة')).toEqual([['DATE', 'سنة 1408 هـ -1988 م', '1987-08-26/1988-08-13']]);
  });

  test('a common-era year the Hijri one does not fall in stays apart', () => {
    expect(pickNumeric('بقيت البلاد تحت الحكم حتى سنة 1227هـ – 1860م ثم تغير')).toEqual([
      ['DATE', 'سنة 1227هـ', '1812-01-16/1813-01-03'],
      ['DATE', '1860م', '1860'],
    ]);
  });

  test('without the common-era mark, or with a Hijri year alone, it reads as before', () => {
    expect(pickNumeric('توفي الشيخ سنة 1293 هـ في القاهرة')).toEqual([['DATE', 'سنة 1293 هـ', '1876-01-28/1877-01-15']]);
    expect(pickNumeric('ولد القائد عام 1955م في القرية')).toEqual([['DATE', 'عام 1955م', '1955']]);
  });
});
