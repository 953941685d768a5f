// Internal: packs quantized weights (Int8, mostly zero) into a string and back — zero runs
// become the byte 0x80 followed by the run length (1–255), then base64. Used by
// scripts/train-ner.ts to write model-data.ts and by the recognizer to read it.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Emission weights of only the buckets that have any: bit `b` of `bits` is set when bucket `b`
 * has a non-zero weight, and its NUM_TAGS weights are row `ranks[b >>> 5]` + (set bits of its
 * word below it) of `rows`. The shipped model uses 116 k of its 2²⁰ buckets: its rows take 1 MB
 * against the 9.4 MB of the dense table, and a feature the training never saw costs one bit
 * test instead of a cache miss.
 */
export interface SparseEmit {
  bits: Int32Array;
  ranks: Int32Array;
  rows: Int8Array;
}

/** Number of set bits of a 32-bit integer. */
export function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Int8 weights → packed base64 string. */
export function packWeights(values: Int8Array): string {
  const bytes: number[] = [];
  for (let i = 0; i < values.length; ) {
    if (values[i] === 0) {
      let run = 0;
      while (i < values.length && values[i] === 0 && run < 255) {
        run++;
        i++;
      }
      bytes.push(0x80, run);
    } else {
      bytes.push(values[i]! & 0xff);
      i++;
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const x = (a << 16) | (b << 8) | c;
    out += ALPHABET[(x >> 18) & 63]! + ALPHABET[(x >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(x >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[x & 63]! : '=';
  }
  return out;
}

/** Packed base64 string → Int8 weights of the given length. */
export function unpackWeights(packed: string, length: number): Int8Array {
  const bytes = unpackBytes(packed);
  const out = new Int8Array(length);
  let j = 0;
  for (let i = 0; i < bytes.length && j < length; i++) {
    const b = bytes[i]!;
    if (b === 0x80) {
      j += bytes[++i]!;
    } else {
      out[j++] = b > 127 ? b - 256 : b;
    }
  }
  return out;
}

/**
 * Packed base64 string → the weights of `buckets` rows of `width` as a {@link SparseEmit}: only
 * the rows with a non-zero weight are kept. The same weights as {@link unpackWeights}, read in
 * one pass over the string: the rows come in bucket order, so each kept row is the next one, and
 * a weight costs no division (the position is kept as row and column; a run of zeros, rarer,
 * costs one).
 */
export function unpackSparseWeights(packed: string, buckets: number, width: number): SparseEmit {
  const lookup = base64Lookup();
  let pad = 0;
  while (pad < 2 && packed.charCodeAt(packed.length - 1 - pad) === 0x3d) pad++;
  const size = (packed.length / 4) * 3 - pad;
  const bits = new Int32Array((buckets + 31) >>> 5);
  // room for every row; only the pages of the kept rows are ever written
  const scratch = new Int8Array(buckets * width);
  let row = 0;
  let col = 0;
  let last = -1;
  let at = -width;
  let run = false;
  for (let i = 0, o = 0; i < packed.length && row < buckets; i += 4) {
    const x = base64Group(packed, i, lookup);
    for (let shift = 16; shift >= 0 && o < size; shift -= 8, o++) {
      const b = (x >> shift) & 255;
      if (run) {
        run = false;
        col += b;
        if (col >= width) {
          row += (col / width) | 0;
          col %= width;
        }
      } else if (b === 0x80) {
        run = true;
      } else if (row < buckets) {
        if (row !== last) {
          bits[row >>> 5]! |= 1 << (row & 31);
          last = row;
          at += width;
        }
        scratch[at + col] = b > 127 ? b - 256 : b;
        if (++col === width) {
          row++;
          col = 0;
        }
      }
    }
  }
  const ranks = new Int32Array(bits.length);
  for (let w = 0, rank = 0; w < bits.length; w++) {
    ranks[w] = rank;
    rank += popcount(bits[w]!);
  }
  return { bits, ranks, rows: scratch.slice(0, at + width) };
}

/** The 24 bits of the four base64 characters of `packed` from `i` ('=' reads as 0). */
function base64Group(packed: string, i: number, lookup: Int8Array): number {
  return (
    (lookup[packed.charCodeAt(i)]! << 18) |
    (lookup[packed.charCodeAt(i + 1)]! << 12) |
    ((lookup[packed.charCodeAt(i + 2)]! & 63) << 6) |
    (lookup[packed.charCodeAt(i + 3)]! & 63)
  );
}

/** Base64 character code → its 6-bit value (-1 for others). */
function base64Lookup(): Int8Array {
  const lookup = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  return lookup;
}

/** The bytes of a packed base64 string. */
function unpackBytes(packed: string): Uint8Array {
  const lookup = base64Lookup();
  let pad = 0;
  while (pad < 2 && packed.charCodeAt(packed.length - 1 - pad) === 0x3d) pad++;
  const bytes = new Uint8Array((packed.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < packed.length; i += 4) {
    const x = base64Group(packed, i, lookup);
    if (o < bytes.length) bytes[o++] = (x >> 16) & 255;
    if (o < bytes.length) bytes[o++] = (x >> 8) & 255;
    if (o < bytes.length) bytes[o++] = x & 255;
  }
  return bytes;
}
