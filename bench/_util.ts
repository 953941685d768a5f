// Shared helpers for the benchmarks: the corpus repeated to a given size, a timer that
// reports the best of several runs, and a Markdown table printer.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');

/** The corpus repeated (paragraphs joined by blank lines) until it is at least `bytes` long in UTF-8. */
export function corpusOfSize(bytes = 5 * 1024 * 1024): string {
  const unit = CORPUS + '\n\n';
  const size = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.ceil(bytes / size));
}

/**
 * About `chars` UTF-16 units of real news (the start of ANT's news-005 in
 * ../shared/data/unlabeled, whole paragraphs), or undefined when ../shared is missing. The
 * repeated article has a vocabulary of a few hundred words; this text has tens of thousands,
 * as a user's documents do.
 */
export function newsText(chars = 2_600_000): string | undefined {
  const path = join(process.env.DHAD_SHARED ?? join(ROOT, '..', 'shared'), 'data', 'unlabeled', 'news-005.txt.gz');
  if (!existsSync(path)) return undefined;
  const all = gunzipSync(readFileSync(path)).toString('utf8');
  const cut = all.indexOf('\n', chars);
  return cut < 0 ? all : all.slice(0, cut + 1);
}

/** Runs `fn` `runs` times after one warm-up and returns the fastest time in milliseconds. */
export function best(fn: () => unknown, runs = 5): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    const t = performance.now() - t0;
    if (t < min) min = t;
  }
  return min;
}

/** Prints rows as a Markdown table. */
export function table(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(cells[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of cells.slice(1)) console.log(line(r));
}

export const fmt = (n: number, digits = 1): string =>
  n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits);

// A full collection before each timed run of `measure`, so that one run does not pay for
// collecting the previous run's output (which otherwise makes a larger input look superlinear).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * Best wall-clock and best CPU time (user + system of this process, all threads, so GC helpers
 * count too) in ms over `runs` runs after one warm-up, with a full GC before each run. On a
 * shared, busy machine wall time mostly measures waiting for a core; CPU time is close to what
 * an idle machine would show.
 */
export function measure(fn: () => unknown, runs = 5): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (const r of timedRuns(fn, runs)) {
    wall = Math.min(wall, r.wall);
    cpu = Math.min(cpu, r.cpu);
  }
  return { wall, cpu };
}

// GC pauses, as the runtime reports them (main-thread pause time of each collection). The
// entries arrive asynchronously, so the linearity table waits for them after its timed runs.
const gcPauses: [start: number, duration: number][] = [];
let gcObserver: PerformanceObserver | undefined;
function observeGc(): void {
  if (gcObserver) return;
  gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcPauses.push([e.startTime, e.duration]);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
}
/** Sum of the GC pauses that started inside [t0, t1]. */
function pausedIn(t0: number, t1: number): number {
  let sum = 0;
  for (const [start, duration] of gcPauses) if (start >= t0 && start <= t1) sum += duration;
  return sum;
}
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

interface Run {
  wall: number;
  cpu: number;
  t0: number;
  t1: number;
}
/** `runs` timed runs of `fn` (after one warm-up), each after a full GC, with their time windows. */
function timedRuns(fn: () => unknown, runs: number): Run[] {
  fn();
  const out: Run[] = [];
  for (let r = 0; r < runs; r++) {
    collect();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    out.push({ wall: t1 - t0, cpu: (c.user + c.system) / 1000, t0, t1 });
  }
  return out;
}

/**
 * Prints how the time of each case grows from the corpus at `bytes` to 10 × that (target:
 * ratio ≤ 11), as CPU time, wall time, and wall time outside GC pauses (the work of the code
 * itself, without the collector's copying of the output it keeps). Small and large runs are
 * interleaved so that both see the same machine load; each figure is the best of its runs.
 */
export async function linearity(bytes: number, cases: readonly (readonly [string, (text: string) => unknown])[]): Promise<void> {
  observeGc();
  const small = corpusOfSize(bytes);
  const large = small.repeat(10);
  const rows: (string | number)[][] = [];
  for (const [name, fn] of cases) {
    const best1 = { wall: Infinity, cpu: Infinity, work: Infinity };
    const best10 = { wall: Infinity, cpu: Infinity, work: Infinity, gcShare: 0 };
    for (let round = 0; round < 3; round++) {
      const a = timedRuns(() => fn(small), 3);
      const b = timedRuns(() => fn(large), 2);
      await settle();
      for (const r of a) {
        best1.wall = Math.min(best1.wall, r.wall);
        best1.cpu = Math.min(best1.cpu, r.cpu);
        best1.work = Math.min(best1.work, r.wall - pausedIn(r.t0, r.t1));
      }
      for (const r of b) {
        const paused = pausedIn(r.t0, r.t1);
        if (r.wall < best10.wall) best10.gcShare = paused / r.wall;
        best10.wall = Math.min(best10.wall, r.wall);
        best10.cpu = Math.min(best10.cpu, r.cpu);
        best10.work = Math.min(best10.work, r.wall - paused);
      }
    }
    rows.push([
      name,
      fmt(best1.cpu),
      fmt(best10.cpu),
      (best10.cpu / best1.cpu).toFixed(2),
      (best10.wall / best1.wall).toFixed(2),
      (best10.work / best1.work).toFixed(2),
      `${Math.round(best10.gcShare * 100)} %`,
    ]);
  }
  gcPauses.length = 0;
  const mb = (b: number): string => `${+(b / 1048576).toFixed(1)} MB`;
  console.log('');
  table(
    [
      'linearity',
      `1× CPU ms (${mb(bytes)})`,
      `10× CPU ms (${mb(bytes * 10)})`,
      'ratio CPU (target ≤ 11)',
      'ratio wall',
      'ratio wall outside GC pauses',
      `GC pauses in 10× wall`,
    ],
    rows,
  );
}

/**
 * `measure` for several cases in interleaved rounds (A, B, C, A, B, C …), keeping each case's
 * best: every case sees the same machine load and the same heap history, instead of the first
 * case paying for V8 sizing a fresh heap.
 */
export function measureInterleaved(fns: readonly (() => unknown)[], rounds = 3, runs = 3): { wall: number; cpu: number }[] {
  const out = fns.map(() => ({ wall: Infinity, cpu: Infinity }));
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const t = measure(fn, runs);
      out[i] = { wall: Math.min(out[i]!.wall, t.wall), cpu: Math.min(out[i]!.cpu, t.cpu) };
    });
  }
  return out;
}
