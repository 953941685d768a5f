// QA round 97: a feminine noun's dual in construct after «بين». Its written «…تي» («دفتي»,
// «دائرتي», «قيادتي») was read as the noun in ة + «ي» (my) when no second coordinated genitive
// followed it (round 96 needed «X وY» after it). In running text (applyContext) the word without
// proclitic is now read whole, as written, after «بين» or «وبين» when the next word takes the
// article at most and no pronoun: «بين دفتي الكتاب», «بين دائرتي عرض», «بين قيادتي البلدين»;
// words of four letters («دفتي», «ذرتي») only there. It stays «my …» when the next word takes «و»
// («بين صديقتي وأختي») or is a nisba adjective in «ية» («بين حياتي الشخصية وعملي»).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('a dual in construct after «بين»', () => {
  test.each([
    ['وضع الورقة بين دفتي الكتاب بعناية', 3, '[دفتي]'],
    ['تقع البلاد بين دائرتي عرض عشرين وثلاثين', 3, '[دائرتي]'],
    ['أكد الوزير متانة العلاقة بين قيادتي البلدين', 5, '[قيادتي]'],
    ['تنشأ رابطة قوية بين ذرتي الهيدروجين في الجزيء', 4, '[ذرتي]'],
    ['يمتد الطريق ما بين حارتي السوق القديم', 4, '[حارتي]'],
    ['قارن الباحث بين نظريتي النشوء القديمة والحديثة', 3, '[نظريتي]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['جلست بين صديقتي وأختي في الحفل', 2, '[صديقة]+ي'],
    ['فرقت دائما بين حياتي الشخصية وعملي', 3, '[حياة]+ي'],
    ['وقفت بين زوجتي وابنتي أمام الباب', 2, '[زوجة]+ي'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
