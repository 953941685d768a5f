// QA round 258 (Ivanka Trump read alone as an organisation, over the 16 news files):
// retypeKnownPersons in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const typed = (text: string): string[] => entities(text, { types: ['PERS', 'ORG', 'LOC', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 258: «إيفانكا» alone is a person', () => {
  it('retypes the one-word ORG', () => {
    expect(typed('وقالت إيفانكا عقب وصولها مطار إنتشون إن الزيارة مهمة.')).toEqual(['PERS إيفانكا', 'LOC إنتشون']);
  });

  it('guard: after «شركة» the name is the company’s and is not made a person', () => {
    // (the model cuts the company's name in two, «[إيفانكا]ORG [ترامب ماركس]PERS»; left as it is)
    expect(typed('وتشمل المنتجات المسجلة من جانب شركة إيفانكا ترامب ماركس المنسوجات.')).toContain('ORG إيفانكا');
  });
});
