// The grammar for DATE, TIME, NUM, PERCENT and MONEY over atoms (see atoms.ts). One left-to-
// right pass: at each atom the matchers look ahead a bounded number of atoms (number words
// are consumed as they are read), so the whole pass is linear in the length of the text.
import type { Entity, EntityType } from '../types.js';
import { afterLetters, fold, hashString, isIgnorable, Kind, type Atom } from './atoms.js';
import { hijriToIso, isoDate, pad } from './calendar.js';
import { getTables, isIn, WEAK_BY_PREPOSITION, WORDS, type MonthEntry, type Tables, type WordSet } from './tables.js';

interface Context {
  text: string;
  atoms: Atom[];
  t: Tables;
}

interface Match {
  type: EntityType;
  /** Offset in the text where the entity starts (after any proclitic). */
  start: number;
  /** Atom index just after the entity. */
  end: number;
  value?: Entity['value'];
  score: number;
}

type Value = Entity['value'];

/** The word itself as the only reading. */
function NO_CLITIC_SELF(a: Atom): ReadonlyArray<[string, number]> {
  if (a.self === undefined) a.self = [[a.key, 0]];
  return a.self;
}

/** The word's proclitic-stripped readings, computed once per atom. */
function candidates(a: Atom): ReadonlyArray<[string, number]> {
  if (a.cands === undefined) a.cands = strip(a.key);
  return a.cands;
}

/** Folded word → the same word without one proclitic chain (و/ف, then ب/ل/ك, or «لل»). */
function strip(key: string): Array<[string, number]> {
  const out: Array<[string, number]> = [[key, 0]];
  let rest = key;
  let letters = 0;
  if (rest.length > 3 && (rest[0] === '\u0648' || rest[0] === '\u0641')) {
    // WAW, FEH: conjunctions
    rest = rest.slice(1);
    letters = 1;
    out.push([rest, letters]);
  }
  if (rest.length > 3 && rest[0] === '\u0644' && rest[1] === '\u0644') {
    out.push([`\u0627${rest.slice(1)}`, letters + 2]); // «للعام» → «العام», span after «لل»
  } else if (rest.length > 3 && (rest[0] === '\u0628' || rest[0] === '\u0644' || rest[0] === '\u0643')) {
    out.push([rest.slice(1), letters + 1]); // BEH, LAM, KAF: prepositions
  }
  return out;
}

function wordAt(c: Context, j: number): Atom | undefined {
  const a = c.atoms[j];
  return a && a.kind === Kind.Word ? a : undefined;
}

function keyAt(c: Context, j: number): string {
  const a = c.atoms[j];
  return a && a.kind === Kind.Word ? a.key : '';
}

function isChar(c: Context, j: number, chars: string): boolean {
  const a = c.atoms[j];
  return a !== undefined && a.kind === Kind.Other && chars.includes(a.key);
}

/** Offset where a word entity starts when `letters` proclitic letters are skipped. */
function startAfter(c: Context, a: Atom, letters: number): number {
  return letters === 0 ? a.start : afterLetters(c.text, a.start, a.end, letters);
}

/** Start offset of the word at `j` if it is in `set` (with a proclitic when `clitic`), else −1. */
function inSet(c: Context, j: number, set: WordSet, clitic: boolean): number {
  const a = wordAt(c, j);
  if (!a) return -1;
  if (isIn(set, a.key)) return a.start;
  if (!clitic) return -1;
  for (const [key, letters] of candidates(a)) {
    if (letters > 0 && isIn(set, key)) return startAfter(c, a, letters);
  }
  return -1;
}

function lookup<T>(c: Context, j: number, map: Map<string, T>, clitic: boolean): { value: T; start: number } | undefined {
  const a = wordAt(c, j);
  if (!a) return undefined;
  const direct = map.get(a.key);
  if (direct !== undefined) return { value: direct, start: a.start };
  if (!clitic) return undefined;
  for (const [key, letters] of candidates(a)) {
    const value = letters > 0 ? map.get(key) : undefined;
    if (value !== undefined) return { value, start: startAfter(c, a, letters) };
  }
  return undefined;
}

const PROCLITIC_ONLY: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'لل', 'ال', 'بال', 'وال', 'وبال', 'كال']);

function isLatin(a: Atom): boolean {
  const ch = a.key.charCodeAt(0);
  return ch >= 0x61 && ch <= 0x7a;
}

/** A digits atom that is a number of its own, not part of a code like «G20» or «5G». */
function freeDigits(c: Context, j: number): boolean {
  const a = c.atoms[j];
  if (!a || a.kind !== Kind.Digits) return false;
  const prev = c.atoms[j - 1];
  if (prev && !a.gap && prev.kind === Kind.Word && !PROCLITIC_ONLY.has(prev.key)) return false;
  const next = c.atoms[j + 1];
  if (next && !next.gap && next.kind === Kind.Word && isLatin(next)) return false;
  return true;
}

function isInteger(a: Atom | undefined): a is Atom {
  return a !== undefined && a.kind === Kind.Digits && a.key.indexOf('.') === -1;
}

const round = (x: number): number => Number(x.toPrecision(15));

// ---------------------------------------------------------------- numbers

type TermKind = 'unit' | 'teenHead' | 'tens' | 'hund' | 'scale' | 'frac';
interface Term {
  kind: TermKind;
  value: number;
  count: number;
}

function term(t: Tables, key: string): Term | undefined {
  let v = t.units.get(key);
  if (v !== undefined) return { kind: 'unit', value: v, count: 0 };
  v = t.tens.get(key);
  if (v !== undefined) return { kind: 'tens', value: v, count: 0 };
  v = t.hundreds.get(key);
  if (v !== undefined) return { kind: 'hund', value: v, count: 0 };
  const s = t.scales.get(key);
  if (s) return { kind: 'scale', value: s.scale, count: s.count };
  v = t.teenHeads.get(key);
  if (v !== undefined) return { kind: 'teenHead', value: v, count: 0 };
  v = t.fractions.get(key);
  if (v !== undefined) return { kind: 'frac', value: v, count: 0 };
  return undefined;
}

// ALEF WITH HAMZA ABOVE, ALEF WITH HAMZA BELOW
const isHamzaAlef = (ch: number): boolean => ch === 0x623 || ch === 0x625;

const isTen = (key: string): boolean => key === 'عشر' || key === 'عشره';

/** A number read by {@link parseNumber}: its span, atom end and value. */
export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** The digits atom when the number is exactly one digits atom. */
  single: Atom | undefined;
}

/**
 * Reads a cardinal number at atom `i`: digits, number words, or digits with scale words
 * («3.4 مليارات», «مليون و200 ألف»), combined the Arabic way (units before tens, joined by و).
 */
export function parseNumber(c: Context, i: number, clitic: boolean): NumberMatch | undefined {
  const { atoms, t } = c;
  const a = atoms[i];
  if (!a) return undefined;
  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let kind: 'digits' | 'unit' | 'teen' | 'tens' | 'hund' | 'scale' | 'done';
  let start: number;
  let j: number;
  if (a.kind === Kind.Digits) {
    if (!freeDigits(c, i)) return undefined;
    current = a.value;
    kind = 'digits';
    start = a.start;
    j = i + 1;
  } else if (a.kind === Kind.Word) {
    let first: Term | undefined;
    let letters = 0;
    // «وأحد عشر» folds to «واحد عشر»: the hamza says it is و + أحد, not «واحد».
    const hamzaAfterWaw = clitic && a.key.startsWith('\u0648\u0627') && isHamzaAlef(c.text.charCodeAt(a.start + 1));
    const options: ReadonlyArray<[string, number]> = hamzaAfterWaw ? [[a.key.slice(1), 1]] : clitic ? candidates(a) : [[a.key, 0]];
    for (const [key, n] of options) {
      first = term(t, key);
      if (first) {
        letters = n;
        break;
      }
    }
    if (!first) return undefined;
    start = startAfter(c, a, letters);
    j = i + 1;
    switch (first.kind) {
      case 'unit':
        current = first.value;
        kind = 'unit';
        break;
      case 'teenHead':
        if (!isTen(keyAt(c, j))) return undefined;
        current = 10 + first.value;
        kind = 'teen';
        j++;
        break;
      case 'tens':
        current = first.value;
        kind = 'tens';
        break;
      case 'hund':
        current = first.value;
        kind = 'hund';
        break;
      case 'scale':
        if (first.count === 0) return undefined; // «آلاف» alone: "thousands", no count
        total = first.count * first.value;
        lastScale = first.value;
        kind = 'scale';
        break;
      case 'frac': {
        const s = t.scales.get(keyAt(c, j));
        if (!s || s.count !== 1) return undefined;
        total = round(first.value * s.scale);
        lastScale = s.scale;
        kind = 'scale';
        j++;
        break;
      }
    }
  } else {
    return undefined;
  }
  for (;;) {
    const b = atoms[j];
    if (!b || b.kind !== Kind.Word) break;
    if (!b.gap) break;
    // «خمسة عشر», «مئة وخمسة عشر»
    if (kind === 'unit' && isTen(b.key) && current % 100 < 10) {
      current += 10;
      kind = 'teen';
      j++;
      continue;
    }
    // «ثلاث مئة»
    if (kind === 'unit' && current >= 1 && current <= 9 && t.hundreds.get(b.key) === 100) {
      current *= 100;
      kind = 'hund';
      j++;
      continue;
    }
    const s = t.scales.get(b.key);
    if (s) {
      if (kind === 'scale' || kind === 'done' || current <= 0 || s.scale >= lastScale || s.count === 2) break;
      if (s.count === 0 && kind !== 'digits' && !(current >= 3 && current <= 10)) break;
      total = round(total + current * s.scale);
      current = 0;
      lastScale = s.scale;
      kind = 'scale';
      j++;
      continue;
    }
    // و + digits after a scale: «مليون و200 ألف»
    if (b.key === '\u0648') {
      const d = atoms[j + 1];
      if (kind === 'scale' && current === 0 && d && !d.gap && d.kind === Kind.Digits && d.value < lastScale && freeDigits(c, j + 1)) {
        current = d.value;
        kind = 'digits';
        j += 2;
        continue;
      }
      break;
    }
    if (b.key.length > 1 && b.key[0] === '\u0648') {
      const next = term(t, b.key.slice(1));
      if (!next) break;
      const blockEmpty = kind === 'scale' && current === 0;
      if (next.kind === 'tens' && (kind === 'unit' || kind === 'hund' || blockEmpty)) {
        current += next.value;
        kind = 'tens';
      } else if (next.kind === 'unit' && (kind === 'hund' || blockEmpty)) {
        current += next.value;
        kind = 'unit';
      } else if (next.kind === 'teenHead' && (kind === 'hund' || blockEmpty) && isTen(keyAt(c, j + 1))) {
        current += 10 + next.value;
        kind = 'teen';
        j++;
      } else if (next.kind === 'hund' && blockEmpty) {
        current = next.value;
        kind = 'hund';
      } else if (next.kind === 'frac' && blockEmpty && lastScale !== Infinity) {
        total = round(total + next.value * lastScale);
        kind = 'done';
      } else {
        break;
      }
      j++;
      continue;
    }
    break;
  }
  const single = j === i + 1 && a.kind === Kind.Digits ? a : undefined;
  return { start, end: j, value: round(total + current), single };
}

// ---------------------------------------------------------------- dates

interface MonthMatch {
  end: number;
  entry: MonthEntry;
  key: string;
  start: number;
  paired: boolean;
}

/** A month name at `j` (one or two words), with an optional pairing «يونيو/حزيران». */
function month(c: Context, j: number, clitic: boolean): MonthMatch | undefined {
  const single = monthName(c, j, clitic);
  if (!single) return undefined;
  let end = single.end;
  let paired = false;
  if (isChar(c, end, '/-') || isChar(c, end, '(')) {
    const open = c.atoms[end]!.key === '(';
    const second = monthName(c, end + 1, false);
    if (second && second.entry.month === single.entry.month && second.entry.hijri === single.entry.hijri) {
      if (!open) {
        end = second.end;
        paired = true;
      } else if (isChar(c, second.end, ')')) {
        end = second.end + 1;
        paired = true;
      }
    }
  }
  return { ...single, end, paired };
}

function monthName(c: Context, j: number, clitic: boolean): MonthMatch | undefined {
  const a = wordAt(c, j);
  if (!a) return undefined;
  const second = wordAt(c, j + 1);
  for (const [key, letters] of clitic ? candidates(a) : NO_CLITIC_SELF(a)) {
    if (second && second.gap && c.t.monthHeads.has(key)) {
      const two = `${key} ${second.key}`;
      const entry = c.t.months.get(two);
      if (entry) return { end: j + 2, entry, key: two, start: startAfter(c, a, letters), paired: false };
    }
    const entry = c.t.months.get(key);
    // «آب» (August) folds like «أب» (father) and «إب» (a Yemeni city): trust only the madda.
    if (entry && key === '\u0627\u0628' && isHamzaAlef(c.text.charCodeAt(startAfter(c, a, letters)))) continue;
    if (entry) return { end: j + 1, entry, key, start: startAfter(c, a, letters), paired: false };
  }
  return undefined;
}

function isDay(a: Atom | undefined): a is Atom {
  return isInteger(a) && a.intDigits <= 2 && a.value >= 1 && a.value <= 31;
}

interface YearMatch {
  start: number;
  end: number;
  year: number;
  /** Years of a range «1936 - 1939». */
  until: number | undefined;
  hijri: boolean;
  /** A trigger word («عام») or an era marker («هـ», «م») was present. */
  marked: boolean;
}

/** «[عام] [(] 2001 [)] [هـ|م]», or a bare year when `bare`; ranges «1936 - 1939». */
function year(c: Context, j: number, bare: boolean, clitic: boolean): YearMatch | undefined {
  const triggerStart = inSet(c, j, 'year', clitic);
  let k = triggerStart >= 0 ? j + 1 : j;
  const paren = isChar(c, k, '(');
  if (paren) k++;
  const d = c.atoms[k];
  if (!isInteger(d) || d.intDigits < 3 || d.intDigits > 4 || !freeDigits(c, k)) return undefined;
  k++;
  let until: number | undefined;
  if (isChar(c, k, '-/') && isInteger(c.atoms[k + 1]) && c.atoms[k + 1]!.intDigits === d.intDigits) {
    const e = c.atoms[k + 1]!;
    if (e.value > d.value && e.value - d.value < 100) {
      until = e.value;
      k += 2;
    }
  }
  if (paren) {
    if (!isChar(c, k, ')')) return undefined;
    k++;
  }
  let hijri = false;
  let era = false;
  const e = wordAt(c, k);
  const unit = keyAt(c, k + 1);
  if (e && (isIn('hijriEra', e.key) || isIn('gregorianEra', e.key)) && !(e.key === 'م' && (unit === 'مربع' || unit === 'مكعب'))) {
    hijri = isIn('hijriEra', e.key);
    era = true;
    k++;
  }
  const marked = triggerStart >= 0 || era;
  // Unmarked, only four digits make a year («يونيو 2017», not «يونيو 500 شخص»).
  if (!marked && (!bare || d.intDigits !== 4)) return undefined;
  return { start: triggerStart >= 0 ? triggerStart : (paren ? c.atoms[j]! : d).start, end: k, year: d.value, until, hijri, marked };
}

function yearValue(y: YearMatch): string | undefined {
  if (y.hijri) return undefined;
  return y.until === undefined ? pad(y.year, 4) : `${pad(y.year, 4)}/${pad(y.until, 4)}`;
}

function dateValue(y: number | undefined, m: number | undefined, d: number | undefined, hijri: boolean): string | undefined {
  if (!hijri) return isoDate(y, m, d);
  return y !== undefined && m !== undefined && d !== undefined ? hijriToIso(y, m, d) : undefined;
}

/** «15 يونيو/حزيران عام 2001», «3 و4 يوليو/تموز الجاري», «28 آذار / مارس». */
function dayMonth(c: Context, j: number): { end: number; value: Value } | undefined {
  const d1 = c.atoms[j];
  if (!isDay(d1) || !freeDigits(c, j)) return undefined;
  let k = j + 1;
  let d2: Atom | undefined;
  const link = c.atoms[k];
  if (link && ((link.kind === Kind.Word && isIn('rangeWord', link.key)) || isChar(c, k, '-'))) {
    const next = c.atoms[k + 1];
    if (isDay(next) && next.value > d1.value) {
      d2 = next;
      k += 2;
    }
  }
  // «20 / شعبان / 1428 هجرية»
  const slashed = d2 === undefined && isChar(c, k, '/') && monthName(c, k + 1, false) !== undefined;
  if (slashed) k++;
  const m = month(c, k, false);
  if (!m) return undefined;
  k = m.end;
  if (slashed && isChar(c, k, '/') && isInteger(c.atoms[k + 1])) k++;
  const y = year(c, k, true, false);
  if (y) k = y.end;
  else if (isIn('modifier', keyAt(c, k))) k++;
  const hijri = m.entry.hijri || (y?.hijri ?? false);
  const first = dateValue(y?.year, m.entry.month, d1.value, hijri);
  const value = d2 === undefined ? first : joinRange(first, dateValue(y?.year, m.entry.month, d2.value, hijri));
  return { end: k, value };
}

function joinRange(a: string | undefined, b: string | undefined): string | undefined {
  return a !== undefined && b !== undefined ? `${a}/${b}` : undefined;
}

/** «28/8/1996», «5 / 8 / 2008», «2024-07-04». */
function numericDate(c: Context, j: number): { end: number; value: Value } | undefined {
  const a = c.atoms[j];
  if (!isInteger(a) || !freeDigits(c, j)) return undefined;
  const sep = c.atoms[j + 1];
  if (!sep || sep.kind !== Kind.Other || !'/-.'.includes(sep.key)) return undefined;
  const b = c.atoms[j + 2];
  if (!isInteger(b) || !isChar(c, j + 3, sep.key)) return undefined;
  const e = c.atoms[j + 4];
  if (!isInteger(e)) return undefined;
  let value: string | undefined;
  if (a.intDigits === 4 && b.intDigits <= 2 && e.intDigits <= 2) value = isoDate(a.value, b.value, e.value);
  else if (a.intDigits <= 2 && b.intDigits <= 2 && e.intDigits === 4) {
    // Day first, as Arabic writes it; month first only when the day cannot be a month (1/31/1949).
    value = b.value > 12 && a.value <= 12 ? isoDate(e.value, a.value, b.value) : isoDate(e.value, b.value, a.value);
  }
  if (value === undefined) return undefined;
  const era = keyAt(c, j + 5);
  return { end: isIn('gregorianEra', era) && era !== 'م' ? j + 6 : j + 5, value };
}

/** «يونيو/حزيران 2017», «منتصف يونيو/حزيران الماضي», «رمضان 1445 هـ». */
function monthYear(c: Context, j: number, clitic: boolean, contextual: boolean): { start: number; end: number; value: Value; score: number } | undefined {
  const m = month(c, j, clitic);
  if (!m) return undefined;
  let k = m.end;
  // «تموز ( 12 / 7 / 1928 )»: the month, then the full date in parentheses.
  if (isChar(c, k, '(')) {
    const inner = numericDate(c, k + 1);
    if (inner && isChar(c, inner.end, ')')) return { start: m.start, end: inner.end + 1, value: inner.value, score: 1 };
  }
  // «بين يناير ومارس», «يناير - مارس 2020»
  let until: MonthMatch | undefined;
  const link = c.atoms[k];
  if (link && ((link.kind === Kind.Word && isIn('rangeWord', link.key)) || isChar(c, k, '-'))) {
    until = month(c, k + 1, false);
  } else if (link && link.kind === Kind.Word && link.key.length > 1 && link.key[0] === '\u0648') {
    until = month(c, k, true);
  }
  if (until && until.entry.hijri === m.entry.hijri && until.entry.month !== m.entry.month) k = until.end;
  else until = undefined;
  const y = year(c, k, true, false);
  let modified = false;
  if (y) k = y.end;
  else if (isIn('modifier', keyAt(c, k))) {
    k++;
    modified = true;
  }
  let score = 1;
  if (m.entry.weak && !m.paired && !y && !modified && !contextual && !until) {
    const prev = wordAt(c, j - 1);
    const clitic = m.start !== c.atoms[j]!.start;
    if (!WEAK_BY_PREPOSITION.has(m.key) || !(clitic || (prev && isIn('preposition', prev.key)))) return undefined;
    score = 0.8;
  }
  const hijri = m.entry.hijri || (y?.hijri ?? false);
  const first = hijri ? undefined : isoDate(y?.year, m.entry.month, undefined);
  const value = until ? joinRange(first, hijri ? undefined : isoDate(y?.year, until.entry.month, undefined)) : first;
  return { start: m.start, end: k, value, score };
}

type Trigger = 'day' | 'dated' | 'eve' | 'part' | 'month' | '';
const TRIGGERS = ['day', 'dated', 'eve', 'part', 'month'] as const;
const NESTED_TRIGGERS = ['day', 'eve', 'part', 'month'] as const;

/** A DATE starting at atom `i`. */
function matchDate(c: Context, i: number, nested = false): Match | undefined {
  let trigger: Trigger = '';
  let start = -1;
  let j = i;
  for (const set of nested ? NESTED_TRIGGERS : TRIGGERS) {
    start = inSet(c, i, set, true);
    if (start >= 0) {
      trigger = set;
      j = i + 1;
      break;
    }
  }
  if (trigger === 'part' && inSet(c, j, 'month', false) >= 0) {
    trigger = 'month';
    j++;
  }
  const clitic = trigger === '';
  const from = trigger === '' ? -1 : start; // −1: the entity starts where its core starts
  if (trigger === 'dated') return afterDated(c, j, start);

  // Weekday, alone or before a date.
  const weekday = trigger === '' || trigger === 'day' || trigger === 'eve' ? lookup(c, j, c.t.weekdays, clitic) : undefined;
  if (weekday) {
    let k = j + 1;
    if (isChar(c, k, ',\u060C')) k++; // COMMA, ARABIC COMMA
    if (isIn('agreeing', keyAt(c, k))) k++;
    const date = dayMonth(c, k) ?? numericDate(c, k);
    if (date) return { type: 'DATE', start: from < 0 ? weekday.start : from, end: date.end, value: date.value, score: 1 };
    let end = j + 1;
    const modified = isIn('modifier', keyAt(c, end));
    if (modified) end++;
    // «الاثنين» is also "the two": only with «يوم»/«مساء» or a modifier.
    if (weekday.value === 1 && trigger === '' && !modified) return undefined;
    return { type: 'DATE', start: from < 0 ? weekday.start : from, end, value: `-W-${weekday.value}`, score: 0.9 };
  }
  if (trigger === 'eve') return undefined;

  if (trigger === '' || trigger === 'day') {
    const date = dayMonth(c, j) ?? numericDate(c, j);
    if (date) return { type: 'DATE', start: from < 0 ? c.atoms[j]!.start : from, end: date.end, value: date.value, score: 1 };
    if (trigger === 'day') return undefined;
  }

  const my = monthYear(c, j, clitic, trigger !== '');
  if (my) return { type: 'DATE', start: from < 0 ? my.start : from, end: my.end, value: my.value, score: my.score };

  if (trigger === '' || trigger === 'part') {
    const y = year(c, j, false, clitic);
    if (y) {
      return { type: 'DATE', start: from < 0 ? y.start : from, end: y.end, value: yearValue(y), score: 1 };
    }
  }
  return undefined;
}

/** After «بتاريخ»: «[:] [(] date [)]» with any kind of date; the span includes the trigger. */
function afterDated(c: Context, j: number, start: number): Match | undefined {
  let k = j;
  if (isChar(c, k, ':')) k++;
  // «بتاريخ ( 1934 )»: the trigger makes a bare year a year
  const y = year(c, k, true, false);
  if (y) return { type: 'DATE', start, end: y.end, value: yearValue(y), score: 1 };
  const open = isChar(c, k, '(');
  if (open) k++;
  const inner = matchDate(c, k, true) ?? (isInteger(c.atoms[k]) ? matchNumeric(c, k) : undefined);
  if (!inner || inner.type !== 'DATE') return undefined;
  let end = inner.end;
  if (open) {
    if (!isChar(c, end, ')')) return undefined;
    end++;
  }
  return { ...inner, start, end };
}

// ---------------------------------------------------------------- times

function matchTime(c: Context, i: number): Match | undefined {
  const clock = inSet(c, i, 'clock', true);
  let j = clock >= 0 ? i + 1 : i;
  let hour: number;
  let minute = 0;
  let second: number | undefined;
  let colon = false;
  const a = c.atoms[j];
  if (isInteger(a) && a.intDigits <= 2 && freeDigits(c, j)) {
    hour = a.value;
    j++;
    const m = c.atoms[j + 1];
    if (isChar(c, j, ':') && !c.atoms[j]!.gap && isInteger(m) && !m.gap && m.key.length === 2) {
      minute = m.value;
      colon = true;
      j += 2;
      const s = c.atoms[j + 1];
      if (isChar(c, j, ':') && !c.atoms[j]!.gap && isInteger(s) && !s.gap && s.key.length === 2) {
        second = s.value;
        j += 2;
      }
    }
  } else if (clock >= 0) {
    const w = wordAt(c, j);
    if (!w) return undefined;
    const next = wordAt(c, j + 1);
    const two = next ? c.t.hourWords.get(`${w.key} ${next.key}`) : undefined;
    if (two !== undefined) {
      hour = two;
      j += 2;
    } else {
      const one = c.t.hourWords.get(w.key);
      if (one === undefined) return undefined;
      hour = one;
      j++;
    }
  } else {
    return undefined;
  }
  if (hour > 24 || minute > 59 || (second ?? 0) > 59) return undefined;
  if (!colon && clock >= 0) {
    const k = keyAt(c, j);
    if (k === 'والنصف' || k === 'ونصف') {
      minute = 30;
      j++;
    } else if (k === 'والربع' || k === 'وربع') {
      minute = 15;
      j++;
    } else if (k === 'الا' && (keyAt(c, j + 1) === 'ربعا' || keyAt(c, j + 1) === 'ربع')) {
      hour = hour === 0 ? 23 : hour - 1;
      minute = 45;
      j += 2;
    } else if (k === '\u0648' && isInteger(c.atoms[j + 1]) && !c.atoms[j + 1]!.gap && c.atoms[j + 1]!.value < 60) {
      minute = c.atoms[j + 1]!.value;
      j += 2;
      if (isIn('minuteWords', keyAt(c, j))) j++;
    }
  }
  const period = wordAt(c, j);
  let shift: 'am' | 'pm' | 'noon' | 'night' | '' = '';
  if (period && (period.key !== 'م' && period.key !== 'ص' ? true : colon || clock >= 0)) {
    if (isIn('morning', period.key)) shift = 'am';
    else if (period.key === 'ظهرا') shift = 'noon';
    else if (period.key === 'ليلا') shift = 'night';
    else if (isIn('afternoon', period.key)) shift = 'pm';
    if (shift !== '') j++;
  }
  if (clock < 0 && !colon && shift === '') return undefined;
  if (shift !== '' && hour > 12) return undefined;
  if (shift === 'am' && hour === 12) hour = 0;
  else if (shift === 'pm' && hour < 12) hour += 12;
  else if (shift === 'noon' && hour >= 1 && hour <= 5) hour += 12;
  else if (shift === 'night') hour = hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  const value = `T${pad(hour === 24 ? 0 : hour, 2)}:${pad(minute, 2)}${second === undefined ? '' : `:${pad(second, 2)}`}`;
  return { type: 'TIME', start: clock >= 0 ? clock : c.atoms[i]!.start, end: j, value, score: 1 };
}

// ---------------------------------------------------------------- money, percent, numbers

const PERCENT_SIGNS = '%\u066A\uFE6A\uFF05'; // PERCENT SIGN, ARABIC PERCENT SIGN, small and fullwidth forms

function percentAfter(c: Context, k: number): number {
  if (isChar(c, k, PERCENT_SIGNS)) return k + 1;
  const w = keyAt(c, k);
  if (isIn('percentWords', w)) return k + 1;
  if (w === 'في' && isIn('percentNouns', keyAt(c, k + 1))) return k + 2;
  return -1;
}

function currencyAfter(c: Context, k: number): { end: number; code: string } | undefined {
  const sym = c.atoms[k];
  if (sym && sym.kind === Kind.Other) {
    const code = c.t.symbols.get(sym.key);
    const next = c.atoms[k + 1];
    return code && !(next && !next.gap) ? { end: k + 1, code } : undefined;
  }
  const noun = lookup(c, k, c.t.currencies, false);
  if (!noun) return undefined;
  const adjective = wordAt(c, k + 1);
  if (adjective) {
    const bare = adjective.key.startsWith('ال') ? adjective.key.slice(2) : adjective.key;
    // «أمريكيا» (accusative), «كندية» (feminine plural agreement) → «أمريكي», «كندي»
    for (const key of [bare, bare.endsWith('ا') || bare.endsWith('ه') ? bare.slice(0, -1) : '']) {
      const code = key ? c.t.qualifiers.get(`${noun.value.group} ${key}`) : undefined;
      if (code) return { end: k + 2, code };
    }
  }
  return { end: k + 1, code: noun.value.code };
}

function money(amount: number, code: string): Value {
  return code ? { amount, currency: code } : undefined;
}

function matchNumeric(c: Context, i: number): Match | undefined {
  const a = c.atoms[i]!;
  // «$5», «€ 100»
  if (a.kind === Kind.Other) {
    const code = c.t.symbols.get(a.key);
    if (code) {
      const n = parseNumber(c, i + 1, false);
      if (n) return { type: 'MONEY', start: a.start, end: n.end, value: money(n.value, code), score: 1 };
    }
    // «%60», typed the other way round in right-to-left text
    if (PERCENT_SIGNS.includes(a.key) && a.gap && isInteger(c.atoms[i + 1]) && !c.atoms[i + 1]!.gap) {
      const n = c.atoms[i + 1]!;
      const after = c.atoms[i + 2];
      if (!(after && !after.gap && after.kind !== Kind.Other)) {
        return { type: 'PERCENT', start: a.start, end: i + 2, value: n.value, score: 0.9 };
      }
    }
    return undefined;
  }
  const n = parseNumber(c, i, true);
  if (!n) return undefined;
  const p = percentAfter(c, n.end);
  if (p >= 0) return { type: 'PERCENT', start: n.start, end: p, value: n.value, score: 1 };
  const cur = currencyAfter(c, n.end);
  if (cur) return { type: 'MONEY', start: n.start, end: cur.end, value: money(n.value, cur.code), score: 1 };
  const single = n.single;
  if (single && single.intDigits === 4 && single.key.length === 4 && single.value >= 1800 && single.value <= 2100) {
    // A bare four-digit number in the years' range reads as a year («و2011»).
    const y = year(c, i, true, false);
    if (y) {
      return { type: 'DATE', start: y.start, end: y.end, value: yearValue(y), score: y.marked ? 1 : 0.8 };
    }
  }
  if (single && (isIdentifier(c, i) || isEnumerator(c, i))) return undefined;
  if (!single && n.end === i + 1 && !countsSomething(c, i, n.value)) return undefined;
  return { type: 'NUM', start: n.start, end: n.end, value: n.value, score: 1 };
}

/** «رقم 5», «المادة ( 46 )», «ص . 3», «رقم 24 / 66», «صفحة 58 - 59»: a number that names rather than counts. */
function isIdentifier(c: Context, i: number): boolean {
  let j = i - 1;
  // One step back over «24 /» only: a chain «1/2/3/…» must not make this quadratic.
  if (isChar(c, j, '/-') && isInteger(c.atoms[j - 1])) j -= 2;
  while (j >= 0 && j >= i - 3 && c.atoms[j]!.kind === Kind.Other && '(".:\u00AB'.includes(c.atoms[j]!.key)) j--;
  const w = wordAt(c, j);
  if (!w) return false;
  if (isIn('identifier', w.key)) return true;
  for (const [key, letters] of candidates(w)) if (letters > 0 && isIn('identifier', key)) return true;
  return false;
}

// «الثاني عشر» is an ordinal; «كل واحد», «واحد من» are pronouns, not quantities.
const ORDINAL_HEADS: ReadonlySet<string> = new Set(['الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'الحاديه', 'الثانيه', 'الثالثه', 'الرابعه', 'الخامسه', 'السادسه', 'السابعه', 'الثامنه', 'التاسعه']);
const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set(['كل', 'اي', 'لا', 'ولا', 'هو', 'احنا', 'نحن', 'هم']);

/** A lone number word that really counts: not part of an ordinal, not «كل واحد». */
function countsSomething(c: Context, i: number, value: number): boolean {
  const prev = wordAt(c, i - 1);
  if (value === 10 && prev && ORDINAL_HEADS.has(prev.key)) return false;
  if (value === 1) {
    if (!prev || ONE_PRONOUN_BEFORE.has(prev.key)) return false;
    const next = keyAt(c, i + 1);
    if (next === 'من' || next === 'منهم' || next === 'منها') return false;
  }
  return true;
}

/** «1 - يعاقب …», «3) …»: a list number at the start of a line. */
function isEnumerator(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (a.intDigits > 2 || !isChar(c, i + 1, '-.)\u2013')) return false;
  const prev = c.atoms[i - 1];
  if (!prev) return true;
  for (let k = prev.end; k < a.start; k++) if (c.text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/** Removes diacritics, tatweel and invisibles: the entity's base form. */
export function baseForm(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isIgnorable(text.charCodeAt(i))) out += text[i];
  return out;
}

// Other characters that can start an entity: currency symbols and a leading percent sign.
const STARTERS = '$€£¥₪₽₹₺\uFDFC%\u066A\uFE6A\uFF05';

/** Whether any reading of the word is a word the grammar knows; most words are not. */
function isInteresting(a: Atom): boolean {
  if (a.key === '') return false;
  if (a.interesting === undefined) {
    const known = knownWords();
    a.interesting = false;
    for (const [key] of candidates(a)) {
      if (known.has(key)) {
        a.interesting = true;
        break;
      }
    }
  }
  return a.interesting;
}

let known: Set<string> | undefined;

/** Every folded word that can start an entity (triggers, numbers, months, weekdays). */
function knownWords(): Set<string> {
  if (known) return known;
  const t = getTables();
  known = new Set<string>();
  for (const map of [t.units, t.teenHeads, t.tens, t.hundreds, t.scales, t.fractions, t.weekdays] as Array<Map<string, unknown>>) {
    for (const k of map.keys()) known.add(k);
  }
  for (const k of t.months.keys()) known.add(k.split(' ')[0]!);
  for (const set of ['day', 'dated', 'eve', 'part', 'month', 'year', 'clock'] as const) for (const w of WORDS[set]) known.add(fold(w));
  return known;
}

// Words the grammar compares with literally, besides its tables and word sets.
const LITERAL_WORDS = [
  ...PROCLITIC_ONLY, ...ORDINAL_HEADS, ...ONE_PRONOUN_BEFORE,
  'من', 'منهم', 'منها', 'مربع', 'مكعب', 'والنصف', 'ونصف', 'والربع', 'وربع', 'الا', 'ربعا', 'ربع', 'في', 'عشر', 'عشره',
];

let relevant: Set<number> | undefined;

/**
 * Hashes of every folded word the grammar reads anywhere (tables, word sets, literals; the
 * words of multi-word names; «لعام» for «للعام»; qualifier adjectives with ال and endings),
 * so that atomize can skip slicing and folding all other words.
 */
export function relevantHashes(): Set<number> {
  if (relevant) return relevant;
  const t = getTables();
  const words = new Set<string>(LITERAL_WORDS);
  const addAll = (keys: Iterable<string>): void => {
    for (const k of keys) for (const w of k.split(' ')) words.add(w);
  };
  for (const map of [t.units, t.teenHeads, t.tens, t.hundreds, t.scales, t.fractions, t.weekdays, t.months, t.currencies, t.hourWords] as Array<Map<string, unknown>>) {
    addAll(map.keys());
  }
  for (const set of Object.keys(WORDS) as WordSet[]) addAll(WORDS[set].map(fold));
  for (const key of t.qualifiers.keys()) {
    const adjective = key.slice(key.indexOf(' ') + 1);
    for (const w of adjective.split(' ')) for (const form of [w, `ال${w}`, `${w}ا`, `${w}ه`, `ال${w}ه`]) words.add(form);
  }
  for (const w of [...words]) if (w.startsWith('ال') && w.length > 2) words.add(`ل${w.slice(2)}`);
  relevant = new Set([...words].map(hashString));
  return relevant;
}

/** Runs the grammar over atoms and returns sorted, disjoint entities. */
export function runGrammar(text: string, atoms: Atom[]): Entity[] {
  const c: Context = { text, atoms, t: getTables() };
  const out: Entity[] = [];
  for (let i = 0; i < atoms.length; ) {
    const a = atoms[i]!;
    let m: Match | undefined;
    if (a.kind === Kind.Digits || (a.kind === Kind.Word && isInteresting(a)) || (a.kind === Kind.Other && STARTERS.includes(a.key))) {
      m = matchDate(c, i) ?? matchTime(c, i) ?? matchNumeric(c, i);
    }
    if (!m || m.end <= i) {
      i++;
      continue;
    }
    const end = atoms[m.end - 1]!.end;
    const entityText = text.slice(m.start, end);
    const entity: Entity = { type: m.type, text: entityText, start: m.start, end, form: baseForm(entityText), score: m.score };
    if (m.value !== undefined) entity.value = m.value;
    out.push(entity);
    i = m.end;
  }
  return out;
}
