// QA round 232 (units of measure read as names, over the 16 news files): dropUnits in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 232: units of measure', () => {
  it('are no names', () => {
    expect(named('أتت الحرائق على نحو 26000 دونم (2600 هكتار) خلال شهر.')).toEqual([]);
    expect(named('يأتي الهاتف بذاكرة عشوائية سعتها 3 جيجا بايت.')).toEqual([]);
  });

  it('guards: a name spelt like a unit and not after a number stays', () => {
    expect(named('وعرّف جيمس واط وحدة القدرة.')).toEqual(['PERS جيمس واط']);
  });
});
