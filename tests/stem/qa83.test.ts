import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 83, one class, decided in the generator (scripts/build-stem-lexicon.ts): the
// feminine perfect and the plural of the doubled verb «فرّ» (fled) kept their ت, وا, because the
// plural «فروا» is seen far more often than the imperfect «يفر» (its subject is mostly people), so
// doubledPlural refused the verb. The masculine «فر», common bare and seldom with the article, now
// stands for the imperfect (bareDoubled): «فرت», «فروا» → «فر». The other doubled verbs and the
// nouns in ـت are as before.
describe('stem QA round 83: the feminine perfect of a doubled verb whose plural is common', () => {
  test('the feminine perfect and the plural meet their masculine', () => {
    expect(stem('فرت')).toBe('فر');
    expect(stem('فرت')).toBe(stem('فر'));
    expect(stem('ففرت')).toBe('فر');
    expect(stem('فروا')).toBe('فر');
    expect(stem('ففروا')).toBe(stem('فر'));
  });

  test('guards: other doubled perfects as before', () => {
    expect(stem('شنت')).toBe('شن');
    expect(stem('ردت')).toBe('رد');
    expect(stem('مرت')).toBe('مر');
    expect(stem('ظلت')).toBe('ظل');
    expect(stem('حلت')).toBe('حل');
    expect(stem('دلت')).toBe('دل');
    expect(stem('ظلوا')).toBe('ظل');
    expect(stem('ردوا')).toBe('رد');
    expect(stem('مروا')).toBe('مر');
  });

  test('guards: nouns in ـت, hollow and defective perfects keep their reading', () => {
    expect(stem('بنت')).toBe('بنت');
    expect(stem('ست')).toBe('ست');
    expect(stem('وقت')).toBe('وقت');
    expect(stem('عدت')).toBe('عدت');
    expect(stem('كنت')).toBe('كنت');
    expect(stem('بدت')).toBe('بدا');
    expect(stem('خلت')).toBe('خلا');
    expect(stem('وفرت')).toBe(stem('وفر'));
  });
});
