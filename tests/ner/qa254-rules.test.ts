// QA round 254 (an adverb of manner or time, or the reflexive «نفسه», read as the end of a
// person's name, over the 16 news files): TRAILING_NON_NAMES in trimClauseWords,
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 254: «مازحا», «هاتفيا», «حينذاك» end no name', () => {
  it('ends the name before the adverb', () => {
    expect(persons('وقال كيري مازحا في بداية الاجتماع إن العصا لها تاريخ.')).toEqual(['كيري']);
    expect(persons('وتحدث الرئيس إيمانويل ماكرون هاتفيا مع نظيره الأميركي مساء الأحد.')).toEqual(['إيمانويل ماكرون']);
    expect(persons('وكان الأمير سعود حينذاك في الرياض.')).toEqual(['سعود']);
  });

  it('guard: a name of several words that ends in a name stays whole', () => {
    expect(persons('وقال الملك عبد العزيز آل سعود إن الوقت حان.')).toEqual(['عبد العزيز آل سعود']);
  });
});
