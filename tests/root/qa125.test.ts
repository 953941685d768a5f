import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 125. Before ة (or its ت before a pronoun) and before the past ending ت, the letters
// است + C + ا + C are استفعالة or the feminine past of a hollow استفعل (استعارة «metaphor,
// borrowing», استباحة «violation», استباحت، استرابت); the other reading, افتعالة of a root in س
// (the noun of one act, as التفاتة of لفت), is hardly made, and افتعال takes no past ending, yet
// the prior of سعر، سبح، سرب carried it. That reading now costs more (SEEN_IFTAALA in analyze.ts).
// Invented phrases.
describe('root: QA round 125', () => {
  // «استعارة لغوية»، «في الاستعارة»، «باستعارة كتاب»، «استعارته للوحة»، «استعارت الفرقة»،
  // «استباحة الدم»، «واستباحة المدن»، «لاستباحة الأرض»، «استباحته للقرية»، «واستباحت الحدود»،
  // «استرابت في أمره»
  test.each([
    ['استعارة', 'عور'],
    ['الاستعارة', 'عور'],
    ['باستعارة', 'عور'],
    ['استعارته', 'عور'],
    ['استعارت', 'عور'],
    ['استباحة', 'بوح'],
    ['واستباحة', 'بوح'],
    ['لاستباحة', 'بوح'],
    ['استباحته', 'بوح'],
    ['واستباحت', 'بوح'],
    ['استرابت', 'ريب'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the masdar افتعال of a root in س, bare, with a pronoun and in the plural ات (which
  // the rule leaves alone: استماعات، استلامات); افتعالة of other roots (انتفاضة، ابتسامة); and
  // استفعالة of hollow roots that were already read so.
  test.each([
    ['استماع', 'سمع'],
    ['الاستماع', 'سمع'],
    ['استلامه', 'سلم'],
    ['استباق', 'سبق'],
    ['استماعات', 'سمع'],
    ['استلامات', 'سلم'],
    ['استسلام', 'سلم'],
    ['انتفاضة', 'نفض'],
    ['ابتسامة', 'بسم'],
    ['استقالة', 'قيل'],
    ['استشارة', 'شور'],
    ['استراحة', 'روح'],
    ['استعادة', 'عود'],
    ['استمارة', 'مور'],
    ['استياء', 'سوء'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
