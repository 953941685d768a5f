// QA round 54 of names (news-000 and news-015, seed 134): the feast wish «باليمن والبركات» read
// as Yemen, institutions named after an imam cut before the name («جامعة الإمام [محمد بن
// سعود]PERS»), and two clubs run into one ORG («[الأهلي والإسماعيلي]ORG»). Invented sentences,
// run on hand-set tags so that the tests hold whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const L = 'B-LOC';
const G = 'B-ORG';
const IG = 'I-ORG';

describe('«باليمن والبركات» is a wish, not Yemen', () => {
  test('«ب» + «اليمن» + «و» + a noun of good is no place', () => {
    expect(rules('أعاده الله على أسرتنا باليمن والبركات', [O, O, O, O, L, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('نسأل الله أن يعيده علينا باليمن والخير والمسرات', [O, O, O, O, O, L, O, O]).tags).toEqual([O, O, O, O, O, O, O, O]);
    expect(rules('أعاده الله على الجميع باليمن والبركات', [O, O, O, O, L, P]).tags).toEqual([O, O, O, O, O, O]);
  });
  test('guards: Yemen beside another country, or without «ب», stays', () => {
    expect(rules('وقعت اشتباكات باليمن والبحرين أمس', [O, O, L, L, O]).tags).toEqual([O, O, L, L, O]);
    expect(rules('زار الوزير اليمن والخليج', [O, O, L, O]).tags).toEqual([O, O, L, O]);
  });
});

describe('an institution named after an imam', () => {
  test('head + «الإمام» + PERS is one ORG with its adjective', () => {
    expect(rules('درس في جامعة الإمام عبد الله بن سالم الإسلامية سنوات', [O, O, O, O, P, IP, IP, IP, O, O]).tags).toEqual([O, O, G, IG, IG, IG, IG, IG, IG, O]);
    expect(rules('افتتح مستشفى الإمام حسين الجديد', [O, G, IG, P, O]).tags).toEqual([O, G, IG, IG, O]);
  });
  test('guards: the imam himself, without a head, stays a person', () => {
    expect(rules('قال الإمام عبد الله بن سالم إن الصبر مفتاح', [O, O, P, IP, IP, IP, O, O, O]).tags).toEqual([O, O, P, IP, IP, IP, O, O, O]);
  });
});

describe('two clubs run into one ORG', () => {
  test('a club + «و» + a club is two teams in a text of sport', () => {
    expect(rules('انتهت مباراة الأهلي والإسماعيلي بالتعادل', [O, O, G, IG, O]).tags).toEqual([O, O, G, G, O]);
  });
  test('guards: without sport, or a body that starts with no club, stays whole', () => {
    expect(rules('عقد الأهلي والإسماعيلي اتفاقا تجاريا', [O, G, IG, O, O]).tags).toEqual([O, G, IG, O, O]);
    expect(rules('حضر المباراة ممثل منظمة الأمن والتعاون', [O, O, O, G, IG, IG]).tags).toEqual([O, O, O, G, IG, IG]);
  });
});
