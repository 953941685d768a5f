// QA round 163 (the lines of the 16 news files with a word in «…تان»): a feminine dual of a
// common word — a noun and its adjectives, «سلسلتان جبليتان», «عبوتان ناسفتان» — is no name, though
// the model reads it as a person: dropFeminineDuals in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 163: a feminine dual', () => {
  it('is no name', () => {
    for (const text of [
      'وتحيط بالوادي سلسلتان جبليتان من الشرق والغرب.',
      'وأعلنت الوزارة أن حالتان منومتان في المستشفى.',
      'وانفجرت عبوتان ناسفتان قرب الحاجز صباح اليوم.',
    ]) expect(names(text).filter((n) => n.includes('تان'))).toEqual([]);
  });

  it('guards: names in «…تان» stay', () => {
    expect(names('وسجل زلاتان إبراهيموفيتش هدفين في المباراة.').some((n) => n.startsWith('PERS:زلاتان'))).toBe(true);
    expect(names('وزار الوفد كازاخستان وأوزبكستان الأسبوع الماضي.')).toContain('LOC:كازاخستان');
  });
});
