// QA round 182 (the lines of the 16 news files that hold «كفر»): a one-word «كفر» is a village's
// name cut short or the word "unbelief"; KAFR_PLACES in src/ner/places.ts, mendKafr in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] =>
  entities(text, { types: ['LOC'] }).map((e) => e.text);

describe('QA round 182: villages named «كفر …»', () => {
  it('takes the village name whole', () => {
    expect(places('قصفت الطائرات بلدتي حمورية وكفر بطنا في الغوطة.')).toContain('كفر بطنا');
    expect(places('وقع الحادث في قرية كفر النخلة مساء أمس.')).toContain('كفر النخلة');
    expect(places('ولد الكاتب في كفر الدوار عام 1950.')).toContain('كفر الدوار');
  });

  it('guards: «كفر» "unbelief" is no place', () => {
    expect(places('قال الخطيب إن قتال المسلم كفر وسبابه فسوق.')).toEqual([]);
    expect(places('تحدثت الآية عن كفر المنافقين بعد إسلامهم.')).toEqual([]);
  });
});
