import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 52: نقول «we say» took نقل and منقول «movable» took قول, كافٍ «sufficient» (written كاف) took كيف, و + ضمّ
// (وضمت «and she included») took the rare root وضم, وليًّا «as heir» was read as و + ل + يا, the
// negation اللا and the Egyptian كدا «like this» took roots, and foreign names fit real roots
// (شيرمان → شرم, جروس → جرس, فرنك → فرن, ريد → رود, مان → مءن …).
describe('root: QA round 52', () => {
  test.each([
    ['نقول', 'قول'],
    ['ونقول', 'قول'],
    ['لنقول', 'قول'],
    ['نقولها', 'قول'],
    ['غير كاف', 'كفي'],
    ['كافٍ', 'كفي'],
    ['منقول', 'نقل'],
    ['المنقولة', 'نقل'],
    ['وضمت', 'ضمم'],
    ['وضم', 'ضمم'],
    ['وضمها', 'ضمم'],
    ['وليا', 'ولي'],
    ['وليًا', 'ولي'],
    ['اللا', undefined],
    ['واللا', undefined],
    ['اللى', undefined],
    ['كدا', undefined],
    ['كده', undefined],
    ['شيرمان', undefined],
    ['جروس', undefined],
    ['بيتوركا', undefined],
    ['ساندرا', undefined],
    ['كوباني', undefined],
    ['بكوباني', undefined],
    ['مورجان', undefined],
    ['فرنك', undefined],
    ['ريد', undefined],
    ['مان', undefined],
    ['خيا', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word.split(' ').pop()!)).toBe(expected);
  });

  // Guards: Arabic words that share letters with the entries above keep their roots.
  test.each([
    ['نقل', 'نقل'],
    ['ينقل', 'نقل'],
    ['يقول', 'قول'],
    ['كافة', 'كفف'],
    ['بكافة', 'كفف'],
    ['لكافة', 'كفف'],
    ['كافتها', 'كفف'],
    ['كافية', 'كفي'],
    ['الكافي', 'كفي'],
    ['كيف', undefined],
    ['ويضم', 'ضمم'],
    ['وضمن', 'ضمن'],
    ['ولي', 'ولي'],
    ['وريد', 'ورد'],
    ['يريد', 'رود'],
    ['الفرن', 'فرن'],
    ['جرس', 'جرس'],
    ['كوب', 'كوب'],
    ['مرجان', 'مرج'],
    ['الذي', undefined],
    ['اللاعب', 'لعب'],
  ])('%s keeps %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
