// Round 8 of reading tokenize output on news (ANT) and Tashkeela paragraphs. Invented strings.
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.type]);

describe('a hyphen right after a percent sign joins a range, it is not a sign', () => {
  test('«50%-60%» is 50, %, -, 60, %', () => {
    expect(pairs('بين 50%-60%')).toEqual([
      ['بين', 'word'],
      ['50', 'number'],
      ['%', 'symbol'],
      ['-', 'punctuation'],
      ['60', 'number'],
      ['%', 'symbol'],
    ]);
    expect(pairs('٢٠٪-٣٠٪').map((p) => p[0])).toEqual(['٢٠', '٪', '-', '٣٠', '٪']);
    expect(pairs('1.5 %−2.5 %').map((p) => p[0])).toEqual(['1.5', '%', '−', '2.5', '%']);
  });

  test('guards: a sign after a word, a bracket or «=» stays a sign; a spaced range is a dash', () => {
    expect(pairs('تراجع -3.5% و(+2%)').map((p) => p[0])).toEqual(['تراجع', '-3.5', '%', 'و', '(', '+2', '%', ')']);
    // round 8 kept this sign; since round 14 a sign after a number or its percent sign and a
    // space on the same line is a dash (all 6 «% -» in the 16 unlabeled files are ranges)
    expect(pairs('20% -30%').map((p) => p[0])).toEqual(['20', '%', '-', '30', '%']);
    expect(pairs('2010-2015').map((p) => p[0])).toEqual(['2010', '-', '2015']);
  });
});

describe('superscript and subscript digits glued to a word belong to it', () => {
  test('units with an exponent are one word: «كم²», «م³», «km²»', () => {
    expect(pairs('مساحتها 500 كم². وحجمه 3 م³')).toEqual([
      ['مساحتها', 'word'],
      ['500', 'number'],
      ['كم²', 'word'],
      ['.', 'punctuation'],
      ['وحجمه', 'word'],
      ['3', 'number'],
      ['م³', 'word'],
    ]);
    expect(pairs('10 km² و5 m³').map((p) => p[0])).toEqual(['10', 'km²', 'و', '5', 'm³']);
  });

  test('chemical formulas with subscripts stay whole: «CO₂», «H₂O»', () => {
    expect(pairs('غاز CO₂ وH₂O')).toEqual([
      ['غاز', 'word'],
      ['CO₂', 'word'],
      ['وH₂O', 'word'],
    ]);
  });

  test('an Arabic word ends after its exponent: a missing space before the next word', () => {
    expect(pairs('كم²وعدد').map((p) => p[0])).toEqual(['كم²', 'وعدد']);
  });

  test('guards: an exponent after a number, a bracket or a space stays a symbol', () => {
    expect(pairs('10² (كم)²').map((p) => p[0])).toEqual(['10', '²', '(', 'كم', ')', '²']);
    expect(pairs('كم ²')).toEqual([
      ['كم', 'word'],
      ['²', 'symbol'],
    ]);
  });
});

describe('a prepended number mark belongs to the digits it encloses (one grapheme cluster)', () => {
  test('«۝١٢» END OF AYAH and «؀١٢٣» ARABIC NUMBER SIGN are numbers', () => {
    expect(pairs('وَٱلضُّحَىٰ ۝١ وَٱلَّيْلِ')).toEqual([
      ['وَٱلضُّحَىٰ', 'word'],
      ['۝١', 'number'],
      ['وَٱلَّيْلِ', 'word'],
    ]);
    expect(pairs('\u0600١٢٣')).toEqual([['\u0600١٢٣', 'number']]);
  });

  test('guards: the mark alone, or before a space, stays a symbol; bidi marks are unchanged', () => {
    expect(pairs('۝ ١').map((p) => p[1])).toEqual(['symbol', 'number']);
    expect(pairs('\u200F12')).toEqual([
      ['\u200F', 'symbol'],
      ['12', 'number'],
    ]);
  });
});

describe('a plus glued to a Latin name, and a sharp after one Latin letter, are part of the word', () => {
  test('«C++», «Google+», «B+», «O+», «C#», «F#»', () => {
    expect(pairs('لغة C++ وC# وF#').map((p) => p[0])).toEqual(['لغة', 'C++', 'وC#', 'وF#']);
    expect(pairs('خدمة Google+ وتصنيف B+، وفصيلة O+.')).toEqual([
      ['خدمة', 'word'],
      ['Google+', 'word'],
      ['وتصنيف', 'word'],
      ['B+', 'word'],
      ['،', 'punctuation'],
      ['وفصيلة', 'word'],
      ['O+', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  test('guards: a plus between operands, after digits or after an Arabic word is unchanged', () => {
    expect(pairs('A+B x+1 5+1 نعم+').map((p) => p[0])).toEqual(['A', '+', 'B', 'x', '+', '1', '5', '+', '1', 'نعم', '+']);
    expect(pairs('1.5e+10').map((p) => p[0])).toEqual(['1.5', 'e', '+', '10']);
    expect(pairs('AB#').map((p) => p[0])).toEqual(['AB', '#']);
    expect(pairs('#C').map((p) => p[1])).toEqual(['hashtag']);
  });
});
