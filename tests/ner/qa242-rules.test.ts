// QA round 242 (the currency of a monetary zone, over the 16 news files): «منطقة اليورو»,
// «منطقة الفرنك» — retypeCurrencyZones in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 242: a monetary zone is a place', () => {
  it('tags the currency after «منطقة» LOC', () => {
    expect(named('وارتفع معدل التضخم في منطقة اليورو خلال الشهر الماضي.')).toEqual(['LOC اليورو']);
    expect(named('واجتمع وزراء مالية دول منطقة الفرنك في العاصمة.')).toEqual(['LOC الفرنك']);
  });

  it('guards: the currency itself stays MISC', () => {
    expect(named('وارتفع اليورو أمام الدولار في تعاملات الأمس.')).toEqual(['MISC اليورو', 'MISC الدولار']);
  });
});
