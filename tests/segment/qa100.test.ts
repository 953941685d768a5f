// QA round 100: «حقنا» (our right). The word analysis kept «حقنا» whole (the noun «حقن»,
// injection, in the accusative, as in «حقنا للدماء»), so «نمارس حقنا», «حقنا في», «بحقنا المشروع»
// missed the pronoun. In running text (applyContext, isOurRight) it now splits «حق» + «نا», after
// at most one proclitic, unless the next word begins with ل and is no particle («حقنا للدماء»,
// «حقنا لدماء الأبرياء», to spare blood, stay whole; «حقنا لن يضيع» splits).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«حقنا», our right', () => {
  test.each([
    ['سنمارس حقنا في التصويت غدا', 1, '[حق]+نا'],
    ['نحن متمسكون بحقنا المشروع في الأرض', 2, 'ب+[حق]+نا'],
    ['هذا القرار ظلم في حقنا', 4, '[حق]+نا'],
    ['لن نتنازل عن أرضنا وحقنا مهما طال الزمن', 4, 'و+[حق]+نا'],
    ['من حقنا أن نعرف الحقيقة', 1, '[حق]+نا'],
    ['إن حقنا لن يضيع أبدا', 1, '[حق]+نا'],
    ['طالبنا بالمساواة لأن هذا حقنا.', 4, '[حق]+نا'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['دعا الطرفين إلى وقف القتال حقنا للدماء', 5, '[حقنا]'],
    ['قبل الوسيط الاتفاق حقنا لدماء الأبرياء', 3, '[حقنا]'],
    ['حصل المريض على حقنه في الموعد', 3, '[حقن]+ه'],
    ['ندافع عن حقها في التعليم', 2, '[حق]+ها'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
