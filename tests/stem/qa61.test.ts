import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 61, two classes of an accusative or oblique ending kept whole, both fixed in the
// generator (scripts/build-stem-lexicon.ts). (1) The unmarked accusative tanween of a derived noun
// or adjective the corpus seldom writes with its mark («تكاملا», «استقطابا», «مرغوبا», «وافدا»,
// and the broken plural «أقوالا») kept its alef: the shape of a participle or a masdar (see
// derivedShape) now stands for the marks, beside the common noun's evidence of the tanween loop;
// names of countries in ـيا and a «Xاتا» stay as they were. (2) The oblique plural of a participle
// news writes predicatively, never with the article («غير متأكدين»), now loses its ين where its
// feminine and nominative plural are both seen (participleOblique).
describe('stem QA round 61: the accusative of a derived word and a predicative plural', () => {
  test('the unmarked tanween of a masdar', () => {
    expect(stem('تكاملا')).toBe('تكامل');
    expect(stem('وتكاملا')).toBe(stem('التكامل'));
    expect(stem('استقطابا')).toBe('استقطاب');
    expect(stem('تأهبا')).toBe(stem('التأهب'));
    expect(stem('إخفاقا')).toBe('اخفاق');
    expect(stem('وإخفاقا')).toBe('اخفاق');
  });

  test('the unmarked tanween of a participle and of a plural «أفعال»', () => {
    expect(stem('مرغوبا')).toBe('مرغوب');
    expect(stem('ومرغوبا')).toBe(stem('المرغوب'));
    expect(stem('معالجا')).toBe('معالج');
    expect(stem('وافدا')).toBe('وافد');
    expect(stem('ضائعا')).toBe('ضائع');
    expect(stem('أقوالا')).toBe('اقوال');
    expect(stem('أعواما')).toBe('اعوام');
  });

  test('the oblique plural of a predicative participle', () => {
    expect(stem('متأكدين')).toBe('متاكد');
    expect(stem('متأكدين')).toBe(stem('متأكد'));
  });

  test('guards: names in ـا and accusatives already cut stay as they were', () => {
    expect(stem('مقدونيا')).toBe('مقدونيا');
    expect(stem('تشيكيا')).toBe('تشيكيا');
    expect(stem('أياتا')).toBe('اياتا');
    expect(stem('أمريكا')).toBe('امريكا');
    expect(stem('سانتا')).toBe('سانتا');
    expect(stem('نجاحا')).toBe('نجاح');
    expect(stem('تكامل')).toBe('تكامل');
  });
});
