// QA round 231 (the White Helmets read as a MISC, over the 16 news files): ORGANISATIONS in
// src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 231: «الخوذ البيضاء»', () => {
  it('is the civil defence organisation, an ORG', () => {
    expect(named('وقالت مجموعة الدفاع المدني المعروفة باسم "الخوذ البيضاء" إن القصف طال المستشفى.')).toContain('ORG الخوذ البيضاء');
  });

  it('guards: helmets of another colour are no name', () => {
    expect(named('ارتدى العمال الخوذ الصفراء في الموقع.')).toEqual([]);
  });
});
