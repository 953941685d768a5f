// API pass 9 ("demanding user"): error names and null options, pinned where they were wrong.
import { describe, expect, test } from 'vitest';
import { analyze, analyzeStream, createNormalizer, createNormalizerWithMap, normalize, normalizeDigits, reshape, tokenize } from '../src/index.js';

describe('analyze and analyzeStream refuse normalize: null, as tokenize does', () => {
  test('analyze', () => {
    expect(() => analyze('قال', { normalize: null as never })).toThrow(
      new TypeError('dhad.analyze: options.normalize must be a preset name or a normalize options object, got null'),
    );
    // even when the normal stage does not run, as every other bad option is refused
    expect(() => analyze('قال', { steps: ['tokens'], normalize: null as never })).toThrow(/options\.normalize must be a preset name/);
  });

  test('analyzeStream', async () => {
    await expect(analyzeStream(['قال'], { normalize: null as never }).next()).rejects.toThrow(
      'dhad.analyzeStream: options.normalize must be a preset name or a normalize options object, got null',
    );
  });

  test('guard: tokenize already refused it; undefined still means the default', () => {
    expect(() => tokenize('قال', { normalize: null as never })).toThrow(/dhad\.tokenize: options\.normalize must be a preset name/);
    expect(analyze('الْقِمَّةُ', { steps: ['normal'], normalize: undefined }).tokens[0]?.normal).toBe('القمه');
  });
});

describe('the functions made by createNormalizer name their factory when given a non-string', () => {
  test('createNormalizer', () => {
    expect(() => (createNormalizer('search') as (x: unknown) => string)(5)).toThrow(
      new TypeError('dhad.createNormalizer: expected a string to normalize, got number'),
    );
  });

  test('createNormalizerWithMap', () => {
    expect(() => (createNormalizerWithMap() as (x: unknown) => unknown)(null)).toThrow(
      new TypeError('dhad.createNormalizerWithMap: expected a string to normalize, got null'),
    );
  });

  test('guard: normalize names itself; strings are normalized', () => {
    expect(() => normalize(5 as never)).toThrow('dhad.normalize: expected a string, got number');
    expect(createNormalizer()('أَ')).toBe('ا');
    expect(createNormalizerWithMap()('أَ').text).toBe('ا');
  });
});

describe('normalizeDigits explains an array index passed as the target', () => {
  test('list.map(normalizeDigits)', () => {
    let message = '';
    try {
      ['١٢'].map(normalizeDigits as unknown as (x: string, i: number) => string);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      'dhad.normalizeDigits: unknown target number (expected one of: latin, arabic) (an array index? `list.map(normalizeDigits)` passes one: write `list.map((x) => normalizeDigits(x))`)',
    );
  });

  test('guard: other bad targets keep their message', () => {
    expect(() => normalizeDigits('١٢', null as never)).toThrow(new TypeError('dhad.normalizeDigits: unknown target null (expected one of: latin, arabic)'));
    expect(['١٢'].map((x) => normalizeDigits(x))).toEqual(['12']);
  });
});

describe('display: normalize(reshape(x)) === normalize(x) as documented, and where it does not hold', () => {
  test('guard: harakat between lam and alef', () => {
    for (const x of ['لَا', 'الأمم', 'السلام عليكم', 'لِإِسرائيل', 'فَلْيَأْتِ']) expect(normalize(reshape(x))).toBe(normalize(x));
  });

  test('a mark of U+0897–08FF, which search keeps, moves behind the ligature', () => {
    // the documented exception (docs/display.md): the mark stays, so its place shows
    expect(normalize(reshape('ل\u08F0ا'))).toBe('لا\u08F0');
    expect(normalize('ل\u08F0ا')).toBe('ل\u08F0ا');
  });
});
