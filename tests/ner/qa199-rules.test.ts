// QA round 199 (lines of the 16 news files holding «ون»): a masculine sound plural names a group,
// not a person; dropSoundPlurals and isSoundPlural in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 199: sound plurals', () => {
  it('are no person', () => {
    expect(named('وقال ناشطون إن الطيران الحربي قصف ثلاث بلدات في ريف المدينة.')).toEqual([]);
    expect(named('قال محامون إن المحكمة أجلت النظر في القضية إلى الشهر المقبل.')).toEqual([]);
    expect(named('وذكر مقيمون في القرية أن الانفجار حطم نوافذ المنازل.')).toEqual([]);
    expect(named('وأكد المحامون أن الإدارة نفذت القرار.')).toEqual([]);
  });

  it('guards: family names in «ون» stay persons', () => {
    expect(named('وقال كاميرون إن الحكومة ستتصدى للتطرف.')).toEqual(['PERS كاميرون']);
    expect(named('وقال جاكسون إن الفريق جاهز.')).toEqual(['PERS جاكسون']);
  });
});
