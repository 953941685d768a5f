// QA round 295 (one PERS over two people joined by a noun of kin, over the 16 news files):
// splitAtInnerKin in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 295: «X حفيد Y» names two people', () => {
  it('splits a PERS at a noun of kin inside it', () => {
    const p = persons('وأقر طارق رمضان حفيد حسن البنا بإقامة العلاقة.');
    expect(p).toContain('طارق رمضان');
    expect(p).toContain('حسن البنا');
    expect(persons('كشف توفيق عسيري والد عبدالفتاح عسيري أن ابنه تعرض لحرب إدارية.')).toEqual(['توفيق عسيري', 'عبدالفتاح عسيري']);
  });

  it('guards: a definite common noun after the kin word is no name', () => {
    const p = persons('واصطحبها حتى المذبح الأمير تشارلز والد العريس وولي العهد.');
    expect(p.some((x) => x.includes('العريس'))).toBe(false);
  });
});
