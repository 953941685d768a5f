// QA round 23 of names (Asharq Al-Awsat and Saudi news, news-000, and Tunisian news, news-009,
// read by eye): a person the model left O right after a speech verb or a definite title
// («وقال [الشهري]», «اللواء [الجوهري]», «المدافع [علي جبر]»), and organisations it never finds
// (the Tunisian parliament and parties, Saudi bodies, news agencies), on invented sentences:
// first on hand-set tags, so that the rule is tested whatever the model says, then through
// entities().
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { rules } from '../helpers/ner-rules.js';

const O = 'O';
const B = 'B-PERS';
const I = 'I-PERS';

describe('a name right after a speech verb or a definite title', () => {
  test('a word the dictionary finds mostly a person', () => {
    expect(rules('وقال الشهري إن الخطة جاهزة', [O, O, O, O, O]).tags).toEqual([O, B, O, O, O]);
    expect(rules('وصل اللواء الجوهري إلى المدينة', [O, O, O, O, O]).tags).toEqual([O, O, B, O, O]);
  });
  test('a listed given name before such a word', () => {
    expect(rules('أبعد المدافع علي جبر الكرة', [O, O, O, O, O]).tags).toEqual([O, O, B, I, O]);
  });
  test('guards: adjectives, «أمين», «الفريق» "the team", a title before a name, rare words', () => {
    // a nisba whose feminine is as frequent is an adjective
    expect(rules('زار الرئيس الشيشاني المدينة', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    // «أمين» "secretary" heads a construct
    expect(rules('وأوضح أمين المجلس أن الموعد قريب', [O, O, O, O, O, O]).tags).toEqual([O, O, O, O, O, O]);
    expect(rules('واصل الفريق الأهلاوي تدريباته', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    // a definite word right before a PERS is a title or epithet the lists lack
    expect(rules('يقول البروفسور سامي الحمادي إن', [O, O, B, I, O]).tags).toEqual([O, O, B, I, O]);
    // after a verb, a rare word the name contexts never counted
    expect(rules('يقول ليش أتعلم هذا', [O, O, O, O]).tags).toEqual([O, O, O, O]);
    // a word with a proclitic, and a common word after «قال»
    expect(rules('قال إن الخطة جاهزة', [O, O, O, O]).tags).toEqual([O, O, O, O]);
  });
});

describe('organisations the model misses', () => {
  const orgs = (text: string): string[] => entities(text, { types: ['ORG'] }).map((e) => e.text);
  test('the Tunisian parliament and parties, with a party head the model left out', () => {
    expect(orgs('صادق مجلس نواب الشعب على القانون أمس.')).toEqual(['مجلس نواب الشعب']);
    expect(orgs('اجتمع المكتب التنفيذي لحركة النهضة مساء أمس.')).toEqual(['حركة النهضة']);
    expect(orgs('قال النائب عن حزب نداء تونس إن الجلسة تأجلت.')).toEqual(['حزب نداء تونس']);
  });
  test('Saudi bodies and a news agency', () => {
    expect(orgs('أحيل الملف إلى ديوان المظالم للنظر فيه.')).toEqual(['ديوان المظالم']);
    expect(orgs('ونقلت وكالة الأنباء السعودية الخبر عن مصدر مسؤول.')).toEqual(['وكالة الأنباء السعودية']);
  });
});
