import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { reshape, unshape } from '../../src/display/index.js';
import { kindOf, LETTER, shapedLetters } from '../../src/display/joining.js';
import { normalize } from '../../src/normalize/index.js';
import { arabicText } from '../../src/testing/index.js';

// Harakat and other Arabic nonspacing marks: the only characters a lam-alef ligature jumps.
const ARABIC_MARK = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED\\u0897-\\u089F\\u08CA-\\u08E1\\u08E3-\\u08FF]';
const LAM_MARKS_ALEF = new RegExp(`\\u0644(${ARABIC_MARK}+)([\\u0622\\u0623\\u0625\\u0627])`, 'g');
/** What unshape(reshape(x)) gives back: x with the marks between lam and alef put after the alef. */
const marksAfterAlef = (text: string): string => text.replace(LAM_MARKS_ALEF, '\u0644$2$1');

/** Text that stresses joining: every shaped letter, lam + marks + alef, tatweel, ZWJ, ZWNJ, letters without forms. */
const shapingText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...shapedLetters()), weight: 10 },
      { arbitrary: fc.constantFrom('\u0644\u0627', '\u0644\u064E\u0627', '\u0644\u0651\u064E\u0623', '\u0644\u0652\u0625', '\u0644\u0622', '\u0644\u0670\u0627'), weight: 4 },
      { arbitrary: fc.constantFrom('\u064B', '\u064E', '\u0650', '\u0651', '\u0652', '\u0670', '\u0653', '\u06E1', '\u08F0'), weight: 4 },
      { arbitrary: fc.constantFrom('\u0640', '\u200D', '\u200C', '\u200E', '\u061C', '\u0301'), weight: 2 },
      // Letters with no presentation form: Pashto, Kurdish, Sindhi, Arabic Supplement.
      { arbitrary: fc.constantFrom('\u069A', '\u0695', '\u06AA', '\u06D5', '\u0681', '\u0750', '\u0677'), weight: 2 },
      { arbitrary: fc.constantFrom(' ', 'a', '1', '\u0661', '.', '\u060C', '\uD83D\uDE00', '\uD800', '\uFEFF'), weight: 2 },
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  shapingText,
  arabicText({ diacritics: true, tatweel: true, persian: true, latin: true, emoji: true, invisibles: true, digits: true, whitespace: true, loneSurrogates: true }),
);

describe('reshape and unshape (properties)', () => {
  test.prop([anyText], { examples: [['\u0644\u064E\u0627'], ['\u0644\u200E\u0627'], ['\u0644\u061C\u064E\u0627']] })(
    'unshape(reshape(x)) gives x back, marks between lam and alef after the alef',
    (text) => {
      expect(unshape(reshape(text))).toBe(marksAfterAlef(text));
    },
  );

  test.prop([fc.oneof(anyText, arabicText({ presentationForms: true, persian: true, tatweel: true, invisibles: true }))])(
    "normalize(reshape(x)) === normalize(x) (the 'search' preset)",
    (text) => {
      expect(normalize(reshape(text))).toBe(normalize(text));
    },
  );

  test.prop([anyText])('reshaped text has no letter left in its nominal form', (text) => {
    const shaped = reshape(text);
    for (let i = 0; i < shaped.length; i++) expect(kindOf(shaped.charCodeAt(i))).not.toBe(LETTER);
  });

  test.prop([fc.oneof(anyText, arabicText({ presentationForms: true }))])('reshape is idempotent', (text) => {
    const once = reshape(text);
    expect(reshape(once)).toBe(once);
  });

  test.prop([anyText, anyText])('a space separates what reshape does on either side', (a, b) => {
    expect(reshape(`${a} ${b}`)).toBe(`${reshape(a)} ${reshape(b)}`);
  });

  test.prop([anyText])('reshape shortens text only by its ligatures', (text) => {
    const shaped = reshape(text);
    const ligatures = [...shaped].filter((c) => c >= '\uFEF5' && c <= '\uFEFC').length;
    expect(shaped.length + ligatures).toBe(text.length);
  });
});
