// QA round 224 (particles, pronouns and prepositions that open the clause after a name, over the
// 16 news files): endNamesBeforeClauseWords in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 224: a clause opener after a name', () => {
  it('ends the name before it', () => {
    expect(named('وأعلن ولد الشيخ أحمد أنه لن يجدد مهمته.')).toContain('PERS ولد الشيخ أحمد');
    const out = named('يمتد الوطن العربي من المحيط إلى الخليج.');
    expect(out).toContain('LOC المحيط');
    expect(out).not.toContain('LOC المحيط إلى');
  });

  it('guards: the actor «عادل أمام» keeps his misspelt surname', () => {
    expect(named('وتحدث عادل أمام عن فيلمه الجديد.')).toContain('PERS عادل أمام');
    expect(named('وقال رئيس الاتحاد الأوروبي هو جزء من المشكلة.')).toContain('ORG الاتحاد الأوروبي');
  });
});
