import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 5 (hollow participles, doubled roots, frequent words of news-008 and news-009):
// each block is one error class that was fixed, checked on inflections the lists do not hold.
describe('root of the hollow active participle فاعل', () => {
  test.each([
    ['قائدان', 'قود'],
    ['القائدين', 'قود'],
    ['فائدتها', 'فيد'],
    ['لفائدتهم', 'فيد'],
    ['الزائرة', 'زور'],
    ['زائرون', 'زور'],
    ['حائزة', 'حوز'],
    ['حائزون', 'حوز'],
  ])('reads the ئ of فاعل as the weak middle radical, و before ي: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['سائلة', 'سءل'],
    ['السائلين', 'سءل'],
  ])('keeps a root whose middle radical is a hamza: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('does not read ئ as a weak radical before a weak last letter (جاءو = جاء + و)', () => {
    expect(root('جاءو')).not.toBe('جوو');
  });
});

describe('root of a two-letter stem before a noun ending', () => {
  test.each([
    ['مرات', 'مرر'],
    ['ومراتها', 'مرر'],
    ['الصحية', 'صحح'],
    ['صحيته', 'صحح'],
    ['كمياتها', 'كمم'],
    ['ضفتي', 'ضفف'],
    ['رقته', 'رقق'],
    ['الأمتين', 'ءمم'],
    ['قلات', 'قلل'],
    ['ربكم', 'ربب'],
  ])('reads the stem as doubled (unwritten shadda): %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['سنتين', 'سنو'],
    ['لغتان', 'لغو'],
    ['جهتين', 'وجه'],
    ['صلتها', 'وصل'],
  ])('still reads a defective or assimilated noun as such: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('root of the broken plural فواعّ of a doubled root', () => {
  test.each([
    ['بالمواد', 'مدد'],
    ['موادها', 'مدد'],
    ['مواده', 'مدد'],
  ])('reads فواعّ written فواع as doubled: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('root of the broken plural مفاعّ of a doubled root', () => {
  test.each([
    ['مهامهم', 'همم'],
    ['بمهامها', 'همم'],
  ])('reads مفاعّ written مفاع as doubled rather than as the hollow مفال: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('root of a defective past verb before ت', () => {
  test.each([
    ['فنفت', 'نفي'],
    ['وأجرت', 'جري'],
    ['وألقت', 'لقي'],
    ['فرمت', 'رمي'],
  ])('restores the weak last radical rather than reading ت or the hamza as a radical: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['قالت', 'قول'],
    ['باعوا', 'بيع'],
  ])('keeps a hollow past verb, which writes its alef: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('root of the quadriliteral فعليل', () => {
  test.each([
    ['تلميذها', 'تلمذ'],
    ['وتلميذه', 'تلمذ'],
  ])('reads a long ي between the third and fourth radicals: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
