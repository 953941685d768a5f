import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 29: صار «became» read as صور «picture», إلى without its hamza (اليه) read as إله
// «god», قوة «strength» before a pronoun (قوته، قوتها) read as قوت «food».
describe('root: QA round 29', () => {
  test.each([
    ['صار', 'صير'],
    ['صارت', 'صير'],
    ['وصار', 'صير'],
    ['فصاروا', 'صير'],
    ['يصير', 'صير'],
    ['لتصير', 'صير'],
    ['قوته', 'قوي'],
    ['قوتها', 'قوي'],
    ['وقوتهم', 'قوي'],
    ['القوتين', 'قوي'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['اليه', 'اليهم', 'اليكم'])('gives the particle %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: والي «governor» with a pronoun, the name بصار, نصير «supporter», قوت «food» alone,
  // صورة and صارم.
  test.each([
    ['واليها', 'ولي'],
    ['واليه', 'ولي'],
    ['بصار', 'بصر'],
    ['نصير', 'نصر'],
    ['قوت', 'قوت'],
    ['القوت', 'قوت'],
    ['صورة', 'صور'],
    ['صارم', 'صرم'],
    ['قوة', 'قوي'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
