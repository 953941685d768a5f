import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 75, one class, decided in the generator (scripts/build-stem-lexicon.ts).
// The feminine perfect of an intransitive doubled verb of three letters («ظلت», «مرت», «حلت»,
// «ردت», «حطت», «حثت») kept its ت: it shows no object pronoun, and words of three letters were
// left out of particlePerfect because a hollow verb's first person («كنت», «قلت», «عدت») follows
// «قد», «التي», «الذي» too. Such a perfect now loses its ت where its plural «Xوا» is a doubled
// verb's (its imperfect «يظل», «يمر» as common), it follows those particles, and no hollow
// third person «XاYت» («كانت», «قالت», «عادت») is commoner than it (doubledFeminine); a verb whose
// last radical is ت («لفت», beside «لفتت») and the nouns «وقت», «بيت», «صوت», «موت» keep it.
describe('stem QA round 75: doubled feminine perfects of three letters', () => {
  test('the feminine perfect loses its ت', () => {
    expect(stem('ظلت')).toBe('ظل');
    expect(stem('وظلت')).toBe('ظل');
    expect(stem('ظلّت')).toBe('ظل');
    expect(stem('مرت')).toBe('مر');
    expect(stem('ومرت')).toBe('مر');
    expect(stem('مرّت')).toBe('مر');
    expect(stem('حلت')).toBe('حل');
    expect(stem('وحلت')).toBe('حل');
    expect(stem('ردت')).toBe('رد');
    expect(stem('فردت')).toBe('رد');
    expect(stem('حطت')).toBe('حط');
    expect(stem('حثت')).toBe('حث');
    expect(stem('وحثت')).toBe('حث');
  });

  test('guards: hollow first persons, a radical ت, nouns, the masculine and plural', () => {
    expect(stem('كنت')).toBe('كنت');
    expect(stem('قلت')).toBe('قلت');
    expect(stem('عدت')).toBe('عدت');
    expect(stem('زرت')).toBe('زرت');
    expect(stem('قمت')).toBe('قمت');
    expect(stem('زلت')).toBe('زلت');
    expect(stem('لفت')).toBe('لفت');
    expect(stem('وقت')).toBe('وقت');
    expect(stem('بيت')).toBe('بيت');
    expect(stem('صوت')).toBe('صوت');
    expect(stem('موت')).toBe('موت');
    expect(stem('بنت')).toBe('بنت');
    expect(stem('أدت')).toBe('ادي');
    expect(stem('شنت')).toBe('شن');
    expect(stem('ظل')).toBe('ظل');
    expect(stem('ظلوا')).toBe('ظل');
    expect(stem('مروا')).toBe('مر');
  });
});
