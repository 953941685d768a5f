// QA round 218 (entities after «فيلق» over the 16 news files): a named corps is one organisation;
// labelCorps in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 218: a named corps', () => {
  it('is one ORG with «فيلق»', () => {
    expect(named('واستهدف مقاتلو فيلق الرحمن تجمعات لقوات النظام.')).toContain('ORG فيلق الرحمن');
    expect(named('وقال قائد فيلق القدس الإيراني إن العمليات مستمرة.')).toContain('ORG فيلق القدس');
  });

  it('guards: a corps named after its commander is not made an organisation', () => {
    expect(named('وصل فيلق جوديريان إلى المدينة.')).not.toContain('ORG فيلق جوديريان');
  });
});
