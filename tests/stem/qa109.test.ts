import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 109, one class, decided in src/stem/dhad.ts: the definite feminine of a nisba that is
// a noun of its own too, which the corpus lexicon keeps whole for the noun's sake («شعبيته»,
// popularity; «أهليته», eligibility), while «الXية» is nearly always the adjective in agreement
// («المقاومة الشعبية», «الحرب الأهلية», «القوات البحرية»). Eight such words (DEFINITE_NISBAS) now
// go with their masculine after the article: «الشعبية» → «شعبي» as «الشعبي»; 12,478 tokens over the
// 16 news files. Untouched: the bare and possessed forms («شعبية», «بشعبية», «شعبيته»), the
// plurals, and the nisbas whose definite form is as often a noun of its own («البلدية», «الملكية»,
// «القومية», «الاستراتيجية», «الدورية»). Invented phrases.
describe('stem QA round 109: the definite feminine of a nisba that is a noun too', () => {
  test('after the article, the masculine', () => {
    expect(stem('الشعبية')).toBe('شعبي');
    expect(stem('والشعبية')).toBe('شعبي');
    expect(stem('الشعبيّة')).toBe('شعبي');
    expect(stem('الأهلية')).toBe('اهلي');
    expect(stem('والأهلية')).toBe('اهلي');
    expect(stem('الاهلية')).toBe('اهلي');
    expect(stem('البحرية')).toBe('بحري');
    expect(stem('للبحرية')).toBe('بحري');
    expect(stem('بالبحرية')).toBe('بحري');
    expect(stem('الكشفية')).toBe('كشفي');
    expect(stem('الميلادية')).toBe('ميلادي');
    expect(stem('التعاونية')).toBe('تعاوني');
    expect(stem('اللياقية')).toBe('لياقي');
    expect(stem('العصبية')).toBe('عصبي');
    // the same stem as the masculine
    expect(stem('الشعبية')).toBe(stem('الشعبي'));
    expect(stem('الأهلية')).toBe(stem('الأهلي'));
    expect(stem('البحرية')).toBe(stem('البحري'));
  });

  test('in invented sentences', () => {
    const words = tokenize('أعلنت المقاومة الشعبية سيطرتها على الميناء بعد اشتباك مع القوات البحرية')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[2]).toBe(stem('الشعبي'));
    expect(words[10]).toBe(stem('البحري'));
    const more = tokenize('زادت رسوم المدارس الأهلية في السبعينات الميلادية')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[3]).toBe(stem('الأهلي'));
    expect(more[6]).toBe(stem('الميلادي'));
  });

  test('guards: the bare and possessed nouns, the plurals and the other nisbas, as before', () => {
    expect(stem('شعبية')).toBe('شعبية');
    expect(stem('بشعبية')).toBe('شعبية');
    expect(stem('شعبيته')).toBe('شعبية');
    expect(stem('أهلية')).toBe('اهلية');
    expect(stem('أهليته')).toBe('اهلية');
    expect(stem('بحرية')).toBe('بحرية');
    expect(stem('الشعبيات')).toBe('شعبية');
    expect(stem('البلدية')).toBe('بلدية');
    expect(stem('الملكية')).toBe('ملكية');
    expect(stem('القومية')).toBe('قومية');
    expect(stem('الاستراتيجية')).toBe('استراتيجية');
    expect(stem('الدورية')).toBe('دورية');
    expect(stem('الجمهورية')).toBe('جمهورية');
    expect(stem('الوطنية')).toBe('وطني');
    expect(stem('الشعبي')).toBe('شعبي');
    expect(stem('الأهلي')).toBe('اهلي');
  });
});
