// `npm run eval:segment`: measures the clitic segmenter against two hand-segmented corpora in
// ../shared/data/segmentation/ (read here only; nothing from them is built into the package).
//
// (a) Farasa WikiNews (18,300 words): base accuracy for nouns, adjectives and numbers. The gold
//     base is what remains after the CONJ, PREP, DET, FUT_PART pieces in front and PRON pieces
//     behind; NSUFF and CASE stay in it. Compared after folding alef, teh marbuta and alef
//     maksura variants.
// (b) UD Arabic PUD: clitic boundaries (the article is not split in UD, so `splitArticle:
//     false`): precision, recall and F1 over the boundaries inside surface words, and the share
//     of PROPN words cut by a predicted boundary.
import { readFileSync } from 'node:fs';
import { segment } from '../src/segment/index.js';
import type { Segmentation } from '../src/segment/types.js';
import { requireShared, table } from './_util.js';

/**
 * Floors: a little under the measured numbers (99.53 %, 97.64 %, 0.81 %), raised as we improve.
 * The issue targets are 97 %, 95 % and < 1 %: all three are met.
 */
export const FLOORS = { farasaBase: 0.994, pudF1: 0.975, pudPropnSplit: 0.009 };

const fold = (s: string): string =>
  s
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');

export interface FarasaResult {
  words: number;
  correct: number;
  byTag: Map<string, { words: number; correct: number }>;
  errors: string[];
}

const FRONT = new Set(['CONJ', 'PREP', 'DET', 'FUT_PART']);

export function evalFarasa(path: string): FarasaResult {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1);
  const result: FarasaResult = { words: 0, correct: 0, byTag: new Map(), errors: [] };
  for (const line of lines) {
    if (!line) continue;
    const [seg, pos] = line.split('\t');
    if (!seg || !pos) continue;
    const pieces = seg.split('+');
    const tags = pos.split('+');
    if (pieces.length !== tags.length) continue;
    let first = 0;
    while (first < tags.length && FRONT.has(tags[first]!)) first++;
    let last = tags.length;
    while (last > first && tags[last - 1] === 'PRON') last--;
    if (first >= last) continue;
    const tag = tags[first]!;
    if (tag !== 'NOUN' && tag !== 'ADJ' && tag !== 'NUM') continue;
    // The surface word: pieces joined, «ل» + «ال» written «لل».
    let surface = '';
    for (let i = 0; i < pieces.length; i++) {
      if (pieces[i] === 'ال' && tags[i] === 'DET' && i > 0 && pieces[i - 1] === 'ل') surface += 'ل';
      else surface += pieces[i];
    }
    const gold = pieces.slice(first, last).join('');
    const got = segment(surface).base.text;
    const ok = fold(got) === fold(gold);
    result.words++;
    if (ok) result.correct++;
    else result.errors.push(`${surface}\tgold ${seg}\tgot ${show(segment(surface))}`);
    const entry = result.byTag.get(tag) ?? { words: 0, correct: 0 };
    entry.words++;
    if (ok) entry.correct++;
    result.byTag.set(tag, entry);
  }
  return result;
}

export function show(s: Segmentation): string {
  return [...s.prefixes.map((m) => m.text), `[${s.base.text}]`, ...s.suffixes.map((m) => m.text)].join('+');
}

interface UdWord {
  form: string;
  upos: string;
  spaceAfter: boolean;
}

export interface PudResult {
  words: number; // surface Arabic words evaluated
  skipped: number; // runs whose word forms do not line up with the text
  truePositives: number;
  predicted: number;
  gold: number;
  exact: number;
  propn: number;
  propnSplit: number;
  errors: string[];
  propnErrors: string[];
}

const ARABIC_WORD = /^[\u0621-\u064a\u064b-\u065f\u0670\u0671-\u06d3\u0640]+$/;

export function evalPud(path: string): PudResult {
  const result: PudResult = {
    words: 0,
    skipped: 0,
    truePositives: 0,
    predicted: 0,
    gold: 0,
    exact: 0,
    propn: 0,
    propnSplit: 0,
    errors: [],
    propnErrors: [],
  };
  let text = '';
  let words: UdWord[] = [];
  const flush = (): void => {
    if (words.length > 0) scoreSentence(text, words, result);
    words = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('# text = ')) {
      flush();
      text = line.slice(9);
    } else if (/^\d+\t/.test(line)) {
      const f = line.split('\t');
      words.push({ form: f[1]!, upos: f[3]!, spaceAfter: !f[9]!.includes('SpaceAfter=No') });
    }
  }
  flush();
  return result;
}

function scoreSentence(text: string, words: UdWord[], result: PudResult): void {
  // Words joined by SpaceAfter=No form one whitespace-separated piece of the text.
  const groups: UdWord[][] = [];
  let group: UdWord[] = [];
  for (const w of words) {
    group.push(w);
    if (w.spaceAfter) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length > 0) groups.push(group);
  const pieces = text.split(/\s+/).filter(Boolean);
  if (pieces.length !== groups.length) {
    result.skipped += groups.length;
    return;
  }
  for (let g = 0; g < groups.length; g++) {
    const piece = pieces[g]!;
    const ws = groups[g]!;
    // Walk the piece: punctuation words match literally; each run of other words is one surface word.
    let at = 0;
    let i = 0;
    while (i < ws.length) {
      if (ws[i]!.upos === 'PUNCT') {
        if (piece.startsWith(ws[i]!.form, at)) at += ws[i]!.form.length;
        i++;
        continue;
      }
      let j = i;
      while (j < ws.length && ws[j]!.upos !== 'PUNCT') j++;
      const next = j < ws.length ? piece.indexOf(ws[j]!.form, at + 1) : piece.length;
      const surface = piece.slice(at, next < 0 ? piece.length : next);
      scoreRun(surface, ws.slice(i, j), result);
      at += surface.length;
      i = j;
    }
  }
}

function scoreRun(surface: string, run: UdWord[], result: PudResult): void {
  if (!ARABIC_WORD.test(surface)) return;
  const total = run.reduce((n, w) => n + w.form.length, 0);
  if (total !== surface.length) {
    result.skipped++;
    return;
  }
  const gold = new Set<number>();
  let offset = 0;
  const spans: [number, number, string][] = [];
  for (const w of run) {
    spans.push([offset, offset + w.form.length, w.upos]);
    offset += w.form.length;
    if (offset < surface.length) gold.add(offset);
  }
  const s = segment(surface, { splitArticle: false });
  const predicted = new Set<number>();
  for (const m of [...s.prefixes, s.base, ...s.suffixes]) if (m.end < surface.length && m.end > 0) predicted.add(m.end);
  result.words++;
  result.gold += gold.size;
  result.predicted += predicted.size;
  let tp = 0;
  for (const b of predicted) if (gold.has(b)) tp++;
  result.truePositives += tp;
  const exact = tp === gold.size && tp === predicted.size;
  if (exact) result.exact++;
  else result.errors.push(`${surface}\tgold ${run.map((w) => w.form).join('+')}\tgot ${show(s)}`);
  for (const [start, end, upos] of spans) {
    if (upos !== 'PROPN') continue;
    result.propn++;
    for (const b of predicted) {
      if (b > start && b < end) {
        result.propnSplit++;
        result.propnErrors.push(`${surface}\tgot ${show(s)}`);
        break;
      }
    }
  }
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(2)} %`);

function main(): void {
  const farasa = evalFarasa(requireShared('segmentation/farasa-wikinews.pos.ref'));
  const pud = evalPud(requireShared('segmentation/ud-arabic-pud-test.conllu'));
  if (process.argv.includes('--errors')) {
    for (const e of farasa.errors) console.log(`farasa\t${e}`);
    for (const e of pud.errors) console.log(`pud\t${e}`);
    for (const e of pud.propnErrors) console.log(`propn\t${e}`);
  }
  const farasaAcc = farasa.correct / farasa.words;
  console.log('\n### Farasa WikiNews — base accuracy (nouns, adjectives, numbers)\n');
  table(
    ['POS', 'words', 'correct', 'accuracy'],
    [
      ...[...farasa.byTag].map(([tag, e]) => [tag, e.words, e.correct, pct(e.correct, e.words)]),
      ['all', farasa.words, farasa.correct, pct(farasa.correct, farasa.words)],
    ],
  );
  const precision = pud.truePositives / pud.predicted;
  const recall = pud.truePositives / pud.gold;
  const f1 = (2 * precision * recall) / (precision + recall);
  const propnShare = pud.propnSplit / pud.propn;
  console.log('\n### UD Arabic PUD — clitic boundaries (article kept in the base)\n');
  table(
    ['surface words', 'gold boundaries', 'predicted', 'precision', 'recall', 'F1', 'words exact', 'PROPN split'],
    [
      [
        pud.words,
        pud.gold,
        pud.predicted,
        pct(pud.truePositives, pud.predicted),
        pct(pud.truePositives, pud.gold),
        `${(100 * f1).toFixed(2)} %`,
        pct(pud.exact, pud.words),
        `${pud.propnSplit} / ${pud.propn} = ${pct(pud.propnSplit, pud.propn)}`,
      ],
    ],
  );
  if (pud.skipped > 0) console.log(`\n(${pud.skipped} runs skipped: word forms do not line up with the text)`);
  const failures: string[] = [];
  if (farasaAcc < FLOORS.farasaBase) failures.push(`Farasa base accuracy ${pct(farasa.correct, farasa.words)} < ${FLOORS.farasaBase * 100} %`);
  if (f1 < FLOORS.pudF1) failures.push(`PUD boundary F1 ${(100 * f1).toFixed(2)} % < ${FLOORS.pudF1 * 100} %`);
  if (propnShare > FLOORS.pudPropnSplit) failures.push(`PUD PROPN split ${pct(pud.propnSplit, pud.propn)} > ${FLOORS.pudPropnSplit * 100} %`);
  if (failures.length > 0) {
    console.error(`\neval:segment below the floor: ${failures.join('; ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) main();
