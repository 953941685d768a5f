export { tokenize } from './tokenize.js';
export type { TokenizeOptions } from './tokenize.js';
export { sentences } from './sentences.js';
export type { Token, TokenType, Sentence } from './types.js';
