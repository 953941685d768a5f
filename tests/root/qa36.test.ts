import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 36: إفعال and أفعال of a root in ن read as انفال, the past of a hollow انفعل
// (إنجاز → جوز, الإنصات → صوت, الأنعام → عوم), which takes no article, no noun ending and
// no object; تربية «upbringing» and تربوي read as the nisba of ترب «soil»; the plural
// نواحي «sides, districts» read as نحي.
describe('root: QA round 36', () => {
  test.each([
    ['إنجاز', 'نجز'],
    ['الإنجازات', 'نجز'],
    ['بإنجازاتهم', 'نجز'],
    ['إنجازه', 'نجز'],
    ['انجازها', 'نجز'],
    ['إنجازًا', 'نجز'],
    ['ومنجزاتهم', 'نجز'],
    ['بالإنصات', 'نصت'],
    ['الأنعام', 'نعم'],
    ['والانفاق', 'نفق'],
    ['انصارهم', 'نصر'],
    ['الانشائية', 'نشء'],
    ['التربية', 'ربو'],
    ['وتربيتهم', 'ربو'],
    ['التربوية', 'ربو'],
    ['تربّى', 'ربو'],
    ['ونواحيها', 'نحو'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the past of a hollow انفعل (انحاز، انهالت، انساقوا), إفعال of a ن root that was
  // right before (الإنتاج، إنقاذ), ترب «soil» (التربة، التراب، الأتربة), and ناحية, نحيي and
  // تنحية, which the rebuilt prior must leave as they were.
  test.each([
    ['وانهالت', 'هول'],
    ['انهالوا', 'هول'],
    ['انساقوا', 'سوق'],
    ['انحاز', 'حوز'],
    ['الناحية', 'نحو'],
    ['ونحيي', 'حيي'],
    ['الإنتاج', 'نتج'],
    ['لإنقاذ', 'نقذ'],
    ['التربة', 'ترب'],
    ['التراب', 'ترب'],
    ['الأتربة', 'ترب'],
    ['تنحية', 'نحي'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
