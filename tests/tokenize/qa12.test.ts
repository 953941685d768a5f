// Round 12 of reading tokenize output on news: the '+' that wire copy sets for quotation
// marks, from a scan of '+' glued to Arabic letters over the 16 unlabeled files. Invented strings.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { sentences, tokenize } from '../../src/tokenize/index.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.type]);

describe('a pair of «+» set for quotation marks is punctuation, as «"» is', () => {
  test('the opening sign before the first letter and the closing one after the last', () => {
    expect(pairs('وقال "الرجل صرخ +يحيا الوطن+ ثم هرب"')).toEqual([
      ['وقال', 'word'],
      ['"', 'punctuation'],
      ['الرجل', 'word'],
      ['صرخ', 'word'],
      ['+', 'punctuation'],
      ['يحيا', 'word'],
      ['الوطن', 'word'],
      ['+', 'punctuation'],
      ['ثم', 'word'],
      ['هرب', 'word'],
      ['"', 'punctuation'],
    ]);
  });

  test('a quote ending in a number, one after a proclitic, one before a quotation mark', () => {
    expect(pairs('قال "يخص الطائرة +بي 737+ أم لا"')).toEqual([
      ['قال', 'word'],
      ['"', 'punctuation'],
      ['يخص', 'word'],
      ['الطائرة', 'word'],
      ['+', 'punctuation'],
      ['بي', 'word'],
      ['737', 'number'],
      ['+', 'punctuation'],
      ['أم', 'word'],
      ['لا', 'word'],
      ['"', 'punctuation'],
    ]);
    expect(pairs('"إن +قناة أ+ و+قناة ب+ تكذبان"')).toEqual([
      ['"', 'punctuation'],
      ['إن', 'word'],
      ['+', 'punctuation'],
      ['قناة', 'word'],
      ['أ', 'word'],
      ['+', 'punctuation'],
      ['و', 'word'],
      ['+', 'punctuation'],
      ['قناة', 'word'],
      ['ب', 'word'],
      ['+', 'punctuation'],
      ['تكذبان', 'word'],
      ['"', 'punctuation'],
    ]);
    expect(pairs('على غرار «+عملية الصحراء+»')).toEqual([
      ['على', 'word'],
      ['غرار', 'word'],
      ['«', 'punctuation'],
      ['+', 'punctuation'],
      ['عملية', 'word'],
      ['الصحراء', 'word'],
      ['+', 'punctuation'],
      ['»', 'punctuation'],
    ]);
  });

  test('guards: a lone glued sign, a sum, a list mark and a line with no quotes keep «+» a symbol', () => {
    const plusTypes = (text: string): string[] => tokenize(text).filter((t) => t.text === '+').map((t) => t.type);
    expect(plusTypes('خفضت التصنيف من "بي بي+" إلى "بي بي"')).toEqual(['symbol']);
    expect(plusTypes('"(أ+ب)+ج = أ+(ب + ج)"')).toEqual(['symbol', 'symbol', 'symbol', 'symbol']);
    expect(plusTypes('"الفريق الأول +الفريق الثاني +الفريق الثالث"')).toEqual(['symbol', 'symbol']);
    expect(plusTypes('الوزن الكلي [وزن الهواء +وزن الهيكل+ أي الحمولة]')).toEqual(['symbol', 'symbol']);
    expect(plusTypes('قال "لغة سي ++ و C++ و 3+4"')).toEqual(['symbol', 'symbol', 'symbol']);
    expect(plusTypes('قال "فوق +18" فقط')).toEqual([]);
  });

  test('guard: sentences and entities read the quoted words as before', () => {
    expect(sentences('قال المعتدي "صرخ +يحيا الوطن+". وعاد لاحقا.').map((s) => s.text)).toEqual([
      'قال المعتدي "صرخ +يحيا الوطن+".',
      'وعاد لاحقا.',
    ]);
    expect(entities('قال "نشرت +قائمة+ من 50 شخصا"').map((e) => [e.type, e.text])).toEqual([['NUM', '50']]);
  });
});
