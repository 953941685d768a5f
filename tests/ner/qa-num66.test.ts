// Regression tests for numeric QA round 66: a decade with no century written («أواخر
// الثمانينيات», «منذ الستينات») or of «القرن الماضي» («سبعينيات القرن الماضي») was a DATE with no
// value; it is now valued in the twentieth century (`'198'`, `'197'`; two decades `'195/196'`).
// A decade of the fifties to the nineties right after a bare «في» («هاجر في الستينيات إلى …»),
// or after «فترة», «مرحلة», «سنوات», «أعوام», «أيام», «عقدي», was no DATE; it is one now. Younger
// decades after «في», and any after a personal pronoun and «في» or before «من العمر», stay ages.
// Invented sentences; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('a decade with no century, or of the last century', () => {
  test('is valued in the twentieth century', () => {
    expect(dates('وفي أواخر الثمانينيات انتقل الكاتب إلى باريس')).toEqual([['DATE', 'أواخر الثمانينيات', '198']]);
    expect(dates('ويقيم الفنان في المدينة منذ سبعينيات القرن الماضي')).toEqual([['DATE', 'سبعينيات القرن الماضي', '197']]);
    expect(dates('وازدهرت صناعة النسيج في خمسينات وستينات القرن الماضي')).toEqual([['DATE', 'خمسينات وستينات القرن الماضي', '195/196']]);
    expect(dates('وانتشرت هذه الموسيقى خلال الأربعينيات والخمسينيات في المدن الساحلية')).toEqual([['DATE', 'الأربعينيات والخمسينيات', '194/195']]);
    expect(dates('وافتتح أول معرض للفن التشكيلي خلال الستينات الميلادية في جدة')).toEqual([['DATE', 'الستينات الميلادية', '196']]);
  });

  test('a written century reads as before', () => {
    expect(dates('وبنيت المحطة في ستينيات القرن العشرين')).toEqual([['DATE', 'ستينيات القرن العشرين', '196']]);
    expect(dates('وكتب القصيدة في الثلاثينات من القرن التاسع عشر')).toEqual([['DATE', 'الثلاثينات من القرن التاسع عشر', '183']]);
  });
});

describe('a decade of the fifties to the nineties after a bare «في», or after «فترة» and the like', () => {
  test('is a DATE', () => {
    expect(dates('وهاجر والده إلى كندا في الستينيات وعمل في مصنع للسيارات')).toEqual([['DATE', 'الستينيات', '196']]);
    expect(dates('وأغلق المصنع أبوابه في التسعينات بسبب الأزمة')).toEqual([['DATE', 'التسعينات', '199']]);
    expect(dates('وشهدت البلاد خلال فترة السبعينيات أزمة اقتصادية حادة')).toEqual([['DATE', 'السبعينيات', '197']]);
    expect(dates('وعاش الشاعر في بيروت سنوات العشرينيات وكتب فيها أول دواوينه')).toEqual([['DATE', 'العشرينيات', '192']]);
    expect(dates('ولقيت الأغنية نجاحا كبيرا في أيام الأربعينيات')).toEqual([['DATE', 'الأربعينيات', '194']]);
  });

  test('an age stays no DATE', () => {
    expect(dates('وأصيب رجل في الخمسينيات من عمره بجروح طفيفة')).toEqual([]);
    expect(dates('وقالت الشرطة إن السائق وهو في الستينات نقل إلى المستشفى')).toEqual([]);
    expect(dates('وتعمل الطبيبة، وهي في الثلاثينيات، في مستشفى المدينة')).toEqual([]);
    expect(dates('واعتقلت الشرطة امرأة في العشرينيات بتهمة السرقة')).toEqual([]);
  });
});
