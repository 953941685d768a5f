// Regression tests for numeric QA round 72: a decade after a noun it names the time of («نجوم
// الثمانينات», «أفلام الخمسينيات», «أزمة الثلاثينات», «معظم الستينيات») was no DATE; it is one
// now (`DECADE_OF`), and so is one with «لل» after such a noun with the article («الموسيقى الشعبية
// للستينات», «السنوات الأخيرة للثمانينيات»), unless a temperature or, after «في», an age is named
// before it. A decade of «القرن» with nothing naming the century after it («منذ عشرينيات القرن.»,
// «حتى ثمانينيات القرن عندما») was no DATE; it is one with no value, of the century named before.
// «مطالع», «مفتتح» and the misspellings «آوخر», «أوخر», «أوئل» are part words now («آوخر
// الستينات», «أوخر عام 2010»). Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('a decade after a noun it names the time of', () => {
  test('is a DATE', () => {
    expect(dates('وشارك في الحفل عدد من نجوم الثمانينات')).toEqual([['DATE', 'الثمانينات', '198']]);
    expect(dates('وأعادت القناة عرض أفلام الخمسينيات بالألوان')).toEqual([['DATE', 'الخمسينيات', '195']]);
    expect(dates('ودرس المؤرخ أسباب أزمة الثلاثينات وآثارها')).toEqual([['DATE', 'الثلاثينات', '193']]);
    expect(dates('وظل الحزب في المعارضة معظم الستينيات')).toEqual([['DATE', 'الستينيات', '196']]);
    expect(dates('وقال إن الفريق يسعى لإعادة أمجاد التسعينيات')).toEqual([['DATE', 'التسعينيات', '199']]);
  });

  test('guards: a temperature, an age, a level stay no DATE', () => {
    expect(dates('وظلت درجات الحرارة وسط الأربعينات طوال الأسبوع')).toEqual([]);
    expect(dates('وكانت فتاة في ربيع العشرينات حين سافرت')).toEqual([]);
    expect(dates('وقضى معظم الخمسينات من عمره في المنفى')).toEqual([]);
    expect(dates('وتراجع المؤشر إلى مستويات الأربعينات')).toEqual([]);
  });
});

describe('a decade with «لل» after such a noun with the article', () => {
  test('is a DATE', () => {
    expect(dates('وكتب الناقد عن الموسيقى الشعبية للستينات')).toEqual([['DATE', 'ستينات', '196']]);
    expect(dates('وعاش الكاتب في لندن خلال السنوات الأخيرة للثمانينيات')).toEqual([['DATE', 'ثمانينيات', '198']]);
  });

  test('guards: «لل» after another noun reads as before', () => {
    expect(dates('وارتفع المؤشر للأربعينات')).toEqual([]);
  });
});

describe('a decade of «القرن» with nothing after it', () => {
  test('is a DATE with no value', () => {
    expect(dates('وبقي المصنع يعمل حتى ثمانينيات القرن عندما أغلق')).toEqual([['DATE', 'ثمانينيات القرن', undefined]]);
    expect(dates('وازدهرت الحركة منذ عشرينيات القرن.')).toEqual([['DATE', 'عشرينيات القرن', undefined]]);
  });

  test('guards: a named century reads as before', () => {
    expect(dates('وازدهرت التجارة في ثمانينيات القرن العشرين')).toEqual([['DATE', 'ثمانينيات القرن العشرين', '198']]);
    expect(dates('وانتشرت الأغنية في ستينيات القرن الماضي')).toEqual([['DATE', 'ستينيات القرن الماضي', '196']]);
  });
});

describe('«مطالع», «مفتتح» and misspelt part words', () => {
  test('are part words', () => {
    expect(dates('وانتقل إلى باريس في آوخر الستينات')).toEqual([['DATE', 'آوخر الستينات', '196']]);
    expect(dates('وبدأ البناء في أوئل الثمانينيات')).toEqual([['DATE', 'أوئل الثمانينيات', '198']]);
    expect(dates('وتأسست الشركة في أوخر عام 2010')).toEqual([['DATE', 'أوخر عام 2010', '2010']]);
    expect(dates('وانطلق المشروع في مطالع الخمسينات')).toEqual([['DATE', 'مطالع الخمسينات', '195']]);
    expect(dates('وافتتح المصنع في مفتتح السبعينيات')).toEqual([['DATE', 'مفتتح السبعينيات', '197']]);
  });

  test('guards: an age, and «أوئل» as the first ones, stay no DATE', () => {
    expect(dates('وهو شاب في أوئل العشرينات')).toEqual([]);
    expect(dates('وكان من أوئل الخريجين في الكلية')).toEqual([]);
  });
});
