// Regression tests for numeric QA round 75: a number that names an item after a definite noun of
// `NUMBERED` was read as a count (NUM) when a preposition followed it, since the counted-noun test
// took «على», «إلى», «حتى», «مع», «قبل»… for a counted noun («المركز 152 على سلم الترتيب», «من
// الأسبوع 32 حتى الأسبوع 37», «المرحلة 37 قبل الأخيرة»). A preposition after the number of a
// definite naming noun now leaves it a name (`prepositionAfterName`), except «على الأقل» and a range
// with its counted noun; «إلى» and «حتى» of a range continue an identifier («من المركز 80 إلى
// 88»). `NUMBERED` also takes a rank, a squadron, a generation, an amendment, a section, a block, a
// district and a player's nth goal («الترتيب 98», «السرب 192», «الجيل 7», «التعديل 15», «القسم
// 702», «الرقعة 9», «الدائرة 18», «الهدف 57»). Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const nums = (text: string) => pickNumeric(text).filter(([type]) => type === 'NUM');

describe('a naming number before a preposition', () => {
  test('is no count after a definite naming noun', () => {
    expect(nums('ويحتل المنتخب حاليا المركز 118 على سلم ترتيب الاتحاد الدولي')).toEqual([]);
    expect(nums('وغاب المدافع عن المباريات من الأسبوع 21 حتى الأسبوع 26 بسبب الإصابة')).toEqual([]);
    expect(nums('وخسر الفريق على أرضه في المرحلة 33 قبل الأخيرة من الدوري')).toEqual([]);
    expect(nums('وانتقلت النسخة 19 إلى الدوحة بعد اعتذار البلد المضيف')).toEqual([]);
    expect(nums('وتأجلت البطولة في نسختها 27 حتى الربيع المقبل')).toEqual([]);
    expect(nums('وتراجعت المدينة من المركز 40 إلى 47 بين عامي التقرير')).toEqual([]);
    expect(nums('وتمتد المحمية من الكيلو 12 إلى الكيلو 30 على الطريق الساحلي')).toEqual([]);
  });

  test('guards: «على الأقل», a range with its noun and a bare noun keep the count', () => {
    expect(nums('وغرق خلال الأسبوع 25 على الأقل قبالة السواحل')).toEqual([['NUM', '25', 25]]);
    expect(nums('وتستغرق الرحلة 3 إلى 4 ساعات في الظروف العادية')).toEqual([['NUM', '3', 3], ['NUM', '4', 4]]);
    expect(nums('وفاز الفريق بـ 32 من أصل 40 مباراة')).toEqual([['NUM', '32', 32], ['NUM', '40', 40]]);
    expect(nums('وقتل 12 في الهجوم على السوق')).toEqual([['NUM', '12', 12]]);
    expect(nums('وتدرب الفريق في المرحلة 3 أيام متتالية')).toEqual([['NUM', '3', 3]]);
  });
});

describe('a rank, a squadron, a generation, a section, a block, a district, a goal', () => {
  test('name the number after them', () => {
    expect(nums('ووضعته المجلة في الترتيب 74 في قائمة أثرياء العالم')).toEqual([]);
    expect(nums('وأنهى اللاعب الموسم في التصنيف 58 على العالم')).toEqual([]);
    expect(nums('ويخدم الطياران في السرب 171 في قاعدة جوية شمال البلاد')).toEqual([]);
    expect(nums('وطرح البنك المركزي الجيل 6 من الأوراق النقدية')).toEqual([]);
    expect(nums('وأقر الكونغرس التعديل 19 في عام 1920 بعد نضال طويل')).toEqual([]);
    expect(nums('وتعمل الوكالة بموجب القسم 215 من قانون الأمن')).toEqual([]);
    expect(nums('وتبدأ الشركة التنقيب في الرقعة 4 قبالة الساحل')).toEqual([]);
    expect(nums('واشترى الممثل شقة فاخرة بالدائرة 7 الباريسية')).toEqual([]);
    expect(nums('وسجل المهاجم الهدف 64 مع منتخب بلاده في المباراة')).toEqual([]);
  });

  test('guards: a counted noun after the number keeps the count', () => {
    expect(nums('وتراجع المنتخب في الترتيب 12 مركزا دفعة واحدة')).toEqual([['NUM', '12', 12]]);
    expect(nums('ويضم هذا القسم 20 مقالا عن الموسيقى')).toEqual([['NUM', '20', 20]]);
    expect(nums('وصوت لصالح التعديل 301 نائب في البرلمان')).toEqual([['NUM', '301', 301]]);
    expect(nums('ويضم السرب 12 طائرة مقاتلة')).toEqual([['NUM', '12', 12]]);
    expect(pickNumeric('وكان الهدف 5 ملايين زائر في العام')).toEqual([['NUM', '5 ملايين', 5000000]]);
  });
});
