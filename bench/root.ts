// Root extraction speed: `root()` over the corpus words repeated (no memoization), beside a
// memoized wrapper for reference.
import { root, roots } from '../src/root/index.js';
import { best, corpusOfSize, fmt, table } from './_util.js';

export async function run(): Promise<void> {
  const words = corpusOfSize(1024 * 1024).match(/[\u0600-\u06ff]+/g) ?? [];
  const timeRoot = best(() => {
    for (const w of words) root(w);
  }, 3);
  const timeRoots = best(() => {
    for (const w of words) roots(w);
  }, 3);
  const memo = new Map<string, string | undefined>();
  const timeMemo = best(() => {
    for (const w of words) {
      if (!memo.has(w)) memo.set(w, root(w));
      memo.get(w);
    }
  }, 3);
  const rate = (ms: number): string => `${fmt(words.length / (ms / 1000) / 1000)} k`;
  table(
    ['function', 'words', 'ms (best of 3)', 'words/s', 'target'],
    [
      ['root (no memoization)', words.length, fmt(timeRoot), rate(timeRoot), '≥ 200 k'],
      ['roots (no memoization)', words.length, fmt(timeRoots), rate(timeRoots), ''],
      ['root, memoized (Map)', words.length, fmt(timeMemo), rate(timeMemo), ''],
    ],
  );
}
