import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 44: two classes. (1) The plural in ـآت of a noun in ـأة («منشآت», «مفاجآت»,
// «مكافآت») folds to «Xات» beside a singular folded «Xاة» and was kept whole, apart from its
// singular «منشأة» → «منشاة». A plural written ـآت at least half the time (a plural in ـات of
// another noun never is) whose «Xاة» is seen now puts ة for its ت (code a of the lexicon script,
// maddaPlural). (2) The construct of the dual of a noun in ـة before a pronoun («مباراتيه»,
// «قائمتيها», «ابنتيها», «شبكتيهما») kept its «تي» («مباراتي»); behind a pronoun the ي is no
// «my», so where the lexicon puts the dual «Xتين» with «Xة», the construct now goes there too.
describe('stem QA round 44: plurals in ـآت, duals of nouns in ـة before a pronoun', () => {
  test('a plural in ـآت meets its singular in ـأة', () => {
    expect(stem('منشآت')).toBe(stem('منشأة'));
    expect(stem('المنشآت')).toBe('منشاة');
    expect(stem('للمنشآت')).toBe(stem('المنشأة'));
    expect(stem('منشآتها')).toBe('منشاة');
    expect(stem('مفاجآت')).toBe(stem('مفاجأة'));
    expect(stem('بالمفاجآت')).toBe('مفاجاة');
    expect(stem('والمكافآت')).toBe(stem('مكافأة'));
  });

  test('the construct of a dual of a noun in ـة before a pronoun meets its singular', () => {
    expect(stem('مباراتيه')).toBe(stem('مباراة'));
    expect(stem('بمباراتيه')).toBe('مباراة');
    expect(stem('قائمتيها')).toBe(stem('قائمة'));
    expect(stem('ابنتيها')).toBe(stem('ابنة'));
    expect(stem('شبكتيهما')).toBe('شبكة');
    expect(stem('ركبتيه')).toBe(stem('الركبة'));
    expect(stem('مرحلتيه')).toBe('مرحلة');
  });

  test('guards: other plurals in ـات and duals are as before', () => {
    expect(stem('صلات')).toBe('صلة');
    expect(stem('مباريات')).toBe('مباراة');
    expect(stem('ميليشيات')).toBe('ميليشيا');
    expect(stem('المنشأ')).toBe('منشا');
    expect(stem('نشأت')).toBe('نشا');
    expect(stem('مباراتين')).toBe('مباراة');
    expect(stem('قدميه')).toBe('قدم');
  });

  test('guards: «my» and a bare construct keep their ي', () => {
    // (Round 70: a bare «Xتي» whose «Xة» and dual the lexicon knows gives «Xة», see qa70.)
    expect(stem('مباراتي')).toBe('مباراة');
    expect(stem('ركبتي')).toBe('ركبة');
    expect(stem('يأتيه')).toBe('ياتي');
  });
});
