// QA round 105 (news-006 and news-008, ANT news): «سيدي» "my lord" as an address tagged as a
// name (dropAddressSidi in src/ner/rules.ts): «[سمو سيدي]ORG ولي العهد», «[سيدي سمو]LOC الأمير»,
// «[مبادرة سيدي]MISC خادم الحرمين», «يا [سيدي]», «[أي سيدي]ORG». The address is left O; a town
// «سيدي بوزيد» and a name «أحمد ولد سيدي» stay.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BL = 'B-LOC';
const IL = 'I-LOC';
const BO = 'B-ORG';
const IO = 'I-ORG';
const BM = 'B-MISC';
const IM = 'I-MISC';

describe('QA round 105: the address «سيدي» is no name', () => {
  it('drops an address before a title', () => {
    expect(rules('حضر سمو سيدي ولي العهد الحفل', [O, BO, IO, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('رحبنا بزيارة سيدي سمو الأمير للمدينة', [O, O, BL, IL, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('أشاد بقيادة سمو سيدي وزير الدفاع', [O, O, BO, IO, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('drops a head noun with the address before a title', () => {
    expect(rules('جاءت مبادرة سيدي خادم الحرمين في وقتها', [O, BM, IM, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
  });
  it('drops a vocative address', () => {
    expect(rules('قال له يا سيدي لا تقلق', [O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('فأجاب أي سيدي سأفعل', [O, BO, IO, O]).tags).toEqual([O, O, O, O]);
  });
  it('guard: a saint town, a name holding «سيدي» and a university stay', () => {
    expect(rules('زار الوزير سيدي بوزيد أمس', [O, O, BL, IL, O]).tags).toEqual([O, O, BL, IL, O]);
    expect(rules('استقبل أحمد ولد سيدي الرئيس أمس', [O, BP, IP, IP, O, O]).tags).toEqual([O, BP, IP, IP, O, O]);
    expect(rules('درس في جامعة سيدي محمد بن عبد الله', [O, O, BO, IO, IO, IO, IO, IO]).tags).toEqual([O, O, BO, IO, IO, IO, IO, IO]);
  });
});
