// QA round 108 (news-005, ANT news, and news-015, Wikipedia): a one-word definite nisba tagged
// PERS right after a definite «النادي» "the club" or «المنتخب» "the national team" («جماهير النادي
// [الجداوي]PERS», «أحرز للنادي [الجداوي]PERS»; dropNisbaAfterTeams in src/ner/rules.ts) is the
// team's adjective, not a family name: the tag is dropped. «الفريق» (also the rank "general":
// «الفريق [السيسي]»), a name of two words and a place after the head stay.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BL = 'B-LOC';

describe('QA round 108: a nisba after «النادي/المنتخب» is an adjective', () => {
  it('drops a one-word definite nisba PERS after a definite «النادي»', () => {
    expect(rules('ولا تنسى جماهير النادي الجداوي ذلك الهدف', [O, O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    expect(rules('وقال الأمين العام في النادي الحائلي إن الموسم صعب', [O, O, O, O, O, BP, O, O, O]).tags).toEqual([O, O, O, O, O, O, O, O, O]);
  });
  it('drops it after «النادي/المنتخب» with a proclitic («للنادي», «بالمنتخب»)', () => {
    expect(rules('وأحرز للنادي الجداوي هدفا في النهائي', [O, O, BP, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('والتحق بالمنتخب الجيبوتي قبل عامين', [O, O, BP, O, O]).tags).toEqual([O, O, O, O, O]);
  });
  it('guard: the rank «الفريق», a two-word name and a place after the head stay', () => {
    expect(rules('واستقبل الفريق السيسي الوفد أمس', [O, O, BP, O, O]).tags).toEqual([O, O, BP, O, O]);
    expect(rules('وقال رئيس النادي محمد العمري إن الفريق جاهز', [O, O, O, BP, IP, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O, O]);
    expect(rules('وعاد المنتخب الأرجنتين إلى التدريب', [O, O, BL, O, O]).tags).toEqual([O, O, BL, O, O]);
    expect(rules('وكرم النادي سامي الجابري أمس', [O, O, BP, IP, O]).tags).toEqual([O, O, BP, IP, O]);
  });
});
