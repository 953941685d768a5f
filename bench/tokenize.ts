// `npx tsx bench/index.ts tokenize`: tokenize and sentences on the corpus repeated to 5 MB,
// side by side with @nlpjs/lang-ar's TokenizerAr and natural's AggressiveTokenizerFa in the
// same process, then each tokenizer alone in a fresh process; the 10× linearity ratio; and the
// adversarial inputs of the tests, timed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { scan } from '../src/tokenize/scan.js';
import { sentences, tokenize, tokenSpans } from '../src/tokenize/index.js';
import { corpusOfSize, fmt, linearity, measure, measureInterleaved, newsText, ROOT, table } from './_util.js';

const require = createRequire(import.meta.url);

/** White-space separated words, the unit of the sentences target. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The tokenizers timed alone, each in its own fresh process (bench/_tokenize-fresh.ts). */
const FRESH: [tool: string, name: string][] = [
  ['dhad', 'dhad tokenize'],
  ['dhad-spans', 'dhad tokenSpans (typed arrays)'],
  ['nlpjs', '@nlpjs/lang-ar TokenizerAr'],
  ['natural', 'natural AggressiveTokenizerFa'],
];

/**
 * Each tokenizer in a fresh process that loads only its own library, twice in alternating order
 * (the best of the two): what a user of that one library sees. In the shared process natural's
 * modules stay on the heap and slow every tokenizer that allocates (see bench/_tokenize-fresh.ts).
 */
function freshTable(which: 'article' | 'news', title: string, mb: number): void {
  const best = new Map<string, { count: number; wall: number; cpu: number }>();
  for (const order of [FRESH, [...FRESH].reverse()]) {
    for (const [tool] of order) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', '_tokenize-fresh.ts'), tool, which], { encoding: 'utf8' });
      const m = JSON.parse(r.stdout.trim().split('\n').pop() || '{}') as { count?: number; wall?: number; cpu?: number };
      if (m.count === undefined || m.wall === undefined || m.cpu === undefined) continue;
      const old = best.get(tool);
      best.set(tool, { count: m.count, wall: Math.min(m.wall, old?.wall ?? Infinity), cpu: Math.min(m.cpu, old?.cpu ?? Infinity) });
    }
  }
  const rows = FRESH.flatMap(([tool, name]) => {
    const t = best.get(tool);
    if (!t) return [];
    const rate = (ms: number): string => `${fmt((t.count / ms) * 1000 / 1e6, 2)} M tokens/s`;
    return [[name, t.count.toLocaleString('en-US'), fmt(t.wall), fmt(t.cpu), rate(t.wall), rate(t.cpu), fmt(mb / (t.cpu / 1000), 1)]];
  });
  table([title, 'items', 'wall ms', 'CPU ms', 'rate (wall)', 'rate (CPU)', 'MB/s (CPU)'], rows);
  console.log('');
}

export async function run(): Promise<void> {
  const text = corpusOfSize(5 * 1024 * 1024);
  const mb = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
  const words = countWords(text);
  const tokens = tokenize(text).length;
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`machine: ${cpus().length} CPUs, load average ${load} (timings scale with contention)`);
  console.log(`input: the corpus repeated to ${mb.toFixed(2)} MB, ${words.toLocaleString('en-US')} words, ${tokens.toLocaleString('en-US')} dhad tokens\n`);

  const { TokenizerAr } = require('@nlpjs/lang-ar') as {
    TokenizerAr: new () => { tokenize(text: string, normalize?: boolean): string[] };
  };
  // natural prints dotenv lines when it loads; import it here only.
  const natural = (await import('natural')) as unknown as {
    default?: { AggressiveTokenizerFa: new () => { tokenize(text: string): string[] } };
    AggressiveTokenizerFa?: new () => { tokenize(text: string): string[] };
  };
  const Fa = natural.AggressiveTokenizerFa ?? natural.default!.AggressiveTokenizerFa;

  const cases: { name: string; fn: () => { length: number }; unit: 'tokens' | 'words'; count: number }[] = [];
  const add = (name: string, fn: () => { length: number }, unit: 'tokens' | 'words'): void => {
    cases.push({ name, fn, unit, count: fn().length });
  };
  add('dhad tokenize', () => tokenize(text), 'tokens');
  add("dhad tokenize { normalize: 'search' }", () => tokenize(text, { normalize: 'search' }), 'tokens');
  add('dhad tokenSpans (typed arrays)', () => tokenSpans(text), 'tokens');
  add('dhad sentences', () => sentences(text), 'words');
  // The floor under tokenize: one plain object per token from precomputed spans, i.e. the
  // allocation every Token[] producer pays (on a busy machine, mostly GC).
  const spans = scan(text);
  const starts = spans.starts.slice(0, spans.count);
  const ends = spans.ends.slice(0, spans.count);
  add('(floor: allocate the same Token objects)', () => {
    const out: { text: string; start: number; end: number; type: string }[] = [];
    for (let k = 0; k < starts.length; k++) out.push({ text: text.slice(starts[k]!, ends[k]!), start: starts[k]!, end: ends[k]!, type: 'word' });
    return out;
  }, 'tokens');
  add('(dhad scanner alone, no Token objects)', () => ({ length: scan(text).count }), 'tokens');
  // TokenizerAr caches whole inputs per instance: a fresh instance per run measures the work.
  add('@nlpjs/lang-ar TokenizerAr', () => new TokenizerAr().tokenize(text, false), 'tokens');
  add('natural AggressiveTokenizerFa', () => new Fa().tokenize(text), 'tokens');
  // Three interleaved rounds of three runs each; the best time of each case.
  const times = measureInterleaved(cases.map((c) => c.fn));
  const rows = cases.map(({ name, unit, count }, i) => {
    const { wall, cpu } = times[i]!;
    const items = unit === 'words' ? words : count;
    const rate = (ms: number): string => `${fmt((items / ms) * 1000 / 1e6, 2)} M`;
    return [name, count.toLocaleString('en-US'), fmt(wall), fmt(cpu), `${rate(wall)} ${unit}/s`, `${rate(cpu)} ${unit}/s`, fmt(mb / (cpu / 1000), 1)];
  });
  table(['tokenizer (5 MB)', 'items', 'wall ms', 'CPU ms', 'rate (wall)', 'rate (CPU)', 'MB/s (CPU)'], rows);
  console.log('\ntargets: tokenize ≥ 2 M tokens/s, sentences ≥ 1 M words/s\n');
  freshTable('article', 'each alone in a fresh process (5 MB)', mb);

  // The same on real news, whose vocabulary is not a few hundred words repeated.
  const news = newsText();
  if (news === undefined) console.log('(../shared/data/unlabeled is missing: no news table)\n');
  else {
    const newsMb = Buffer.byteLength(news, 'utf8') / (1024 * 1024);
    const newsWords = countWords(news);
    const newsCases: [string, () => { length: number }, 'tokens' | 'words'][] = [
      ['dhad tokenize', () => tokenize(news), 'tokens'],
      ['dhad tokenSpans (typed arrays)', () => tokenSpans(news), 'tokens'],
      ['dhad sentences', () => sentences(news), 'words'],
      ['@nlpjs/lang-ar TokenizerAr', () => new TokenizerAr().tokenize(news, false), 'tokens'],
      ['natural AggressiveTokenizerFa', () => new Fa().tokenize(news), 'tokens'],
    ];
    const counts = newsCases.map(([, fn]) => fn().length);
    const newsTimes = measureInterleaved(newsCases.map(([, fn]) => fn));
    table(
      [`ANT news-005, first ${newsMb.toFixed(1)} MB`, 'items', 'wall ms', 'CPU ms', 'rate (wall)', 'rate (CPU)'],
      newsCases.map(([name, , unit], i) => {
        const { wall, cpu } = newsTimes[i]!;
        const items = unit === 'words' ? newsWords : counts[i]!;
        const rate = (ms: number): string => `${fmt((items / ms) * 1000 / 1e6, 2)} M ${unit}/s`;
        return [name, counts[i]!.toLocaleString('en-US'), fmt(wall), fmt(cpu), rate(wall), rate(cpu)];
      }),
    );
    console.log('');
    freshTable('news', `each alone in a fresh process (news, ${newsMb.toFixed(1)} MB)`, newsMb);
  }

  // Linearity: 0.5 MB → 5 MB crosses V8's young generation (the small output dies young, the
  // large one is promoted); 2 MB → 20 MB has both sizes past it, so its ratio shows only how
  // the work itself grows. Both are printed.
  const allocate = (s: string): unknown[] => {
    // the floor again: one plain object per token span, nothing else
    const { starts: st, ends: en, count } = scan(s);
    const out: { text: string; start: number; end: number; type: string }[] = [];
    for (let k = 0; k < count; k++) out.push({ text: s.slice(st[k]!, en[k]!), start: st[k]!, end: en[k]!, type: 'word' });
    return out;
  };
  const linearCases = [
    ['tokenize', (s: string) => tokenize(s)],
    ['tokenSpans', (s: string) => tokenSpans(s)],
    ['sentences', (s: string) => sentences(s)],
    ['(scanner alone)', (s: string) => scan(s).count],
    ['(floor: scanner + plain objects)', allocate],
    // Any tokenizer that returns one heap value per token grows the same way: the peers, and
    // the engine's own split, as a yardstick for what the runtime itself costs.
    ['@nlpjs/lang-ar TokenizerAr', (s: string) => new TokenizerAr().tokenize(s, false)],
    ['natural AggressiveTokenizerFa', (s: string) => new Fa().tokenize(s)],
    ['(String.prototype.split(/\\s+/))', (s: string) => s.split(/\s+/)],
  ] as const;
  await linearity(512 * 1024, linearCases);
  await linearity(2 * 1024 * 1024, linearCases);
  console.log('');

  // Adversarial inputs (the tests check their results; here only the time).
  const N = 100_000;
  const adversarial: [string, string][] = [
    ['one 10 MB word', 'كتب'.repeat(3_500_000)],
    ['one 1 MB Latin word', 'a'.repeat(1_000_000)],
    ['10^5 dots', '.'.repeat(N)],
    ["10^5 '@'", '@'.repeat(N)],
    ["'http://' × 10^5", 'http://'.repeat(N)],
    ["'a.' × 10^5", 'a.'.repeat(N)],
    ["'a@' × 10^5", 'a@'.repeat(N)],
    ["'www.' × 10^5", 'www.'.repeat(N)],
    ['\'"س.\' × 10^5 (quotes glued after initials)', '"س.'.repeat(N)],
  ];
  const adv: (string | number)[][] = [];
  for (const [name, input] of adversarial) {
    adv.push([name, input.length.toLocaleString('en-US'), fmt(measure(() => tokenize(input), 3).wall), fmt(measure(() => sentences(input), 3).wall)]);
  }
  table(['adversarial input', 'UTF-16 units', 'tokenize ms', 'sentences ms'], adv);
}
