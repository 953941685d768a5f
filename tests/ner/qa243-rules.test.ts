// QA round 243 (first names that read as ب/ك + a name, over the 16 news files): «بريان»,
// «برايان», «بريانا», «بروس», «بريس», «كميل», «كيارا» in RULE_GIVEN_NAMES (src/ner/rules.ts), and
// `strips` in src/ner/recognize.ts keeps a listed given name whole. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 243: a first name keeps its first letter', () => {
  it('does not read ب or ك off the name', () => {
    expect(named('وقال الكاتب بريان كراسنشتاين إن القرار خاطئ.')).toEqual(['PERS بريان كراسنشتاين']);
    expect(named('وكان الرئيس الأسبق كميل شمعون قد زار المدينة.')).toEqual(['PERS كميل شمعون']);
  });

  it('guards: a preposition before a name or a place is still read off', () => {
    expect(named('تقام قرعة البطولة بروسيا في الشهر المقبل.')).toEqual(['LOC روسيا']);
    expect(named('والتقى الوزير بمحمد العلي في مكتبه.')).toEqual(['PERS محمد العلي']);
  });
});
