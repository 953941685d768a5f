// Internal: Viterbi decoding of BIO tags under a first-order model, with the BIO constraint
// (I-X only after B-X or I-X) built in, and chunk extraction from tag sequences.
import type { Lexicon } from './lexicon.js';
import { popcount, type SparseEmit } from './codec.js';
import { features, MAX_FEATURES, neighbourFeatures, NUM_TAGS, pairFeatures, sentinel, type TokenInfo, type WordInfo } from './features.js';

export interface Weights {
  /**
   * (bucket × NUM_TAGS + tag) emission weights, or the shipped model's {@link SparseEmit}
   * (the same weights without the buckets that have none)
   */
  emit: Float32Array | Int8Array | SparseEmit;
  /** multiplier applied to `emit` */
  scale: number;
  /** ((prev + 1) × NUM_TAGS + tag); prev = -1 is the sentence start */
  trans: Float32Array;
}

/** Weights with a dense emission table (training, and the evaluation of a trained model). */
export type DenseWeights = Weights & { emit: Float32Array | Int8Array };

/** True when tag `t` may follow tag `prev` (-1 = sentence start). */
export function allowed(prev: number, t: number): boolean {
  if (t === 0 || t % 2 === 1) return true;
  return prev === t || prev === t - 1;
}

/** ALLOWED[(prev + 1) × NUM_TAGS + t] = 1 when `allowed(prev, t)`. */
const ALLOWED = (() => {
  const a = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
  for (let p = -1; p < NUM_TAGS; p++) for (let t = 0; t < NUM_TAGS; t++) a[(p + 1) * NUM_TAGS + t] = allowed(p, t) ? 1 : 0;
  return a;
})();

/** For each tag t, the tags x (in order) for which `ok(x, t)` holds. */
function tagLists(ok: (x: number, t: number) => boolean): readonly Int8Array[] {
  return Array.from({ length: NUM_TAGS }, (_, t) => Int8Array.from(Array.from({ length: NUM_TAGS }, (_, x) => x).filter((x) => ok(x, t))));
}

/** PREDECESSORS[t]: the tags that tag t may follow; SUCCESSORS[t]: the tags that may follow it. */
const PREDECESSORS = tagLists((p, t) => allowed(p, t));
const SUCCESSORS = tagLists((u, t) => allowed(t, u));

const featBuf = new Int32Array(MAX_FEATURES);

/** Emission scores for every token, `NUM_TAGS` per token. */
export function emissions(infos: readonly TokenInfo[], w: Weights, lex: Lexicon, out?: Float64Array): Float64Array {
  const n = infos.length;
  const em = out && out.length >= n * NUM_TAGS ? out : new Float64Array(n * NUM_TAGS);
  const emit = w.emit;
  if (!(emit instanceof Float32Array || emit instanceof Int8Array)) return sparseEmissions(infos, emit, w.scale, lex, em);
  // the dense table of training (and of a model being evaluated before it is packed): a plain
  // loop, the shipped model's sparse one being the hot path
  const scale = w.scale;
  for (let i = 0; i < n; i++) {
    const k = features(infos, i, featBuf, lex);
    const o = i * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) em[o + t] = 0;
    for (let j = 0; j < k; j++) {
      const b = featBuf[j]! * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) em[o + t]! += emit[b + t]!;
    }
    for (let t = 0; t < NUM_TAGS; t++) em[o + t]! *= scale;
  }
  return em;
}

/** Where the nine weights of bucket `f` start in a {@link SparseEmit}'s rows, or -1 when it has none. */
function rowAt(bits: Int32Array, ranks: Int32Array, f: number): number {
  const word = bits[f >>> 5]!;
  const bit = 1 << (f & 31);
  return (word & bit) === 0 ? -1 : (ranks[f >>> 5]! + popcount(word & (bit - 1))) * 9;
}

/**
 * The sums per tag of word `x`'s features in `emit` (see `WordInfo.sums`): its own features, then
 * those it gives a neighbour at each role of `neighbourFeatures`; made on the word's first use
 * with this table and kept on its memoized description.
 */
function sumsOf(x: WordInfo, emit: SparseEmit): Int32Array {
  const kept = x.sums;
  if (kept !== undefined && x.sumsFor === emit) return kept;
  const { bits, ranks, rows } = emit;
  const sums = new Int32Array(NUM_TAGS * 5);
  addRows(bits, ranks, rows, x.own, x.own.length, sums, 0);
  for (let role = 0; role < 4; role++) {
    const k = neighbourFeatures(x, role, featBuf, 0);
    addRows(bits, ranks, rows, featBuf, k, sums, NUM_TAGS * (role + 1));
  }
  x.sums = sums;
  x.sumsFor = emit;
  return sums;
}

/** Adds the rows of the first `k` buckets of `buckets` into `sums` from offset `at`. */
function addRows(bits: Int32Array, ranks: Int32Array, rows: Int8Array, buckets: Int32Array, k: number, sums: Int32Array, at: number): void {
  for (let j = 0; j < k; j++) {
    const b = rowAt(bits, ranks, buckets[j]!);
    if (b >= 0) for (let t = 0; t < NUM_TAGS; t++) sums[at + t]! += rows[b + t]!;
  }
}

/**
 * {@link emissions} over a {@link SparseEmit} table. Of a token's features, those of its own
 * word and those of one neighbour alone are the same wherever the words stand, so their sums
 * per tag are kept on each word (memoized with its description, see {@link sumsOf}); per token
 * only the nine features that join it with a neighbour or read the place gazetteer
 * (`pairFeatures`) are looked up. The weights are integers, so the sums are exact in any order.
 */
function sparseEmissions(infos: readonly TokenInfo[], emit: SparseEmit, scale: number, lex: Lexicon, em: Float64Array): Float64Array {
  const { bits, ranks, rows } = emit;
  const e = sentinel(lex);
  const n = infos.length;
  for (let i = 0; i < n; i++) {
    const ti = infos[i]!;
    const m1i = i > 0 ? infos[i - 1]! : e;
    const p1i = i + 1 < n ? infos[i + 1]! : e;
    // this word's own sums, and the sums of the word before as BEFORE (9–17), the word after as
    // AFTER (18–26), two before as TWO_BEFORE (27–35), two after as TWO_AFTER (36–44)
    const s = sumsOf(ti.word, emit);
    const a = sumsOf(m1i.word, emit);
    const c = sumsOf(p1i.word, emit);
    const d = sumsOf(i > 1 ? infos[i - 2]!.word : e.word, emit);
    const f = sumsOf(i + 2 < n ? infos[i + 2]!.word : e.word, emit);
    let e0 = s[0]! + a[9]! + c[18]! + d[27]! + f[36]!;
    let e1 = s[1]! + a[10]! + c[19]! + d[28]! + f[37]!;
    let e2 = s[2]! + a[11]! + c[20]! + d[29]! + f[38]!;
    let e3 = s[3]! + a[12]! + c[21]! + d[30]! + f[39]!;
    let e4 = s[4]! + a[13]! + c[22]! + d[31]! + f[40]!;
    let e5 = s[5]! + a[14]! + c[23]! + d[32]! + f[41]!;
    let e6 = s[6]! + a[15]! + c[24]! + d[33]! + f[42]!;
    let e7 = s[7]! + a[16]! + c[25]! + d[34]! + f[43]!;
    let e8 = s[8]! + a[17]! + c[26]! + d[35]! + f[44]!;
    const k = pairFeatures(ti, m1i, p1i, featBuf, 0);
    for (let j = 0; j < k; j++) {
      const b = rowAt(bits, ranks, featBuf[j]!);
      if (b < 0) continue;
      e0 += rows[b]!;
      e1 += rows[b + 1]!;
      e2 += rows[b + 2]!;
      e3 += rows[b + 3]!;
      e4 += rows[b + 4]!;
      e5 += rows[b + 5]!;
      e6 += rows[b + 6]!;
      e7 += rows[b + 7]!;
      e8 += rows[b + 8]!;
    }
    const o = i * 9;
    em[o] = e0 * scale;
    em[o + 1] = e1 * scale;
    em[o + 2] = e2 * scale;
    em[o + 3] = e3 * scale;
    em[o + 4] = e4 * scale;
    em[o + 5] = e5 * scale;
    em[o + 6] = e6 * scale;
    em[o + 7] = e7 * scale;
    em[o + 8] = e8 * scale;
  }
  return em;
}

const masked = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);

/**
 * Transitions with -Infinity where the BIO constraint forbids the pair. Refilled on every
 * call (90 numbers): training mutates the transition array in place, so it cannot be cached.
 */
function maskedTransitions(trans: Float32Array): Float64Array {
  for (let i = 0; i < ALLOWED.length; i++) masked[i] = ALLOWED[i] ? trans[i]! : -Infinity;
  return masked;
}

/**
 * Best tag sequence. `margins`, when given, receives per token how much the best path beats
 * the best path that gives this token another tag (max-marginals; ≥ 0, a confidence).
 */
export function viterbi(em: Float64Array, n: number, trans: Float32Array, margins?: Float64Array): Int8Array {
  const T = NUM_TAGS;
  const tr = maskedTransitions(trans);
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = em[t]! + tr[t]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      // only the tags that may come before t (an I-X after B-X or I-X alone): the others'
      // transitions are -Infinity and never win
      const from = PREDECESSORS[t]!;
      for (let q = 0; q < from.length; q++) {
        const p = from[q]!;
        const s = score[prev + p]! + tr[(p + 1) * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cur + t] = best + em[cur + t]!;
      back[cur + t] = arg;
    }
  }
  const tags = new Int8Array(n);
  if (n === 0) return tags;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (score[(n - 1) * T + t]! > best) {
      best = score[(n - 1) * T + t]!;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    if (i > 0) arg = back[i * T + arg]!;
  }
  if (margins) {
    // max-marginals: best path score through (i, t) = forward score + backward score; the
    // margin is how much the best path beats the best path with another tag at i (≥ 0)
    const bwd = new Float64Array(n * T);
    for (let i = n - 2; i >= 0; i--) {
      const next = (i + 1) * T;
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        const to = SUCCESSORS[t]!;
        for (let q = 0; q < to.length; q++) {
          const u = to[q]!;
          const s = tr[(t + 1) * T + u]! + em[next + u]! + bwd[next + u]!;
          if (s > best) best = s;
        }
        bwd[i * T + t] = best;
      }
    }
    for (let i = 0; i < n; i++) {
      const chosen = tags[i]!;
      let other = -Infinity;
      for (let t = 0; t < T; t++) {
        const s = score[i * T + t]! + bwd[i * T + t]!;
        if (t !== chosen && s > other) other = s;
      }
      const m = score[i * T + chosen]! + bwd[i * T + chosen]! - other;
      margins[i] = Number.isFinite(m) ? m : 100;
    }
  }
  return tags;
}

export interface Chunk {
  type: string;
  start: number;
  /** exclusive token index */
  end: number;
}

/** conlleval chunks of a tag-string sequence (an I- without its B- starts a chunk). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const type = tag === 'O' ? '' : tag.slice(2);
    const begin = tag.startsWith('B-') || (tag.startsWith('I-') && (!cur || cur.type !== type));
    if (cur && (tag === 'O' || begin)) {
      out.push(cur);
      cur = undefined;
    }
    if (begin) cur = { type, start: i, end: i + 1 };
    else if (cur) cur.end = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}
