// QA round 98 (news-003, SaudiNewsNet, and news-008, ANT news): «مالك» "owner" read as the given
// name Malik (dropOwnerMalik in src/ner/rules.ts): a PERS «مالك» before a thing owned («[مالك]
// المبنى», «[مالك النادي]», «[مالك] منشأة»), an adjective («[مالك] ثري»), an ORG or after «كل» is
// dropped, and a name that ends in «مالك» before the club loses it («[رومان أبراموفيتش مالك]
// [نادي تشيلسي]»); the name stays with more of it («مالك عقار») or alone («قال [مالك] إن»).
// «سارة» "pleasant" read as the name Sarah (dropPleasantSara): a one-word «سارة» right after a noun
// of news or outcome or «غير» («أنباء [سارة]», «مفاجأة [سارة]», «غير [سارة]») is dropped. And
// city-named clubs in sentences about sport that had no listed word of football: SPORT_WORDS
// gains «الموسم», «لقب/ألقاب», «بنتيجة», «التشكيلة», «فريقه», and CLUB_PEOPLE the nominative
// plurals «لاعبو», «مهاجمو» («لاعبو [برشلونة]» is the club).
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const L = 'B-LOC';
const G = 'B-ORG';
const IG = 'I-ORG';

describe('QA round 98: «مالك» "owner" read as the name Malik', () => {
  it('drops «مالك» before a thing owned or an adjective', () => {
    expect(rules('ألقت الشرطة القبض على مالك السيارة بعد الحادث', [O, O, O, O, P, O, O, O]).tags).toEqual([O, O, O, O, O, O, O, O]);
    expect(rules('اجتمع مالك النادي مع المدرب أمس', [O, P, IP, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('تبرع مالك ثري ببناء مدرسة', [O, P, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('اعتقلت الشرطة تاجرا ومالك منشأة تجارية', [O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('drops «مالك» before an ORG or after «كل»', () => {
    expect(rules('أعلن مالك نادي باوك بيع حصته', [O, P, G, IG, O, O]).tags).toEqual([O, O, G, IG, O, O]);
    expect(rules('يجب أن يلتزم كل مالك بدفع الرسوم', [O, O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
  it('trims «مالك» off the end of a name before the club', () => {
    expect(rules('انتقد رومان أبراموفيتش مالك نادي تشيلسي الحكم', [O, P, IP, IP, G, IG, O]).tags).toEqual([O, P, IP, O, G, IG, O]);
    expect(rules('قال سمير مالك المصنع إن الإنتاج زاد', [O, P, IP, O, O, O, O]).tags).toEqual([O, P, O, O, O, O, O]);
  });
  it('guard: the name stays alone or with more of it', () => {
    expect(rules('قال مالك إن الخطة جاهزة', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
    expect(rules('التقى الوزير مالك عقار في الخرطوم', [O, O, P, IP, O, L]).tags).toEqual([O, O, P, IP, O, L]);
    expect(rules('قال مالك الفرج إن الأسعار ارتفعت', [O, P, IP, O, O, O]).tags).toEqual([O, P, IP, O, O, O]);
  });
});

describe('QA round 98: «سارة» "pleasant" read as the name Sarah', () => {
  it('drops «سارة» after a noun of news or outcome or «غير»', () => {
    expect(rules('تلقى الفريق أنباء سارة قبل المباراة', [O, O, O, P, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('كشفت الدراسة عن مفاجأة سارة للمرضى', [O, O, O, O, P, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('كانت النتائج غير سارة للمستثمرين', [O, O, O, P, O]).tags).toEqual([O, O, O, O, O]);
  });
  it('guard: the name stays with a surname or after another word', () => {
    expect(rules('قالت سارة إن الرحلة ممتعة', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
    expect(rules('نقلت الأنباء عن سارة ساندرز قولها', [O, O, O, P, IP, O]).tags).toEqual([O, O, O, P, IP, O]);
    expect(rules('وصلت أخبار سارة ساندرز إلى الصحف', [O, O, P, IP, O, O]).tags).toEqual([O, O, P, IP, O, O]);
  });
});

describe('QA round 98: a club named by its city in a sentence about sport without a word of football', () => {
  it('retypes the city with the season, a title or a score', () => {
    expect(rules('تألق الحارس الموسم الماضي مع روما', [O, O, O, O, O, L]).tags).toEqual([O, O, O, O, O, G]);
    expect(rules('حصد اللاعب ثلاثة ألقاب مع برشلونة', [O, O, O, O, O, L]).tags).toEqual([O, O, O, O, O, G]);
    expect(rules('خسر الضيوف بنتيجة ثقيلة أمام نابولي', [O, O, O, O, O, L]).tags).toEqual([O, O, O, O, O, G]);
  });
  it('retypes the city after «لاعبو»', () => {
    expect(rules('احتفل لاعبو برشلونة بالفوز', [O, O, L, O]).tags).toEqual([O, O, G, O]);
  });
  it('guard: the city stays without a cue or without sport', () => {
    expect(rules('بدأ موسم السياحة في روما', [O, O, O, O, L]).tags).toEqual([O, O, O, O, L]);
    expect(rules('سافر الوفد مع الوزير إلى برشلونة', [O, O, O, O, O, L]).tags).toEqual([O, O, O, O, O, L]);
    expect(rules('وقعت الجامعة اتفاقا مع روما للتعاون العلمي', [O, O, O, O, L, O, O]).tags).toEqual([O, O, O, O, L, O, O]);
  });
});
