// Letter classes for language detection: which characters are letters, which letters are in
// Arabic script, and which Arabic-script letters point to one language rather than another.

/** A code point that is not a letter (marks, digits, punctuation, spaces, emoji, U+0640 TATWEEL). */
export const NOT_LETTER = 1;
/** A letter of another script (Latin, Cyrillic, CJK, …). */
export const OTHER_LETTER = 2;
/** A letter of the Arabic script (Script=Arabic, General_Category=L*), presentation forms included. */
export const ARABIC_LETTER = 3;

const IS_LETTER = /^\p{L}$/u;
const IS_ARABIC = /^\p{Script=Arabic}$/u;
/** U+0640 TATWEEL is Lm (Script=Common) but stretches a joint; it is nobody's letter. */
const TATWEEL = 0x0640;

// Memo per BMP code unit (0 = not classified yet), filled lazily for the characters that occur.
let bmp: Uint8Array | undefined;
const astral = new Map<number, number>();

/** The letter class (NOT_LETTER, OTHER_LETTER or ARABIC_LETTER) of a code point. */
export function letterClass(codePoint: number): number {
  if (codePoint < 0x80) {
    // ASCII fast path: A–Z, a–z are the only letters.
    return (codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a ? OTHER_LETTER : NOT_LETTER;
  }
  if (codePoint <= 0xffff) {
    const memo = (bmp ??= new Uint8Array(0x10000));
    let known = memo[codePoint]!;
    if (known === 0) {
      known = classify(codePoint);
      memo[codePoint] = known;
    }
    return known;
  }
  let known = astral.get(codePoint);
  if (known === undefined) {
    known = classify(codePoint);
    if (astral.size < 4096) astral.set(codePoint, known);
  }
  return known;
}

function classify(codePoint: number): number {
  if (codePoint === TATWEEL) return NOT_LETTER;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return NOT_LETTER; // lone surrogate
  const char = String.fromCodePoint(codePoint);
  if (!IS_LETTER.test(char)) return NOT_LETTER;
  return IS_ARABIC.test(char) ? ARABIC_LETTER : OTHER_LETTER;
}

/** Letter counts of a text: all letters, Arabic-script letters. */
export interface LetterCounts {
  letters: number;
  arabic: number;
}

/**
 * Counts the letters and the Arabic-script letters of `text` in one pass (surrogate pairs
 * decoded), calling `onArabic` with the code point of each Arabic-script letter.
 */
export function countLetters(text: string, onArabic?: (code: number) => void): LetterCounts {
  let letters = 0;
  let arabic = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const cls = letterClass(code);
    if (cls === NOT_LETTER) continue;
    letters++;
    if (cls !== ARABIC_LETTER) continue;
    arabic++;
    if (onArabic) onArabic(code);
  }
  return { letters, arabic };
}
