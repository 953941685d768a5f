// A small cache of short strings, so that a long text's repeated words share one string
// instead of each token holding its own copy.
//
// Running text repeats its words: a tokenizer that slices every token allocates a fresh
// string per token, and a large output then keeps millions of copies of a few thousand
// words alive: twice the objects for the garbage collector to copy and promote, and a
// quarter more memory (103 against 78 bytes a token for tokenize). Here a slice of at most
// MAX_INTERNED UTF-16 units is looked up by a hash of its code units in a fixed, direct-
// mapped table; a hit returns the stored string, a miss slices and takes the slot.
//
// Only strings V8 copies on slice are stored (shorter than 13 units): a longer slice is a
// view that would keep the whole input alive from this table. The table holds at most
// SLOTS strings of that size (under 150 KB) whatever the input, and it changes no result:
// a stored string equals the slice it replaces.

/** Longest string stored: V8 copies slices shorter than 13 units instead of viewing the parent. */
const MAX_INTERNED = 12;
const SLOTS = 1 << 12;
const table: string[] = new Array<string>(SLOTS).fill('');

/**
 * `text.slice(start, end)`, returned as a shared string when an equal short string was
 * sliced recently (by any caller).
 */
export function sliceInterned(text: string, start: number, end: number): string {
  const len = end - start;
  if (len > MAX_INTERNED) return text.slice(start, end);
  let h = len;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const slot = (h ^ (h >>> 13)) & (SLOTS - 1);
  const stored = table[slot]!;
  if (stored.length === len) {
    let i = 0;
    while (i < len && stored.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === len) return stored;
  }
  const s = text.slice(start, end);
  table[slot] = s;
  return s;
}
