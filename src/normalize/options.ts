// Options of `normalize`: the presets, and the resolution of an options argument into the
// fixed set of steps a compiled normalizer runs.
import { checkOptions, describeType, isPlainObject } from '../chars/guards.js';

/** A named set of steps: `'clean'` (lossless for reading), `'search'` (for matching; the default) or `'aggressive'`. */
export type NormalizePreset = 'clean' | 'search' | 'aggressive';

/** Where `normalizeDigits` and the `digits` step send digits: `'latin'` (0–9) or `'arabic'` (٠–٩); the step also takes `false` (left alone). */
export type DigitTarget = 'latin' | 'arabic';

/** How many letters the `repeats` step keeps of a run of three or more identical Arabic letters. */
export type RepeatsKeep = 1 | 2;

/**
 * The steps of `normalize`, each switchable. Steps not mentioned are off, unless `preset`
 * is named, in which case they keep that preset's values.
 */
export interface NormalizeOptions {
  /**
   * Start from this preset's steps; the other options override it.
   * @defaultValue undefined (unmentioned steps are off)
   */
  preset?: NormalizePreset | undefined;
  /**
   * Replace Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) with their NFKC forms
   * (ﻻ → لا, U+FDF2 ﷲ → الله; an isolated haraka U+FE70–FE7E, U+FC5E–FC63 → its mark, without
   * the space NFKC puts before it, which would cut a word in two).
   * @defaultValue false (true in every preset)
   */
  presentationForms?: boolean | undefined;
  /**
   * Remove U+00AD, U+061C, U+180E, U+200B–200F, U+202A–202E, U+2060–2064, U+2066–2069
   * and U+FEFF.
   * `'exceptZwnj'` removes them all but U+200C ZERO WIDTH NON-JOINER, which Persian and Urdu
   * spelling needs (what `clean` does).
   * @defaultValue false (`'exceptZwnj'` in `clean`, true in `search` and `aggressive`)
   */
  invisibles?: boolean | 'exceptZwnj' | undefined;
  /**
   * Remove U+0640 TATWEEL.
   * @defaultValue false (true in every preset)
   */
  tatweel?: boolean | undefined;
  /**
   * Collapse each run of Unicode whitespace (White_Space property) into one U+0020 SPACE and
   * trim both ends.
   * @defaultValue false (true in `search` and `aggressive`)
   */
  whitespace?: boolean | undefined;
  /**
   * Remove harakat, tanween, shadda, sukun and Quranic marks: U+0610–061A, U+064B–065F,
   * U+0670, U+06D6–06DC, U+06DF–06E8, U+06EA–06ED.
   * @defaultValue false (true in `search` and `aggressive`)
   */
  diacritics?: boolean | undefined;
  /**
   * Fold أ إ آ ٱ (U+0623, U+0625, U+0622, U+0671) to ا U+0627.
   * @defaultValue false (true in `search` and `aggressive`)
   */
  alef?: boolean | undefined;
  /**
   * Fold ى U+0649 ALEF MAKSURA to ي U+064A YEH.
   * @defaultValue false (true in `search` and `aggressive`)
   */
  alefMaksura?: boolean | undefined;
  /**
   * Fold ة U+0629 TEH MARBUTA to ه U+0647 HEH.
   * @defaultValue false (true in `search` and `aggressive`)
   */
  tehMarbuta?: boolean | undefined;
  /**
   * Fold Persian and Urdu letters to Arabic ones: ک→ك, ی→ي, ے→ي, ۀ→ه, ہ→ه, ھ→ه, ۃ→ة.
   * @defaultValue false (true in `search` and `aggressive`)
   */
  persian?: boolean | undefined;
  /**
   * `'latin'`: ٠–٩ and ۰–۹ → 0–9, ٫ → `.`, ٬ → `,`; `'arabic'`: 0–9 and ۰–۹ → ٠–٩; `false`: off.
   * @defaultValue false (`'latin'` in `search` and `aggressive`)
   */
  digits?: DigitTarget | false | undefined;
  /**
   * Fold the hamza carriers ؤ → و and ئ → ي (a lone ء is kept).
   * @defaultValue false (true in `aggressive`)
   */
  hamza?: boolean | undefined;
  /**
   * Fold Arabic punctuation to ASCII: ، → `,`, ؛ → `;`, ؟ → `?`.
   * @defaultValue false (true in `aggressive`)
   */
  punctuation?: boolean | undefined;
  /**
   * Collapse each run of three or more identical Arabic letters (U+0621–063A, U+0641–064A,
   * U+066E–066F, U+0671–06D3, U+06D5), as left by the earlier steps, to `1` letter or to `2`
   * (a run of alef ا أ إ آ ٱ always to one: spelling never doubles alef). Runs of two are kept:
   * spelling writes them (ممكن، الله). For elongated chat text: مرحبااااا → مرحبا,
   * ممممكن → ممكن (with `2`). Not in any preset.
   * @defaultValue false
   */
  repeats?: RepeatsKeep | false | undefined;
}

/** The option keys `normalize` accepts, in the order its steps run (after `preset`). */
export const OPTION_KEYS = [
  'preset',
  'presentationForms',
  'invisibles',
  'tatweel',
  'diacritics',
  'persian',
  'alef',
  'alefMaksura',
  'tehMarbuta',
  'hamza',
  'digits',
  'punctuation',
  'repeats',
  'whitespace',
] as const;

/**
 * The steps in the order they run. Repeats runs after every step that removes or folds letters,
 * so it sees the letters they leave side by side (مـمـم, أاا). Whitespace runs last so that
 * removals cannot leave double spaces behind.
 */
export const STEP_ORDER = OPTION_KEYS.slice(1) as readonly Exclude<(typeof OPTION_KEYS)[number], 'preset'>[];

/** A step's name. */
export type NormalizeStep = (typeof STEP_ORDER)[number];

/** The preset names. */
export const PRESETS: readonly NormalizePreset[] = ['clean', 'search', 'aggressive'];

// Bits of a resolved step set. The invisibles step has two bits: INVISIBLES removes every
// invisible, INVISIBLES_KEEP_ZWNJ all but U+200C (what `clean` does).
export const PRESENTATION_FORMS = 1 << 0;
export const INVISIBLES = 1 << 1;
export const INVISIBLES_KEEP_ZWNJ = 1 << 2;
export const TATWEEL = 1 << 3;
export const WHITESPACE = 1 << 4;
export const DIACRITICS = 1 << 5;
export const ALEF = 1 << 6;
export const ALEF_MAKSURA = 1 << 7;
export const TEH_MARBUTA = 1 << 8;
export const PERSIAN = 1 << 9;
export const DIGITS_LATIN = 1 << 10;
export const DIGITS_ARABIC = 1 << 11;
export const HAMZA = 1 << 12;
export const PUNCTUATION = 1 << 13;
export const REPEATS_1 = 1 << 14;
export const REPEATS_2 = 1 << 15;

const BIT: Record<Exclude<NormalizeStep, 'digits' | 'invisibles' | 'repeats'>, number> = {
  presentationForms: PRESENTATION_FORMS,
  tatweel: TATWEEL,
  whitespace: WHITESPACE,
  diacritics: DIACRITICS,
  alef: ALEF,
  alefMaksura: ALEF_MAKSURA,
  tehMarbuta: TEH_MARBUTA,
  persian: PERSIAN,
  hamza: HAMZA,
  punctuation: PUNCTUATION,
};

const KNOWN: Readonly<Record<string, true>> = Object.fromEntries(OPTION_KEYS.map((key) => [key, true]));

const CLEAN = PRESENTATION_FORMS | INVISIBLES_KEEP_ZWNJ | TATWEEL;
const SEARCH =
  PRESENTATION_FORMS |
  INVISIBLES |
  TATWEEL |
  WHITESPACE |
  DIACRITICS |
  ALEF |
  ALEF_MAKSURA |
  TEH_MARBUTA |
  PERSIAN |
  DIGITS_LATIN;
const AGGRESSIVE = SEARCH | HAMZA | PUNCTUATION;

/** The step bits of each preset. */
export const PRESET_BITS: Readonly<Record<NormalizePreset, number>> = {
  clean: CLEAN,
  search: SEARCH,
  aggressive: AGGRESSIVE,
};

/**
 * The steps each preset runs, as a full options object: `normalize(text, PRESET_OPTIONS[p])`
 * equals `normalize(text, p)`.
 * @example
 * PRESET_OPTIONS.search.digits //=> 'latin'
 * PRESET_OPTIONS.clean.invisibles //=> 'exceptZwnj'
 */
export const PRESET_OPTIONS: Readonly<Record<NormalizePreset, Readonly<Required<Omit<NormalizeOptions, 'preset'>>>>> = Object.freeze({
  clean: Object.freeze(toOptions(CLEAN)),
  search: Object.freeze(toOptions(SEARCH)),
  aggressive: Object.freeze(toOptions(AGGRESSIVE)),
});

function toOptions(bits: number): Required<Omit<NormalizeOptions, 'preset'>> {
  return {
    presentationForms: (bits & PRESENTATION_FORMS) !== 0,
    invisibles: bits & INVISIBLES_KEEP_ZWNJ ? 'exceptZwnj' : (bits & INVISIBLES) !== 0,
    tatweel: (bits & TATWEEL) !== 0,
    diacritics: (bits & DIACRITICS) !== 0,
    persian: (bits & PERSIAN) !== 0,
    alef: (bits & ALEF) !== 0,
    alefMaksura: (bits & ALEF_MAKSURA) !== 0,
    tehMarbuta: (bits & TEH_MARBUTA) !== 0,
    hamza: (bits & HAMZA) !== 0,
    digits: bits & DIGITS_LATIN ? 'latin' : bits & DIGITS_ARABIC ? 'arabic' : false,
    punctuation: (bits & PUNCTUATION) !== 0,
    repeats: bits & REPEATS_1 ? 1 : bits & REPEATS_2 ? 2 : false,
    whitespace: (bits & WHITESPACE) !== 0,
  };
}

function presetBits(fn: string, name: unknown): number {
  if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(PRESET_BITS, name)) {
    return PRESET_BITS[name as NormalizePreset];
  }
  const shown = typeof name === 'string' ? `'${name}'` : describeType(name);
  throw new TypeError(`dhad.${fn}: unknown preset ${shown} (expected one of: ${PRESETS.join(', ')})`);
}

/**
 * Resolves an options argument (undefined, a preset name or an options object) into step bits.
 * Throws a TypeError naming `fn` for an unknown key, preset or value.
 */
export function resolveOptions(fn: string, options: unknown): number {
  if (options === undefined) return SEARCH;
  if (typeof options === 'string') return presetBits(fn, options);
  // a class instance or `Object.create(defaults)` is refused as every other dhad function
  // refuses it: its inherited keys would escape the check below (an inherited `preset` was
  // read, an inherited `alef` ignored)
  if (options === null || typeof options !== 'object' || Array.isArray(options) || !isPlainObject(options)) checkOptions(fn, options, OPTION_KEYS); // throws
  const o = options as Record<string, unknown>;
  // Only the keys present are visited: resolving runs on every call that passes an object.
  const keys = Object.keys(o);
  // a Map or Set has no own keys: checkOptions rejects it (only looked at when no key is set)
  if (keys.length === 0) checkOptions(fn, options, OPTION_KEYS);
  let bits = o.preset === undefined ? 0 : presetBits(fn, o.preset);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key === 'preset') continue;
    // checked before the value is read: an unknown key is named even if reading it would throw
    if (!Object.prototype.hasOwnProperty.call(KNOWN, key)) checkOptions(fn, options, OPTION_KEYS); // throws, naming the key
    const value = o[key];
    if (value === undefined) continue;
    if (key === 'digits') {
      bits &= ~(DIGITS_LATIN | DIGITS_ARABIC);
      if (value === 'latin') bits |= DIGITS_LATIN;
      else if (value === 'arabic') bits |= DIGITS_ARABIC;
      else if (value !== false) {
        throw new TypeError(`dhad.${fn}: options.digits must be 'latin', 'arabic' or false, got ${show(value)}`);
      }
      continue;
    }
    if (key === 'repeats') {
      bits &= ~(REPEATS_1 | REPEATS_2);
      if (value === 1) bits |= REPEATS_1;
      else if (value === 2) bits |= REPEATS_2;
      else if (value !== false) {
        throw new TypeError(`dhad.${fn}: options.repeats must be 1, 2 or false, got ${typeof value === 'number' ? String(value) : show(value)}`);
      }
      continue;
    }
    if (key === 'invisibles') {
      bits &= ~(INVISIBLES | INVISIBLES_KEEP_ZWNJ);
      if (value === 'exceptZwnj') bits |= INVISIBLES_KEEP_ZWNJ;
      else if (value === true) bits |= INVISIBLES;
      else if (value !== false) {
        throw new TypeError(`dhad.${fn}: options.invisibles must be a boolean or 'exceptZwnj', got ${show(value)}`);
      }
      continue;
    }
    if (typeof value !== 'boolean') {
      throw new TypeError(`dhad.${fn}: options.${key} must be a boolean, got ${show(value)}`);
    }
    const bit = BIT[key as keyof typeof BIT];
    if (value) bits |= bit;
    else bits &= ~bit;
  }
  return bits;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : describeType(value);
}
