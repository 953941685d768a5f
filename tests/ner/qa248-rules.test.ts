// QA round 248 (listed cities the model types MISC, over the 16 news files): retypePlaceMisc in
// src/ner/rules.ts. Invented sentences; the guards hold whichever type the model gives.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 248: a listed city read as MISC is a place', () => {
  it('retypes the city', () => {
    expect(named('أعلن تعليم تبوك مواعيد المقابلة الشخصية للمعلمين الجدد.')).toEqual(['LOC تبوك']);
    expect(named('وقع حادث على طريق القصيم السريع أمس.')).toEqual(['LOC القصيم']);
  });

  it('guards: no LOC for a film or a process named after a city', () => {
    expect(named('وعرض فيلم "وجدة" في مهرجان البندقية.')).not.toContain('LOC وجدة');
    expect(named('وتدعم الدول الضامنة عملية "أستانة" للسلام في سوريا.')).not.toContain('LOC أستانة');
  });
});
