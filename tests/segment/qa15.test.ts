// QA round 15 on news-008 (ANT) and news-003 (SaudiNewsNet): «والدي» (my father, my parents)
// was split as و + ال + «دي», because the corpus writes «الدي» — the relative «الذي» with the
// dot of ذ dropped — often enough to make «دي» look like a noun that takes the article. The
// splits failed before the fix; the guards (the relative itself, «الدين» religion, «والد»)
// pass before and after.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: no article before «دي» (a misspelt «الذي»)', () => {
  test.each([
    ['والدي', '[والدي]'],
    ['والدى', '[والدى]'],
    ['الدي', '[الدي]'],
    ['فالدي', 'ف+[الدي]'],
    // with «دي» out, the pronoun of «his parents» splits off the dual's construct form
    ['والديه', '[والدي]+ه'],
    ['ووالديها', 'و+[والدي]+ها'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    ['والذي', 'و+[الذي]'],
    ['الذين', '[الذين]'],
    ['والدين', 'و+ال+[دين]'],
    ['بالدين', 'ب+ال+[دين]'],
    ['والد', '[والد]'],
    ['والدها', '[والد]+ها'],
    ['والدم', 'و+ال+[دم]'],
    ['واليد', 'و+ال+[يد]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
