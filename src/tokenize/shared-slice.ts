/**
 * `text.slice(start, end)` that hands out one string for the words a text repeats.
 *
 * Running text repeats its short words (و، في، من، على …): three tokens in four of a news
 * page are words seen in the last few thousand. A direct-mapped table of the last short
 * slices (hashed by their code units, checked unit by unit against the input) returns the
 * string already made instead of allocating a new one. Tokens then cost the collector one
 * object instead of two, which makes `tokenize` on megabytes of text about a third faster.
 *
 * Only slices of at most {@link MAX_SHARED} units are shared: V8 copies short substrings, so a
 * table entry never keeps the input it came from alive (longer slices may point into it).
 * The table holds at most {@link SLOTS} short strings, a few hundred kB, for the process.
 * @internal
 */
export const MAX_SHARED = 12;
/** @internal */
export const SLOTS = 1 << 13;
const MASK = SLOTS - 1;
const table: string[] = new Array<string>(SLOTS).fill('');

/**
 * The string `text.slice(start, end)`, possibly the same string as an earlier equal slice.
 * @internal
 */
export function sharedSlice(text: string, start: number, end: number): string {
  const n = end - start;
  if (n > MAX_SHARED) return text.slice(start, end);
  let h = n;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  const slot = (h ^ (h >>> 15)) & MASK;
  const seen = table[slot]!;
  if (seen.length === n) {
    let i = 0;
    while (i < n && seen.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === n) return seen;
  }
  const made = text.slice(start, end);
  table[slot] = made;
  return made;
}
