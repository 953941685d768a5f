import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 128. Two readings of a root in س or of a particle that the letters allow but the
// language does not:
// - استعار + an ending (استعارات، الاستعاري، استعارها، استعاروا) went to سعر, the افتعال
//   «blazing» (its masdar استعار), where the news writes the hollow استفعل «borrowed» and its
//   nouns «metaphor, borrowing» (عور). For the stems of HOLLOW_ISTAF3AL that reading now pays
//   SEEN_IFTAALA before any ending but the accusative -ا (the bare masdar and استعارا stay with
//   the priors).
// - فلكها، فلكه، فلكهم were rootless as ف + ل + ك + a pronoun; no preposition stacks on
//   another, so ب or ل + ك + a pronoun in ه is no particle, and they are فلك «orbit» + pronoun.
// Measured over the sixteen news files: 19 types (59 tokens) change, all read and all better.
// Invented phrases.
describe('root: QA round 128', () => {
  // «بعض الاستعارات اللغوية»، «استعارات من متاحف أوروبية»، «الطابع الاستعاري للنص»،
  // «قال إنه استعارها من صديقه»، «استعاروا الفكرة»، «استعاره من جاره»
  test.each([
    ['استعارات', 'عور'],
    ['الاستعارات', 'عور'],
    ['باستعارات', 'عور'],
    ['والاستعاري', 'عور'],
    ['استعارية', 'عور'],
    ['استعارها', 'عور'],
    ['واستعارها', 'عور'],
    ['استعاره', 'عور'],
    ['استعاروا', 'عور'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // «دول تدور في فلكها»، «الخروج من فلكه»، «أحزاب تدور في فلكهم»
  test.each([
    ['فلكها', 'فلك'],
    ['فلكه', 'فلك'],
    ['فلكهم', 'فلك'],
    ['فلكهما', 'فلك'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the other nouns of the pattern keep their roots (استماعات، استلامات of a root in س;
  // استقالات، استشارات hollow); استعارة was عور already; the bare masdar and its accusative
  // («مع استعار الحرب»، «تزداد النار استعارا») stay with the priors.
  test.each([
    ['استماعات', 'سمع'],
    ['استلامات', 'سلم'],
    ['استقالات', 'قيل'],
    ['الاستشارات', 'شور'],
    ['استعارة', 'عور'],
    ['استعار', 'سعر'],
    ['باستعار', 'سعر'],
    ['استعارا', 'سعر'],
    ['الفلكية', 'فلك'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the particles with a pronoun stay rootless (لك، فلك «so you have», لكم، فلكم، بكم,
  // لكنا «but we», لكي، فلكي «so that», بها، فبه).
  test.each([['لك'], ['فلك'], ['لكم'], ['فلكم'], ['بكم'], ['لكنا'], ['ولكنا'], ['لكي'], ['فلكي'], ['بها'], ['فبه']])('guard: %s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
