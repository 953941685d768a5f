import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 24: conjunctions before function words with a pronoun, the number two', () => {
  test('a conjunction comes off a function word that carries a pronoun, as off a bare one', () => {
    expect(stem('وأنه')).toBe('انه');
    expect(stem('فإنها')).toBe('انها');
    expect(stem('ولكنهم')).toBe('لكنهم');
    expect(stem('ومنها')).toBe('منها');
    expect(stem('وعليه')).toBe('عليه');
    // (since stem QA round 30 the preposition comes off too)
    expect(stem('ولأنه')).toBe('انه');
    expect(stem('وبأنها')).toBe('انها');
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
    // (since stem QA round 30 a preposition before «أن» comes off as before a bare one)
    expect(stem('لأنه')).toBe('انه');
    expect(stem('بأنك')).toBe('انك');
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
