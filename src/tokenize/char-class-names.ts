// The character classes of the tokenizer's state machine. Plain numeric constants (not an
// enum) so that the hot loops compare small integers.

/** Anything else: Unicode symbols (S*), controls, private use, unassigned, and % ٪ # @ & *. */
export const SYMBOL = 0;
/** Unicode White_Space (U+0085 NEL included, U+FEFF BOM not): never part of a token. */
export const SPACE = 1;
/** Letters (L*, Nl) of any script, except U+0640 TATWEEL. */
export const LETTER = 2;
/** Combining marks (M*): Arabic harakat, shadda, Quranic marks, Latin accents. */
export const MARK = 3;
/** Decimal digits (Nd) of any script: 0–9, ٠–٩, ۰–۹, … */
export const DIGIT = 4;
/** Punctuation (P*) other than the symbol-like % ٪ # @ & *. */
export const PUNCTUATION = 5;
/** Invisible format characters (Cf) other than ZWJ: ZWNJ, LRM, RLM, ALM, bidi controls, … */
export const FORMAT = 6;
/** U+200D ZERO WIDTH JOINER. */
export const ZWJ = 7;
/** U+0640 ARABIC TATWEEL (kashida). */
export const TATWEEL = 8;
/** Extended_Pictographic with emoji presentation by default. */
export const PICTO = 9;
/** Extended_Pictographic shown as text by default (© ® ™ ‼ arrows …): emoji only before VS16. */
export const PICTO_TEXT = 10;
/** U+1F3FB–U+1F3FF EMOJI MODIFIER FITZPATRICK (skin tones). */
export const EMOJI_MODIFIER = 11;
/** U+1F1E6–U+1F1FF REGIONAL INDICATOR SYMBOL LETTER (pairs make flags). */
export const REGIONAL_INDICATOR = 12;
/** U+E0020–U+E007F TAG characters (subdivision flags such as England's). */
export const TAG = 13;
/** Variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF. */
export const VARIATION_SELECTOR = 14;
/** U+20E3 COMBINING ENCLOSING KEYCAP. */
export const KEYCAP = 15;
/** A UTF-16 surrogate code unit (only seen alone: pairs are decoded first). */
export const SURROGATE = 16;
