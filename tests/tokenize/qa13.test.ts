// Round 13 of reading tokenize output on news: an Arabic name glued to «++» keeps its signs,
// as Latin «C++» does (the «سي++» that rounds 10 and 12 left; invented strings).
import { describe, expect, test } from 'vitest';
import { sentences, tokenize } from '../../src/tokenize/index.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.type]);

describe('an Arabic word glued to «++» is one word, as «C++» is', () => {
  test('C++ and J++ written in Arabic letters', () => {
    expect(pairs('تعلمت لغة سي++ وجافا')).toEqual([
      ['تعلمت', 'word'],
      ['لغة', 'word'],
      ['سي++', 'word'],
      ['وجافا', 'word'],
    ]);
    expect(pairs('فيجوال جيه++، ودلفي')).toEqual([
      ['فيجوال', 'word'],
      ['جيه++', 'word'],
      ['،', 'punctuation'],
      ['ودلفي', 'word'],
    ]);
  });

  test('with a proclitic, before a bracket or a period', () => {
    expect(pairs('لـسي++ (تنطق')).toEqual([
      ['لـسي++', 'word'],
      ['(', 'punctuation'],
      ['تنطق', 'word'],
    ]);
    expect(pairs('مدينة الفا++(عالمية)').slice(0, 3)).toEqual([
      ['مدينة', 'word'],
      ['الفا++', 'word'],
      ['(', 'punctuation'],
    ]);
    expect(sentences('تكتب بلغة سي++. ثم تترجم').map((s) => s.text)).toEqual(['تكتب بلغة سي++.', 'ثم تترجم']);
  });
});

describe('what stays as it was', () => {
  test('one glued «+» after an Arabic word is a symbol (a rating, a sum)', () => {
    expect(pairs('الفا+ ثم')).toEqual([
      ['الفا', 'word'],
      ['+', 'symbol'],
      ['ثم', 'word'],
    ]);
  });

  test('three signs, or a letter, digit or sign after the two, are not a name', () => {
    expect(pairs('سي+++')).toEqual([
      ['سي', 'word'],
      ['+', 'symbol'],
      ['+', 'symbol'],
      ['+', 'symbol'],
    ]);
    expect(pairs('سي++ب').map((p) => p[0])).toEqual(['سي', '+', '+', 'ب']);
    expect(pairs('سي++2').map((p) => p[0])).toEqual(['سي', '+', '+2']); // a signed number, as before
    expect(pairs('سي++#').map((p) => p[0])).toEqual(['سي', '+', '+', '#']);
  });

  test('«و++c» is the conjunction before «++c», and Latin names are as before', () => {
    expect(pairs('لغة c و++c').map((p) => p[0])).toEqual(['لغة', 'c', 'و', '+', '+', 'c']);
    expect(pairs('C++ و C#').map((p) => p[0])).toEqual(['C++', 'و', 'C#']);
  });
});
