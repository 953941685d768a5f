// QA round 195 (all lines of the 16 news files): towns of two words that open with a given name
// or read as one are places; retypePersonPlaces in src/ner/rules.ts, CITIES in src/ner/places.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 195: towns read as persons', () => {
  it('are places', () => {
    expect(named('وأحيا الفلسطينيون ذكرى مجزرة صبرا وشاتيلا في بيروت.')).toEqual(['LOC صبرا وشاتيلا', 'LOC بيروت']);
  });

  it('guards: a person named Khamis stays a person', () => {
    expect(named('وقال خميس العتيبي إن الموسم بدأ.')).toEqual(['PERS خميس العتيبي']);
  });
});
