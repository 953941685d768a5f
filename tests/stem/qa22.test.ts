import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 22: nouns in ـة that share a participle’s letters', () => {
  test('an institution or a masdar in مـ keeps its ة, and its plural in ـات gives it back', () => {
    expect(stem('المؤسسة')).toBe('مؤسسة');
    expect(stem('ومؤسسات')).toBe('مؤسسة');
    expect(stem('للمؤسسات')).toBe(stem('مؤسسة'));
    expect(stem('محاضرة')).toBe('محاضرة');
    expect(stem('لمشاهدة')).toBe('مشاهدة');
    expect(stem('المراهقة')).toBe('مراهقة');
  });

  test('guards: the feminine of a participle or of a person still gives the masculine', () => {
    expect(stem('المؤسسين')).toBe('مؤسس');
    expect(stem('ممثلة')).toBe('ممثل');
    expect(stem('لاعبة')).toBe('لاعب');
    expect(stem('المعلمة')).toBe('معلم');
    expect(stem('طالبة')).toBe('طالب');
    expect(stem('مسؤولة')).toBe('مسؤول');
    expect(stem('المشتركة')).toBe('مشترك');
    expect(stem('مختلفة')).toBe('مختلف');
  });
});
