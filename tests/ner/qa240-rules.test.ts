// QA round 240 («دي مايو», Di Maio and de Mayo, cut at the month word, over the 16 news files):
// runOnParticle and mendTrailingParticles in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 240: «مايو» after «دي»', () => {
  it('keeps the family name whole', () => {
    expect(named('وقال دي مايو البالغ من العمر 31 عاما إن الحكومة ستصمد.')).toEqual(['PERS دي مايو']);
    expect(named('فيما أكد زعيم الحركة لويجي دي مايو أن الاتفاق قريب.')).toEqual(['PERS لويجي دي مايو']);
  });

  it('guards: the month in a date stays a date', () => {
    expect(entities('ولد في 25 مايو 1980.').map((e) => `${e.type} ${e.text}`)).toEqual(['DATE 25 مايو 1980']);
  });
});
