// Regression tests for numeric QA round 79: a date written month first, as English writes it in
// translated news («سبتمبر 8 عام 1943», «يونيو 28، 1940», «في مارس 3, 2019»), was read as a DATE
// for the month, a NUM for the day and a DATE for the year (or the month and a NUM when no year
// followed). `monthDay` now reads the month, a number that is a day of it (1–31) and a year after
// it («عام»/«سنة», «من عام», a comma or nothing) as one DATE valued as «8 سبتمبر 1943» is; without
// a year, only after a preposition of `YEAR_PREPOSITIONS` and before the end of the clause or a
// word that goes on it. A counted noun after the number, a year before the era, a range of days
// and a month-year keep their old reading. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('a month before its day', () => {
  test('is one DATE with the year after it', () => {
    expect(pickNumeric('وولد الكاتب في سبتمبر 8 عام 1943 في مدينة الإسكندرية')).toEqual([['DATE', 'سبتمبر 8 عام 1943', '1943-09-08']]);
    expect(pickNumeric('وفي يونيو 28، 1940، دخلت القوات المدينة')).toEqual([['DATE', 'يونيو 28، 1940', '1940-06-28']]);
    expect(pickNumeric('وأعلنت الشركة في مارس 3, 2019 عن منتجها الجديد')).toEqual([['DATE', 'مارس 3, 2019', '2019-03-03']]);
    expect(pickNumeric('وتوفي الشاعر في فبراير 14 سنة 1962 بعد مرض طويل')).toEqual([['DATE', 'فبراير 14 سنة 1962', '1962-02-14']]);
    expect(pickNumeric('ووقعت الاتفاقية في ديسمبر 23 من عام 2008 في جنيف')).toEqual([['DATE', 'ديسمبر 23 من عام 2008', '2008-12-23']]);
    expect(pickNumeric('وصدر الكتاب في أغسطس/آب 7، 2007 في لندن')).toEqual([['DATE', 'أغسطس/آب 7، 2007', '2007-08-07']]);
    expect(pickNumeric('واستسلمت الحامية في أيار 9 1945 بعد حصار')).toEqual([['DATE', 'أيار 9 1945', '1945-05-09']]);
  });

  test('has the value of the day-first date', () => {
    const first = pickNumeric('وبدأ الهجوم في 6 يونيو 1944')[0]![2];
    expect(first).toBe('1944-06-06');
    expect(pickNumeric('وبدأ الهجوم في يونيو 6 عام 1944')[0]![2]).toBe(first);
  });

  test('is a day of the month after a preposition, before the end of the clause', () => {
    expect(pickNumeric('وقد ينسحب الرئيس من الاتفاق في مايو 12 وهو أمر مرجح')).toEqual([['DATE', 'مايو 12', '--05-12']]);
    expect(pickNumeric('وتحتفل الكنيسة بذكرى القديس في يوليو 21.')).toEqual([['DATE', 'يوليو 21', '--07-21']]);
  });

  test('guards: a count, a year before the era, a range, a probe and a month-year keep their reading', () => {
    expect(pickNumeric('وسقط في سبتمبر 8 قتلى في الهجوم')).toEqual([['DATE', 'سبتمبر', '--09'], ['NUM', '8', 8]]);
    expect(pickNumeric('وانضم إلى الفريق في يناير 15 لاعبا جديدا')).toEqual([['DATE', 'يناير', '--01'], ['NUM', '15', 15]]);
    expect(pickNumeric('وارتفعت الصادرات في أغسطس 2019 بنسبة كبيرة')).toEqual([['DATE', 'أغسطس 2019', '2019-08']]);
    expect(pickNumeric('وانتصر القائد في سبتمبر 31 ق.م على خصومه')).toEqual([['DATE', 'سبتمبر 31 ق.م', undefined]]);
    expect(pickNumeric('وعقد المؤتمر في مارس 26-28 في القاهرة')).toEqual([['DATE', 'مارس', '--03'], ['NUM', '26', 26], ['NUM', '28', 28]]);
    expect(pickNumeric('وأطلق مسبار مارس 3 نحو الكوكب الأحمر')).toEqual([['NUM', '3', 3]]);
    expect(pickNumeric('ويصادف الموعد فبراير 30 عام 2019 في الجدول')).not.toContainEqual(['DATE', 'فبراير 30 عام 2019', undefined]);
  });
});
