import { assertString, checkOptions } from '../chars/guards.js';
import type { Compiled } from '../normalize/compile.js';
import { run } from '../normalize/engine.js';
import { compileNestedOptions } from '../normalize/normalize.js';
import type { NormalizeOptions, NormalizePreset } from '../normalize/options.js';
import { TYPE_NAMES } from './scan.js';
import { scanAll } from './spans.js';
import { sharedSlice } from './shared-slice.js';
import type { Token } from './types.js';

/** Options of `tokenize`. */
export interface TokenizeOptions {
  /**
   * Add `normal`, the token's text normalized with this preset or these options (see
   * `normalize`), to every token. Offsets stay those of the original text.
   * @defaultValue undefined (no `normal`)
   */
  normalize?: NormalizePreset | NormalizeOptions | undefined;
}

const OPTION_KEYS = ['normalize'] as const;

/**
 * Splits text into words, numbers, punctuation, symbols, URLs, e-mail addresses, hashtags,
 * mentions and emoji, with offsets into the original text. White space is not a token;
 * every other character belongs to exactly one token, in order.
 *
 * @param text - The text to tokenize.
 * @param options - `normalize`: a preset name or normalization options; when given, each
 *   token also carries `normal`.
 * @defaultValue options.normalize: `undefined` (tokens have no `normal`)
 * @returns The tokens in order: `text.slice(token.start, token.end) === token.text`. With
 *   `normalize` given, the type says so: every token's `normal` is a `string`, not optional.
 * @throws TypeError when `text` is not a string or an option is unknown.
 * @example
 * tokenize('قال: "نوفوستي" 60%').map((t) => t.text)
 * //=> ['قال', ':', '"', 'نوفوستي', '"', '60', '%']
 * tokenize('يونيو/حزيران').map((t) => t.type)
 * //=> ['word', 'punctuation', 'word']
 * tokenize('مُنَظَّمَة', { normalize: 'search' })[0].normal
 * //=> 'منظمه'
 */
export function tokenize(text: string, options: TokenizeOptions & { normalize: NormalizePreset | NormalizeOptions }): Array<Token & { normal: string }>;
/**
 * Splits text into tokens, with offsets into the original text (see the first signature).
 * Without `options.normalize` the tokens carry no `normal`.
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[];
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  assertString('tokenize', text);
  const opts = checkOptions<TokenizeOptions>('tokenize', options, OPTION_KEYS);
  const compiled = opts.normalize === undefined ? undefined : compileNestedOptions('tokenize', 'normalize', opts.normalize);
  if (text.length === 0) return [];
  const names = TYPE_NAMES; // one read of the binding, not one per token
  const normalizeToken = compiled === undefined ? undefined : memoized(compiled);
  // The whole scan first, then the objects in one tight loop into an array of their exact
  // length: about a fifth less time than making them chunk by chunk between the scanner's steps.
  const { starts, ends, types, length } = scanAll(text);
  const tokens: Token[] = new Array<Token>(length);
  if (normalizeToken === undefined) {
    for (let k = 0; k < length; k++) {
      const start = starts[k]!;
      const end = ends[k]!;
      tokens[k] = { text: sharedSlice(text, start, end), start, end, type: names[types[k]!]! };
    }
  } else {
    for (let k = 0; k < length; k++) {
      const start = starts[k]!;
      const end = ends[k]!;
      const token = sharedSlice(text, start, end);
      tokens[k] = { text: token, start, end, type: names[types[k]!]!, normal: normalizeToken(token) };
    }
  }
  return tokens;
}

/** Per-call memo: running text repeats its words, and a Map hit is cheaper than a pass. */
function memoized(compiled: Compiled): (token: string) => string {
  const cache = new Map<string, string>();
  return (token) => {
    let normal = cache.get(token);
    if (normal === undefined) {
      normal = run(token, compiled);
      cache.set(token, normal);
    }
    return normal;
  };
}
