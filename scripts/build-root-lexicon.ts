// Builds src/lexicon/roots.ts: the hand-written roots of src/root/seed-roots.ts, each with
// a prior weight estimated from the unlabeled corpus (../shared/data/unlabeled, files
// 005–009 (ANT news) and 011–015 (Wikipedia) by default). Only the derived per-root weights
// are written, never corpus text.
//
// Estimation: every word type seen at least --min-count times is analysed with
// src/root/analyze.ts against the seed roots (no priors). Priors start from the words that
// only one root explains, then EM (--rounds, default 5) shares each word's count among its
// candidate roots in proportion to exp(-2 × cost) × prior and re-estimates the priors. A
// root's bucket is round(4 × log10(1 + expected count)); root() subtracts 0.15 × bucket from
// a candidate's cost. The priors depend on the analyzer's costs: rerun this script after
// changing templates, affixes or costs in src/root/.
//
//   npx tsx scripts/build-root-lexicon.ts [--files 005,006,…] [--min-count 2] [--rounds 5]
//     [--prior em|geometric]   (geometric: damp roots without unambiguous forms; measured worse)
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, SHARED_DATA } from '../eval/_util.js';
import { analyze } from '../src/root/analyze.js';
import { isLoanword } from '../src/root/foreign.js';
import { normalizeForRoot } from '../src/root/normalize-word.js';
import { SEED_ROOTS } from '../src/root/seed-roots.js';
import { flag } from './lib/args.js';

const FILES = flag('--files', '005,006,007,008,009,011,012,013,014,015').split(',');
const MIN_COUNT = Number(flag('--min-count', '2'));
const ROUNDS = Number(flag('--rounds', '5'));
const MODE = flag('--prior', 'em');
const SHARPNESS = 2;

async function countWords(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const f of FILES) {
    const path = join(SHARED_DATA, 'unlabeled', `news-${f}.txt.gz`);
    if (!existsSync(path)) throw new Error(`missing ${path}`);
    const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      // Arabic letters, marks and tatweel form words; anything else separates them.
      for (const m of line.matchAll(/[\u0621-\u064a\u064b-\u065f\u0670\u0671]+/g)) {
        const w = m[0];
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
    console.error(`read news-${f}: ${counts.size} types so far`);
  }
  return counts;
}

const seeds = [...new Set(SEED_ROOTS.trim().split(/\s+/))];
const badSeed = seeds.find((r) => !/^[ءبتثجحخدذرزسشصضطظعغفقكلمنهوي]{3,4}$/.test(r));
if (badSeed) throw new Error(`seed-roots.ts: '${badSeed}' is not a root of 3–4 radicals (ء for hamza, و/ي for weak letters)`);
const flat = new Map(seeds.map((r) => [r, 0]));
const counts = await countWords();
const analyses: { count: number; roots: string[]; costs: number[] }[] = [];
for (const [w, count] of counts) {
  if (count < MIN_COUNT) continue;
  // A listed loanword (غاز، البابا, the month names are not listed here) has no root: its
  // counts are no evidence for the root its letters happen to fit (البابا read as ألبابًا).
  const n = normalizeForRoot(w);
  if (n !== undefined && isLoanword(n)) continue;
  const a = analyze(w, flat);
  if (a.kind !== 'roots') continue;
  const known = [...a.costs].filter(([r]) => flat.has(r));
  if (known.length) analyses.push({ count, roots: known.map(([r]) => r), costs: known.map(([, c]) => c) });
}
console.error(`${analyses.length} analysable word types`);

// Start from the words that only one known root explains: they are evidence for their root
// that no cost setting can bias.
let expected = new Map(seeds.map((r) => [r, 0]));
for (const a of analyses) if (a.roots.length === 1) expected.set(a.roots[0]!, expected.get(a.roots[0]!)! + a.count);
const unique = new Map(expected);
const total0 = [...expected.values()].reduce((x, y) => x + y, 0);
let prior = new Map([...expected].map(([r, c]) => [r, (c + 1) / (total0 + seeds.length)]));
for (let round = 0; round < ROUNDS; round++) {
  expected = new Map(seeds.map((r) => [r, 0]));
  for (const a of analyses) {
    const best = Math.min(...a.costs);
    const weights = a.costs.map((c, i) => Math.exp(-SHARPNESS * (c - best)) * prior.get(a.roots[i]!)!);
    const sum = weights.reduce((x, y) => x + y, 0);
    a.roots.forEach((r, i) => expected.set(r, expected.get(r)! + (a.count * weights[i]!) / sum));
  }
  const total = [...expected.values()].reduce((x, y) => x + y, 0);
  // Add-one smoothing keeps roots the corpus never shows in play.
  prior = new Map([...expected].map(([r, c]) => [r, (c + 1) / (total + seeds.length)]));
}

const groups = new Map<number, string[]>();
for (const r of seeds) {
  // A root that only ambiguous words support (no form of its own in the corpus) is kept low:
  // the geometric mean of its EM count and its unambiguous count (+1).
  const count = MODE === 'em' ? expected.get(r)! : Math.sqrt(expected.get(r)! * (unique.get(r)! + 1));
  const bucket = Math.round(4 * Math.log10(1 + count));
  (groups.get(bucket) ?? groups.set(bucket, []).get(bucket)!).push(r);
}
const packed = [...groups].sort((a, b) => a[0] - b[0]).map(([b, rs]) => `${b}:${rs.sort().join(' ')}`).join('|');
const out = `// Generated by scripts/build-root-lexicon.ts from src/root/seed-roots.ts and word counts of ../shared/data/unlabeled (news-${FILES.join(',')}). Do not edit.

/**
 * ${seeds.length} roots grouped by prior bucket: \`bucket:root root …\` joined by \`|\`; bucket =
 * round(4 × log10(1 + expected corpus count)).
 */
export const ROOTS_PACKED =
  '${packed}';
`;
writeFileSync(join(ROOT, 'src', 'lexicon', 'roots.ts'), out);
console.error(`wrote src/lexicon/roots.ts: ${seeds.length} roots, ${packed.length} chars`);
