// QA round 225 (hospitals named after a person, over the 16 news files): retypeHospitalNames in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 225: a person\'s name after «مستشفى»', () => {
  it('is the hospital, an ORG', () => {
    expect(named('وقال موظف بالمستشفى الجامعي الحبيب بورقيبة إن القسم مغلق.')).toContain('ORG الحبيب بورقيبة');
    expect(named('وتوزع الجرحى على مستشفيات شارل نيكول والرابطة.')).toContain('ORG شارل نيكول');
  });

  it('guards: a name in apposition after the definite «المستشفى» stays a person', () => {
    expect(named('وكان في استقبالهم مدير المستشفى محمد الخياط.')).toContain('PERS محمد الخياط');
  });
});
