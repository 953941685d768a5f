// Regression tests for QA round 12 of the numeric grammar (ANT news and Arabic Wikipedia).
// Every sentence is invented; each case was misread before the fix it names, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('dates', () => {
  test('joins a month and its year across the comma of an English date', () => {
    expect(found('ولدت الكاتبة في 12 مارس، 1931 في القاهرة')).toEqual([['DATE', '12 مارس، 1931', '1931-03-12']]);
    expect(found('في أكتوبر، 2006 انتقلت الفرقة إلى لندن')).toEqual([['DATE', 'أكتوبر، 2006', '2006-10']]);
    expect(found('وقع الاتفاق يوم 3 مايو، 1999، في جنيف')).toEqual([['DATE', 'يوم 3 مايو، 1999', '1999-05-03']]);
  });

  test('keeps a count after the comma apart from the month', () => {
    expect(found('في 21 مارس، 1500 متظاهر خرجوا')).toEqual([['DATE', '21 مارس', '--03-21'], ['NUM', '1500', 1500]]);
  });

  test('reads an ordinal day before «لشهر» and the month', () => {
    expect(found('تقام الدورة من الثالث عشر لشهر أبريل')).toEqual([['DATE', 'الثالث عشر لشهر أبريل', '--04-13']]);
    expect(found('يبدأ المعرض في 9 لشهر نوفمبر')).toEqual([['DATE', '9 لشهر نوفمبر', '--11-09']]);
  });

  test('reads an ordinal day after «إلى/الى»', () => {
    expect(found('يستمر المهرجان إلى السادس من مارس')).toEqual([['DATE', 'السادس من مارس', '--03-06']]);
    expect(found('من العاشر الى الحادي عشر من شهر مايو')).toEqual([['DATE', 'العاشر الى الحادي عشر من شهر مايو', '--05-10/--05-11']]);
  });

  test('keeps «من شهر» after an ordinal day', () => {
    expect(found('يبدأ في الرابع من شهر مايو')).toEqual([['DATE', 'الرابع من شهر مايو', '--05-04']]);
  });

  test('reads a year before «من قبل», the agent of a passive verb', () => {
    expect(found('رسمت اللوحة في 1642 من قبل فنان مجهول')).toEqual([['DATE', '1642', '1642']]);
  });

  test('keeps a count before «من قبل» apart from a year', () => {
    expect(found('نهب المتحف مرات عديدة من قبل')).toEqual([]);
    expect(found('بلغ عددهم 1300 من الجنود')).toEqual([['NUM', '1300', 1300]]);
  });

  test('reads a year before the common era with a thousands separator or «تقريبا»', () => {
    expect(found('سكن الإنسان الكهف نحو 6,200 ق.م')).toEqual([['DATE', '6,200 ق.م', '-6199']]);
    expect(found('بنيت القلعة عام 1200 تقريبا قبل الميلاد')).toEqual([['DATE', 'عام 1200 تقريبا قبل الميلاد', '-1199']]);
  });

  test('keeps a grouped number without an era a count', () => {
    expect(found('زار المعرض 6,200 شخص')).toEqual([['NUM', '6,200', 6200]]);
  });
});

describe('counts', () => {
  test('counts a definite number before an indefinite noun of years: an age', () => {
    expect(found('رحل الشاعر عن عمر يناهز الـ 81 عاماً')).toEqual([['NUM', '81', 81]]);
    expect(found('يمنع القانون من هم دون ال18 عام من القيادة')).toEqual([['NUM', '18', 18]]);
  });

  test('keeps a definite number before a definite noun or a year an ordinal', () => {
    expect(found('اجتمعت الدول الـ27 الأعضاء')).toEqual([]);
    expect(found('أقر البرلمان التعديل الـ12 عام 2014')).toEqual([['DATE', 'عام 2014', '2014']]);
  });

  test('leaves out «عشر» after «بضعة»: a vague number', () => {
    expect(found('أقام في القرية بضعة عشر عاما')).toEqual([]);
    expect(found('مضت بضع عشرة سنة')).toEqual([]);
  });

  test('keeps a teen', () => {
    expect(found('أقام في القرية ستة عشر عاما')).toEqual([['NUM', 'ستة عشر', 16]]);
  });

  test('reads «صفر-صفر» as a score, not the month Safar paired with itself', () => {
    expect(found('انتهى اللقاء بالتعادل صفر-صفر')).toEqual([['NUM', 'صفر', 0], ['NUM', 'صفر', 0]]);
  });

  test('keeps a month written in two calendars', () => {
    expect(found('وصل الوفد في أيلول/سبتمبر')).toEqual([['DATE', 'أيلول/سبتمبر', '--09']]);
  });
});

describe('references', () => {
  test('leaves out a footnote right after another', () => {
    expect(found('يبلغ طول الجسر 40 مترا. [12] [13]')).toEqual([['NUM', '40', 40]]);
  });
});
