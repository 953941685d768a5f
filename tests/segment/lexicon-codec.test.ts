// The packed stem lexicon: every key packed is found by a look-up over any code-unit range,
// whether it is held in its slot (up to ten letters of the Arabic block) or in the pool
// (longer keys, letters outside the block), with its last letter replaced or not; any other
// range is absent.
import { describe, expect, test } from 'vitest';
import { decodeLexicon, packLexicon, quantize } from '../../src/segment/lexicon-codec.js';

const units = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));

const ENTRIES = new Map<string, [number, number, number]>([
  ['كتاب', [100, 40, 8]],
  ['كتابة', [50, 20, 0]],
  ['مدرسة', [30, 1, 2]],
  ['استقلالية', [9, 3, 1]], // nine letters
  ['استقلاليات', [4, 2, 1]], // ten: the longest key held in its slot
  ['والاستقلالية', [2, 0, 0]], // twelve: in the pool
  ['پیکان', [6, 0, 0]], // Persian letters, still in the Arabic block
  ['ت', [3, 0, 0]],
]);

function weightOf(counts: [number, number, number]): number {
  return (quantize(counts[0]) << 16) | (quantize(counts[1]) << 8) | quantize(counts[2]);
}

describe('decodeLexicon', () => {
  const table = decodeLexicon(packLexicon(ENTRIES));

  test('every key is found, with its three weights', () => {
    expect(table.size).toBe(ENTRIES.size);
    for (const [key, counts] of ENTRIES) {
      expect(table.weight(units(key), 0, key.length, -1), key).toBe(weightOf(counts));
    }
  });

  test('a key is found inside a longer buffer', () => {
    const buffer = units('وبالكتابة');
    expect(table.weight(buffer, 4, 8, -1)).toBe(weightOf(ENTRIES.get('كتاب')!));
    expect(table.weight(buffer, 4, 9, -1)).toBe(weightOf(ENTRIES.get('كتابة')!));
    const long = units('فوالاستقلالية');
    expect(table.weight(long, 1, 13, -1)).toBe(weightOf(ENTRIES.get('والاستقلالية')!));
  });

  test('the last letter may be replaced, for short and long keys', () => {
    const TEH_MARBUTA = 0x0629;
    expect(table.weight(units('مدرست'), 0, 5, TEH_MARBUTA)).toBe(weightOf(ENTRIES.get('مدرسة')!));
    expect(table.weight(units('والاستقلاليت'), 0, 12, TEH_MARBUTA)).toBe(weightOf(ENTRIES.get('والاستقلالية')!));
    expect(table.weight(units('ك'), 0, 1, 0x062a)).toBe(weightOf(ENTRIES.get('ت')!));
  });

  test('anything else is absent: other letters, lengths, letters outside the keys’ alphabet', () => {
    for (const s of ['كتب', 'كتابه', 'كتا', 'كتابات', 'مدرسه', 'استقلاليه', 'والاستقلاليه', 'abcd', 'كتابx', 'ك', '']) {
      expect(table.weight(units(s), 0, s.length, -1), s).toBe(-1);
    }
    expect(table.weight(units('مدرسة'), 0, 5, 0x0647)).toBe(-1);
  });
});
