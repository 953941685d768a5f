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

/** Decodes a packed lexicon into a hash table. */
export function decodeLexicon(packed: string): StemTable {
  // First pass: count entries and total key length.
  let count = 0;
  let total = 0;
  {
    let prevLen = 0;
    let i = 0;
    while (i < packed.length) {
      const shared = SYMBOL_VALUE[packed.charCodeAt(i++)]!;
      let len = 0;
      while (i < packed.length && packed.charCodeAt(i) >= 0x80) {
        i++;
        len++;
      }
      i += 3; // weight symbols
      prevLen = shared + len;
      total += prevLen;
      count++;
    }
  }
  const pool = new Uint16Array(total);
  // One cell of four int32 per slot, [hash, pool offset, length, weights]: a look-up reads one
  // cache line per probe and compares keys only on a full hash match. (Separate arrays of
  // slots, offsets and weights cost a cache miss each on a table of megabytes.)
  let capacity = 1;
  while (capacity < count * 1.5) capacity <<= 1;
  const mask = capacity - 1;
  const cells = new Int32Array(capacity * 4);
  for (let c = 1; c < cells.length; c += 4) cells[c] = -1;
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
    const h = hashRange(pool, start, at, -1);
    let slot = h & mask;
    while (cells[slot * 4 + 1] !== -1) slot = (slot + 1) & mask;
    const c = slot * 4;
    cells[c] = h;
    cells[c + 1] = start;
    cells[c + 2] = at - start;
    cells[c + 3] = weight;
    prevStart = start;
  }

  return {
    size: count,
    weight(codes, start, end, last) {
      const length = end - start;
      const h = hashRange(codes, start, end, last);
      let slot = h & mask;
      for (;;) {
        const c = slot * 4;
        const s = cells[c + 1]!;
        if (s === -1) return -1;
        if (cells[c] === h && cells[c + 2] === length) {
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
