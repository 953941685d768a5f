// QA round 250 («القديس» "the saint" read as a one-word name, over the 16 news files):
// SAINT_TITLES in dropLoneRanks, src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const texts = (text: string): string[] => entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => e.text);

describe('QA round 250: «القديس» alone is a title, not a name', () => {
  it('drops the lone title', () => {
    expect(texts('ولا يوصف الشخص بالقديس إلا بعد وفاته بسنوات.')).toEqual([]);
  });

  it('guard: a saint named after the title keeps the span', () => {
    expect(texts('أقيم القداس في كنيسة القديس جورج وسط المدينة.')).toEqual(['القديس جورج']);
  });
});
