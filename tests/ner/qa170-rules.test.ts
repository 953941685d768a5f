// QA round 170 (the lines of the 16 news files that hold «إب»): «إب», written with the hamza
// below, is the Yemeni city and governorate Ibb, which the model leaves O; labelIbb in
// src/ner/rules.ts reads the raw spelling, since folded it is «اب» as «أب» "father" is.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] =>
  entities(text, { types: ['LOC'] }).map((e) => e.text);

describe('QA round 170: Ibb', () => {
  it('is a place, its proclitics left out', () => {
    expect(places('قتل ثلاثة في محافظة إب وسط اليمن.')).toContain('إب');
    expect(places('وصلت التعزيزات إلى تعز وإب.')).toEqual(['تعز', 'إب']);
    expect(places('ولد بإب عام 1960.')).toEqual(['إب']);
  });

  it('guards: «إبّان», «الأب», «آب» are no places', () => {
    expect(places('إبّان الحرب عاد إلى قريته.')).toEqual([]);
    expect(places('قال الأب إن ابنه عاد.')).toEqual([]);
  });
});
