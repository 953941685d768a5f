// Regression tests for numeric QA round 63: a bare «الاثنين» after a verb whose object is persons
// (PERSON_ACTS: «اتهم», «أدان», «أوقف», «قتل», and now «وصف», «انتقد», «أخلى», «فقد», «نقل») and
// its subject is Monday when the verb's object follows the day (objectAfterDay, read by afterReportingVerb): a definite noun, a count, a
// quotation or an indefinite noun or name. Right after the verb, or before a preposition, an
// adverb or the end of the sentence, it stays "the two". Every sentence is invented; the guards
// read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const MONDAY = ['DATE', 'الاثنين', '-W-1'];
const dates = (text: string) => pickNumeric(text).filter(([type]) => type === 'DATE');

describe('«الاثنين» after a verb whose object is persons, its subject, and its object', () => {
  test('is Monday before a definite noun', () => {
    expect(dates('اتهم وزير الخارجية الأردني الاثنين الحكومة الإسرائيلية بعرقلة المفاوضات')).toEqual([MONDAY]);
    expect(dates('أدانت وزارة الخارجية المصرية الاثنين التفجير الذي استهدف السوق')).toEqual([MONDAY]);
    expect(dates('وصف رئيس الحكومة التونسية الاثنين الاتفاق بأنه خطوة مهمة')).toEqual([MONDAY]);
  });

  test('is Monday before a count', () => {
    expect(dates('أوقفت الشرطة المغربية الاثنين خمسة أشخاص يشتبه في انتمائهم إلى خلية')).toEqual([MONDAY]);
    expect(dates('قتلت غارة جوية الاثنين نحو عشرين مدنيا في ريف إدلب')).toEqual([MONDAY]);
  });

  test('is Monday before a quotation or an indefinite noun', () => {
    expect(dates('أدان الأمين العام للجامعة العربية الاثنين "الاعتداء" على السفارة')).toEqual([MONDAY]);
    expect(dates('اتهمت منظمات حقوقية الاثنين شركة النفط بتلويث النهر')).toEqual([MONDAY]);
  });

  test('"the two" stays no DATE', () => {
    expect(dates('اعتقلت الشرطة الاثنين في المطار')).toEqual([]);
    expect(dates('اعتقلت الشرطة الاثنين بتهمة السرقة')).toEqual([]);
    expect(dates('أعدمت السلطات الاثنين شنقا')).toEqual([]);
    expect(dates('اعتقلت الشرطة الاثنين المشتبه بهما')).toEqual([]);
    expect(dates('أدانت المحكمة المتهمين الاثنين بالتزوير')).toEqual([]);
    expect(dates('أوقفت الشرطة الاثنين ثلاثة أيام')).toEqual([]);
    expect(dates('احتجزت السلطات الاثنين 48 ساعة')).toEqual([]);
  });
});
