import { describe, expect, test } from 'vitest';
import { root, roots } from '../../src/root/index.js';

describe('root', () => {
  test.each([
    ['كتب', 'كتب'],
    ['المكتبات', 'كتب'],
    ['استخدام', 'خدم'],
    ['مستشفى', 'شفي'],
    ['اجتماع', 'جمع'],
    ['انسحاب', 'سحب'],
    ['تعاون', 'عون'],
    ['مفاوضات', 'فوض'],
    ['وبالمنظمة', 'نظم'],
  ])('finds the root of regular and augmented forms: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['قال', 'قول'],
    ['باع', 'بيع'],
    ['قرار', 'قرر'],
    ['ينتهي', 'نهي'],
    ['يتم', 'تمم'],
    ['اتصل', 'وصل'],
    ['متحدة', 'وحد'],
    ['استمرار', 'مرر'],
  ])('restores weak and doubled radicals: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['مسؤول', 'سءل'],
    ['سأل', 'سءل'],
    ['رئيس', 'رءس'],
    ['مبادئ', 'بدء'],
    ['آخر', 'ءخر'],
    ['مؤتمر', 'ءمر'],
  ])('writes the hamza radical as ء: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['وثائق', 'وثق'],
    ['رسائل', 'رسل'],
    ['مشاريع', 'شرع'],
    ['قواعد', 'قعد'],
    ['أسلحة', 'سلح'],
    ['علماء', 'علم'],
  ])('reads broken plurals: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('ignores diacritics, tatweel and presentation forms', () => {
    expect(root('كِتَابٌ')).toBe('كتب');
    expect(root('كتــــاب')).toBe('كتب');
    expect(root('\uFEDB\uFE98\uFE8E\uFE8F')).toBe('كتب'); // ﻛﺘﺎﺏ in presentation forms
  });

  test.each(['في', 'من', 'على', 'الذي', 'هذا', 'عليه', 'فيها', 'لأنه', 'وهو', 'لكن'])('returns undefined for the particle %s', (word) => {
    expect(root(word)).toBeUndefined();
    expect(roots(word)).toEqual([]);
  });

  test.each(['بيلاروسيا', 'كازاخستان', 'لوكاشينكو'])('returns undefined for the foreign name %s', (word) => {
    expect(root(word)).toBeUndefined();
  });

  test('returns undefined for words with non-Arabic characters', () => {
    expect(root('hello')).toBeUndefined();
    expect(root('كتب1')).toBeUndefined();
    expect(root('كتب كتب')).toBeUndefined();
  });

  test('returns undefined for a string far longer than any word', () => {
    expect(root('كتب'.repeat(100_000))).toBeUndefined();
    expect(roots('كتب'.repeat(100_000))).toEqual([]);
  });

  test('returns undefined for the empty string', () => {
    expect(root('')).toBeUndefined();
    expect(roots('')).toEqual([]);
  });

  test('throws a TypeError naming the function for non-strings', () => {
    expect(() => root(42 as unknown as string)).toThrow(new TypeError('dhad.root: expected a string, got number'));
    expect(() => roots(null as unknown as string)).toThrow(new TypeError('dhad.roots: expected a string, got null'));
  });
});

describe('roots', () => {
  test('ranks candidates with scores that sum to 1, best first', () => {
    const list = roots('قائم');
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]!.root).toBe('قوم');
    const sum = list.reduce((s, r) => s + r.score, 0);
    expect(sum).toBeCloseTo(1, 10);
    for (let i = 1; i < list.length; i++) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
  });

  test('agrees with root() on its first candidate', () => {
    for (const w of ['المكتبات', 'قرار', 'مسؤول', 'يتم', 'الطائرات']) expect(roots(w)[0]?.root).toBe(root(w));
  });

  test('keeps the weak-letter alternatives it weighed', () => {
    const list = roots('قال').map((r) => r.root);
    expect(list).toContain('قول');
    expect(list.length).toBeGreaterThan(1);
  });
});

describe('root lexicon', () => {
  test('holds only roots of three or four radicals, hamza written ء', async () => {
    const { rootLexicon } = await import('../../src/root/lexicon.js');
    const lexicon = rootLexicon();
    expect(lexicon.size).toBeGreaterThan(2000);
    for (const r of lexicon.keys()) expect(r).toMatch(/^[ءبتثجحخدذرزسشصضطظعغفقكلمنهوي]{3,4}$/);
  });
});
