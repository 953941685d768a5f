import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 88: أمة «nation» before a pronoun keeps ءمم — أمتنا «our nation» (not مني, the past of
// منى with its ت read as a radical), لأمتنا، لأمتها «for our, her nation» (not لءم «mend»), وأمته،
// وأمتك «and his, your nation» (not و + ءم); الجير «the lime» and الجيري، الجيرية «limy» are of
// جير, not جور «neighbour», while جيران، الجيرة «neighbours, neighbourhood» and جيري «Jerry» stay.
describe('root: QA round 88', () => {
  test.each([
    ['أمتنا', 'ءمم'],
    ['لأمتنا', 'ءمم'],
    ['وأمتنا', 'ءمم'],
    ['وأمته', 'ءمم'],
    ['وأمتك', 'ءمم'],
    ['لأمته', 'ءمم'],
    ['لأمتها', 'ءمم'],
    ['لأمتهم', 'ءمم'],
    ['أمتي', 'ءمم'],
    ['لأمتي', 'ءمم'],
    ['الجير', 'جير'],
    ['والجير', 'جير'],
    ['بالجير', 'جير'],
    ['الجيري', 'جير'],
    ['والجيري', 'جير'],
    ['الجيرية', 'جير'],
    ['جيرية', 'جير'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: أمته، أمتهم «his, their nation» keep ءمم; امتهن «took up (a trade)» keeps مهن, أمتار
  // «metres» متر, أمتعة «luggage» متع, أمتلك «I own» ملك, أمتنع «I refrain» منع; جيران، الجيران،
  // جيرانها «neighbours», الجيرة «neighbourhood», جار «neighbour» and الجوار keep جور.
  test.each([
    ['أمته', 'ءمم'],
    ['أمتهم', 'ءمم'],
    ['امتهن', 'مهن'],
    ['أمتار', 'متر'],
    ['أمتعة', 'متع'],
    ['أمتلك', 'ملك'],
    ['أمتنع', 'منع'],
    ['جيران', 'جور'],
    ['الجيران', 'جور'],
    ['جيرانها', 'جور'],
    ['الجيرة', 'جور'],
    ['جار', 'جور'],
    ['الجوار', 'جور'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('جيري «Jerry» alone has no root', () => {
    expect(root('جيري')).toBeUndefined();
  });
});
