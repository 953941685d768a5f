// QA round 221 (entities holding «البلاي أوف» over the 16 news files): the play-offs are no
// name; dropPlayoffs in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 221: the play-offs', () => {
  it('are no entity', () => {
    for (const text of [
      'وتأهل الفريق إلى الدور الثاني من "البلاي أوف" بعد فوزه أمس.',
      'وهو أفضل مسجل في البلاي أوف في تاريخ البطولة.',
      'وتنطلق مرحلة البلاي أوف لبطولة الرابطة يوم الأحد.',
    ]) {
      expect(named(text).filter((e) => /بلاي|أوف/.test(e))).toEqual([]);
    }
  });

  it('guards: a name next to them stays', () => {
    expect(named('وفاز النادي الصفاقسي في البلاي أوف على النجم الساحلي.')).toEqual(
      expect.arrayContaining(['ORG النادي الصفاقسي', 'ORG النجم الساحلي']),
    );
  });
});
