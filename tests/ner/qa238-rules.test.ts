// QA round 238 (newspapers, channels and radios the model read as MISC after «صحيفة/قناة/إذاعة»
// where the name is not quoted, over the 16 news files): retypeMediaNames in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 238: the press named without quotation marks', () => {
  it('makes the channel an organisation', () => {
    expect(named('ونقلت قناة المنار عن مصدر قوله إن الهجوم فشل.')).toEqual(['ORG المنار']);
  });

  it('guards: an adjective after «صحيفة» is no newspaper', () => {
    expect(named('حسب قول سيستو في مقابلة مع صحيفة دنماركية.')).not.toContain('ORG دنماركية');
  });
});
