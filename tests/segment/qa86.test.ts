// QA round 86: «وفر» as و + «فر» (and he fled) where the text shows it, not the verb «وفّر» (he
// provided) that it is kept whole as: the shadda on ر («وفرّ», «وفرَّ»), in `segment` too;
// «وفر» right before «إلى», «الى», «الي», «بصحبة», «هاربا», «ناجيا», or right after «كر»
// («كر وفر», attack and retreat). «وفر لهم», «وفر فرص عمل», «وفر نحو 30 ٪» and «وفّر» keep the verb.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt, forms } from '../helpers/segment.js';
import { segment } from '../../src/segment/index.js';

describe('«وفر»: و + «فر» (and he fled) where the text shows it', () => {
  test.each([
    ['خسر القائد المعركة وفر إلى الجبال', 3, 'و+[فر]'],
    ['ترك الوزير منصبه وفر الى الخارج', 3, 'و+[فر]'],
    ['نهب اللص المتجر وفر الي الغابة', 3, 'و+[فر]'],
    ['استقال الرئيس وفر بصحبة أسرته', 2, 'و+[فر]'],
    ['انهزم الحاكم وفر هاربا من المدينة', 2, 'و+[فر]'],
    ['دارت معارك كر وفر في الصحراء', 3, 'و+[فر]'],
    ['هزم الجيش خصومه وفرّ الملك من القصر', 3, 'و+[فر]'],
    ['سقطت المدينة وفرَّ سكانها إلى الريف', 2, 'و+[فر]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each(['وفرّ', 'وفرَّ', 'وَفَرَّ'])('the shadda on ر: %s → و + «فر»', (word) => {
    expect(forms(segment(word))).toBe('و+[فر]');
  });

  test.each([
    ['وفر المشروع فرص عمل للشباب', 0, '[وفر]'],
    ['وفر لهم المأوى والطعام', 0, '[وفر]'],
    ['وفر نحو 30 بالمئة من الوظائف', 0, '[وفر]'],
    ['وفر الدعم إلى المدارس', 0, '[وفر]'],
    ['فر السجين إلى الجبال', 0, '[فر]'],
    ['ترك القائد المدينة وفرت الحكومة الغذاء', 3, '[وفرت]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each(['وفر', 'وفّر', 'وفَّرَ'])('guard: %s alone keeps the verb whole', (word) => {
    expect(forms(segment(word))).toBe('[وفر]');
  });
});
