// QA round 226 (armed groups named «فيلق» and a name, over the 16 news files): ORGANISATIONS in
// src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 226: a «فيلق» group', () => {
  it('is one ORG', () => {
    expect(named('وقال مقاتلون من فيلق الرحمن إن القصف استمر طوال الليل.')).toContain('ORG فيلق الرحمن');
    expect(named('وأعلن فيلق بدر مشاركته في المعارك غرب المدينة.')).toContain('ORG فيلق بدر');
    expect(named('واتهمت واشنطن فيلق القدس بتسليح الجماعات.')).toContain('ORG فيلق القدس');
  });

  it('guards: «بدر» alone stays a person', () => {
    expect(named('وقال بدر عبد العاطي إن الاجتماع كان مثمرا.')).toContain('PERS بدر عبد العاطي');
  });
});
