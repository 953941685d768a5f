// Compiles a set of steps into one lookup table over UTF-16 code units, so that `normalize`
// is a single pass: each code unit is looked up once and kept, replaced, removed, marked as
// whitespace or expanded (presentation forms), with the later steps already applied to the
// replacement. Compiled tables are cached per step set.
import {
  ALEF_VARIANTS,
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_INDIC_DIGITS,
  ARABIC_THOUSANDS_SEPARATOR,
  DIACRITICS,
  HAMZA_FOLDS,
  INVISIBLES,
  PERSIAN_DIGITS,
  PERSIAN_FOLDS,
  PUNCTUATION_FOLDS,
  TATWEEL,
  WHITESPACE,
  ZWNJ,
  ALEF,
  ALEF_MAKSURA,
  YEH,
  TEH_MARBUTA,
  HEH,
  presentationFormTable,
} from '../chars/arabic.js';
import * as B from './options.js';

/** Table value: the code unit is removed. */
export const REMOVE = -1;
/** Table value: the code unit is whitespace (collapsed into one U+0020, trimmed at the ends). */
export const SPACE = -2;
/** Table value: a surrogate code unit, kept as is (the output chunk must not go through TextDecoder). */
export const SURROGATE = -3;
/** Table values ≤ EXPAND encode `EXPAND - k`: the code unit becomes `expansions[k]`. */
export const EXPAND = -4;

/** A compiled step set. `table[c] === c` means "keep c"; surrogates are marked SURROGATE (kept). */
export interface Compiled {
  readonly bits: number;
  readonly table: Int32Array;
  /** Expansions of presentation forms, after every later step; SPACE marks whitespace when that step is on. */
  readonly expansions: readonly Int32Array[];
  readonly whitespace: boolean;
  /** The `repeats` step: how many letters a run of three or more keeps (0: the step is off). */
  readonly repeats: 0 | 1 | 2;
}

type CharMap = Map<number, number | typeof REMOVE | typeof SPACE>;

/** One step's effect on single code units (whitespace is handled by the caller). */
function stepMap(bits: number): CharMap {
  const m: CharMap = new Map();
  const put = (from: string, to: number): void => {
    m.set(from.charCodeAt(0), to);
  };
  if (bits & (B.INVISIBLES | B.INVISIBLES_KEEP_ZWNJ)) {
    for (const ch of INVISIBLES) if (!(bits & B.INVISIBLES_KEEP_ZWNJ && ch === ZWNJ)) put(ch, REMOVE);
  }
  if (bits & B.TATWEEL) put(TATWEEL, REMOVE);
  if (bits & B.DIACRITICS) for (const ch of DIACRITICS) put(ch, REMOVE);
  if (bits & B.PERSIAN) for (const [from, to] of PERSIAN_FOLDS) put(from, to.charCodeAt(0));
  if (bits & B.ALEF) for (const ch of ALEF_VARIANTS) put(ch, ALEF.charCodeAt(0));
  if (bits & B.ALEF_MAKSURA) put(ALEF_MAKSURA, YEH.charCodeAt(0));
  if (bits & B.TEH_MARBUTA) put(TEH_MARBUTA, HEH.charCodeAt(0));
  if (bits & B.HAMZA) for (const [from, to] of HAMZA_FOLDS) put(from, to.charCodeAt(0));
  if (bits & B.DIGITS_LATIN) {
    for (let d = 0; d < 10; d++) {
      put(ARABIC_INDIC_DIGITS[d]!, 0x30 + d);
      put(PERSIAN_DIGITS[d]!, 0x30 + d);
    }
    put(ARABIC_DECIMAL_SEPARATOR, 0x2e); // ٫ → .
    put(ARABIC_THOUSANDS_SEPARATOR, 0x2c); // ٬ → ,
  }
  if (bits & B.DIGITS_ARABIC) {
    for (let d = 0; d < 10; d++) {
      const target = ARABIC_INDIC_DIGITS[d]!.charCodeAt(0);
      put(String.fromCharCode(0x30 + d), target);
      put(PERSIAN_DIGITS[d]!, target);
    }
  }
  if (bits & B.PUNCTUATION) for (const [from, to] of PUNCTUATION_FOLDS) put(from, to.charCodeAt(0));
  if (bits & B.WHITESPACE) for (const ch of WHITESPACE) put(ch, SPACE);
  return m;
}

// The per-code-unit steps in the order they run (presentation forms first, whitespace last).
const CHAR_STEPS = [
  B.INVISIBLES | B.INVISIBLES_KEEP_ZWNJ,
  B.TATWEEL,
  B.DIACRITICS,
  B.PERSIAN,
  B.ALEF,
  B.ALEF_MAKSURA,
  B.TEH_MARBUTA,
  B.HAMZA,
  B.DIGITS_LATIN | B.DIGITS_ARABIC,
  B.PUNCTUATION,
  B.WHITESPACE,
];

/** Runs one code unit through every per-unit step after presentation forms. */
function chain(maps: readonly CharMap[], code: number): number {
  let c = code;
  for (const m of maps) {
    const to = m.get(c);
    if (to === undefined) continue;
    c = to;
    if (c < 0) break; // removed or whitespace: later steps do not touch it
  }
  return c;
}

let identity: Int32Array | undefined;
const cache = new Map<number, Compiled>();
const CACHE_LIMIT = 32;

/** The compiled table for a step set (cached). */
export function compile(bits: number): Compiled {
  const hit = cache.get(bits);
  if (hit) return hit;
  if (!identity) {
    identity = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) identity[c] = c;
  }
  const table = identity.slice();
  table.fill(SURROGATE, 0xd800, 0xe000);
  const maps = CHAR_STEPS.filter((s) => bits & s).map((s) => stepMap(bits & s));
  const touched = new Set<number>();
  for (const m of maps) for (const c of m.keys()) touched.add(c);
  for (const c of touched) table[c] = chain(maps, c);
  const expansions: Int32Array[] = [];
  if (bits & B.PRESENTATION_FORMS) {
    for (const [c, to] of presentationFormTable()) {
      const codes: number[] = [];
      for (let i = 0; i < to.length; i++) {
        const r = chain(maps, to.charCodeAt(i));
        if (r !== REMOVE) codes.push(r);
      }
      if (codes.length === 1 && codes[0]! >= 0) table[c] = codes[0]!;
      else if (codes.length === 0) table[c] = REMOVE;
      else {
        table[c] = EXPAND - expansions.length;
        expansions.push(Int32Array.from(codes));
      }
    }
  }
  // The repeats step looks at runs of output units, not single units: the engine runs it on
  // its output buffer, so it leaves the table alone.
  const repeats = bits & B.REPEATS_1 ? 1 : bits & B.REPEATS_2 ? 2 : 0;
  const compiled: Compiled = { bits, table, expansions, whitespace: (bits & B.WHITESPACE) !== 0, repeats };
  // A table is 256 KiB; there are thousands of possible step sets, so keep only the most
  // recently compiled ones (holders such as createNormalizer keep their own reference).
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(bits, compiled);
  return compiled;
}
