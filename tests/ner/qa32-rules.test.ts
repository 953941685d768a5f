// QA round 32 of names (news-012 and news-015, read by eye): a place the model ran over the
// feminine nationality adjective after it («[ميلان الإيطالية]») ends before the adjective, on
// invented sentences with hand-set tags, so that the rule is tested whatever the model says; and
// a ruler's title in apposition after a full name («[قابوس بن سعيد سلطان عمان]») ends the person,
// and the country after it is a place.
import { describe, expect, test } from 'vitest';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const L = 'B-LOC';
const IL = 'I-LOC';
const P = 'B-PERS';
const IP = 'I-PERS';

describe('a place ends before the nationality adjective after it', () => {
  test('a city or region of one or two words + a feminine nationality adjective', () => {
    expect(rules('زرنا مدينة ميلان الإيطالية', [O, O, L, IL]).tags).toEqual([O, O, L, O]);
    expect(rules('في ولاية تكساس الأمريكية', [O, O, L, IL]).tags).toEqual([O, O, L, O]);
    expect(rules('مطار سان باولو البرازيلية', [O, L, IL, IL]).tags).toEqual([O, L, IL, O]);
    expect(rules('سافر إلى مدينة حلب السورية', [O, O, O, L, IL]).tags).toEqual([O, O, O, L, O]);
  });
  test('guards: a state whose name ends in the adjective, a colony, a proclitic, another adjective', () => {
    expect(rules('زار الولايات المتحدة الأمريكية', [O, L, IL, IL]).tags).toEqual([O, L, IL, IL]);
    expect(rules('زار المملكة العربية السعودية', [O, L, IL, IL]).tags).toEqual([O, L, IL, IL]);
    expect(rules('ولد في غيانا الفرنسية', [O, O, L, IL]).tags).toEqual([O, O, L, IL]);
    expect(rules('عاش في ساموا الأمريكية', [O, O, L, IL]).tags).toEqual([O, O, L, IL]);
    // a head noun would be left alone
    expect(rules('في جزيرة الكرواتية', [O, L, IL]).tags).toEqual([O, L, IL]);
    expect(rules('سافر إلى كوريا الجنوبية', [O, O, L, IL]).tags).toEqual([O, O, L, IL]);
    // «والإيطالية»: a second place's adjective, not this one's
    expect(rules('بين روما والإيطالية', [O, L, IL]).tags).toEqual([O, L, IL]);
    // the adjective alone, or an ORG, is not touched here
    expect(rules('قالت الإيطالية', [O, L]).tags).toEqual([O, L]);
    expect(rules('شركة فيات الإيطالية', ['B-ORG', 'I-ORG', 'I-ORG']).tags).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
  });
});

describe('a ruler\'s title after a full name ends the person', () => {
  test('the title + a country or city: the country is a LOC', () => {
    expect(rules('استقبل فهد بن سالم سلطان عمان الوفد', [O, P, IP, IP, IP, IP, O]).tags).toEqual([O, P, IP, IP, O, L, O]);
    expect(rules('زار عبد الله الثاني ملك الأردن', [O, P, IP, IP, IP, IP]).tags).toEqual([O, P, IP, IP, O, L]);
    // the model stopped the name after the title
    expect(rules('وصل كريم ناصر أمير قطر', [O, P, IP, IP, O]).tags).toEqual([O, P, IP, O, L]);
  });
  test('the title + a definite plural of a people: both are O', () => {
    expect(rules('حكم سليم الأول سلطان العثمانيين البلاد', [O, P, IP, IP, IP, O]).tags).toEqual([O, P, IP, O, O, O]);
    expect(rules('قال عمر بن الخطاب أمير المؤمنين', [O, P, IP, IP, IP, IP]).tags).toEqual([O, P, IP, IP, O, O]);
  });
  test('guards: a title word that is a name part, a short name, another word after it', () => {
    expect(rules('توفي زايد بن سلطان آل نهيان', [O, P, IP, IP, IP, IP]).tags).toEqual([O, P, IP, IP, IP, IP]);
    expect(rules('قال عمر سلطان باشا', [O, P, IP, IP]).tags).toEqual([O, P, IP, IP]);
    // one name word before the title: «[سلطان عمان]» may itself be a name
    expect(rules('قال محمد سلطان عمان', [O, P, IP, IP]).tags).toEqual([O, P, IP, IP]);
    // the title with a proclitic is no apposition (round 168's splitCoordinatedNames ends the
    // name before «وملك», a frequent word and no name)
    expect(rules('قال علي حسن وملك الأردن', [O, P, IP, IP, IP]).tags).toEqual([O, P, IP, O, O]);
  });
});
