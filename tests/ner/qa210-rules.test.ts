// QA round 210 (PERS opening with «جمال» over the 16 news files): «جمال» "beauty" before a place
// is no name; dropOfficesOfPlaces in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 210: «جمال» "beauty" before a place', () => {
  it('leaves the place a LOC and names nobody', () => {
    const miss = named('وفازت الطالبة بلقب ملكة جمال الهند هذا العام.');
    expect(miss).toContain('LOC الهند');
    expect(miss).not.toContain('PERS جمال الهند');
  });

  it('guards: «جمال» before a surname, or a word only now and then a place, is left', () => {
    expect(named('وقال جمال مبارك إن الحزب سيفوز.')).toContain('PERS جمال مبارك');
    expect(named('تفوقت المهرة من حيث جمال الرأس والرقبة.')).not.toContain('LOC الرأس');
  });
});
