// Regression tests for numeric QA round 71: a decade with «ب» and the article glued to it
// («بالسبعينات», «بالثمانينيات») was no DATE, though «بال» is «في ال»; it is one now, read as after
// «في» (an age after a noun of a person, «فتى بالعشرينات», and a temperature stay no DATE). A decade
// with «لل» after a verb of going back («تعود للتسعينات», «عدنا للستينات», «يعود تاريخها
// للثلاثينيات») is one too, as after «إلى». The guards read the same before and after: a decade
// before an ASCII comma («في أواخر السبعينيات,», «منذ الخمسينيات,») and one with «ل/ب» before
// its century («لثمانينات القرن الماضي») were already DATEs. A century with its era before the
// ordinal («القرن الهجري الأول», «القرن الميلادي الثالث») was no DATE; it is one now, valued as
// «القرن الثالث الميلادي» (a Hijri one with no value). Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('a decade with «بال» glued to it', () => {
  test('is a DATE, as after «في»', () => {
    expect(dates('وانتشرت هذه الموضة في أوروبا بالسبعينات ثم تراجعت')).toEqual([['DATE', 'السبعينات', '197']]);
    expect(dates('وفاز النادي بلقبين متتاليين بالثمانينيات قبل أن يهبط')).toEqual([['DATE', 'الثمانينيات', '198']]);
    expect(dates('وبالستينيات بدأت الهجرة من الريف إلى المدن')).toEqual([['DATE', 'الستينيات', '196']]);
  });

  test('guards: an age or a temperature stays no DATE', () => {
    expect(dates('ويؤدي الممثل دور فتى بالعشرينات يبحث عن عمل')).toEqual([]);
    expect(dates('وتبقى درجات الحرارة بالأربعينات طوال الصيف')).toEqual([]);
    expect(dates('وتوفي الكاتب بالستينات من عمره')).toEqual([]);
  });
});

describe('a decade with «لل» after a verb of going back', () => {
  test('is a DATE, as after «إلى»', () => {
    expect(dates('وتضم المدينة مباني قديمة تعود للخمسينات')).toEqual([['DATE', 'خمسينات', '195']]);
    expect(dates('وقال المصمم إننا عدنا للستينات في الألوان')).toEqual([['DATE', 'ستينات', '196']]);
    expect(dates('وهي مدرسة عريقة يعود تاريخها للثلاثينيات')).toEqual([['DATE', 'ثلاثينيات', '193']]);
  });

  test('guards: «لل» after another verb, a century, an ASCII comma read as before', () => {
    expect(dates('ووصلت درجات الحرارة للأربعينات')).toEqual([]);
    expect(dates('وتعود الوثيقة لثمانينات القرن الماضي')).toEqual([['DATE', 'ثمانينات القرن الماضي', '198']]);
    expect(dates('وفي أواخر السبعينيات, انتقل إلى باريس')).toEqual([['DATE', 'أواخر السبعينيات', '197']]);
    expect(dates('وظل يكتب الشعر منذ الخمسينيات, ثم اتجه إلى الرواية')).toEqual([['DATE', 'الخمسينيات', '195']]);
  });
});

describe('a century with its era before the ordinal', () => {
  test('is a DATE, with no value when Hijri', () => {
    expect(dates('وانتشرت المسيحية في المدينة في القرن الميلادي الثالث')).toEqual([['DATE', 'القرن الميلادي الثالث', '02']]);
    expect(dates('وبقيت آثار القبيلة حتى أواخر القرن الهجري الرابع')).toEqual([['DATE', 'أواخر القرن الهجري الرابع', undefined]]);
    expect(dates('وتعود النقوش لستينات القرن الهجري الأول')).toEqual([['DATE', 'ستينات القرن الهجري الأول', undefined]]);
  });

  test('guards: a relative century and the era alone read as before', () => {
    expect(dates('وبني المسجد في ثمانينات القرن الميلادي الماضي')).toEqual([['DATE', 'ثمانينات القرن الميلادي الماضي', '198']]);
    expect(dates('وازدهرت العلوم في القرن الهجري')).toEqual([]);
  });
});
