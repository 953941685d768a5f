// QA round 33: a form VIII verbal noun whose «ال» is its own (alef + first radical ل: «التزام»,
// «التحاق», «التفاف») stayed whole with a pronoun after a proclitic: «لالتحاقه» (ل + the
// article is written «لل», so no article reading led to the noun) and «بالتزاماتهم»,
// «والتفافهم» (the whole word outscored ب و + the article + a stem never seen alone). The
// cases below failed before the fix; the guards (the article before a noun in ت, the noun
// without a pronoun or a proclitic, «ب ك» + the noun that already split) pass before and after. Invented words.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: a form VIII noun + a pronoun after a proclitic', () => {
  test.each([
    ['لالتحاقه', 'ل+[التحاق]+ه'],
    ['لالتزامهم', 'ل+[التزام]+هم'],
    ['بالتزاماتهم', 'ب+[التزامات]+هم'],
    ['لالتزاماتها', 'ل+[التزامات]+ها'],
    ['والتفافهم', 'و+[التفاف]+هم'],
  ])('reads «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    ['بالتزامه', 'ب+[التزام]+ه'],
    ['كالتزامه', 'ك+[التزام]+ه'],
    ['التزامه', '[التزام]+ه'],
    ['بالتزام', 'ب+[التزام]'],
    ['والتماسك', 'و+ال+[تماسك]'],
    ['بالتعاون', 'ب+ال+[تعاون]'],
    ['والتقى', 'و+[التقى]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
