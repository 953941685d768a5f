import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 30: prepositions before function words with a pronoun', () => {
  test('a preposition comes off «أن» with a pronoun, as off a bare «بأن»', () => {
    expect(stem('بأنه')).toBe('انه');
    expect(stem('بأنها')).toBe('انها');
    expect(stem('لأنهم')).toBe('انهم');
    expect(stem('لأننا')).toBe('اننا');
    expect(stem('بإنها')).toBe('انها');
    expect(stem('بأنّهما')).toBe('انهما');
    expect(stem('وبأنهن')).toBe('انهن');
    expect(stem('فلأنكم')).toBe('انكم');
    expect(stem('بأنه')).toBe(stem('أنه'));
  });

  test('written without the hamza, before ه or ن', () => {
    expect(stem('بانه')).toBe('انه');
    expect(stem('لانهم')).toBe('انهم');
    expect(stem('باننا')).toBe('اننا');
  });

  test('a preposition comes off «نفس», «بعض», «غير», «مثل», «دون» with a pronoun', () => {
    expect(stem('بنفسه')).toBe('نفسه');
    expect(stem('لنفسها')).toBe('نفسها');
    expect(stem('ببعضهم')).toBe('بعضهم');
    expect(stem('كغيره')).toBe('غيره');
    expect(stem('لمثلهما')).toBe('مثلهما');
    expect(stem('بدونها')).toBe('دونها');
  });

  test('guards: the bare function words and those without a preposition', () => {
    expect(stem('أنه')).toBe('انه');
    expect(stem('نفسه')).toBe('نفسه');
    expect(stem('بأن')).toBe('ان');
    expect(stem('كأنه')).toBe('كانه');
    expect(stem('لكنه')).toBe('لكنه');
    expect(stem('ولكنه')).toBe('لكنه');
    expect(stem('ومنها')).toBe('منها');
    expect(stem('بها')).toBe('بها');
    expect(stem('وله')).toBe('وله');
    expect(stem('وعدته')).toBe('وعدته');
  });

  test('guards: a base of two letters after ب ك ل is a word of its own, and so are names in «بان»', () => {
    expect(stem('كفيه')).toBe('كفيه');
    expect(stem('لكمها')).toBe('لكمها');
    expect(stem('ولكمها')).toBe('لكمها');
    expect(stem('بانك')).toBe('بانك');
    expect(stem('باني')).toBe('باني');
    expect(stem('وسألاهن')).toBe('سالاهن');
  });
});

describe('stem QA round 30: feminine adjectives of four letters in agreement', () => {
  test('a short feminine that mostly agrees with a definite noun loses its ة', () => {
    expect(stem('السامة')).toBe('سام');
    expect(stem('والسامة')).toBe('سام');
    expect(stem('سامة')).toBe(stem('السام'));
    expect(stem('السيئة')).toBe('سيء');
    expect(stem('الملحة')).toBe('ملح');
    expect(stem('المشعة')).toBe('مشع');
    expect(stem('البحتة')).toBe('بحت');
  });

  test('guards: short feminines seen mostly bare (names) or whose masculine is another word, nouns, nouns of manner', () => {
    expect(stem('العامة')).toBe('عامة');
    expect(stem('طيبة')).toBe('طيبة');
    expect(stem('آمنة')).toBe('امنة');
    expect(stem('الجمعة')).toBe('جمعة');
    expect(stem('السنة')).toBe('سنة');
    expect(stem('بسرعة')).toBe('سرعة');
    expect(stem('الدولة')).toBe('دولة');
    expect(stem('القمة')).toBe('قمة');
  });
});
