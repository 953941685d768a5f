// Public entry of the numeric grammar: DATE, TIME, NUM, PERCENT and MONEY with resolved values.
import { assertString, describeType } from '../../chars/guards.js';
import type { Token } from '../../tokenize/types.js';
import type { Entity } from '../types.js';
import { atomize } from './atoms.js';
import { relevantHashes, runGrammar } from './grammar.js';

/**
 * Finds dates, times, cardinal numbers, percentages and amounts of money in Arabic text with
 * a rule grammar, and resolves each to a value: an ISO 8601 (partial) date or time, a number,
 * or `{ amount, currency }` with an ISO 4217 code.
 *
 * Spans start after attached proclitics («و2011» → «2011») and are sorted and disjoint;
 * offsets point into `text`. The grammar looks inside each token (a tokenizer may keep
 * «60%» or «يونيو/حزيران» whole or split them; both give the same entities) but never inside
 * URL, e-mail, hashtag, mention or emoji tokens, and no entity starts or ends inside a number
 * («1.2.3» gives none; «1.000.000» is one million).
 *
 * @param text - The original text.
 * @param tokens - Its tokens (`tokenize(text)`); only `start`, `end` and `type` are read.
 * @returns Entities of type DATE, TIME, NUM, PERCENT or MONEY, sorted by offset.
 * @example
 * ```ts
 * const text = 'تأسست المنظمة في 15 يونيو/حزيران عام 2001';
 * findNumericEntities(text, tokenize(text))[0].value
 * //=> '2001-06-15'
 * ```
 */
export function findNumericEntities(text: string, tokens: readonly Token[]): Entity[] {
  assertString('findNumericEntities', text);
  if (!Array.isArray(tokens)) {
    throw new TypeError(`dhad.findNumericEntities: expected an array of tokens, got ${describeType(tokens)}`);
  }
  if (text.length === 0) return [];
  for (const token of tokens) {
    if (token === null || typeof token !== 'object' || typeof token.start !== 'number' || typeof token.end !== 'number') {
      throw new TypeError(`dhad.findNumericEntities: expected tokens with numeric start and end, got ${describeType(token)}`);
    }
  }
  return runGrammar(text, atomize(text, tokens, relevantHashes()));
}

/**
 * Splits text at whitespace into `word` tokens — enough for the grammar, which looks inside
 * tokens anyway. For tests and for callers that have no tokenizer at hand.
 *
 * @param text - Any text.
 * @returns One token per run of non-whitespace characters.
 * @example
 * ```ts
 * splitOnWhitespace('عام 2001').map((t) => t.text)
 * //=> ['عام', '2001']
 * ```
 */
export function splitOnWhitespace(text: string): Token[] {
  assertString('splitOnWhitespace', text);
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const space = c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x2028 || c === 0x2029;
    if (space) {
      if (start >= 0) tokens.push({ text: text.slice(start, i), start, end: i, type: 'word' });
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  return tokens;
}
