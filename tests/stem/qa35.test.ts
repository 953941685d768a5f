import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

describe('stem QA round 35: plurals in ـوات whose و is the singular’s lost or hidden third radical', () => {
  test('a noun in ـاة makes its plural in ـوات, the ا turning back to و', () => {
    // «قناة» (root ق ن و): «قنوات»; «صلاة»: «صلوات», as «مباراة» makes «مباريات».
    expect(stem('القنوات')).toBe('قناة');
    expect(stem('وقنوات')).toBe('قناة');
    expect(stem('الصلوات')).toBe('صلاة');
    expect(stem('قنواته')).toBe(stem('قناة'));
  });

  test('«سنة» has lost its و, which comes back in «سنوات» and goes with «سنون», «سنين»', () => {
    expect(stem('سنوات')).toBe('سنة');
    expect(stem('السنوات')).toBe('سنة');
    expect(stem('لسنوات')).toBe(stem('السنة'));
    expect(stem('سنواتها')).toBe('سنة');
    expect(stem('السنين')).toBe('سنة');
    expect(stem('سنين')).toBe('سنة');
  });

  test('guards: plurals in ـوات of a noun in ـوة keep the و, and the singulars are unchanged', () => {
    expect(stem('دعوات')).toBe('دعوة');
    expect(stem('خطوات')).toBe('خطوة');
    expect(stem('الثروات')).toBe('ثروة');
    expect(stem('قناة')).toBe('قناة');
    expect(stem('السنة')).toBe('سنة');
    expect(stem('الاجتماعات')).toBe('اجتماع');
    expect(stem('المباريات')).toBe('مباراة');
  });
});
