import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 35: the loanword برنامج «programme» had no root in any form (its plural برامج and
// the verb برمج have برمج), and نوّه «mentioned» with its participle منوّه read as وني، وهي or
// نوي, the root نوه missing from the lexicon.
describe('root: QA round 35', () => {
  test.each([
    ['برنامج', 'برمج'],
    ['البرنامج', 'برمج'],
    ['وبرنامجهم', 'برمج'],
    ['لبرنامجه', 'برمج'],
    ['برنامجًا', 'برمج'],
    ['البرنامجين', 'برمج'],
    ['نوّه', 'نوه'],
    ['ونوه', 'نوه'],
    ['ونوّهت', 'نوه'],
    ['منوها', 'نوه'],
    ['منوّهةً', 'نوه'],
    ['بالتنويه', 'نوه'],
    ['ينوهون', 'نوه'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: برامج، مبرمج, «his sons» بنوه (not ب + نوّه), نوى «intended» and نية, نواة
  // «nucleus», وهى «weakened», the names هارت and نيهون (no root).
  test.each([
    ['برامج', 'برمج'],
    ['المبرمجين', 'برمج'],
    ['بنوه', 'بنو'],
    ['وبنوه', 'بنو'],
    ['نوى', 'نوي'],
    ['بنية', 'بني'],
    ['النواة', 'نوي'],
    ['ينوي', 'نوي'],
    ['وهت', 'وهي'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['هارت', 'وهارت', 'نيهون'])('gives the name %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
