// QA round 114 (news-002, Arabic news, and news-012, Wikipedia; whole files, no sample): a club
// named after its city was read as the city where a sports report tells of a player's transfer
// («انتقل من أتلتيكو مدريد إلى [برشلونة]LOC», «القادم على سبيل الإعارة من [موناكو]LOC», «حصل على
// خدمات … من [شاختار]LOC», «يرحل ل[روما]LOC»), where ANERcorp train writes the club ORG («من
// [مانشستر]», «إلى [يوفنتوس]»). retypeTransferClubs now retypes such a place as an ORG in a
// sentence that speaks of sport, after «من/إلى/عن» (or «ل» on it) with a transfer word up to eight
// words before in the same clause and no second such preposition between, when the place is a club
// by its own name (CITY_CLUBS or namesClub, not a country; a definite one only if a listed club).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BL = 'B-LOC';
const IL = 'I-LOC';
const BO = 'B-ORG';
const IO = 'I-ORG';

describe('QA round 114: a city-named club in a transfer', () => {
  it('reads the club a player leaves or joins as an ORG', () => {
    expect(rules('وانتقل المدافع من أتلتيكو مدريد إلى برشلونة قبل بداية الموسم', [O, O, O, BO, IO, O, BL, O, O, O]).tags).toEqual([O, O, O, BO, IO, O, BO, O, O, O]);
    expect(rules('وضم الفريق المهاجم الشاب من موناكو بعد موسم سجل فيه عشرة أهداف', [O, O, O, O, O, BL, O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, BO, O, O, O, O, O, O]);
    expect(rules('وسيكون الحارس ثالث لاعب يرحل لروما هذا الموسم', [O, O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, O, BO, O, O]);
    expect(rules('وكان الجناح قد انضم إلى ميلان في الموسم الماضي قادما من نابولي', [O, O, O, O, O, BL, O, O, O, O, O, BL]).tags).toEqual([O, O, O, O, O, BO, O, O, O, O, O, BO]);
    expect(rules('وحصل النادي على خدمات لاعب الوسط الدولي من ساوثهامبتون قبل بداية الدوري', [O, O, O, O, O, O, O, O, BL, O, O, O]).tags).toEqual([O, O, O, O, O, O, O, O, BO, O, O, O]);
  });
  it('guard: a journey, another «إلى», no sport, or a country, as before', () => {
    // travel is no transfer
    expect(rules('ووصل اللاعب إلى برشلونة قبل المباراة', [O, O, O, BL, O, O]).tags).toEqual([O, O, O, BL, O, O]);
    // the transfer verb has its own «إلى»
    expect(rules('وانضم المهاجم إلى زملائه خلال رحلة الفريق إلى نيويورك قبل المباراة', [O, O, O, O, O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, O, O, O, O, BL, O, O]);
    // a sentence that speaks of no sport
    expect(rules('وانتقل التاجر من روما إلى البندقية في القرن الخامس عشر', [O, O, O, BL, O, BL, O, O, O, O]).tags).toEqual([O, O, O, BL, O, BL, O, O, O, O]);
    // a country is its national team, and stays a place
    expect(rules('وانتقل اللاعب إلى إسبانيا قبل الموسم الماضي', [O, O, O, BL, O, O, O]).tags).toEqual([O, O, O, BL, O, O, O]);
    // a two-word definite place is a state or a region
    expect(rules('وانتقل اللاعب إلى الولايات المتحدة قبل الموسم الماضي', [O, O, O, BL, IL, O, O, O]).tags).toEqual([O, O, O, BL, IL, O, O, O]);
  });
});
