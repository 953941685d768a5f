import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 80: listed foreign names with no root: داني (Danny, Dani; bare only, not دين),
// جراي (Gray, Grey; not جري), مارتا (Marta, Santa Marta; ومارتا; not مور), بيتولا (Bitola,
// not ولي), كيسادا (Quesada, not سود) and سانتيلانا (Santillana, not نيل).
describe('root: QA round 80', () => {
  test.each([
    ['داني', undefined],
    ['جراي', undefined],
    ['وجراي', undefined],
    ['مارتا', undefined],
    ['ومارتا', undefined],
    ['بيتولا', undefined],
    ['كيسادا', undefined],
    ['سانتيلانا', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: the Arabic words جري، يجري، الجاري، مور، يمور، سواد، سيادة، ولاية and نيل keep their
  // roots, and داني stays bare only: الداني «near» (of «القاصي والداني») keeps a root.
  test.each([
    ['جري', 'جري'],
    ['يجري', 'جري'],
    ['الجاري', 'جري'],
    ['مور', 'مور'],
    ['سواد', 'سود'],
    ['سيادة', 'سود'],
    ['ولاية', 'ولي'],
    ['نيل', 'نيل'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('guard: الداني and والداني keep a root', () => {
    expect(root('الداني')).toBeDefined();
    expect(root('والداني')).toBeDefined();
  });
});
