// QA round 33 of names (news-002 and news-008, read by eye): two full names joined by «و» that
// the model ran into one person («[محمد هاني ورمضان صبحي]») are two people, on invented
// sentences with hand-set tags, so that the rule is tested whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';

describe('two full names joined by «و» are two persons', () => {
  test('two words or more before the «و», one or more after it', () => {
    expect(rules('أحرز نيكو شتاين وغاستون بيريز هدفين', [O, P, IP, IP, IP, O]).tags).toEqual([O, P, IP, P, IP, O]);
    expect(rules('غاب كريم عبد الرؤوف ودوريان كاميلو', [O, P, IP, IP, IP, IP]).tags).toEqual([O, P, IP, IP, P, IP]);
  });
  test('a definite word after «و» that opens a longer name', () => {
    expect(rules('التقى عمر ناجي والسوداني كمال حسن', [O, P, IP, IP, IP, IP]).tags[3]).toBe(P);
  });
  test('guards: one word before the «و», the last word, a name that begins with «و»', () => {
    // «X وY Z» may be one foreign name («كي وون بارك») — left to the given-name test, and since
    // round 168 to the corpus counts of splitCoordinatedNames, which know «غاستون» alone
    expect(rules('قال نيكو وغاستون بيريز', [O, P, IP, IP]).tags).toEqual([O, P, P, IP]);
    // the «و» word last: a family name of a foreign person («جاك ووكر») or a common noun; since
    // round 168 a second person when the corpus knows the word alone as a name half the time
    // («الجندي», the family name Al-Gindi: «[أحمد المجايشي] و[الجندي]»)
    expect(rules('قال أحمد سامي والجندي', [O, P, IP, IP]).tags).toEqual([O, P, IP, P]);
    expect(rules('عاد فرانك دوريان ودوريان', [O, P, IP, IP]).tags).toEqual([O, P, IP, IP]);
    // «ووكر», «ولد»: counted whole, not «و» + a word
    expect(rules('فاز جون بول ووكر سميث', [O, P, IP, IP, IP]).tags).toEqual([O, P, IP, IP, IP]);
    expect(rules('قال محمد سالم ولد أحمد', [O, P, IP, IP, IP]).tags).toEqual([O, P, IP, IP, IP]);
    // a title after «و» opens a description, not a second name (which round 168's
    // splitCoordinatedNames cuts off: «ووزير» is a frequent word and no name)
    expect(rules('وصل سامي نبيل عادل ووزير الخارجية', [O, P, IP, IP, IP, IP]).tags).toEqual([O, P, IP, IP, O, O]);
  });
});

describe('«الاتحاد» + a masculine nationality adjective is a federation', () => {
  const L = 'B-LOC';
  const IL = 'I-LOC';
  test('a place of the two words becomes an organisation', () => {
    expect(rules('رفع النادي شكوى إلى الاتحاد المغربي أمس', [O, O, O, O, L, IL, O]).tags).toEqual([O, O, O, O, 'B-ORG', 'I-ORG', O]);
    expect(rules('اجتمعت اللجنة بالاتحاد الكويتي', [O, O, L, IL]).tags).toEqual([O, O, 'B-ORG', 'I-ORG']);
  });
  test('guards: the unions that are states, a longer place, a conjoined adjective', () => {
    expect(rules('انهار الاتحاد السوفيتي', [O, L, IL]).tags).toEqual([O, L, IL]);
    expect(rules('زار رئيس الاتحاد الروسي', [O, O, L, IL]).tags).toEqual([O, O, L, IL]);
    expect(rules('ولد في الاتحاد السويسري', [O, O, L, IL]).tags).toEqual([O, O, L, IL]);
    expect(rules('بين الاتحاد والمغربي', [O, L, IL]).tags).toEqual([O, L, IL]);
  });
});
