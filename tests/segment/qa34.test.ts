// QA round 34: a perfect verb whose first radical is و, in ت + its object («وصفتها», she
// described it; «وثقتها», she documented it), was read as و + a noun in ة + a pronoun
// (و + «صفة» + ها, and its quality), and a noun in «وـ» + ة + a pronoun as و + another noun
// («وجهتهم», their destination → و + «جهة» + هم). The word is now kept on its و when it is seen
// at least a quarter as often as its tail without the و, its pronoun-less form is a verb (never
// seen with the article) and the tail is no verb in ت of its own. The cases below failed before
// the fix; the guards (و + a noun in ة + a pronoun, and و + a verb in ت + a pronoun) pass before
// and after. Invented words.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: a verb or noun whose first radical is و, in ت + a pronoun', () => {
  test.each([
    ['وصفته', '[وصفت]+ه'],
    ['وصفتها', '[وصفت]+ها'],
    ['وصفتهم', '[وصفت]+هم'],
    ['وثقتها', '[وثقت]+ها'],
    ['وجهتهم', '[وجهة]+هم'],
  ])('reads «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    ['وقيمته', 'و+[قيمة]+ه'],
    ['وزوجته', 'و+[زوجة]+ه'],
    ['وقدرته', 'و+[قدرة]+ه'],
    ['وأسرته', 'و+[أسرة]+ه'],
    ['وسيرته', 'و+[سيرة]+ه'],
    ['وإعادتها', 'و+[إعادة]+ها'],
    ['وحياته', 'و+[حياة]+ه'],
    ['وصفه', '[وصف]+ه'],
    ['وضعته', '[وضعت]+ه'],
    ['وزارته', '[وزارة]+ه'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
