// Round 11 of reading tokenize output on news: the degree sign and its scale letter, from a
// scan of token shapes over the 16 unlabeled files. Invented strings.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { sentences, tokenize } from '../../src/tokenize/index.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.type]);

describe('a degree sign with its scale letter is one unit symbol, as «℃» is', () => {
  test('Latin «°C» «°F» «°K» after a number, glued or spaced, are one symbol', () => {
    expect(pairs('بين 25 و30 °C (77 °F)')).toEqual([
      ['بين', 'word'],
      ['25', 'number'],
      ['و', 'word'],
      ['30', 'number'],
      ['°C', 'symbol'],
      ['(', 'punctuation'],
      ['77', 'number'],
      ['°F', 'symbol'],
      [')', 'punctuation'],
    ]);
    expect(pairs('نحو -4.3°C و5°K')).toEqual([
      ['نحو', 'word'],
      ['-4.3', 'number'],
      ['°C', 'symbol'],
      ['و', 'word'],
      ['5', 'number'],
      ['°K', 'symbol'],
    ]);
  });

  test('the Arabic initials «°م» «°س» «°ف» «°ك» are one symbol too', () => {
    expect(pairs('تبلغ 42.5 °م، و46°م؛ ثم 500°س.')).toEqual([
      ['تبلغ', 'word'],
      ['42.5', 'number'],
      ['°م', 'symbol'],
      ['،', 'punctuation'],
      ['و', 'word'],
      ['46', 'number'],
      ['°م', 'symbol'],
      ['؛', 'punctuation'],
      ['ثم', 'word'],
      ['500', 'number'],
      ['°س', 'symbol'],
      ['.', 'punctuation'],
    ]);
    expect(pairs('حوالي 38 °ف (3.3 °م) و273 °ك')).toEqual([
      ['حوالي', 'word'],
      ['38', 'number'],
      ['°ف', 'symbol'],
      ['(', 'punctuation'],
      ['3.3', 'number'],
      ['°م', 'symbol'],
      [')', 'punctuation'],
      ['و', 'word'],
      ['273', 'number'],
      ['°ك', 'symbol'],
    ]);
  });

  test('a letter of the other script after the unit is a missing space', () => {
    expect(pairs('بلغت 20°Cوفي')).toEqual([
      ['بلغت', 'word'],
      ['20', 'number'],
      ['°C', 'symbol'],
      ['وفي', 'word'],
    ]);
  });

  test('a temperature before a period ends the sentence', () => {
    expect(sentences('تصل الحرارة إلى 27°م. وتتراوح الرطوبة بين 70% و80%.').map((s) => s.text)).toEqual([
      'تصل الحرارة إلى 27°م.',
      'وتتراوح الرطوبة بين 70% و80%.',
    ]);
  });

  test('guards: a lone sign, a longer word, other letters and «℃» are as before', () => {
    expect(pairs('زاوية 90° و20°مئوية و20° فهرنهايت')).toEqual([
      ['زاوية', 'word'],
      ['90', 'number'],
      ['°', 'symbol'],
      ['و', 'word'],
      ['20', 'number'],
      ['°', 'symbol'],
      ['مئوية', 'word'],
      ['و', 'word'],
      ['20', 'number'],
      ['°', 'symbol'],
      ['فهرنهايت', 'word'],
    ]);
    expect(pairs('خط 30°N و12°Ce و20℃ و5°مـ')).toEqual([
      ['خط', 'word'],
      ['30', 'number'],
      ['°', 'symbol'],
      ['N', 'word'],
      ['و', 'word'],
      ['12', 'number'],
      ['°', 'symbol'],
      ['Ce', 'word'],
      ['و', 'word'],
      ['20', 'number'],
      ['℃', 'symbol'],
      ['و', 'word'],
      ['5', 'number'],
      ['°', 'symbol'],
      ['مـ', 'word'],
    ]);
  });

  test('guard: the number before the unit is still a numeric entity', () => {
    expect(entities('بلغت الحرارة 45°م في الظل').map((e) => [e.type, e.text])).toEqual([['NUM', '45']]);
  });
});
