export { stem, STEM_ALGORITHMS } from './stem.js';
export type { StemAlgorithm, StemOptions } from './stem.js';
export { isStopword, stopwords } from './stopwords.js';
