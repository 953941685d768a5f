// Clitic segmentation of running text: the word tokens of `tokenize`, each with its
// segmentation, every offset into the original text.
import { assertString, booleanOption, checkOptions } from '../chars/guards.js';
import { releaseInput, scanChunk, startScan, WORD } from '../tokenize/scan.js';
import { sharedSlice } from '../tokenize/shared-slice.js';
import type { Token } from '../tokenize/types.js';
import { segmentWord } from './segment.js';
import type { Morpheme, Segmentation } from './types.js';

/** Options of {@link segmentText}. */
export interface SegmentTextOptions {
  /**
   * Split the article «ال» off as a `DET` prefix; `false` keeps it in the base.
   * @defaultValue true
   */
  splitArticle?: boolean | undefined;
  /**
   * Remember the analysis of each distinct word within this call (faster on long texts with
   * repeated words; the output is identical).
   * @defaultValue false
   */
  memoize?: boolean | undefined;
}

/** A word token with its segmentation; morpheme offsets are into the original text. */
export interface SegmentedToken extends Token {
  /** Always `'word'`: `segmentText` returns only word tokens. */
  type: 'word';
  segmentation: Segmentation;
}

const OPTION_KEYS = ['splitArticle', 'memoize'] as const;

function shift(m: Morpheme, by: number): Morpheme {
  return { text: m.text, form: m.form, start: m.start + by, end: m.end + by, tag: m.tag };
}

function shiftAll(s: Segmentation, by: number): Segmentation {
  return {
    prefixes: s.prefixes.length === 0 ? s.prefixes : s.prefixes.map((m) => shift(m, by)),
    base: shift(s.base, by),
    suffixes: s.suffixes.length === 0 ? s.suffixes : s.suffixes.map((m) => shift(m, by)),
  };
}

/**
 * Tokenizes `text` (as `tokenize` does) and segments every word token into its clitics. Only tokens of type
 * `word` are returned (numbers, punctuation, URLs … carry no clitics); each keeps its `text`,
 * `start`, `end` and `type` and gains a `segmentation` whose morpheme offsets are into `text`.
 *
 * @param text - Any text.
 * @param options - {@link SegmentTextOptions}.
 * @returns The word tokens in order, each with its segmentation; `[]` for `''`.
 * @example
 * segmentText('زار وفدنا بيروت').map((t) => t.segmentation.base.text) //=> ['زار', 'وفد', 'بيروت']
 * segmentText('وبالتعاون')[0].segmentation.base.start //=> 4
 */
export function segmentText(text: string, options?: SegmentTextOptions): SegmentedToken[] {
  assertString('segmentText', text);
  const opts = checkOptions<SegmentTextOptions>('segmentText', options, OPTION_KEYS);
  const splitArticle = booleanOption('segmentText', 'splitArticle', opts.splitArticle, true);
  const memo = booleanOption('segmentText', 'memoize', opts.memoize, false) ? new Map<string, Segmentation>() : undefined;
  const out: SegmentedToken[] = [];
  if (text.length === 0) return out;
  // The scanner behind `tokenize`, read directly and chunk by chunk: only word tokens become
  // objects, and each is made once, with its segmentation.
  startScan(text);
  const word = WORD;
  for (;;) {
    const { starts, ends, types, count } = scanChunk();
    if (count === 0) break;
    for (let k = 0; k < count; k++) {
      if (types[k] !== word) continue;
      const start = starts[k]!;
      const end = ends[k]!;
      const token = sharedSlice(text, start, end);
      let segmentation: Segmentation;
      if (memo) {
        let known = memo.get(token);
        if (known === undefined) {
          known = segmentWord(token, splitArticle, 0, true);
          memo.set(token, known);
        }
        segmentation = shiftAll(known, start);
      } else {
        segmentation = segmentWord(token, splitArticle, start, true);
      }
      out.push({ text: token, start, end, type: 'word', segmentation });
    }
  }
  releaseInput();
  return out;
}
