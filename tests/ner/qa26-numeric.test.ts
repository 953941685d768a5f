// Regression tests for QA round 26 of the numeric grammar (numbers that name: a flight or virus
// code with the letter «إتش», a stock index, a kilometre post, a short code to text, articles of
// a law in the dual and plural, a flight and a round of a cup). Every sentence is invented; each
// case was read as a count before the fix, and the guards beside them read the same before and
// after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('numbers that name after a code, an index or a noun of laws and roads', () => {
  test('no count', () => {
    expect(found('بحث الغواصون عن حطام الرحلة إم إتش 512 طويلا')).toEqual([]);
    expect(found('صعد المؤشر يوروفرست 300 لأسهم الشركات')).toEqual([]);
    expect(found('وقع الحادث عند النقطة الكيلومترية 63 من الطريق السيارة')).toEqual([]);
    expect(found('للتبرع أرسل رسالة تبدأ بالرمز 318 ثم مسافة')).toEqual([]);
    expect(found('نصت على ذلك الفصول 12 و13 من المجلة')).toEqual([]);
    expect(found('حوكم طبقا للفصلين 41 و42 من القانون')).toEqual([]);
  });

  test('guards: the singular and counts read as before', () => {
    expect(found('طبقا للفصل 41 من القانون')).toEqual([]);
    expect(found('قطع الموكب 63 كيلومترا في يوم')).toEqual([['NUM', '63', 63]]);
  });
});

describe('a flight and a round of a cup, unless a counted noun follows', () => {
  test('a name', () => {
    expect(found('أقلعت الرحلة 845 من مطار القاهرة')).toEqual([]);
    expect(found('تأهل الفريق إلى الدور 16 من المسابقة')).toEqual([]);
    expect(found('تجري اليوم مباريات ذهاب الدور 32 من الكأس')).toEqual([]);
  });

  test('guards: a count after them', () => {
    expect(found('وضمت الرحلة 140 مسافرا من الحجاج')).toEqual([['NUM', '140', 140]]);
    expect(found('لعب الدور 3 مرات على المسرح')).toEqual([['NUM', '3', 3]]);
  });
});
