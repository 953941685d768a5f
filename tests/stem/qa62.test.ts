import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 62, two classes of a feminine adjective kept whole, both fixed in the generator
// (scripts/build-stem-lexicon.ts). (1) A nisba in ـية that follows a broken plural or a possessed
// plural («المهام القتالية», «قدراتها القتالية») as often as a definite plural in ـات failed the
// nisba's agreement test (agreesAsNisba): one that never takes a possessive and has no plural in
// ـيات of its own now passes with a participle's looser agreement, every definite broken plural
// before it counted, «فعول» and «أفعال» too (looseNisba: «القتالية», «المطرية», «الجمركية»).
// (2) A participle or adjective seen after a plural «فعول» or «أفعال» («الجهود المبذولة», «الأمطار
// الغزيرة»), which the agreement counts left out, now counts those plurals in agreesAsParticiple
// where it has a participle's shape or is a «فعيلة» (afterFuulPlural). Nouns in ـية and plurals
// «فعاللة» of a people stay as they were.
describe('stem QA round 62: a nisba and a participle seen after broken plurals', () => {
  test('the feminine nisba goes to its masculine, definite or not', () => {
    expect(stem('القتالية')).toBe('قتالي');
    expect(stem('قتالية')).toBe('قتالي');
    expect(stem('والقتالية')).toBe(stem('قتالي'));
    expect(stem('المطرية')).toBe('مطري');
    expect(stem('مطرية')).toBe(stem('مطري'));
    expect(stem('الاستكشافية')).toBe('استكشافي');
    expect(stem('استكشافية')).toBe('استكشافي');
    expect(stem('الدولارية')).toBe('دولاري');
    expect(stem('الهيروغليفية')).toBe('هيروغليفي');
    expect(stem('الجمركية')).toBe('جمركي');
    expect(stem('جمركية')).toBe(stem('الجمركي'));
  });

  test('a participle or adjective after a plural «فعول» or «أفعال»', () => {
    expect(stem('المبذولة')).toBe('مبذول');
    expect(stem('مبذولة')).toBe(stem('المبذول'));
    expect(stem('الغزيرة')).toBe('غزير');
    expect(stem('غزيرة')).toBe('غزير');
    expect(stem('المتحركة')).toBe('متحرك');
    expect(stem('المشبعة')).toBe('مشبع');
    expect(stem('المستفادة')).toBe('مستفاد');
  });

  test('guards: nouns in ـية and nisbas already cut stay as they were', () => {
    expect(stem('الإيديولوجية')).toBe('ايديولوجية');
    expect(stem('الملكية')).toBe('ملكية');
    expect(stem('الشخصية')).toBe('شخصية');
    // «البحرية» (the adjective, or the navy) → «بحري» since round 109 (DEFINITE_NISBAS); the bare noun stays.
    expect(stem('بحرية')).toBe('بحرية');
    expect(stem('الهدية')).toBe('هدية');
    expect(stem('أنطاكية')).toBe('انطاكية');
    expect(stem('العسكرية')).toBe('عسكري');
    expect(stem('قتالي')).toBe('قتالي');
    expect(stem('الشراكسة')).toBe('شراكسة');
    expect(stem('الشائعات')).toBe('شائعة');
    expect(stem('المزمنة')).toBe('مزمن');
  });
});
