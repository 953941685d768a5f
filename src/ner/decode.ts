// Internal: Viterbi decoding of BIO tags under a first-order model, with the BIO constraint
// (I-X only after B-X or I-X) built in, and chunk extraction from tag sequences.
import type { Lexicon } from './lexicon.js';
import { popcount, type SparseEmit } from './codec.js';
import { contextFeatures, features, MAX_FEATURES, NUM_TAGS, type TokenInfo } from './features.js';

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
 * {@link emissions} over a {@link SparseEmit} table. A word's own features (`WordInfo.own`) are
 * the same wherever it stands, so their sums per tag are kept on the word (memoized with the
 * word's description) and only the features of its neighbours are looked up per token. The
 * weights are integers, so the sums are exact in any order.
 */
function sparseEmissions(infos: readonly TokenInfo[], emit: SparseEmit, scale: number, lex: Lexicon, em: Float64Array): Float64Array {
  const { bits, ranks, rows } = emit;
  for (let i = 0; i < infos.length; i++) {
    const word = infos[i]!.word;
    let own = word.ownSums;
    if (own === undefined || word.ownFor !== emit) {
      own = new Int32Array(9);
      const buckets = word.own;
      for (let j = 0; j < buckets.length; j++) {
        const b = rowAt(bits, ranks, buckets[j]!);
        if (b >= 0) for (let t = 0; t < 9; t++) own[t]! += rows[b + t]!;
      }
      word.ownSums = own;
      word.ownFor = emit;
    }
    const k = contextFeatures(infos, i, featBuf, 0, lex);
    let e0 = own[0]!, e1 = own[1]!, e2 = own[2]!, e3 = own[3]!, e4 = own[4]!, e5 = own[5]!, e6 = own[6]!, e7 = own[7]!, e8 = own[8]!;
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
      for (let p = 0; p < T; p++) {
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
        for (let u = 0; u < T; u++) {
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
