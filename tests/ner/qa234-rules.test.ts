// QA round 234 («الإسلام» and an adjective read as one MISC; «سيف الإسلام» after a MISC «سيف»,
// over the 16 news files): trimIslamAdjectives and joinSaifAlIslam in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 234: «الإسلام» and «سيف الإسلام»', () => {
  it('keeps the religion alone, without its adjective', () => {
    expect(named('تقود الحكومة حربا على «الإسلام السياسي» المسلح.')).toEqual(['MISC الإسلام']);
  });

  it('joins «سيف» read as a MISC of its own to the name', () => {
    expect(named('وأعلن ترشح «سيف الإسلام القذافي» للرئاسة.')).toEqual(['PERS سيف الإسلام القذافي']);
  });

  it('guards: a conference named «الإسلام والسلام» stays whole', () => {
    expect(named('شارك في مؤتمر «الإسلام والسلام» في العاصمة.')).toEqual(['MISC الإسلام والسلام']);
  });
});
