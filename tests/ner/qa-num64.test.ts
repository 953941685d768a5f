// Regression tests for numeric QA round 64: a bare «الاثنين» is Monday after a verb of seizing,
// hearing a case, closing, withdrawing or being sold and its subject (ACTING_VERBS: «ضبط»,
// «تنظر», «تنسحب», «بيعت»; «تختتم» of REPORTING_VERBS), right after a verb of OBJECT_VERBS when
// the verb's object follows the day (objectAfterDay: «استهدف الاثنين قاعدة»), and after «وأمس»
// or «مساء الأمس (الاثنين)». Right after such a verb before «صوب», an adverb or a
// prepositional phrase it stays "the two". Every sentence is invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const MONDAY = ['DATE', 'الاثنين', '-W-1'];
const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('«الاثنين» after a verb of acting and its subject', () => {
  test('is Monday after a verb of seizing, hearing, withdrawing or being sold', () => {
    expect(dates('ضبطت شرطة البلدية الاثنين مستودعا للمواد الغذائية الفاسدة')).toEqual([MONDAY]);
    expect(dates('تنظر المحكمة الدستورية الاثنين طعنا قدمته المعارضة')).toEqual([MONDAY]);
    expect(dates('ويتوقع أن تنسحب القوات الأجنبية الاثنين من القرية')).toEqual([MONDAY]);
    expect(dates('بيعت لوحة للفنان الهولندي الاثنين بسعر قياسي في لندن')).toEqual([MONDAY]);
    expect(dates('وتختتم البطولة الاثنين بلقاء الفريقين الأولين')).toEqual([MONDAY]);
  });
});

describe('«الاثنين» right after a verb whose object follows it', () => {
  test('is Monday before the object', () => {
    expect(dates('وقال الجيش إن القصف الذي استهدف الاثنين قاعدة عسكرية أوقع قتلى')).toEqual([MONDAY]);
    expect(dates('وكان المحامي قد قدم الاثنين مذكرة جديدة إلى المحكمة')).toEqual([MONDAY]);
    expect(dates('وكانت الشرطة استخدمت الاثنين القوة لتفريق المحتجين')).toEqual([MONDAY]);
  });

  test('"the two" stays no DATE', () => {
    expect(dates('ثم توجه الاثنين صوب المنصة')).toEqual([]);
    expect(dates('استقبل الاثنين بحفاوة')).toEqual([]);
    expect(dates('وسحب الاثنين بهدوء')).toEqual([]);
    expect(dates('تسلم الاثنين الجائزة المقدمة لهما')).toEqual([]);
  });
});

describe('«الاثنين» after «وأمس» or «الأمس»', () => {
  test('is Monday', () => {
    expect(dates('وأمس الاثنين أعلنت الحكومة خطة جديدة للإسكان')).toEqual([MONDAY]);
    expect(dates('وقال الوزير إنه التقى نظيره مساء الأمس (الاثنين) في العاصمة')).toEqual([MONDAY]);
  });
});
