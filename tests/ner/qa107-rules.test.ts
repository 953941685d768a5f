// QA round 107 (news-005, ANT news, and news-015, Wikipedia): a club's name read as a person's
// right after an indefinite «نادي» "club" («انتقل إلى نادي [فلومنسي]PERS», «رئيس نادي
// [ريميني]PERS»; retypeAfterOrgHeads in src/ner/rules.ts) becomes the club's ORG; the verb «نادى»
// "called out" before a name and «فريق ترامب» stay. And a score run onto a club's name before the
// other side of it («[واتفورد 5]ORG- صفر», «[نوريتش سيتي 2]LOC-صفر»; endNamesBeforeNumbers,
// scoreAfter): the name ends before its goals, a LOC and a two-word ORG too.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const BO = 'B-ORG';
const IO = 'I-ORG';
const BL = 'B-LOC';
const IL = 'I-LOC';

describe('QA round 107: a person after «نادي» is the club', () => {
  it('retypes a PERS right after an indefinite «نادي» as an ORG', () => {
    expect(rules('وقال رئيس نادي ريميني إن الفريق سيعود', [O, O, O, BP, O, O, O]).tags).toEqual([O, O, O, BO, O, O, O]);
    expect(rules('ولعب أيضا لنادي سبورتنغ في إسبانيا', [O, O, O, BP, O, BL]).tags).toEqual([O, O, O, BO, O, BL]);
  });
  it('retypes a club whose first letter reads as a proclitic («نادي فلومنسي», «نادي باري»)', () => {
    expect(rules('وانتقل المهاجم إلى نادي فلومنسي قبل عامين', [O, O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, BO, O, O]);
    expect(rules('وأعلن نادي باري إفلاسه أمس', [O, O, BP, O, O]).tags).toEqual([O, O, BO, O, O]);
  });
  it('guard: the verb «نادى» and a team of a person stay', () => {
    expect(rules('ثم نادى أحمد على أصحابه', [O, O, BP, O, O]).tags).toEqual([O, O, BP, O, O]);
    expect(rules('وقال فريق ترامب إن الموعد تغير', [O, O, BP, O, O, O]).tags).toEqual([O, O, BP, O, O, O]);
    expect(rules('ونادى بسام على أخيه', [O, BP, O, O]).tags).toEqual([O, BP, O, O]);
  });
});

describe('QA round 107: a score run onto a name', () => {
  it('ends a name before its goals when the other side of the score follows', () => {
    expect(rules('وفاز الفريق على واتفورد 5- صفر يوم السبت', [O, O, O, BO, IO, O, O, O, O]).tags).toEqual([O, O, O, BO, O, O, O, O, O]);
    expect(rules('وتغلب على نوريتش سيتي 2-صفر أمس', [O, O, BL, IL, IL, O, O, O]).tags).toEqual([O, O, BL, IL, O, O, O, O]);
    expect(rules('بعد فوز سموحة 3 - 1 في الدوري', [O, O, BO, IO, O, O, O, O]).tags).toEqual([O, O, BO, O, O, O, O, O]);
  });
  it('reads a score in Persian or Arabic-Indic digits too (isNumeral)', () => {
    expect(rules('وفاز الفريق على واتفورد ۵- صفر يوم السبت', [O, O, O, BO, IO, O, O, O, O]).tags).toEqual([O, O, O, BO, O, O, O, O, O]);
    expect(rules('بعد فوز سموحة ۳ - ۱ في الدوري', [O, O, BO, IO, O, O, O, O]).tags).toEqual([O, O, BO, O, O, O, O, O]);
    expect(rules('بعد فوز سموحة ٣ - ١ في الدوري', [O, O, BO, IO, O, O, O, O]).tags).toEqual([O, O, BO, O, O, O, O, O]);
  });
  it('guard: a short name with its number and no score keeps it', () => {
    expect(rules('وبثت قناة فرانس 24 الخبر أمس', [O, O, BO, IO, O, O]).tags).toEqual([O, O, BO, IO, O, O]);
    expect(rules('ووصلت المركبة سيوز 7 إلى المحطة', [O, O, BL, IL, O, O]).tags).toEqual([O, O, BL, IL, O, O]);
  });
});
