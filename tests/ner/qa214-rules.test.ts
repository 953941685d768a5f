// QA round 214 (a lone «[السعودية]LOC» right after a definite noun the model left O, over the 16
// news files): after the nouns it follows as the adjective "Saudi" it is no place, and it closes
// the name of a body or of the airline; dropAdjectiveStateNames in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 214: «السعودية» the adjective after a definite noun', () => {
  it('is no place; it ends the name of a body or the airline', () => {
    expect(named('ويتابع محبو كرة القدم السعودية المباراة.')).not.toContain('LOC السعودية');
    expect(named('وقال مدير عام الخطوط السعودية إن الرحلات زادت.')).toContain('ORG الخطوط السعودية');
    expect(named('وأعلنت جمعية الاقتصاد السعودية عن لقائها السنوي.')).toContain('ORG جمعية الاقتصاد السعودية');
  });

  it('guards: the state after a preposition, a verb or in a list stays a place', () => {
    expect(named('وسافر الوفد إلى السعودية أمس.')).toContain('LOC السعودية');
    expect(named('زار ولي العهد السعودية أمس.')).toContain('LOC السعودية');
    expect(named('وأضاف أن القوتين الإقليميتين السعودية وإيران تتنافسان.')).toContain('LOC السعودية');
  });
});
