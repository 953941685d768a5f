import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 28: feminine adjectives in agreement with a definite noun', () => {
  test('a feminine that mostly follows a definite noun in ة or ات loses its ة', () => {
    expect(stem('الأخيرة')).toBe('اخير');
    expect(stem('والأخيرة')).toBe('اخير');
    expect(stem('الأخير')).toBe('اخير');
    expect(stem('المتحدة')).toBe('متحد');
    expect(stem('المرتقبة')).toBe('مرتقب');
    expect(stem('الناسفة')).toBe('ناسف');
    expect(stem('مزعومة')).toBe('مزعوم');
  });

  test('the ordinals go to their masculine', () => {
    expect(stem('الخامسة')).toBe('خامس');
    expect(stem('السادسة')).toBe('سادس');
    expect(stem('والعاشرة')).toBe('عاشر');
    expect(stem('للمرة')).toBe('مرة');
  });

  test('guards: nouns in ة, names, adjectives whose masculine is a given name', () => {
    expect(stem('رشيدة')).toBe('رشيدة');
    expect(stem('سليمة')).toBe('سليمة');
    expect(stem('نادية')).toBe('نادية');
    expect(stem('الجمعة')).toBe('جمعة');
    expect(stem('الشرطة')).toBe('شرطة');
    expect(stem('القائمة')).toBe('قائمة');
    expect(stem('الحديدة')).toBe('حديدة');
    expect(stem('المنظمة')).toBe('منظمة');
    expect(stem('الدولة')).toBe('دولة');
    expect(stem('الكبيرة')).toBe('كبير');
  });
});
