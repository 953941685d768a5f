import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 61: the title of a work in quotation marks after its head noun is one MISC', () => {
  it('labels a quoted film title the model left out («فيلم "…"»)', () => {
    expect(names('وشارك المخرج في المهرجان بفيلم "ظلال الخريف البعيد" الذي نال إعجاب النقاد')).toContain('MISC:ظلال الخريف البعيد');
  });
  it('takes a title with a place inside whole («رواية "ليلة في بغداد"»)', () => {
    const got = names('وصدرت للكاتب رواية "ليلة في بغداد" عن دار نشر صغيرة');
    expect(got).toContain('MISC:ليلة في بغداد');
    expect(got).not.toContain('LOC:بغداد');
  });
  it('takes a title named after a person whole and as MISC («مسلسل "الملك فاروق"»)', () => {
    const got = names('ولعب الممثل دور البطولة في مسلسل "الملك فاروق" قبل سنوات');
    expect(got).toContain('MISC:الملك فاروق');
    expect(got).not.toContain('PERS:فاروق');
  });
  it('reads the head with a pronoun or a proclitic («كتابه "…"», «لبرنامج "…"»)', () => {
    expect(names('وتحدث الباحث في كتابه "أسرار المدن القديمة" عن الأسواق')).toContain('MISC:أسرار المدن القديمة');
    expect(names('وقالت المذيعة لبرنامج "صباح الخير يا عرب" إن الحفل تأجل')).toContain('MISC:صباح الخير يا عرب');
  });
  it('guard: a short Arabic nisba alone describes the programme («برنامج "سري"»)', () => {
    expect(names('وكشفت الوثائق عن برنامج "سري" لتطوير الصواريخ').join('|')).not.toContain('سري');
  });
  it('guard: a definite head before a quotation is speech, not a title', () => {
    expect(names('وقال المخرج عن الفيلم "لم أتوقع هذا النجاح أبدا" في المؤتمر').join('|')).not.toContain('أتوقع');
  });
});
