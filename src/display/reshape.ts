import { assertString } from '../chars/guards.js';
import { fromCodeUnits } from '../chars/utf16.js';
import { formTables, isArabicMark, kindMemo, kindOf, LAM, LETTER, NON_JOINING, TRANSPARENT } from './joining.js';

/**
 * Turns logical-order Arabic-script text into presentation forms — each letter replaced by its
 * isolated, initial, medial or final form, and lam + alef by the lam-alef ligature — for
 * canvases, PDFs and terminals that draw code points without shaping them.
 *
 * Joining follows Unicode's joining types: harakat and other marks are transparent, tatweel
 * and ZWJ join on both sides, ZWNJ and everything else break the join. Letters with no
 * presentation form (Pashto ټ, Kurdish ڕ, Sindhi ڪ, …) are left as they are and do not join.
 * Marks between lam and alef move behind the ligature (لَا → ﻻَ), as in Python's
 * arabic_reshaper. The output keeps logical order: reorder it for display with a bidi
 * algorithm if the target draws left to right.
 *
 * @param text - Arabic-script text in logical order.
 * @returns The text with Arabic letters replaced by presentation forms; everything else unchanged.
 * @example
 * ```ts
 * reshape('سلام') //=> '\uFEB3\uFEFC\uFEE1'
 * ```
 */
export function reshape(text: string): string {
  assertString('reshape', text);
  const n = text.length;
  const { isolated, final, initial, medial, lamAlefIsolated, lamAlefFinal } = formTables();
  const memo = kindMemo();
  const out = new Uint16Array(n);
  let w = 0; // write position in `out`
  let pending = -1; // position in `out` of the joining character whose form waits on the next one
  let pendingCode = 0; // its code point
  let pendingLetter = false; // whether it is a letter (not TATWEEL or ZWJ)
  let pendingJoinedBefore = false; // whether it joins the character before it
  let marksOnly = true; // only Arabic marks since `pending` (a lam-alef ligature may still form)
  let loneSurrogate = false;

  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let kind = memo[code]!;
    if (kind === 0) kind = kindOf(code);
    if (kind === NON_JOINING) {
      if (pending >= 0) {
        if (pendingLetter) {
          const at = pendingCode - 0x0600;
          out[pending] = pendingJoinedBefore ? final[at]! : isolated[at]!;
        }
        pending = -1;
        pendingCode = 0;
      }
      if (code >= 0xd800 && code <= 0xdfff && !loneSurrogate) loneSurrogate = isLoneSurrogate(text, i);
      out[w++] = code;
      continue;
    }
    if (kind === TRANSPARENT) {
      out[w++] = code;
      if (marksOnly && !isArabicMark(code)) marksOnly = false;
      continue;
    }
    // A letter, TATWEEL or ZWJ.
    const letter = kind === LETTER;
    const at = code - 0x0600;
    if (pendingCode === LAM && marksOnly && letter && lamAlefIsolated[at] !== 0) {
      // The ligature takes the lam's slot; marks written after the lam stay behind it.
      out[pending] = pendingJoinedBefore ? lamAlefFinal[at]! : lamAlefIsolated[at]!;
      pending = -1;
      pendingCode = 0;
      continue;
    }
    let joins = false;
    if (pending >= 0) {
      const pendingAt = pendingCode - 0x0600;
      joins =
        (!letter || final[at] !== 0) &&
        (!pendingLetter || (pendingJoinedBefore ? medial[pendingAt] : initial[pendingAt]) !== 0);
      if (pendingLetter) {
        out[pending] = pendingJoinedBefore
          ? joins ? medial[pendingAt]! : final[pendingAt]!
          : joins ? initial[pendingAt]! : isolated[pendingAt]!;
      }
    }
    pending = w;
    pendingCode = code;
    pendingLetter = letter;
    pendingJoinedBefore = joins;
    marksOnly = true;
    out[w++] = code;
  }
  if (pending >= 0 && pendingLetter) {
    const at = pendingCode - 0x0600;
    out[pending] = pendingJoinedBefore ? final[at]! : isolated[at]!;
  }
  return fromCodeUnits(out, w, loneSurrogate);
}

/** True when the surrogate at `i` has no partner. */
export function isLoneSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code <= 0xdbff) {
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
  return !(previous >= 0xd800 && previous <= 0xdbff);
}

