// Round 16 of reading tokenize output on news: two leftovers of rounds 14 and 15. A masculine
// ordinal indicator «º» (U+00BA, a letter by its Unicode class) typed for a degree sign after
// digits was a word of its own, or took the digits after it («106º39» → 106, «º39»); it is now
// a symbol, as «°» is, and one unit symbol with a glued scale letter («1063ºم»). And a C++
// standard's year after «++» («C++11», «C++98», «C++0x») was cut into C, +, +11; it is now part
// of the name. Over the 16 unlabeled files 27 tokens change in 13 paragraphs, all better
// (invented strings).
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { sentences, tokenize } from '../../src/tokenize/index.js';

const pairs = (text: string): [string, string][] => tokenize(text).map((t) => [t.text, t.type]);

describe('«º» after digits is a degree sign', () => {
  test('an angle, a longitude with minutes, a temperature with its scale', () => {
    expect(pairs('كاميرا بزاوية 360º للسيارة')).toEqual([
      ['كاميرا', 'word'],
      ['بزاوية', 'word'],
      ['360', 'number'],
      ['º', 'symbol'],
      ['للسيارة', 'word'],
    ]);
    expect(pairs('خط الطول 112º17 شرقا')).toEqual([
      ['خط', 'word'],
      ['الطول', 'word'],
      ['112', 'number'],
      ['º', 'symbol'],
      ['17', 'number'],
      ['شرقا', 'word'],
    ]);
    expect(pairs('ينصهر عند (962ºم) تقريبا')).toEqual([
      ['ينصهر', 'word'],
      ['عند', 'word'],
      ['(', 'punctuation'],
      ['962', 'number'],
      ['ºم', 'symbol'],
      [')', 'punctuation'],
      ['تقريبا', 'word'],
    ]);
    expect(pairs('بلغت ٤٨ºC')).toEqual([
      ['بلغت', 'word'],
      ['٤٨', 'number'],
      ['ºC', 'symbol'],
    ]);
  });

  test('guards: «º» after a letter or alone stays a word; a longer word after it stays a word', () => {
    expect(pairs('nº 7')).toEqual([
      ['nº', 'word'],
      ['7', 'number'],
    ]);
    expect(pairs('الدرجة 30 º')).toEqual([
      ['الدرجة', 'word'],
      ['30', 'number'],
      ['º', 'word'],
    ]);
    expect(pairs('بلغت 30ºمئوية')).toEqual([
      ['بلغت', 'word'],
      ['30', 'number'],
      ['º', 'symbol'],
      ['مئوية', 'word'],
    ]);
  });

  test('the number keeps its value in entities and no sentence boundary moves', () => {
    expect(entities('وصلت الحرارة إلى 51º في الظل').map((e) => [e.type, e.text, e.value])).toEqual([['NUM', '51', 51]]);
    expect(sentences('تدور الكاميرا 360º. وتغطي المحيط كله.').map((s) => s.text)).toEqual(['تدور الكاميرا 360º.', 'وتغطي المحيط كله.']);
  });
});

describe('a C++ standard keeps its year', () => {
  test('«C++11», «C++98», «C++0x», after a proclitic and before punctuation', () => {
    expect(pairs('يدعم المترجم C++11 وC++14.')).toEqual([
      ['يدعم', 'word'],
      ['المترجم', 'word'],
      ['C++11', 'word'],
      ['وC++14', 'word'],
      ['.', 'punctuation'],
    ]);
    expect(pairs('معيار C++98 ثم C++0x')).toEqual([
      ['معيار', 'word'],
      ['C++98', 'word'],
      ['ثم', 'word'],
      ['C++0x', 'word'],
    ]);
  });

  test('guards: a bare «C++», a sum, a year too long, a glued Arabic word', () => {
    expect(pairs('لغة C++ و C#')).toEqual([
      ['لغة', 'word'],
      ['C++', 'word'],
      ['و', 'word'],
      ['C#', 'word'],
    ]);
    expect(pairs('a+1 x+y')).toEqual([
      ['a', 'word'],
      ['+', 'symbol'],
      ['1', 'number'],
      ['x', 'word'],
      ['+', 'symbol'],
      ['y', 'word'],
    ]);
    expect(pairs('C++2023').map(([t]) => t)).toEqual(['C', '+', '+2023']);
    expect(pairs('C++11الجديد').map(([t]) => t)).toEqual(['C', '+', '+11', 'الجديد']);
  });
});
