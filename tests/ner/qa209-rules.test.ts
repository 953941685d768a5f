// QA round 209 (PERS opening with «أمين/سلطان» over the 16 news files): the office before a place
// is no person; dropOfficesOfPlaces in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 209: «أمين/سلطان» before a place', () => {
  it('is an office: the place is a LOC and the name after it the person', () => {
    const mayor = named('وقال أمين الأحساء إن المشروع يكتمل هذا العام.');
    expect(mayor).toContain('LOC الأحساء');
    expect(mayor).not.toContain('PERS أمين الأحساء');
    const sultan = named('واستقبل سلطان عمان قابوس بن سعيد الوفد أمس.');
    expect(sultan).toContain('LOC عمان');
    expect(sultan).toContain('PERS قابوس بن سعيد');
  });

  it('guards: «أمين/سلطان» before a surname stay a name', () => {
    expect(named('وقال الكاتب أمين معلوف إن الرواية جديدة.')).toContain('PERS أمين معلوف');
  });
});
