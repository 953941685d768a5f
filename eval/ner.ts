// `npm run eval:ner`: conlleval-style P/R/F1 per type of the shipped NER model on the ANERcorp
// test split (never trained or tuned on), micro-F1 over PERS/LOC/ORG/MISC beside the published
// anchors, and the same score when the test text is tatweel-stretched, turned into
// presentation forms, typed with Persian ی/ک, or given random harakat. Tokens are taken as
// the corpus gives them (as conlleval does), so the score is the model's, not the tokenizer's.
// Exits non-zero below the floor.
import { createRequire } from 'node:module';
import { emissions, viterbi } from '../src/ner/decode.js';
import { describe, NUM_TAGS, TAGS } from '../src/ner/features.js';
import { lexicon } from '../src/ner/lexicon.js';
import { DOC_WINDOW, postprocess } from '../src/ner/consistency.js';
import { unpackSparseWeights } from '../src/ner/codec.js';
import { HASH_BUCKETS, SCALE, TRANSITIONS, WEIGHTS } from '../src/ner/model-data.js';
import { fmt, requireShared, table } from './_util.js';
import { conllScore, readConll, type ConllSentence } from '../scripts/lib/conll.js';
import { entities, toBio } from '../src/index.js';

/** Floor for micro-F1 on ANERcorp test (the target in issue 5 is 80; see docs/ner.md). */
const FLOOR = 72;
const TARGET = 80;
/** Largest allowed drop (F1 points) under a spelling variant. */
const MAX_DROP = 1;

const require = createRequire(import.meta.url);
const { ArabicShaper } = require('arabic-persian-reshaper') as { ArabicShaper: { convertArabic(s: string): string } };

type Sentence = ConllSentence;

type Scores = Map<string, { p: number; r: number; f: number; n: number }>;

/** conlleval scores per type and micro ('ALL'), in percent. */
function score(gold: string[][], pred: string[][]): Scores {
  const out: Scores = new Map();
  for (const [t, { p, r, f, n }] of conllScore(gold, pred)) out.set(t, { p: 100 * p, r: 100 * r, f: 100 * f, n });
  return out;
}

const lex = lexicon();
// the shipped model's table, as `entities()` reads it
const weights = { emit: unpackSparseWeights(WEIGHTS, HASH_BUCKETS, NUM_TAGS), scale: SCALE, trans: Float32Array.from(TRANSITIONS) };

function tag(data: Sentence[], variant: (w: string) => string, consistent = true): string[][] {
  const infos = data.map((s) => describe(s.words.map(variant), lex));
  const tags = infos.map((inf) => viterbi(emissions(inf, weights, lex), inf.length, weights.trans));
  // as entities() does: one label per name within each batch of DOC_WINDOW sentences
  if (consistent) for (let i = 0; i < data.length; i += DOC_WINDOW) postprocess(infos.slice(i, i + DOC_WINDOW), tags.slice(i, i + DOC_WINDOW));
  return tags.map((t) => Array.from(t, (x) => TAGS[x]!));
}

/**
 * Labels from `entities()` end to end: the sentences joined by spaces, one per line, read by
 * dhad's own tokenizer, model, one-name pass and rules (which follow other corpora where
 * ANERcorp differs, e.g. ministries are ORG), labelled back onto the corpus tokens by `toBio`.
 */
function endToEnd(data: Sentence[]): string[][] {
  let text = '';
  const rows: { text: string; start: number; end: number; type: 'word' }[][] = [];
  for (const s of data) {
    const row: { text: string; start: number; end: number; type: 'word' }[] = [];
    for (const w of s.words) {
      if (row.length > 0) text += ' ';
      row.push({ text: w, start: text.length, end: text.length + w.length, type: 'word' });
      text += w;
    }
    text += '\n';
    rows.push(row);
  }
  const names = entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] });
  let k = 0;
  return rows.map((row) => {
    const end = row.length > 0 ? row[row.length - 1]!.end : 0;
    const mine = [];
    while (k < names.length && names[k]!.start < end) mine.push(names[k++]!);
    return toBio(row, mine);
  });
}

let seed = 7;
const rand = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
};
const isLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a && c !== 0x0640;
const variants: [string, (w: string) => string][] = [
  ['as written', (w) => w],
  [
    'tatweel-stretched',
    (w) => {
      // U+0640 TATWEEL after the second letter of words of four letters or more
      if (w.length < 4 || !isLetter(w.charCodeAt(1))) return w;
      return w.slice(0, 2) + '\u0640\u0640' + w.slice(2);
    },
  ],
  ['presentation forms (reshape)', (w) => ArabicShaper.convertArabic(w)],
  ['Persian ی/ک', (w) => w.replace(/\u064a/g, '\u06cc').replace(/\u0643/g, '\u06a9')],
  [
    'random harakat (synthetic)',
    (w) => {
      let out = '';
      for (const ch of w) out += ch + (isLetter(ch.charCodeAt(0)) && rand() < 0.7 ? String.fromCharCode(0x064e + Math.floor(rand() * 3)) : '');
      return out;
    },
  ],
];

const test = readConll(requireShared('ner/anercorp-test.conll'));
const gold = test.map((s) => s.tags);
const t0 = performance.now();
const base = score(gold, tag(test, (w) => w));
const ms = performance.now() - t0;
const tokens = test.reduce((n, s) => n + s.words.length, 0);
console.log(`ANERcorp test: ${test.length} sentences, ${tokens.toLocaleString('en-US')} tokens (tagged in ${ms.toFixed(0)} ms)\n`);
table(
  ['type', 'precision', 'recall', 'F1', 'gold'],
  ['PERS', 'LOC', 'ORG', 'MISC', 'ALL'].map((t) => {
    const s = base.get(t) ?? { p: 0, r: 0, f: 0, n: 0 };
    return [t === 'ALL' ? 'micro (PERS/LOC/ORG/MISC)' : t, fmt(s.p, 2), fmt(s.r, 2), fmt(s.f, 2), s.n];
  }),
);
const micro = base.get('ALL')!.f;
const plain = score(gold, tag(test, (w) => w, false)).get('ALL')!.f;
const whole = score(gold, endToEnd(test)).get('ALL')!.f;
console.log('');
table(
  ['system', 'micro-F1'],
  [
    ['AraBERT v0.1 (published)', '83.1'],
    ['CAMeLBERT-MSA (published)', '82.4'],
    ['BiLSTM-CRF (published)', '81.7'],
    ['mBERT (published)', '78.4'],
    ['dhad model, sentence by sentence (no consistency pass)', fmt(plain, 2)],
    ['**dhad model + one-name-one-label pass, on the corpus tokens**', `**${fmt(micro, 2)}**`],
    ['dhad `entities()` end to end (own tokenizer, rules; labels by `toBio`)', fmt(whole, 2)],
  ],
);
console.log('');
let failed = micro < FLOOR;
const rows: (string | number)[][] = [];
for (const [name, fn] of variants.slice(1)) {
  const f = score(gold, tag(test, fn)).get('ALL')!.f;
  const drop = micro - f;
  if (drop >= MAX_DROP) failed = true;
  rows.push([name, fmt(f, 2), fmt(drop, 2), drop < MAX_DROP ? 'ok' : 'FAIL']);
}
table(['spelling variant', 'micro-F1', 'drop', `< ${MAX_DROP} point`], rows);

// A second, out-of-domain benchmark: AQMAR (Arabic Wikipedia articles), never trained or
// tuned on. Its MISC is defined differently from ANERcorp's (it is left out on both sides),
// and most of its names are ones ANERcorp's news never mentions.
const aqmar = readConll(requireShared('ner/aqmar.conll'));
const noMisc = (t: string): string => (t.endsWith('-MISC') ? 'O' : t);
const aq = score(
  aqmar.map((s) => s.tags.map(noMisc)),
  tag(aqmar, (w) => w).map((t) => t.map(noMisc)),
);
const aqWhole = score(
  aqmar.map((s) => s.tags.map(noMisc)),
  endToEnd(aqmar).map((t) => t.map(noMisc)),
).get('ALL')!.f;
console.log(`\nAQMAR (Wikipedia, out of domain, never trained on): ${aqmar.length} sentences, MISC left out\n`);
table(
  ['type', 'precision', 'recall', 'F1', 'gold'],
  ['PERS', 'LOC', 'ORG', 'ALL'].map((t) => {
    const x = aq.get(t) ?? { p: 0, r: 0, f: 0, n: 0 };
    return [t === 'ALL' ? 'micro (PERS/LOC/ORG)' : t, fmt(x.p, 2), fmt(x.r, 2), fmt(x.f, 2), x.n];
  }),
);
console.log(`\nAQMAR through \`entities()\` end to end: micro-F1 ${fmt(aqWhole, 2)}`);
console.log(
  `\nmicro-F1 ${fmt(micro, 2)}: floor ${FLOOR} ${micro >= FLOOR ? 'met' : 'MISSED'}; issue-5 target ${TARGET} ${micro >= TARGET ? 'met' : 'not met'}`,
);
process.exit(failed ? 1 : 0);
