// QA round 104 (news-007, ANT news, and news-014, Wikipedia): a borrowed military rank tagged as
// an entity on its own (dropLoneRanks in src/ner/rules.ts, LOAN_RANKS): «برتبة [كولونيل]LOC»,
// «وكان [الكولونيل]LOC المتقاعد», «عين [جنرال]ORG فرقة», «برتبة [ميجر]PERS». The rank alone is a
// title, left O as ANERcorp and AQMAR write titles; a rank inside a longer name stays.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BL = 'B-LOC';
const BO = 'B-ORG';
const IO = 'I-ORG';

describe('QA round 104: a borrowed rank alone is no name', () => {
  it('drops a lone rank tagged as a place', () => {
    expect(rules('تقاعد برتبة كولونيل قبل عامين', [O, O, BL, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('وصل الكولونيل المتقاعد إلى المطار', [O, BL, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('التقى القاضي والكولونيل في المحكمة', [O, O, BL, O, O]).tags).toEqual([O, O, O, O, O]);
  });
  it('drops a lone rank tagged as an organisation or a person', () => {
    expect(rules('عين جنرال فرقة في الجيش', [O, BO, O, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('فر ضابطان برتبة ميجر إلى الخارج', [O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('guard: a rank inside a longer name, and the name Marshall, stay', () => {
    expect(rules('أعلنت جنرال موتورز أرباحها', [O, BO, IO, O]).tags).toEqual([O, BO, IO, O]);
    expect(rules('قال الكولونيل وليام إندلي إنه بريء', [O, O, BP, IP, O, O]).tags).toEqual([O, O, BP, IP, O, O]);
    expect(rules('وصل مارشال إلى المدينة', [O, BP, O, O]).tags).toEqual([O, BP, O, O]);
  });
});
