// Shared by the word-cluster generators (scripts/build-clusters.ts, scripts/build-base-clusters.ts):
// positive PMI rows from a dense co-occurrence matrix, then recursive spherical 2-means into a
// binary tree. A row's cluster is its path of bits (like Brown clusters). Deterministic for a
// given `rand`.

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
