// QA round 310 (a formula said of God read with «الله» as a person, over the 16 news files):
// GOD_FORMULA_WORDS in dropSetPhrasePersons, src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 310: a formula said of God is no person', () => {
  it('drops the formula', () => {
    expect(persons('وتابع المتحدث: تسلقت المبنى وأحمد الله لأني تمكنت من إنقاذه')).toEqual([]);
    expect(persons('كما قال النبي: وكونوا عباد الله إخوانا، كما أراد لكم ربكم')).toEqual([]);
    expect(persons('وقال إنه يشكر كل من ساهم وبارك الله في جهودهم')).toEqual([]);
  });

  it('keeps the family names made with «الله»', () => {
    expect(persons('وأكد رئيس الوزراء رامي الحمد الله أن الحكومة ستعمل')).toEqual(['رامي الحمد الله']);
    expect(persons('وأنقذ حارس التعاون باسم العطا الله كرة خطيرة')).toContain('العطا الله');
  });
});
