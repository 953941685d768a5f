// QA round 113 (news-008, Arabic news, and news-013, Wikipedia; seed 404): «الركن» "staff", the
// qualifier papers put after a military rank («العقيد الركن», «العميد ركن»), stayed at the head of
// the PERS after it when the name's first word is also a common word («[الركن تركي المالكي]»,
// «العقيد [ركن تركي المالكي]»), where ANERcorp train leaves titles out. dropLeadingTitles now also
// cuts off «الركن» (HEAD_TITLES) and, right after a definite rank of the trigger list, «ركن»
// without the article, but not «ركن» before «الدين» (the compound given name «ركن الدين»).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';

describe('QA round 113: «الركن/ركن» after a rank at the head of a PERS', () => {
  it('leaves the rank\'s qualifier out of the name', () => {
    expect(rules('وقال العقيد الركن تركي المالكي إن الهجوم فشل', [O, O, BP, IP, IP, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O, O]);
    expect(rules('وأوضح العميد ركن تركي العتيبي أن القوات تقدمت', [O, O, BP, IP, IP, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O, O]);
    expect(rules('وأكد اللواء الركن سالم الشحي أن الطريق آمن', [O, O, BP, IP, IP, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O, O]);
    expect(rules('وصرح الفريق ركن فهد الزهراني للصحفيين', [O, O, BP, IP, IP, O]).tags).toEqual([O, O, O, BP, IP, O]);
  });
  it('guard: «ركن الدين», and «ركن» after no rank, as before', () => {
    expect(rules('وأقام السلطان ركن الدين مسعود في قونية', [O, O, BP, IP, IP, O, 'B-LOC']).tags).toEqual([O, O, BP, IP, IP, O, 'B-LOC']);
    expect(rules('وتولى ركن الدين بيبرس الحكم بعد ذلك', [O, BP, IP, IP, O, O, O]).tags).toEqual([O, BP, IP, IP, O, O, O]);
    expect(rules('وقال العقيد الركن سعيد الحربي إن الهجوم فشل', [O, O, O, BP, IP, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O, O]);
  });
});
