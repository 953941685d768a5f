// QA round 115 (news-002, Arabic news, and news-012, Wikipedia; whole files, no sample; checked on
// news-003/004/013/014 too): a technology company named bare was read as a person, a place or a
// MISC («تكشف [سوني]PERS», «ل[جوجل]PERS», «هاتف آيفون من [أبل]LOC», «أرباح [سامسونج]MISC»,
// «[سوني إريكسون]PERS»), and Galatasaray as the Galata quarter («[غلطة سراي]LOC»), where ANERcorp
// train writes companies and the club ORG, after a product word too («من [نوكيا]»). retypeCompanies
// now retypes a name the model found that is exactly a company of COMPANIES (lists.ts, compared as
// written, so that «إبل» "camels" is not «أبل»), and «غلطة سراي» is one of ORGANISATIONS.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BL = 'B-LOC';
const IL = 'I-LOC';
const BM = 'B-MISC';
const BO = 'B-ORG';
const IO = 'I-ORG';

describe('QA round 115: a company or a club named bare', () => {
  it('reads a listed company the model typed otherwise as an ORG', () => {
    expect(rules('وأعلنت سوني عن جهاز جديد للألعاب', [O, BP, O, O, O, O]).tags).toEqual([O, BO, O, O, O, O]);
    expect(rules('وقال المستشار القانوني لجوجل إن الشركة سترد', [O, O, O, BP, O, O, O]).tags).toEqual([O, O, O, BO, O, O, O]);
    expect(rules('وينتظر المستخدمون الهاتف الجديد من أبل في الخريف', [O, O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, O, BO, O, O]);
    expect(rules('وارتفعت أرباح سامسونغ في الربع الأخير', [O, O, BM, O, O, O]).tags).toEqual([O, O, BO, O, O, O]);
    expect(rules('وتراجعت حصة سوني إريكسون في السوق', [O, O, BP, IP, O, O]).tags).toEqual([O, O, BO, IO, O, O]);
  });
  it('reads Galatasaray as the club', () => {
    expect(rules('وتعاقد غلطة سراي مع المدافع لموسمين', [O, BL, IL, O, O, O]).tags).toEqual([O, BO, IO, O, O, O]);
  });
  it('guard: camels, the Galata quarter, a longer name, or a word left O, as before', () => {
    // «إبل» "camels" is no «أبل» as written
    expect(rules('ووصلنا إلى حظيرة إبل في الصحراء', [O, O, O, BL, O, O]).tags).toEqual([O, O, O, BL, O, O]);
    // «غلطة» alone is the quarter of Istanbul
    expect(rules('وعبر الزوار جسر غلطة مساء أمس', [O, O, O, BL, O, O]).tags).toEqual([O, O, O, BL, O, O]);
    // a product's name the model found whole stays as it found it
    expect(rules('وطرحت الشركة هاتف سامسونج جالاكسي في الأسواق', [O, O, O, BM, 'I-MISC', O, O]).tags).toEqual([O, O, O, BM, 'I-MISC', O, O]);
    // a company word the model left O is not taken
    expect(rules('وقال إن سوني كانت تغني في الحفل', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
});
