// QA round 276 («ملكة جمال …» "beauty queen, Miss …" and two set phrases read as persons, over the
// 16 news files): dropBeautyQueen and COMMON_PHRASES in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 276: beauty is no Jamal, and set phrases are no names', () => {
  it('drops «جمال» after «ملكة» and keeps the country', () => {
    expect(persons('وشاركت في مسابقة ملكة جمال الكون العام الماضي.')).toEqual([]);
    const text = 'وتوجت ملكة جمال لبنان في حفل كبير.';
    expect(persons(text)).toEqual([]);
    const lebanon = entities(text).find((e) => e.type === 'LOC');
    expect(lebanon).toMatchObject({ text: 'لبنان' });
    expect(text.slice(lebanon!.start, lebanon!.end)).toBe('لبنان');
  });

  it('drops the prayer «كيد الكائدين» and «أبو الفنون»', () => {
    expect(persons('ونسأل الله أن يرد كيد الكائدين في نحورهم.')).toEqual([]);
    expect(persons('ويبقى المسرح أبو الفنون كما يقال.')).toEqual([]);
  });

  it('guard: Jamal the novelist stays a person', () => {
    expect(persons('وقال جمال الغيطاني إن الرواية صدرت.')).toContain('جمال الغيطاني');
  });
});
