import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 65, one class of a person's feminine kept whole, fixed in the generator
// (scripts/build-stem-lexicon.ts). A feminine «فعيلة» of a person («أميرة», «زميلة», «نظيرة»)
// kept its ة, as a noun taking possessives («زميلتها», «نظيرتها») and a plural in ـات, while
// «طالبة», «وزيرة» met their masculine. Where the masculine «فعيل» is common, takes the article
// and is no man's given name, has a plural «فعلاء» of its own that takes the article («أمراء»,
// «زملاء», «نظراء») and the feminine takes the article often (personFeminine), the feminine now
// goes to its masculine. A city («بريدة», beside «صنعاء») or a noun mostly in construct
// («شعيرة») stays as it was.
describe('stem QA round 65: the feminine of a person in فعيلة with a plural فعلاء', () => {
  test('the feminine goes to its masculine, definite or not', () => {
    expect(stem('الأميرة')).toBe('امير');
    expect(stem('أميرة')).toBe(stem('الأمير'));
    expect(stem('والأميرة')).toBe('امير');
    expect(stem('للأميرة')).toBe('امير');
    expect(stem('زميلة')).toBe('زميل');
    expect(stem('الزميلة')).toBe(stem('زميل'));
    expect(stem('النظيرة')).toBe('نظير');
  });

  test('with a possessive pronoun it meets the masculine with one', () => {
    expect(stem('زميلتها')).toBe('زميل');
    expect(stem('زميلتهم')).toBe(stem('زميله'));
    expect(stem('نظيرتها')).toBe('نظير');
    expect(stem('ونظيرتها')).toBe(stem('نظيره'));
    expect(stem('لنظيرتها')).toBe('نظير');
  });

  test('guards: masculines, plurals and nouns of the shape kept whole', () => {
    expect(stem('الأمير')).toBe('امير');
    expect(stem('الأميرات')).toBe('امير');
    expect(stem('زميل')).toBe('زميل');
    expect(stem('نظيره')).toBe('نظير');
    expect(stem('الطالبة')).toBe('طالب');
    expect(stem('الوزيرة')).toBe('وزير');
    expect(stem('شعيرة')).toBe('شعيرة');
    expect(stem('بريدة')).toBe('بريدة');
    expect(stem('صنعاء')).toBe('صنعاء');
    expect(stem('الخليفة')).toBe('خليفة');
    expect(stem('الحقيبة')).toBe('حقيبة');
    expect(stem('المدينة')).toBe('مدينة');
  });
});
