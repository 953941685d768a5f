// QA round 103 (news-006, ANT news, and news-011, Wikipedia; seed 384): «لي» "to me" read as the
// surname Li/Lee after a verb whose subject is no person or that tells something to someone
// (dropToMe in src/ner/rules.ts, TO_ME_AFTER): «قيل [لي]», «خطرت [لي] فكرة», «روت [لي] كيف»,
// «ليسرد [لي] قصة», «غفر [لي]», «يتضح [لي]», and after the future of a verb of saying
// (TO_ME_SPEECH: «سيقول [لي] ماذا أفعل») or the jussive of «كان» (TO_ME_ALWAYS: «لم يكن [لي]»).
// The general Lee after a title or a noun stays.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';

describe('QA round 103: «لي» "to me" after a verb that tells or occurs', () => {
  it('drops «لي» after a passive verb of saying or a verb of occurring', () => {
    expect(rules('قيل لي إن القطار تأخر', [O, B, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('وفجأة خطرت لي فكرة جميلة', [O, O, B, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('يتضح لي الآن سبب الخلاف', [O, B, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('لم يكن لي رأي في الأمر', [O, O, B, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('drops «لي» after a verb of telling', () => {
    expect(rules('روت لي جدتي حكاية قديمة', [O, B, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('جلس الشيخ ليسرد لي قصة القرية', [O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('قال المدير إنه سيقول لي ماذا أفعل', [O, O, O, O, B, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
  it('drops «لي» after a verb of forgiving', () => {
    expect(rules('دعوت ربي أن يغفر لي ذنوبي', [O, O, O, O, B, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('guard: the general Lee after a title or a noun stays', () => {
    expect(rules('انسحب جيش لي نحو الجنوب', [O, O, B, O, O]).tags).toEqual([O, O, B, O, O]);
    expect(rules('استسلم الجنرال لي بعد المعركة', [O, O, B, O, O]).tags).toEqual([O, O, B, O, O]);
    expect(rules('قام لي بزيارة إلى المدينة', [O, B, O, O, O]).tags).toEqual([O, B, O, O, O]);
  });
});
