// Regression tests for numeric QA round 70: a decade of a century named relative to the text
// («ثلاثينيات القرن الحالي», «عشرينيات القرن السابق», «السبعينات من هذا القرن», «سبعينيات القرن
// ذاته», «القرن سالف الذكر», «القرن الهجري/الميلادي الماضي») was no DATE (or the decade alone); it
// is one now, of the twenty-first century for «الحالي», the twentieth for «الماضي/السابق/المنقضي»
// and «هذا القرن» (the writer's own, the twentieth in the texts read), with no value for
// «ذاته/نفسه/ذاك القرن/سالف الذكر» and a Hijri century. A second decade after «إلى/حتى/وحتى» and a
// part word («العشرينات وحتى أواخر الأربعينات»), or after «و» and a part word when the first has no
// article («أواخر خمسينيات وأوائل ستينيات القرن»), makes one period; «يعود تاريخها إلى» makes the
// decade after it a time. Invented sentences; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('a decade of a century named relative to the text', () => {
  test('is a DATE, valued when the century is known', () => {
    expect(dates('وتخطط الوكالة لإرسال بعثة مأهولة في ثلاثينيات القرن الحالي')).toEqual([['DATE', 'ثلاثينيات القرن الحالي', '203']]);
    expect(dates('وشهدت عشرينيات القرن السابق هجرة واسعة إلى المدن')).toEqual([['DATE', 'عشرينيات القرن السابق', '192']]);
    expect(dates('وتأسست الشركة منذ ثمانينات القرن المنقضي')).toEqual([['DATE', 'ثمانينات القرن المنقضي', '198']]);
    expect(dates('وبدأ البث الإذاعي في الخمسينات من هذا القرن')).toEqual([['DATE', 'الخمسينات من هذا القرن', '195']]);
    expect(dates('وانتقلت العائلة إلى القاهرة منذ ثلاثينات القرن الميلادي الماضي')).toEqual([['DATE', 'ثلاثينات القرن الميلادي الماضي', '193']]);
  });

  test('a century named before or a Hijri one has no value', () => {
    expect(dates('وفي سبعينيات القرن ذاته افتتحت أول جامعة')).toEqual([['DATE', 'سبعينيات القرن ذاته', undefined]]);
    expect(dates('وخلال ثلاثينيات ذاك القرن بنيت القلعة')).toEqual([['DATE', 'ثلاثينيات ذاك القرن', undefined]]);
    expect(dates('وفي منتصف تسعينات القرن سالف الذكر هدم الجسر')).toEqual([['DATE', 'منتصف تسعينات القرن سالف الذكر', undefined]]);
    expect(dates('وتوسعت المدارس في تسعينيات القرن الهجري الماضي')).toEqual([['DATE', 'تسعينيات القرن الهجري الماضي', undefined]]);
  });
});

describe('a period of decades with a part word, and «يعود إلى»', () => {
  test('is one DATE', () => {
    expect(dates('وازدهرت صناعة النسيج في العشرينات وحتى أواخر الأربعينات')).toEqual([['DATE', 'العشرينات وحتى أواخر الأربعينات', '192/194']]);
    expect(dates('وعمل في الصحافة من مطلع السبعينات إلى نهاية الثمانينات')).toEqual([['DATE', 'مطلع السبعينات إلى نهاية الثمانينات', '197/198']]);
    expect(dates('وانتشر الطراز في أواخر خمسينيات وأوائل ستينيات القرن العشرين')).toEqual([['DATE', 'أواخر خمسينيات وأوائل ستينيات القرن العشرين', '195/196']]);
    expect(dates('وهي قرية قديمة يعود تاريخها إلى الستينيات')).toEqual([['DATE', 'الستينيات', '196']]);
    expect(dates('ويملك الجيش صواريخ تعود إلى الخمسينيات')).toEqual([['DATE', 'الخمسينيات', '195']]);
  });

  test('guards: a list with a definite first decade, a temperature after «إلى», an age, «القرن الماضي» read as before', () => {
    expect(dates('وقالت إنها كانت متفائلة في أواخر الأربعينيات وأوائل الخمسينيات')).toEqual([['DATE', 'أواخر الأربعينيات', '194'], ['DATE', 'أوائل الخمسينيات', '195']]);
    expect(dates('وترتفع درجات الحرارة صيفا إلى الأربعينات')).toEqual([]);
    expect(dates('ووصل رجل الأعمال إلى الأربعينات من عمره')).toEqual([]);
    expect(dates('وتعود الوثيقة إلى ثمانينيات القرن الماضي')).toEqual([['DATE', 'ثمانينيات القرن الماضي', '198']]);
  });
});
