import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 31: feminines in agreement whose plural in ـات is a noun, or that take an object now and then', () => {
  test('a feminine that mostly agrees with a definite noun loses its ة though a plural in ـات is seen', () => {
    expect(stem('المخصصة')).toBe('مخصص');
    expect(stem('المكونة')).toBe('مكون');
    expect(stem('المضادة')).toBe('مضاد');
    expect(stem('الصادرة')).toBe('صادر');
    expect(stem('الرائدة')).toBe('رائد');
    expect(stem('والمقررة')).toBe('مقرر');
    expect(stem('مخصصة')).toBe(stem('المخصص'));
  });

  test('its plural in ـات is the masculine used as a noun, and stems with it', () => {
    expect(stem('مكونات')).toBe('مكون');
    expect(stem('ومكوناتها')).toBe('مكون');
    expect(stem('المضادات')).toBe(stem('المضادة'));
    expect(stem('المقومات')).toBe('مقوم');
    expect(stem('صادرات')).toBe(stem('الصادرة'));
  });

  test('a possessive now and then (a verb with its object) does not keep the ة', () => {
    expect(stem('اللازمة')).toBe('لازم');
    expect(stem('واللازمة')).toBe('لازم');
    expect(stem('الخاصة')).toBe('خاص');
    expect(stem('خاصة')).toBe('خاص');
    expect(stem('وبخاصة')).toBe('خاص');
    expect(stem('المباشرة')).toBe('مباشر');
    expect(stem('المطلقة')).toBe('مطلق');
  });

  test('guards: nouns that take possessives often, names, rumours, lists, institutions', () => {
    expect(stem('المقدمة')).toBe('مقدمة');
    expect(stem('مقدمته')).toBe('مقدمة');
    expect(stem('مواكبة')).toBe('مواكبة');
    expect(stem('المحاصرة')).toBe('محاصرة');
    expect(stem('العامة')).toBe('عامة');
    expect(stem('الكريمة')).toBe('كريمة');
    expect(stem('الرشيدة')).toBe('رشيدة');
    // Round 63: the adjective «الشائعة» (common) now meets «شائع»; the rumours keep «شائعة».
    expect(stem('الشائعة')).toBe('شائع');
    expect(stem('شائعات')).toBe('شائعة');
    expect(stem('القائمة')).toBe('قائمة');
    expect(stem('المؤسسة')).toBe('مؤسسة');
    expect(stem('المنظمة')).toBe('منظمة');
  });
});
