import { describe, expect, test } from 'vitest';
import { isStopword, stopwords } from '../../src/stem/index.js';

describe('isStopword', () => {
  test('recognises function words in any spelling', () => {
    for (const w of ['في', 'من', 'إلى', 'الى', 'على', 'هذا', 'الذي', 'كان', 'لكنّ', 'هؤلاء', 'إِلَى']) expect(isStopword(w)).toBe(true);
  });
  test('recognises clitic-attached forms', () => {
    for (const w of ['وفي', 'بهذا', 'ولكن', 'منها', 'عليه', 'وهو', 'فإن']) expect(isStopword(w)).toBe(true);
  });
  test('rejects content words, with or without clitics', () => {
    for (const w of ['المنظمة', 'قمة', 'وقال', 'بيروت', 'فلسطين', 'والكتاب', '']) expect(isStopword(w)).toBe(false);
  });
  test('throws a TypeError naming the function for a non-string', () => {
    expect(() => isStopword(1 as unknown as string)).toThrow(/dhad\.isStopword: expected a string, got number/);
  });
});

describe('stopwords', () => {
  test('is a read-only set of Arabic words', () => {
    expect(stopwords).toBeInstanceOf(Set);
    expect(stopwords.size).toBeGreaterThan(150);
    for (const w of stopwords) expect(w).toMatch(/^[\u0621-\u0652]+$/);
  });
  test('every entry is recognised by isStopword', () => {
    for (const w of stopwords) expect(isStopword(w)).toBe(true);
  });
});
