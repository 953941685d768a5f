// Reading CoNLL files (`token<TAB>tag`, blank line between sentences) for training and evaluation.
import { readFileSync } from 'node:fs';
import { chunks } from '../../src/ner/decode.js';

export interface ConllSentence {
  words: string[];
  /** The tag column as written (`O` when missing). */
  tags: string[];
}

export function readConll(path: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { words: [], tags: [] };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const [word, tag] = line.split('\t');
    cur.words.push(word!);
    cur.tags.push((tag ?? 'O').trim());
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** Precision, recall and F1 (fractions in [0, 1]) and the gold count of one type. */
export interface ChunkScore {
  p: number;
  r: number;
  f: number;
  n: number;
}

/** conlleval scoring of BIO tag sequences: exact chunks per type, and micro over all as 'ALL'. */
export function conllScore(gold: string[][], pred: string[][]): Map<string, ChunkScore> {
  const stats = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let s = stats.get(t);
    if (!s) stats.set(t, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  const key = (c: { type: string; start: number; end: number }) => `${c.type}:${c.start}:${c.end}`;
  for (let i = 0; i < gold.length; i++) {
    const g = chunks(gold[i]!);
    const p = chunks(pred[i]!);
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const c of p) for (const s of [get(c.type), get('ALL')]) gs.has(key(c)) ? s.tp++ : s.fp++;
    for (const c of g) if (!ps.has(key(c))) for (const s of [get(c.type), get('ALL')]) s.fn++;
  }
  const out = new Map<string, ChunkScore>();
  for (const [t, s] of stats) {
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
    out.set(t, { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, n: s.tp + s.fn });
  }
  return out;
}
