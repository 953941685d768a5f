// QA round 101 (news-005 and news-009, ANT news): a Maghrebi town named after a saint, «سيدي …»,
// cut after «سيدي» (mendSidiPlaces in src/ner/rules.ts): after a word that announces a place
// («منطقة [سيدي] مرشد», «محطة [سيدي] خليفة») any bare word after it is the saint's name, save an
// imperfect verb, and a LOC or ORG of more words that ends in «سيدي» («[أولمبيك سيدي] بوزيد»,
// «[عمادة سيدي] خيار») takes the name in the same way and keeps its type; a saint's name read as a
// LOC of one word joins too («[سيدي] [بورويس]»).
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const L = 'B-LOC';
const IL = 'I-LOC';
const G = 'B-ORG';
const IG = 'I-ORG';

describe('QA round 101: «سيدي» and the saint’s name are one town', () => {
  it('takes in the saint’s name after a word that announces a place', () => {
    expect(rules('أغلق أهالي منطقة سيدي مرشد الطريق', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, IL, O]);
    expect(rules('وقع الحادث قرب محطة سيدي خليفة صباح أمس', [O, O, O, O, L, O, O, O]).tags).toEqual([O, O, O, O, L, IL, O, O]);
  });
  it('takes in a saint’s name the model read as a place of its own', () => {
    expect(rules('عثر الأهالي على جثة في معتمدية سيدي بورويس', [O, O, O, O, O, O, L, L]).tags).toEqual([O, O, O, O, O, O, L, IL]);
  });
  it('grows a name of more words that ends in «سيدي», keeping its type', () => {
    expect(rules('تعاقد أولمبيك سيدي بوزيد مع مدرب جديد', [O, G, IG, O, O, O, O]).tags).toEqual([O, G, IG, IG, O, O, O]);
    expect(rules('انهزم أولمبيك سيدي بوزيد أمام ضيفه', [O, G, IG, P, O, O]).tags).toEqual([O, G, IG, IG, O, O]);
    expect(rules('زار الوالي عمادة سيدي خيار أمس', [O, O, L, IL, O, O]).tags).toEqual([O, O, L, IL, IL, O]);
  });
  it('guard: an imperfect verb, a name of more words after a club, and an address stay out', () => {
    expect(rules('خرج أهالي منطقة سيدي يطالبون بالماء', [O, O, O, L, O, O]).tags).toEqual([O, O, O, L, O, O]);
    expect(rules('أدار مباراة أولمبيك سيدي بوزيد سامي الحمدي', [O, O, G, IG, P, IP, IP]).tags).toEqual([O, O, G, IG, P, IP, IP]);
    expect(rules('شكرا لمكتب سيدي الرئيس', [O, G, IG, O]).tags).toEqual([O, G, IG, O]);
  });
});
