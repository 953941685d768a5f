// QA round 197 (lines of the 16 news files holding an adjective of praise): an adjective that
// agrees with the noun before it names nobody; dropPraiseAdjectives in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 197: adjectives of praise after a noun', () => {
  it('are no person', () => {
    expect(named('وبدأ الحفل بتلاوة آيات من الذكر الحكيم ثم ألقى المدير كلمة.')).toEqual([]);
    expect(named('ودعا التقرير إلى تعزيز الحكم الرشيد في البلاد.')).toEqual([]);
    expect(named('وزار الوفد المسجد النبوي الشريف بعد انقضاء الصلاة.')).toEqual([]);
  });

  it('guards: after a title they stay names', () => {
    expect(named('وقال الإمام الحسن إن الصلح خير.')).toEqual(['PERS الحسن']);
    expect(named('وقال السلطان الصالح إن الجيش جاهز.')).toEqual(['PERS الصالح']);
  });
});
