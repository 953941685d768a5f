// Speed of clitic segmentation on the reference article repeated to ≥ 5 MB (one process).
// Target (issue 3): segmentText ≥ 500 k words/s without memoization.
import { segment, segmentText } from '../src/segment/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { best, corpusOfSize, fmt, table } from './_util.js';

export async function run(): Promise<void> {
  const text = corpusOfSize(5 * 1024 * 1024);
  const words = tokenize(text)
    .filter((t) => t.type === 'word')
    .map((t) => t.text);
  const n = words.length;
  segment('تحميل'); // decode the lexicon once, outside the timings
  const rows: (string | number)[][] = [];
  const add = (name: string, fn: () => unknown): number => {
    const ms = best(fn, 3);
    rows.push([name, fmt(ms), fmt(n / (ms / 1000))]);
    return ms;
  };
  add('tokenize (reference: the words come from it)', () => tokenize(text));
  add('segment() on each word token', () => {
    for (let i = 0; i < n; i++) segment(words[i]!);
  });
  const plain = add('segmentText, no memoization', () => segmentText(text));
  add('segmentText, memoize: true', () => segmentText(text, { memoize: true }));
  console.log(`${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB, ${n.toLocaleString('en-US')} word tokens\n`);
  table(['operation', 'ms (best of 3)', 'words/s'], rows);
  const small = text.slice(0, Math.floor(text.length / 10));
  const smallMs = best(() => segmentText(small), 3);
  console.log(`\nlinearity: 10 × the input costs ${(plain / smallMs).toFixed(2)} × the time`);
}
