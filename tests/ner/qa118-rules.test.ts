// QA round 118 (news-002, Arabic news, and news-011, Wikipedia; a sample of 250 entities, seed
// 414, then both whole files; checked on news-000/001/003 too): the place of a report's dateline
// was read as a person or an organisation, or left out («سبق- [عسير]PERS:», «سبق- [القصيم]ORG:»,
// «سبق- الطائف:», «سبق- ينبع:» with no entity), where the body of the same reports reads them as
// places. labelDatelinePlaces makes the one to three words between a news source's dash («سبق»,
// «واس», «رويترز») and «:» (or «(») one LOC, unless they were all O and one is a dateline word
// that names no place («متابعة», «وكالات»), a LOC is among them, or they are a person of a given
// name and more (a column's writer).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';
const BL = 'B-LOC';
const IL = 'I-LOC';
const BO = 'B-ORG';

describe('QA round 118: the place of a dateline', () => {
  it('retypes a dateline place the model read as a person or an organisation', () => {
    expect(rules('سبق- عسير: افتتح أمير المنطقة المعرض', [O, O, BP, O, O, O, O, O]).tags).toEqual([O, O, BL, O, O, O, O, O]);
    expect(rules('سعد الحربي- سبق- القصيم: ضبطت الشرطة عصابة', [BP, IP, O, O, O, BO, O, O, O, O]).tags).toEqual([BP, IP, O, BO, O, BL, O, O, O, O]); // «سبق» between the dashes: round 136
    expect(rules('رويترز - القامشلي (سوريا): قال مسؤول كردي', [BO, O, BP, O, BL, O, O, O, O, O]).tags).toEqual([BO, O, BL, O, BL, O, O, O, O, O]);
    expect(rules('واس - وادي الدواسر: دشن المحافظ المشروع', [O, O, BP, IP, O, O, O, O]).tags).toEqual([O, O, BL, IL, O, O, O, O]);
  });
  it('labels a dateline place the model left out', () => {
    expect(rules('سبق- الطائف: احتفل أهالي الحي بالعيد', [O, O, O, O, O, O, O, O]).tags).toEqual([O, O, BL, O, O, O, O, O]);
    expect(rules('سبق – ينبع: أنقذ رجال الدفاع المدني طفلا', [O, O, O, O, O, O, O, O, O]).tags).toEqual([O, O, BL, O, O, O, O, O, O]);
    expect(rules('واس - المجمعة: افتتح المحافظ المعرض', [O, O, O, O, O, O, O]).tags).toEqual([O, O, BL, O, O, O, O]);
  });
  it('guard: a dateline with no place, and a source with no dash or colon, as before', () => {
    expect(rules('سبق- متابعة: أعلنت الوزارة خطة جديدة', [O, O, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O, O]);
    expect(rules('سبق – وكالات: قتل عشرة أشخاص', [O, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O]);
    // a place the model found there is left as it ends, the epithet outside as ANERcorp writes it
    expect(rules('سبق- مكة المكرمة: استقبلت المشاعر الحجاج', [O, O, BL, O, O, O, O, O]).tags).toEqual([O, O, BL, O, O, O, O, O]);
    // a column's writer after the paper's name is no place; a place found inside is left as found
    expect(rules('عمود سبق – سعيد الغامدي: الصبر مفتاح الفرج', [O, O, O, BP, IP, O, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O, O, O]);
    expect(rules('سبق- جزيرة فرسان: وصل الزوار', [O, O, O, BL, O, O, O]).tags).toEqual([O, O, O, BL, O, O, O]);
    // «سبق» "preceded", no dateline: the person after it stays
    expect(rules('سبق أن قال خالد إن الخطة فشلت', [O, O, O, BP, O, O, O]).tags).toEqual([O, O, O, BP, O, O, O]);
    expect(rules('وأضاف: سبق - كما قال عسير كلامه', [O, O, O, O, O, O, BP, O]).tags).toEqual([O, O, O, O, O, O, BP, O]);
  });
});
