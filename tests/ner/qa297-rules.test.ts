// QA round 297 (the Syrian Observatory under its short name, over the 16 news files): the
// ORGANISATIONS list in src/ner/lists.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] => entities(text).filter((e) => e.type === 'ORG').map((e) => e.text);

describe('QA round 297: «المرصد السوري» is an organisation', () => {
  it('labels the short name', () => {
    expect(orgs('وقال المرصد السوري إن عشرات البراميل ألقيت على المدينة.')).toContain('المرصد السوري');
    expect(orgs('أكد «المرصد السوري» تقدم قوات النظام في الريف الشمالي.')).toContain('المرصد السوري');
  });

  it('guards: the full name stays whole', () => {
    expect(orgs('وأفاد المرصد السوري لحقوق الإنسان بمقتل عشرة أشخاص.')).toEqual(['المرصد السوري لحقوق الإنسان']);
  });
});
