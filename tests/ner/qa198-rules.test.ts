// QA round 198 (lines of the 16 news files holding a word in «ان»): a lone definite dual noun
// names nobody; dropDefiniteDuals and isDualNoun in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 198: lone definite duals', () => {
  it('are no person', () => {
    expect(named('والتقى الوزيران في فندق على هامش القمة.')).toEqual([]);
    expect(named('وكان الجانبان قد اتفقا على استئناف المفاوضات.')).toEqual([]);
    expect(named('وقال الشابان إنهما لم يقصدا الإساءة.')).toEqual([]);
  });

  it('guards: a family name in «ان» stays a person', () => {
    expect(named('وأضاف الفوزان أن السوق مستقرة.')).toEqual(['PERS الفوزان']);
  });
});
