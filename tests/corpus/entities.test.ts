// Scores entities() on the corpus article against the hand-made gold
// (corpus/sco-summit-2024.entities.json, see its .md for the decisions): F1 per type with
// exact span and type. Issue 5 asks for ≥ 0.95 on PERS/LOC/ORG and ≥ 0.9 on DATE/NUM/PERCENT;
// the floors below are the ones this version actually reaches (see docs/ner.md), so that a
// regression fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/ner/index.js';
import type { Entity, EntityType } from '../../src/ner/index.js';
import { ROOT } from '../helpers/shared.js';

const TEXT = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
const GOLD = JSON.parse(readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.entities.json'), 'utf8')) as Entity[];

/** Lowest F1 per type this version reaches on the article (targets in the comment above). */
// Measured: PERS 1.000, LOC 0.952, ORG 1.000, DATE/NUM/PERCENT 1.000 (without the rules after
// the model, src/ner/rules.ts: PERS 0.800, LOC 0.872, ORG 0.870). The one error left is
// «جمهورية كازاخستان» (gold: one LOC; found: «كازاخستان»), so LOC sits just above 0.95.
const FLOORS: Partial<Record<EntityType, number>> = {
  PERS: 0.95,
  LOC: 0.95,
  ORG: 0.95,
  DATE: 0.9,
  NUM: 0.9,
  PERCENT: 0.9,
};

function f1(type: EntityType, found: Entity[], gold: readonly Entity[] = GOLD): { p: number; r: number; f: number; gold: number } {
  const key = (e: Entity) => `${e.start}:${e.end}`;
  const g = new Set(gold.filter((e) => e.type === type).map(key));
  const p = found.filter((e) => e.type === type).map(key);
  const tp = p.filter((k) => g.has(k)).length;
  const prec = p.length ? tp / p.length : g.size ? 0 : 1;
  const rec = g.size ? tp / g.size : 1;
  return { p: prec, r: rec, f: prec + rec ? (2 * prec * rec) / (prec + rec) : 0, gold: g.size };
}

describe('entities on corpus/sco-summit-2024.txt', () => {
  const found = entities(TEXT);
  const scores = Object.fromEntries((Object.keys(FLOORS) as EntityType[]).map((t) => [t, f1(t, found)]));
  console.log(
    'corpus F1: ' +
      Object.entries(scores)
        .map(([t, s]) => `${t} ${s.f.toFixed(3)} (P ${s.p.toFixed(2)} R ${s.r.toFixed(2)}, ${s.gold} gold)`)
        .join('; '),
  );
  for (const [type, floor] of Object.entries(FLOORS) as [EntityType, number][]) {
    test(`${type} F1 is at least ${floor}`, () => {
      expect(scores[type]!.f).toBeGreaterThanOrEqual(floor);
    });
  }
  // Spelling variants: the text is changed character by character and the gold offsets
  // mapped through the change, so the scores are comparable.
  const isLetter = (c: string | undefined): boolean => c !== undefined && c >= '\u0621' && c <= '\u064a' && c !== '\u0640';
  const variants: [string, (c: string, next: string | undefined) => string][] = [
    ['tatweel-stretched', (c, next) => (isLetter(c) && isLetter(next) && c !== '\u0627' ? c + '\u0640' : c)],
    ['Persian yeh/keheh', (c) => (c === '\u064a' ? '\u06cc' : c === '\u0643' ? '\u06a9' : c)],
    ['harakat on every letter', (c, next) => (isLetter(c) && next !== '\u064e' ? c + '\u064e' : c)],
  ];
  for (const [name, change] of variants) {
    test(`F1 drops by less than 0.05 per type when the text is ${name}`, () => {
      const map: number[] = [];
      let out = '';
      for (let i = 0; i < TEXT.length; i++) {
        map.push(out.length);
        out += change(TEXT[i]!, TEXT[i + 1]);
      }
      map.push(out.length);
      const gold = GOLD.map((e) => ({ ...e, start: map[e.start]!, end: map[e.end]!, text: out.slice(map[e.start]!, map[e.end]!) }));
      const got = entities(out);
      for (const type of Object.keys(FLOORS) as EntityType[]) {
        expect(f1(type, got, gold).f, `${type} (${name})`).toBeGreaterThan(scores[type]!.f - 0.05);
      }
    });
  }
  test('the gold file matches the article', () => {
    for (const e of GOLD) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
  });
});
