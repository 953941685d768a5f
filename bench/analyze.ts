// analyze end to end (words/s on the corpus repeated to ≥ 5 MB) and analyzeStream over a
// large synthetic stream with its resident memory sampled as it goes (flat RSS = constant memory).
// DHAD_STREAM_MB sets the stream size (default 1024 MB, the 1 GB).
import { analyze, analyzeStream, type AnalyzeStep } from '../src/index.js';
import { CORPUS, best, corpusOfSize, fmt, table } from './_util.js';

function words(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

export async function run(): Promise<void> {
  const input = corpusOfSize();
  const n = words(input);
  const rows: (string | number)[][] = [];
  const configs: [string, AnalyzeStep[] | undefined][] = [
    ['analyze (default stages)', undefined],
    ['analyze + root', ['language', 'sentences', 'tokens', 'normal', 'segment', 'stem', 'root', 'entities']],
    ['tokens + normal + segment + stem', ['tokens', 'normal', 'segment', 'stem']],
  ];
  for (const [name, steps] of configs) {
    const ms = best(() => analyze(input, steps ? { steps } : undefined), 2);
    rows.push([name, (Buffer.byteLength(input) / 1048576).toFixed(1), fmt(n / (ms / 1000)), fmt(Buffer.byteLength(input) / 1048576 / (ms / 1000))]);
  }
  table(['analyze', 'MB', 'words/s', 'MB/s'], rows);

  const mb = Number(process.env.DHAD_STREAM_MB ?? 1024);
  const paragraph = `${CORPUS}\n\n`;
  const bytes = Buffer.byteLength(paragraph);
  const count = Math.ceil((mb * 1048576) / bytes);
  async function* source() {
    for (let i = 0; i < count; i++) yield paragraph;
  }
  const samples: number[] = [];
  const total = count * paragraph.length; // UTF-16 units in the whole stream
  let nextSample = 0;
  let docs = 0;
  let tokens = 0;
  const t0 = performance.now();
  for await (const doc of analyzeStream(source(), { steps: ['sentences', 'tokens', 'normal'] })) {
    docs++;
    tokens += doc.tokens.length;
    // One sample per eighth of the stream.
    if (doc.offset >= nextSample) {
      samples.push(process.memoryUsage().rss / 1048576);
      nextSample += total / 8;
    }
  }
  const s = (performance.now() - t0) / 1000;
  console.log('');
  table(
    ['analyzeStream (sentences, tokens, normal)', 'value'],
    [
      ['stream size', `${fmt((count * bytes) / 1048576)} MB in ${fmt(count)} chunks`],
      ['paragraph Docs', fmt(docs)],
      ['tokens', fmt(tokens)],
      ['time', `${s.toFixed(1)} s (${fmt((count * bytes) / 1048576 / s)} MB/s)`],
      ['RSS samples (MB)', samples.map((x) => x.toFixed(0)).join(' → ')],
    ],
  );
}
