// QA round 120 (news-002, Arabic news, and news-011, Wikipedia; whole files, no sample): the
// leftover of round 118, person names cut short or run into the word before them. «عبد» with a
// proclitic was a PERS of its own and the rest of the compound stayed outside («ل[عبد] الملك»,
// «و[عبد] الإله»): extendPersonNames read the last word folded whole («لعبد»), not by its base,
// and now reads a one-word span's base, so «عبد» takes the definite word that completes it (or
// the PERS right after). «عبد» never ends a name: a PERS still ending in it ends before it
// («ك[عبد]» "as a slave", «[ناصر عبد]», the verb «و[عُبّد]» "was paved"). A PERS that a late
// pass started at a preposition with a suffixed pronoun («قال [عنه الصفدي]», «و[عنده ولد]»,
// «العلاج [معه]») or at the preposition «على» («هجوم [على خامنئي]»; not after «ابن», where it
// is the name «علي») now starts after it (trimPronounsAndAbd, the last pass).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const BP = 'B-PERS';
const IP = 'I-PERS';

describe('QA round 120: «عبد» after a proclitic, and pronouns at the start of a name', () => {
  it('completes «عبد» after a proclitic with the definite word after it', () => {
    expect(rules('وأشاد الوزير بمواقف لعبد الملك في الاجتماع', [O, O, O, BP, O, O, O]).tags).toEqual([O, O, O, BP, IP, O, O]);
    expect(rules('وحضر اللقاء سامي وعبد الإله أمس', [O, O, BP, BP, O, O]).tags).toEqual([O, O, BP, BP, IP, O]);
  });
  it('joins «عبد» after a proclitic to the PERS right after it', () => {
    expect(rules('وقال مقربون من عبد الرحمن إن وعبد الملك الحوثي رفض العرض', [O, O, O, BP, IP, O, BP, BP, IP, O, O]).tags).toEqual([O, O, O, BP, IP, O, BP, IP, IP, O, O]);
  });
  it('drops «عبد» at the end of a name', () => {
    expect(rules('وكان يعامله كعبد في بيته', [O, O, BP, O, O]).tags).toEqual([O, O, O, O, O]);
    expect(rules('تأليف سمير حداد وإخراج ناصر عبد في المسرح', [O, BP, IP, O, BP, IP, O, O]).tags).toEqual([O, BP, IP, O, BP, O, O, O]);
  });
  it('starts a name after a preposition with a suffixed pronoun', () => {
    expect(rules('وقال عنه الصفدي إنه شاعر', [O, BP, IP, O, O]).tags).toEqual([O, O, BP, O, O]);
    expect(rules('وتحدث عنها سليم الحلبي في كتابه', [O, BP, IP, IP, O, O]).tags).toEqual([O, O, BP, IP, O, O]);
    expect(rules('وكنا نتناول الطعام معه كل يوم', [O, O, O, BP, O, O]).tags).toEqual([O, O, O, O, O, O]);
  });
  it('starts a name after the preposition «على»', () => {
    expect(rules('وشنت الصحيفة هجوما على خامنئي أمس', [O, O, O, BP, IP, O]).tags).toEqual([O, O, O, O, BP, O]);
  });
  it('guard: «عبد» completed, «علي», and a name with no pronoun, as before', () => {
    expect(rules('وقال عبد الملك الحوثي إن', [O, BP, IP, IP, O]).tags).toEqual([O, BP, IP, IP, O]);
    expect(rules('وزار علي خامنئي المدينة', [O, BP, IP, O]).tags).toEqual([O, BP, IP, O]);
    expect(rules('وقال الصفدي إنه شاعر', [O, BP, O, O]).tags).toEqual([O, BP, O, O]);
    // «على» after «ابن» is the name «علي» written with its alef maksura
    expect(rules('وكان ابن على باشا محافظا', [O, O, BP, IP, O]).tags).toEqual([O, O, BP, IP, O]);
  });
  it('does not read the verb «عُبّد» "was paved" as «عبد»', () => {
    expect(rules('وعُبّد الطريق بين المدينتين', [BP, O, O, O]).tags).toEqual([O, O, O, O]);
  });
});
