import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 70: four dictionary roots join the seed list — رحض (مرحاض «toilet», المراحيض), ضني
// (مضنية «exhausting», أضناه), ضنن (ضنين «sparing», يضن) and لهف (بلهفة «eagerly», الملهوف) —
// where these words were rootless or got a wrong root; مفروم «minced» (مفرومة، مفرمة) is of فرم
// (a lexical stem, not a seed root); ندرك «we realize» is of درك, not ندر + ك; مصاف «ranks» (في
// مصاف الدول) is of صفف, not صيف; the names بلاك «Black», مكابي (McCabe) and جلون (Ben Jelloun)
// are rootless, and so is أضنة (Adana), which the new root ضني would otherwise take.
describe('root: QA round 70', () => {
  test.each([
    ['المرحاض', 'رحض'],
    ['مرحاض', 'رحض'],
    ['مراحيض', 'رحض'],
    ['مفروم', 'فرم'],
    ['مفرومة', 'فرم'],
    ['ومفرومة', 'فرم'],
    ['مفرمة', 'فرم'],
    ['مضنية', 'ضني'],
    ['المضني', 'ضني'],
    ['ومضنية', 'ضني'],
    ['ضنين', 'ضنن'],
    ['يضن', 'ضنن'],
    ['تضن', 'ضنن'],
    ['بلهفة', 'لهف'],
    ['اللهفة', 'لهف'],
    ['الملهوف', 'لهف'],
    ['يتلهفون', 'لهف'],
    ['ندرك', 'درك'],
    ['وندرك', 'درك'],
    ['مصاف', 'صفف'],
    ['بلاك', undefined],
    ['وبلاك', undefined],
    ['مكابي', undefined],
    ['جلون', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: أضنة (Adana) and أفرام stay rootless; نادر، ندرة «rare, rarity» keep ندر and يدرك،
  // ندركه keep درك; رمى «threw» after ف (فرمى، فرمت، فرموا) keeps رمي; صيف «summer» and الصيفية keep
  // صيف; مصافي «refineries» keeps its own analysis; ضنك «hardship» keeps ضنك; لهجة keeps لهج.
  test.each([
    ['أضنة', undefined],
    ['أفرام', undefined],
    ['نادر', 'ندر'],
    ['ندرة', 'ندر'],
    ['يدرك', 'درك'],
    ['ندركه', 'درك'],
    ['فرمى', 'رمي'],
    ['فرمت', 'رمي'],
    ['فرموا', 'رمي'],
    ['صيف', 'صيف'],
    ['الصيفية', 'صيف'],
    ['ضنك', 'ضنك'],
    ['لهجة', 'لهج'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
