// QA round 23: «my» on a noun. «قلبي» (my heart) and «رأيي» (my opinion) stayed whole: the
// ي-word shares its spelling with a rare dual in «ين» («قلبين», «رأيين»), which made any ي a
// construct ending, and «my» lacked the stem's article evidence that «his» gets. The cases below
// failed before the fix; the guards (nisba adjectives, names, dual constructs) pass before and
// after. Words invented or common, not corpus sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: «my» on a noun', () => {
  test.each([
    ['قلبي', '[قلب]+ي'],
    ['وقلبي', 'و+[قلب]+ي'],
    ['بقلبي', 'ب+[قلب]+ي'],
    ['لقلبي', 'ل+[قلب]+ي'],
    ['رأيي', '[رأي]+ي'],
    ['برأيي', 'ب+[رأي]+ي'],
    ['وبرأيي', 'و+ب+[رأي]+ي'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });

  test('offsets stay exact in a text', () => {
    const text = 'قال: في رأيي إن قلبي معكم';
    for (const token of segmentText(text)) {
      const { prefixes, base, suffixes } = token.segmentation;
      for (const m of [...prefixes, base, ...suffixes]) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(segmentText(text).map((t) => forms(t.segmentation))).toEqual(['[قال]', '[في]', '[رأي]+ي', '[إن]', '[قلب]+ي', '[مع]+كم']);
  });

  test.each([
    // nisba adjectives, seen with the article: whole, also after و
    ['القلبي', 'ال+[قلبي]'],
    ['عربي', '[عربي]'],
    ['دولي', '[دولي]'],
    ['شعبي', '[شعبي]'],
    ['بلدي', '[بلدي]'],
    ['سني', '[سني]'],
    ['نفسي', '[نفسي]'],
    ['عملي', '[عملي]'],
    ['وعملي', 'و+[عملي]'],
    // names in ي whose stem is a noun: no «ك» form
    ['فوزي', '[فوزي]'],
    ['عزمي', '[عزمي]'],
    // dual constructs: «ابني» (the two sons of) beside «ابنيه», «فريقي» (the two teams of)
    ['ابني', '[ابني]'],
    ['ابنيها', '[ابني]+ها'],
    ['قلبيهما', '[قلبي]+هما'],
    ['فريقي', '[فريقي]'],
    ['ناديي', '[ناديي]'],
    // ى written ي, and verbs
    ['أخرى', '[أخرى]'],
    ['أجرى', '[أجرى]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
