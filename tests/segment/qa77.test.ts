// QA round 77: «وكذا» (and likewise, as well as) stayed whole, its count tying with و + «كذا»;
// a conjunction before a particle of PARTICLES_AFTER_CONJUNCTION now comes off as before
// «كذلك». A preposition before «كي» («كى», so that) cut the verb «بكى» (wept) as ب + «كى»: a
// preposition governs no «كي», as it governs no «عن», «مع», «لدى», so «بكى» stays one stem, and
// «لكى» is the one particle as «لكي» is. The fix cases failed before the change; the guards
// pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('و ف before «كذا»', () => {
  test.each([
    ['حضر الاجتماع الوزراء وكذا السفراء', 3, 'و+[كذا]'],
    ['تشمل الخطة المدارس وكذا المستشفيات الحكومية', 3, 'و+[كذا]'],
    ['وكذا الحال في المدن الأخرى', 0, 'و+[كذا]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('the article option does not change the reading', () => {
    expect(forms(segment('وكذا', { splitArticle: false }))).toBe('و+[كذا]');
  });

  test.each([
    ['قال كذا وكذا', 1, '[كذا]'],
    ['وكذلك فعل الآخرون', 0, 'و+[كذلك]'],
    ['هكذا انتهت المباراة', 0, '[هكذا]'],
    ['وهكذا انتهت المباراة', 0, 'و+[هكذا]'],
    ['فكذا كان الأمر', 0, 'ف+[كذا]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
  });
});

describe('no preposition before «كي»', () => {
  test.each([
    ['بكى الطفل طويلا بعد سقوطه', 0, '[بكى]'],
    ['وبكى الحاضرون عند سماع الخبر', 0, 'و+[بكى]'],
    ['مات صديقه القديم فبكاه طويلا', 3, 'ف+[بكى]+ه'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['جاء لكي يتعلم', 1, '[لكي]'],
    ['جاء لكى يتعلم', 1, '[لكى]'],
    ['ولكي ننجح علينا العمل', 0, 'و+[لكي]'],
    ['بكت الأم فرحا بعودة ابنها', 0, '[بكت]'],
    ['لا بد من العمل كي ننجح', 4, '[كي]'],
    ['وصل بالأمس كي يشارك', 2, '[كي]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
  });
});
