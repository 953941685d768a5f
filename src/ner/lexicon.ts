// Internal: the NER word resources, decoded lazily on first use — word clusters and corpus
// frequencies (clusters-data.ts), CLDR place names (gazetteer-data.ts) and the hand-written
// lists (lists.ts) — plus the conservative proclitic stripper that the features and the span
// boundaries share.
import { CLUSTERS } from './clusters-data.js';
import { PLACES } from './gazetteer-data.js';
import { TAGDICT } from './tagdict-data.js';
import { NAME_CONTEXT_CODES, NAME_CONTEXTS } from './namectx-data.js';
import { BASE_CLUSTER_PATHS, BASE_CLUSTERS } from './base-clusters-data.js';
import { foldWord } from './fold.js';
import { GIVEN_NAMES, LOC_TRIGGERS, ORG_TRIGGERS, ORG_WORDS, PERSON_TRIGGERS, words } from './lists.js';

/** Word classes of the hand-written lists, as bits. */
export const PERSON_TRIGGER = 1;
export const ORG_TRIGGER = 2;
export const LOC_TRIGGER = 4;
export const GIVEN_NAME = 8;
export const ORG_WORD = 16;

export interface Lexicon {
  /** folded word → 32 × index into `paths` + floor(log2(corpus count)) (see clusterIndex) */
  known: WordTable<number>;
  /** binary cluster paths */
  paths: string[];
  /** folded word → class bits */
  classes: Map<string, number>;
  /** first folded word of a place name → the folded names (word arrays) starting with it */
  places: Map<string, string[][]>;
  /**
   * folded base → self-training code: 1 + Σ digit(type)·4^type over PERS/LOC/ORG/MISC, where
   * digit 0–3 buckets the share of the word's corpus occurrences the half-models tagged with
   * that type (< 10 %, < 35 %, < 70 %, more); 1 alone = frequent and mostly untagged
   */
  tagdict: WordTable<number>;
  /**
   * folded base → name-context code from the unlabeled corpus (scripts/build-name-contexts.ts):
   * one digit per entry of CUES, then one for the article «ال»
   */
  namectx: WordTable<string>;
  /** folded base → binary path in the base clusters (scripts/build-base-clusters.ts) */
  baseClusters: WordTable<string>;
}

/**
 * The share digit (0–3: < 10 %, < 35 %, < 70 %, more) of type `k` (0 PERS, 1 LOC, 2 ORG,
 * 3 MISC) in a self-training code of `Lexicon.tagdict`; 0 for no code.
 */
export function tagShare(code: number, k: number): number {
  return code > 0 ? ((code - 1) >> (2 * k)) & 3 : 0;
}

/** The corpus contexts counted per word by scripts/build-name-contexts.ts, in code order. */
export const CUES = ['title', 'title-head', 'given-name', 'speech-verb', 'before-bin', 'place-head', 'preposition', 'org-head'] as const;

/** A word → value lookup (a Map, or a packed table that is searched without decoding). */
export interface WordTable<T> {
  get(word: string): T | undefined;
}

/**
 * First code unit of the code characters in packed word tables: U+4E00 CJK UNIFIED IDEOGRAPH,
 * which no folded word contains, so a code both ends its entry and names its value.
 */
export const TABLE_CODE = 0x4e00;

/** True when a word can go into a packed table (no code unit at or above TABLE_CODE). */
export function packable(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= TABLE_CODE) return false;
  return word.length > 0;
}

/** Packs (word, code) pairs, code < 20,000, into a table string: entries sorted by word. */
export function packTable(entries: Iterable<readonly [string, number]>): string {
  const sorted = [...entries].filter(([w]) => packable(w)).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sorted.map(([w, c]) => w + String.fromCharCode(TABLE_CODE + c)).join('');
}

/**
 * A packed table searched in place: one pass finds where the entries end, then each lookup
 * is a binary search comparing code units, so first use costs a scan, not 100,000 Map inserts.
 */
export function packedTable<T>(packed: string, value: (code: number) => T): WordTable<T> {
  // an entry is a word of one code unit or more and its code: at most half as many as units
  const ends = new Int32Array(packed.length >> 1);
  let count = 0;
  for (let i = 0; i < packed.length; i++) if (packed.charCodeAt(i) >= TABLE_CODE) ends[count++] = i;
  return {
    get(word: string): T | undefined {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const start = mid === 0 ? 0 : ends[mid - 1]! + 1;
        const end = ends[mid]!;
        // compare word with packed[start, end) by code units, as the packer's sort did
        let c = 0;
        const n = Math.min(word.length, end - start);
        for (let i = 0; i < n && c === 0; i++) c = word.charCodeAt(i) - packed.charCodeAt(start + i);
        if (c === 0) c = word.length - (end - start);
        if (c === 0) return value(packed.charCodeAt(end) - TABLE_CODE);
        if (c < 0) hi = mid - 1;
        else lo = mid + 1;
      }
      return undefined;
    },
  };
}

let cached: Lexicon | undefined;

/**
 * The cluster words of `text` (CLUSTERS: one line per binary cluster path, "bits<TAB>word
 * word …", each word followed by floor(log2(count))) as a hash table searched in place: an
 * open-addressing index (FNV-1a over the code units, linear probing) of each word's offset and
 * length in `text`, so first use costs one pass and no 100,000 strings nor Map inserts; the
 * paths go to `paths`, and a word's value is 32 × its path's index + the log count.
 */
function clusterIndex(text: string, paths: string[]): WordTable<number> {
  // every word ends at a space, a line end or the end of the text
  let bound = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) bound++;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) bound++;
  const starts = new Int32Array(bound);
  const lengths = new Uint16Array(bound);
  const values = new Int32Array(bound);
  let size = 1;
  while (size < 2 * bound) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size); // entry + 1, 0 for empty
  let count = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const tab = text.indexOf('\t', lineStart);
    const base = paths.length * 32;
    paths.push(text.slice(lineStart, tab));
    let i = tab + 1;
    while (i < lineEnd) {
      // the word's letters, hashed, then its trailing digits, floor(log2(count))
      let h = FNV_OFFSET;
      let j = i;
      let c = text.charCodeAt(j);
      while (j < lineEnd && (c < 0x30 || c > 0x39)) {
        h = Math.imul(h ^ c, FNV_PRIME);
        c = text.charCodeAt(++j);
      }
      const end = j;
      let f = 0;
      while (j < lineEnd && c !== 0x20) {
        f = f * 10 + c - 0x30;
        c = text.charCodeAt(++j);
      }
      starts[count] = i;
      lengths[count] = end - i;
      values[count] = base + f;
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = ++count;
      i = j + 1;
    }
    lineStart = lineEnd + 1;
  }
  return {
    get(word: string): number | undefined {
      const n = word.length;
      let h = FNV_OFFSET;
      for (let i = 0; i < n; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const e = slots[slot]!;
        if (e === 0) return undefined;
        if (lengths[e - 1] !== n) continue;
        const at = starts[e - 1]!;
        let i = 0;
        while (i < n && text.charCodeAt(at + i) === word.charCodeAt(i)) i++;
        if (i === n) return values[e - 1];
      }
    },
  };
}

/** FNV-1a's 32-bit offset basis and prime (see clusterIndex). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Decodes the packed resources once. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const paths: string[] = [];
  const known = clusterIndex(CLUSTERS, paths);
  const classes = new Map<string, number>();
  const mark = (list: string, bit: number): void => {
    for (const w of words(list)) {
      const f = foldWord(w);
      classes.set(f, (classes.get(f) ?? 0) | bit);
    }
  };
  mark(PERSON_TRIGGERS, PERSON_TRIGGER);
  mark(ORG_TRIGGERS, ORG_TRIGGER);
  mark(LOC_TRIGGERS, LOC_TRIGGER);
  mark(GIVEN_NAMES, GIVEN_NAME);
  mark(ORG_WORDS, ORG_WORD);
  const places = new Map<string, string[][]>();
  for (const name of PLACES.split('\n')) addPhrase(places, name);
  const ncCodes = NAME_CONTEXT_CODES.split(' ');
  const bcPaths = BASE_CLUSTER_PATHS.split(' ');
  cached = {
    known,
    paths,
    classes,
    places,
    tagdict: packedTable(TAGDICT, (c) => c),
    namectx: packedTable(NAME_CONTEXTS, (c) => ncCodes[c]!),
    baseClusters: packedTable(BASE_CLUSTERS, (c) => bcPaths[c]!),
  };
  return cached;
}

/** floor(log2(corpus count)) of a folded word, -1 when the corpus does not know it. */
export function freqOf(lex: Lexicon, word: string): number {
  const code = lex.known.get(word);
  return code === undefined ? -1 : code & 31;
}

/** Binary cluster path of a folded word, or undefined. */
export function clusterOf(lex: Lexicon, word: string): string | undefined {
  const code = lex.known.get(word);
  return code === undefined ? undefined : lex.paths[code >> 5];
}

/** Adds a multi-word name to a first-word index (folded words). */
export function addPhrase(index: Map<string, string[][]>, name: string): void {
  const parts = name.split(/\s+/).filter((p) => p.length > 0).map(foldWord);
  if (parts.length === 0) return;
  let list = index.get(parts[0]!);
  if (!list) index.set(parts[0]!, (list = []));
  list.push(parts);
}

/**
 * Splits a folded word into its proclitics and base: «وبيلاروسيا» → و + بيلاروسيا,
 * «للامم» → ل + الامم. Conservative: a split is taken only when the corpus knows the base
 * better than the whole word («لبنان» stays whole, «فرنسا» too), or, for words the corpus does
 * not know, only the conjunction و/ف before a base of three letters or more.
 * Returns the number of folded letters that are proclitics (with «لل» counted as one letter,
 * the ل, since the second ل is the article's).
 */
export function proclitics(word: string, lex: Lexicon): number {
  const n = word.length;
  if (n < 4) return 0;
  const whole = freqOf(lex, word);
  let best = 0;
  let bestScore = whole;
  const c0 = word.charCodeAt(0);
  const tryCut = (k: number, bonus: number): void => {
    if (n - k < 3) return;
    const rest = word.slice(k);
    const f = freqOf(lex, rest);
    if (f >= 0 && f + bonus > bestScore) {
      best = k;
      bestScore = f + bonus;
    }
  };
  const conj = c0 === 0x0648 || c0 === 0x0641; // WAW, FEH
  const k0 = conj ? 1 : 0;
  if (conj) tryCut(1, 0);
  const c1 = word.charCodeAt(k0);
  if (c1 === 0x0628 || c1 === 0x0644 || c1 === 0x0643) {
    // BEH, LAM, KAF prepositions; «لل» is ل + the article with its alef elided
    if (c1 === 0x0644 && word.charCodeAt(k0 + 1) === 0x0644) {
      const rest = '\u0627' + word.slice(k0 + 1);
      const f = freqOf(lex, rest);
      if (n - k0 - 1 >= 3 && f >= 0 && f > bestScore) {
        best = k0 + 1;
        bestScore = f;
      }
    } else tryCut(k0 + 1, 0);
  }
  if (best === 0 && whole < 0 && conj && n - 1 >= 3) return 1;
  return best;
}

