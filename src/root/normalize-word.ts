// Normalization of one word for root analysis. Kept local to the root module: roots need
// a stricter folding than display text (every hamza seat becomes U+0621 HAMZA, alef madda
// becomes hamza + alef) and must reject words with non-Arabic letters.

import { isFormatMark } from '../chars/code-units.js';

/**
 * Longest input considered a word (UTF-16 units, marks and tatweel included): the longest
 * analysis is 4 proclitic + 7 stem + 7 suffix letters, and even fully vowelled text
 * stays far below this. Longer strings have no root and cost no work.
 */
const MAX_INPUT = 256;

/**
 * Folds a word to the alphabet the analyzer works on, or returns `undefined` when the word
 * holds something other than Arabic letters, marks and tatweel (Latin, digits, spaces).
 * Diacritics (U+0610–U+061A, U+064B–U+065F, U+0670, Quranic marks) and U+0640 TATWEEL are removed; presentation forms are
 * decomposed through NFKC; أ إ ؤ ئ ٲ ٳ become ء; آ becomes ءا; ٱ (alef wasla) becomes ا;
 * Persian ک ی become ك ي; invisible format characters (soft hyphen, ZWSP, ZWNJ, ZWJ, direction
 * marks, bidi controls, BOM) are dropped. Strings longer than 256 code units return `undefined`.
 */
export function normalizeForRoot(word: string): string | undefined {
  if (word.length > MAX_INPUT) return undefined;
  let input = word;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    // Presentation forms A (U+FB50–U+FDFF) and B (U+FE70–U+FEFF) decompose under NFKC.
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      input = input.normalize('NFKC');
      break;
    }
  }
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x063a) {
      if (c === 0x0622) out += '\u0621\u0627'; // U+0622 ALEF WITH MADDA ABOVE = hamza + long a
      else if (c === 0x0623 || c === 0x0624 || c === 0x0625 || c === 0x0626) out += '\u0621';
      else out += input[i];
    } else if (c >= 0x0641 && c <= 0x064a) {
      out += input[i];
    } else if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a)) {
      // U+064B–U+065F harakat and U+0670 superscript alef are vowel marks; U+0640 TATWEEL is presentational only
    } else if (c === 0x0671) {
      out += '\u0627'; // U+0671 ALEF WASLA
    } else if (c === 0x0672 || c === 0x0673 || c === 0x0675) {
      out += '\u0621'; // alef with wavy hamza variants
    } else if (c === 0x06a9) {
      out += '\u0643'; // U+06A9 KEHEH → kaf
    } else if (c === 0x06cc) {
      out += '\u064a'; // U+06CC FARSI YEH → yeh
    } else if (c >= 0x06d6 && c <= 0x06ed) {
      // Quranic annotation marks
    } else if (isFormatMark(c)) {
      // invisible format characters that tokenize keeps in a word (as segment and stem drop
      // them): ALM, soft hyphen, ZWSP, ZWNJ, ZWJ, LRM, RLM, bidi embeddings and isolates, word
      // joiner, BOM
    } else {
      return undefined;
    }
  }
  return out;
}

