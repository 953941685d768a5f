// Regression tests for QA round 61 of the numeric grammar: a bare «الاثنين» after a noun of an
// event or session («مباراة الاثنين», «في جلسة الاثنين», «القمة المقررة الاثنين»), after «أمس
// الأول», or after a closing bracket or quotation mark that ends a name («الكنيست" الاثنين»,
// «(سانا) الاثنين») is Monday (afterEventOrName). Every sentence is invented; the guards read
// the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

const MONDAY = ['DATE', 'الاثنين', '-W-1'];

describe('«الاثنين» after a noun of an event or session, and after «أمس الأول»', () => {
  test('is Monday', () => {
    expect(pickNumeric('تألق الحارس في مباراة الاثنين التي أقيمت في الرياض')).toEqual([MONDAY]);
    expect(pickNumeric('ناقش النواب في جلسة الاثنين مشروع الموازنة')).toEqual([MONDAY]);
    expect(pickNumeric('تسبق هذه الخطوة القمة المقررة الاثنين بين الزعيمين')).toEqual([MONDAY]);
    expect(pickNumeric('أدت احتجاجات الاثنين الغاضبة إلى إغلاق الطرق')).toEqual([MONDAY]);
    expect(pickNumeric('وامتلأ الملعب أمس الأول الاثنين بالجماهير')).toEqual([MONDAY]);
  });
});

describe('«الاثنين» after a quoted or bracketed name', () => {
  test('is Monday', () => {
    expect(pickNumeric('أقر البرلمان "الكنيست" الاثنين قانونا جديدا')).toEqual([MONDAY]);
    expect(pickNumeric('نقلت الوكالة الرسمية (سانا) الاثنين عن مصدر عسكري')).toEqual([MONDAY]);
    expect(pickNumeric('وذكرت صحيفة «الوطن» الاثنين، أن الوزير استقال')).toEqual([MONDAY]);
  });

  test('"the two", or the day quoted itself, stays no DATE', () => {
    expect(pickNumeric('قرأت مقالا في مجلة «الاثنين» القديمة')).toEqual([]);
    expect(pickNumeric('يتنقل الممثل بين الاثنين (السينما والمسرح) بسهولة')).toEqual([]);
    expect(pickNumeric('قال المدرب "لا فرق بين الاثنين"، ثم غادر')).toEqual([]);
    expect(pickNumeric('لا فرق كبيرا بين الاثنين في الأداء')).toEqual([]);
    expect(pickNumeric('كلا الاثنين لاعب ممتاز')).toEqual([]);
    expect(pickNumeric('رفض الاثنين الآخرين العرض')).toEqual([]);
    expect(pickNumeric('خرج الاثنين معا من القاعة')).toEqual([]);
    expect(pickNumeric('أكد الطبيب أن الاثنين بخير')).toEqual([]);
  });
});
