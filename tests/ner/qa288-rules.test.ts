// QA round 288 (Maghreb names carried and joined, «سعيد» "happy", over the 16 news files):
// carryMaghrebNames in src/ner/consistency.ts, joinMaghrebGivenNames and dropHappyAdjectives in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const persons = (text: string): string[] => entities(text).filter((e) => e.type === 'PERS').map((e) => e.text);

describe('QA round 288: Maghreb given names with the article', () => {
  it('carries a titled name to its untitled mention in the same text', () => {
    expect(persons('وقال رئيس الحكومة الحبيب الصيد إن الوضع صعب. وأكد أن الحبيب الصيد سيزور المدينة غدا.')).toEqual(['الحبيب الصيد', 'الحبيب الصيد']);
  });

  it('joins the given name to the family name the model found alone', () => {
    expect(persons('وأكد رئيس النادي المولدي عبيشو أنه لن يطالب بالأموال.')).toContain('المولدي عبيشو');
  });

  it('guards: an epithet before a given name, and a religious title, stay out', () => {
    expect(persons('ثم ولد الأخ الحبيب جيراردو في عام 1307.')).not.toContain('الحبيب جيراردو');
  });
});

describe('QA round 288: «سعيد» "happy" is no name', () => {
  it('drops «سعيد» before a word of degree or its complement', () => {
    expect(persons('وقال اللاعب بعد المباراة: "سعيد جدا بهذا الفوز".')).toEqual([]);
    expect(persons('وتحدث المخرج عن فيلمه لجمهور سعيد بما شاهده في القاعة.')).toEqual([]);
  });

  it('guards: «سعيد» after a speech verb, and before a family name in «ب», stays a name', () => {
    expect(persons('وقال سعيد بأن الفريق جاهز للمباراة.')).toEqual(['سعيد']);
    expect(persons('وأعلن رئيس البرلمان سعيد بوحجة استقالته.').join(' ')).toContain('سعيد');
  });
});
