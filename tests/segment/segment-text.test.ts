import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import type { Morpheme } from '../../src/segment/types.js';
import { CHUNK } from '../../src/tokenize/scan.js';

describe('segmentText', () => {
  const text = 'قال الرئيس: «وبالتعاون مع بلادكم سيجري تطوير العلاقات» في بيروت، 2024 https://example.com';

  test('returns the word tokens only, in order, with their segmentations', () => {
    const words = segmentText(text);
    expect(words.map((t) => t.text)).toEqual(['قال', 'الرئيس', 'وبالتعاون', 'مع', 'بلادكم', 'سيجري', 'تطوير', 'العلاقات', 'في', 'بيروت']);
    expect(words.every((t) => t.type === 'word')).toBe(true);
  });

  test('puts every morpheme offset into the original text', () => {
    for (const token of segmentText(text)) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
      const pieces = [...token.segmentation.prefixes, token.segmentation.base, ...token.segmentation.suffixes];
      expect(pieces[0]!.start).toBe(token.start);
      expect(pieces[pieces.length - 1]!.end).toBe(token.end);
      for (const m of pieces) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  test('gives the same result with memoize: true', () => {
    const repeated = `${text} ${text}`;
    expect(segmentText(repeated, { memoize: true })).toEqual(segmentText(repeated));
  });

  test('segments a long text as its pieces, across the scanner\'s chunks', () => {
    const words = segmentText(text);
    const times = Math.ceil((3 * CHUNK) / words.length) + 1;
    const long = Array.from({ length: times }, () => text).join('\n');
    const by = (r: number) => r * (text.length + 1);
    const shift = (m: Morpheme, r: number): Morpheme => ({ ...m, start: m.start + by(r), end: m.end + by(r) });
    const expected = Array.from({ length: times }, (_, r) =>
      words.map((t) => ({
        ...t,
        start: t.start + by(r),
        end: t.end + by(r),
        segmentation: {
          prefixes: t.segmentation.prefixes.map((m) => shift(m, r)),
          base: shift(t.segmentation.base, r),
          suffixes: t.segmentation.suffixes.map((m) => shift(m, r)),
        },
      })),
    ).flat();
    expect(segmentText(long)).toStrictEqual(expected);
  });

  test('passes splitArticle on', () => {
    const [token] = segmentText('بالتعاون', { splitArticle: false });
    expect(token!.segmentation.base.text).toBe('التعاون');
  });

  test('returns [] for the empty string and for text without words', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText('12 — 3.4 !')).toEqual([]);
  });

  test('rejects a non-string and unknown options with a TypeError naming dhad.segmentText', () => {
    expect(() => segmentText(undefined as unknown as string)).toThrow(new TypeError('dhad.segmentText: expected a string, got undefined'));
    expect(() => segmentText('نص', { memo: true } as never)).toThrow(/dhad\.segmentText: unknown option 'memo'/);
    expect(() => segmentText('نص', { memoize: 1 } as never)).toThrow(new TypeError('dhad.segmentText: options.memoize must be a boolean, got number'));
    expect(() => segmentText('نص', { splitArticle: null } as never)).toThrow(/options\.splitArticle must be a boolean, got null/);
  });
});
