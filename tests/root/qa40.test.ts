import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 40: the imperfect of an افتعل of a root in ي without its ي (ينتمون، لم يكتف،
// يختفون، يهتدون) read as تمم، كتف، خفف، هدد; سلطنة «sultanate» read as the seed root سلطن
// (سلطان is سلط); المسال «liquefied» read as سءل; الغيّ «error» read as غيي; the names جوليا،
// هاملت given the roots جول، همل, and غي (Guy) alone the root غيي.
describe('root: QA round 40', () => {
  test.each([
    ['ينتمون', 'نمي'],
    ['وينتمون', 'نمي'],
    ['تنتمون', 'نمي'],
    ['يكتف', 'كفي'],
    ['تكتف', 'كفي'],
    ['يكتفون', 'كفي'],
    ['يختفون', 'خفي'],
    ['تختف', 'خفي'],
    ['يهتدون', 'هدي'],
    ['سلطنة', 'سلط'],
    ['السلطنة', 'سلط'],
    ['للسلطنة', 'سلط'],
    ['السلطنات', 'سلط'],
    ['المسال', 'سيل'],
    ['والمسال', 'سيل'],
    ['الغي', 'غوي'],
    ['جوليا', undefined],
    ['لجوليا', undefined],
    ['هاملت', undefined],
    ['غي', undefined],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: ينتمي، تكتفي، يختفي; تسلطن keeps the seed root سلطن and سلطان is سلط; مسالك
  // «paths» (سلك) and مسألة; غيهم «their error»; بغي «transgression», لغو; فتنتم (فتن + تم);
  // يكتب، كتف «shoulder», هدد «threatened».
  test.each([
    ['ينتمي', 'نمي'],
    ['تكتفي', 'كفي'],
    ['يختفي', 'خفي'],
    ['تسلطن', 'سلطن'],
    ['السلطان', 'سلط'],
    ['المسالك', 'سلك'],
    ['مسألة', 'سءل'],
    ['غيهم', 'غوي'],
    ['بغي', 'بغي'],
    ['فتنتم', 'فتن'],
    ['كتف', 'كتف'],
    ['هدد', 'هدد'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
