// QA round 28: a perfect verb with «نا» (we) before its object. Look-ups fold ى into ي, so the
// ى form of «أردنا», «أرسلنا» was scored with the counts of «أردني» (Jordanian), «أرسلني» (send
// me): «أردناه» gave the form «أردنى», «أرسلناه» «أرسلنى», and a preposition was split off such a
// verb («بدأناها» → ب + «دأنى» + ها). The cases below failed before the fix; the guards pass
// before and after. Words invented or common, not corpus sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: a perfect with «نا» keeps its ا before a pronoun', () => {
  test.each([
    ['أردناه', '[أردنا]+ه'],
    ['أرسلناه', '[أرسلنا]+ه'],
    ['وأرسلناها', 'و+[أرسلنا]+ها'],
    ['بدأناها', '[بدأنا]+ها'],
    ['كتبناه', '[كتبنا]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: nouns in ى before a pronoun (unchanged)', () => {
  test.each([
    ['معناه', '[معنى]+ه'],
    ['يتمناه', '[يتمنى]+ه'],
    ['مبناه', '[مبنى]+ه'],
    ['مستواه', '[مستوى]+ه'],
    ['أدناه', '[أدنى]+ه'],
    ['لمعناه', 'ل+[معنى]+ه'],
    ['بمعناه', 'ب+[معنى]+ه'],
    ['وجدناه', '[وجدنا]+ه'],
    ['أتمناه', '[أتمنى]+ه'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
