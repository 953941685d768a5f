// The single steps of `normalize`, each equal to `normalize(text, { <step>: true })`.
import { assertString, describeType } from '../chars/guards.js';
import { type Compiled, compile } from './compile.js';
import { run } from './engine.js';
import * as B from './options.js';
import type { DigitTarget } from './options.js';

function step(fn: string, bits: number): (text: string) => string {
  let compiled: Compiled | undefined;
  return (text: string): string => {
    assertString(fn, text);
    compiled ??= compile(bits);
    return run(text, compiled);
  };
}

const removeDiacriticsStep = step('removeDiacritics', B.DIACRITICS);
const removeTatweelStep = step('removeTatweel', B.TATWEEL);
const removeInvisiblesStep = step('removeInvisibles', B.INVISIBLES);
const presentationFormsStep = step('normalizePresentationForms', B.PRESENTATION_FORMS);
const whitespaceStep = step('normalizeWhitespace', B.WHITESPACE);
const alefStep = step('normalizeAlef', B.ALEF);
const alefMaksuraStep = step('normalizeAlefMaksura', B.ALEF_MAKSURA);
const tehMarbutaStep = step('normalizeTehMarbuta', B.TEH_MARBUTA);
const persianStep = step('normalizePersian', B.PERSIAN);
const digitsLatinStep = step('normalizeDigits', B.DIGITS_LATIN);
const digitsArabicStep = step('normalizeDigits', B.DIGITS_ARABIC);
const hamzaStep = step('normalizeHamza', B.HAMZA);
const punctuationStep = step('normalizePunctuation', B.PUNCTUATION);

/**
 * Removes Arabic diacritics: harakat, tanween, shadda, sukun, superscript alef and Quranic
 * marks (U+0610–061A, U+064B–065F, U+0670, U+06D6–06DC, U+06DF–06E8, U+06EA–06ED).
 * @param text - The text.
 * @returns The text without diacritics.
 * @example
 * removeDiacritics('كَتَبَ الدَّرْسَ') //=> 'كتب الدرس'
 */
export function removeDiacritics(text: string): string {
  return removeDiacriticsStep(text);
}

/**
 * Removes U+0640 ARABIC TATWEEL (kashida), which only stretches a word.
 * @param text - The text.
 * @returns The text without tatweel.
 * @example
 * removeTatweel('جميـــل') //=> 'جميل'
 */
export function removeTatweel(text: string): string {
  return removeTatweelStep(text);
}

/**
 * Removes invisible format characters: U+00AD, U+061C, U+180E, U+200B–200F (incl. ZWNJ),
 * U+202A–202E, U+2060–2064, U+2066–2069, U+FEFF.
 * @param text - The text.
 * @returns The text without invisibles.
 * @example
 * removeInvisibles('\u200Fمرحبا\u200B') //=> 'مرحبا'
 */
export function removeInvisibles(text: string): string {
  return removeInvisiblesStep(text);
}

/**
 * Replaces Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) with their NFKC forms:
 * contextual letter forms → letters, ligatures → letter sequences (ﻻ → لا, ﷲ → الله), an
 * isolated haraka → its mark alone (NFKC would put a space before it).
 * @param text - The text.
 * @returns The text in ordinary Arabic letters.
 * @example
 * normalizePresentationForms('\uFEDF\uFEE8\uFE8E\uFEDF') //=> 'لنال'
 * normalizePresentationForms('\uFEFB') //=> 'لا'
 */
export function normalizePresentationForms(text: string): string {
  return presentationFormsStep(text);
}

/**
 * Collapses each run of Unicode whitespace (U+0009–000D, U+0020, U+0085, U+00A0, U+1680,
 * U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000) into one U+0020 and trims both ends.
 * @param text - The text.
 * @returns The text with single spaces.
 * @example
 * normalizeWhitespace('  مرحبا \n\t بكم ') //=> 'مرحبا بكم'
 */
export function normalizeWhitespace(text: string): string {
  return whitespaceStep(text);
}

/**
 * Folds the alef variants أ إ آ ٱ (U+0623, U+0625, U+0622, U+0671) to bare ا (U+0627).
 * @param text - The text.
 * @returns The text with bare alef.
 * @example
 * normalizeAlef('أإآٱ') //=> 'اااا'
 */
export function normalizeAlef(text: string): string {
  return alefStep(text);
}

/**
 * Folds ى (U+0649 ALEF MAKSURA) to ي (U+064A YEH).
 * @param text - The text.
 * @returns The text with yeh for alef maksura.
 * @example
 * normalizeAlefMaksura('على') //=> 'علي'
 */
export function normalizeAlefMaksura(text: string): string {
  return alefMaksuraStep(text);
}

/**
 * Folds ة (U+0629 TEH MARBUTA) to ه (U+0647 HEH).
 * @param text - The text.
 * @returns The text with heh for teh marbuta.
 * @example
 * normalizeTehMarbuta('مدرسة') //=> 'مدرسه'
 */
export function normalizeTehMarbuta(text: string): string {
  return tehMarbutaStep(text);
}

/**
 * Folds Persian and Urdu letters to their Arabic counterparts: ک→ك, ی→ي, ے→ي, ۀ→ه, ہ→ه,
 * ھ→ه, ۃ→ة.
 * @param text - The text.
 * @returns The text with Arabic letters.
 * @example
 * normalizePersian('کتابی') //=> 'كتابي'
 */
export function normalizePersian(text: string): string {
  return persianStep(text);
}

/**
 * Converts digits. `'latin'`: ٠–٩ and ۰–۹ → 0–9, ٫ → `.`, ٬ → `,`. `'arabic'`: 0–9 and
 * ۰–۹ → ٠–٩.
 * @param text - The text.
 * @param target - Which digits to write.
 * @defaultValue target: `'latin'`
 * @returns The text with one set of digits.
 * @example
 * normalizeDigits('٢٠٢٤٫٥') //=> '2024.5'
 * normalizeDigits('2024', 'arabic') //=> '٢٠٢٤'
 */
export function normalizeDigits(text: string, target: DigitTarget = 'latin'): string {
  if (target === 'latin') return digitsLatinStep(text);
  if (target === 'arabic') return digitsArabicStep(text);
  assertString('normalizeDigits', text);
  // A number is nearly always an array index: `list.map(normalizeDigits)` passes (text, index).
  const hint = typeof target === 'number' ? ' (an array index? `list.map(normalizeDigits)` passes one: write `list.map((x) => normalizeDigits(x))`)' : '';
  throw new TypeError(
    `dhad.normalizeDigits: unknown target ${typeof target === 'string' ? `'${target}'` : describeType(target)} (expected one of: latin, arabic)${hint}`,
  );
}

/**
 * Folds the hamza carriers ؤ → و and ئ → ي; a lone ء and the alef forms are kept
 * (see `normalizeAlef`).
 * @param text - The text.
 * @returns The text without hamza on waw and yeh.
 * @example
 * normalizeHamza('مسؤول رئيس') //=> 'مسوول رييس'
 */
export function normalizeHamza(text: string): string {
  return hamzaStep(text);
}

/**
 * Folds Arabic punctuation to ASCII: ، → `,`, ؛ → `;`, ؟ → `?`.
 * @param text - The text.
 * @returns The text with ASCII punctuation.
 * @example
 * normalizePunctuation('نعم، لماذا؟') //=> 'نعم, لماذا?'
 */
export function normalizePunctuation(text: string): string {
  return punctuationStep(text);
}
