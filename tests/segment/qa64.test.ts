// QA round 64: (1) Saudi towns and a district of Aden that the place lists lacked come off ب ل و
// like the cities of the lists: «بضباء», «برفحاء», «ببقيق», «وضمد», «بمحايل», «بصامطة», «بخيبر»,
// «وكريتر»; alone they stay whole. (2) Five verbs written with a bare alef after و ف: «وادت»,
// «وابدى», «وارجع», «واسس», «واسست». The fix cases failed before the change; the guards pass
// before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('segment: ب ل و before Saudi towns and a district of Aden', () => {
  test.each([
    ['بضباء', 'ب+[ضباء]'],
    ['برفحاء', 'ب+[رفحاء]'],
    ['ببقيق', 'ب+[بقيق]'],
    ['وضمد', 'و+[ضمد]'],
    ['بمحايل', 'ب+[محايل]'],
    ['لمحايل', 'ل+[محايل]'],
    ['بصامطة', 'ب+[صامطة]'],
    ['بخيبر', 'ب+[خيبر]'],
    ['وكريتر', 'و+[كريتر]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('افتتح المحافظ مدرسة جديدة بضباء صباح اليوم', 4)).toBe('ب+[ضباء]');
    expect(formAt('تتوزع المحلات بين المعلا وكريتر والتواهي', 4, true)).toBe('و+[كريتر]');
  });

  test.each([
    ['ضباء', '[ضباء]'],
    ['رفحاء', '[رفحاء]'],
    ['بقيق', '[بقيق]'],
    ['خيبر', '[خيبر]'],
    ['كريتر', '[كريتر]'],
    ['بريدة', '[بريدة]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: «أدت», «أبدى», «أرجع», «أسس» with a bare alef after و ف', () => {
  test.each([
    ['وادت', 'و+[ادت]'],
    ['وابدى', 'و+[ابدى]'],
    ['وارجع', 'و+[ارجع]'],
    ['فارجع', 'ف+[ارجع]'],
    ['واسس', 'و+[اسس]'],
    ['واسست', 'و+[اسست]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('هطلت امطار غزيرة وادت الى اغلاق الطرق', 3)).toBe('و+[ادت]');
    expect(formAt('رحب الوزير بالمبادرة وابدى استعداده للتعاون', 3)).toBe('و+[ابدى]');
  });

  test.each([
    ['وادي', '[وادي]'],
    ['واسع', '[واسع]'],
    ['واصل', '[واصل]'],
    ['ادت', '[ادت]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
