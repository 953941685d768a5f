// QA round 229 (SpaceX read as a person, over the 16 news files): COMPANIES in src/ner/lists.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 229: «سبيس إكس»', () => {
  it('is the company, an ORG', () => {
    expect(named('وقال ماسك إن شركته سبيس إكس ستطلق صاروخا جديدا.')).toContain('ORG سبيس إكس');
  });

  it('guards: a person whose name holds «سبيس» stays a person', () => {
    expect(named('وقال ويل سبيس إن الأمر انتهى.')).toContain('PERS ويل سبيس');
  });
});
