// Inputs built to trip backtracking or quadratic scanners. These check correctness only;
// their timings are printed by bench/tokenize.ts.
import { describe, expect, test } from 'vitest';
import { sentences, tokenize } from '../../src/tokenize/index.js';

const N = 100_000;
/** Size of the extra patterns below (not in the brief): smaller, to keep the suite fast. */
const M = 20_000;

describe('adversarial inputs finish with the right tokens', () => {
  test('one 10 MB word', () => {
    const word = 'كتب'.repeat(3_500_000);
    expect(word.length).toBeGreaterThanOrEqual(10_000_000);
    const tokens = tokenize(word);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.end).toBe(word.length);
    expect(sentences(word)).toHaveLength(1);
  });

  test('one 1 MB Latin word (every URL and e-mail detector reads it)', () => {
    const word = 'a'.repeat(1_000_000);
    expect(tokenize(word).map((t) => [t.type, t.end])).toStrictEqual([['word', word.length]]);
  });

  test('10^5 dots are one punctuation token and one sentence', () => {
    const dots = '.'.repeat(N);
    expect(tokenize(dots).map((t) => [t.type, t.end])).toStrictEqual([['punctuation', N]]);
    expect(sentences(dots)).toHaveLength(1);
  });

  test("10^5 '@' are 10^5 symbols", () => {
    const ats = '@'.repeat(N);
    const tokens = tokenize(ats);
    expect(tokens).toHaveLength(N);
    expect(tokens.every((t) => t.type === 'symbol' && t.end - t.start === 1)).toBe(true);
    expect(sentences(ats)).toHaveLength(1);
  });

  test("'http://' × 10^5 is one URL", () => {
    const urls = 'http://'.repeat(N);
    expect(tokenize(urls).map((t) => [t.type, t.end])).toStrictEqual([['url', urls.length]]);
    expect(sentences(urls)).toHaveLength(1);
  });

  test('alternating letters and dots, digits and dots, a@ pairs, www. chains', () => {
    const letters = 'a.'.repeat(M);
    expect(tokenize(letters)).toHaveLength(2 * M);
    const digits = '1.'.repeat(M) + 'x';
    const dt = tokenize(digits);
    expect(dt[0]!.type).toBe('number');
    expect(dt[0]!.end).toBe(2 * M - 1);
    const at = 'a@'.repeat(M);
    expect(tokenize(at)).toHaveLength(2 * M);
    const www = 'www.'.repeat(M);
    const wt = tokenize(www);
    expect(wt[0]!.type).toBe('url');
    expect(wt.map((t) => t.text).join('')).toBe(www);
  });

  test('Arabic and Latin letters alternating (each switch asks for an address), proclitic + #, ر between digits', () => {
    const mixed = 'بa'.repeat(M);
    expect(tokenize(mixed).map((t) => [t.type, t.end])).toStrictEqual([['word', 2 * M]]);
    const dotted = 'بa.'.repeat(M);
    expect(tokenize(dotted)).toHaveLength(2 * M);
    const glued = 'بa@b.'.repeat(M) + 'com';
    expect(tokenize(glued).map((t) => t.text).join('')).toBe(glued);
    const proclitic = 'و#'.repeat(M) + 'ـ'.repeat(M) + '#x';
    expect(tokenize(proclitic).map((t) => t.text).join('')).toBe(proclitic);
    const reh = '1ر'.repeat(M) + '1';
    expect(tokenize(reh).map((t) => [t.type, t.end])).toStrictEqual([['number', reh.length]]);
  });

  test('sentences of many one-letter abbreviations and of many line breaks', () => {
    expect(sentences('د. '.repeat(N))).toHaveLength(1);
    expect(sentences('كلمة\n'.repeat(M))).toHaveLength(M);
  });

  test('sentences of many quotes glued after a period (each asks whether the quote opens)', () => {
    // initials: no period ends the sentence, so the count of quotes must go on, not restart
    expect(sentences('"س.'.repeat(N))).toHaveLength(1);
    expect(sentences('كلمة."كلمة'.repeat(M))).toHaveLength(M + 1);
    expect(sentences('كلمة.«كلمة'.repeat(M))).toHaveLength(M + 1);
  });
});
