// Speed of clitic segmentation on the reference article repeated to ≥ 5 MB (one process).
// Target (issue 3): segmentText ≥ 500 k words/s without memoization. The machine may be
// shared: the table shows the best wall time and the process CPU time of that same run.
import { segment, segmentText } from '../src/segment/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { corpusOfSize, fmt, table } from './_util.js';

/** Best of `runs` after a warm-up: [wall ms, CPU ms of the same run]. */
function measure(fn: () => unknown, runs = 3): [number, number] {
  fn();
  let best: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (wall < best[0]) best = [wall, (cpu.user + cpu.system) / 1000];
  }
  return best;
}

export async function run(): Promise<void> {
  const text = corpusOfSize(5 * 1024 * 1024);
  const words = tokenize(text)
    .filter((t) => t.type === 'word')
    .map((t) => t.text);
  const n = words.length;
  segment('تحميل'); // decode the lexicon once, outside the timings
  const rows: (string | number)[][] = [];
  const add = (name: string, fn: () => unknown): [number, number] => {
    const [wall, cpu] = measure(fn);
    rows.push([name, fmt(wall), fmt(n / (wall / 1000)), fmt(cpu), fmt(n / (cpu / 1000))]);
    return [wall, cpu];
  };
  add('tokenize alone (reference)', () => tokenize(text));
  add('segment() on each word token', () => {
    for (let i = 0; i < n; i++) segment(words[i]!);
  });
  const plain = add('segmentText, no memoization', () => segmentText(text));
  add('segmentText, memoize: true', () => segmentText(text, { memoize: true }));
  console.log(`${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB, ${n.toLocaleString('en-US')} word tokens\n`);
  table(['operation', 'wall ms', 'words/s (wall)', 'CPU ms', 'words/s (CPU)'], rows);
  const small = text.slice(0, Math.floor(text.length / 10));
  const [smallWall, smallCpu] = measure(() => segmentText(small));
  console.log(
    `\nlinearity of segmentText: 10 × the input costs ${(plain[0] / smallWall).toFixed(2)} × the wall time, ` +
      `${(plain[1] / smallCpu).toFixed(2)} × the CPU time`,
  );
}
