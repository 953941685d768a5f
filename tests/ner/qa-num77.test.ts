// Regression tests for numeric QA round 77: a number after a naming noun of `NUMBERED` was read
// as a count (NUM) when a verb, an adverb or a new clause followed it, since the counted-noun test
// takes any indefinite word for the noun counted («الكيلو 310 حيث», «المركز 20 وقطر», «المركز 78
// دوليا», «الأسرة 26 ويوجد», «الرحلة 370 قد اختفت», «التعديل 15 مرت», «كيلو 16 شرقي»); so was
// the nth title after «اللقب» («اللقب 13 في تاريخه», «اللقب 14 للأرسنال», «اللقب 13 عندما»), and a
// model's number before a verb («مسييه 31 يعتبر»). `opensClause` now tells such words from a
// counted noun (`clauseAfterName` after a naming noun, `namesTitle` after «اللقب», and in
// `namesModel`), and a naming noun right after a verb of giving is the subject of a count
// («وزع المركز 500 على الأسر»). Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const nums = (text: string) => pickNumeric(text).filter(([type]) => type === 'NUM');

describe('a naming number before a verb, an adverb or a new clause', () => {
  test('is no count after a naming noun', () => {
    expect(nums('وتوقف القطار عند الكيلو 240 حيث تعطلت المكابح')).toEqual([]);
    expect(nums('وجاءت الأردن في المركز 45 وعمان في المركز 60')).toEqual([]);
    expect(nums('ويحتل المنتخب المركز 83 دوليا')).toEqual([]);
    expect(nums('وتراجع اللاعب إلى المركز 112 حاليا بعد الإصابة')).toEqual([]);
    expect(nums('ويعود المعبد إلى الأسرة 19 ويضم تماثيل ضخمة')).toEqual([]);
    expect(nums('وكانت طائرة الرحلة 209 قد اختفت فوق المحيط')).toEqual([]);
    expect(nums('لكن التعديل 22 مر دون نقاش')).toEqual([]);
    expect(nums('ويقع المخرج في منطقة كيلو 12 شرقي المدينة')).toEqual([]);
    expect(nums('وأقيم المعرض في مبنى 3 حيث تعرض اللوحات')).toEqual([]);
  });

  test('is no count after «اللقب» when it names the nth title, nor after a model before a verb', () => {
    expect(nums('وأحرز الفريق اللقب 15 في تاريخه')).toEqual([]);
    expect(nums('ويعد هذا اللقب 9 للنادي في البطولة')).toEqual([]);
    expect(nums('ويسعى الفريق إلى الفوز باللقب 7 عندما يلتقي منافسه')).toEqual([]);
    expect(nums('ويقول العلماء إن مسييه 87 يبعد عنا ملايين السنين')).toEqual([]);
    expect(nums('وحلقت قاذفات بي 52 شمال الجزيرة')).toEqual([]);
  });

  test('is a count after a naming noun that a verb of giving has for its subject', () => {
    expect(nums('ووزع المركز 500 على الأسر المحتاجة')).toEqual([['NUM', '500', 500]]);
    expect(nums('واستقبل المركز 300 خلال الأسبوع الماضي')).toEqual([['NUM', '300', 300]]);
  });

  test('guards: a counted noun, the times a title was won and a score stay counts', () => {
    expect(nums('ويضم المركز 6 وحدات صحية')).toEqual([['NUM', '6', 6]]);
    expect(nums('ويضم المبنى 12 وحدة سكنية')).toEqual([['NUM', '12', 12]]);
    expect(nums('ودخل الكيلو 5 وفدا من الوزارة')).toEqual([['NUM', '5', 5]]);
    expect(nums('وشارك في الرحلة 40 يتيما')).toEqual([['NUM', '40', 40]]);
    expect(nums('وتستمر الرحلة 5 أيام')).toEqual([['NUM', '5', 5]]);
    expect(nums('وفاز النادي باللقب 19 في السنوات الخمسين الماضية')).toEqual([['NUM', '19', 19]]);
    expect(nums('وفاز باللقب 3 مرات متتالية')).toEqual([['NUM', '3', 3]]);
    expect(nums('وفاز الفريق باللقب 4 وخسر النهائي مرتين')).toEqual([['NUM', '4', 4]]);
    expect(nums('وحقق حامل اللقب 17 انتصارا')).toEqual([['NUM', '17', 17]]);
    expect(nums('وتقدم حامل اللقب 2-1 في السلسلة')).toEqual([['NUM', '2', 2], ['NUM', '1', 1]]);
    expect(nums('وتسلمت الشركة 4 طائرات بوينغ')).toEqual([['NUM', '4', 4]]);
  });
});
