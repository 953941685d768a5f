import { describe, expect, test } from 'vitest';
import { stem } from '../../src/stem/index.js';

// Errors found by reading stem() on frequent news words (.tmp QA round on news-005..007).
describe('the dhad stemmer on frequent news words', () => {
  test('removes the plural ين of a nisba whose nominative ـيون the corpus rarely shows', () => {
    expect(stem('النوويين')).toBe('نووي');
    expect(stem('نوويين')).toBe('نووي');
    expect(stem('النووي')).toBe('نووي');
  });

  test('splits a preposition off a word that also carries a pronoun (no name takes one)', () => {
    expect(stem('لصالحها')).toBe('صالح');
    expect(stem('لصالح')).toBe('صالح');
    expect(stem('باعتبارهما')).toBe('اعتبار');
    expect(stem('باعتباره')).toBe('اعتبار');
  });
});

describe('the whole-word guard of the dhad stemmer', () => {
  test('splits the narrative conjunction off a verb that is rarer bare than with و', () => {
    expect(stem('وأضاف')).toBe('اضاف');
    expect(stem('وأضافت')).toBe('اضافت');
    expect(stem('وتابع')).toBe('تابع');
    expect(stem('بشكل')).toBe('شكل');
  });

  test('still keeps names that only look like a clitic and a word', () => {
    expect(stem('لوكاس')).toBe('لوكاس');
    expect(stem('كيليني')).toBe('كيليني');
    expect(stem('بيغي')).toBe('بيغي');
  });
});

describe('the dhad stemmer on presentation forms of marks', () => {
  test('returns the empty string for a word of presentation-form marks alone (property counterexample «ﹱ»)', () => {
    expect(stem('\uFE71')).toBe('');
  });
});
