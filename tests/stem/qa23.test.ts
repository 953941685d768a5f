import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 23: function words that look like an article or a tanween', () => {
  test('«الآن» keeps its article: «آن» alone would meet «أن» and «إن»', () => {
    expect(stem('الآن')).toBe('الان');
    expect(stem('والآن')).toBe('الان');
    expect(stem('للآن')).toBe('الان');
    expect(stem('الان')).toBe('الان');
  });

  test('the alef of a particle or adverb in ـا is its own', () => {
    expect(stem('مهما')).toBe('مهما');
    expect(stem('ومهما')).toBe('مهما');
    expect(stem('أيضا')).toBe('ايضا');
    expect(stem('أيضاً')).toBe('ايضا');
    expect(stem('وأيضًا')).toBe('ايضا');
    expect(stem('جدا')).toBe('جدا');
    expect(stem('جداً')).toBe('جدا');
  });

  test('guards: an accusative tanween still comes off, and a short base after the article still splits', () => {
    expect(stem('مهماً')).toBe('مهم');
    expect(stem('كلاً')).toBe('كل');
    expect(stem('عاماً')).toBe('عام');
    expect(stem('وكتاباً')).toBe('كتاب');
    expect(stem('الحج')).toBe('حج');
    expect(stem('الأب')).toBe('اب');
    expect(stem('والدم')).toBe('دم');
    expect(stem('كانت')).toBe('كان');
    expect(stem('الذي')).toBe('الذي');
  });
});
