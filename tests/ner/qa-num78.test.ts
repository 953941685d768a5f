// Regression tests for numeric QA round 78: a number after a bare naming noun was read as a
// count (NUM) before a preposition, since only a definite noun of `NUMBERED` let a preposition
// make its number a name («كيلو 60 قبل», «مخرج 37 على», «شارع 30 عند», «بلوك 52 خلال»); a
// channel, a flight, a rank or a section named by a bare noun outside `NUMBERED` stayed a count
// whatever followed («قناة 13.», «رحلة 903 التي», «في مركز 69 على», «قسم 48)»); and a date after
// a naming number was taken for the noun counted («المركز 88 عام 2017»). `bareName` now lets a
// preposition after the number of a bare noun of `NUMBERED` (not «طريق», not after «كل») name it,
// `NUMBERED` takes «قناة», «رحلة», «مركز», «قسم», and `opensClause` reads «عام», «سنة», «يوم»
// before a number as a date. Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const nums = (text: string) => pickNumeric(text).filter(([type]) => type === 'NUM');

describe('a number after a bare naming noun', () => {
  test('names the item before a preposition', () => {
    expect(nums('وانقلبت الشاحنة على طريق المطار كيلو 45 قبل نقطة التفتيش')).toEqual([]);
    expect(nums('وأغلقت الشرطة مخرج 12 على الطريق الدائري')).toEqual([]);
    expect(nums('وتجمع المحتجون في شارع 20 عند الساعة العاشرة')).toEqual([]);
    expect(nums('وتقع المكتبة في شارع 8 أمام الحديقة العامة')).toEqual([]);
    expect(nums('وتتسلم القوات الجوية مقاتلات بلوك 40 خلال أسبوعين')).toEqual([]);
    expect(nums('واستعادت القوات السيطرة على منطقة كيلو 7 عقب اشتباكات عنيفة')).toEqual([]);
    expect(nums('ويقع المصنع عند الكيلو 35 قبيل مدخل المدينة')).toEqual([]);
  });

  test('names a channel, a flight, a rank or a section', () => {
    expect(nums('وبثت قناة 11 عن مصادر أمنية أن الهجوم فشل')).toEqual([]);
    expect(nums('وأعلنت قناة 9 في نشرتها المسائية النتائج')).toEqual([]);
    expect(nums('وسقطت طائرة رحلة 617 التي كانت متجهة إلى لندن')).toEqual([]);
    expect(nums('وانفجرت قنبلة على متن رحلة 214 فوق البحر')).toEqual([]);
    expect(nums('وجاء المنتخب في مركز 57 على مستوى العالم')).toEqual([]);
    expect(nums('ونص القانون (قسم 12) على العقوبة')).toEqual([]);
  });

  test('is no count before a date', () => {
    expect(nums('وتقدمت الجامعة من المركز 64 عام 2019 إلى المركز 51')).toEqual([]);
    expect(nums('وعدنا على الرحلة 318 يوم 4 مارس')).toEqual([]);
  });

  test('guards: a counted noun, «كل», «طريق» and a verb of giving keep the count', () => {
    expect(nums('وتستغرق رحلة 14 ساعة')).toEqual([['NUM', '14', 14]]);
    expect(nums('ويضم المركز 6 وحدات صحية')).toEqual([['NUM', '6', 6]]);
    expect(nums('وتضم العاصمة مركز 30 سفارة')).toEqual([['NUM', '30', 30]]);
    expect(nums('ويضم كل مبنى 5 على الأقل من الشقق')).toEqual([['NUM', '5', 5]]);
    expect(nums('ويصل الماء إلى القرية عن طريق 3 آبار')).toEqual([['NUM', '3', 3]]);
    expect(nums('ووزع المركز 500 على الأسر المحتاجة')).toEqual([['NUM', '500', 500]]);
    expect(nums('وتستمر الدورة 40 يوما')).toEqual([['NUM', '40', 40]]);
  });
});
