// The packed stem lexicon: sorted keys, front-coded. Each entry is one "shared prefix length"
// symbol, the rest of the key (Arabic letters), and three weight symbols: 4 × log2 of the
// evidence (free + after-article count), of the after-article count alone, and of the count
// after a preposition ب ك ل.
// Symbols come from a 91-character ASCII alphabet without `"` and `\`, so the packed string
// is one byte per symbol in the generated file and needs no escapes.
// Decoding builds an open-addressing hash table over UTF-16 code units, so a look-up takes a
// slice of a code buffer and allocates nothing.

const ALPHABET = (() => {
  let s = '';
  for (let c = 0x23; c <= 0x7e; c++) if (c !== 0x5c) s += String.fromCharCode(c);
  return s;
})();
const SYMBOL_VALUE = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();
const MAX_SYMBOL = ALPHABET.length - 1;

/** Quantizes an evidence count to a weight symbol value: 4 × log2(count), clamped. */
export function quantize(count: number): number {
  return Math.max(0, Math.min(MAX_SYMBOL, Math.round(4 * Math.log2(Math.max(1, count)))));
}

/** Packs `key → [evidence, after-article, after-preposition]` counts into the front-coded string (build script only). */
export function packLexicon(entries: Map<string, [number, number, number]>): string {
  const keys = [...entries.keys()].sort();
  let out = '';
  let previous = '';
  for (const key of keys) {
    let shared = 0;
    const limit = Math.min(previous.length, key.length, MAX_SYMBOL);
    while (shared < limit && previous.charCodeAt(shared) === key.charCodeAt(shared)) shared++;
    const [evidence, article, preposition] = entries.get(key)!;
    out +=
      ALPHABET[shared]! +
      key.slice(shared) +
      ALPHABET[quantize(evidence)]! +
      ALPHABET[quantize(article)]! +
      ALPHABET[quantize(preposition)]!;
    previous = key;
  }
  return out;
}

/**
 * A decoded lexicon: look up a code-unit range, get
 * `evidence << 16 | after-article << 8 | after-preposition` weights (or -1 when absent).
 */
export interface StemTable {
  size: number;
  /** Weights of `codes[start..end)` with the last code unit replaced by `last` when `last >= 0`. */
  weight(codes: Uint16Array, start: number, end: number, last: number): number;
}

function hashRange(codes: Uint16Array, start: number, end: number, last: number): number {
  let h = 0x811c9dc5;
  const stop = last >= 0 ? end - 1 : end;
  for (let i = start; i < stop; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
  if (last >= 0) h = Math.imul(h ^ last, 0x01000193);
  return h | 0;
}

/** Keys of at most this many letters are held in their slot, 6 bits a letter in two int32. */
const SHORT_KEY = 10;
/** The length field of a slot whose key lives in the pool (longer keys, or letters past 63 kinds). */
const LONG_KEY = 0x100;

/** Mixes a short key's two halves and length into a slot hash. */
function mixShort(lo: number, hi: number, length: number): number {
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + length, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

/** Decodes a packed lexicon into a hash table. */
export function decodeLexicon(packed: string): StemTable {
  // First pass: count entries and total key length, and give each letter of the Arabic block
  // that the keys use a 6-bit symbol (1–63; 0 = none).
  const symbols = new Uint8Array(256);
  let kinds = 0;
  let count = 0;
  let total = 0;
  {
    let i = 0;
    while (i < packed.length) {
      const shared = SYMBOL_VALUE[packed.charCodeAt(i++)]!;
      let len = 0;
      while (i < packed.length && packed.charCodeAt(i) >= 0x80) {
        const x = packed.charCodeAt(i) - 0x0600;
        if (x >= 0 && x < 256 && symbols[x] === 0 && kinds < 63) symbols[x] = ++kinds;
        i++;
        len++;
      }
      i += 3; // weight symbols
      total += shared + len;
      count++;
    }
  }
  const pool = new Uint16Array(total);
  // One slot of four int32 per entry, read in one cache line: a key of up to SHORT_KEY letters
  // is held in the slot itself, [letters 1–5, letters 6–10, length, weights], and compared there;
  // a longer one as [hash, pool offset, length | LONG_KEY, weights]. (Slots that pointed into
  // separate arrays of offsets, weights and letters cost a cache miss in each on a table of
  // megabytes.) An empty slot has length -1.
  let capacity = 1;
  while (capacity < count * 1.5) capacity <<= 1;
  const mask = capacity - 1;
  const cells = new Int32Array(capacity * 4);
  for (let c = 2; c < cells.length; c += 4) cells[c] = -1;
  let at = 0;
  let i = 0;
  let prevStart = 0;
  for (let n = 0; n < count; n++) {
    const shared = SYMBOL_VALUE[packed.charCodeAt(i++)]!;
    const start = at;
    for (let k = 0; k < shared; k++) pool[at + k] = pool[prevStart + k]!;
    at += shared;
    while (i < packed.length && packed.charCodeAt(i) >= 0x80) pool[at++] = packed.charCodeAt(i++);
    const weight =
      (SYMBOL_VALUE[packed.charCodeAt(i)]! << 16) |
      (SYMBOL_VALUE[packed.charCodeAt(i + 1)]! << 8) |
      SYMBOL_VALUE[packed.charCodeAt(i + 2)]!;
    i += 3;
    const length = at - start;
    let lo = 0;
    let hi = 0;
    let short = length <= SHORT_KEY;
    for (let k = 0; short && k < length; k++) {
      const x = pool[start + k]! - 0x0600;
      const symbol = x >= 0 && x < 256 ? symbols[x]! : 0;
      if (symbol === 0) short = false;
      else if (k < 5) lo |= symbol << (6 * k);
      else hi |= symbol << (6 * (k - 5));
    }
    const h = short ? mixShort(lo, hi, length) : hashRange(pool, start, at, -1);
    let slot = h & mask;
    while (cells[slot * 4 + 2] !== -1) slot = (slot + 1) & mask;
    const c = slot * 4;
    cells[c] = short ? lo : h;
    cells[c + 1] = short ? hi : start;
    cells[c + 2] = short ? length : length | LONG_KEY;
    cells[c + 3] = weight;
    prevStart = start;
  }

  return {
    size: count,
    weight(codes, start, end, last) {
      const length = end - start;
      if (length <= SHORT_KEY) {
        let lo = 0;
        let hi = 0;
        let k = 0;
        const stop = last >= 0 ? end - 1 : end;
        for (let j = start; j < stop; j++, k++) {
          const x = codes[j]! - 0x0600;
          const symbol = x >= 0 && x < 256 ? symbols[x]! : 0;
          if (symbol === 0) break;
          if (k < 5) lo |= symbol << (6 * k);
          else hi |= symbol << (6 * (k - 5));
        }
        if (last >= 0 && k === length - 1) {
          const x = last - 0x0600;
          const symbol = x >= 0 && x < 256 ? symbols[x]! : 0;
          if (symbol !== 0) {
            if (k < 5) lo |= symbol << (6 * k);
            else hi |= symbol << (6 * (k - 5));
            k++;
          }
        }
        if (k === length) {
          let slot = mixShort(lo, hi, length) & mask;
          for (;;) {
            const c = slot * 4;
            const l = cells[c + 2]!;
            if (l === -1) return -1;
            if (l === length && cells[c] === lo && cells[c + 1] === hi) return cells[c + 3]!;
            slot = (slot + 1) & mask;
          }
        }
        // a letter without a symbol: the key, if present, is held as a long one
      }
      const h = hashRange(codes, start, end, last);
      const long = length | LONG_KEY;
      let slot = h & mask;
      for (;;) {
        const c = slot * 4;
        const l = cells[c + 2]!;
        if (l === -1) return -1;
        if (l === long && cells[c] === h) {
          const s = cells[c + 1]!;
          let same = true;
          const stop = last >= 0 ? length - 1 : length;
          for (let k = 0; k < stop; k++) {
            if (pool[s + k] !== codes[start + k]) {
              same = false;
              break;
            }
          }
          if (same && last >= 0 && pool[s + length - 1] !== last) same = false;
          if (same) return cells[c + 3]!;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}
