// QA round 63: (1) ف before a rarer verb whose و-form is at least as frequent as its ف-form
// now comes off when the verb is twice as frequent as the whole word (rareNarrativeVerb asked a
// quarter): «فجعلوا», «فنزلوا», «فانتهز», «ففتحوا», «فراحوا», «فصاح» (and he shouted). (2) Three
// words written with a bare alef: «أخذ» after و ف («واخذ», «فاخذ»), «أول» after و («واول»), «أمر»
// after ف («فامر»). The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('segment: ف before a rarer verb that و also joins', () => {
  test.each([
    ['فجعلوا', 'ف+[جعلوا]'],
    ['فنزلوا', 'ف+[نزلوا]'],
    ['فانتهز', 'ف+[انتهز]'],
    ['ففتحوا', 'ف+[فتحوا]'],
    ['فراحوا', 'ف+[راحوا]'],
    ['فصاح', 'ف+[صاح]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('اجتمع الأهالي في الساحة فجعلوا يهتفون بصوت واحد', 4)).toBe('ف+[جعلوا]');
    expect(formAt('رأى القائد ضعف خصمه فانتهز الفرصة وهاجم', 4, true)).toBe('ف+[انتهز]');
  });

  test.each([
    ['فاراد', '[فاراد]'],
    ['فصلوا', '[فصلوا]'],
    ['فرضوا', '[فرضوا]'],
    ['فيصل', '[فيصل]'],
    ['فورد', '[فورد]'],
    ['فكرة', '[فكرة]'],
    ['فحسب', '[فحسب]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: «أخذ», «أول», «أمر» with a bare alef after و ف', () => {
  test.each([
    ['واخذ', 'و+[اخذ]'],
    ['فاخذ', 'ف+[اخذ]'],
    ['واول', 'و+[اول]'],
    ['فامر', 'ف+[امر]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('وصل الوفد الى المدينة واخذ يتجول في اسواقها', 4)).toBe('و+[اخذ]');
    expect(formAt('كان اول من حضر واول من غادر', 4)).toBe('و+[اول]');
  });

  test.each([
    ['باول', '[باول]'],
    ['فاول', '[فاول]'],
    ['واهم', '[واهم]'],
    ['واحد', '[واحد]'],
    ['وامر', 'و+[امر]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
