import { describe, expect, test } from 'vitest';
import { normalize, normalizeWithMap } from '../../src/normalize/index.js';

// No timing asserts (speed lives in bench/normalize.ts): these check that big inputs neither
// overflow the stack nor lose text at chunk boundaries.
describe('large inputs', () => {
  test('normalizes a 100 MB string', () => {
    const unit = 'أَهْلاً بِكُمْ فِي الـمَدْرَسَةِ ﻷ\u200B😀\n\n'; // 33 units, some removed, one expanded, a surrogate pair
    const repeats = Math.ceil(100e6 / new TextEncoder().encode(unit).length);
    const input = unit.repeat(repeats);
    const out = normalize(input);
    const once = 'اهلا بكم في المدرسه لا😀';
    expect(out.length).toBe(repeats * (once.length + 1) - 1);
    expect(out.slice(0, once.length + 1)).toBe(`${once} `);
    expect(out.slice(-once.length - 1)).toBe(` ${once}`);
    // a chunk boundary in the middle: every piece between spaces is one of the words
    const middle = out.slice(out.length / 2 - 5000, out.length / 2 + 5000).split(' ').slice(1, -1);
    for (const w of middle) expect(once.split(' ')).toContain(w);
  });

  test('maps a 20 MB string', () => {
    const unit = 'قِمَّةُ ﷲ  أستانة\u0640،\t';
    const input = unit.repeat(Math.ceil(20e6 / (unit.length * 2)));
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe(normalize(input));
    expect(map.length).toBe(text.length + 1);
    expect(map[text.length]).toBe(input.length);
    let ok = true;
    for (let i = 0; i < text.length; i++) if (map[i]! > map[i + 1]!) ok = false;
    expect(ok).toBe(true);
  });
});
