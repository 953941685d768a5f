// QA round 121 (news-002, Arabic news, and news-011, Wikipedia; whole files, no sample): the
// leftover of round 119, a football club named after its town read as the town after a noun of a
// match or its result: «انتهت المباراة بفوز [برشلونة]LOC», «لقاء [إشبيلية]LOC», «لمواجهة
// [سموحة]LOC», «تغريم [برشلونة]LOC», where ANERcorp train writes the club ORG («لقاء
// [كورينثيانز]», «لمواجهة [إنتر ميلان]», «تعادل [ليل] الفرنسي»). playedClubContext (round 119's
// retypePlayedClubs) now also takes such a noun (MATCH_RESULT_NOUNS, bare or with a proclitic)
// before a club by its own name (clubByName) in a sentence that speaks of sport. A match's venue
// after «في» and a country (its national team) stay places.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BL = 'B-LOC';
const BO = 'B-ORG';

describe('QA round 121: a town-named club after a noun of a match or its result', () => {
  it('reads the club after a noun of a result as an ORG', () => {
    expect(rules('وانتهت المباراة بفوز برشلونة بهدفين دون مقابل', [O, O, O, BL, O, O, O]).tags).toEqual([O, O, O, BO, O, O, O]);
    expect(rules('وقرر الاتحاد تغريم برشلونة بعد أحداث المباراة', [O, O, O, BL, O, O, O]).tags).toEqual([O, O, O, BO, O, O, O]);
  });
  it('reads the club after a noun of a match as an ORG, with a proclitic too', () => {
    expect(rules('وغاب المهاجم عن لقاء إشبيلية في الدوري', [O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, BO, O, O]);
    expect(rules('ويستعد الفريق لمواجهة سموحة في الجولة المقبلة من الدوري', [O, O, O, BL, O, O, O, O, O]).tags).toEqual([O, O, O, BO, O, O, O, O, O]);
  });
  it('guard: a venue, a country, or no sport, as before', () => {
    // a match played in a town names its venue
    expect(rules('ولعب الفريق مباراة في لندن أمام الجماهير', [O, O, O, O, BL, O, O]).tags).toEqual([O, O, O, O, BL, O, O]);
    // a country is its national team, and stays a place
    expect(rules('وانتهت المباراة بفوز إسبانيا بهدف', [O, O, O, BL, O]).tags).toEqual([O, O, O, BL, O]);
    // a sentence that speaks of no sport
    expect(rules('وبحث الوزير نتائج لقاء برشلونة مع رجال الأعمال', [O, O, O, O, BL, O, O, O]).tags).toEqual([O, O, O, O, BL, O, O, O]);
  });
});
