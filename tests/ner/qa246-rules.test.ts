// QA round 246 (banks named after a place, over the 16 news files): labelPlaceBanks in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 246: a bank named after a place is an organisation', () => {
  it('joins «بنك/مصرف» and the place', () => {
    expect(named('وقرر بنك إنجلترا إبقاء أسعار الفائدة دون تغيير.')).toEqual(['ORG بنك إنجلترا']);
    expect(named('وقال تقرير لمصرف أبوظبي الإسلامي إن الأسعار انخفضت.')).toEqual(['ORG مصرف أبوظبي الإسلامي']);
  });

  it('guards: a bank in a place, and the central bank, stay as they were', () => {
    expect(named('وافتتح المستثمرون بنكا جديدا في مصر.')).toEqual(['LOC مصر']);
    expect(named('وقال البنك المركزي في مصر إن الاحتياطي ارتفع.')).toEqual(['ORG البنك المركزي', 'LOC مصر']);
  });
});
