// QA round 97 (news-001, SaudiNewsNet, and news-014, Wikipedia): a club named by its bare city
// that the model reads as the city (retypeSportCityClubs in src/ner/rules.ts, CITY_CLUBS): in a
// sentence that speaks of sport, «روما», «نابولي», «موناكو», «دورتموند», «برشلونة», «ميلان», …
// right after a noun for a club's people («لاعبي [روما]», «مهاجم [روما]») or a preposition of an
// opponent («ضد [برشلونة]», «أمام [روما]», «مع [نابولي]») is an ORG; the city stays elsewhere
// («إلى [روما]», «التحالف مع [روما]» where no sport is spoken of). The verb «أشرف» "supervised"
// read as the given name Ashraf (dropSupervisedAshraf): a one-word PERS «أشرف» with «على» or
// «عليه/عليها» one to three words on is dropped («و[أشرف] على الافتتاح», «[أشرف] عليها الاتحاد»);
// the name stays before «على هامش» and without the preposition. And the Copa América, split by
// the model into two places («[كوبا]LOC [أمريكا]LOC»), is one MISC (EVENTS in src/ner/lists.ts,
// labelListed); «كوبا» alone stays Cuba.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const L = 'B-LOC';
const IL = 'I-LOC';
const G = 'B-ORG';
const M = 'B-MISC';
const IM = 'I-MISC';

describe('QA round 97: a club named by its bare city in a sentence about sport', () => {
  it('retypes the city after a noun for the club\'s people', () => {
    expect(rules('منع خمسة من لاعبي روما من السفر قبل المباراة', [O, O, O, O, L, O, O, O, O]).tags).toEqual([O, O, O, O, G, O, O, O, O]);
    expect(rules('انتقل مهاجم نابولي إلى الدوري الإنجليزي', [O, O, L, O, O, O]).tags).toEqual([O, O, G, O, O, O]);
  });
  it('retypes the city after a preposition of an opponent', () => {
    expect(rules('سجل المهاجم هدفين ضد موناكو في الشوط الثاني', [O, O, O, O, L, O, O, O]).tags).toEqual([O, O, O, O, G, O, O, O]);
    expect(rules('خسر الفريق بهدف أمام روما في مباراة ودية', [O, O, O, O, L, O, O, O]).tags).toEqual([O, O, O, O, G, O, O, O]);
    expect(rules('توج اللاعب بلقب الدوري مع دورتموند', [O, O, O, O, O, L]).tags).toEqual([O, O, O, O, O, G]);
  });
  it('guard: the city stays without a cue or without sport', () => {
    expect(rules('سافر المدرب إلى روما لحضور المباراة', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, O, O]);
    expect(rules('سعت المدن إلى التحالف مع روما طلبا للحماية', [O, O, O, O, O, L, O, O]).tags).toEqual([O, O, O, O, O, L, O, O]);
    expect(rules('شنت الطائرات غارات على دورتموند ليلا', [O, O, O, O, L, O]).tags).toEqual([O, O, O, O, L, O]);
    expect(rules('ولد اللاعب في نابولي قبل ثلاثين عاما', [O, O, O, L, O, O, O]).tags).toEqual([O, O, O, L, O, O, O]);
  });
});

describe('QA round 97: «أشرف على» "supervised" read as the name Ashraf', () => {
  it('drops «أشرف» before «على» or «عليها»', () => {
    expect(rules('وأشرف على الافتتاح نائب رئيس الجامعة', [P, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('سبق للمدرب أن أشرف على تدريب الفريق', [O, O, O, P, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('أقيمت البطولة وأشرف عليها الاتحاد', [O, O, P, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('وأشرف أيضا على بناء المعبد', [P, O, O, O, O]).tags).toEqual([O, O, O, O, O]);
  });
  it('guard: the name stays before «على هامش» and without the preposition', () => {
    expect(rules('قال أشرف على هامش المؤتمر إن الخطة جاهزة', [O, P, O, O, O, O, O, O]).tags).toEqual([O, P, O, O, O, O, O, O]);
    expect(rules('رزق بولدين هما أشرف وإيمان', [O, O, O, P, P]).tags).toEqual([O, O, O, P, P]);
    expect(rules('التقى أشرف بالوزير في مكتبه', [O, P, O, O, O]).tags).toEqual([O, P, O, O, O]);
  });
});

describe('QA round 97: the Copa América, one MISC', () => {
  it('joins the two places the model found, or labels the words it left', () => {
    expect(rules('فازت تشيلي بلقب كوبا أمريكا بعد الفوز على الأرجنتين', [O, L, O, L, L, O, O, O, L]).tags).toEqual([O, L, O, M, IM, O, O, O, L]);
    expect(rules('شارك اللاعب في كوبا أميركا مع منتخب بلاده', [O, O, O, O, O, O, O, O]).tags).toEqual([O, O, O, M, IM, O, O, O]);
    expect(rules('غاب المهاجم عن بطولة كوبا اميركا', [O, O, O, O, L, IL]).tags).toEqual([O, O, O, O, M, IM]);
  });
  it('guard: Cuba alone stays a place', () => {
    expect(rules('تحسنت العلاقات بين كوبا وأمريكا', [O, O, O, L, L]).tags).toEqual([O, O, O, L, L]);
    expect(rules('فرضت أمريكا حصارا على كوبا', [O, L, O, O, L]).tags).toEqual([O, L, O, O, L]);
  });
});
