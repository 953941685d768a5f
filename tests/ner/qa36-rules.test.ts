// QA round 36 of names (news-010 and news-014, read by eye, patterns counted over both files):
// Facebook, newer than the training corpus, written «الفيس بوك» in two words, is a company
// and its site (ORG), not a person. Invented sentences; the rules run on hand-set tags where
// they can, so that a test holds whatever the model says, and through `entities()` end to end.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';
import { names } from '../helpers/entities.js';

const O = 'O';
const P = 'B-PERS';
const IP = 'I-PERS';
const G = 'B-ORG';
const IG = 'I-ORG';

describe('Facebook is an organisation', () => {
  test('«الفيس بوك» read as a person, or half of it, becomes one ORG', () => {
    expect(rules('نشر الصور على موقع الفيس بوك أمس', [O, O, O, O, P, IP, O]).tags).toEqual([O, O, O, O, G, IG, O]);
    expect(rules('نشر الصور على موقع الفيس بوك أمس', [O, O, O, O, O, P, O]).tags).toEqual([O, O, O, O, G, IG, O]);
    // with a proclitic on the first word: «للفيس» is ل + «الفيس»
    expect(rules('قدمت الشركة عرضا للفيس بوك أمس', [O, O, O, P, IP, O]).tags).toEqual([O, O, O, G, IG, O]);
    expect(rules('كتب على صفحته في فيسبوك أمس', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, G, O]);
  });
  test('end to end', () => {
    expect(names('وأعلن الفيس بوك عن خدمة جديدة للمستخدمين في أوروبا.')).toContain('الفيس بوك/ORG');
    expect(names('ونشرت الصفحة على الفيس بوك صورا للمظاهرة.')).toContain('الفيس بوك/ORG');
  });
  test('guards: the words apart, a person called Buck', () => {
    expect(rules('قرأ بوك الكتاب أمس', [O, P, O, O]).tags).toEqual([O, P, O, O]);
    expect(rules('زار جون بوك المدينة', [O, P, IP, O]).tags).toEqual([O, P, IP, O]);
  });
});
