// QA round 201 (lines of the 16 news files holding a word in «يني»): the nisba of a decade of age
// («عشريني» … «تسعيني») is no name; dropDecadeAges in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 201: decades of age', () => {
  it('name nobody and end the name they follow', () => {
    expect(named('وأعلنت الشرطة الإطاحة بشاب عشريني أقر بسرقة لوحات المركبات.')).toEqual([]);
    expect(named('وقالت الشرطة إن مطلق النار رجل أبيض خمسيني انتحر بعد الحادث.')).toEqual([]);
    expect(named('وقالت غلاديس كورتيس الستينية التي تعمل خادمة منزلية إنها ستصوت له.')).toEqual(['PERS غلاديس كورتيس']);
  });

  it('guards: the name after the age and the family name after «بن» stay', () => {
    expect(named('يعتني الستيني بخيت بن محمد الزهراني بعشرة ذئاب في فناء منزله.')).toEqual(['PERS بخيت بن محمد الزهراني']);
    expect(named('وسجل رامي بن سبعيني هدف الفوز في الدقيقة الأخيرة.')).toEqual(['PERS رامي بن سبعيني']);
  });
});
