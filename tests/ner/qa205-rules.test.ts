// QA round 205 (lines of the 16 news files with a noun describing a person before a word in «ي»):
// «مصدر تركي» "a Turkish source" is no name; dropDescribedPersons in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 205: a person described by a noun and a nisba', () => {
  it('is no name', () => {
    expect(named('وقال مصدر تركي لوكالة الأنباء أمس إن منفذ العملية شاب.')).toEqual([]);
    expect(named('وهو شاب تركي في العشرين من عمره.')).toEqual([]);
  });

  it('guards: the given name Turki after a title stays', () => {
    expect(named('وقال الأمير تركي الفيصل إن المملكة تدعم الحل.')).toEqual(['PERS تركي الفيصل']);
  });
});
