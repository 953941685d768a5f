// QA round 39: a preposition ب ك ل before another preposition. «عن», «مع», «لدى» take no
// preposition before them, yet words that merely begin so were cut there: the verbs «لعن»
// (cursed) and «لمع» (shone) as ل + «عن», ل + «مع», and «بلدينا» (our two countries) as
// ب + «لدي» + نا. The split cases failed before the fix; the guards pass before and after
// («لفي», «لعلى» keep the emphatic lam). Invented words and sentences. (QA round 66: «بلدينا»
// is now «بلدي» + نا, the construct dual and «our»; still no preposition.)
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';

const split = (word: string): string => {
  const s = segment(word);
  return [...s.prefixes.map((m) => `${m.text}+`), `[${s.base.text}]`, ...s.suffixes.map((m) => `+${m.text}`)].join('');
};

describe('segment: no preposition before «عن», «مع», «لدى»', () => {
  test.each([
    ['لعن', '[لعن]'],
    ['ولعن', 'و+[لعن]'],
    ['لمع', '[لمع]'],
    ['ولمع', 'و+[لمع]'],
    ['بلدينا', '[بلدي]+نا'],
    ['وبلدي', 'و+[بلدي]'],
  ])('«%s» is %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('«لعنه», «فلعنهم» are not cut after ل', () => {
    for (const w of ['لعنه', 'فلعنهم', 'لمعه']) {
      expect(segment(w).prefixes.some((m) => m.tag === 'PREP')).toBe(false);
    }
  });
  test('in running text', () => {
    const tokens = segmentText('لمع نجم الفريق وزاد التعاون بين بلدينا');
    const first = tokens[0]!.segmentation;
    expect(first.prefixes).toHaveLength(0);
    expect(first.base.text).toBe('لمع');
    const last = tokens.at(-1)!.segmentation;
    expect(last.prefixes).toHaveLength(0);
    expect(last.base.text).toBe('بلدي');
    expect(last.suffixes.map((m) => m.text)).toEqual(['نا']);
  });
});

describe('segment: guards — prepositions and stems that only begin like them', () => {
  test.each([
    ['لفي', 'ل+[في]'],
    ['لعلى', 'ل+[على]'],
    ['لمن', 'ل+[من]'],
    ['لديه', '[لدي]+ه'],
    ['ولديهم', 'و+[لدي]+هم'],
    ['معه', '[مع]+ه'],
    ['لعنف', 'ل+[عنف]'],
    ['لعناصر', 'ل+[عناصر]'],
    ['لمعالجة', 'ل+[معالجة]'],
    ['كمعيار', 'ك+[معيار]'],
  ])('«%s» is %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
