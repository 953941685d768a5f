import { describe, expect, test } from 'vitest';
import { toBio } from '../../src/ner/bio.js';
import { findNumericEntities } from '../../src/ner/numeric/index.js';
import type { Entity } from '../../src/ner/types.js';
import { tokenize } from '../../src/tokenize/index.js';

const entity = (type: Entity['type'], text: string, start: number): Entity => ({ type, text, start, end: start + text.length, form: text, score: 1 });

describe('toBio', () => {
  test('labels the first token B- and the rest I-', () => {
    const text = 'قال الرئيس فلاديمير بوتين اليوم';
    const tokens = tokenize(text);
    expect(toBio(tokens, [entity('PERS', 'فلاديمير بوتين', 11)])).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  });

  test('gives a token the label of an entity that covers only part of it', () => {
    const text = 'الصين وبيلاروسيا';
    expect(toBio(tokenize(text), [entity('LOC', 'الصين', 0), entity('LOC', 'بيلاروسيا', 7)])).toEqual(['B-LOC', 'B-LOC']);
  });

  test('starts a new B- for adjacent entities of the same type', () => {
    const text = 'أعوام 2005، و2011';
    const tokens = tokenize(text);
    const labels = toBio(tokens, findNumericEntities(text, tokens));
    expect(tokens.map((t, i) => `${t.text}/${labels[i]}`)).toEqual(['أعوام/B-DATE', '2005/I-DATE', '،/O', 'و/O', '2011/B-DATE']);
  });

  test('gives a token touched by two entities the first one', () => {
    const tokens = [{ text: 'ab', start: 0, end: 2, type: 'word' as const }, { text: 'c', start: 3, end: 4, type: 'word' as const }];
    expect(toBio(tokens, [entity('NUM', 'b', 1), entity('NUM', 'a', 0)])).toEqual(['B-NUM', 'O']);
    const spanning = [entity('NUM', 'a', 0), { ...entity('NUM', 'b c', 1), text: 'b c' }];
    expect(toBio(tokens, spanning)).toEqual(['B-NUM', 'B-NUM']);
  });

  test('returns one O per token without entities, [] without tokens', () => {
    expect(toBio(tokenize('لا شيء هنا'), [])).toEqual(['O', 'O', 'O']);
    expect(toBio([], [])).toEqual([]);
  });

  test('names itself in TypeErrors', () => {
    expect(() => toBio('x' as unknown as [], [])).toThrow(new TypeError('dhad.toBio: expected an array of tokens, got string'));
    expect(() => toBio([], null as unknown as [])).toThrow(/dhad\.toBio: expected an array of entities, got null/);
    expect(() => toBio([{ start: 'a' }] as unknown as [], [])).toThrow(/dhad\.toBio/);
  });
});
