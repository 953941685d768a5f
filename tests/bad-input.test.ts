// Every public function that takes text rejects a non-string with a TypeError naming itself,
// and returns the empty result for ''.
import { describe, expect, test } from 'vitest';
import * as dhad from '../src/index.js';

const TEXT_FUNCTIONS = [
  'analyze', 'arabicRatio', 'detectLanguage', 'entities', 'isStopword', 'normalize', 'normalizeAlef',
  'normalizeAlefMaksura', 'normalizeDigits', 'normalizeHamza', 'normalizePersian', 'normalizePresentationForms',
  'normalizePunctuation', 'normalizeTehMarbuta', 'normalizeWhitespace', 'normalizeWithMap', 'removeDiacritics',
  'removeInvisibles', 'removeTatweel', 'renderEntities', 'reshape', 'root', 'roots', 'segment', 'segmentText',
  'sentences', 'stem', 'tokenSpans', 'tokenize', 'unshape',
] as const;

describe('bad input', () => {
  for (const name of TEXT_FUNCTIONS) {
    test(`${name} rejects a non-string with a TypeError naming dhad.${name}`, () => {
      const fn = dhad[name] as (...args: unknown[]) => unknown;
      for (const bad of [42, null, undefined, {}, ['قمة']]) {
        expect(() => fn(bad, ...(name === 'renderEntities' ? [[]] : []))).toThrow(TypeError);
        expect(() => fn(bad, ...(name === 'renderEntities' ? [[]] : []))).toThrow(new RegExp(`dhad\\.${name}\\b`));
      }
    });
  }

  test('the empty string gives the empty result', () => {
    expect(dhad.tokenize('')).toEqual([]);
    expect(dhad.tokenSpans('').length).toBe(0);
    expect(dhad.sentences('')).toEqual([]);
    expect(dhad.segmentText('')).toEqual([]);
    expect(dhad.entities('')).toEqual([]);
    expect(dhad.normalize('')).toBe('');
    expect(dhad.stem('')).toBe('');
    expect(dhad.root('')).toBeUndefined();
    expect(dhad.roots('')).toEqual([]);
    expect(dhad.reshape('')).toBe('');
    expect(dhad.analyze('')).toMatchObject({ text: '', tokens: [], sentences: [], entities: [] });
  });

  test('the factories reject unknown options', () => {
    expect(() => dhad.createNormalizer({ colour: true } as never)).toThrow(/unknown option 'colour'/);
    expect(() => dhad.createEntityRecognizer({ colour: true } as never)).toThrow(/dhad\.createEntityRecognizer/);
  });

  test('a nested normalize option that is neither a preset nor an object is named as such', () => {
    const message = /options\.normalize must be a preset name or a normalize options object, got boolean/;
    expect(() => dhad.tokenize('x', { normalize: true as never })).toThrow(message);
    expect(() => dhad.analyze('x', { normalize: true as never })).toThrow(message);
    expect(() => dhad.tokenize('x', { normalize: 'loud' as never })).toThrow(/dhad\.tokenize: unknown preset 'loud'/);
  });
});
