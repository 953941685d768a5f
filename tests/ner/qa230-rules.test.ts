// QA round 230 (a MISC opened on «الله» running over the words after it, over the 16 news
// files): mendGodNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 230: «الله» and the words after it', () => {
  it('keeps «الله» alone, as ANERcorp writes it', () => {
    const got = [
      ...named('أمضى الحاج أسبوعا بجوار بيت الله الحرام.'),
      ...named('ونسأل الله التوفيق للجميع.'),
      ...named('وقيل إنهم شعب الله المختار بين الأمم.'),
    ];
    expect(got.filter((e) => e.startsWith('MISC '))).toEqual(['MISC الله', 'MISC الله', 'MISC الله']);
  });

  it('takes in the first part of a theophoric name that is also a noun', () => {
    expect(named('وقال القيادي زبن الله المطري إن الجماعة اختطفته.')).toContain('PERS زبن الله المطري');
    expect(named('وعين نائبه «هيبة الله أخوندزاده» الوجيه الديني.')).toContain('PERS هيبة الله أخوندزاده');
  });

  it('guards: «عبد الله» and «حزب الله» stay a person and an organisation', () => {
    expect(named('وقال عبد الله الحمد إن حزب الله رفض العرض.')).toEqual(['PERS عبد الله الحمد', 'ORG حزب الله']);
  });
});
