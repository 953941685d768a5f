// Letter evidence: which of the supported languages write each "marked" Arabic-script letter.
// The 28 letters shared by every language written in Arabic script (and hamza and its
// carriers) are unmarked and say nothing; the letters below narrow the choice.

/** The languages `detectLanguage` can answer, in the order that breaks ties (most written first). */
export const LANGUAGES = ['arb', 'pes', 'urd', 'pbu', 'uig', 'ckb', 'snd', 'skr', 'zlm'] as const;
/** An ISO 639-3 code `detectLanguage` can answer (besides `'und'`). */
export type ArabicScriptLanguage = (typeof LANGUAGES)[number];

const ARB = 1 << 0;
const PES = 1 << 1;
const URD = 1 << 2;
const PBU = 1 << 3;
const UIG = 1 << 4;
const CKB = 1 << 5;
const SND = 1 << 6;
const SKR = 1 << 7;
const ZLM = 1 << 8;

/** Bit of each language in a letter's mask (same order as LANGUAGES). */
export const LANGUAGE_BITS: readonly number[] = [ARB, PES, URD, PBU, UIG, CKB, SND, SKR, ZLM];

/** [letters, the languages whose ordinary spelling uses them]. */
const MARKED: readonly (readonly [string, number])[] = [
  // Arabic letters that Persian and Urdu replace (ی for ي and ى, ک for ك, ه for ة), kept for
  // Persian and Pashto typed on Arabic keyboards, and by Uyghur and Jawi.
  ['\u0629', ARB | URD | ZLM], // TEH MARBUTA ة
  ['\u0649', ARB | UIG], // ALEF MAKSURA ى
  ['\u064A', ARB | PES | PBU | UIG | SND | ZLM], // YEH ي
  ['\u0643', ARB | PES | UIG | ZLM], // KAF ك
  // Persian letters, shared by the languages that took Persian spelling.
  ['\u067E', PES | URD | PBU | CKB | UIG | SND | SKR], // PEH پ
  ['\u0686', PES | URD | PBU | CKB | UIG | SND | SKR | ZLM], // TCHEH چ
  ['\u0698', PES | URD | PBU | CKB | UIG | SND | SKR], // JEH ژ
  ['\u06AF', PES | URD | PBU | CKB | UIG | SND | SKR], // GAF گ
  ['\u06A9', PES | URD | PBU | CKB | SND | SKR], // KEHEH ک
  ['\u06CC', PES | URD | PBU | CKB | SKR], // FARSI YEH ی (Sindhi writes ي)
  ['\u06C0', PES], // HEH WITH YEH ABOVE ۀ
  // Urdu (and Saraiki, which writes Urdu's letters plus its own).
  ['\u0679\u0688\u0691\u06BA\u06D2\u06D3\u06C1\u06C2\u06C3', URD | SKR], // ٹ ڈ ڑ ں ے ۓ ہ ۂ ۃ
  ['\u06BE', URD | SKR | SND | CKB | UIG], // HEH DOACHASHMEE ھ
  // Pashto.
  ['\u067C\u0681\u0685\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD', PBU], // ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ
  ['\u06D0', PBU | UIG], // E ې
  // Central Kurdish (Sorani) and Uyghur.
  ['\u0695\u06B5\u06CE', CKB], // ڕ ڵ ێ
  ['\u06C6\u06D5', CKB | UIG], // ۆ ە
  ['\u06C8\u06C7\u06AD\u06CB', UIG], // ۈ ۇ ڭ ۋ
  // Sindhi and Saraiki.
  ['\u06AA\u067D\u067A\u067F\u0680\u0683\u0687\u068A\u068D\u068F\u0699\u06A6\u06BB\u06B1', SND], // ڪ ٽ ٺ ٿ ڀ ڃ ڇ ڊ ڍ ڏ ڙ ڦ ڻ ڱ
  ['\u067B\u0684\u06B3', SND | SKR], // ٻ ڄ ڳ
  ['\u0759\u0768', SKR], // ݙ ݨ
  // Malay in Jawi.
  ['\u06A0\u06BD\u06CF\u0762\u06AC', ZLM], // ڠ ڽ ۏ ݢ ڬ
  ['\u06A4', ZLM | CKB | ARB], // VEH ڤ (Jawi p, Kurdish v, Maghrebi g/v in loanwords)
];

/** First code point of the table below (U+0600). */
export const EVIDENCE_BASE = 0x0600;
/** One past the last code point of the table below (U+0780). */
export const EVIDENCE_END = 0x0780;

let masks: Uint16Array | undefined;

/** Language mask of each code point in U+0600–077F (0 for unmarked letters and non-letters), built on first use. */
export function letterMasks(): Uint16Array {
  if (masks) return masks;
  const table = new Uint16Array(EVIDENCE_END - EVIDENCE_BASE);
  for (const [letters, mask] of MARKED) {
    for (let i = 0; i < letters.length; i++) table[letters.charCodeAt(i) - EVIDENCE_BASE] = mask;
  }
  masks = table;
  return table;
}

/** What the marked letters of a text say about each language (indexed like LANGUAGES). */
export interface Evidence {
  /** Marked letters the language does not write. */
  readonly foreign: Float64Array;
  /** Marked letters the language writes, each weighted by 1 / (number of languages that write it). */
  readonly support: Float64Array;
  /** Marked letters the language writes and no language before it in LANGUAGES writes (Urdu ے, not Persian ی). */
  readonly own: Float64Array;
  /** Letters Arabic does not write, not counting ی ک ھ ہ ۀ ۃ (Arabic typed on a Persian or Urdu keyboard). */
  readonly foreignToArabicKeyboards: number;
  /** Letters only Arabic-style spelling uses: ة ى ي ك. */
  readonly arabicSpelling: number;
}

/** Persian/Urdu keyboard stand-ins for Arabic letters: ی ک ھ ہ ۀ ۃ (for ي ك ه ه ة ة). */
const KEYBOARD_VARIANTS = '\u06CC\u06A9\u06BE\u06C1\u06C0\u06C3';
/** Letters of Arabic spelling that Persian and Urdu spelling replace: ة ى ي ك. */
const ARABIC_SPELLING = '\u0629\u0649\u064A\u0643';

/** Turns per-letter counts (indexed by code point − U+0600) into per-language evidence. */
export function weigh(counts: Uint32Array): Evidence {
  const table = letterMasks();
  const foreign = new Float64Array(LANGUAGES.length);
  const support = new Float64Array(LANGUAGES.length);
  const own = new Float64Array(LANGUAGES.length);
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i]!;
    const mask = table[i]!;
    if (count === 0 || mask === 0) continue;
    let languages = 0;
    for (const bit of LANGUAGE_BITS) if (mask & bit) languages++;
    for (let l = 0; l < LANGUAGES.length; l++) {
      const bit = LANGUAGE_BITS[l]!;
      if ((mask & bit) === 0) {
        foreign[l]! += count;
        continue;
      }
      support[l]! += count / languages;
      if ((mask & (bit - 1)) === 0) own[l]! += count; // bits below `bit` are the languages before it
    }
  }
  let variants = 0;
  for (let i = 0; i < KEYBOARD_VARIANTS.length; i++) variants += counts[KEYBOARD_VARIANTS.charCodeAt(i) - EVIDENCE_BASE]!;
  let arabicSpelling = 0;
  for (let i = 0; i < ARABIC_SPELLING.length; i++) arabicSpelling += counts[ARABIC_SPELLING.charCodeAt(i) - EVIDENCE_BASE]!;
  return { foreign, support, own, foreignToArabicKeyboards: foreign[0]! - variants, arabicSpelling };
}
