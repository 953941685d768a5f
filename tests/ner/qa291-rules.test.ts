// QA round 291 (a family name of two words whose first is a common word, over the 16 news
// files): labelWordFamilyNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 291: «حافظ قائد السبسي», «قائد السبسي»', () => {
  it('takes the family name with its given name, or alone', () => {
    expect(persons('وطالب حافظ قائد السبسي بتغيير الحكومة.')).toEqual(['حافظ قائد السبسي']);
    expect(persons('وأوضح قائد السبسي أن الحوار مستمر.')).toEqual(['قائد السبسي']);
  });

  it('guards: «على» before the name stays out, and «قائد» "leader" alone is no name', () => {
    expect(persons('وحذر من انقلاب على قائد السبسي في البلاد.')).toEqual(['قائد السبسي']);
    expect(persons('واستقبل قائد الجيش الوفد في مكتبه.')).toEqual([]);
  });
});
