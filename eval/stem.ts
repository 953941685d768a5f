// `npm run eval:stem`: how well each stemmer conflates the forms of one lemma, on UD Arabic
// PUD (../shared/data/segmentation/ud-arabic-pud-test.conllu).
//
// Items are the surface word types of the corpus (word lines rebuilt into surface tokens from
// `SpaceAfter=No`, punctuation left out), each labelled with the lemma of its content word
// (the longest non-clitic line) when that word is a NOUN, PROPN, ADJ or VERB. Over all pairs
// of distinct types, "same stem" is scored against "same lemma": pairwise precision, recall
// and F1. Proper nouns: the share of PROPN word types (whole tokens, no clitic, no article)
// whose stem differs from the word after folding spelling variants (diacritics, tatweel,
// أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, final ء), so that only cut letters count.
// Exits non-zero when dhad falls below its floors.
import { readFileSync } from 'node:fs';
import { segment } from '../src/segment/index.js';
import { stem, STEM_ALGORITHMS, type StemAlgorithm } from '../src/stem/index.js';
import { fmt, requireShared, table } from './_util.js';

// Floors: F1 just under what dhad reaches now (63.8 %); proper nouns changed below the issue's
// target of 2 % (dhad: 15 of 886, 1.7 %). Of the remaining changes, most are clitic splits made
// by segment on names whose remainder is a common word («بروس», «بريس»), the rest endings the
// corpus licenses on a homograph (the dual «بيتين», the plural «بارات», the nisba «فدرالي»).
const FLOOR_F1 = 0.655;
const FLOOR_PROPN_CHANGED = 0.02;
const TARGET_PROPN_CHANGED = 0.02;

interface Line {
  form: string;
  lemma: string;
  upos: string;
  spaceAfter: boolean;
}

function readConllu(path: string): Line[][] {
  const sentences: Line[][] = [];
  let current: Line[] = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (raw === '') {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    if (raw.startsWith('#')) continue;
    const cols = raw.split('\t');
    if (cols.length < 10 || cols[0]!.includes('-') || cols[0]!.includes('.')) continue;
    current.push({ form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, spaceAfter: !cols[9]!.includes('SpaceAfter=No') });
  }
  if (current.length) sentences.push(current);
  return sentences;
}

interface Item {
  form: string;
  lemma: string;
  upos: string;
  /** One word line: no clitic attached. */
  whole: boolean;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);

function surfaceItems(sentences: Line[][]): Item[] {
  const items: Item[] = [];
  for (const lines of sentences) {
    let group: Line[] = [];
    const flush = (): void => {
      if (group.length === 0) return;
      const form = group.map((l) => l.form).join('');
      let head = group[0]!;
      for (const l of group) if (l.form.length > head.form.length) head = l;
      items.push({ form, lemma: head.lemma, upos: head.upos, whole: group.length === 1 });
      group = [];
    };
    for (const line of lines) {
      if (line.upos === 'PUNCT') {
        flush();
        continue;
      }
      group.push(line);
      if (line.spaceAfter) flush();
    }
    flush();
  }
  return items;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

function foldSpelling(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) out += '\u0627';
    else if (c === 0x0649) out += '\u064A';
    else if (c === 0x0629) out += '\u0647';
    else if (c === 0x0624) out += '\u0648';
    else if (c === 0x0626) out += '\u064A';
    else out += ch;
  }
  return out.endsWith('\u0621') ? out.slice(0, -1) : out;
}

const sentences = readConllu(requireShared('segmentation/ud-arabic-pud-test.conllu'));
const items = surfaceItems(sentences).filter((i) => CONTENT.has(i.upos) && /[\u0621-\u064A]/.test(i.form));

// One lemma per type: the most frequent.
const lemmaCounts = new Map<string, Map<string, number>>();
for (const item of items) {
  const m = lemmaCounts.get(item.form) ?? new Map<string, number>();
  m.set(item.lemma, (m.get(item.lemma) ?? 0) + 1);
  lemmaCounts.set(item.form, m);
}
const types = [...lemmaCounts].map(([form, m]) => ({ form, lemma: [...m].sort((a, b) => b[1] - a[1])[0]![0] }));
const names = [...new Set(items.filter((i) => i.upos === 'PROPN' && i.whole && !i.form.startsWith('ال')).map((i) => i.form))];

console.log(`UD Arabic PUD: ${items.length} content tokens, ${types.length} word types, ${names.length} proper-noun types (no clitic, no article)\n`);

const rows: (string | number)[][] = [];
const results = new Map<StemAlgorithm, { f1: number; changed: number }>();
for (const algorithm of ['light10', 'snowball', 'isri', 'dhad'] as const satisfies readonly StemAlgorithm[]) {
  const byStem = new Map<string, number>();
  const byLemma = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const { form, lemma } of types) {
    const s = stem(form, { algorithm });
    byStem.set(s, (byStem.get(s) ?? 0) + 1);
    byLemma.set(lemma, (byLemma.get(lemma) ?? 0) + 1);
    const both = `${s}\u0000${lemma}`;
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
  }
  let predicted = 0;
  let gold = 0;
  let correct = 0;
  for (const n of byStem.values()) predicted += pairs(n);
  for (const n of byLemma.values()) gold += pairs(n);
  for (const n of byBoth.values()) correct += pairs(n);
  const precision = correct / predicted;
  const recall = correct / gold;
  const f1 = (2 * precision * recall) / (precision + recall);
  let changed = 0;
  for (const name of names) if (foldSpelling(stem(name, { algorithm })) !== foldSpelling(name)) changed++;
  const share = changed / names.length;
  results.set(algorithm, { f1, changed: share });
  rows.push([algorithm, byStem.size, fmt(precision * 100), fmt(recall * 100), fmt(f1 * 100), `${changed} (${fmt(share * 100)} %)`]);
}
table(['algorithm', 'stems', 'precision %', 'recall %', 'F1 %', 'PROPN changed'], rows);

// Which of dhad's changed names lost letters in `segment` (a clitic split) rather than to an ending.
let bySegment = 0;
let changedByDhad = 0;
for (const name of names) {
  if (foldSpelling(stem(name)) === foldSpelling(name)) continue;
  changedByDhad++;
  const parts = segment(name);
  if (parts.prefixes.length > 0 || parts.suffixes.length > 0) bySegment++;
}
console.log(`\ndhad: of the ${changedByDhad} proper nouns changed, ${bySegment} were split by segment (a clitic that is not one), ${changedByDhad - bySegment} lost an inflectional ending`);

const dhad = results.get('dhad')!;
const bestOther = Math.max(...STEM_ALGORITHMS.filter((a) => a !== 'dhad').map((a) => results.get(a)!.f1));
const failures: string[] = [];
if (dhad.f1 < FLOOR_F1) failures.push(`dhad F1 ${fmt(dhad.f1 * 100)} % < floor ${FLOOR_F1 * 100} %`);
if (dhad.f1 <= bestOther) failures.push(`dhad F1 is not the best of the four`);
if (dhad.changed >= FLOOR_PROPN_CHANGED) failures.push(`dhad changes ${fmt(dhad.changed * 100)} % of proper nouns (floor < ${FLOOR_PROPN_CHANGED * 100} %)`);
if (process.argv.includes('--list')) {
  for (const name of names) {
    const s = stem(name);
    if (foldSpelling(s) !== foldSpelling(name)) console.log('changed name:', name, '→', s);
  }
}
if (failures.length) {
  console.error(`\nFAIL: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(
  `\nOK: dhad F1 ${fmt(dhad.f1 * 100)} % (best of the four; floor ${FLOOR_F1 * 100} %), proper nouns changed ${fmt(dhad.changed * 100)} % ` +
    `(floor ${FLOOR_PROPN_CHANGED * 100} %; target ${TARGET_PROPN_CHANGED * 100} % ${dhad.changed < TARGET_PROPN_CHANGED ? 'reached' : 'not reached yet'})`,
);
