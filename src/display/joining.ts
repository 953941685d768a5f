// Joining behaviour and presentation forms of Arabic-script letters, for `reshape` and
// `unshape`. Joining types follow Unicode's ArabicShaping.txt (D dual-joining, R right-joining,
// U non-joining, C join-causing, T transparent); the forms are the single-letter code points of
// Arabic Presentation Forms-A (U+FB50–FDFF) and -B (U+FE70–FEFF). Tables are built on first
// use, never at import time.

/** U+0644 ARABIC LETTER LAM: joins with a following alef into one ligature. */
export const LAM = 0x0644;
/** U+0640 ARABIC TATWEEL: join-causing, stays as it is. */
export const TATWEEL = 0x0640;
/** U+200D ZERO WIDTH JOINER: join-causing, stays as it is. */
export const ZWJ = 0x200d;
/** U+200C ZERO WIDTH NON-JOINER: non-joining (Persian and Urdu spelling relies on it). */
export const ZWNJ = 0x200c;

// What a character does to its neighbours' shapes (values of `kindOf`).
/** Not classified yet (memo slot). */
const UNKNOWN = 0;
/** Breaks joining: spaces, punctuation, Latin, digits, letters without presentation forms. */
export const NON_JOINING = 1;
/** Skipped when deciding joins (Unicode joining type T: Mn, Me, Cf). */
export const TRANSPARENT = 2;
/** Joins on both sides and keeps its own code point: TATWEEL, ZWJ. */
export const JOIN_CAUSING = 3;
/** A letter that has presentation forms. */
export const LETTER = 4;

const DUAL = 4; // isolated, final, initial, medial at first, first+1, first+2, first+3
const RIGHT = 2; // isolated, final at first, first+1
const NONE = 1; // isolated only at first

/**
 * Letters with presentation forms: [letter, first form, how many forms]. Forms follow the
 * order of the presentation-form blocks: isolated, final, initial, medial.
 * U+0649 ALEF MAKSURA is dual-joining in Unicode; its initial and medial forms live apart
 * (U+FBE8, U+FBE9) and are added below. U+0677 U WITH HAMZA ABOVE is left out on purpose:
 * its only form U+FBDD normalizes (NFKC) to U+06C7 U+0674, not back to U+0677.
 * U+06BA NOON GHUNNA is dual-joining in Unicode but has only isolated and final forms.
 */
const LETTER_FORMS: readonly (readonly [number, number, number])[] = [
  [0x0621, 0xfe80, NONE], // HAMZA ء
  [0x0622, 0xfe81, RIGHT], // ALEF WITH MADDA ABOVE آ
  [0x0623, 0xfe83, RIGHT], // ALEF WITH HAMZA ABOVE أ
  [0x0624, 0xfe85, RIGHT], // WAW WITH HAMZA ABOVE ؤ
  [0x0625, 0xfe87, RIGHT], // ALEF WITH HAMZA BELOW إ
  [0x0626, 0xfe89, DUAL], // YEH WITH HAMZA ABOVE ئ
  [0x0627, 0xfe8d, RIGHT], // ALEF ا
  [0x0628, 0xfe8f, DUAL], // BEH ب
  [0x0629, 0xfe93, RIGHT], // TEH MARBUTA ة
  [0x062a, 0xfe95, DUAL], // TEH ت
  [0x062b, 0xfe99, DUAL], // THEH ث
  [0x062c, 0xfe9d, DUAL], // JEEM ج
  [0x062d, 0xfea1, DUAL], // HAH ح
  [0x062e, 0xfea5, DUAL], // KHAH خ
  [0x062f, 0xfea9, RIGHT], // DAL د
  [0x0630, 0xfeab, RIGHT], // THAL ذ
  [0x0631, 0xfead, RIGHT], // REH ر
  [0x0632, 0xfeaf, RIGHT], // ZAIN ز
  [0x0633, 0xfeb1, DUAL], // SEEN س
  [0x0634, 0xfeb5, DUAL], // SHEEN ش
  [0x0635, 0xfeb9, DUAL], // SAD ص
  [0x0636, 0xfebd, DUAL], // DAD ض
  [0x0637, 0xfec1, DUAL], // TAH ط
  [0x0638, 0xfec5, DUAL], // ZAH ظ
  [0x0639, 0xfec9, DUAL], // AIN ع
  [0x063a, 0xfecd, DUAL], // GHAIN غ
  [0x0641, 0xfed1, DUAL], // FEH ف
  [0x0642, 0xfed5, DUAL], // QAF ق
  [0x0643, 0xfed9, DUAL], // KAF ك
  [0x0644, 0xfedd, DUAL], // LAM ل
  [0x0645, 0xfee1, DUAL], // MEEM م
  [0x0646, 0xfee5, DUAL], // NOON ن
  [0x0647, 0xfee9, DUAL], // HEH ه
  [0x0648, 0xfeed, RIGHT], // WAW و
  [0x0649, 0xfeef, RIGHT], // ALEF MAKSURA ى (initial/medial added below)
  [0x064a, 0xfef1, DUAL], // YEH ي
  [0x0671, 0xfb50, RIGHT], // ALEF WASLA ٱ
  [0x0679, 0xfb66, DUAL], // TTEH ٹ (Urdu)
  [0x067a, 0xfb5e, DUAL], // TTEHEH ٺ (Sindhi)
  [0x067b, 0xfb52, DUAL], // BEEH ٻ (Sindhi, Saraiki)
  [0x067e, 0xfb56, DUAL], // PEH پ
  [0x067f, 0xfb62, DUAL], // TEHEH ٿ (Sindhi)
  [0x0680, 0xfb5a, DUAL], // BEHEH ڀ (Sindhi)
  [0x0683, 0xfb76, DUAL], // NYEH ڃ (Sindhi)
  [0x0684, 0xfb72, DUAL], // DYEH ڄ (Sindhi, Saraiki)
  [0x0686, 0xfb7a, DUAL], // TCHEH چ
  [0x0687, 0xfb7e, DUAL], // TCHEHEH ڇ (Sindhi)
  [0x0688, 0xfb88, RIGHT], // DDAL ڈ (Urdu)
  [0x068c, 0xfb84, RIGHT], // DAHAL ڌ (Sindhi)
  [0x068d, 0xfb82, RIGHT], // DDAHAL ڍ (Sindhi)
  [0x068e, 0xfb86, RIGHT], // DUL ڎ (Sindhi)
  [0x0691, 0xfb8c, RIGHT], // RREH ڑ (Urdu)
  [0x0698, 0xfb8a, RIGHT], // JEH ژ
  [0x06a4, 0xfb6a, DUAL], // VEH ڤ
  [0x06a6, 0xfb6e, DUAL], // PEHEH ڦ (Sindhi)
  [0x06a9, 0xfb8e, DUAL], // KEHEH ک
  [0x06ad, 0xfbd3, DUAL], // NG ڭ (Uyghur)
  [0x06af, 0xfb92, DUAL], // GAF گ
  [0x06b1, 0xfb9a, DUAL], // NGOEH ڱ (Sindhi)
  [0x06b3, 0xfb96, DUAL], // GUEH ڳ (Sindhi, Saraiki)
  [0x06ba, 0xfb9e, RIGHT], // NOON GHUNNA ں (Urdu)
  [0x06bb, 0xfba0, DUAL], // RNOON ڻ (Sindhi)
  [0x06be, 0xfbaa, DUAL], // HEH DOACHASHMEE ھ (Urdu)
  [0x06c0, 0xfba4, RIGHT], // HEH WITH YEH ABOVE ۀ (Persian)
  [0x06c1, 0xfba6, DUAL], // HEH GOAL ہ (Urdu)
  [0x06c5, 0xfbe0, RIGHT], // KIRGHIZ OE ۅ
  [0x06c6, 0xfbd9, RIGHT], // OE ۆ
  [0x06c7, 0xfbd7, RIGHT], // U ۇ
  [0x06c8, 0xfbdb, RIGHT], // YU ۈ
  [0x06c9, 0xfbe2, RIGHT], // KIRGHIZ YU ۉ
  [0x06cb, 0xfbde, RIGHT], // VE ۋ
  [0x06cc, 0xfbfc, DUAL], // FARSI YEH ی
  [0x06d0, 0xfbe4, DUAL], // E ې
  [0x06d2, 0xfbae, RIGHT], // YEH BARREE ے (Urdu)
  [0x06d3, 0xfbb0, RIGHT], // YEH BARREE WITH HAMZA ABOVE ۓ (Urdu)
];

/** U+FBE8/U+FBE9: ALEF MAKSURA initial and medial forms (Uighur, Kazakh, Kirghiz). */
const ALEF_MAKSURA = 0x0649;
const ALEF_MAKSURA_INITIAL = 0xfbe8;
const ALEF_MAKSURA_MEDIAL = 0xfbe9;

/** Lam-alef ligatures: [alef, isolated, final]. */
const LAM_ALEF: readonly (readonly [number, number, number])[] = [
  [0x0622, 0xfef5, 0xfef6], // LAM WITH ALEF WITH MADDA ABOVE
  [0x0623, 0xfef7, 0xfef8], // LAM WITH ALEF WITH HAMZA ABOVE
  [0x0625, 0xfef9, 0xfefa], // LAM WITH ALEF WITH HAMZA BELOW
  [0x0627, 0xfefb, 0xfefc], // LAM WITH ALEF
];

/** Every form table, indexed by `code - 0x0600` for U+0600–06FF; 0 means "no such form". */
export interface FormTables {
  readonly isolated: Uint16Array;
  readonly final: Uint16Array;
  readonly initial: Uint16Array;
  readonly medial: Uint16Array;
  /** Lam-alef ligature for the alef at `code - 0x0600`: isolated and final. */
  readonly lamAlefIsolated: Uint16Array;
  readonly lamAlefFinal: Uint16Array;
  /** Presentation form (index `code - 0xFB50`, U+FB50–FEFF) → letter, 0 when not a letter form. */
  readonly letterOf: Uint16Array;
  /** Presentation form → the alef of a lam-alef ligature, 0 otherwise (same index). */
  readonly alefOf: Uint16Array;
}

let tables: FormTables | undefined;

/** The form tables, built on first use. */
export function formTables(): FormTables {
  if (tables) return tables;
  const isolated = new Uint16Array(256);
  const final = new Uint16Array(256);
  const initial = new Uint16Array(256);
  const medial = new Uint16Array(256);
  const lamAlefIsolated = new Uint16Array(256);
  const lamAlefFinal = new Uint16Array(256);
  const letterOf = new Uint16Array(0xff00 - 0xfb50);
  const alefOf = new Uint16Array(0xff00 - 0xfb50);
  for (const [letter, first, count] of LETTER_FORMS) {
    const i = letter - 0x0600;
    isolated[i] = first;
    if (count >= RIGHT) final[i] = first + 1;
    if (count === DUAL) {
      initial[i] = first + 2;
      medial[i] = first + 3;
    }
    for (let k = 0; k < count; k++) letterOf[first + k - 0xfb50] = letter;
  }
  initial[ALEF_MAKSURA - 0x0600] = ALEF_MAKSURA_INITIAL;
  medial[ALEF_MAKSURA - 0x0600] = ALEF_MAKSURA_MEDIAL;
  letterOf[ALEF_MAKSURA_INITIAL - 0xfb50] = ALEF_MAKSURA;
  letterOf[ALEF_MAKSURA_MEDIAL - 0xfb50] = ALEF_MAKSURA;
  for (const [alef, iso, fin] of LAM_ALEF) {
    lamAlefIsolated[alef - 0x0600] = iso;
    lamAlefFinal[alef - 0x0600] = fin;
    alefOf[iso - 0xfb50] = alef;
    alefOf[fin - 0xfb50] = alef;
  }
  tables = { isolated, final, initial, medial, lamAlefIsolated, lamAlefFinal, letterOf, alefOf };
  return tables;
}

/** Every letter that `reshape` gives presentation forms to (for tests and docs). */
export function shapedLetters(): string[] {
  return LETTER_FORMS.map(([letter]) => String.fromCharCode(letter));
}

// Memo of `Kind` per UTF-16 code unit, filled lazily: only code units that actually occur
// are classified, so no work happens at import time and none is repeated.
let kinds: Uint8Array | undefined;
const MARK_OR_FORMAT = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/**
 * The memo behind `kindOf`: a code unit's kind, or 0 when not classified yet (then call
 * `kindOf`). Hot loops read it directly.
 */
export function kindMemo(): Uint8Array {
  return (kinds ??= new Uint8Array(0x10000));
}

/** The joining kind (NON_JOINING, TRANSPARENT, JOIN_CAUSING, LETTER) of a UTF-16 code unit. Surrogates are non-joining. */
export function kindOf(code: number): number {
  const memo = (kinds ??= new Uint8Array(0x10000));
  const known = memo[code]!;
  if (known !== UNKNOWN) return known;
  const kind = classify(code);
  memo[code] = kind;
  return kind;
}

function classify(code: number): number {
  if (code >= 0x0600 && code <= 0x06ff && formTables().isolated[code - 0x0600] !== 0) return LETTER;
  if (code === TATWEEL || code === ZWJ) return JOIN_CAUSING;
  if (code === ZWNJ) return NON_JOINING;
  // Prepended concatenation marks are Cf but explicitly non-joining in ArabicShaping.txt.
  if ((code >= 0x0600 && code <= 0x0605) || code === 0x06dd || code === 0x070f || code === 0x0890 || code === 0x0891 || code === 0x08e2) {
    return NON_JOINING;
  }
  if (code >= 0xd800 && code <= 0xdfff) return NON_JOINING;
  return MARK_OR_FORMAT.test(String.fromCharCode(code)) ? TRANSPARENT : NON_JOINING;
}

/**
 * True for the marks that may stand between lam and alef without blocking the lam-alef
 * ligature: the nonspacing marks of the Arabic blocks (harakat, shadda, sukun, superscript
 * alef, Quranic marks: U+0610–06ED and U+0897–08FF). Other transparent characters (U+061C
 * ARABIC LETTER MARK, LRM, U+0301, Syriac marks, …) block it.
 */
export function isArabicMark(code: number): boolean {
  if (code >= 0x0610 && code <= 0x06ed) return code !== 0x061c && kindOf(code) === TRANSPARENT;
  return code >= 0x0897 && code <= 0x08ff && kindOf(code) === TRANSPARENT;
}
