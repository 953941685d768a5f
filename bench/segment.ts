// Speed of clitic segmentation on the reference article repeated to ≥ 5 MB (one process).
// Target (issue 3): segmentText ≥ 500 k words/s without memoization, and 10 × the input
// costing ≤ 11 × the time. The machine may be shared: the tables show the best wall time and
// the best process CPU time (user + system, all threads, so GC helpers count too).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { segment, segmentText } from '../src/segment/index.js';
import { releaseInput, scanChunk, startScan, WORD } from '../src/tokenize/scan.js';
import { tokenize } from '../src/tokenize/index.js';
import { corpusOfSize, fmt, linearity, measureInterleaved, newsText, ROOT, table } from './_util.js';

const NONE: never[] = [];

/**
 * The floor under segmentText: the same word tokens, each with the objects of an unsplit
 * segmentation (token, segmentation, base morpheme), and no analysis at all. What is left
 * above it is the segmenter's own work.
 */
function allocateOnly(text: string): unknown[] {
  const out: unknown[] = [];
  startScan(text);
  for (;;) {
    const { starts, ends, types, count } = scanChunk();
    if (count === 0) break;
    for (let k = 0; k < count; k++) {
      if (types[k] !== WORD) continue;
      const start = starts[k]!;
      const end = ends[k]!;
      const token = text.slice(start, end);
      const base = { text: token, form: token, start, end, tag: 'STEM' };
      out.push({ text: token, start, end, type: 'word', segmentation: { prefixes: NONE, base, suffixes: NONE } });
    }
  }
  releaseInput();
  return out;
}

export async function run(): Promise<void> {
  speed();
  // 0.5 MB → 5 MB crosses V8's young generation (the 0.5 MB output dies young, the 5 MB
  // output is promoted), so the same ratio is also printed for 2 MB → 20 MB, where both sizes
  // are past it and the ratio shows only how the work itself grows.
  const cases = [
    ['segment() on each word token (results dropped)', segmentEach],
    ['segmentText', (s: string) => segmentText(s)],
    ['segmentText, memoize: true', (s: string) => segmentText(s, { memoize: true })],
    ['(floor: the same objects, no analysis)', allocateOnly],
  ] as const;
  await linearity(512 * 1024, cases);
  await linearity(2 * 1024 * 1024, cases);
}

/**
 * segmentText timed in a fresh process that runs nothing else (bench/_segment-fresh.ts), as a
 * program that segments text and never calls `segment()` on single words sees it; one table row.
 */
function freshRow(which: 'article' | 'news'): string[] | undefined {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', '_segment-fresh.ts'), which], { encoding: 'utf8' });
  const m = JSON.parse(r.stdout.trim().split('\n').pop() || '{}') as { words?: number; wall?: number; cpu?: number };
  if (m.words === undefined || m.wall === undefined || m.cpu === undefined) return undefined;
  return ['segmentText, no memoization, in a fresh process', fmt(m.wall), fmt(m.words / (m.wall / 1000)), fmt(m.cpu), fmt(m.words / (m.cpu / 1000))];
}

/** segment() on each word token of `text`, results dropped (the token list is built outside the timing). */
const wordLists = new Map<string, string[]>();
function segmentEach(text: string): void {
  let list = wordLists.get(text);
  if (!list) {
    list = tokenize(text).filter((t) => t.type === 'word').map((t) => t.text);
    wordLists.set(text, list);
  }
  for (let i = 0; i < list.length; i++) segment(list[i]!);
}

function speed(): void {
  const text = corpusOfSize(5 * 1024 * 1024);
  const words = tokenize(text)
    .filter((t) => t.type === 'word')
    .map((t) => t.text);
  const n = words.length;
  segment('تحميل'); // decode the lexicon once, outside the timings
  const cases: [string, () => unknown][] = [];
  const add = (name: string, fn: () => unknown): void => {
    cases.push([name, fn]);
  };
  add('tokenize alone (reference)', () => tokenize(text));
  add('segment() on each word token (results dropped)', () => {
    for (let i = 0; i < n; i++) segment(words[i]!);
  });
  add('segmentText, no memoization', () => segmentText(text));
  add('segmentText, memoize: true', () => segmentText(text, { memoize: true }));
  add('(floor: the same objects, no analysis)', () => allocateOnly(text));
  console.log(`${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB, ${n.toLocaleString('en-US')} word tokens\n`);
  // Three interleaved rounds of three runs each; the best time of each case.
  const times = measureInterleaved(cases.map(([, fn]) => fn));
  const rows = cases.map(([name], i) => {
    const { wall, cpu } = times[i]!;
    return [name, fmt(wall), fmt(n / (wall / 1000)), fmt(cpu), fmt(n / (cpu / 1000))];
  });
  const fresh = freshRow('article');
  if (fresh) rows.push(fresh);
  table(['operation', 'wall ms', 'words/s (wall)', 'CPU ms', 'words/s (CPU)'], rows);
  console.log('\ntarget: segmentText ≥ 500 k words/s without memoization');
  console.log('(the rows above share one process, where segment() on each word runs before segmentText; the last row is segmentText alone in a new one)');

  // The same on real news: tens of thousands of distinct words instead of a few hundred.
  const news = newsText();
  if (news === undefined) {
    console.log('\n(../shared/data/unlabeled is missing: no news table)');
    return;
  }
  const newsWords = segmentText(news).length;
  const newsCases: [string, () => unknown][] = [
    ['tokenize alone (reference)', () => tokenize(news)],
    ['segmentText, no memoization', () => segmentText(news)],
    ['segmentText, memoize: true', () => segmentText(news, { memoize: true })],
  ];
  const newsTimes = measureInterleaved(newsCases.map(([, fn]) => fn));
  console.log(`\nANT news-005, first ${(Buffer.byteLength(news) / 1048576).toFixed(1)} MB, ${newsWords.toLocaleString('en-US')} word tokens\n`);
  const newsRows = newsCases.map(([name], i) => {
    const { wall, cpu } = newsTimes[i]!;
    return [name, fmt(wall), fmt(newsWords / (wall / 1000)), fmt(cpu), fmt(newsWords / (cpu / 1000))];
  });
  const freshNews = freshRow('news');
  if (freshNews) newsRows.push(freshNews);
  table(['operation', 'wall ms', 'words/s (wall)', 'CPU ms', 'words/s (CPU)'], newsRows);
}
