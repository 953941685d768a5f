/** The kinds of token `tokenize` produces. */
export type TokenType =
  | 'word'
  | 'number'
  | 'punctuation'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji';

/** A token: `input.slice(start, end) === text` (UTF-16 offsets, end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
  type: TokenType;
  /** The normalized text, present when `tokenize` was given `options.normalize`. */
  normal?: string;
}

/** A sentence: `input.slice(start, end) === text`, without surrounding whitespace. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}
