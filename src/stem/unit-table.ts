// A read-only map from words to small codes, looked up by a range of UTF-16 code units so
// that the stemmer asks about a piece of its scratch buffer without making a string. Keys sit
// in one pool of code units; an open-addressing table holds their indexes.

/** A word → code table looked up by code-unit ranges. */
export interface UnitTable {
  /** How many words the table holds. */
  readonly size: number;
  /**
   * The code of `units[start, end)` — with its last unit replaced by `last` when `last >= 0` —
   * or 0 when the word is absent.
   */
  get(units: Uint16Array, start: number, end: number, last: number): number;
}

function hashRange(units: Uint16Array, start: number, end: number, last: number): number {
  let h = 0x811c9dc5;
  const stop = last >= 0 ? end - 1 : end;
  for (let i = start; i < stop; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  if (last >= 0) h = Math.imul(h ^ last, 0x01000193);
  return h >>> 0;
}

/**
 * Builds a table from `packed`: one entry per line, a code letter then the word. `codeOf`
 * maps the code letter's char code to a code from 1 to 255.
 */
export function unitTable(packed: string, codeOf: (letter: number) => number): UnitTable {
  let count = 0;
  for (let i = 0; i < packed.length; i++) if (packed.charCodeAt(i) === 0x0a) count++;
  if (packed.length > 0 && packed.charCodeAt(packed.length - 1) !== 0x0a) count++;
  const pool = new Uint16Array(packed.length);
  const offsets = new Int32Array(count + 1);
  const codes = new Uint8Array(count);
  let capacity = 1;
  while (capacity < count * 2) capacity <<= 1;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  let at = 0;
  let n = 0;
  let start = 0;
  while (start < packed.length) {
    let end = packed.indexOf('\n', start);
    if (end === -1) end = packed.length;
    codes[n] = codeOf(packed.charCodeAt(start));
    offsets[n] = at;
    for (let i = start + 1; i < end; i++) pool[at++] = packed.charCodeAt(i);
    let slot = hashRange(pool, offsets[n]!, at, -1) & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = n;
    n++;
    start = end + 1;
  }
  offsets[n] = at;
  return {
    size: n,
    get(units, from, to, last) {
      const length = to - from;
      let slot = hashRange(units, from, to, last) & mask;
      for (;;) {
        const k = slots[slot]!;
        if (k === -1) return 0;
        const s = offsets[k]!;
        if (offsets[k + 1]! - s === length) {
          const stop = last >= 0 ? length - 1 : length;
          let same = last < 0 || pool[s + length - 1] === last;
          for (let i = 0; same && i < stop; i++) if (pool[s + i] !== units[from + i]) same = false;
          if (same) return codes[k]!;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}
