// The hand-written gold of the corpus article, and the grammar scored against it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findNumericEntities } from '../../src/ner/numeric/index.js';
import type { Entity, EntityType } from '../../src/ner/types.js';
import { tokenize } from '../../src/tokenize/index.js';
import { ROOT } from '../helpers/shared.js';

const text = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.entities.json'), 'utf8')) as Array<
  Pick<Entity, 'type' | 'text' | 'start' | 'end' | 'value'>
>;
const TYPES: EntityType[] = ['PERS', 'LOC', 'ORG', 'MISC', 'DATE', 'TIME', 'NUM', 'PERCENT', 'MONEY'];

describe('corpus/sco-summit-2024.entities.json', () => {
  test('every entry slices to its text', () => {
    for (const e of gold) expect(text.slice(e.start, e.end), JSON.stringify(e)).toBe(e.text);
  });

  test('entries are sorted, disjoint and typed', () => {
    for (let i = 0; i < gold.length; i++) {
      expect(TYPES).toContain(gold[i]!.type);
      if (i > 0) expect(gold[i]!.start).toBeGreaterThanOrEqual(gold[i - 1]!.end);
    }
  });

  test('spans start after attached proclitics and carry no surrounding space or punctuation', () => {
    for (const e of gold) {
      expect(e.text).toBe(e.text.trim());
      expect(e.text).not.toMatch(/^[«"(،.]|[»"),،.]$/);
    }
    const belarus = gold.filter((e) => e.text === 'بيلاروسيا');
    expect(belarus).toHaveLength(3);
    expect(text.slice(belarus[0]!.start - 1, belarus[0]!.start)).toBe(' ');
    expect(gold.some((e) => e.text === 'شنغهاي' && text[e.start - 1] === 'ب')).toBe(true);
  });
});

describe('findNumericEntities on the corpus article', () => {
  const found = findNumericEntities(text, tokenize(text));
  const key = (e: { type: string; start: number; end: number }): string => `${e.type}:${e.start}:${e.end}`;

  test.each(['DATE', 'NUM', 'PERCENT'] as const)('%s reaches F1 ≥ 0.9 against the gold', (type) => {
    const g = new Set(gold.filter((e) => e.type === type).map(key));
    const p = new Set(found.filter((e) => e.type === type).map(key));
    const tp = [...p].filter((k) => g.has(k)).length;
    const f1 = (2 * tp) / (g.size + p.size);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  test('resolves every value the gold gives', () => {
    const byKey = new Map(found.map((e) => [key(e), e.value]));
    for (const e of gold.filter((x) => x.value !== undefined)) expect(byKey.get(key(e)), e.text).toEqual(e.value);
  });

  test('finds nothing that is not in the gold', () => {
    const g = new Set(gold.map(key));
    expect(found.filter((e) => !g.has(key(e)))).toEqual([]);
  });
});
