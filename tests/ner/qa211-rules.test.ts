// QA round 211 (one-word LOC that the tag dictionary reads as an organisation, over news-000…003):
// a company or club read as a place is an ORG; retypeOrgWords in src/ner/rules.ts. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 211: an organisation read as a place', () => {
  it('is an ORG', () => {
    expect(named('ورسمت أرامكو السعودية الابتسامة على وجوه المرضى.')).toContain('ORG أرامكو');
    expect(named('وخضع اللاعب للفحوص الطبية تمهيدا للانضمام إلى يونايتد مقابل 50 مليون جنيه.')).toContain('ORG يونايتد');
  });

  it('guards: a town that is also a club, or a word after a place head, stays a place', () => {
    expect(named('وينتشر الطلب إلى المدن البريطانية الأخرى مثل مانشستر وبريستول.')).toContain('LOC مانشستر');
    expect(named('وعثر على قنبلة قرب نهر التايمز في لندن.')).toContain('LOC التايمز');
  });
});
