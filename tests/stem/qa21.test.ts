import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 21: nisbas whose feminine far outnumbers the masculine', () => {
  test('the feminine of a nisba that qualifies things gives the masculine', () => {
    expect(stem('التشريعية')).toBe('تشريعي');
    expect(stem('التشريعية')).toBe(stem('التشريعي'));
    expect(stem('والمعدنية')).toBe('معدني');
    expect(stem('حديدية')).toBe('حديدي');
    expect(stem('الاستهلاكية')).toBe('استهلاكي');
    expect(stem('بلاستيكية')).toBe('بلاستيكي');
  });

  test('guards: nouns in ـية keep it (no article on the masculine, or a plural in ـيات)', () => {
    expect(stem('ضاحية')).toBe('ضاحية');
    expect(stem('تحية')).toBe('تحية');
    expect(stem('الأمسية')).toBe('امسية');
    expect(stem('البرمجيات')).toBe('برمجية');
    expect(stem('إحصائيات')).toBe('احصائية');
    expect(stem('الجمهورية')).toBe('جمهورية');
  });
});
