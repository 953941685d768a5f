import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 33: the plural in ـات of a form III masdar «مفاعلة» restores its ة', () => {
  test('a bare «مفاعل» that is a broken plural of its own does not take the masdar’s plural', () => {
    // «مظاهر» (appearances), «مباحث», «ملابس» (clothes) are broken plurals; «مظاهرات» is of «مظاهرة».
    expect(stem('المظاهرات')).toBe('مظاهرة');
    expect(stem('مباحثات')).toBe('مباحثة');
    expect(stem('ملابسات')).toBe('ملابسة');
    expect(stem('والمنازعات')).toBe('منازعة');
    expect(stem('المناظرات')).toBe('مناظرة');
  });

  test('the plural meets its singular, with clitics and a pronoun too', () => {
    expect(stem('مظاهرات')).toBe(stem('مظاهرة'));
    expect(stem('للمحاضرات')).toBe(stem('محاضرة'));
    expect(stem('المقابلات')).toBe(stem('المقابلة'));
    expect(stem('المفاوضات')).toBe('مفاوضة');
    expect(stem('مفاوضاتها')).toBe('مفاوضة');
    expect(stem('مباحثاته')).toBe('مباحثة');
  });

  test('guards: a participle’s feminine plural follows its singular, a noun «مفاعل» keeps its plural', () => {
    expect(stem('منافسات')).toBe(stem('منافسة'));
    expect(stem('مواطنات')).toBe('مواطن');
    expect(stem('مراسلات')).toBe(stem('مراسلة'));
    expect(stem('مفاعلات')).toBe('مفاعل');
    expect(stem('المخابرات')).toBe('مخابرات');
    expect(stem('الاجتماعات')).toBe('اجتماع');
    expect(stem('مسابقات')).toBe('مسابقة');
  });
});
