// QA round 58: (1) و before a rarer verb of narrative that news writes joined at most four times
// as often as alone stayed whole: «وختمت», «ونوهت», «وتخلل», «ويستطرد» (the stem seen only 4 to
// 16 times). (2) The construct plural «منسوبي», its plural in «ين» unseen, stayed whole after
// و and ل. (3) و before a listed foreign name cut into the name: «وبوتر» was و + ب + «وتر».
// The fix cases failed before the change; the guards pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('segment: و before a rarer narrative verb', () => {
  test.each([
    ['وختمت', 'و+[ختمت]'],
    ['ونوهت', 'و+[نوهت]'],
    ['وتخلل', 'و+[تخلل]'],
    ['وترعرعت', 'و+[ترعرعت]'],
    ['ويستطرد', 'و+[يستطرد]'],
    ['وتفرغت', 'و+[تفرغت]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('وختمت الكاتبة مقالها بدعوة إلى الصبر', 0)).toBe('و+[ختمت]');
    expect(formAt('وتخلل الحفل عرض للأزياء', 0)).toBe('و+[تخلل]');
  });
});

describe('segment: و ل before the construct «منسوبي»', () => {
  test.each([
    ['ومنسوبي', 'و+[منسوبي]'],
    ['لمنسوبي', 'ل+[منسوبي]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: a proclitic before a listed foreign name', () => {
  test.each([
    ['وبوتر', 'و+[بوتر]'],
    ['وبالتيمور', 'و+[بالتيمور]'],
    ['وكسرى', 'و+[كسرى]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('guards', () => {
  test.each([
    // a و that is the verb's first radical, the word far more frequent than its tail
    ['وجدت', '[وجدت]'],
    ['وردت', '[وردت]'],
    ['وضعت', '[وضعت]'],
    ['واصلت', '[واصلت]'],
    ['وجدوا', '[وجدوا]'],
    // a noun seen with the article, and a word in ي after ل
    ['وفيات', '[وفيات]'],
    ['لساني', '[لساني]'],
    // a plural verb with its object
    ['وسألوه', 'و+[سألوا]+ه'],
    ['وتابعت', 'و+[تابعت]'],
    ['وبالتعاون', 'و+ب+ال+[تعاون]'],
    ['ووكر', '[ووكر]'],
    ['بوتر', '[بوتر]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
