// QA round 294 («ولاية الفقيه» read as a place, over the 16 news files): dropJuristPlaces in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const places = (text: string): string[] => entities(text).filter((e) => e.type === 'LOC').map((e) => e.text);

describe('QA round 294: «ولاية الفقيه» is no place', () => {
  it('drops a LOC holding «الفقيه» "the jurist"', () => {
    const doctrine = places('وقال إن المشروع يهدف إلى تكريس ولاية الفقيه في المنطقة كلها.');
    expect(doctrine.some((p) => p.includes('الفقيه'))).toBe(false);
    const guardian = places('وتحدث عن أجهزة نظام الولي الفقيه في طهران.');
    expect(guardian.some((p) => p.includes('الفقيه'))).toBe(false);
  });

  it('guards: the Yemeni district «بيت الفقيه» stays', () => {
    expect(places('وتقدمت القوات باتجاه مديرية بيت الفقيه جنوب الحديدة.').some((p) => p.includes('بيت الفقيه'))).toBe(true);
  });
});
