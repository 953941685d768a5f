import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 60, two classes of an adjective's feminine in ـة kept whole, both fixed in the
// generator (scripts/build-stem-lexicon.ts). (1) A feminine of four letters that agrees, definite,
// with a definite feminine or broken plural less than half the time but more than 30 % («المدينة
// المطلة», «الحاجة الماسة», «الأموال القذرة») now goes to its masculine as one of five letters
// does (agreesAsParticiple), unless its bare form often heads a construct before a definite word,
// as a noun does («جادة الشانزليزيه», an avenue; «دالة الموجة», a function). (2) A definite
// broken plural of the shape «فعال» («الشعاب», «المياه», «البلاد») now counts among the plurals
// of things an adjective agrees with: «الشعاب المرجانية», «المياه الجوفية», «المياه الراكدة».
describe('stem QA round 60: the feminine of an adjective beside a plural of things', () => {
  test('a feminine of four letters in looser agreement', () => {
    expect(stem('المطلة')).toBe('مطل');
    expect(stem('مطلة')).toBe(stem('المطل'));
    expect(stem('والمطلة')).toBe('مطل');
    expect(stem('القذرة')).toBe('قذر');
    expect(stem('قذرة')).toBe('قذر');
    expect(stem('ماسة')).toBe('ماس');
  });

  test('the adjective of a broken plural «فعال»', () => {
    expect(stem('المرجانية')).toBe('مرجاني');
    expect(stem('مرجانية')).toBe(stem('المرجاني'));
    expect(stem('الجوفية')).toBe('جوفي');
    expect(stem('الملوثة')).toBe('ملوث');
    expect(stem('الراكدة')).toBe('راكد');
    expect(stem('العذبة')).toBe('عذب');
    expect(stem('الضحلة')).toBe('ضحل');
    expect(stem('شحيحة')).toBe('شحيح');
  });

  test('guards: nouns heading a construct and the plurals themselves stay as they were', () => {
    expect(stem('جادة')).toBe('جادة');
    expect(stem('الجادة')).toBe('جادة');
    expect(stem('دالة')).toBe('دالة');
    expect(stem('الشعاب')).toBe('شعاب');
    expect(stem('المياه')).toBe('مياه');
    expect(stem('الحلقية')).toBe('حلقي');
    expect(stem('سوسيولوجية')).toBe('سوسيولوجي');
    expect(stem('المنسوجات')).toBe('منسوج');
  });
});
