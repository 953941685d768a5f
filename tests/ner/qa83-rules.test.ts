// QA round 83 (news-007, news-012, seed 300): a battle or raid named after its site, which the model
// reads as a body, a person or a MISC («معركة [القادسية]ORG», «معركة [ليبانتو]PERS», «غزوة
// [تبوك]MISC»): a LOC, as ANERcorp writes «معركة/O أنوال/B-LOC», through retypeAfterPlaceHeads in
// src/ner/rules.ts (BATTLE_HEADS «معركة/غزوة», with or without a proclitic). A tribe after «غزوة»
// («بني قريظة», TRIBE_FIRST) and a person's own battle («معركة [فلان] ضد …», BATTLE_OWNER_NEXT;
// «معركة [أردوغان] والليرة») stay.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 83: the site after «معركة/غزوة» is a place', () => {
  it('retypes an ORG, PERS or MISC right after «معركة»', () => {
    expect(rules('انتصر المسلمون في معركة القادسية على الفرس', ['O', 'O', 'O', 'O', 'B-ORG', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'O', 'O']);
    expect(rules('هزم الأسطول العثماني في معركة ليبانتو البحرية', ['O', 'O', 'O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'B-LOC', 'O']);
    expect(rules('كانت معركة العلمين نقطة تحول في الحرب', ['O', 'O', 'B-MISC', 'O', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'B-LOC', 'O', 'O', 'O', 'O']);
  });
  it('retypes a name of two words, after a proclitic, and after «غزوة»', () => {
    expect(rules('انتصر الجيش بمعركة فيتوريو فينيتو الحاسمة', ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
    expect(rules('خرج المسلمون إلى غزوة تبوك في السنة التاسعة', ['O', 'O', 'O', 'O', 'B-MISC', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'O', 'O', 'O']);
  });
  it('guard: a tribe, a person’s own battle, and the definite «المعركة» stay', () => {
    expect(rules('وقعت غزوة بني قريظة بعد الخندق', ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']).tags).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(rules('تتواصل معركة ترامب ضد الكونغرس', ['O', 'O', 'B-PERS', 'O', 'B-ORG']).tags).toEqual(['O', 'O', 'B-PERS', 'O', 'B-ORG']);
    expect(rules('احتدام معركة أردوغان والليرة', ['O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'O']);
    expect(rules('قاد المعركة خالد بن الوليد', ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS']);
  });
});
