// QA round 20 on news-001 (news) and news-012 (Wikipedia): a sound plural or dual that lost
// its ن before a third-person pronoun («مستشاريه», his advisers; «جثتيهما», their two bodies)
// and a perfect in «وا» that lost its alef («قتلوه», they killed him) stayed whole: the lexicon
// build kept their ending as a word's own, since the stem without ن or ا is never seen with the
// article or on its own. It now weighs the plural with ن («المستشارين») and the verb with ا.
// The splits below failed before the fix; the guards pass before and after.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: a plural without its ن or ا before ه ها هم هما', () => {
  test.each([
    ['مستشاريه', '[مستشاري]+ه'],
    ['مساعديه', '[مساعدي]+ه'],
    ['ومنتقديه', 'و+[منتقدي]+ه'],
    ['محرريها', '[محرري]+ها'],
    ['خريجوها', '[خريجو]+ها'],
    ['مشجعوه', '[مشجعو]+ه'],
    ['جثتيهما', '[جثتي]+هما'],
    ['شقيقيه', '[شقيقي]+ه'],
    ['قتلوه', '[قتلوا]+ه'],
    ['فقتلوه', 'ف+[قتلوا]+ه'],
    ['زاروها', '[زاروا]+ها'],
    ['ودخلوها', 'و+[دخلوا]+ها'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    // a name in «ينا» and an adjective in «وني» end like a pronoun other than ه
    ['مارينا', '[مارينا]'],
    ['عشروني', '[عشروني]'],
    ['كورونا', '[كورونا]'],
    // a name in «وه» whose stem is no verb
    ['شيركوه', '[شيركوه]'],
    // a radical ه
    ['ويتوجه', 'و+[يتوجه]'], // the ه stays (QA round 53: the conjunction splits off)
    // already split before
    ['لاعبيه', '[لاعبي]+ه'],
    ['استخدموها', '[استخدموا]+ها'],
    ['موظفوها', '[موظفو]+ها'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segmentText: an invented sentence', () => {
  test('bases and offsets', () => {
    const tokens = segmentText('اجتمع الوزير بمستشاريه ثم زاروها معا');
    expect(tokens.map((t) => t.segmentation.base.form)).toEqual(['اجتمع', 'وزير', 'مستشاري', 'ثم', 'زاروا', 'معا']);
    const advisers = tokens[2]!.segmentation;
    expect(advisers.prefixes.map((m) => [m.text, m.start, m.end])).toEqual([['ب', 13, 14]]);
    expect(advisers.suffixes.map((m) => [m.text, m.start, m.end])).toEqual([['ه', 21, 22]]);
    const visited = tokens[4]!.segmentation;
    expect([visited.base.text, visited.base.start, visited.base.end]).toEqual(['زارو', 26, 30]);
  });
});
