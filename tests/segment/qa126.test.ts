// QA round 126: a surname after a foreign given name that the lists lacked.
// A surname in ك, ب or ف after a foreign given name that the recognizer's list GIVEN_NAMES lacks
// was split like a common word: «ماركوس كروج» as ك + «روج», «ناثانيل كلين» as ك + «لين», «بريان
// كلاس» as ك + «لاس», «أغنيس كالامار» as ك + ال + «امار», «والتر بالمر» as ب + ال + «مر»,
// «كريس فالاسيك» as ف + ال + «اسيك». The surname rules asked for a given name of that list only.
// A list of foreign given names that news writes before a family name and that are no Arabic
// word (FOREIGN_GIVEN) now joins the given names they ask for; ك + a role or a kind after such a
// name keeps its split («ماركوس كلاعب», «هاري كمدرب»).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('a surname after a foreign given name that the lists lacked', () => {
  test.each([
    ['ويرى المحلل ماركوس كروج أن الأسواق ستتعافى', 3, '[كروج]'],
    ['وانضم الظهير ناثانيل كلين، وهو لاعب دولي، إلى الفريق', 3, '[كلين]'],
    ['وكتب الباحث بريان كلاس هذه المقالة عن الانتخابات', 3, '[كلاس]'],
    ['وانتقدت المقررة الأممية أغنيس كالامار الحملة العسكرية', 4, '[كالامار]'],
    ['وقال الطبيب والتر بالمر إنه دفع المبلغ كاملا', 3, '[بالمر]'],
    ['وكان المهندس كريس فالاسيك يعمل في المختبر', 3, '[فالاسيك]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['وبدأ ماركوس كلاعب في النادي قبل أن يعتزل', 2, 'ك+[لاعب]'],
    ['وعاد هاري كمدرب للفريق الأول', 2, 'ك+[مدرب]'],
    ['واختير كريستيان كأفضل لاعب في البطولة', 2, 'ك+[أفضل]'],
    ['وقالت سارة كلاس إنها ستحضر الحفل', 2, '[كلاس]'],
    ['وشارك الفريق كضيف شرف في المهرجان', 2, 'ك+[ضيف]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
