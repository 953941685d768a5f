// Classes of UTF-16 code units shared by the modules that read words letter by letter (the
// clitic segmenter, the sentence splitter's word lists, the root analyzer, NER).

/** U+0640 ARABIC TATWEEL: presentational only, ignored for decisions. */
export const TATWEEL = 0x0640;

/**
 * True for the harakat, tanween, shadda and sukun (U+064B–U+065F), U+0670 SUPERSCRIPT ALEF and
 * tatweel: the marks the recognizer's rules skip when they read a word's letters as written.
 * Narrower than {@link isIgnorable} (no Quranic marks, no joiners).
 */
export function isHarakahOrTatweel(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === TATWEEL;
}

/**
 * True for code points that carry no letter of their own and attach to the letter before:
 * harakat, tanween, shadda, sukun (U+064B–U+065F), U+0670 SUPERSCRIPT ALEF, Quranic marks
 * (U+0610–U+061A, U+06D6–U+06ED), tatweel and the zero-width (non-)joiners.
 */
export function isIgnorable(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === TATWEEL ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x200c ||
    c === 0x200d
  );
}

/**
 * True for the invisible format characters that text from the web and word processors carries
 * without meaning a letter, space or mark: U+00AD SOFT HYPHEN, U+061C ARABIC LETTER MARK, U+180E,
 * U+200B–U+200F (zero-width space, joiners, LRM, RLM), U+202A–U+202E and U+2066–U+2069
 * (bidirectional embeddings and isolates), U+2060–U+2064 (word joiner, invisible operators) and
 * U+FEFF (byte-order mark).
 */
export function isFormatMark(c: number): boolean {
  return (
    c === 0x00ad ||
    c === 0x061c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

/** ا و ى ي: a weak letter (alef, waw, alef maksura, yeh). */
export function isWeakLetter(c: number): boolean {
  return c === 0x0627 || c === 0x0648 || c === 0x0649 || c === 0x064a;
}

/**
 * True for a code unit that ends a line: LF, VT, FF, CR, NEL, U+2028 LINE SEPARATOR and
 * U+2029 PARAGRAPH SEPARATOR.
 */
export function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** A decimal digit of any of the three sets the library reads: ASCII, Arabic-Indic (U+0660–U+0669), extended Arabic-Indic (U+06F0–U+06F9). */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}
