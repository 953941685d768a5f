// QA round 202 (all lines of the 16 news files holding «ال»): a common definite word the model ran
// a name back over leaves the name; dropLeadingCommonWords in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 202: common definite words before a name', () => {
  it('leave the name', () => {
    expect(named('وأعلن رئيس هيئة الرياضة تركي آل الشيخ إقامة بطولة جديدة.')).toContain('PERS تركي آل الشيخ');
    expect(named('وقال مدير عام فرع الوزارة بالجوف عبد العزيز الرويلي إن الحملات مستمرة.')).toEqual(['PERS عبد العزيز الرويلي']);
  });

  it('guards: a name written with a hyphen stays whole', () => {
    expect(named('وأخفق المغني جاي-زي في تحقيق الفوز.')).toEqual(['PERS جاي-زي']);
  });
});
