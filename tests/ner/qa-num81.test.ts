// Regression tests for numeric QA round 81: a count right after «العام» — «الأمين العام 10 أيام»,
// «منذ بداية العام 4 مباريات», «افتتحت هذا العام 65 نادياً», «هذا العام 282 حالة» — was read as
// the nth year (`NTH_NOUNS`, no entity) or, with three digits, as a year (a DATE «0282»): 9 in
// news-001, news-008 and news-014. `countsNounAfter` now asks whether the noun the number counts
// follows it in the form its value asks for (a plural after 3–10, an accusative or «ة» after
// 11–99, a singular after the hundreds; or a scale, a currency, a percent word, a unit): then
// the number after «العام/السنة» counts, and three digits after «هذا/ذلك العام» or before a
// scale are no year. Four digits stay a year, and so does a number after «العام» with no counted
// noun after it. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a count right after «العام»', () => {
  test('is a NUM, not the nth year', () => {
    expect(pickNumeric('وأمهل الأمين العام 10 أيام للرد على التقرير')).toEqual([['NUM', '10', 10]]);
    expect(pickNumeric('ولعب الفريق منذ بداية العام 7 مباريات دون هزيمة')).toEqual([['NUM', '7', 7]]);
    expect(pickNumeric('واستقبلت الجامعة هذا العام 45 طالباً من الخارج')).toEqual([['NUM', '45', 45]]);
    expect(pickNumeric('ولم يتجاوز التأخير بالمجمل العام 12 دقيقة فقط')).toEqual([['NUM', '12', 12]]);
    expect(pickNumeric('وكسب المؤشر العام 37 نقطة في ختام التداول')).toEqual([['NUM', '37', 37]]);
  });

  test('three digits after «هذا العام» count, not a year', () => {
    expect(pickNumeric('وسجلت الوزارة هذا العام 318 حالة إصابة')).toEqual([['NUM', '318', 318]]);
    expect(pickNumeric('وشارك في المعرض لهذا العام 240 ناشراً')).toEqual([['NUM', '240', 240]]);
    expect(pickNumeric('ويستثمر الصندوق هذا العام 350 مليون دولار')).toEqual([['MONEY', '350 مليون دولار', { amount: 350000000, currency: 'USD' }]]);
  });

  test('guards: a year, the nth year, a history year before its object', () => {
    expect(pickNumeric('وسجلت الوزارة في العام 2016 حالات كثيرة')).toEqual([['DATE', 'العام 2016', '2016']]);
    expect(pickNumeric('وتوفي الملك في العام 24 من حكمه')).toEqual([]);
    expect(pickNumeric('وبني المسجد في العام 715 ميلادية')).toEqual([['DATE', 'العام 715 ميلادية', '0715']]);
    expect(pickNumeric('وجهز الأمير في عام 795 جيشاً كبيراً')).toEqual([['DATE', 'عام 795', '0795']]);
    expect(pickNumeric('وقال إن مهرجان الربيع لهذا العام 12 ناجح')).toEqual([]);
  });
});
