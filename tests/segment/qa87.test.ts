// QA round 87: two context rules of `segmentText` widened. «قادته», «قادتها» keep the ت of the
// verb «قادت» (she led) right after «قد», «وقد», «لقد», and after an indefinite word in ة (a
// feminine noun or adjective, with or without a proclitic) before the verb's subject: a word
// with only the article that is no adjective of a plural of persons («الجدد», «الأبرار», «…ين»),
// or a word without clitics that is no particle («في», «من» …); not after a verbal noun مفاعلة
// («محاكمة قادتها», the trial of its leaders). And «وفر» is و + «فر» (and he fled) right before
// «من», «منهم», «ليلا», «بنفسه», «بأعجوبة», or after «كرّ» with its shadda.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«قادته», «قادتها»: the verb after «قد» and after an indefinite word in ة before its subject', () => {
  test.each([
    ['وقد قادته التجربة إلى النجاح', 1, '[قادت]+ه'],
    ['لقد قادتها الصدفة إلى الاكتشاف', 1, '[قادت]+ها'],
    ['انتهت حملة قادتها الحكومة ضد الفساد', 2, '[قادت]+ها'],
    ['بدأ الهجوم بعملية عسكرية قادتها فرنسا في الشمال', 4, '[قادت]+ها'],
    ['اندلعت ثورة قادتها حركة طلابية', 2, '[قادت]+ها'],
    ['نجحت وساطة قادتها الأمم المتحدة', 2, '[قادت]+ها'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['تعززت ثقة قادتها العسكريين بالنصر', 2, '[قادة]+ها'],
    ['عبرت الجماعة عن فخر قادتها الجدد', 4, '[قادة]+ها'],
    ['تجاوزت الأمة المحنة بحكمة قادته الأبرار', 4, '[قادة]+ه'],
    ['طالب الادعاء بمحاكمة قادتها الميدانيين', 3, '[قادة]+ها'],
    ['تعهدت الحركة بملاحقة قادتها قضائيا', 3, '[قادة]+ها'],
    ['تعززت ثقة قادتها في النصر', 2, '[قادة]+ها'],
    ['اجتمعت الحركة مع قادتها الشباب', 3, '[قادة]+ها'],
    ['عقدت الهيئة اجتماعا مع قادتها', 4, '[قادة]+ها'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});

describe('«وفر»: و + «فر» (and he fled) before «من», «ليلا», «بنفسه» or after «كرّ»', () => {
  test.each([
    ['أصيب الجندي وفر من المعركة', 2, 'و+[فر]'],
    ['قتل بعضهم وفر منهم آخرون', 2, 'و+[فر]'],
    ['كشف الأمير المؤامرة وفر ليلا من القصر', 3, 'و+[فر]'],
    ['هُزم القائد وفر بنفسه إلى الجبل', 2, 'و+[فر]'],
    ['نجا الرجل من الحادث وفر بأعجوبة', 4, 'و+[فر]'],
    ['دارت معارك كرّ وفر في الصحراء', 3, 'و+[فر]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['وفر المشروع فرص عمل للشباب', 0, '[وفر]'],
    ['وفر لهم المأوى والطعام', 0, '[وفر]'],
    ['وفر نحو 30 بالمئة من الوظائف', 0, '[وفر]'],
    ['كما وفر البنك قروضا ميسرة', 1, '[وفر]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
