// QA round 192 (the lines of the 16 news files that hold a kinship noun): a kinship noun with its
// pronoun («ابنتي», «والدته», «ولدان») is no name; dropKinship in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 192: kinship nouns with a pronoun', () => {
  it('stay out of the name after them, and out altogether when alone', () => {
    expect(persons('وأصيب في الهجوم والد الطفل سعد ووالدته رهام وشقيقه احمد.')).toEqual(['سعد', 'رهام', 'احمد']);
    expect(persons('وكان للرجل ولدان يعيشان في القرية.')).toEqual([]);
  });

  it('guards: names that look like one («وجدي», «أمين») stay whole, the son\'s name stays', () => {
    expect(persons('وقال وجدي غنيم إن الدعوة مستمرة.')).toEqual(['وجدي غنيم']);
    expect(persons('وقال أمين الجميل إن لبنان بخير.')).toEqual(['أمين الجميل']);
    expect(persons('وصل الوزير مع ابنها أحمد إلى المستشفى أمس.')).toEqual(['أحمد']);
  });
});
