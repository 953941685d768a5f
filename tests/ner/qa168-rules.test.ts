// QA round 168 (PERS names of news-002/011 that hold a «و» word): two people joined by «و» are
// two names, not one, when the word after «و» is counted far more often without the letter
// («محمود وغزوان», «أحمد المجايشي والجندي», «عبد الوهاب وأم كلثوم»); splitCoordinatedNames in
// src/ner/rules.ts. A name that begins with «و» («أنور وجدي», «هاورد ويب», «جون واين») or follows
// a name link («سعد بن أبي وقاص») stays whole. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 168: two people joined by «و»', () => {
  it('are two names', () => {
    expect(persons('اطلق محمود وغزوان النار على المصور.')).toEqual(['محمود', 'غزوان']);
    expect(persons('وسجل أحمد المجايشي والجندي هدفين للفريق.')).toEqual(['أحمد المجايشي', 'الجندي']);
    const both = entities('غنى عبد الوهاب وأم كلثوم في القاهرة.', { types: ['PERS'] });
    expect(both.map((e) => [e.text, e.form])).toEqual([['عبد الوهاب', 'عبد الوهاب'], ['أم كلثوم', 'أم كلثوم']]);
  });

  it('guards: a name that begins with «و» stays whole', () => {
    expect(persons('مثل أنور وجدي في الفيلم.')).toEqual(['أنور وجدي']);
    expect(persons('قال جون واين في الفيلم.')).toEqual(['جون واين']);
    expect(persons('ولد سعد بن أبي وقاص في مكة.')).toEqual(['سعد بن أبي وقاص']);
    expect(persons('وقال كريستوفر ويلي إن الشركة جمعت البيانات.')).toEqual(['كريستوفر ويلي']);
  });
});
