import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 59: أعالي «heights, upper reaches» (بأعالي، الأعالي) took عول, not علو like عالي;
// the name نواف (Nawaf) took نفي, نوف being missing from the seed roots; the names مارون
// (Maron; المارونية «Maronite»), سامراء (Samarra) and ياسين (Yasin) fitted real roots (مرر،
// مرن، مرء، ءسس) and are rootless now.
describe('root: QA round 59', () => {
  test.each([
    ['أعالي', 'علو'],
    ['الأعالي', 'علو'],
    ['بأعالي', 'علو'],
    ['وأعالي', 'علو'],
    ['لأعالي', 'علو'],
    ['نواف', 'نوف'],
    ['ونواف', 'نوف'],
    ['لنواف', 'نوف'],
    ['نوف', 'نوف'],
    ['مارون', undefined],
    ['ومارون', undefined],
    ['المارونية', undefined],
    ['الماروني', undefined],
    ['سامراء', undefined],
    ['وسامراء', undefined],
    ['ياسين', undefined],
    ['لياسين', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: words that share letters with the entries above keep their roots.
  test.each([
    ['عالي', 'علو'],
    ['أعلى', 'علو'],
    ['نفى', 'نفي'],
    ['ينفي', 'نفي'],
    ['المنافي', 'نفي'],
    ['منافذ', 'نفذ'],
    ['منافس', 'نفس'],
    ['منيف', 'نيف'],
    ['مرور', 'مرر'],
    ['المرأة', 'مرء'],
    ['سامر', 'سمر'],
    ['أساس', 'ءسس'],
    ['الأساسية', 'ءسس'],
    ['إيران', undefined],
    ['بسامراء', undefined],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
