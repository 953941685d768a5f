import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { arabicRatio, DETECTABLE_LANGUAGES, detectLanguage } from '../../src/lang/index.js';
import { arabicText, arabicWord } from '../../src/testing/index.js';

const latinWord = fc.stringMatching(/^[A-Za-z]{1,8}$/);
const anyText = arabicText({ diacritics: true, tatweel: true, persian: true, latin: true, emoji: true, invisibles: true, digits: true, whitespace: true, loneSurrogates: true, presentationForms: true });

describe('detectLanguage and arabicRatio (properties)', () => {
  test.prop([arabicWord({ diacritics: true, tatweel: true, maxLength: 12 })])('one word of Arabic letters is always arb', (word) => {
    expect(detectLanguage(word)).toBe('arb');
  });

  test.prop([arabicText({ diacritics: true, tatweel: true, maxLength: 30 }), fc.nat(40)])(
    'text of Arabic letters only is arb (or und without letters), whatever minLength sends it to franc',
    (text, minLength) => {
      const answer = detectLanguage(text, { minLength });
      expect(answer).toBe(/[\u0621-\u063A\u0641-\u064A]/.test(text) ? 'arb' : 'und');
    },
  );

  test.prop([anyText])('answers a detectable language or und', (text) => {
    expect([...DETECTABLE_LANGUAGES, 'und']).toContain(detectLanguage(text));
  });

  test.prop([anyText, fc.subarray([...DETECTABLE_LANGUAGES], { minLength: 1 })])('answers only from `only`', (text, only) => {
    expect([...only, 'und']).toContain(detectLanguage(text, { only }));
  });

  test.prop([fc.array(latinWord, { maxLength: 8 }).map((w) => w.join(' '))])('Latin text is und with ratio 0', (text) => {
    expect(detectLanguage(text)).toBe('und');
    expect(arabicRatio(text)).toBe(0);
  });

  test.prop([anyText])('arabicRatio is between 0 and 1, and und means less than half', (text) => {
    const ratio = arabicRatio(text);
    expect(ratio).toBeGreaterThanOrEqual(0);
    expect(ratio).toBeLessThanOrEqual(1);
    if (ratio >= 0.5) expect(detectLanguage(text)).not.toBe('und');
    else expect(detectLanguage(text)).toBe('und');
  });

  test.prop([arabicWord({ persian: true, diacritics: true })])('words of Arabic and Persian letters have ratio 1', (word) => {
    expect(arabicRatio(word)).toBe(1);
  });
});
