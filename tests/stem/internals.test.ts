import { describe, expect, test } from 'vitest';
import { stringOf } from '../../src/stem/buffer.js';
import { unitTable } from '../../src/stem/unit-table.js';

const unitsOf = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));

describe('unitTable', () => {
  const table = unitTable('aقمة\nbمنظمات\ncمن', (letter) => letter - 0x60);
  test('finds a word by a range of code units', () => {
    const u = unitsOf('والمنظمات');
    expect(table.get(u, 3, 9, -1)).toBe(2);
    expect(table.get(unitsOf('قمة'), 0, 3, -1)).toBe(1);
    expect(table.size).toBe(3);
  });
  test('replaces the last unit of the range when asked', () => {
    // «قمت» looked up as «قمة»
    expect(table.get(unitsOf('قمتها'), 0, 3, 0x0629)).toBe(1);
    expect(table.get(unitsOf('قمتها'), 0, 3, -1)).toBe(0);
  });
  test('answers 0 for absent words, prefixes and extensions of present ones', () => {
    for (const w of ['قم', 'قمتان', 'منظمة', '', 'مني']) expect(table.get(unitsOf(w), 0, w.length, -1)).toBe(0);
  });
  test('an empty table finds nothing', () => {
    expect(unitTable('', () => 1).get(unitsOf('قمة'), 0, 3, -1)).toBe(0);
  });
});

describe('stringOf', () => {
  test('makes the string of any range, short or long', () => {
    const text = 'المنظمات الدولية'.repeat(700);
    const u = unitsOf(text);
    for (const [start, end] of [[0, 0], [0, 1], [3, 5], [2, 9], [1, 10], [0, 12], [5, 4101], [0, text.length]] as const) {
      expect(stringOf(u, start, end)).toBe(text.slice(start, end));
    }
  });
});
