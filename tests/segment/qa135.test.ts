// QA round 135: the surname «لي» (Li, Lee) read as ل + «ي» (to me). «سبايك لي», «ستان لي», «ديفيد
// لي», «رئيس الوزراء الصيني لي كه شيانغ», «لي هسين لونغ», «لي جاي يونغ» gave ل + ي.
// `segmentText` keeps «لي» whole (isNameLi) after a given name that the corpus never shows with
// the article («سبايك», «ستان», «ديفيد»; not «سارة», «عمرو», which may be the subject of «told
// me»), or before a given-name syllable of China, Korea or Singapore (LEE_GIVEN_AFTER: «كه»,
// «هسين», «جاي», «يونغ»; not «كون», being). After a verb, «بالنسبة» or a noun it stays «to me».
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('the surname «لي» (Li, Lee)', () => {
  test.each([
    ['وفاز فيلم المخرج سبايك لي بالجائزة', 4, '[لي]'],
    ['ونفى ستان لي الاتهامات', 2, '[لي]'],
    ['ويقول العالم ديفيد لي إن النتائج مهمة', 3, '[لي]'],
    ['وقال كريستوفر لي إن الشركات تتوسع', 2, '[لي]'],
    ['وقال رئيس الوزراء الصيني لي كه شيانغ إن بلاده ترحب', 4, '[لي]'],
    ['والتقى ترمب رئيس وزراء سنغافورة لي هسين لونغ', 5, '[لي]'],
    ['وأطلق سراح لي جاي يونغ وريث الشركة', 2, '[لي]'],
    ['وفشل المستثمر الصيني لي يونغ هونغ في سداد الديون', 3, '[لي]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['وقال لي إن الفريق جاهز', 1, '[ل]+ي'],
    ['بالنسبة لي هذا الموسم صعب', 1, '[ل]+ي'],
    ['لقد سببت وفاة عمرو لي ألما كبيرا', 4, '[ل]+ي'],
    ['وقالت سارة لي إنها سعيدة', 2, '[ل]+ي'],
    ['بالنسبة لي كون الفريق فاز أمر مهم', 1, '[ل]+ي'],
    ['هو صديق لي منذ زمن طويل', 2, '[ل]+ي'],
    ['وقدم لي المدرب الكثير من الثقة', 1, '[ل]+ي'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
