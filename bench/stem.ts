// `npx tsx bench/index.ts stem`: words per second for every `stem` algorithm and for the
// JavaScript Arabic stemmers people use today, in one process on the same input:
// - the corpus article's words, repeated (≈ 200,000 tokens, a news vocabulary);
// - the 53,055 oracle words of ../shared/data/oracles/words.txt (a large vocabulary with
//   and without diacritics), when ../shared is present.
// The row «dhad segment» is the segmenter alone, the bulk of the 'dhad' stemmer's cost.
// Every figure is unmemoized (each word is stemmed again each time); memoized figures (a Map
// in front of the stemmer, as an indexer would keep) are printed in a second table.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { segment } from '../src/segment/index.js';
import { isStopword, stem, type StemAlgorithm } from '../src/stem/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { best, CORPUS, fmt, ROOT, table } from './_util.js';

const require = createRequire(import.meta.url);
// CommonJS packages without type declarations.
// StemmerAr.stemWord keeps its own cache, so the bench drives the Snowball machine directly
// (setCurrent, innerStem, getCurrent) to measure it unmemoized.
const { StemmerAr } = require('@nlpjs/lang-ar') as {
  StemmerAr: new () => { setCurrent(word: string): void; innerStem(): void; getCurrent(): string };
};
const snowballStemmers = require('snowball-stemmers') as { newStemmer(lang: string): { stem(word: string): string } };
const { stemmer: oramaArabic } = require('@orama/stemmers/arabic') as { stemmer: (word: string) => string };

function corpusWords(): string[] {
  const words = tokenize(CORPUS)
    .filter((t) => t.type === 'word')
    .map((t) => t.text);
  const out: string[] = [];
  while (out.length < 200_000) out.push(...words);
  return out;
}

function oracleWords(): string[] | undefined {
  const path = join(process.env.DHAD_SHARED ?? join(ROOT, '..', 'shared'), 'data', 'oracles', 'words.txt');
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8').split('\n').filter((w) => w !== '');
}

function rate(words: readonly string[], fn: (w: string) => string): number {
  let sink = 0;
  const ms = best(() => {
    for (let i = 0; i < words.length; i++) sink += fn(words[i]!).length;
  }, 10);
  if (sink < 0) console.log(sink);
  return words.length / (ms / 1000);
}

function memoized(fn: (w: string) => string): (w: string) => string {
  const cache = new Map<string, string>();
  return (w) => {
    let s = cache.get(w);
    if (s === undefined) {
      s = fn(w);
      cache.set(w, s);
    }
    return s;
  };
}

export async function run(): Promise<void> {
  const inputs: [string, string[]][] = [['corpus words', corpusWords()]];
  const oracle = oracleWords();
  if (oracle) inputs.push(['oracle words', oracle]);
  else console.log('(../shared/data/oracles/words.txt is missing: corpus words only)\n');

  const nlpjs = new StemmerAr();
  const snowball = snowballStemmers.newStemmer('arabic');
  const algorithms: StemAlgorithm[] = ['dhad', 'light10', 'snowball', 'isri'];
  const contenders: [string, (w: string) => string][] = [
    ...algorithms.map((a): [string, (w: string) => string] => [`dhad stem '${a}'`, (w) => stem(w, { algorithm: a })]),
    ['dhad isStopword', (w) => (isStopword(w) ? w : '')],
    // For reference: the clitic step of 'dhad' alone, on every word ('dhad' skips it for words
    // that cannot carry a clitic).
    ['dhad segment (reference)', (w) => segment(w).base.form],
    [
      '@nlpjs/lang-ar StemmerAr',
      (w) => {
        nlpjs.setCurrent(w);
        nlpjs.innerStem();
        return nlpjs.getCurrent();
      },
    ],
    ['@orama/stemmers arabic', oramaArabic],
    ['snowball-stemmers arabic', (w) => snowball.stem(w)],
  ];

  const header = ['stemmer', ...inputs.map(([name, words]) => `${name} (${words.length.toLocaleString('en-US')}) words/s`)];
  console.log('Unmemoized (every word stemmed each time):\n');
  table(header, contenders.map(([name, fn]) => [name, ...inputs.map(([, words]) => fmt(rate(words, fn)))]));

  console.log('\nMemoized (a Map from word to stem in front of each stemmer; the cache is warm after the first pass):\n');
  table(header, contenders.map(([name, fn]) => [name, ...inputs.map(([, words]) => fmt(rate(words, memoized(fn))))]));
}
