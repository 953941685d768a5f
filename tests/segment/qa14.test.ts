// QA round 14 on news-008 (ANT) and news-003 (SaudiNewsNet): «my» (ي) was split off a verb in
// the imperfect («يصلي» → «يصل» + ي), though a verb takes «ني» for «me» and its final ي is its
// own letter or the feminine «you». The splits failed before the fix; the guards beside them
// (nouns, adverbs and nouns in ة that take «my») pass before and after.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: no «my» after an imperfect verb', () => {
  test.each([
    ['يصلي', '[يصلي]'],
    ['يجدي', '[يجدي]'],
    ['تصفي', '[تصفي]'],
    ['وتقفي', 'و+[تقفي]'],
    ['ستدلي', 'س+[تدلي]'],
    ['يصليها', '[يصلي]+ها'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // adverbs, nouns in ة and nouns seen with the article keep the pronoun
  test.each([
    ['تجاهي', '[تجاه]+ي'],
    ['تحتي', '[تحت]+ي'],
    ['نيتي', '[نية]+ي'],
    ['صفحتي', '[صفحة]+ي'],
    ['تركيزي', '[تركيز]+ي'],
    ['نجلي', '[نجل]+ي'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
