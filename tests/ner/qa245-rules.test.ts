// QA round 245 (ministries named by a two-letter field, over the 16 news files): «وزارة الحج»,
// «وزارة الري» — SHORT_MINISTRY_NOUNS and SHORT_MINISTRY_PARTNERS in labelMinistries
// (src/ner/rules.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const orgs = (text: string): string[] =>
  entities(text, { types: ['ORG'] }).map((e) => e.text);

describe('QA round 245: the Ministry of Hajj is a ministry', () => {
  it('finds «وزارة الحج» and «وزارة الري»', () => {
    expect(orgs('وأعلنت وزارة الحج أنها ستبدأ استقبال الطلبات الأسبوع المقبل.')).toEqual(['وزارة الحج']);
    expect(orgs('وقال مسؤول في وزارة الحج والعمرة إن الموسم ناجح.')).toEqual(['وزارة الحج والعمرة']);
    expect(orgs('وحذرت وزارة الري من ارتفاع منسوب المياه.')).toEqual(['وزارة الري']);
  });

  it('guards: a second body after «و» is not part of its name', () => {
    expect(orgs('وشكر جهود وزارة الحج والقطاعات الحكومية الأخرى.').some((t) => t.includes('القطاعات'))).toBe(false);
  });
});
