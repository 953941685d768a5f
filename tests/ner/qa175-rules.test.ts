// QA round 175 (the lines of the 16 news files that hold the spellings): countries and cities
// in spellings the model leaves O — the Egyptian «ج» for «غ» («لوكسمبورج», «الجابون») and the
// article before a country's name («النيبال») — are in CITIES (src/ner/places.ts). Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] =>
  entities(text, { types: ['LOC'] }).map((e) => e.text);

describe('QA round 175: other spellings of countries', () => {
  it('are places', () => {
    expect(places('وقعت الاتفاقية في لوكسمبورج أمس.')).toContain('لوكسمبورج');
    expect(places('زار الرئيس الجابون ثم توجو.')).toEqual(expect.arrayContaining(['الجابون', 'توجو']));
    expect(places('ضرب زلزال قوي النيبال فجر اليوم.')).toContain('النيبال');
  });

  it('guards: adjectives of the same shape are no places', () => {
    expect(places('قال الوزير المالي إن العجز تراجع.')).toEqual([]);
  });
});
