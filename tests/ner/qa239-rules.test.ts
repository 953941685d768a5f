// QA round 239 (BRICS read as a person or left out, over the 16 news files): ORGANISATIONS in
// src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 239: BRICS', () => {
  it('is an organisation, with or without the article', () => {
    expect(named('دول «بريكس» تدشن مصرفا للتنمية في الصين.')).toEqual(['ORG بريكس', 'LOC الصين']);
    expect(named('وتصدرت روسيا دول البريكس في جذب الاستثمارات.')).toEqual(['LOC روسيا', 'ORG البريكس']);
  });

  it('guards: Brexit, a longer word, is no BRICS', () => {
    expect(named('وصوت البريطانيون لصالح بريكست.')).not.toContain('ORG بريكس');
  });
});
