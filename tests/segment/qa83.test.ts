// QA round 83: the object pronoun «ني» (me), which only a verb or a particle takes. After a stem
// of four letters or more in ي that no imperfect prefix begins, a form in «يه» is no evidence
// of a verb (foreign names such as «بيكيه», «بيليه» and nisbas written «يه» for «ية»), so the
// stem needs «ها» or «هم»: «بيكيني» (bikini, Bikini), «بيليني» (Bellini), «ثلاثيني» (in his
// thirties) stay whole. And a stem in ت before «ني» is the verb, never a noun in ة: «شدتني»,
// «فكرتني» are «شدت», «فكرت» + ني, not «شدة», «فكرة» + ني; «وجدتني» is the verb «وجدت» + ني
// (not و + «جدة» + ني).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt, forms } from '../helpers/segment.js';
import { segment } from '../../src/segment/index.js';

describe('names and nisbas in «يني» are not a stem + «ني»', () => {
  test.each([
    ['أوقفت الشرطة مواطنا ثلاثيني العمر', 3, '[ثلاثيني]'],
    ['اعتدى شاب ثلاثيني على جاره', 2, '[ثلاثيني]'],
    ['أجريت تجربة نووية قرب جزيرة بيكيني في المحيط', 5, '[بيكيني]'],
    ['ارتدت السباحة لباس بيكيني أزرق', 3, '[بيكيني]'],
    ['ألف فينشينسو بيليني أوبرا شهيرة', 2, '[بيليني]'],
    ['كتب الشاعر ألفريد دي موسيني قصيدة', 4, '[موسيني]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['قال المدرب إن اللاعب يعطيني الثقة', 4, '[يعطي]+ني'],
    ['لقيني صديقي في السوق', 0, '[لقي]+ني'],
    ['أردت الحضور لكنني مرضت', 2, '[لكن]+ني'],
    ['قال إنني سأعود غدا', 1, '[إن]+ني'],
    ['جعلني القرار أفكر طويلا', 0, '[جعل]+ني'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('the words alone', () => {
    expect(forms(segment('ثلاثيني'))).toBe('[ثلاثيني]');
    expect(forms(segment('بيكيني'))).toBe('[بيكيني]');
    expect(forms(segment('وبيكيني'))).toBe('و+[بيكيني]');
    expect(forms(segment('يعطيني'))).toBe('[يعطي]+ني');
  });
});

describe('a stem in ت before «ني» is a verb, not a noun in ة', () => {
  test.each([
    ['شدتني القصة من صفحتها الأولى', 0, '[شدت]+ني'],
    ['فكرتني صورتك بأيام الدراسة', 0, '[فكرت]+ني'],
    ['قالت إن صديقتها هجرتني بلا سبب', 3, '[هجرت]+ني'],
    ['عارضتني أمي حين اخترت هذا العمل', 0, '[عارضت]+ني'],
    ['ربما وجدتني في المكتبة', 1, '[وجدت]+ني'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['عدت إلى البيت فوجدتني وحيدا', 3, 'ف+[وجدت]+ني'],
    ['أعجبتني الفكرة كثيرا', 0, '[أعجبت]+ني'],
    ['علمتني الحياة الصبر', 0, '[علمت]+ني'],
    ['عرض فكرته على اللجنة', 1, '[فكرة]+ه'],
    ['زادت شدته مع الوقت', 1, '[شدة]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
