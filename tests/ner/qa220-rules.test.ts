// QA round 220 (basketball teams of the NBA over the 16 news files): listed in ORGANISATIONS
// (src/ner/lists.ts), taken by labelListed. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 220: a basketball team', () => {
  it('is one ORG, its city included', () => {
    expect(named('وفاز هيوستون روكتس على يوتا جاز 110-98 في دوري كرة السلة الأمريكي.')).toEqual(
      expect.arrayContaining(['ORG هيوستون روكتس', 'ORG يوتا جاز']),
    );
    expect(named('ويمكن أن يحسم روكتس المواجهة في المباراة المقبلة.')).toContain('ORG روكتس');
    expect(named('وتغلب ديترويت بيستونز على ضيفه.')).toContain('ORG ديترويت بيستونز');
  });

  it('guards: the city alone and a singer of the same name are left as they were', () => {
    expect(named('وصل الوفد إلى هيوستون أمس.')).toContain('LOC هيوستون');
    expect(named('وغنت بريتني سبيرز في الحفل.')).not.toContain('ORG بريتني سبيرز');
  });
});
