// `npm run eval:normalize`: the 'search' preset against Apache Lucene 8.7's ArabicNormalizer
// (../shared/data/oracles/lucene-normalizer.tsv, 53,055 words). Words holding U+0670
// SUPERSCRIPT ALEF, U+0671 ALEF WASLA or Persian/Urdu letters are counted apart: 'search'
// folds those on purpose and Lucene does not. Floor: 100 % on the compared words.
import { readFileSync } from 'node:fs';
import { normalize } from '../src/normalize/index.js';
import { fmt, requireShared, table } from './_util.js';

const path = requireShared('oracles/lucene-normalizer.tsv');
const NOT_COMPARED = /[\u0670\u0671\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06D2\u06C0\u06C1\u06BE\u06C3\u0679\u0688\u0691\u06BA]/;

let compared = 0;
let agree = 0;
let skipped = 0;
let skippedAgree = 0;
const disagreements: string[] = [];
const skippedDiffs: string[] = [];
for (const row of readFileSync(path, 'utf8').split('\n')) {
  if (!row) continue;
  const [word, expected] = row.split('\t') as [string, string];
  const got = normalize(word);
  if (NOT_COMPARED.test(word)) {
    skipped++;
    if (got === expected) skippedAgree++;
    else skippedDiffs.push(`${word}\t${got}\t${expected}`);
    continue;
  }
  compared++;
  if (got === expected) agree++;
  else disagreements.push(`${word}\t${got}\t${expected}`);
}

const pct = (a: number, b: number): string => `${fmt((100 * a) / Math.max(b, 1), 2)} %`;
table(
  ['words', 'count', "agree with Lucene", 'agreement'],
  [
    ['compared (no U+0670/U+0671/Persian letters)', compared, agree, pct(agree, compared)],
    ['holding U+0670/U+0671/Persian letters (not compared)', skipped, skippedAgree, pct(skippedAgree, skipped)],
  ],
);
if (skippedDiffs.length > 0) {
  console.log('\nNot compared, differing on purpose (word, dhad, Lucene):');
  for (const d of skippedDiffs.slice(0, 10)) console.log(`  ${d}`);
}
if (disagreements.length > 0) {
  console.log('\nDisagreements (word, dhad, Lucene):');
  for (const d of disagreements.slice(0, 30)) console.log(`  ${d}`);
}
const ok = compared > 0 && agree === compared;
console.log(`\nfloor: 100 % on compared words — ${ok ? 'met' : 'MISSED'}`);
process.exit(ok ? 0 : 1);
