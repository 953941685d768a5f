import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 86, one class, decided in the generator (scripts/build-stem-lexicon.ts) and
// src/stem/dhad.ts: the feminine perfect «تمت» of the doubled verb «تمّ» (was completed) kept its
// ت everywhere, because the bare word also follows «لا», «لم» as an imperfect or a jussive («لا
// تمت بصلة», «لم تمت»; round 76), so doubledFeminine refuses it. After the conjunction «و», «ف»
// no negation stands right before the word, and «وتمت», «فتمت» are the perfect: the lexicon marks
// «تمت» with the new code g, whose ت comes off only after one conjunction; the bare «تمت» and
// «ولتمت» are as before. Invented sentences.
describe('stem QA round 86: the feminine perfect of a doubled verb after «و», «ف»', () => {
  test('«وتمت», «فتمت» meet «تم»', () => {
    expect(stem('وتمت')).toBe('تم');
    expect(stem('وتمت')).toBe(stem('تم'));
    expect(stem('فتمت')).toBe('تم');
    expect(stem('وتمّت')).toBe(stem('تم'));
  });

  test('in an invented sentence', () => {
    const words = tokenize('وتمت مناقشة المشروع في الاجتماع فتمت الموافقة عليه')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words).toEqual(['تم', 'مناقشة', 'مشروع', 'في', 'اجتماع', 'تم', 'موافقة', 'عليه']);
  });

  test('guards: the bare word keeps its ت (also «لا تمت بصلة», «لم تمت»)', () => {
    expect(stem('تمت')).toBe('تمت');
    expect(stem('ولتمت')).toBe('تمت');
    expect(stem('لتمت')).toBe('تمت');
  });

  test('guards: the other doubled perfects and the nouns in ـت as before', () => {
    expect(stem('شنت')).toBe('شن');
    expect(stem('وشنت')).toBe('شن');
    expect(stem('ضمت')).toBe('ضم');
    expect(stem('وظلت')).toBe('ظل');
    expect(stem('فرت')).toBe('فر');
    expect(stem('ووقت')).toBe('وقت');
    expect(stem('وبيت')).toBe('بيت');
    expect(stem('وصوت')).toBe('صوت');
    expect(stem('وكنت')).toBe('كنت');
    expect(stem('وعدت')).toBe('عدت');
    expect(stem('ودمت')).toBe('دمت');
  });
});
