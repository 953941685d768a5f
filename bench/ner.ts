// NER speed: model load time (first call, in a fresh process), entities() throughput in words
// per second on the corpus article repeated, and time and memory on growing inputs up to 10 MB
// (linear time, flat memory: the recognizer works sentence by sentence).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { entities } from '../src/ner/index.js';
import { best, corpusOfSize, fmt, table } from './_util.js';

const here = dirname(fileURLToPath(import.meta.url));
const countWords = (t: string): number => t.split(/\s+/).filter((w) => w.length > 0).length;

/** Newest modification time of the files under a folder (recursive). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * What a user of the package pays: a fresh Node process imports the built `dist/index.js`
 * (all of dhad, as `import('dhad')` does) and then makes its first `entities()` call, which
 * decodes the model. No rows when there is no build; the label says when it is older than src/.
 */
function builtLoad(): (string | number)[][] {
  const dist = join(here, '..', 'dist', 'index.js');
  if (!existsSync(dist)) return [['built package: no dist/ (run npm run build)', '-']];
  const stale = statSync(dist).mtimeMs < newest(join(here, '..', 'src')) ? ' [dist older than src/]' : '';
  const probe = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(dist).href)}); const t1 = performance.now(); m.entities('التقى الرئيس في أستانا يوم 4 يوليو 2024.'); const t2 = performance.now(); console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1 }));`;
  const runs: { importMs: number; firstMs: number; total: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    const m = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { importMs: number; firstMs: number };
    runs.push({ ...m, total: m.importMs + m.firstMs });
  }
  const bestRun = runs.reduce((a, b) => (b.total < a.total ? b : a));
  return [
    [`import('dhad') of the built package, dist/index.js (all modules)${stale}`, fmt(bestRun.importMs)],
    ['its first entities() call (decode + one sentence)', fmt(bestRun.firstMs)],
    ['model load as a user pays it: the two together', fmt(bestRun.total)],
  ];
}

export async function run(): Promise<void> {
  // Load time in a fresh process: import + decode the packed model, clusters and gazetteer.
  const probe = `const t0 = performance.now(); const m = await import(${JSON.stringify(join(here, '..', 'src', 'ner', 'recognize.ts'))}); const t1 = performance.now(); const ms = m.loadModel(); const t2 = performance.now(); console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1 }));`;
  const loads: { importMs: number; loadMs: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '{}';
    loads.push(JSON.parse(line) as { importMs: number; loadMs: number });
  }
  const load = Math.min(...loads.map((l) => l.loadMs));
  const imp = Math.min(...loads.map((l) => l.importMs));
  const rows0: (string | number)[][] = [
    ['import of src/ner through tsx (transpiled TypeScript, module evaluation)', fmt(imp)],
    ['first-use decode: weights + clusters + gazetteers', fmt(load)],
  ];
  rows0.push(...builtLoad());
  table(['model load (fresh process, best of 3)', 'ms'], rows0);
  console.log('');
  const rows: (string | number)[][] = [];
  for (const mb of [0.1, 1, 10]) {
    const text = corpusOfSize(mb * 1024 * 1024);
    const words = countWords(text);
    if (typeof globalThis.gc === 'function') globalThis.gc();
    const heap0 = process.memoryUsage().heapUsed;
    const ms = best(() => entities(text), mb >= 10 ? 1 : 3);
    const heap1 = process.memoryUsage().heapUsed;
    rows.push([`${mb} MB`, words.toLocaleString('en-US'), fmt(ms), fmt((words / ms) * 1000), fmt((ms / mb), 0), fmt((heap1 - heap0) / 1048576)]);
  }
  table(['input', 'words', 'ms', 'words/s', 'ms per MB', 'heap growth MB'], rows);
}
