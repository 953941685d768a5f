// Reshaping speed: dhad's reshape/unshape against arabic-persian-reshaper (the npm package
// it replaces) over the corpus repeated to ≥ 5 MB.
import { createRequire } from 'node:module';
import { reshape, unshape } from '../src/display/index.js';
import { best, corpusOfSize, fmt, table } from './_util.js';

interface Shaper {
  convertArabic(text: string): string;
  convertArabicBack(text: string): string;
}

export async function run(): Promise<void> {
  const text = corpusOfSize(5 * 1024 * 1024);
  const mb = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
  const shaped = reshape(text);
  const rows: (string | number)[][] = [];
  const measure = (name: string, fn: () => unknown, runs = 5): void => {
    const ms = best(fn, runs);
    rows.push([name, fmt(mb / (ms / 1000)), fmt(ms)]);
  };
  measure('dhad reshape', () => reshape(text));
  measure('dhad unshape', () => unshape(shaped));
  let aps: { ArabicShaper: Shaper } | undefined;
  try {
    aps = createRequire(import.meta.url)('arabic-persian-reshaper') as { ArabicShaper: Shaper };
  } catch {
    // not installed: only dhad is measured
  }
  if (aps) {
    const { ArabicShaper } = aps;
    const theirs = ArabicShaper.convertArabic(text);
    measure('arabic-persian-reshaper ArabicShaper.convertArabic', () => ArabicShaper.convertArabic(text), 2);
    measure('arabic-persian-reshaper ArabicShaper.convertArabicBack', () => ArabicShaper.convertArabicBack(theirs), 2);
  }
  console.log(`input: the corpus repeated to ${mb.toFixed(1)} MB (UTF-8)\n`);
  table(['function', 'MB/s', 'ms (best)'], rows);
}
