import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 34: the plural in ـات of an instance noun «فعلة» whose bare «فعل» has a broken plural', () => {
  test('a bare «فعل» with a plural «أفعال» of its own does not take the ـات plural', () => {
    // «دور»: «أدوار», «عمل»: «أعمال», «نفق»: «أنفاق», «خبر»: «أخبار»; the ـات belongs to «فعلة».
    expect(stem('الدورات')).toBe('دورة');
    expect(stem('عملات')).toBe('عملة');
    expect(stem('والنفقات')).toBe('نفقة');
    expect(stem('بالخبرات')).toBe('خبرة');
    expect(stem('عربات')).toBe('عربة');
    expect(stem('فقرات')).toBe('فقرة');
    expect(stem('الملكات')).toBe('ملكة');
  });

  test('the plural meets its singular, with clitics and a pronoun too', () => {
    expect(stem('دورات')).toBe(stem('الدورة'));
    expect(stem('عيناته')).toBe(stem('عينة'));
    expect(stem('خبراتهم')).toBe(stem('خبرة'));
    expect(stem('بعشرات')).toBe(stem('عشرة'));
    expect(stem('السعرات')).toBe('سعرة');
  });

  test('guards: the bare nouns and their broken plurals keep their stems, other ـات plurals too', () => {
    expect(stem('الدور')).toBe('دور');
    expect(stem('العمل')).toBe('عمل');
    expect(stem('الاجتماعات')).toBe('اجتماع');
    expect(stem('الحيوانات')).toBe(stem('حيوان'));
    expect(stem('طلبات')).toBe('طلب');
    expect(stem('المفاوضات')).toBe('مفاوضة');
  });
});
