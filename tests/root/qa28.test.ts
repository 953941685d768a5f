import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 28: weak radicals that the corpus prior of another root took (تسعى as the number
// تسع, فئات as فوت, غالية as غول, خالية as خيل, وعاد as وعد).
describe('root: QA round 28', () => {
  test.each([
    ['تسعى', 'سعي'],
    ['وتسعى', 'سعي'],
    ['يسعون', 'سعي'],
    ['الفئات', 'فيء'],
    ['فئاتها', 'فيء'],
    ['وفئة', 'فيء'],
    ['الفئتين', 'فيء'],
    ['الغالية', 'غلو'],
    ['غالي', 'غلو'],
    ['خالية', 'خلو'],
    ['الخالي', 'خلو'],
    ['وعاد', 'عود'],
    ['وعادوا', 'عود'],
    ['وعادات', 'عود'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the numbers, يسع «can hold», other words that share the letters.
  test.each([
    ['تسعون', 'تسع'],
    ['تسعين', 'تسع'],
    ['يسعه', 'وسع'],
    ['فئة', 'فيء'],
    ['كفئة', 'كفء'],
    ['فآتي', 'ءتي'],
    ['بعاد', 'بعد'],
    ['عادل', 'عدل'],
    ['وعد', 'وعد'],
    ['عاد', 'عود'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
