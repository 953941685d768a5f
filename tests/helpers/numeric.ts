// Shared by the numeric-entity tests.
import { entities } from '../../src/ner/index.js';
import type { Entity } from '../../src/ner/types.js';

const NUMERIC = ['DATE', 'TIME', 'NUM', 'PERCENT', 'MONEY'] as const;

/** [type, text, value] of the numeric entities `entities()` finds in `text`. */
export const pickNumeric = (text: string): Array<[string, string, Entity['value']]> =>
  entities(text, { types: [...NUMERIC] }).map((e) => [e.type, e.text, e.value]);
