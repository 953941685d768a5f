import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 80, one class, decided in the generator (scripts/build-stem-lexicon.ts).
// Perfects in ـأت that seldom follow «قد», «التي», «الذي» («هدأت», «أرجأت», «أبطأت», «خبأت») kept
// their ت: particlePerfect asked the particles even of a word written أت half its count (hamzaTeh,
// round 78). The hamza is now sign enough; a noun's plural in ـآت («منشآت») is outvoted by its madda.
describe('stem QA round 80: perfects in ـأت without the particles', () => {
  test('the feminine perfect meets its masculine in ـأ', () => {
    expect(stem('هدأت')).toBe('هدا');
    expect(stem('وهدأت')).toBe('هدا');
    expect(stem('هدأت')).toBe(stem('هدأ'));
    expect(stem('أرجأت')).toBe('ارجا');
    expect(stem('وأرجأت')).toBe('ارجا');
    expect(stem('أرجأت')).toBe(stem('أرجأ'));
    expect(stem('أبطأت')).toBe('ابطا');
    expect(stem('أبطأت')).toBe(stem('أبطأ'));
  });

  test('with an object pronoun too', () => {
    expect(stem('خبأت')).toBe('خبا');
    expect(stem('خبأتها')).toBe('خبا');
    expect(stem('خبأت')).toBe(stem('خبأ'));
  });

  test('guards: plurals in ـآت and ـات, jussives of «أتى», earlier perfects as before', () => {
    expect(stem('منشآت')).toBe('منشاة');
    expect(stem('مكافآت')).toBe('مكافاة');
    expect(stem('هيئات')).toBe('هيئة');
    expect(stem('ثبات')).toBe('ثبات');
    expect(stem('نبات')).toBe('نبات');
    // (The jussive of «أتى» is no perfect; since round 81 it meets its indicative «تأتي».)
    expect(stem('تأت')).toBe('تاتي');
    expect(stem('يأت')).toBe('ياتي');
    expect(stem('نشأت')).toBe('نشا');
    expect(stem('بدأت')).toBe('بدا');
    expect(stem('طرأت')).toBe('طرا');
    expect(stem('رأت')).toBe('راي');
  });
});
