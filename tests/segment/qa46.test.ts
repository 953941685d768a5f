// QA round 46: ب ل before a verbal noun of form VI, تفاعل (a weak last radical written ي,
// «تلافي»), stayed in one word wherever the corpus knew the whole word better than the noun or
// knew neither: «بتناقل» is ب + «تناقل». The split cases failed before the fix; the guards pass
// before and after. Invented words and sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { forms } from '../helpers/segment.js';

describe('segment: ب ل before a verbal noun of form VI', () => {
  test.each([
    ['بتناقل', 'ب+[تناقل]'],
    ['بتضافر', 'ب+[تضافر]'],
    ['لتلافي', 'ل+[تلافي]'],
    ['بتلافي', 'ب+[تلافي]'],
    ['لتوازي', 'ل+[توازي]'],
    ['بتعامد', 'ب+[تعامد]'],
    ['لتلافيها', 'ل+[تلافي]+ها'],
    ['لتخاذلهم', 'ل+[تخاذل]+هم'],
    ['وبتفانيه', 'و+ب+[تفاني]+ه'],
    ['وبتواضعه', 'و+ب+[تواضع]+ه'],
  ])('segments «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
  test('in running text', () => {
    const words = segmentText('نجح الفريق بتضافر الجهود لتلافي الخسارة');
    expect(forms(words[2]!.segmentation)).toBe('ب+[تضافر]');
    expect(forms(words[4]!.segmentation)).toBe('ل+[تلافي]');
    expect(words[4]!.segmentation.base.text).toBe('تلافي');
  });
  test.each([
    // a name whose first two "radicals" are the same letter (no Arabic root is so), a nisba
    // the corpus shows with the article (Lithuanian), a noun in ة, ك, split words unchanged
    ['بترارك', '[بترارك]'],
    ['لتواني', '[لتواني]'],
    ['كتمانه', '[كتمان]+ه'],
    ['بتعاون', 'ب+[تعاون]'],
    ['لتبادل', 'ل+[تبادل]'],
    ['بتجاوزها', 'ب+[تجاوز]+ها'],
    ['لتشابه', 'ل+[تشابه]'],
    ['بتراند', '[بتراند]'],
  ])('keeps «%s» as %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
