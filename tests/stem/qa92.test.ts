import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 92, one class, decided in src/stem/dhad.ts (derivedParticiplePattern, and
// defectiveParticiplePlural; the lexicon is unchanged): rounds 88–91's leftovers, sound plurals of
// participles in مـ that kept their ين or ون because the lexicon had no witness of them: news
// writes these plurals of persons far more than their singular («المكفوفين», «مناوبين»,
// «مزايدين», «المعتكفين», «المقترعين»), and defective participles of form VI whose verb the
// lexicon does not code («متناسين», «متتالين», «المتعاطين»). Now the letters alone decide where
// their pattern is a derived participle's that no name nor broken plural shares: the passive
// «مفعولين», form III «مفاعلين», form VIII «مفتعلين», form V «متفعلين» of seven letters, form X
// «مستفعلين», form VI «متفاعلين» and «متفعللين» of eight; «متفاعين» of seven goes with «Xي». The
// broken plural «مفاعيل» has six letters («ملايين», «ميادين») and stays, as do names in ـون, ـين
// («مندلسون», «موريسون», «منوتشين», «موتسكين»). Invented sentences.
describe('stem QA round 92: participle plurals with no witness in the lexicon', () => {
  test('the passive of form I, a doubled root among them: «المكفوفين», «مكفوفون»', () => {
    expect(stem('المكفوفين')).toBe('مكفوف');
    expect(stem('للمكفوفين')).toBe('مكفوف');
    expect(stem('مكفوفون')).toBe(stem('المكفوف'));
    expect(stem('المبهورين')).toBe('مبهور');
    expect(stem('مرؤوسين')).toBe('مرؤوس');
  });

  test('form III, a hollow root among them: «مناوبين», «المناوبون», «مزايدين»', () => {
    expect(stem('مناوبين')).toBe('مناوب');
    expect(stem('المناوبون')).toBe(stem('مناوبين'));
    expect(stem('مزايدين')).toBe('مزايد');
    expect(stem('المخالطين')).toBe('مخالط');
    expect(stem('مراوغين')).toBe('مراوغ');
  });

  test('forms V, VIII, X and VI, and the quadriliteral: «المعتكفين», «متلبسين», «المتجمهرين»', () => {
    expect(stem('المعتكفين')).toBe('معتكف');
    expect(stem('المقترعين')).toBe('مقترع');
    expect(stem('متلبسين')).toBe('متلبس');
    expect(stem('متيقظين')).toBe('متيقظ');
    expect(stem('المستكبرين')).toBe('مستكبر');
    expect(stem('متساكنين')).toBe('متساكن');
    expect(stem('المتجمهرين')).toBe('متجمهر');
  });

  test('form VI of a defective verb goes with «Xي»: «متناسين», «متتالين», «المتعاطين»', () => {
    expect(stem('متناسين')).toBe('متناسي');
    expect(stem('متناسون')).toBe('متناسي');
    expect(stem('متتالين')).toBe(stem('متتاليين'));
    expect(stem('المتعاطين')).toBe(stem('المتعاطي'));
  });

  test('in an invented sentence', () => {
    const words = tokenize('وزار المناوبون مدرسة المكفوفين بعد أيام متتالين من العمل مع المعتكفين')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[1]).toBe('مناوب');
    expect(words[3]).toBe('مكفوف');
    expect(words[6]).toBe('متتالي');
    expect(words[10]).toBe('معتكف');
  });

  test('guards: broken plurals «مفاعيل» of six letters, names in ـون and ـين, nisba and dual spellings', () => {
    expect(stem('ملايين')).toBe('ملايين');
    expect(stem('ميادين')).toBe('ميادين');
    expect(stem('موازين')).toBe('موازين');
    expect(stem('مضامين')).toBe('مضامين');
    expect(stem('مجانين')).toBe('مجانين');
    expect(stem('مندلسون')).toBe('مندلسون');
    expect(stem('ميكلسون')).toBe('ميكلسون');
    expect(stem('موريسون')).toBe('موريسون');
    expect(stem('منوتشين')).toBe('منوتشين');
    expect(stem('ماكلارين')).toBe('ماكلارين');
    expect(stem('ميلوزين')).toBe('ميلوزين');
    expect(stem('ميتشجين')).toBe('ميتشجين');
    expect(stem('موتسكين')).toBe('موتسكين');
    expect(stem('ملاثيون')).toBe('ملاثيون');
    expect(stem('المسيحين')).toBe('مسيحين');
    expect(stem('المستقبلين')).toBe('مستقبلين');
    expect(stem('مدنين')).toBe('مدنين');
    expect(stem('مرسين')).toBe('مرسين');
    expect(stem('متحدين')).toBe('متحد');
    expect(stem('متعاونين')).toBe('متعاون');
  });
});
