import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 63, one class of a feminine participle or adjective kept whole, fixed in the
// generator (scripts/build-stem-lexicon.ts). A participle whose masculine has a plural in ـات of
// its own, a noun («منشورات», «منحوتات», «مطبوعات», «شائعات»), failed agreesAsParticiple's plural
// test however often it agreed («الصور المنشورة», «الأخطاء الشائعة»). Where its definite form
// follows a definite feminine, a broken plural or a plural «فعول» in half its definite forms and
// takes no possessive, it now goes to its masculine (pluralNounParticiple), and the plural keeps
// «Xة» (nounPlurals) unless it is the masculine's own noun («معدلات» → «معدل»). Nouns in ـة that
// seldom agree («المخطوطة», «الشابة») stay as they were.
describe('stem QA round 63: a participle whose plural in ـات is a noun', () => {
  test('the feminine participle goes to its masculine, definite or not', () => {
    expect(stem('المنشورة')).toBe('منشور');
    expect(stem('منشورة')).toBe(stem('المنشور'));
    expect(stem('المحفوظة')).toBe('محفوظ');
    expect(stem('محفوظة')).toBe('محفوظ');
    expect(stem('المنحوتة')).toBe('منحوت');
    expect(stem('المطبوعة')).toBe('مطبوع');
    expect(stem('والمطبوعة')).toBe(stem('مطبوع'));
    expect(stem('المعروضة')).toBe('معروض');
    expect(stem('المخدرة')).toBe('مخدر');
    expect(stem('المنقولة')).toBe('منقول');
    expect(stem('المسروقة')).toBe('مسروق');
    expect(stem('المعدلة')).toBe('معدل');
  });

  test('the adjective «common» goes to «شائع»', () => {
    expect(stem('الشائعة')).toBe('شائع');
    expect(stem('شائعة')).toBe('شائع');
    expect(stem('وشائعة')).toBe(stem('الشائع'));
  });

  test('guards: the plural nouns keep their own stem, nouns in ـة stay whole', () => {
    expect(stem('الشائعات')).toBe('شائعة');
    expect(stem('منحوتات')).toBe('منحوتة');
    expect(stem('مطبوعات')).toBe('مطبوعة');
    expect(stem('معدلات')).toBe('معدل');
    expect(stem('مخدرات')).toBe('مخدر');
    expect(stem('المنشورات')).toBe('منشور');
    expect(stem('المخطوطة')).toBe('مخطوطة');
    expect(stem('مخطوطات')).toBe('مخطوطة');
    // (Not by agreement: «الشابة» goes to «شاب» since round 66 as a woman's noun whose plural
    // «شابات» went there already; see qa66.)
    expect(stem('الشابة')).toBe(stem('شابات'));
    expect(stem('المنشور')).toBe('منشور');
  });
});
