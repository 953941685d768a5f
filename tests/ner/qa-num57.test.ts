// Regression tests for QA round 57 of the numeric grammar: a bare «الاثنين» after a verb of saying,
// announcing or acting on things and up to four words of its subject or adjunct is the weekday of
// wire copy («ونفى البيت الأبيض الاثنين المزاعم», «وأضاف في خطاب له الاثنين "…"»), not "the two";
// afterReportingVerb. Every sentence is invented; the guards read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('«الاثنين» after a verb of saying or acting and its subject', () => {
  test('is Monday', () => {
    expect(pickNumeric('ونفت الوزارة الاثنين الأنباء عن استقالة الوزير')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(pickNumeric('وأعلن الرئيس الفرنسي إيمانويل ماكرون الاثنين خطة جديدة للطاقة')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(pickNumeric('وقال الوزير في كلمته الاثنين "سنمضي في الإصلاح"')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(pickNumeric('وأمر الملك الاثنين بفتح تحقيق في الحادث')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(pickNumeric('فرضت الصين الاثنين رسوما على واردات الصلب')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(pickNumeric('أصدر الاثنين الاتحاد الإفريقي بيانا حول الأزمة')).toEqual([['DATE', 'الاثنين', '-W-1']]);
  });

  test('"the two" after such a verb stays no DATE', () => {
    expect(pickNumeric('دعا الوسيط الاثنين إلى الحوار')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(pickNumeric('دعا الاثنين لحضور الاجتماع')).toEqual([]);
    expect(pickNumeric('أعلنت الشرطة اعتقال الاثنين وترحيلهما')).toEqual([]);
    expect(pickNumeric('قال المحامي إن الاثنين يعيشان في الخارج')).toEqual([]);
    expect(pickNumeric('أكدت الحكومة أن المادة استخدمت لتسميم الاثنين بغاز سام')).toEqual([]);
    expect(pickNumeric('أكدت المحكمة براءة المتهمين الاثنين من التهم')).toEqual([]);
  });
});
