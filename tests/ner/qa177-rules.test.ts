// QA round 177 (the lines of the 16 news files that hold «الجزيرة»): «الجزيرة» "the island" is
// no Al Jazeera after «على», a demonstrative or a noun of the island's halves, shores and land,
// or before «الشيوعية»; dropCommonIsland in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 177: the island is no Al Jazeera', () => {
  it('is no organisation after «على», «شطري» or before «الشيوعية»', () => {
    expect(orgs('نشرت القوات الأمريكية جنودا إضافيين على الجزيرة.')).toEqual([]);
    expect(orgs('تعهد الرئيس بالعمل على توحيد شطري الجزيرة.')).toEqual([]);
    expect(orgs('خففت واشنطن الحظر المفروض على الجزيرة الشيوعية.')).toEqual([]);
  });

  it('guards: the channel and the club stay', () => {
    expect(orgs('وقال مراسل الجزيرة إن القصف استمر.')).toContain('الجزيرة');
    expect(orgs('فاز الوحدة على الجزيرة في مباراة الدوري.')).toContain('الجزيرة');
  });
});
