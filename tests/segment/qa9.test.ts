// QA round 9: clitics missed before rare words, the largest class left after round 8 on
// news-001 (SaudiNewsNet) and news-013 (Arabic Wikipedia): و ل س before an imperfect verb the
// corpus knows but seldom, ب ل before a rare noun seen with the article, the future س before a
// bare imperfect in ن ت whose ي form is a verb; and ف before a stem written only with the
// article. The compounds are invented (the corpus never shows them whole); each split failed
// before the fix, the guards beside them keep it narrow and pass before and after.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: و ل س before an imperfect verb the corpus seldom shows', () => {
  test.each([
    ['ونمارسه', 'و+[نمارس]+ه'],
    ['وتطعمهم', 'و+[تطعم]+هم'],
    ['ويجاهدها', 'و+[يجاهد]+ها'],
    ['ولنحاربهم', 'و+ل+[نحارب]+هم'],
    ['لنثبتها', 'ل+[نثبت]+ها'],
    ['سيؤججها', 'س+[يؤجج]+ها'],
    ['وسيؤجج', 'و+س+[يؤجج]'],
  ])('splits «%s»', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // names whose tail is a verb seen after ب ك ل more than alone («ليستر»), Wi- names, a tail
  // that is no verb, the clitic-rate test, and a final ا read as ى («تترى» is no verb)
  test.each(['ويستر', 'ليستر', 'ويلدج', 'ويليامز', 'لياو', 'فيصل'])('keeps «%s» whole', (word) => {
    expect(split(word)).toBe(`[${word}]`);
  });
  test('keeps «لتتراكم» a verb after ل', () => {
    expect(split('لتتراكم')).toBe('ل+[تتراكم]');
  });
});

describe('segment: ب ل before a rare noun seen with the article', () => {
  test.each([
    ['بنغماتها', 'ب+[نغمات]+ها'],
    ['لمقاولاتهم', 'ل+[مقاولات]+هم'],
    ['بعذرهم', 'ب+[عذر]+هم'],
    ['بغريزتها', 'ب+[غريزة]+ها'],
  ])('splits «%s»', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // names: a bare alef or ي first, a nisba's ي last, a long vowel inside three letters, the
  // pronouns ي ك that names end in
  test.each(['باسلمة', 'بيوجين', 'بغيت', 'بنيم', 'لديوي', 'بربانك'])('keeps «%s» whole', (word) => {
    expect(split(word)).toBe(`[${word}]`);
  });
  // a known word with a new pronoun or conjunction is left to the scores; a nisba name keeps
  // its article
  test.each([
    ['بكارتها', '[بكارة]+ها'],
    ['وبغلة', 'و+[بغلة]'],
    ['البقمي', 'ال+[بقمي]'],
  ])('leaves «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('puts the pieces at their offsets in running text', () => {
    const text = 'غنى بنغماتها أمس';
    const [, token] = segmentText(text);
    const s = token!.segmentation;
    const pieces = [...s.prefixes, s.base, ...s.suffixes];
    expect(pieces.map((m) => [m.text, m.start, m.end])).toEqual([
      ['ب', 4, 5],
      ['نغمات', 5, 10],
      ['ها', 10, 12],
    ]);
    for (const m of pieces) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('segment: the future س before a bare imperfect whose ي form is a verb', () => {
  test('splits «وسنحيل» («يحيل» is a verb)', () => {
    expect(split('وسنحيل')).toBe('و+س+[نحيل]');
  });
  // names in س: a final vowel, a dual «ان», a tail that is a name in ت
  test.each(['سيريزا', 'سنومان', 'ستاتن', 'ستاسيا'])('keeps «%s» whole', (word) => {
    expect(split(word)).toBe(`[${word}]`);
  });
});

describe('segment: ف before a stem written only with the article', () => {
  test.each([
    ['فتى', '[فتى]'],
    ['فيمن', '[فيمن]'],
    ['بفتى', 'ب+[فتى]'],
  ])('reads «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  // ف before a verb, و before a noun written mostly with the article (lists: «وعالم»)
  test.each([
    ['فصار', 'ف+[صار]'],
    ['فقال', 'ف+[قال]'],
    ['وعالم', 'و+[عالم]'],
    ['وإسلام', 'و+[إسلام]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
