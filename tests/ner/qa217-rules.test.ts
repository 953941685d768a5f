// QA round 217 (a one-word ORG after «مدينة/أهالي/مطار …» over the 16 news files): a town that
// names a club is the town after a noun of its town; retypeClubTowns in src/ner/rules.ts.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 217: a club town after a noun of its town', () => {
  it('is a place', () => {
    expect(named('ووضع الطالب الموجود في مدينة ليفربول حلولا لأسعار التذاكر.')).toContain('LOC ليفربول');
    expect(named('مما أثار غضب أهالي ليفربول.')).toContain('LOC ليفربول');
  });

  it('guards: the club and a body’s title for a town stay organisations', () => {
    expect(named('وفاز ليفربول على مانشستر يونايتد.')).toContain('ORG ليفربول');
    expect(named('وسميت مدينة اليونسكو للموسيقى عام 2008.')).toContain('ORG اليونسكو');
  });
});
