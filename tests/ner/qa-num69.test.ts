// Regression tests for numeric QA round 69: a decade of the twenties to the forties after a bare
// «في» («تغير اقتصاد البلاد في العشرينيات») or after «في» and a part word («في أواخر
// الثلاثينيات») was no DATE, read as an adult's age; it is a DATE of the twentieth century now
// unless an age is named before «في»: a noun of a person («امرأة في العشرينيات», «بشاب في»), a
// verb of being («كانت في العشرينات»), «معظمهم», «أعمارهم», a personal pronoun, or a temperature.
// «بدايات/نهايات» are part words as «بداية/نهاية» («في بدايات القرن العشرين» is one DATE), and
// «طوال», «حقبتي», «لفترة», «ومع حلول», «فمنذ», «شهدت» make a decade after them a time. «وهي»
// before «في» and a decade of the fifties on is now read as the pronoun it is (an age, as «وهو»).
// Invented sentences; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('a decade of the twenties to the forties after «في»', () => {
  test('is a DATE of the twentieth century', () => {
    expect(dates('وتغير اقتصاد الجمهورية وثقافتها في العشرينيات بسبب الإصلاح الزراعي')).toEqual([['DATE', 'العشرينيات', '192']]);
    expect(dates('واشتهرت المطربة في الأربعينيات بأغانيها الوطنية')).toEqual([['DATE', 'الأربعينيات', '194']]);
    expect(dates('وتضررت صناعة القطن كثيرا من الكساد في الثلاثينات')).toEqual([['DATE', 'الثلاثينات', '193']]);
    expect(dates('وبدأ الكاتب نشر قصصه في منتصف الثلاثينيات في مجلة أدبية')).toEqual([['DATE', 'منتصف الثلاثينيات', '193']]);
    expect(dates('وفي أوائل الأربعينيات انتقلت الفرقة إلى الإسكندرية')).toEqual([['DATE', 'أوائل الأربعينيات', '194']]);
    expect(dates('وقاد الحاكم حملة على خصومه في نهاية العشرينات')).toEqual([['DATE', 'نهاية العشرينات', '192']]);
  });

  test('an age named before «في» stays no DATE', () => {
    expect(dates('وقالت الشرطة إن امرأة في الثلاثينيات أصيبت في الحادث')).toEqual([]);
    expect(dates('وتعرض شاب سوري في منتصف العشرينات لحادث سير')).toEqual([]);
    expect(dates('وعثر الحراس على فتاة صغيرة في العشرينات تائهة في السوق')).toEqual([]);
    expect(dates('وقالت الممثلة إنها عندما كانت في العشرينات لم تفكر في الشهرة')).toEqual([]);
    expect(dates('واعتقلت الشرطة خمسة شبان معظمهم في أوائل العشرينات')).toEqual([]);
    expect(dates('وسجلت درجات الحرارة في أوائل الثلاثينيات في العاصمة')).toEqual([]);
    // («وهي», a word the grammar does not keep, was not seen as a pronoun before this round)
    expect(dates('وقالت الممرضة وهي في الستينات إنها لا تزال تعمل')).toEqual([]);
  });
});

describe('«بدايات/نهايات» and words of a span of time before a decade', () => {
  test('are read with the DATE', () => {
    expect(dates('وبنيت معظم بيوت الحي في بدايات القرن العشرين')).toEqual([['DATE', 'بدايات القرن العشرين', '19']]);
    expect(dates('وانتشرت الأغنية في نهايات التسعينيات بين الشباب')).toEqual([['DATE', 'نهايات التسعينيات', '199']]);
    expect(dates('وظل المصنع يعمل طوال الخمسينيات دون توقف')).toEqual([['DATE', 'الخمسينيات', '195']]);
    expect(dates('ومع حلول السبعينيات تضاعف عدد سكان المدينة')).toEqual([['DATE', 'السبعينيات', '197']]);
    expect(dates('وشهدت الثمانينات أزمة مالية خانقة')).toEqual([['DATE', 'الثمانينات', '198']]);
  });

  test('guards: a pronoun, «من العمر», a decade from the fifties on after a person, and one with no time word read as before', () => {
    expect(dates('وقالت الطبيبة وهي في منتصف الأربعينيات إنها تعمل منذ عشرين عاما')).toEqual([]);
    expect(dates('وأصيب رجل في الأربعينات من العمر بجروح خطيرة')).toEqual([]);
    expect(dates('وعملت المغنية مع فنانين من جيلها في الستينات')).toEqual([['DATE', 'الستينات', '196']]);
    expect(dates('وكانت الخمسينات عصرا ذهبيا للسينما')).toEqual([]);
  });
});
