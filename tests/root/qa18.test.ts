import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 18 (news-009, news-014). Invented words and short phrases' words only.
describe('root, QA round 18', () => {
  test.each([
    // The plural وا after an imperfect, not the dual -ا after a stem in و.
    ['يتصلوا', 'وصل'],
    // متفاعٍ of a defective root; the middle radical of تفعّل is never an alef.
    ['متنام', 'نمي'],
    ['متعال', 'علو'],
    ['متفان', 'فني'],
    ['متضادة', 'ضدد'],
    ['يتوانون', 'وني'],
    // A hamza after alef before ة or the past ت is a radical.
    ['الإساءة', 'سوء'],
    ['مضاءة', 'ضوء'],
    ['كفاءتهم', 'كفء'],
    ['أساءت', 'سوء'],
    // Roots added to and taken from the seed list.
    ['البحتة', 'بحت'],
    ['الرياضية', 'روض'],
    ['رياضيا', 'روض'],
    // Lexical stems.
    ['راض', 'رضي'],
    ['القروية', 'قري'],
    ['مقرا', 'قرر'],
    ['وبراءة', 'برء'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['أندي', 'كارتا', 'فلوريان', 'فالنتاين', 'بازلت', 'التشيكية', 'مائير', 'فيتنام'])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: unchanged on the old tree (the last five against the rebuilt priors).
  test.each([
    ['إضاءة', 'ضوء'],
    ['الأراضي', 'ءرض'],
    ['أراضيها', 'ءرض'],
    ['القرية', 'قري'],
    ['يرض', 'رضي'],
    ['إجراءات', 'جري'],
    ['بناءة', 'بني'],
    ['جاءت', 'جيء'],
    ['يدعوا', 'دعو'],
    ['مريض', 'مرض'],
    ['قريب', 'قرب'],
    ['متضامن', 'ضمن'],
    ['يترأسه', 'رءس'],
    ['زملائه', 'زمل'],
    ['يتلوا', 'تلو'],
    ['تحاشوا', 'حشو'],
    ['مقرن', 'قرن'],
    ['المتتالية', 'تلو'],
    ['يتقاضوا', 'قضي'],
  ])('guard %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
