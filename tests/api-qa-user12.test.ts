// API pass 12 ("demanding user"): an empty entity span labels no token in toBio;
// arabicWord's maxLength, when left out, follows a larger minLength; normalize options that
// are not plain objects are refused as every other options argument is.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, createNormalizer, normalize, normalizeWithMap, segment, toBio, tokenize } from '../src/index.js';
import { arabicWord } from '../src/testing/index.js';

describe('toBio: an empty entity span holds no character and labels no token', () => {
  // «زار بوتين موسكو»: tokens at [0, 3), [4, 9), [10, 15)
  const tokens = [
    { start: 0, end: 3 },
    { start: 4, end: 9 },
    { start: 10, end: 15 },
  ];

  test('an empty span inside a token leaves it O', () => {
    expect(toBio(tokens, [{ type: 'PERS', start: 6, end: 6 }])).toEqual(['O', 'O', 'O']);
  });

  test('an empty span where a name starts inside a token does not take the name’s label', () => {
    // the token [4, 9) is «وبوتين»-like: the name starts after its clitic, at 5
    const name = { type: 'PERS' as const, start: 5, end: 9 };
    const empty = { type: 'MISC' as const, start: 5, end: 5 };
    expect(toBio(tokens, [name, empty])).toEqual(['O', 'B-PERS', 'O']);
    expect(toBio(tokens, [empty, name])).toEqual(['O', 'B-PERS', 'O']);
  });

  test('guard: empty spans at token edges were and are ignored', () => {
    expect(toBio(tokens, [{ type: 'PERS', start: 4, end: 9 }, { type: 'MISC', start: 4, end: 4 }])).toEqual(['O', 'B-PERS', 'O']);
    expect(toBio(tokens, [{ type: 'LOC', start: 4, end: 15 }, { type: 'ORG', start: 10, end: 10 }])).toEqual(['O', 'B-LOC', 'I-LOC']);
  });

  test('guard: a span of one character still labels its token', () => {
    expect(toBio(tokens, [{ type: 'PERS', start: 6, end: 7 }])).toEqual(['O', 'B-PERS', 'O']);
  });
});

describe('arabicWord: maxLength left out follows a larger minLength', () => {
  test('{ minLength: 10 } draws words of at least 10 letters instead of throwing', () => {
    const words = fc.sample(arabicWord({ minLength: 10 }), { numRuns: 50, seed: 12 });
    expect(words.every((w) => w.length >= 10 && w.length <= 10 && /^[\u0621-\u064A]+$/.test(w))).toBe(true);
  });

  test('guard: a maxLength given below minLength is still a TypeError', () => {
    expect(() => arabicWord({ minLength: 10, maxLength: 8 })).toThrow(
      new TypeError('dhad.arabicWord: options.maxLength (8) must be at least options.minLength (10)'),
    );
  });

  test('guard: the default maxLength stays 8 for a small minLength', () => {
    const words = fc.sample(arabicWord({ minLength: 2 }), { numRuns: 300, seed: 12 });
    expect(Math.max(...words.map((w) => w.length))).toBeLessThanOrEqual(8);
  });
});

describe('normalize options: a class instance or Object.create(defaults) is refused, as elsewhere in dhad', () => {
  class SearchOptions {
    alef = true;
  }
  const inherited = (): object => Object.assign(Object.create({ preset: 'aggressive' }), { alef: true }) as object;

  test('a class instance with own keys is a TypeError naming its class', () => {
    expect(() => normalize('أحمد', new SearchOptions() as never)).toThrow(
      new TypeError('dhad.normalize: expected an options object, got SearchOptions'),
    );
    expect(() => createNormalizer(new SearchOptions() as never)).toThrow(/dhad\.createNormalizer: expected an options object, got SearchOptions/);
    expect(() => normalizeWithMap('أحمد', new SearchOptions() as never)).toThrow(TypeError);
  });

  test('an object with inherited options is refused, not read half (inherited preset read, own keys checked)', () => {
    expect(() => normalize('أحمد', inherited() as never)).toThrow(
      new TypeError('dhad.normalize: expected an options object, got object with a prototype (not a plain object)'),
    );
  });

  test('nested under analyze and tokenize, it is named as options.normalize', () => {
    expect(() => analyze('أحمد', { normalize: new SearchOptions() as never })).toThrow(
      new TypeError('dhad.analyze: options.normalize must be a preset name or a normalize options object, got SearchOptions'),
    );
    expect(() => tokenize('أحمد', { normalize: inherited() as never })).toThrow(/dhad\.tokenize: options\.normalize must be a preset name/);
  });

  test('an Object.create(defaults) options object is described as such, not as "object"', () => {
    expect(() => segment('الكتاب', Object.create({ splitArticle: false }) as never)).toThrow(
      new TypeError('dhad.segment: expected an options object, got object with a prototype (not a plain object)'),
    );
  });

  test('guard: plain, null-prototype and frozen options objects are still accepted', () => {
    const bare = Object.assign(Object.create(null) as object, { alef: true });
    expect(normalize('أحمد', { alef: true })).toBe('احمد');
    expect(normalize('أحمد', bare as never)).toBe('احمد');
    expect(createNormalizer(Object.freeze({ preset: 'search' as const }))('أحمد')).toBe('احمد');
    expect(analyze('أحمد', { steps: ['normal'], normalize: { alef: true } }).tokens[0]?.normal).toBe('احمد');
  });
});
