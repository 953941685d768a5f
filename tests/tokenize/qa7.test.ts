// Regression tests found by the property tests at 15 times their runs (round 7).
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.type]);

describe('a mention or hashtag starts with a letter, a digit or «_»', () => {
  test('a mark right after «@» or «#» stays with the sign, so no mention or hashtag starts', () => {
    expect(pairs('@ّ')).toEqual([['@ّ', 'symbol']]);
    expect(pairs('0@ّ')).toEqual([['0', 'number'], ['@ّ', 'symbol']]);
    expect(pairs('#ّوسم')).toEqual([['#ّ', 'symbol'], ['وسم', 'word']]);
    expect(pairs('@ـعلي')).toEqual([['@', 'symbol'], ['ـعلي', 'word']]);
  });

  test('names that start with a letter, a digit or «_» are kept as before', () => {
    expect(pairs('@علي_حسن')).toEqual([['@علي_حسن', 'mention']]);
    expect(pairs('@١٢٣')).toEqual([['@١٢٣', 'mention']]);
    expect(pairs('@_x')).toEqual([['@_x', 'mention']]);
    expect(pairs('#وسم_عربي')).toEqual([['#وسم_عربي', 'hashtag']]);
    expect(pairs('#كأس_العالم2022')).toEqual([['#كأس_العالم2022', 'hashtag']]);
  });
});
