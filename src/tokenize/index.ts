export { tokenize } from './tokenize.js';
export type { TokenizeOptions } from './tokenize.js';
export { TOKEN_TYPES, tokenSpans } from './spans.js';
export type { TokenSpans } from './spans.js';
export { sentences } from './sentences.js';
export type { Token, TokenType, Sentence } from './types.js';
