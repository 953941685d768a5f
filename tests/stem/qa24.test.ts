import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 24: conjunctions before function words with a pronoun, the number two', () => {
  test('a conjunction comes off a function word that carries a pronoun, as off a bare one', () => {
    expect(stem('وأنه')).toBe('انه');
    expect(stem('فإنها')).toBe('انها');
    expect(stem('ولكنهم')).toBe('لكنهم');
    expect(stem('ومنها')).toBe('منها');
    expect(stem('وعليه')).toBe('عليه');
    expect(stem('ولأنه')).toBe('لانه');
    expect(stem('وبأنها')).toBe('بانها');
  });

  test('the number two has one stem in both cases', () => {
    expect(stem('اثنين')).toBe('اثن');
    // «الاثنين» with the article is Monday, which keeps its name since round 29.
    expect(stem('الاثنان')).toBe('اثن');
    expect(stem('اثنين')).toBe(stem('اثنان'));
    expect(stem('اثنتين')).toBe(stem('اثنتان'));
  });

  test('guards: function words with a pronoun and no conjunction stay whole; short remainders and verbs too', () => {
    expect(stem('أنه')).toBe('انه');
    expect(stem('لأنه')).toBe('لانه');
    expect(stem('بأنك')).toBe('بانك');
    expect(stem('منها')).toBe('منها');
    expect(stem('ولي')).toBe('ولي');
    expect(stem('وله')).toBe('وله');
    expect(stem('فلك')).toBe('فلك');
    expect(stem('وعدته')).toBe('وعدته');
    expect(stem('وفي')).toBe('في');
    expect(stem('ولكن')).toBe('لكن');
    expect(stem('عشرين')).toBe('عشرين');
    expect(stem('اثنان')).toBe('اثن');
  });
});
