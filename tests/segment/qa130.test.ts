// QA round 130: «فلم», a spelling of «فيلم» (a film), read as ف + «لم» (so … not).
// «مثلت في فلم السيارات», «إنتاج فلم سينمائي», «منها فلم An Angel» gave ف + «لم», as the word
// alone is nearly always the conjunction + the negation before a jussive («فلم يكن»). The context
// rules keep it whole (isFilm) after a preposition, «هو», «هي» or a noun that takes a genitive
// (FILM_AFTER: «في», «إلى», «إنتاج», «بطولة», «شكل», «أفضل»), before an adjective or kind of
// film (FILM_BEFORE: «سينمائي», «وثائقي», «رعب», «هندي»), and before a Latin letter, a digit or an
// opening quotation mark. «فلم يكن», «فلم لا», «هذا فلم يكن», a bracket after it keep ف + «لم».
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«فلم», a film', () => {
  test.each([
    ['وشاركت الممثلة في فلم الطريق الطويل العام الماضي', 3, '[فلم]'],
    ['وتحولت الرواية إلى فلم سينمائي ناجح', 3, '[فلم]'],
    ['وأعلنت الشركة إنتاج فلم جديد عن حياة الشاعر', 3, '[فلم]'],
    ['وفاز المخرج بجائزة أفضل فلم في المهرجان', 4, '[فلم]'],
    ['وعرضت القناة فلم وثائقي عن الصحراء', 2, '[فلم]'],
    ['ومثل أدوارا كثيرة منها فلم Night Train عام 1990', 4, '[فلم]'],
    ['وقال الناقد إن فلم "الرحلة" حقق نجاحا كبيرا', 3, '[فلم]'],
    ['والعمل الأخير للمخرج هو فلم قصير عن البحر', 4, '[فلم]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['وانتظر اللاعب طويلا فلم يشارك في المباراة', 3, 'ف+[لم]'],
    ['وطلبنا منها فلم تجب على السؤال', 2, 'ف+[لم]'],
    ['وقد سعى إلى الحل فلم يجد أحدا', 4, 'ف+[لم]'],
    ['إذا كان الأمر كذلك فلم لا نحاول مرة أخرى', 4, 'ف+[لم]'],
    ['وضاق صدره من الانتظار فلم (يصبر) طويلا', 4, 'ف+[لم]'],
    ['وشاهد الجمهور الفلم الجديد في القاعة', 2, 'ال+[فلم]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
