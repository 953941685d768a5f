import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 64, one class of a nisba adjective kept whole, fixed in the generator
// (scripts/build-stem-lexicon.ts). A feminine nisba in ـية whose abstract noun has a plural in
// ـيات of its own («إيجابيات», «عرقيات», «نسويات») failed agreesAsNisba's plural test however
// often it agreed («النتائج الإيجابية», «الأقليات العرقية», «الحركة النسوية») and kept its ة. Where
// its definite forms agree six times in ten or more and the plural is under a tenth of the word
// (nisbaPluralAllowed), it now goes to its masculine, its plural with it. Nouns in ـية that agree
// less («الشخصية», «القومية», «العقلية») stay as they were («البحرية» too until round 109).
describe('stem QA round 64: a nisba whose abstract noun has a plural in ـيات', () => {
  test('the feminine nisba goes to its masculine, definite or not', () => {
    expect(stem('إيجابية')).toBe('ايجابي');
    expect(stem('الإيجابية')).toBe('ايجابي');
    expect(stem('بإيجابية')).toBe(stem('الإيجابي'));
    expect(stem('العرقية')).toBe('عرقي');
    expect(stem('عرقية')).toBe('عرقي');
    expect(stem('والعرقية')).toBe(stem('العرقي'));
    expect(stem('النسوية')).toBe('نسوي');
    expect(stem('المتوالية')).toBe('متوالي');
    expect(stem('الأفيونية')).toBe('افيوني');
    expect(stem('الرهبانية')).toBe('رهباني');
  });

  test('the plural in ـيات goes with its feminine', () => {
    expect(stem('الإيجابيات')).toBe('ايجابي');
    expect(stem('إيجابيات')).toBe(stem('إيجابية'));
    expect(stem('العرقيات')).toBe('عرقي');
  });

  test('guards: nisbas already stemmed, nouns in ـية kept whole', () => {
    expect(stem('السلبية')).toBe('سلبي');
    expect(stem('السلبيات')).toBe('سلبي');
    expect(stem('الإيجابي')).toBe('ايجابي');
    expect(stem('إيجابيا')).toBe('ايجابي');
    expect(stem('الشخصية')).toBe('شخصية');
    expect(stem('الشخصيات')).toBe('شخصية');
    expect(stem('القومية')).toBe('قومية');
    // «البحرية», nearly always the adjective («القوات البحرية») or the navy, its elided noun's nisba,
    // goes to «بحري» since round 109 (DEFINITE_NISBAS); the bare noun stays.
    expect(stem('بحرية')).toBe('بحرية');
    expect(stem('العقلية')).toBe('عقلية');
    expect(stem('الاستراتيجية')).toBe('استراتيجية');
  });
});
