// QA round 90: a two-letter noun before «نا», «ك», «كم» (our, your). Two-letter stems took no
// «نا» or «ك» and «كم» only on stems seen about a thousand times, so «ربنا», «ربك», «ربكم»,
// «حقك», «حبك», «ردنا» stayed whole. A noun seen with the article that takes «ه» four times as
// often as the word («ربه», «حقه», «حبه»; see isShortPossessive) now takes them, on a word
// without a proclitic; «حسنا», «عدنا», «سمك», «أمنا» show no such «ه» form and stay whole.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«ربنا», «حقك»: a two-letter noun with «نا», «ك», «كم»', () => {
  test.each([
    ['قال الشيخ إن ربنا رحيم بعباده', 3, '[رب]+نا'],
    ['دعا الإمام المصلين إلى طاعة ربكم في كل حين', 5, '[رب]+كم'],
    ['قال المحامي للموظف إن هذا حقك الذي يكفله القانون', 5, '[حق]+ك'],
    ['أكد الوزير أن ردنا سيكون حاسما', 3, '[رد]+نا'],
    ['كتب الشاعر قصيدة عن حبك للوطن', 4, '[حب]+ك'],
    ['اذكر ربك كثيرا في الصباح', 1, '[رب]+ك'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['قال المدرب حسنا سنبدأ التمرين الآن', 2, '[حسنا]'],
    ['عدنا إلى المدينة بعد رحلة طويلة', 0, '[عدنا]'],
    ['اشترى الصياد سمك البحر من السوق', 2, '[سمك]'],
    ['تحتاج المنطقة أمنا واستقرارا دائمين', 2, '[أمنا]'],
    ['تقع مدينة بستك جنوب إيران', 2, '[بستك]'],
    ['يكشف الله عنا كربنا وحزننا', 3, '[كرب]+نا'],
    ['دعا المؤمن ربه في صلاته', 2, '[رب]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
