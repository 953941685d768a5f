// QA round 187 (the lines of the 16 news files that hold «أمام», «سوى», «ضد», «بحسب» and the like):
// a preposition opens no name; dropLeadingPrepositions in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 187: a preposition before a name', () => {
  it('is left out of the person', () => {
    const a = persons('ولن يغيب عن صفوف الأهلي سوى حسام عاشور بسبب الإيقاف.');
    expect(a).toContain('حسام عاشور');
    expect(a.some((t) => t.startsWith('سوى'))).toBe(false);
    expect(persons('وخسر الأمير الانتخابات الأخيرة على رئاسة الفيفا أمام بلاتر، قبل عامين.').some((t) => t.startsWith('أمام'))).toBe(false);
  });

  it('guards: «إمام» the imam is no preposition', () => {
    expect(persons('وغنى الشيخ إمام عيسى أغنيات كثيرة.').join(' ')).toContain('إمام');
  });
});
