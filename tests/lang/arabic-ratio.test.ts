import { describe, expect, test } from 'vitest';
import { arabicRatio } from '../../src/lang/index.js';

describe('arabicRatio', () => {
  test('is 1 for Arabic, Persian and Urdu letters and 0 without Arabic-script letters', () => {
    expect(arabicRatio('كتاب')).toBe(1);
    expect(arabicRatio('پاکستان ہے')).toBe(1);
    expect(arabicRatio('book')).toBe(0);
  });

  test('is 0 when there are no letters at all', () => {
    expect(arabicRatio('')).toBe(0);
    expect(arabicRatio('123 ٤٥٦ ، ؟ !')).toBe(0);
    expect(arabicRatio('😀 \uD800')).toBe(0);
  });

  test('counts letters only: not harakat, digits, punctuation or tatweel', () => {
    expect(arabicRatio('مرحبا world')).toBe(0.5);
    expect(arabicRatio('كِتَابٌ abc')).toBe(4 / 7);
    expect(arabicRatio('كـتـاب x')).toBe(4 / 5);
  });

  test('counts presentation forms as Arabic script and astral letters by code point', () => {
    expect(arabicRatio('\uFEB3\uFEFC\uFEE1')).toBe(1);
    expect(arabicRatio('\u{1D49C} ب')).toBe(0.5); // MATHEMATICAL SCRIPT CAPITAL A is a letter
    expect(arabicRatio('\u{1EE01}')).toBe(1); // ARABIC MATHEMATICAL BEH is Arabic script
  });

  test.each([[42], [null], [undefined], [{}]])('throws a TypeError naming dhad.arabicRatio for %j', (value) => {
    expect(() => arabicRatio(value as unknown as string)).toThrow(/^dhad\.arabicRatio: expected a string, got /);
  });
});
