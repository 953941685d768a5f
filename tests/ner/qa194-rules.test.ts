// QA round 194 (the lines of the 16 news files that hold «صالح»): "good deeds" and the site
// «مدائن صالح»; mendSalih in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 194: «صالح»', () => {
  it('is "good" before the deeds of a prayer, and a place in «مدائن صالح»', () => {
    expect(named('سائلين المولى عز وجل أن يتقبل منا ومنهم صالح الأعمال.')).toEqual([]);
    expect(named('وزار الوفد موقع مدائن صالح في محافظة العلا أمس.')).toEqual(['LOC مدائن صالح', 'LOC العلا']);
  });

  it('guards: the given name stays', () => {
    expect(named('وقال صالح إن الحكومة ستعلن النتائج قريبا.')).toEqual(['PERS صالح']);
  });
});
