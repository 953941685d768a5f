import { assertString, booleanOption, checkOptions, describeType } from '../chars/guards.js';
import { detectLanguage, type ArabicScriptLanguage } from '../lang/index.js';
import { entities as findEntities } from '../ner/index.js';
import type { NameMemory } from '../ner/consistency.js';
import { entitiesInStream } from '../ner/recognize.js';
import type { Entity } from '../ner/types.js';
import { type NormalizeOptions, type NormalizePreset } from '../normalize/index.js';
import { run } from '../normalize/engine.js';
import { compileNestedOptions } from '../normalize/normalize.js';
import { root as findRoot } from '../root/index.js';
import { segmentWord } from '../segment/segment.js';
import { applyContext } from '../segment/segment-text.js';
import type { Segmentation } from '../segment/types.js';
import { stemDhad } from '../stem/dhad.js';
import { stemmerOf, type StemAlgorithm } from '../stem/stem.js';
import { sentences as findSentences, tokenize } from '../tokenize/index.js';
import type { Sentence, Token } from '../tokenize/types.js';

/** The stages `analyze` can run. */
export type AnalyzeStep = 'language' | 'sentences' | 'tokens' | 'normal' | 'segment' | 'stem' | 'root' | 'entities';

const ALL_STEPS: readonly AnalyzeStep[] = ['language', 'sentences', 'tokens', 'normal', 'segment', 'stem', 'root', 'entities'];
const DEFAULT_STEPS: readonly AnalyzeStep[] = ['language', 'sentences', 'tokens', 'normal', 'segment', 'stem', 'entities'];

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /**
   * The stages to run. `normal`, `segment`, `stem` and `root` imply `tokens`.
   * @defaultValue `['language', 'sentences', 'tokens', 'normal', 'segment', 'stem', 'entities']` (every stage but `root`)
   */
  steps?: readonly AnalyzeStep[] | undefined;
  /**
   * The normalization behind each token's `normal`: a preset name or options object.
   * @defaultValue `'search'`
   */
  normalize?: NormalizePreset | NormalizeOptions | undefined;
  /**
   * Split the article «ال» off as a `DET` prefix in each word's `segmentation`; `false` keeps it
   * in the base, as `segment(word, { splitArticle: false })` does. The stems do not change.
   * @defaultValue true
   */
  splitArticle?: boolean | undefined;
  /**
   * The stemmer behind each word's `stem`, one of `stem`'s algorithms: `'dhad'`, `'light10'`,
   * `'snowball'` or `'isri'`.
   * @defaultValue 'dhad'
   */
  stemmer?: StemAlgorithm | undefined;
}

/** A token of a {@link Doc}: a {@link Token} plus what the chosen stages add to it. */
export interface AnalyzedToken extends Token {
  /** Normalized text (stage `normal`). */
  normal?: string;
  /** Clitic segmentation, morpheme offsets into the analysed text (stage `segment`, words only). */
  segmentation?: Segmentation;
  /** The stem by `options.stemmer`, `'dhad'` by default (stage `stem`, words only). */
  stem?: string;
  /** The root, when one is found (stage `root`, words only). */
  root?: string;
}

/** The result of {@link analyze}; every offset points into `text`. */
export interface Doc {
  text: string;
  /** ISO 639-3 code from `detectLanguage`, or `'und'` when the stage did not run. */
  language: ArabicScriptLanguage | 'und';
  sentences: Sentence[];
  tokens: AnalyzedToken[];
  entities: Entity[];
}

/** @internal The option names of `analyze` (`analyzeStream` adds its own). */
export const OPTION_KEYS = ['steps', 'normalize', 'splitArticle', 'stemmer'] as const;

function resolveSteps(fn: string, steps: unknown): Set<AnalyzeStep> {
  if (steps === undefined) return new Set(DEFAULT_STEPS);
  if (!Array.isArray(steps)) throw new TypeError(`dhad.${fn}: options.steps must be an array, got ${describeType(steps)}`);
  const out = new Set<AnalyzeStep>();
  for (const s of steps) {
    if (typeof s !== 'string' || !(ALL_STEPS as readonly string[]).includes(s)) {
      throw new TypeError(`dhad.${fn}: unknown step '${String(s)}' (expected one of: ${ALL_STEPS.join(', ')})`);
    }
    out.add(s as AnalyzeStep);
  }
  return out;
}

/** @internal The work of `analyze`, with the function name used in error messages. */
export function analyzeAs(fn: string, text: unknown, options?: AnalyzeOptions, memory?: NameMemory): Doc {
  assertString(fn, text);
  const opts = checkOptions<AnalyzeOptions>(fn, options, OPTION_KEYS);
  const steps = resolveSteps(fn, opts.steps);
  const wantTokens = steps.has('tokens') || steps.has('normal') || steps.has('segment') || steps.has('stem') || steps.has('root');
  // compiled under this function's name, so that a bad preset is reported as analyze's error;
  // checked even when the 'normal' stage does not run, as tokenize checks it on '' and every
  // other option is checked whatever the input; `null` is refused (not read as the default by `??`)
  const compiled = steps.has('normal') || opts.normalize !== undefined ? compileNestedOptions(fn, 'normalize', opts.normalize === undefined ? 'search' : opts.normalize) : undefined;
  const norm = compiled === undefined || !steps.has('normal') ? undefined : (t: string): string => run(t, compiled);
  const splitArticle = booleanOption(fn, 'splitArticle', opts.splitArticle, true);
  // The stemmer is looked up whether or not the stage runs, so a bad name is always an error.
  const stemOther = opts.stemmer === undefined || opts.stemmer === 'dhad' ? undefined : stemmerOf(fn, opts.stemmer, 'stemmer');

  const tokens: AnalyzedToken[] = wantTokens ? tokenize(text) : [];
  for (const token of tokens) {
    if (norm) token.normal = norm(token.text);
    if (token.type !== 'word') continue;
    // Segmented in place, offsets into the whole text.
    if (steps.has('segment')) token.segmentation = segmentWord(token.text, splitArticle, token.start, true);
    // The dhad stem reuses a segmentation with the article split, instead of segmenting again.
    if (steps.has('stem')) token.stem = stemOther ? stemOther(token.text) : stemDhad(token.text, splitArticle ? token.segmentation : undefined);
    if (steps.has('root')) {
      const r = findRoot(token.text);
      if (r !== undefined) token.root = r;
    }
  }
  // The rules of running text that segmentText applies («فان» van, «فقد» the verb), after the
  // stems, which stay those of `stem` on the word alone (API pass 15).
  if (steps.has('segment')) applyContext(text, tokens.filter((t) => t.type === 'word'));
  return {
    text,
    language: steps.has('language') ? detectLanguage(text) : 'und',
    sentences: steps.has('sentences') ? findSentences(text) : [],
    tokens,
    entities: !steps.has('entities') ? [] : memory ? entitiesInStream(text, memory) : findEntities(text),
  };
}

/**
 * Analyses Arabic text in one call: language, sentences, tokens with their normalized form,
 * clitic segmentation, stem (and root when asked), and named entities — every offset into `text`.
 *
 * @param text - The text to analyse.
 * @param options - Which stages to run and how to normalize.
 * @returns A {@link Doc}.
 * @example
 * ```ts
 * const doc = analyze('وقال بوتين', { steps: ['tokens', 'stem'] });
 * doc.tokens.map((t) => t.stem); //=> ['قال', 'بوتين']
 * ```
 */
export function analyze(text: string, options?: AnalyzeOptions): Doc {
  return analyzeAs('analyze', text, options);
}
