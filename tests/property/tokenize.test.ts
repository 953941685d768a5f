import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isFormatMark } from '../../src/chars/code-units.js';
import { normalize } from '../../src/normalize/index.js';
import { arabicWord, emoji, loneSurrogate, whitespaceChar } from '../../src/testing/index.js';
import { sentences, tokenize } from '../../src/tokenize/index.js';
import type { Sentence, Token } from '../../src/tokenize/index.js';
import { richText } from '../helpers/arbitraries.js';

const WHITE_SPACE = /^\p{White_Space}$/u;
const isSpace = (ch: string): boolean => WHITE_SPACE.test(ch);


/** Pieces that meet at token boundaries: URLs, e-mail, signs, hashtags, glued with or without space. */
const piece = fc.oneof(
  { arbitrary: arabicWord({ diacritics: true, tatweel: true, invisibles: true, persian: true }), weight: 6 },
  { arbitrary: fc.constantFrom('3.4', '٣٫٥', '1,000', '١٬٠٠٠', '2024', '٠٤', '۱۲'), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      'https://ar.wikipedia.org/wiki/منظمة_شنغهاي?a=1&b=ب#x',
      'www.sco.int',
      'x.com/path',
      'bit.ly/3ab',
      'http://',
      'info@sco.int',
      'a.b@c',
      '@user_1',
      '@أحمد',
      '#وسوم_عربية',
      '#1',
      'e.g.',
      'G20',
      "don't",
    ),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(...'.،؛؟!?«»"\'()[]/-−+%٪@#_:…*&=$'.split(''), '...', '؟!', '👍🏽', '🇸🇦', '1️⃣', '❤️', '©', '\u200D', '\uFE0F', '\u0651', '²', '₂', '\u06DD', '\u0600', 'C'),
    weight: 3,
  },
  { arbitrary: emoji(), weight: 1 },
  { arbitrary: loneSurrogate(), weight: 1 },
  { arbitrary: fc.stringMatching(/^[a-z0-9.@:/-]{1,8}$/), weight: 1 },
);
const glue = fc.oneof(
  { arbitrary: fc.constant(''), weight: 3 },
  { arbitrary: fc.constant(' '), weight: 3 },
  { arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\u00A0'), weight: 1 },
  { arbitrary: whitespaceChar(), weight: 1 },
);
const gluedText = fc
  .array(fc.tuple(piece, glue), { maxLength: 14 })
  .map((parts) => parts.map(([p, g]) => p + g).join(''));

const anyText = fc.oneof(richText, gluedText, fc.string({ unit: 'binary', maxLength: 30 }));

function checkTokens(input: string, tokens: Token[]): void {
  let previousEnd = 0;
  const covered = new Uint8Array(input.length);
  for (const token of tokens) {
    expect(token.start).toBeGreaterThanOrEqual(previousEnd);
    expect(token.end).toBeGreaterThan(token.start);
    expect(input.slice(token.start, token.end)).toBe(token.text);
    for (let i = token.start; i < token.end; i++) covered[i] = 1;
    previousEnd = token.end;
  }
  // every code unit is covered exactly when it is not white space (tokens hold none)
  for (let i = 0; i < input.length; i++) {
    expect([i, covered[i] === 1]).toStrictEqual([i, !isSpace(input[i]!)]);
  }
}

/** A text ending in a number or a percent sign, and one opening with a '-' or '+' (afterSpacedNumber in src/tokenize/scan.ts). */
const SPACED_SIGN_BEFORE = /[\p{Nd}%٪‰‱]\s*$/u;
const SPACED_SIGN_AFTER = /^\s*[-+]/;

const shift = <T extends { start: number; end: number }>(items: T[], by: number): T[] =>
  items.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));

describe('tokenize properties', () => {
  test.prop([anyText], { numRuns: 400 })('tokens are ordered, disjoint, equal their slices and cover all non-white space once', (input) => {
    checkTokens(input, tokenize(input));
  });

  test.prop([anyText, anyText], { numRuns: 300 })("tokenize(a + ' ' + b) is tokenize(a) then tokenize(b) shifted", (a, b) => {
    // by design a '-' or '+' after a number across white space joins two numbers («2015 -2019»,
    // «فاز 2 -1»; tokenize QA round 14), so it is no sign of the number after it there (a CI
    // failure at seed 1915294504: « 0» and «-0/»)
    if (SPACED_SIGN_BEFORE.test(a) && SPACED_SIGN_AFTER.test(b)) return;
    expect(tokenize(`${a} ${b}`)).toStrictEqual([...tokenize(a), ...shift(tokenize(b), a.length + 1)]);
  });

  test.prop([anyText], { numRuns: 200 })('each token re-tokenized alone is the same single token', (input) => {
    for (const token of tokenize(input)) {
      expect(tokenize(token.text).map((t) => [t.text, t.type])).toStrictEqual([[token.text, token.type]]);
    }
  });

  test.prop([anyText, fc.constantFrom('clean', 'search', 'aggressive' as const)], { numRuns: 150 })(
    'options.normalize adds normalize(token.text) and changes nothing else',
    (input, preset) => {
      const plain = tokenize(input);
      const withNormal = tokenize(input, { normalize: preset });
      expect(withNormal.map(({ normal: _n, ...rest }) => rest)).toStrictEqual(plain);
      for (const token of withNormal) expect(token.normal).toBe(normalize(token.text, preset));
    },
  );
});

function checkSentences(input: string, list: Sentence[]): void {
  let previousEnd = 0;
  for (const s of list) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(isSpace(s.text[0]!)).toBe(false);
    expect(isSpace(s.text[s.text.length - 1]!)).toBe(false);
    previousEnd = s.end;
  }
}

describe('sentences properties', () => {
  test.prop([anyText], { numRuns: 400 })('sentences are in bounds, ordered, trimmed and equal their slices', (input) => {
    checkSentences(input, sentences(input));
  });

  test.prop([anyText], { numRuns: 200 })('every token lies inside exactly one sentence (a sentence of format marks only is left out)', (input) => {
    const list = sentences(input);
    let k = 0;
    for (const token of tokenize(input)) {
      while (k < list.length && list[k]!.end <= token.start) k++;
      // a token of invisible format characters (BOM, RLM, soft hyphen) may stand outside any
      // sentence when nothing else is on its line
      if ([...token.text].every((c) => isFormatMark(c.charCodeAt(0))) && (k === list.length || list[k]!.start > token.start)) continue;
      expect(k).toBeLessThan(list.length);
      expect(token.start).toBeGreaterThanOrEqual(list[k]!.start);
      expect(token.end).toBeLessThanOrEqual(list[k]!.end);
    }
  });

  test.prop([anyText, anyText], { numRuns: 200 })("a blank line separates: sentences(a + '\\n\\n' + b) is sentences(a) then sentences(b)", (a, b) => {
    expect(sentences(`${a}\n\n${b}`)).toStrictEqual([...sentences(a), ...shift(sentences(b), a.length + 2)]);
  });
});
