// Classes of UTF-16 code units shared by the modules that read words letter by letter (the
// clitic segmenter, the sentence splitter's word lists, the root analyzer, NER).

/** U+0640 ARABIC TATWEEL: presentational only, ignored for decisions. */
export const TATWEEL = 0x0640;

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
