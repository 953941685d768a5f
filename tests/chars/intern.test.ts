import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { sliceInterned } from '../../src/chars/intern.js';
import { arabicText, arabicWord } from '../../src/testing/index.js';

describe('sliceInterned', () => {
  test.prop([arabicText(), fc.nat(), fc.nat()])('equals slice for any range of Arabic text', (text, a, b) => {
    const start = a % (text.length + 1);
    const end = start + (b % (text.length - start + 1));
    expect(sliceInterned(text, start, end)).toBe(text.slice(start, end));
    // a second call (now a hit, or a collision with another word) gives the same value
    expect(sliceInterned(text, start, end)).toBe(text.slice(start, end));
  });

  test.prop([fc.array(arabicWord(), { minLength: 1, maxLength: 50 })])(
    'repeated words of one text each come back as themselves',
    (words) => {
      const text = words.join(' ');
      let at = 0;
      for (let round = 0; round < 2; round++) {
        at = 0;
        for (const w of words) {
          expect(sliceInterned(text, at, at + w.length)).toBe(w);
          at += w.length + 1;
        }
      }
    },
  );

  test('more distinct words than table slots, sliced twice in turn, stay right', () => {
    // 20,000 distinct 3–5 letter strings overflow the 4,096 slots many times over: every
    // collision must fall back to a fresh slice, never return the slot's other word.
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const words: string[] = [];
    for (let i = 0; words.length < 20000; i++) {
      let w = '';
      for (let x = i + 27 * 28; x > 0; x = Math.floor(x / 28)) w += letters[x % 28];
      words.push(w);
    }
    const text = words.join(' ');
    for (let round = 0; round < 2; round++) {
      let at = 0;
      for (const w of words) {
        expect(sliceInterned(text, at, at + w.length)).toBe(w);
        at += w.length + 1;
      }
    }
  });

  test('long slices and the empty slice', () => {
    const long = 'بالاستراتيجيات'.repeat(3);
    expect(sliceInterned(long, 2, 40)).toBe(long.slice(2, 40));
    expect(sliceInterned(long, 5, 5)).toBe('');
  });
});
