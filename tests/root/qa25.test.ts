import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 25: the choice among weak, doubled and hamzated readings of a stem فا + consonant.
describe('root: QA round 25', () => {
  // Only participles take the sound plural ون, and a hollow or hamzated فاعل writes ئ there
  // (قائلون): the alef of فال before ون is no radical.
  test.each([
    ['الضالون', 'ضلل'],
    ['ضالون', 'ضلل'],
    ['الساعون', 'سعي'],
  ])('reads the plural %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // فاعّة of a doubled root against a hollow فالة.
  test.each([
    ['الضالة', 'ضلل'],
    ['وشاقة', 'شقق'],
    ['للمارة', 'مرر'],
  ])('reads the doubled feminine %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // A bare alef after the article, news text's آ without the madda: أفعال of a hamza root.
  test.each([
    ['الامال', 'ءمل'],
    ['والامال', 'ءمل'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: hollow فالة and its plural, the masdar إفالة and its nisba, أيّام, the elative.
  test.each([
    ['الحالة', 'حول'],
    ['الساحة', 'سوح'],
    ['الحاجة', 'حوج'],
    ['الحالات', 'حول'],
    ['الطاقة', 'طوق'],
    ['القائلون', 'قول'],
    ['الإدارة', 'دور'],
    ['الإداري', 'دور'],
    ['الإغاثية', 'غوث'],
    ['الأيام', 'يوم'],
    ['الأطول', 'طول'],
    ['الآمال', 'ءمل'],
    ['المالي', 'مول'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
