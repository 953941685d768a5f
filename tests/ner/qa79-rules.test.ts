// QA round 79 (news-006, news-012, seed 276): the Coptic title «الأنبا», which papers put before a
// bishop's or an abbot's name, taken into the PERS by the model about two times in three
// («[الأنبا إبيفانيوس]») and left out the other times («الأنبا [إبيفانيوس]»): it joins
// CLERGY_TITLES in src/ner/rules.ts, so dropLeadingTitles leaves it out as it leaves out
// «البطريرك/المطران» (ANERcorp writes titles O), and cuesName reads the name after it. A
// monastery named after the saint («دير الأنبا بيشوي») keeps its title inside the LOC. And a
// tribe's name after «قبيلة/قبائل», which the model tags PERS, LOC or MISC by its ancestor or land
// («قبيلة [شمر]PERS», «قبيلة [الدليم]LOC»): an ORG, as ANERcorp writes tribes («قبيلة/O بني/B-ORG
// ورياغل/I-ORG»), through retypeTribeNames in src/ner/rules.ts; after the plural a place stays
// («قبائل [رأس الخيمة]LOC»), and so does the Prophet after «قبيلة» («قبيلة [النبي محمد]»).
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

describe('QA round 79: «الأنبا» left out of the name like other clergy titles', () => {
  it('leaves «الأنبا» out of a PERS the model began with it', () => {
    expect(rules('ترأس الأنبا بيشوي القداس', ['O', 'B-PERS', 'I-PERS', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'O']);
    expect(rules('صلى الأنبا مرقس الثاني في الكنيسة', ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O', 'O']);
  });
  it('reads the title after a proclitic', () => {
    const r = rules('التقى البابا بالأنبا يوحنا أمس', ['O', 'B-PERS', 'B-PERS', 'I-PERS', 'O']);
    expect(r.tags).toEqual(['O', 'B-PERS', 'O', 'B-PERS', 'O']);
    expect(r.clitics[2]).toBe('ب');
  });
  it('takes the name after the title where the model left it O', () => {
    expect(rules('ترأس الأنبا بيشوي القداس', ['O', 'O', 'O', 'O']).tags).toEqual(['O', 'O', 'B-PERS', 'O']);
  });
  it('guard: a monastery named after the saint keeps the title inside the LOC', () => {
    expect(rules('زار الوفد دير الأنبا بيشوي', ['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC']).tags).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'I-LOC']);
  });
});

describe('QA round 79: a tribe named after «قبيلة/قبائل» is an ORG', () => {
  it('retypes a PERS, LOC or MISC right after «قبيلة»', () => {
    expect(rules('ينتمي إلى قبيلة شمر العربية', ['O', 'O', 'O', 'B-PERS', 'O']).tags).toEqual(['O', 'O', 'O', 'B-ORG', 'O']);
    expect(rules('تحالفوا مع قبيلة بني تميم', ['O', 'O', 'O', 'B-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG']);
    expect(rules('هاجرت قبيلة الدليم إلى الشمال', ['O', 'O', 'B-LOC', 'O', 'O']).tags).toEqual(['O', 'O', 'B-ORG', 'O', 'O']);
    expect(rules('وهو من قبيلة ماساي في كينيا', ['O', 'O', 'O', 'B-MISC', 'O', 'B-LOC']).tags).toEqual(['O', 'O', 'O', 'B-ORG', 'O', 'B-LOC']);
  });
  it('retypes a PERS after the plural «قبائل» and after a proclitic', () => {
    expect(rules('حارب قبائل قيس عيلان', ['O', 'O', 'B-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'B-ORG', 'I-ORG']);
    expect(rules('تزوج امرأة من بني تميم وقبيلة كندة', ['O', 'O', 'O', 'O', 'O', 'O', 'B-PERS']).tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O', 'B-ORG']);
  });
  it('guard: the tribes of a place, the Prophet and a long lineage stay', () => {
    expect(rules('بايعت قبائل رأس الخيمة الإمام', ['O', 'O', 'B-LOC', 'I-LOC', 'O']).tags).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O']);
    // names QA round 112: «النبي» is left out of the name (HEAD_TITLES), the person stays a PERS
    expect(rules('قريش هي قبيلة النبي محمد', ['B-ORG', 'O', 'O', 'B-PERS', 'I-PERS']).tags).toEqual(['B-ORG', 'O', 'O', 'O', 'B-PERS']);
    expect(rules('هاجرت قبيلة عاملة بن سبأ بن قحطان', ['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS']).tags).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS', 'I-PERS']);
  });
});
