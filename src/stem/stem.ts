import { assertString, checkOptions, describeType } from '../chars/guards.js';
import { stemDhad } from './dhad.js';
import { stemIsri } from './isri.js';
import { stemLight10 } from './light10.js';
import { stemSnowball } from './snowball.js';

/** The stemming algorithms `stem` offers. */
export type StemAlgorithm = 'dhad' | 'light10' | 'snowball' | 'isri';

/** Options of {@link stem}. */
export interface StemOptions {
  /**
   * Which stemmer runs: `'dhad'` (dhad's own light stemmer), `'light10'` (exactly Lucene's
   * `ArabicNormalizer` + `ArabicStemmer`, as Elasticsearch, Solr and OpenSearch index Arabic),
   * `'snowball'` (exactly the Snowball Arabic stemmer) or `'isri'` (exactly NLTK's
   * `ISRIStemmer().stem`).
   * @defaultValue 'dhad'
   */
  algorithm?: StemAlgorithm | undefined;
}

/** The algorithm names, in the order the docs list them. */
export const STEM_ALGORITHMS: readonly StemAlgorithm[] = Object.freeze(['dhad', 'light10', 'snowball', 'isri']);

const OPTION_KEYS = ['algorithm'] as const;

/** `stemDhad` with exactly one parameter, safe to hand to `Array#map`. */
const stemDhadWord = (word: string): string => stemDhad(word);

/** The stemmer function of an algorithm name, or a TypeError naming `fn` (and the option, `what`). */
export function stemmerOf(fn: string, algorithm: unknown, what = 'algorithm'): (word: string) => string {
  switch (algorithm) {
    case undefined:
    case 'dhad':
      return stemDhadWord;
    case 'light10':
      return stemLight10;
    case 'snowball':
      return stemSnowball;
    case 'isri':
      return stemIsri;
    default:
      throw new TypeError(
        `dhad.${fn}: unknown ${what} ${typeof algorithm === 'string' ? `'${algorithm}'` : describeType(algorithm)} (expected one of: ${STEM_ALGORITHMS.join(', ')})`,
      );
  }
}

/**
 * Stems one Arabic word. The default `'dhad'` stemmer removes clitics (through `segment`) and
 * one inflectional ending while keeping names and loanwords whole; `'light10'`, `'snowball'`
 * and `'isri'` reproduce Lucene, Snowball and NLTK output exactly, so an index built with them
 * needs no rebuilding.
 *
 * @param word - One word (a `word` token). Words without Arabic letters come back unchanged
 *   from `'dhad'`; the compatibility algorithms do what their reference does.
 * @param options - {@link StemOptions}.
 * @defaultValue options.algorithm: `'dhad'`
 * @returns The stem (`''` for `''`).
 * @throws TypeError when `word` is not a string, or an option or algorithm is unknown.
 * @example
 * stem('والمنظمات') //=> 'منظمة'
 * stem('بوتين') //=> 'بوتين'
 * stem('بوتين', { algorithm: 'light10' }) //=> 'بوت'
 * stem('الكتاب', { algorithm: 'snowball' }) //=> 'كتاب'
 * stem('يستخدمون', { algorithm: 'isri' }) //=> 'خدم'
 */
export function stem(word: string, options?: StemOptions): string {
  assertString('stem', word);
  if (options === undefined) return stemDhad(word);
  const opts = checkOptions<StemOptions>('stem', options, OPTION_KEYS);
  return stemmerOf('stem', opts.algorithm)(word);
}
