// Fifth "demanding user" pass over the public API: class instances in the options place,
// overlapping entities and out-of-order tokens in toBio, and a fractional maxParagraph.
// Invented text only.
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { analyzeStream, normalize, segmentText, stem, tokenize, toBio, type Entity, type StreamDoc } from '../src/index.js';

describe('a class instance in the options place is a TypeError, not read through its prototype', () => {
  test('a Date names its class', () => {
    expect(() => normalize('أ', new Date() as never)).toThrow(new TypeError('dhad.normalize: expected an options object, got Date'));
    expect(() => tokenize('قال', new Date() as never)).toThrow(/dhad\.tokenize: expected an options object, got Date/);
  });

  test('a user class names its class; its fields would otherwise be read unchecked', () => {
    class StemSettings {
      algorithm = 'isri';
    }
    expect(() => stem('المعلمون', new StemSettings() as never)).toThrow(/dhad\.stem: expected an options object, got StemSettings/);
  });

  test('an object made by Object.create(defaults) is refused: its inherited keys were read without being checked', () => {
    // Before, `memoize` and the misspelt key below were inherited: the check saw no own keys.
    const defaults = { memoize: true, splitArticel: false };
    expect(() => segmentText('والكتاب', Object.create(defaults) as never)).toThrow(/dhad\.segmentText: expected an options object, got object/);
  });

  test('guard: literals, null-prototype objects and objects of another realm still work', () => {
    expect(normalize('أ', { alef: false })).toBe('أ');
    expect(normalize('أ', Object.assign(Object.create(null) as object, { alef: true }))).toBe('ا');
    const foreign = runInNewContext('({ alef: true })') as object;
    expect(normalize('أ', foreign)).toBe('ا');
    expect(normalize('أ', Object.fromEntries([['alef', true]]))).toBe('ا');
  });
});

describe('toBio refuses what has no BIO reading', () => {
  const tokens = tokenize('زار منظمة شنغهاي للتعاون');
  const org: Entity = { type: 'ORG', text: 'منظمة شنغهاي للتعاون', start: 4, end: 24, form: 'منظمة شنغهاي للتعاون', score: 1 };
  const loc: Entity = { type: 'LOC', text: 'شنغهاي', start: 10, end: 16, form: 'شنغهاي', score: 1 };

  test('two overlapping entities are a TypeError naming both spans (one label per token cannot hold both)', () => {
    expect(() => toBio(tokens, [org, loc])).toThrow(new TypeError('dhad.toBio: entities [4, 24) and [10, 16) overlap; BIO labels need disjoint spans'));
    expect(() => toBio(tokens, [loc, org])).toThrow(TypeError);
  });

  test('tokens out of text order are a TypeError', () => {
    expect(() => toBio([...tokens].reverse(), [loc])).toThrow(/dhad\.toBio: tokens must be in text order/);
  });

  test('guard: adjacent, nested-in-one-token and empty spans still label as before', () => {
    const place: Entity = { type: 'LOC', text: 'شنغهاي', start: 10, end: 16, form: 'شنغهاي', score: 1 };
    const orgHead: Entity = { type: 'ORG', text: 'منظمة', start: 4, end: 9, form: 'منظمة', score: 1 };
    expect(toBio(tokens, [place, orgHead])).toEqual(['O', 'B-ORG', 'B-LOC', 'O']);
    expect(toBio(tokens, [org])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG']);
    const empty: Entity = { type: 'MISC', text: '', start: 12, end: 12, form: '', score: 1 };
    expect(toBio(tokens, [place, empty])).toEqual(['O', 'O', 'B-LOC', 'O']);
  });
});

describe('analyzeStream: maxParagraph is a whole number of code units, or Infinity', () => {
  async function first(options: object): Promise<StreamDoc | undefined> {
    return (await analyzeStream(['قال الوزير'], { steps: ['tokens'], ...options }).next()).value as StreamDoc | undefined;
  }

  test('a fractional size is a TypeError (a cut falls between code units)', async () => {
    await expect(first({ maxParagraph: 16.5 })).rejects.toThrow(
      new TypeError('dhad.analyzeStream: options.maxParagraph must be an integer ≥ 16 or Infinity, got 16.5'),
    );
  });

  test('guard: Infinity (never cut) and integers work; below 16 is still refused', async () => {
    expect((await first({ maxParagraph: Infinity }))?.text).toBe('قال الوزير');
    expect((await first({ maxParagraph: 16 }))?.text).toBe('قال الوزير');
    await expect(first({ maxParagraph: 15 })).rejects.toThrow(TypeError);
  });
});
