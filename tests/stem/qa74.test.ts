import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 74, one class, decided in the generator (scripts/build-stem-lexicon.ts).
// A common feminine perfect of an intransitive verb whose masculine is also a noun («أثارت»,
// «حدثت», «اندلعت», «صدرت», «وردت», «جمعت», «برزت») kept its ت: its plural «Xوا» and object
// pronouns are rare and the article on X (the masdar «الصدر», «الحدث») hid the verb. Such a word
// follows «قد», «لقد», «وقد», «فقد», «التي» or «الذي» a fifth to a half of the time, which a name in
// ـت («طلعت», «مدحت», «عزت», «رأفت», «بهجت») all but never does (particlePerfect); a verb whose
// last radical is ت («أفلت», beside «أفلتت») keeps it.
describe('stem QA round 74: intransitive perfects beside a noun', () => {
  test('the feminine perfect loses its ت', () => {
    expect(stem('أثارت')).toBe('اثار');
    expect(stem('وأثارت')).toBe('اثار');
    expect(stem('حدثت')).toBe('حدث');
    expect(stem('اندلعت')).toBe('اندلع');
    expect(stem('واندلعت')).toBe('اندلع');
    expect(stem('صدرت')).toBe('صدر');
    expect(stem('وردت')).toBe('ورد');
    expect(stem('جمعت')).toBe('جمع');
    expect(stem('جمعتهما')).toBe('جمع');
    expect(stem('برزت')).toBe('برز');
    expect(stem('هطلت')).toBe('هطل');
    expect(stem('دارت')).toBe('دار');
    expect(stem('علقت')).toBe('علق');
    expect(stem('سلطت')).toBe('سلط');
    expect(stem('انهارت')).toBe('انهار');
    expect(stem('باءت')).toBe('باء');
  });

  test('guards: names in ـت, a radical ت, nouns, the masdar, three letters', () => {
    expect(stem('طلعت')).toBe('طلعت');
    expect(stem('مدحت')).toBe('مدحت');
    expect(stem('عزت')).toBe('عزت');
    expect(stem('رأفت')).toBe('رافت');
    expect(stem('بهجت')).toBe('بهجت');
    expect(stem('شوكت')).toBe('شوكت');
    expect(stem('ثروت')).toBe('ثروت');
    expect(stem('بيروت')).toBe('بيروت');
    expect(stem('أفلت')).toBe('افلت');
    expect(stem('الصدر')).toBe('صدر');
    expect(stem('الحدث')).toBe('حدث');
    expect(stem('إثارة')).toBe('اثارة');
    expect(stem('كنت')).toBe('كنت');
    expect(stem('قلت')).toBe('قلت');
    expect(stem('وقعت')).toBe('وقع');
  });
});
