// The scan behind tokenize round 12's quotation '+' remembers the stretch of a line it has
// read (no quotation mark, no line break), so that a text of many '+' is read once rather
// than 1,200 code units per sign. These tests pin the window that decides, the reset between
// inputs, and the agreement of the one-call and chunked scans.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { TOKEN_TYPES, tokenize, tokenSpans } from '../../src/tokenize/index.js';

const plusTypes = (text: string): string[] => tokenize(text).filter((t) => t.text === '+').map((t) => t.type);

describe('a quotation mark counts within 600 code units on the same line', () => {
  test('before the opening sign: 600 units away counts, 601 does not', () => {
    expect(plusTypes('"' + ' '.repeat(599) + '+نعم+ قال')).toEqual(['punctuation', 'punctuation']);
    expect(plusTypes('"' + ' '.repeat(600) + '+نعم+ قال')).toEqual(['symbol', 'symbol']);
  });

  test('after the opening sign: fewer than 600 units away counts', () => {
    // the opening sign at 0, the quotation mark at 5 + m
    expect(plusTypes('+نعم+' + ' '.repeat(594) + '"')).toEqual(['punctuation', 'punctuation']);
    expect(plusTypes('+نعم+' + ' '.repeat(595) + '"')).toEqual(['symbol', 'symbol']);
  });

  test('a line break between the sign and the quotation mark ends the search, either way', () => {
    expect(plusTypes('"قال\n+نعم+ ثم')).toEqual(['symbol', 'symbol']);
    expect(plusTypes('+نعم+ ثم\r"قال"')).toEqual(['symbol', 'symbol']);
    expect(plusTypes('قال\n"+نعم+ ثم"')).toEqual(['punctuation', 'punctuation']);
  });

  test('in a long run of pairs only those near the quotation mark are quotes', () => {
    const text = '"' + ' +ا+'.repeat(1000);
    const types = plusTypes(text);
    expect(types).toHaveLength(2000);
    // pair k opens at 2 + 4k: it counts while 2 + 4k <= 600
    expect(types.filter((t) => t === 'punctuation')).toHaveLength(2 * 150);
    expect(types.slice(0, 300).every((t) => t === 'punctuation')).toBe(true);
  });
});

describe('what the scan remembers belongs to one input', () => {
  test('a quoting text before does not make the next one quote', () => {
    expect(plusTypes('قال "نعم" +ا+ ثم')).toEqual(['punctuation', 'punctuation']);
    expect(plusTypes('قال نعم +ا+ ثم')).toEqual(['symbol', 'symbol']);
    expect(plusTypes(' '.repeat(40) + '+ا+ ثم')).toEqual(['symbol', 'symbol']);
  });

  const piece = fc.constantFrom('+', '+', 'ا', 'بي', 'و', ' ', ' ', '"', '«', '»', '\n', '7', '.');
  const text = fc.array(piece, { maxLength: 400 }).map((p) => p.join(''));

  test.prop([text, text])('tokenize(s) is the same after any other input, and tokenSpans agrees', (s, t) => {
    const fresh = tokenize(s).map((k) => [k.start, k.end, k.type]);
    tokenize(t);
    expect(tokenize(s).map((k) => [k.start, k.end, k.type])).toEqual(fresh);
    tokenize(t + s);
    const spans = tokenSpans(s);
    const viaSpans = [];
    for (let k = 0; k < spans.length; k++) viaSpans.push([spans.starts[k], spans.ends[k], TOKEN_TYPES[spans.types[k]!]]);
    expect(viaSpans).toEqual(fresh);
  });
});
