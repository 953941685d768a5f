import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 93, one class, decided in scripts/build-stem-lexicon.ts (shortParticipleOblique;
// the lexicon is regenerated): round 92's leftover, the sound plurals of six letters of
// participles of forms II, IV and VII («المهنئين», «المعوزين», «المندسين», «المغرضين», «المجنسين»)
// kept their ين or ون: their shape «مفعلين» is also a name's («مدنين», «مرسين», «محمدين»), so the
// stemmer's letters cannot decide, and news writes them far more than their singular, so
// participleOblique found too few of its forms. Now the generator gives such a plural code s
// where its three letters after م are no ا, ي nor ت (و only in the middle: «معوز»), it takes the
// article in 30 % of its uses at least, as a noun of persons does, and its masculine singular is
// seen (bare or accusative: «مهنئا»); the nominative «المهنئون», «مندسون» follows its other case.
// Names seldom take the article and loanwords show no singular («المندرين», mandarin). Invented
// sentences.
describe('stem QA round 93: participle plurals of six letters', () => {
  test('«المهنئين» and its nominative meet the singular «مهنئ»', () => {
    expect(stem('المهنئين')).toBe('مهنئ');
    expect(stem('والمهنئين')).toBe('مهنئ');
    expect(stem('مهنئين')).toBe('مهنئ');
    expect(stem('المهنئون')).toBe('مهنئ');
    expect(stem('المهنئين')).toBe(stem('مهنئ'));
  });

  test('forms IV and VII: «المعوزين», «المغرضين», «المندسين», «مندسون»', () => {
    expect(stem('المعوزين')).toBe('معوز');
    expect(stem('للمعوزين')).toBe('معوز');
    expect(stem('المغرضين')).toBe('مغرض');
    expect(stem('المغرضون')).toBe('مغرض');
    expect(stem('المندسين')).toBe('مندس');
    expect(stem('بالمندسين')).toBe('مندس');
    expect(stem('مندسون')).toBe('مندس');
  });

  test('other plurals and duals of the shape: «المجنسين», «المقرئين», «المؤدبين», «منخرين»', () => {
    expect(stem('المجنسين')).toBe('مجنس');
    expect(stem('المقرئين')).toBe('مقرئ');
    expect(stem('المؤدبين')).toBe('مؤدب');
    expect(stem('المفطرين')).toBe('مفطر');
    expect(stem('منخرين')).toBe('منخر');
    expect(stem('معصمين')).toBe('معصم');
  });

  test('in an invented sentence', () => {
    const words = tokenize('واستقبل المحافظ المهنئين بالعيد وأعلن توزيع المساعدات على المعوزين وملاحقة المندسين')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[2]).toBe('مهنئ');
    expect(words[8]).toBe('معوز');
    expect(words[10]).toBe('مندس');
  });

  test('guards: names and loanwords of the shape, singulars in ين, broken plurals', () => {
    expect(stem('مدنين')).toBe('مدنين');
    expect(stem('مرسين')).toBe('مرسين');
    expect(stem('محمدين')).toBe('محمدين');
    expect(stem('المندرين')).toBe('مندرين');
    expect(stem('المورفين')).toBe('مورفين');
    expect(stem('ميلتون')).toBe('ميلتون');
    expect(stem('المسيحين')).toBe('مسيحين');
    expect(stem('مستعين')).toBe('مستعين');
    expect(stem('متباين')).toBe('متباين');
    expect(stem('ملايين')).toBe('ملايين');
    expect(stem('ميادين')).toBe('ميادين');
  });
});
