import { describe, expect, test } from 'vitest';
import { reshape, unshape } from '../../src/display/index.js';

describe('unshape', () => {
  test('turns letter forms back into letters', () => {
    expect(unshape('\uFE91\uFEF4\uFE96')).toBe('بيت');
    expect(unshape('\uFB58\uFB8B\uFEED\uFEEB\uFEB8\uFB95\uFEAE')).toBe('پژوهشگر');
    expect(unshape('\uFBA8\uFBAF')).toBe('ہے');
  });

  test('splits lam-alef ligatures into lam and alef', () => {
    expect(unshape('\uFEB3\uFEFC\uFEE1')).toBe('سلام');
    expect(unshape('\uFEF5\uFEF6\uFEF7\uFEF8\uFEF9\uFEFA\uFEFB\uFEFC')).toBe('لآلآلألألإلإلالا');
  });

  test('reads U+FEF0 as alef maksura and U+FBFD as Farsi yeh', () => {
    expect(unshape('\uFECB\uFEE0\uFEF0')).toBe('على');
    expect(unshape('\uFEE3\uFBFD')).toBe('می');
    expect(unshape('\uFBE8\uFBE9')).toBe('ىى');
  });

  test('decomposes the other presentation forms (ﷲ → الله)', () => {
    expect(unshape('\uFDF2')).toBe('الله');
  });

  test('puts a haraka that reshape moved behind lam-alef after the alef', () => {
    expect(unshape(reshape('لَا'))).toBe('لاَ');
  });

  test('undoes reshape on text without lam + haraka + alef', () => {
    const text = 'ذهب الطلاب إلى المكتبة — پژوهشگر، ہے میں، ښه 😀 abc';
    expect(unshape(reshape(text))).toBe(text);
  });

  test('leaves text without presentation forms unchanged', () => {
    const text = 'سلام abc \uD800 \uFEFF 😀';
    expect(unshape(text)).toBe(text);
    expect(unshape('')).toBe('');
  });

  test('grows its output for expanding forms in long text', () => {
    const text = '\uFDFA'.repeat(100) + 'x';
    const out = unshape(text);
    expect(out).toBe('\uFDFA'.normalize('NFKC').repeat(100) + 'x');
  });

  test.each([[42], [null], [undefined], [{}]])('throws a TypeError naming dhad.unshape for %j', (value) => {
    expect(() => unshape(value as unknown as string)).toThrow(/^dhad\.unshape: expected a string, got /);
  });
});
