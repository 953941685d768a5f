import { afterEach, describe, expect, test, vi } from 'vitest';
import { normalize as nodeNormalize, normalizeWithMap as nodeNormalizeWithMap } from '../../src/normalize/index.js';

// The engine picks the fastest decoder the platform has (a Buffer view under Node, TextDecoder
// in browsers, String.fromCharCode as the last resort). Each path must give the same output,
// lone surrogates and a leading U+FEFF included.
const SAMPLES = [
  '\uFEFFأَ\uD800 ب\uDC00',
  `${'أ'.repeat(5000)}\uD83D${'ـ'.repeat(3)}\uDE00${'إ '.repeat(3000)}`,
  `${'كتاب '.repeat(2000)}\uDBFF`,
  '😀 ﻷ\uFEFF',
];

const hide = (name: 'Buffer' | 'TextDecoder'): void => {
  vi.stubGlobal(name, undefined);
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('decoders', () => {
  test('uses the Buffer view under Node', async () => {
    expect((await import('../../src/normalize/engine.js')).DECODER).toBe('buffer');
  });

  for (const [hidden, expected] of [
    [['Buffer'], 'text-decoder'],
    [['Buffer', 'TextDecoder'], 'from-char-code'],
  ] as const) {
    test(`gives the same output without ${hidden.join(' and ')}`, async () => {
      vi.resetModules();
      for (const name of hidden) hide(name);
      const fresh = await import('../../src/normalize/index.js');
      const engine = await import('../../src/normalize/engine.js');
      vi.unstubAllGlobals();
      expect(engine.DECODER).toBe(expected);
      for (const text of SAMPLES) {
        for (const preset of ['clean', 'search'] as const) {
          expect(fresh.normalize(text, preset)).toBe(nodeNormalize(text, preset));
          expect(fresh.normalize(text, { tatweel: true })).toBe(nodeNormalize(text, { tatweel: true }));
          expect(fresh.normalizeWithMap(text, preset)).toEqual(nodeNormalizeWithMap(text, preset));
        }
      }
      // and the reference itself keeps what it must
      expect(nodeNormalize('\uFEFF\uD800ـ', { tatweel: true })).toBe('\uFEFF\uD800');
    });
  }
});
