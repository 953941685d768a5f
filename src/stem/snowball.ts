// The Snowball Arabic stemmer (Chelli and Aries, snowballstem.org, as released in Python
// snowballstemmer 2.2 and the JavaScript ports of the same generation). Written from the
// algorithm's published Snowball description; the Snowball control flow (cursor, `or`, `try`,
// `next`, routines that set `word_len` even when they fail) is reproduced step by step,
// because its quirks decide the output.
import { hasSurrogate, Scratch, stringOf, withCodePoints } from './buffer.js';

const scratch = new Scratch();

const ALEF = 0x0627;
const ALEF_MADDA = 0x0622;
const ALEF_HAMZA_ABOVE = 0x0623;
const ALEF_HAMZA_BELOW = 0x0625;
const HAMZA = 0x0621;
const WAW_HAMZA = 0x0624;
const YEH_HAMZA = 0x0626;
const ALEF_MAKSURA = 0x0649;
const TEH_MARBUTA = 0x0629;
const BEH = 0x0628;
const TEH = 0x062a;
const SEEN = 0x0633;
const FEH = 0x0641;
const KAF = 0x0643;
const LAM = 0x0644;
const MEEM = 0x0645;
const NOON = 0x0646;
const HEH = 0x0647;
const WAW = 0x0648;
const YEH = 0x064a;

// Normalize_pre: what each code unit becomes. -1 deletes it, 0 keeps it, a positive value
// replaces it; the four lam-alef ligatures expand to two letters (LIGATURES). Built on first use.
let PRE: Int16Array | undefined;

// Presentation forms B (U+FE80–FEF4): each run of shapes maps to its base letter.
const SHAPES: readonly (readonly [number, number])[] = [
  [0xfe80, 1], [HAMZA, 0], [0xfe81, 2], [ALEF_MADDA, 0], [0xfe83, 2], [ALEF_HAMZA_ABOVE, 0],
  [0xfe85, 2], [WAW_HAMZA, 0], [0xfe87, 2], [ALEF_HAMZA_BELOW, 0], [0xfe89, 4], [YEH_HAMZA, 0],
  [0xfe8d, 2], [ALEF, 0], [0xfe8f, 4], [BEH, 0], [0xfe93, 2], [TEH_MARBUTA, 0], [0xfe95, 4], [TEH, 0],
  [0xfe99, 4], [0x062b, 0], [0xfe9d, 4], [0x062c, 0], [0xfea1, 4], [0x062d, 0], [0xfea5, 4], [0x062e, 0],
  [0xfea9, 2], [0x062f, 0], [0xfeab, 2], [0x0630, 0], [0xfead, 2], [0x0631, 0], [0xfeaf, 2], [0x0632, 0],
  [0xfeb1, 4], [SEEN, 0], [0xfeb5, 4], [0x0634, 0], [0xfeb9, 4], [0x0635, 0], [0xfebd, 4], [0x0636, 0],
  [0xfec1, 4], [0x0637, 0], [0xfec5, 4], [0x0638, 0], [0xfec9, 4], [0x0639, 0], [0xfecd, 4], [0x063a, 0],
  [0xfed1, 4], [FEH, 0], [0xfed5, 4], [0x0642, 0], [0xfed9, 4], [KAF, 0], [0xfedd, 4], [LAM, 0],
  [0xfee1, 4], [MEEM, 0], [0xfee5, 4], [NOON, 0], [0xfee9, 4], [HEH, 0], [0xfeed, 2], [WAW, 0],
  [0xfeef, 2], [ALEF_MAKSURA, 0], [0xfef1, 4], [YEH, 0],
];

function preTable(): Int16Array {
  if (PRE) return PRE;
  const table = new Int16Array(0x10000);
  // Harakat, tanween, shadda and sukun (U+064B–0652) and TATWEEL (U+0640) are deleted.
  for (let c = 0x064b; c <= 0x0652; c++) table[c] = -1;
  table[0x0640] = -1;
  // Punctuation this generation of the stemmer strips from inside words.
  for (const c of '!\'%*,./:;?\\\u060C\u061B\u061F\u066A\u066B\u066C') table[c.charCodeAt(0)] = -1;
  // ARABIC-INDIC DIGITS ٠–٩ become ASCII digits.
  for (let d = 0; d <= 9; d++) table[0x0660 + d] = 0x30 + d;
  for (let i = 0; i < SHAPES.length; i += 2) {
    const [first, count] = SHAPES[i]!;
    const base = SHAPES[i + 1]![0];
    for (let k = 0; k < count; k++) table[first + k] = base;
  }
  PRE = table;
  return table;
}

// LAM WITH ALEF MADDA / HAMZA ABOVE / HAMZA BELOW / ALEF ligatures (two shapes each).
const LIGATURES = new Map<number, number>([
  [0xfef5, ALEF_MADDA], [0xfef6, ALEF_MADDA],
  [0xfef7, ALEF_HAMZA_ABOVE], [0xfef8, ALEF_HAMZA_ABOVE],
  [0xfef9, ALEF_HAMZA_BELOW], [0xfefa, ALEF_HAMZA_BELOW],
  [0xfefb, ALEF], [0xfefc, ALEF],
]);

/** A suffix rule: the letters and the least `word_len` for which it applies (`>=`). */
type Rule = readonly [letters: readonly number[], atLeast: number];

// Each table lists every string of one `among`; the longest match decides, and if its length
// condition fails the routine fails (a shorter string is not tried).
const NOUN_1A: readonly Rule[] = [
  [[YEH], 4], [[KAF], 4], [[HEH], 4],
  [[NOON, ALEF], 5], [[KAF, MEEM], 5], [[HEH, ALEF], 5], [[HEH, NOON], 5], [[HEH, MEEM], 5],
  [[KAF, MEEM, ALEF], 6], [[HEH, MEEM, ALEF], 6],
];
const NOUN_1B: readonly Rule[] = [[[NOON], 6]];
const NOUN_2A: readonly Rule[] = [[[ALEF], 5], [[YEH], 5], [[WAW], 5]];
const NOUN_2B: readonly Rule[] = [[[ALEF, TEH], 5]];
const NOUN_2C1: readonly Rule[] = [[[TEH], 4]];
const NOUN_2C2: readonly Rule[] = [[[TEH_MARBUTA], 4]];
const NOUN_3: readonly Rule[] = [[[YEH], 3]];
const VERB_1: readonly Rule[] = [
  [[HEH], 4], [[KAF], 4],
  [[NOON, YEH], 5], [[NOON, ALEF], 5], [[HEH, ALEF], 5], [[HEH, MEEM], 5], [[HEH, NOON], 5],
  [[KAF, MEEM], 5], [[KAF, NOON], 5],
  [[HEH, MEEM, ALEF], 6], [[KAF, MEEM, ALEF], 6], [[KAF, MEEM, WAW], 6],
];
const VERB_2A: readonly Rule[] = [
  [[TEH], 4], [[ALEF], 4], [[NOON], 4], [[YEH], 4],
  [[NOON, ALEF], 5], [[TEH, ALEF], 5], [[TEH, NOON], 5],
  [[ALEF, NOON], 6], [[WAW, NOON], 6], [[YEH, NOON], 6],
  [[TEH, MEEM, ALEF], 6],
];
const VERB_2B: readonly Rule[] = [[[WAW, ALEF], 5], [[TEH, MEEM], 5]];
const VERB_2C: readonly Rule[] = [[[WAW], 4], [[TEH, MEEM, WAW], 6]];

/** The stemmer's state for one word: the buffer, its length, the cursor and the flags. */
class State {
  units: Uint16Array = new Uint16Array(0);
  n = 0;
  cursor = 0;
  wordLen = 0;
  isNoun = true;
  isVerb = true;
  isDefined = false;
  /** While true, `units[0, n)` is `word.slice(front, front + n)`: the result needs no new string. */
  pure = true;
  front = 0;

  delete(from: number, to: number): void {
    if (from === 0) this.front += to - from;
    else if (to !== this.n) this.pure = false;
    this.units.copyWithin(from, to, this.n);
    this.n -= to - from;
  }

  /** Backward `[substring] among (...) (… delete)`: the longest rule ending at the cursor. */
  suffix(rules: readonly Rule[]): boolean {
    this.wordLen = this.n;
    const u = this.units;
    const c = this.cursor;
    let best: Rule | undefined;
    for (const rule of rules) {
      const letters = rule[0];
      const size = letters.length;
      if (size > c || (best && best[0].length >= size)) continue;
      let match = true;
      for (let k = 0; k < size; k++) {
        if (u[c - size + k] !== letters[k]) {
          match = false;
          break;
        }
      }
      if (match) best = rule;
    }
    if (!best || this.wordLen < best[1]) return false;
    this.delete(c - best[0].length, c);
    this.cursor = c - best[0].length;
    return true;
  }

  startsWith(at: number, a: number, b?: number, c?: number): boolean {
    const u = this.units;
    if (at >= this.n || u[at] !== a) return false;
    if (b === undefined) return true;
    if (at + 1 >= this.n || u[at + 1] !== b) return false;
    if (c === undefined) return true;
    return at + 2 < this.n && u[at + 2] === c;
  }

  /** Replaces `size` units at the cursor by `letters` and leaves the cursor after them. */
  replaceAtCursor(size: number, letters: readonly number[]): void {
    const at = this.cursor;
    const u = this.units;
    if (letters.length > 0) this.pure = false;
    if (letters.length < size) this.delete(at + letters.length, at + size);
    for (let k = 0; k < letters.length; k++) u[at + k] = letters[k]!;
    this.cursor = at + letters.length;
  }
}

const state = new State();

function checks1(word: string): void {
  state.wordLen = word.length;
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  const c = word.charCodeAt(2);
  // بال كال need word_len > 4, لل ال need > 3; both mark a defined noun.
  if ((a === BEH || a === KAF) && b === ALEF && c === LAM) {
    if (state.wordLen > 4) markDefinedNoun();
  } else if ((a === LAM && b === LAM) || (a === ALEF && b === LAM)) {
    if (state.wordLen > 3) markDefinedNoun();
  }
}

function markDefinedNoun(): void {
  state.isNoun = true;
  state.isVerb = false;
  state.isDefined = true;
}

/** A backward routine run inside `or`: on failure the cursor goes back to where it was. */
function attempt(rules: readonly Rule[]): boolean {
  const saved = state.n - state.cursor;
  if (state.suffix(rules)) return true;
  state.cursor = state.n - saved;
  return false;
}

/** `next` in backward mode: one unit back, failing at the start. */
function next(): boolean {
  if (state.cursor <= 0) return false;
  state.cursor--;
  return true;
}

function verbSuffixes(): boolean {
  const saved = state.n - state.cursor;
  let count = 0;
  while (attempt(VERB_1)) count++;
  if (count > 0 && (attempt(VERB_2A) || attempt(VERB_2C) || next())) return true;
  state.cursor = state.n - saved;
  if (attempt(VERB_2B)) return true;
  state.cursor = state.n - saved;
  return attempt(VERB_2A);
}

function nounSuffixes(): boolean {
  const saved = state.n - state.cursor;
  // try ( 2c2 or (not defined 1a (2a or 2b or 2c1 or next)) or (1b (2a or 2b or 2c1))
  //       or (not defined 2a) or 2b ) — deletions made by a failed branch stay made.
  let done = attempt(NOUN_2C2);
  if (!done) {
    const before = state.n - state.cursor;
    if (!state.isDefined && attempt(NOUN_1A)) {
      done = attempt(NOUN_2A) || attempt(NOUN_2B) || attempt(NOUN_2C1) || next();
    }
    if (!done) {
      state.cursor = state.n - before;
      if (attempt(NOUN_1B)) done = attempt(NOUN_2A) || attempt(NOUN_2B) || attempt(NOUN_2C1);
    }
    if (!done) {
      state.cursor = state.n - before;
      done = !state.isDefined && attempt(NOUN_2A);
    }
    if (!done) {
      state.cursor = state.n - before;
      done = attempt(NOUN_2B);
    }
    if (!done) state.cursor = state.n - saved;
  }
  return attempt(NOUN_3);
}

function suffixes(): void {
  state.cursor = state.n;
  const saved = 0;
  if (state.isVerb && verbSuffixes()) return;
  state.cursor = state.n - saved;
  if (state.isNoun && nounSuffixes()) return;
  state.cursor = state.n - saved;
  // Suffix_All_alef_maqsura: a final ى is rewritten ي.
  state.wordLen = state.n;
  if (state.n > 0 && state.units[state.n - 1] === ALEF_MAKSURA) {
    state.units[state.n - 1] = YEH;
    state.pure = false;
  }
}

function prefixStep1(): boolean {
  state.wordLen = state.n;
  const at = state.cursor;
  if (!state.startsWith(at, ALEF_HAMZA_ABOVE)) return false;
  const second = at + 1 < state.n ? state.units[at + 1]! : -1;
  let keep: number;
  if (second === ALEF_HAMZA_ABOVE || second === WAW_HAMZA) keep = ALEF_HAMZA_ABOVE; // أأ أؤ → أ
  else if (second === ALEF_MADDA || second === ALEF || second === ALEF_HAMZA_BELOW) keep = second; // أآ أا أإ
  else return false;
  if (!(state.wordLen > 3)) return false;
  state.replaceAtCursor(2, [keep]);
  return true;
}

function prefixStep2(): boolean {
  state.wordLen = state.n;
  const at = state.cursor;
  if (state.startsWith(at, FEH, ALEF) || state.startsWith(at, WAW, ALEF)) return false;
  if (!(state.startsWith(at, FEH) || state.startsWith(at, WAW))) return false;
  if (!(state.wordLen > 3)) return false;
  state.replaceAtCursor(1, []);
  return true;
}

function prefixStep3aNoun(): boolean {
  state.wordLen = state.n;
  const at = state.cursor;
  if (state.startsWith(at, BEH, ALEF, LAM) || state.startsWith(at, KAF, ALEF, LAM)) {
    if (!(state.wordLen > 5)) return false;
    state.replaceAtCursor(3, []);
    return true;
  }
  if (state.startsWith(at, LAM, LAM) || state.startsWith(at, ALEF, LAM)) {
    if (!(state.wordLen > 4)) return false;
    state.replaceAtCursor(2, []);
    return true;
  }
  return false;
}

function prefixStep3bNoun(): boolean {
  state.wordLen = state.n;
  const at = state.cursor;
  if (state.startsWith(at, BEH, ALEF)) return false;
  if (state.startsWith(at, BEH, BEH)) {
    if (!(state.wordLen > 3)) return false;
    state.replaceAtCursor(2, [BEH]);
    return true;
  }
  if (state.startsWith(at, KAF, KAF)) {
    if (!(state.wordLen > 3)) return false;
    state.replaceAtCursor(2, [KAF]);
    return true;
  }
  if (state.startsWith(at, BEH)) {
    if (!(state.wordLen > 3)) return false;
    state.replaceAtCursor(1, []);
    return true;
  }
  return false;
}

function prefixStep3Verb(): boolean {
  state.wordLen = state.n;
  const at = state.cursor;
  if (!state.startsWith(at, SEEN) || at + 1 >= state.n) return false;
  const second = state.units[at + 1]!;
  // سي ست سن سأ → ي ت ن أ
  if (second !== YEH && second !== TEH && second !== NOON && second !== ALEF_HAMZA_ABOVE) return false;
  if (!(state.wordLen > 4)) return false;
  state.replaceAtCursor(2, [second]);
  return true;
}

function prefixStep4Verb(): boolean {
  state.wordLen = state.n;
  const at = state.cursor;
  const first = at < state.n ? state.units[at]! : -1;
  // يست نست تست → است
  if (first !== YEH && first !== NOON && first !== TEH) return false;
  if (!state.startsWith(at + 1, SEEN, TEH)) return false;
  if (!(state.wordLen > 4)) return false;
  state.isVerb = true;
  state.isNoun = false;
  state.replaceAtCursor(3, [ALEF, SEEN, TEH]);
  return true;
}

function prefixes(): void {
  state.cursor = 0;
  let saved = state.cursor;
  if (!prefixStep1()) state.cursor = saved;
  saved = state.cursor;
  if (!prefixStep2()) state.cursor = saved;
  saved = state.cursor;
  if (prefixStep3aNoun()) return;
  state.cursor = saved;
  if (state.isNoun && prefixStep3bNoun()) return;
  state.cursor = saved;
  if (!state.isVerb) return;
  if (!prefixStep3Verb()) state.cursor = saved;
  prefixStep4Verb();
}

function normalizePost(): void {
  const u = state.units;
  const n = state.n;
  if (n === 0) return;
  // The last hamza on a seat becomes a bare hamza …
  const last = u[n - 1]!;
  if (last === ALEF_HAMZA_ABOVE || last === ALEF_HAMZA_BELOW || last === ALEF_MADDA || last === WAW_HAMZA || last === YEH_HAMZA) {
    u[n - 1] = HAMZA;
    state.pure = false;
  }
  // … and the others give way to their seats, for the first word_len letters.
  const limit = Math.min(n, state.wordLen);
  for (let i = 0; i < limit; i++) {
    const c = u[i]!;
    if (c === ALEF_HAMZA_ABOVE || c === ALEF_HAMZA_BELOW || c === ALEF_MADDA) u[i] = ALEF;
    else if (c === WAW_HAMZA) u[i] = WAW;
    else if (c === YEH_HAMZA) u[i] = YEH;
    else continue;
    state.pure = false;
  }
}

function run(word: string): string {
  const length = word.length;
  const units = scratch.reserve(length * 2 + 4);
  state.units = units;
  state.isNoun = true;
  state.isVerb = true;
  state.isDefined = false;
  checks1(word);
  const pre = preTable();
  let n = 0;
  let same = true;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    const to = pre[c]!;
    if (to === 0) {
      const alef = c >= 0xfef5 && c <= 0xfefc ? LIGATURES.get(c) : undefined;
      if (alef !== undefined) {
        units[n++] = LAM;
        units[n++] = alef;
        same = false;
      } else {
        units[n++] = c;
      }
    } else {
      if (to > 0) units[n++] = to;
      same = false;
    }
  }
  state.n = n;
  state.pure = same;
  state.front = 0;
  suffixes();
  prefixes();
  normalizePost();
  if (state.pure) return state.front === 0 && state.n === length ? word : word.slice(state.front, state.front + state.n);
  return stringOf(state.units, 0, state.n);
}

/**
 * The Snowball Arabic stemmer, as Python snowballstemmer 2.2 and the JavaScript ports of
 * @nlpjs/lang-ar, @orama/stemmers and snowball-stemmers run it.
 */
export function stemSnowball(word: string): string {
  if (word.length === 0) return word;
  return hasSurrogate(word) ? withCodePoints(word, run) : run(word);
}
