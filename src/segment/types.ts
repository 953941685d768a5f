/** Tags of the pieces of a segmented word. */
export type MorphemeTag = 'CONJ' | 'PREP' | 'FUT' | 'DET' | 'PRON' | 'STEM';

/**
 * One piece of a word. `text` is the surface slice (`word.slice(start, end)` — or, in
 * `segmentText`, `input.slice(start, end)`); `form` is the underlying spelling (the elided
 * alef of «لل» restored as «ال», «ت» before a suffix restored as «ة»).
 */
export interface Morpheme {
  text: string;
  form: string;
  start: number;
  end: number;
  tag: MorphemeTag;
}

/**
 * A word split into proclitics, base and enclitics. The lists are read-only: a word without
 * proclitics or enclitics shares one frozen empty list with every other such word.
 */
export interface Segmentation {
  prefixes: readonly Morpheme[];
  base: Morpheme;
  suffixes: readonly Morpheme[];
}
