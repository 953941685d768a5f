import { assertString } from '../chars/guards.js';
import { analyze } from './analyze.js';

/** One ranked candidate of {@link roots}. */
export interface RootCandidate {
  /** The root's letters without separators, hamza written ء: `'كتب'`, `'سءل'`. */
  root: string;
  /** Share of belief in this root among the candidates (they sum to 1), highest first. */
  score: number;
}

/**
 * The most likely triliteral or quadriliteral root of an Arabic word.
 *
 * The word is normalized (diacritics, tatweel, presentation forms, hamza seats), then every
 * split into clitics + morphological template + suffixes is read against a lexicon of
 * Arabic roots, with weak (و ي), doubled and hamzated radicals restored.
 *
 * @param word - One word; clitics (وبالمنظمة), diacritics and tatweel are allowed.
 * @returns The root (`'كتب'`; the hamza radical is written ء), or `undefined` for
 *   particles, pronouns, foreign words and anything that is not one Arabic word.
 * @example
 * root('المكتبات') //=> 'كتب'
 * root('قال') //=> 'قول'
 * root('مسؤول') //=> 'سءل'
 * root('في') //=> undefined
 */
export function root(word: string): string | undefined {
  assertString('root', word);
  const a = analyze(word);
  if (a.kind !== 'roots') return undefined;
  let best: string | undefined;
  let bestCost = Infinity;
  for (const [r, cost] of a.costs) {
    if (cost < bestCost || (cost === bestCost && best !== undefined && r < best)) {
      best = r;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * Every plausible root of a word, most likely first, with scores that sum to 1.
 *
 * @param word - One word, as for {@link root}.
 * @returns Candidates `{ root, score }` in decreasing score; `[]` for particles, foreign
 *   words and the empty string. `roots(w)[0]?.root === root(w)`.
 * @example
 * roots('قرار')[0]?.root //=> 'قرر'
 * roots('قال').map((r) => r.root).includes('قيل') //=> true
 * roots('من') //=> []
 */
export function roots(word: string): RootCandidate[] {
  assertString('roots', word);
  const a = analyze(word);
  if (a.kind !== 'roots') return [];
  const list = [...a.costs].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const best = list[0]![1];
  let sum = 0;
  const weights = list.map(([, c]) => {
    const e = Math.exp(-(c - best) * SHARPNESS);
    sum += e;
    return e;
  });
  return list.map(([r], i) => ({ root: r, score: weights[i]! / sum }));
}

/** How sharply costs turn into scores (per cost unit). */
const SHARPNESS = 2;
