import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 58, one class. A feminine participle whose definite form agrees with broken
// plurals («الأنباء الواردة», «البراميل المتفجرة», «الطباعة المجسمة») was kept whole where its
// plural in ـات is more common than it and a noun of its own («واردات», imports; «متفجرات»,
// explosives): cutting the feminine would have sent that plural to the masculine too. The
// generator now marks such a plural f (it keeps «Xة») and lets the feminine go to its masculine.
describe('stem QA round 58: an agreeing participle beside a plural that is a noun of its own', () => {
  test('the feminine participle meets its masculine', () => {
    expect(stem('الواردة')).toBe('وارد');
    expect(stem('واردة')).toBe('وارد');
    expect(stem('والواردة')).toBe(stem('الوارد'));
    expect(stem('المتفجرة')).toBe('متفجر');
    expect(stem('متفجرة')).toBe('متفجر');
    expect(stem('المجسمة')).toBe('مجسم');
  });

  test('guards: the noun plural keeps its singular in ـة', () => {
    expect(stem('الواردات')).toBe('واردة');
    expect(stem('واردات')).toBe('واردة');
    expect(stem('المتفجرات')).toBe('متفجرة');
    expect(stem('الوارد')).toBe('وارد');
    expect(stem('المخدرات')).toBe('مخدر');
    expect(stem('المعلومات')).toBe('معلومة');
  });
});
