// Internal: Viterbi decoding of BIO tags under a first-order model, with the BIO constraint
// (I-X only after B-X or I-X) built in, and chunk extraction from tag sequences.
import type { Lexicon } from './lexicon.js';
import { features, MAX_FEATURES, NUM_TAGS, type TokenInfo } from './features.js';

export interface Weights {
  /** (bucket × NUM_TAGS + tag) emission weights */
  emit: Float32Array | Int8Array;
  /** multiplier applied to `emit` */
  scale: number;
  /** ((prev + 1) × NUM_TAGS + tag); prev = -1 is the sentence start */
  trans: Float32Array;
}

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
  for (let i = 0; i < n; i++) {
    const k = features(infos, i, featBuf, lex);
    const o = i * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) em[o + t] = 0;
    for (let j = 0; j < k; j++) {
      const base = featBuf[j]! * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) em[o + t]! += emit[base + t]!;
    }
    if (w.scale !== 1) for (let t = 0; t < NUM_TAGS; t++) em[o + t]! *= w.scale;
  }
  return em;
}

/**
 * Best tag sequence. `margins`, when given, receives per token the score gap between the
 * chosen tag and the best other tag at that position (a rough confidence).
 */
export function viterbi(em: Float64Array, n: number, trans: Float32Array, margins?: Float64Array): Int8Array {
  const T = NUM_TAGS;
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed(-1, t) ? em[t]! + trans[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (ALLOWED[(p + 1) * T + t] === 0) continue;
        const s = score[(i - 1) * T + p]! + trans[(p + 1) * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + em[i * T + t]!;
      back[i * T + t] = arg;
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
    for (let i = 0; i < n; i++) {
      const chosen = tags[i]!;
      let other = -Infinity;
      for (let t = 0; t < T; t++) if (t !== chosen && em[i * T + t]! > other) other = em[i * T + t]!;
      margins[i] = em[i * T + chosen]! - other;
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
