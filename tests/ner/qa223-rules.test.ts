// QA round 223 (North African football and basketball clubs over the 16 news files): listed in
// ORGANISATIONS (src/ner/lists.ts), taken by labelListed as one ORG. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 223: a North African club named by a noun and its town', () => {
  it('is one ORG', () => {
    expect(named('وتأهل النجم الرادسي إلى النهائي بعد فوزه أمس.')).toContain('ORG النجم الرادسي');
    expect(named('ويستضيف الفريق غدا الفتح الرباطي المغربي في الجولة الثانية.')).toContain('ORG الفتح الرباطي');
    expect(named('وخسر الفريق أمام شبيبة القبائل في ملعبه.')).toContain('ORG شبيبة القبائل');
  });

  it('guards: the town and the coach around it keep their types', () => {
    const out = named('وقال مدرب الرجاء البيضاوي إن الفريق سيسافر إلى الرباط يوم الخميس.');
    expect(out).toContain('LOC الرباط');
    expect(out.filter((e) => e.includes('البيضاوي إن'))).toEqual([]);
    expect(named('وعاد الوفد إلى الدار البيضاء مساء الأحد.')).toContain('LOC الدار البيضاء');
  });
});
