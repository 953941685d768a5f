// QA round 139 (MISC recall on the dev split of ANERcorp train: the last 10 % tagged by a model
// trained on the first 90 %, then the passes of entities(); checked on news-005 and news-014 and
// on every paragraph of the sixteen news files that names a mission): United Nations
// peacekeeping missions named bare by an Arabic transliteration of their acronym («' ' يونيفل
// ' '», «بعثة المينورسو», «باستثناء أندوف») were left O or read as a person or a place by a model
// that had seen another spelling or none. They form UN_MISSIONS (lists.ts), which labelListed
// tags MISC, as ANERcorp tags «يونيفيل», where the model left them O or made them a one-word
// entity of another type. Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BO = 'B-ORG';
const BP = 'B-PERS';
const BL = 'B-LOC';
const BM = 'B-MISC';
const IM = 'I-MISC';

describe('QA round 139: UN peacekeeping missions named by their acronym', () => {
  it('tags a bare mission the model left O, in quotes or with proclitics', () => {
    expect(rules("يدور الخلاف حول قواعد عمل ' ' يونيفل ' ' في الجنوب", [O, O, O, O, O, O, O, O, O, O, O, O]).tags).toEqual([
      O, O, O, O, O, O, O, BM, O, O, O, O,
    ]);
    expect(rules('وأكد متحدث باسم اليونفيل أن الوضع هادئ', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, BM, O, O, O]);
    expect(rules('دعا الأمم المتحدة وتحديدا بعثة المينورسو إلى التحرك', [O, BO, 'I-ORG', O, O, O, O, O]).tags).toEqual([
      O, BO, 'I-ORG', O, O, BM, O, O,
    ]);
    expect(rules('ويقلص القرار قوات يوناميد في دارفور', [O, O, O, O, O, BL]).tags).toEqual([O, O, O, BM, O, BL]);
  });
  it('retypes a mission the model read as a person or a place', () => {
    expect(rules('يجب ألا تبقى قوات باستثناء أندوف في المنطقة', [O, O, O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, BM, O, O]);
    expect(rules('أن يلجؤوا باستمرار إلى أندوف لحل المسائل', [O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, BM, O, O]);
  });
  it('guards: the model\'s own MISC, longer names, other words and lists', () => {
    // a mission the model found keeps its tag and edges
    expect(rules('انتشار اليونيفيل في الجنوب', [O, BM, O, O]).tags).toEqual([O, BM, O, O]);
    expect(rules('انتشار يونيفيل المعززة في الجنوب', [O, BM, IM, O, O]).tags).toEqual([O, BM, IM, O, O]);
    // «أندوفر» (Andover) is another word
    expect(rules('ولد في أندوفر بولاية ماساتشوستس', [O, O, BL, O, BL]).tags).toEqual([O, O, BL, O, BL]);
    // the bodies of round 137 stay ORG
    expect(rules('طلب قادة الناتو تعزيزات جديدة', [O, O, O, O, O]).tags).toEqual([O, O, BO, O, O]);
  });
});
