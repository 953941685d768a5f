// Character classes and folding used by the segmenter, kept tiny so that the hot path is a
// `charCodeAt` loop over small lookup tables. The marks it skips are those of src/chars/code-units.ts.

import { isIgnorable, TATWEEL } from '../chars/code-units.js';

export { isIgnorable, TATWEEL };

/** True for Arabic letters (U+0621–U+064A, U+0671–U+06D3 extended letters). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a && c !== TATWEEL) || (c >= 0x0671 && c <= 0x06d3);
}

export const ALEF = 0x0627; // U+0627 ARABIC LETTER ALEF
export const ALEF_MADDA = 0x0622; // U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE
export const ALEF_HAMZA_ABOVE = 0x0623; // U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE
export const ALEF_HAMZA_BELOW = 0x0625; // U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW
export const ALEF_WASLA = 0x0671; // U+0671 ARABIC LETTER ALEF WASLA
export const ALEF_MAKSURA = 0x0649; // U+0649 ARABIC LETTER ALEF MAKSURA
export const YEH = 0x064a; // U+064A ARABIC LETTER YEH
export const FARSI_YEH = 0x06cc; // U+06CC ARABIC LETTER FARSI YEH
export const KEHEH = 0x06a9; // U+06A9 ARABIC LETTER KEHEH
export const KAF = 0x0643; // U+0643 ARABIC LETTER KAF
export const TEH = 0x062a; // U+062A ARABIC LETTER TEH
export const TEH_MARBUTA = 0x0629; // U+0629 ARABIC LETTER TEH MARBUTA
export const HAMZA = 0x0621; // U+0621 ARABIC LETTER HAMZA
export const WAW_HAMZA = 0x0624; // U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE
export const YEH_HAMZA = 0x0626; // U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE
export const LAM = 0x0644; // U+0644 ARABIC LETTER LAM
export const WAW = 0x0648; // U+0648 ARABIC LETTER WAW
export const FEH = 0x0641; // U+0641 ARABIC LETTER FEH
export const BEH = 0x0628; // U+0628 ARABIC LETTER BEH
export const SEEN = 0x0633; // U+0633 ARABIC LETTER SEEN
export const NOON = 0x0646; // U+0646 ARABIC LETTER NOON
export const HEH = 0x0647; // U+0647 ARABIC LETTER HEH
export const MEEM = 0x0645; // U+0645 ARABIC LETTER MEEM
export const TAH = 0x0637; // U+0637 ARABIC LETTER TAH
export const DAL = 0x062f; // U+062F ARABIC LETTER DAL
export const ZAIN = 0x0632; // U+0632 ARABIC LETTER ZAIN
export const AIN = 0x0639; // U+0639 ARABIC LETTER AIN
export const REH = 0x0631; // U+0631 ARABIC LETTER REH

/**
 * Folds a letter for lexicon look-ups: the hamza-carrying and wasla alefs to bare alef, alef
 * maksura and Farsi yeh to yeh, keheh to kaf. Teh marbuta is kept: «كتابة» and «كتابه» differ.
 */
export function foldLetter(c: number): number {
  switch (c) {
    case ALEF_MADDA:
    case ALEF_HAMZA_ABOVE:
    case ALEF_HAMZA_BELOW:
    case ALEF_WASLA:
      return ALEF;
    case ALEF_MAKSURA:
    case FARSI_YEH:
      return YEH;
    case KEHEH:
      return KAF;
    default:
      return c;
  }
}

/** The folded look-up key of a word: ignorable marks removed, letters folded. */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isIgnorable(c)) continue;
    out += String.fromCharCode(foldLetter(c));
  }
  return out;
}
