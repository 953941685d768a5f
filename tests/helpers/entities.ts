// Checks shared by the entity tests.
import { expect } from 'vitest';
import { entities } from '../../src/index.js';
import type { Entity } from '../../src/ner/types.js';

/** Entities are sorted, disjoint, in bounds, slices of the text, with a score in [0, 1]. */
export function wellFormed(text: string, list: Entity[]): void {
  let last = 0;
  for (const e of list) {
    expect(e.start).toBeGreaterThanOrEqual(last);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.score).toBeGreaterThanOrEqual(0);
    expect(e.score).toBeLessThanOrEqual(1);
    last = e.end;
  }
}

/** The names `entities()` finds in `text` (PERS, LOC, ORG, MISC), each as `text/TYPE`. */
export const names = (text: string): string[] =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => `${e.text}/${e.type}`);
