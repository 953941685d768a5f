import { describe, expect, test } from 'vitest';
import { createEntityRecognizer, entities } from '../../src/index.js';

const money = (text: string) => entities(text, { types: ['MONEY'] }).map((e) => e.value);
const KWD = { amount: 5000000, currency: 'KWD' };

describe('paragraph currency: spellings of the country and the noun (API pass 11)', () => {
  test.each([
    ['diacritics', 'قال البنكُ الكُوَيْتِيُّ إنه دفع 5 ملايين دينار.'],
    ['tatweel', 'في الكـويت دفع 5 ملايين دينار.'],
    ['presentation forms', 'في \uFE8D\uFEDF\uFEDB\uFEEE\uFEF3\uFE96 دفع 5 ملايين دينار.'],
    ['Persian kaf and yeh in the country', 'في الکویت دفع 5 ملايين دينار.'],
    ['Persian yeh in the noun', 'في الكويت دفع 5 ملايين دینار.'],
    ['alef wasla', 'في ٱلكويت دفع 5 ملايين دينار.'],
    ['no-break space before the noun', 'في الكويت دفع 5 ملايين\u00A0دينار.'],
  ])('%s', (_, text) => {
    expect(money(text)).toEqual([KWD]);
  });
  test('guard: plain spelling, same paragraph', () => {
    expect(money('دفع 5 ملايين دينار. وفي الكويت قال الوزير.')).toEqual([KWD]);
  });
});

describe('paragraph currency: every line break ends the paragraph (API pass 11)', () => {
  test.each([
    ['LF', '\n'],
    ['CR LF', '\r\n'],
    ['CR', '\r'],
    ['LINE SEPARATOR', '\u2028'],
    ['PARAGRAPH SEPARATOR', '\u2029'],
  ])('%s', (_, br) => {
    expect(money(`دفع 5 ملايين دينار.${br}وفي الكويت قال الوزير.`)).toEqual([undefined]);
  });
});

describe('user gazetteer: Latin letters whose lower case is two (API pass 11)', () => {
  const r = createEntityRecognizer({ gazetteer: { ORG: ['İstanbul Holding', 'ISTANBUL BANK', 'Straße AG'] } });
  const orgs = (text: string) => r.entities(text, { types: ['ORG'] }).map((e) => e.text);
  test('Turkish dotted capital I matches i and I', () => {
    expect(orgs('شركة istanbul holding')).toEqual(['istanbul holding']);
    expect(orgs('شركة İstanbul Bank')).toEqual(['İstanbul Bank']);
  });
  test('ß matches SS and ẞ', () => {
    expect(orgs('شركة STRASSE AG')).toEqual(['STRASSE AG']);
    expect(orgs('شركة STRAẞE AG')).toEqual(['STRAẞE AG']);
  });
  test('guard: exact spellings', () => {
    expect(orgs('شركة İSTANBUL HOLDING')).toEqual(['İSTANBUL HOLDING']);
    expect(orgs('شركة straße ag')).toEqual(['straße ag']);
  });
});
