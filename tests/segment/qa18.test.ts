// QA round 18 on news-002 (news) and news-011 (Wikipedia): «وحده», «وحدها», «وحدهم» (alone)
// stayed one word — the corpus reads «وحد» as و + «حد» and «وحده» as «وحدة» with ه for ة —
// though they are the noun «وحد» with its pronoun, the commonest missed split of the sample.
// The splits below failed before the fix; the guards pass before and after.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: «وحد» (alone) before its pronoun', () => {
  test.each([
    ['وحده', '[وحد]+ه'],
    ['وحدها', '[وحد]+ها'],
    ['وحدهم', '[وحد]+هم'],
    ['وحدهما', '[وحد]+هما'],
    ['وحدك', '[وحد]+ك'],
    ['وحدي', '[وحد]+ي'],
    ['لوحده', 'ل+[وحد]+ه'],
    ['لوحدك', 'ل+[وحد]+ك'],
    ['ووحده', 'و+[وحد]+ه'],
    ['وحدَه', '[وحد]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    ['وحدة', '[وحدة]'],
    ['الوحدة', 'ال+[وحدة]'],
    ['وحدات', '[وحدات]'],
    ['توحيد', '[توحيد]'],
    // the verb «وحّدني» (he united me) is «وحّد» + ني: «وحد» alone is kept whole, the verb
    // (unified) as often as و + «حد» in news, so the base of «وحده» is stable (session 22;
    // whole before, when «وحد» alone was و + «حد»)
    ['وحدني', '[وحد]+ني'],
    ['وحد', '[وحد]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segmentText: an invented sentence', () => {
  test('bases and offsets', () => {
    const tokens = segmentText('سافرت وحدها ولم يكن لوحده');
    expect(tokens.map((t) => t.segmentation.base.form)).toEqual(['سافرت', 'وحد', 'لم', 'يكن', 'وحد']);
    const alone = tokens[1]!.segmentation;
    expect(alone.suffixes.map((m) => [m.text, m.start, m.end])).toEqual([['ها', 9, 11]]);
  });
});
