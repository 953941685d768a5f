// Round 9 of reading tokenize output on news (SaudiNewsNet, Wikipedia) and a targeted scan of
// the 16 unlabeled files. Invented strings.
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.type]);

describe('an ampersand between capital initials is part of the name', () => {
  test('«AT&T», «S&P», «H&M», «Q&A» are one word', () => {
    expect(pairs('شركة AT&T ومؤشر S&P 500')).toEqual([
      ['شركة', 'word'],
      ['AT&T', 'word'],
      ['ومؤشر', 'word'],
      ['S&P', 'word'],
      ['500', 'number'],
    ]);
    expect(pairs('متجر H&M، وجلسة Q&A.').map((p) => p[0])).toEqual(['متجر', 'H&M', '،', 'وجلسة', 'Q&A', '.']);
    expect(pairs('(R&D) ولـAT&T').map((p) => p[0])).toEqual(['(', 'R&D', ')', 'ولـAT&T']);
  });

  test('guards: lower case, spaced, long or digit-glued sides keep «&» a symbol', () => {
    expect(pairs('You&You').map((p) => p[0])).toEqual(['You', '&', 'You']);
    expect(pairs('BA&Sc').map((p) => p[0])).toEqual(['BA', '&', 'Sc']);
    expect(pairs('AT & T').map((p) => p[0])).toEqual(['AT', '&', 'T']);
    expect(pairs('S&P500').map((p) => p[0])).toEqual(['S', '&', 'P500']);
    expect(pairs('NASDAQ&DOW').map((p) => p[0])).toEqual(['NASDAQ', '&', 'DOW']);
    expect(pairs('A&Bوقال').map((p) => p[0])).toEqual(['A', '&', 'B', 'وقال']);
    expect(pairs('كتب&قرأ').map((p) => p[0])).toEqual(['كتب', '&', 'قرأ']);
    expect(pairs('x&y').map((p) => p[0])).toEqual(['x', '&', 'y']);
  });
});
