import { assertString } from '../chars/guards.js';
import { releaseInput, scanChunk, startScan, TYPE_NAMES } from './scan.js';
import type { TokenType } from './types.js';

/**
 * The tokens of a text as parallel typed arrays — what `tokenize` returns, without an object
 * or a string per token. Token `k` is `text.slice(starts[k], ends[k])`, of type
 * `TOKEN_TYPES[types[k]]`.
 */
export interface TokenSpans {
  /** The number of tokens (the arrays are exactly this long). */
  readonly length: number;
  /** UTF-16 offset where each token starts. */
  readonly starts: Int32Array;
  /** UTF-16 offset where each token ends (exclusive). */
  readonly ends: Int32Array;
  /** Each token's type, as an index into {@link TOKEN_TYPES}. */
  readonly types: Uint8Array;
}

/**
 * The token types by the code `tokenSpans` stores in `types` (frozen).
 *
 * @example
 * TOKEN_TYPES[0] //=> 'word'
 * TOKEN_TYPES.length //=> 9
 */
export const TOKEN_TYPES: readonly TokenType[] = TYPE_NAMES;

/**
 * Splits text into the same tokens as `tokenize`, returned as three typed arrays (start, end,
 * type code) instead of one object per token. Meant for large texts and indexing: it
 * allocates no object and no string per token, so its time and memory grow linearly with the
 * text and nothing is left for the garbage collector.
 *
 * @param text - The text to tokenize.
 * @returns `{ length, starts, ends, types }`, with length 0 for `''`.
 * @throws TypeError when `text` is not a string.
 * @example
 * const spans = tokenSpans('قال: "نوفوستي"');
 * spans.length //=> 5
 * Array.from(spans.starts) //=> [0, 3, 5, 6, 13]
 * Array.from(spans.types, (t) => TOKEN_TYPES[t]) //=> ['word', 'punctuation', 'punctuation', 'word', 'punctuation']
 */
export function tokenSpans(text: string): TokenSpans {
  assertString('tokenSpans', text);
  const { starts, ends, types, length } = scanAll(text);
  // exact lengths: a copy when the estimate overshot, a view (no copy) when it was close
  const capacity = starts.length;
  const exact = length === capacity || length > capacity * 0.9;
  return {
    length,
    starts: exact ? starts.subarray(0, length) : starts.slice(0, length),
    ends: exact ? ends.subarray(0, length) : ends.slice(0, length),
    types: exact ? types.subarray(0, length) : types.slice(0, length),
  };
}

/**
 * Every token of `text` in typed arrays that may be longer than `length` (the scan of
 * `tokenSpans`, before it trims them). `tokenize` builds its objects from these in one tight
 * loop after the scan, which is about a fifth faster than building them chunk by chunk
 * between the scanner's steps.
 * @internal
 */
export function scanAll(text: string): { starts: Int32Array; ends: Int32Array; types: Uint8Array; length: number } {
  // Arabic news averages about 6 UTF-16 units per token with its space: start there and
  // grow by half when a text is denser.
  let capacity = Math.max(16, Math.ceil(text.length / 5));
  let starts: Int32Array = new Int32Array(capacity);
  let ends: Int32Array = new Int32Array(capacity);
  let types: Uint8Array = new Uint8Array(capacity);
  let length = 0;
  if (text.length > 0) {
    startScan(text);
    for (;;) {
      const chunk = scanChunk();
      const count = chunk.count;
      if (count === 0) break;
      if (length + count > capacity) {
        capacity = Math.max(length + count, Math.ceil(capacity * 1.5));
        starts = grown(starts, capacity);
        ends = grown(ends, capacity);
        const t = new Uint8Array(capacity);
        t.set(types);
        types = t;
      }
      starts.set(chunk.starts.subarray(0, count), length);
      ends.set(chunk.ends.subarray(0, count), length);
      types.set(chunk.types.subarray(0, count), length);
      length += count;
    }
    releaseInput();
  }
  return { starts, ends, types, length };
}

function grown(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}
