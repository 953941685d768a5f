import { describe, expect, test } from 'vitest';
import { root, roots } from '../../src/root/index.js';
import { analyzeUnguarded } from '../../src/root/analyze.js';
import { ARABIC_WORDS, FOREIGN_WORDS } from './foreign-words.js';

describe('root and foreign words', () => {
  // Each of these fits a template of a real root (بوتين → بيت، لندن → دين، فيديو → دوي).
  test.each(['بوتين', 'أوباما', 'ماكرون', 'جونسون', 'بايدن', 'لندن', 'بيروت', 'إيران', 'باكستان', 'روسيا', 'ألمانيا', 'مدريد', 'كندا', 'باريس', 'أنقرة', 'فيديو', 'راديو'])(
    'returns undefined for the foreign name or loanword %s',
    (word) => {
      expect(analyzeUnguarded(word).analysis.kind).toBe('roots');
      expect(root(word)).toBeUndefined();
      expect(roots(word)).toEqual([]);
    },
  );

  test.each(['لبوتين', 'وبوتين', 'ولندن', 'بروسيا', 'لأوباما'])('returns undefined for a foreign name after a proclitic: %s', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Places whose name holds the article, and gazetteer places that look Arabic (طهران: طهر + ان).
  test.each(['الصين', 'للصين', 'وبالصين', 'النمسا', 'السويد', 'بكين', 'طهران', 'روما', 'جنيف'])(
    'returns undefined for the place name %s',
    (word) => {
      expect(root(word)).toBeUndefined();
    },
  );

  // A capital whose article form is another name (الأستانة, Istanbul), and the distinctive
  // word of a longer place name (كوريا الجنوبية).
  test.each(['أستانة', 'بأستانة', 'كوريا', 'وكوريا', 'الكوري'])('returns undefined for the place name or its adjective %s', (word) => {
    expect(root(word)).toBeUndefined();
  });

  test.each([
    ['لسان', 'لسن'],
    ['جدة', 'جدد'],
    ['سليمان', 'سلم'],
  ])('keeps the root of a word a place-name part would have matched: %s (%s)', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['الصيني', 'الصينية', 'الروسية', 'روسية', 'الأمريكيين', 'الإيراني', 'الكازاخستاني'])(
    'returns undefined for the adjective of a listed name: %s',
    (word) => {
      expect(root(word)).toBeUndefined();
    },
  );

  test.each([
    ['اليمني', 'يمن'],
    ['المصري', 'مصر'],
    ['العراقي', 'عرق'],
    ['بيتي', 'بيت'],
  ])('keeps the root of an adjective or word in ي whose stem is no listed name: %s (%s)', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['القاهرة', 'قهر'],
    ['اليمن', 'يمن'],
    ['صنعاء', 'صنع'],
    ['العراق', 'عرق'],
  ])('keeps the root of the Arabic place name %s (%s)', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(ARABIC_WORDS)('keeps the root of the Arabic word %s (%s)', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['سياسيا', 'سوس'],
    ['يوميا', 'يوم'],
    ['إيجابيا', 'وجب'],
    ['يدعو', 'دعو'],
    ['يبدو', 'بدو'],
    ['يرونهم', 'رءي'], // «they see them»: ير (of يرى) + ون + هم
    ['اتخذوه', 'ءخذ'],
    ['ابن', 'بنو'],
  ])('keeps the root of adverbs in ـيا, verbs ending in و and suffixed verbs: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('judges each word on its own analysis, not the previous call\'s', () => {
    expect(root('بوتين')).toBeUndefined();
    expect(root('الله')).toBe('ءله');
    expect(root('لندن')).toBeUndefined();
    expect(root('ابن')).toBe('بنو');
  });

  test('leaves at most a fifth of the hand-written foreign words with a root', () => {
    const rooted = FOREIGN_WORDS.filter((w) => root(w) !== undefined);
    expect(rooted.length / FOREIGN_WORDS.length).toBeLessThanOrEqual(0.2);
  });
});
