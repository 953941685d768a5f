// `dhad/testing`: the fast-check arbitraries dhad's own property tests use, built from real
// Arabic-script alphabets, for projects that want to property-test their Arabic text handling
// the same way. fast-check is an optional peer dependency of this subpath only.
import * as fc from 'fast-check';
import {
  ARABIC_INDIC_DIGITS,
  ARABIC_LETTERS,
  DIACRITICS,
  HARAKAT,
  INVISIBLES,
  PERSIAN_DIGITS,
  PERSIAN_LETTERS,
  TATWEEL,
  WHITESPACE,
  presentationFormTable,
} from '../chars/arabic.js';
import { booleanOption, checkOptions } from '../chars/guards.js';

// Options are checked as in the rest of dhad: an unknown key, a non-boolean switch or a bad
// length is a TypeError naming the arbitrary, not a silently different generator.
const WORD_KEYS = ['minLength', 'maxLength', 'diacritics', 'tatweel', 'persian', 'presentationForms', 'invisibles'] as const;
const TEXT_KEYS = ['maxLength', 'diacritics', 'tatweel', 'presentationForms', 'persian', 'latin', 'emoji', 'invisibles', 'digits', 'whitespace', 'loneSurrogates'] as const;

function lengthOption(fn: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    const shown = typeof value === 'number' ? String(value) : value === null ? 'null' : typeof value;
    throw new TypeError(`dhad.${fn}: options.${name} must be a non-negative integer, got ${shown}`);
  }
  return value;
}

/** Options of `arabicWord`. */
export interface ArabicWordOptions {
  /**
   * Fewest letters.
   * @defaultValue 1
   */
  minLength?: number | undefined;
  /**
   * Most letters.
   * @defaultValue 8, or `minLength` when that is larger
   */
  maxLength?: number | undefined;
  /**
   * Put diacritics (every mark the `diacritics` step removes) after some letters.
   * @defaultValue false
   */
  diacritics?: boolean | undefined;
  /**
   * Put U+0640 TATWEEL after some letters.
   * @defaultValue false
   */
  tatweel?: boolean | undefined;
  /**
   * Draw some letters from the Persian/Urdu letters (پ چ ژ گ ک ی ٹ ڈ ڑ ں ھ ہ ۀ ۃ ے).
   * @defaultValue false
   */
  persian?: boolean | undefined;
  /**
   * Write some letters as presentation forms (U+FB50–FDFF, U+FE70–FEFF).
   * @defaultValue false
   */
  presentationForms?: boolean | undefined;
  /**
   * Put invisible format characters (ZWNJ, ZWJ, LRM, RLM, BOM, soft hyphen, …) inside some words.
   * @defaultValue false
   */
  invisibles?: boolean | undefined;
}

/** Options of `arabicText`: which kinds of characters to mix into the words and gaps. */
export interface ArabicTextOptions {
  /**
   * Most pieces (words, numbers, gaps, …).
   * @defaultValue 12
   */
  maxLength?: number | undefined;
  /** @defaultValue true */
  diacritics?: boolean | undefined;
  /** @defaultValue false */
  tatweel?: boolean | undefined;
  /** @defaultValue false */
  presentationForms?: boolean | undefined;
  /** @defaultValue false */
  persian?: boolean | undefined;
  /**
   * Mix in Latin words and ASCII punctuation.
   * @defaultValue false
   */
  latin?: boolean | undefined;
  /**
   * Mix in emoji (astral code points, i.e. surrogate pairs).
   * @defaultValue false
   */
  emoji?: boolean | undefined;
  /** @defaultValue false */
  invisibles?: boolean | undefined;
  /**
   * Mix in numbers written in Arabic-Indic (٠–٩), Persian (۰–۹) and ASCII digits, with ٫ and ٬.
   * @defaultValue false
   */
  digits?: boolean | undefined;
  /**
   * Separate pieces with runs of any Unicode whitespace (tabs, newlines, no-break and
   * ideographic spaces, …) instead of single spaces, sometimes at the ends too.
   * @defaultValue false
   */
  whitespace?: boolean | undefined;
  /**
   * Mix in unpaired surrogate code units (U+D800–DFFF), which are not valid Unicode but occur
   * in JavaScript strings.
   * @defaultValue false
   */
  loneSurrogates?: boolean | undefined;
}

/**
 * One of the 36 Arabic letters U+0621–063A and U+0641–064A (hamza and its carriers, alef
 * variants, teh marbuta, alef maksura and the 28 letters).
 * @returns An arbitrary of one-letter strings.
 * @example
 * fc.sample(arabicLetter(), 1)[0].length //=> 1
 */
export function arabicLetter(): fc.Arbitrary<string> {
  return fc.constantFrom(...ARABIC_LETTERS);
}

/**
 * One Persian or Urdu letter not in the Arabic alphabet: پ چ ژ گ ک ی ٹ ڈ ڑ ں ھ ہ ۀ ۃ ے.
 * @returns An arbitrary of one-letter strings.
 */
export function persianLetter(): fc.Arbitrary<string> {
  return fc.constantFrom(...PERSIAN_LETTERS);
}

/**
 * One Arabic diacritic: any mark the `diacritics` step of `normalize` removes (harakat,
 * tanween, shadda, sukun, superscript alef, Quranic marks). Set `harakat` to draw only the
 * eight marks of ordinary vowelled text (U+064B–0652).
 * @param options - `{ harakat?: boolean }`.
 * @defaultValue options.harakat: `false`
 * @returns An arbitrary of one-mark strings.
 * @throws TypeError for an unknown option or a non-boolean `harakat`.
 */
export function arabicDiacritic(options?: { harakat?: boolean }): fc.Arbitrary<string> {
  const { harakat } = checkOptions<{ harakat?: boolean }>('arabicDiacritic', options, ['harakat']);
  return fc.constantFrom(...(booleanOption('arabicDiacritic', 'harakat', harakat, false) ? HARAKAT : DIACRITICS));
}

/**
 * One Arabic-Indic digit ٠–٩ (U+0660–0669).
 * @returns An arbitrary of one-digit strings.
 */
export function arabicDigit(): fc.Arbitrary<string> {
  return fc.constantFrom(...ARABIC_INDIC_DIGITS);
}

/**
 * One Extended Arabic-Indic (Persian/Urdu) digit ۰–۹ (U+06F0–06F9).
 * @returns An arbitrary of one-digit strings.
 */
export function persianDigit(): fc.Arbitrary<string> {
  return fc.constantFrom(...PERSIAN_DIGITS);
}

/**
 * One Arabic presentation form that `normalizePresentationForms` rewrites (contextual letter
 * forms, lam-alef and other ligatures, ﷲ, isolated harakat, and the religious ligatures such
 * as ﷽ that it spells out) from U+FB50–FDFF and U+FE70–FEFF.
 * @returns An arbitrary of one-unit strings.
 */
export function presentationForm(): fc.Arbitrary<string> {
  return fc.constantFrom(...[...presentationFormTable().keys()].map((c) => String.fromCharCode(c)));
}

/**
 * One invisible format character: U+00AD, U+061C, U+180E, U+200B–200F, U+202A–202E, U+2060–2064,
 * U+2066–2069, U+FEFF.
 * @returns An arbitrary of one-unit strings.
 */
export function invisibleChar(): fc.Arbitrary<string> {
  return fc.constantFrom(...INVISIBLES);
}

/**
 * One Unicode whitespace character (the White_Space property: tab, newline, no-break space, …).
 * @returns An arbitrary of one-unit strings.
 */
export function whitespaceChar(): fc.Arbitrary<string> {
  return fc.constantFrom(...WHITESPACE);
}

/**
 * One unpaired surrogate code unit (U+D800–DFFF as a string of length 1).
 * @returns An arbitrary of one-unit strings.
 */
export function loneSurrogate(): fc.Arbitrary<string> {
  return fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
}

/**
 * One emoji from the astral planes (a surrogate pair), sometimes with a skin-tone modifier.
 * @returns An arbitrary of emoji strings.
 */
export function emoji(): fc.Arbitrary<string> {
  // Emoticons U+1F600–1F64F and transport and map symbols U+1F680–1F6C5: all emoji.
  const base = fc.oneof(fc.integer({ min: 0x1f600, max: 0x1f64f }), fc.integer({ min: 0x1f680, max: 0x1f6c5 }));
  return fc
    .tuple(base, fc.option(fc.integer({ min: 0x1f3fb, max: 0x1f3ff }), { nil: undefined }))
    .map(([c, tone]) => String.fromCodePoint(c) + (tone === undefined ? '' : String.fromCodePoint(tone)));
}

const join = (parts: readonly string[]): string => parts.join('');

/**
 * An Arabic word: letters, optionally with diacritics, tatweel, Persian letters,
 * presentation forms and invisibles mixed in.
 * @param options - What to mix in, and the length in letters.
 * @defaultValue options: `{ minLength: 1, maxLength: 8 }`, nothing mixed in
 * @returns An arbitrary of words (never empty, no Unicode whitespace; with `invisibles`, a word
 *   may hold U+FEFF, which JavaScript's `\s` and `trim` count as space).
 * @throws TypeError for an unknown option, a non-boolean switch, a length that is not a positive
 * integer, or `maxLength` below `minLength`.
 * @example
 * fc.assert(fc.property(arabicWord(), (w) => /^[\u0621-\u064A]+$/.test(w)))
 */
export function arabicWord(options?: ArabicWordOptions): fc.Arbitrary<string> {
  const o = checkOptions<ArabicWordOptions>('arabicWord', options, WORD_KEYS);
  const minLength = lengthOption('arabicWord', 'minLength', o.minLength, 1);
  // left out, maxLength follows a larger minLength (as fast-check's own lengths do): refusing
  // `{ minLength: 10 }` for a maxLength the caller never gave would be a puzzle
  const maxLength = lengthOption('arabicWord', 'maxLength', o.maxLength, Math.max(8, minLength));
  // a word is never empty: a length of 0 was silently read as 1, so maxLength 0 drew
  // one-letter words; say so instead
  for (const [name, value] of [['minLength', minLength], ['maxLength', maxLength]] as const) {
    if (value < 1) throw new TypeError(`dhad.arabicWord: options.${name} must be at least 1 (a word is never empty), got ${value}`);
  }
  if (maxLength < minLength) {
    throw new TypeError(`dhad.arabicWord: options.maxLength (${maxLength}) must be at least options.minLength (${minLength})`);
  }
  const on = (name: (typeof WORD_KEYS)[number]): boolean => booleanOption('arabicWord', name, o[name], false);
  const letters: fc.WeightedArbitrary<string>[] = [{ arbitrary: arabicLetter(), weight: 8 }];
  if (on('persian')) letters.push({ arbitrary: persianLetter(), weight: 2 });
  if (on('presentationForms')) letters.push({ arbitrary: presentationForm(), weight: 2 });
  const marks: fc.Arbitrary<string>[] = [];
  if (on('diacritics')) marks.push(arabicDiacritic(), arabicDiacritic({ harakat: true }));
  if (on('tatweel')) marks.push(fc.constant(TATWEEL));
  if (on('invisibles')) marks.push(invisibleChar());
  const letter = fc.oneof(...letters);
  const unit =
    marks.length === 0
      ? letter
      : fc
          .tuple(letter, fc.array(fc.oneof(...marks), { maxLength: 2 }))
          .map(([l, m]) => l + join(m));
  return fc.array(unit, { minLength, maxLength }).map(join);
}

/**
 * Arabic text: words separated by spaces, with the kinds of characters named in `options`
 * mixed in (diacritics, tatweel, presentation forms, Persian letters, Latin, emoji,
 * invisibles, digits, any whitespace, lone surrogates).
 * @param options - What to mix in.
 * @defaultValue options: `{ maxLength: 12, diacritics: true }`, everything else off
 * @returns An arbitrary of strings (possibly empty).
 * @throws TypeError for an unknown option, a non-boolean switch or a bad `maxLength`.
 * @example
 * fc.assert(fc.property(arabicText({ tatweel: true }), (t) => typeof t === 'string'))
 */
export function arabicText(options?: ArabicTextOptions): fc.Arbitrary<string> {
  const o = checkOptions<ArabicTextOptions>('arabicText', options, TEXT_KEYS);
  const maxLength = lengthOption('arabicText', 'maxLength', o.maxLength, 12);
  const flag = (name: Exclude<(typeof TEXT_KEYS)[number], 'maxLength'>, fallback = false): boolean =>
    booleanOption('arabicText', name, o[name], fallback);
  const on = {
    tatweel: flag('tatweel'),
    presentationForms: flag('presentationForms'),
    persian: flag('persian'),
    latin: flag('latin'),
    emoji: flag('emoji'),
    invisibles: flag('invisibles'),
    digits: flag('digits'),
    whitespace: flag('whitespace'),
    loneSurrogates: flag('loneSurrogates'),
  };
  const word = arabicWord({
    diacritics: flag('diacritics', true),
    tatweel: on.tatweel,
    persian: on.persian,
    presentationForms: on.presentationForms,
    invisibles: on.invisibles,
  });
  const pieces: fc.WeightedArbitrary<string>[] = [{ arbitrary: word, weight: 10 }];
  if (on.digits) {
    const digit = fc.oneof(arabicDigit(), persianDigit(), fc.constantFrom('0', '1', '2', '5', '9'));
    const number = fc
      .tuple(fc.array(digit, { minLength: 1, maxLength: 4 }), fc.option(fc.tuple(fc.constantFrom('\u066B', '\u066C', '.', ','), fc.array(digit, { minLength: 1, maxLength: 3 })), { nil: undefined }))
      .map(([a, b]) => join(a) + (b ? b[0] + join(b[1]) : ''));
    pieces.push({ arbitrary: number, weight: 2 });
  }
  if (on.latin) {
    const latinWord = fc
      .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789'.split('')), { minLength: 1, maxLength: 6 })
      .map(join);
    pieces.push({ arbitrary: latinWord, weight: 2 }, { arbitrary: fc.constantFrom('.', ',', '!', '?', ';', ':', '"', '(', ')', '-'), weight: 1 });
  }
  pieces.push({ arbitrary: fc.constantFrom('\u060C', '\u061B', '\u061F', '.', '\u00AB', '\u00BB'), weight: 1 });
  if (on.emoji) pieces.push({ arbitrary: emoji(), weight: 1 });
  if (on.invisibles) pieces.push({ arbitrary: invisibleChar(), weight: 1 });
  if (on.loneSurrogates) pieces.push({ arbitrary: loneSurrogate(), weight: 1 });
  if (on.presentationForms) pieces.push({ arbitrary: presentationForm(), weight: 1 });

  const gap = on.whitespace
    ? fc.oneof({ arbitrary: fc.constant(' '), weight: 4 }, { arbitrary: fc.array(whitespaceChar(), { minLength: 1, maxLength: 3 }).map(join), weight: 2 })
    : fc.constant(' ');
  const edge = on.whitespace ? fc.oneof(fc.constant(''), gap) : fc.constant('');
  return fc
    .tuple(edge, fc.array(fc.tuple(fc.oneof(...pieces), gap), { maxLength }), edge)
    .map(([head, body, tail]) => head + body.map(([p, g], i) => (i === body.length - 1 ? p : p + g)).join('') + tail);
}
