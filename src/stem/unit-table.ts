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
  return h | 0;
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
  // One cell of four int32 per slot, [hash, pool offset, length, code]: a probe reads one cache
  // line, and the letters are compared only on a full hash match.
  let capacity = 1;
  while (capacity < count * 1.5) capacity <<= 1;
  const mask = capacity - 1;
  const cells = new Int32Array(capacity * 4);
  for (let c = 1; c < cells.length; c += 4) cells[c] = -1;
  let at = 0;
  let n = 0;
  let start = 0;
  while (start < packed.length) {
    let end = packed.indexOf('\n', start);
    if (end === -1) end = packed.length;
    const from = at;
    for (let i = start + 1; i < end; i++) pool[at++] = packed.charCodeAt(i);
    const h = hashRange(pool, from, at, -1);
    let slot = h & mask;
    while (cells[slot * 4 + 1] !== -1) slot = (slot + 1) & mask;
    const c = slot * 4;
    cells[c] = h;
    cells[c + 1] = from;
    cells[c + 2] = at - from;
    cells[c + 3] = codeOf(packed.charCodeAt(start));
    n++;
    start = end + 1;
  }
  return {
    size: n,
    get(units, from, to, last) {
      const length = to - from;
      const h = hashRange(units, from, to, last);
      let slot = h & mask;
      for (;;) {
        const c = slot * 4;
        const s = cells[c + 1]!;
        if (s === -1) return 0;
        if (cells[c] === h && cells[c + 2] === length) {
          const stop = last >= 0 ? length - 1 : length;
          let same = last < 0 || pool[s + length - 1] === last;
          for (let i = 0; same && i < stop; i++) if (pool[s + i] !== units[from + i]) same = false;
          if (same) return cells[c + 3]!;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}
