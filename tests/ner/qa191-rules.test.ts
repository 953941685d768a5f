// QA round 191 (the lines of the 16 news files that hold «مولود»): the given name Mevlüt joins the
// family name after it; joinMevlut in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 191: «مولود» before a name', () => {
  it('is the given name', () => {
    expect(persons('وقال وزير الخارجية التركي مولود تشاووش أوغلو، إن بلاده لن تتراجع.')).toEqual(['مولود تشاووش أوغلو']);
  });

  it('guards: "newborn" before a place stays out', () => {
    expect(persons('وهو طفل مولود في جورجيا، أرض الأجداد.')).toEqual([]);
  });
});
