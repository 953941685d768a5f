import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 41: the plural of a noun whose singular ends in a ت of its own, not a ة, lost
// its singular: «بنات» (girls, daughters) stayed whole since round 40 (its «بن» is «ابن»'s
// stem), and «أخوات» (sisters) went with «أخوة» (brothers) as a plural in ـات of «Xة» does.
// A lexicon code h now puts the ت back for the ات or وات of such a plural («بنات» → «بنت»,
// «أخوات» → «اخت»); the nouns are listed in the lexicon script (TEH_PLURAL_NOUNS).
describe('stem QA round 41: plurals of nouns in ت («بنات», «أخوات»)', () => {
  test('«بنات» meets «بنت»', () => {
    expect(stem('بنات')).toBe(stem('بنت'));
    expect(stem('البنات')).toBe('بنت');
    expect(stem('للبنات')).toBe(stem('للبنت'));
    expect(stem('والبنات')).toBe('بنت');
    expect(stem('وبناته')).toBe('بنت');
    expect(stem('بناتهم')).toBe(stem('بنتهم'));
    expect(stem('بَنَاتِ')).toBe('بنت');
  });

  test('«أخوات» meets «أخت», not «أخوة»', () => {
    expect(stem('أخوات')).toBe(stem('أخت'));
    expect(stem('الأخوات')).toBe(stem('الأخت'));
    expect(stem('وأخواتها')).toBe('اخت');
    expect(stem('اخواتنا')).toBe('اخت');
    expect(stem('الأخوات')).not.toBe(stem('الإخوة'));
  });

  test('guards: «ابن», its plurals and the singulars are as before', () => {
    expect(stem('ابن')).toBe('ابن');
    expect(stem('أبناء')).toBe('ابناء');
    expect(stem('البنين')).toBe('بنين');
    expect(stem('بنتها')).toBe('بنت');
    expect(stem('الإخوة')).toBe('اخوة');
    expect(stem('أخوان')).toBe('اخوان');
  });

  test('guards: other plurals in ـات and ـوات are as before', () => {
    expect(stem('البنايات')).toBe('بناية');
    expect(stem('القنوات')).toBe('قناة');
    expect(stem('السنوات')).toBe('سنة');
    expect(stem('الصلوات')).toBe('صلاة');
    expect(stem('سمات')).toBe('سمة');
    expect(stem('الفرات')).toBe('فرات');
    expect(stem('قالت')).toBe('قال');
  });
});
