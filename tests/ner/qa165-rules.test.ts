// QA round 165 (the lines of the 16 news files that hold «حركة»): after «حركة» a movement named by
// common words — Hamas's full name, al-Shabaab, Zimbabwe's MDC — is an ORG, head outside as
// ANERcorp writes «حركة/O المقاومة/B-ORG الاسلامية/I-ORG»: labelMovementNames in
// src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 165: a movement named by common words', () => {
  it('is an organisation after «حركة»', () => {
    expect(orgs('وقالت حركة المقاومة الإسلامية في بيان إن الهدنة انتهت.')).toContain('المقاومة الإسلامية');
    expect(orgs('وتبنت حركة الشباب الصومالية الهجوم على الفندق.')).toContain('الشباب');
    expect(orgs('وقاد شاميسا حركة التغيير الديمقراطي في الانتخابات.')).toContain('التغيير الديمقراطي');
  });

  it('guards: another youth movement, and «حركة» as "traffic"', () => {
    expect(orgs('ونشأت حركة الشباب المؤمن في صعدة في التسعينيات.')).not.toContain('الشباب');
    expect(orgs('وتوقفت حركة المرور في وسط المدينة ساعتين.')).toEqual([]);
  });
});
