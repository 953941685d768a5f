// QA round 196 (lines of the 16 news files holding «الله» or a divine attribute): God's
// attributes name no person; dropDivineAttributes in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 196: divine attributes', () => {
  it('are no person, and «الله» alone is the MISC', () => {
    expect(named('وختم كلمته داعيا المولى العلي القدير أن يحفظ البلاد.')).toEqual([]);
    expect(named('وكل ذلك يجري بقدرة العزيز الحكيم في خلقه.')).toEqual([]);
    expect(named('وافتتح الحفل بآيات من القرآن ثم قال الشيخ: بسم الله الرحمن الرحيم نبدأ اللقاء.')).toEqual([
      'MISC القرآن',
      'MISC الله',
    ]);
  });

  it('guards: «عبد العزيز الحكيم» stays a person', () => {
    expect(named('وقال عبد العزيز الحكيم رئيس المجلس إن الانتخابات ستجري في موعدها.')).toEqual(['PERS عبد العزيز الحكيم']);
  });
});
