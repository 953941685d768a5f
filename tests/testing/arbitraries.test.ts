import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalizePresentationForms } from '../../src/normalize/index.js';
import { ARABIC_LETTERS, DIACRITICS, INVISIBLES, PERSIAN_LETTERS, WHITESPACE, isPresentationForm } from '../../src/chars/arabic.js';
import {
  arabicDiacritic,
  arabicDigit,
  arabicLetter,
  arabicText,
  arabicWord,
  emoji,
  invisibleChar,
  loneSurrogate,
  persianDigit,
  persianLetter,
  presentationForm,
  whitespaceChar,
} from '../../src/testing/index.js';

const units = (s: string): number[] => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

describe('single-character arbitraries', () => {
  test.prop([arabicLetter()])('arabicLetter draws one Arabic letter', (ch) => {
    expect(ARABIC_LETTERS).toContain(ch);
  });
  test.prop([persianLetter()])('persianLetter draws one Persian/Urdu letter', (ch) => {
    expect(PERSIAN_LETTERS).toContain(ch);
  });
  test.prop([arabicDiacritic(), arabicDiacritic({ harakat: true })])('arabicDiacritic draws a removable mark', (a, h) => {
    expect(DIACRITICS).toContain(a);
    expect(h >= '\u064B' && h <= '\u0652').toBe(true);
  });
  test.prop([arabicDigit(), persianDigit()])('the digit arbitraries draw from their digit sets', (a, p) => {
    expect(a).toMatch(/^[\u0660-\u0669]$/);
    expect(p).toMatch(/^[\u06F0-\u06F9]$/);
  });
  test.prop([presentationForm()])('presentationForm draws a presentation form that normalization rewrites', (ch) => {
    expect(isPresentationForm(ch.charCodeAt(0))).toBe(true);
    expect(normalizePresentationForms(ch)).not.toBe(ch);
  });
  test.prop([invisibleChar(), whitespaceChar()])('invisibleChar and whitespaceChar draw from their tables', (i, w) => {
    expect(INVISIBLES).toContain(i);
    expect(WHITESPACE).toContain(w);
  });
  test.prop([loneSurrogate()])('loneSurrogate draws one surrogate unit', (ch) => {
    expect(ch).toHaveLength(1);
    expect(isSurrogate(ch.charCodeAt(0))).toBe(true);
  });
  test.prop([emoji()])('emoji draws astral pictographs', (e) => {
    expect(e).toMatch(/^\p{Extended_Pictographic}\p{Emoji_Modifier}?$/u);
  });
});

describe('arabicWord', () => {
  test.prop([arabicWord()])('is letters only by default', (w) => {
    expect(w).toMatch(/^[\u0621-\u063A\u0641-\u064A]{1,8}$/);
  });
  test.prop([fc.integer({ min: 1, max: 5 }).chain((min) => fc.tuple(fc.constant(min), arabicWord({ minLength: min, maxLength: min + 2 })))])(
    'respects minLength and maxLength',
    ([min, w]) => {
      expect(w.length).toBeGreaterThanOrEqual(min);
      expect(w.length).toBeLessThanOrEqual(min + 2);
    },
  );
  test('mixes in what it is asked to', () => {
    const words = fc.sample(arabicWord({ diacritics: true, tatweel: true, persian: true, presentationForms: true, invisibles: true }), { numRuns: 300, seed: 7 }).join('');
    expect(words).toMatch(/[\u064B-\u0652]/);
    expect(words).toContain('\u0640');
    expect(words).toMatch(/[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/);
    expect(units(words).some(isPresentationForm)).toBe(true);
    expect(INVISIBLES.some((ch) => words.includes(ch))).toBe(true);
    expect(words).not.toMatch(/\p{White_Space}/u);
  });
});

describe('arabicText', () => {
  test.prop([arabicText({ diacritics: false })])('without options it is Arabic words, Arabic punctuation and single spaces', (t) => {
    expect(t).toMatch(/^[\u0621-\u063A\u0641-\u064A\u060C\u061B\u061F.\u00AB\u00BB ]*$/);
    expect(t).not.toMatch(/^ | $| {2}/);
  });
  test('with every option it mixes in every kind of character', () => {
    const all = fc
      .sample(
        arabicText({ diacritics: true, tatweel: true, presentationForms: true, persian: true, latin: true, emoji: true, invisibles: true, digits: true, whitespace: true, loneSurrogates: true }),
        { numRuns: 300, seed: 11 },
      )
      .join('\n');
    for (const re of [/[\u064B-\u0652]/, /\u0640/, /[a-z]/, /[\u0660-\u0669]/, /[\u06F0-\u06F9]/, /\p{Extended_Pictographic}/u, /[\t\n\u00A0\u2000-\u200A\u3000]/]) {
      expect(all).toMatch(re);
    }
    expect(units(all).some(isPresentationForm)).toBe(true);
    // a lone surrogate: a high one not followed by a low one, or a low one not after a high one
    const lone = units(all).some((c, i, u) =>
      c >= 0xd800 && c <= 0xdbff ? !(u[i + 1]! >= 0xdc00 && u[i + 1]! <= 0xdfff) : c >= 0xdc00 && c <= 0xdfff && !(u[i - 1]! >= 0xd800 && u[i - 1]! <= 0xdbff),
    );
    expect(lone).toBe(true);
  });
});
