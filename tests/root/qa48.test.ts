import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 48: names and loanwords that fit a real root (ديلي → دول, جرمان → جرم, ترومان →
// روم, كوبر → كبر, الشاي → شوي …), and the names عمرو, جعفر and the month رجب with no root.
describe('root: QA round 48', () => {
  test.each([
    ['ديلي', undefined],
    ['جرمان', undefined],
    ['الجرمان', undefined],
    ['ترومان', undefined],
    ['شومان', undefined],
    ['فينغر', undefined],
    ['كوبر', undefined],
    ['لينكون', undefined],
    ['سيرينا', undefined],
    ['سبورت', undefined],
    ['الأنبا', undefined],
    ['التحيتا', undefined],
    ['الشاي', undefined],
    ['شاي', undefined],
    ['الألماس', undefined],
    ['الشاة', 'شوه'],
    ['عمرو', 'عمر'],
    ['وعمرو', 'عمر'],
    ['جعفر', 'جعفر'],
    ['رجب', 'رجب'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: Arabic words that share letters with the names above keep their roots.
  test.each([
    ['بديلي', 'بدل'],
    ['البديل', 'بدل'],
    ['دولي', 'دول'],
    ['الأنباء', 'نبء'],
    ['أنباء', 'نبء'],
    ['كبير', 'كبر'],
    ['الكبرى', 'كبر'],
    ['يلمس', 'لمس'],
    ['عمر', 'عمر'],
    ['عمروا', 'عمر'],
    ['المجرمين', 'جرم'],
    ['الروم', 'روم'],
    ['الشواء', 'شوي'],
    ['رجال', 'رجل'],
  ])('%s keeps %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
