import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 127. Foreign given names whose letters fit a pattern of an Arabic root (ديديه as
// دود, بيبين as بين, لانزيني as زين, يانيك as ءني, كزافيه as زيف) are listed with the other
// foreign personal names (FOREIGN_PERSONAL_NAMES in foreign.ts), rootless with their
// proclitics; the Arabic words of the same letters keep their roots. Invented phrases.
describe('root: QA round 127', () => {
  // «المدرب ديديه ديشان»، «وديديه دروغبا»، «الملك بيبين القصير»، «مانويل لانزيني»، «وسبق للانزيني»،
  // «الجناح يانيك كاراسكو»، «الكرة ليانيك»، «المدير كزافيه»
  test.each([
    ['ديديه'],
    ['وديديه'],
    ['بيبين'],
    ['لانزيني'],
    ['للانزيني'],
    ['يانيك'],
    ['ليانيك'],
    ['كزافيه'],
  ])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: the Arabic words the names' letters also spell (يديه «his hands», بين «between»,
  // يبين «shows», زين «adorned», يزين، لين «soft»), and the names listed before.
  test.each([
    ['يديه', 'يدي'],
    ['بيديه', 'يدي'],
    ['بين', 'بين'],
    ['وبين', 'بين'],
    ['يبين', 'بين'],
    ['زين', 'زين'],
    ['يزين', 'زين'],
    ['لين', 'لين'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('guard: كزافييه stays rootless', () => {
    expect(root('كزافييه')).toBeUndefined();
  });
});
