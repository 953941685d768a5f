// QA round 215 (a lone «[سورية]LOC» over the 16 news files): «سورية» is also the indefinite
// feminine of "Syrian"; dropSyrianAdjectives in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 215: «سورية» the adjective', () => {
  it('is no place after a plural it describes or before an adjective that agrees with it; «قوات سورية الديمقراطية» is the SDF', () => {
    expect(named('وذكرت مصادر سورية معارضة أن القصف استمر.')).not.toContain('LOC سورية');
    expect(named('وقاتلت ميليشيات سورية موالية للنظام في المدينة.')).not.toContain('LOC سورية');
    expect(named('وقالت قوات سورية الديمقراطية إنها سيطرت على البلدة.')).toContain('ORG قوات سورية الديمقراطية');
  });

  it('guards: the state after a preposition or a verb, or before another state, stays a place', () => {
    expect(named('فلا يوجد في سورية معارضة موحدة.')).toContain('LOC سورية');
    expect(named('تواجه سورية أزمة كبيرة.')).toContain('LOC سورية');
    expect(named('وزار الوفد سورية وتركيا.')).toContain('LOC سورية');
  });
});
