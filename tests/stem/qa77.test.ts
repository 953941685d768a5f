import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 77, one class, decided in the generator (scripts/build-stem-lexicon.ts).
// A defective verb's feminine perfect kept its ت where defectivePerfect's usual signs failed: the
// noun X commoner than the masculine («تلت» beside «تل», a hill), a plural «Xوا» unwritten («طغوا»,
// «احتووا», «أفضوا») or mostly an accusative («نمواً»). The particles of a perfect («قد», «التي»,
// «الذي») before the bare word, PARTICLE_PERFECT_SHARE of its count, now stand for them
// (particleDefective), so «تلت» → «تلا», «نمت» → «نما», «طغت» → «طغى» (folded «طغي»). Not
// after «لا», «لم»; not where a hollow «XاYت» is commoner («كنت», «قمت»), where a doubled
// imperfect «يX» is commoner, or where pastFeminine already cuts the ت («جدت», «سارت», «أمنت»).
describe('stem QA round 77: defective feminine perfects shown by the particles', () => {
  test('the feminine perfect gives its masculine in ا or ى', () => {
    expect(stem('تلت')).toBe('تلا');
    expect(stem('وتلت')).toBe('تلا');
    expect(stem('تلتها')).toBe('تلا');
    expect(stem('نمت')).toBe('نما');
    expect(stem('ونمت')).toBe('نما');
    expect(stem('طغت')).toBe('طغي');
    expect(stem('وطغت')).toBe('طغي');
    expect(stem('احتوت')).toBe('احتوي');
    expect(stem('أودت')).toBe('اودي');
    expect(stem('أفضت')).toBe('افضي');
    expect(stem('تجلت')).toBe('تجلي');
    expect(stem('غذت')).toBe('غذي');
  });

  test('the feminine meets its masculine', () => {
    expect(stem('تلت')).toBe(stem('تلا'));
    expect(stem('طغت')).toBe(stem('طغى'));
    expect(stem('احتوت')).toBe(stem('احتوى'));
    expect(stem('أفضت')).toBe(stem('أفضى'));
  });

  test('guards: nouns in ت, the pronoun, hollow first persons, doubled and regular perfects', () => {
    expect(stem('بنت')).toBe('بنت');
    expect(stem('أنت')).toBe('انت');
    expect(stem('صوت')).toBe('صوت');
    expect(stem('وقت')).toBe('وقت');
    expect(stem('ست')).toBe('ست');
    expect(stem('كنت')).toBe('كنت');
    expect(stem('قمت')).toBe('قمت');
    expect(stem('تمت')).toBe('تمت');
    expect(stem('جدت')).toBe('جد');
    expect(stem('سارت')).toBe('سار');
    expect(stem('أمنت')).toBe('امن');
    expect(stem('دعت')).toBe('دعا');
    expect(stem('نموا')).toBe('نمو');
    expect(stem('تلا')).toBe('تلا');
  });
});
