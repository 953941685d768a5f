// QA round 29: pronouns that the lexicon build had kept in the word. A perfect verb with its
// object («خاضها», «قضاها») is written far more often than with «ه», which the paradigm test of
// scripts/build-segment-lexicon.ts read as a name's ending («كورونا»); and a noun that news
// writes only with a pronoun («لقي حتفه», met his death) had no stem in the lexicon at all.
// The cases below failed before the fix; the guards pass before and after. Words invented or
// common, not corpus sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: a perfect verb or a pronoun-only noun takes its pronoun', () => {
  test.each([
    ['خاضها', '[خاض]+ها'],
    ['قضاها', '[قضى]+ها'],
    ['سددها', '[سدد]+ها'],
    ['حتفه', '[حتف]+ه'],
    ['حتفهم', '[حتف]+هم'],
    ['حتفها', '[حتف]+ها'],
    ['لحتفه', 'ل+[حتف]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: names and ة written ه keep their ending (unchanged)', () => {
  test.each([
    ['كورونا', '[كورونا]'],
    ['مارينا', '[مارينا]'],
    ['بيكيه', '[بيكيه]'],
    ['ثروه', '[ثروه]'],
    ['بمفرده', 'ب+[مفرد]+ه'],
    ['خاضه', '[خاض]+ه'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
