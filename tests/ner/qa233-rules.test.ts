// QA round 233 («the maximum», «the cornerstone» read as names, over the 16 news files):
// COMMON_PHRASES of dropCommonPhrases in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 233: «الحد الأقصى», «حجر الزاوية»', () => {
  it('are no names', () => {
    expect(named('حيث يصل الحد الأقصى لكتابة الرسائل إلى 140 حرفا.')).toEqual([]);
    expect(named('وتبقى إسرائيل «حجر الزاوية» للاستراتيجية الأمريكية.')).toEqual(['LOC إسرائيل']);
  });

  it('guards: the Black Stone of the Kaaba stays a name', () => {
    expect(named('استلم الحاج الحجر الأسود في الكعبة.')).toContain('MISC الحجر الأسود');
  });
});
