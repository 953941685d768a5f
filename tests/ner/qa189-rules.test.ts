// QA round 189 (the lines of the 16 news files that hold «أشرف»): the verb "supervised" is no
// person; dropSupervised in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 189: «أشرف» "supervised"', () => {
  it('is no person before a title, a time or its object', () => {
    expect(persons('أشرف والي القيروان توفيق الورتاني، أمس الاثنين على جلسة عمل حول الانتحار.')).toEqual(['توفيق الورتاني']);
    expect(persons('وأشرف عليه بلاتر الذي كان في حينها أمينا عاما.')).toEqual(['بلاتر']);
    expect(persons('وأشرف طاقم طبي من 40 فردا على عملية الولادة.')).toEqual([]);
  });

  it('guards: the given name Ashraf after «أو» or a speech verb stays', () => {
    expect(persons('من سيلعب مع حمزة أو أشرف في الجهة اليسرى؟')).toContain('أشرف');
    expect(persons('وقال أشرف رئيس الجمعية إن العمل متواصل.')).toContain('أشرف');
  });
});
