import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { TOKEN_TYPES, tokenize, tokenSpans } from '../../src/tokenize/index.js';
import { arabicText, arabicWord, emoji, loneSurrogate } from '../../src/testing/index.js';
import { richText } from '../helpers/arbitraries.js';

/** tokenSpans read back as tokenize's objects. */
function asTokens(text: string): { text: string; start: number; end: number; type: string }[] {
  const { length, starts, ends, types } = tokenSpans(text);
  const out = [];
  for (let k = 0; k < length; k++) out.push({ text: text.slice(starts[k]!, ends[k]!), start: starts[k]!, end: ends[k]!, type: TOKEN_TYPES[types[k]!]! });
  return out;
}

describe('tokenSpans', () => {
  test('gives the spans and types of tokenize as typed arrays of exact length', () => {
    const text = 'قال بيسكوف لوكالة "نوفوستي" في 4 يوليو/تموز: https://sco.int 60% 👍🏽';
    const spans = tokenSpans(text);
    expect(spans.starts).toBeInstanceOf(Int32Array);
    expect(spans.ends).toBeInstanceOf(Int32Array);
    expect(spans.types).toBeInstanceOf(Uint8Array);
    expect([spans.starts.length, spans.ends.length, spans.types.length]).toEqual([spans.length, spans.length, spans.length]);
    expect(asTokens(text)).toEqual(tokenize(text));
  });

  test('grows past its first estimate on dense text (one-letter tokens)', () => {
    const text = '،'.repeat(50_000) + ' ا'.repeat(30_000);
    const spans = tokenSpans(text);
    expect(spans.length).toBe(80_000);
    expect(spans.types.length).toBe(80_000);
    expect(asTokens(text)).toEqual(tokenize(text));
  });

  test('returns arrays of its own: a second call does not change the first result', () => {
    const a = tokenSpans('منظمة شنغهاي للتعاون');
    const before = Array.from(a.starts);
    tokenSpans('قمة أستانة، 4 يوليو 2024، بحضور قادة الدول');
    expect(Array.from(a.starts)).toEqual(before);
  });

  test('the empty string and white space give no tokens', () => {
    expect(tokenSpans('').length).toBe(0);
    expect(tokenSpans(' \n\t ').length).toBe(0);
  });

  const glued = fc.array(fc.oneof(arabicWord(), emoji(), loneSurrogate(), fc.constantFrom('.', '@', 'http://', ' ', '١٬٠٠٠'))).map((p) => p.join(''));
  test.prop([fc.oneof(arabicText(), richText, glued, fc.string())])(
    'agrees with tokenize on any text',
    (text) => {
      expect(asTokens(text)).toEqual(tokenize(text));
    },
  );
});
