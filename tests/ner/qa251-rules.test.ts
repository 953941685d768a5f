// QA round 251 (the pronoun «بي» "(with) me" read as the letter B, over the 16 news files):
// dropPronounBi in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 251: «اتصل بي» is "called me", no acronym', () => {
  it('drops «بي» after a verb', () => {
    expect(named('وذات صباح اتصل بي يوسف شاهين وطلب مني العودة.')).toEqual(['PERS يوسف شاهين']);
  });

  it('guard: the spelled letters of an acronym keep «بي»', () => {
    expect(named('قال محلل في «بي إن بي باريبا» إن الأسعار سترتفع.').some((n) => n.startsWith('ORG بي'))).toBe(true);
  });
});
