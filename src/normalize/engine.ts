// The single pass of `normalize` over UTF-16 code units, driven by a compiled table
// (see compile.ts). Output code units are written into one Uint16Array sized for the whole
// output and turned into a string once at the end, so there is no per-character allocation
// and no recursion: a 100 MB input runs in linear time and constant stack.
import { fromCodeUnits } from '../chars/utf16.js';
import { type Compiled, EXPAND, REMOVE, SPACE, SURROGATE } from './compile.js';

// Short inputs (tokens) reuse one buffer instead of allocating a typed array per call.
const SHARED = new Uint16Array(4096);

// Turning the buffer into a string is a large part of a pass: src/chars/utf16.ts picks the
// fastest decoder the platform has (re-exported for the decoder tests).
export { DECODER } from '../chars/utf16.js';

/** An output buffer for at least `size` units. */
function outputBuffer(size: number): Uint16Array {
  return size <= SHARED.length ? SHARED : new Uint16Array(size);
}

/** A copy of `units` with room for at least `size` units. */
function growUnits(units: Uint16Array, size: number, used: number): Uint16Array {
  const bigger = new Uint16Array(Math.max(size, Math.ceil(units.length * 1.5)));
  bigger.set(units.subarray(0, used));
  return bigger;
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

/** Whether `c` is an Arabic letter, whose runs of three or more the repeats step collapses. */
function isRepeatLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    c === 0x066e ||
    c === 0x066f ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5
  );
}

/** ا أ إ آ ٱ: spelling never doubles an alef, so the repeats step keeps one even when asked for two. */
function isAlef(c: number): boolean {
  return c === 0x0627 || c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671;
}

/**
 * {@link unchangedPrefix} when the repeats step is on: the prefix also ends before the first
 * run of three identical letters, and a run of letters that ends it is left out of it (the run
 * may go on after units the steps remove, as in مـمـم), so no run straddles the prefix and the
 * buffer.
 */
function unchangedPrefixRepeats(s: string, compiled: Compiled): number {
  const { table } = compiled;
  const ws = compiled.whitespace;
  const n = s.length;
  let prev = -1; // the last unit of the prefix
  let runStart = 0; // where its run of equal units starts
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const t = table[c];
    if (!(t === c || t === SURROGATE) && !(c === 0x20 && ws && i > 0 && i + 1 < n && prev !== 0x20)) break;
    if (c !== prev) {
      prev = c;
      runStart = i;
    } else if (i - runStart >= 2 && isRepeatLetter(c)) break;
  }
  if (i < n && i > 0 && isRepeatLetter(prev)) i = runStart;
  return i;
}

/**
 * The repeats step over `units[0, len)`, in place: each run of three or more identical Arabic
 * letters keeps `keep` of them (one for alef). With `map`, the entries `map[base + k]` follow
 * their units (a kept letter keeps its own input offset, so the map still never decreases).
 * Returns the new length. Spans between runs move left with copyWithin, so reading stays
 * ahead of writing and text without such runs is only scanned.
 */
function collapseRuns(units: Uint16Array, len: number, keep: 1 | 2, map?: Uint32Array, base = 0): number {
  let w = 0; // units kept so far
  let from = 0; // start of the span not yet moved
  let i = 0;
  while (i + 2 < len) {
    const u = units[i]!;
    // the first i with three equal units is where their run starts (i - 1 would have matched)
    if (units[i + 2] !== u || units[i + 1] !== u || !isRepeatLetter(u)) {
      i++;
      continue;
    }
    let end = i + 3;
    while (end < len && units[end] === u) end++;
    const stop = i + (keep === 2 && !isAlef(u) ? 2 : 1);
    if (w !== from) {
      units.copyWithin(w, from, stop);
      if (map) map.copyWithin(base + w, base + from, base + stop);
    }
    w += stop - from;
    from = end;
    i = end;
  }
  if (from === 0) return len;
  units.copyWithin(w, from, len);
  if (map) map.copyWithin(base + w, base + from, base + len);
  return w + len - from;
}

// Capacity: the output after reading i input units is at most i + extra units, where extra
// counts the units expansions add beyond one per presentation form (a kept unit writes one, a
// collapsed space one for a whitespace unit that wrote none). Buffers of n + extra units
// therefore never overflow, and only an expansion has to check.

/** Runs the compiled steps over `s`. Returns `s` itself when nothing changes. */
export function run(s: string, compiled: Compiled): string {
  const { table, expansions } = compiled;
  const n = s.length;
  let head = compiled.repeats ? unchangedPrefixRepeats(s, compiled) : unchangedPrefix(s, compiled);
  if (head === n) return s;

  // A whitespace run waits in `pending` to be written as one U+0020 before the next kept unit,
  // unless nothing has been written yet (leading whitespace) or nothing follows (trailing).
  let pending = false;
  if (compiled.whitespace && head > 0 && s.charCodeAt(head - 1) === 0x20) {
    head--;
    pending = true;
  }
  let units = outputBuffer(n - head);
  let len = 0;
  let sur = false;
  let extra = 0;
  const written = head > 0; // something precedes the buffer, so a pending space is not leading

  for (let i = pending ? head + 1 : head; i < n; i++) {
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
        extra += codes.length - 1;
        if (n - head + extra > units.length) units = growUnits(units, n - head + extra, len);
        for (let k = 0; k < codes.length; k++) {
          const u = codes[k]!;
          if (u === SPACE) {
            pending = true;
            continue;
          }
          if (pending) {
            pending = false;
            if (written || len > 0) units[len++] = 0x20;
          }
          units[len++] = u;
        }
        continue;
      }
    }
    if (pending) {
      pending = false;
      if (written || len > 0) units[len++] = 0x20;
    }
    units[len++] = t;
  }
  if (compiled.repeats) len = collapseRuns(units, len, compiled.repeats);
  const rest = len > 0 ? fromCodeUnits(units, len, sur) : '';
  return head > 0 ? s.slice(0, head) + rest : rest;
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
  let head = compiled.repeats ? unchangedPrefixRepeats(s, compiled) : unchangedPrefix(s, compiled);
  let pending = false;
  let pendingAt = 0;
  if (compiled.whitespace && head > 0 && head < n && s.charCodeAt(head - 1) === 0x20) {
    head--;
    pending = true;
    pendingAt = head;
  }
  for (let k = 0; k <= head; k++) map[k] = k;
  if (head === n) return { text: s, map };
  let units = outputBuffer(n - head);
  let out = head; // output units so far, prefix included
  let len = 0; // units in the buffer
  let sur = false;
  let extra = 0;

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
        extra += codes.length - 1;
        if (n - head + extra > units.length) units = growUnits(units, n - head + extra, len);
        if (n + extra + 1 > map.length) map = growMap(map, n + extra + 1);
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
              units[len++] = 0x20;
            }
          }
          map[out++] = i;
          units[len++] = u;
        }
        continue;
      }
    }
    if (pending) {
      pending = false;
      if (out > 0) {
        map[out++] = pendingAt;
        units[len++] = 0x20;
      }
    }
    map[out++] = i;
    units[len++] = t;
  }
  if (compiled.repeats) {
    const base = out - len; // map index of units[0]
    len = collapseRuns(units, len, compiled.repeats, map, base);
    out = base + len;
  }
  map[out] = n;
  const rest = len > 0 ? fromCodeUnits(units, len, sur) : '';
  const text = head > 0 ? s.slice(0, head) + rest : rest;
  // A view when little is unused, a compact copy when the text shrank a lot.
  const size = out + 1;
  return { text, map: size === map.length ? map : size * 4 >= map.length * 3 ? map.subarray(0, size) : map.slice(0, size) };
}

/** A copy of `map` with room for at least `size` entries. */
function growMap(map: Uint32Array, size: number): Uint32Array {
  const bigger = new Uint32Array(Math.max(size, Math.ceil(map.length * 1.5)));
  bigger.set(map);
  return bigger;
}
