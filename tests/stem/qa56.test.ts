import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 56, two classes. (1) The plural in ـات of a participle in مـ used as a noun
// («المخدرات», «المنجزات», «المحروقات») went to the feminine «Xة» (the default for ات, as «Xة»
// is the commoner singular), which is the participle's adjective («المواد المخدرة») and keeps its
// ة. Where that feminine follows a definite word in ـة or ـات or a definite broken plural in 10 %
// of its definite forms, the plural is twice as common as it, and the masculine takes the article
// and is seen at least 0.3 × the feminine, the lexicon's generator (participleNounPlural) now
// gives the plural code b, so it goes with the masculine noun «مخدر», «منجز», «محروق». (2) A noun
// in ـية taken for a nisba («هدية» → «هدي», guidance; «التهوية» → «تهوي»): a word in ـية whose
// definite form is seen 20 times or more and under 2 % of them after a definite word in ـة or ـات
// or a definite broken plural is no nisba adjective (unagreeingNisba), so it keeps its ة.
describe('stem QA round 56: the plural of a participle used as a noun', () => {
  test('the plural in ـات goes with the masculine noun', () => {
    expect(stem('المخدرات')).toBe('مخدر');
    expect(stem('مخدرات')).toBe('مخدر');
    expect(stem('بالمخدرات')).toBe('مخدر');
    expect(stem('والمخدرات')).toBe(stem('المخدر'));
    expect(stem('المنجزات')).toBe('منجز');
    expect(stem('ومنجزاتها')).toBe('منجز');
    expect(stem('المحروقات')).toBe('محروق');
    expect(stem('المنسوجات')).toBe('منسوج');
    expect(stem('الموشحات')).toBe('موشح');
  });

  test('guards: nouns in ـة keep their plural, the adjective its ة', () => {
    expect(stem('المستوطنات')).toBe('مستوطنة');
    expect(stem('المعلومات')).toBe('معلومة');
    expect(stem('المؤسسات')).toBe('مؤسسة');
    expect(stem('المفاوضات')).toBe('مفاوضة');
    expect(stem('المسيرات')).toBe('مسيرة');
    // Round 63: the adjective «المخدرة» now meets «مخدر», as its plural noun does.
    expect(stem('المخدرة')).toBe('مخدر');
    expect(stem('المخدر')).toBe('مخدر');
    expect(stem('المقاتلات')).toBe('مقاتل');
  });
});

describe('stem QA round 56: a noun in ـية that never agrees is no nisba', () => {
  test('the noun keeps its ـية', () => {
    expect(stem('هدية')).toBe('هدية');
    expect(stem('بهدية')).toBe('هدية');
    expect(stem('الهدية')).toBe('هدية');
    expect(stem('هديته')).toBe('هدية');
    expect(stem('التهوية')).toBe('تهوية');
    expect(stem('الروبية')).toBe('روبية');
    expect(stem('الألفية')).toBe('الفية');
    expect(stem('التعرية')).toBe('تعرية');
  });

  test('guards: nisba adjectives still lose their ة', () => {
    expect(stem('التشريعية')).toBe('تشريعي');
    expect(stem('الفلسطينية')).toBe('فلسطيني');
    expect(stem('الوطنية')).toBe('وطني');
    expect(stem('الأمنية')).toBe('امني');
    expect(stem('هندية')).toBe('هندي');
    expect(stem('الحماية')).toBe('حماية');
    expect(stem('الهدي')).toBe('هدي');
  });
});
