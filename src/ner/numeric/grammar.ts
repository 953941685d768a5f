// The grammar for DATE, TIME, NUM, PERCENT and MONEY over atoms (see atoms.ts). One left-to-
// right pass: at each atom the matchers look ahead a bounded number of atoms (number words
// are consumed as they are read), so the whole pass is linear in the length of the text.
import { PERSIAN_FOLDS } from '../../chars/arabic.js';
import { isDigitCode, isLineBreak } from '../../chars/code-units.js';
import type { Entity, EntityType } from '../types.js';
import { afterLetters, fold, hashString, isIgnorable, Kind, type Atom } from './atoms.js';
import { beforeHijraInterval, hijriInterval, hijriToIso, isoDate, pad } from './calendar.js';
import { getTables, isIn, WEAK_BY_PREPOSITION, WORDS, type MonthEntry, type Tables, type WordSet } from './tables.js';

interface Context {
  text: string;
  atoms: Atom[];
  t: Tables;
  /** Atom index just after the last number read as an identifier («رقم 33»), or −1. */
  identEnd: number;
  /** Atom index just after the last date read as part of a name («حركة 6 أبريل»), or −1. */
  nameEnd: number;
  /** Atom index of the last year read as the start of a period («الفترة بين 1481»), or −1. */
  periodYear: number;
  /** Atom index just after the last year read as a DATE, or −1; and that year. */
  yearEnd: number;
  yearValue: number;
  /** The last year read as a DATE (its atoms end where that DATE ends), for {@link linkedPeriod}. */
  lastYear?: YearMatch;
  /** Currency of the last amount read, when it is divided into cents other than US ones, or ''; and where that amount ends. */
  lastCurrency: string;
  lastCurrencyEnd: number;
  /**
   * {@link isBracketReference} of the atoms a footnote after them asked about, and the
   * `identEnd` an answer read (the only state it reads), or −2 if it read none: a chain of
   * footnotes «[45][46][47]…» asks about the one before, so without these a long chain took
   * quadratic time and recursion as deep as the chain.
   */
  footnotes?: Map<number, { value: boolean; identEnd: number }>;
  /** How many times {@link isBracketReference} has read `identEnd`. */
  identReads?: number;
  /** Whether a number in the text groups thousands with dots beyond doubt, once asked ({@link groupsByDots}). */
  dotGroups?: boolean;
  /** Whether the text speaks of goals, once asked ({@link speaksOfGoals}). */
  goals?: boolean;
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
  if (prev && !a.gap && prev.kind === Kind.Word && !PROCLITIC_ONLY.has(prev.key) && !gluedBefore(c, prev)
    // «سيوفر15 ألف», «التشغيلية1,901 مليون ريال», «سجل8.2 %»: a scale, currency or percent after
    // digits glued to an Arabic word makes them an amount (codes like «إف16», «فرانس24» take none),
    // and so do the noun they count, a unit or a month (`gluedQuantity`: «إن300 شخص», «يوم28 حزيران»)
    && (isLatin(prev) || !(quantityAfter(c, j + 1) || gluedCount(c, j) || gluedQuantity(c, j) || gluedYear(c, j)))) return false;
  // «codice_12», «متغير_2»: digits after an underscore are the end of an identifier (35 in the
  // 16 ANT files, the code placeholders of Wikipedia's dump; QA round numeric 45)
  if (prev && !a.gap && prev.kind === Kind.Other && prev.key === '_') return false;
  // «COVID-19», «F-16», «باك-3», «سو-35»: a number hyphenated to a word is part of a name
  const before = c.atoms[j - 2];
  // (but «1707م-1946م»: after a year's era mark the hyphen links two years)
  if (prev && !a.gap && !prev.gap && prev.kind === Kind.Other && prev.key === '-' && before && before.kind === Kind.Word && !PROCLITIC_ONLY.has(before.key) && !term(c.t, before.key)
    && !((isIn('hijriEra', before.key) || isIn('gregorianEra', before.key)) && isInteger(c.atoms[j - 3]))) return false;
  const next = c.atoms[j + 1];
  if (next && !next.gap && next.kind === Kind.Word && isLatin(next)) return false;
  // «MH 370», «PERF 558»: digits after a word in Latin capitals (not a currency code) name
  // something; «1999 AN10»: so do digits before a Latin designation with digits of its own
  // «Brca 1», «Windows 10», «Snapdragon 410»: so do digits after any Latin word, except a year
  // of a citation («Lewin 2009») or a quantity with its scale, currency or percent («Facebook 2 مليار»)
  if (prev && prev.kind === Kind.Word && isLatin(prev)) {
    if (isCapitals(c, prev)) {
      if (!c.t.isoCodes.has(prev.key)) return false;
    } else if (!(a.intDigits === 4 && a.value >= 1800 && a.value <= 2100) && !quantityAfter(c, j + 1)) {
      return false;
    }
  }
  // «(Op. 18)», «Op.27 No.2», «Vol. 3»: and after a short Latin abbreviation and its dot (before
  // QA round numeric 74 the rule above stopped at the dot: 41 opus NUMs in news-013), but not
  // after circa, which dates what follows («(c. 1794- 1857)», «(234-C. 305 م)»)
  if (prev && prev.kind === Kind.Other && prev.key === '.' && !prev.gap && before && before.kind === Kind.Word && isLatin(before) && before.end - before.start <= 4
    && !CIRCA.has(c.text.slice(before.start, before.end).toLowerCase()) && !(a.intDigits === 4 && a.value >= 1800 && a.value <= 2100) && !quantityAfter(c, j + 1)) return false;
  if (next && next.kind === Kind.Word && isLatin(next) && c.atoms[j + 2]?.kind === Kind.Digits && !c.atoms[j + 2]!.gap) return false;
  return true;
}

/**
 * «تشرين الأول2016», «اتفاق2015،», «كأس آسيا2015.», «المحيط الهندي2004»: four digits of the years
 * news names most (1900–2030) typed against an Arabic word are a year of their own — a code glued
 * to a word has fewer digits («إف16», «فرانس24»); not before a Latin letter or more digits
 * (numeric QA round 85: before, no DATE), nor after a spelt name («إي.إف2000»).
 */
function gluedYear(c: Context, j: number): boolean {
  const a = c.atoms[j]!;
  if (a.intDigits !== 4 || a.key.length !== 4 || a.value < 1900 || a.value > 2030) return false;
  // (nor after a spelt name: «يوروفايتر إي.إف2000» is a model)
  const next = c.atoms[j + 1];
  return !isSpeltAbbreviation(c, j - 1) && !(next && !next.gap && (next.kind === Kind.Digits || (next.kind === Kind.Word && isLatin(next))));
}

/** Latin abbreviations of circa, before a year or a span of years («c. 1266», «ca. 480»). */
const CIRCA: ReadonlySet<string> = new Set(['c', 'ca', 'cca', 'circ']);

// Words that digits are often typed against without a space, the digits still a number of
// their own: «إلى4084 حادثا», «قبل30 ألف عام», «على مسافة35 كيلومترا», «عام2015» (folded).
// In news-007 and news-009, 9 in 10 Arabic words glued to digits are «و», «بـ», «الـ» or one of these.
const GLUED_BEFORE: ReadonlySet<string> = new Set([
  'في', 'الي', 'من', 'عن', 'علي', 'منذ', 'حتي', 'قبل', 'بعد', 'بين', 'عند', 'نحو', 'بنحو', 'حوالي', 'بحوالي', 'قرابه', 'زهاء',
  'اصل', 'مع', 'خلال', 'او', 'العمر', 'بنسبه', 'بقيمه', 'مقابل', 'مسافه', 'لمده', 'مده', 'عام', 'العام', 'سنه', 'السنه',
  'عامي', 'العامين', 'سنتي', 'السنتين',
  // the hour: «الساعة13:27», «الساعة14,00 ت غ» (numeric QA round 82: 4 in news-007)
  'الساعه',
  // the nouns of years after a proclitic: «لعام2007», «لسنة1961», «وعام1990» (before QA round
  // numeric 31 no year; 7 in news-011 and news-015)
  'لعام', 'وعام', 'بعام', 'للعام', 'والعام', 'بالعام', 'لسنه', 'وسنه', 'بسنه', 'للسنه', 'والسنه', 'بالسنه',
]);

/**
 * «مقتل25 شخصا», «بأغلبية62 صوتا», «عمره63 عاما»: digits typed against a word (a space lost)
 * before the accusative singular that a count ending in 11–99 takes are that count — a code or a
 * channel («إف16», «فرانس24») takes no such noun (QA round 44: 63 counts in 60 paragraphs of news-007).
 */
function gluedCount(c: Context, j: number): boolean {
  const a = c.atoms[j]!;
  if (!isInteger(a) || a.value % 100 <= 10) return false;
  return accusativeCount(c, j + 1);
}

/**
 * «إن300 شخص», «وثقت36 حالة», «دامت24 ساعة», «تزن100 كيلوغرام», «مصرع55 فلسطينيا»: digits typed
 * against a word before the noun they count in the form their value asks for, or a unit
 * ({@link countsNounAfter}), or «وفي13 شباط», «استفتاء25 أيلول»: a day before its month, are a
 * number of their own; a code or a channel («فرانس24», «إس400», «كم2») takes no such noun
 * (numeric QA round 82).
 */
function gluedQuantity(c: Context, j: number): boolean {
  const a = c.atoms[j]!;
  const prev = c.atoms[j - 1]!;
  // «نهاية2018», «مطلع2017»: a year after a word of part of a period or one a year names
  if (isInteger(a) && a.intDigits === 4 && (BEFORE_YEAR.has(prev.key) || isIn('part', prev.key))) return true;
  // (not after one letter: «39 ز7 كيلومتر», a decimal point typed as a letter)
  if (!c.atoms[j + 1]?.gap || prev.end - prev.start < 2) return false;
  if (isInteger(a) && a.value >= 1 && a.value <= 31 && a.intDigits <= 2 && (c.t.months.has(keyAt(c, j + 1)) || c.t.monthHeads.has(keyAt(c, j + 1)))) return true;
  // «كان71 منهم», «وأصيب54 آخرون»: a count of persons (numeric QA round 83; not the exponent
  // of a unit, «كم2 منها»)
  if (isInteger(a) && c.atoms[j + 1]!.kind === Kind.Word && GLUED_OF_PERSONS.has(wordKey(c, c.atoms[j + 1]!)) && !UNITS.has(wordKey(c, prev))) return true;
  // «وأصيب119 في اعتداء», «مصرع15 من مسلحي», «صوت153 ضد»: after a word of killing, wounding
  // or voting the digits count persons whatever follows (numeric QA round 83)
  if (isInteger(a)) for (const [key] of strip(wordKey(c, prev))) if (COUNTS_PERSONS_AFTER.has(key)) return true;
  return countsNounAfter(c, j);
}

/**
 * Words after a count that make it one of persons (folded): «منهم», «منهن», «منها» (of them),
 * «آخرين», «آخرون» (others); a code or a channel («فرانس24», «إس400») takes none (numeric QA round 83).
 */
const GLUED_OF_PERSONS: ReadonlySet<string> = new Set(['منهم', 'منهن', 'منها', 'اخرين', 'اخرون']);

/**
 * Words of killing, wounding, rescue and voting (folded, without their proclitics) after which
 * glued digits count persons, whatever word follows: «وأصيب119 في», «مصرع15 من», «صوت153 ضد»,
 * «وامتناع11 عن» (numeric QA round 83); no code or channel is typed after them.
 */
const COUNTS_PERSONS_AFTER: ReadonlySet<string> = new Set([
  'قتل', 'مقتل', 'مصرع', 'اصيب', 'اصيبت', 'اصابه', 'جرح', 'جرحت', 'نجاه', 'اعتقل', 'اعتقال', 'اعتقلت',
  'صوت', 'صوتت', 'امتناع', 'اعتراض', 'تاييد', 'معارضه',
]);

/** Whether digits right after the word `w` (no space) are a number of their own. */
function gluedBefore(c: Context, w: Atom): boolean {
  return GLUED_BEFORE.has(w.key) || YEAR_PREPOSITIONS.has(w.key) || c.t.months.has(w.key) || c.t.weekdays.has(w.key);
}

/** Whether a scale, a currency or a percent follows at atom `k`. */
function quantityAfter(c: Context, k: number): boolean {
  const b = c.atoms[k];
  if (!b) return false;
  if (b.kind === Kind.Other) return PERCENT_SIGNS.includes(b.key) || c.t.symbols.has(b.key);
  return b.kind === Kind.Word && (c.t.scales.has(b.key) || c.t.currencies.has(b.key) || isIn('percentWords', b.key) || (b.key === 'في' && isIn('percentNouns', keyAt(c, k + 1))));
}

/** Whether a Latin word is written all in capitals («MH», «PERF»). */
function isCapitals(c: Context, a: Atom): boolean {
  for (let p = a.start; p < a.end; p++) {
    const ch = c.text.charCodeAt(p);
    if (ch < 0x41 || ch > 0x5a) return false;
  }
  return true;
}

/** An unsigned whole number («2024», «07»): what dates, days and times are made of. */
function isInteger(a: Atom | undefined): a is Atom {
  if (a === undefined || a.kind !== Kind.Digits) return false;
  const first = a.key.charCodeAt(0);
  return first >= 0x30 && first <= 0x39 && a.key.indexOf('.') === -1;
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

// «بين», «وبين» (folded): before two numbers joined by «و», the two ends of a range
const BETWEEN: ReadonlySet<string> = new Set(['بين', 'وبين']);

// «ست» (six) with a proclitic, folded: alone «لست» is "I am not", «وست» "West", «بست» "Best"
const SIX_WITH_CLITIC: ReadonlySet<string> = new Set(['وست', 'بست', 'لست']);
// Plurals that only a count stands before (folded): «لست سنوات», «بست مرات», «لست ليال»
const SIX_COUNTS: ReadonlySet<string> = new Set([
  'سنوات', 'سنين', 'اعوام', 'اشهر', 'شهور', 'اسابيع', 'ايام', 'ليال', 'ليالي', 'ساعات', 'دقائق', 'ثوان', 'مرات', 'دول', 'مباريات', 'جولات', 'نقاط', 'حالات', 'ركعات', 'طلقات',
]);
// Tens after «و» (folded), which only a unit stands before: «لست وثلاثين عاما» (six and thirty)
const AND_TENS: ReadonlySet<string> = new Set(
  ['عشرين', 'ثلاثين', 'اربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'].flatMap((w) => ['و' + w, 'و' + w.slice(0, -2) + 'ون']),
);

/**
 * Whether the number read so far (`kind`, `current`) from atom `i` may go on in the classical
 * ascending order: a teen or tens, but not a lone ten after «بين» (a range's first end).
 */
function classical(c: Context, i: number, kind: string, current: number): boolean {
  return kind === 'teen' || (kind === 'tens' && (current % 10 !== 0 || !BETWEEN.has(keyAt(c, i - 1))));
}

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
  let negative = false;
  let lastScale = Infinity;
  let kind: 'digits' | 'unit' | 'teen' | 'tens' | 'hund' | 'half' | 'scale' | 'done';
  let start: number;
  let j: number;
  if (a.kind === Kind.Digits) {
    if (!freeDigits(c, i)) return undefined;
    negative = a.value < 0 || Object.is(a.value, -0);
    current = Math.abs(a.value);
    kind = 'digits';
    start = a.start;
    j = i + 1;
    // «(٥) آلاف راكب», «(٥٠) مليون ريال», «(500) ريال», «"400" مليون»: Saudi copy brackets or
    // quotes the digits of an amount; the marks then belong to it
    // ('' when no mark precedes: indexOf('') would be 0 and read any number as bracketed)
    const mark = keyAt0(c, i - 1);
    const open = mark === '' ? -1 : PAIRED.indexOf(mark);
    if (open >= 0 && open % 2 === 0 && isChar(c, j, PAIRED[open + 1]!) && bracketedAmount(c, j + 1, current)) {
      start = atoms[i - 1]!.start;
      j++;
    }
  } else if (a.kind === Kind.Word) {
    let first: Term | undefined;
    let firstKey = '';
    let letters = 0;
    // «وأحد عشر» folds to «واحد عشر»: the hamza says it is و + أحد, not «واحد».
    const hamzaAfterWaw = clitic && a.key.startsWith('\u0648\u0627') && isHamzaAlef(c.text.charCodeAt(afterLetters(c.text, a.start, a.end, 1)));
    // «بست سنوات», «وست دول»: too short for the proclitic to be stripped, «ست» counts before a plural of time or count
    const six = clitic && SIX_WITH_CLITIC.has(a.key) && c.atoms[i + 1]?.gap === true && (SIX_COUNTS.has(keyAt(c, i + 1)) || AND_TENS.has(keyAt(c, i + 1)));
    const options: ReadonlyArray<[string, number]> = hamzaAfterWaw || six ? [[a.key.slice(1), 1]] : clitic ? candidates(a) : [[a.key, 0]];
    for (const [key, n] of options) {
      // «كالفين كلاين», «مرفأ كالفي»: after «ك» a bare «ال» is the article (كـ + الـ), so «الفين»
      // there is no «ألفين» with its hamza dropped — the names Calvin and Calvi (before QA
      // round 35: 2000)
      if (n > 0 && a.key.charCodeAt(n - 1) === 0x643 && key.startsWith('\u0627\u0644\u0641') && c.text.charCodeAt(afterLetters(c.text, a.start, a.end, n)) === 0x627) continue;
      first = term(t, key);
      if (first) {
        letters = n;
        firstKey = key;
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
        if (!isTen(keyAt(c, j))) {
          // «إحدى وعشرين», «أحد و ثلاثين»: one before the tens, as «واحد» is (before QA round
          // 21 the one was dropped: 20)
          const tens = keyAt(c, j) === '\u0648' ? keyAt(c, j + 1) : keyAt(c, j).slice(1);
          if (first.value !== 1 || firstKey === 'حادي' || keyAt(c, j)[0] !== '\u0648' || !t.tens.has(tens) || !atoms[j]!.gap) return undefined;
          current = 1;
          kind = 'unit';
          break;
        }
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
        // «ال13 مليون شخص», «سكانها69 ألف»: digits just before that were not a count (a
        // definite numeral, digits glued to a word) leave the scale without one
        if (atoms[i - 1]?.kind === Kind.Digits && (isArticle(c, i - 2) || !freeDigits(c, i - 1))) return undefined;
        // «حدود المائة مليون دولار»: nor after a definite numeral word
        // (and after one with «و»: «والثلاثمائة مليون», 1 million before QA round 21)
        const before = keyAt(c, i - 1);
        const article = before.startsWith('\u0627\u0644') ? 2 : before.startsWith('\u0648\u0627\u0644') ? 3 : 0;
        if (article > 0 && a.gap && term(t, before.slice(article)) !== undefined) return undefined;
        // «مليونا دولار»: without a count before it, «مليونا» is the dual in construct
        // before its noun (two million); «أنفق مليونا على» is the accusative singular.
        // «ألفا» before a noun that is not a currency is the name Alpha («ألفا روميو», «ألفا
        // كوندي»): in 10 files of the news corpus the construct dual «ألفا + noun» never occurs.
        if (firstKey === 'الفا' && countedNounAt(c, j) && !currencyAfter(c, j)) return undefined;
        total = (DUAL_CONSTRUCT.has(firstKey) && countedNounAt(c, j) ? 2 : first.count) * first.value;
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
  // Where the block after «و» that follows a scale begins, to give it back when another scale
  // at the same level or above ends it: «عشرة آلاف وخمسة آلاف», «خمسة عشر ألفا وعشرين ألفا»
  // are two amounts (before QA round 21 one NUM 10005), «ألف وخمسمائة» one.
  let blockAt = -1;
  let blockTotal = 0;
  // The classical order, parts ascending: «تسع وستين وسبعمائة» (769), «عشرين وأربعمائة وألف» (1420)
  let ascending = false;
  for (;;) {
    const b = atoms[j];
    if (!b || b.kind !== Kind.Word) break;
    // «180ألف عاملة», «30مليار دولار»: a scale typed against the digits before it still
    // multiplies them (before QA round 29, two NUMs 180 and 1000)
    if (!b.gap && !(kind === 'digits' && j === i + 1 && t.scales.has(b.key))) break;
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
      if (blockAt >= 0 && current > 0 && kind !== 'scale' && kind !== 'done' && s.scale >= lastScale) {
        j = blockAt;
        total = blockTotal;
        current = 0;
        break;
      }
      // «ألف مليون دينار», «خمسة آلاف مليار دولار», «879 ألف مليون ريال»: thousands before a
      // singular larger scale count it, a thousand millions (before QA round 60, NUM «ألف» and
      // a separate «مليون دينار», a thousandth of the amount); after a block of its own («3500
      // مليار وخمسة آلاف مليار») the block is a second amount and is given back
      if (kind === 'scale' && current === 0 && lastScale === 1e3 && s.count === 1 && s.scale > 1e3) {
        if (blockAt >= 0) {
          j = blockAt;
          total = blockTotal;
          break;
        }
        if (total >= 1e6) break;
        total = round(total * s.scale);
        lastScale = s.scale;
        j++;
        continue;
      }
      if (kind === 'scale' || kind === 'done' || current <= 0 || s.scale >= lastScale || s.count === 2) break;
      // (the plural after the units of a compound: «مائتي وخمسة آلاف» is 205000)
      if (s.count === 0 && kind !== 'digits' && !(current % 100 >= 3 && current % 100 <= 10)) break;
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
      // «بين 12 ألف و60 ألف ريال»: digits before the same scale again start a second amount
      const again = c.t.scales.get(keyAt(c, j + 2));
      // (and «ألفا و 706» with the digits typed apart from a «و» typed apart, as «خمسة و سبعين»
      // is read: before QA round 43, two NUMs)
      if (kind === 'scale' && current === 0 && d && (!d.gap || b.gap) && d.kind === Kind.Digits && d.value < lastScale && freeDigits(c, j + 1) && !(again && again.scale >= lastScale)) {
        current = d.value;
        kind = 'digits';
        j += 2;
        continue;
      }
    }
    // «خمسة وسبعين», and «خمسة و سبعين» with the و typed apart (QA round 20: before, two NUMs)
    const spaced = b.key === '\u0648';
    const w = spaced ? atoms[j + 1] : b;
    if (spaced && (!w || w.kind !== Kind.Word || !w.gap)) break;
    if (w!.key.length > 1 && (spaced || w!.key[0] === '\u0648')) {
      const next = term(t, spaced ? w!.key : w!.key.slice(1));
      if (!next || (spaced && next.kind === 'frac')) break;
      const o = spaced ? 1 : 0; // the atoms of «و» typed apart
      const blockEmpty = kind === 'scale' && current === 0;
      if (blockEmpty && next.kind !== 'frac') {
        blockAt = j;
        blockTotal = total;
      }
      if (ascending && next.kind !== 'scale') break;
      if (next.kind === 'tens' && (kind === 'unit' || kind === 'hund' || blockEmpty)) {
        current += next.value;
        kind = 'tens';
      } else if (next.kind === 'unit' && (kind === 'hund' || blockEmpty)) {
        current += next.value;
        kind = 'unit';
      } else if (next.kind === 'teenHead' && (kind === 'hund' || blockEmpty) && isTen(keyAt(c, j + 1 + o))) {
        current += 10 + next.value;
        kind = 'teen';
        j++;
      } else if (next.kind === 'hund' && blockEmpty) {
        current = next.value;
        kind = 'hund';
      } else if (next.kind === 'hund' && total === 0 && current < 100 && classical(c, i, kind, current)) {
        // Units, tens, then hundreds, the classical order of dates and counts: «سنة تسع وستين
        // وسبعمائة», «خمسين ومائة ألف» (before QA round 21 two NUMs, 69 and 700); not a lone ten
        // after «بين», the two ends of a range («بين خمسين ومائة»)
        current += next.value;
        kind = 'hund';
        ascending = true;
      } else if (next.kind === 'scale' && next.count >= 1 && next.value > current && (ascending || (total === 0 && classical(c, i, kind, current)))) {
        // … and the thousands last: «عشرين وأربعمائة وألف», «ستة وتسعين وألف» (1096)
        current += next.count * next.value;
        kind = 'done';
      } else if (next.kind === 'frac' && next.value === 0.5 && total === 0 && current > 0 && kind !== 'scale' && kind !== 'done' && kind !== 'half' && current % 1 === 0) {
        // «ثلاثمائة وتسعون ونصف جرام», «3 ونصف ملعقة», «ثلاثة ونصف مليون»: a half after the
        // units, before what they measure or a scale (before QA round 16 the half was dropped)
        current += 0.5;
        kind = 'half';
      } else if (next.kind === 'frac' && blockEmpty && lastScale !== Infinity) {
        total = round(total + next.value * lastScale);
        kind = 'done';
        // «مليار ونصف المليار»: the fraction's scale repeated with the article
        const again = keyAt(c, j + 1);
        // «أربعة ملايين ونصف مليون»: the scale repeated in the singular, as the half counts it
        const same = again.startsWith('\u0627\u0644') ? t.scales.get(again.slice(2)) : t.scales.get(again);
        if (same?.scale === lastScale && (same.count === 1 || again.startsWith('\u0627\u0644')) && c.atoms[j + 1]!.gap) j++;
      } else {
        break;
      }
      j += 1 + o;
      continue;
    }
    break;
  }
  const single = j === i + 1 && a.kind === Kind.Digits ? a : undefined;
  // «1.200 جندي», «7.375 نسمة»: one dot group of three digits before a counted noun groups
  // thousands (a count has no thousandths); before a scale, a unit, a currency or a percent
  // («1.250 مليون», «3.660 درهم», «2.850 في المائة»), or alone, it stays a decimal point. So it
  // does before a word that goes on the clause, a preposition, a definite word or a day before
  // its weekday («إلى 95.123 بعد أن», «92.974 في وقت سابق», «عند 88.942 يوم الثلاثاء»: an
  // index; since QA round 53), unless the text groups thousands with dots elsewhere
  // («1.988.370 … 709.685 خلال»).
  if (single && isDotThousands(c, single) && countedAfterDot(c, j)) current = Number(single.key.replace('.', ''));
  const value = round(total + current);
  return { start, end: j, value: negative && value !== 0 ? -value : value, single };
}

// Opening and closing marks, in pairs: brackets, guillemets, straight and curly quotes.
const PAIRED = '()\u00AB\u00BB""\u201C\u201D';

/** The character of an Other atom at `j`, or ''. */
function keyAt0(c: Context, j: number): string {
  const a = c.atoms[j];
  return a && a.kind === Kind.Other && a.key.length === 1 ? a.key : '';
}

/**
 * Whether a scale, a currency or a percent word follows at atom `k` after the bracketed number
 * `value` (a scale only after less than a thousand: «(5.969.428) مليون» repeats the unit).
 */
function bracketedAmount(c: Context, k: number, value: number): boolean {
  const b = c.atoms[k];
  if (!b || !b.gap || b.kind !== Kind.Word) return false;
  const s = c.t.scales.get(b.key);
  return (s !== undefined && s.count !== 2 && value < 1000) || c.t.currencies.has(b.key) || percentAfter(c, k) >= 0;
}

/** Whether what follows at atom `j` makes a dot before three digits group thousands (see above). */
function countedAfterDot(c: Context, j: number): boolean {
  if (!countedAfter(c, j)) return false;
  // «2.500 من السكان»: a part of what is counted
  if (groupsByDots(c) || keyAt(c, j) === 'من') return true;
  return countsNoun(c, j) && !clauseGoesOn(c, j) && !(isIn('day', keyAt(c, j)) && c.t.weekdays.has(keyAt(c, j + 1)));
}

/** Whether the text has a number whose dots group thousands beyond doubt («1.988.370», «10.000»), read once. */
function groupsByDots(c: Context): boolean {
  if (c.dotGroups === undefined) {
    c.dotGroups = false;
    for (const a of c.atoms) {
      if (a.kind !== Kind.Digits || a.intDigits !== 0 || a.key.includes('.')) continue;
      // a dot inside the atom's own span (not indexOf, which would scan past it to the text's end)
      let dot = a.start;
      while (dot < a.end && c.text.charCodeAt(dot) !== 0x2e) dot++;
      if (dot < a.end) {
        c.dotGroups = true;
        break;
      }
    }
  }
  return c.dotGroups;
}

/** «1.200»: one to three digits (not starting with 0), a full stop, three digits (not «000», already thousands). */
function isDotThousands(c: Context, a: Atom): boolean {
  const k = a.key;
  const dot = k.indexOf('.');
  if (dot < 1 || dot > 3 || k.length !== dot + 4 || k.charCodeAt(0) < 0x31 || k.charCodeAt(0) > 0x39) return false;
  return c.text.charCodeAt(a.start + dot) === 0x2e && k.slice(dot + 1) !== '000';
}

/** The pixels of a screen (folded): «1920 في 1080 بيكسل», «1200 × 824 بكسل» (numeric QA round 85). */
const PIXELS: ReadonlySet<string> = new Set(['بكسل', 'بيكسل']);

// Units of measure (folded), and the words of exchange rates, after which a dot stays a decimal
// point («1.250 كم», «3.750 طن», «1.125 مقابل الدولار»).
const UNITS: ReadonlySet<string> = new Set([
  'كم', 'كلم', 'كيلومتر', 'كيلومترا', 'كيلومترات', 'كيلو', 'متر', 'مترا', 'امتار', 'م', 'سم', 'مم', 'ملم', 'ميل', 'ميلا', 'اميال', 'قدم', 'اقدام',
  'كجم', 'كغ', 'كغم', 'كيلوغرام', 'كيلوجرام', 'غرام', 'جرام', 'غ', 'طن', 'طنا', 'اطنان', 'لتر', 'لترا', 'لترات', 'برميل', 'برميلا', 'هكتار', 'هكتارا', 'دونم',
  'مقابل', 'امام', // exchange rates: «1.125 مقابل الدولار»
  'د', // the Tunisian dinar, with three decimals: «1.115 د»
  'درجه', 'درجات', 'نقطه', 'نقاط', 'ساعه', 'ساعات', 'ثانيه', 'ثوان', 'ميغاواط', 'ميجاوات', 'كيلوواط', 'واط', 'فولت', 'بار', 'اونصه', 'اوقيه',
  ...PIXELS,
]);

/** Whether the word at `j` is a counted noun: not a unit, currency, scale, number or percent word, and not a mark. */
function countedAfter(c: Context, j: number): boolean {
  const b = c.atoms[j];
  if (!b || b.kind !== Kind.Word || !b.gap || isLatin(b)) return false;
  if (b.key === '') return true; // a word the grammar never reads: an ordinary noun
  const k = b.key;
  if (UNITS.has(k) || c.t.scales.has(k) || c.t.currencies.has(k) || isIn('percentWords', k) || isIn('minuteWords', k) || term(c.t, k)) return false;
  if (k === 'في' && isIn('percentNouns', keyAt(c, j + 1))) return false;
  return true;
}

/** Scale words in the accusative singular that are also the construct dual («مليونا دولار»). */
const DUAL_CONSTRUCT: ReadonlySet<string> = new Set(['الفا', 'مليونا', 'مليارا', 'بليونا']);

// Words after «مليونا» that show it is not in construct with a noun.
const NOT_NOUNS: ReadonlySet<string> = new Set(['على', 'علي', 'عن', 'من', 'في', 'الى', 'او', 'ثم', 'مع', 'فقط', 'تقريبا', 'لكل', 'كل', 'ان', 'انه', 'منها', 'منهم']);

/** Whether the atom at `j` is a noun a dual scale can be in construct with («دولار», «نسمة»). */
function countedNounAt(c: Context, j: number): boolean {
  const b = c.atoms[j];
  if (!b || b.kind !== Kind.Word || !b.gap) return false;
  if (b.key === '') return true; // a word the grammar never reads: an ordinary noun
  // «مليونا و150 ألف», «مليونا و 300 ألف ريال»: «و» before digits joins a second block to the
  // accusative singular (one million and …), where the construct dual would need its noun at
  // once (before QA round 43, 2,150,000)
  if (b.key === '\u0648' && c.atoms[j + 1]?.kind === Kind.Digits) return false;
  if (isLatin(b) || NOT_NOUNS.has(b.key) || isIn('preposition', b.key) || term(c.t, b.key)) return false;
  if (b.key.length > 1 && b.key[0] === '\u0648' && term(c.t, b.key.slice(1))) return false;
  return true;
}

// ---------------------------------------------------------------- dates

interface MonthMatch {
  end: number;
  entry: MonthEntry;
  key: string;
  start: number;
  paired: boolean;
}

// Particles of Romance names before a month that is part of the name (folded): «لويجي دي مايو»
// (Luigi Di Maio), «كامبو دي مايو», «ميدان بلازا دي مايو» (a DATE '--05' before QA round 53).
const NAME_PARTICLES: ReadonlySet<string> = new Set(['دي', 'ديل', 'ديلا', 'دو', 'دا', 'دوس']);

// Titles of an emperor before «أغسطس» (folded), which is then Augustus, not August: «الإمبراطور
// أغسطس» (a DATE '--08' before QA round 55 of the numbers; so is «أغسطس قيصر»)
const EMPEROR_TITLES: ReadonlySet<string> = new Set(['الامبراطور', 'امبراطور', 'والامبراطور', 'للامبراطور', 'بالامبراطور', 'القيصر']);

/** Whether «قيصر» or «أوكتافيوس» follows at atom `k`: the month before it is Augustus. */
function augustusName(c: Context, k: number): boolean {
  const b = c.atoms[k];
  if (!b || b.kind !== Kind.Word || !b.gap) return false;
  const w = wordKey(c, b);
  return w === 'قيصر' || w === 'اوكتافيوس';
}

/** A month name at `j` (one or two words), with an optional pairing «يونيو/حزيران». */
function month(c: Context, j: number, clitic: boolean): MonthMatch | undefined {
  const single = monthName(c, j, clitic);
  if (!single || (c.atoms[j]!.gap && NAME_PARTICLES.has(previousWord(c, j)))) return undefined;
  if (single.key === 'اغسطس' && (augustusName(c, single.end) || EMPEROR_TITLES.has(previousWord(c, isChar(c, j - 1, '"\u00AB') ? j - 1 : j)))) return undefined;
  let end = single.end;
  let paired = false;
  if (isChar(c, end, '/-') || isChar(c, end, '(')) {
    const open = c.atoms[end]!.key === '(';
    const second = monthName(c, end + 1, false);
    // (a name paired with itself is no pair: «تعادلا صفر-صفر» is a score)
    if (second && second.entry.month === single.entry.month && second.entry.hijri === single.entry.hijri && second.key !== single.key) {
      if (!open) {
        end = second.end;
        paired = true;
      } else if (isChar(c, second.end, ')')) {
        end = second.end + 1;
        paired = true;
      }
    }
  } else if (!single.entry.hijri && c.atoms[end]?.gap) {
    // «يونيو حزيران», «كانون الثاني يناير»: the wire services pair the two series with a
    // space alone (about 550 times in the ANT news files)
    const second = monthName(c, end, false);
    if (second && second.entry.month === single.entry.month && !second.entry.hijri && second.key !== single.key) {
      end = second.end;
      paired = true;
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
  /** Before the common era («عام 500 قبل الميلاد», «300 ق.م»). */
  bc: boolean;
  /** A trigger word («عام») or an era marker («هـ», «م») was present. */
  marked: boolean;
  /** An era marker («هـ», «م», «ق.م», «بعد الميلاد») was present. */
  era?: boolean;
  /** «عام 79»: a year of two digits, its century unwritten; no value. */
  twoDigits: boolean;
  /** «في السنوات 1990»: the plural before a year ending in 0 is its decade (value '199'). */
  decade?: boolean;
}

// Words between a year and «قبل الميلاد» (folded): «تقريبا», and the noun of years «سنة/عام/عاما»
const BETWEEN_YEAR_AND_ERA: ReadonlySet<string> = new Set(['تقريبا', 'سنه', 'عام', 'عاما']);

/** End of «[ما] قبل الميلاد», «قبل ميلاد المسيح», «ق.م», «ق. م» or «ق م» at atom `k`, or −1. */
function bcEraEnd(c: Context, k: number): number {
  const w = keyAt(c, k);
  // «القرن الخامس ما قبل الميلاد»: the era with «ما» before it (numeric round 50)
  if (w === 'ما') return keyAt(c, k + 1) === 'قبل' ? bcEraEnd(c, k + 1) : -1;
  if (w === 'قبل') {
    const next = keyAt(c, k + 1);
    if (next === 'الميلاد') return k + 2;
    if (next !== 'ميلاد') return -1;
    const m = keyAt(c, k + 2) === 'السيد' ? k + 3 : k + 2;
    return keyAt(c, m) === 'المسيح' ? m + 1 : -1;
  }
  if (w === 'ق') {
    const m = isChar(c, k + 1, '.') ? k + 2 : k + 1;
    return keyAt(c, m) === 'م' ? m + 1 : -1;
  }
  return -1;
}

const CENTURY: ReadonlySet<string> = new Set(['القرن', 'قرن', 'القرنين', 'للقرن', 'بالقرن']);
// «ثمانينات القرن العشرين», «الثمانينيات من القرن 19»: decades (folded) → their tens digit
const DECADE_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['عشرين', 2], ['ثلاثين', 3], ['اربعين', 4], ['خمسين', 5], ['ستين', 6], ['سبعين', 7], ['ثمانين', 8], ['تسعين', 9],
];
const DECADES: ReadonlyMap<string, number> = new Map(
  DECADE_STEMS.flatMap(([stem, tens]) => [`${stem}ات`, `${stem}يات`, `ال${stem}ات`, `ال${stem}يات`].map((k): [string, number] => [k, tens])),
);
/**
 * The century a decade is read in when none is written with it («الثمانينيات», «في أوائل
 * الستينات») or it is «القرن الماضي»: the twentieth, `'19'`, since the news and articles read are
 * of this century, and of a decade they name with no century the last one (numeric round 66;
 * before, no value).
 */
const LAST_CENTURY = '19';

/**
 * The value of `decades` (their tens digits, in the order written) in the century whose first two
 * digits are `head`: one decade `'198'`, two or more an interval, the earlier first
 * (`'195/196'`).
 */
function decadesValue(head: string, decades: readonly number[]): string {
  const d0 = Math.min(...decades);
  const d1 = Math.max(...decades);
  return d0 === d1 ? `${head}${d0}` : `${head}${d0}/${head}${d1}`;
}

// «الماضي», «المنصرم», «الفائت» (folded) after «القرن»: the last century; «السابق», «المنقضي»
// (numeric round 70: «عشرينيات القرن السابق», «ثمانينات القرن المنقضي»)
const PAST_CENTURY: ReadonlySet<string> = new Set(['الماضي', 'المنصرم', 'الفايت', 'الفائت', 'السابق', 'المنقضي']);
/**
 * The century a decade of «القرن الحالي» is read in: the twenty-first, `'20'` («ثلاثينيات القرن
 * الحالي» in forecasts; numeric round 70; before, no DATE).
 */
const THIS_CENTURY = '20';
// «الحالي/الجاري» (folded) after «القرن»: the current century (numeric round 70)
const CURRENT_CENTURY: ReadonlySet<string> = new Set(['الحالي', 'الجاري']);
// «ذاته/نفسه» after «القرن», «ذاك/ذلك» before it, «سالف الذكر» after it: a century the text
// named before, a DATE with no value (numeric round 70; before, no DATE)
const THAT_CENTURY: ReadonlySet<string> = new Set(['ذاك', 'ذلك']);
const SAID_CENTURY = 'سالف';
// Era words after a century («القرن الخامس الميلادي», «القرنين الثاني والثالث الهجريين»), folded
const CENTURY_AD: ReadonlySet<string> = new Set(['الميلادي', 'الميلاديين', 'ميلادي', 'م', 'للميلاد']);
const CENTURY_AH: ReadonlySet<string> = new Set(['الهجري', 'الهجريين', 'هجري', 'ه', 'هـ', 'للهجره']);
// The era adjectives written between «القرن» and its ordinal (folded): «القرن الهجري الأول»,
// «القرن الميلادي الثالث» (numeric round 71)
const CENTURY_ERA_FIRST: ReadonlySet<string> = new Set(['الهجري', 'الميلادي']);

/**
 * The number of a century at atom `k`: «16», «الـ16», «(16)», «السادس عشر», «الحادي والعشرين»
 * (1–21; up to `max` for a century before the common era, which the caller checks: «القرن 23
 * قبل الميلاد», «القرن الثامن والعشرين ق.م»).
 */
function centuryNumber(c: Context, k: number, clitic: boolean, max = 21): { n: number; end: number } | undefined {
  let m = k;
  if (!clitic && (isArticle(c, m) || isChar(c, m, '('))) m++;
  const d = c.atoms[m];
  if (isInteger(d) && d.intDigits <= 2 && d.value >= 1 && d.value <= max && (clitic ? keyAt(c, m - 1) === '\u0648' : true)) {
    const end = isChar(c, m + 1, ')') && isChar(c, k, '(') ? m + 2 : m + 1;
    return { n: d.value, end };
  }
  if (m !== k) return undefined;
  const o = ordinalDay(c, k, clitic);
  return o && o.day <= max ? { n: o.day, end: o.end } : undefined;
}

// The most centuries before the common era a century may count (the oldest written record is of
// the 32nd; «القرن ال 68 ق. م» is a year misplaced)
const BC_CENTURIES = 40;
// Words between the two numbers of one «القرن» that name two centuries (folded): «القرن الثالث
// أو الرابع», «القرن الثاني إلى الخامس», «القرن الثالث حتى الأول قبل الميلاد»
const CENTURY_OR = 'او';
const CENTURY_TO: ReadonlySet<string> = new Set(['الي', 'حتي']);

/**
 * A second number after the first of «القرن» at atom `k`: «أو الرابع», «إلى الخامس», «والسابع»,
 * «- العاشر» (numeric round 50; before, the first century alone, and a second era-less
 * reading of it). `to` when it is «إلى/حتى» (a period).
 */
function secondCentury(c: Context, k: number): { n: number; end: number; to: boolean } | undefined {
  const link = keyAt(c, k);
  const spaced = link === CENTURY_OR || link === '\u0648' || CENTURY_TO.has(link) || isChar(c, k, '-\u2013\u2014');
  const w = wordAt(c, k);
  const next = spaced ? centuryNumber(c, k + 1, false, BC_CENTURIES) : w && w.key.length > 1 && w.key[0] === '\u0648' ? centuryNumber(c, k, true, BC_CENTURIES) : undefined;
  return next && { n: next.n, end: next.end, to: CENTURY_TO.has(link) };
}

/**
 * A second decade after a decade ending before atom `k`: «والستينات», «و الستينيات», «أو
 * الستينات», «إلى/حتى الأربعينيات», «وحتى التسعينيات», «- الستينات» (numeric round 51, «وحتى/وإلى»
 * round 68; before, the first alone, or only the last with its century: «الخمسينات والستينات من
 * القرن العشرين»).
 */
function secondDecade(c: Context, k: number, bare: boolean): { tens: number; end: number } | undefined {
  const link = keyAt(c, k);
  // (and «وحتى/وإلى», numeric round 68: «من السبعينيات وحتى التسعينيات»)
  const to = CENTURY_TO.has(link) || (link.length > 1 && link[0] === '\u0648' && CENTURY_TO.has(link.slice(1)));
  const spaced = link === CENTURY_OR || link === '\u0648' || to || isChar(c, k, '-\u2013\u2014');
  let at = spaced ? k + 1 : k;
  // (a part word before the second, numeric round 70: after «إلى/حتى/وحتى», «العشرينات وحتى
  // أواخر الأربعينات», a period; after «و» only when the first has no article and cannot stand
  // alone, «أواخر خمسينيات وأوائل ستينيات القرن»)
  const pw = wordAt(c, at);
  if (pw && (to || (bare && !spaced)) && isDecadePart(to ? pw.key : pw.key.length > 1 && pw.key[0] === '\u0648' ? pw.key.slice(1) : '')) at++;
  const joined = spaced || at > (spaced ? k + 1 : k);
  const w = wordAt(c, at);
  if (!w) return undefined;
  const key = joined ? w.key : w.key.length > 1 && w.key[0] === '\u0648' ? w.key.slice(1) : '';
  const tens = DECADES.get(key);
  return tens === undefined ? undefined : { tens, end: at + 1 };
}

// Part words that begin a period and so are not read before a second decade (folded): «أول»,
// «آخر», «غرة» name a day or a count («أول الثمانينات» is rare, «آخر» a last one)
const NOT_DECADE_PARTS: ReadonlySet<string> = new Set(['اول', 'اخر', 'غره']);

/** Whether the folded `key` is a part word of a decade («أواخر», «بداية», «منتصف»…; numeric round 70). */
function isDecadePart(key: string): boolean {
  return isIn('part', key) && !NOT_DECADE_PARTS.has(key);
}

/**
 * «القرن السادس عشر», «القرن 16 م», «القرنين الخامس عشر والسادس عشر», «ثمانينات القرن العشرين»
 * at atom `j`: a century (or a decade of one) named by its number. The value is the century as
 * ISO 8601 and TimeML write it, its first two digits («القرن العشرين» → `'19'`, the years
 * 1900–1999; a decade three: `'198'`; before the common era signed, «القرن الخامس قبل الميلاد» →
 * `'-04'`); two centuries an interval («القرن الثالث أو الرابع» → `'02/03'`); none for a Hijri
 * century.
 * «القرن الماضي» alone is relative and not read; a decade of it is of the twentieth century.
 */
function century(c: Context, j: number, clitic: boolean, part = false): { start: number; end: number; value: Value } | undefined {
  let k = j;
  let decade: number | undefined;
  let definite = false;
  let start = -1;
  // the decades one phrase names, in the order written («الخمسينات والستينات», «عشرينيات إلى
  // أربعينيات القرن الماضي»)
  let decades: number[] | undefined;
  // the preposition glued to the decade, without «و/ف»: «ب» of «بالسبعينات», «لل» of «للتسعينات»
  let glued = '';
  const dw = wordAt(c, k);
  if (dw) {
    for (const [key, letters] of clitic ? candidates(dw) : NO_CLITIC_SELF(dw)) {
      const tens = DECADES.get(key);
      if (tens === undefined) continue;
      decade = tens;
      definite = key.startsWith('ال');
      start = startAfter(c, dw, letters);
      glued = dw.key.slice(dw.key[0] === '\u0648' || dw.key[0] === '\u0641' ? Math.min(1, letters) : 0, letters);
      k++;
      decades = [tens];
      for (let next = secondDecade(c, k, !definite); next && !decades.includes(next.tens); next = secondDecade(c, k, !definite)) {
        decades.push(next.tens);
        k = next.end;
      }
      if (keyAt(c, k) === 'من') k++;
      break;
    }
  }
  // «عشرينيات هذا القرن», «ثلاثينيات ذاك القرن» (numeric round 70)
  const demonstrative = decade !== undefined && (keyAt(c, k) === 'هذا' || THAT_CENTURY.has(keyAt(c, k))) && keyAt(c, k + 1) === 'القرن' ? keyAt(c, k++) : '';
  const w = wordAt(c, k);
  let dual = false;
  let found = false;
  if (w) {
    for (const [key, letters] of decade === undefined && clitic ? candidates(w) : NO_CLITIC_SELF(w)) {
      if (key !== 'القرن' && key !== 'القرنين') continue;
      dual = key === 'القرنين';
      if (start < 0) start = startAfter(c, w, letters);
      found = true;
      break;
    }
  }
  if (!found) return decade !== undefined && definite ? loneDecade(c, j, start, part, decades!, k, glued) : undefined;
  // «تسعينيات القرن الماضي», «ستينات القرن المنصرم»: a decade of the last century, the twentieth
  // for the texts read (missed before QA round 13, no value before numeric round 66; the century
  // alone is left out, as it always was)
  if (decade !== undefined && !dual) {
    const named = relativeCentury(c, k + 1, demonstrative);
    if (named) return { start, end: named.end, value: named.head === undefined ? undefined : decadesValue(named.head, decades!) };
    if (demonstrative) return undefined;
  }
  // «القرن الهجري الأول», «القرن الميلادي الثالث»: the era between «القرن» and its ordinal
  // (numeric round 71; before, no DATE)
  const eraFirst = CENTURY_ERA_FIRST.has(keyAt(c, k + 1)) && wordAt(c, k + 2) !== undefined ? keyAt(c, ++k) : '';
  const first = centuryNumber(c, k + 1, false, BC_CENTURIES);
  // «منذ عشرينيات القرن.», «حتى بداية ثمانينيات القرن عندما»: a decade of the century named
  // before, with no value (numeric round 72; before, no DATE)
  if (!first) return decade !== undefined && !dual && !eraFirst && unnamedCentury(c, k + 1) ? { start, end: k + 1, value: undefined } : undefined;
  const inWords = wordAt(c, k + 1) !== undefined && !isArticle(c, k + 1);
  k = first.end;
  // the centuries one «القرن» or «القرنين» names, in the order written
  const named = [first.n];
  let to = false;
  if (dual) {
    // «القرنين الخامس عشر والسادس عشر», «القرنين 15 و16», «القرنين الثاني و الثالث»; before the
    // common era also counting down, «القرنين الرابع والثالث قبل الميلاد»
    const spaced = keyAt(c, k) === '\u0648';
    const next = spaced ? centuryNumber(c, k + 1, false, BC_CENTURIES) : centuryNumber(c, k, true, BC_CENTURIES);
    if (!next || next.n === first.n || decade !== undefined) return undefined;
    named.push(next.n);
    k = next.end;
  } else if (decade === undefined) {
    // «القرن الرابع عشر والخامس عشر والسادس عشر»: a list, read to its last
    for (let next = secondCentury(c, k); next && !named.includes(next.n) && !to; next = secondCentury(c, k)) {
      named.push(next.n);
      to = next.to;
      k = next.end;
    }
  }
  const last = named[named.length - 1]!;
  // «القرن الثامن والتاسع عشر», «القرنين الخامس والسادس عشر»: «عشر» written once for both (the
  // eighteenth and the nineteenth; not «القرن التاسع والرابع عشر», the ninth and the fourteenth)
  if (named.length === 2 && inWords && first.n < 10 && last > 10 && last < 20 && first.n + 10 < last) named[0] = first.n + 10;
  // Counting down in time before the common era, up after it; before the era writers list the
  // numbers either way («القرن الثاني إلى الخامس قبل الميلاد»), after it a period runs forward.
  let era = eraFirst ? { end: k, bc: false, hijri: eraFirst === 'الهجري' } : centuryEra(c, k);
  if (named.length > 1 && !era.bc && (named.some((n) => n > 21) || ((dual || to) && last < named[0]!))) {
    // not two centuries of one era: a dual must be one, a single «القرن» keeps its first
    if (dual) return undefined;
    named.length = 1;
    named[0] = first.n;
    k = first.end;
    if (!eraFirst) era = centuryEra(c, k);
  }
  const lo = Math.min(...named);
  const hi = Math.max(...named);
  if (!era.bc && first.n > 21) return undefined;
  k = era.end;
  const { bc, hijri } = era;
  // «القرن التاسع/العاشر», «القرن 13/12»: one of two neighbouring centuries; «القرن الخامس
  // الهجري/الحادي عشر الميلادي»: a Hijri century with the common-era one it falls in (before QA
  // round 10 the second was left out or read as a NUM)
  if (named.length === 1 && decade === undefined && !bc && isChar(c, k, '/')) {
    const other = centuryNumber(c, k + 1, false);
    if (other) {
      let e = other.end;
      const otherAh = CENTURY_AH.has(keyAt(c, e));
      const otherAd = !otherAh && (adEraEnd(c, e) >= 0 || (CENTURY_AD.has(keyAt(c, e)) && (hijri || keyAt(c, e) !== 'م')));
      if (otherAh) e++;
      else if (otherAd) e = Math.max(adEraEnd(c, e), e + 1);
      if (hijri && otherAd && other.n > first.n) {
        return { start, end: e, value: pad(other.n - 1, 2) };
      }
      if (!hijri && !otherAh && Math.abs(other.n - first.n) === 1) {
        const lo = Math.min(first.n, other.n);
        return { start, end: e, value: `${pad(lo - 1, 2)}/${pad(lo, 2)}` };
      }
    }
  }
  let value: Value;
  if (bc) {
    // the centuries before the common era as ISO 8601 writes their years (astronomical, the year
    // 1 BC is 0): the 5th century BC is the years −499 to −400, `'-04'`; the earlier first
    // (numeric round 50; before, none)
    if (decade === undefined) {
      const head = (n: number): string => `-${pad(n - 1, 2)}`;
      value = lo === hi ? head(lo) : `${head(hi)}/${head(lo)}`;
    }
  } else if (!hijri) {
    const head = (n: number): string => pad(n - 1, 2);
    if (lo !== hi) value = `${head(lo)}/${head(hi)}`;
    else if (decades === undefined) value = head(first.n);
    // «الخمسينات والستينات من القرن العشرين» → '195/196': the earlier decade first
    else value = decadesValue(head(first.n), decades);
  }
  return { start, end: k, value };
}

/**
 * Whether «القرن» before atom `k` ends its phrase: nothing follows it, or a mark other than a
 * bracket or a dash, or a word with no article («منذ عشرينيات القرن.», «ثمانينيات القرن عندما»);
 * a decade of it is of the century the text named before (numeric round 72).
 */
function unnamedCentury(c: Context, k: number): boolean {
  const a = c.atoms[k];
  if (a === undefined) return true;
  if (a.kind === Kind.Other) return !isChar(c, k, '(-\u2013\u2014/');
  if (a.kind !== Kind.Word) return false;
  let end = a.start;
  while (end < a.end && !isSpace(c.text.charCodeAt(end))) end++;
  const word = a.key !== '' ? a.key : fold(c.text.slice(a.start, end));
  return !word.startsWith('\u0627\u0644') && term(c.t, word) === undefined;
}

/**
 * The century a decade's «القرن» at atom `k - 1` names relative to the text, and the atom after
 * it: «القرن الماضي/المنصرم/السابق» the last (`LAST_CENTURY`; numeric round 66, «السابق/المنقضي»
 * round 70), «القرن الحالي» the current (`THIS_CENTURY`), «هذا القرن» (`demonstrative`) the
 * writer's, the twentieth in the texts read (`LAST_CENTURY`), «القرن ذاته/نفسه», «ذاك/ذلك القرن»
 * or «القرن سالف الذكر» one named before (no `head`), «القرن الميلادي
 * الماضي» the last too, «القرن الهجري الماضي» a Hijri one (no `head`) (numeric round 70; before,
 * all but «القرن الماضي» were no DATE).
 */
function relativeCentury(c: Context, k: number, demonstrative: string): { end: number; head?: string } | undefined {
  // («هذا القرن» is the writer's own century: of the texts read, quoted or older writing, the
  // twentieth in all 12 over the sixteen news files, «بدأ البرنامج في السبعينات من هذا القرن»)
  if (demonstrative) return { end: k, head: demonstrative === 'هذا' ? LAST_CENTURY : undefined };
  const era = keyAt(c, k);
  const hijri = era === 'الهجري';
  const m = hijri || era === 'الميلادي' ? k + 1 : k;
  const key = keyAt(c, m);
  if (PAST_CENTURY.has(key)) return { end: m + 1, head: hijri ? undefined : LAST_CENTURY };
  if (CURRENT_CENTURY.has(key)) return { end: m + 1, head: hijri ? undefined : THIS_CENTURY };
  if (m === k && SAME.has(key)) return { end: m + 1 };
  if (m === k && key === SAID_CENTURY && keyAt(c, m + 1) === 'الذكر') return { end: m + 2 };
  return undefined;
}

// «الألفية» (the millennium), and «الألف» (the thousand), which names one only with its era
// after the ordinal («الألف الثالث قبل الميلاد»; «الألف الأول» alone is the first thousand), folded
const MILLENNIUM: ReadonlySet<string> = new Set(['الالفيه']);
const MILLENNIUM_WITH_ERA: ReadonlySet<string> = new Set(['الالف']);
// Feminine ordinals 1–10 (folded), for «الألفية الثالثة»
const FEMININE_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['الاولي', 1], ['الثانيه', 2], ['الثالثه', 3], ['الرابعه', 4], ['الخامسه', 5],
  ['السادسه', 6], ['السابعه', 7], ['الثامنه', 8], ['التاسعه', 9], ['العاشره', 10],
]);

/** The number 1–10 of a millennium at atom `k`, in either gender («الثالث», «الثالثة»), with a «و» before it when `clitic`. */
function millenniumNumber(c: Context, k: number, clitic: boolean): { n: number; end: number } | undefined {
  const w = wordAt(c, k);
  if (!w) return undefined;
  if (clitic && !(w.key.length > 1 && w.key[0] === '\u0648')) return undefined;
  const n = FEMININE_ORDINALS.get(clitic ? w.key.slice(1) : w.key);
  if (n !== undefined) return { n, end: k + 1 };
  const o = ordinalDay(c, k, clitic);
  return o && o.day <= 10 ? { n: o.day, end: o.end } : undefined;
}

/**
 * «الألفية الثالثة», «الألف الرابع قبل الميلاد», «الألفية الثانية والأولى ق.م» at atom `j`: a
 * millennium, a DATE whose value is its first digit as ISO 8601 years write it (`'2'`, the years
 * 2000–2999; before the common era signed, `'-2'`, the years −2999 to −2000 — the third
 * millennium BC); two are an interval. Without its era written only the third has a value, and a
 * Hijri millennium none. (Numeric round 50; before, nothing.)
 */
function millennium(c: Context, j: number, clitic: boolean): { start: number; end: number; value: Value } | undefined {
  const w = wordAt(c, j);
  if (!w) return undefined;
  let start = -1;
  let needsEra = false;
  for (const [key, letters] of clitic ? candidates(w) : NO_CLITIC_SELF(w)) {
    if (!MILLENNIUM.has(key) && !MILLENNIUM_WITH_ERA.has(key)) continue;
    needsEra = MILLENNIUM_WITH_ERA.has(key);
    start = startAfter(c, w, letters);
    break;
  }
  if (start < 0) return undefined;
  const first = millenniumNumber(c, j + 1, false);
  if (!first) return undefined;
  let k = first.end;
  let second: number | undefined;
  const link = keyAt(c, k);
  const next = link === CENTURY_OR || link === '\u0648' || CENTURY_TO.has(link) || isChar(c, k, '-\u2013\u2014') ? millenniumNumber(c, k + 1, false) : millenniumNumber(c, k, true);
  if (next && next.n !== first.n) {
    second = next.n;
    k = next.end;
  }
  let era = centuryEra(c, k);
  if (era.end === k && DECADE_ERA.has(keyAt(c, k))) era = { end: k + 1, bc: false, hijri: keyAt(c, k) === 'الهجريه' };
  if (second !== undefined && !era.bc && second < first.n) {
    second = undefined;
    k = first.end;
    era = centuryEra(c, k);
  }
  const written = era.end > k;
  if (needsEra && !written) return undefined;
  let value: Value;
  // Without its era only the third is read: an earlier one is as often before the common era in
  // a history («مطلع الألفية الأولى بدأت قوة روما»), and «الألفية الثانية» is also the 2000s
  // («مطلع الألفية الثانية» in news, the years that begin with a 2)
  if (!era.hijri && (written || (first.n === 3 && second === undefined))) {
    const head = (n: number): string => (era.bc ? `-${n - 1}` : `${n - 1}`);
    const lo = second === undefined ? first.n : Math.min(first.n, second);
    const hi = second === undefined ? first.n : Math.max(first.n, second);
    value = lo === hi ? head(lo) : era.bc ? `${head(hi)}/${head(lo)}` : `${head(lo)}/${head(hi)}`;
  }
  return { start, end: era.end, value };
}

/** The era after a century's number at atom `k`, and where it ends (`k` when none is written). */
function centuryEra(c: Context, k: number): { end: number; bc: boolean; hijri: boolean } {
  const bcEnd = bcEraEnd(c, k);
  if (bcEnd >= 0) return { end: bcEnd, bc: true, hijri: false };
  const adEnd = adEraEnd(c, k);
  if (adEnd >= 0) return { end: adEnd, bc: false, hijri: false };
  // (and «القرن الرابع من الهجرة», «… للهجرة النبوية»: the Gregorian fourth century before QA
  // round 39 of the numbers)
  if (CENTURY_AH.has(keyAt(c, k)) || hijriEraEnd(c, k) >= 0) return { end: Math.max(k + 1, hijriEraEnd(c, k)), bc: false, hijri: true };
  if (CENTURY_AD.has(keyAt(c, k)) && !(keyAt(c, k) === 'م' && (keyAt(c, k + 1) === 'مربع' || keyAt(c, k + 1) === 'مكعب'))) return { end: k + 1, bc: false, hijri: false };
  return { end: k, bc: false, hijri: false };
}

// Words before a decade that make it a time, not an age (folded): «منذ السبعينيات», «خلال
// الستينات», «عقد الخمسينيات»; «فترة السبعينيات», «مرحلة الستينات», «سنوات/أعوام/أيام
// الثلاثينيات», «عقدي الخمسينيات والستينيات» (numeric round 66); the prepositions of a time's
// bounds and nearness «من/حتى/قبل/بعد/بحلول/أثناء/إبان» («من التسعينات», «حتى الستينات», «وبحلول
// الثمانينيات») and «جيل» («جيل الستينيات», a generation named by its decade) (numeric round 68);
// more words of a span of time, «طوال/طيلة الخمسينيات», «حقبتي/عقدا الستينات والسبعينات»,
// «لفترة/بفترة/لسنوات/لحقبة الثمانينات», «ومع حلول السبعينيات», «عصر الخمسينيات», «فمنذ
// العشرينيات», and «شهدت», whose subject a decade is («شهدت السبعينات ولادة…») (numeric round 69)
const DECADE_BEFORE: ReadonlySet<string> = new Set([
  'منذ', 'ومنذ', 'خلال', 'وخلال', 'عقد', 'حقبه', 'فتره', 'وفتره', 'مرحله', 'سنوات', 'اعوام', 'ايام', 'عقدي',
  'من', 'ومن', 'حتي', 'وحتي', 'قبل', 'وقبل', 'بعد', 'وبعد', 'بحلول', 'وبحلول', 'اثناء', 'واثناء', 'ابان', 'وابان', 'جيل', 'وجيل', 'لجيل',
  'طوال', 'وطوال', 'طيله', 'وطيله', 'حقبتي', 'عقدا', 'لفتره', 'بفتره', 'لسنوات', 'لحقبه', 'بحقبه', 'حلول', 'عصر', 'فمنذ', 'شهدت', 'وشهدت',
]);
// «في», «وفي», «ففي» (folded): before a decade, a time (numeric round 66; of the twenties to the
// forties too since round 69) unless an age is named (`ageAfterIn`)
const DECADE_IN: ReadonlySet<string> = new Set(['في', 'وفي', 'ففي']);
// The last decade an adult's age is commonly given by after «في» (the forties): of the twenties to
// it the age cues of `ageAfterIn` are read (numeric round 69)
const DECADE_YOUNG = 4;
// Nouns of a person by sex or age, and of one in a report of a crime or an accident (folded;
// bare, with the article, or after «و/ل/ب»): «امرأة في العشرينيات», «شاب سوداني في منتصف
// العشرينات», «المرأة البسيطة والعادية في نهاية الأربعينيات» — the decade after «في» is their age
// (numeric round 69)
const DECADE_PERSONS: ReadonlySet<string> = new Set(
  [
    'رجل', 'رجلا', 'رجلان', 'رجلين', 'رجال', 'امراه', 'امراتان', 'امراتين', 'نساء', 'سيده', 'سيدتان', 'سيدتين', 'سيدات',
    'شاب', 'شابا', 'شابان', 'شابين', 'شبان', 'شباب', 'شابه', 'شابتان', 'شابتين', 'فتاه', 'فتاتان', 'فتاتين', 'فتيات', 'فتي', 'فتيان',
    'شخص', 'شخصا', 'شخصان', 'شخصين', 'اشخاص', 'مواطن', 'مواطنا', 'مواطنه', 'مواطنان', 'مواطنين', 'مواطنون',
    'ضحيه', 'جريح', 'مصاب', 'قتيل', 'متهم', 'مشتبه',
  ].flatMap((w) => ['', 'ال', 'و', 'وال', 'ل', 'لل', 'ب', 'بال'].map((p) => `${p}${w}`)).concat(['المراه', 'والمراه', 'للمراه', 'بالمراه']),
);
// Verbs of being right before «في» and a decade (folded): «عندما كانت في العشرينات», «ولا تزال في
// العشرينيات», «حين أصبح في العشرينات» — the subject's age (numeric round 69)
const DECADE_COPULAS: ReadonlySet<string> = new Set([
  'كان', 'كانت', 'وكان', 'وكانت', 'كانوا', 'يكون', 'تكون', 'اكون', 'نكون', 'اصبح', 'اصبحت', 'واصبح', 'واصبحت', 'بات', 'باتت', 'صار', 'صارت',
  'زال', 'زالت', 'مازال', 'مازالت', 'يزال', 'تزال', 'لايزال', 'لاتزال', 'ظل', 'ظلت',
]);
// Words of all or part of a group with its pronoun (folded): «معظمهم في منتصف العشرينات», «وكليهما
// في الأربعينيات» — their age (numeric round 69)
const DECADE_GROUPS: ReadonlySet<string> = new Set([
  'كلهم', 'جميعهم', 'معظمهم', 'اغلبهم', 'بعضهم', 'كلاهما', 'كليهما', 'وكلاهما', 'وكليهما', 'وجميعهم', 'ومعظمهم', 'كلهن', 'جميعهن', 'معظمهن',
]);
// Words of a temperature (folded) before «في» and a decade, or right after it: «درجات حرارة
// معتدلة في العشرينيات», «في أوائل العشرينات درجة مئوية» (numeric round 69)
const DECADE_DEGREES: ReadonlySet<string> = new Set(['درجه', 'درجات', 'حراره', 'الحراره', 'المئويه', 'مئويه']);

/**
 * Whether a decade after «في» at atom `k` is an age (or a temperature), not a time: after a
 * personal pronoun («وهي في الخمسينيات», «الذين هم في الستينات»; numeric round 66), and for a
 * `young` decade (the twenties to the forties) after a verb of being («كانت في العشرينات»), a word
 * of a group with its pronoun («معظمهم في»), or within three words of a noun of a person («امرأة
 * في العشرينيات», «بشاب في»), of «أعمار» or of a temperature (numeric round 69). From the fifties
 * on those are as often times («الثقة من المواطنين في الستينات», «كانت في السبعينات و الثمانينات»).
 */
function ageAfterIn(c: Context, k: number, young: boolean): boolean {
  const words = c.atoms[k - 1]?.kind === Kind.Word ? wordsBefore(c, k - 1, 3) : [];
  // (read through `wordsBefore`: «وهي» is no word the grammar keeps, and was missed before round 69)
  const before = words[0] ?? '';
  if (PRONOUNS.has(before) || (before.length > 2 && before[0] === '\u0648' && PRONOUNS.has(before.slice(1)))) return true;
  if (!young) return false;
  if (DECADE_COPULAS.has(before) || DECADE_GROUPS.has(before)) return true;
  return words.some((w) => DECADE_PERSONS.has(w) || AGE_PLURALS.has(w) || DECADE_DEGREES.has(w));
}

// Verbs of going back in time (folded), and the noun «تاريخ» with its pronoun between them and
// «إلى»: «يعود تاريخها إلى الستينيات», «تعود إلى الأربعينات» (numeric round 70)
const DATING_BACK: ReadonlySet<string> = new Set([
  'يعود', 'تعود', 'ويعود', 'وتعود', 'فيعود', 'فتعود', 'يرجع', 'ترجع', 'ويرجع', 'وترجع', 'عاد', 'عادت', 'وعاد', 'وعادت', 'عدنا', 'يعودان', 'تعودان', 'يعودون',
]);
const DATING_NOUNS: ReadonlySet<string> = new Set(['تاريخه', 'تاريخها', 'تاريخهم', 'تاريخهما', 'بتاريخه', 'بتاريخها']);

/**
 * Whether atom `k` is «إلى» after a verb of going back («تعود إلى الأربعينات», «يعود تاريخها
 * إلى»): the decade after it is a time (numeric round 70; «إلى» alone is as often a temperature,
 * «ترتفع الحرارة إلى الأربعينات»).
 */
function datingBack(c: Context, k: number): boolean {
  return keyAt(c, k) === 'الي' && goesBack(c, k);
}

/**
 * Whether the words right before atom `k` are a verb of going back, alone or with «تاريخه»
 * after it («تعود», «يعود تاريخها»): what follows names the time gone back to.
 */
function goesBack(c: Context, k: number): boolean {
  if (c.atoms[k - 1]?.kind !== Kind.Word) return false;
  const [w0 = '', w1 = ''] = wordsBefore(c, k - 1, 2);
  return DATING_BACK.has(w0) || (DATING_NOUNS.has(w0) && DATING_BACK.has(w1));
}

// Nouns a decade names the time of when it follows them in construct (folded, bare): people known
// by their decade («نجوم/أدباء/زعماء/فنان/ممثلات الثمانينات»), works and ways of a time
// («أفلام/سينما/موسيقى/ألبومات/ثقافة/أجواء الستينات»), events («ثورة/أزمة/أحداث/حرب/هجرة
// الثمانينات») and parts of a span («معظم/وسط/باقي الخمسينيات») — numeric round 72; not «سن»,
// «عمر», «ابن» (an age), «حرارة» (a temperature) or «مستويات», «قرابة» (a level or a rate)
const DECADE_OF_NOUNS: ReadonlyArray<string> = [
  'نجوم', 'نجم', 'نجمه', 'نجمات', 'ادباء', 'شعراء', 'فنان', 'فنانو', 'فناني', 'فنانات', 'ممثلات', 'ممثلو', 'ممثلي', 'زعماء', 'قاده', 'رواد',
  'متطرفو', 'متطرفي', 'شيوعيو', 'شيوعيي', 'شيوعيون', 'فريق',
  'افلام', 'فيلم', 'سينما', 'موسيقي', 'اغاني', 'اغنيات', 'البومات', 'موضه', 'ازياء', 'تصاميم', 'ثقافه', 'حداثه', 'ادب', 'عقليه', 'اساليب',
  'مقاييس', 'اجواء', 'حياه',
  'ثوره', 'ازمه', 'احداث', 'حرب', 'حروب', 'هجره', 'ماساه', 'نصر', 'امجاد', 'ازدهار', 'انتفاضه', 'ربيع', 'موسم',
  'معظم', 'وسط', 'باقي', 'بقيه',
];
// The nouns of `DECADE_OF_NOUNS` bare or with «و/ل/ب» before a bare decade («لنجوم الثمانينيات»,
// «ومعظم الخمسينات», «بعقلية الستينيات»), and with the article before a decade with «لل» («الثورة
// السلوكية للستينات»; with «السنوات/الأعوام» too, «السنوات الأخيرة للسبعينيات»)
const DECADE_OF: ReadonlySet<string> = new Set(DECADE_OF_NOUNS.flatMap((w) => ['', 'و', 'ل', 'ب', 'ول', 'وب'].map((p) => `${p}${w}`)));
const DECADE_OF_DEFINITE: ReadonlySet<string> = new Set(
  [...DECADE_OF_NOUNS, 'سنوات', 'اعوام'].flatMap((w) => ['ال', 'وال', 'بال', 'لل'].map((p) => `${p}${w}`)),
);

/**
 * Whether a decade at atom `j` names the time of a noun before it: right before a bare decade, one
 * of `DECADE_OF` («نجوم الثمانينات», «معظم الخمسينيات»), or within two words before one with «لل»
 * (`toGlued`), one of `DECADE_OF_DEFINITE` («الثورة السلوكية للستينات»; numeric round 72). Not
 * where a temperature is named before it («درجات الحرارة وسط الأربعينات»), nor after «في» and the
 * noun where `ageAfterIn` finds an age («فتاة في ربيع العشرينات»), as after a part word.
 */
function decadeOfNoun(c: Context, j: number, toGlued: boolean, young: boolean): boolean {
  if (c.atoms[j - 1]?.kind !== Kind.Word) return false;
  const words = wordsBefore(c, j - 1, 4);
  if (words.some((w) => DECADE_DEGREES.has(w))) return false;
  if (toGlued) return words.slice(0, 2).some((w) => DECADE_OF_DEFINITE.has(w));
  if (!DECADE_OF.has(words[0] ?? '')) return false;
  // («في» is a word the grammar keeps, so it is the atom before the noun's)
  return !(DECADE_IN.has(words[1] ?? '') && DECADE_IN.has(keyAt(c, j - 2)) && ageAfterIn(c, j - 2, young));
}

// Era adjectives after a decade (folded): «الستينات الميلادية», «السبعينات الهجرية»
const DECADE_ERA: ReadonlySet<string> = new Set(['الميلاديه', 'الهجريه']);
// «من عمره», «من العمر», «من أعمارهم/عمريهما» (numeric round 69) after a decade: an age (folded)
const AGE_WORDS: ReadonlySet<string> = new Set(['عمر', 'العمر', 'عمره', 'عمرها', 'عمرهم', 'عمرهن', 'عمرهما', 'عمري', 'عمرك', 'عمرنا', 'عمريهما', 'اعمارهم', 'اعمارهن', 'اعمارهما']);
// Plurals of «عمر» and «سن» (folded), before a list of decades that are ages: «متوسط أعمار الأعضاء»
const AGE_PLURALS: ReadonlySet<string> = new Set(['اعمار', 'الاعمار', 'اعمارهم', 'سن', 'السن', 'اسنان']);

/**
 * «أوائل الثمانينات», «منذ السبعينيات», «الستينات الميلادية»: a definite decade at atom `j` with
 * no century after it, or a list of them (`decades`, their tens digits; the atom after them is
 * `after`, or the «من» there). It is a DATE valued in the twentieth century (`LAST_CENTURY`; the
 * century is not written, no value before numeric round 66) only after
 * a part word (`part`), «منذ/خلال/عقد/حقبة/فترة/سنوات…» (`DECADE_BEFORE`), before
 * «الميلادية/الهجرية», after a bare «في» (from the fifties on since numeric round 66, any since
 * round 69), or as a list («في الخمسينات والستينات», numeric round 51); after «في» (bare or with a
 * part word) not when an age is named before it (`ageAfterIn`: «رجل في الأربعينيات», «وهي في
 * منتصف الثلاثينيات»); «من عمره/من العمر» always makes it an age, and «المئوية» a temperature.
 * The preposition `glued` to the decade counts as the word before it: «ب» as «في» («بالسبعينات»),
 * «لل» after a verb of going back as «إلى» («تعود للتسعينات») (numeric round 71).
 */
function loneDecade(c: Context, j: number, start: number, part: boolean, decades: readonly number[], after: number, glued = ''): { start: number; end: number; value: Value } | undefined {
  let end = keyAt(c, after - 1) === 'من' ? after - 1 : after;
  const next = keyAt(c, end);
  if (AGE_WORDS.has(next) || (next === 'من' && AGE_WORDS.has(keyAt(c, end + 1))) || next === 'المئويه') return undefined;
  // (a list is no age either, unless a noun of age comes just before: «متوسط أعمار الأعضاء من
  // الستينات والسبعينات إلى الأربعينات»)
  const list = decades.length > 1 && !wordsBefore(c, j - 1, 3).some((w) => AGE_WORDS.has(w) || AGE_PLURALS.has(w));
  // «وهي في منتصف الثلاثينيات», «امرأة في أواخر العشرينات», «لرجل في العشرينيات أو
  // الثلاثينيات»: an adult's age (no DATE after «في» and a part word for the twenties to the
  // forties before numeric round 69), or a temperature («في أوائل العشرينات درجة مئوية»)
  // («بالسبعينات» is «في السبعينات», read the same: «فتى بالعشرينات» is an age; «للتسعينات» after
  // a verb of going back is «إلى التسعينات», «تعود للسبعينات»; numeric round 71, before no DATE)
  const inGlued = !part && glued === '\u0628';
  const inAt = inGlued ? j : part ? j - 2 : j - 1;
  if ((inGlued || DECADE_IN.has(keyAt(c, inAt))) && (ageAfterIn(c, inAt, decades[0]! <= DECADE_YOUNG) || DECADE_DEGREES.has(next))) return undefined;
  const era = DECADE_ERA.has(next);
  const toGlued = !part && glued === '\u0644\u0644' && (goesBack(c, j) || decadeOfNoun(c, j, true, decades[0]! <= DECADE_YOUNG));
  // («نجوم الثمانينات», «معظم الخمسينيات»: the decade a noun before it is of; numeric round 72)
  const ofNoun = !part && glued === '' && decadeOfNoun(c, j, false, decades[0]! <= DECADE_YOUNG);
  if (!part && !era && !list && !inGlued && !toGlued && !ofNoun && !DECADE_BEFORE.has(keyAt(c, j - 1)) && !DECADE_IN.has(keyAt(c, j - 1)) && !datingBack(c, j - 1)) return undefined;
  if (era) end++;
  // (in the twentieth century, as of «القرن الماضي», unless Hijri: «السبعينات الهجرية» has none)
  return { start, end, value: keyAt(c, end - 1) === 'الهجريه' ? undefined : decadesValue(LAST_CENTURY, decades) };
}

// Nouns and verbs of measure (folded) after which «N م» is metres: «يبلغ ارتفاعه 5670 م», «ترتفع
// عن سطح البحر 478 م», «طول الخزان 2141 م»
const MEASURES: ReadonlySet<string> = new Set([
  'ارتفاع', 'بارتفاع', 'ارتفاعه', 'ارتفاعها', 'طول', 'بطول', 'طوله', 'طولها', 'عمق', 'بعمق', 'عمقه', 'عمقها', 'عرض', 'بعرض', 'عرضه', 'عرضها',
  'علو', 'بعلو', 'مساحه', 'بمساحه', 'مساحتها', 'مساحته', 'البحر', 'يرتفع', 'ترتفع', 'مسافه', 'بمسافه', 'قطره', 'قطرها', 'الخزان',
]);

/**
 * Whether «م» after the number `value` is metres, not the common era: after a word of measure
 * at `j` («على بعد 500م») or a number no year of the common era reaches («8848 م», Everest).
 */
function metres(c: Context, j: number, value: number): boolean {
  if (value > 2100) return true;
  const before = wordAt(c, j) ? wordsBefore(c, j, 2) : [];
  // «على بعد 500م»: at a distance, not «بعد 500م» (after the year)
  return MEASURES.has(before[0] ?? '') || (before[0] === 'بعد' && before[1] === 'علي');
}

/** Whether the word atom `e` is written with a superscript two or three glued to it: «100 م²», «5 م³» are square and cubic metres. */
function squared(c: Context, e: Atom): boolean {
  const x = c.text.charCodeAt(e.end);
  return x === 0xb2 /* ² SUPERSCRIPT TWO */ || x === 0xb3 /* ³ SUPERSCRIPT THREE */;
}

// Words after «م» that make it metres, not the era (folded): «1500-2000م تقريبا», «500 - 1500 م فوق
// مستوى سطح البحر»
const AFTER_METRES: ReadonlySet<string> = new Set(['تقريبا', 'فوق', 'تحت']);

/**
 * Whether the era mark at atom `k`, after the later year `to` of «from - to» whose first number
 * is atom `j` (or its bracket), is a Gregorian «م» or a Hijri «هـ» naming the years — not metres.
 */
function spannedByEra(c: Context, j: number, k: number, from: number, to: number): boolean {
  const mark = eraMark(c, k, to);
  if (!mark || mark.bc) return false;
  const next = c.atoms[mark.end];
  // «100-600 م2»: square metres
  if (next && !next.gap && next.kind === Kind.Digits) return false;
  if (mark.hijri) return true;
  return !metres(c, j - 1, from) && !AFTER_METRES.has(keyAt(c, mark.end)) && !(isChar(c, mark.end, '.') && AFTER_METRES.has(keyAt(c, mark.end + 1)));
}

/** End of «بعد الميلاد» (the common era spelled out) at atom `k`, or −1. */
function adEraEnd(c: Context, k: number): number {
  return keyAt(c, k) === 'بعد' && keyAt(c, k + 1) === 'الميلاد' ? k + 2 : -1;
}

/** «هذا», «ذلك» (folded, with «ل», «و», «ب»): a demonstrative that names the year after it («هذا العام»). */
const THIS_THAT: ReadonlySet<string> = new Set(['هذا', 'لهذا', 'وهذا', 'بهذا', 'ذلك', 'لذلك', 'وذلك', 'بذلك']);

// The plurals of «سنة/عام» without the article (folded), which a number from three to ten counts
const YEARS_PLURAL: ReadonlySet<string> = new Set(['سنوات', 'اعوام']);

/** Whether atom `j` is «سنوات/أعوام» after digits or a number word («8 سنوات», «حرب التسع سنوات», «وعشرة أعوام»). */
function countedYears(c: Context, j: number): boolean {
  if (!YEARS_PLURAL.has(keyAt(c, j))) return false;
  const b = c.atoms[j - 1];
  if (b === undefined) return false;
  if (b.kind === Kind.Digits) return isInteger(b) && b.value >= 3 && b.value <= 10;
  if (b.kind !== Kind.Word || b.key === '') return false;
  let key = b.key;
  if (key.length > 3 && key[0] === '\u0648') key = key.slice(1);
  // (with the article only after a noun in construct, «حرب التسع سنوات»: after a definite noun it
  // agrees with that noun, «البطولات الثلاث أعوام 1972 و1988»)
  if (key.startsWith('\u0627\u0644')) {
    if (previousWord(c, j - 1).startsWith('\u0627\u0644')) return false;
    key = key.slice(2);
  }
  const n = term(c.t, key);
  return n !== undefined && n.kind === 'unit' && n.value >= 3 && n.value <= 10;
}

/**
 * «[عام] [(] 2001 [)] [هـ|م]», or a bare year when `bare`; ranges «1936 - 1939». `afterMonth`:
 * a month name stands before atom `j`, and serves a short year with a written-out era as the
 * trigger «عام» does («28 أبريل 32 ميلادية»).
 */
function year(c: Context, j: number, bare: boolean, clitic: boolean, afterMonth = false): YearMatch | undefined {
  // «ثماني سنوات (2003-2010)», «لمدة أربع سنوات 1250-1254»: a plural of years after a number is
  // what that number counts, a length of time, not the word of the years after it (the DATE took
  // it before QA round 54 of the numbers; the years are read on their own)
  if (countedYears(c, j)) return undefined;
  const triggerStart = inSet(c, j, 'year', clitic);
  let k = triggerStart >= 0 ? j + 1 : j;
  const paren = isChar(c, k, '(');
  if (paren) k++;
  const d = c.atoms[k];
  if (!isInteger(d) || d.intDigits < 1 || d.intDigits > 4 || !freeDigits(c, k)) return undefined;
  k++;
  let until: number | undefined;
  let first = d.value;
  // «(384-322 قبل الميلاد)», «(1570—1070 ق.م)», «116 - 101 ق.م»: years before the common era
  // count down, so a period of them is written from the larger (28 in news-015, whose first
  // year was read as a count)
  let countdown = false;
  // «العام الدراسي 1436/1437», «1437/1436هـ»: a school or fiscal year written over two Hijri years
  const season = isHijriSeason(c, k - 1);
  if (season) {
    // either order («1437/1436هـ»): the period runs from the earlier year
    first = Math.min(d.value, c.atoms[k + 1]!.value);
    until = Math.max(d.value, c.atoms[k + 1]!.value);
    k += 2;
  }
  // «1914–1918», «(1806—1881)»: the en and em dashes Wikipedia types between years join them as
  // the hyphen does (before QA round 18, two DATEs; 73 such periods in news-001 and news-013)
  if (!season && isChar(c, k, '-/\u2013\u2014') && isInteger(c.atoms[k + 1]) && c.atoms[k + 1]!.intDigits === d.intDigits) {
    const e = c.atoms[k + 1]!;
    if (e.value > d.value && e.value - d.value < 100) {
      until = e.value;
      k += 2;
    } else if (e.value < d.value && d.value - e.value < 100 && d.intDigits === 4 && e.value >= 1000 && d.value <= 2100 && freeDigits(c, k + 1) && bcEraEnd(c, k + 2) < 0) {
      // «(1953-1950)», «موسم 1971-1970»: the later year typed first, as a period of common-era
      // years lands when copied against the bidi order (before QA round numeric 36, two DATEs
      // or NUMs); the period runs from the earlier
      first = e.value;
      until = d.value;
      k += 2;
    }
  }
  // «(1436-1724م)», «(756 – 1031 م)», «(284 - 1453 م)»: a dynasty or an era spans centuries, and
  // the era mark after the later year names both (before QA round numeric 31, a NUM and a DATE;
  // 13 in news-011 and news-015). Not a height or a length in metres: no measure word before,
  // no «تقريبا/فوق» after the «م», no «م2».
  if (!season && until === undefined && d.intDigits >= 3 && triggerStart < 0 && isChar(c, k, '-\u2013\u2014')) {
    const e = c.atoms[k + 1];
    if (isInteger(e) && e.intDigits >= 3 && e.intDigits <= 4 && freeDigits(c, k + 1) && e.value > d.value && e.value - d.value < 1000 && spannedByEra(c, j, k + 2, d.value, e.value)) {
      until = e.value;
      k += 2;
    }
  }
  if (until === undefined) {
    const short = shortSecondYear(c, k, d);
    if (short !== undefined) {
      until = Math.max(short, d.value);
      first = Math.min(short, d.value);
      k += 2;
    }
  }
  if (until === undefined && isChar(c, k, '-\u2013\u2014') && isInteger(c.atoms[k + 1]) && freeDigits(c, k + 1)) {
    const e = c.atoms[k + 1]!;
    // (a prehistoric period may span millennia: «4000-2500 ق.م», «3500-1000 قبل الميلاد»; the
    // era mark after the later year names both — a NUM and a DATE before QA round numeric 36)
    if (e.value < d.value && e.intDigits <= d.intDigits && d.intDigits <= 5 && bcEraEnd(c, k + 2) >= 0) {
      until = e.value;
      countdown = true;
      k += 2;
    }
  }
  if (paren) {
    if (!isChar(c, k, ')')) return undefined;
    k++;
  }
  // «عام 1343/ 1924», «1924/1343»: a Hijri year paired with its common-era year by a slash
  let hijri = season || (until === undefined && isHijriPair(c, k - 1));
  let era = false;
  const e = wordAt(c, k);
  const unit = keyAt(c, k + 1);
  // «عام 3000 تقريبا قبل الميلاد»: «تقريبا» between the year and its era; «منذ 3200 سنة قبل
  // الميلاد», «نحو 9500 عام قبل الميلاد»: so is the noun «سنة/عام» — counted back from the era, the
  // years name the year 3200 BC (before QA round 24, a NUM; 19 paragraphs of news-001 and news-012)
  const about = wordAt(c, k);
  const approx = about !== undefined && BETWEEN_YEAR_AND_ERA.has(wordKey(c, about)) && wordEnd(c, about) === about.end && !paren && until === undefined && bcEraEnd(c, k + 1) >= 0 ? 1 : 0;
  const bcEnd = until === undefined || countdown ? bcEraEnd(c, k + approx) : -1;
  const adEnd = adEraEnd(c, k);
  const hijriEnd = hijriEraEnd(c, k);
  const bhEnd = until === undefined ? beforeHijraEnd(c, k) : -1;
  if (bcEnd >= 0 || adEnd >= 0) {
    era = true;
    k = Math.max(bcEnd, adEnd);
  } else if (hijriEnd >= 0) {
    hijri = true;
    era = true;
    k = hijriEnd;
    // «عام 564 هـ ـ 1168م», «سنة 1387 هـ 1967م», «(133 هـ - 750 م)»: the common-era year after
    // the Hijri one belongs to it, like «عام 1343/ 1924» (two DATEs before QA round 56 of the
    // numbers; 60 pairs in news-011 and news-015)
    if (until === undefined) {
      const pair = commonEraPair(c, k, first);
      if (pair >= 0) k = pair;
    }
  } else if (bhEnd >= 0) {
    // «(3 ق هـ)», «(16 ق.هـ. -69 هـ)»: a year before the Hijra, counted back from its year 1 (a
    // NUM before QA round 55 of the numbers; 12 in news-013)
    hijri = true;
    era = true;
    first = 1 - first;
    k = bhEnd;
  } else if (e && isIn('gregorianEra', e.key) && !(e.key === 'م' && (unit === 'مربع' || unit === 'مكعب' || squared(c, e) || dinarsAt(c, k) !== undefined || (triggerStart < 0 && metres(c, j - 1, d.value))))) {
    era = true;
    k++;
  }
  const bc = bcEnd >= 0;
  // Years of fewer than three digits only before the common era («عام 44 ق.م») and not
  // centuries («القرن 3 ق.م»), with the Hijri era («سنة 32 هـ», «توفي 68 هجري»), or with both
  // a trigger and a written-out era («عام 70 ميلادية»; not «م», which is also metres). A month
  // before the year is its trigger (`afterMonth`): «28 أبريل 32 ميلادية» (a DATE «28 أبريل» and
  // a NUM «32» before numeric QA round 88); not up to 12, the month's own number written after
  // its name («في شهر سبتمبر 9 ميلادي»).
  const century = triggerStart < 0 && CENTURY.has(keyAt(c, j - 1));
  const yearOfMonth = afterMonth && triggerStart < 0 && d.value > 12;
  const shortYear = !century && (bc || hijri || ((triggerStart >= 0 || yearOfMonth) && era && (adEnd >= 0 || e?.key !== 'م')));
  // «انتخب عام 79», «منذ عام 48»: bare «عام/سنة» before two digits names a year of an
  // unwritten century (not «كل عام 50 طالبا», «عام 20 مليون»); so with «م» glued or spaced
  // («عام 64م», «غزا الرومان بريطانيا عام 43 م»): the trigger makes the «م» the era, not metres
  // (a spaced «م» left a NUM before numeric QA round 89), and the glued form also abbreviates a
  // modern year («عام 79م»), so the century stays unwritten
  const twoDigits = !shortYear && d.intDigits === 2 && !paren && until === undefined && triggerStart >= 0 && (!era || e?.key === 'م') && twoDigitYear(c, j, era ? -1 : k);
  if (d.intDigits < 3 && !shortYear && !twoDigits) return undefined;
  // «هذا العام 519 عرضاً», «لهذا العام 282 حالة»: three digits after «هذا/ذلك العام», a year named
  // already, before the noun they count in the form they ask for, are a count; so before a scale,
  // a currency or a percent word after any «عام/سنة» («شهد العام 300 مليون»). Not a noun in the
  // accusative alone, the object or state a history puts after its year («سيّر في عام 795
  // جيشاً», «قضى سنة 253 شهيداً»), nor four digits («هذا العام 2017 قفزة»). A DATE «0519» before
  // numeric QA round 81.
  if (d.intDigits === 3 && triggerStart >= 0 && !era && !hijri && !paren && until === undefined
    && (quantityAfter(c, k) || (THIS_THAT.has(keyAt(c, j - 1)) && countsNounAfter(c, k - 1)))) return undefined;
  const marked = triggerStart >= 0 || era;
  // Unmarked, only four digits make a year («يونيو 2017», not «يونيو 500 شخص»).
  if (!marked && (!bare || d.intDigits !== 4)) return undefined;
  // «في السنوات 1990», «سنوات 1980»: the plural of «سنة» before a round year names its decade,
  // as French writes «les années 1990» (not a list «السنوات 2010 و2011», not a period)
  const decade = triggerStart >= 0 && until === undefined && !hijri && !bc && d.intDigits === 4 && d.value % 10 === 0 && DECADE_YEARS.has(keyAt(c, j))
    && !(keyAt(c, k) === '\u0648' && isInteger(c.atoms[k + 1]));
  return { start: triggerStart >= 0 ? triggerStart : (paren ? c.atoms[j]! : d).start, end: k, year: first, until, hijri, bc, marked, era, twoDigits, decade };
}

/**
 * «2014م - 2015م», «1435هـ / 1436هـ», «(5300 ق.م -4000 ق.م)»: year `y`, read with its era, and a
 * second year of the same era, each with its mark, after a dash or a slash (or a minus glued to
 * the second, as {@link dashAfterYear} reads it) — one period, as when only the last carries
 * the mark («1770 – 1774م»). Both marks name the era, so the second year need only be later,
 * within a millennium (since QA round 20 also more than a century on or of fewer digits: «(96 هـ
 * - 168 هـ)»), or before the common era earlier (its years count down); never before a scale,
 * currency, percent or unit. Before QA round 19, two DATEs, or a DATE and a NUM «-4000», or the
 * second year dropped.
 */
function eraPeriod(c: Context, y: YearMatch): YearMatch {
  if (!y.era || y.until !== undefined || y.twoDigits || y.decade) return y;
  let k = y.end;
  // «(1018م. -1078م.)», «1894 ق.م. -1594 ق.م.»: a full stop closing the first mark
  if (isChar(c, k, '.') && !c.atoms[k]!.gap) k++;
  const a = c.atoms[k];
  let z: { year: number; end: number; hijri: boolean; bc: boolean } | undefined;
  if (isChar(c, k, '-/\u2013\u2014') && isInteger(c.atoms[k + 1]) && freeDigits(c, k + 1)) {
    const r = year(c, k + 1, true, false);
    if (r && r.era && r.until === undefined && !r.twoDigits) z = { year: r.year, end: r.end, hijri: r.hijri, bc: r.bc };
  } else if (a && a.kind === Kind.Digits && a.value < 0 && a.gap && Number.isInteger(a.value) && c.text.charCodeAt(a.start) === 0x2d && a.key.length <= 5) {
    // a signed number has no intDigits; its key is the sign and the digits
    const mark = eraMark(c, k + 1, -a.value);
    if (mark) z = { year: -a.value, ...mark };
  }
  if (!z || z.hijri !== y.hijri || z.bc !== y.bc) return y;
  // (both marks name the era, so the span may pass a century and the digits differ: «(96 هـ -
  // 168 هـ)», «1707م-1946م»; two DATEs before QA round 20)
  const ok = y.bc ? z.year < y.year : z.year > y.year && z.year - y.year < 1000;
  if (!ok || quantityAfter(c, z.end) || UNITS.has(keyAt(c, z.end))) return y;
  return { ...y, end: z.end, until: z.year };
}

/**
 * End of the Hijri era after a year at atom `k`: «هـ», «هجرية», «للهجرة» (with «النبوية» after
 * it), or the classical «من الهجرة» («توفي سنة 1325 من الهجرة»: a Gregorian 1325 before QA
 * round 39 of the numbers); −1 if there is none.
 */
function hijriEraEnd(c: Context, k: number): number {
  const key = keyAt(c, k);
  let end = -1;
  if (isIn('hijriEra', key)) end = k + 1;
  else if (key === 'من' && c.atoms[k]!.gap && keyAt(c, k + 1) === 'الهجره' && c.atoms[k + 1]!.gap) end = k + 2;
  if (end < 0) return -1;
  // «للهجرة النبوية», «من الهجرة النبوية»: the adjective belongs to the era
  return keyAt(c, end) === 'النبويه' && c.atoms[end]!.gap && (key === 'للهجره' || key === 'من') ? end + 1 : end;
}

/** End of «ق هـ», «ق.هـ» or «ق. هـ» (before the Hijra) at atom `k`, or −1. */
function beforeHijraEnd(c: Context, k: number): number {
  if (keyAt(c, k) !== 'ق') return -1;
  const m = isChar(c, k + 1, '.') ? k + 2 : k + 1;
  const h = keyAt(c, m);
  return h === 'ه' || h === 'هـ' ? m + 1 : -1;
}

/** The era mark after a year `value` at atom `k` («هـ», «م», «ق.م», «بعد الميلاد»): its end and era, or undefined. */
function eraMark(c: Context, k: number, value: number): { end: number; hijri: boolean; bc: boolean } | undefined {
  const bc = bcEraEnd(c, k);
  if (bc >= 0) return { end: bc, hijri: false, bc: true };
  const ad = adEraEnd(c, k);
  if (ad >= 0) return { end: ad, hijri: false, bc: false };
  const hijri = hijriEraEnd(c, k);
  if (hijri >= 0) return { end: hijri, hijri: true, bc: false };
  const e = wordAt(c, k);
  if (!e) return undefined;
  // «م» is also metres: not before «مربع/مكعب», a superscript, or after a number no year reaches
  if (!isIn('gregorianEra', e.key) || (e.key === 'م' && (value > 2100 || squared(c, e) || keyAt(c, k + 1) === 'مربع' || keyAt(c, k + 1) === 'مكعب'))) return undefined;
  return { end: k + 1, hijri: false, bc: false };
}

// Dashes and the slash between the two years of a season («2014-15», «2007–08», «2015/ 16»)
const SEASON_LINKS = '-/\u2013\u2014';

/**
 * «موسم 2014-15», «في 2010–11», «عام 2006 / 07»: the second year of a season, a school or fiscal
 * year or a short period written with its last two digits after the four of the first, read
 * at atom `k` (the dash) after year `d`; undefined if there is none. The next year is read
 * however it is spaced, and so is the year before, which right-to-left typing puts second
 * («موسم 1991-90»); a later year of the same century only joined without spaces («1832–45»,
 * «منذ عام 1991/96») or alone in brackets («(1601 - 66)»); none before a scale, currency,
 * percent or unit. Before QA round 17 the first was a DATE and the two digits a NUM (95 seasons
 * in news-000…015).
 */
function shortSecondYear(c: Context, k: number, d: Atom): number | undefined {
  const e = c.atoms[k + 1];
  if (d.intDigits !== 4 || d.key.length !== 4 || !isInteger(e) || e.key.length !== 2 || !freeDigits(c, k + 1)) return undefined;
  if (!isChar(c, k, SEASON_LINKS)) return undefined;
  // not a date «2006/07/15» nor a chain of numbers
  const after = c.atoms[k + 2];
  if (after && after.kind === Kind.Other && !after.gap && (SEASON_LINKS.includes(after.key) || after.key === '.') && isInteger(c.atoms[k + 3])) return undefined;
  // «2014-15 ألف», «2013-15 كم»: a quantity, whatever the dash joins
  if (quantityAfter(c, k + 2) || UNITS.has(keyAt(c, k + 2))) return undefined;
  const century = d.value - (d.value % 100);
  const next = (d.value + 1) % 100 === e.value ? d.value + 1 : -1;
  if (next > 0) return next;
  if ((d.value - 1) % 100 === e.value && d.value % 100 !== 0) return d.value - 1;
  const later = century + e.value;
  // (or spaced inside brackets of their own, since QA round 55 of the numbers: «(1601 - 66)»,
  // not before the accusative noun of a count)
  if (later > d.value && ((!c.atoms[k]!.gap && !e.gap) || (isChar(c, k - 2, '(') && isChar(c, k + 2, ')') && !accusativeCount(c, k + 3)))) return later;
  return undefined;
}

/**
 * Whether Hijri year `h` begins in common-era year `g` or overlaps into it: the tabular
 * calendar's year is 354 or 355 days, so year h starts in ⌊h × 0.970229 + 621.5643⌋.
 */
function hijriInYear(h: number, g: number): boolean {
  if (h < 1 || h > 1600) return false;
  const starts = Math.floor(h * 0.970229 + 621.5643);
  return g === starts || g === starts + 1;
}

/**
 * Whether the year at atom `i` is a Hijri year paired by a slash with the common-era year it
 * falls in — before it («عام 1343/ 1924», as Saudi history writes them) or after it
 * («1924/1343»); seasons («2014/2015») and other pairs of years are not so far apart.
 */
function isHijriPair(c: Context, i: number): boolean {
  const a = c.atoms[i];
  if (!isInteger(a) || a.intDigits < 3) return false;
  const after = c.atoms[i + 2];
  if (isChar(c, i + 1, '/') && isInteger(after) && after.intDigits === 4 && hijriInYear(a.value, after.value)) return true;
  const before = c.atoms[i - 2];
  return isChar(c, i - 1, '/') && isInteger(before) && before.intDigits === 4 && hijriInYear(a.value, before.value);
}

/**
 * End of the common-era year that Hijri year `h`, its era ending before atom `k`, falls in: a
 * dash, a tatweel or nothing, the year and its own era mark («هـ ـ 1168م», «هـ - 750 م»,
 * «هـ 1967م», «هـ -1988 م»); −1 if there is none.
 */
function commonEraPair(c: Context, k: number, h: number): number {
  const i = isChar(c, k, '-\u2013\u2014\u0640') || /^\u0640+$/.test(keyAt(c, k)) ? k + 1 : k;
  const g = c.atoms[i];
  // («هـ -1988 م»: the dash glued to the year makes one signed atom)
  const signed = i === k && g !== undefined && g.kind === Kind.Digits && /^[-\u2013]\d{3,4}$/.test(g.key);
  if (signed ? !hijriInYear(h, Number(g.key.slice(1))) : !isInteger(g) || g.intDigits < 3 || g.intDigits > 4 || !freeDigits(c, i) || !hijriInYear(h, g.value)) return -1;
  const ad = adEraEnd(c, i + 1);
  if (ad >= 0) return ad;
  const m = wordAt(c, i + 1);
  return m !== undefined && isIn('gregorianEra', m.key) ? i + 2 : -1;
}

// Adjectives (folded) of «العام» that name a current, school, academic, fiscal or Hijri year
const YEAR_ADJECTIVES: ReadonlySet<string> = new Set(['الهجري', 'الدراسي', 'الجامعي', 'المالي', 'الحالي', 'الجاري']);

/** Whether the number at atom `i` follows «العام» (or «عام», with proclitics) and one of {@link YEAR_ADJECTIVES}. */
function afterYearAdjective(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  const prev = c.atoms[i - 1];
  if (!a.gap || !prev || prev.kind !== Kind.Word) return false;
  const [adjective, noun] = wordsBefore(c, i - 1, 2);
  if (adjective === undefined || noun === undefined || !YEAR_ADJECTIVES.has(adjective)) return false;
  return strip(noun).some(([key]) => key === 'العام' || key === 'عام');
}

/**
 * Whether the four digits at atom `i`, a slash and four more are two consecutive years of the
 * range {@link isHijriDateYear} reads as Hijri, in either order: Saudi copy writes a school or
 * fiscal year so («العام الدراسي 1436/1437», and flipped by right-to-left typing, «1437/1436هـ»;
 * 15 such pairs in news-002, read as two NUMs or a NUM and a DATE before QA round 16).
 */
function isHijriSeason(c: Context, i: number): boolean {
  const a = c.atoms[i];
  const b = c.atoms[i + 2];
  if (!isInteger(a) || !isInteger(b) || a.key.length !== 4 || b.key.length !== 4 || !isChar(c, i + 1, '/')) return false;
  return isHijriDateYear(a.value) && isHijriDateYear(b.value) && Math.abs(a.value - b.value) === 1;
}

/**
 * ISO 8601 year: four digits; before the common era, astronomical numbering with a sign
 * (1 BC → «0000», 500 BC → «-0499»), as XML Schema 1.1 and ISO 8601-1:2019 expanded years.
 */
function isoYear(year: number, bc: boolean): string {
  if (!bc) return pad(year, 4);
  const astronomical = 1 - year;
  return astronomical === 0 ? '0000' : `-${pad(-astronomical, 4)}`;
}

// Words that may follow a year and end in alef, unlike the accusative noun a count of 11–99 takes.
const NOT_COUNTED: ReadonlySet<string> = new Set(['ايضا', 'تقريبا', 'تحديدا', 'ميلاديا', 'هجريا']);

/**
 * «عام 79» with the trigger at `j` and the word after the year at `k` (−1 after an era
 * marker): bare «عام/سنة», no count around it.
 */
function twoDigitYear(c: Context, j: number, k: number): boolean {
  const w = wordAt(c, j);
  if (!w || !candidates(w).some(([key]) => key === 'عام' || key === 'سنه') || keyAt(c, j - 1) === 'كل') return false;
  if (k < 0) return true;
  const b = c.atoms[k];
  if (b === undefined || b.kind === Kind.Other) return b === undefined || !PERCENT_SIGNS.includes(b.key);
  if (b.kind !== Kind.Word) return false;
  if (percentAfter(c, k) >= 0 || UNITS.has(b.key) || c.t.scales.has(b.key) || c.t.currencies.has(b.key) || term(c.t, b.key)) return false;
  // «عام 50 طالبا»: the accusative singular a count of 11–99 takes (ALEF last, before any mark)
  let end = b.start;
  while (end < b.end && !isSpace(c.text.charCodeAt(end))) end++;
  const word = fold(c.text.slice(b.start, end));
  // particles end in alef too: «عندما», «بينما», «كما», «هذا», «إذا»
  return !word.endsWith('\u0627') || word.endsWith('\u0645\u0627') || word.endsWith('\u0630\u0627') || NOT_COUNTED.has(word);
}

/** Remembers a year read as a DATE, which a list of years may go on from («عامي 1327 و1328»). */
function noteYear(c: Context, y: YearMatch): void {
  c.lastYear = y;
  if (y.bc || y.twoDigits) return;
  c.yearEnd = y.end;
  c.yearValue = y.until ?? y.year;
}

// «سنوات/السنوات» (folded): the plural that names a decade before a round year
const DECADE_YEARS: ReadonlySet<string> = new Set(['سنوات', 'السنوات']);

// A Hijri month before an unmarked year below this is of a Hijri year («رمضان 1430»); from it
// on, the year is of the common era («رمضان 2019»): 1469 AH ends in 2047.
const HIJRI_BARE_LIMIT = 1470;

function yearValue(y: YearMatch): string | undefined {
  // A Hijri year (or a period of them) is the run of Gregorian days it covers: «سنة 1325 هـ» →
  // '1907-02-14/1908-02-03' (no value before API pass 9). A school year written over two Hijri
  // years («1436/1437») lies within the two, which bound it as a period's years bound the period.
  // («50 ق هـ»: a year before the Hijra is kept as 1 − 50, QA round 55 of the numbers)
  if (y.hijri) return y.twoDigits ? undefined : y.year < 1 ? beforeHijraInterval(y.year, y.until ?? y.year) : hijriInterval(y.year, undefined, y.until ?? y.year);
  if (y.twoDigits || (y.bc && y.year === 0)) return undefined;
  if (y.decade) return pad(Math.floor(y.year / 10), 3);
  return y.until === undefined ? isoYear(y.year, y.bc) : `${isoYear(y.year, y.bc)}/${isoYear(y.until, y.bc)}`;
}

function dateValue(y: number | undefined, m: number | undefined, d: number | undefined, hijri: boolean): string | undefined {
  if (!hijri) return isoDate(y, m, d);
  return y !== undefined && m !== undefined && d !== undefined ? hijriToIso(y, m, d) : undefined;
}

// Masculine ordinals (the day, «اليوم», is masculine), folded: «الرابع من يوليو».
const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map([
  ['الاول', 1], ['الحادي', 1], ['الواحد', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5],
  ['السادس', 6], ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10],
]);
const ORDINAL_TENS: ReadonlyMap<string, number> = new Map([
  ['العشرين', 20], ['العشرون', 20], ['الثلاثين', 30], ['الثلاثون', 30],
]);

/** A day written as an ordinal at atom `j`: «الرابع», «الحادي عشر», «الخامس والعشرين», «الثلاثين». */
function ordinalDay(c: Context, j: number, clitic: boolean): { start: number; end: number; day: number } | undefined {
  const a = wordAt(c, j);
  if (!a) return undefined;
  for (const [key, letters] of clitic ? candidates(a) : NO_CLITIC_SELF(a)) {
    const start = startAfter(c, a, letters);
    const tens = ORDINAL_TENS.get(key);
    if (tens !== undefined) return { start, end: j + 1, day: tens };
    const unit = ORDINAL_UNITS.get(key);
    if (unit === undefined) continue;
    const next = wordAt(c, j + 1);
    const compound = unit < 10 && key !== 'الاول' && next !== undefined && next.gap;
    if (compound && isTen(next.key)) return { start, end: j + 2, day: 10 + unit };
    const more = compound && next.key[0] === '\u0648' ? ORDINAL_TENS.get(next.key.slice(1)) : undefined;
    if (more !== undefined && more + unit <= 31) return { start, end: j + 2, day: more + unit };
    if (key === 'الحادي' || key === 'الواحد') return undefined; // «الحادي» needs its ten
    return { start, end: j + 1, day: unit };
  }
  return undefined;
}

/** The folded last word of the atom before `j` (or '' when it is not a word): what an ordinal follows. */
function previousWord(c: Context, j: number): string {
  const p = c.atoms[j - 1];
  if (!p || p.kind !== Kind.Word) return '';
  if (p.key !== '') return p.key;
  // merged words the grammar does not read: take the last one
  let from = p.end;
  while (from > p.start && !isSpace(c.text.charCodeAt(from - 1))) from--;
  return fold(c.text.slice(from, p.end));
}

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0xa0 || (ch >= 0x2000 && ch <= 0x200b) || ch === 0x3000;
}

/**
 * «7، 8، 9 يوليو», «7,8,9 من يوليو», «7 و8 و9 يوليو»: a list of consecutive days at atom `j`
 * (three or more, or two joined by a comma) before a month — the interval from the first to
 * the last. Days are at most 31, so the look-ahead is bounded.
 */
function dayList(c: Context, j: number): { last: number; end: number } | undefined {
  let last = c.atoms[j]!.value;
  let q = j + 1;
  let n = 0;
  let comma = false;
  for (;;) {
    const isComma = isChar(c, q, ',\u060C');
    if (!isComma && keyAt(c, q) !== '\u0648') break;
    const next = c.atoms[q + 1];
    if (!isDay(next) || next.value !== last + 1 || !freeDigits(c, q + 1)) break;
    if (isComma) comma = true;
    last = next.value;
    q += 2;
    n++;
  }
  if (n < 2 && !(n === 1 && comma)) return undefined;
  if (month(c, keyAt(c, q) === 'من' ? q + 1 : q, false) === undefined) return undefined;
  return { last, end: q };
}

/**
 * «15 يونيو/حزيران عام 2001», «3 و4 يوليو/تموز الجاري», «28 آذار / مارس», «15 من يونيو»,
 * «الرابع من يوليو 2024». An ordinal day needs «من» and a month, and must not modify a
 * noun before it («الأسبوع الأول من يوليو» is a week, not a day).
 */
function dayMonth(c: Context, j: number, clitic: boolean, peek = true): { start: number; end: number; value: Value; year: number | undefined; month: number } | undefined {
  const d1 = c.atoms[j];
  let start: number;
  let day1: number;
  let day2: number | undefined;
  let k: number;
  if (isDay(d1) && freeDigits(c, j)) {
    start = d1.start;
    day1 = d1.value;
    k = j + 1;
    const link = c.atoms[k];
    // «ليلة 22/23 يوليو»: a night between two days, written with a slash
    const night = isChar(c, k, '/') && !link!.gap && isDay(c.atoms[k + 1]) && c.atoms[k + 1]!.value === d1.value + 1 && !c.atoms[k + 1]!.gap && monthName(c, keyAt(c, k + 2) === 'من' ? k + 3 : k + 2, false) !== undefined;
    const listed = dayList(c, j);
    if (listed) {
      day2 = listed.last;
      k = listed.end;
    } else if (link && (night || (link.kind === Kind.Word && isIn('rangeWord', link.key)) || isChar(c, k, '-\u2013'))) {
      const next = c.atoms[k + 1];
      if (isDay(next) && next.value > d1.value) {
        day2 = next.value;
        k += 2;
      }
    }
  } else {
    const o = ordinalDay(c, j, clitic);
    if (!o) return undefined;
    k = o.end;
    // «من الخامس إلى السابع من يوليو», «بين الخامس والثامن من فبراير»: a range of ordinal days
    if (keyAt(c, k) !== 'من' && keyAt(c, k) !== 'لشهر') {
      const w = keyAt(c, k);
      const second = isIn('rangeWord', w) ? ordinalDay(c, k + 1, false) : w.length > 1 && w[0] === '\u0648' ? ordinalDay(c, k, true) : undefined;
      if (!second || second.day <= o.day || keyAt(c, second.end) !== 'من') return undefined;
      day2 = second.day;
      k = second.end;
    }
    const before = previousWord(c, j);
    // a month has at most five of a weekday: «السبت الثاني والعشرين من» is a day, «الأحد
    // الأول من» may be the first Sunday
    // («إلى الخامس عشر من شهر يوليو»: «الى/إلى» folds to a word that starts like the article)
    // («الموافق السادس من أكتوبر»: «الموافق», "falling on", introduces a date; it is no noun an
    // ordinal could describe)
    if (before.startsWith('ال') && before !== 'اليوم' && before !== 'الي' && !isIn('agreeing', before) && !(o.day > 5 && c.t.weekdays.has(before))) return undefined;
    start = o.start;
    day1 = o.day;
  }
  const of = keyAt(c, k) === 'من';
  if (of) k++;
  // «18 من شهر حزيران/يونيو», «العاشر من شهر رمضان»
  if (of && inSet(c, k, 'month', false) >= 0 && monthName(c, k + 1, false) !== undefined) k++;
  // «من الرابع عشر لشهر يونيو», «14 لشهر رمضان»: «لشهر» for «من شهر»
  else if (!of && keyAt(c, k) === 'لشهر' && monthName(c, k + 1, false) !== undefined) k++;
  // «20 / شعبان / 1428 هجرية»
  const slashed = day2 === undefined && !of && isChar(c, k, '/') && monthName(c, k + 1, false) !== undefined;
  if (slashed) k++;
  const m = month(c, k, false);
  if (!m) {
    // «14 من الشهر الجاري», «الخامس والعشرين من هذا الشهر»: a day of a month named by
    // reference; the value is the day alone (XML Schema gDay «---14»)
    const rel = slashed ? -1 : relativeMonthEnd(c, k);
    if (rel < 0) return undefined;
    const gDay = (d: number): string => `---${pad(d, 2)}`;
    return { start, end: rel, value: day2 === undefined ? gDay(day1) : `${gDay(day1)}/${gDay(day2)}`, year: undefined, month: 0 };
  }
  k = m.end;
  // «تقدم بايرن 1/صفر»: a score; a weak month in a slashed date needs its year («20/شعبان/1428»)
  if (slashed && m.entry.weak && !(isChar(c, k, '/') && isInteger(c.atoms[k + 1]))) return undefined;
  if (slashed && isChar(c, k, '/') && isInteger(c.atoms[k + 1])) k++;
  let after = yearAfterMonth(c, k) ?? (m.entry.hijri ? undefined : threeDigitYear(c, k));
  // «(28 فبراير 1823 - 1892)»: a life from a full date to a bare year — the later year ends the
  // life, it is no part of the day's date (one DATE valued by the day alone before QA round 28)
  if (after?.year && after.year.until !== undefined && !after.year.era && !after.year.hijri && isInteger(c.atoms[k]) && isChar(c, k + 1, '-\u2013\u2014')
    && c.atoms[k + 2]?.value === after.year.until && after.year.end === k + 3) {
    after = { end: k + 1, year: { ...after.year, end: k + 1, until: undefined } };
  }
  const y = after?.year;
  if (after) k = after.end;
  else if (isIn('modifier', keyAt(c, k))) k++;
  const hijri = m.entry.hijri || (y?.hijri ?? false);
  // A day of a year before the common era is a Julian date: left unresolved.
  if (y?.bc) return { start, end: k, value: undefined, year: undefined, month: m.entry.month };
  let yearOf = y?.year;
  // «30 يناير ـ 9 مايو 1936»: the year written once, after the second date, is the first's too
  // (the year before when the months turn: «28 ديسمبر - 3 يناير 1990»). Looks one date ahead only.
  if (yearOf === undefined && peek && !hijri && (isChar(c, k, '-\u2013') || isIn('rangeWord', keyAt(c, k)))) {
    const next = dayMonth(c, k + 1, false, false);
    if (next && next.year !== undefined && typeof next.value === 'string' && !next.value.includes('/')) {
      yearOf = m.entry.month <= next.month ? next.year : next.year - 1;
    }
  }
  const first = dateValue(yearOf, m.entry.month, day1, hijri);
  const value = day2 === undefined ? first : joinRange(first, dateValue(yearOf, m.entry.month, day2, hijri));
  return { start, end: k, value, year: hijri ? undefined : yearOf, month: m.entry.month };
}

const YEAR_NOUNS: ReadonlySet<string> = new Set(['العام', 'السنه']);
// «من العام نفسه»: besides the modifiers, these say which year
const SAME: ReadonlySet<string> = new Set(['نفسه', 'ذاته']);

/**
 * The year after a month at atom `k`: «2001», «عام 2001», «من عام 2001» (the year then needs
 * its trigger or era), or a relative year that stays in the span but not in the value: «من
 * العام الماضي», «العام الجاري», «من هذا العام», «من العام نفسه».
 */
function yearAfterMonth(c: Context, k: number): { end: number; year: YearMatch | undefined } | undefined {
  const direct = year(c, k, true, false, true);
  // «جون مايو (1641–1679)»: a period of years in brackets is a life or a reign, not the year of one month
  if (direct && direct.until !== undefined && direct.until !== direct.year + 1 && isChar(c, k, '(')) return undefined;
  if (direct) return { end: direct.end, year: direct.twoDigits ? undefined : direct };
  let q = k;
  if (keyAt(c, q) === 'من') {
    const y = year(c, q + 1, false, false);
    if (y && y.marked) return { end: y.end, year: y.twoDigits ? undefined : y };
    q++;
  } else if (keyAt(c, q) === 'في' && c.atoms[q + 1]?.kind === Kind.Word) {
    // «6 سبتمبر في العام 2006», «يونيو في عام 1967»: «في» and a year word give the month its
    // year as «من» does (two DATEs before QA round 23); not a bare year («في مارس في 2006 شخص»)
    const y = year(c, q + 1, false, false);
    if (y && y.start === c.atoms[q + 1]!.start && !y.twoDigits && y.until === undefined) return { end: y.end, year: y };
  }
  if (keyAt(c, q) === 'هذا' && YEAR_NOUNS.has(keyAt(c, q + 1))) return { end: q + 2, year: undefined };
  // «ولد في 17 يناير، 1706», «في نوفمبر، 2008 انتقلت»: a comma between the month and its year,
  // as English writes dates (70 in news-005 and news-013) — four digits, not a count («في 21
  // مارس، 2000 شخص»)
  if (q === k && isChar(c, k, ',\u060C') && !c.atoms[k]!.gap) {
    const d = c.atoms[k + 1];
    if (isInteger(d) && d.intDigits === 4 && d.key.length === 4 && d.value >= 1000 && d.value <= 2100) {
      const y = year(c, k + 1, true, false);
      if (y && y.until === undefined && !y.marked && (!countedNext(c, y.end) || clauseGoesOn(c, y.end))) return { end: y.end, year: y };
    }
  }
  const mod = keyAt(c, q + 1);
  if (YEAR_NOUNS.has(keyAt(c, q)) && (isIn('modifier', mod) || SAME.has(mod))) return { end: q + 2, year: undefined };
  return undefined;
}

// Marks after which nothing is counted, and the dash of a range of dates («(31 أغسطس 161 -
// 31 ديسمبر 192)»)
const AFTER_SHORT_YEAR = '.,\u060C;\u061B:)]\u00BB"!?\u061F-\u2013\u2014';

/**
 * «في 4 سبتمبر 476، وبشكل», «(31 أغسطس 161 - 31 ديسمبر 192)»: three bare digits after a day
 * and a month at atom `k` are its year where nothing is counted — before the end of the
 * clause, a dash, or a word that goes on the clause — not «في 12 مايو 300 شخص».
 */
function threeDigitYear(c: Context, k: number): { end: number; year: YearMatch } | undefined {
  const d = c.atoms[k];
  if (!isInteger(d) || d.intDigits !== 3 || d.key.length !== 3 || !d.gap || !freeDigits(c, k)) return undefined;
  const next = c.atoms[k + 1];
  const ends = next === undefined || (next.kind === Kind.Other ? AFTER_SHORT_YEAR.includes(next.key) && !quantityAfter(c, k + 1) : clauseGoesOn(c, k + 1));
  if (!ends) return undefined;
  return { end: k + 1, year: { start: d.start, end: k + 1, year: d.value, until: undefined, hijri: false, bc: false, marked: false, twoDigits: false } };
}

/** End of «الشهر الجاري/الماضي/المقبل/نفسه», «هذا الشهر» or «نفس الشهر» at atom `k`, or −1. */
function relativeMonthEnd(c: Context, k: number): number {
  if ((keyAt(c, k) === 'هذا' || keyAt(c, k) === 'نفس') && keyAt(c, k + 1) === 'الشهر') return k + 2;
  const mod = keyAt(c, k + 1);
  return keyAt(c, k) === 'الشهر' && (isIn('modifier', mod) || SAME.has(mod)) ? k + 2 : -1;
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
  let y: number;
  let m: number;
  let d: number;
  if (a.intDigits === 4 && b.intDigits <= 2 && e.intDigits <= 2) [y, m, d] = [a.value, b.value, e.value];
  else if (a.intDigits <= 2 && b.intDigits <= 2 && e.intDigits === 4) {
    // Day first, as Arabic writes it; month first only when the day cannot be a month (1/31/1949).
    [y, m, d] = b.value > 12 && a.value <= 12 ? [e.value, a.value, b.value] : [e.value, b.value, a.value];
  } else {
    return undefined;
  }
  const eraAtom = wordAt(c, j + 5);
  const era = eraAtom?.key ?? '';
  // «12/10/1436هـ»: a Hijri date, converted like «12 شوال 1436 هـ»
  if (isIn('hijriEra', era)) {
    const hijri = m >= 1 && m <= 12 && d >= 1 && d <= 30 ? hijriToIso(y, m, d) : undefined;
    return hijri === undefined ? undefined : { end: j + 6, value: hijri };
  }
  // «14/9/1431», «1436/10/30» without «هـ»: a year the Hijri calendar is in is Hijri unless
  // «م» or «ميلادي» follows (spaced «م» too: «18/ 12 / 1499 م»)
  if (!isIn('gregorianEra', era) && isHijriDateYear(y)) {
    const hijri = m >= 1 && m <= 12 && d >= 1 && d <= 30 ? hijriToIso(y, m, d) : undefined;
    if (hijri !== undefined) return { end: j + 5, value: hijri };
  }
  if (isoDate(y, m, d) === undefined) return undefined;
  const gregorian = isIn('gregorianEra', era) && (era !== 'م' || !eraAtom!.gap);
  return { end: gregorian ? j + 6 : j + 5, value: isoDate(y, m, d) };
}

/**
 * «يوم 20 \ 7», «يوم 4\1»: after «يوم», a day and a month joined by a backslash, as Arabic
 * Wikipedia's day articles write them («20 يوليو أو … أو يوم 20 \ 7») — a day of a month of
 * an unstated year (`'--07-20'`). Only with «يوم» and only the backslash: a bare «5\3» is
 * a score, and a slash without a year is too often a fraction or a Hijri day and month.
 * Before QA round 24, two NUMs.
 */
function backslashDayMonth(c: Context, j: number): { end: number; value: Value } | undefined {
  const a = c.atoms[j];
  if (!isInteger(a) || a.intDigits > 2 || !freeDigits(c, j) || !isChar(c, j + 1, '\\')) return undefined;
  const b = c.atoms[j + 2];
  if (!isInteger(b) || b.intDigits > 2) return undefined;
  // not a chain of more numbers («يوم 3\4\5», «يوم 3 \ 4 / 2»)
  const after = c.atoms[j + 3];
  if (after && (after.kind === Kind.Digits || (after.kind === Kind.Other && '\\/-.'.includes(after.key) && c.atoms[j + 4]?.kind === Kind.Digits))) return undefined;
  const value = isoDate(undefined, b.value, a.value);
  return value === undefined ? undefined : { end: j + 3, value };
}

/**
 * Whether the year of an unmarked numeric date is Hijri. In the 25.8-million-word news
 * corpus, numeric d/m/y and y/m/d dates with a year from 1300 to 1469 are all Hijri (1,017
 * marked «هـ», 0 «م», and the 208 unmarked ones read by eye: Saudi news of 1436); the
 * Gregorian ones in that span of digits are the 1490s of history («21/10/1492», «1499 م»).
 * 1469 AH ends in 2047.
 */
function isHijriDateYear(y: number): boolean {
  return y >= 1300 && y <= 1469;
}

/** «يونيو/حزيران 2017», «منتصف يونيو/حزيران الماضي», «رمضان 1445 هـ». */
function monthYear(c: Context, j: number, clitic: boolean, contextual: boolean, firstDay = false): { start: number; end: number; value: Value; score: number } | undefined {
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
  if (link && ((link.kind === Kind.Word && isIn('rangeWord', link.key)) || isChar(c, k, '-\u2013'))) {
    until = month(c, k + 1, false);
  } else if (link && link.kind === Kind.Word && link.key.length > 1 && link.key[0] === '\u0648') {
    until = month(c, k, true);
  }
  if (until && until.entry.hijri === m.entry.hijri && until.entry.month !== m.entry.month) k = until.end;
  else until = undefined;
  const after = yearAfterMonth(c, k);
  const y = after?.year;
  let modified = after !== undefined && y === undefined;
  if (after) k = after.end;
  else if (isIn('modifier', keyAt(c, k))) {
    k++;
    modified = true;
  }
  let score = 1;
  // «محمد رمضان», «أحمد رجب 2019»: after a first name a month that is also a name is the family
  // name (a DATE with a year after it before QA round 23)
  if (m.entry.weak && !m.paired && !contextual && m.start === c.atoms[j]!.start && c.atoms[j]!.gap && wordAt(c, j - 1) && FIRST_NAMES.has(wordsBefore(c, j - 1, 1)[0] ?? '')) return undefined;
  if (m.entry.weak && !m.paired && !y && !modified && !contextual && !until) {
    const prev = wordAt(c, j - 1);
    const clitic = m.start !== c.atoms[j]!.start;
    if (!WEAK_BY_PREPOSITION.has(m.key) || !(clitic || (prev && isIn('preposition', prev.key)))) return undefined;
    score = 0.8;
  }
  const hijri = m.entry.hijri || (y?.hijri ?? false) || (y?.bc ?? false);
  // «أول أغسطس», «غرة رمضان 1445 هـ»: the first day of the month
  if (firstDay && !until) {
    const value = y?.bc ? undefined : dateValue(y?.year, m.entry.month, 1, hijri);
    return { start: m.start, end: k, value, score };
  }
  if (hijri) {
    // «رمضان 1430 هـ», «شعبان سنة 1325»: a Hijri month of a Hijri year is the run of Gregorian days
    // it covers (no value before API pass 9). Not a Hijri month of a common-era year («رمضان
    // 2019», «رمضان 1990م»: which days is a matter of which Ramadan began in it), nor a Gregorian
    // month of a Hijri year.
    const ofHijriYear = y !== undefined && !y.bc && !y.twoDigits && y.until === undefined
      && (y.hijri || (m.entry.hijri && !y.era && y.year < HIJRI_BARE_LIMIT));
    const value = ofHijriYear && m.entry.hijri ? hijriInterval(y.year, m.entry.month, y.year, until?.entry.month ?? m.entry.month) : undefined;
    return { start: m.start, end: k, value, score };
  }
  const first = isoDate(y?.year, m.entry.month, undefined);
  const value = until ? joinRange(first, isoDate(y?.year, until.entry.month, undefined)) : first;
  return { start: m.start, end: k, value, score };
}

/**
 * «سبتمبر 8 عام 1943», «يونيو 28، 1940», «في مارس 3, 2019»: the month before its day, as
 * English writes dates (translated news; before numeric QA round 79 a DATE for the month, a
 * NUM for the day and a DATE for the year) — one DATE valued as «8 سبتمبر 1943» is. The
 * number after the month must be a day (1–31, a valid day of the month), and a year must
 * follow it (after «عام»/«سنة», a comma or nothing; not before the era, not a range, not two
 * digits). Without a year, only after a preposition of `YEAR_PREPOSITIONS` and before the end
 * of the clause or a word that goes on it («في مايو 12 وهو», «في يوليو 20، نجا»):
 * not a count («في سبتمبر 8 قتلى»), a year before the era («سبتمبر 31 ق.م»), a range
 * («مارس 26-28») or a probe («مسبار مارس 3»). «أغسطس 2019» stays a month of a year.
 */
function monthDay(c: Context, j: number, clitic: boolean, trigger: Trigger): { start: number; end: number; value: Value } | undefined {
  const m = month(c, j, clitic);
  if (!m || m.entry.hijri) return undefined;
  const d = c.atoms[m.end];
  if (!isDay(d) || !d.gap || !freeDigits(c, m.end)) return undefined;
  const k = m.end + 1;
  const after = yearAfterMonth(c, k);
  const y = after?.year;
  if (after) {
    if (!y || y.bc || y.hijri || y.twoDigits || y.until !== undefined || y.decade) return undefined;
    // «في مارس 3 2019 شخص»: bare digits before a counted noun are a count, not the year
    if (!y.marked && countedNext(c, after.end) && !clauseGoesOn(c, after.end)) return undefined;
    const value = dateValue(y.year, m.entry.month, d.value, false);
    return value === undefined ? undefined : { start: m.start, end: after.end, value };
  }
  if (trigger !== '' || eraMark(c, k, d.value) || !YEAR_PREPOSITIONS.has(m.start === c.atoms[j]!.start ? previousWord(c, j) : '')) return undefined;
  const next = c.atoms[k];
  const ends = next === undefined || lineBreakBetween(c.text, d.end, next.start)
    || (next.kind === Kind.Other ? CLAUSE_END.includes(next.key) && next.key !== ':' && !quantityAfter(c, k)
      : clauseGoesOn(c, k));
  if (!ends) return undefined;
  const value = isoDate(undefined, m.entry.month, d.value);
  return value === undefined ? undefined : { start: m.start, end: k, value };
}

type Trigger = 'day' | 'dated' | 'eve' | 'part' | 'month' | '';
const TRIGGERS = ['day', 'dated', 'eve', 'part', 'month'] as const;
const NESTED_TRIGGERS = ['day', 'eve', 'part', 'month'] as const;

// «الربع/النصف» (folded, with the article, after any proclitic): the months a quarter or a half
// of a year spans, and the ordinal after it (folded) → its first month.
const YEAR_PARTS: ReadonlyMap<string, { months: number; first: ReadonlyMap<string, number> }> = new Map([
  ['الربع', { months: 3, first: new Map([['الاول', 1], ['الثاني', 4], ['الثالث', 7], ['الرابع', 10], ['الاخير', 10]]) }],
  ['النصف', { months: 6, first: new Map([['الاول', 1], ['الثاني', 7], ['الاخير', 7]]) }],
]);

// The modifiers of a relative year (folded): «العام الجاري», «السنة الماضية».
const RELATIVE_YEAR: ReadonlySet<string> = new Set([
  'الجاري', 'الحالي', 'الماضي', 'المقبل', 'القادم', 'المنصرم', 'الفائت',
  'الجاريه', 'الحاليه', 'الماضيه', 'المقبله', 'القادمه', 'المنصرمه', 'الفائته',
]);

/**
 * «الربع الثاني 2015», «الربع الأول من عام 2018», «النصف الأول من 2017»: a quarter or a half of a
 * common-era year, one DATE valued as the interval of its months (`'2015-04/2015-06'`). Before
 * QA round 42 only the year was a DATE. Of a relative year only when it names its year («من العام
 * الجاري 2015», since round 43); not of a fiscal year («الربع الأول من العام المالي 2018»), nor of a Hijri year, a period or a year of two digits; bare
 * digits must be a modern year that counts nothing («النصف الأول من 2000 دولار» is a sum).
 */
function yearPart(c: Context, i: number): Match | undefined {
  const a = wordAt(c, i);
  if (!a) return undefined;
  let part: { months: number; first: ReadonlyMap<string, number> } | undefined;
  let start = -1;
  for (const [key, letters] of candidates(a)) {
    part = YEAR_PARTS.get(key);
    if (part) {
      start = startAfter(c, a, letters);
      break;
    }
  }
  if (!part) return undefined;
  const first = part.first.get(keyAt(c, i + 1));
  if (first === undefined || !c.atoms[i + 1]!.gap) return undefined;
  let k = keyAt(c, i + 2) === 'من' ? i + 3 : i + 2;
  // «النصف الأول من العام الجاري 2015», «الربع الثاني من العام الحالي 2015م»: a relative year
  // that names its year is that calendar year (before QA round 43, a DATE for the year alone);
  // without the year it stays out, as «العام الجاري» does, and a fiscal year is no calendar one
  if (k === i + 3 && YEAR_NOUNS.has(keyAt(c, k)) && RELATIVE_YEAR.has(keyAt(c, k + 1)) && c.atoms[k + 2]?.kind === Kind.Digits) k += 2;
  const y = year(c, k, true, false);
  if (!y || y.hijri || y.bc || y.twoDigits || y.decade || y.until !== undefined || y.year < 1000) return undefined;
  // bare digits are a modern year and count nothing («النصف الأول من 2000 دولار» is a sum)
  if (!y.marked && (y.year < 1800 || y.year > 2100 || quantityAfter(c, y.end) || UNITS.has(keyAt(c, y.end)))) return undefined;
  noteYear(c, y);
  const last = first + part.months - 1;
  return { type: 'DATE', start, end: y.end, value: `${pad(y.year, 4)}-${pad(first, 2)}/${pad(y.year, 4)}-${pad(last, 2)}`, score: 1 };
}

/** «صيف», «شتاء», «ربيع», «خريف» (folded): the seasons, which name a part of the year after them. */
const SEASONS: ReadonlySet<string> = new Set(['صيف', 'شتاء', 'ربيع', 'خريف'].map(fold));

/**
 * «صيف 2014», «في شتاء عام 1942», «أواخر صيف 2017», «خريف 2016-2017»: a season of a common-era
 * year (after a part word or not) is one DATE with its season, valued as the year, as a part word
 * before a year is («أواخر 2017» → `'2017'`). Before QA round 59 of the numbers the DATE was the
 * year alone. Not of a Hijri year (a lunar year has no fixed seasons), a decade or a year of two
 * digits; bare digits must be a year of the common era that counts nothing (not before a scale,
 * a currency, a unit or a noun of people counted: «ربيع 2000 شخص»).
 */
function seasonYear(c: Context, i: number): Match | undefined {
  let s = i;
  let start = inSet(c, i, 'part', true);
  if (start >= 0) {
    if (isFirstOrLast(c.atoms[i]!) || !c.atoms[i + 1]?.gap) return undefined;
    s = i + 1;
    if (!SEASONS.has(keyAt(c, s))) return undefined;
  } else {
    const a = wordAt(c, i);
    if (!a) return undefined;
    for (const [key, letters] of candidates(a)) {
      if (SEASONS.has(key)) {
        start = startAfter(c, a, letters);
        break;
      }
    }
    if (start < 0) return undefined;
  }
  if (!c.atoms[s + 1]?.gap) return undefined;
  const y = year(c, s + 1, true, false);
  if (!y || y.hijri || y.bc || y.twoDigits || y.decade || y.year < 1000) return undefined;
  const after = wordAt(c, y.end);
  if (!y.marked && (y.year > 2100 || quantityAfter(c, y.end) || UNITS.has(keyAt(c, y.end)) || (after && PEOPLE_COUNTED.has(wordKey(c, after))))) return undefined;
  noteYear(c, y);
  return { type: 'DATE', start, end: y.end, value: yearValue(y), score: 1 };
}

/** A DATE starting at atom `i`. */
function matchDate(c: Context, i: number, nested = false): Match | undefined {
  if (i < c.nameEnd) return undefined;
  if (!nested) {
    const part = yearPart(c, i) ?? seasonYear(c, i);
    if (part) return part;
  }
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

  // «اليوم (الاثنين)», «يوم (الخميس)»: the weekday of wire copy in brackets after its trigger
  // (about 450 times in the 16 ANT files; before, no DATE, or one for the weekday alone)
  if (trigger === 'day' && isChar(c, j, '(') && isChar(c, j + 2, ')')) {
    const inBrackets = lookup(c, j + 1, c.t.weekdays, false);
    if (inBrackets) return { type: 'DATE', start: from, end: j + 3, value: `-W-${inBrackets.value}`, score: 0.9 };
  }

  // Weekday, alone or before a date.
  const weekday = trigger === '' || trigger === 'day' || trigger === 'eve' ? lookup(c, j, c.t.weekdays, clitic) : undefined;
  if (weekday) {
    let k = j + 1;
    if (isChar(c, k, ',\u060C')) k++; // COMMA, ARABIC COMMA
    if (isIn('agreeing', keyAt(c, k))) k++;
    let date = dayMonth(c, k, false) ?? numericDate(c, k);
    const modified = isIn('modifier', keyAt(c, j + 1));
    if (!date && modified) {
      // «يوم السبت المقبل 9 شوال», «الأحد القادم، الموافق 10 شوال»: the weekday's modifier
      // before its date (before QA round 10 two DATEs)
      k = j + 2;
      if (isChar(c, k, ',\u060C')) k++;
      if (isIn('agreeing', keyAt(c, k))) k++;
      date = dayMonth(c, k, false) ?? numericDate(c, k);
    }
    if (date) return { type: 'DATE', start: from < 0 ? weekday.start : from, end: date.end, value: date.value, score: 1 };
    // «المتنافسين الأحد عشر», «خلال الأحد عشر عاما»: «الأحد» before «عشر» is the head of the
    // definite eleven (masculine «أحد عشر»), not Sunday (before numeric QA round 67 a DATE
    // «الأحد» and a NUM 10); after «يوم», and before «عشرة», it stays the day
    if (weekday.value === 7 && trigger === '' && !modified && c.atoms[j + 1]?.gap === true && keyAt(c, j + 1) === '\u0639\u0634\u0631') return undefined;
    let end = j + 1;
    if (modified) end++;
    // «الاثنين» is also "the two": only with «يوم»/«مساء», a modifier, or where news puts a day.
    if (weekday.value === 1 && trigger === '' && !modified && !isMonday(c, j)) return undefined;
    // «محمد الخميس», «أحمد الجمعة»: after a first name a weekday is a family name (the Saudi
    // الخميس، الجمعة، السبت), not the day a thing happened (not «منزل سعد الجمعة الماضي»)
    if (trigger === '' && !modified && weekday.start === c.atoms[j]!.start && c.atoms[j]!.gap && wordAt(c, j - 1) && FIRST_NAMES.has(wordsBefore(c, j - 1, 1)[0] ?? '')) return undefined;
    return { type: 'DATE', start: from < 0 ? weekday.start : from, end, value: `-W-${weekday.value}`, score: 0.9 };
  }
  if (trigger === 'eve') return undefined;

  if (trigger === '' || trigger === 'day') {
    const dm = dayMonth(c, j, clitic);
    // «ائتلاف 14 فبراير», «قوى 14 آذار», «مدينة 6 أكتوبر», «بملعب 15 أكتوبر»: a day and month
    // with no year after a movement, a place or a street name it, and the number in it is no count
    if (dm && trigger === '' && dm.year === undefined && dm.start === c.atoms[j]!.start && c.atoms[j]!.gap && namedByDate(c, j)) {
      c.identEnd = dm.end;
      c.nameEnd = dm.end;
      return undefined;
    }
    // «مدينة ستة أكتوبر», «بمدينة عشرة رمضان»: the same name with its day as a cardinal word
    // (before QA round 41 a NUM «ستة» beside a DATE «أكتوبر»)
    if (!dm && trigger === '' && c.atoms[j]?.kind === Kind.Word && c.atoms[j]!.gap && namedByDate(c, j)) {
      const n = parseNumber(c, j, false);
      const m = n && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31 ? monthName(c, n.end, false) : undefined;
      if (m && !isInteger(c.atoms[m.end])) {
        c.identEnd = m.end;
        c.nameEnd = m.end;
        return undefined;
      }
    }
    const date = dm ?? numericDate(c, j) ?? (trigger === 'day' ? backslashDayMonth(c, j) : undefined);
    if (date) return { type: 'DATE', start: from < 0 ? (dm ? dm.start : c.atoms[j]!.start) : from, end: date.end, value: date.value, score: 1 };
    if (trigger === 'day') return undefined;
  }

  // «سبتمبر 8 عام 1943»: the month before its day (numeric QA round 79)
  if (trigger === '' || trigger === 'month') {
    const md = monthDay(c, j, clitic, trigger);
    if (md) return { type: 'DATE', start: from < 0 ? md.start : from, end: md.end, value: md.value, score: 1 };
  }
  // «أول أغسطس», «غرة رمضان»: right before the month, the first day of it (not «أول شهر رمضان»)
  const my = monthYear(c, j, clitic, trigger !== '', trigger === 'part' && isFirstDay(c.atoms[i]!));
  if (my) return { type: 'DATE', start: from < 0 ? my.start : from, end: my.end, value: my.value, score: my.score };

  if (trigger === '' || trigger === 'part') {
    const cy = century(c, j, clitic, trigger === 'part') ?? millennium(c, j, clitic);
    if (cy) return { type: 'DATE', start: from < 0 ? cy.start : from, end: cy.end, value: cy.value, score: 1 };
    // «أوائل 2024», «منتصف 2023»: a part word makes four bare digits a year — but not «أول
    // 1000 شخص», «آخر 2000 متر» (the first/last so many)
    const read = year(c, j, trigger === 'part' && !isFirstOrLast(c.atoms[i]!), clitic);
    const y = read && eraPeriod(c, read);
    if (y) {
      noteYear(c, y);
      return { type: 'DATE', start: from < 0 ? y.start : from, end: y.end, value: yearValue(y), score: y.twoDigits ? 0.8 : 1 };
    }
    const w = trigger === '' ? wordYear(c, j) : undefined;
    if (w) return { type: 'DATE', start: w.start, end: w.end, value: w.value, score: 0.9 };
  }
  return undefined;
}

// «عام», «سنة» in the singular, with or without the article (folded): what names one year
const ONE_YEAR: ReadonlySet<string> = new Set(['عام', 'العام', 'سنه', 'السنه']);

/**
 * «سنة إحدى وثلاثين هجرية», «عام ثلاث وعشرين ومائتين للهجرة», «عام ألفين وعشرة»: a year written
 * in words after «عام/سنة» at atom `j`, with its era, or without one when it has hundreds (a
 * count of years comes before the noun, «ثلاثة أعوام», so a number after it names the year). A
 * Hijri year has no value, as in digits. Before QA round 22, a NUM.
 */
function wordYear(c: Context, j: number): { start: number; end: number; value: string | undefined } | undefined {
  const w = wordAt(c, j);
  const d = c.atoms[j + 1];
  // (cheap tests first: this runs at every word; a word the grammar does not read has no key)
  if (!w || !d || d.kind !== Kind.Word || !d.gap || d.key === '' || w.key === '') return undefined;
  let start = -1;
  for (const [key, letters] of candidates(w)) {
    if (ONE_YEAR.has(key)) {
      start = startAfter(c, w, letters);
      break;
    }
  }
  if (start < 0) return undefined;
  const n = parseNumber(c, j + 1, false);
  // («عام واحد», «سنة واحدة»: one year, counted)
  if (!n || !Number.isInteger(n.value) || n.value < 3) return undefined;
  const mark = eraMark(c, n.end, n.value);
  if (mark) return { start, end: mark.end, value: mark.hijri ? hijriInterval(n.value) : isoYear(n.value, mark.bc) };
  // (not before a counted noun: «خلال العام ألفين شخص» counts)
  if (n.value < 100 || (n.end < c.atoms.length && countsNoun(c, n.end))) return undefined;
  // Without an era: the modern order, thousands first («عام ألف وتسعمائة وخمسين»), is a year of
  // the common era; the classical order, units first («سنة تسع وستين وسبعمائة», «سنة ثمان وتسعين
  // وألف»), is how Hijri years were written — a year with no value (before, a NUM)
  const modern = c.t.scales.has(keyAt(c, j + 1)) && n.value > 1000 && n.value <= 2100;
  // (one word only as «ألفين», the year 2000: not «عام مائة», «سنة ألف»)
  if (n.end === j + 2 && !modern) return undefined;
  return { start, end: n.end, value: modern ? isoYear(n.value, false) : undefined };
}

// Nouns (folded) whose name may be a day and month: movements and coalitions («حركة 6 أبريل»,
// «ائتلاف 14 فبراير», «قوى 14 آذار»), cities and streets («مدينة 6 أكتوبر», «شارع 26 يوليو»),
// bridges and stadiums («كوبري 6 أكتوبر», «ملعب 15 أكتوبر»). Not «ثورة», «أحداث», «هجمات»: a
// revolution or an attack is named by the day it happened, which stays a DATE.
const NAMED_BY_DATE: ReadonlySet<string> = new Set([
  'حركه', 'ائتلاف', 'تحالف', 'قوي', 'تيار', 'جبهه', 'شباب', 'مدينه', 'محافظه', 'شارع', 'ميدان', 'ساحه', 'كوبري', 'جسر', 'محور', 'نفق',
  'ملعب', 'استاد', 'ستاد', 'جامعه',
]);

/** Whether the word before atom `j` (with its proclitics, «بملعب», «لقوى») is a noun a date names. */
function namedByDate(c: Context, j: number): boolean {
  const w = previousWord(c, j);
  return w !== '' && strip(w).some(([key]) => NAMED_BY_DATE.has(key));
}

// Common male first names (folded) before a weekday that is a family name («محمد الخميس»)
const FIRST_NAMES: ReadonlySet<string> = new Set(['محمد', 'احمد', 'علي', 'خالد', 'فهد', 'سعد', 'عبدالله', 'ابراهيم', 'سليمان', 'صالح', 'ناصر', 'حسين', 'حسن', 'عمر', 'يوسف', 'عبدالعزيز', 'عبدالرحمن', 'سعود', 'فيصل', 'منصور', 'حمد']);

// «أمس الاثنين», «غدا الاثنين», «ليل الأحد الاثنين», «وأمس الاثنين», «مساء الأمس (الاثنين)»: words before a weekday (folded)
const DAY_BEFORE: ReadonlySet<string> = new Set(['امس', 'غدا', 'غد', 'ليل', 'وامس', 'الامس']);
// «قال … الاثنين إن»: the reported-speech particle after the day (folded)
const REPORTED: ReadonlySet<string> = new Set(['ان', 'انه', 'انها']);

/**
 * Whether a bare «الاثنين» at atom `j` is Monday rather than "the two". In news (ANT and
 * SaudiNewsNet, 4,200 bare «الاثنين»), "the two" follows «بين/من/مع/كلا/هذين» or comes
 * before «معا»; Monday stands between commas («، الاثنين،»: 1,595, all Monday), before «إن/أن»
 * (about 200), after «أمس/غدا» or beside another weekday («الأحد والاثنين»).
 */
function isMonday(c: Context, j: number): boolean {
  const a = c.atoms[j]!;
  const prev = c.atoms[j - 1];
  const next = c.atoms[j + 1];
  // («الساعة العاشرة صباح الاثنين وحتى …»: a part of the day the TIME took, QA round 65)
  if (prev && prev.kind === Kind.Word && (DAY_BEFORE.has(prev.key) || c.t.weekdays.has(prev.key) || isIn('eve', prev.key))) return true;
  // «أمس (الاثنين)», «غدا (الاثنين)»: in brackets after the deictic, as wire copy writes the day
  if (isChar(c, j - 1, '(') && isChar(c, j + 1, ')') && DAY_BEFORE.has(keyAt(c, j - 2))) return true;
  if (next && next.kind === Kind.Word && next.key.length > 1 && next.key[0] === '\u0648' && c.t.weekdays.has(next.key.slice(1))) return true;
  // with a proclitic («للاثنين», «والاثنين») it is "the two" unless a weekday is beside it
  if (a.key !== 'الاثنين') return false;
  if (afterScore(c, j)) return true;
  // «مكاتبها الاثنين والعشرين»: twenty-two, counted or ordinal (numeric QA round 62)
  if (next && next.kind === Kind.Word && next.key.startsWith('\u0648\u0627\u0644') && c.t.tens.has(next.key.slice(3))) return false;
  if (next && next.kind === Kind.Word && next.gap && REPORTED.has(next.key)) return true;
  if (afterSince(c, j)) return true;
  if (afterReportingVerb(c, j)) return true;
  if (afterEventOrName(c, j)) return true;
  if (endsHeadline(c, j)) return true;
  // (the closing mark on the same line: a full stop on the next line ends nothing of this one)
  if (prev !== undefined && next !== undefined && isChar(c, j - 1, ',\u060C') && isChar(c, j + 1, ',\u060C.:;\u061B') && !lineBreakBetween(c.text, a.end, next.start)) return true;
  // «… في مؤتمر صحفي عقده الاثنين.», «وقع الحادث الاثنين، بحسب …»: after a word, before the end
  // of a clause — in news-006, 102 of 105 such are Monday once «بين الاثنين» is left out (the
  // rest: «تسميم الاثنين.», «برحيلهما الاثنين.», a quoted answer)
  // (not before a colon: «يحب الاثنين: الشاي والقهوة»)
  // «قال ماكرون الاثنين في مؤتمر», «هبطت أسعار النفط الاثنين بعد»: after a word and before a
  // preposition that opens an adjunct, the weekday of wire copy (in news-007 and news-009, 224 of
  // the 225 such were Monday) — not after a preposition, a noun in «ين» it stands beside
  // («المتهمين الاثنين», the two accused), a verb of joining («جمعت الاثنين في») or a verb whose
  // object is persons, before it or before its subject («أوقفت الشرطة الاثنين في المطار»); nor
  // «مستوى الاثنين في المائة», two per cent. (Wikipedia, where "the two" is commoner, has few.)
  if (prev !== undefined && prev.kind === Kind.Word && next !== undefined && next.kind === Kind.Word && next.gap && MONDAY_BEFORE.has(wordKey(c, next)) && !isIn('percentNouns', keyAt(c, j + 2))) {
    const [before = '', subject = ''] = wordsBefore(c, j - 1, 2);
    if (PERSON_VERBS.has(before) || PERSON_VERBS.has(subject)) return false;
    return !THE_TWO_AFTER.has(before) && !THE_TWO_BESIDE.has(before) && !before.endsWith('\u0647\u0645\u0627') && !before.endsWith('\u064a\u0646');
  }
  if (prev === undefined || prev.kind !== Kind.Word || !isChar(c, j + 1, ',\u060C.;\u061B')) return false;
  // on the same line: a full stop on the next line ends nothing of this one
  if (lineBreakBetween(c.text, a.end, next!.start)) return false;
  const before = previousWord(c, j);
  return !THE_TWO_AFTER.has(before) && !before.endsWith('\u0647\u0645\u0627'); // «-هما»: «كليهما»
}

/**
 * Whether «الاثنين» at atom `j` follows a score («تغلب عليه 2-1 الاثنين في جنيف», «بنتيجة 2 - 0
 * الاثنين،», «تعادل 1:1 الاثنين»): the day the match was played, as wire copy writes it
 * (numeric QA round 65: 4 such were no DATE in the 16 news files, all Monday).
 */
function afterScore(c: Context, j: number): boolean {
  const goals = c.atoms[j - 1];
  const first = c.atoms[j - 3];
  return c.atoms[j]!.gap && isInteger(goals) && goals.intDigits <= 2 && isChar(c, j - 2, '-\u2013:') && isInteger(first) && first.intDigits <= 2;
}

/**
 * «أعلن الرئيس الفرنسي إيمانويل ماكرون الاثنين …», «وأمر الملك سلمان الاثنين بفتح تحقيق»,
 * «وأضاف في خطاب له الاثنين "…"», «فرضت الصين الاثنين رسوما»: «الاثنين» after a verb of saying,
 * announcing or acting on things and up to four words of its subject or adjunct, with no
 * punctuation between, is the weekday of wire copy (QA round 57; over news-001 and news-006, 23
 * such were read as no DATE, all Monday, and about 110 more in news-005 and news-007). Not after
 * a word that takes "the two" («بين الاثنين», «المتهمين الاثنين», «لتسميم الاثنين»), nor when a
 * verb or verbal noun whose object is persons stands between («أعلنت الشرطة اعتقال الاثنين»),
 * nor before a per cent («ارتفع التضخم فوق الاثنين في المائة»), nor right after a verb that may
 * take persons as its object («دعا الاثنين إلى», "called on the two"). Since numeric QA round 62
 * the verb may stand up to seven words back («أعلن رئيس الحكومة اللبنانية سعد الحريري الاثنين»),
 * «إلى» and its noun may stand between («وصلت إلى مطار القاهرة الاثنين»), and the verbs of
 * ACTING_VERBS count too. Since numeric QA round 64, right after a verb of OBJECT_VERBS it is
 * Monday when the verb's object follows the day (objectAfterDay: «القصف الذي استهدف الاثنين
 * قاعدة»), not before «صوب», an adverb or a preposition («توجه الاثنين صوب», «استقبل الاثنين بحفاوة»).
 */
function afterReportingVerb(c: Context, j: number): boolean {
  // «أعلن نادي هامبورغ الألماني، الاثنين إقالة مدربه»: the subject may be set off by commas
  const comma = isChar(c, j - 1, ',\u060C') && c.atoms[j + 1]?.kind === Kind.Word;
  const before = comma ? previousWord(c, j - 1) : previousWord(c, j);
  if (before === '' || THE_TWO_AFTER.has(before) || THE_TWO_BESIDE.has(before) || before.endsWith('\u0647\u0645\u0627')) return false;
  // «المتهمين الاثنين», «للمعتقلين الاثنين»: a definite plural the number stands beside (not «الصين»)
  if (before.endsWith('\u064a\u0646') && before.length >= 7 && (before.startsWith('\u0627\u0644') || before.startsWith('\u0644\u0644') || before.startsWith('\u0648\u0627\u0644'))) return false;
  // «لتسميم الاثنين»: a verbal noun after «ل» takes "the two" as its object
  if (before.startsWith('\u0644\u062a')) return false;
  // «ارتفع التضخم فوق الاثنين في المائة»: two per cent
  if (isIn('percentNouns', keyAt(c, j + 1)) || isIn('percentNouns', keyAt(c, j + 2))) return false;
  const words = comma ? wordsAcrossCommas(c, j - 2, 8) : wordsBefore(c, j - 1, 7);
  for (let d = 0; d < words.length; d++) {
    const w = words[d]!;
    // («وصلت إلى مطار القاهرة الاثنين»: «إلى» with a noun after it is the verb's, not the day's)
    if ((w === 'الي' || w === 'والي') && d > 0) continue;
    // («اتهم وزير الدفاع … الاثنين روسيا»: a verb whose object is persons, its subject between,
    // and its object after the day)
    if (d > 0 && (PERSON_ACTS.has(w) || (w.length > 3 && (w[0] === '\u0648' || w[0] === '\u0641') && PERSON_ACTS.has(w.slice(1)))) && objectAfterDay(c, j)) return true;
    if (PERSON_VERBS.has(w) || THE_TWO_AFTER.has(w) || REPORTED.has(w)) return false;
    const verb = REPORTING_VERBS.has(w) ? w : w.length > 3 && (w[0] === '\u0648' || w[0] === '\u0641') && REPORTING_VERBS.has(w.slice(1)) ? w.slice(1) : '';
    // («استخدمت روسيا … »; «وكانت روسيا استخدمت الاثنين حق النقض»: right after a verb of
    // OBJECT_VERBS, Monday when the verb's object follows the day, numeric QA round 64)
    if (verb !== '') return d > 0 || !OBJECT_VERBS.has(verb) || (objectAfterDay(c, j) && !dualAfter(c, j));
  }
  return false;
}

/**
 * Whether what follows «الاثنين» at atom `j` is a verb's object, so that the day is not "the two"
 * (read by afterReportingVerb after a verb of PERSON_ACTS and its subject, numeric QA round 63):
 * a definite noun not in «ين» («أدانت دولة إسرائيل الاثنين الهجوم»), a count not of time
 * («أوقفت السلطات الاثنين أربعة أشخاص», «قتلت قواتها الاثنين نحو 60 فلسطينيا»), a quotation
 * («أدان الرئيس الاثنين "المجازر"») or an indefinite noun or name with no proclitic («اتهمت
 * جمعيات أميركية الاثنين منصة يوتيوب»). Not a preposition, a particle or an adverb: «اعتقلت
 * الشرطة الاثنين في المطار», «… بتهمة السرقة», «أعدمت السلطات الاثنين شنقا», «احتجزت السلطات
 * الاثنين 48 ساعة», «اعتقلت الشرطة الاثنين المشتبه بهما» stay "the two".
 */
function objectAfterDay(c: Context, j: number): boolean {
  let k = j + 1;
  // a quotation: «"المجازر"»
  const quoted = isChar(c, k, '"\u00AB\u201C');
  if (quoted) k++;
  const b = c.atoms[k];
  if (b === undefined || (!quoted && !b.gap)) return false;
  // a count of persons or things, not of time («احتجزت الشرطة الاثنين 48 ساعة», «ثلاثة أيام»)
  const n = quoted ? undefined : isInteger(c.atoms[k]) ? k + 1 : parseNumber(c, k, false)?.end;
  if (n !== undefined) {
    const noun = c.atoms[n]?.kind === Kind.Word ? wordKey(c, c.atoms[n]!) : '';
    return !SIX_COUNTS.has(noun) && !TIME_COUNTED.has(noun);
  }
  if (b.kind !== Kind.Word) return false;
  const w = wordKey(c, b);
  if (quoted) return w.length > 1;
  if (ABOUT.has(w) || MORE_LESS.has(w)) return true;
  if (w.length < 3 || w.endsWith('\u064a\u0646') || w.endsWith('\u0627\u0646') || w.endsWith('\u0647\u0645\u0627') || NOT_OBJECTS.has(w) || NOT_NOUNS.has(w)) return false;
  if (MONDAY_BEFORE.has(w) || THE_TWO_BESIDE.has(w) || REPORTED.has(w) || isIn('percentNouns', w) || isIn('modifier', w) || isIn('eve', w)) return false;
  if (w.startsWith('\u0627\u0644')) return w.length > 4;
  // an indefinite noun or a name («منصة», «نتنياهو»): not after a proclitic («بتهمة», «وهما»), nor
  // an adverb or a dual verb in «ا» («شنقا», «معا», «قاما»)
  const first = w.charCodeAt(0);
  return first !== 0x648 && first !== 0x641 && first !== 0x628 && first !== 0x644 && first !== 0x643 && !w.endsWith('\u0627');
}

/**
 * Whether a word in «هما» («لهما», «بينهما») stands among the four words after atom `j`, with
 * no punctuation between: the dual pronoun points back to «الاثنين» as "the two" («رفض الاثنين
 * العرض المقدم لهما»; read by afterReportingVerb, numeric QA round 64).
 */
function dualAfter(c: Context, j: number): boolean {
  for (let k = j + 1; k <= j + 4 && k < c.atoms.length; k++) {
    const b = c.atoms[k]!;
    if (b.kind !== Kind.Word) return false;
    if (wordKey(c, b).endsWith('\u0647\u0645\u0627')) return true;
  }
  return false;
}

/** Words (folded) after «الاثنين» that open an adjunct or a clause, not an object (read by objectAfterDay). */
const NOT_OBJECTS: ReadonlySet<string> = new Set([
  'بعد', 'قبل', 'اثر', 'عقب', 'اثناء', 'دون', 'بسبب', 'حيث', 'فيما', 'الذي', 'اللذين', 'اللذان', 'التي', 'كما', 'لكن', 'ام',
  'لا', 'لم', 'لن', 'قد', 'كانا', 'منهما', 'امس', 'غدا', 'وسط', 'بينما', 'حيين', 'ليله', 'ليلا', 'صباحا', 'مساء', 'سويه', 'المشتبه', 'صوب',
]);
/** Singular nouns of time (folded) after a count (read by objectAfterDay with SIX_COUNTS): «48 ساعة», «عشرين يوما». */
const TIME_COUNTED: ReadonlySet<string> = new Set(['ساعه', 'يوم', 'يوما', 'اسبوع', 'اسبوعا', 'شهر', 'شهرا', 'عام', 'عاما', 'سنه', 'دقيقه']);

/**
 * Up to `n` folded words ending with the word atom at `k`, nearest first, as `wordsBefore` reads
 * them, going on across up to two commas («رئيس البرلمان، محمد الحلبوسي،»).
 */
function wordsAcrossCommas(c: Context, k: number, n: number): string[] {
  const out: string[] = [];
  for (let commas = 0; k >= 0 && out.length < n && c.atoms[k]!.kind === Kind.Word; commas++) {
    let s = k;
    // (at most `n` atoms back: each holds a word at least)
    while (s > 0 && k - s < n && c.atoms[s - 1]!.kind === Kind.Word) s--;
    for (const w of wordsBefore(c, k, n - out.length)) out.push(w);
    if (commas === 2 || !isChar(c, s - 1, ',\u060C')) break;
    k = s - 2;
  }
  return out;
}

/**
 * «ونزح الآلاف منذ الاثنين», «يغلق المعبر ابتداء من الاثنين», «من الاثنين إلى الجمعة», «ليل
 * الأحد-الاثنين», «في وقت سابق من الاثنين», «من السبت إلى الاثنين»: «الاثنين» after «منذ», after
 * «من» that follows «ابتداء/اعتبارا/بدءا» or «وقت سابق/متأخر», after «من» before «إلى/حتى» and a
 * weekday, after a weekday and «إلى/حتى», or after a weekday and a dash or slash, is Monday (QA
 * round 58). «من الاثنين» alone stays "the two" («واحد من الاثنين»).
 */
function afterSince(c: Context, j: number): boolean {
  if (isChar(c, j - 1, '-/\u2013') && c.t.weekdays.has(keyAt(c, j - 2))) return true;
  const [before = '', head = '', third = ''] = wordsBefore(c, j - 1, 3);
  if (SINCE.has(before)) return true;
  // «في وقت متأخر الاثنين»; «من السبت إلى الاثنين»
  if (head === 'وقت' && TIME_OF.has(before)) return true;
  if (UNTIL.has(before) && c.t.weekdays.has(head)) return true;
  if (before !== 'من' && before !== 'ومن') return false;
  if (TIME_OF.has(head) && third === 'وقت') return true;
  if (FROM_HEADS.has(head)) return true;
  return UNTIL.has(keyAt(c, j + 1)) && c.t.weekdays.has(keyAt(c, j + 2));
}

/**
 * «مباراة الاثنين», «في جلسة الاثنين», «احتجاجات الاثنين», «القمة المقررة الاثنين», «أمس الأول
 * الاثنين», «أعلن الكنيست "…" الاثنين», «وكالة الأنباء (سانا) الاثنين»: «الاثنين» after a noun of
 * an event or session (EVENT_NOUNS), after «أمس الأول», or after a closing bracket or a closing
 * quotation mark that ends a name, is Monday (QA round 61). Not before a per cent («… الاثنين في
 * المائة»), nor when the day is itself quoted or bracketed («مجلة "الاثنين"», «بين الاثنين)»).
 */
function afterEventOrName(c: Context, j: number): boolean {
  if (isIn('percentNouns', keyAt(c, j + 1)) || isIn('percentNouns', keyAt(c, j + 2))) return false;
  if (isChar(c, j + 1, ')"\u00BB\u201D')) return false;
  const prev = c.atoms[j - 1];
  if (prev === undefined) return false;
  if (prev.kind === Kind.Word) {
    const before = previousWord(c, j);
    if (before === 'الاول' && keyAt(c, j - 2) === 'امس') return true;
    return strip(before).some(([key]) => EVENT_NOUNS.has(key));
  }
  // a closing mark: «)», or a quotation mark written against the word before it («"الكنيست"»)
  if (!isChar(c, j - 1, ')"\u00BB\u201D') || c.atoms[j - 2]?.kind !== Kind.Word || prev.gap) return false;
  return c.atoms[j + 1] === undefined || c.atoms[j + 1]!.kind === Kind.Word || isChar(c, j + 1, ',\u060C.:;\u061B');
}

/**
 * «خالد الفيصل يفتتح متنزها بالطائف.. الاثنين», «الأردن وسوريا تعلنان فتح المعبر الاثنين»: a
 * «الاثنين» that ends the text or a paragraph with no closing mark, a headline's, after a word or
 * «..», is the day the headline announces (numeric QA round 62: 8 in eight news files, all
 * Monday). Not after a word that takes "the two" («بين الاثنين», «كليهما»), a definite plural in
 * «ين» («المتهمين الاثنين») or a verb whose object is persons; nor before one line break, which
 * may only wrap a line of running text (`entities()`, which reads sentence by sentence and ends
 * a sentence at a line break, reads such a wrapped line as ending there).
 */
function endsHeadline(c: Context, j: number): boolean {
  const a = c.atoms[j]!;
  const next = c.atoms[j + 1];
  // the end of the text, or of a paragraph: a blank line after (one line break may only wrap a line)
  if (next !== undefined && lineBreaks(c.text, a.end, next.start) < 2) return false;
  const dots = isChar(c, j - 1, '.') && isChar(c, j - 2, '.');
  const k = dots ? j - 3 : j - 1;
  if (c.atoms[k]?.kind !== Kind.Word || (!dots && lineBreakBetween(c.text, c.atoms[k]!.end, a.start))) return false;
  const before = wordsBefore(c, k, 1)[0] ?? '';
  if (before === '' || THE_TWO_AFTER.has(before) || THE_TWO_BESIDE.has(before) || PERSON_VERBS.has(before) || before.endsWith('\u0647\u0645\u0627')) return false;
  return !(before.endsWith('\u064a\u0646') && before.length >= 7 && before.startsWith('\u0627\u0644'));
}

/** Nouns (folded) of an event, session or meeting named by the day it falls on: «مباراة الاثنين», «جلسة الاثنين». */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'مباراه', 'مواجهه', 'مواجهات', 'جلسه', 'اجتماع', 'احتجاجات', 'تظاهرات', 'مظاهرات', 'هجمات', 'مجزره', 'اضطرابات', 'اشتباكات',
  'تعاملات', 'امسيه', 'المقرره', 'المقرر', 'المرتقبه', 'المرتقب', 'المزمع', 'المزمعه', 'انتخابات', 'اعتداء', 'غارات',
]);

/** «منذ» (folded), before a day the time it counts from. */
const SINCE: ReadonlySet<string> = new Set(['منذ', 'ومنذ']);
/** Words (folded) before «من» that open a starting day: «ابتداء من», «اعتبارا من», «بدءا من». */
const FROM_HEADS: ReadonlySet<string> = new Set(['ابتداء', 'ابتداءا', 'اعتبارا', 'بدءا', 'بدء', 'بداءا']);
/** «سابق», «متأخر», «لاحق» (folded): «في وقت سابق من الاثنين», «في وقت متأخر الاثنين». */
const TIME_OF: ReadonlySet<string> = new Set(['سابق', 'متاخر', 'لاحق', 'مبكر']);
/** «إلى», «حتى» (folded), closing a range of days. */
const UNTIL: ReadonlySet<string> = new Set(['الي', 'حتي', 'وحتي', 'والي']);

/**
 * Verbs (folded) of coming and going, meeting, taking part and acting on things, read by
 * afterReportingVerb through REPORTING_VERBS and OBJECT_VERBS: «الاثنين» after one of them and its
 * subject is Monday («وصلت طائرة الرئيس الاثنين», «يلتقي الملك عبد الله الثاني الاثنين رئيس
 * الوزراء», «وقّع المغرب الاثنين اتفاقية», «قضت المحكمة الاثنين بسجن»), not right after it
 * («وصل الاثنين», "the two arrived"; «استقبل الاثنين», "received the two"). Numeric QA round 62:
 * over eight news files, about 120 such «الاثنين» were no DATE, all Monday.
 */
const ACTING_VERBS: readonly string[] = [
  'وصل', 'وصلت', 'يصل', 'تصل', 'سيصل', 'ستصل', 'توجه', 'توجهت', 'يتوجه', 'تتوجه', 'عاد', 'عادت', 'غادر', 'غادرت', 'يغادر', 'تغادر',
  'سقط', 'سقطت', 'دخل', 'دخلت', 'اجتمع', 'اجتمعت', 'يجتمع', 'تجتمع', 'شارك', 'شاركت', 'يشارك', 'تشارك', 'شاركوا',
  'تمكن', 'تمكنت', 'اجري', 'اجرت', 'تواصل', 'تتواصل', 'يتواصل', 'واصل', 'واصلت', 'يواصل', 'قاموا', 'نظموا',
  'وقع', 'وقعت', 'يوقع', 'توقع', 'ايد', 'ايدت', 'قضت', 'قضي', 'فتح', 'فتحت', 'يفتح', 'تفتح', 'رفض', 'رفضت', 'يرفض', 'ترفض',
  'تبني', 'تبنت', 'اقتحم', 'اقتحمت', 'استهدف', 'استهدفت', 'ادي', 'ادت', 'يؤدي', 'تؤدي', 'وجه', 'وجهت', 'يوجه', 'بعث', 'بعثت',
  'اعرب', 'اعربت', 'يعرب', 'تعرب', 'بحث', 'بحثت', 'يبحث', 'تبحث', 'ناقش', 'ناقشت', 'يناقش', 'تناقش', 'سجل', 'سجلت', 'حقق', 'حققت',
  'تسلم', 'تسلمت', 'ادلي', 'ادلت', 'احتج', 'احتجت', 'تظاهر', 'تظاهرت',
  'فاز', 'فازت', 'اقترح', 'اقترحت', 'قدم', 'قدمت', 'اودع', 'اودعت', 'تلقي', 'تلقت', 'سحب', 'سحبت', 'ابدي', 'ابدت', 'استهل', 'استهلت',
  'وضع', 'وضعت', 'اتخذ', 'اتخذت', 'يتخذ', 'تتخذ', 'تحدث', 'تحدثت', 'رد', 'ردت',
  // (numeric QA round 64) and of seizing, hearing a case, closing, withdrawing and being sold
  // («ضبطت البلدية الاثنين استراحتين», «تنظر محكمة العدل الاثنين دعوى»)
  'ضبط', 'ضبطت', 'يضبط', 'تضبط', 'نظرت', 'ينظر', 'تنظر', 'انسحب', 'انسحبت', 'ينسحب', 'تنسحب', 'بيعت', 'بيع',
  // (and of meeting, receiving and summoning persons: Monday only with the subject between)
  'التقي', 'التقت', 'يلتقي', 'تلتقي', 'ستلتقي', 'سيلتقي', 'استقبل', 'استقبلت', 'يستقبل', 'تستقبل', 'استدعي', 'استدعت',
  'ابلغ', 'ابلغت', 'زار', 'زارت', 'يزور', 'تزور',
];

/** Verbs of saying, announcing and stating (folded) whose subject may come before a weekday (see afterReportingVerb). */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'قال', 'قالت', 'اعلن', 'اعلنت', 'اكد', 'اكدت', 'نفي', 'نفت', 'نفا', 'صرح', 'صرحت', 'اضاف', 'اضافت', 'ذكر', 'ذكرت',
  'افاد', 'افادت', 'كشف', 'كشفت', 'اشار', 'اشارت', 'اوضح', 'اوضحت', 'تعهد', 'تعهدت', 'كتب', 'كتبت', 'اصدر', 'اصدرت',
  'نشر', 'نشرت', 'اعتبر', 'اعتبرت', 'ندد', 'نددت', 'امر', 'حذر', 'حذرت', 'دعا', 'دعت', 'طالب', 'طالبت',
  // and of deciding, imposing and acting on things, not persons
  'فرض', 'فرضت', 'بدا', 'بدات', 'تقدم', 'تقدمت', 'رفع', 'رفعت', 'قصف', 'قصفت', 'شن', 'شنت', 'وسع', 'وسعت',
  'ارتفع', 'ارتفعت', 'انخفض', 'انخفضت', 'تراجع', 'تراجعت', 'هبط', 'هبطت', 'اغلق', 'اغلقت', 'افتتح', 'افتتحت',
  'عقد', 'عقدت', 'نظم', 'نظمت', 'قرر', 'قررت', 'اقر', 'اقرت', 'وافق', 'وافقت', 'استانف', 'استانفت', 'اختتم', 'اختتمت',
  // (numeric QA round 64: «وتختتم الاثنين المرحلة»)
  'يختتم', 'تختتم',
  // (QA round 58) and more of the same, with their present forms («يكشف الرئيس الاثنين خطة»)
  // (not verbs whose object is often persons: «منعت الشرطة الاثنين من السفر», «وصفت الصحيفة
  // الاثنين بأنهما», «التقى الوزير الاثنين», «أعاد المدرب الاثنين إلى التشكيلة», «زار الاثنين»)
  'استخدم', 'استخدمت', 'باشر', 'باشرت', 'صوت', 'صوتت', 'يكشف', 'تكشف', 'خاض', 'خاضت', 'يبدا', 'تبدا', 'لوح', 'لوحت',
  'قام', 'قامت', 'يقوم', 'تقوم', 'انطلق', 'انطلقت', 'ينطلق', 'تنطلق', 'انتهي', 'انتهت', 'ينتهي', 'تنتهي', 'خضع', 'خضعت', 'يخضع',
  'تخضع', 'شهد', 'شهدت', 'اعد', 'اعدت', 'يستانف', 'تستانف', 'يعقد', 'تعقد', 'يعلن', 'تعلن', 'يصدر', 'تصدر', 'يفتتح', 'تفتتح',
  'نشرته', 'نشرتها', 'اعلنها', 'اعلنه',
  // (numeric QA round 62) those of coming and going, meeting, taking part and acting on things,
  // with their subject between (ACTING_VERBS), and «انعقد/جرى/تم», Monday right after them too
  // («انعقدت الاثنين بتونس», «وتم الاثنين نصب اللافتات»)
  ...ACTING_VERBS, 'انعقد', 'انعقدت', 'ينعقد', 'تنعقد', 'جري', 'جرت', 'يجري', 'تجري', 'تم', 'يتم',
]);
/**
 * Of REPORTING_VERBS, those that may take persons as their object right after them («دعا الاثنين
 * إلى»), or have "the two" as their subject («وصل الاثنين إلى», «رفض الاثنين العرض»):
 * afterReportingVerb reads «الاثنين» as Monday after them only with a subject between.
 */
const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'امر', 'حذر', 'حذرت', 'دعا', 'دعت', 'طالب', 'طالبت', 'كشف', 'كشفت', 'ذكر', 'ذكرت',
  'شهد', 'شهدت', 'اعد', 'اعدت', 'استخدم', 'استخدمت',
  ...ACTING_VERBS,
]);

/** How many line breaks (`isLineBreak`; «\r\n» as one) stand in `text` between `from` and `to` (read by endsHeadline). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (isLineBreak(text.charCodeAt(k)) && !(text.charCodeAt(k) === 0x0d && text.charCodeAt(k + 1) === 0x0a)) n++;
  return n;
}

/** True when a line break (`isLineBreak`) stands in `text` between `from` and `to`. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLineBreak(text.charCodeAt(k))) return true;
  return false;
}

// Words after which «الاثنين» is "the two" (folded): «بين الاثنين», «مع الاثنين», «كلا الاثنين».
const THE_TWO_AFTER: ReadonlySet<string> = new Set(['بين', 'وبين', 'من', 'مع', 'كلا', 'هذين', 'هذان', 'عن', 'علي', 'الي', 'لدي', 'ان']);

// Prepositions and conjunctions (folded) that open an adjunct after a weekday: «الاثنين في»,
// «الاثنين بعد أن» (not «من», which follows "the two" as often: «الاثنين منهما»)
const MONDAY_BEFORE: ReadonlySet<string> = new Set(['في', 'الي', 'علي', 'عن', 'بعد', 'قبل', 'امام', 'مع', 'خلال', 'حول', 'عبر', 'ضد', 'لدي', 'داخل', 'منذ', 'بعدما', 'عندما', 'حين', 'حيث']);
// More words after which «الاثنين» is "the two" (folded): prepositions («في الاثنين», «بشأن
// الاثنين»), «لكن/هم» before a subject, «نحن/أنتم/أنتما» («حياتنا نحن الاثنين»), and verbs of
// joining («جمعت الاثنين», «تعاون الاثنين»).
const THE_TWO_BESIDE: ReadonlySet<string> = new Set([
  'في', 'وفي', 'بشان', 'حول', 'بخصوص', 'ضد', 'تجاه', 'بحق', 'عند', 'لكن', 'ولكن', 'هم', 'هما', 'كونهما', 'نحن', 'انتم', 'انتما',
  'جمع', 'جمعت', 'يجمع', 'تجمع', 'وجمعت', 'وجمع', 'تعاون', 'وتعاون', 'تعارف', 'تزوج', 'تصالح',
]);

/**
 * Verbs (folded) that take persons as their object, read through PERSON_VERBS by isMonday,
 * afterReportingVerb and endsHeadline: «أوقفت الشرطة الاثنين في المطار», «قد يقصي الاثنين عن
 * المنصب» ("the two"). With their subject between, and an object after the day (objectAfterDay),
 * afterReportingVerb reads «الاثنين» as Monday («اتهم وزير الدفاع الاثنين روسيا»).
 */
const PERSON_ACTS: ReadonlySet<string> = new Set([
  'اوقف', 'اوقفت', 'اعتقل', 'اعتقلت', 'احتجز', 'احتجزت', 'اختطف', 'اختطفت', 'خطف', 'خطفت', 'استجوب', 'استجوبت', 'اعدم', 'اعدمت',
  'قتل', 'قتلت', 'طرد', 'طردت', 'يقصي', 'تقصي', 'اقصي', 'يعالج', 'تعالج', 'عالج', 'ارسل', 'ارسلت', 'سلم', 'سلمت', 'يحتاج', 'تحتاج',
  'اتهم', 'اتهمت', 'ادان', 'ادانت', 'برا', 'برات', 'كرم', 'كرمت', 'عاقب', 'عاقبت',
  // (numeric QA round 63) and of describing, criticizing, releasing, losing and carrying
  'وصف', 'وصفت', 'انتقد', 'انتقدت', 'اخلي', 'اخلت', 'فقد', 'فقدت', 'نقل', 'نقلت', 'ينقل', 'تنقل',
]);

/**
 * Verbs that take persons as their object (folded, PERSON_ACTS) and their verbal nouns, read by
 * isMonday, afterReportingVerb and endsHeadline: right before «الاثنين» or before it and its
 * subject, «الاثنين» is "the two" («أوقفت الشرطة الاثنين في المطار», «قد يقصي الاثنين عن المنصب»).
 */
const PERSON_VERBS: ReadonlySet<string> = new Set([
  ...PERSON_ACTS,
  // and their verbal nouns («أعلنت الشرطة اعتقال الاثنين»)
  'ارسال', 'اعتقال', 'احتجاز', 'اختطاف', 'خطف', 'اعدام', 'توقيف', 'ترحيل', 'تسليم', 'استجواب', 'مقتل', 'تسميم', 'اطلاق',
]);

/** «أول», «غرة» (folded): before a month, its first day. */
function isFirstDay(a: Atom): boolean {
  for (const [key] of candidates(a)) if (key === 'اول' || key === 'غره') return true;
  return false;
}

function isFirstOrLast(a: Atom): boolean {
  for (const [key] of candidates(a)) if (key === 'اول' || key === 'اخر') return true;
  return false;
}

/** After «بتاريخ»: «[:] [(] date [)]» with any kind of date; the span includes the trigger. */
function afterDated(c: Context, j: number, start: number): Match | undefined {
  let k = j;
  if (isChar(c, k, ':')) k++;
  // «بتاريخ 2024-07-04»: a numeric date before the year it starts with
  const numeric = numericDate(c, k);
  if (numeric) return { type: 'DATE', start, end: numeric.end, value: numeric.value, score: 1 };
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

/** «11.30», «9,45»: hours and two-digit minutes written with a decimal separator. */
function dottedTime(c: Context, a: Atom): { hour: number; minute: number } | undefined {
  const dot = a.key.indexOf('.');
  if (dot < 1 || dot > 2 || a.key.length !== dot + 3 || a.key.charCodeAt(0) === 0x2d || a.key.charCodeAt(0) === 0x2b) return undefined;
  const hour = Number(a.key.slice(0, dot));
  const minute = Number(a.key.slice(dot + 1));
  return hour <= 24 && minute <= 59 ? { hour, minute } : undefined;
}

// «الساعة 1200 بتوقيت غرينتش»: Greenwich and its spellings (folded)
const GREENWICH: ReadonlySet<string> = new Set(['غرينتش', 'جرينتش', 'غرينيتش', 'جرينيتش', 'غرنتش', 'جرنتش']);
// Fractions of an hour after «و» («والنصف», «و النصف», «وثلث») → minutes.
const HOUR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['النصف', 30], ['نصف', 30], ['الربع', 15], ['ربع', 15], ['الثلث', 20], ['ثلث', 20],
]);
// «الساعة الثالثة بعد الظهر», «قبل الزوال»: the noon words after «بعد/قبل».
const NOON_WORDS: ReadonlySet<string> = new Set(['الظهر', 'الظهيره', 'الزوال']);
// The same in construct before the day they belong to: «الساعة الرابعة بعد ظهر اليوم», «الثالثة
// والنصف بعد زوال اليوم» (before numeric QA round 86 «T04:00», «T03:30»).
const NOON_CONSTRUCTS: ReadonlySet<string> = new Set(['ظهر', 'ظهيره', 'زوال']);
// Noon adverbs after an hour (folded): one to five o'clock is past noon, six to eleven before it
// («الساعة الثانية ظهرا», Tunisian «الساعة الرابعة زوالا»: 14:00, 16:00).
const NOON_ADVERBS: ReadonlySet<string> = new Set(['ظهرا', 'زوالا']);
// Parts of the day as spoken (folded), with the article or «بـ», after an hour: «الساعة 3 العصر»
// («الساعة 1 الظهر», «الساعة 3 الفجر», «الساعة 10 الضحى» since QA round 65; before, «T01:00»)
const SPOKEN_DAY_PARTS: ReadonlyMap<string, 'am' | 'pm' | 'noon' | 'night'> = new Map([
  ['المسا', 'pm'], ['المساء', 'pm'], ['بالمسا', 'pm'], ['بالمساء', 'pm'], ['العصر', 'pm'], ['بالعصر', 'pm'],
  ['بالليل', 'night'], ['الليل', 'night'], ['الصبح', 'am'], ['بالصبح', 'am'], ['الصباح', 'am'], ['بالصباح', 'am'],
  ['الفجر', 'am'], ['بالفجر', 'am'], ['الضحي', 'am'], ['الظهر', 'noon'], ['بالظهر', 'noon'], ['الظهيره', 'noon'],
]);

// «الساعة 11.30 من مساء الإثنين»: the part of the day after «من» (left to the DATE) → shift.
// («الحادية عشرة من ليل الخميس», «الساعة 12 من ليل السبت»: the night, 23:00 and midnight, since
// QA round 44; before, «T11:00», «T12:00»)
// («الثانية من ليلة الأحد»: the night, 02:00, since QA round 65; before, «T14:00»)
const DAY_PARTS: ReadonlyMap<string, 'am' | 'pm' | 'noon' | 'night'> = new Map([
  ['مساء', 'pm'], ['عصر', 'pm'], ['ليله', 'night'], ['عشيه', 'pm'], ['صباح', 'am'], ['فجر', 'am'], ['ظهر', 'noon'], ['ظهيره', 'noon'], ['ليل', 'night'],
]);

/**
 * Words (folded) after a part of the day in construct that name its day, besides a weekday:
 * «عصر اليوم», «فجر يوم الجمعة», «عصر أمس», «ليلة الغد», «ظهر أول أمس», «عصر ذلك اليوم».
 */
const PART_DAYS: ReadonlySet<string> = new Set(['اليوم', 'يوم', 'امس', 'الامس', 'غد', 'الغد', 'اول', 'ذلك', 'نفس']);

/**
 * The shift of a part of the day in construct at atom `k` before the day it names («ليل الأحد»,
 * «عصر أمس», «فجر اليوم»), or undefined: the day after it keeps «ظهر», «فجر», «عصر» from
 * being verbs («الساعة الثالثة ظهر الرئيس»).
 */
function partBeforeDay(c: Context, k: number): 'am' | 'pm' | 'noon' | 'night' | undefined {
  const part = DAY_PARTS.get(keyAt(c, k));
  if (part === undefined) return undefined;
  return PART_DAYS.has(keyAt(c, k + 1)) || lookup(c, k + 1, c.t.weekdays, false) !== undefined ? part : undefined;
}

/** End of «بتوقيت غرينتش», «ت.غ», «ت غ», «GMT» or «UTC» at atom `k`, or −1. */
function greenwichEnd(c: Context, k: number): number {
  const w = keyAt(c, k);
  if (w === 'بتوقيت' || w === 'توقيت') return GREENWICH.has(keyAt(c, k + 1)) ? k + 2 : -1;
  if (w === 'gmt' || w === 'utc' || w === 'تغ') return k + 1;
  if (w === 'ت') {
    const m = isChar(c, k + 1, '.') ? k + 2 : k + 1;
    return keyAt(c, m) === 'غ' ? m + 1 : -1;
  }
  return -1;
}

// Words before an hour written as a word without «الساعة» («عند العاشرة صباحا», «وحتى التاسعة
// مساء»), folded: 66 such times in news-003 and news-014. After a noun the same words are
// ordinals («مواجهته الودية الخامسة مساء», «جلستها الثانية صباح»).
const HOUR_LEADS: ReadonlySet<string> = new Set([
  'في', 'وفي', 'عند', 'وعند', 'حتي', 'وحتي', 'الي', 'والي', 'منذ', 'ومنذ', 'قبل', 'وقبل', 'بعد', 'وبعد', 'قبيل', 'بعيد',
  'حوالي', 'نحو', 'قرابه', 'تمام', 'حدود', 'من', 'ومن', 'بين', 'وبين',
]);

/** Whether the hour word at atom `i` stands where a time does: right after one of {@link HOUR_LEADS}. */
function hourWordLed(c: Context, i: number): boolean {
  const w = wordAt(c, i);
  if (!w || !w.gap || !HOUR_LEADS.has(keyAt(c, i - 1))) return false;
  return c.t.hourWords.has(w.key) || (wordAt(c, i + 1) !== undefined && c.t.hourWords.has(`${w.key} ${keyAt(c, i + 1)}`));
}

// Words that join the two times of a range (folded): «أو», «و», «إلى», «حتى»
const TIME_LINKS: ReadonlySet<string> = new Set(['او', '\u0648', 'الي', 'حتي', 'وحتي']);

/**
 * The part of the day after the second time of a range that starts at atom `j` («أو 5 عصرا»,
 * «إلى 8:15 مساء», «- 11 صباحا»), or undefined — only when the first hour is not later than
 * the second («من 9 إلى 5 مساء» runs from the morning).
 */
function laterPeriod(c: Context, j: number, first: number): Atom | undefined {
  const link = wordAt(c, j);
  if (!(link && TIME_LINKS.has(wordKey(c, link))) && !isChar(c, j, '-\u2013')) return undefined;
  let k = j + 1;
  if (inSet(c, k, 'clock', false) >= 0) k++;
  // «من الساعة الـ5 إلى الـ9 مساء»: the second hour may carry the article too
  if (isArticle(c, k) && isInteger(c.atoms[k + 1])) k++;
  const h = c.atoms[k];
  // «الساعة الخامسة وحتى العاشرة مساء»: the second hour in words (before QA round 21 «T05:00»)
  const w = wordAt(c, k);
  const two = w && wordAt(c, k + 1) ? c.t.hourWords.get(`${w.key} ${keyAt(c, k + 1)}`) : undefined;
  const one = w && two === undefined ? c.t.hourWords.get(w.key) : undefined;
  const said = two ?? one;
  if (said !== undefined) {
    if (said > 12 || said === 0 || said < first) return undefined;
    const p = wordAt(c, k + (two !== undefined ? 2 : 1));
    return p && p.key !== 'م' && p.key !== 'ص' && (isIn('morning', p.key) || isIn('afternoon', p.key)) ? p : undefined;
  }
  if (!isInteger(h) || h.intDigits > 2 || h.value > 12 || h.value === 0 || h.value < first) return undefined;
  k++;
  let colon = false;
  if (isChar(c, k, ':') && !c.atoms[k]!.gap && isInteger(c.atoms[k + 1]) && !c.atoms[k + 1]!.gap) {
    k += 2;
    colon = true;
  }
  const p = wordAt(c, k);
  if (!p || ((p.key === 'م' || p.key === 'ص') && !colon)) return undefined;
  return isIn('morning', p.key) || isIn('afternoon', p.key) ? p : undefined;
}

function matchTime(c: Context, i: number): Match | undefined {
  const clock = inSet(c, i, 'clock', true);
  // «عند العاشرة صباحا»: an hour word without «الساعة» is a time with the part of the day after it
  const led = clock < 0 && hourWordLed(c, i);
  let j = clock >= 0 ? i + 1 : i;
  // «الساعة الـ5», «من الساعة الـ 12 ظهراً»: after the clock word the article before digits
  // marks the hour as definite, as «الخامسة» does (before QA round 41 only «12 ظهراً» was the TIME)
  // — only with a part of the day said («الساعة الـ24 الأولى» is the 24th hour, a rank)
  const articled = clock >= 0 && isArticle(c, j) && isInteger(c.atoms[j + 1]) && c.atoms[j + 1]!.intDigits <= 2;
  if (articled) j++;
  let hour: number;
  let minute = 0;
  let second: number | undefined;
  // minutes are written out (a colon, a dot, or four digits): a period word «م»/«ص» can follow
  let colon = false;
  let military = false;
  const a = c.atoms[j];
  const dotted = a !== undefined && a.kind === Kind.Digits && a.intDigits > 0 && freeDigits(c, j) ? dottedTime(c, a) : undefined;
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
  } else if (dotted) {
    // «الساعة 11.30»: a clock word or a period word («مساء») must say it is a time
    hour = dotted.hour;
    minute = dotted.minute;
    colon = true;
    j++;
    if (clock < 0 && !isIn('morning', keyAt(c, j)) && !isIn('afternoon', keyAt(c, j)) && greenwichEnd(c, j) < 0) return undefined;
    if (clock < 0 && (keyAt(c, j) === 'م' || keyAt(c, j) === 'ص')) return undefined;
  } else if (isInteger(a) && a.intDigits === 4 && a.key.length === 4 && freeDigits(c, j) && (clock >= 0 || greenwichEnd(c, j + 1) >= 0 || keyAt(c, j + 1) === 'بتوقيت')) {
    // «1200 بتوقيت غرينتش», «الساعة 0800»: hours and minutes run together
    hour = Math.floor(a.value / 100);
    minute = a.value % 100;
    colon = true;
    military = true;
    j++;
  } else if (clock >= 0 || led) {
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
  if (!colon && (clock >= 0 || led)) {
    const k = keyAt(c, j);
    // «والنصف», «و النصف», «وربع», «والثلث»
    const spaced = k === '\u0648' ? HOUR_FRACTIONS.get(keyAt(c, j + 1)) : undefined;
    const joined = k.length > 1 && k[0] === '\u0648' ? HOUR_FRACTIONS.get(k.slice(1)) : undefined;
    if (spaced !== undefined) {
      minute = spaced;
      j += 2;
    } else if (joined !== undefined) {
      minute = joined;
      j++;
    } else if (k === 'الا' && (keyAt(c, j + 1) === 'ربعا' || keyAt(c, j + 1) === 'ربع' || keyAt(c, j + 1) === 'ثلثا' || keyAt(c, j + 1) === 'ثلث')) {
      hour = hour === 0 ? 23 : hour - 1;
      minute = keyAt(c, j + 1).startsWith('ربع') ? 45 : 40;
      j += 2;
    } else if (k === '\u0648' && isInteger(c.atoms[j + 1]) && c.atoms[j + 1]!.value < 60 && (!c.atoms[j + 1]!.gap || isIn('minuteWords', keyAt(c, j + 2)))) {
      // «الساعة 10 و15 دقيقة», «الساعة 10 و 15 دقيقة» (spaced only with the minutes named)
      minute = c.atoms[j + 1]!.value;
      j += 2;
      if (isIn('minuteWords', keyAt(c, j))) j++;
    } else if (k.length > 0 && k[0] === '\u0648' && c.atoms[j]!.kind === Kind.Word) {
      // «الساعة الخامسة وعشر دقائق», «الخامسة وستة وعشرين دقيقة»: minutes in words, only with
      // the word for minutes after them (before QA round 10 a NUM beside the hour)
      const m = k === '\u0648' ? parseNumber(c, j + 1, false) : parseNumber(c, j, true);
      if (m && m.value >= 1 && m.value < 60 && Number.isInteger(m.value) && isIn('minuteWords', keyAt(c, m.end))) {
        minute = m.value;
        j = m.end + 1;
      }
    }
  }
  const period = wordAt(c, j);
  let shift: 'am' | 'pm' | 'noon' | 'night' | '' = '';
  if (period && (period.key !== 'م' && period.key !== 'ص' ? true : colon || clock >= 0)) {
    if (isIn('morning', period.key)) shift = 'am';
    else if (NOON_ADVERBS.has(period.key)) shift = 'noon';
    else if (period.key === 'ليلا') shift = 'night';
    else if (isIn('afternoon', period.key)) shift = 'pm';
    if (shift !== '') j++;
  }
  // «الساعة ٥ المسا», «الساعه 9 بالليل», «الساعة 7 الصبح»: the spoken parts of the day, read
  // only after «الساعة» or a time with a colon (before QA round 30 «T05:00»)
  const spoken = shift === '' && period && hour <= 12 && (clock >= 0 || colon) ? SPOKEN_DAY_PARTS.get(period.key) : undefined;
  if (spoken !== undefined) {
    shift = spoken;
    j++;
  }
  // «الساعة 4 أو 5 عصرا», «من الساعة 7:15 إلى 8:15 مساء»: the part of the day written after
  // the second time of a range is the first's too (before QA round 11 «T04:00», «T07:15»)
  const later = shift === '' && (clock >= 0 || colon || led) ? laterPeriod(c, j, hour) : undefined;
  if (later) shift = isIn('morning', later.key) ? 'am' : NOON_ADVERBS.has(later.key) ? 'noon' : later.key === 'ليلا' ? 'night' : 'pm';
  if (shift === '' && (keyAt(c, j) === 'بعد' || keyAt(c, j) === 'قبل') && NOON_WORDS.has(keyAt(c, j + 1))) {
    shift = keyAt(c, j) === 'بعد' ? 'pm' : 'am';
    j += 2;
  }
  // «الساعة الرابعة بعد ظهر اليوم», «الثالثة بعد ظهر الأحد»: noon in construct before its day
  // sets the hour and is left with the day, as «عصر اليوم» is below
  if (shift === '' && (clock >= 0 || colon || led) && (keyAt(c, j) === 'بعد' || keyAt(c, j) === 'قبل') && NOON_CONSTRUCTS.has(keyAt(c, j + 1))
    && (PART_DAYS.has(keyAt(c, j + 2)) || lookup(c, j + 2, c.t.weekdays, false) !== undefined)) {
    shift = keyAt(c, j) === 'بعد' ? 'pm' : 'am';
  }
  // «الساعة 12 منتصف الليل», «الواحدة بعد منتصف الليل», «الحادية عشرة قبل منتصف الليل»: the
  // night (before QA round 65 «T12:00», and no TIME after «في» alone)
  const midnight = keyAt(c, j) === 'بعد' || keyAt(c, j) === 'قبل' ? j + 1 : j;
  if (shift === '' && (clock >= 0 || colon || led) && keyAt(c, midnight) === 'منتصف' && keyAt(c, midnight + 1) === 'الليل') {
    shift = keyAt(c, j) === 'بعد' ? 'am' : 'night';
    j = midnight + 2;
  }
  // «الساعة 11:59 ليل الأحد», «الساعة الرابعة عصر اليوم», «عند الثالثة فجر أمس», «الساعة 12
  // منتصف ليل الخميس»: a part of the day in construct before its day sets the hour but is left
  // to the DATE, as after «من» (before QA round 65 «T11:59», «T04:00»)
  const bound = shift === '' && (clock >= 0 || colon || led) ? partBeforeDay(c, keyAt(c, j) === 'منتصف' ? j + 1 : j) : undefined;
  if (bound !== undefined && (keyAt(c, j) !== 'منتصف' || bound === 'night')) shift = bound;
  // «من مساء الإثنين»: the part of the day sets the hour but belongs to the DATE that follows
  // («الساعة الثانية من بعد ظهر الأحد»: the afternoon, as «بعد الظهر» right after the hour)
  const afternoon = keyAt(c, j + 1) === 'بعد' && (keyAt(c, j + 2) === 'ظهر' || NOON_WORDS.has(keyAt(c, j + 2)));
  // («الساعة 12 من منتصف ليل الخميس»: the night, QA round 65)
  const midst = keyAt(c, j + 1) === 'منتصف' && DAY_PARTS.get(keyAt(c, j + 2)) === 'night' ? 'night' : undefined;
  const part = shift === '' && !led && keyAt(c, j) === 'من' ? (afternoon ? 'pm' : midst ?? DAY_PARTS.get(keyAt(c, j + 1))) : undefined;
  if (part !== undefined) shift = part;
  if (clock < 0 && !colon && shift === '') return undefined;
  if (articled && !colon && shift === '') return undefined;
  // «الساعة 22:30 مساء»: a 24-hour time with the (agreeing) part of the day added (and «الساعة
  // 14:30 ظهرا», «14:30 زوالا» since numeric QA round 86; before, two NUMs)
  if (shift !== '' && hour > 12 && !(colon && hour < 24 && (shift === 'pm' || shift === 'night' || (shift === 'noon' && hour <= 17)))) return undefined;
  if (hour > 12) shift = '';
  if (shift === 'am' && hour === 12) hour = 0;
  // «من الساعة الثانية عشرة مساء وحتى السادسة صباحا»: twelve in the evening is midnight, as
  // curfews and truces use it (every «12 مساء» of sixteen news files), unlike «ظهرا»
  else if (shift === 'pm' && hour === 12 && period !== undefined && (period.key === 'مساء' || period.key === 'مساءا')) hour = 0;
  else if (shift === 'pm' && hour < 12) hour += 12;
  else if (shift === 'noon' && hour >= 1 && hour <= 5) hour += 12;
  else if (shift === 'night') hour = hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  // «بتوقيت غرينتش» makes the time UTC (ISO 8601 «Z»)
  const utc = greenwichEnd(c, j);
  if (utc >= 0) j = utc;
  else if (military && clock < 0 && keyAt(c, j) !== 'بتوقيت') return undefined;
  const value = `T${pad(hour === 24 ? 0 : hour, 2)}:${pad(minute, 2)}${second === undefined ? '' : `:${pad(second, 2)}`}${utc >= 0 ? 'Z' : ''}`;
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

/** The ISO 4217 code written at atom `k` in capitals («USD», «EUR»), or ''. */
function isoCodeAt(c: Context, k: number): string {
  const a = c.atoms[k];
  if (!a || a.kind !== Kind.Word || a.end - a.start !== 3 || !c.t.isoCodes.has(a.key)) return '';
  for (let p = a.start; p < a.end; p++) {
    const ch = c.text.charCodeAt(p);
    if (ch < 0x41 || ch > 0x5a) return ''; // «usd» in lower case is too often something else
  }
  const next = c.atoms[k + 1];
  return next && !next.gap && next.kind !== Kind.Other ? '' : a.key.toUpperCase();
}

// «إسترليني» alone, the pound's adjective without its noun (folded)
const STERLING: ReadonlySet<string> = new Set(['استرليني', 'استرلينيا']);

function currencyAfter(c: Context, k: number): { end: number; code: string } | undefined {
  const iso = isoCodeAt(c, k);
  if (iso !== '' && c.atoms[k]!.gap) return { end: k + 1, code: iso };
  const sym = c.atoms[k];
  if (sym && sym.kind === Kind.Other) {
    const code = c.t.symbols.get(sym.key);
    const next = c.atoms[k + 1];
    // («3,218,700 $،», «2,000,000 $.», «(2.427 £)»: punctuation that closes a clause, typed
    // against the symbol, ends the amount; a letter, a digit or another sign against it does not)
    return code && !(next && !next.gap && !(next.kind === Kind.Other && CLAUSE_END.includes(next.key))) ? { end: k + 1, code } : undefined;
  }
  const noun = lookup(c, k, c.t.currencies, false);
  if (!noun) {
    // «135 مليون استرليني»: news (ANT, BBC) drop «جنيه» before «إسترليني» (12 times in news-006)
    const w = wordAt(c, k);
    return w && w.gap && STERLING.has(w.key) ? { end: k + 1, code: 'GBP' } : undefined;
  }
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

/**
 * «996 م.د», «450 م د», «30 أ.د», «1.115 د»: the Tunisian abbreviations of «مليون دينار»,
 * «ألف دينار» and «دينار» at atom `k`, after the number read from atom `from` (in news-009,
 * 163 and 58 after a number, where «م» was read as the common era). The currency is the
 * Tunisian dinar unless more letters are glued on («م.د.ل»). «(25 د)» is a minute of a match.
 */
function dinarsAt(c: Context, k: number, from = -1, value = 0): { end: number; scale: number; code: string } | undefined {
  const head = keyAt(c, k);
  if (head === '\u062f') {
    const a = c.atoms[k]!;
    if (!a.gap && c.atoms[k - 1]?.kind !== Kind.Digits) return undefined;
    const next = c.atoms[k + 1];
    if (next !== undefined && !next.gap && next.kind === Kind.Word) return undefined;
    // «(25 د)»: a minute of a match; «9د و28ث»: minutes and seconds of a race
    const minute = isChar(c, from - 1, '(') && isChar(c, k + 1, ')') && Number.isInteger(value) && value <= 130;
    const seconds = keyAt(c, k + 1) === '\u0648' && c.atoms[k + 2]?.kind === Kind.Digits && keyAt(c, k + 3) === '\u062b';
    if (minute || seconds || isIdentifier(c, from)) return undefined;
    const country = dinarCountry(c, k + 1);
    return country ? { end: country.end, scale: 1, code: country.code } : { end: k + 1, scale: 1, code: 'TND' };
  }
  if (head !== '\u0645' && head !== '\u0627') return undefined; // MEEM, ALEF (folded «أ»)
  let m = k + 1;
  if (isChar(c, m, '.')) m++;
  const d = c.atoms[m];
  if (!d || d.kind !== Kind.Word || d.key[0] !== '\u062f') return undefined; // DAL
  const scale = head === '\u0645' ? 1e6 : 1e3;
  // «م.دج»: the country's letter glued to the «د»
  if (d.key.length === 2) {
    const code = DINAR_COUNTRIES.get(d.key[1]!);
    return code === undefined ? undefined : { end: m + 1, scale, code };
  }
  if (d.key.length !== 1) return undefined;
  const country = dinarCountry(c, m + 1);
  if (country) return { end: country.end, scale, code: country.code };
  // more letters glued on: another currency, kept in the span but left unresolved
  const next = c.atoms[m + 1];
  if (next !== undefined && !next.gap && next.kind === Kind.Word) return { end: m + 2, scale, code: '' };
  return { end: m + 1, scale, code: 'TND' };
}

// The letter after «د» that names the country (folded): «د.أ» Jordan, «د.ك» Kuwait, «د ع» Iraq,
// «د.ب» Bahrain, «د.ل» Libya, «د.ج» Algeria, «د.ت» Tunisia.
const DINAR_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['\u0627', 'JOD'], ['\u0643', 'KWD'], ['\u0639', 'IQD'], ['\u0628', 'BHD'], ['\u0644', 'LYD'], ['\u062c', 'DZD'], ['\u062a', 'TND'],
]);

/** «.أ», « أ», «.ك» after the «د» of a dinar abbreviation at atom `k`: the end and the currency. */
function dinarCountry(c: Context, k: number): { end: number; code: string } | undefined {
  const dot = isChar(c, k, '.') && !c.atoms[k]!.gap;
  const letter = c.atoms[dot ? k + 1 : k];
  if (!letter || letter.kind !== Kind.Word || (!dot && !letter.gap)) return undefined;
  // one letter standing alone: not the start of a word («د أو», «د بعد»)
  const next = c.atoms[(dot ? k + 1 : k) + 1];
  if (next !== undefined && !next.gap && next.kind === Kind.Word) return undefined;
  const code = DINAR_COUNTRIES.get(letter.key);
  if (code === undefined || letter.end - letter.start !== 1) return undefined;
  return { end: (dot ? k + 1 : k) + 1, code };
}

// Cents (folded): «هبط 65 سنتا», «بواقع 0.9 سنت». In the ANT news files (380 after a number)
// they are the US dollar's — oil futures, bond prices, wages — unless «يورو» follows.
const CENTS: ReadonlySet<string> = new Set(['سنت', 'سنتا', 'سنتات']);
// The halala, a hundredth of the Saudi riyal (folded): «19 هللة للدقيقة», «50 هللة» (before QA
// round 20 a NUM; 17 in news-003)
const HALALAS: ReadonlySet<string> = new Set(['هلله', 'هللات', 'هللا']);
// The fils (folded), a thousandth of the Kuwaiti, Bahraini, Jordanian or Iraqi dinar and a
// hundredth of the UAE dirham: «بسعر 550 فلسا للسهم» is money whose currency the text does not
// settle, so it gets no value (before QA round 29 a NUM; 9 paragraphs of news-010)
const FILS: ReadonlySet<string> = new Set(['فلس', 'فلسا', 'فلوس']);
// Fils of each currency divided into them, with how many make its unit: the Kuwaiti, Bahraini,
// Jordanian and Iraqi dinar hold 1000, the UAE dirham 100
const FILS_IN: ReadonlyMap<string, number> = new Map([['KWD', 1000], ['BHD', 1000], ['JOD', 1000], ['IQD', 1000], ['AED', 100]]);
// The qirsh or piastre (folded), a hundredth of the Egyptian, Sudanese, Syrian and Lebanese
// pound, the Jordanian dinar and the Turkish lira (kuruş): «زيادة بنحو 20 قرشا», «54 جنيها و40
// قرشا» (a NUM before QA round 39 of the numbers; 38 after a number in the ANT news files,
// nearly all Egyptian)
const QIRSH: ReadonlySet<string> = new Set(['قرش', 'قرشا', 'قروش']);
const QIRSH_IN: ReadonlyMap<string, number> = new Map([['EGP', 100], ['SDG', 100], ['SYP', 100], ['LBP', 100], ['JOD', 100], ['TRY', 100]]);
// The country adjectives (folded, masculine, without the article) that name whose fils or qirsh
// follow them: «85 فلسا كويتيا», «20 قرشا مصريا»
const SUBUNIT_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['كويتي', 'KWD'], ['بحريني', 'BHD'], ['اردني', 'JOD'], ['عراقي', 'IQD'], ['اماراتي', 'AED'],
  ['مصري', 'EGP'], ['سوداني', 'SDG'], ['سوري', 'SYP'], ['لبناني', 'LBP'], ['تركي', 'TRY'],
]);
// The millime (folded), a thousandth of the Tunisian dinar: «ارتفع إلى 2800 مليم», «بـ 30 مليما
// للتر» (before QA round 34 a NUM; 74 in news-009 and news-015). Egypt's millieme has long been out of use.
const MILLIMES: ReadonlySet<string> = new Set(['مليم', 'مليما', 'مليمات']);

/** A number of millimes in dinars; there is no fraction of a millime: «2.500 مليم» is the dinar amount with its millimes. */
function millimes(value: number): number {
  return Number.isInteger(value) ? round(value / 1000) : value;
}

const US_ADJECTIVES: ReadonlySet<string> = new Set(['امريكي', 'امريكيا', 'امريكيه', 'اميركي', 'اميركيا', 'اميركيه']);

// Currencies other than the US dollar divided into cents, whose amount lends its currency to
// cents named soon after it («1.45 يورو بتراجع عشرة سنتات»: euro cents)
const CENT_CURRENCIES: ReadonlySet<string> = new Set(['EUR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD']);
// How far back (UTF-16 code units) an amount still names the currency of cents: about a sentence
const CENTS_REACH = 200;

/**
 * «65 سنتا» (USD), «50 سنت يورو», «تسعة سنتات من اليورو» (EUR), «5 سنتات أمريكية» at atom `k`:
 * the end and the currency, in cents. Cents with no currency of their own are US cents, the
 * reading of the news corpus, unless an amount in euros (or another currency of cents) came
 * shortly before: «بلغ 1.45 يورو بتراجع عشرة سنتات» (before QA round 24, US cents). Halalas are
 * the riyal's; fils and qirsh are read by {@link subunitAfter}.
 */
function centsAfter(c: Context, k: number): { end: number; code: string; per: number } | undefined {
  const a = wordAt(c, k);
  if (a && a.gap && HALALAS.has(a.key)) return { end: k + 1, code: 'SAR', per: 100 };
  if (a && a.gap && (FILS.has(a.key) || QIRSH.has(a.key))) return subunitAfter(c, k, FILS.has(a.key) ? FILS_IN : QIRSH_IN);
  if (!a || !a.gap || !CENTS.has(a.key)) return undefined;
  const next = keyAt(c, k + 1);
  if (next === 'يورو' || next === 'اورو') return { end: k + 2, code: 'EUR', per: 100 };
  if (next === 'من' && wordAt(c, k + 2) && wordKey(c, c.atoms[k + 2]!) === 'اليورو') return { end: k + 3, code: 'EUR', per: 100 };
  if (US_ADJECTIVES.has(next)) return { end: k + 2, code: 'USD', per: 100 };
  const lent = CENT_CURRENCIES.has(c.lastCurrency) && c.atoms[k]!.start - c.lastCurrencyEnd <= CENTS_REACH;
  return { end: k + 1, code: lent ? c.lastCurrency : 'USD', per: 100 };
}

/**
 * Fils or qirsh at atom `k` (`units`: the currencies divided into them): the currency named by a
 * country adjective after them («85 فلسا كويتيا»), or lent by an amount shortly before in a
 * currency divided into them («3 دنانير كويتية و500 فلس»); otherwise code `''`, no value, since
 * several countries share the name (a paragraph that names one country gives it later, in the
 * recognizer).
 */
function subunitAfter(c: Context, k: number, units: ReadonlyMap<string, number>): { end: number; code: string; per: number } {
  const adjective = wordAt(c, k + 1);
  if (adjective && adjective.gap) {
    const key = adjective.key;
    const bare = key.endsWith('ا') || key.endsWith('ه') ? key.slice(0, -1) : key;
    const code = SUBUNIT_ADJECTIVES.get(bare);
    if (code !== undefined && units.has(code)) return { end: k + 2, code, per: units.get(code)! };
  }
  const per = units.get(c.lastCurrency);
  if (per !== undefined && c.atoms[k]!.start - c.lastCurrencyEnd <= CENTS_REACH) return { end: k + 1, code: c.lastCurrency, per };
  return { end: k + 1, code: '', per: 100 };
}

function money(amount: number, code: string): Value {
  return code ? { amount, currency: code } : undefined;
}

/**
 * «في 1970s», «أواخر 1990s», «(1880s)»: a decade written as its round year with the English
 * plural «s» glued to it, as translated articles keep it; a DATE valued as the decade (`'197'`),
 * as «في السنوات 1970» is. Nothing was read before QA round 55 of the numbers (32 in news-013).
 */
function latinDecade(c: Context, i: number): Match | undefined {
  const a = c.atoms[i]!;
  if (a.kind !== Kind.Digits || !isInteger(a) || a.intDigits !== 4 || a.key.length !== 4 || a.value % 10 !== 0 || a.value < 1000 || a.value > 2090) return undefined;
  const s = c.atoms[i + 1];
  if (!s || s.kind !== Kind.Word || s.gap || (s.key !== 's' && s.key !== 'S')) return undefined;
  // (not a code or a word glued on, «1970s2», «1970sa», nor a decade before the common era,
  // «1240s قبل الميلاد»)
  const after = c.atoms[i + 2];
  if ((after && !after.gap && after.kind !== Kind.Other) || bcEraEnd(c, i + 2) >= 0) return undefined;
  return { type: 'DATE', start: a.start, end: i + 2, value: pad(a.value / 10, 3), score: 0.9 };
}

function matchNumeric(c: Context, i: number): Match | undefined {
  const a = c.atoms[i]!;
  if (i < c.identEnd) return undefined;
  // «USD 100»
  if (a.kind === Kind.Word) {
    const iso = isoCodeAt(c, i);
    const next = c.atoms[i + 1];
    if (iso !== '' && next && next.gap && next.kind === Kind.Digits) {
      const n = parseNumber(c, i + 1, false);
      if (n) return { type: 'MONEY', start: a.start, end: n.end, value: money(n.value, iso), score: 1 };
    }
  }
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
  const decade = latinDecade(c, i);
  if (decade) return decade;
  const n = parseNumber(c, i, true);
  if (!n) return a.kind === Kind.Word && definiteNumerals().has(a.key) ? definiteCount(c, i) : undefined;
  if (a.kind === Kind.Digits && dashAfterYear(c, i)) return undefined;
  // «القطاعات الخمسة عشر», «الثمانية عشر مليونا»: «عشر» after a definite unit ends a definite
  // numeral, which is no count (43 read as 10 in news-004 and news-011); before a counted noun
  // («للخمسة عشر عاما») the unit has read the teen already (definiteCompoundCount)
  if (a.kind === Kind.Word && (definiteTeen(c, i) || vagueTeen(c, i))) {
    c.identEnd = n.end;
    return undefined;
  }
  if (a.kind === Kind.Word && definiteBefore(c, i)) {
    c.identEnd = n.end;
    return undefined;
  }
  if (a.kind === Kind.Word && n.value === 1000 && n.end === i + 1 && isAuthored(c, i)) return undefined;
  const p = percentAfter(c, n.end);
  if (p >= 0) return { type: 'PERCENT', start: n.start, end: p, value: n.value, score: 1 };
  // «10-20%», «2.5 - 3.5 في المئة», «بين 10 و20%», «من 10 إلى 20 في المئة»: the first number
  // of a range of percentages is one too
  // (a number word may open the range after «بين/من»: «بين عشرة و12 في المئة», «من صفر إلى 20
  // بالمئة»; not «لليلة واحدة إلى 17.75 في المئة», where nothing opens one)
  const wordOpens = a.kind === Kind.Word && n.end === i + 1 && RANGE_OPENERS.has(keyAt(c, i - 1));
  const link = n.single || wordOpens ? rangeLinkEnd(c, n.end, i) : -1;
  if (link >= 0) {
    const second = parseNumber(c, link, false);
    if (second && second.single && second.value > n.value && percentAfter(c, second.end) >= 0) {
      return { type: 'PERCENT', start: n.start, end: n.end, value: n.value, score: 1 };
    }
    // «بين 3.6 و3.7 مليار دولار», «من 10 إلى 15 ألف ريال»: the scale (and the currency) written
    // once, after the second number, are the first's too (before QA round 10 a bare 3.6)
    const b = c.atoms[link];
    const scale = c.t.scales.get(keyAt(c, link + 1));
    if (second && b !== undefined && b.kind === Kind.Digits && second.end === link + 2 && scale !== undefined && n.value < b.value && b.value < 1000) {
      const amount = round(n.value * scale.scale);
      const cur = currencyAfter(c, second.end);
      if (cur) return { type: 'MONEY', start: n.start, end: n.end, value: money(amount, cur.code), score: 1 };
      return { type: 'NUM', start: n.start, end: n.end, value: amount, score: 1 };
    }
    // «بين 5 و10 دولارات»
    if (second && second.single && second.value > n.value) {
      const cur = currencyAfter(c, second.end);
      if (cur) return { type: 'MONEY', start: n.start, end: n.end, value: money(n.value, cur.code), score: 1 };
      // «بين 450 و800 مليم», «من 600 إلى 900 مليم»: millimes named once, after the second
      // number, are the first's too (before QA round 38 a bare NUM; 5 in news-000 and news-009)
      const millime = wordAt(c, second.end);
      if (millime && millime.gap && MILLIMES.has(millime.key)) {
        return { type: 'MONEY', start: n.start, end: n.end, value: money(millimes(n.value), 'TND'), score: 1 };
      }
    }
  }
  const cur = currencyAfter(c, n.end);
  if (cur) {
    const half = halfAfterCurrency(c, n.end, cur.end);
    const end = half ? half.end : cur.end;
    const amount = half ? round(n.value + half.value) : n.value;
    return { type: 'MONEY', start: n.start, end, value: money(amount, cur.code), score: 1 };
  }
  const dinars = dinarsAt(c, n.end, i, n.value);
  if (dinars) return { type: 'MONEY', start: n.start, end: dinars.end, value: money(round(n.value * dinars.scale), dinars.code), score: 1 };
  const millime = wordAt(c, n.end);
  if (millime && millime.gap && MILLIMES.has(millime.key)) {
    return { type: 'MONEY', start: n.start, end: n.end + 1, value: money(millimes(n.value), 'TND'), score: 1 };
  }
  // «مليار ونصف من المليمات», «25 مليار من المليمات»: Tunisian news count large sums in
  // millimes (a «مليار» of them is a million dinars); a NUM of the millimes before QA round 38
  if (n.value >= 1e6 && keyAt(c, n.end) === 'من' && keyAt(c, n.end + 1) === 'المليمات' && c.atoms[n.end + 1]!.gap) {
    return { type: 'MONEY', start: n.start, end: n.end + 2, value: money(millimes(n.value), 'TND'), score: 1 };
  }
  const cents = centsAfter(c, n.end);
  if (cents) return { type: 'MONEY', start: n.start, end: cents.end, value: money(round(n.value / cents.per), cents.code), score: 1 };
  const single = n.single;
  // «قرار مجلس الأمن رقم 1970», «القرار الأممي 1973»: four digits in the years' range name a
  // resolution here, before they can be read as a year
  if (single && single.intDigits === 4 && namesResolution(c, i)) {
    c.identEnd = i + 1;
    return undefined;
  }
  // «(1122 - 10 يونيو 1190)»: a bare year in brackets before a dash and a full date a lifetime
  // later is the year of birth (a NUM before QA round 28)
  if (single && n.end === i + 1 && isLifeBeforeDate(c, i)) {
    return { type: 'DATE', start: n.start, end: n.end, value: pad(single.value, 4), score: 0.8 };
  }
  if (single && n.end === i + 1 && isBracketedReign(c, i)) {
    const until = c.atoms[i + 2]!.value;
    return { type: 'DATE', start: n.start, end: i + 3, value: `${pad(single.value, 4)}/${pad(until, 4)}`, score: 0.8 };
  }
  // «قرابة 4,500 ق.م»: a year before the common era written with a thousands separator
  // (grouped digits have no intDigits; the key is the plain digits)
  if (single && single.intDigits === 0 && isInteger(single) && single.key.length === 4 && n.value >= 1000 && n.end === i + 1) {
    const bc = bcEraEnd(c, i + 1);
    if (bc >= 0) return { type: 'DATE', start: n.start, end: bc, value: isoYear(n.value, true), score: 1 };
  }
  // «ويندوز 2000», «أوفيس 2010»: software named by a year is no DATE
  if (single && single.intDigits === 4 && n.end === i + 1 && NAMED_BY_YEAR.has(previousWord(c, i)) && single.gap) {
    c.identEnd = i + 1;
    return undefined;
  }
  // «حرب 67», «نكسة 67», «ثورة 52»: a war or a revolution named by the last two digits of its
  // year, a DATE whose century is unwritten like «عام 67» (a NUM before QA round 54 of the
  // numbers) — not before what 11 to 99 count («حرب 67 جنديا»)
  if (single && single.intDigits === 2 && single.key.length === 2 && single.value > 10 && n.end === i + 1 && single.gap && EVENTS_BY_YEAR.has(previousWord(c, i))
    && !quantityAfter(c, i + 1) && !UNITS.has(keyAt(c, i + 1)) && !accusativeCount(c, i + 1) && !isChar(c, i + 1, '%\u066A-/')) {
    return { type: 'DATE', start: n.start, end: n.end, value: undefined, score: 0.8 };
  }
  if (single && single.intDigits === 4 && single.key.length === 4 && single.value <= 2100 && !countedFourDigits(c, i) && (single.value >= 1800 || oldYear(c, i))) {
    // A bare four-digit number in the years' range reads as a year («و2011»).
    const read = year(c, i, true, false);
    const y = read && eraPeriod(c, read);
    if (y) {
      noteYear(c, y);
      return { type: 'DATE', start: y.start, end: y.end, value: yearValue(y), score: y.marked ? 1 : 0.8 };
    }
  }
  // «للعام الهجري 1436», «خلال العام الحالي 1436،»: a year of the Hijri range after a year
  // word and its adjective (not before a counted noun: «سجل العام الحالي 1436 طالبا»; after
  // «العام الهجري» whatever follows: «في العام الهجري 1436 قال», a NUM before QA round 39)
  if (single && single.intDigits === 4 && single.key.length === 4 && isHijriDateYear(single.value) && afterYearAdjective(c, i) && (wordsBefore(c, i - 1, 1)[0] === 'الهجري' || (!quantityAfter(c, i + 1) && !countsNoun(c, i + 1)))) {
    // (the Gregorian days of that Hijri year; no value before API pass 9)
    return { type: 'DATE', start: n.start, end: n.end, value: hijriInterval(single.value), score: 0.8 };
  }
  // «بين عامي 498 و514», «عامي 217 و222،»: the second of two years after the dual has three
  // digits like the first (a count read as a NUM before QA round 11)
  if (single && single.intDigits === 3 && single.key.length === 3 && c.yearEnd === i - 1 && keyAt(c, i - 1) === '\u0648' && DUAL_YEARS.has(keyAt(c, i - 3))
    && single.value > c.yearValue && single.value - c.yearValue < 300 && !quantityAfter(c, i + 1) && !UNITS.has(keyAt(c, i + 1)) && !countsNoun(c, i + 1)) {
    return { type: 'DATE', start: n.start, end: n.end, value: pad(single.value, 4), score: 0.8 };
  }
  // «(تاريخ الكنيسة 6/3/7)», «المادة 12/3/4»: three or more numbers joined by slashes that are no
  // date are a reference (book, chapter and verse; article and clause), not counts (three NUMs
  // before QA round 23)
  if (single && n.end === i + 1) {
    const chain = slashChainEnd(c, i);
    if (chain > 0) {
      c.identEnd = chain;
      return undefined;
    }
  }
  if (single && isCitation(c, i)) {
    // with a range of pages: «1/577-578»
    const range = isChar(c, i + 3, '-\u2013') && !c.atoms[i + 3]!.gap && isInteger(c.atoms[i + 4]) && !c.atoms[i + 4]!.gap;
    c.identEnd = range ? i + 5 : i + 3;
    return undefined;
  }
  if (single) {
    const verse = scriptureReferenceEnd(c, i);
    if (verse > 0) {
      c.identEnd = verse;
      return undefined;
    }
  }
  // («ميج 21 و23 طائرة»: a number listed after a model that has its counted noun counts)
  if (single && (isIdentifier(c, i) || (continuesIdentifiers(c, i) && !countsNoun(c, i + 1)) || isBracketReference(c, i) || isTelephone(c, i))) {
    c.identEnd = i + 1;
    return undefined;
  }
  if (single && isMatchMinute(c, i)) return undefined;
  if (single && isScorerMinute(c, i)) return undefined;
  if (single && (isEnumerator(c, i) || plusJoined(c, i) || opensListLine(c, i) || orLetter(c, i))) return undefined;
  if (single && isFraction(c, i)) return undefined;
  // «المنحنى رقم أربعة», «الرقم ثمانية», «العدو رقم واحد»: a number word after «رقم» names
  // (the figure «الرقم ثلاثة آلاف» still counts)
  if (a.kind === Kind.Word && n.value < 100 && afterNumberWord(c, i)) {
    c.identEnd = n.end; // «رقم ثلاثة وثلاثين»: no part of it starts a number either
    return undefined;
  }
  // «القمة الـ24», «الدورة الـ 15»: digits after the article are an ordinal or a definite
  // numeral, not a count
  // (but «عن عمر يناهز الـ85 عاما», «تحت سن الـ40 عاماً»: before an indefinite noun of years
  // the article marks a known count, an age — not «التعديل الـ18 عام 2009»)
  // (nor «تجاوز الـ43 ألف متفرج», «الـ 12 مليون نسمة»: digits with a scale are no ordinal)
  // (nor «في الـ38 من العمر», «وهو في الـ19 من عمره»: before «من العمر/من عمره» an age, 11 in
  // news-004 and news-012, all left out before QA round 17)
  // (nor «في سن الـ11», «في عمر الـ 17»: after the noun of age the article marks an age, a count
  // of years, as «في الـ38 من العمر» does; 14 in news-007 and news-015 before QA round 44)
  if (a.kind === Kind.Digits && (isArticle(c, i - 1) || (isChar(c, i - 1, '(') && isArticle(c, i - 2))) && !yearsCounted(c, n.end) && !scaledAt(c, i, n.end) && !ofAge(c, n.end)
    && !(isArticle(c, i - 1) && AGE_NOUNS.has(keyAt(c, i - 2))) && !definiteDigitsCount(c, i, n)) return undefined;
  if (!single && n.end === i + 1 && !countsSomething(c, i, n.value)) return undefined;
  // «ثلاثة أرباع السكان», «ثلاثة أخماس»: the numerator of a fraction, which alone is no count («نصف»)
  if (n.end === i + 1 && n.value >= 2 && n.value <= 10 && FRACTION_PLURALS.has(keyAt(c, i + 1))) return undefined;
  return { type: 'NUM', start: n.start, end: n.end, value: n.value, score: 1 };
}

// Plurals (folded) counted by a definite unit from three to ten: «الثلاثة أيام», «الخمس سنوات»
// (besides the sound feminine plurals in «ات»)
const DEFINITE_UNIT_COUNTS: ReadonlySet<string> = new Set([...SIX_COUNTS, 'اسابيع', 'قرون', 'عقود', 'اشخاص', 'رجال', 'نساء', 'اطفال', 'جنود', 'قتلي', 'لاعبين', 'نجوم', 'جوائز', 'اهداف', 'مقاعد']);
// Feminine singular nouns of time and measure (folded) counted by a definite tens word, whose
// accusative is not written with an alef: «الأربعين سنة», «التسعين دقيقة»
const DEFINITE_TENS_FEMININE: ReadonlySet<string> = new Set(['سنه', 'ساعه', 'دقيقه', 'ثانيه', 'درجه', 'ليله', 'مره']);
// Words in «ا» after a definite tens word that are adverbs or particles, not a counted noun
// in the accusative (folded): «القرن العشرين أيضا», «مجموعة العشرين هذا العام»
const NOT_TAMYIZ: ReadonlySet<string> = new Set([
  'ايضا', 'تقريبا', 'بدءا', 'اولا', 'ثانيا', 'اخيرا', 'ابدا', 'جدا', 'غدا', 'هذا', 'لذا', 'اذا', 'حاليا', 'مثلا', 'شرقا', 'غربا', 'شمالا', 'جنوبا',
  'فصاعدا', 'سابقا', 'لاحقا', 'مجددا', 'معا', 'جميعا', 'عربيا', 'عالميا', 'دوليا', 'رسميا', 'اساسا', 'خصوصا', 'وفقا', 'نظرا', 'بدا', 'تبدا',
  'ما', 'اما', 'كما', 'مما', 'بما', 'لما', 'عندما', 'بينما', 'ربما', 'طالما', 'كلما', 'حيثما', 'فيما', 'انما', 'مهما', 'لولا', 'الا', 'كلا',
  // verbal nouns of purpose: «دير الأربعين تكريما لهم», «وهو في الثلاثين هربا من»
  'تكريما', 'تخليدا', 'تقديرا', 'احتراما', 'احتفالا', 'هربا', 'حزنا', 'خوفا', 'طمعا',
  // nouns in «ة» used as adverbs and prepositions: «دورته الـ 40 نهاية الشهر», «دور الـ 16 رفقة»
  'نهايه', 'بدايه', 'رفقه', 'برفقه', 'بصحبه', 'طيله', 'قرابه', 'بمثابه',
]);

// Words (folded) after which a definite numeral is a noun, not a count: demonstratives («هذه
// المائة»), fractions («نصف المليون»), «حرف الألف», «بعد المائة» (of an ordinal, «الثاني بعد المائة»)
// (and «عشر», whose ordinal goes on with «و»: «الأسرتين التاسعة عشر والعشرين»)
const DEFINITE_BLOCKERS: ReadonlySet<string> = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هذان', 'هاتان', 'نصف', 'ربع', 'ثلث', 'حرف', 'بعد', 'عشر', 'عشره']);
// Personal pronouns (folded), which start a clause after a definite numeral («رأس المائة هو»)
const PRONOUNS: ReadonlySet<string> = new Set(['هو', 'هي', 'هم', 'هما', 'هن', 'انا', 'نحن', 'انت', 'انتم']);

/** The head of the ordinal eleven (folded, «الحادي عشر»), which is no definite cardinal. */
const ORDINAL_ELEVEN = '\u062d\u0627\u062f\u064a';

let definite: Set<string> | undefined;

/**
 * The folded definite numerals from three up, with the proclitics {@link strip} takes off
 * («الأربعين», «والمليون», «للثلاثة»), so that most words skip {@link definiteCount} at once.
 */
function definiteNumerals(): Set<string> {
  if (definite) return definite;
  const t = getTables();
  definite = new Set<string>();
  for (const map of [t.units, t.tens, t.hundreds, t.scales, t.teenHeads] as Array<Map<string, unknown>>) {
    for (const k of map.keys()) {
      if (k.includes(' ') || k === ORDINAL_ELEVEN) continue;
      for (const conj of ['', '\u0648', '\u0641']) {
        for (const prep of ['\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0644\u0644']) definite.add(`${conj}${prep}${k}`);
      }
    }
  }
  return definite;
}

/**
 * «الأربعين عاما», «الثلاثة أيام», «المليون دولار», «الألف شخص»: a definite cardinal word
 * at atom `i` followed at once by the indefinite noun it counts is a quantity (the article
 * marks a count already spoken of), though a definite number alone is an ordinal, a name or
 * an adjective after its noun («مجموعة العشرين», «القرن العشرين», «الدول الخمس») and stays
 * out. The noun must have the form the number governs: an accusative singular after the tens
 * («عاما», «دولارا»; or a feminine noun of measure, «سنة»), a plural after three to ten, an
 * indefinite singular (or a currency) after «مئة/ألف/مليون/مليار». Before QA round 30 none
 * of these was read.
 */
function definiteCount(c: Context, i: number): Match | undefined {
  const a = c.atoms[i]!;
  const next = c.atoms[i + 1];
  if (!next || next.kind !== Kind.Word || !next.gap || isLatin(next)) return undefined;
  let found: Term | undefined;
  let letters = 0;
  for (const [k, n] of candidates(a)) {
    if (!k.startsWith('\u0627\u0644')) continue;
    found = term(c.t, k.slice(2));
    if (found) {
      letters = n;
      break;
    }
  }
  if (!found) return undefined;
  // (not the duals «المليوني ريال», «الألفي ريال», nor «المائتين»)
  if (found.kind === 'frac' || (found.kind === 'unit' && found.value < 3) || (found.kind === 'scale' && found.count !== 1)) return undefined;
  // «الكتيب الثلاثة», «الأعوام المائة», «حرف الألف», «والواحد والثلاثين»: after a definite
  // word the numeral is its adjective (or ends a definite compound); «هذه المائة», «نصف المليون»
  // make it a noun itself
  // (with «و» typed apart, the word before it: «الثماني و الثلاثين عاما»)
  const before = wordBeforeDefinite(c, i, false);
  if (before === undefined) return undefined;
  const noun = wordKey(c, next);
  if (found.kind === 'unit' && found.value >= 3 && found.value <= 9 && isTen(noun)) return definiteCompoundCount(c, i, startAfter(c, a, letters), 10 + found.value, false);
  // «خلال الأحد عشر عاما», «الإحدى عشرة سنة», «الاثني عشر شهرا»: the heads of eleven and
  // twelve the same way (none was read before numeric QA round 67; not the ordinal «الحادي»)
  if (found.kind === 'teenHead') return isTen(noun) ? definiteCompoundCount(c, i, startAfter(c, a, letters), 10 + found.value, false) : undefined;
  // «الستة والعشرين حرما», «الأربع والعشرين ساعة»: a definite unit, «و» and a definite tens word
  // before the noun they count (nothing was read before QA round 55 of the numbers)
  const tens = found.kind === 'unit' && found.value >= 3 && found.value <= 9 && noun.startsWith('\u0648\u0627\u0644') ? term(c.t, noun.slice(3)) : undefined;
  if (tens !== undefined && tens.kind === 'tens') return definiteCompoundCount(c, i, startAfter(c, a, letters), tens.value + found.value, false);
  // «العشرة آلاف شخص», «الستة مليارات دولار»: a definite unit before a plural scale
  const scale = found.kind === 'unit' && found.value >= 3 && found.value <= 10 ? c.t.scales.get(noun) : undefined;
  if (scale !== undefined && scale.count === 0) return definiteCompoundCount(c, i, startAfter(c, a, letters), found.value * scale.scale, true);
  // «سقف العشرين مليار ريال», «المائة ألف سلة», «المئتي ألف مهاجر»: a definite tens or hundreds
  // word before a singular scale is one too (not «في المائة», per cent, as below)
  const single = found.kind === 'tens' || (found.kind === 'hund' && before !== '\u0641\u064a' && letters === 0) ? c.t.scales.get(noun) : undefined;
  if (single !== undefined && single.count === 1) return definiteCompoundCount(c, i, startAfter(c, a, letters), found.value * single.scale, true);
  // (a definite hundred other than «المائة» stands alone: «المائتين»)
  if (found.kind === 'hund' && found.value !== 100) return undefined;
  if (noun.startsWith('\u0627\u0644') || NOT_NOUNS.has(noun) || PRONOUNS.has(noun) || term(c.t, noun) !== undefined || isTen(noun)) return undefined;
  // «عيد مولده الخمسين سنة 1906», «118 بالألف عام 1973»: a noun of time before a number names a date
  if (isInteger(c.atoms[i + 2])) return undefined;
  const start = startAfter(c, a, letters);
  const cur = currencyAfter(c, i + 1);
  if (cur) return { type: 'MONEY', start, end: cur.end, value: money(found.value, cur.code), score: 0.9 };
  switch (found.kind) {
    case 'tens':
    case 'unit':
      break;
    case 'hund':
    case 'scale':
      // «في المائة», «بالمئة», «بالألف»: per cent and per mille in words, not a count
      if (before === '\u0641\u064a' || letters > 0) return undefined;
      break;
    default:
      return undefined;
  }
  return countedAfterDefinite(c, i + 1, noun, found.value) ? { type: 'NUM', start, end: i + 1, value: found.value, score: 0.9 } : undefined;
}

// Adverbs with «بال» that are no definite noun before a number: «قضى بالفعل الثلاثين عاما»
const ARTICLE_ADVERBS: ReadonlySet<string> = new Set(['بالفعل', 'بالضبط', 'بالتحديد', 'بالتمام', 'بالكامل', 'بالتقريب', 'بالتالي']);

/**
 * The folded word before a definite number at atom `j` (with «و» typed apart, the word before
 * it: «الثماني و الثلاثين عاما»), or undefined when that word makes the number its adjective or
 * a noun itself: a definite word, with or without a proclitic («الكتيب الثلاثة», «للمرة الألف»,
 * «بالمقاعد الـ18»; not an adverb of ARTICLE_ADVERBS), or one of DEFINITE_BLOCKERS («هذه
 * المائة», «نصف المليون»). Before digits (`digits`) a noun with a pronoun makes them an ordinal
 * too («دورته الـ 40», «عيد ميلاده الـ54»), where a numeral word after it often counts what the
 * noun names («فصوله الستة», «بلدته الخمس سنوات الأخيرة»).
 */
function wordBeforeDefinite(c: Context, j: number, digits: boolean): string | undefined {
  const k = previousWord(c, j) === '\u0648' ? j - 1 : j;
  const before = previousWord(c, k);
  const bare = before.length > 3 && before[0] === '\u0648' ? before.slice(1) : before;
  const article = bare.startsWith('\u0627\u0644') || bare.startsWith('\u0644\u0644') || (bare.length > 3 && '\u0628\u0643\u0641'.includes(bare[0]!) && bare.startsWith('\u0627\u0644', 1) && !ARTICLE_ADVERBS.has(bare));
  if (article || DEFINITE_BLOCKERS.has(bare)) return undefined;
  // a pronoun in «ه» on a noun of four letters or more («دورته», «ميلاده»; the key folds «ة» to «ه»)
  const p = c.atoms[k - 1];
  if (digits && p !== undefined && p.kind === Kind.Word && before.length > 3 && c.text.charCodeAt(p.end - 1) === 0x647) return undefined;
  return before;
}

/**
 * Whether `noun` (folded) at atom `k` is what a definite number of `value` counts, in the form
 * the number asks for: a plural after three to ten («الثلاثة أيام», «الـ 5 نجوم»), an accusative
 * singular after eleven to ninety-nine («العشرين عاما», «الـ 12 لاعبا»; or one of the feminine
 * nouns of time whose accusative has no alef, «التسعين دقيقة», «الـ24 ساعة»), a genitive
 * singular after the hundreds («المائة يوم», «الـ100 متر»).
 */
function countedAfterDefinite(c: Context, k: number, noun: string, value: number): boolean {
  // «أغلبيتهم», «أسسها»: a pronoun suffix makes a word definite, no counted noun
  if (noun.endsWith('\u0647\u0627') || noun.endsWith('\u0647\u0645')) return false;
  const rest = value % 100;
  if (rest >= 3 && rest <= 10) return DEFINITE_UNIT_COUNTS.has(noun) || (noun.length >= 4 && noun.endsWith('\u0627\u062a') && countsNoun(c, k));
  // (not a verb in the plural, whose «وا» looks like an accusative: «مجموعة العشرين أبدوا
  // إعجابهم»; of the nouns in «و» only «عضوا» is counted)
  // (a noun in «ة» has no alef in the accusative: «الـ 12 مباراة», «العشرين دولة»)
  if (rest > 10) return DEFINITE_TENS_FEMININE.has(noun) || (noun.length >= 3 && !NOT_TAMYIZ.has(noun) && (noun.endsWith('\u0627') ? !pluralVerb(noun) : endsWithTaMarbuta(c, k)) && countsNoun(c, k));
  // (not before a verb in the imperfect: «الألف يمثل»)
  return value >= 100 && countsNoun(c, k) && !noun.endsWith('\u0627') && (noun[0] !== '\u064a' || noun === '\u064a\u0648\u0645');
}

/**
 * Whether the integer at atom `i` has right after it a scale, a currency, a percent word, a unit,
 * or the indefinite noun it counts in the form its value asks for ({@link countedAfterDefinite}:
 * «4 مباريات», «65 نادياً», «17 دقيقة», «282 حالة», «500 شخص») — not a verb, an adjective or a
 * phrase («36 رائع», «632 توفي», «15 من حكمه»). Asked after «العام/السنة» (numeric QA round 81),
 * where a number names the year or the nth one unless it counts.
 */
function countsNounAfter(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (quantityAfter(c, i + 1)) return true;
  const next = c.atoms[i + 1];
  if (!next || next.kind !== Kind.Word || !next.gap || isLatin(next)) return false;
  const noun = wordKey(c, next);
  if (UNITS.has(noun)) return !NOT_UNITS_AFTER_YEAR.has(noun);
  if (noun.startsWith('\u0627\u0644') || NOT_NOUNS.has(noun) || PRONOUNS.has(noun) || term(c.t, noun) !== undefined) return false;
  return countedAfterDefinite(c, i + 1, noun, a.value);
}

/** Whether the word at atom `k` is written with a final «ة» (not «ه», which may be a pronoun). */
function endsWithTaMarbuta(c: Context, k: number): boolean {
  const b = c.atoms[k]!;
  let end = wordEnd(c, b) - 1;
  while (end > b.start && c.text.charCodeAt(end) >= 0x64b && c.text.charCodeAt(end) <= 0x652) end--; // «ساعةً»
  return c.text.charCodeAt(end) === 0x629;
}

/**
 * «خلال الـ24 ساعة الماضية», «في الـ 12 مباراة الأخيرة», «سباق الـ100 متر»: digits at atom `i`
 * after the article and before the noun they count, in its form ({@link countedAfterDefinite}),
 * are a known count, as a definite numeral word is; after a definite word they are its ordinal
 * («القمة الـ24», «الدورة الـ 15 انطلقت»), and before a number they name a date («التعديل الـ18
 * عام 2009»).
 */
function definiteDigitsCount(c: Context, i: number, n: NumberMatch): boolean {
  if (n.end !== i + 1 || !isArticle(c, i - 1) || isInteger(c.atoms[i + 2]) || wordBeforeDefinite(c, i - 1, true) === undefined) return false;
  const next = c.atoms[i + 1];
  if (!next || next.kind !== Kind.Word || !next.gap || isLatin(next)) return false;
  const noun = wordKey(c, next);
  if (noun.startsWith('\u0627\u0644') || NOT_NOUNS.has(noun) || PRONOUNS.has(noun) || term(c.t, noun) !== undefined) return false;
  return countedAfterDefinite(c, i + 1, noun, n.value);
}

/** A word (folded) in «وا» other than «عضوا», which after a number is a past or jussive verb in the plural («قالوا», «أبدوا»). */
const pluralVerb = (w: string): boolean => w.length >= 4 && w.endsWith('\u0648\u0627') && w !== '\u0639\u0636\u0648\u0627';

// Question words (folded, with «و/ف») that open a clause after a definite number and its scale
// («لا يتجاوز العشرين ألف فكيف»), not a counted noun
const QUESTION_WORDS: ReadonlySet<string> = new Set(['كيف', 'فكيف', 'وكيف', 'هل', 'فهل', 'وهل', 'لماذا', 'فلماذا', 'ماذا', 'فماذا']);

/**
 * «الخمسة عشر عاما», «الخمس عشرة سنة», «العشرة آلاف شخص», «الثلاثة مليارات دولار»: a definite
 * unit at atom `i` with «عشر/عشرة» or a plural scale after it, followed at once by the
 * indefinite noun it counts, is a quantity of `value`, as a definite tens word or «المليون» is
 * ({@link definiteCount}, which has checked the word before). The noun is an accusative
 * singular after a teen (as after the tens), a genitive singular after a scale (`genitive`).
 * Alone or after its noun («الأعضاء الخمسة عشر», «دور الستة عشر», «الموظفين الأربعة آلاف») the
 * compound stays out. Before QA round 32 none was read (28 in news-007 and news-012). Since
 * QA round 33 a definite tens or hundreds word before a singular scale comes here too («الخمسين
 * مليون نسمة», «المائة مليون دولار»: 11 in news-003 and news-008).
 */
function definiteCompoundCount(c: Context, i: number, start: number, value: number, genitive: boolean): Match | undefined {
  const mid = c.atoms[i + 1]!;
  const next = c.atoms[i + 2];
  if (!mid.gap || !next || next.kind !== Kind.Word || !next.gap || isLatin(next)) return undefined;
  const noun = wordKey(c, next);
  if (noun.startsWith('\u0627\u0644') || NOT_NOUNS.has(noun) || PRONOUNS.has(noun) || QUESTION_WORDS.has(noun) || term(c.t, noun) !== undefined || isTen(noun)) return undefined;
  if (isInteger(c.atoms[i + 3])) return undefined;
  const cur = currencyAfter(c, i + 2);
  if (cur) return { type: 'MONEY', start, end: cur.end, value: money(value, cur.code), score: 0.9 };
  if (noun.endsWith('\u0647\u0627') || noun.endsWith('\u0647\u0645')) return undefined;
  // (not before a verb in the imperfect after a scale: «الأربعة آلاف يعيشون»)
  const ok = genitive
    ? countsNoun(c, i + 2) && !noun.endsWith('\u0627') && (noun[0] !== '\u064a' || noun === '\u064a\u0648\u0645')
    : DEFINITE_TENS_FEMININE.has(noun) || (noun.length >= 3 && noun.endsWith('\u0627') && !NOT_TAMYIZ.has(noun) && countsNoun(c, i + 2));
  return ok ? { type: 'NUM', start, end: i + 2, value, score: 0.9 } : undefined;
}

/**
 * The end of a chain of three or more whole numbers joined by slashes with no space, starting at
 * atom `i` («6/3/7»), or −1. Dates are read before this, so a chain met here is no date.
 */
function slashChainEnd(c: Context, i: number): number {
  if (!isInteger(c.atoms[i]) || (isChar(c, i - 1, '/') && !c.atoms[i]!.gap)) return -1;
  let k = i + 1;
  let parts = 1;
  while (isChar(c, k, '/') && !c.atoms[k]!.gap && isInteger(c.atoms[k + 1]) && !c.atoms[k + 1]!.gap) {
    parts++;
    k += 2;
  }
  return parts >= 3 ? k : -1;
}

/** A lone Latin letter at atom `k` («H»), or false. */
function isLetterLabel(c: Context, k: number): boolean {
  const a = c.atoms[k];
  if (a === undefined || a.kind !== Kind.Word || a.end - a.start !== 1 || !isLatin(a) || !(a.gap || c.atoms[k - 1]?.kind === Kind.Other)) return false;
  // standing alone, not the «K» of «4K» nor the «B» of «B52»
  const next = c.atoms[k + 1];
  return !(next && !next.gap && next.kind !== Kind.Other);
}

/**
 * «المجموعة (8 أو H)», «(B أو 2)»: a number given as the alternative of a lone Latin letter is a
 * label like the letter, not a count (before QA round 22, a NUM).
 */
function orLetter(c: Context, i: number): boolean {
  if (keyAt(c, i + 1) === 'او' && isLetterLabel(c, i + 2)) return true;
  return keyAt(c, i - 1) === 'او' && isLetterLabel(c, i - 2);
}

/**
 * «مليون دولار ونصف», «57 دولارا ونصف», «200 مليار ريال ونصف المليار ريال»: a half written
 * after the currency of amount atoms `from`…`k` (the number ends at `from`, the currency at
 * `k`) is half of the amount's last scale, or of the currency when there is none. Not «ونصف
 * المبلغ» (half of something named) nor «ونصف مليون يورو» (a second amount). Before QA round
 * 22 the half was dropped.
 */
function halfAfterCurrency(c: Context, from: number, k: number): { end: number; value: number } | undefined {
  const w = wordAt(c, k);
  if (!w || !w.gap || wordKey(c, w) !== 'ونصف' || wordEnd(c, w) !== w.end) return undefined;
  const scale = c.t.scales.get(keyAt(c, from - 1));
  const unit = scale ? scale.scale : 1;
  const value = unit / 2;
  const next = c.atoms[k + 1];
  if (!next || next.kind !== Kind.Word || !next.gap) return { end: k + 1, value };
  const key = wordKey(c, next);
  const bare = key.startsWith('\u0627\u0644') ? key.slice(2) : '';
  // «ونصف المليار ريال», «جنيه ونصف الجنيه»: the unit repeated with the article
  if (bare !== '' && (scale ? c.t.scales.get(bare)?.scale === unit : c.t.currencies.has(bare))) {
    let end = k + 2;
    if (scale && currencyAfter(c, end)) end = currencyAfter(c, end)!.end;
    return { end, value };
  }
  if (bare !== '' || term(c.t, key) !== undefined || c.t.currencies.has(key)) return undefined;
  return { end: k + 1, value };
}

/**
 * «سنة (1408 هـ -1988 م)», «عام 401هـ -1010 م», «(1018م. -1078م.)»: three or four digits with
 * a minus glued to them right after a year and its era are the second year of a pair or a
 * period typed with the dash against it, not a negative count (read as NUM −1988 before QA
 * round 17; temperatures «(-38.9 درجة)» and «أقل من -40» keep their sign).
 */
function dashAfterYear(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  // a signed number has no intDigits; its key is the sign and the digits
  if (!(a.value < 0) || !a.gap || a.key.length < 4 || a.key.length > 5 || !Number.isInteger(a.value)) return false;
  const ch = c.text.charCodeAt(a.start);
  if (ch !== 0x2d && ch !== 0x2212) return false; // HYPHEN-MINUS, MINUS SIGN
  if (c.yearEnd === i) return true;
  const k = isChar(c, i - 1, '.') ? i - 2 : i - 1;
  const era = wordAt(c, k);
  return era !== undefined && (isIn('hijriEra', era.key) || isIn('gregorianEra', era.key)) && isInteger(c.atoms[k - 1]);
}

/** Whether the number over atoms `i` to `end` is digits followed by a scale word («43 ألف», «12 مليون»). */
function scaledAt(c: Context, i: number, end: number): boolean {
  if (end !== i + 2) return false;
  const w = wordAt(c, i + 1);
  return w !== undefined && w.gap && c.t.scales.has(w.key);
}

// Indefinite nouns of years (folded) that a definite number counts: «الـ 16 عاماً», «ال74 عام»
const AGE_YEARS: ReadonlySet<string> = new Set(['عاما', 'عام', 'سنه', 'سنوات', 'اعوام']);

/** Whether an indefinite noun of years, not itself before a number («عام 2009»), is at `k`. */
function yearsCounted(c: Context, k: number): boolean {
  const w = wordAt(c, k);
  return w !== undefined && w.gap && AGE_YEARS.has(w.key) && !isInteger(c.atoms[k + 1]);
}

// Nouns of age (folded) before an article and digits: «في سن الـ11», «بعمر الـ 40»
const AGE_NOUNS: ReadonlySet<string> = new Set(['سن', 'السن', 'بسن', 'عمر', 'العمر', 'بعمر']);

/** Whether «من العمر», «من عمره/عمرها…» — an age — is at atom `k`. */
function ofAge(c: Context, k: number): boolean {
  const w = wordAt(c, k);
  return w !== undefined && w.gap && w.key === 'من' && AGE_WORDS.has(keyAt(c, k + 1));
}

// Software named by a year (folded): «ويندوز 2000», «ويندوز 98», «أوفيس 2016»
// and its server edition («ويندوز سيرفر 2008»)
const NAMED_BY_YEAR: ReadonlySet<string> = new Set(['ويندوز', 'وندوز', 'اوفيس', 'سيرفر']);

// Wars and revolutions that news names by the year they broke out in (folded): «حرب 67», «ثورة 52»
const EVENTS_BY_YEAR: ReadonlySet<string> = new Set(['حرب', 'ثوره', 'نكسه', 'نكبه', 'هزيمه', 'انتفاضه']);

// The dual of «عام/سنة» (folded), before a pair of years
const DUAL_YEARS: ReadonlySet<string> = new Set(['عامي', 'سنتي']);

// Plural fractions after a numerator (folded): quarters, fifths … tenths, and thirds
const FRACTION_PLURALS: ReadonlySet<string> = new Set(['ارباع', 'اخماس', 'اسداس', 'اسباع', 'اثمان', 'اتساع', 'اعشار', 'اثلاث']);

// «ألف فيها», «وألف عنها كتابا»: a pronoun after a preposition follows the verb, not the number
const AUTHORED_ABOUT: ReadonlySet<string> = new Set(['فيها', 'فيه', 'عنها', 'عنه', 'عنهم']);

/**
 * Whether a lone «ألف» at atom `i` is the verb "wrote, composed": before a definite noun («ألف
 * العديد من الكتب», «وألف الموسيقى»), an accusative one («ألف كتابا») or «فيها/عنها». The number
 * takes an indefinite genitive («ألف كتاب»); in news-003 and news-014, 34 of the 35 such are not
 * a count (one is «منذ ألف السنين»).
 */
function isAuthored(c: Context, i: number): boolean {
  const b = wordAt(c, i + 1);
  if (!b || !b.gap || isLatin(b) || term(c.t, b.key) || c.t.currencies.has(b.key) || UNITS.has(b.key)) return false;
  if (AUTHORED_ABOUT.has(b.key)) return true;
  if (c.text.startsWith('\u0627\u0644', b.start)) return !isIn('percentNouns', b.key);
  // «ألف كتابا», not «ألف منها» (a thousand of them: a pronoun ends in alef too)
  return endsInAlef(c, b) && !NOT_NOUNS.has(b.key) && !c.text.startsWith('\u0647\u0627', wordEnd(c, b) - 2);
}

// Words before a count, not a date (folded): «نحو 2000 شخص», «بلغ 1900 طالب»; «أكثر/أقل من» too.
const ABOUT: ReadonlySet<string> = new Set([
  'نحو', 'بنحو', 'حوالي', 'بحوالي', 'قرابه', 'زهاء', 'يقارب', 'يناهز', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'فاقت', 'فاق', 'تجاوز', 'تجاوزت', 'يتجاوز', 'اصل',
]);
const MORE_LESS: ReadonlySet<string> = new Set(['اكثر', 'اقل', 'ازيد']);
// Nouns of people as a count names them (folded), none of which news writes after a year.
const PEOPLE_COUNTED: ReadonlySet<string> = new Set([
  'شخص', 'نسمه', 'مواطن', 'مهاجر', 'جندي', 'مقاتل', 'زائر', 'مشارك', 'جريح', 'قتيل', 'لاجئ', 'مريض', 'سائح', 'طفل', 'موظف', 'مسافر', 'معتمر',
]);
// «عددهم», «وعددها»: "their number", folded — the number after it counts
const COUNT_OF: ReadonlySet<string> = new Set(['عدده', 'عددها', 'عددهم', 'عددهن', 'وعدده', 'وعددها', 'وعددهم', 'وعددهن']);
// Units that are also other words after a year: «م» (the era), «د», «قدم» (presented),
// «ثانيه» (again), «بار», and the words of exchange rates («في 2008 أمام أوباما»).
const NOT_UNITS_AFTER_YEAR: ReadonlySet<string> = new Set(['م', 'د', 'قدم', 'ثانيه', 'بار', 'امام', 'مقابل']);

/**
 * Four bare digits that count rather than date: before a unit of measure («1800 كيلوواط»), or
 * before a counted noun after a word of quantity («أكثر من 2000 شخص», «فاقت 2000 نسخة») or
 * as the end of a range of counts («بين 1500 و2000 حبة»).
 */
// «من», «بين» (folded, with «و»): before the first end of a range
const RANGE_FROM: ReadonlySet<string> = new Set(['من', 'ومن', 'بين', 'وبين']);

function countedFourDigits(c: Context, i: number): boolean {
  const unitAt = (k: number): boolean => {
    const w = keyAt(c, k);
    return w !== '' && !NOT_UNITS_AFTER_YEAR.has(w) && UNITS.has(w) && c.atoms[k]!.gap;
  };
  // «1800 كيلوواط», «بين 1800 و2200 كيلوواط»; «ارتفاعه 1900 م»
  if (unitAt(i + 1) || (keyAt(c, i + 1) === 'م' && metres(c, i - 1, c.atoms[i]!.value))) return true;
  const link = keyAt(c, i + 1);
  if ((link === '\u0648' || link === 'الي' || isChar(c, i + 1, '-')) && isInteger(c.atoms[i + 2]) && unitAt(i + 3)) return true;
  // «1920 في 1080 بيكسل», «1200 × 824 بكسل»: the width of a screen's resolution by its height
  // (two years before QA round 85)
  if ((link === 'في' || isChar(c, i + 1, '\u00D7xX')) && isInteger(c.atoms[i + 2]) && PIXELS.has(keyAt(c, i + 3))) return true;
  // «محرك 2000 سي سي»: cubic centimetres, an engine's size (a DATE before QA round 23)
  if (link === 'سي' && keyAt(c, i + 2) === 'سي' && c.atoms[i + 1]!.gap) return true;
  // «من 1910 إلى 2667 شخص», «بين 1800 و3500»: a range whose other end no year reaches counts
  // (a DATE 1910 before QA round 23), unless that end is a year before the common era
  // (only as the range's first end, after «من/بين»: not a school year «عام 1971 1972 إلى 1023842»)
  if (RANGE_FROM.has(keyAt(c, i - 1)) && (link === '\u0648' || link === 'الي' || link === 'حتي') && isInteger(c.atoms[i + 2]) && c.atoms[i + 2]!.value > 2100 && c.atoms[i + 2]!.intDigits >= 4 && bcEraEnd(c, i + 3) < 0) return true;
  const prev = keyAt(c, i - 1);
  // «البالغ عددهم 1800 يهودي», «وعددها 1500.»: the number of something is a count
  if (COUNT_OF.has(prev)) return true;
  // «وعدد سكانها 1998 نسمة», «وصل 2000 شخص»: a noun of people counted, which a year does not
  // take after it (QA round numeric 45) — unless the year names an event before it («كأس العالم
  // 1986 مواطن», «ماراثون الرياض الدولي 2018 مشارك»: the noun begins the next phrase)
  const after = wordAt(c, i + 1);
  if (after && after.gap && PEOPLE_COUNTED.has(wordKey(c, after))) {
    const before = previousWord(c, i);
    if (!BEFORE_YEAR.has(before) && before !== 'العالم' && !(before.startsWith('ال') && before.endsWith('\u064a'))) return true;
  }
  // «وجود 2037 سجينا», «إنقاذ 2074 مهاجرا», «أن 1873 شخصا»: a number ending in 11–99 takes an
  // accusative singular, which after a year is the object or the predicate of a verb («أدارت في
  // 2002 سجنا», «أصبح منفذ انقلاب 1987 رئيسا») — so only far from the years news and history
  // name most (before 1900, after 2030), not after a preposition of time or the slash of a
  // Hijri year («657 هـ / 1259 سلطانا»)
  const v = c.atoms[i]!.value;
  if ((v < 1900 || v > 2030) && v % 100 > 10 && accusativeCount(c, i + 1) && !BEFORE_YEAR.has(previousWord(c, i)) && !isChar(c, i - 1, '/')) return true;
  if (!countedNext(c, i + 1)) return false;
  if (ABOUT.has(prev) || (prev === 'من' && MORE_LESS.has(keyAt(c, i - 2)))) return true;
  // «بين 1500 و2000 حبة», «من 500 إلى 2000 نسخة»: the range began with a count
  const first = c.atoms[i - 2];
  const linked = prev === '\u0648' || prev === 'الي';
  // (not four digits: «من 1789 إلى 1914» is a period)
  return linked && isInteger(first) && first.intDigits < 4;
}

// Words before a year (folded) that leave the word after it to the verb before them: prepositions
// of time, the links of lists and ranges («في 2015 قانونا», «بين 2011 و2014 توفوا»), and nouns
// named by a year («ويشكل جيل 1998 حافزا», «في صيف 2017 قادما»).
const BEFORE_YEAR: ReadonlySet<string> = new Set([
  'في', 'وفي', 'منذ', 'ومنذ', 'حتي', 'وحتي', 'بحلول', 'قبل', 'وقبل', 'بعد', 'وبعد', 'خلال', 'وخلال', 'الي', 'لغايه', 'من', 'بين', 'وبين', 'و', 'او',
  'مطلع', 'نهايه', 'بدايه', 'جيل', 'ثوره', 'صيف', 'شتاء', 'ربيع', 'خريف', 'مونديال', 'كاس', 'انتخابات', 'موسم', 'اولمبياد',
]);
// Words in alef after a year that are no counted noun (folded): adverbs («في 2017 مثلا»,
// «2018 مجانا»), the circumstantial participles of reporting («في 2017 مؤكدا أن»), particles
// and pronouns («2014 عندما», «بينما», «هذا», «لا», «أنا»).
const NOT_COUNTED_AFTER_YEAR: ReadonlySet<string> = new Set([
  'مثلا', 'مجانا', 'خصوصا', 'رسميا', 'سابقا', 'حاليا', 'لاحقا', 'مجددا', 'اساسا', 'عموما', 'تماما', 'فصاعدا', 'علما', 'خلافا', 'وفقا', 'طبقا',
  'نظرا', 'تبعا', 'بدءا', 'انطلاقا', 'مرورا', 'وصولا', 'ردا', 'حرصا', 'دعما', 'تكريما', 'خلفا', 'جدا', 'معا', 'اولا', 'ثانيا', 'اخيرا', 'مؤخرا',
  'حصرا', 'قريبا', 'مبكرا', 'فعلا', 'كثيرا', 'ابدا', 'سنويا', 'شهريا', 'يوميا', 'تقريبا', 'ايضا', 'تحديدا', 'ميلاديا', 'هجريا', 'جزءا',
  'مؤكدا', 'مضيفا', 'مشيرا', 'موضحا', 'معتبرا', 'مشددا', 'معربا', 'لافتا', 'منوها', 'مبينا', 'مبرزا', 'مطالبا', 'داعيا', 'قائلا', 'معلنا',
  'مستدركا', 'متابعا', 'محذرا', 'مرجحا', 'متوقعا', 'كاشفا', 'ملاحظا', 'مذكرا', 'مفيدا', 'مستطردا', 'واصفا', 'منتقدا', 'معلقا', 'مؤكدة',
  'عندما', 'بينما', 'كما', 'ربما', 'فيما', 'مما', 'حينما', 'بعدما', 'طالما', 'كلما', 'انما', 'لما', 'اما', 'هذا', 'اذا', 'لذا', 'كذا',
  'هكذا', 'ماذا', 'لماذا', 'لا', 'الا', 'انا', 'هنا', 'كلا', 'قادما', 'عائدا', 'متجها', 'منتقلا',
  'غدا', 'مثلما', 'ايا', 'مؤقتا', 'متحدثا', 'منتصرا', 'مستقلا', 'نصا', 'دعا', 'بدا', 'غزا', 'نجا',
]);

/**
 * Whether the word at `k` is an accusative singular noun as a count of 11–99 takes («سجينا»,
 * «مهاجرا»): ALEF last (or ALEF and tanween), no proclitic or pronoun, not an adverb or a particle.
 */
function accusativeCount(c: Context, k: number): boolean {
  const b = wordAt(c, k);
  if (!b || !b.gap || isLatin(b)) return false;
  const word = wordKey(c, b);
  if (word.length < 3 || !word.endsWith('\u0627') || NOT_COUNTED_AFTER_YEAR.has(word) || word.endsWith('\u0647\u0627')) return false;
  const first = word.charCodeAt(0);
  return first !== 0x648 && first !== 0x641 && first !== 0x628 && first !== 0x643; // WAW, FEH, BEH, KAF: a proclitic
}

// Prepositions after which four bare digits before a punctuation mark are a year («في 1290،»)
// (folded: «حتى» is «حتي»).
// «الموافق»: a Hijri date's common-era equivalent («توفي 658 هـ الموافق 1260»).
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'وفي', 'منذ', 'ومنذ', 'حتي', 'وحتي', 'بحلول', 'الموافق', 'الموافقه', 'قبل', 'وقبل', 'بعد', 'وبعد']);
// Words that go on a clause after a year, where a count would have its noun («حكم في 1226 في
// عهد», «عاد في 1776 إلى»), folded.
const AFTER_YEAR: ReadonlySet<string> = new Set(['الي', 'علي', 'عن', 'ثم', 'حين', 'حيث', 'عندما', 'بعد', 'قبل', 'بعدما', 'عند', 'اثناء', 'خلال', 'حتي', 'كان', 'كانت', 'رغم', 'لكن', 'هذه', 'هذا', 'ذلك', 'تلك',
  // (since QA round 28) pronouns and particles no count takes as its noun: «في 1477 وهو», «في 1190 ولم»
  'هو', 'هي', 'لم', 'قد', 'اذ', 'حينما', 'بينما', 'الا', 'مع',
  // (since QA round 55 of the numbers) «في 1489 أن», «في 1796 أمام», «في 1670 دون», «في 1783 حسب»
  'ان', 'ابان', 'امام', 'دون', 'حسب']);

/** Whether the word at `k` goes on a clause after a year rather than naming what a number counts. */
function clauseGoesOn(c: Context, k: number): boolean {
  const w = wordAt(c, k);
  // «اكتشفت في 1908 من قبل ساهاشيرو»: «من قبل» names the agent, not what is counted
  if (w && w.gap && w.key === 'من' && keyAt(c, k + 1) === 'قبل' && bcEraEnd(c, k + 1) < 0) return true;
  if (!w || !w.gap || w.key === 'من' || isLatin(w)) return false;
  // «وبعد», «وكانت»: the conjunction before such a word (not «وثيقة», a noun); most of these
  // words are not among those atomize folds (which merges runs of such words into one atom),
  // so fold the first word here (after a year only: rare)
  let end = w.start;
  while (end < w.end && !isSpace(c.text.charCodeAt(end))) end++;
  const key = w.key !== '' ? w.key : fold(c.text.slice(w.start, end));
  if (AFTER_YEAR.has(key) || (key.length >= 3 && key[0] === '\u0648' && AFTER_YEAR.has(key.slice(1)))) return true;
  // (and since QA round 55 of the numbers a verb in «ف»: «في 1532 فانسحب»)
  if (isPastVerb(key) || (key.length > 3 && (key[0] === '\u0648' || key[0] === '\u0641') && isPastVerb(key.slice(1)))) return true;
  // «في 1565 وبدأوا», «في 1593 وغلب التقليد», «في 1605 وكيبيك»: a word in «و» goes on the clause,
  // unless it is a noun a count takes whose first letter is «و» («وثيقة», «وحدة»); and a verb of
  // the past in the plural («في 1493 أسسوا») (QA round 49 of the numbers)
  if (key.length >= 4 && key[0] === '\u0648' && !W_NOUNS.has(key) && !term(c.t, key) && !term(c.t, key.slice(1))) return true;
  if (key.length >= 4 && key.endsWith('\u0648\u0627')) return true;
  return !countedNext(c, k);
}

// Nouns beginning with a radical «و» that a number may count (folded, ة as ه): «1500 وثيقة», «في 1200 وحدة سكنية»
const W_NOUNS: ReadonlySet<string> = new Set([
  'وثيقه', 'وحده', 'وظيفه', 'وجبه', 'ولايه', 'وسيله', 'وفاه', 'ورقه', 'وزير', 'وكاله', 'وافد', 'وافدا', 'ولاده', 'وسام', 'ورشه', 'وديعه',
  'وعاء', 'ولد', 'وجه', 'وادي', 'وكيل', 'وحدات', 'وثائق', 'وظائف', 'وفيات', 'وزاره', 'وصفه', 'وقفه', 'واقعه', 'وسيط', 'وليمه', 'وصله',
  'وحش', 'ورده', 'واحه', 'وقت', 'وعد', 'وطن', 'وكر', 'وتد', 'وتر', 'ورم', 'وباء',
]);

// Verbs of the past that often follow a year (folded): «في 1751 اتخذ», «في 1603 توفي»
const YEAR_VERBS: ReadonlySet<string> = new Set([
  'تم', 'توفي', 'ولد', 'قام', 'اقام', 'اصبح', 'عاد', 'بدا', 'انتقل', 'انضم', 'اصدر', 'نشر', 'زار', 'غزا', 'اعلن', 'وقع', 'انتهي', 'اكتشف',
  'حصل', 'سافر', 'كتب', 'اسس', 'تولي', 'قرر', 'فاز', 'اتخذ', 'ظهر', 'حكم', 'دخل', 'سقط', 'سجل', 'عرض', 'فارق', 'سحق', 'استولي', 'احتل', 'هاجم', 'ادي', 'صدر',
  // (since QA round 28: «في 1087 اشترك», «في 1254 تزوج»)
  'شارك', 'اشترك', 'تزوج', 'انشا', 'وصل', 'حاول', 'توج', 'تعرض', 'استبدل', 'احضر', 'ادخل',
  // (since QA round 49 of the numbers: «في 1552 استطاع», «في 1538 هزم», «وفي 1661 مات»)
  'استطاع', 'استعاد', 'استكشف', 'مات', 'هزم', 'انتصر', 'قضي', 'تلقي', 'اجتمع', 'اخبر', 'اشار', 'اتهم', 'تمرد', 'طرد', 'اغتيل', 'حذر',
  'ابحر', 'افتتح', 'اعرب', 'دمج', 'انتخب', 'خسر', 'غادر', 'رفض', 'منح', 'اعاد', 'بني', 'تنازل',
  // (since QA round 55 of the numbers: «في 1647 ترأس», «في 1528 تبع», «في 1532 فانسحب»)
  'تراس', 'تبع', 'انسحب', 'هرب', 'فر', 'ارسل',
]);
// Singular nouns that end in «ت» like a verb of the past and may be counted («1200 بيت»)
const T_NOUNS: ReadonlySet<string> = new Set(['بيت', 'بنت', 'وقت', 'زيت', 'ميت', 'صوت', 'كبريت', 'نبت', 'سبت']);

/**
 * Whether the folded word is a verb of the past, which a count of a thousand or more never
 * takes as its noun («في 1792 أدت», «في 1242 تمردت», «وفي 1751 اتخذ»): a common one, or a
 * feminine one in «ت» — a singular noun counted after such a number ends in «ة», a plural in «ات».
 */
function isPastVerb(key: string): boolean {
  if (YEAR_VERBS.has(key)) return true;
  return key.length >= 3 && key.endsWith('\u062a') && !key.endsWith('\u0627\u062a') && !key.endsWith('\u0648\u062a') && !T_NOUNS.has(key);
}
// Marks that end a clause: nothing is counted after the number.
const CLAUSE_END = '.,\u060C;\u061B:)]\u00BB"!?\u061F';

/**
 * Four digits from 1000 to 1799 read as a year: after «في/منذ/حتى» and before the end of the
 * clause («حكم في 1290، ثم»), where a count would have its noun.
 */
function oldYear(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (a.value < 1000) return false;
  // «الفترة (ما) بين 1481 و1513», «الفترة من 1481 إلى 1513»: a period is bounded by years
  if (isPeriodStart(c, i) || isPeriodEnd(c, i) || isBracketedPeriod(c, i)) {
    c.periodYear = i;
    return true;
  }
  // «(1632—1704)», «من 1043 إلى 1046», «حكم 1294 - 1296»: two years bounding a period
  if (isYearRange(c, i)) {
    c.periodYear = i;
    return true;
  }
  // «سنة 1139 هـ / 1726»: the common-era year after a Hijri one
  if (isChar(c, i - 1, '/') && isIn('hijriEra', keyAt(c, i - 2))) return true;
  // «1343/ 1924»: a Hijri year before (or after) the common-era year it falls in
  if (isHijriPair(c, i) || isHijriSeason(c, i)) return true;
  // «بين عامي 1327 و1328», «بين سنة 1596 و1602»: a later year listed right after a year
  // (and since QA round 54 of the numbers after «إلى/حتى»: «من عام 1589 إلى 1610،», «في السنوات
  // 1315 إلى 1317 حدثت»; not before the accusative noun of a count, «عام 1700 إلى 1790 فندقا»)
  const to = keyAt(c, i - 1) === 'الي' || keyAt(c, i - 1) === 'حتي';
  if (c.yearEnd === i - 1 && (keyAt(c, i - 1) === '\u0648' || (to && !accusativeCount(c, i + 1))) && a.value > c.yearValue && a.value - c.yearValue < 300 && !quantityAfter(c, i + 1) && !UNITS.has(keyAt(c, i + 1))) return true;
  if (isParenthesizedYear(c, i)) return true;
  // «حرب السنوات السبع (1756–63)», «(1688-89)»: a year and the last two digits of a later one in
  // brackets, a war or a reign (two NUMs before QA round 54 of the numbers)
  if (isChar(c, i - 1, '(') && shortSecondYear(c, i + 1, a) !== undefined && isChar(c, i + 3, ')')) return true;
  // «(1526-)»: the birth year of someone living when it was written, a dash and nothing after it
  // (a NUM before QA round 55 of the numbers)
  if (isChar(c, i - 1, '(') && isChar(c, i + 1, '-\u2013\u2014') && isChar(c, i + 2, ')')) return true;
  const prev = wordAt(c, i - 1);
  if (!prev || !a.gap || !YEAR_PREPOSITIONS.has(prev.key)) return false;
  const next = c.atoms[i + 1];
  if (next === undefined || (next.kind === Kind.Other && CLAUSE_END.includes(next.key))) return true;
  // «… عام 1245 … في 1248 تبعه», «سنة 1660 بدأ في 1662 عملية»: after a year of the same
  // centuries read just before, a text of history goes on with its years (QA round 54)
  if (followsOldYear(c, i) && !timeNounAt(c, i + 1)) return true;
  // «حتى 1792 بالإطاحة», «في 1226 في عهد»: the clause goes on with no counted noun
  return clauseGoesOn(c, i + 1);
}

// How many atoms back a year read before a bare one may stand ({@link followsOldYear}): about
// a paragraph of history (runs of words the grammar does not read are one atom each)
const OLD_YEAR_REACH = 120;

/**
 * Whether a common-era year before 1800 was read as a DATE in the last {@link OLD_YEAR_REACH}
 * atoms before atom `i`, less than three centuries from the number there.
 */
function followsOldYear(c: Context, i: number): boolean {
  const y = c.lastYear;
  if (y === undefined || y.hijri || y.bc || y.twoDigits || c.yearEnd < 0 || c.yearEnd > i || i - c.yearEnd > OLD_YEAR_REACH) return false;
  const v = c.atoms[i]!.value;
  return c.yearValue >= 1000 && c.yearValue < 1800 && Math.abs(v - c.yearValue) < 300;
}

/** Whether a noun of time stands at atom `k` («قبل 1500 سنة», «1200 يوم»): the number counts it. */
function timeNounAt(c: Context, k: number): boolean {
  const key = keyAt(c, k);
  return isIn('year', key) || isIn('day', key) || isIn('month', key) || YEARS_COUNTED.has(key) || UNITS.has(key);
}

// Words after which a number in parentheses is a quantity, not a year («بلغت (1185) وثيقة», «لأكثر
// من (1300)», «بزيادة بلغت (1047)», «عدد من تم تصحيح أوضاعهم»): folded
const QUANTITY_BEFORE_PARENTHESIS: ReadonlySet<string> = new Set([
  'من', 'عن', 'مع', 'بين', 'بلغ', 'بلغت', 'تبلغ', 'يبلغ', 'وبلغ', 'وبلغت', 'عدد', 'عددها', 'عدده', 'عددهم', 'مجموعه', 'مجموعها',
  'تجاوز', 'تجاوزت', 'يتجاوز', 'يتجاوزون', 'نحو', 'حوالي', 'بحوالي', 'قرابة', 'زهاء', 'اكثر', 'اقل', 'ب', 'ل', 'و', 'بقيمة', 'بمبلغ',
  'بتكلفة', 'بمساحة', 'بطول', 'بعرض', 'بارتفاع', 'بعمق', 'بوزن', 'بعدد', 'قدرته', 'قدره', 'قدرها', 'اوضاعهم', 'المرتبة', 'رقم', 'برقم',
]);

// Words that ask for a number a few words later («بلغ عدد المصابين (1045)»): folded
const COUNT_ASKED: ReadonlySet<string> = new Set(['عدد', 'بلغ', 'بلغت', 'تبلغ', 'يبلغ', 'مجموع', 'اجمالي', 'بواقع']);

/**
 * «وبيربيس (1627) وديميرارا (1752)», «ت(1610)», «معركة بولتافا (1709)»: four digits alone in
 * parentheses after a word, with nothing counted after them, are a year (later ones are years
 * already) — not after a word that asks for a quantity («بلغت (1185) وثيقة»), after a colon
 * («الشؤون الاجتماعية: (1000)»), or where another number in parentheses nearby is no year
 * («وفرنسا (1700) والمغرب (1350) ولبنان (900)»: a table of counts).
 */
function isParenthesizedYear(c: Context, i: number): boolean {
  if (!isChar(c, i - 1, '(') || !isChar(c, i + 1, ')')) return false;
  // «"كانديد" (1759)», ««رسائل فلسفية» (1734)»: a title in quotes before its year (since QA
  // round 54 of the numbers; the words read are those inside the quotes)
  const quoted = isChar(c, i - 2, '"\u00BB\u201D') && c.atoms[i - 3]?.kind === Kind.Word;
  if (c.atoms[i - 2]?.kind !== Kind.Word && !quoted) return false;
  const before = wordsBefore(c, quoted ? i - 3 : i - 2, 5);
  if (before.length === 0 || QUANTITY_BEFORE_PARENTHESIS.has(before[0]!)) return false;
  // «بلغ عدد الوثائق المصدقة (1185)»: a number asked for a few words before
  for (const w of before) if (COUNT_ASKED.has(w) || (w.length > 3 && w[0] === '\u0648' && COUNT_ASKED.has(w.slice(1)))) return false;
  const after = c.atoms[i + 2];
  // (a word in «و» or «ف» after the parenthesis begins a new phrase: «(1627) وديميرارا», «(1606) فيتناول»)
  if (after !== undefined && !(after.kind === Kind.Other && CLAUSE_END.includes(after.key)) && !clauseGoesOn(c, i + 2) && countsNoun(c, i + 2) && c.text.charCodeAt(after.start) !== 0x641) return false;
  for (let k = Math.max(1, i - 40), last = Math.min(c.atoms.length - 1, i + 40); k < last; k++) {
    const b = c.atoms[k]!;
    if (k === i || b.kind !== Kind.Digits || !isChar(c, k - 1, '(')) continue;
    if (!(b.intDigits === 4 && b.key.length === 4 && b.value >= 1000 && b.value <= 2100)) return false;
  }
  return true;
}

/**
 * Four digits from 1000 at atom `i`, a dash, «إلى/حتى» (or «و» after «بين»), and a later
 * four-digit number within three centuries: a period — unless a unit, scale, currency or percent
 * follows, or the two are round hundreds («من 1000 إلى 1500» may count). When a word that may be
 * counted follows, only two numbers neither of them round and less than a century apart (a reign,
 * a life) make a period («حكم من 1424 إلى 1425 قرر»), and not before an accusative noun
 * («بين 1236 و1247 صوتا»).
 */
function isYearRange(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  const link = keyAt(c, i + 1);
  const before = keyAt(c, i - 1);
  if (!(isChar(c, i + 1, '-\u2013\u2014') || link === 'الي' || link === 'حتي' || (link === '\u0648' && (before === 'بين' || before === 'وبين')))) return false;
  const b = c.atoms[i + 2];
  if (!isInteger(b) || b.intDigits !== 4 || b.key.length !== 4 || b.value <= a.value || b.value - a.value >= 1000 || b.value > 2100) return false;
  if (a.value % 100 === 0 && b.value % 100 === 0) return false;
  // «من 1299 إلى 1922 حين»: a dynasty or an empire may last longer than three centuries — with
  // neither bound round and nothing counted after them (before QA round 11 a NUM and a DATE)
  const long = b.value - a.value >= 300;
  // (not a Hijri year and the common-era year it falls in: «1436 - 2015»)
  if (long && (a.value % 10 === 0 || b.value % 10 === 0 || hijriInYear(a.value, b.value))) return false;
  const k = i + 3;
  // («من 1503 حتى 1698 م»: «م» after «إلى/حتى» and a year is the era, not metres)
  // (nor «هـ», which marks both years: «من 1405 إلى 1410 هـ», a NUM and a DATE before QA round 21)
  const era = (keyAt(c, k) === 'م' && (link === 'الي' || link === 'حتي')) || isIn('hijriEra', keyAt(c, k));
  if (quantityAfter(c, k) || (UNITS.has(keyAt(c, k)) && !era)) return false;
  if (!c.atoms[k] || c.atoms[k]!.kind !== Kind.Word || era || clauseGoesOn(c, k)) return true;
  if (long) return false;
  // (a period may span more than a century when it ends in a year read as one anyway: «من
  // 1789 إلى 1914 تاريخ»)
  return a.value % 10 !== 0 && b.value % 10 !== 0 && (b.value - a.value < 100 || b.value >= 1800) && !endsInAlef(c, c.atoms[k]!);
}

/** Offset just after the first word of the atom `b` (an atom may hold a run of words the grammar does not read). */
function wordEnd(c: Context, b: Atom): number {
  let end = b.start;
  while (end < b.end && !isSpace(c.text.charCodeAt(end))) end++;
  return end;
}

/** Whether a word ends in ALEF, as the accusative noun a count takes does («صوتا»), and is not a particle («عندما», «هذا»). */
function endsInAlef(c: Context, b: Atom): boolean {
  let end = b.start;
  while (end < b.end && !isSpace(c.text.charCodeAt(end))) end++;
  const word = fold(c.text.slice(b.start, end));
  return word.endsWith('\u0627') && !word.endsWith('\u0645\u0627') && !word.endsWith('\u0630\u0627') && !NOT_COUNTED.has(word);
}

/**
 * «(1474-1504)»: two four-digit numbers in brackets less than a century apart — a reign or a
 * life; the later may come first, typed against the bidi order («(1666-1650)», QA round numeric 36).
 */
function isBracketedPeriod(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  const b = c.atoms[i + 2];
  return isChar(c, i - 1, '(') && isChar(c, i + 1, '-') && isInteger(b) && b.intDigits === 4 && b.value !== a.value && Math.abs(b.value - a.value) < 100 && b.value >= 1000 && isChar(c, i + 3, ')');
}

/**
 * «(1122 - 10 يونيو 1190)»: whether atom `i` is a bare year of three digits, or four below 1800
 * (later ones are years already), right after «(» and before a dash and a day, month and year
 * (then «)») at most 120 years later — a life from its year of birth to the day of death.
 */
function isLifeBeforeDate(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (!(a.intDigits === a.key.length && (a.intDigits === 3 || (a.intDigits === 4 && a.value < 1800))) || a.value < 100 || !isChar(c, i - 1, '(') || !isChar(c, i + 1, '-\u2013\u2014')) return false;
  const d = dayMonth(c, i + 2, false, false);
  return d !== undefined && d.year !== undefined && d.year > a.value && d.year - a.value <= 120 && isChar(c, d.end, ')');
}

/**
 * «يوليان المرتد (324-363).», «أسرة تانغ (618 - 907)», «أسرة سونغ (960-1279)»: a number of
 * three digits and a later one in brackets after a name, less than five centuries apart — a
 * life, a reign or a dynasty, as Wikipedia writes them (before QA round 9, two counts). Not
 * scores («(108-116)» in basketball: the first number 150 or more), not round ranges of counts
 * («(250-300)»), and not before what they count («(150-190) سم», «(155-175) طالب»).
 */
function isBracketedReign(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  const b = c.atoms[i + 2];
  // (since QA round 23 also four digits: «عصر مينغ (1368ـ 1644)», «(1250-1390)» — a period
  // of years more than a century long, which the year reader leaves as two DATEs)
  const four = a.intDigits === 4 && a.key.length === 4 && a.value >= 1000;
  if (!(four || (a.intDigits === 3 && a.key.length === 3)) || a.value < 150 || !isChar(c, i - 1, '(') || !isChar(c, i + 1, '-\u2013\u2014') || !isChar(c, i + 3, ')')) return false;
  if (!isInteger(b) || b.key.length < a.key.length || b.key.length > 4 || b.value > 2100 || b.value <= a.value || b.value - a.value >= 500) return false;
  // Round pairs are ranges of counts («(150-200) طالب», «(1000-1500)»), except a life typed with
  // a tatweel for its dash, as old-style books write it («هيرونيموس (340 ـ 420)»)
  const tatweel = c.text.charCodeAt(c.atoms[i + 1]!.start) === 0x640;
  if (four ? a.value % 100 === 0 && b.value % 100 === 0 : a.value % 10 === 0 && b.value % 10 === 0 && !(tatweel && (b.value - a.value) % 50 !== 0)) return false;
  const before = c.atoms[i - 2];
  if (before === undefined || !(before.kind === Kind.Word || (before.kind === Kind.Other && '"\u00BB\u201D'.includes(before.key)))) return false;
  const k = i + 4;
  if (quantityAfter(c, k) || UNITS.has(keyAt(c, k))) return false;
  // «(251 - 356) ومؤسس»: a clause going on after «و» is no counted noun
  const next = wordAt(c, k);
  if (!countedNext(c, k) || next === undefined || c.text.charCodeAt(next.start) === 0x648) return true;
  // «ثيودوسيوس الأول (379-395) آخر إمبراطور»: before a word that might be counted, only years
  // that are not both multiples of five (ranges of counts are: «(150-175) طالب») and not before
  // an accusative noun («(163-171) طالبا»)
  return !(a.value % 5 === 0 && b.value % 5 === 0) && !endsInAlef(c, next);
}

function isPeriodStart(c: Context, i: number): boolean {
  const link = keyAt(c, i - 1);
  if (link !== 'بين' && link !== 'من') return false;
  return keyAt(c, i - 2) === 'الفتره' || (keyAt(c, i - 2) === 'ما' && keyAt(c, i - 3) === 'الفتره');
}

/** The second year of a period: «و1513», «إلى 1513» right after a year read by {@link isPeriodStart}. */
function isPeriodEnd(c: Context, i: number): boolean {
  if (c.periodYear < 0 || i - c.periodYear !== 2) return false;
  const link = keyAt(c, i - 1);
  return link === '\u0648' || link === 'الي' || link === 'حتي' || isChar(c, i - 1, '-\u2013\u2014');
}

// Words that open a range of numbers (folded): «بين 10 و20%», «من 10 إلى 20%».
const RANGE_OPENERS: ReadonlySet<string> = new Set(['بين', 'وبين', 'من']);

/** Atom after the link at `k` of a range of numbers starting at atom `first` («-», «–», «إلى», «حتى», «بين … و»), or −1. */
function rangeLinkEnd(c: Context, k: number, first: number): number {
  if (isChar(c, k, '-\u2013')) return k + 1;
  const w = keyAt(c, k);
  if (w === 'الي' || w === 'حتي') return k + 1;
  // «و» only after «بين» («بين 10 و20%»): «3 و20%» may be two quantities
  const before = keyAt(c, first - 1);
  return w === '\u0648' && (before === 'بين' || before === 'وبين') ? k + 1 : -1;
}

/**
 * Atom after the number at atom `i`, or after the second number of a range joined to it by a
 * dash («الأسبوع 100-150 قتيل»: the noun counted follows the range).
 */
function pastRange(c: Context, i: number): number {
  return isChar(c, i + 1, '-\u2013') && isInteger(c.atoms[i + 2]) ? i + 3 : i + 1;
}

/** «رقم 5», «المادة ( 46 )», «ص . 3», «رقم 24 / 66», «صفحة 58 - 59»: a number that names rather than counts. */
function isIdentifier(c: Context, i: number): boolean {
  // «الأمر الملكي رقم ( أ / 90 )», «بالمرسوم الملكي رقم م/59», «ج/3»: a lone letter and a slash
  // before a number make it a reference (the series of Saudi royal orders and decrees, a
  // volume); not the era «هـ /» of a Hijri/common-era pair or «و»
  if (isChar(c, i - 1, '/')) {
    const l = wordAt(c, i - 2);
    if (l && l.key.length === 1 && l.end - l.start <= 2 && !isLatin(l) && l.key !== '\u0647' && l.key !== '\u0648' && !isInteger(c.atoms[i - 3])) return true;
  }
  // «تيانغونغ -1 ستصل», «سوخوي- 34», «فوستوك -2018»: a hyphen between a named model and its number
  // (a verb after the number is no count here)
  const dashed = isChar(c, i - 1, '-') ? wordAt(c, i - 2) : c.text.charCodeAt(c.atoms[i]!.start) === 0x2d && c.atoms[i]!.gap ? wordAt(c, i - 1) : undefined;
  if (dashed && candidates(dashed).some(([key]) => NAMED_MODELS.has(key) || isIn('identifier', key))) return true;
  let j = i - 1;
  // One step back over «24 /» only: a chain «1/2/3/…» must not make this quadratic.
  if (isChar(c, j, '/-') && isInteger(c.atoms[j - 1])) j -= 2;
  while (j >= 0 && j >= i - 3 && c.atoms[j]!.kind === Kind.Other && '(".:\u00AB'.includes(c.atoms[j]!.key)) j--;
  const w = wordAt(c, j);
  if (!w) return false;
  // «السنة 16 من حكمه», «العضو 160»: the nth year or member (right before the number only:
  // «… هذا العام. 5 دول» counts)
  // — not before the noun it counts, in the form it asks for: «منذ بداية العام 4 مباريات», «الأمين
  // العام 10 أيام», «افتتحت هذا العام 65 نادياً» (numeric QA round 81)
  if (j === i - 1 && c.atoms[i]!.gap && NTH_NOUNS.has(w.key) && !countsNounAfter(c, i)) return true;
  // (or a preposition after it, where the noun is definite: «من المركز 19 إلى المركز 26»,
  // «الأسبوع 32 حتى», «المركز 152 على سلم»)
  if (j === i - 1 && candidates(w).some(([key]) => NUMBERED.has(key)) && (!countedNext(c, pastRange(c, i)) || prepositionAfterName(c, w, i))) return true;
  if (j === i - 1 && clauseAfterName(c, w, i)) return true;
  if (j === i - 1 && namesTitle(c, w, i)) return true;
  // «معسكر اللواء 15», «الفرقة 30 مشاة», «الكتيبة 33 صاعقة»: a numbered unit — not «عاش اللواء
  // 45 عاما» (a general), «مساحة اللواء 4800 كيلومتر» or «سكان اللواء 220 ألف» (a district)
  // («الفرقة المدرعة 92», «اللواء المدرع 37», «الفرقة المظلية 101»: with an adjective between)
  const unit = (x: Atom | undefined): boolean => x !== undefined && candidates(x).some(([key]) => MILITARY_UNITS.has(key));
  // (and no counted noun after it: «سجلت الفرقة الموسيقية 12 أغنية»)
  const described = (): boolean => c.text.startsWith('\u0627\u0644', w.start) && !isInteresting(w) && unit(wordAt(c, i - 2)) && !countsNoun(c, i + 1);
  if (j === i - 1 && c.atoms[i]!.gap && (unit(w) || described())) {
    const next = wordAt(c, i + 1);
    return !quantityAfter(c, i + 1) && !(next && (UNITS.has(next.key) || (next.gap && (endsInAlef(c, next) || YEARS_COUNTED.has(next.key)))));
  }
  if (j === i - 1 && isFestivalEdition(c, i, w)) return true;
  if (j === i - 1 && namesModel(c, w, i)) return true;
  // «إس.إي 370», «إتش.دي.إم.آي 1.4», «إيه.آر.إم 7»: a Latin name spelt letter by letter in Arabic,
  // the letters joined by full stops, is a model or a standard the number completes (numeric QA
  // round 85) — not before the noun it counts
  if (j === i - 1 && c.atoms[i]!.gap && isSpeltAbbreviation(c, j) && !countsNoun(c, i + 1)) return true;
  if (closesQuotedName(c, i)) return true;
  // «مجلة … عدد 80، شباط 1985»: the issue of a periodical, where nothing is counted after the
  // number («عدد 3 أجهزة», «عدد 520 من الأطباء» count: 71 in news-004 and news-011)
  // (and after a word that names: «بموجب الفصل عدد 167», as Tunisian law numbers its articles)
  if (j === i - 1 && w.key === 'عدد') {
    const next = c.atoms[i + 1];
    return next === undefined || (next.kind === Kind.Other && CLAUSE_END.includes(next.key)) || isIn('identifier', keyAt(c, i - 2)) || numbersNamedThing(c, i);
  }
  if (isIn('identifier', w.key)) return true;
  if (j === i - 1 && isIntelligenceService(c, w)) return true;
  for (const [key, letters] of candidates(w)) if (letters > 0 && isIn('identifier', key)) return true;
  return j === i - 1 || isChar(c, i - 1, '(') ? isResolution(c, j, i) : false;
}

/**
 * «إم آي 6», «أم آي 5»: the British intelligence services MI6 and MI5, whose letters are spelled
 * out; `w` is the word «آي» (folded as «أي», "any", which alone still counts: «أي 5 دول»).
 */
function isIntelligenceService(c: Context, w: Atom): boolean {
  if (w.key !== '\u0627\u064a') return false;
  const p = w.start;
  // «إم/أم/ام» and one space before it, at the start of the text or after a non-letter
  if (p < 3 || c.text.charCodeAt(p - 1) !== 0x20 || c.text.charCodeAt(p - 2) !== 0x645) return false;
  const alef = c.text.charCodeAt(p - 3);
  if (alef !== 0x625 && alef !== 0x623 && alef !== 0x627) return false;
  const before = p - 4 < 0 ? 0x20 : c.text.charCodeAt(p - 4);
  return !(before >= 0x620 && before <= 0x64a);
}

/**
 * «الأمر عدد 50 لسنة 1978», «الطريق الوطنية عدد 14 الرابطة بين», «بالمنشور عدد 4», «القضية عدد
 * 19592»: in Tunisian administrative Arabic «عدد» after a noun with the article is "number", and
 * the number at atom `i` names the thing when nothing counted follows it (before QA round 34 a
 * NUM: 95 in news-009 and news-015). A count takes its noun («حجز عدد 4 شاحنات», «سجلت الوزارة عدد 30
 * إصابة»), a scale or currency, or «من» («عدد 520 من الأطباء»), and after a verbal noun with no
 * article («إيقاف عدد 4 عناصر») it is a count anyway.
 */
function numbersNamedThing(c: Context, i: number): boolean {
  const head = wordAt(c, i - 2);
  if (!head || !hasArticle(c, head)) return false;
  const next = keyAt(c, i + 1);
  if (next === 'من' || quantityAfter(c, i + 1)) return false;
  return !countedNext(c, i + 1) || NAME_FOLLOWERS.has(next);
}

// Particles after «القانون عدد 53» that are no counted noun (folded): «ينص القانون عدد 53 على»
const NAME_FOLLOWERS: ReadonlySet<string> = new Set(['على', 'علي', 'عن', 'الى', 'ثم', 'مع', 'ان', 'انه']);

/**
 * Whether the last word of atom `w` is written with the article, after at most «و», «ف», «ب», «ل»
 * or «ك» («الأمر», «بالمنشور», «للقانون»). (An atom may hold a run of words the grammar does not
 * read: the last one is found by stepping back from its end over one word only.)
 */
function hasArticle(c: Context, w: Atom): boolean {
  const t = c.text;
  let p = w.end;
  while (p > w.start && !isSpace(t.charCodeAt(p - 1))) p--;
  const first = t.charCodeAt(p);
  if (first === 0x648 || first === 0x641) p++; // WAW, FEH
  const second = t.charCodeAt(p);
  if (second === 0x644 && t.charCodeAt(p + 1) === 0x644) return true; // «لل» (ل + ال)
  if (second === 0x628 || second === 0x643) p++; // BEH, KAF
  return t.charCodeAt(p) === 0x627 && t.charCodeAt(p + 1) === 0x644; // ALEF LAM
}

// Words of telephone numbers (folded): «على الرقم التالي :», «الرقم الأخضر», «رقما مجانيا».
const TELEPHONE_WORDS: ReadonlySet<string> = new Set([
  'الرقم', 'رقم', 'بالرقم', 'رقما', 'الارقام', 'ارقام', 'بالارقام', 'الهاتف', 'هاتف', 'بالهاتف', 'الجوال', 'جوال', 'الفاكس', 'فاكس', 'الهاتفي', 'الهاتفيه',
]);

/**
 * «على الرقم التالي : 22024580», «الرقم الأخضر 80100191», «الرقم الموحد 920004433», «71690448
 * 71960512», «98524320/52014349»: seven digits or more written with no separator, after a word
 * of telephone numbers (and up to two words that describe it) or right after another such
 * number, are a telephone or reference number when nothing is counted after them — a count
 * that long is grouped («1,849,032») or has its noun («1015078 مهاجرا», «4007707 من القائمة»).
 */
function isTelephone(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (a.key.length < 7 || a.intDigits !== a.key.length) return false;
  const next = wordAt(c, i + 1);
  if (quantityAfter(c, i + 1) || (next && next.gap && wordKey(c, next) !== 'او' && countedNext(c, i + 1))) return false;
  let j = i - 1;
  // (not after «و»: «ما بين 1600000 و1800000 من الجنود» is a range of counts)
  if (isChar(c, j, ':/') || keyAt(c, j) === 'او') j--;
  const p = c.atoms[j];
  if (p && p.kind === Kind.Digits && p.key.length >= 7 && p.intDigits === p.key.length && j < c.identEnd) return true;
  return wordsBefore(c, j, 3).some((w) => TELEPHONE_WORDS.has(w));
}

/**
 * (QA round numeric 80) Words (folded) before a number at the end of a quoted phrase after which
 * the number still counts or measures — a preposition, «أو», a word of amount («"من 30"», «"إلى
 * 5"», «"نحو 40"», «"بلغ 12"») — which a name does not end on ({@link closesQuotedName}).
 */
const QUOTED_COUNT_LEADS: ReadonlySet<string> = new Set([
  'من', 'الي', 'حتي', 'نحو', 'حوالي', 'قرابه', 'بين', 'علي', 'عن', 'او', 'بنحو', 'بحوالي', 'فقط', 'اكثر', 'اقل', 'بلغ', 'بلغت',
]);

/**
 * «هاتف "بيكسل 3"», «الكرة "تلستار 18"», «احتفالات «عيد طيبة 36»», «شبكة "السويداء 24"», «تمرين
 * "حماة الوطن 2"», «زجاج “جوريلا جلاس 4″», «طائرتي "إن-26"»: whether the number at atom `i` is
 * the last word of a name in quotation marks — one to three words after an opening mark (", « or
 * “), a dash between them or none, and the closing mark (", », ” or ″) right after the number.
 * A product, a model, a festival, an exercise, a channel or a craft is named so; the number
 * completes the name and counts nothing (numeric QA round 80: 209 NUMs in news-001 and news-008,
 * where «"سبورت 360"» and «"آيفون 8"» were already names through their makers). Not a number
 * alone in the marks («تنتج «40» نوع»), nor after a preposition or a word of amount
 * ({@link QUOTED_COUNT_LEADS}: «"إلى 30"»), nor a number word; a year is read as a DATE before
 * this is asked («"رؤية 2030"»).
 */
function closesQuotedName(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (a.kind !== Kind.Digits || !isChar(c, i + 1, '"\u00BB\u201D\u2033')) return false;
  let k = isChar(c, i - 1, '-\u2013') ? i - 2 : i - 1;
  const last = wordAt(c, k);
  if (!last || QUOTED_COUNT_LEADS.has(wordKey(c, last))) return false;
  // one to three words back to the opening mark (an atom may hold a run of words)
  let words = 0;
  for (; k >= 0 && words <= 3; k--) {
    const b = c.atoms[k]!;
    if (b.kind !== Kind.Word) break;
    words++;
    if (b.key !== '') continue;
    for (let p = b.start; p < b.end && words <= 3; p++) if (isSpace(c.text.charCodeAt(p)) && !isSpace(c.text.charCodeAt(p + 1))) words++;
  }
  return words >= 1 && words <= 3 && isChar(c, k, '"\u00AB\u201C');
}

// «مهرجان», «صيف»: a festival named by its place and numbered by its edition or the short
// Hijri year («مهرجان صيف ينبع 36», «مهرجان جدة 36»), folded
const FESTIVALS: ReadonlySet<string> = new Set(['مهرجان', 'صيف']);

/**
 * «مهرجان صيف طيبة 36», «بمهرجان جدة 36.», «مهرجان "طيبة 36"»: two digits after a place name
 * after «مهرجان/صيف» name the festival (31 of the 36 such in news-004 were read as a count);
 * not before a counted noun («مهرجان جدة 40 فعالية»).
 */
function isFestivalEdition(c: Context, i: number, w: Atom): boolean {
  const d = c.atoms[i]!;
  if (!isInteger(d) || d.intDigits !== 2 || !d.gap || isInteresting(w) || isLatin(w) || countsNoun(c, i + 1)) return false;
  // (words the grammar never reads run together in one atom: read them back from the text)
  const words = wordsBefore(c, i - 1, 2);
  const festival = words.length === 2 ? words[1] : isChar(c, i - 2, '"\u00AB\u201C') ? wordsBefore(c, i - 3, 1)[0] : undefined;
  return festival !== undefined && strip(festival).some(([key]) => FESTIVALS.has(key));
}

// Words between «قرار» and its number (folded): «القرار الأممي (2216)», «قرار مجلس الأمن
// الدولي 2401», «للقرارين الدوليين 2216 و2231», «قرارات مجلس الأمن ذات الصلة (2216، 2231)».
const RESOLUTION_WORDS: ReadonlySet<string> = new Set([
  'الاممي', 'الامميين', 'الاممين', 'الامميه', 'الدولي', 'الدوليين', 'الدوليه', 'مجلس', 'لمجلس', 'الامن', 'للامم', 'الامم', 'المتحده', 'ذات', 'الصله',
]);
const RESOLUTION_HEADS: ReadonlySet<string> = new Set(['القرار', 'قرار', 'القرارين', 'قراري', 'القرارات', 'قرارات']);

/** «رقم 1970», «القرار الأممي (1973)»: the number at `i` after «رقم» or a qualified resolution. */
function namesResolution(c: Context, i: number): boolean {
  const j = isChar(c, i - 1, '(') ? i - 2 : i - 1;
  const w = wordAt(c, j);
  return w !== undefined && (candidates(w).some(([key]) => NUMBER_NOUNS.has(key)) || isResolution(c, j, i));
}

/**
 * «القرار الأممي (2216)», «قرار مجلس الأمن الدولي 2401», «مجلس الأمن 2235»: the number of a
 * resolution, after «قرار» and up to four words that qualify it, ending at the word at `j` (the
 * number at `i`). In ANT news (news-008) 54 such were read as counts and 2 («رقم 1970») as
 * years. «مجلس الأمن» alone only before a number of three digits or more (a count of its
 * members is smaller: «صوت مجلس الأمن 13 مقابل 2») and no counted noun; a number below 100
 * after «قرار» not before a counted noun either («قرار مجلس الأمن 15 عضوا»).
 */
function isResolution(c: Context, j: number, i: number): boolean {
  // the nearest word first, alone: most numbers after a word are not resolutions
  if (!RESOLUTION_WORDS.has(wordsBefore(c, j, 1)[0] ?? '')) return false;
  const words = wordsBefore(c, j, 6);
  let m = 0;
  while (m < 4 && m < words.length && RESOLUTION_WORDS.has(words[m]!)) m++;
  // a resolution of the Security Council has a number of three or four digits; a smaller one
  // may be a count («… 15 عضوا»)
  if (m === 0 || (c.atoms[i]!.value < 100 && countedNext(c, i + 1))) return false;
  const head = words[m];
  if (head !== undefined && strip(head).some(([key]) => RESOLUTION_HEADS.has(key))) return true;
  const council = words[m - 1] === 'مجلس' || words[m - 1] === 'لمجلس';
  return council && words[m - 2] === 'الامن' && c.atoms[i]!.value >= 100 && !countedNext(c, i + 1);
}

/**
 * Up to `n` folded words ending with the word atom at `j`, nearest first, read back across
 * the words the grammar does not read (which atomize merges into one unfolded atom). Only for
 * rare look-backs: keeping those words out of the relevant hashes keeps atomize fast.
 */
function wordsBefore(c: Context, j: number, n: number): string[] {
  const out: string[] = [];
  for (let k = j; k >= 0 && out.length < n; k--) {
    const a = c.atoms[k]!;
    if (a.kind !== Kind.Word) break;
    if (a.key !== '') {
      out.push(a.key);
      continue;
    }
    let end = a.end;
    while (end > a.start && out.length < n) {
      let from = end;
      while (from > a.start && !isSpace(c.text.charCodeAt(from - 1))) from--;
      out.push(fold(c.text.slice(from, end)));
      end = from;
      while (end > a.start && isSpace(c.text.charCodeAt(end - 1))) end--;
    }
  }
  return out;
}

// Marks that may follow a reference in brackets: the clause goes on or ends.
const AFTER_REFERENCE = '.,\u060C;\u061B:!?\u061F';

/**
 * A number in brackets that refers rather than counts: a footnote or a match minute (up to
 * 130) after a word, the bracket closing the clause («… السجن (7).», «سجل أورييه (11)، والماس (12)»,
 * «تريزيغيه (51 و55).»), or a verse or page after a name and a colon («(البقرة: 256)»,
 * «(آل عمران، 35)»). A count in brackets has its noun after it («(57) عملية»).
 */
function isBracketReference(c: Context, i: number): boolean {
  const open = c.atoms[i - 1];
  if (open === undefined || open.kind !== Kind.Other) return false;
  // «(البقرة: 183-185)»: the end of a range of verses
  // («[طه: 92-94]» in square brackets too, before QA round 29 a NUM 94)
  if ((open.key === '-' || open.key === '\u2013') && isInteger(c.atoms[i - 2]) && isChar(c, i + 1, ')]')) return isChar(c, i - 3, ':\u060C,/') && isBracketReference(c, i - 2);
  // «[النساء/88]»: a sura and its verse joined by a slash, in square brackets only (a round
  // bracket holds dates and ratios: «(صفر/2)»)
  if (open.key === ':' || open.key === '\u060C' || open.key === ',' || open.key === '/') {
    // «(البقرة: 256)», «(البقرة: 255-256)»: one to four words back to the bracket
    if (!wordAt(c, i - 2)) return false;
    let k = i - 3;
    while (k >= i - 5 && wordAt(c, k)) k--;
    // «(البقرة: 256)», and in square brackets as Wikipedia quotes the Quran: «[يونس: 40]»
    const square = isChar(c, k, '[');
    if (!square && (open.key === '/' || !isChar(c, k, '('))) return false;
    let e = i + 1;
    if (isChar(c, e, '-\u2013') && isInteger(c.atoms[e + 1])) e += 2;
    return isChar(c, e, square ? ']' : ')');
  }
  if (open.key !== '(' && open.key !== '[') return false;
  if (isVerseNumber(c, i)) return true;
  const before = c.atoms[i - 2];
  // «… إلى صقلية.[23]»: a footnote glued after the clause's mark
  if (open.key === '[' && !open.gap && isChar(c, i + 1, ']') && isChar(c, i - 2, '.,\u060C;\u061B')) return true;
  // «… السياسي. [24] الليكود»: spaced, one number in square brackets after the clause's mark
  if (open.key === '[' && isChar(c, i + 1, ']') && isChar(c, i - 2, '.\u060C;\u061B') && !quantityAfter(c, i + 2)) return true;
  // «… السياسي. [24] الليكود» as `entities` reads it, one sentence at a time: the sentence split
  // after the full stop, so the footnote opens the next one (before QA round 42 a NUM, 199 in
  // news-005 and news-011); a count never opens a sentence in square brackets
  if (open.key === '[' && i === 1 && isChar(c, i + 1, ']') && !quantityAfter(c, i + 2)) return true;
  // «… في الولايات المتحدة [103] [104] والدولة»: spaced after a word, a name or a year, one
  // number in square brackets is a footnote too, unless the noun it counts follows (27 more)
  if (open.key === '[' && open.gap && isChar(c, i + 1, ']') && !quantityAfter(c, i + 2) && !(i + 2 < c.atoms.length && countsNoun(c, i + 2))) return true;
  // «… الراديوية. [45] [46]»: a footnote right after another one
  if (footnoteLink(c, i) && footnoteBefore(c, i - 3)) return true;
  if (before === undefined || !(before.kind === Kind.Word || (before.kind === Kind.Other && '"\u00BB\u201D'.includes(before.key)))) return false;
  // «منها[5] مضافا»: one number in square brackets glued to a word is a footnote wherever the clause goes
  if (open.key === '[' && !open.gap && isChar(c, i + 1, ']')) return true;
  // footnotes and minutes are small: «الإنجليزية (930)، والصربية (561)» counts per name
  if (c.atoms[i]!.value > 130) return false;
  // integers joined by «و» or commas up to the closing bracket
  let k = i;
  for (let n = 0; n < 6; n++) {
    if (!isInteger(c.atoms[k])) return false;
    k++;
    if (isChar(c, k, ')]')) break;
    if (keyAt(c, k) === '\u0648' || isChar(c, k, ',\u060C')) k++;
    else return false;
  }
  if (!isChar(c, k, ')]')) return false;
  const after = c.atoms[k + 1];
  if (after === undefined || (after.kind === Kind.Other && AFTER_REFERENCE.includes(after.key))) return true;
  // «تريزيغيه (51 و55) وزامبروتا (73) وبالادينو (89) أهداف»: names listed with the minutes of
  // their goals; the list goes on after «و» and a name, or began with one such name
  // (a name: one to three words, not a lone «و»)
  const name = (m: number): boolean => wordAt(c, m) !== undefined && keyAt(c, m) !== '\u0648';
  if (after.kind === Kind.Word && after.end - after.start > 1 && c.text.charCodeAt(after.start) === 0x648) { // WAW
    let m = k + 2;
    while (m < k + 4 && name(m)) m++;
    if (isChar(c, m, '(') && isInteger(c.atoms[m + 1])) return true;
  }
  let m = i - 3;
  while (m > i - 5 && name(m)) m--;
  c.identReads = (c.identReads ?? 0) + 1;
  return c.identEnd === m && isChar(c, m, ')');
}

// Marks that may close a quotation a verse number follows before «سورة»: a brace, a bracket, quotes.
const QUOTATION_CLOSE = '})"\u00BB\u201D';
// The number of verses of the longest sura (al-Baqara): no verse number is higher.
const MOST_VERSES = 286;

/**
 * A verse number in brackets after a quotation of the Quran (numeric QA round 84; before, a NUM, 14 in
 * news-004): right after its closing brace or ornate parenthesis, unless the noun it counts follows
 * («{… نَذِيرًا} (1) سورة الفرقان», «{… بني آدم} (2) وألزم»), or before «سورة» (or «من سورة»)
 * after another closing mark or a word with short vowels («عَظِيمًا) (93) سورة النساء»,
 * «تَمْرَحُونَ (75) سورة غافر»). A count of suras stays one («حفظ (30) سورة»).
 */
function isVerseNumber(c: Context, i: number): boolean {
  const a = c.atoms[i];
  const before = c.atoms[i - 2];
  if (!isInteger(a) || a.value > MOST_VERSES || !isChar(c, i + 1, ')]') || before === undefined) return false;
  // the brace, or the ornate parentheses («﴿…﴾»), which atomize reads as letters glued to the word
  const last = c.text.charCodeAt(before.end - 1);
  const quran = (before.kind === Kind.Other && before.key === '}') || last === 0xfd3e || last === 0xfd3f;
  if (quran && !(i + 2 < c.atoms.length && countsNoun(c, i + 2))) return true;
  let k = i + 2;
  if (keyAt(c, k) === 'من') k++;
  const sura = wordAt(c, k);
  if (sura === undefined || wordKey(c, sura) !== '\u0633\u0648\u0631\u0647') return false; // «سورة»
  return quran || (before.kind === Kind.Other && QUOTATION_CLOSE.includes(before.key)) || (before.kind === Kind.Word && voweled(c, before));
}

/** Whether the last word of the atom `b` carries a short vowel, tanween or sukun, as a quotation of the Quran does. */
function voweled(c: Context, b: Atom): boolean {
  for (let p = b.end - 1; p >= b.start && !isSpace(c.text.charCodeAt(p)); p--) {
    const ch = c.text.charCodeAt(p);
    if (ch >= 0x64b && ch <= 0x652) return true;
  }
  return false;
}

/** Whether the number at atom `i` is in square brackets right after another one («[45] [46]»). */
function footnoteLink(c: Context, i: number): boolean {
  return isChar(c, i - 1, '[') && isChar(c, i + 1, ']') && isChar(c, i - 2, ']') && isInteger(c.atoms[i - 3]) && isChar(c, i - 4, '[');
}

/**
 * {@link isBracketReference} of the number at atom `j`, which a footnote after it asks about.
 * The chain «[1][2][3]…» is walked down to its first link not yet known and answered upwards,
 * each answer kept, so a chain of any length costs linear time and no deep recursion.
 */
function footnoteBefore(c: Context, j: number): boolean {
  const known = (c.footnotes ??= new Map());
  const valid = (k: number): boolean => {
    const answer = known.get(k);
    return answer !== undefined && (answer.identEnd === -2 || answer.identEnd === c.identEnd);
  };
  let k = j;
  while (!valid(k) && footnoteLink(c, k)) k -= 3;
  for (; k <= j; k += 3) {
    if (valid(k)) continue;
    const reads = c.identReads ?? 0;
    const value = isBracketReference(c, k);
    known.set(k, { value, identEnd: c.identReads === reads ? -2 : c.identEnd });
  }
  const answer = known.get(j)!;
  // an answer that read identEnd makes the question asking for it read identEnd too
  if (answer.identEnd !== -2) c.identReads = (c.identReads ?? 0) + 1;
  return answer.value;
}

/**
 * «المقريزي، السلوك، 1/403», «ابن إياس، 1/439», «1/577-578»: a volume and a page glued by a slash after a
 * source's name and a comma (36 in news-015, each read as two counts). Not a date chain
 * («، 14/9/2015») nor an amount («، 3/4 كيلوغرام»).
 */
function isCitation(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  const page = c.atoms[i + 2];
  if (a.key.length > 2 || !isChar(c, i + 1, '/') || c.atoms[i + 1]!.gap || !isInteger(page) || page.gap || page.key.length > 4) return false;
  if (!isChar(c, i - 1, ',\u060C') || wordAt(c, i - 2) === undefined) return false;
  const after = c.atoms[i + 3];
  if (after && !after.gap && (after.kind === Kind.Digits || isChar(c, i + 3, '/'))) return false;
  return !quantityAfter(c, i + 3) && !UNITS.has(keyAt(c, i + 3)) && !c.t.months.has(keyAt(c, i + 3));
}

// Books of the Bible (folded), and the words that name one: a chapter and a verse follow
// («متى 5: 3», «(لوقا 3: 15-16)», «سفر التكوين 1: 1»). In news-015 (Arabic Wikipedia) about
// 190 of 211 numbers before a colon and digits were such references, each read as two counts.
const SCRIPTURE_BOOKS: ReadonlySet<string> = new Set([
  'متي', 'مرقس', 'لوقا', 'يوحنا', 'اعمال', 'الاعمال', 'روميه', 'روما', 'كورنثوس', 'غلاطيه', 'افسس', 'فيلبي', 'كولوسي',
  'تسالونيكي', 'تيموثاوس', 'تيطس', 'فليمون', 'العبرانيين', 'عبرانيين', 'يعقوب', 'بطرس', 'يهوذا', 'الرويا', 'رويا',
  'التكوين', 'تكوين', 'الخروج', 'خروج', 'اللاويين', 'لاويين', 'العدد', 'التثنيه', 'تثنيه', 'يشوع', 'القضاه', 'قضاه',
  'راعوث', 'صموئيل', 'الملوك', 'ملوك', 'الاخبار', 'اخبار', 'عزرا', 'نحميا', 'استير', 'ايوب', 'المزامير', 'مزامير',
  'مزمور', 'الامثال', 'امثال', 'الجامعه', 'الانشاد', 'اشعياء', 'اشعيا', 'ارميا', 'ارمياء', 'المراثي', 'مراثي',
  'حزقيال', 'دانيال', 'هوشع', 'يوئيل', 'عاموس', 'عوبديا', 'يونان', 'ميخا', 'ناحوم', 'حبقوق', 'صفنيا', 'حجي', 'زكريا',
  'ملاخي', 'انجيل', 'سفر',
]);
// «صموئيل الثاني 5: 4», «كورنثوس الأولى 13: 4»: the book's part after its name
const BOOK_PARTS: ReadonlySet<string> = new Set(['الاول', 'الثاني', 'الاولي', 'الثانيه', 'الثالث', 'الثالثه']);

/**
 * End (atom index) of a chapter and verse starting at atom `i` — «متى 5: 3», «لمرقس 1: 22»,
 * «(لوقا 3: 15-16)», «؛ 12: 50» after another reference, or a bracket holding only «(10: 7-18)»
 * (a score has no range of verses) or «(4:7)» (no clock time) — or −1. None of its numbers counts anything.
 */
function scriptureReferenceEnd(c: Context, i: number): number {
  const colon = i + 1;
  if (!isChar(c, colon, ':') || !isInteger(c.atoms[colon + 1]) || c.atoms[i]!.value > 200) return -1;
  let end = colon + 2;
  const range = isChar(c, end, '-\u2013') && isInteger(c.atoms[end + 1]) && c.atoms[end + 1]!.value > c.atoms[colon + 1]!.value;
  if (range) end += 2;
  // not «1:2:3» (a time or a chain): nothing glued on after the verse
  const next = c.atoms[end];
  if (next && !next.gap && (next.kind === Kind.Digits || (isChar(c, end, ':') && isInteger(c.atoms[end + 1])))) return -1;
  // the book's name is folded here, not by atomize (it is rare before «N: M», common elsewhere)
  let book = previousWord(c, i);
  if (BOOK_PARTS.has(book)) book = previousWord(c, i - 1);
  if (book !== '' && strip(book).some(([key]) => SCRIPTURE_BOOKS.has(key))) return end;
  if (c.identEnd === i - 1 && isChar(c, i - 1, '\u061B;,\u060C')) return end;
  if (!isChar(c, i - 1, '(') || !isChar(c, end, ')')) return -1;
  // «(٤:٧)», «(2:255)»: a bracket holding only N:M whose M no clock has (one digit, three, or
  // above 59) is a chapter and verse whose book was named before (before QA round 22, two NUMs)
  const verse = c.atoms[colon + 1]!;
  const glued = !c.atoms[colon]!.gap && !verse.gap;
  return range || (glued && (verse.intDigits !== 2 || verse.value > 59)) ? end : -1;
}

// «رقم» (number) and «الرقم», folded
const NUMBER_NOUNS: ReadonlySet<string> = new Set(['رقم', 'الرقم']);

/** Whether the word before atom `i` is «رقم» or «الرقم», with or without a proclitic. */
function afterNumberWord(c: Context, i: number): boolean {
  const w = wordAt(c, i - 1);
  return w !== undefined && candidates(w).some(([key]) => NUMBER_NOUNS.has(key) || key === 'فورمولا' || key === 'الفورمولا');
}

const NTH_NOUNS: ReadonlySet<string> = new Set(['السنه', 'العام', 'العضو']);
// Nouns after which a number names rather than counts unless a counted noun follows: the nth
// edition, round or anniversary («الدورة 27 لمهرجان», «الذكرى 60 لتأسيس», «الجولة 12 من البطولة», «في نسختها 5»; but «تستمر
// الدورة 10 أيام»: 5 times against about 150 in ANT news), a rank («في المركز 14 عالميا»; but
// «رصد المركز 17 حالة»), a national road or TV channel («الطريق الوطنية 13 بولاية», «على
// الوطنية 2»; but «تضم الجمعية الوطنية 210 مقاعد»), a numbered channel («القناة 13 والقناة 11»;
// but «طول القناة 193 كيلومترا»), a round of talks («جنيف 2»; but «أمضى في جنيف 3 أيام»)
// «عاما», the accusative a count of years takes, ends in «ما» like the particles {@link endsInAlef} leaves out
const YEARS_COUNTED: ReadonlySet<string> = new Set(['عاما']);
// Military units named by a number (folded)
const MILITARY_UNITS: ReadonlySet<string> = new Set(['اللواء', 'الفرقه', 'الكتيبه', 'الفيلق']);
// (QA round 26: a flight «الرحلة 370», but «ضمت الرحلة 162 مسافرا»; a round of a cup «ذهاب
// الدور 16 من كأس الكاف», the round of sixteen)
// (QA round numeric 37: a kilometre post of a road, «تحرير الكيلو 16 بمحافظة», «من الكيلو 60
// إلى الكيلو 75», as «الدقيقة 74» is a minute of a match, but «سعر الكيلو 20 ريالا»; a
// satellite, «نايل سات 102 هو», but «أطلقت عرب سات 3 أقمار»)
// (QA round numeric 40: places that a number names, «شارع 9», «المبنى 12», «البوابة 3», «الطابق
// 14», «المخرج 5», but «عن طريق 3 أشخاص», «شقة 3 غرف», where a counted noun follows)
// (QA round numeric 73: a matchday or phase, «في المرحلة 25 من الدوري», «الأسبوع 37 من
// الدوري», «الأسبوع 42 من الحمل», «تطوير المرحلة 11 من حقل»; a dynasty of Egypt, «الأسرة 18»;
// an isotope, «اليورانيوم 235»; the Hodeidah quarters «كيلو 16», «كيلو 10»; but «شارك في هذه
// المرحلة 5000 عامل», «أنقذت في نهاية الأسبوع 408 مهاجرين», «بلغت قروض الأسرة 34500 قرض»)
// (QA round numeric 75: a rank, «في الترتيب 98 في قائمة», «التصنيف 66 على العالم»; a
// squadron, «السرب 192 في قاعدة»; a generation, «الجيل 7 من العملة»; an amendment, a section,
// a block, a district, «التعديل 15», «القسم 702 من قانون», «الرقعة 9», «بالدائرة 18 للعاصمة»;
// a player's nth goal, «الهدف 57 في 89 مباراة», «الهدف 85 مع بلاده»; but «تراجع في الترتيب 16
// مركزا», «يضم هذا القسم 17 مقالا», «صوت لصالح التعديل 388 نائبا», «كانت الدائرة 8 كيلومترات»;
// not «اللقب», whose «فاز باللقب 19 في السنوات الخمسين» counts the times)
const NUMBERED: ReadonlySet<string> = new Set([
  'الدوره', 'الجوله', 'النسخه', 'نسختها', 'دورتها', 'الطبعه', 'طبعتها', 'المركز', 'الوطنيه', 'الذكري', 'القناه', 'جنيف', 'الرحله', 'الدور', 'الكيلو', 'سات',
  'شارع', 'الشارع', 'طريق', 'الطريق', 'مبني', 'المبني', 'بلوك', 'البلوك', 'جناح', 'الجناح', 'بوابه', 'البوابه', 'صاله', 'الصاله', 'قاعه', 'القاعه',
  'رصيف', 'الرصيف', 'منصه', 'المنصه', 'طابق', 'الطابق', 'مخرج', 'المخرج', 'المجاوره', 'عماره', 'العماره', 'شقه', 'الشقه',
  'المرحله', 'الاسبوع', 'الاسره', 'اليورانيوم', 'البلوتونيوم', 'كيلو',
  'الترتيب', 'التصنيف', 'السرب', 'الجيل', 'التعديل', 'القسم', 'الرقعه', 'الدائره', 'الهدف',
  // (QA round numeric 78) bare nouns that name a channel, a flight, a rank or a section as often
  // as with the article: «قناة 13 عن», «رحلة 103 فوق», «في مركز 69 على», «قسم 48)»; a counted
  // noun keeps the number a count («رحلة 17 ساعة», «مركز 160 سفارة»)
  'قناه', 'رحله', 'مركز', 'قسم',
]);
/**
 * (QA round numeric 76) Names of models, vehicles, spacecraft, catalogues and charts (folded)
 * that a number after them completes: rockets and spacecraft («ساترن 5», «فوستوك 6», «تيانغونغ
 * 1», «شنتشو 11», «لونا 9», «سبوتنيك 2», «فالكون 9», «أريان 5», «جيميني 4»), airliners
 * («توبوليف 154», «إليوشن 76», «أنتونوف 124»), missiles and bombers («شهاب 3», «بي 52»,
 * «ثاندربولت بي 47», «دانيل جي 6»), the Messier catalogue («مسييه 31»), the Billboard charts
 * («بيلبورد 200», «هوت 100»), the Egyptian indexes («إيجي إكس 30»), and a model or form
 * («موديل 01», «نموذج 101»); unlike the makers of `WORDS.identifier`, a counted noun after the
 * number keeps it a count («شهاب 3 صواريخ», «نموذج 3 أبعاد»)
 */
const NAMED_MODELS: ReadonlySet<string> = new Set([
  'ساترن', 'فوستوك', 'تيانغونغ', 'تيانجونج', 'شنتشو', 'شنزهو', 'لونا', 'سبوتنيك', 'فالكون', 'اريان', 'جيميني', 'سالوت',
  'توبوليف', 'اليوشن', 'اليوشين', 'انتونوف',
  'شهاب', 'بي', 'جي',
  'مسييه', 'ميسييه', 'بيلبورد', 'هوت', 'اكس', 'موديل', 'الموديل', 'نموذج',
]);

/** Letters (two or three, no space) at the end of the word atom `a`: one letter of a spelt Latin name («إس», «إتش», «آي»). */
function speltLetter(c: Context, a: Atom | undefined): boolean {
  if (a === undefined || a.kind !== Kind.Word || isLatin(a)) return false;
  let p = a.end;
  while (p > a.start && !isSpace(c.text.charCodeAt(p - 1))) p--;
  const n = a.end - p;
  return n >= 2 && n <= 3;
}

/**
 * Whether the word atom at `j` ends a Latin name spelt in Arabic letter by letter and joined by
 * full stops with no space («إس.إي», «إتش.دي.إم.آي», «إيه.تي.آر»): each part two or three letters,
 * so a full stop typed without its space («هامبورغ.يوجد 17 جامعة») and the era «ق.م» are none.
 */
function isSpeltAbbreviation(c: Context, j: number): boolean {
  if (!speltLetter(c, c.atoms[j]) || c.atoms[j]!.gap || !isChar(c, j - 1, '.') || c.atoms[j - 1]!.gap) return false;
  return speltLetter(c, c.atoms[j - 2]);
}

/**
 * «ساترن 5», «فوستوك 6», «مسييه 31», «بيلبورد 200»: whether the word `w` names a model of
 * {@link NAMED_MODELS} that the number at atom `i` completes — no counted noun follows it («أطلق
 * شهاب 3 صواريخ» counts).
 */
function namesModel(c: Context, w: Atom, i: number): boolean {
  if (!candidates(w).some(([key, letters]) => letters === 0 && NAMED_MODELS.has(key))) return false;
  const k = pastRange(c, i);
  const b = c.atoms[k];
  return !countsNoun(c, k) || (b !== undefined && (NAMING_PREPOSITIONS.has(wordKey(c, b)) || AFTER_MODEL.has(wordKey(c, b)))) || opensClause(c, k);
}

/** Words (folded) after a model's number that are no counted noun («مسييه 31 ذات شكل», «فوستوك 6 هي»). */
const AFTER_MODEL: ReadonlySet<string> = new Set(['ذات', 'ذو', 'هو', 'هي']);

// Prepositions (folded) that open a phrase after a number naming an item of {@link NUMBERED}
// («المركز 152 على سلم الترتيب», «من الأسبوع 32 حتى الأسبوع 37», «النسخة 23 إلى الكويت», «المرحلة
// 37 قبل الأخيرة»), where {@link countedNext} would take them for a counted noun; «من» and «في»
// it leaves out already
const NAMING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'علي', 'الي', 'حتي', 'عن', 'مع', 'ضد', 'منذ', 'خلال', 'بين', 'امام', 'عند', 'لدي', 'بعد', 'قبل', 'قبيل', 'ضمن', 'عبر', 'وسط', 'نحو', 'تحت', 'فوق', 'حول', 'دون', 'خلف', 'وراء', 'قرب', 'قباله', 'عقب', 'اثناء', 'طوال', 'داخل', 'خارج',
]);

/**
 * «في المركز 28 على مستوى أندية العالم», «من المركز 19 إلى المركز 26», «الأسبوع 30 أمام»: whether a
 * preposition follows the number at atom `i` after the word `w`, a noun of {@link NUMBERED} that is
 * definite — with the article, a pronoun («في نسختها 31 حتى») or a name («جنيف 2 مع») — so the
 * number names the item (before numeric QA round 75 a count). Not «على الأقل» or «على الأكثر»
 * after a count («خلال الأسبوع 12 على الأقل»), nor a range with its counted noun («تستغرق الرحلة 3
 * إلى 4 ساعات»). Since numeric QA round 78 a bare noun does too ({@link bareName}: «شارع 30
 * عند», «كيلو 60 قبل»), except «طريق».
 */
function prepositionAfterName(c: Context, w: Atom, i: number): boolean {
  if (!definiteName(c, w, i) && !bareName(c, w, i)) return false;
  const b = c.atoms[i + 1];
  if (!b || b.kind !== Kind.Word || !b.gap) return false;
  const p = wordKey(c, b);
  if (!NAMING_PREPOSITIONS.has(p)) return false;
  const after = c.atoms[i + 2];
  if (p === 'علي' && after && after.kind === Kind.Word) {
    const k = wordKey(c, after);
    if (k === 'الاقل' || k === 'الاكثر') return false;
  }
  if ((p === 'الي' || p === 'حتي') && isInteger(after)) return !countedNext(c, i + 3) && !quantityAfter(c, i + 3);
  return true;
}

/**
 * Whether the word `w` before the number at atom `i` is a definite noun of {@link NUMBERED} — with
 * the article, a pronoun («نسختها») or a name («جنيف», «نايل سات») — that is not the subject of a
 * verb of giving or serving right before it («وزع المركز 500 على الأسر», «استقبل المركز 300 خلال
 * الأسبوع»: the number counts what the centre gave or served, numeric QA round 77).
 */
function definiteName(c: Context, w: Atom, i: number): boolean {
  if (!candidates(w).some(([key]) => NUMBERED.has(key) && (key.startsWith('\u0627\u0644') || key.endsWith('\u0647\u0627') || key === 'جنيف' || key === 'سات'))) return false;
  const v = wordAt(c, i - 2);
  return !(v && candidates(v).some(([key]) => GIVING_VERBS.has(key)));
}

/**
 * Whether the word `w` before the number at atom `i` is a bare noun of {@link NUMBERED} — «شارع
 * 30 عند», «كيلو 60 قبل», «مخرج 37 على», «بلوك 52 خلال», «رحلة 103 فوق» — that names the item
 * when a preposition follows the number (numeric QA round 78; before, only a definite noun did).
 * Not «طريق» («عن طريق 3 …»), nor after «كل» («في كل مبنى 5 على الأقل») or a verb of
 * {@link GIVING_VERBS}.
 */
function bareName(c: Context, w: Atom, i: number): boolean {
  if (!candidates(w).some(([key]) => NUMBERED.has(key) && key !== 'طريق')) return false;
  const v = wordAt(c, i - 2);
  return !(v && (v.key === 'كل' || candidates(v).some(([key]) => GIVING_VERBS.has(key))));
}

// (QA round numeric 77) Verbs (folded) whose subject, a naming noun of {@link NUMBERED} right after
// them, gives or serves the number after it: «وزع المركز 500 على الأسر», «سيوزع المركز 100 …»
const GIVING_VERBS: ReadonlySet<string> = new Set([
  'وزع', 'يوزع', 'سيوزع', 'قدم', 'يقدم', 'سيقدم', 'سلم', 'يسلم', 'منح', 'يمنح', 'صرف', 'يصرف', 'استقبل', 'يستقبل', 'خدم', 'يخدم',
  'عالج', 'يعالج', 'رصد', 'يرصد', 'سجل', 'يسجل', 'نفذ', 'ينفذ', 'استقطب', 'يستقطب', 'خرج', 'يخرج', 'دعم', 'يدعم', 'وفر', 'يوفر',
]);

/**
 * «توقف عند الكيلو 310 حيث تعطل المحرك», «في المركز 20 وقطر في المركز 32», «الأسرة 26 ويوجد»,
 * «التعديل 15 مرت», «تحتل المركز 78 دوليا», «منطقة كيلو 16 شرقي الحديدة», «مبنى 5 غرب المطار»:
 * whether a verb, an adverb or a new clause follows the number at atom `i` after the word `w`, a
 * noun of {@link NUMBERED} — definite, or bare but «طريق» («عن طريق 3 وسائل» counts) — where
 * {@link countedNext} takes the word for a counted noun (before numeric QA round 77 a count); not
 * after a verb of {@link GIVING_VERBS}.
 */
function clauseAfterName(c: Context, w: Atom, i: number): boolean {
  if (!candidates(w).some(([key]) => NUMBERED.has(key) && key !== 'طريق')) return false;
  const v = wordAt(c, i - 2);
  if (v && candidates(v).some(([key]) => GIVING_VERBS.has(key))) return false;
  return opensClause(c, pastRange(c, i));
}

/**
 * Whether the word at atom `k`, after a number that may name an item, opens a clause or an
 * adverbial rather than being the noun the number counts: a word of {@link CLAUSE_OPENERS}, a
 * conjunction «و» glued to a word that is not a noun of {@link WAW_NOUNS} («وقطر», «ويوجد»,
 * «وذلك»; «6 وحدات» counts), or an imperfect verb, a word starting with «ي» other than one of
 * {@link YA_NOUNS} («يقع», «يعتبر»; «5 أيام», «23 يتيما» count).
 */
function opensClause(c: Context, k: number): boolean {
  const b = c.atoms[k];
  if (!b || b.kind !== Kind.Word || !b.gap || isLatin(b)) return false;
  const key = wordKey(c, b);
  if (CLAUSE_OPENERS.has(key)) return true;
  // «المركز 88 عام 2017», «الأسرة 26 عام 588», «الرحلة 127 يوم 6 يوليو»: a date follows, not the
  // noun counted (numeric QA round 78)
  if (DATE_LEADS.has(key) && isInteger(c.atoms[k + 1])) return true;
  if (key.length < 3) return false;
  const first = c.text.charCodeAt(b.start);
  if (first === 0x648) return !WAW_NOUNS.has(key); // WAW
  return first === 0x64a && !YA_NOUNS.has(key); // YEH
}

// (QA round numeric 77) Words (folded) after a naming number that are no counted noun: adverbs
// of place, time and manner («الكيلو 310 حيث», «المركز 15 غدا», «المركز 26 حاليا», «المركز 78
// دوليا», «المركز 4 هناك»), the points of the compass («الكيلو 16 شرق مدينة», «مبنى 5 غرب
// المطار»), particles and pronouns that open a clause («الجولة 21 عندما», «الرحلة 370 قد اختفت»,
// «المنطقة 4 أي», «للمركز 190 ثم»), and the perfects of «كان», its sisters and a few verbs of
// passing («التعديل 15 مرت», «المركز 18 عاد», «الجيل 7 تم»)
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'حيث', 'حاليا', 'دوليا', 'ايضا', 'غدا', 'امس', 'هناك', 'هنا', 'عندما', 'بينما', 'فيما', 'كما', 'قد', 'لقد', 'لكن', 'لكنه', 'لكنها', 'اذ', 'اذا', 'حسب', 'مقارنه', 'خلفا', 'اي', 'ثم',
  'انه', 'انها', 'هو', 'هي', 'هم', 'ذلك', 'هذا', 'هذه', 'تلك',
  'شرق', 'غرب', 'شمال', 'جنوب', 'شرقي', 'غربي', 'شمالي', 'جنوبي', 'شرقا', 'غربا', 'شمالا', 'جنوبا',
  'كان', 'كانت', 'تم', 'تمت', 'بات', 'باتت', 'ظل', 'ظلت', 'عاد', 'عادت', 'اصبح', 'اصبحت', 'صار', 'صارت', 'مر', 'مرت', 'جاء', 'جاءت',
]);

/**
 * (QA round numeric 78) Nouns (folded) of a date that {@link opensClause} reads as opening one
 * when a number follows them («المركز 88 عام 2017»), rather than as the noun the number counts.
 */
const DATE_LEADS: ReadonlySet<string> = new Set(['عام', 'العام', 'سنه', 'السنه', 'يوم']);

// (QA round numeric 77) Nouns (folded) that start with «و» and follow a number as what it counts
// (the commonest after a number in the sixteen news files: «6 وحدات», «201 وظيفة», «65 وزيرا»,
// «29 وفيات», «22 وافدا»), which {@link opensClause} must not take for «و» and a new clause
const WAW_NOUNS: ReadonlySet<string> = new Set([
  'وحده', 'وحدات', 'وظيفه', 'وظائف', 'ولايه', 'ولايات', 'وزير', 'وزيرا', 'وزيره', 'وزراء', 'وزيرات', 'وزاره', 'وزارات', 'ورقه', 'ورقات',
  'وفيات', 'وفاه', 'وجبه', 'وجبات', 'ولاده', 'ولادات', 'وافد', 'وافدا', 'وافدين', 'وسيله', 'وسائل', 'ورشه', 'ورش', 'وثيقه', 'وثائق',
  'وفد', 'وفدا', 'وفود', 'وكاله', 'وكالات', 'وقفه', 'وقفات', 'وسام', 'وساما', 'ولد', 'ولدا', 'واقعه', 'وقائع', 'وكيل', 'وكيلا', 'وكلاء',
  'وديه', 'وديات', 'وديعه', 'ودائع', 'وصفه', 'وصفات', 'وجهه', 'وجهات', 'واط', 'وقت', 'وصله', 'وصلات', 'ورده', 'ورود', 'وجه', 'وجوه',
]);

// (QA round numeric 77) Nouns (folded) that start with «ي» and follow a number as what it
// counts («5 أيام» is «أ», but «يوم», «يتيم», «يخت», «ياردة»), which {@link opensClause} must not
// take for an imperfect verb
const YA_NOUNS: ReadonlySet<string> = new Set([
  'يوم', 'يوما', 'يومين', 'يتيم', 'يتيما', 'يتيمه', 'يتامي', 'يخت', 'يختا', 'يخوت', 'يارد', 'ياردا', 'يارده', 'ياردات', 'ينبوع', 'ينابيع', 'يافطه', 'يافطات',
]);

/**
 * «أحرز اللقب 13 في تاريخه», «يعد هذا اللقب 14 للنادي», «الفوز باللقب 14 لأن», «تحقيق اللقب 13
 * عندما»: whether the number at atom `i` after «اللقب» (the word `w`) names the nth title — a
 * phrase with «ل», «في تاريخ…» or a clause of {@link opensClause} but «و» follows it (numeric QA
 * round 77). Not in {@link NUMBERED}: the times a title was won are written with «في» and «و» as
 * often («فاز باللقب 19 في السنوات الخمسين», «حصد اللقب 4 في سبعينات القرن», «فاز باللقب 3
 * وخسر النهائي مرتين»), and with their noun («اللقب 13 مرة», «باللقب 22 ناديا»).
 */
function namesTitle(c: Context, w: Atom, i: number): boolean {
  if (!candidates(w).some(([key]) => key === 'اللقب')) return false;
  const b = c.atoms[i + 1];
  if (!b || b.kind !== Kind.Word || !b.gap || !c.atoms[i]!.gap || c.text.charCodeAt(b.start) === 0x648) return false;
  const first = c.text.charCodeAt(b.start);
  if (first === 0x644 && !c.text.startsWith('\u0644\u0627\u0639\u0628', b.start)) return true; // LAM; not «لاعبا»
  if (wordKey(c, b) === 'في') {
    const n = c.atoms[i + 2];
    return n !== undefined && n.kind === Kind.Word && c.text.startsWith('\u062a\u0627\u0631\u064a\u062e', n.start); // «تاريخ»
  }
  return opensClause(c, i + 1);
}

// «عالميا», «عربيا»: a rank's scope; «مباشرة» (live, of a channel); not counted nouns
const RANK_SCOPES: ReadonlySet<string> = new Set(['عالميا', 'عربيا', 'افريقيا', 'اوروبيا', 'اسيويا', 'قاريا', 'محليا', 'وطنيا', 'مباشره', 'تقريبا']);

/**
 * Whether a noun the number counts follows at atom `k`: an indefinite word — not «من», «في»,
 * «فقط», «و», a rank's scope, a word with the article («الساعة», «والأخيرة»), or a phrase with
 * «ل» or «ب» («لمهرجان», «بولاية»; but «لاعبا» is counted).
 */
function countedNext(c: Context, k: number): boolean {
  const b = c.atoms[k];
  if (!b || b.kind !== Kind.Word || !b.gap || isLatin(b)) return false;
  if (b.key === 'من' || b.key === 'في' || b.key === 'فقط' || b.key === '\u0648' || RANK_SCOPES.has(b.key)) return false;
  let p = b.start;
  const first = c.text.charCodeAt(p);
  if (first === 0x644) return c.text.startsWith('\u0644\u0627\u0639\u0628', p); // LAM; «لاعب»
  if (first === 0x628) return false; // BEH
  if (first === 0x648 || first === 0x641) p++; // WAW, FEH: a conjunction before an article
  return !(c.text.charCodeAt(p) === 0x627 && c.text.charCodeAt(p + 1) === 0x644); // ALEF LAM
}

/** The folded first word of the atom `b` (an atom may hold a run of words the grammar does not read). */
function wordKey(c: Context, b: Atom): string {
  return b.key !== '' ? b.key : fold(c.text.slice(b.start, wordEnd(c, b)));
}

/** A counted noun at atom `k` that does not start a new phrase with «و» («338 و339 وتبادل»). */
function countsNoun(c: Context, k: number): boolean {
  return countedNext(c, k) && c.text.charCodeAt(c.atoms[k]!.start) !== 0x648 && !NOT_NOUNS.has(wordKey(c, c.atoms[k]!));
}

/** «رقم 33 و34 و35», «المادتين 5، 6», «المواد ( 63 ) و ( 64 )», «المواد 5 إلى 9»: a number listed right after an identifier is one too. */
function continuesIdentifiers(c: Context, i: number): boolean {
  const from = c.identEnd;
  if (from < 0 || i - from < 1 || i - from > 4) return false;
  let joined = false;
  for (let k = from; k < i; k++) {
    const a = c.atoms[k]!;
    // (and «إلى», «حتى» of a range: «من المركز 80 إلى 88 بين عامي»)
    const link = (a.kind === Kind.Word && (a.key === '\u0648' || a.key === 'الي' || a.key === 'حتي')) || (a.kind === Kind.Other && (a.key === ',' || a.key === '\u060C'));
    if (link) joined = true;
    else if (!(a.kind === Kind.Other && (a.key === '(' || a.key === ')'))) return false;
  }
  return joined;
}

// «الثاني عشر» is an ordinal, «الاثني عشر» a definite cardinal; «كل واحد», «واحد من» are
// pronouns, not quantities.
const ORDINAL_HEADS: ReadonlySet<string> = new Set(['الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'الحاديه', 'الثانيه', 'الثالثه', 'الرابعه', 'الخامسه', 'السادسه', 'السابعه', 'الثامنه', 'التاسعه',
  // the definite cardinals «الأشهر الاثني عشر», «الدول الإحدى عشرة» (not counts either)
  'الاحدي', 'الاثني', 'الاثنتي', 'الاثنا', 'الاثنتا']);
// The heads of the ordinals 11–19 without the article («ثالث عشر», «ثانية عشرة»; folded).
const BARE_ORDINAL_HEADS: ReadonlySet<string> = new Set(['حادي', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع',
  'حاديه', 'ثانيه', 'ثالثه', 'رابعه', 'خامسه', 'سادسه', 'سابعه', 'ثامنه', 'تاسعه']);
// «آن», «وقت» (folded) between «في» and «واحد»
const AT_ONCE: ReadonlySet<string> = new Set(['ان', 'وقت']);
// Nouns (folded) before «واحد/واحدة» in idioms of unity and of "at once", where the number counts
// nothing: «دفعة واحدة» (all at once: 30 of 30 in news-002 and news-010), «بصوت واحد», «كجسد
// واحد», «كرجل واحد» («يدا واحدة» is as often a hand: «يضع يدا واحدة على الجدار»)
const UNITY_NOUNS: ReadonlySet<string> = new Set(['دفعه', 'ودفعه', 'بصوت', 'وبصوت', 'كجسد', 'كرجل']);
// …those that are idioms only after a given word: «تحت سقف واحد», «(على) قلب رجل واحد»
const UNITY_PAIRS: ReadonlyMap<string, string> = new Map([['سقف', 'تحت'], ['رجل', 'قلب']]);
// …and «بكلمة/بعبارة واحدة» (in a word), a sentence adverb only before a comma or colon («لم
// يتفوه بكلمة واحدة» counts the words)
const IN_A_WORD: ReadonlySet<string> = new Set(['بكلمه', 'بعباره']);

/** Whether «واحد» at atom `i` ends an idiom of unity or of "at once" rather than counting. */
function isUnityIdiom(c: Context, i: number): boolean {
  const [noun, before] = wordsBefore(c, i - 1, 2);
  if (noun === undefined) return false;
  if (IN_A_WORD.has(noun)) return isChar(c, i + 1, ',\u060C:');
  return UNITY_NOUNS.has(noun) || (before !== undefined && UNITY_PAIRS.get(noun) === before);
}
const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set(['كل', 'اي', 'لا', 'ولا', 'هو', 'احنا', 'نحن', 'هم']);

/** Whether the word at `i` is «عشر/عشرة» after a definite unit from three to nine («الخمسة عشر») or a definite head of eleven or twelve («الأحد عشر», «الاثني عشر»). */
function definiteTeen(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (a.key !== 'عشر' && a.key !== 'عشره') return false;
  const prev = wordAt(c, i - 1);
  if (!prev || !a.gap) return false;
  for (const [key] of candidates(prev)) {
    if (!key.startsWith('\u0627\u0644')) continue;
    const v = c.t.units.get(key.slice(2));
    if (v !== undefined && v >= 3 && v <= 9) return true;
    // «المتنافسين الأحد عشر», «الدول الإحدى عشرة», «الأشهر الاثني عشر» (numeric QA round 67)
    // («يوم الأحد عشرة وزراء», «الأحد عشرة آلاف»: before «عشرة», or after «يوم», «الأحد» is Sunday)
    const head = key.slice(2);
    if (head === '\u0627\u062d\u062f' && (a.key !== '\u0639\u0634\u0631' || isIn('day', previousWord(c, i - 1)))) continue;
    if (head !== ORDINAL_ELEVEN && c.t.teenHeads.has(head)) return true;
  }
  return false;
}

// «بضع/بضعة» (some, three to nine), with a preposition (folded)
const SOME: ReadonlySet<string> = new Set(['بضع', 'بضعه', 'لبضع', 'لبضعه', 'ببضع', 'ببضعه']);

/** Whether the word at `i` is «عشر/عشرة» after «بضع/بضعة» («بضعة عشر عاما»): some number from 13 to 19, no value. */
function vagueTeen(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (a.key !== 'عشر' && a.key !== 'عشره') return false;
  return a.gap && SOME.has(previousWord(c, i));
}

// «اليدين», «اليد», «الأيدي», folded: after «صفر», "empty-handed"
const EMPTY_HANDED: ReadonlySet<string> = new Set(['اليدين', 'اليد', 'اليدان', 'الايدي']);

// Nouns after a lone «ألف» in idioms where the thousand is no count (folded): «تهانينا وألف
// مبروك» (a thousand congratulations). Not «ألف تحية», which the Wojood annotation counts
const THOUSAND_IDIOMS: ReadonlySet<string> = new Set(['مبروك']);

/**
 * The folded words after atom `i`, up to `n`, read from the text (words the grammar does not
 * read have no key); a word ends at a space or a mark, and the scan stops at anything that is
 * not a letter or a space.
 */
function wordsAfter(c: Context, i: number, n: number): string[] {
  const out: string[] = [];
  const text = c.text;
  let p = c.atoms[i]!.end;
  const limit = Math.min(text.length, p + 40);
  while (out.length < n && p < limit) {
    while (p < limit && isSpace(text.charCodeAt(p))) p++;
    const from = p;
    while (p < limit && isLetterOrMark(text.charCodeAt(p))) p++;
    if (p === from) break;
    out.push(fold(text.slice(from, p)));
  }
  return out;
}

function isLetterOrMark(ch: number): boolean {
  return (ch >= 0x621 && ch <= 0x64a) || isIgnorable(ch) || (ch >= 0x671 && ch <= 0x6d3);
}

/**
 * Whether the lone «ألف» at atom `i` is part of an idiom rather than a thousand of something:
 * «ألف مبروك»; the title «ألف ليلة وليلة»; «يحسب له ألف حساب» (to reckon with
 * someone), where a form of «حسب» or «نضع» comes just before (not «إغلاق ألف حساب», accounts).
 * Before QA round 24, a NUM 1000.
 */
function isThousandIdiom(c: Context, i: number): boolean {
  const [w1, w2, w3] = wordsAfter(c, i, 3);
  if (w1 === undefined) return false;
  if (THOUSAND_IDIOMS.has(w1)) return true;
  if (w1 === 'ليله') return w2 === 'وليله' || (w2 === 'و' && w3 === 'ليله');
  if (w1 === 'حساب') return wordsBefore(c, i - 1, 3).some((k) => k.includes('حسب') || k === 'نضع' || k === 'يضع');
  return false;
}

/** A lone number word that really counts: not part of an ordinal, not «كل واحد». */
function countsSomething(c: Context, i: number, value: number): boolean {
  const prev = wordAt(c, i - 1);
  // «والسابع عشر», «للثاني عشر»: the head keeps its proclitics (72 in news-001 and news-013,
  // each a NUM 10 before QA round 18)
  // «ثالث عشر أكبر منطقة», «إماما تاسع عشر»: the ordinal without the article as well (QA round
  // numeric 36; no cardinal head is spelt like an ordinal one: «ثلاث/ثالث», «ثماني/ثامن»)
  if (value === 10 && prev && candidates(prev).some(([key]) => ORDINAL_HEADS.has(key) || BARE_ORDINAL_HEADS.has(key))) return false;
  // «خرج صفر اليدين», «عاد صفر اليد»: «صفر» here is the adjective "empty", not zero
  const after = wordAt(c, i + 1);
  if (value === 0 && after && EMPTY_HANDED.has(wordKey(c, after))) return false;
  if (value === 1000 && isThousandIdiom(c, i)) return false;
  if (value === 1) {
    if (!prev || ONE_PRONOUN_BEFORE.has(prev.key)) return false;
    // «في آن واحد», «في وقت واحد»: at once, an adverb and no count
    if (AT_ONCE.has(prev.key) && previousWord(c, i - 1) === 'في') return false;
    if (isUnityIdiom(c, i)) return false;
    // «واحدا تلو الآخر», «واحدة تلو الأخرى»: one after another, an adverb and no count (a NUM 1
    // before QA round 28)
    if (wordsAfter(c, i, 1)[0] === 'تلو') return false;
    const next = keyAt(c, i + 1);
    if (next === 'من' || next === 'منهم' || next === 'منها') return false;
  }
  return true;
}

/**
 * Whether the number word at atom `i`, after «و», goes on a definite numeral before it: «بين
 * المائتين وثمانين مليونا» is one definite compound, no count, as «الثمانية عشر مليونا» is (before
 * QA round 21 a NUM of 80 million). Not «في المائة» (a percent) before it.
 */
function definiteBefore(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  let k = i - 1;
  if (a.key === '\u0648' || a.key.length < 2) return false;
  if (a.key[0] !== '\u0648') {
    if (keyAt(c, k) !== '\u0648') return false;
    k--;
  }
  const w = wordAt(c, k);
  const article = !w ? 0 : w.key.startsWith('\u0627\u0644') ? 2 : w.key.startsWith('\u0648\u0627\u0644') ? 3 : 0;
  if (article === 0) return false;
  const t = term(c.t, w!.key.slice(article));
  const next = term(c.t, a.key === '\u0648' || a.key[0] !== '\u0648' ? a.key : a.key.slice(1));
  if (!t || !next) return false;
  if (t.kind === 'hund' && t.value === 100 && keyAt(c, k - 1) === 'في') return false;
  // the smaller part that goes on a compound, not a second number of a range («بين الخمسين وستين»)
  if (t.kind === 'unit') return next.kind === 'tens';
  if (t.kind === 'hund') return next.kind === 'unit' || next.kind === 'tens' || next.kind === 'teenHead';
  return t.kind === 'scale' && t.count === 1 && (next.kind === 'unit' || next.kind === 'tens' || next.kind === 'teenHead' || next.kind === 'hund');
}

// The article alone, with or without a proclitic: «الـ24», «بالـ 15», «للـ3».
const ARTICLES: ReadonlySet<string> = new Set(['ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل', 'فلل', 'وبال', 'فبال']);

function isArticle(c: Context, j: number): boolean {
  const w = wordAt(c, j);
  return w !== undefined && ARTICLES.has(w.key);
}

/** Whether atoms `n`, `n + 1`, `n + 2` are «1/2» before a noun: one digit, a slash, one or two digits, no gaps. */
function fractionAt(c: Context, n: number): boolean {
  const a = c.atoms[n];
  const b = c.atoms[n + 2];
  if (!isInteger(a) || a.key.length !== 1 || !isChar(c, n + 1, '/') || c.atoms[n + 1]!.gap || !isInteger(b) || b.gap || b.key.length > 2) return false;
  // not a date («1/2/2015», «3/4 يوليو») nor a chain
  if (isChar(c, n - 1, '/') || isChar(c, n + 3, '/') || c.t.months.has(keyAt(c, n + 3))) return false;
  return countedNounAt(c, n + 3);
}

/**
 * «1/2 كوب», «1/3 ملعقة» (and «2/1 كوب» as right-to-left copy flips them): a fraction before
 * what it measures is not a count; a score («بالتعادل 1/1،») has no noun after it.
 */
function isFraction(c: Context, i: number): boolean {
  return fractionAt(c, i) || (isChar(c, i - 1, '/') && fractionAt(c, i - 2));
}

/**
 * «1 - يعاقب …», «3) …»: a list number at the start of a line; or, anywhere, one or two digits
 * with a dash or colon glued to them before a word («… 9- جامعة … 10- جامعة …», «1: قوم»: lists run into one
 * paragraph; 356 in news-009, where a count is never written so).
 */
function isEnumerator(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (!isInteger(a) || a.key.length > 2) return false;
  // «6/ كن لطيفا مع نفسك»: a slash after the number at the start of a line, a word after a
  // space (not a date «6/7/2018», nor a fraction «1/2 كوب», which has no space)
  if (isChar(c, i + 1, '/')) {
    const after = c.atoms[i + 2];
    if (c.atoms[i + 1]!.gap || after === undefined || after.kind !== Kind.Word || !after.gap || isLatin(after) || term(c.t, after.key)) return false;
  } else if (!isChar(c, i + 1, '-.)\u2013:')) {
    return false;
  }
  const prev = c.atoms[i - 1];
  if (!prev) return true;
  const after = c.atoms[i + 2];
  if (isChar(c, i + 1, '-\u2013:') && !c.atoms[i + 1]!.gap && after !== undefined && after.kind === Kind.Word && !isLatin(after) && !term(c.t, after.key)) return true;
  for (let k = prev.end; k < a.start; k++) if (c.text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/**
 * «مجموعة 5+1», «(5 + 1)», «ترتيب المقاعد 5+2», «الدقيقة 90+4»: digits joined by a plus sign to
 * other digits name a group or a format, or add the minutes of stoppage time; they count
 * nothing (94 numbers in news-002 and news-010, most of them the six powers of the Iran talks).
 */
function plusJoined(c: Context, i: number): boolean {
  return (isChar(c, i + 1, '+') && isInteger(c.atoms[i + 2])) || (isChar(c, i - 1, '+') && isInteger(c.atoms[i - 2]));
}

// The minute sign as news types it: U+0027 APOSTROPHE, U+2019 RIGHT SINGLE QUOTATION MARK, U+2032 PRIME.
const MINUTE_SIGNS = "'\u2019\u2032";
// A match lasts 90 or 120 minutes and their added time: no minute is higher (as footnotes, isBracketReference).
const MOST_MATCH_MINUTES = 130;
// How far back a quotation the sign could close may have opened (UTF-16 code units).
const QUOTATION_REACH = 200;
// U+00B0 DEGREE SIGN, U+00BA MASCULINE ORDINAL INDICATOR (typed for it): a coordinate's degrees.
const DEGREE_SIGNS = '\u00B0\u00BA';
// What may follow a minute's sign in the same word: added time, a closing bracket, a mark of the clause.
const AFTER_MINUTE = '+)].,\u060C;\u061B:';

/**
 * Whether the integer at atom `i` is the minute of a match, marked by the minute sign glued
 * after it (numeric QA round 86; before, a NUM, 41 in news-009): the scorers of a result
 * listed with their minutes («2 - 1 الترجي الجرجيسي 15' أحمد حسني 48' أداما تراوري»), a
 * minute in brackets («بفضل هدف ناسيمونتو (83').»), and the added time after «+» («90'+3»).
 * «الدقيقة 32» is no NUM either. Not the minutes of a coordinate, which its degrees follow
 * («خط طول 48' 33° شرقا»), nor a number that closes a quotation opened by the same mark
 * («'القانون رقم 10' قد يعيق»).
 */
function isMatchMinute(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  const text = c.text;
  // «90'+3»: the plus is part of the atom («+3»); the minute and its sign stand right before it
  if (a.kind === Kind.Digits && text.charCodeAt(a.start) === 0x2b) { // PLUS SIGN
    return a.start >= 2 && MINUTE_SIGNS.includes(text[a.start - 1]!) && isDigitCode(text.charCodeAt(a.start - 2));
  }
  if (!isInteger(a) || a.value > MOST_MATCH_MINUTES) return false;
  if (a.end >= text.length || !MINUTE_SIGNS.includes(text[a.end]!)) return false;
  // «41°44' شمالا», «36°39′ شرقا»: the minutes of arc of a coordinate, after its degrees
  if (a.start > 0 && DEGREE_SIGNS.includes(text[a.start - 1]!)) return false;
  const sign = text.charCodeAt(a.end);
  // a minute's sign ends the word: not «15'/د» (arc minutes a minute)
  let k = a.end + 1;
  if (k < text.length && !isSpace(text.charCodeAt(k)) && !AFTER_MINUTE.includes(text[k]!)) return false;
  // «48' 33°», «14\" 49' 44°»: the degrees of a coordinate follow its minutes
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k < text.length && isDigitCode(text.charCodeAt(k))) return false;
  // «'القانون رقم 10'», «'12'», «('8/6')»: the same mark opened a quotation before the number,
  // after a space, a bracket or the start of the line (a minute's sign follows a digit)
  const from = Math.max(0, a.start - QUOTATION_REACH);
  for (let m = a.start - 1; m >= from; m--) {
    const ch = text.charCodeAt(m);
    if (isLineBreak(ch)) break;
    if (ch !== sign) continue;
    const before = m === 0 ? 0x20 : text.charCodeAt(m - 1);
    const word = isLetterOrMark(before) || isDigitCode(before) || (before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a);
    const opens = !word && m + 1 < text.length && !isSpace(text.charCodeAt(m + 1));
    if (opens) return false;
  }
  return true;
}

// A goal, as a match report names it around its scorers' minutes: «هدف» and its forms
// («الهدف», «بهدفين», «لهدف») and «أهداف», «هداف» — not after «ت» («استهدف», «استهداف») —
// and the verbs of scoring «سجل», «أحرز».
const GOAL_WORDS = ['\u0647\u062f\u0641', '\u0647\u062f\u0627\u0641', '\u0633\u062c\u0644', '\u0623\u062d\u0631\u0632', '\u0627\u062d\u0631\u0632'];
// Words of a match besides the goal (stems, matched inside words): «مباراة», «ركلة», «مرمى»,
// «الشوط», «الدقيقة», «تعادل», «فوز», «الدوري», «منتخب», «لاعب», «تمريرة», «الحارس»; «هدف»
// alone is also an aim («بهدف رفع الطاقة», a company «تناغم الأهداف»).
const MATCH_WORDS = [
  '\u0645\u0628\u0627\u0631', '\u0631\u0643\u0644\u0629', '\u0645\u0631\u0645\u0649', '\u0627\u0644\u0634\u0648\u0637', '\u0627\u0644\u062f\u0642\u064a\u0642\u0629',
  '\u062a\u0639\u0627\u062f\u0644', '\u0641\u0648\u0632', '\u0627\u0644\u062f\u0648\u0631\u064a', '\u0645\u0646\u062a\u062e\u0628', '\u0644\u0627\u0639\u0628',
  '\u062a\u0645\u0631\u064a\u0631', '\u0627\u0644\u062d\u0627\u0631\u0633',
];
// What a scorer's minute may carry inside its brackets after the numbers: a penalty («من ركلة
// جزاء», «ضربة جزاء») or an own goal («خطأ في مرمى فريقه», «بالخطأ في مرماه»).
const MINUTE_NOTES = ['\u062c\u0632\u0627\u0621', '\u062e\u0637\u0623', '\u062e\u0637\u0627'];
// How many atoms the numbers of one scorer and their note may take inside the brackets.
const SCORER_REACH = 10;

/**
 * Whether the text (a sentence, as `entities` reads it) reports the goals of a match: one of
 * {@link GOAL_WORDS} stands in it, not after «ت» (the verb «استهدف»), and one of
 * {@link MATCH_WORDS}. Asked once per text.
 */
function speaksOfGoals(c: Context): boolean {
  if (c.goals !== undefined) return c.goals;
  const text = c.text;
  let goal = false;
  for (let w = 0; w < GOAL_WORDS.length && !goal; w++) {
    const word = GOAL_WORDS[w]!;
    for (let p = text.indexOf(word); p >= 0 && !goal; p = text.indexOf(word, p + 1)) {
      goal = w > 1 || p === 0 || text.charCodeAt(p - 1) !== 0x62a; // TEH
    }
  }
  let match = false;
  for (let w = 0; w < MATCH_WORDS.length && goal && !match; w++) match = text.includes(MATCH_WORDS[w]!);
  c.goals = goal && match;
  return c.goals;
}

// Nouns of a tally (folded), after which a number in brackets is the tally: «عدد النقاط (3)».
const TALLY_NOUNS: ReadonlySet<string> = new Set(['عدد', 'النقاط', 'نقاط', 'رصيد', 'رصيده']);

/**
 * Whether the word atom `w` before a bracket may end a scorer's name: a word the grammar does not
 * read, or one it reads that is no particle, preposition or word of amount governing a count
 * («حوالي (38)», «على (16) لجنة», «و(29)»; {@link QUOTED_COUNT_LEADS}, {@link ABOUT}), no number
 * word, no noun of a tally («عدد النقاط (3)») and not the verb of scoring or the goal itself,
 * whose object or count the number is («سجل (1) في الشارقة», «هدفا (3)»).
 */
function isScorerName(c: Context, w: Atom): boolean {
  const key = w.key;
  if (key === '') return true;
  if (key === '\u0648' || QUOTED_COUNT_LEADS.has(key) || ABOUT.has(key) || MORE_LESS.has(key) || TALLY_NOUNS.has(key) || term(c.t, key) !== undefined) return false;
  // (keys are folded: «أحرز» is «احرز», in the list too)
  for (const stem of GOAL_WORDS) if (key.includes(stem)) return false;
  return true;
}

// The goal in construct (folded), singular, dual and plural, without the accusative alef of a
// count («هدفا»): «هدف الإسماعيلي», «هدفي الزمالك», «أهداف روما».
const GOALS_IN_CONSTRUCT: ReadonlySet<string> = new Set(['\u0647\u062f\u0641', '\u0647\u062f\u0641\u064a', '\u0627\u0647\u062f\u0627\u0641']);

/**
 * Whether the word at atom `k`, after a scorer's minutes, is the goal in construct with the team
 * it counted for («دزيكو (52) هدف روما», «(71 من ركلة جزاء) هدفي كرواتيا», «(86) أهداف روما»),
 * not a count of goals going on with a preposition or an adjective in «ي» («(1) هدف في الريان»,
 * «(7) هدف رسمي»; a team in «ي», «هدف الإسماعيلي», is lost with them).
 */
function goalOfTeam(c: Context, k: number): boolean {
  const w = c.atoms[k];
  if (w === undefined || w.kind !== Kind.Word) return false;
  if (!GOALS_IN_CONSTRUCT.has(wordKey(c, w))) return false;
  const team = c.atoms[k + 1];
  if (team === undefined || team.kind !== Kind.Word || !team.gap || isLatin(team) || isInteresting(team)) return false;
  // not an adjective in «ي» of a count of goals («(7) هدف رسمي», «هدف ودي»)
  const name = wordKey(c, team);
  return !QUOTED_COUNT_LEADS.has(name) && name.charCodeAt(name.length - 1) !== 0x64a; // YEH
}

/**
 * Whether the integer at atom `i` opens the minutes of a scorer in brackets after the scorer's
 * name, in a text that speaks of goals (numeric QA round 87; before, a NUM, where the bracket did
 * not close the clause or a list of names: «وسجل لليوفنتوس سامي خضيرة (3) بكرة سددها»,
 * «ومحمد رزق (30 من ركلة جزاء)», «لصلاح (36 و45+1)», «أحرزه البديل مؤمن زكريا (75) بداعي
 * التسلل», «دزيوبا (41) لهدف التعادل»). The brackets hold integers up to 130 joined by «و» or
 * commas, each with its added time («45+1»), and then only a penalty or an own goal
 * ({@link MINUTE_NOTES}); not a count with its noun («(27 هدفا)», «(1) هدف»; but «(52) هدف روما»,
 * {@link goalOfTeam}), a score («(2-1)»), an age («(19 عاما)»), nor a number after a particle,
 * a word of amount, a tally or the verb of scoring ({@link isScorerName}). Sets `identEnd` past
 * the closing bracket, so the other minutes in it are read with it.
 */
function isScorerMinute(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (!isInteger(a) || a.value > MOST_MATCH_MINUTES || !isChar(c, i - 1, '(')) return false;
  const name = c.atoms[i - 2];
  if (name === undefined || name.kind !== Kind.Word || !isScorerName(c, name)) return false;
  // the minutes: integers up to 130, each with its added time glued («45+1»), joined by «و» or commas
  let k = i;
  while (k < i + SCORER_REACH) {
    const d = c.atoms[k];
    if (!isInteger(d) || d.value > MOST_MATCH_MINUTES) return false;
    k++;
    const plus = c.atoms[k];
    if (plus !== undefined && plus.kind === Kind.Digits && !plus.gap && c.text.charCodeAt(plus.start) === 0x2b) k++; // PLUS SIGN
    else if (isChar(c, k, '+') && isInteger(c.atoms[k + 1]) && c.atoms[k + 1]!.value <= MOST_MATCH_MINUTES) k += 2;
    if (keyAt(c, k) === '\u0648' || isChar(c, k, ',\u060C')) k++;
    else break;
  }
  // then the closing bracket, or a penalty or an own goal before it
  const last = c.atoms[k - 1]!.end;
  let close = k;
  while (close < i + SCORER_REACH && c.atoms[close] !== undefined && c.atoms[close]!.kind === Kind.Word) close++;
  if (!isChar(c, close, ')')) return false;
  if (close > k) {
    // searched within the brackets only, so that a long text costs no more per bracket
    const inside = c.text.slice(last, c.atoms[close]!.start);
    let noted = false;
    for (let n = 0; n < MINUTE_NOTES.length && !noted; n++) noted = inside.includes(MINUTE_NOTES[n]!);
    if (!noted) return false;
  }
  if (close + 1 < c.atoms.length && (countsNoun(c, close + 1) || quantityAfter(c, close + 1)) && !goalOfTeam(c, close + 1)) return false;
  if (!speaksOfGoals(c)) return false;
  c.identEnd = close + 1;
  return true;
}

// Words (folded) that no count stands before — particles, a verb of saying — after which one or
// two digits that open a line number the items of a list («1 أن يكون …», «2 إذا كان …»).
const LIST_OPENERS: ReadonlySet<string> = new Set([
  'ان', 'اذا', 'لو', 'لا', 'لم', 'لن', 'قد', 'كما', 'ثم', 'هل', 'في', 'وفي', 'قال', 'وقال', 'يجب', 'ينبغي',
]);

/**
 * Whether one or two digits at atom `i` open a line (or the sentence `entities()` reads) before
 * a particle or a verb of saying in {@link LIST_OPENERS}, which no count takes: lists split into
 * lines number their items so («1 أن يكون …», «2 إذا كان …», «3 وقال …»: 26 lines in news-002
 * and news-010). A headline's count has its noun («5 مصابين», «4 من رجال الأمن») and a percent
 * («3 في المئة») is read before. (Not before a definite noun: Wojood tags «54 المرجع نفسه» a
 * cardinal.)
 */
function opensListLine(c: Context, i: number): boolean {
  const a = c.atoms[i]!;
  if (!isInteger(a) || a.key.length > 2) return false;
  const prev = c.atoms[i - 1];
  if (prev) {
    let nl = false;
    for (let k = prev.end; k < a.start && !nl; k++) nl = c.text.charCodeAt(k) === 0x0a;
    if (!nl) return false;
  }
  const b = c.atoms[i + 1];
  return b !== undefined && b.kind === Kind.Word && b.gap && LIST_OPENERS.has(wordKey(c, b));
}

/** Persian and Urdu letters → the Arabic ones, as `normalize`'s `persian` step folds them. */
const PERSIAN_LETTER = new Map(PERSIAN_FOLDS.map(([from, to]) => [from.charCodeAt(0), to]));

/**
 * The entity's base form, as the names get theirs: presentation forms decoded (NFKC),
 * diacritics, tatweel and invisibles removed, Persian/Urdu letters read as Arabic ones
 * (ی → ي, ک → ك: «15 یونیو» on a Persian keyboard has the form «15 يونيو», as a name's form
 * is folded), runs of whitespace made one space.
 */
export function baseForm(text: string): string {
  const s = text.normalize('NFKC');
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (isIgnorable(ch)) continue;
    if (isSpace(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += PERSIAN_LETTER.get(ch) ?? s[i];
  }
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
  for (const k of [...ORDINAL_UNITS.keys(), ...ORDINAL_TENS.keys(), ...t.isoCodes, ...SIX_WITH_CLITIC]) known.add(k);
  for (const k of t.hourWords.keys()) known.add(k.split(' ')[0]!);
  for (const k of [...CENTURY, ...DECADES.keys(), ...YEAR_PARTS.keys(), ...MILLENNIUM, ...MILLENNIUM_WITH_ERA, ...SEASONS]) known.add(k);
  return known;
}

// Words the grammar compares with literally, besides its tables and word sets.
// «شمسي» after a Hijri era word (folded; «هـ. ش» abbreviated): the solar Hijri calendar of Iran
// and Afghanistan, whose years the lunar conversion would misdate by decades
const SOLAR: ReadonlySet<string> = new Set(['شمسي', 'شمسيه', 'الشمسي', 'الشمسيه', 'ش']);

const LITERAL_WORDS = [
  ...PROCLITIC_ONLY, ...ORDINAL_HEADS, ...BARE_ORDINAL_HEADS, ...ONE_PRONOUN_BEFORE,
  'من', 'منهم', 'منها', 'مربع', 'مكعب', 'والنصف', 'ونصف', 'والربع', 'وربع', 'الا', 'ربعا', 'ربع', 'في', 'عشر', 'عشره',
  ...ARTICLES, ...NOT_NOUNS, ...ORDINAL_UNITS.keys(), ...ORDINAL_TENS.keys(), 'اليوم',
  ...UNITS, 'ق', 'قبل', 'بعد', 'الميلاد', 'بين', 'وبين', 'الفتره', 'ما', ...NTH_NOUNS, 'هذا', 'الشهر', ...SAME, 'بتوقيت', 'توقيت', 'ت', 'غ', 'تغ', 'gmt', 'utc', 'ثلثا', ...GREENWICH,
  ...HOUR_FRACTIONS.keys(), ...NOON_WORDS, ...DAY_PARTS.keys(), ...[...HOUR_FRACTIONS.keys()].map((k) => `و${k}`), 'ميلاد', 'السيد', 'المسيح', ...CENTURY, ...DECADES.keys(), ...CENTURY_AD, ...CENTURY_AH,
  ...HOUR_LEADS, ...DAY_BEFORE, ...REPORTED, ...SIX_WITH_CLITIC, ...SIX_COUNTS, ...ABOUT, ...MORE_LESS, ...GLUED_BEFORE, ...NUMBERED, ...NAMED_MODELS, 'اللقب', ...GIVING_VERBS, ...MILITARY_UNITS, ...COUNT_OF, ...YEARS_COUNTED, ...AUTHORED_ABOUT, ...RANK_SCOPES, 'نفس', '\u062f', '\u062b', ...DINAR_COUNTRIES.keys(), ...[...DINAR_COUNTRIES.keys()].map((k) => `\u062f${k}`), ...CENTS, ...HALALAS, ...FILS, ...QIRSH, ...[...SUBUNIT_ADJECTIVES.keys()].flatMap((k) => [k, `${k}ا`, `${k}ه`]), ...MILLIMES, ...US_ADJECTIVES, 'يورو', 'اورو', ...STERLING,
  ...FRACTION_PLURALS, ...SPOKEN_DAY_PARTS.keys(), 'عدد', ...DECADE_BEFORE, ...DECADE_ERA, ...AGE_WORDS, 'المئويه', 'وفي', 'سي', ...PAST_CENTURY, ...CURRENT_CENTURY, ...THAT_CENTURY, SAID_CENTURY, 'الذكر', 'الهجري', 'الميلادي', ...SOLAR, 'الهجره', 'النبويه',
  ...YEAR_PARTS.keys(), ...SEASONS, 'الاخير', ...AGE_NOUNS, ...MILLENNIUM, ...MILLENNIUM_WITH_ERA, ...FEMININE_ORDINALS.keys(), CENTURY_OR, ...CENTURY_TO,
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
  // the definite numerals, read before a scale or a second part after «و» («والثلاثمائة
  // مليون», whose hashes past «و» or «وا» name no word otherwise)
  for (const map of [t.units, t.tens, t.hundreds, t.scales] as Array<Map<string, unknown>>) {
    for (const k of map.keys()) if (!k.includes(' ')) words.add(`ال${k}`);
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

// The words between the two years of a period (folded, spaces squeezed): after «من», «إلى/حتى/لغاية»;
// after «بين», «و».
const PERIOD_TO: ReadonlySet<string> = new Set(['الي', 'حتي', 'وحتي', 'لغايه', 'ولغايه', 'و حتي', 'الي غايه']);
const PERIOD_FROM: ReadonlySet<string> = new Set(['من', 'ومن']);
const PERIOD_BETWEEN: ReadonlySet<string> = new Set(['بين', 'وبين']);

/** The text from `from` to `to`, trimmed, each run of spaces made one space. */
function squeezeSpaces(text: string, from: number, to: number): string {
  let out = '';
  let space = false;
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (isSpace(ch)) {
      space = out !== '';
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text[k];
  }
  return out;
}

/**
 * «من 1990 إلى 1995», «من عام 1990 وحتى عام 1995», «بين عامي 1914 و1918», «ما بين 1481 و1513»:
 * two years each read as a DATE (`first`, the entity `entity`, and `second`, starting at offset
 * `start`), linked as «من … إلى/حتى …» or «بين … و…», bound one period, as the hyphen does
 * («1914-1918»). Returns its value ('' when it has none: a Hijri period), or undefined when the
 * two are no period: another link or none before the first («في عامي 1990 و1995» lists two
 * years), eras that differ, or a second year not later (earlier before the common era).
 */
function linkedPeriod(text: string, entity: Entity, first: YearMatch, start: number, second: YearMatch): string | undefined {
  if (second.until !== undefined || second.twoDigits || second.decade || lineBreakBetween(text, entity.end, start)) return undefined;
  const link = fold(squeezeSpaces(text, entity.end, start));
  let k = entity.start;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  let w = k;
  // the opener is a short word: reading further back than 5 characters only to refuse a
  // longer one made a text of years glued by hyphens («1990-1991-…») quadratic
  while (w > 0 && k - w <= 4 && !isSpace(text.charCodeAt(w - 1))) w--;
  if (k - w > 4) return undefined;
  const opener = fold(text.slice(w, k));
  if (!(PERIOD_FROM.has(opener) ? PERIOD_TO.has(link) : PERIOD_BETWEEN.has(opener) && link === '\u0648')) return undefined;
  if (first.bc !== second.bc) return undefined;
  // one era: a mark on one year only is the other's too («من 1990 إلى 1995م»), but a Hijri year
  // before an unmarked one more than a century later is a pair of calendars, not a period
  if (first.era && second.era && first.hijri !== second.hijri) return undefined;
  const hijri = first.hijri || second.hijri;
  if (first.hijri && !second.era && second.year - first.year >= 100) return undefined;
  if (first.bc ? second.year >= first.year : second.year <= first.year) return undefined;
  return yearValue({ ...first, hijri, until: second.year }) ?? '';
}

/**
 * Whether `entity` («عامي 1444», «سنتي 1440») and the year `second` after «و» are a pair of years
 * of which only the second names its era, the Hijri one, a few years after the first.
 */
function pairedHijri(text: string, entity: Entity, first: YearMatch, start: number, second: YearMatch): boolean {
  if (first.era || first.hijri || first.until !== undefined || first.twoDigits || first.decade || first.bc) return false;
  if (!second.era || !second.hijri || second.until !== undefined || second.year <= first.year || second.year - first.year > 10) return false;
  if (lineBreakBetween(text, entity.end, start) || fold(squeezeSpaces(text, entity.end, start)) !== '\u0648') return false;
  let w = entity.start;
  while (w < entity.end && !isSpace(text.charCodeAt(w))) w++;
  return DUAL_YEARS.has(fold(text.slice(entity.start, w)));
}

/** Whether the DATE that ends before atom `k` ends in a Hijri era word that «شمسي» follows. */
function solarHijri(c: Context, k: number): boolean {
  if (!isIn('hijriEra', keyAt(c, k - 1))) return false;
  const next = isChar(c, k, '.') ? k + 1 : k;
  return SOLAR.has(keyAt(c, next));
}

// How far (UTF-16 code units) after a sum of money an amount may still leave its currency out:
// about a sentence («ارتفع إلى 675 مليون دولار من 5.7 مليار قبل عام»).
const ELIDED_REACH = 250;

/** The order of magnitude of an amount in thousands: 0 below 1,000, 1 for thousands, 2 for millions, … */
function orderOf(amount: number): number {
  let order = 0;
  for (let v = Math.abs(amount); v >= 1000 && order < 6; v /= 1000) order++;
  return order;
}

/** The order of a NUM written with a scale word last («5.7 مليار», «ستة ملايين»); -1 for any other NUM. */
function scaledOrder(c: Context, m: Match): number {
  if (typeof m.value !== 'number' || !c.t.scales.has(keyAt(c, m.end - 1))) return -1;
  return orderOf(m.value);
}

/**
 * What the second amount of a range at atom `k` names, when one follows («بين مليون و3.1 مليون
 * وظيفة», «بين 25 ألفا و30 ألف دولار»): a noun it counts (`null`), its currency (the code), or
 * nothing (`undefined`, also when no range follows).
 */
function rangeEnd(c: Context, k: number): string | null | undefined {
  const w = keyAt(c, k);
  if (w !== '\u0648' && w !== 'الي' && w !== 'حتي' && !isChar(c, k, '-\u2013')) return undefined;
  const second = parseNumber(c, k + 1, false);
  if (second === undefined) return undefined;
  const cur = currencyAfter(c, second.end);
  if (cur) return cur.code;
  return countedNounAt(c, second.end) ? null : undefined;
}

/** Runs the grammar over atoms and returns sorted, disjoint entities. */
export function runGrammar(text: string, atoms: Atom[]): Entity[] {
  const c: Context = { text, atoms, t: getTables(), identEnd: -1, nameEnd: -1, periodYear: -1, yearEnd: -1, yearValue: 0, lastCurrency: '', lastCurrencyEnd: 0 };
  const out: Entity[] = [];
  let previousYear: { entity: Entity; year: YearMatch } | undefined;
  // the last sum of money, for the amounts after it that leave its currency out
  let lastMoney: { end: number; order: number; code: string } | undefined;
  for (let i = 0; i < atoms.length; ) {
    const a = atoms[i]!;
    let m: Match | undefined;
    if (a.kind === Kind.Digits || (a.kind === Kind.Word && isInteresting(a)) || (a.kind === Kind.Other && STARTERS.includes(a.key))) {
      m = matchDate(c, i) ?? matchTime(c, i) ?? matchNumeric(c, i);
    } else if (a.kind === Kind.Word && a.key !== '' && i >= c.identEnd && definiteNumerals().has(a.key)) {
      // a definite numeral («الأربعين») is read only before the noun it counts
      m = definiteCount(c, i);
    }
    if (!m || m.end <= i) {
      i++;
      continue;
    }
    // never start or end inside a number the grammar could not read whole («1.2.3»)
    if (a.cutStart || atoms[m.end - 1]!.cutEnd) {
      i++;
      continue;
    }
    const end = atoms[m.end - 1]!.end;
    // «من 1990 إلى 1995», «بين عامي 1914 و1918»: the second year of a period joins the first
    const year = m.type === 'DATE' && c.lastYear !== undefined && c.lastYear.end === m.end ? c.lastYear : undefined;
    if (year && previousYear && previousYear.entity === out[out.length - 1]) {
      const joined = linkedPeriod(text, previousYear.entity, previousYear.year, m.start, year);
      if (joined !== undefined) {
        const first = previousYear.entity;
        const entityText = text.slice(first.start, end);
        const entity: Entity = { type: 'DATE', text: entityText, start: first.start, end, form: baseForm(entityText), score: Math.max(first.score, m.score) };
        if (joined !== '') entity.value = joined;
        out[out.length - 1] = entity;
        previousYear = undefined;
        i = m.end;
        continue;
      }
      // «في عامي 1444 و1445 هـ»: two years after the dual, the era written once after the second,
      // are both of that era (the first a Gregorian 1444 before QA round 39 of the numbers)
      if (pairedHijri(text, previousYear.entity, previousYear.year, m.start, year)) {
        const value = hijriInterval(previousYear.year.year);
        if (value !== undefined) previousYear.entity.value = value;
      }
    }
    // «ارتفع إلى 675 مليون دولار من 5.7 مليار قبل عام», «بلغ 50 ألف ريال للأول، و40 ألفا
    // للثاني»: an amount written with a scale word and no noun after it, of the same order as a
    // sum of money shortly before it, is money in that currency (a bare NUM before QA round 48 of
    // the numbers). An amount of that order that counts a noun («150 مليون سهم») ends the lending.
    // The first amount of a range takes what the second names, with or without a sum before
    // («ما بين 44 ألفا و60 ألف يورو», «بين 9 مليارات و11 مليار دولار»).
    const order = m.type === 'NUM' ? scaledOrder(c, m) : -1;
    if (order >= 0 && !countedNounAt(c, m.end)) {
      const range = rangeEnd(c, m.end);
      if (typeof range === 'string' && range !== '') m = { ...m, type: 'MONEY', value: money(m.value as number, range) };
      else if (range === undefined && lastMoney !== undefined && order === lastMoney.order && m.start - lastMoney.end <= ELIDED_REACH) {
        m = { ...m, type: 'MONEY', value: money(m.value as number, lastMoney.code) };
      }
    } else if (order >= 0 && lastMoney !== undefined && order === lastMoney.order) lastMoney = undefined;
    const entityText = text.slice(m.start, end);
    const entity: Entity = { type: m.type, text: entityText, start: m.start, end, form: baseForm(entityText), score: m.score };
    if (m.value !== undefined && !(m.type === 'DATE' && solarHijri(c, m.end))) entity.value = m.value;
    if (m.type === 'MONEY' && m.value !== undefined && typeof m.value === 'object') {
      c.lastCurrency = m.value.currency;
      c.lastCurrencyEnd = end;
      lastMoney = m.value.currency === '' ? undefined : { end, order: orderOf(m.value.amount), code: m.value.currency };
    }
    out.push(entity);
    previousYear = year && year.until === undefined && !year.twoDigits && !year.decade ? { entity, year } : undefined;
    i = m.end;
  }
  return out;
}
