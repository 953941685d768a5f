import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 29: nisbas in ـية that are nouns too, Monday', () => {
  test('a nisba that mostly agrees with a definite noun loses its ة, though a noun shares it', () => {
    expect(stem('الوطنية')).toBe('وطني');
    expect(stem('وطنية')).toBe('وطني');
    expect(stem('الوطني')).toBe('وطني');
    expect(stem('الأمنية')).toBe('امني');
    expect(stem('والإنسانية')).toBe('انساني');
    expect(stem('التحتية')).toBe('تحتي');
    expect(stem('القانونية')).toBe('قانوني');
    expect(stem('الدستورية')).toBe('دستوري');
    expect(stem('الودية')).toBe('ودي');
  });

  test('guards: nouns that take possessives often, names, nouns with a plural in ـيات', () => {
    expect(stem('الملكية')).toBe('ملكية');
    expect(stem('ملكيتها')).toBe('ملكية');
    // «الشعبية» (nearly always the adjective) → «شعبي» since round 109 (DEFINITE_NISBAS); the noun stays.
    expect(stem('بشعبية')).toBe('شعبية');
    expect(stem('ذريته')).toBe('ذرية');
    expect(stem('أنطاكية')).toBe('انطاكية');
    expect(stem('فرنجية')).toBe('فرنجية');
    expect(stem('صقلية')).toBe('صقلية');
    expect(stem('الشخصيات')).toBe('شخصية');
    expect(stem('الجمهورية')).toBe('جمهورية');
    expect(stem('مسؤولية')).toBe('مسؤولية');
  });

  test('Monday «الاثنين» keeps its name; the number two still loses its ending', () => {
    expect(stem('الاثنين')).toBe('اثنين');
    expect(stem('الإثنين')).toBe('اثنين');
    expect(stem('والاثنين')).toBe('اثنين');
  });

  test('guards: the number two without the article, and its other forms', () => {
    expect(stem('اثنين')).toBe('اثن');
    expect(stem('واثنين')).toBe('اثن');
    expect(stem('باثنين')).toBe('اثن');
    expect(stem('اثنان')).toBe('اثن');
    expect(stem('الاثنان')).toBe('اثن');
    // (Since round 51 the feminine meets the masculine: «اثنتين» → «اثن».)
    expect(stem('اثنتين')).toBe('اثن');
    expect(stem('الاثنتين')).toBe('اثن');
    expect(stem('البحرين')).toBe('بحرين');
  });
});
