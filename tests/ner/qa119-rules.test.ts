// QA round 119 (news-002, Arabic news, and news-011, Wikipedia; whole files, no sample): the
// leftover of rounds 114 and 118, a club named after its city read as the city where the sentence
// shows the club: «يلعب الموسم المقبل في [سرقسطة]LOC», «لاعب وسط [نانت]LOC», «يهز شباك
// [برشلونة]LOC», «إدارة [جنوى]LOC», «فريقه الجديد [برشلونة]LOC», «الفريق الأندلسي [أشبيلية]LOC»,
// where ANERcorp train writes the club ORG («حارس مرمى [ليفربول]», «فريقه الجديد [برشلونة]»,
// «المحترف في [هرتا برلين]»). retypePlayedClubs now retypes such a place as an ORG in a sentence
// that speaks of sport, when it is a club by its own name (clubByName, the test of round 114's
// transfers) after a noun of a club's part, a team's noun with a pronoun (and an adjective), or
// «في» after a word of playing with no word of a match between. A stadium named after the club
// («ملعب [برشلونة]») stays a place, as ANERcorp train writes it.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BL = 'B-LOC';
const BO = 'B-ORG';

describe('QA round 119: a city-named club a player plays in, or a part of it', () => {
  it('reads the club a player plays in as an ORG', () => {
    expect(rules('وأصبح المدافع الذي يلعب الموسم المقبل في سرقسطة أفضل لاعب في الفريق', [O, O, O, O, O, O, O, BL, O, O, O, O]).tags).toEqual([O, O, O, O, O, O, O, BO, O, O, O, O]);
  });
  it('reads the club after a noun of its part as an ORG', () => {
    expect(rules('وتعرض لاعب وسط نانت لإصابة قبل المباراة', [O, O, O, BL, O, O, O]).tags).toEqual([O, O, O, BO, O, O, O]);
    expect(rules('واحتاج الفريق عشر دقائق ليهز شباك برشلونة في المباراة', [O, O, O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, O, O, BO, O, O]);
    expect(rules('ورفضت إدارة جنوى عرض النادي لبيع اللاعب', [O, O, BL, O, O, O, O]).tags).toEqual([O, O, BO, O, O, O, O]);
  });
  it('reads the club in apposition to a team with a pronoun or an adjective as an ORG', () => {
    expect(rules('وبدأ المهاجم مشواره مع فريقه الجديد برشلونة بهدف', [O, O, O, O, O, O, BL, O]).tags).toEqual([O, O, O, O, O, O, BO, O]);
    expect(rules('وتألق المدافع مع الفريق الأندلسي إشبيلية هذا الموسم', [O, O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, O, BO, O, O]);
  });
  it('guard: a stadium, a venue, the middle of a city, no sport, or a country, as before', () => {
    // ANERcorp train writes «ملعب [برشلونة]» as a place
    expect(rules('وأقيمت المباراة على ملعب برشلونة أمس', [O, O, O, O, BL, O]).tags).toEqual([O, O, O, O, BL, O]);
    // a match played in a city names its venue
    expect(rules('ولعب الفريق مباراته الأولى في برشلونة أمام الجماهير', [O, O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, O, BL, O, O]);
    // a final played in a city, and a professional's title won in a tournament's city
    expect(rules('وفاز الفريق باللقب في النهائي الذي لعب في بوخارست', [O, O, O, O, O, O, O, O, BL]).tags).toEqual([O, O, O, O, O, O, O, O, BL]);
    expect(rules('وفاز بلقبه الأول هذا الموسم كلاعب محترف في باليرمو', [O, O, O, O, O, O, O, O, BL]).tags).toEqual([O, O, O, O, O, O, O, O, BL]);
    // «وسط» without «لاعب/خط» is "the middle of"
    expect(rules('واحتفل المشجعون في وسط مدريد بعد المباراة', [O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, BL, O, O]);
    // a sentence that speaks of no sport
    expect(rules('ورفضت إدارة برشلونة خطة البلدية الجديدة', [O, O, BL, O, O, O]).tags).toEqual([O, O, BL, O, O, O]);
    // a country is its national team, and stays a place
    expect(rules('وسجل هدفا في مرمى إسبانيا', [O, O, O, O, BL]).tags).toEqual([O, O, O, O, BL]);
  });
});
