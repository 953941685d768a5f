// QA round 207 (lines of the 16 news files holding «يا »): the vocative «يا» is no part of the
// name it calls, nor a name with the word it calls; dropVocatives in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 207: the vocative «يا»', () => {
  it('leaves the name it calls; «يا بني» names nobody', () => {
    expect(named('فرحمة الله عليك يا فهمي يوسف بصراوي الذي علمنا المسابقات.')).toContain('PERS فهمي يوسف بصراوي');
    expect(named('يجب -يا بني- أن تكون حاستك السادسة حاضرة.')).toEqual([]);
  });

  it('guards: a lone «ويا» is the family name Weah', () => {
    expect(named('وأحرز البديل ويا، وهو ابن جورج ويا مهاجم سان جرمان، الهدف الثاني.')).toContain('PERS ويا');
  });
});
