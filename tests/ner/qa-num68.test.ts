// Regression tests for numeric QA round 68: a decade with no century after «من», «حتى», «قبل»,
// «بعد», «بحلول», «أثناء», «إبان» or «جيل» («ازدهرت حتى الستينات», «وبحلول الثمانينيات», «جيل
// الستينيات») was no DATE; it is one now, valued in the twentieth century as since round 66.
// Two decades joined by «وحتى» («من السبعينيات وحتى التسعينيات») were the first alone; they are
// one DATE now (`'197/199'`), as with «حتى» since round 51. Ages («من العمر») stay no DATE.
// Invented sentences; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('a decade after a preposition of a time\'s bounds, or after «جيل»', () => {
  test('is a DATE of the twentieth century', () => {
    expect(dates('وظلت القرية بلا كهرباء حتى الستينات حين وصلتها الشبكة')).toEqual([['DATE', 'الستينات', '196']]);
    expect(dates('وبحلول الثمانينيات تحولت البلدة إلى مركز تجاري')).toEqual([['DATE', 'الثمانينيات', '198']]);
    expect(dates('وتراجعت صناعة الغزل بعد الثلاثينات بسبب المنافسة الأجنبية')).toEqual([['DATE', 'الثلاثينات', '193']]);
    expect(dates('وظهر الممثل في عدة أفلام أثناء السبعينيات قبل أن يعتزل')).toEqual([['DATE', 'السبعينيات', '197']]);
    expect(dates('وقاتل الرجل في صفوف المتمردين إبان التسعينات')).toEqual([['DATE', 'التسعينات', '199']]);
    expect(dates('وكانت المدينة مركزا للنسيج قبل الخمسينيات')).toEqual([['DATE', 'الخمسينيات', '195']]);
    expect(dates('وتعرفت الفرقة إلى جمهورها من الثمانينات عبر الإذاعة')).toEqual([['DATE', 'الثمانينات', '198']]);
    expect(dates('ويعد الروائي من أبرز كتاب جيل الستينيات في مصر')).toEqual([['DATE', 'الستينيات', '196']]);
  });

  test('two decades joined by «وحتى» are one DATE', () => {
    expect(dates('وحكم الحزب البلاد من السبعينيات وحتى التسعينيات دون انقطاع')).toEqual([['DATE', 'السبعينيات وحتى التسعينيات', '197/199']]);
    expect(dates('ونما اقتصاد الجزيرة منذ ستينيات وحتى ثمانينيات القرن العشرين')).toEqual([['DATE', 'ستينيات وحتى ثمانينيات القرن العشرين', '196/198']]);
  });

  test('guards: «حتى» between two decades, an age, and a decade with no time word read as before', () => {
    expect(dates('منذ الستينيات حتى الثمانينيات عاش الشاعر في القاهرة')).toEqual([['DATE', 'الستينيات حتى الثمانينيات', '196/198']]);
    expect(dates('وقالت الشرطة إن رجلا في الثلاثينات من العمر اعتقل بعد الحادث')).toEqual([]);
    expect(dates('ونقلت امرأة في العشرينيات إلى المستشفى')).toEqual([]);
    expect(dates('وكانت الخمسينات عصرا ذهبيا للسينما')).toEqual([]);
  });
});
