// Arbitraries shared by the property tests.
import { arabicText } from '../../src/testing/index.js';

/** Short text mixing everything the arabicText arbitrary can: every alphabet, mark and oddity. */
export const richText = arabicText({
  maxLength: 16,
  diacritics: true,
  tatweel: true,
  presentationForms: true,
  persian: true,
  latin: true,
  emoji: true,
  invisibles: true,
  digits: true,
  whitespace: true,
  loneSurrogates: true,
});
