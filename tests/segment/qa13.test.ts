// QA round 13 on news-007 (ANT) and news-011 (Arabic Wikipedia): a ة written as ه was read as
// the pronoun («حريه» → «حري» + ه), and a verb in the perfect in ت after و that news writes
// with the conjunction more often than alone («وتابعت», and she went on) was kept whole. The split failed before the fix; the guards beside it keep it narrow and
// pass before and after.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: و before a verb in the perfect in ت', () => {
  test.each([['وتابعت', 'و+[تابعت]']])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // verbs whose و is a radical, with a stem of three letters, stay whole
  test.each(['وجدت', 'وردت'])('keeps «%s» whole', (word) => {
    expect(split(word)).toBe(`[${word}]`);
  });
  // the verb alone and after ف, and other narrative verbs, split as before
  test.each([
    ['تابعت', '[تابعت]'],
    ['فتابعت', 'ف+[تابعت]'],
    ['وتراجعت', 'و+[تراجعت]'],
    ['وشهدت', 'و+[شهدت]'],
  ])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: a ة written as ه', () => {
  test.each(['حريه', 'جزيره', 'كنيسه', 'عمليه'])('keeps «%s» whole', (word) => {
    expect(split(word)).toBe(`[${word}]`);
  });
  test.each([['لدرجه', 'ل+[درجه]']])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // a pronoun after a frequent stem, a verb, or a noun in ة written with its own letter
  test.each([
    ['كتابه', '[كتاب]+ه'],
    ['سنه', '[سن]+ه'],
    ['أصابه', '[أصاب]+ه'],
    ['حياته', '[حياة]+ه'],
    ['لدرجته', 'ل+[درجة]+ه'],
    ['مجراه', '[مجرى]+ه'],
  ])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
