import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 27: imperfect plurals news writes in one mood only', () => {
  test('the plural in ون loses it where the other persons show the imperfect', () => {
    expect(stem('يستهدفون')).toBe('يستهدف');
    expect(stem('سيستهدفون')).toBe('يستهدف');
    expect(stem('يستهدفونهم')).toBe('يستهدف');
    expect(stem('يتفاعلون')).toBe('يتفاعل');
    expect(stem('يتطلعون')).toBe('يتطلع');
    expect(stem('ويستنكرون')).toBe('يستنكر');
  });

  test('the subjunctive and jussive in وا too', () => {
    expect(stem('يفلحوا')).toBe('يفلح');
    expect(stem('يخففوا')).toBe('يخفف');
  });

  test('guards: names and nouns in ون, singulars, defective verbs whose plural is ambiguous', () => {
    expect(stem('يوهانسون')).toBe('يوهانسون');
    expect(stem('يانغون')).toBe('يانغون');
    expect(stem('يونسون')).toBe('يونسون');
    expect(stem('تلفزيون')).toBe('تلفزيون');
    expect(stem('التعاون')).toBe('تعاون');
    expect(stem('يتعاون')).toBe('يتعاون');
    expect(stem('يدرون')).toBe('يدرون');
    expect(stem('ينجوا')).toBe('ينجوا');
    expect(stem('يعانون')).toBe('يعاني');
    expect(stem('يتقدمون')).toBe('يتقدم');
  });
});
