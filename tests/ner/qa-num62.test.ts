// Regression tests for numeric QA round 62: a bare «الاثنين» after a verb of coming and going,
// meeting or acting on things and its subject (ACTING_VERBS, read by afterReportingVerb: «وصلت
// طائرة الوزير إلى مطار الرياض الاثنين», «يلتقي الرئيس الفرنسي الاثنين نظيره»), after a verb
// up to seven words back, and at the end of a headline (endsHeadline) is Monday; «الفارط», the
// Tunisian "last", is a modifier of a weekday or month like «الماضي»; «الاثنين والعشرين» is
// twenty-two. Every sentence is invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds, pickNumeric } from '../helpers/numeric.js';

const MONDAY = ['DATE', 'الاثنين', '-W-1'];
const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('«الاثنين» after a verb of acting and its subject', () => {
  test('is Monday', () => {
    expect(pickNumeric('وصلت طائرة الوزير إلى مطار الرياض الاثنين قادمة من باريس')).toEqual([MONDAY]);
    expect(pickNumeric('وقّع الأردن الاثنين اتفاقية تعاون مع مصر')).toEqual([MONDAY]);
    expect(pickNumeric('يلتقي الرئيس الفرنسي الاثنين نظيره الألماني في برلين')).toEqual([MONDAY]);
    expect(pickNumeric('قضت المحكمة الابتدائية بصفاقس الاثنين بسجن المتهم')).toEqual([MONDAY]);
    expect(pickNumeric('انعقدت الاثنين بالعاصمة جلسة عمل حول التشغيل')).toEqual([MONDAY]);
    expect(pickNumeric('أعلن رئيس الوزراء المغربي سعد الدين العثماني الاثنين انسحابه من السباق')).toEqual([MONDAY]);
  });

  test('right after the verb, "the two" stays no DATE', () => {
    expect(pickNumeric('استقبل الاثنين بحفاوة كبيرة')).toEqual([]);
    expect(pickNumeric('رفض الاثنين العرض المقدم لهما')).toEqual([]);
    expect(pickNumeric('أطلقت الشرطة سراح المتهمين الاثنين بعد التحقيق')).toEqual([]);
  });
});

describe('«الاثنين» at the end of a headline', () => {
  test('is Monday', () => {
    expect(pickNumeric('أمير المنطقة يدشن مستشفى جديدا في أبها.. الاثنين')).toEqual([MONDAY]);
    expect(pickNumeric('الجامعة تحتفل بتخريج طلابها الاثنين')).toEqual([MONDAY]);
  });

  test('"the two" stays no DATE', () => {
    expect(pickNumeric('لا فرق بين الاثنين')).toEqual([]);
    expect(pickNumeric('أحب كليهما الاثنين')).toEqual([]);
    // in the grammar, one line break only wraps running text (entities() ends a sentence there)
    expect(grammarFinds('وقد شكر المدرب الاثنين\nثم غادر القاعة')).toEqual([]);
  });
});

describe('«الفارط» and «الاثنين والعشرين»', () => {
  test('«الفارط» modifies a weekday or a month', () => {
    expect(pickNumeric('اقتحم مجهولون المدرسة الاثنين الفارط')).toEqual([['DATE', 'الاثنين الفارط', '-W-1']]);
    expect(pickNumeric('انطلقت الأشغال في جانفي الفارط')).toEqual([['DATE', 'جانفي الفارط', '--01']]);
  });

  test('«الاثنين والعشرين» is no Monday', () => {
    expect(dates('عقدت الهيئة لقاءات في مكاتبها الاثنين والعشرين')).toEqual([]);
  });
});
