// Builds word clusters for the NER model from the unlabeled news corpus
// (../shared/data/unlabeled/news-005…009 and news-011…015, 16.5 M words) and writes src/ner/clusters-data.ts.
//
// Method (fast, ~2–4 minutes on one core): every word gets a context vector by random
// indexing — each of the V most frequent words owns a sparse random ±1 signature, and a word
// adds the signature of its left neighbour (first half of the vector) and of its right
// neighbour (second half), weighted by 1/sqrt(frequency) so that function words do not drown
// the rest. Vectors are L2-normalized and centred, then split by recursive spherical 2-means
// into a binary tree; a word's cluster is its path of bits (like Brown clusters), so the
// model can use prefixes of several lengths. Deterministic: fixed-seed PRNG.
//
//   npx tsx scripts/build-clusters.ts [--vocab 100000] [--files 16]
import { createReadStream, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { foldWord, isWordChar } from '../src/ner/fold.js';
import { clusterPaths } from './lib/cluster-tree.js';
import { xorshift32 } from './lib/random.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = resolve(ROOT, '..', 'shared', 'data', 'unlabeled');
const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const VOCAB = Number(arg('--vocab', '100000'));
const CONTEXTS = Number(arg('--contexts', '1000')); // context words per side
const MAX_DEPTH = 14;
const MIN_LEAF = 24;

const rand = xorshift32(0x2545f491);

/** Folded token for clustering: digits collapse to one class. */
function key(raw: string): string {
  const f = foldWord(raw);
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return '<num>';
  }
  return f;
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
          const k = key(line.slice(s, i));
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
  const D = 2 * CONTEXTS;
  const co = new Float32Array(V * D);
  for (let i = 0; i < n; i++) {
    const a = stream[i]!;
    if (a < 0) continue;
    const ra = rank[a]!;
    if (ra < 0) continue;
    const l = i > 0 ? stream[i - 1]! : -1;
    const rl = l >= 0 ? rank[l]! : -1;
    if (rl >= 0 && rl < CONTEXTS) co[ra * D + rl]!++;
    const r = i + 1 < n ? stream[i + 1]! : -1;
    const rr = r >= 0 ? rank[r]! : -1;
    if (rr >= 0 && rr < CONTEXTS) co[ra * D + CONTEXTS + rr]!++;
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
    // trailing digits: floor(log2(count)); folded words never contain digits (they map to <num>)
    list.push(w + Math.floor(Math.log2(counts[order[r]!]!)));
  }
  const paths = [...byPath.keys()].sort();
  const packed = paths.map((p) => `${p}\t${byPath.get(p)!.join(' ')}`).join('\n');
  const out = join(ROOT, 'src', 'ner', 'clusters-data.ts');
  writeFileSync(
    out,
    `// Generated by scripts/build-clusters.ts from ../shared/data/unlabeled/news-005…009 and news-011…015 (word clusters only). Do not edit.\n` +
      `// ${V} most frequent folded words of ${n} tokens; one line per binary cluster path: "bits<TAB>word word …", each word followed by floor(log2(count)).\n` +
      `export const CLUSTERS = ${JSON.stringify(packed)};\n`,
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
