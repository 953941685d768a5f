import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 67, two classes of reflexive perfects (forms V and VI) kept whole with the ت of
// the feminine. (1) A verb whose subject is mostly a city, a company or a woman, so that its
// imperfect and a narrative «وX» are seldom written in encyclopedic text: «تأسست», «توفيت» now
// meet «تأسس», «توفي» (scripts/build-stem-lexicon.ts, pastFeminine: some imperfect is enough for
// a reflexive X without the article). (2) A defective verb of form VI («توالت», «تلاشت»,
// «تنامت», «تهاوت»), whose masdar shares the letters of the masculine («على التوالي») and whose
// plural is seldom seen: it now gives the masculine in ى (folded ي), as «تعافت» did.
describe('stem QA round 67: a reflexive perfect whose imperfect is seldom written', () => {
  test('the feminine perfect meets its masculine', () => {
    expect(stem('تأسست')).toBe('تاسس');
    expect(stem('وتأسست')).toBe(stem('تأسس'));
    expect(stem('فتأسست')).toBe('تاسس');
    expect(stem('توفيت')).toBe('توفي');
    expect(stem('وتوفيت')).toBe(stem('توفي'));
  });

  test('its duals meet it too', () => {
    expect(stem('تأسستا')).toBe('تاسس');
    expect(stem('توفيا')).toBe('توفي');
  });
});

describe('stem QA round 67: a defective perfect of form VI', () => {
  test('the ت gives the masculine in ى', () => {
    expect(stem('توالت')).toBe('توالي');
    expect(stem('وتوالت')).toBe(stem('توالى'));
    expect(stem('تلاشت')).toBe(stem('تلاشى'));
    expect(stem('تنامت')).toBe('تنامي');
    expect(stem('وتهاوت')).toBe(stem('تهاوى'));
    expect(stem('تساوت')).toBe('تساوي');
    expect(stem('تفادت')).toBe(stem('تفادى'));
  });

  test('guards: nouns and names in ـت, masdars, other perfects', () => {
    expect(stem('توقيت')).toBe('توقيت');
    expect(stem('التصويت')).toBe('تصويت');
    expect(stem('تابوت')).toBe('تابوت');
    expect(stem('بيروت')).toBe('بيروت');
    expect(stem('التوالي')).toBe('توالي');
    expect(stem('التأسيس')).toBe('تاسيس');
    expect(stem('تعافت')).toBe('تعافي');
    expect(stem('ارتفعت')).toBe('ارتفع');
  });
});
