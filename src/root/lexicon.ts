// The root lexicon: every known root with a prior weight, decoded from the packed string
// in src/lexicon/roots.ts on first use (never at import time).
import { ROOTS_PACKED } from '../lexicon/roots.js';

let lexicon: Map<string, number> | undefined;
let table: Int8Array | undefined;

/** Index of a triliteral root of Arabic letters (U+0621–U+064A) in {@link triliteralTable}. */
export function triliteralKey(a: number, b: number, c: number): number {
  return (((a - 0x0620) & 63) << 12) | (((b - 0x0620) & 63) << 6) | ((c - 0x0620) & 63);
}

/**
 * The triliteral roots as a flat table indexed by {@link triliteralKey}: bucket + 1, or 0
 * for a letter triple that is not a root. Lookups cost no string allocation.
 */
export function triliteralTable(): Int8Array {
  if (table) return table;
  const t = new Int8Array(1 << 18);
  for (const [r, bucket] of rootLexicon()) {
    if (r.length === 3) t[triliteralKey(r.charCodeAt(0), r.charCodeAt(1), r.charCodeAt(2))] = bucket + 1;
  }
  table = t;
  return t;
}

/**
 * Root → prior bucket (round(4 × log10(1 + corpus count)), 0 for a root never seen in the corpus).
 * The packed format is groups `bucket:root root …` separated by `|`.
 */
export function rootLexicon(): Map<string, number> {
  if (lexicon) return lexicon;
  const map = new Map<string, number>();
  for (const group of ROOTS_PACKED.split('|')) {
    const colon = group.indexOf(':');
    const weight = Number(group.slice(0, colon));
    for (const r of group.slice(colon + 1).split(' ')) if (r) map.set(r, weight);
  }
  lexicon = map;
  return map;
}
