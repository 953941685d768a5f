// QA round 42: a feminine noun's dual in construct («…تي») before a third-person pronoun
// stayed whole when the corpus seldom writes the dual itself: «حقيبتيه» (his two bags) is
// «حقيبتي» + ه, known by «الحقيبة»; and ب ل before a verbal noun of form III (مفاعلة) stayed
// whole where the corpus knows the whole word better than the noun: «لمجابهة» is ل + «مجابهة».
// The split cases failed before the fix; the guards pass before and after. Invented words.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';

const split = (word: string): string => {
  const s = segment(word);
  return [...s.prefixes.map((m) => `${m.text}+`), `[${s.base.text}]`, ...s.suffixes.map((m) => `+${m.text}`)].join('');
};

describe('segment: a feminine dual in construct before a pronoun', () => {
  test.each([
    ['حقيبتيه', '[حقيبتي]+ه'],
    ['لحديقتيه', 'ل+[حديقتي]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('the base keeps the ت of the dual', () => {
    expect(segment('حقيبتيه').base.form).toBe('حقيبتي');
  });
  test.each([
    // «my» after a feminine noun, names in «ييه», a nisba in ه for ة, a short stem
    ['حقيبتي', '[حقيبت]+ي'],
    ['ديدييه', '[ديدييه]'],
    ['ذاتيه', '[ذاتيه]'],
    ['يديه', '[يدي]+ه'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segment: ب ل before a verbal noun of form III', () => {
  test.each([
    ['لمجابهة', 'ل+[مجابهة]'],
    ['بمساومات', 'ب+[مساومات]'],
    ['لمجابهتهم', 'ل+[مجابهت]+هم'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('the base restores the ة before a pronoun', () => {
    expect(segment('لمجابهتهم').base.form).toBe('مجابهة');
    expect(segmentText('دعا الوزير لمجابهة الأزمة')[2]!.segmentation.prefixes.map((m) => m.form)).toEqual(['ل']);
  });
  test.each([
    // the article before a word in «لم…», a question word, a plural of «لمسة», a known split
    ['اللمفاوية', 'ال+[لمفاوية]'],
    ['لماذا', '[لماذا]'],
    ['لمسات', '[لمسات]'],
    ['لمحاورة', 'ل+[محاورة]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
