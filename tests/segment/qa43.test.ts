// QA round 43: ب ل before a verbal noun of form III whose last radical is weak, مفاعاة
// («ملاقاة», «مقاضاة», «موازاة»), stayed whole where the corpus knows the whole word better
// than the noun: «بمقاضاة» is ب + «مقاضاة». The split cases failed before the fix; the guards
// pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';

const split = (word: string): string => {
  const s = segment(word);
  return [...s.prefixes.map((m) => `${m.text}+`), `[${s.base.text}]`, ...s.suffixes.map((m) => `+${m.text}`)].join('');
};

describe('segment: ب ل before a verbal noun of form III in مفاعاة', () => {
  test.each([
    ['بمقاضاة', 'ب+[مقاضاة]'],
    ['لمجاراة', 'ل+[مجاراة]'],
    ['وبموازاة', 'و+ب+[موازاة]'],
    ['بملاقاته', 'ب+[ملاقات]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('the base before a pronoun is the noun in ة', () => {
    expect(segment('بملاقاته').base.form).toBe('ملاقاة');
    expect(segmentText('هدد المحامي بمقاضاة الشركة')[2]!.segmentation.prefixes.map((m) => m.form)).toEqual(['ب']);
  });
  test.each([
    // no such noun: a weak radical written و ي, the article before ل, plurals in «ات»
    ['اللمفاوية', 'ال+[لمفاوية]'],
    ['لمفاوية', '[لمفاوية]'],
    ['لمباريات', 'ل+[مباريات]'],
    ['بمهاراته', 'ب+[مهارات]+ه'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('a plural in «ات» before a pronoun keeps its form', () => {
    expect(segment('بمهاراته').base.form).toBe('مهارات');
  });
});
