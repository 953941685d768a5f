import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 32: a ministry is named by a nisba, which stems with the masculine', () => {
  test('the nisba of a ministry after its construct head loses the ة as the adjective does', () => {
    expect(stem('الخارجية')).toBe('خارجي');
    expect(stem('الداخلية')).toBe('داخلي');
    expect(stem('للخارجية')).toBe('خارجي');
    expect(stem('والداخلية')).toBe('داخلي');
    expect(stem('خارجية')).toBe(stem('الخارجي'));
    expect(stem('داخلية')).toBe(stem('داخلي'));
  });

  test('the same word in agreement and as the ministry stem alike, with a pronoun too', () => {
    // «السياسة الخارجية» (the adjective) and «وزير الخارجية», «وزير خارجيته» (the ministry).
    expect(stem('الخارجية')).toBe(stem('الخارجي'));
    expect(stem('خارجيته')).toBe('خارجي');
    expect(stem('داخليته')).toBe('داخلي');
  });

  test('guards: nouns in ـية that follow a construct head keep their ة', () => {
    expect(stem('الجمهورية')).toBe('جمهورية');
    expect(stem('بقية')).toBe('بقية');
    expect(stem('التربية')).toBe('تربية');
    // «الشعبية» (nearly always the adjective) → «شعبي» since round 109 (DEFINITE_NISBAS); the noun stays.
    expect(stem('شعبية')).toBe('شعبية');
    expect(stem('المالية')).toBe('مالي');
    expect(stem('الوطنية')).toBe('وطني');
  });
});
