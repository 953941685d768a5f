// Round 10 of reading tokenize output on news (ANT v2.1, Wikipedia) and a scan of token shapes
// over the 16 unlabeled files. Invented strings.
import { describe, expect, test } from 'vitest';
import { sentences, tokenize } from '../../src/tokenize/index.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.type]);

describe('a tatweel standing apart from any letter is a dash', () => {
  test('spaced «ـ» «ــ» between words, dates and numbers are punctuation, as «-» is', () => {
    expect(pairs('قال ـ رحمه الله ـ إن')).toEqual([
      ['قال', 'word'],
      ['ـ', 'punctuation'],
      ['رحمه', 'word'],
      ['الله', 'word'],
      ['ـ', 'punctuation'],
      ['إن', 'word'],
    ]);
    expect(pairs('الحدود العراقية ــ السورية')).toEqual([
      ['الحدود', 'word'],
      ['العراقية', 'word'],
      ['ــ', 'punctuation'],
      ['السورية', 'word'],
    ]);
    expect(pairs('عام 1990م ـ 1410هـ')).toEqual([
      ['عام', 'word'],
      ['1990', 'number'],
      ['م', 'word'],
      ['ـ', 'punctuation'],
      ['1410', 'number'],
      ['هـ', 'word'],
    ]);
  });

  test('glued to a list number or to the number after it, still a dash', () => {
    expect(pairs('2ـ الشرط الثاني')).toEqual([
      ['2', 'number'],
      ['ـ', 'punctuation'],
      ['الشرط', 'word'],
      ['الثاني', 'word'],
    ]);
    expect(pairs('(1850 ـــ1910)')).toEqual([
      ['(', 'punctuation'],
      ['1850', 'number'],
      ['ـــ', 'punctuation'],
      ['1910', 'number'],
      [')', 'punctuation'],
    ]);
  });

  test('guards: tatweel with letters stays in the word; with a diacritic, or a diacritic alone, a symbol', () => {
    expect(pairs('كتـــاب الـ 25 بـ"الأمس" ـالكتاب')).toEqual([
      ['كتـــاب', 'word'],
      ['الـ', 'word'],
      ['25', 'number'],
      ['بـ', 'word'],
      ['"', 'punctuation'],
      ['الأمس', 'word'],
      ['"', 'punctuation'],
      ['ـالكتاب', 'word'],
    ]);
    expect(pairs('\u0651 ـّ ـً')).toEqual([
      ['\u0651', 'symbol'],
      ['ـّ', 'symbol'],
      ['ـً', 'symbol'],
    ]);
    expect(pairs('@ـعلي')).toEqual([
      ['@', 'symbol'],
      ['ـعلي', 'word'],
    ]);
  });

  test('guard: a sentence set off by tatweel dashes is still one sentence', () => {
    expect(sentences('وكان الوزير ـ كما قال مكتبه ـ في زيارة رسمية. ثم عاد.').map((s) => s.text)).toEqual([
      'وكان الوزير ـ كما قال مكتبه ـ في زيارة رسمية.',
      'ثم عاد.',
    ]);
  });
});
