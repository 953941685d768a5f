// Shared by the numeric-entity tests.
import { expect } from 'vitest';
import { entities } from '../../src/ner/index.js';
import { findNumericEntities, splitOnWhitespace } from '../../src/ner/numeric/index.js';
import type { Entity } from '../../src/ner/types.js';
import { tokenize } from '../../src/tokenize/index.js';

const NUMERIC = ['DATE', 'TIME', 'NUM', 'PERCENT', 'MONEY'] as const;

/** [type, text, value] of the numeric entities `entities()` finds in `text`. */
export const pickNumeric = (text: string): Array<[string, string, Entity['value']]> =>
  entities(text, { types: [...NUMERIC] }).map((e) => [e.type, e.text, e.value]);

/** Checks `grammarFinds` makes beyond `text.slice(start, end) === entity.text`. */
export interface GrammarChecks {
  /** No entity cuts a number or emoji token: each is inside an entity whole, or not at all. */
  wholeNumberTokens?: boolean;
  /** The grammar finds the same entities when the text is split on white space only. */
  tokenizationFree?: boolean;
}

/** [type, text, value] of every entity the numeric grammar finds in `text`, through the real tokenizer. */
export function grammarFinds(text: string, checks: GrammarChecks = {}): Array<[string, string, unknown]> {
  const tokens = tokenize(text);
  const list = findNumericEntities(text, tokens);
  for (const e of list) {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    if (!checks.wholeNumberTokens) continue;
    for (const t of tokens) {
      if (t.type !== 'number' && t.type !== 'emoji') continue;
      const overlaps = t.start < e.end && e.start < t.end;
      if (overlaps) expect(e.start <= t.start && t.end <= e.end, `${e.text} cuts ${t.text}`).toBe(true);
    }
  }
  if (checks.tokenizationFree) expect(findNumericEntities(text, splitOnWhitespace(text))).toEqual(list);
  return list.map((e) => [e.type, e.text, e.value]);
}
