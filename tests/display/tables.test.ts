import { describe, expect, test } from 'vitest';
import { reshape, unshape } from '../../src/display/index.js';
import { formTables, shapedLetters } from '../../src/display/joining.js';

describe('presentation-form tables', () => {
  test('every form of every letter normalizes (NFKC) back to that letter', () => {
    const t = formTables();
    for (const letter of shapedLetters()) {
      const i = letter.charCodeAt(0) - 0x0600;
      for (const form of [t.isolated[i], t.final[i], t.initial[i], t.medial[i]]) {
        if (form) expect(String.fromCharCode(form).normalize('NFKC'), letter).toBe(letter.normalize('NFKC'));
      }
    }
  });

  test('no two letters share a form', () => {
    const t = formTables();
    const seen = new Set<number>();
    for (const letter of shapedLetters()) {
      const i = letter.charCodeAt(0) - 0x0600;
      for (const form of [t.isolated[i], t.final[i], t.initial[i], t.medial[i]]) {
        if (!form) continue;
        expect(seen.has(form)).toBe(false);
        seen.add(form);
      }
    }
  });

  test('each shaped letter comes back from each of its four positions', () => {
    for (const letter of shapedLetters()) {
      for (const context of [letter, `ب${letter}`, `${letter}ب`, `ب${letter}ب`]) {
        expect(unshape(reshape(context))).toBe(context);
      }
    }
  });
});
