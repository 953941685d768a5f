// QA round 68 (news-008, news-011, seed 215): the town «دوما» (Douma in the Eastern Ghouta) was
// still dropped as the adverb «دوماً» "always" after the words of its siege, its chemical attack
// and its evacuation: «دخول دوما», «غادروا دوما», «زار دوما», «كيماوي دوما», «مهجري دوما», «ضحايا
// دوما», «ضواحي دوما», «بشأن دوما», and in quotes («"دوما"», «مغادرة "دوما"»). These words joined
// DOUMA_CUES in src/ner/rules.ts, the cue is looked for across an opening quote, and «دوما» alone
// in quotes is the town (doumaCued); where the model left «دوما» O, the same cues make it LOC
// (labelCuedPlaces: «تحرير دوما», «ولم يبق سوى دوما»).
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/index.js';

const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.type}:${e.text}`);

describe('QA round 68: «دوما» the town after the words of its siege and evacuation', () => {
  it('reads «دوما» after «دخول» and «غادروا» as the town', () => {
    expect(names('منعت السلطات المراقبين من دخول دوما يوم الأحد.')).toContain('LOC:دوما');
    expect(names('قال المرصد إن مئات المسلحين غادروا دوما مع عائلاتهم.')).toContain('LOC:دوما');
  });
  it('reads «دوما» after «زار» as the town', () => {
    expect(names('أكد المسؤول أن الوفد زار دوما للاطلاع على الأوضاع.')).toContain('LOC:دوما');
  });
  it('reads «دوما» after the attack words «كيماوي», «ضحايا», «مهجري»', () => {
    expect(names('ناقش الوزراء الرد على كيماوي دوما في اجتماعهم.')).toContain('LOC:دوما');
    expect(names('وصلت قافلة جديدة من مهجري دوما إلى الشمال.')).toContain('LOC:دوما');
  });
  it('reads «دوما» alone in quotes as the town', () => {
    expect(names('تواصلت عمليات الإجلاء من "دوما" في الغوطة.')).toContain('LOC:دوما');
  });
  it('labels «دوما» the model left O after «تحرير» and «سوى»', () => {
    expect(names('نحن مستعدون فور تحرير دوما من المسلحين.')).toEqual(['LOC:دوما']);
    expect(names('ولم يبق سوى دوما في يد المعارضة.')).toEqual(['LOC:دوما']);
  });
  it('guard: the adverb after a verb stays O', () => {
    expect(names('كان المدرب دوما يرفض هذه الفكرة.')).toEqual([]);
    expect(names('سيبقى الأردن دوماً في مقدمة الركب.')).not.toContain('LOC:دوما');
    expect(names('يسعى اللاعب دوما إلى الفوز.')).toEqual([]);
  });
});
