// QA round 228 (foods and music genres written as two-word loanwords, over the 16 news files):
// dropCommonPhrases in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 228: a two-word common noun', () => {
  it('is no name', () => {
    expect(named('وتشمل الصادرات منتجات الألبان والآيس كريم والشوكولاتة.')).toEqual([]);
    expect(named('وذبحت المزارع 177 ألف ديك رومي قبل الأعياد.')).toEqual([]);
    expect(named('ويحب الشباب موسيقى البانك روك والهيب هوب.')).toEqual([]);
  });

  it('guards: «كريم» in a name stays', () => {
    expect(named('وقال كريم بنزيمة إنه سعيد.')).toContain('PERS كريم بنزيمة');
    expect(named('وأعلنت شركة كريم توسعها في مصر.')).toContain('ORG كريم');
  });
});
