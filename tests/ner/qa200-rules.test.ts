// QA round 200 (lines of the 16 news files holding «عهد»): «ولي العهد» "crown prince" is a title
// left out of names; dropCrownPrince in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 200: the crown prince', () => {
  it('leaves «ولي» and «العهد» out of names', () => {
    expect(named('وأعلن الملك تعيين الأمير محمد بن سلمان وليا للعهد.')).toEqual(['PERS محمد بن سلمان']);
    expect(named('ويضم الوفد المرافق لولي ولي العهد أحمد الخطيب المستشار في الديوان.')).toEqual(['PERS أحمد الخطيب']);
    expect(named('واستقبل الأمير تشارلز ولي عهد بريطانيا الوفد.')).toEqual(['PERS تشارلز', 'LOC بريطانيا']);
  });

  it('guards: the place after «ولي عهد» stays', () => {
    expect(named('وقال ولي عهد أبوظبي الشيخ محمد بن زايد إن العلاقات متينة.')).toEqual(['LOC أبوظبي', 'PERS محمد بن زايد']);
  });
});
