// QA round 99 (news-002, SaudiNewsNet, and news-006, ANT news): a number in digits that the model
// ran onto the end of a name (endNamesBeforeNumbers in src/ner/rules.ts) is a score, a ranking,
// points or a resolution's number, and the name ends before it («[تيري هنري] 51 هدفا», «[ليستر
// سيتي] 5-1», «[مجلس الأمن] 2254»); an ORG of one word or with a spelled acronym keeps it («فرانس
// 24», «بي بي سي راديو 5»). And CITY_CLUBS gains «مرسيليا» and «أتالانتا» (a club in a sentence
// about sport after a cue), while «مرسيليا» outside sport and «أتلانتا», the US city, after «إلى» or outside sport stay places.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const L = 'B-LOC';
const G = 'B-ORG';
const IG = 'I-ORG';

describe('QA round 99: a number in digits ends a name', () => {
  it('ends a person before a score, points or a ranking', () => {
    expect(rules('سجل تيري هنري 51 هدفا مع منتخب فرنسا', [O, P, IP, IP, O, O, O, L]).tags).toEqual([O, P, IP, O, O, O, O, L]);
    expect(rules('تتصدر كارولاين فوزنياكي 7525 نقطة التصنيف', [O, P, IP, IP, O, O]).tags).toEqual([O, P, IP, O, O, O]);
    expect(rules('حصلت الطالبة سلمى 98.5 في الامتحان', [O, O, P, IP, O, O]).tags).toEqual([O, O, P, O, O, O]);
  });
  it('ends an organisation of two words or more before a score or a number', () => {
    expect(rules('فاز الفريق على ليستر سيتي 5 مقابل هدف', [O, O, O, G, IG, IG, O, O]).tags).toEqual([O, O, O, G, IG, O, O, O]);
    expect(rules('صدر قرار مجلس الأمن 2254 العام الماضي', [O, O, G, IG, IG, O, O]).tags).toEqual([O, O, G, IG, O, O, O]);
  });
  it('guard: a one-word name, a spelled acronym or a number inside stays', () => {
    expect(rules('بثت قناة فرانس 24 التقرير', [O, O, G, IG, O]).tags).toEqual([O, O, G, IG, O]);
    expect(rules('قالت إذاعة بي بي سي راديو 5 إن البرنامج توقف', [O, O, G, IG, IG, IG, IG, O, O, O]).tags).toEqual([O, O, G, IG, IG, IG, IG, O, O, O]);
    expect(rules('قال خالد إن الخطة جاهزة', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
  });
});

describe('QA round 99: «مرسيليا» and «أتالانتا» as clubs in a sentence about sport', () => {
  it('retypes the city after a cue', () => {
    expect(rules('تأهل الفريق إلى نهائي الكأس بعد فوزه على مرسيليا', [O, O, O, O, O, O, O, O, L]).tags).toEqual([O, O, O, O, O, O, O, O, G]);
    expect(rules('وقع اللاعب عقدا مع مرسيليا لمدة موسمين', [O, O, O, O, L, O, O]).tags).toEqual([O, O, O, O, G, O, O]);
    expect(rules('سجل المهاجم هدفين ضد أتالانتا', [O, O, O, O, L]).tags).toEqual([O, O, O, O, G]);
  });
  it('guard: the city stays outside sport, and «أتلانتا» is the US city', () => {
    expect(rules('وصل الوزير إلى مرسيليا أمس', [O, O, O, L, O]).tags).toEqual([O, O, O, L, O]);
    expect(rules('عقد الاتفاق مع مرسيليا لتطوير الميناء', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, O, O]);
    expect(rules('عاد اللاعب بعد المباراة إلى أتلانتا', [O, O, O, O, O, L]).tags).toEqual([O, O, O, O, O, L]);
    expect(rules('عقد المؤتمر مع أتلانتا ومدن أخرى', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, O, O]);
  });
});
