// QA round 227 (companies named by a place and what they do, over the 16 news files):
// extendPlaceCompanies in src/ner/rules.ts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const named = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type} ${e.text}`);

describe('QA round 227: «شركة» + a place + «ل» + what the company does', () => {
  it('is one ORG over the whole name, without a nationality adjective, a word of time or a participle after it', () => {
    expect(named('وقالت شركة جدة للتنمية والتطوير العمراني إن المشروع اكتمل.')).toContain('ORG جدة للتنمية والتطوير العمراني');
    expect(named('وتوقعت شركة آسيا للاستثمار الكويتية نمو الأسواق.')).toContain('ORG آسيا للاستثمار');
    expect(named('وربحت شركة مصر للطيران العام الماضي مليار جنيه.')).toContain('ORG مصر للطيران');
    expect(named('ووقعت شركة جدة للتنمية والتطوير العمراني المملوكة للأمانة العقد.')).toContain('ORG جدة للتنمية والتطوير العمراني');
  });

  it('guards: a company not named by a place keeps the span the model gave it', () => {
    expect(named('وأعلنت شركة تويوتا لصناعة السيارات أرباحها.')).toContain('ORG تويوتا');
    expect(named('وقال رئيس شركة مصر للطيران إن الرحلات مستمرة.')).toContain('ORG مصر للطيران');
  });
});
