// Root extraction speed: `root()` and `roots()` over the corpus words repeated, without
// memoization, beside a memoized wrapper for reference. Wall-clock time is what a user
// sees; CPU time is printed too because a loaded machine stretches wall-clock time.
import { root, roots } from '../src/root/index.js';
import { best, corpusOfSize, fmt, table } from './_util.js';

/** Fastest CPU time (user + system) of `runs` runs after one warm-up, in milliseconds. */
function bestCpu(fn: () => unknown, runs = 3): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    const t = process.cpuUsage(t0);
    min = Math.min(min, (t.user + t.system) / 1000);
  }
  return min;
}

export async function run(): Promise<void> {
  const words = corpusOfSize(1024 * 1024).match(/[\u0600-\u06ff]+/g) ?? [];
  const plain = (): void => {
    for (const w of words) root(w);
  };
  const ranked = (): void => {
    for (const w of words) roots(w);
  };
  const memo = new Map<string, string | undefined>();
  const memoized = (): void => {
    for (const w of words) {
      let r = memo.get(w);
      if (r === undefined && !memo.has(w)) memo.set(w, (r = root(w)));
    }
  };
  const rate = (ms: number): string => `${fmt(words.length / ms)} k`;
  const rows: (string | number)[][] = [];
  for (const [name, fn, target] of [
    ['root (no memoization)', plain, '≥ 200 k'],
    ['roots (no memoization)', ranked, ''],
    ['root, memoized (Map)', memoized, ''],
  ] as const) {
    const wall = best(fn, 3);
    const cpu = bestCpu(fn, 3);
    rows.push([name, words.length, fmt(wall), rate(wall), rate(cpu), target]);
  }
  table(['function', 'words', 'ms (best of 3)', 'words/s (wall)', 'words/s (CPU time)', 'target'], rows);
}
