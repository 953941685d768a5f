// QA round 12 on news-002 (SaudiNewsNet) and news-012 (Arabic Wikipedia): a plural in «ات»
// read as a noun in «اة» before a pronoun («جناته»), a broken plural in the accusative cut
// before «نا» («ديونا»), verbs in the perfect whose ل was taken for the preposition («لحقت»),
// «إلى» + pronoun after ك ب («كاليه»), names cut by ب before a rare syllable («بحاح»), and
// «وحثهم» left whole. Each split or whole word failed before the fix; the guards beside them
// keep it narrow and pass before and after.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: a plural in «ات» before a pronoun', () => {
  test.each([
    ['جناته', '[جنات]+ه'],
    ['وجناته', 'و+[جنات]+ه'],
  ])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // nouns in «اة» far more frequent than a plural of the same letters, or without one
  test.each([
    ['حياته', '[حياة]+ه'],
    ['صلاته', '[صلاة]+ه'],
    ['فتاته', '[فتاة]+ه'],
    ['قناته', '[قناة]+ه'],
  ])('keeps the noun in «اة»: «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: the accusative of a broken plural فعول', () => {
  test.each(['ديونا', 'ديوناً'])('keeps «%s» whole', (word) => {
    expect(segment(word).suffixes).toHaveLength(0);
  });
  // the five nouns and sound plurals take «نا»; particles too
  test.each([
    ['أبونا', '[أبو]+نا'],
    ['مواطنينا', '[مواطني]+نا'],
    ['فينا', '[في]+نا'],
    ['معنا', '[مع]+نا'],
  ])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: ل as the first radical of a verb in the perfect', () => {
  test.each(['لحقت', 'لجأت'])('keeps «%s» whole', (word) => {
    expect(split(word)).toBe(`[${word}]`);
  });
  test.each([
    ['ولحقت', 'و+[لحقت]'],
    ['فلجأت', 'ف+[لجأت]'],
  ])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // ل before plurals in «ات», nouns in ت and a verb seen alone
  test.each([
    ['لسنوات', 'ل+[سنوات]'],
    ['لوقت', 'ل+[وقت]'],
    ['لبيت', 'ل+[بيت]'],
    ['لكانت', 'ل+[كانت]'],
  ])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: no preposition before «إلى» + pronoun', () => {
  test('keeps «كاليه» whole', () => {
    expect(split('كاليه')).toBe('[كاليه]');
  });
  // relative pronouns, the name of God and the article after ب ك ل
  test.each([
    ['كالتي', 'ك+[التي]'],
    ['بالله', 'ب+[الله]'],
    ['باليوم', 'ب+ال+[يوم]'],
    ['إليه', '[إلى]+ه'],
  ])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: ب before a rare syllable with a long vowel', () => {
  test.each([
    ['بحاح', '[بحاح]'],
    ['وبحاح', 'و+[بحاح]'],
  ])('keeps the name: «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // frequent stems, and longer rare ones (adverbial compounds)
  test.each([
    ['بدور', 'ب+[دور]'],
    ['بنور', 'ب+[نور]'],
    ['بطلاقة', 'ب+[طلاقة]'],
  ])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: و before a doubled verb and its object', () => {
  test.each([
    ['وحثهم', 'و+[حث]+هم'],
    ['وحثَّهم', 'و+[حث]+هم'],
  ])('splits «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // «وحده» (alone), a noun as much as a verb, takes no conjunction (the noun «وحد» + its
  // pronoun since round 18); «وضمها» split before and after
  test.each([
    ['وحده', '[وحد]+ه'],
    ['وحدها', '[وحد]+ها'],
    ['وحدهم', '[وحد]+هم'],
    ['وضمها', 'و+[ضم]+ها'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

test('offsets in running text', () => {
  const text = 'لحقت الحافلة بالركب وحثهم السائق على الصبر';
  const tokens = segmentText(text);
  expect(tokens.map((t) => forms(t.segmentation))).toEqual([
    '[لحقت]',
    'ال+[حافلة]',
    'ب+ال+[ركب]',
    'و+[حث]+هم',
    'ال+[سائق]',
    '[على]',
    'ال+[صبر]',
  ]);
  for (const t of tokens) {
    for (const m of [...t.segmentation.prefixes, t.segmentation.base, ...t.segmentation.suffixes]) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
});
