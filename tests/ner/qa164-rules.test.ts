// QA round 164 (the lines of the 16 news files that hold «الإخوان»): after «جماعة/تنظيم»
// «الإخوان» without «المسلمين» is the Muslim Brotherhood, an ORG of that word, head outside as in
// «جماعة [الإخوان المسلمين]»: labelBrotherhood in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 164: the Brotherhood by its short name', () => {
  it('is an organisation after «جماعة/تنظيم»', () => {
    expect(orgs('وأصدرت المحكمة أحكاما بحق قادة جماعة الإخوان في القضية.')).toContain('الإخوان');
    expect(orgs('وضبطت الشرطة عناصر من تنظيم الإخوان الإرهابي في المحافظة.')).toContain('الإخوان');
    expect(orgs('وأحيل المرشد العام لجماعة الإخوان إلى المحاكمة.')).toContain('الإخوان');
  });

  it('guards: «الإخوان» alone is "the brothers"', () => {
    expect(orgs('واجتمع الإخوان في بيت والدهم بعد صلاة العيد.')).toEqual([]);
  });
});
