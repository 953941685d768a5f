// Round 14 of reading tokenize output on news: a '-' or '+' after a number (or its percent
// sign) and a space on the same line joins two numbers — a range, a score, a date — and is no
// sign of the number after it (invented strings).
import { describe, expect, test } from 'vitest';
import { sentences, tokenize } from '../../src/tokenize/index.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.type]);
const texts = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('a sign after a number and a space is a dash, not a sign', () => {
  test('a range of years, a score, a date', () => {
    expect(pairs('الخطة الخمسية 2015 -2019م')).toEqual([
      ['الخطة', 'word'],
      ['الخمسية', 'word'],
      ['2015', 'number'],
      ['-', 'punctuation'],
      ['2019', 'number'],
      ['م', 'word'],
    ]);
    expect(texts('فاز الفريق 2 -1 على ضيفه')).toEqual(['فاز', 'الفريق', '2', '-', '1', 'على', 'ضيفه']);
    expect(texts('حتى 30 -12 -1436هـ')).toEqual(['حتى', '30', '-', '12', '-', '1436', 'هـ']);
    expect(texts('(1893 -1896)')).toEqual(['(', '1893', '-', '1896', ')']);
  });

  test('after a percent sign, with a plus, in Arabic-Indic digits, after a no-break space', () => {
    expect(texts('بنسبة 20 % -30 %')).toEqual(['بنسبة', '20', '%', '-', '30', '%']);
    expect(pairs('في الدقيقة 90 +2')).toEqual([
      ['في', 'word'],
      ['الدقيقة', 'word'],
      ['90', 'number'],
      ['+', 'symbol'],
      ['2', 'number'],
    ]);
    expect(texts('الفترة ٢٠١٥ -٢٠١٩')).toEqual(['الفترة', '٢٠١٥', '-', '٢٠١٩']);
    expect(texts('بين 1990\u00A0-1995 و2000\t-2005')).toEqual(['بين', '1990', '-', '1995', 'و', '2000', '-', '2005']);
  });

  test('a text of 10⁴ spaced dashes gives a dash and a number for each', () => {
    expect(tokenize(`${'1 -'.repeat(1e4)}1`)).toHaveLength(20_001);
  });
});

describe('what stays as it was', () => {
  test('no sentence boundary moves', () => {
    expect(sentences('انتهت المباراة 2 -1. ثم غادر الفريق').map((s) => s.text)).toEqual([
      'انتهت المباراة 2 -1.',
      'ثم غادر الفريق',
    ]);
  });

  test('a sign after a word, a bracket or the start is a sign', () => {
    expect(texts('درجة الحرارة -5 و(+3)')).toEqual(['درجة', 'الحرارة', '-5', 'و', '(', '+3', ')']);
    expect(texts('-7 تحت الصفر')).toEqual(['-7', 'تحت', 'الصفر']);
  });

  test('after a number that has a sign of its own the next sign stays: a range of negatives', () => {
    expect(texts('ما بين -6 -1 درجة')).toEqual(['ما', 'بين', '-6', '-1', 'درجة']);
    expect(texts('−2 -2 +966')).toEqual(['−2', '-2', '+966']);
  });

  test('U+2212 MINUS SIGN is typed on purpose and stays a sign', () => {
    expect(texts('سجلت المحطة 12 −3 درجات')).toEqual(['سجلت', 'المحطة', '12', '−3', 'درجات']);
  });

  test('a new line, or more than eight spaces, keeps the sign', () => {
    expect(texts('عام 2015\n-3 نقاط')).toEqual(['عام', '2015', '-3', 'نقاط']);
    expect(texts(`1${' '.repeat(9)}-2`)).toEqual(['1', '-2']);
  });

  test('glued ranges and keycaps are as before', () => {
    expect(texts('2010-2015 50%-60%')).toEqual(['2010', '-', '2015', '50', '%', '-', '60', '%']);
    expect(pairs('1 -1️⃣').map((p) => p[1])).toEqual(['number', 'punctuation', 'emoji']);
  });

  test('a chain of signed numbers stays signed', () => {
    expect(tokenize('-1 '.repeat(1e4))).toHaveLength(10_000);
  });
});
