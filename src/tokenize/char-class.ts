// Character-class lookup for the tokenizer: a byte per code point below U+20000, decoded on
// first use from the generated run-length table; the sparse planes above it use a binary
// search over the same runs.
import { PACKED_CHAR_CLASSES } from './char-classes.generated.js';
import { SYMBOL } from './char-class-names.js';

/** Code points below this limit are looked up in a flat table. */
const TABLE_LIMIT = 0x20000;

let table: Uint8Array | undefined;
let highStarts: number[] = [];
let highClasses: number[] = [];

/** The class of every code point below U+20000, decoding the packed table on first call. */
export function classTable(): Uint8Array {
  if (table !== undefined) return table;
  const flat = new Uint8Array(TABLE_LIMIT);
  const starts: number[] = [];
  const classes: number[] = [];
  let cp = 0;
  for (const run of PACKED_CHAR_CLASSES.split(',')) {
    const cls = parseInt(run[0]!, 36);
    const length = parseInt(run.slice(1), 36);
    const end = cp + length;
    if (cp < TABLE_LIMIT) flat.fill(cls, cp, Math.min(end, TABLE_LIMIT));
    if (end > TABLE_LIMIT) {
      starts.push(Math.max(cp, TABLE_LIMIT));
      classes.push(cls);
    }
    cp = end;
  }
  highStarts = starts;
  highClasses = classes;
  table = flat;
  return flat;
}

/** The class of any code point (0 … U+10FFFF). */
export function classOf(cp: number): number {
  const flat = classTable();
  if (cp < TABLE_LIMIT) return flat[cp]!;
  let lo = 0;
  let hi = highStarts.length - 1;
  if (hi < 0 || cp < highStarts[0]!) return SYMBOL;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (highStarts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return highClasses[lo]!;
}
