import { describe, expect, test } from 'vitest';
import { sentences, tokenize } from '../../src/tokenize/index.js';

describe('bad input', () => {
  test.each([[undefined], [null], [42], [['a']], [{}], [Symbol('x')]])('tokenize(%s) throws a TypeError naming dhad.tokenize', (value) => {
    expect(() => tokenize(value as unknown as string)).toThrow(TypeError);
    expect(() => tokenize(value as unknown as string)).toThrow(/^dhad\.tokenize: expected a string, got /);
  });

  test.each([[undefined], [null], [42], [['a']], [{}]])('sentences(%s) throws a TypeError naming dhad.sentences', (value) => {
    expect(() => sentences(value as unknown as string)).toThrow(/^dhad\.sentences: expected a string, got /);
  });

  test('names the type in the message', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow('dhad.tokenize: expected a string, got number');
    expect(() => sentences(null as unknown as string)).toThrow('dhad.sentences: expected a string, got null');
  });

  test("'' gives []", () => {
    expect(tokenize('')).toStrictEqual([]);
    expect(tokenize('', { normalize: 'search' })).toStrictEqual([]);
    expect(sentences('')).toStrictEqual([]);
  });

  test('rejects unknown options and non-object options', () => {
    expect(() => tokenize('x', { normalise: 'search' } as never)).toThrow(
      "dhad.tokenize: unknown option 'normalise' (expected one of: normalize)",
    );
    expect(() => tokenize('x', 'search' as never)).toThrow(TypeError);
    expect(() => tokenize('x', { normalize: 'fast' } as never)).toThrow(/dhad\.tokenize/);
  });

  test('checks options even for empty input', () => {
    expect(() => tokenize('', { bogus: 1 } as never)).toThrow(TypeError);
  });
});
