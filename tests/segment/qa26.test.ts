// QA round 26: a noun in ة before a pronoun where no verb can stand. A stem in ت whose perfect
// verb outnumbers the noun in ة of its letters kept its ت in the base form: «باستطاعته» gave
// «استطاعت», «إفادتها» «إفادت». After a preposition, with «إ» first, or before «ي» (my) the stem
// is the noun. The cases below failed before the fix; the guards (verbs with their object, a
// stem in ت that is a noun of its own) pass before and after. Words invented or common, not
// corpus sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: a noun in ة before a pronoun', () => {
  test.each([
    ['باستطاعته', 'ب+[استطاعة]+ه'],
    ['وباستطاعتهم', 'و+ب+[استطاعة]+هم'],
    ['استطاعتي', '[استطاعة]+ي'],
    ['بإفادتها', 'ب+[إفادة]+ها'],
    ['إفادته', '[إفادة]+ه'],
    ['وإثارتها', 'و+[إثارة]+ها'],
    ['لقامتها', 'ل+[قامة]+ها'],
    ['بوصلته', 'ب+[وصلة]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    // verbs with their object, and a form IV perfect in «أ»
    ['قتلته', '[قتلت]+ه'],
    ['عرفته', '[عرفت]+ه'],
    ['نشرتها', '[نشرت]+ها'],
    ['أصابته', '[أصابت]+ه'],
    ['أفادته', '[أفادت]+ه'],
    ['حضرته', '[حضرت]+ه'],
    // nouns already read so, and a stem in ت that is a noun itself
    ['سمعته', '[سمعة]+ه'],
    ['إرادته', '[إرادة]+ه'],
    ['بصوته', 'ب+[صوت]+ه'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
