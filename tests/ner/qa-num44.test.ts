// Regression tests for QA round 44 of the numeric grammar: digits typed against the word before
// them (a space lost) before the accusative noun a count of 11–99 takes («مقتل25 شخصا»); an age
// after «سن/عمر» and the article («في سن الـ19»); an hour before «من ليل …» or «من بعد الظهر».
// Every sentence is invented; each case read differently before the fix, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds, pickNumeric } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text);

describe('digits glued to the word before them', () => {
  test('count before the accusative singular of 11–99', () => {
    expect(found('أعلنت الشرطة مقتل34 شخصا في الحادث')).toEqual([['NUM', '34', 34]]);
    expect(found('فاز المرشح بتأييد71 صوتا في البرلمان')).toEqual([['NUM', '71', 71]]);
    expect(found('وكان عمره58 عاما حين غادر')).toEqual([['NUM', '58', 58]]);
    expect(found('أنقذت السفينة215 مهاجرا قبالة الساحل')).toEqual([['NUM', '215', 215]]);
    expect(found('وتراجع الخام منخفضا45 سنتا في التداول')).toEqual([['MONEY', '45 سنتا', { amount: 0.45, currency: 'USD' }]]);
  });

  test('guards: codes and channels, adverbs, and counts that take no accusative stay as they were', () => {
    expect(found('وقال المتحدث لفرانس24 إن الوضع هادئ')).toEqual([]);
    expect(found('وقال المتحدث لفرانس24 أيضا إن الوضع هادئ')).toEqual([]);
    expect(found('حلقت طائرات إف16 مجددا فوق المدينة')).toEqual([]);
    // (since numeric QA round 82 a count before the plural it takes is a number too: `gluedQuantity`)
    expect(found('أعلنت الشرطة مقتل3 أشخاص في الحادث')).toEqual([['NUM', '3', 3]]);
    expect(found('وصل أكثر من40 شخصا إلى المكان')).toEqual([['NUM', '40', 40]]);
  });
});

describe('an age after «سن/عمر» and the article', () => {
  test('is a count of years', () => {
    expect(found('انضم إلى الفريق وهو في سن الـ19')).toEqual([['NUM', '19', 19]]);
    expect(found('بدأت الرسم في عمر الـ 14 تقريبا')).toEqual([['NUM', '14', 14]]);
    expect(found('تزوجت في عمر ال21 وانتقلت إلى المدينة')).toEqual([['NUM', '21', 21]]);
    expect(found('يحق التصويت لمن تجاوز السن الـ18')).toEqual([['NUM', '18', 18]]);
  });

  test('guards: ordinals and definite numerals after other nouns stay out', () => {
    expect(found('انعقدت القمة الـ24 في المدينة')).toEqual([]);
    expect(found('افتتحت الدورة الـ 15 للمهرجان')).toEqual([]);
    expect(found('ووصل الأطفال الـ12 إلى المستشفى')).toEqual([]);
    expect(found('عن عمر يناهز الـ85 عاما')).toEqual([['NUM', '85', 85]]);
  });
});

describe('an hour before «من ليل …» or «من بعد الظهر»', () => {
  test('takes the night or the afternoon', () => {
    expect(pickNumeric('وقع الانفجار قرابة الساعة الحادية عشرة من ليل السبت')).toEqual([
      ['TIME', 'الساعة الحادية عشرة', 'T23:00'],
      ['DATE', 'السبت', '-W-6'],
    ]);
    expect(found('انطلقت الاحتفالات عندما دقت الساعة 12 من ليل الأحد')).toEqual([
      ['TIME', 'الساعة 12', 'T00:00'],
      ['DATE', 'الأحد', '-W-7'],
    ]);
    expect(found('يستمر الإضراب حتى الساعة الثالثة من بعد الظهر')).toEqual([['TIME', 'الساعة الثالثة', 'T15:00']]);
    expect(found('تبدأ الجلسة الساعة الواحدة من بعد ظهر الخميس')).toEqual([
      ['TIME', 'الساعة الواحدة', 'T13:00'],
      ['DATE', 'ظهر الخميس', '-W-4'],
    ]);
  });

  test('guards: the evening, the morning and the small hours of the night read as before', () => {
    expect(found('وصل الوفد الساعة الثامنة من مساء الجمعة')).toEqual([
      ['TIME', 'الساعة الثامنة', 'T20:00'],
      ['DATE', 'مساء الجمعة', '-W-5'],
    ]);
    expect(found('بدأ القصف الساعة الرابعة من صباح الاثنين')).toEqual([
      ['TIME', 'الساعة الرابعة', 'T04:00'],
      ['DATE', 'صباح الاثنين', '-W-1'],
    ]);
    expect(found('استيقظ السكان الساعة الثانية من ليل الأربعاء')).toEqual([
      ['TIME', 'الساعة الثانية', 'T02:00'],
      ['DATE', 'الأربعاء', '-W-3'],
    ]);
  });
});
