// Shared by the generators that read the unlabeled corpus (scripts/build-clusters.ts,
// scripts/build-base-clusters.ts, scripts/build-name-contexts.ts): which files may feed a
// shipped artifact, the corpus as a stream of key ids, the vocabulary by frequency, and the
// clustering itself — positive PMI rows from a dense co-occurrence matrix, then recursive
// spherical 2-means into a binary tree, a row's cluster being its path of bits (like Brown
// clusters). Deterministic for a given `rand`.
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { isWordChar } from '../../src/ner/fold.js';

/**
 * Clusters the V rows of `co` (V × D co-occurrence counts, row-major) and returns each row's
 * binary path. `rand` is consumed only by the 2-means initialisation.
 */
export function clusterPaths(
  co: Float32Array,
  V: number,
  D: number,
  rand: () => number,
  maxDepth: number,
  minLeaf: number,
  t0: number,
): string[] {
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(D);
  let total = 0;
  for (let r = 0; r < V; r++)
    for (let d = 0; d < D; d++) {
      const v = co[r * D + d]!;
      rowSum[r]! += v;
      colSum[d]! += v;
      total += v;
    }
  // context-distribution smoothing (alpha 0.75) as in word2vec
  let smooth = 0;
  for (let d = 0; d < D; d++) smooth += colSum[d]! ** 0.75;
  const rowPtr = new Int32Array(V + 1);
  const colIdx: number[] = [];
  const vals: number[] = [];
  for (let r = 0; r < V; r++) {
    let norm = 0;
    const start = colIdx.length;
    for (let d = 0; d < D; d++) {
      const v = co[r * D + d]!;
      if (v === 0) continue;
      const pmi = Math.log((v / rowSum[r]!) / (colSum[d]! ** 0.75 / smooth)) ;
      if (pmi <= 0) continue;
      colIdx.push(d);
      vals.push(pmi);
      norm += pmi * pmi;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = start; j < vals.length; j++) vals[j]! *= inv;
    rowPtr[r + 1] = colIdx.length;
  }
  const cols = Int32Array.from(colIdx);
  const vecv = Float32Array.from(vals);
  console.error(`PPMI rows built (${vals.length} nonzeros, ${(total / 1e6).toFixed(1)} M pairs), ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // Recursive spherical 2-means.
  const path: string[] = new Array(V).fill('');
  const c0 = new Float64Array(D);
  const c1 = new Float64Array(D);
  const dot = (m: number, c: Float64Array): number => {
    let s = 0;
    for (let j = rowPtr[m]!; j < rowPtr[m + 1]!; j++) s += vecv[j]! * c[cols[j]!]!;
    return s;
  };
  const load = (m: number, c: Float64Array): void => {
    c.fill(0);
    for (let j = rowPtr[m]!; j < rowPtr[m + 1]!; j++) c[cols[j]!] = vecv[j]!;
  };
  const split = (members: Int32Array, depth: number, prefix: string): void => {
    for (const m of members) path[m] = prefix;
    if (depth >= maxDepth || members.length < 2 * minLeaf) return;
    // init: the centroid-farthest pair heuristic — a random member a, the member b least like
    // a, then the member least like b
    const a = members[Math.floor(rand() * members.length)]!;
    const farFrom = (c: Float64Array): number => {
      let far = members[0]!;
      let worst = Infinity;
      for (const m of members) {
        const s = dot(m, c);
        if (s < worst) {
          worst = s;
          far = m;
        }
      }
      return far;
    };
    load(a, c0);
    const b = farFrom(c0);
    load(b, c1);
    const b2 = farFrom(c1);
    load(b2, c0);
    const side = new Uint8Array(members.length);
    for (let it = 0; it < 10; it++) {
      let moved = 0;
      for (let j = 0; j < members.length; j++) {
        const m = members[j]!;
        const sd = dot(m, c1) > dot(m, c0) ? 1 : 0;
        if (sd !== side[j]) moved++;
        side[j] = sd;
      }
      c0.fill(0);
      c1.fill(0);
      for (let j = 0; j < members.length; j++) {
        const m = members[j]!;
        const c = side[j] ? c1 : c0;
        for (let k = rowPtr[m]!; k < rowPtr[m + 1]!; k++) c[cols[k]!]! += vecv[k]!;
      }
      for (const c of [c0, c1]) {
        let s = 0;
        for (let d = 0; d < D; d++) s += c[d]! ** 2;
        const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
        for (let d = 0; d < D; d++) c[d]! *= inv;
      }
      if (it > 0 && moved < members.length / 200) break;
    }
    let k1 = 0;
    for (const s of side) k1 += s;
    if (k1 < minLeaf || members.length - k1 < minLeaf) return;
    const left = new Int32Array(members.length - k1);
    const right = new Int32Array(k1);
    let li = 0;
    let ri = 0;
    for (let j = 0; j < members.length; j++) {
      if (side[j]) right[ri++] = members[j]!;
      else left[li++] = members[j]!;
    }
    split(left, depth + 1, prefix + '0');
    split(right, depth + 1, prefix + '1');
  };
  split(Int32Array.from({ length: V }, (_, i) => i), 0, '');
  return path;
}

/** The word stream of the unlabeled corpus: each word as the id of its key, -1 at paragraph ends. */
export interface IdStream {
  words: string[];
  counts: Int32Array;
  stream: Int32Array;
  n: number;
}

/**
 * Reads the gzipped corpus `files` of `dir`, turns every run of word characters into
 * `key(run)` and returns the ids in order with the count of each key.
 */
export async function readIdStream(dir: string, files: readonly string[], key: (raw: string) => string, t0: number): Promise<IdStream> {
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
    const rl = createInterface({ input: createReadStream(join(dir, file)).pipe(createGunzip()), crlfDelay: Infinity });
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
  return { words, counts, stream, n };
}

/** The value after `--name` on the command line, or `dflt`. */
export function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
}

/**
 * The unlabeled files whose licences suit a shipped artifact (data README): ANT news 005–009
 * (Apache-2.0 with a citation request) and Arabic Wikipedia 011–015 (CC BY-SA), sorted, at
 * most `max` of them.
 */
export function shippedCorpusFiles(dir: string, max: number): string[] {
  return readdirSync(dir)
    .filter((f) => /^news-(00[5-9]|01[1-5])\.txt\.gz$/.test(f))
    .sort()
    .slice(0, max);
}

/**
 * The `vocab` most frequent keys of a stream (ties by key): `order[r]` is the id of rank r,
 * `rank[id]` the rank of an id (-1 outside the vocabulary), `V` the vocabulary size.
 */
export function rankVocabulary(words: readonly string[], counts: Int32Array, vocab: number): { order: number[]; rank: Int32Array; V: number } {
  const order = Array.from({ length: words.length }, (_, i) => i).sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
  const V = Math.min(vocab, order.length);
  const rank = new Int32Array(words.length).fill(-1);
  for (let r = 0; r < V; r++) rank[order[r]!] = r;
  console.error(`vocab ${V}, min count ${counts[order[V - 1]!]}`);
  return { order, rank, V };
}

/**
 * The vocabulary grouped by cluster path, in rank order: `path[r]` is the path of the word of
 * rank r (`words[order[r]]`), and `entry` gives what is listed for it. `<num>` and words with
 * a space or a line break are left out (they cannot be packed).
 */
export function groupByPath(
  words: readonly string[],
  order: readonly number[],
  path: readonly string[],
  V: number,
  entry: (word: string, id: number) => string,
): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (let r = 0; r < V; r++) {
    const id = order[r]!;
    const w = words[id]!;
    if (w === '<num>' || w.includes(' ') || w.includes('\n')) continue;
    const p = path[r]!;
    let list = byPath.get(p);
    if (!list) byPath.set(p, (list = []));
    list.push(entry(w, id));
  }
  return byPath;
}

/** Prints the cluster neighbours of a few words to stderr, as a sanity check of a clustering. */
export function printNeighbours(words: readonly string[], rank: Int32Array, path: readonly string[], byPath: ReadonlyMap<string, string[]>): void {
  for (const probe of ['القاهره', 'محمد', 'وزاره', 'بوتين', 'يونيو']) {
    const id = words.indexOf(probe);
    const r = id < 0 ? -1 : rank[id]!;
    if (r < 0) continue;
    const p = path[r]!;
    console.error(probe, p, (byPath.get(p) ?? []).slice(0, 15).join(' '));
  }
}
