import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 99: three name classes. بلال (Bilal) alone and after و، ف read as ب + لال of ليل; it
// is a lexical stem of بلل now (لبلال، ببلال had بلل already and keep it). مودي (Modi, Moody;
// not ودي) alone and after و, and جيف (Jeff; not جوف) as written only, are look-up names, which
// move no corpus prior: مؤدي «performer» keeps its hamza and its root, وجيف، للجيف «carcasses»
// keep جوف.
describe('root: QA round 99', () => {
  test.each([
    ['بلال', 'بلل'],
    ['وبلال', 'بلل'],
    ['فبلال', 'بلل'],
    ['لبلال', 'بلل'],
    ['ببلال', 'بلل'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['مودي', 'ومودي', 'جيف'])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: مؤدي «performer» and يؤدي «leads to» keep أدي, وجيف، للجيف «carcasses» and جوف
  // «hollow» keep جوف; ليل «night», ليلة and الليالي keep ليل, بلل «wetness» and مبلل بلل.
  test.each([
    ['مؤدي', 'ءدي'],
    ['يؤدي', 'ءدي'],
    ['وجيف', 'جوف'],
    ['للجيف', 'جوف'],
    ['جوف', 'جوف'],
    ['ليل', 'ليل'],
    ['ليلة', 'ليل'],
    ['الليالي', 'ليل'],
    ['بلل', 'بلل'],
    ['مبلل', 'بلل'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
