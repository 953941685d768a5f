import { presentationFormTable } from '../chars/arabic.js';
import { assertString } from '../chars/guards.js';
import { formTables, LAM } from './joining.js';
import { fromCodeUnits } from '../chars/utf16.js';
import { isLoneSurrogate } from './reshape.js';

/**
 * Turns presentation forms back into ordinary Arabic letters: the inverse of {@link reshape}.
 * Letter forms become their letter, a lam-alef ligature becomes lam + alef, and any other
 * character of U+FB50–FDFF or U+FE70–FEFF becomes its NFKC form (ﷲ → الله) — the religious
 * ligatures without one (﷽) their words, an isolated haraka (ﹰ) its mark without NFKC's space —
 * so text copied out of an old PDF becomes searchable again. Everything else is unchanged.
 *
 * A mark that `reshape` moved behind a lam-alef ligature comes back after the alef
 * (لَا → ﻻَ → لاَ): the ligature does not record where it was.
 *
 * @param text - Text containing Arabic presentation forms.
 * @returns The text with presentation forms replaced by the letters they show.
 * @example
 * ```ts
 * unshape('\uFEB3\uFEFC\uFEE1') //=> 'سلام'
 * ```
 */
export function unshape(text: string): string {
  assertString('unshape', text);
  const n = text.length;
  const t = formTables();
  let out: Uint16Array = new Uint16Array(n + 16);
  let w = 0;
  let loneSurrogate = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xfb50 || code > 0xfeff) {
      if (code >= 0xd800 && code <= 0xdfff && !loneSurrogate) loneSurrogate = isLoneSurrogate(text, i);
      out[w++] = code;
      continue;
    }
    const letter = t.letterOf[code - 0xfb50]!;
    if (letter !== 0) {
      out[w++] = letter;
      continue;
    }
    const alef = t.alefOf[code - 0xfb50]!;
    if (alef !== 0) {
      // A ligature grows by one unit: make room for what is left of the input plus it.
      if (w + 2 + (n - i - 1) > out.length) out = grow(out, w + 2 + (n - i - 1));
      out[w++] = LAM;
      out[w++] = alef;
      continue;
    }
    const decomposed = presentationFormTable().get(code);
    if (decomposed === undefined) {
      out[w++] = code;
      continue;
    }
    if (w + decomposed.length + (n - i - 1) > out.length) out = grow(out, w + decomposed.length + (n - i - 1));
    for (let k = 0; k < decomposed.length; k++) out[w++] = decomposed.charCodeAt(k);
  }
  return fromCodeUnits(out, w, loneSurrogate);
}

function grow(units: Uint16Array, needed: number): Uint16Array {
  const bigger = new Uint16Array(Math.max(needed + 16, units.length * 2));
  bigger.set(units);
  return bigger;
}
