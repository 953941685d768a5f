// QA round 80 (news-004, news-011, seed 283): a business group or a factory named after its owner
// or family, which the model tags PERS after the head «مجموعة/مصنع» («مجموعة [بن لادن]PERS»,
// «مصنع [فيليب موريس]PERS»): an ORG, as it is after «شركة», through retypeAfterOrgHeads in
// src/ner/rules.ts (PERSON_NAMED_GROUP_HEADS); a place after «مجموعة» stays («مجموعة ليما», a
// group of states), and so does an ethnic group («مجموعة [توبو] العرقية»). And the film credit
// «ومن بطولة» + an actor, which the split leaves whole, and the spelling «الفلم» of the film before
// it: the actor is a PERS, not a championship «[بطولة توم هانكس]MISC» (retypeStarringCredits).
// And cities by their historic names (OLD_CITY_NAMES in src/ner/places.ts: «الآستانة» Istanbul
// under the Ottomans, «القسطنطينية», «يثرب»), which the model reads as MISC: LOC.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 80: a business group or factory named after a person is an ORG', () => {
  it('retypes a PERS right after «مجموعة»', () => {
    expect(rules('وقعت الوزارة عقدا مع مجموعة بن لادن أمس', ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('ارتفع سهم مجموعة الحكير في السوق', ['O', 'O', 'O', 'B-PERS', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'B-ORG', 'O', 'O']);
  });
  it('reads the head after a proclitic and after «شركة»', () => {
    expect(rules('وقعت الجامعة اتفاقية ومجموعة سعيد الخالدي القابضة', ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('يعمل في شركة مجموعة فهد العلي', ['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'O', 'O', 'B-ORG', 'I-ORG']);
  });
  it('retypes a PERS right after «مصنع»', () => {
    expect(rules('افتتح مصنع هنري فورد الأول', ['O', 'O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(rules('زار العمال لمصنع جونسون الجديد', ['O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-ORG', 'O']);
  });
  it('guard: a place after «مجموعة» and an ethnic group stay', () => {
    expect(rules('اجتمعت مجموعة ليما في العاصمة', ['O', 'O', 'B-LOC', 'O', 'O']).tags).toEqual(['O', 'O', 'B-LOC', 'O', 'O']);
    expect(rules('ينتمي إلى مجموعة توبو العرقية', ['O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-PERS', 'O']);
  });
  it('guard: a person after a plain noun before the head stays', () => {
    expect(rules('قال رئيس المجموعة خالد العمر إن', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  });
});

describe('QA round 80: «ومن بطولة» + an actor is a film credit', () => {
  it('takes the actor out of a MISC after «ومن بطولة»', () => {
    expect(rules('الفيلم من إخراج علي سالم ومن بطولة أحمد زكي', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-MISC', 'I-MISC', 'I-MISC']).tags).toEqual(['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'O', 'B-PERS', 'I-PERS']);
  });
  it('reads the spelling «الفلم» as a film before «من بطولة»', () => {
    expect(rules('عرض الفلم من بطولة محمود ياسين', ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC']).tags).toEqual(['O', 'O', 'O', 'O', 'B-PERS', 'I-PERS']);
  });
  it('guard: a championship after «ومن» with no film before stays', () => {
    expect(rules('فاز بالجولة الأولى ومن بطولة كأس العالم', ['O', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC']).tags).toEqual(['O', 'O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC']);
  });
});

describe('QA round 80: a city by its historic name is a LOC', () => {
  it('retypes a MISC «الآستانة/الأستانة» to LOC', () => {
    expect(rules('سافر الشاعر إلى الآستانة سنة 1890', ['O', 'O', 'O', 'B-MISC', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'O', 'O']);
    expect(rules('أقام في الأستانة عشر سنوات', ['O', 'O', 'B-MISC', 'O', 'O']).tags).toEqual(['O', 'O', 'B-LOC', 'O', 'O']);
  });
  it('reads the name after a proclitic, and takes «يثرب» the model left O', () => {
    expect(rules('درس بالآستانة ثم عاد', ['O', 'B-MISC', 'O', 'O']).tags).toEqual(['O', 'B-LOC', 'O', 'O']);
    expect(rules('كانت المدينة تسمى يثرب قبل الهجرة', ['O', 'O', 'O', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'O', 'O']);
  });
  it('guard: Kazakhstan\'s «أستانة» stays a LOC and «المدينة المنورة» is untouched', () => {
    expect(rules('عقدت المحادثات في أستانة أمس', ['O', 'O', 'O', 'B-LOC', 'O']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'O']);
    expect(rules('هاجر إلى المدينة المنورة', ['O', 'O', 'B-LOC', 'I-LOC']).tags).toEqual(['O', 'O', 'B-LOC', 'I-LOC']);
  });
});
