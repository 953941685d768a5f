// Builds a second set of word clusters for the NER model from the unlabeled news corpus
// (../shared/data/unlabeled/news-005…009 and news-011…015) and writes
// src/ner/base-clusters-data.ts. Unlike scripts/build-clusters.ts it clusters clitic-stripped
// bases («وبيلاروسيا» counts as «بيلاروسيا», as the NER features strip it) and describes each
// by its neighbours two words away as well as one (PPMI over left-2, left-1, right-1, right-2
// context words), so rare names pool their occurrences and the classes see a wider window.
// Same recursive spherical 2-means into a binary tree; deterministic (fixed-seed PRNG).
//
//   npx tsx scripts/build-base-clusters.ts [--vocab 60000] [--contexts 500]
import { createReadStream, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { foldWord, isWordChar } from '../src/ner/fold.js';
import { lexicon, packTable, proclitics } from '../src/ner/lexicon.js';
import { clusterPaths } from './lib/cluster-tree.js';
import { xorshift32 } from './lib/random.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = resolve(ROOT, '..', 'shared', 'data', 'unlabeled');
const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const VOCAB = Number(arg('--vocab', '60000'));
const CONTEXTS = Number(arg('--contexts', '500')); // context words per position
const MAX_DEPTH = 14;
const MIN_LEAF = 24;

const rand = xorshift32(0x1b873593);
const lex = lexicon();

/** Folded token for clustering: digits collapse to one class. */
function key(raw: string): string {
  const f = foldWord(raw);
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return '<num>';
  }
  // the base, as src/ner/features.ts strips it («لل» → «ال»)
  const k = proclitics(f, lex);
  if (k === 0) return f;
  return f.charCodeAt(k) === 0x0644 && f.charCodeAt(k - 1) === 0x0644 ? '\u0627' + f.slice(k) : f.slice(k);
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const files = readdirSync(DIR)
    // Only the parts whose licences suit a shipped artifact (data README): ANT news 005–009
    // (Apache-2.0 with a citation request) and Arabic Wikipedia 011–015 (CC BY-SA).
    .filter((f) => /^news-(00[5-9]|01[1-5])\.txt\.gz$/.test(f))
    .sort()
    .slice(0, Number(arg('--files', '16')));
  const ids = new Map<string, number>();
  const keyCache = new Map<string, string>();
  const words: string[] = [];
  let counts = new Int32Array(1 << 20);
  let stream = new Int32Array(1 << 25);
  let n = 0;
  const push = (id: number): void => {
    if (n === stream.length) {
      const s = new Int32Array(stream.length * 2);
      s.set(stream);
      stream = s;
    }
    stream[n++] = id;
  };
  for (const file of files) {
    const rl = createInterface({ input: createReadStream(join(DIR, file)).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      let i = 0;
      const len = line.length;
      while (i < len) {
        while (i < len && !isWordChar(line.charCodeAt(i))) i++;
        const s = i;
        while (i < len && isWordChar(line.charCodeAt(i))) i++;
        if (i > s) {
          const raw = line.slice(s, i);
          let k = keyCache.get(raw);
          if (k === undefined) {
            k = key(raw);
            if (keyCache.size < 2_000_000) keyCache.set(raw, k);
          }
          let id = ids.get(k);
          if (id === undefined) {
            id = words.length;
            ids.set(k, id);
            words.push(k);
            if (id >= counts.length) {
              const c = new Int32Array(counts.length * 2);
              c.set(counts);
              counts = c;
            }
          }
          counts[id]!++;
          push(id);
        }
      }
      push(-1); // paragraph break
    }
    console.error(`${file}: ${n} tokens, ${words.length} types, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  // Vocabulary: the VOCAB most frequent types.
  const order = Array.from({ length: words.length }, (_, i) => i).sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
  const V = Math.min(VOCAB, order.length);
  const rank = new Int32Array(words.length).fill(-1);
  for (let r = 0; r < V; r++) rank[order[r]!] = r;
  console.error(`vocab ${V}, min count ${counts[order[V - 1]!]}`);
  // Exact counts of (word, left neighbour) and (word, right neighbour) for the C most
  // frequent context words, then positive PMI, stored as sparse rows.
  const D = 4 * CONTEXTS;
  const co = new Float32Array(V * D);
  const ctx = (j: number): number => {
    if (j < 0 || j >= n) return -1;
    const x = stream[j]!;
    if (x < 0) return -1;
    const r = rank[x]!;
    return r >= 0 && r < CONTEXTS ? r : -1;
  };
  for (let i = 0; i < n; i++) {
    const a = stream[i]!;
    if (a < 0) continue;
    const ra = rank[a]!;
    if (ra < 0) continue;
    // a paragraph break (-1) also ends the window beyond it
    const l1 = ctx(i - 1);
    const l2 = i > 0 && stream[i - 1]! >= 0 ? ctx(i - 2) : -1;
    const r1 = ctx(i + 1);
    const r2 = i + 1 < n && stream[i + 1]! >= 0 ? ctx(i + 2) : -1;
    if (l2 >= 0) co[ra * D + l2]!++;
    if (l1 >= 0) co[ra * D + CONTEXTS + l1]!++;
    if (r1 >= 0) co[ra * D + 2 * CONTEXTS + r1]!++;
    if (r2 >= 0) co[ra * D + 3 * CONTEXTS + r2]!++;
  }
  const path = clusterPaths(co, V, D, rand, MAX_DEPTH, MIN_LEAF, t0);
  console.error(`clustered, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // Pack: one line per cluster path, words separated by spaces.
  const byPath = new Map<string, string[]>();
  for (let r = 0; r < V; r++) {
    const w = words[order[r]!]!;
    if (w === '<num>' || w.includes(' ') || w.includes('\n')) continue;
    const p = path[r]!;
    let list = byPath.get(p);
    if (!list) byPath.set(p, (list = []));
    list.push(w);
  }
  const paths = [...byPath.keys()].sort();
  const packed = packTable(paths.flatMap((p, i) => byPath.get(p)!.map((w) => [w, i] as const)));
  const out = join(ROOT, 'src', 'ner', 'base-clusters-data.ts');
  writeFileSync(
    out,
    `// Generated by scripts/build-base-clusters.ts from ../shared/data/unlabeled/news-005…009 and news-011…015 (word clusters only). Do not edit.\n` +
      `// ${V} most frequent folded bases of ${n} tokens, sorted, each followed by one character U+4E00 + i naming its binary cluster path BASE_CLUSTER_PATHS[i].\n` +
      `export const BASE_CLUSTER_PATHS = ${JSON.stringify(paths.join(' '))};\n` +
      `export const BASE_CLUSTERS = ${JSON.stringify(packed)};\n`,
  );
  console.error(`wrote ${out}: ${paths.length} clusters, ${(packed.length / 1e6).toFixed(2)} M chars, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // A few neighbours for a sanity check.
  for (const probe of ['القاهره', 'محمد', 'وزاره', 'بوتين', 'يونيو']) {
    const id = ids.get(probe);
    const r = id === undefined ? -1 : rank[id]!;
    if (r < 0) continue;
    const p = path[r]!;
    console.error(probe, p, (byPath.get(p) ?? []).slice(0, 15).join(' '));
  }
}

await main();
