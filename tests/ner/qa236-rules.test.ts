// QA round 236 (foreign first names left just outside the family name the model found, over the
// 16 news files): RULE_GIVEN_NAMES and givenNameBefore in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 236: foreign first names', () => {
  it('joins the first name to the family name', () => {
    expect(named('وسجل ليروي ساني الهدف الثاني.')).toEqual(['PERS ليروي ساني']);
    expect(named('وغنت أريثا فرانكلين أغنيتها الشهيرة.')).toEqual(['PERS أريثا فرانكلين']);
  });

  it('guards: a name the model already found whole stays as it was', () => {
    expect(named('وفازت سيرينا ويليامز باللقب للمرة السابعة.')).toEqual(['PERS سيرينا ويليامز']);
  });
});
