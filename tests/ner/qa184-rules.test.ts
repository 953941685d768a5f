// QA round 184 (the lines of the 16 news files that hold a word ending in «ية» before a space): a
// definite feminine adjective «ال…ية» or a title of that form («الداعية») opens no person's name;
// dropLeadingFeminineAdjectives in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 184: a feminine adjective before a name', () => {
  it('is left out of the person', () => {
    const a = persons('وقال رئيس الهيئة العامة للرياضة السعودية تركي آل الشيخ إن الدوري سيبدأ في أغسطس.');
    expect(a).toContain('تركي آل الشيخ');
    expect(a.some((t) => t.includes('السعودية'))).toBe(false);
    const b = persons('وطلب وزير الشؤون البلدية والقروية عبد اللطيف آل الشيخ من البلديات تطبيق القرار.');
    expect(b.some((t) => t.includes('والقروية') || t.includes('القروية'))).toBe(false);
  });

  it('guards: a one-word family name of that form stays a person', () => {
    expect(persons('وقال العطية إن أفضل جندي في هذه المنطقة هو الجندي القطري.')).toContain('العطية');
  });
});
