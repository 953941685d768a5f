import { assertString, describeType, isPlainObject } from '../chars/guards.js';
import { type Compiled, compile } from './compile.js';
import { type NormalizedWithMap, run, runWithMap } from './engine.js';
import { type NormalizeOptions, type NormalizePreset, PRESET_BITS, resolveOptions } from './options.js';

const SEARCH = PRESET_BITS.search;

/**
 * Resolves options once into a compiled step set (cached per distinct set of steps).
 * Internal: modules that normalize per token call this once, then `run`.
 */
export function compileOptions(fn: string, options: unknown): Compiled {
  return compile(options === undefined ? SEARCH : resolveOptions(fn, options));
}

/**
 * {@link compileOptions} for normalization options nested in another function's options
 * (`tokenize(text, { normalize })`): a value that is neither a preset name nor an object is
 * reported under its own name, not as "an options object".
 */
export function compileNestedOptions(fn: string, name: string, value: unknown): Compiled {
  if (typeof value !== 'string' && (value === null || typeof value !== 'object' || Array.isArray(value) || !isPlainObject(value))) {
    throw new TypeError(`dhad.${fn}: options.${name} must be a preset name or a normalize options object, got ${describeType(value)}`);
  }
  return compileOptions(fn, value);
}

/**
 * Normalizes Arabic text for reading, search or matching: presentation forms, invisibles,
 * tatweel, whitespace, diacritics, alef/yeh/teh marbuta/Persian letter variants, digits, hamza
 * carriers, punctuation and (opt-in, `repeats`) letters elongated by repetition, each step
 * switchable.
 *
 * @param text - The text to normalize.
 * @param options - A preset name, or the steps to run (unmentioned steps are off unless
 *   `preset` is named). Without it, the `'search'` preset runs.
 * @defaultValue options: `'search'`
 * @returns The normalized text (the input itself when nothing changes).
 * @throws TypeError when `text` is not a string or an option is unknown.
 * @example
 * normalize('إِلَى الْمَدْرَسَةِ')
 * //=> 'الي المدرسه'
 * normalize('إِلَى الْمَدْرَسَةِ', 'clean')
 * //=> 'إِلَى الْمَدْرَسَةِ'
 * normalize('مدرسةٌ ٣', { diacritics: true, digits: 'latin' })
 * //=> 'مدرسة 3'
 * normalize('مرحبااااا ممممكن', { preset: 'search', repeats: 2 })
 * //=> 'مرحبا ممكن'
 */
export function normalize(text: string, options?: NormalizePreset | NormalizeOptions): string {
  assertString('normalize', text);
  return run(text, compileOptions('normalize', options));
}

/**
 * Normalizes like `normalize` and also returns a map from every output unit back to the
 * input offset it came from, so spans found in the normalized text can be reported in the
 * original one.
 *
 * @param text - The text to normalize.
 * @param options - As for `normalize`.
 * @defaultValue options: `'search'`
 * @returns `{ text, map }`: `map.length === text.length + 1`, `map[i]` is the input offset of
 *   the character that produced `text[i]`, `map[text.length] === input.length`, and `map`
 *   never decreases.
 * @throws TypeError when `text` is not a string or an option is unknown.
 * @example
 * const { text, map } = normalizeWithMap('كتـــاب')
 * text //=> 'كتاب'
 * Array.from(map) //=> [0, 1, 5, 6, 7]
 */
export function normalizeWithMap(text: string, options?: NormalizePreset | NormalizeOptions): NormalizedWithMap {
  assertString('normalizeWithMap', text);
  return runWithMap(text, compileOptions('normalizeWithMap', options));
}

/**
 * Resolves options once and returns a normalizer function, for code that normalizes many
 * short strings (tokens) with the same options.
 *
 * @param options - As for `normalize`.
 * @defaultValue options: `'search'`
 * @returns A function `(text) => string` equal to `(text) => normalize(text, options)`.
 * @throws TypeError when an option is unknown (at creation) or the text is not a string (at call).
 * @example
 * const fold = createNormalizer({ alef: true, tehMarbuta: true })
 * fold('أسامة') //=> 'اسامه'
 */
export function createNormalizer(options?: NormalizePreset | NormalizeOptions): (text: string) => string {
  const compiled = compileOptions('createNormalizer', options);
  return (text: string): string => {
    // named after the factory: the caller never called `normalize`, and may use both
    assertString('createNormalizer', text, 'a string to normalize');
    return run(text, compiled);
  };
}

/**
 * Like `createNormalizer`, for `normalizeWithMap`.
 *
 * @param options - As for `normalize`.
 * @defaultValue options: `'search'`
 * @returns A function `(text) => { text, map }` equal to `(text) => normalizeWithMap(text, options)`.
 * @throws TypeError when an option is unknown (at creation) or the text is not a string (at call).
 * @example
 * const withMap = createNormalizerWithMap('search')
 * withMap(' ـأ ').text //=> 'ا'
 */
export function createNormalizerWithMap(
  options?: NormalizePreset | NormalizeOptions,
): (text: string) => NormalizedWithMap {
  const compiled = compileOptions('createNormalizerWithMap', options);
  return (text: string): NormalizedWithMap => {
    assertString('createNormalizerWithMap', text, 'a string to normalize');
    return runWithMap(text, compiled);
  };
}
