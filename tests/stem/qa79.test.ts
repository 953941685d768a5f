import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 79, one class, decided in the generator (scripts/build-stem-lexicon.ts).
// «رأت» (saw, folded «رات») kept its ت and met neither «رأى» (folded «راي») nor its plural «رأوا»:
// defectivePerfect looks for the imperfect «يراو», «يراي», but «رأى» drops its hamza there («يرى»,
// «ترى»). A perfect of three letters written أت (hamzaTeh, round 78) may now show the imperfect of
// its first radical alone, unless it follows «لا», «لم» (the jussive «لم تأت» of «أتى»).
describe('stem QA round 79: the perfect «رأت» of «رأى»', () => {
  test('the feminine perfect «رأت» gives «رأى»', () => {
    expect(stem('رأت')).toBe('راي');
    expect(stem('ورأت')).toBe('راي');
    expect(stem('رأته')).toBe('راي');
    expect(stem('رأتها')).toBe('راي');
    expect(stem('رأت')).toBe(stem('رأى'));
  });

  test('its plural «رأوا» meets it', () => {
    expect(stem('رأوا')).toBe('راي');
    expect(stem('ورأوا')).toBe('راي');
    expect(stem('فرأوا')).toBe('راي');
    expect(stem('رأوا')).toBe(stem('رأت'));
  });

  test('guards: other words in ـأت and the imperfect as before', () => {
    expect(stem('رأى')).toBe('راي');
    expect(stem('يرى')).toBe('يري');
    expect(stem('نشأت')).toBe('نشا');
    expect(stem('بدأت')).toBe('بدا');
    expect(stem('قرأت')).toBe('قرا');
    expect(stem('منشآت')).toBe('منشاة');
    expect(stem('دعت')).toBe('دعا');
    expect(stem('جرت')).toBe('جري');
    expect(stem('مات')).toBe('مات');
    expect(stem('ثبات')).toBe('ثبات');
    // (The jussive of «أتى» is no perfect; since round 81 it meets its indicative «تأتي».)
    expect(stem('تأت')).toBe('تاتي');
  });
});
