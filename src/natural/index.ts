// `dhad/natural`: a stemmer and a tokenizer that plug into the `natural` library's
// classifiers and TfIdf. They are plain objects shaped like natural's `Stemmer` and
// `Tokenizer` types, so this module never imports natural (an optional peer dependency).
import { assertString, checkOptions, describeType } from '../chars/guards.js';
import { stemmerOf, type StemAlgorithm } from '../stem/stem.js';
import { isStopword } from '../stem/stopwords.js';
import { TOKEN_TYPES, tokenSpans } from '../tokenize/index.js';

/** Porter's regions, part of natural's `Stemmer` type (`r1`, `r2`, `rv`). */
export interface StemmerRegions {
  r1: number;
  r2: number;
  rv: number;
}

/**
 * natural's `Stemmer` interface, written out so that a dhad stemmer is assignable to it
 * without importing natural. The Porter-specific members (`regions`, `prelude`, `step1`…
 * `step5b`, `measure`, `categorizeGroups`) exist only to satisfy that type: on Arabic they
 * change nothing (`step*` and `prelude` return the token, `measure` counts its letters).
 */
export interface NaturalStemmer {
  /** Stems one token. */
  stem: (token: string, options?: unknown) => string;
  /** Tokenizes a text, drops stop words unless `keepStops`, stems the rest. */
  tokenizeAndStem: (text: string, keepStops?: boolean) => string[];
  addStopWord: (stopWord: string) => void;
  addStopWords: (moreStopWords: string[]) => void;
  removeStopWord: (stopWord: string) => void;
  removeStopWords: (moreStopWords: string[]) => void;
  regions: (word: string) => StemmerRegions;
  prelude: (token: string) => string;
  endsinArr: (token: string, suffixes: string[]) => string;
  categorizeGroups: (token: string) => string;
  measure: (token: string) => number;
  step1: (token: string) => string;
  step1a: (token: string) => string;
  step1b: (token: string) => string;
  step1c: (token: string) => string;
  step2: (token: string) => string;
  step3: (token: string) => string;
  step4: (token: string) => string;
  step5a: (token: string) => string;
  step5b: (token: string) => string;
}

/** natural's `Tokenizer` shape: `tokenize` (what TfIdf calls) and `trim`. */
export interface NaturalTokenizer {
  /** The word and number tokens of `text`, as strings. */
  tokenize: (text: string) => string[];
  /** Drops empty strings at both ends of an array of tokens (natural's `Tokenizer.trim`). */
  trim: (array: string[]) => string[];
}

/** Options of {@link createStemmer}. */
export interface NaturalStemmerOptions {
  /**
   * The stemming algorithm (see `stem` in the core: `'dhad'`, `'light10'`, `'snowball'`, `'isri'`).
   * @defaultValue 'dhad'
   */
  algorithm?: StemAlgorithm | undefined;
}

/** The text of every `word` and `number` token of `text` (read from the spans: no Token objects). */
function words(text: string): string[] {
  const out: string[] = [];
  const { length, starts, ends, types } = tokenSpans(text);
  for (let k = 0; k < length; k++) {
    const type = TOKEN_TYPES[types[k]!];
    if (type === 'word' || type === 'number') out.push(text.slice(starts[k]!, ends[k]!));
  }
  return out;
}

const identity = (token: string): string => token;

/** Checks that `value` is an array of strings, naming `fn` in the TypeError otherwise. */
function stringArray(fn: string, value: unknown): readonly string[] {
  if (!Array.isArray(value)) throw new TypeError(`dhad.${fn}: expected an array of strings, got ${describeType(value)}`);
  for (const w of value) {
    if (typeof w !== 'string') throw new TypeError(`dhad.${fn}: expected an array of strings, got an array holding ${describeType(w)}`);
  }
  return value as string[];
}

/**
 * Creates a stemmer for natural's classifiers (`BayesClassifier`,
 * `LogisticRegressionClassifier`) with its own stop-word additions and removals.
 *
 * @param options - {@link NaturalStemmerOptions}.
 * @defaultValue options.algorithm: `'dhad'`
 * @returns An object satisfying natural's `Stemmer` type.
 * @throws TypeError when an option or algorithm is unknown.
 * @example
 * const light10 = createStemmer({ algorithm: 'light10' })
 * light10.tokenizeAndStem('والمنظمات في بيروت') //=> ['منظم', 'بيروت']
 */
export function createStemmer(options?: NaturalStemmerOptions): NaturalStemmer {
  const opts = checkOptions<NaturalStemmerOptions>('createStemmer', options, ['algorithm']);
  const stemWord = stemmerOf('createStemmer', opts.algorithm);
  const added = new Set<string>();
  const removed = new Set<string>();
  const isStop = (word: string): boolean => !removed.has(word) && (added.has(word) || isStopword(word));
  const self: NaturalStemmer = {
    stem(token: string): string {
      assertString('stemmer.stem', token);
      return stemWord(token);
    },
    tokenizeAndStem(text: string, keepStops?: boolean): string[] {
      assertString('stemmer.tokenizeAndStem', text);
      // natural reads any truthy keepStops as true; rather than guess, a non-boolean is an error
      if (keepStops !== undefined && typeof keepStops !== 'boolean') {
        throw new TypeError(`dhad.stemmer.tokenizeAndStem: keepStops must be a boolean, got ${describeType(keepStops)}`);
      }
      const out: string[] = [];
      for (const token of words(text)) {
        // natural's own stemmers lowercase the text first, so «Apple» and «apple» are one
        // feature of a classifier; Arabic has no case, so this only touches Latin words
        const word = token.toLowerCase();
        if (keepStops === true || !isStop(word)) out.push(stemWord(word));
      }
      return out;
    },
    addStopWord(stopWord: string): void {
      assertString('stemmer.addStopWord', stopWord);
      removed.delete(stopWord);
      added.add(stopWord);
    },
    addStopWords(moreStopWords: string[]): void {
      // a string is iterable too: without this check 'قمة' would add ق, م and ة
      for (const w of stringArray('stemmer.addStopWords', moreStopWords)) self.addStopWord(w);
    },
    removeStopWord(stopWord: string): void {
      assertString('stemmer.removeStopWord', stopWord);
      added.delete(stopWord);
      removed.add(stopWord);
    },
    removeStopWords(moreStopWords: string[]): void {
      for (const w of stringArray('stemmer.removeStopWords', moreStopWords)) self.removeStopWord(w);
    },
    regions: (word: string): StemmerRegions => ({ r1: word.length, r2: word.length, rv: word.length }),
    prelude: identity,
    endsinArr(token: string, suffixes: string[]): string {
      let longest = '';
      for (const s of suffixes) if (token.endsWith(s) && s.length > longest.length) longest = s;
      return longest;
    },
    categorizeGroups: (token: string): string => token,
    measure: (token: string): number => token.length,
    step1: identity,
    step1a: identity,
    step1b: identity,
    step1c: identity,
    step2: identity,
    step3: identity,
    step4: identity,
    step5a: identity,
    step5b: identity,
  };
  return self;
}

/**
 * The default dhad stemmer for natural: `new natural.BayesClassifier(stemmer)`. Its
 * `tokenizeAndStem(text, keepStops)` tokenizes with dhad's tokenizer (natural's own return
 * nothing for Arabic), lowercases the tokens as natural's stemmers do, drops function words
 * (`isStopword`) unless `keepStops` is true, and stems every word with the `'dhad'` algorithm.
 *
 * @example
 * stemmer.tokenizeAndStem('وفي القمة قمتها') //=> ['قمة', 'قمة']
 * stemmer.tokenizeAndStem('وفي القمة', true) //=> ['في', 'قمة']
 */
export const stemmer: NaturalStemmer = createStemmer();

/**
 * A tokenizer for natural's `TfIdf`: `tfidf.setTokenizer(tokenizer)`. It returns the word and
 * number tokens of dhad's `tokenize`, unstemmed. (natural's `setTokenizer` replaces the
 * tokenizer of every TfIdf instance, not only the one it is called on.)
 *
 * @example
 * tokenizer.tokenize('قمة أستانا، ٢٠٢٤!') //=> ['قمة', 'أستانا', '٢٠٢٤']
 */
export const tokenizer: NaturalTokenizer = {
  tokenize(text: string): string[] {
    assertString('tokenizer.tokenize', text);
    return words(text);
  },
  trim(array: string[]): string[] {
    if (!Array.isArray(array)) throw new TypeError(`dhad.tokenizer.trim: expected an array of strings, got ${describeType(array)}`);
    let start = 0;
    let end = array.length;
    while (start < end && array[start] === '') start++;
    while (end > start && array[end - 1] === '') end--;
    return array.slice(start, end);
  },
};

export type { StemAlgorithm };
