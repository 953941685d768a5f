// QA round 22: «لست», «لسنا» (I am not, we are not: the verb «ليس») were cut into ل + «ست»
// (for six), «سنا»; and four foreign names missing from the recognizer's lists were cut by the
// clitic statistics: «بوند», «بلاتيني», «كسرى», «كروس». The cases below failed before the fix;
// the guards pass before and after.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: «لست», «لسنا» and foreign names', () => {
  test.each([
    ['لست', '[لست]'],
    ['ولست', 'و+[لست]'],
    ['فلست', 'ف+[لست]'],
    ['لسنا', '[لسنا]'],
    ['ولسنا', 'و+[لسنا]'],
    ['بوند', '[بوند]'],
    ['بلاتيني', '[بلاتيني]'],
    ['كسرى', '[كسرى]'],
    ['كروس', '[كروس]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    // ل before other numbers and nouns in «ست»
    ['لستة', 'ل+[ستة]'],
    ['لستين', 'ل+[ستين]'],
    ['لستم', '[لستم]'],
    ['ليست', '[ليست]'],
    // the names' neighbours
    ['بروسيا', 'ب+[روسيا]'],
    ['كرئيس', 'ك+[رئيس]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
