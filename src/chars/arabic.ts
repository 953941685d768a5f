// Arabic-script character tables shared by every dhad module. Constants are named for the
// Unicode character they hold; ranges are inclusive [first, last] pairs of code points.
import { PRESENTATION_FORMS_PACKED } from './presentation-forms.js';

/** U+0627 ARABIC LETTER ALEF */
export const ALEF = '\u0627';
/** U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE */
export const ALEF_MADDA = '\u0622';
/** U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE */
export const ALEF_HAMZA_ABOVE = '\u0623';
/** U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW */
export const ALEF_HAMZA_BELOW = '\u0625';
/** U+0671 ARABIC LETTER ALEF WASLA */
export const ALEF_WASLA = '\u0671';
/** U+0649 ARABIC LETTER ALEF MAKSURA */
export const ALEF_MAKSURA = '\u0649';
/** U+064A ARABIC LETTER YEH */
export const YEH = '\u064A';
/** U+0629 ARABIC LETTER TEH MARBUTA */
export const TEH_MARBUTA = '\u0629';
/** U+0647 ARABIC LETTER HEH */
export const HEH = '\u0647';
/** U+0643 ARABIC LETTER KAF */
export const KAF = '\u0643';
/** U+0648 ARABIC LETTER WAW */
export const WAW = '\u0648';
/** U+0621 ARABIC LETTER HAMZA */
export const HAMZA = '\u0621';
/** U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE */
export const WAW_HAMZA = '\u0624';
/** U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE */
export const YEH_HAMZA = '\u0626';
/** U+0640 ARABIC TATWEEL: presentational elongation only */
export const TATWEEL = '\u0640';
/** U+200C ZERO WIDTH NON-JOINER: part of Persian and Urdu spelling */
export const ZWNJ = '\u200C';
/** U+060C ARABIC COMMA */
export const ARABIC_COMMA = '\u060C';
/** U+061B ARABIC SEMICOLON */
export const ARABIC_SEMICOLON = '\u061B';
/** U+061F ARABIC QUESTION MARK */
export const ARABIC_QUESTION_MARK = '\u061F';
/** U+066B ARABIC DECIMAL SEPARATOR */
export const ARABIC_DECIMAL_SEPARATOR = '\u066B';
/** U+066C ARABIC THOUSANDS SEPARATOR */
export const ARABIC_THOUSANDS_SEPARATOR = '\u066C';

/** The 28 letters of the Arabic alphabet plus hamza and its carriers, alef variants, teh marbuta and alef maksura (U+0621–063A, U+0641–064A). */
export const ARABIC_LETTERS: readonly string[] = [
  ...range(0x0621, 0x063a),
  ...range(0x0641, 0x064a),
];

/** Arabic-script letters of Persian and Urdu that the `persian` step folds or that Arabic lacks. */
export const PERSIAN_LETTERS: readonly string[] = [
  '\u067E', // PEH پ
  '\u0686', // TCHEH چ
  '\u0698', // JEH ژ
  '\u06AF', // GAF گ
  '\u06A9', // KEHEH ک
  '\u06CC', // FARSI YEH ی
  '\u0679', // TTEH ٹ
  '\u0688', // DDAL ڈ
  '\u0691', // RREH ڑ
  '\u06BA', // NOON GHUNNA ں
  '\u06BE', // HEH DOACHASHMEE ھ
  '\u06C1', // HEH GOAL ہ
  '\u06C0', // HEH WITH YEH ABOVE ۀ
  '\u06C3', // TEH MARBUTA GOAL ۃ
  '\u06D2', // YEH BARREE ے
];

/** Marks removed by the `diacritics` step (inclusive code point ranges). */
export const DIACRITIC_RANGES: readonly (readonly [number, number])[] = [
  [0x0610, 0x061a], // honorifics and small Quranic marks above/below
  [0x064b, 0x065f], // tanween, harakat, shadda, sukun, maddah/hamza above/below, …
  [0x0670, 0x0670], // SUPERSCRIPT ALEF (dagger alef)
  [0x06d6, 0x06dc], // Quranic small high ligatures and stops
  [0x06df, 0x06e8], // Quranic small marks (incl. small waw/yeh, small high noon)
  [0x06ea, 0x06ed], // Quranic empty centres and small low meem
];

/** Every character the `diacritics` step removes. */
export const DIACRITICS: readonly string[] = DIACRITIC_RANGES.flatMap(([a, b]) => range(a, b));

/** The harakat, tanween, shadda and sukun (U+064B–0652): the marks of ordinary vowelled text. */
export const HARAKAT: readonly string[] = range(0x064b, 0x0652);

/** Characters removed by the `invisibles` step: format controls that change no letter. */
export const INVISIBLES: readonly string[] = [
  '\u00AD', // SOFT HYPHEN
  '\u061C', // ARABIC LETTER MARK
  '\u180E', // MONGOLIAN VOWEL SEPARATOR (a format character since Unicode 6.3)
  ...range(0x200b, 0x200f), // ZERO WIDTH SPACE, ZWNJ, ZWJ, LRM, RLM
  ...range(0x202a, 0x202e), // LRE, RLE, PDF, LRO, RLO
  ...range(0x2060, 0x2064), // WORD JOINER, FUNCTION APPLICATION, INVISIBLE TIMES, SEPARATOR, PLUS
  ...range(0x2066, 0x2069), // LRI, RLI, FSI, PDI
  '\uFEFF', // ZERO WIDTH NO-BREAK SPACE (byte order mark)
];

/**
 * Characters the `whitespace` step collapses: Unicode's White_Space property (U+0009–000D,
 * U+0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000).
 * U+200B and U+FEFF are not White_Space; the `invisibles` step removes them.
 */
export const WHITESPACE: readonly string[] = [
  ...range(0x0009, 0x000d),
  '\u0020',
  '\u0085',
  '\u00A0',
  '\u1680',
  ...range(0x2000, 0x200a),
  '\u2028',
  '\u2029',
  '\u202F',
  '\u205F',
  '\u3000',
];

/** ٠–٩ ARABIC-INDIC DIGIT ZERO…NINE (U+0660–0669). */
export const ARABIC_INDIC_DIGITS: readonly string[] = range(0x0660, 0x0669);
/** ۰–۹ EXTENDED ARABIC-INDIC DIGIT ZERO…NINE (U+06F0–06F9), used for Persian and Urdu. */
export const PERSIAN_DIGITS: readonly string[] = range(0x06f0, 0x06f9);

/** The alef variants folded to bare alef by the `alef` step: أ إ آ ٱ. */
export const ALEF_VARIANTS: readonly string[] = [ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_WASLA];

/** The Persian/Urdu letters folded by the `persian` step, with their Arabic counterparts. */
export const PERSIAN_FOLDS: readonly (readonly [string, string])[] = [
  ['\u06A9', KAF], // KEHEH ک → KAF ك
  ['\u06CC', YEH], // FARSI YEH ی → YEH ي
  ['\u06D2', YEH], // YEH BARREE ے → YEH ي
  ['\u06C0', HEH], // HEH WITH YEH ABOVE ۀ → HEH ه
  ['\u06C1', HEH], // HEH GOAL ہ → HEH ه
  ['\u06BE', HEH], // HEH DOACHASHMEE ھ → HEH ه
  ['\u06C3', TEH_MARBUTA], // TEH MARBUTA GOAL ۃ → TEH MARBUTA ة
];

/** The hamza carriers folded by the `hamza` step: ؤ → و, ئ → ي. */
export const HAMZA_FOLDS: readonly (readonly [string, string])[] = [
  [WAW_HAMZA, WAW],
  [YEH_HAMZA, YEH],
];

/** Arabic punctuation folded to ASCII by the `punctuation` step. */
export const PUNCTUATION_FOLDS: readonly (readonly [string, string])[] = [
  [ARABIC_COMMA, ','],
  [ARABIC_SEMICOLON, ';'],
  [ARABIC_QUESTION_MARK, '?'],
];

let presentationForms: Map<number, string> | undefined;

/**
 * The presentation forms of U+FB50–FDFF and U+FE70–FEFF mapped to their NFKC forms
 * (lam-alef ligatures → lam + alef, U+FDF2 → الله). Parsed from the generated table on first use.
 */
export function presentationFormTable(): ReadonlyMap<number, string> {
  if (presentationForms) return presentationForms;
  const table = new Map<number, string>();
  // A line starts with its form, or leaves it out when the form is the previous one plus one.
  let form = 0;
  for (const line of PRESENTATION_FORMS_PACKED.split('\n')) {
    const first = line.charCodeAt(0);
    const explicit = isPresentationForm(first);
    form = explicit ? first : form + 1;
    table.set(form, explicit ? line.slice(1) : line);
  }
  presentationForms = table;
  return table;
}

/** True for a code unit in the Arabic presentation-form blocks (U+FB50–FDFF, U+FE70–FEFF). */
export function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
}

function range(first: number, last: number): string[] {
  const out: string[] = [];
  for (let c = first; c <= last; c++) out.push(String.fromCharCode(c));
  return out;
}
