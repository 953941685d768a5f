// QA round 287 (given names the Maghreb writes with the article, left O after a title, over the
// 16 news files): labelMaghrebNames in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 287: «رئيس الحكومة الحبيب الصيد» names a person', () => {
  it('takes the definite given name and the family name after a title', () => {
    expect(persons('وأكد رئيس الحكومة الحبيب الصيد أن الميزانية جاهزة.')).toEqual(['الحبيب الصيد']);
    expect(persons('واستقبل الرئيس المؤقت، المنصف المرزوقي وفدا من البرلمان.')).toEqual(['المنصف المرزوقي']);
    expect(persons('وقال وزير الخارجية الطيب البكوش إن الزيارة ناجحة.')).toContain('الطيب البكوش');
  });

  it('guards: an adjective of the government, and no title, stay out', () => {
    expect(persons('وقاد الجيش انقلابا ضد حكومة المهدي المنتخبة ديمقراطيا.')).toEqual([]);
    expect(persons('وتحدثوا عن ظهور المهدي المنتظر في آخر الزمان.')).toEqual([]);
  });
});
