// QA round 185 (the lines of the 16 news files that hold «كأس», «كاس» or «بطولة»): a cup named after
// nations or a body is a contest (MISC), not the body; retypeCupsOfBodies in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const spans = (text: string): string[] => entities(text).map((e) => `${e.type} ${e.text}`);

describe('QA round 185: «كأس» before a body', () => {
  it('makes one MISC of the cup, ending before a date', () => {
    expect(spans('وشارك المنتخب في كأس الأمم الأوروبية في فرنسا.')).toContain('MISC كأس الأمم الأوروبية');
    const uefa = spans('وأحرز النادي كأس الاتحاد الأوروبي عامي 1995 و1999.');
    expect(uefa).toContain('MISC كأس الاتحاد الأوروبي');
    expect(uefa.some((s) => s.startsWith('ORG'))).toBe(false);
  });

  it('guards: a place after «كأس» stays a place', () => {
    expect(spans('وتأهل المنتخب إلى نهائيات كأس آسيا في الإمارات.')).toContain('LOC آسيا');
  });
});
