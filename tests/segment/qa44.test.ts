// QA round 44: و ف before a verb or verbal noun of form X, استفعل, stayed whole where the
// corpus knows the whole word better than the bare stem: «واستطرد» is و + «استطرد». The split
// cases failed before the fix; the guards pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';

const split = (word: string): string => {
  const s = segment(word);
  return [...s.prefixes.map((m) => `${m.text}+`), `[${s.base.text}]`, ...s.suffixes.map((m) => `+${m.text}`)].join('');
};

describe('segment: و ف before a form X verb or verbal noun', () => {
  test.each([
    ['واستطرد', 'و+[استطرد]'],
    ['فاستجاب', 'ف+[استجاب]'],
    ['واستسهلت', 'و+[استسهلت]'],
    ['واستباحة', 'و+[استباحة]'],
    ['فاستأذنه', 'ف+[استأذن]+ه'],
    ['واستعطفه', 'و+[استعطف]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
  test('in running text', () => {
    const words = segmentText('طلب الجار المساعدة فاستجاب الفريق واستطرد المتحدث');
    expect(words[3]!.segmentation.prefixes.map((m) => m.form)).toEqual(['ف']);
    expect(words[5]!.segmentation.base.text).toBe('استطرد');
  });
  test.each([
    // too short or too long for استفعل (foreign words), ك as the last radical, a nisba in ي
    ['فاست', '[فاست]'],
    ['فاسترغوتلاند', '[فاسترغوتلاند]'],
    ['واستهلاك', 'و+[استهلاك]'],
    ['واستدرك', 'و+[استدرك]'],
    ['واستثنائي', 'و+[استثنائي]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(split(word)).toBe(expected);
  });
});
