import { describe, expect, test } from 'vitest';
import { DETECTABLE_LANGUAGES, detectLanguage, ENTITY_COLORS, PRESET_OPTIONS, STEM_ALGORITHMS, stem, TOKEN_TYPES, tokenize } from '../src/index.js';

// Exported tables are the library's own: a caller that sorts or pushes into them must not
// change what detectLanguage answers or what stem accepts.
describe('exported constants are frozen', () => {
  test.each([
    ['DETECTABLE_LANGUAGES', DETECTABLE_LANGUAGES],
    ['STEM_ALGORITHMS', STEM_ALGORITHMS],
    ['PRESET_OPTIONS', PRESET_OPTIONS],
    ['PRESET_OPTIONS.search', PRESET_OPTIONS.search],
    ['ENTITY_COLORS', ENTITY_COLORS],
    ['TOKEN_TYPES', TOKEN_TYPES],
  ])('%s', (_name, value) => {
    expect(Object.isFrozen(value)).toBe(true);
  });

  test('sorting a copy leaves detectLanguage alone', () => {
    const persian = 'این یک متن فارسی است که برای تشخیص زبان به اندازه کافی طولانی است';
    expect(() => (DETECTABLE_LANGUAGES as string[]).sort()).toThrow(TypeError);
    expect(detectLanguage(persian)).toBe('pes');
    expect(() => (STEM_ALGORITHMS as string[]).push('porter')).toThrow(TypeError);
    expect(() => stem('كتب', { algorithm: 'porter' as never })).toThrow(/expected one of: dhad, light10, snowball, isri\)/);
    expect(() => (TOKEN_TYPES as string[]).reverse()).toThrow(TypeError);
    expect(tokenize('قمة')[0]!.type).toBe('word');
  });
});
