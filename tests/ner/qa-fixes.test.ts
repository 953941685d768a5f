// Fixes from a review of the recognizer as a user would call it: names that begin with a
// proclitic letter, long runs of numbers, a user gazetteer against function words, and the
// argument checks of renderEntities and toBio.
import { describe, expect, test } from 'vitest';
import { createEntityRecognizer, entities, renderEntities, tokenize, toBio } from '../../src/index.js';

describe('entities: a name that begins with و ف ب ك ل', () => {
  // the model's reading splits «فيصل» as ف + «يصل» (arrives): the span must still be the name
  test.each([
    ['قال فيصل إن الوضع صعب', 'فيصل'],
    ['قال فولوديمير زيلينسكي إن الوضع صعب', 'فولوديمير'],
    ['قال كوفي عنان إن الوضع صعب', 'كوفي'],
    ['قالت ليلى إن الوضع صعب', 'ليلى'],
  ])('%s: no entity starts inside «%s»', (sentence, name) => {
    const at = sentence.indexOf(name);
    const touching = entities(sentence).filter((e) => e.start < at + name.length && e.end > at);
    expect(touching.length).toBeGreaterThan(0);
    for (const e of touching) expect(e.start).toBe(at);
  });

  test('a real conjunction is still left out of the span', () => {
    const text = 'التقى الرئيس بوتين وفيصل بن فرحان';
    const names = entities(text, { types: ['PERS'] });
    expect(names.some((e) => e.text.startsWith('فيصل'))).toBe(true);
    expect(names.some((e) => e.text.startsWith('وفيصل'))).toBe(false);
  });
});

describe('entities: many numbers in one sentence', () => {
  test('every number of a 3,000-number sentence is one NUM, sorted and disjoint', () => {
    const text = '1 '.repeat(3000);
    const found = entities(text);
    expect(found.length).toBe(3000);
    expect(found.every((e) => e.type === 'NUM' && e.text === '1' && text.slice(e.start, e.end) === '1')).toBe(true);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('createEntityRecognizer: gazetteer names against function words', () => {
  test('the name «علي» does not match the preposition «على»', () => {
    const r = createEntityRecognizer({ gazetteer: { PERS: ['علي'] } });
    expect(r.entities('عليٌّ وعلي وعليه وعلى الطاولة').map((e) => e.text)).toEqual(['عليٌّ', 'علي']);
  });

  test('a name given in a function word spelling still matches that spelling', () => {
    const r = createEntityRecognizer({ gazetteer: { ORG: ['من'] } });
    expect(r.entities('جاء من البيت').map((e) => [e.type, e.text])).toEqual([['ORG', 'من']]);
  });
});

describe('renderEntities and toBio check what they are given', () => {
  const text = 'زار بوتين أستانة';
  const putin = { type: 'PERS' as const, start: 4, end: 9 };

  test('only colour functions are accepted as colours', () => {
    expect(() => renderEntities(text, [putin] as never, { colors: { PERS: 'expression(alert(1))' } })).toThrow(/colors\.PERS must be a CSS colour/);
    expect(() => renderEntities(text, [putin] as never, { colors: { PERS: 'url(x)' } })).toThrow(TypeError);
    expect(renderEntities(text, [putin] as never, { colors: { PERS: 'rgb(1, 2, 3)' } })).toContain('background: rgb(1, 2, 3)');
    expect(renderEntities(text, [putin] as never, { colors: { PERS: '#fc0' } })).toContain('background: #fc0');
  });

  test('a span that is empty, fractional or cuts a surrogate pair is named as such', () => {
    expect(() => renderEntities(text, [{ type: 'PERS', start: 4, end: 4 }] as never)).toThrow(/is empty/);
    expect(() => renderEntities(text, [{ type: 'PERS', start: 4.5, end: 9 }] as never)).toThrow(/must be integers/);
    expect(() => renderEntities('a😀b', [{ type: 'MISC', start: 0, end: 2 }] as never)).toThrow(/splits a surrogate pair/);
  });

  test('toBio rejects an unknown type and a span that ends before it starts', () => {
    const tokens = tokenize(text);
    expect(() => toBio(tokens, [{ type: 'BAD', start: 4, end: 9 }] as never)).toThrow(new TypeError("dhad.toBio: unknown entity type 'BAD' (expected one of: PERS, LOC, ORG, MISC, DATE, TIME, NUM, PERCENT, MONEY)"));
    expect(() => toBio(tokens, [{ type: 'PERS', start: 9, end: 4 }] as never)).toThrow(/ends before it starts/);
    expect(toBio(tokens, [putin] as never)).toEqual(['O', 'B-PERS', 'O']);
  });
});
