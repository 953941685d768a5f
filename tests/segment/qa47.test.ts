// QA round 47: و ف before a perfect verb of form VI, تفاعل («تصافحا», «تهاوت»), stayed in one
// word wherever the corpus knew the whole word better than the verb or never showed it:
// «وتصافحا» is و + «تصافحا»; and a form VIII verb in «الت» before an object pronoun was read as
// the article + a noun: «التقطه» is «التقط» + ه. The split cases failed before the fixes; the
// guards pass before and after. Invented words and sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

describe('segment: و ف before a perfect verb of form VI', () => {
  test.each([
    ['وتصافحا', 'و+[تصافحا]'],
    ['وتباحثا', 'و+[تباحثا]'],
    ['وتناثرت', 'و+[تناثرت]'],
    ['فتقاتلا', 'ف+[تقاتلا]'],
    ['فتكالب', 'ف+[تكالب]'],
    ['فتلاقت', 'ف+[تلاقت]'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
  test('in running text', () => {
    const words = segmentText('التقى الوزيران وتصافحا ثم جلسا');
    expect(forms(words[2]!.segmentation)).toBe('و+[تصافحا]');
    expect(words[2]!.segmentation.base.text).toBe('تصافحا');
  });
  test.each([
    // nouns in ات before a pronoun, a verb whose weak last radical is gone, split words unchanged
    ['فتراتها', '[فترات]+ها'],
    ['فتحاتها', '[فتحات]+ها'],
    ['وتعاون', 'و+[تعاون]'],
    ['وتبادلوا', 'و+[تبادلوا]'],
    ['فتاوى', '[فتاوى]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: a form VIII verb in «الت» before an object pronoun', () => {
  test.each([
    ['التقطه', '[التقط]+ه'],
    ['التقطته', '[التقطت]+ه'],
    ['التقتهم', '[التقت]+هم'],
    ['التقيتهم', '[التقيت]+هم'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
  test('in running text', () => {
    const words = segmentText('رأى المصور المشهد فالتقطه ثم التقطته عدسة أخرى');
    expect(forms(words[5]!.segmentation)).toBe('[التقطت]+ه');
  });
  test.each([
    // verbal nouns of form V and VI after the article, a stem before «ا», verbs already right
    ['التفاهم', 'ال+[تفاهم]'],
    ['التوجه', 'ال+[توجه]'],
    ['التنبه', 'ال+[تنبه]'],
    ['التقطها', '[التقط]+ها'],
    ['التماسه', 'ال+[تماسه]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
