// Scores the DATE/TIME/NUM/PERCENT/MONEY grammar (src/ner/numeric) against
//  1. the hand-written gold of the corpus article (corpus/sco-summit-2024.entities.json) —
//     floor: F1 ≥ 0.9 for DATE, NUM and PERCENT (issue 5), and every resolved value right;
//  2. the Wojood sample (../shared/data/ner/wojood-sample-*.txt): DATE, TIME, CARDINAL→NUM,
//     PERCENT, MONEY from all nested columns; exact span match over tokens, conlleval style.
//     train+val were read while writing the grammar ("dev"); test was not looked at.
// Run: npx tsx eval/ner-grammar.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNumericEntities } from '../src/ner/numeric/index.js';
import { tokenize } from '../src/tokenize/index.js';
import type { Entity } from '../src/ner/types.js';
import { ROOT, SHARED_DATA, table } from './_util.js';

const TYPES = ['DATE', 'TIME', 'NUM', 'PERCENT', 'MONEY'] as const;
type T = (typeof TYPES)[number];

interface Count {
  tp: number;
  fp: number;
  fn: number;
}

const f3 = (x: number): string => x.toFixed(3);

function prf(c: Count): [string, string, string] {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return [f3(p), f3(r), f3(f)];
}

function score(gold: Set<string>, pred: Set<string>, types: readonly string[]): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const t of [...types, 'micro']) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  const typeOf = (k: string): string => k.slice(0, k.indexOf(':'));
  for (const k of pred) {
    const t = typeOf(k);
    if (!counts.has(t)) continue;
    const hit = gold.has(k);
    counts.get(t)![hit ? 'tp' : 'fp']++;
    counts.get('micro')![hit ? 'tp' : 'fp']++;
  }
  for (const k of gold) {
    const t = typeOf(k);
    if (!counts.has(t) || pred.has(k)) continue;
    counts.get(t)!.fn++;
    counts.get('micro')!.fn++;
  }
  return counts;
}

function printCounts(counts: Map<string, Count>): void {
  table(
    ['type', 'gold', 'predicted', 'P', 'R', 'F1'],
    [...counts].map(([t, c]) => [t, c.tp + c.fn, c.tp + c.fp, ...(c.tp + c.fp + c.fn === 0 ? ['—', '—', '—'] : prf(c))]),
  );
}

let failed = false;

// ---------------------------------------------------------------- 1. the corpus article
{
  const text = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.entities.json'), 'utf8')) as Entity[];
  const pred = findNumericEntities(text, tokenize(text));
  const key = (e: { type: string; start: number; end: number }): string => `${e.type}:${e.start}:${e.end}`;
  const goldSet = new Set(gold.filter((e) => (TYPES as readonly string[]).includes(e.type)).map(key));
  const predSet = new Set(pred.map(key));
  console.log('### corpus/sco-summit-2024 (hand-written gold), exact spans\n');
  const counts = score(goldSet, predSet, TYPES);
  printCounts(counts);
  const byKey = new Map(pred.map((e) => [key(e), e]));
  let valuesRight = 0;
  let valuesGiven = 0;
  for (const g of gold) {
    if (g.value === undefined) continue;
    valuesGiven++;
    const p = byKey.get(key(g));
    if (p && JSON.stringify(p.value) === JSON.stringify(g.value)) valuesRight++;
    else console.log(`value differs: ${g.text} gold ${JSON.stringify(g.value)} got ${JSON.stringify(p?.value)}`);
  }
  console.log(`\nresolved values right: ${valuesRight} / ${valuesGiven}`);
  for (const t of ['DATE', 'NUM', 'PERCENT']) {
    const f = Number(prf(counts.get(t)!)[2]);
    if (f < 0.9) {
      console.error(`below floor: corpus ${t} F1 ${f} < 0.9`);
      failed = true;
    }
  }
  if (valuesRight !== valuesGiven) failed = true;
}

// ---------------------------------------------------------------- 2. Wojood sample
interface Sentence {
  tokens: string[];
  columns: string[][];
}

function readWojood(path: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], columns: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], columns: [] };
      continue;
    }
    const parts = line.split(' ');
    cur.tokens.push(parts[0]!);
    cur.columns.push(parts.slice(1));
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

const MAP: Record<string, T> = { DATE: 'DATE', TIME: 'TIME', CARDINAL: 'NUM', PERCENT: 'PERCENT', MONEY: 'MONEY' };
const isDigits = (s: string): boolean => /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/.test(s);
// Month and weekday names, to tell explicit calendar DATEs from durations and deictics.
const CALENDAR_WORD =
  /(يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو|ذي|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)/;

/** Gold spans (token indices) of the mapped types from every column; NUM inside another type dropped. */
function goldSpans(s: Sentence): Array<{ type: T; from: number; to: number }> {
  const spans: Array<{ type: T; from: number; to: number }> = [];
  const width = Math.max(...s.columns.map((c) => c.length));
  for (let col = 0; col < width; col++) {
    let open: { type: string; from: number } | undefined;
    const close = (to: number): void => {
      if (open && MAP[open.type]) spans.push({ type: MAP[open.type]!, from: open.from, to });
      open = undefined;
    };
    for (let i = 0; i < s.tokens.length; i++) {
      const tag = s.columns[i]![col] ?? 'O';
      if (tag.startsWith('B-')) {
        close(i);
        open = { type: tag.slice(2), from: i };
      } else if (tag.startsWith('I-') && open && open.type === tag.slice(2)) {
        // continues
      } else {
        close(i);
        if (tag.startsWith('I-')) open = { type: tag.slice(2), from: i };
      }
    }
    close(s.tokens.length);
  }
  const unique = new Map(spans.map((x) => [`${x.type}:${x.from}:${x.to}`, x]));
  const all = [...unique.values()];
  return all.filter(
    (x) => !all.some((y) => y !== x && y.from <= x.from && y.to >= x.to && (y.type !== x.type ? x.type === 'NUM' : y.to - y.from > x.to - x.from)),
  );
}

function evalWojood(files: string[], label: string): void {
  const gold = new Set<string>();
  const goldCalendar = new Set<string>();
  const pred = new Set<string>();
  let sentenceIndex = 0;
  for (const file of files) {
    for (const s of readWojood(join(SHARED_DATA, 'ner', file))) {
      sentenceIndex++;
      // Rebuild the text: tokens joined by spaces, except «2 , 500» / «3 . 4» back into numbers.
      let text = '';
      const starts: number[] = [];
      const ends: number[] = [];
      for (let i = 0; i < s.tokens.length; i++) {
        const tok = s.tokens[i]!;
        const glue =
          i > 0 &&
          ((/^[,.]$/.test(tok) && isDigits(s.tokens[i - 1]!) && isDigits(s.tokens[i + 1] ?? '')) ||
            (/^[,.]$/.test(s.tokens[i - 1]!) && isDigits(tok) && isDigits(s.tokens[i - 2] ?? '')));
        if (i > 0 && !glue) text += ' ';
        starts.push(text.length);
        text += tok;
        ends.push(text.length);
      }
      for (const g of goldSpans(s)) {
        const k = `${g.type}:${sentenceIndex}:${g.from}:${g.to}`;
        gold.add(k);
        const surface = s.tokens.slice(g.from, g.to).join(' ');
        if (g.type === 'DATE' && (/(^|[^0-9])[0-9]{3,4}([^0-9]|$)/.test(surface) || /[0-9] \/ [0-9]/.test(surface) || CALENDAR_WORD.test(surface))) goldCalendar.add(k);
      }
      for (const e of findNumericEntities(text, tokenize(text))) {
        let from = 0;
        while (from < ends.length && ends[from]! <= e.start) from++;
        let to = from;
        while (to < starts.length && starts[to]! < e.end) to++;
        pred.add(`${e.type}:${sentenceIndex}:${from}:${to}`);
      }
    }
  }
  console.log(`\n### Wojood sample, ${label}: exact token spans, all gold of each type\n`);
  printCounts(score(gold, pred, TYPES));
  const calendarPred = new Set([...pred].filter((k) => k.startsWith('DATE:')));
  const c = score(goldCalendar, calendarPred, ['DATE']).get('DATE')!;
  console.log(
    `\nDATE restricted to explicit calendar expressions (gold DATE spans with a 3–4-digit year, a d/m/y date or a month/weekday name — durations like «12 عاما» and deictics left out; ${c.tp + c.fn} of them): P ${prf(c)[0]} R ${prf(c)[1]} F1 ${prf(c)[2]}`,
  );
}

if (!existsSync(join(SHARED_DATA, 'ner', 'wojood-sample-test.txt'))) {
  console.log(`\nWojood part skipped: ${SHARED_DATA}/ner is missing`);
} else {
  evalWojood(['wojood-sample-train.txt', 'wojood-sample-val.txt'], 'train+val (dev, read while writing the grammar)');
  evalWojood(['wojood-sample-test.txt'], 'test (held out)');
}

process.exit(failed ? 1 : 0);
