// QA round 49: «نا» after the plural «أنفس» (ourselves) and the particle «كأن» stayed in the
// word though «أنفسهم», «كأنهم» split; the pronouns «انا», «انت» and elatives of the shape
// «أفعل» written without their hamza after a proclitic («وانا», «وافضل», «باسهل») were read as
// foreign names; and the verbal noun of form IV written with a bare alef after ب ل
// («باحضار», «لانجاح») was kept whole. The split cases failed before the fixes; the guards
// pass before and after. Invented words and sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

describe('segment: «نا» after «أنفس» and «كأن»', () => {
  test.each([
    ['أنفسنا', '[أنفس]+نا'],
    ['انفسنا', '[انفس]+نا'],
    ['كأننا', '[كأن]+نا'],
    ['وكأننا', 'و+[كأن]+نا'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
  test('in running text', () => {
    const text = 'علينا أن نسأل أنفسنا قبل الرحيل';
    const words = segmentText(text);
    expect(forms(words[3]!.segmentation)).toBe('[أنفس]+نا');
    const suffix = words[3]!.segmentation.suffixes[0]!;
    expect(text.slice(suffix.start, suffix.end)).toBe('نا');
  });
  test.each([
    // other pronouns after them, «نا» after a perfect verb, unchanged
    ['أنفسهم', '[أنفس]+هم'],
    ['كأنهم', '[كأن]+هم'],
    ['سافرنا', '[سافر]+نا'],
    ['لكننا', '[لكن]+نا'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: a proclitic before a pronoun or elative written without its hamza', () => {
  test.each([
    ['وانا', 'و+[انا]'],
    ['فانا', 'ف+[انا]'],
    ['وانت', 'و+[انت]'],
    ['وافضل', 'و+[افضل]'],
    ['لافضل', 'ل+[افضل]'],
    ['واكبر', 'و+[اكبر]'],
    ['لادنى', 'ل+[ادنى]'],
    ['باسهل', 'ب+[اسهل]'],
    ['واقرب', 'و+[اقرب]'],
    ['فاحسن', 'ف+[احسن]'],
    ['باسرع', 'ب+[اسرع]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
  test('in running text', () => {
    const words = segmentText('خرجت مبكرا وانا اعرف الطريق باسهل وسيلة');
    expect(forms(words[2]!.segmentation)).toBe('و+[انا]');
    expect(forms(words[5]!.segmentation)).toBe('ب+[اسهل]');
  });
  test.each([
    // Lana, Powell, a foul, «deluded», a name in La- stay whole
    ['لانا', '[لانا]'],
    ['باول', '[باول]'],
    ['فاول', '[فاول]'],
    ['واهم', '[واهم]'],
    ['لاري', '[لاري]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: ب ل before a form IV verbal noun with a bare alef', () => {
  test.each([
    ['باحضار', 'ب+[احضار]'],
    ['لانجاح', 'ل+[انجاح]'],
    ['وباحضار', 'و+ب+[احضار]'],
    ['لاسعاد', 'ل+[اسعاد]'],
    ['لادماجهم', 'ل+[ادماج]+هم'],
    ['باقفالها', 'ب+[اقفال]+ها'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
  test('in running text', () => {
    const words = segmentText('طالب المدير باحضار الملفات لانجاح الخطة');
    expect(forms(words[2]!.segmentation)).toBe('ب+[احضار]');
    expect(forms(words[4]!.segmentation)).toBe('ل+[انجاح]');
  });
  test.each([
    // nouns and names of the same shape, and the verbal noun with its hamza, unchanged
    ['لافتات', '[لافتات]'],
    ['لاعبات', '[لاعبات]'],
    ['باسكال', '[باسكال]'],
    ['بإحضار', 'ب+[إحضار]'],
    ['بانجاز', 'ب+[انجاز]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
