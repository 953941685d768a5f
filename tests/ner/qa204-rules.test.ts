// QA round 204 (lines of the 16 news files holding a land or water head such as «خليج», «جبل»,
// «ميناء»): the head of a place's name is no place alone; dropBareLandHeads in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 204: a land head alone', () => {
  it('is no place; the name after it stays', () => {
    expect(named('وحذرت الهيئة سكان ساحل خليج المكسيك من العاصفة.')).toEqual(['LOC المكسيك']);
    expect(named('وتقع المدينة غرب بحر البلطيق وخليج بوتنيا.')).not.toContain('LOC خليج');
  });

  it('guards: after a settlement\'s head it is the settlement\'s name', () => {
    expect(named('توجهت القافلة إلى قرية بوادي على بعد 15 كيلومترا من بيروت.')).toContain('LOC وادي');
  });
});
