// UTF-16 scratch buffers for the stemmers: each stemmer copies a word into its own buffer,
// edits it in place (delete, replace) and makes one string at the end, so no step allocates
// per character. Stemming is synchronous and never re-entrant for one buffer.

/** A growable scratch buffer of UTF-16 code units. */
export class Scratch {
  units: Uint16Array = new Uint16Array(64);

  /** Makes sure at least `size` units fit and returns the buffer. */
  reserve(size: number): Uint16Array {
    if (this.units.length < size) this.units = new Uint16Array(Math.max(size, this.units.length * 2));
    return this.units;
  }
}

const CHUNK = 4096;

/**
 * The string of `units[start, end)`. Words are short: up to eight units the code units are
 * passed as arguments (no typed-array view is made, about three times faster than `apply`);
 * longer ones are built in chunks so huge inputs cannot overflow the stack.
 */
export function stringOf(units: Uint16Array, start: number, end: number): string {
  const s = start;
  switch (end - start) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(units[s]!);
    case 2:
      return String.fromCharCode(units[s]!, units[s + 1]!);
    case 3:
      return String.fromCharCode(units[s]!, units[s + 1]!, units[s + 2]!);
    case 4:
      return String.fromCharCode(units[s]!, units[s + 1]!, units[s + 2]!, units[s + 3]!);
    case 5:
      return String.fromCharCode(units[s]!, units[s + 1]!, units[s + 2]!, units[s + 3]!, units[s + 4]!);
    case 6:
      return String.fromCharCode(units[s]!, units[s + 1]!, units[s + 2]!, units[s + 3]!, units[s + 4]!, units[s + 5]!);
    case 7:
      return String.fromCharCode(units[s]!, units[s + 1]!, units[s + 2]!, units[s + 3]!, units[s + 4]!, units[s + 5]!, units[s + 6]!);
    case 8:
      return String.fromCharCode(
        units[s]!, units[s + 1]!, units[s + 2]!, units[s + 3]!, units[s + 4]!, units[s + 5]!, units[s + 6]!, units[s + 7]!,
      );
  }
  if (end - start <= CHUNK) {
    return String.fromCharCode.apply(null, units.subarray(start, end) as unknown as number[]);
  }
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** True when `word` holds a surrogate code unit (so UTF-16 length differs from code points). */
export function hasSurrogate(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/**
 * Runs `fn` on `word` with every astral code point (a surrogate pair) replaced by one private
 * use code unit absent from the word, then puts the code points back. Python counts code
 * points where JavaScript counts UTF-16 units; the Snowball and ISRI references are Python,
 * and their rules only look at Arabic letters, so a stand-in unit behaves like the original.
 */
export function withCodePoints(word: string, fn: (w: string) => string): string {
  const pairs: string[] = [];
  const stand: number[] = [];
  let next = 0xe000;
  const nextFree = (): number => {
    while (word.indexOf(String.fromCharCode(next)) !== -1) next++;
    return next++;
  };
  let mapped = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < word.length) {
      const d = word.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const pair = word.slice(i, i + 2);
        let k = pairs.indexOf(pair);
        if (k === -1) {
          k = pairs.length;
          pairs.push(pair);
          stand.push(nextFree());
        }
        mapped += String.fromCharCode(stand[k]!);
        i++;
        continue;
      }
    }
    mapped += word[i];
  }
  const out = fn(mapped);
  let result = '';
  for (let i = 0; i < out.length; i++) {
    const k = stand.indexOf(out.charCodeAt(i));
    result += k === -1 ? out[i] : pairs[k];
  }
  return result;
}
