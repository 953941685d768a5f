export { segment, type SegmentOptions } from './segment.js';
export { segmentText, type SegmentTextOptions, type SegmentedToken } from './segment-text.js';
export type { Morpheme, MorphemeTag, Segmentation } from './types.js';
