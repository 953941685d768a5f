// QA round 186 (the lines of the 16 news files that hold «جائز» or «جوائز»): an award's brand after
// «جائزة/جوائز» is a MISC, not a person; labelAwards in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const spans = (text: string): string[] => entities(text).map((e) => `${e.type} ${e.text}`);

describe('QA round 186: awards named by a brand', () => {
  it('are MISC, and a span run past the name ends with it', () => {
    expect(spans('وفاز الممثل بجائزة غولدن غلوب لأفضل ممثل في فيلم درامي.')).toEqual(['MISC غولدن غلوب']);
    expect(spans('وحصلت الممثلة على جائزة إيمي عن دورها في المسلسل.')).toEqual(['MISC إيمي']);
  });

  it('guards: «إيمي» without the head is the name Amy', () => {
    expect(spans('وقالت إيمي واينهاوس في مقابلة إنها ستعود إلى المسرح.')).toContain('PERS إيمي واينهاوس');
  });
});
