// `npm run eval:display`: conformance of `reshape` with Python's arabic_reshaper 2.1.4
// (../shared/data/oracles/arabic-reshaper.tsv: 8,655 words, harakat kept, lam-alef ligatures
// only), every mismatch listed with its reason; then the same oracle and the known defects
// measured on arabic-persian-reshaper, the npm package dhad's shaper replaces.
// Exits non-zero when `reshape` matches fewer than 99.5 % of the words.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { reshape, unshape } from '../src/display/index.js';
import { fmt, requireShared, table } from './_util.js';

const FLOOR = 99.5;
const path = requireShared('oracles/arabic-reshaper.tsv');
const pairs = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => line.split('\t') as [string, string]);

const hex = (s: string): string => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** Why `got` differs from `expected`: the first differing code unit, named, with context. */
function reason(word: string, expected: string, got: string): string {
  let i = 0;
  while (i < expected.length && i < got.length && expected[i] === got[i]) i++;
  const e = expected.slice(i, i + 2);
  const g = got.slice(i, i + 2);
  if (unshape(expected) === unshape(got)) return `same letters, other form at ${i}: oracle ${hex(e)}, dhad ${hex(g)}`;
  if (unshape(got) !== word) return `dhad changed the letters at ${i}: ${hex(g)} (oracle ${hex(e)})`;
  return `oracle changed the letters at ${i}: ${hex(e)} (dhad ${hex(g)})`;
}

// 1. dhad's reshape against the oracle.
let matched = 0;
const mismatches: string[][] = [];
for (const [word, expected] of pairs) {
  const got = reshape(word);
  if (got === expected) matched++;
  else mismatches.push([word, expected, got, reason(word, expected, got)]);
}
const percent = (100 * matched) / pairs.length;
console.log(`### reshape vs Python arabic_reshaper 2.1.4 (${pairs.length.toLocaleString('en-US')} words)\n`);
table(['shaper', 'match', 'words'], [['dhad reshape', `${percent.toFixed(2)} %`, `${matched} / ${pairs.length}`]]);
if (mismatches.length > 0) {
  console.log(`\n${mismatches.length} mismatches:\n`);
  table(['word', 'oracle', 'dhad', 'reason'], mismatches);
}

// Round trip on the oracle: unshape(reshape(w)) gives w back, except that harakat between
// lam and alef come back after the alef.
let roundTrip = 0;
let roundTripLamAlef = 0;
const LAM_MARKS_ALEF = /\u0644([\u064B-\u065F\u0670]+)([\u0622\u0623\u0625\u0627])/g;
for (const [word] of pairs) {
  const back = unshape(reshape(word));
  if (back === word) roundTrip++;
  else if (back === word.replace(LAM_MARKS_ALEF, '\u0644$2$1')) roundTripLamAlef++;
}
console.log(
  `\nunshape(reshape(w)) === w: ${roundTrip} / ${pairs.length}; equal once harakat between lam and alef are put after the alef: ${roundTripLamAlef} more; other: ${pairs.length - roundTrip - roundTripLamAlef}`,
);
let oracleBack = 0;
for (const [word, expected] of pairs) {
  if (unshape(expected) === word.replace(LAM_MARKS_ALEF, '\u0644$2$1')) oracleBack++;
}
console.log(`unshape(oracle output) gives the word back (same lam-alef proviso): ${oracleBack} / ${pairs.length}`);

// 2. arabic-persian-reshaper, measured on the same oracle and on its known defects.
interface Shaper {
  convertArabic(text: string): string;
  convertArabicBack(text: string): string;
}
let aps: { ArabicShaper: Shaper; PersianShaper: Shaper } | undefined;
try {
  aps = createRequire(import.meta.url)('arabic-persian-reshaper') as { ArabicShaper: Shaper; PersianShaper: Shaper };
} catch {
  console.log('\narabic-persian-reshaper is not installed: its defects are not measured.');
}
if (aps) {
  const { ArabicShaper, PersianShaper } = aps;
  console.log('\n### arabic-persian-reshaper 1.0.1 on the same oracle\n');
  const rows: string[][] = [];
  for (const [name, shaper] of [
    ['ArabicShaper.convertArabic', ArabicShaper],
    ['PersianShaper.convertArabic', PersianShaper],
  ] as const) {
    let ok = 0;
    for (const [word, expected] of pairs) if (shaper.convertArabic(word) === expected) ok++;
    rows.push([name, `${fmt((100 * ok) / pairs.length, 2)} %`, `${ok} / ${pairs.length}`]);
  }
  rows.push(['dhad reshape', `${percent.toFixed(2)} %`, `${matched} / ${pairs.length}`]);
  table(['shaper', 'match', 'words'], rows);

  // Defect 1: final ى shaped as U+FBFD (FARSI YEH final form), so NFKC turns ى into ی.
  const finalMaksura = pairs.filter(([w]) => /\u0649[\u064B-\u065F]*(?![\u0600-\u06FF])/.test(w));
  const becomesFarsiYeh = (shaped: string): boolean => shaped.normalize('NFKC').includes('\u06CC');
  const d1 = finalMaksura.filter(([w]) => becomesFarsiYeh(ArabicShaper.convertArabic(w)));
  const d1dhad = finalMaksura.filter(([w]) => becomesFarsiYeh(reshape(w)));
  // Defect 2: lam + haraka + alef loses the haraka and doubles the alef (لَا → ﻻا).
  const lamMarkAlef = pairs.filter(([w]) => /\u0644[\u064B-\u065F\u0670]+[\u0622\u0623\u0625\u0627]/.test(w));
  const d2 = lamMarkAlef.filter(([w]) => {
    const back = ArabicShaper.convertArabicBack(ArabicShaper.convertArabic(w)).normalize('NFKC');
    return back !== w.replace(LAM_MARKS_ALEF, '\u0644$2$1').normalize('NFKC');
  });
  const d2dhad = lamMarkAlef.filter(([w]) => unshape(reshape(w)) !== w.replace(LAM_MARKS_ALEF, '\u0644$2$1'));
  // Defect 3: PersianShaper emits U+0000 for lam + أ/إ/آ (no ligature in its table).
  const lamHamzaAlef = pairs.filter(([w]) => /\u0644[\u064B-\u065F]*[\u0622\u0623\u0625]/.test(w));
  const d3 = lamHamzaAlef.filter(([w]) => PersianShaper.convertArabic(w).includes('\u0000'));
  const d3dhad = lamHamzaAlef.filter(([w]) => reshape(w).includes('\u0000'));
  // Defect 4: Urdu letters are not shaped (and break the joins of their neighbours).
  const URDU = ['\u0679', '\u0688', '\u0691', '\u06BA', '\u06BE', '\u06C1', '\u06D2', '\u06D3'];
  const d4 = URDU.filter((c) => ArabicShaper.convertArabic(`\u0628${c}\u0628`).includes(c));
  const d4dhad = URDU.filter((c) => reshape(`\u0628${c}\u0628`).includes(c));
  // Defect 5: convertArabicBack turns the standard final ى (U+FEF0) into ی U+06CC.
  const fromFarsiYeh = (back: string, word: string): boolean => back.includes('\u06CC') && !word.includes('\u06CC');
  const d6 = finalMaksura.filter(([w, e]) => fromFarsiYeh(ArabicShaper.convertArabicBack(e), w));
  const d6dhad = finalMaksura.filter(([w, e]) => fromFarsiYeh(unshape(e), w));

  console.log('\n### arabic-persian-reshaper defects, measured (words of the oracle unless said)\n');
  table(
    ['defect', 'affected input', 'arabic-persian-reshaper wrong', 'dhad wrong'],
    [
      ['final ى → U+FBFD, NFKC gives ی (ArabicShaper)', `${finalMaksura.length} words with final ى`, String(d1.length), String(d1dhad.length)],
      ['lam + haraka + alef: haraka lost, alef doubled (ArabicShaper, round trip)', `${lamMarkAlef.length} words`, String(d2.length), String(d2dhad.length)],
      ['U+0000 for lam + أ/إ/آ (PersianShaper)', `${lamHamzaAlef.length} words`, String(d3.length), String(d3dhad.length)],
      ['Urdu letters ٹ ڈ ڑ ں ھ ہ ے ۓ left unshaped in ب_ب (ArabicShaper)', `${URDU.length} letters`, String(d4.length), String(d4dhad.length)],
      ['unshape of standard final ى U+FEF0 gives ی (ArabicShaper.convertArabicBack)', `${finalMaksura.length} words`, String(d6.length), String(d6dhad.length)],
    ],
  );
}

if (percent < FLOOR) {
  console.error(`\nreshape matches ${percent.toFixed(2)} % of the oracle, below the floor of ${FLOOR} %`);
  process.exit(1);
}
