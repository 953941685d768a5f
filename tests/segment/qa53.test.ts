// QA round 53: ب ل stayed on the construct of a participle's plural in ي («لمصابي الحادث» kept
// whole), the forms of «توجّه» lost their prefix to the reading «توّج» + ه («سيتوجه» kept whole
// instead of س + «يتوجه»), and the relative adjective «فعلي» (actual) was cut as ف + «علي»
// (Ali). The split and whole cases failed before the fixes; the guards pass before and after.
// Invented words and sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

describe('segment: ب ل before a construct plural in ي', () => {
  test.each([
    ['لمصابي', 'ل+[مصابي]'],
    ['لمساهمي', 'ل+[مساهمي]'],
    ['لمشتركي', 'ل+[مشتركي]'],
    ['بمتمردي', 'ب+[متمردي]'],
    ['لمخالفي', 'ل+[مخالفي]'],
    ['ولمصابي', 'و+ل+[مصابي]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
  test('in running text, offsets kept', () => {
    const text = 'قدمت الجمعية العون لمصابي الحادث وأسرهم';
    const words = segmentText(text);
    expect(forms(words[3]!.segmentation)).toBe('ل+[مصابي]');
    for (const w of words) {
      const g = w.segmentation;
      for (const m of [...g.prefixes, g.base, ...g.suffixes]) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('segment: a proclitic before a form of «توجّه»', () => {
  test.each([
    ['سيتوجه', 'س+[يتوجه]'],
    ['وسيتوجه', 'و+س+[يتوجه]'],
    ['ستتوجه', 'س+[تتوجه]'],
    ['ويتوجه', 'و+[يتوجه]'],
    ['ليتوجه', 'ل+[يتوجه]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: the relative adjective «فعلي»', () => {
  test('keeps «فعلي» whole', () => {
    expect(forms(segment('فعلي'))).toBe('[فعلي]');
  });
  test('in running text', () => {
    const words = segmentText('لم يحدث تقدم فعلي في المفاوضات');
    expect(forms(words[3]!.segmentation)).toBe('[فعلي]');
  });
});

describe('guards (unchanged)', () => {
  test.each([
    ['يتوجه', '[يتوجه]'],
    ['يتوجها', '[يتوج]+ها'],
    ['سيتوج', 'س+[يتوج]'],
    ['مصابي', '[مصابي]'],
    ['لمسني', '[لمسني]'],
    ['لمصابين', 'ل+[مصابين]'],
    ['فني', '[فني]'],
    ['فيصل', '[فيصل]'],
    ['فعليه', 'ف+[على]+ه'],
    ['لمصاب', 'ل+[مصاب]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
