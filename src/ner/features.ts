// Internal: feature extraction for the NER sequence model, shared by training
// (scripts/train-ner.ts) and recognition. Each feature is a template id plus one or two
// strings, hashed (FNV-1a) into a fixed number of buckets — no feature strings are built.
import {
  GIVEN_NAME,
  LOC_TRIGGER,
  ORG_TRIGGER,
  ORG_WORD,
  PERSON_TRIGGER,
  proclitics,
  clusterOf,
  freqOf,
  tagShare,
  type Lexicon,
  CUES,
} from './lexicon.js';
import { foldWord } from './fold.js';

/** Tags: O, then B/I for PERS, LOC, ORG, MISC. */
export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const NUM_TAGS = TAGS.length;
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

/** What the features need to know about one word, computed once per distinct word. */
export interface WordInfo {
  /** folded word */
  w: string;
  /** folded base (proclitics removed; «لل» → «ال») */
  b: string;
  /** the proclitic letters removed */
  p: string;
  cluster: string;
  logFreq: number;
  /** the larger of the word's and its base's log2 corpus count */
  bFreq: number;
  classes: number;
  /** buckets of the features that depend on this word alone */
  own: Int32Array;
  /** raw hashes used by the neighbours' features */
  hw: number;
  hb: number;
  hc6: number;
  hc8: number;
  hc: number;
  hsuf2: number;
  /** self-training tag-dictionary code (see Lexicon.tagdict) */
  td: number;
  /** name-context code digits (see Lexicon.namectx), as char codes; 0 when unknown */
  nc: Int32Array;
  /** raw hash of the base's class in the second clustering */
  hbc: number;
  /**
   * Sums per tag of weights in the table `sumsFor`, filled by the recognizer's emissions on the
   * word's first use: nine for its `own` features, then nine for each neighbour role of
   * {@link neighbourFeatures} (the features it gives the token after it, before it, two after
   * it, two before it) — all the same wherever the word stands
   */
  sums: Int32Array | undefined;
  sumsFor: object | undefined;
  /**
   * The NER rules' name lists (one bit each) already asked whether a name begins with this
   * word or its base, and those that answered yes (memoized: the lists do not change)
   */
  listsAsked: number;
  listsHit: number;
}

/** One token of a sentence: its word and its place-gazetteer position (0 none, 1 first, 2 later). */
export interface TokenInfo {
  word: WordInfo;
  place: number;
}

const FNV = 0x811c9dc5;

function h(tid: number, s: string): number {
  let x = Math.imul(FNV ^ tid, 16777619);
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 16777619);
  return x;
}

function finish(x: number): number {
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 12;
  return x & MASK;
}

/** Bucket of template `tid` applied to a raw hash or small integer. */
function mix(tid: number, x: number): number {
  let y = Math.imul(x ^ Math.imul(tid, 0x9e3779b1), 0x85ebca6b);
  y ^= y >>> 13;
  y = Math.imul(y, 0xc2b2ae35);
  y ^= y >>> 16;
  return y & MASK;
}

function mix2(tid: number, a: number, b: number): number {
  return mix(tid, a ^ Math.imul(b ^ (b >>> 15), 0x27d4eb2d));
}

function shapeOf(w: string): string {
  let arabic = 0;
  let latin = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else other++;
  }
  const len = w.length <= 2 ? 's' : w.length <= 4 ? 'm' : w.length <= 7 ? 'l' : 'x';
  if (digit && !arabic && !latin) return 'D';
  if (latin && !arabic) return 'L' + len;
  if (arabic && !digit && !latin && !other) return 'A' + len;
  if (other && !arabic && !latin && !digit) return 'P' + w;
  return 'M';
}

const bucketFreq = (f: number): string => (f < 0 ? 'u' : f < 4 ? 'r' : f < 8 ? 'm' : f < 12 ? 'f' : 'F');

const NC_DIGITS = CUES.length + 1;
const NO_NC = new Int32Array(NC_DIGITS);

/** Number of fixed word-only features in `WordInfo.own` (character n-grams follow them). */
const OWN = 31 + NC_DIGITS;

/** Orders of the character n-grams of the base (without the article), and the most kept per order. */
const NGRAM_ORDERS = [3, 4];
const NGRAM_CAP = 10;

/**
 * Buckets of the character n-grams of `s` between boundary marks (template 80 + order),
 * hashed without building substrings; at most NGRAM_CAP per order, the first ones kept.
 */
function ngramBuckets(s: string): number[] {
  const out: number[] = [];
  const len = s.length + 2;
  const at = (i: number): number => (i === 0 ? 0x5e : i === len - 1 ? 0x24 : s.charCodeAt(i - 1));
  for (const order of NGRAM_ORDERS) {
    for (let i = 0, k = 0; i + order <= len && k < NGRAM_CAP; i++, k++) {
      let x = Math.imul(FNV ^ (80 + order), 16777619);
      for (let j = i; j < i + order; j++) x = Math.imul(x ^ at(j), 16777619);
      out.push(finish(x));
    }
  }
  return out;
}

function makeWord(w: string, lex: Lexicon): WordInfo {
  const k = w === '<s>' ? 0 : proclitics(w, lex);
  let b = w;
  let p = '';
  if (k > 0) {
    p = w.slice(0, k);
    b = w.charCodeAt(k) === 0x0644 && w.charCodeAt(k - 1) === 0x0644 ? '\u0627' + w.slice(k) : w.slice(k);
  }
  const core = b.length > 4 && b.charCodeAt(0) === 0x0627 && b.charCodeAt(1) === 0x0644 ? b.slice(2) : b;
  const cluster = w === '<s>' ? 's' : (clusterOf(lex, w) ?? clusterOf(lex, b) ?? '');
  const logFreq = w === '<s>' ? 99 : freqOf(lex, w);
  const classes = (lex.classes.get(w) ?? 0) | (lex.classes.get(b) ?? 0);
  const bFreq = Math.max(logFreq, freqOf(lex, b));
  const c = cluster;
  const grams = w === '<s>' ? [] : ngramBuckets(core);
  const own = new Int32Array(OWN + grams.length);
  let n = 0;
  own[n++] = finish(h(1, ''));
  own[n++] = finish(h(2, w));
  own[n++] = finish(h(3, b));
  own[n++] = finish(h(4, p));
  own[n++] = finish(h(5, core.slice(0, 1)));
  own[n++] = finish(h(6, core.slice(0, 2)));
  own[n++] = finish(h(7, core.slice(0, 3)));
  own[n++] = finish(h(8, w.slice(-1)));
  own[n++] = finish(h(9, w.slice(-2)));
  own[n++] = finish(h(10, w.slice(-3)));
  own[n++] = finish(h(11, shapeOf(w)));
  own[n++] = finish(h(20, c.slice(0, 4)));
  own[n++] = finish(h(21, c.slice(0, 6)));
  own[n++] = finish(h(22, c.slice(0, 8)));
  own[n++] = finish(h(23, c.slice(0, 10)));
  own[n++] = finish(h(24, c));
  own[n++] = finish(h(31, String(classes)));
  own[n++] = finish(h(35, bucketFreq(logFreq)));
  own[n++] = mix2(37, h(0, c.slice(0, 6)), h(0, p));
  own[n++] = mix2(39, h(0, bucketFreq(logFreq)), h(0, c.slice(0, 4)));
  own[n++] = finish(h(40, core));
  own[n++] = finish(h(46, b.slice(-2)));
  own[n++] = finish(h(47, String(b.length > 8 ? 9 : b.length)));
  const tdFull = lex.tagdict.get(b) ?? lex.tagdict.get(w) ?? 0;
  own[n++] = mix(48, tdFull);
  // per type share digits, and for the neighbours' features the main type with its digit
  let td = 0;
  if (tdFull > 0) {
    let best = 0;
    let bestDigit = 0;
    for (let k = 0; k < 4; k++) {
      const d = tagShare(tdFull, k);
      own[n++] = mix(52 + k, d);
      if (d > bestDigit) {
        bestDigit = d;
        best = k;
      }
    }
    td = bestDigit === 0 ? 13 : 1 + 3 * best + bestDigit - 1;
  } else for (let k = 0; k < 4; k++) own[n++] = mix(52 + k, 9);
  const code = w === '<s>' ? undefined : (lex.namectx.get(b) ?? lex.namectx.get(w));
  const nc = code === undefined ? NO_NC : Int32Array.from({ length: NC_DIGITS }, (_, k) => code.charCodeAt(k));
  for (let k = 0; k < NC_DIGITS; k++) own[n++] = mix(60 + k, nc[k]!);
  // the base's class in the second clustering (bases, ±2 context words)
  const bcl = w === '<s>' ? 's' : (lex.baseClusters.get(b) ?? '');
  own[n++] = finish(h(74, bcl.slice(0, 4)));
  own[n++] = finish(h(75, bcl.slice(0, 8)));
  own[n++] = finish(h(76, bcl));
  for (const g of grams) own[n++] = g;
  return {
    w,
    b,
    p,
    cluster,
    logFreq,
    bFreq,
    classes,
    own,
    hw: h(0, w),
    hb: h(0, b),
    hc6: h(0, c.slice(0, 6)),
    hc8: h(0, c.slice(0, 8)),
    hc: h(0, c),
    hsuf2: h(0, w.slice(-2)),
    td,
    nc,
    hbc: h(0, bcl),
    sums: undefined,
    sumsFor: undefined,
    listsAsked: 0,
    listsHit: 0,
  };
}

const cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 200_000;
let cacheLex: Lexicon | undefined;

/** The word's description, memoized (raw token text → WordInfo). */
export function wordInfo(raw: string, lex: Lexicon): WordInfo {
  if (cacheLex !== lex) {
    cache.clear();
    cacheLex = lex;
  }
  let info = cache.get(raw);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    info = makeWord(raw === '<s>' ? raw : foldWord(raw), lex);
    cache.set(raw, info);
  }
  return info;
}

/** Describes each token of a sentence (raw token texts). */
export function describe(tokens: readonly string[], lex: Lexicon): TokenInfo[] {
  const infos: TokenInfo[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) infos[i] = { word: wordInfo(tokens[i]!, lex), place: 0 };
  // place names: longest match, first word by base
  for (let i = 0; i < infos.length; i++) {
    const wi = infos[i]!.word;
    const cands = lex.places.get(wi.b) ?? lex.places.get(wi.w);
    if (!cands) continue;
    let best = 0;
    for (const c of cands) {
      if (c.length <= best || i + c.length > infos.length) continue;
      let ok = true;
      for (let j = 1; j < c.length; j++) if (infos[i + j]!.word.w !== c[j]) ok = false;
      if (ok) best = c.length;
    }
    for (let j = 0; j < best; j++) if (infos[i + j]!.place === 0) infos[i + j]!.place = j === 0 ? 1 : 2;
  }
  return infos;
}

let EMPTY: TokenInfo | undefined;
const CLASS_MASK_M1 = GIVEN_NAME | PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER;
const CLASS_MASK_P1 = GIVEN_NAME | ORG_WORD;
const CLASS_MASK_M2 = PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER;

/**
 * Writes the hashed feature buckets of token `i` into `out` from offset 0; returns how many.
 * `out` must hold at least MAX_FEATURES entries.
 */
export function features(infos: readonly TokenInfo[], i: number, out: Int32Array, lex?: Lexicon): number {
  const own = infos[i]!.word.own;
  out.set(own);
  return own.length + contextFeatures(infos, i, out, own.length, lex);
}

/** The token that stands for a neighbour beyond either end of the sentence. */
export function sentinel(lex?: Lexicon): TokenInfo {
  return (EMPTY ??= { word: makeWord('<s>', lex ?? (cacheLex as Lexicon)), place: 0 });
}

/** Neighbour roles of {@link neighbourFeatures}. */
export const BEFORE = 0;
export const AFTER = 1;
export const TWO_BEFORE = 2;
export const TWO_AFTER = 3;

/**
 * Writes into `out` from offset `at` the buckets of the features that word `x` gives a token
 * when it stands at `role` from it ({@link BEFORE}: the word before the token, {@link AFTER},
 * {@link TWO_BEFORE}, {@link TWO_AFTER}) — the features of a neighbour alone; returns how many.
 */
export function neighbourFeatures(x: WordInfo, role: number, out: Int32Array, at: number): number {
  let n = at;
  if (role === BEFORE) {
    out[n++] = mix(12, x.hw);
    out[n++] = mix(16, x.hb);
    out[n++] = mix(25, x.hc6);
    out[n++] = mix(26, x.hc);
    out[n++] = mix(32, x.classes & CLASS_MASK_M1);
    out[n++] = mix(36, x.hsuf2);
    out[n++] = mix(49, x.td);
    out[n++] = mix2(71, x.nc[2]!, x.nc[0]!);
    out[n++] = mix(77, x.hbc);
  } else if (role === AFTER) {
    out[n++] = mix(13, x.hw);
    out[n++] = mix(17, x.hb);
    out[n++] = mix(27, x.hc6);
    out[n++] = mix(28, x.hc);
    out[n++] = mix(33, x.classes & CLASS_MASK_P1);
    out[n++] = mix(50, x.td);
    out[n++] = mix2(70, x.nc[2]!, x.nc[4]!);
    out[n++] = mix(78, x.hbc);
  } else if (role === TWO_BEFORE) {
    out[n++] = mix(14, x.hw);
    out[n++] = mix(34, x.classes & CLASS_MASK_M2);
    out[n++] = mix(41, x.hc6);
  } else {
    out[n++] = mix(15, x.hw);
    out[n++] = mix(42, x.hc6);
  }
  return n - at;
}

/**
 * Writes into `out` from offset `at` the buckets of the features of token `ti` that join it
 * with a neighbour (`m1i` the token before it, `p1i` the one after, {@link sentinel} beyond the
 * sentence) or read the tokens' place-gazetteer positions; returns how many.
 */
export function pairFeatures(ti: TokenInfo, m1i: TokenInfo, p1i: TokenInfo, out: Int32Array, at: number): number {
  const t = ti.word;
  const m1 = m1i.word;
  const p1 = p1i.word;
  let n = at;
  out[n++] = mix2(18, m1.hw, t.hw);
  out[n++] = mix2(19, t.hw, p1.hw);
  out[n++] = mix(29, ti.place);
  out[n++] = mix(30, m1i.place * 3 + p1i.place);
  out[n++] = mix2(38, m1.hc8, t.hc8);
  out[n++] = mix2(43, t.hc8, p1.hc8);
  out[n++] = mix2(44, m1.hw, t.hc8);
  out[n++] = mix2(45, t.hc8, p1.hw);
  out[n++] = mix2(51, m1.td, t.td);
  return n - at;
}

/**
 * Writes the buckets of the features of token `i` that depend on its neighbours (all but the
 * word's `own`) into `out` from offset `at`; returns how many: those of each neighbour alone
 * ({@link neighbourFeatures}) and those that join the token with one ({@link pairFeatures}).
 */
export function contextFeatures(infos: readonly TokenInfo[], i: number, out: Int32Array, at: number, lex?: Lexicon): number {
  const e = sentinel(lex);
  const m1i = i > 0 ? infos[i - 1]! : e;
  const p1i = i + 1 < infos.length ? infos[i + 1]! : e;
  let n = at;
  n += neighbourFeatures(m1i.word, BEFORE, out, n);
  n += neighbourFeatures(p1i.word, AFTER, out, n);
  n += neighbourFeatures(i > 1 ? infos[i - 2]!.word : e.word, TWO_BEFORE, out, n);
  n += neighbourFeatures(i + 2 < infos.length ? infos[i + 2]!.word : e.word, TWO_AFTER, out, n);
  n += pairFeatures(infos[i]!, m1i, p1i, out, n);
  return n - at;
}

export const MAX_FEATURES = 81 + NGRAM_ORDERS.length * NGRAM_CAP;
