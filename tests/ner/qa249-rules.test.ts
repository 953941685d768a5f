// QA round 249 («الباطن» read as a place, over the 16 news files): retypeBatin in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 249: «الباطن» alone is no place', () => {
  it('drops «من الباطن» "subcontracted"', () => {
    expect(named('ويقوم المقاول بتنفيذ المشروع من الباطن دون علم الوزارة.')).toEqual([]);
  });

  it('reads it as the club in a sentence of football', () => {
    expect(named('وتقدم الباطن بهدف في الدقيقة 20 من المباراة.')).toEqual(['ORG الباطن']);
  });

  it('guard: Hafr al-Batin stays whole', () => {
    expect(named('وصل الوفد إلى محافظة حفر الباطن صباح اليوم.')).toEqual(['LOC حفر الباطن']);
  });
});
