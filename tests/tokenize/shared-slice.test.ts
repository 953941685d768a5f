import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arabicWord, loneSurrogate } from '../../src/testing/index.js';
import { MAX_SHARED, sharedSlice, SLOTS } from '../../src/tokenize/shared-slice.js';
import { tokenize } from '../../src/tokenize/index.js';

describe('sharedSlice', () => {
  test.prop([fc.array(fc.oneof(arabicWord({ diacritics: true }), loneSurrogate(), fc.constantFrom('و', 'في', 'من', '')), { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat()])(
    'is text.slice(start, end) for every range of every text',
    (words, a, b) => {
      const text = words.join(' ');
      const start = a % (text.length + 1);
      const end = start + (b % (text.length - start + 1));
      expect(sharedSlice(text, start, end)).toBe(text.slice(start, end));
    },
  );

  it('never answers with another word that fell in the same slot', () => {
    // Far more distinct short words than slots: most lookups meet an entry of the same length
    // left by another word, and each must be told apart unit by unit.
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const words: string[] = [];
    for (let i = 0; words.length < SLOTS * 4; i++) {
      words.push(letters[i % 28]! + letters[(i >> 3) % 28]! + letters[(i * 7 + 3) % 28]! + letters[(i >> 6) % 28]!);
    }
    const text = words.join(' ');
    for (let round = 0; round < 2; round++) {
      let at = 0;
      for (const w of words) {
        expect(sharedSlice(text, at, at + w.length)).toBe(w);
        at += w.length + 1;
      }
    }
  });

  it('returns long slices as they are, and the empty slice', () => {
    const long = 'بيلاروسيا'.repeat(3);
    expect(long.length).toBeGreaterThan(MAX_SHARED);
    expect(sharedSlice(`و ${long} و`, 2, 2 + long.length)).toBe(long);
    expect(sharedSlice('كلمة', 2, 2)).toBe('');
  });

  it('leaves tokenize output as the plain slices of the input', () => {
    const text = 'قال الرئيس إن الرئيس قال: في في في 2024 و2025 https://sco.int.';
    for (const t of tokenize(text)) expect(t.text).toBe(text.slice(t.start, t.end));
  });
});
