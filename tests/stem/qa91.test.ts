import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 91, one class, decided in src/stem/dhad.ts (inflection, hamzaTehWritten): a
// feminine perfect of a verb in ـأ that the lexicon does not know, seen too seldom in the corpus
// («تهيأت», «انكفأت», «كافأت», «أومأت»), folds to ـات and was read as a plural: «تهيأت» → «تهية»
// (its ي made it a plural in ـيات), «كافأت» → «كافة». Now a base of five letters or more written
// ـأت, without the article and with no lexicon code, loses its ت, as «بدأت» → «بدا»: a noun's
// plural writes its ات with a madda («منشآت») or a bare alef, never أت. Four letters stay: «مئأت»,
// «الأت» are typos of the plurals «مئات», «آلات». Invented sentences.
describe('stem QA round 91: feminine perfects in ـأت the lexicon does not know', () => {
  test('«تهيأت» and its conjunctions meet the masculine «تهيأ»', () => {
    expect(stem('تهيأت')).toBe('تهيا');
    expect(stem('وتهيأت')).toBe('تهيا');
    expect(stem('فتهيأت')).toBe('تهيا');
    expect(stem('تهيأت')).toBe(stem('تهيأ'));
  });

  test('other rare perfects in ـأت lose their ت', () => {
    expect(stem('انكفأت')).toBe('انكفا');
    expect(stem('كافأت')).toBe('كافا');
    expect(stem('وكافأت')).toBe('كافا');
    expect(stem('كافأتها')).toBe('كافا');
    expect(stem('أومأت')).toBe('اوما');
    expect(stem('فأومأت')).toBe('اوما');
    expect(stem('اتكأت')).toBe('اتكا');
    expect(stem('اجتزأت')).toBe('اجتزا');
    expect(stem('ألجأتهم')).toBe('الجا');
    expect(stem('توضأت')).toBe('توضا');
  });

  test('in an invented sentence', () => {
    const words = tokenize('وتهيأت المدينة للاحتفال بعدما كافأت البلدية فرق الإنقاذ')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[0]).toBe('تهيا');
    expect(words[1]).toBe('مدينة');
    expect(words[4]).toBe('كافا');
  });

  test('guards: plurals, the article, perfects the lexicon already reads, words of four letters', () => {
    expect(stem('بدأت')).toBe('بدا');
    expect(stem('نشأت')).toBe('نشا');
    expect(stem('أنشأت')).toBe('انشا');
    expect(stem('منشآت')).toBe('منشاة');
    expect(stem('المنشآت')).toBe('منشاة');
    expect(stem('المنشأت')).toBe('منشاة');
    expect(stem('المكافآت')).toBe('مكافاة');
    expect(stem('مئات')).toBe('مئة');
    expect(stem('مئأت')).toBe('مئة');
    expect(stem('الأت')).toBe('الة');
    expect(stem('تهيئة')).toBe('تهيئة');
    expect(stem('الشركات')).toBe('شركة');
    expect(stem('التحديات')).toBe(stem('التحدي'));
    expect(stem('رأت')).toBe('راي');
  });
});
