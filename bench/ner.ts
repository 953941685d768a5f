// NER speed: model load time (first call, in a fresh process), entities() throughput in words
// per second on the corpus article repeated, and time and memory on growing inputs up to 10 MB
// (linear time, flat memory: the recognizer works sentence by sentence).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entities } from '../src/ner/index.js';
import { best, corpusOfSize, fmt, table } from './_util.js';

const here = dirname(fileURLToPath(import.meta.url));
const countWords = (t: string): number => t.split(/\s+/).filter((w) => w.length > 0).length;

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
  table(['model load (fresh process, best of 3)', 'ms'], [
    ['import of src/ner (module evaluation, no decoding)', fmt(imp)],
    ['first-use decode: weights + clusters + gazetteers', fmt(load)],
  ]);
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
