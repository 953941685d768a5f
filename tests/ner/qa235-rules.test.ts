// QA round 235 (foreign given names written «أل/إل…» left out of the name they open, over the 16
// news files): HAMZA_AL_GIVEN_NAMES and givenNameBefore in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 235: given names written with «أل/إل»', () => {
  it('joins the given name to the family name the model found', () => {
    expect(named('وقالت المفوضة إليزابيث دنهام إن الغرامة ستفرض قريبا.')).toEqual(['PERS إليزابيث دنهام']);
    expect(named('وكتبت الباحثة ألفة يوسف في افتتاحيتها أن الحكومة أخطأت.')).toEqual(['PERS ألفة يوسف']);
  });

  it('guards: «ألفه» "he wrote it" and «الان» "now" stay out', () => {
    expect(named('وأصدر دار النشر كتابا ألفه طه حسين في شبابه.')).toEqual(['PERS طه حسين']);
    expect(named('وقال الان ترامب إن الاتفاق انتهى.')).toEqual(['PERS ترامب']);
  });
});
