// The single pass of `normalize` over UTF-16 code units, driven by a compiled table
// (see compile.ts). Output code units are collected in a reusable Uint16Array and turned into
// strings a chunk at a time, so there is no per-character allocation and no recursion: a
// 100 MB input runs in linear time and constant stack.
import { type Compiled, EXPAND, REMOVE, SPACE, SURROGATE } from './compile.js';

// Measured on the corpus: 4,096-unit chunks decode fastest; TextDecoder costs more than
// fromCharCode for a few units (one token), hence SMALL.
const CHUNK = 4096;
const SLICE = 1024;
const SMALL = 64;
const buffer = new Uint16Array(CHUNK);

// Turning the buffer into a string is most of the cost of a pass, so the fastest decoder
// available is used. Under Node, a Buffer view of the same memory decodes UTF-16 with a plain
// copy (lone surrogates and a leading U+FEFF kept). Elsewhere TextDecoder is several times
// faster than String.fromCharCode.apply, but it replaces lone surrogates with U+FFFD, so
// chunks holding a surrogate (tracked through the SURROGATE table value) take the exact,
// slower path; `ignoreBOM` keeps a leading U+FEFF instead of swallowing it as a byte order mark.
// Feature detection only: the core imports no node:* module and runs in browsers.
interface Utf16View {
  toString(encoding: 'utf16le', start: number, end: number): string;
}
interface BufferConstructorLike {
  from(buffer: ArrayBuffer, byteOffset: number, length: number): Utf16View;
}
const nodeView: Utf16View | undefined = makeNodeView();
const decoder: TextDecoder | undefined = nodeView ? undefined : makeDecoder();
/** Which decoder this platform uses (for tests). */
export const DECODER: 'buffer' | 'text-decoder' | 'from-char-code' = nodeView ? 'buffer' : decoder ? 'text-decoder' : 'from-char-code';

function makeNodeView(): Utf16View | undefined {
  const B = (globalThis as { Buffer?: BufferConstructorLike }).Buffer;
  try {
    return B && typeof B.from === 'function' ? B.from(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength) : undefined;
  } catch {
    return undefined;
  }
}

function makeDecoder(): TextDecoder | undefined {
  try {
    return typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;
  } catch {
    return undefined;
  }
}

/** Turns the first `length` units of the buffer into a string. */
function flush(length: number, surrogates: boolean): string {
  if (nodeView && length > SMALL) return nodeView.toString('utf16le', 0, length * 2);
  if (decoder && !surrogates && length > SMALL) return decoder.decode(buffer.subarray(0, length));
  let out = '';
  for (let at = 0; at < length; at += SLICE) {
    const part = buffer.subarray(at, Math.min(length, at + SLICE));
    out += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return out;
}

/**
 * The length of the prefix of `s` that the steps leave unchanged. With the whitespace step,
 * one U+0020 between two kept characters is unchanged too (the caller re-reads a space that
 * ends the prefix, which may start a run or trail).
 */
function unchangedPrefix(s: string, compiled: Compiled): number {
  const { table } = compiled;
  const ws = compiled.whitespace;
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const t = table[c];
    if (t === c || t === SURROGATE) continue;
    if (c === 0x20 && ws && i > 0 && i + 1 < n && s.charCodeAt(i - 1) !== 0x20) continue;
    break;
  }
  return i;
}

/** Runs the compiled steps over `s`. Returns `s` itself when nothing changes. */
export function run(s: string, compiled: Compiled): string {
  const { table, expansions } = compiled;
  const ws = compiled.whitespace;
  const n = s.length;
  let i = unchangedPrefix(s, compiled);
  if (i === n) return s;

  let head = i;
  // A whitespace run waits in `pending` to be written as one U+0020 before the next kept unit,
  // unless nothing has been written yet (leading whitespace) or nothing follows (trailing).
  let pending = false;
  if (ws && i > 0 && s.charCodeAt(i - 1) === 0x20) {
    head = i - 1;
    pending = true;
  }
  const parts: string[] = [s.slice(0, head)];
  let len = 0;
  let sur = false;

  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    let t = table[c]!;
    if (t < 0) {
      if (t === REMOVE) continue;
      if (t === SPACE) {
        pending = true;
        continue;
      }
      if (t === SURROGATE) {
        sur = true;
        t = c;
      } else {
        const codes = expansions[EXPAND - t]!;
        for (let k = 0; k < codes.length; k++) {
          const u = codes[k]!;
          if (u === SPACE) {
            pending = true;
            continue;
          }
          if (pending) {
            pending = false;
            if (len > 0 || head > 0 || parts.length > 1) {
              buffer[len++] = 0x20;
              if (len === CHUNK) {
                parts.push(flush(len, sur));
                len = 0;
                sur = false;
              }
            }
          }
          buffer[len++] = u;
          if (len === CHUNK) {
            parts.push(flush(len, sur));
            len = 0;
            sur = false;
          }
        }
        continue;
      }
    }
    if (pending) {
      pending = false;
      if (len > 0 || head > 0 || parts.length > 1) {
        buffer[len++] = 0x20;
        if (len === CHUNK) {
          parts.push(flush(len, sur));
          len = 0;
          sur = false;
        }
      }
    }
    buffer[len++] = t;
    if (len === CHUNK) {
      parts.push(flush(len, sur));
      len = 0;
      sur = false;
    }
  }
  if (len > 0) parts.push(flush(len, sur));
  return parts.length === 1 ? parts[0]! : parts.join('');
}

/** Result of `normalizeWithMap`. */
export interface NormalizedWithMap {
  /** The normalized text. */
  text: string;
  /**
   * `map[i]` is the offset in the input of the character that produced `text[i]`;
   * `map[text.length]` is the input's length. Never decreases.
   */
  map: Uint32Array;
}

/** Runs the compiled steps over `s` and records, for each output unit, the input offset it came from. */
export function runWithMap(s: string, compiled: Compiled): NormalizedWithMap {
  const { table, expansions } = compiled;
  const n = s.length;
  let map: Uint32Array = new Uint32Array(n + 1);
  // The unchanged prefix maps to itself and is copied as one slice.
  let head = unchangedPrefix(s, compiled);
  let pending = false;
  let pendingAt = 0;
  if (compiled.whitespace && head > 0 && head < n && s.charCodeAt(head - 1) === 0x20) {
    head--;
    pending = true;
    pendingAt = head;
  }
  for (let k = 0; k <= head; k++) map[k] = k;
  if (head === n) return { text: s, map };
  const parts: string[] = [s.slice(0, head)];
  let out = head; // units written so far
  let len = 0; // units in the buffer
  let sur = false;
  let extra = 0; // units added by expansions beyond one per presentation form

  for (let i = pending ? head + 1 : head; i < n; i++) {
    const c = s.charCodeAt(i);
    let t = table[c]!;
    if (t < 0) {
      if (t === REMOVE) continue;
      if (t === SPACE) {
        if (!pending) {
          pending = true;
          pendingAt = i;
        }
        continue;
      }
      if (t === SURROGATE) {
        sur = true;
        t = c;
      } else {
        const codes = expansions[EXPAND - t]!;
        // Output never passes (input units read) + `extra`, so a map of n + extra + 1 entries
        // always has room: a kept unit writes one entry, a collapsed space one for a whitespace
        // unit that wrote none, and an expansion of L units L, of which L - 1 count as extra.
        extra += codes.length - 1;
        if (n + extra + 1 > map.length) map = grow(map, n + extra);
        for (let k = 0; k < codes.length; k++) {
          const u = codes[k]!;
          if (u === SPACE) {
            if (!pending) {
              pending = true;
              pendingAt = i;
            }
            continue;
          }
          if (pending) {
            pending = false;
            if (out > 0) {
              map[out++] = pendingAt;
              buffer[len++] = 0x20;
              if (len === CHUNK) {
                parts.push(flush(len, sur));
                len = 0;
                sur = false;
              }
            }
          }
          map[out++] = i;
          buffer[len++] = u;
          if (len === CHUNK) {
            parts.push(flush(len, sur));
            len = 0;
            sur = false;
          }
        }
        continue;
      }
    }
    if (pending) {
      pending = false;
      if (out > 0) {
        map[out++] = pendingAt;
        buffer[len++] = 0x20;
        if (len === CHUNK) {
          parts.push(flush(len, sur));
          len = 0;
          sur = false;
        }
      }
    }
    map[out++] = i;
    buffer[len++] = t;
    if (len === CHUNK) {
      parts.push(flush(len, sur));
      len = 0;
      sur = false;
    }
  }
  if (len > 0) parts.push(flush(len, sur));
  map[out] = n;
  const text = parts.length === 1 ? parts[0]! : parts.join('');
  // A view when little is unused, a compact copy when the text shrank a lot.
  const size = out + 1;
  return { text, map: size === map.length ? map : size * 4 >= map.length * 3 ? map.subarray(0, size) : map.slice(0, size) };
}

/** A copy of `map` with room for at least `need + 1` entries. */
function grow(map: Uint32Array, need: number): Uint32Array {
  const bigger = new Uint32Array(Math.max(need + 1, Math.ceil(map.length * 1.5)));
  bigger.set(map);
  return bigger;
}
