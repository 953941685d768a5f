// QA round 64 (news-001, news-005, seed 193): a person's family or given name put in quotation
// marks after a verb of speech or a title («وأشار "البقمي"», «وتقول "أليس"») was read as a
// one-word MISC, a quoted title; it is the person named elsewhere in the text, or the speaker of
// a clause in «أن» or after a colon (carryQuotedPersons in src/ner/consistency.ts). And
// «السعودية» right after an organisation with a feminine head («[وزارة الصحة] السعودية») is the
// adjective "Saudi" agreeing with the head, not the state (dropAdjectiveStateNames).
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 64: a quoted family name after a verb of speech is the person', () => {
  it('reads the quoted surname of a person named before as that person («وأشار "البقمي"»)', () => {
    const got = names('قال مدير الفرع محمد البقمي إن العمل بدأ. وأشار "البقمي" إلى أنه سيتم تركيب الأجهزة قريبا.');
    expect(got).toContain('PERS:محمد البقمي');
    expect(got).toContain('PERS:البقمي');
    expect(got.join('|')).not.toContain('MISC:البقمي');
  });
  it('reads a quoted given name after «وتقول» as the woman named before', () => {
    const got = names('تعاني البريطانية "أليس مان" من مرض نادر. وتقول "أليس" البالغة من العمر 30 عاماً إنها تعبت.');
    expect(got).toContain('PERS:أليس');
    expect(got.join('|')).not.toContain('MISC:أليس');
  });
  it('reads a quoted speaker before «أن» as a person («وأوضح «ملادينوف» أن»)', () => {
    expect(names('وأوضح «ملادينوف» أن الوضع في المنطقة يزداد سوءا.')).toContain('PERS:ملادينوف');
  });
  it('guard: a quoted word said after «قال» is no person; a quoted title after «بين» stays', () => {
    expect(names('فاستغرب الرئيس وقال "باردون" ثم ابتسم.').join('|')).not.toContain('PERS:');
    expect(names('شاهدت الجمهور يتابع مسلسل "العاصوف" على التلفاز.').join('|')).not.toContain('PERS:');
  });
  it('guard: a quoted company after a verb of speech keeps its type («وتقول "بلومبرغ"»)', () => {
    expect(names('وتقول "بلومبرغ" إن الأسواق تراجعت أمس.').join('|')).not.toContain('PERS:');
  });
});

describe('QA round 64: «السعودية» after a ministry is the adjective', () => {
  it('leaves «السعودية» after «وزارة المالية» outside any name', () => {
    expect(names('وأكدت وزارة المالية السعودية، الأحد، أن العجز تراجع.')).toEqual(['ORG:وزارة المالية']);
    expect(names('ونشرت وزارة العدل السعودية، أمس، أرقاما جديدة عن القضايا.')).toEqual(['ORG:وزارة العدل']);
  });
  it('does so after a ministry with a proclitic («بوزارة الدفاع السعودية»)', () => {
    const got = names('وقال مدير الإدارة بوزارة الدفاع السعودية إن الفرص كثيرة.');
    expect(got).toContain('ORG:وزارة الدفاع');
    expect(got.join('|')).not.toContain('LOC:السعودية');
  });
  it('guard: the state after a masculine head or a company name stays a place', () => {
    expect(names('جرى تعاون بين أرامكو السعودية وشركة توتال.')).toContain('LOC:السعودية');
    expect(names('وقعت وزارة الصحة اتفاقية مع السعودية أمس.')).toContain('LOC:السعودية');
  });
});
