// QA round 302 (a ruler numbered by an ordinal, the name unknown to the model, over the 16 news
// files): labelRegnalNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 302: a name with a regnal ordinal is one PERS', () => {
  it('labels the ruler with the ordinal', () => {
    expect(persons('وكان كثيرون من خلفاء تحوتمس الثالث قد حكموا مصر.')).toEqual(['تحوتمس الثالث']);
    expect(persons('وتولى ألكسندر الثاني عرش الإمبراطورية في سنة 1855.')).toEqual(['ألكسندر الثاني']);
    expect(persons('في عهد فلاد الثالث انتصر الجيش.')).toEqual(['فلاد الثالث']);
  });

  it('guards: verbs, nouns with a suffix and «للعام» stay O', () => {
    expect(persons('وسجل هدفي الأول في المباراة.')).toEqual([]);
    expect(persons('ثم يضيف الثاني هدفا.')).toEqual([]);
    expect(persons('ويستمر وللعام الثالث على التوالي تنظيم الحلقة.')).toEqual([]);
  });
});
