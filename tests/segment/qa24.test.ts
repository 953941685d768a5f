// QA round 24: a form IV perfect in ت before a pronoun, and و ف before a rare plural verb.
// «أصابته» (it hit him) gave the base form «أصابة», the ت read as a noun's ة: the folded
// look-up cannot tell «أصابت» from the verbal noun «إصابة». «وبايعوه» kept و in the base
// because the verb «بايعوا» is rare. The cases below failed before the fix; the guards (nouns in
// ة, the verbal noun written with «إ», plurals أفعلة, a preposition before the stem) pass before
// and after. Words invented or common, not corpus sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: a form IV perfect keeps its ت', () => {
  test.each([
    ['أصابته', '[أصابت]+ه'],
    ['أصابتهم', '[أصابت]+هم'],
    ['وأصابته', 'و+[أصابت]+ه'],
    ['أقامته', '[أقامت]+ه'],
    ['أعادتها', '[أعادت]+ها'],
    ['أدانته', '[أدانت]+ه'],
    ['أجرتها', '[أجرت]+ها'],
    ['أقنعته', '[أقنعت]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    // nouns in ة, the verbal noun with «إ», a hamza that is a radical, plurals أفعلة
    ['سيارته', '[سيارة]+ه'],
    ['مدرستها', '[مدرسة]+ها'],
    ['إصابته', '[إصابة]+ه'],
    ['إقامتها', '[إقامة]+ها'],
    ['أسرته', '[أسرة]+ه'],
    ['أسلحتهم', '[أسلحة]+هم'],
    ['أجهزتها', '[أجهزة]+ها'],
    // a preposition takes no verb: «بأرادته» is «بإرادته» misspelt
    ['بأرادته', 'ب+[أرادة]+ه'],
    ['قتلته', '[قتلت]+ه'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: و ف before a rare plural verb', () => {
  test.each([
    ['وبايعوه', 'و+[بايعوا]+ه'],
    ['وبايعوا', 'و+[بايعوا]'],
    ['وحطموا', 'و+[حطموا]'],
    ['فاستدعوه', 'ف+[استدعوا]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    ['وقاتلوه', 'و+[قاتلوا]+ه'],
    ['واشنطن', '[واشنطن]'],
    ['نموه', '[نمو]+ه'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
