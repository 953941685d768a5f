// Regression tests for QA round 55 of the numeric grammar: a year before the Hijra («(3 ق هـ)»,
// «(16 ق.هـ. -69 هـ)»); «أغسطس» after an emperor's title or before «قيصر», Augustus and not the
// month; a bare year from 1000 to 1799 after «في» before «أن/أمام/دون/حسب», a verb in «ف» or a
// few more verbs of the past («في 1647 ترأس»); an open-ended year in brackets («(1526-)»); a year
// and the last two digits of a later one spaced in their own brackets («(1601 - 66)»); and a
// definite unit, «و» and a definite tens word before the noun they count («الستة والعشرين
// حرما»); and a decade written with the English plural «s» («في 1970s»). Every sentence is
// invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { beforeHijraInterval } from '../../src/ner/numeric/calendar.js';
import { pickNumeric } from '../helpers/numeric.js';

describe('a year before the Hijra', () => {
  test('is a DATE, the run of days of that year counted back from the first year of the Hijra', () => {
    expect(pickNumeric('هاجر بعض الصحابة إلى الحبشة (8 ق هـ)، ثم عادوا')).toEqual([['DATE', '8 ق هـ', '0614-10-14/0615-10-02']]);
    expect(pickNumeric('ولد الصحابي سنة 570 و52 ق هـ في مكة')).toEqual([
      ['DATE', 'سنة 570', '0570'],
      ['DATE', '52 ق هـ', '0572-02-04/0573-01-22'],
    ]);
    expect(beforeHijraInterval(0)).toBe('0621-07-30/0622-07-18');
  });

  test('a life from a year before the Hijra to one after it is one period', () => {
    expect(pickNumeric('عاش الشاعر (16 ق.هـ. -69 هـ) في المدينة')).toEqual([['DATE', '16 ق.هـ. -69 هـ', '0607-01-09/0689-06-27']]);
    expect(pickNumeric('الخليفة الأول (50 ق هـ - 13هـ) من قريش')).toEqual([['DATE', '50 ق هـ - 13هـ', '0574-01-13/0635-02-27']]);
  });

  test('a Hijri year and a year before the common era keep their values', () => {
    expect(pickNumeric('توفي الإمام سنة 50 هـ في المدينة')).toEqual([['DATE', 'سنة 50 هـ', '0670-02-01/0671-01-20']]);
    expect(pickNumeric('ولد القائد سنة 30 ق.م في روما')).toEqual([['DATE', 'سنة 30 ق.م', '-0029']]);
  });
});

describe('«أغسطس», the emperor', () => {
  test('after an emperor\'s title or before «قيصر» it is no month', () => {
    expect(pickNumeric('بنى الإمبراطور أغسطس معبدا في المدينة')).toEqual([]);
    expect(pickNumeric('حكم الإمبراطور "أغسطس" مصر بعد المعركة')).toEqual([]);
    expect(pickNumeric('سمي الشهر باسم أغسطس قيصر تكريما له')).toEqual([]);
  });

  test('the month stays a month', () => {
    expect(pickNumeric('وصل الوفد في أغسطس الماضي إلى العاصمة')).toEqual([['DATE', 'أغسطس الماضي', '--08']]);
    expect(pickNumeric('افتتح المعبد في 5 أغسطس 1820')).toEqual([['DATE', '5 أغسطس 1820', '1820-08-05']]);
  });
});

describe('an old year after «في» before a word that goes on the clause', () => {
  test('a preposition, «أن», a verb in «ف» or a verb of the past after it make it a year', () => {
    expect(pickNumeric('نشر الفيلسوف كتابه في 1670 دون اسمه')).toEqual([['DATE', '1670', '1670']]);
    expect(pickNumeric('خسر المرشح في 1796 أمام منافسه')).toEqual([['DATE', '1796', '1796']]);
    expect(pickNumeric('حاصر الجيش المدينة ثم في 1532 فانسحب إلى الجنوب')).toEqual([['DATE', '1532', '1532']]);
    expect(pickNumeric('في 1647 ترأس القبطان أسطولا تجاريا')).toEqual([['DATE', '1647', '1647']]);
  });

  test('before a counted noun it stays a count', () => {
    expect(pickNumeric('يعمل الموظفون في 1500 فندق في البلاد')).toEqual([['NUM', '1500', 1500]]);
    expect(pickNumeric('سجلت الوزارة زيادة في 1200 مدرسة هذا العام')).toEqual([['NUM', '1200', 1200]]);
  });
});

describe('years in brackets', () => {
  test('an open-ended old year, and a spaced short second year, are years', () => {
    expect(pickNumeric('الرسام الإيطالي (1526-) من أبناء البندقية')).toEqual([['DATE', '1526', '1526']]);
    expect(pickNumeric('حكم الملك (1601 - 66) البلاد بالحديد والنار')).toEqual([['DATE', '1601 - 66', '1601/1666']]);
  });

  test('a modern open-ended year reads as before', () => {
    expect(pickNumeric('الكاتب المصري (1936- ) من رواد المسرح')).toEqual([['DATE', '1936', '1936']]);
  });
});

describe('a definite unit and a definite tens word', () => {
  test('before the noun they count are one NUM', () => {
    expect(pickNumeric('أنشأت الشركة ذات الستة والعشرين فرعا مصنعا جديدا')).toEqual([['NUM', 'الستة والعشرين', 26]]);
    expect(pickNumeric('تحسنت حالته خلال الأربع والعشرين ساعة الماضية')).toEqual([['NUM', 'الأربع والعشرين', 24]]);
    expect(pickNumeric('طالب المحامي بالإفراج عن الخمسة والعشرون متهما')).toEqual([['NUM', 'الخمسة والعشرون', 25]]);
  });

  test('after a definite noun, or with no noun after them, they are no count', () => {
    expect(pickNumeric('في القرن الواحد والعشرين تغير العالم')).toEqual([['DATE', 'القرن الواحد والعشرين', '20']]);
    expect(pickNumeric('قرأ الطالب الكتب الخمسة والعشرين كلها')).toEqual([]);
    expect(pickNumeric('بلغ الخمسة والعشرين من عمره')).toEqual([]);
  });
});

describe('a decade with the English plural «s»', () => {
  test('is a DATE valued as the decade', () => {
    expect(pickNumeric('ازدهرت الموسيقى في 1960s و1970s في المدينة')).toEqual([
      ['DATE', '1960s', '196'],
      ['DATE', '1970s', '197'],
    ]);
    expect(pickNumeric('بحلول أواخر 1990s تغيرت سياسة الحكومة')).toEqual([['DATE', '1990s', '199']]);
  });

  test('before the era before Christ, or with a word glued on, nothing is read', () => {
    expect(pickNumeric('منذ 1240s قبل الميلاد تراجعت المدينة')).toEqual([]);
    expect(pickNumeric('في السنوات 1970 ازدهرت الموسيقى')).toEqual([['DATE', 'السنوات 1970', '197']]);
  });
});
