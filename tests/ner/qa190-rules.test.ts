// QA round 190 (the lines of the 16 news files that hold a Maghrebi given name of nisba shape):
// «الباجي», «المنجي», «الهاشمي» … open a person's name and are no nationality adjective;
// NISBA_GIVEN_NAMES, dropClubNisbas in src/ner/rules.ts and PERSONS in src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 190: given names of nisba shape', () => {
  it('open the person', () => {
    expect(persons('وقال الرئيس التونسي الباجي قائد السبسي إن الانتخابات ستجري في موعدها.')).toEqual(['الباجي قائد السبسي']);
    expect(persons('وقال المنجي عكاشة عضو الفرع إن الإضراب متواصل.')).toEqual(['المنجي عكاشة']);
    expect(persons('رفض الهاشمي الحامدي رئيس تيار المحبة هذه الدعوة.')).toEqual(['الهاشمي الحامدي']);
  });

  it('guards: a nationality adjective and a club stay out', () => {
    expect(persons('وقال الرئيس الروسي فلاديمير بوتين إن المحادثات مثمرة.')).toEqual(['فلاديمير بوتين']);
    const e = entities('تعرض اللاعب المعار إلى الأولمبي الباجي عامر العمراني لحادث مرور.');
    expect(e.some((x) => x.type === 'PERS' && x.text.startsWith('الباجي'))).toBe(false);
  });
});
