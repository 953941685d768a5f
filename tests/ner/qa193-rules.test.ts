// QA round 193 (the lines of the 16 news files with two definite words in the dual «ان» in a
// row): "the two Kurdish leaders" names nobody; dropDefiniteDuals in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] =>
  entities(text, { types: ['PERS'] }).map((e) => e.text);

describe('QA round 193: a definite dual noun and its adjective', () => {
  it('are no name, and a name after them starts after them', () => {
    expect(persons('ويقول الزعيمان الكرديان إن هدف الحكومة هو إضعاف الحزب.')).toEqual([]);
    expect(persons('ونفى الوزيران التركيان امتلاكهما أي أصول في الولايات المتحدة.')).toEqual([]);
    expect(persons('وقدمت المغنيتان المصريتان مي فاروق ومروة ناجي مقاطع من الأغاني.')[0]).toBe('مي فاروق');
  });

  it('guards: family names in «ان» stay', () => {
    expect(persons('وقال صالح الحمدان السكران إن العيد تغير.')).toEqual(['صالح الحمدان السكران']);
  });
});
