import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 26: adjectives in agreement with a definite dual', () => {
  test('a dual adjective that follows its definite noun loses ين, though news hardly writes its nominative', () => {
    expect(stem('الشريفين')).toBe('شريف');
    expect(stem('والشريفين')).toBe('شريف');
    expect(stem('شريفين')).toBe(stem('الشريف'));
  });

  test('the feminine dual adjective loses تين and meets its singular', () => {
    expect(stem('الشهيرتين')).toBe(stem('الشهيرة'));
    expect(stem('المقبلتين')).toBe(stem('المقبلة'));
    // (A nisba's dual meets its singular's «ـي» since round 48.)
    expect(stem('الاقتصاديتين')).toBe(stem('الاقتصادية'));
    expect(stem('الإيرانيتين')).toBe(stem('الإيرانية'));
  });

  test('guards: places that are always definite, a nisba plural short of its ي, plurals and duals already cut', () => {
    expect(stem('البحرين')).toBe('بحرين');
    expect(stem('الرافدين')).toBe('رافدين');
    expect(stem('التقليدين')).toBe('تقليدين');
    expect(stem('الحرمين')).toBe('حرم');
    expect(stem('الشقيقين')).toBe('شقيق');
    expect(stem('المسلمين')).toBe('مسلم');
    expect(stem('العلمين')).toBe('علم');
  });
});
