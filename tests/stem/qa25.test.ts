import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 25: duals of the perfect', () => {
  test('the dual of a perfect loses its alef, as its plural loses وا', () => {
    expect(stem('كانا')).toBe('كان');
    expect(stem('وكانا')).toBe('كان');
    expect(stem('اتفقا')).toBe('اتفق');
    expect(stem('تزوجا')).toBe('تزوج');
    expect(stem('أنجبا')).toBe('انجب');
    expect(stem('قاما')).toBe('قام');
    expect(stem('اعترفا')).toBe(stem('اعترفوا'));
  });

  test('the feminine dual meets the perfect in ت, and an object pronoun comes off first', () => {
    expect(stem('كانتا')).toBe('كان');
    expect(stem('اتفقتا')).toBe('اتفق');
    expect(stem('وقعتا')).toBe(stem('وقعت'));
    expect(stem('قالاها')).toBe('قال');
    expect(stem('وأكدا')).toBe('اكد');
  });

  test('guards: a verb in ـأ, a noun in ـى before a pronoun, a noun dual in ـة, function words', () => {
    expect(stem('اقرأ')).toBe('اقرا');
    expect(stem('ذكراه')).toBe('ذكرا');
    expect(stem('ابنتا')).toBe('ابنة'); // a noun's dual construct (round 70), no verb's
    expect(stem('دعا')).toBe('دعا');
    expect(stem('جداً')).toBe('جدا');
    expect(stem('مهما')).toBe('مهما');
    expect(stem('عاماً')).toBe('عام');
    expect(stem('كانت')).toBe('كان');
    expect(stem('كانوا')).toBe('كان');
  });
});
