// QA round 19 on news-002 (news) and news-011 (Wikipedia): و ف + a verb or noun with its
// third-person pronoun stayed one word where the word without و ف splits («تزوجها» is
// «تزوج» + ها, «فتزوجها» stayed whole). For ف the clitic-rate test measured «وتزوجها» against
// the bare verb «تزوج»; for و the conjunction won over the split with the pronoun and the base
// «تليها», which would lose its pronoun, left the word whole.
// The splits below failed before the fix; the guards pass before and after.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

const split = (word: string): string => forms(segment(word));

describe('segment: و ف + verb or noun + third-person pronoun', () => {
  test.each([
    ['فتزوجها', 'ف+[تزوج]+ها'],
    ['فهزمهم', 'ف+[هزم]+هم'],
    ['فاشتراه', 'ف+[اشترى]+ه'],
    ['فأخبروه', 'ف+[أخبروا]+ه'],
    ['وتليها', 'و+[تلي]+ها'],
    ['ويرافقه', 'و+[يرافق]+ه'],
    ['وتتخللها', 'و+[تتخلل]+ها'],
    ['وأسكنها', 'و+[أسكن]+ها'],
    ['ونظرائه', 'و+[نظراء]+ه'],
    ['وصديقاتها', 'و+[صديقات]+ها'],
    ['ويديه', 'و+[يدي]+ه'],
    ['وتليَها', 'و+[تلي]+ها'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test.each([
    // names and words that begin with و ف and end like a pronoun
    ['فرنسا', '[فرنسا]'],
    ['وهران', '[وهران]'],
    ['فاطمة', '[فاطمة]'],
    ['ولاية', '[ولاية]'],
    ['فيها', '[في]+ها'],
    ['وجهه', '[وجه]+ه'],
    // a ه that is a radical: «يتوجه» (heads for) has no «يتوجها», «تكره» (hates) no «تكرها»
    ['ويتوجه', 'و+[يتوجه]'], // the ه stays (QA round 53: the conjunction splits off)
    ['وتكره', '[وتكره]'],
    // names ending like a first- or second-person pronoun
    ['وإريك', 'و+[إريك]'], // the ك stays (QA round 56: the conjunction splits off)
    ['وتيمنا', '[وتيمنا]'],
    // already split before
    ['ويرافقها', 'و+[يرافق]+ها'],
    ['فاستقبله', 'ف+[استقبل]+ه'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});

describe('segmentText: an invented sentence', () => {
  test('bases and offsets', () => {
    const tokens = segmentText('التقى بها فتزوجها بعد عام');
    expect(tokens.map((t) => t.segmentation.base.form)).toEqual(['التقى', 'ب', 'تزوج', 'بعد', 'عام']);
    const married = tokens[2]!.segmentation;
    expect(married.prefixes.map((m) => [m.text, m.start, m.end])).toEqual([['ف', 10, 11]]);
    expect(married.suffixes.map((m) => [m.text, m.start, m.end])).toEqual([['ها', 15, 17]]);
  });
});
