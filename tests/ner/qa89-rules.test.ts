// QA round 89 (news-000, SaudiNewsNet, and news-014, Wikipedia; seed 326): a name cut on a
// foreign particle — «[لويس فان]PERS جال», «[ريو دي]LOC لا بلاتا», «[وليام أوف]PERS بوجيه», «[سيف بن
// ذي]PERS يزن», «[محمد لا]PERS أستطيع»: a span ending on «دي/دا/ديل/دو/فان/فون/لو/أوف/ذي/لا/…» runs
// on over it (and over one more particle) to the name word after it, keeping its type, or, when
// none follows, drops a particle that is never a name's last word («دا/فان/أوف/ذي/لا/…») — through
// mendTrailingParticles in src/ner/rules.ts; letters of a spelled acronym («إيه إم دي»), the phone
// «آي فون» and family names like «لو» (Law) are left alone.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 89: a name never ends on a foreign particle', () => {
  it('runs a name on over «فان/دا» to the family name after it, a common word or one with a proclitic-like letter too', () => {
    expect(rules('قال لويس فان جال إن الفريق جاهز', ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O', 'O']);
    expect(rules('كتب جيوفاني دا فيرازانو رسالة طويلة', ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']);
  });
  it('runs a name on over «دي لا» and «أوف ذا» to the word after both particles', () => {
    expect(rules('وصل الفريق إلى مدينة سانتا كروز دي لا سيرا أمس', ['O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O']);
    expect(rules('صدر ألبوم ميوزك أوف ذا سن في الصيف', ['O', 'O', 'B-MISC', 'I-MISC', 'O', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O', 'O']);
  });
  it('joins the name cut at the particle to the entity after it, in the first one\'s type', () => {
    expect(rules('نشر هارفي دو سان دوني كتابه', ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'O']);
    expect(rules('تقع منطقة كوستا ديل سول في الجنوب', ['O', 'O', 'B-LOC', 'I-LOC', 'B-ORG', 'O', 'O']).tags).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O']);
  });
  it('drops «لا/أوف» from the end when no name word follows', () => {
    expect(rules('يا محمد لا أستطيع الحضور', ['O', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'O', 'O', 'O']);
    expect(rules('لعب في نادي وورلد أوف في العام الماضي', ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O']);
  });
  it('guard: a family name «لو/دو», the phone «آي فون», a spelled acronym and a preposition after the particle stay', () => {
    expect(rules('ويحتل دينيس لو المركز الثاني', ['O', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('اتفقت نانسي دو على الطلاق', ['O', 'B-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'B-PERS', 'I-PERS', 'O', 'O']);
    expect(rules('ارتفعت مبيعات هواتف آي فون بالسعودية', ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'B-LOC']).tags).toEqual(['O', 'O', 'O', 'B-MISC', 'I-MISC', 'B-LOC']);
    expect(rules('تعمل شرائح إيه إم دي بسرعة', ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']).tags).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });
});
