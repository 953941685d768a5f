// Shared helpers for the benchmarks: the corpus repeated to a given size, a timer that
// reports the best of several runs, and a Markdown table printer.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');

/** The corpus repeated (paragraphs joined by blank lines) until it is at least `bytes` long in UTF-8. */
export function corpusOfSize(bytes = 5 * 1024 * 1024): string {
  const unit = CORPUS + '\n\n';
  const size = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.ceil(bytes / size));
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
