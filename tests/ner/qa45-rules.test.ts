// QA round 45 of names (news-003 and news-010, seed 96): the blessing said after a name («رضي الله
// عنه», «رحمه الله») taken into the person, and titles the trigger list lacks («العريف», «الزميل»,
// «المخلوع») left at the head of a person. Invented sentences; the rules run on hand-set tags, so
// that a test holds whatever the model says.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const M = 'B-MISC';
const IM = 'I-MISC';

describe('a blessing after a name is no part of the person', () => {
  test('the person ends before «رضي الله», and «الله» is the MISC', () => {
    expect(rules('وروى سالم بن عامر رضي الله عنه الخبر', [O, P, IP, IP, IP, IP, O, O]).tags).toEqual([O, P, IP, IP, O, M, O, O]);
    expect(rules('قالت خديجة رضي الله عنها', [O, P, IP, O, O]).tags).toEqual([O, P, O, M, O]);
    expect(rules('قالت خديجة رضي الله عنها', [O, P, IP, M, O]).tags).toEqual([O, P, O, M, O]);
  });
  test('a blessing read as a person on its own is dropped', () => {
    expect(rules('عن جابر رضي الله عنه', [O, P, P, IP, O]).tags).toEqual([O, P, O, M, O]);
  });
  test('«رحمه الله», «عليه السلام» end the person too', () => {
    expect(rules('كتب الشيخ سامي فهد رحمه الله كتابا', [O, O, P, IP, IP, IP, O]).tags).toEqual([O, O, P, IP, O, M, O]);
    expect(rules('قصة النبي يونس عليه السلام', [O, O, P, IP, IP]).tags).toEqual([O, O, P, O, O]);
  });
  test('a MISC «الله …» of more than the one word after the blessing is left to mendGodNames', () => {
    // since names QA round 230 that MISC is «الله» alone (ANERcorp: «عقاب [الله] تعالى»)
    expect(rules('قال عمر رضي الله تعالى عنه', [O, P, IP, M, IM, O]).tags).toEqual([O, P, O, M, O, O]);
  });
});

describe('guards: a blessing word that is no blessing, and names with «الله»', () => {
  test('«رضي» without «الله» after it, and a theophoric name, stay', () => {
    expect(rules('فاز رضي موسى بالجائزة', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
    expect(rules('قال سامي عبد الله رئيس النادي', [O, P, IP, IP, O, O]).tags).toEqual([O, P, IP, IP, O, O]);
    expect(rules('صلى سامي فهد في المسجد', [O, P, IP, O, O]).tags).toEqual([O, P, IP, O, O]);
    expect(rules('كتب الشيخ رحمة الله الهندي', [O, O, P, IP, IP]).tags).toEqual([O, O, P, IP, IP]);
  });
});

describe('«العريف», «الزميل», «المخلوع» at the head of a person are left out', () => {
  test('the person starts after the title', () => {
    expect(rules('استشهد العريف سالم الغامدي', [O, P, IP, IP]).tags).toEqual([O, O, P, IP]);
    expect(rules('كتب الزميل سامي فهد', [O, P, IP, IP]).tags).toEqual([O, O, P, IP]);
    expect(rules('وقوات المخلوع صالح', [O, P, IP]).tags).toEqual([O, O, P]);
  });
  test('guard: a one-word person and a family name «العريف» after a given name stay', () => {
    expect(rules('قال العريف أمس', [O, P, O]).tags).toEqual([O, P, O]);
    expect(rules('قال يحيى العريف أمس', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
  });
});
