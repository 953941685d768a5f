// QA round 183 (the lines of the 16 news files that hold «أنا» before a word): the pronoun «أنا»
// "I" is no part of a name; dropFirstPersonPronoun in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 183: «أنا» "I" before a name-like word', () => {
  it('is no person with the predicate, nor part of a name', () => {
    expect(persons('وقال المدرب: "أنا سعيد بهذا الفوز الكبير".')).toEqual([]);
    expect(persons('وقال اللاعب: "أنا سويدي وأرتدي القميص باعتزاز".')).toEqual([]);
    expect(persons('وقال: "إذا كان النادي سعيدا وأنا سعيد، فسأبقى".')).toEqual([]);
  });

  it('guards: «آنا» is the name Anna', () => {
    expect(persons('أعلنت وحدات حماية المرأة مصرع المقاتلة البريطانية آنا كامبل في مارس.')).toContain('آنا كامبل');
  });
});
