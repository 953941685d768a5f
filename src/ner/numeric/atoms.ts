// Splits tokens into atoms — runs of letters, runs of digits (with their decimal and
// thousands separators) and single other characters — so the grammar does not depend on
// how the tokenizer groups «و4», «60%» or «يونيو/حزيران». Atoms keep offsets into the text.
import { isFormatMark } from '../../chars/code-units.js';
import type { Token } from '../../tokenize/types.js';

/** What an atom is. */
export const enum Kind {
  Word = 1,
  Digits = 2,
  Other = 3,
  /** Stands for a token the grammar must not look into or across (URL, e-mail, …). */
  Barrier = 4,
}

/** A piece of a token: a run of letters, a number, or one other character. */
export interface Atom {
  kind: Kind;
  start: number;
  end: number;
  /** Word: folded letters; Other: the character; Digits: ASCII digits with `.` for a decimal point, `-`/`+` first when signed. */
  key: string;
  /** Digits only: the numeric value. */
  value: number;
  /** Digits only: count of digits before the decimal point; grouped and signed numbers count 0 (never a year). */
  intDigits: number;
  /** True when whitespace (or a token boundary) separates this atom from the previous one. */
  gap: boolean;
  /**
   * True when the atom is not the first piece of its number run («7» in «1.7.2024», a
   * number the grammar could not read as one): an entity may not start here.
   */
  cutStart: boolean;
  /** True when more of the atom's number run follows: an entity may not end here. */
  cutEnd: boolean;
  /** Word only, filled on first use by the grammar: readings without proclitics. */
  cands: ReadonlyArray<[string, number]> | undefined;
  self: ReadonlyArray<[string, number]> | undefined;
  interesting: boolean | undefined;
}

/** Zero for a digit code unit of any of the three digit sets, −1 otherwise. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x660 && c <= 0x669) return c - 0x660; // ARABIC-INDIC DIGIT ZERO…NINE
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0; // EXTENDED ARABIC-INDIC DIGIT ZERO…NINE
  return -1;
}

/** Diacritics and marks dropped by folding: U+064B FATHATAN … U+065F, U+0670 SUPERSCRIPT ALEF, U+0640 TATWEEL, invisibles. */
export function isIgnorable(c: number): boolean {
  return (
    (c >= 0x64b && c <= 0x65f) ||
    c === 0x670 ||
    c === 0x640 ||
    (c >= 0x610 && c <= 0x61a) ||
    (c >= 0x6d6 && c <= 0x6ed) ||
    c === 0x200c ||
    c === 0x200d ||
    isTransparentMark(c) ||
    isPresentationMark(c)
  );
}

/**
 * An invisible format character that `tokenize` keeps in or after a word (soft hyphen, ALM, LRM,
 * RLM, bidi embeddings and isolates, word joiner, BOM: `isFormatMark` without ZWSP, which reads
 * as a space here, and ZWNJ/ZWJ, which are word characters): transparent between atoms and
 * inside a word, so «يونيو\u200F 2024» is a month and a year as «يونيو 2024» is (until API pass
 * 13 the mark was an atom of its own and cut the date in two).
 */
function isTransparentMark(c: number): boolean {
  return c !== 0x200b && c !== 0x200c && c !== 0x200d && isFormatMark(c);
}

/** Index after the run of transparent marks at `i` (at most `end`). */
function skipMarks(text: string, i: number, end: number): number {
  while (i < end && isTransparentMark(text.charCodeAt(i))) i++;
  return i;
}

// U+FE71, FE77, FE79, FE7B, FE7D, FE7F are the tatweel/medial forms of harakat.
function isPresentationMark(c: number): boolean {
  return c === 0xfe71 || c === 0xfe77 || c === 0xfe79 || c === 0xfe7b || c === 0xfe7d || c === 0xfe7f;
}

/** True for a code unit that belongs inside a word: Arabic letters and marks, presentation forms, Latin letters. */
export function isWordChar(c: number): boolean {
  return (
    (c >= 0x621 && c <= 0x65f) ||
    (c >= 0x66e && c <= 0x6d3) ||
    (c >= 0x6d5 && c <= 0x6ef) ||
    (c >= 0x6fa && c <= 0x6ff) ||
    c === 0x610 ||
    (c >= 0x611 && c <= 0x61a) ||
    c === 0x640 ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0x8a0 && c <= 0x8ff) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a)
  );
}

/**
 * Folds a word for table lookup: drops diacritics, tatweel and invisibles; alef with hamza
 * or madda and alef wasla → alef; alef maksura → yeh; teh marbuta → heh; Persian yeh/kaf →
 * Arabic; veh and peh, which Wikipedia writes in foreign names («سپتمبر», «نوڤمبر»), → feh and
 * beh. Presentation forms go through NFKC first (only when present).
 */
export function fold(word: string): string {
  let s = word;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xfb50 && c <= 0xfefc) {
      s = s.normalize('NFKC');
      break;
    }
  }
  let clean = true;
  for (let i = 0; i < s.length && clean; i++) {
    const c = s.charCodeAt(i);
    clean = !(isIgnorable(c) || c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671 || c === 0x649 || c === 0x6cc || c === 0x629 || c === 0x6a9 || c === 0x6a4 || c === 0x67e || (c >= 0x41 && c <= 0x5a));
  }
  if (clean) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isIgnorable(c)) continue;
    if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) out += '\u0627'; // ALEF
    else if (c === 0x649 || c === 0x6cc) out += '\u064a'; // ALEF MAKSURA, FARSI YEH → YEH
    else if (c === 0x629) out += '\u0647'; // TEH MARBUTA → HEH
    else if (c === 0x6a9) out += '\u0643'; // KEHEH → KAF
    else if (c === 0x6a4) out += '\u0641'; // VEH → FEH
    else if (c === 0x67e) out += '\u0628'; // PEH → BEH
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else out += s[i];
  }
  return out;
}

/**
 * Offset in `text` just after the first `letters` letters of the word starting at `start`
 * (diacritics and tatweel do not count), used to start a span after a proclitic.
 */
export function afterLetters(text: string, start: number, end: number, letters: number): number {
  let i = start;
  let seen = 0;
  while (i < end && seen < letters) {
    const c = text.charCodeAt(i);
    i++;
    if (!isIgnorable(c)) seen++;
  }
  while (i < end && isIgnorable(text.charCodeAt(i))) i++;
  return i;
}

/** Every atom gets every field up front, so all atoms share one object shape. */
function atom(kind: Kind, start: number, end: number, key: string, value: number, intDigits: number, gap: boolean): Atom {
  return { kind, start, end, key, value, intDigits, gap, cutStart: false, cutEnd: false, cands: undefined, self: undefined, interesting: undefined };
}

// Emoji tokens too: the «1» of the keycap «1️⃣» is not a number.
const NO_LOOK: ReadonlySet<string> = new Set(['url', 'email', 'hashtag', 'mention', 'emoji']);

/** The folded code unit of `c`, or −1 for a character folding drops (see {@link fold}). */
function foldCode(c: number): number {
  if (isIgnorable(c)) return -1;
  if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) return 0x627;
  if (c === 0x649 || c === 0x6cc) return 0x64a;
  if (c === 0x629) return 0x647;
  if (c === 0x6a9) return 0x643;
  if (c === 0x6a4) return 0x641; // VEH → FEH
  if (c === 0x67e) return 0x628; // PEH → BEH
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

/** FNV-1a over code units, the hash {@link wordHashes} uses. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Whether the folded word in `text[start, end)`, or the word without its first one or two
 * letters (a proclitic), hashes into `relevant`, or is a single letter — without allocating. Presentation forms
 * (which fold through NFKC) always count as relevant, to be looked at the slow way.
 */
function isRelevant(text: string, start: number, end: number, relevant: ReadonlySet<number>): boolean {
  let h0 = 0x811c9dc5;
  let h1 = 0x811c9dc5;
  let h2 = 0x811c9dc5;
  let n = 0;
  for (let i = start; i < end; i++) {
    const raw = text.charCodeAt(i);
    if (raw >= 0xfb50) return true;
    const c = foldCode(raw);
    if (c < 0) continue;
    h0 = Math.imul(h0 ^ c, 0x01000193);
    if (n >= 1) h1 = Math.imul(h1 ^ c, 0x01000193);
    if (n >= 2) h2 = Math.imul(h2 ^ c, 0x01000193);
    n++;
  }
  // a lone letter is always looked at: the grammar reads any one-letter word before a slash as
  // a series letter («رقم ( أ / 90 )»), whatever the letter
  if (n === 1) return true;
  return relevant.has(h0 >>> 0) || (n > 1 && relevant.has(h1 >>> 0)) || (n > 2 && relevant.has(h2 >>> 0));
}

/**
 * Splits every token of `text` into atoms, in order. With `relevant` (hashes of every folded
 * word the grammar reads), other words become atoms with an empty key, neither sliced nor folded.
 */
export function atomize(text: string, tokens: readonly Token[], relevant?: ReadonlySet<number>): Atom[] {
  const atoms: Atom[] = [];
  let last = -1;
  for (const token of tokens) {
    const tokenStart = Math.max(0, token.start | 0);
    const tokenEnd = Math.min(text.length, token.end | 0);
    if (tokenEnd <= tokenStart) continue;
    if (NO_LOOK.has(token.type)) {
      atoms.push(atom(Kind.Barrier, tokenStart, tokenEnd, '', 0, 0, true));
      last = tokenEnd;
      continue;
    }
    let i = tokenStart;
    while (i < tokenEnd) {
      const c = text.charCodeAt(i);
      const start = i;
      if (isTransparentMark(c)) {
        // no atom: the atoms on either side stay adjacent when they were
        i = skipMarks(text, i, tokenEnd);
        if (last === start) last = i;
        continue;
      }
      const gap = start !== last || hasSpaceBefore(text, start);
      if (isWordChar(c)) {
        for (;;) {
          while (i < tokenEnd && isWordChar(text.charCodeAt(i))) i++;
          // marks inside the word («يو\u00ADنيو») belong to it; after it they are skipped above
          const k = skipMarks(text, i, tokenEnd);
          if (k === i || k >= tokenEnd || !isWordChar(text.charCodeAt(k))) break;
          i = k;
        }
        if (isTatweelRun(text, start, i)) {
          // «30 يناير ـ 9 مايو», «1856 ـ 1868», «6 ـ …»: a lone tatweel is typed as a dash
          atoms.push(atom(Kind.Other, start, i, '-', 0, 0, gap));
          last = i;
          continue;
        }
        // Latin words keep their key: the grammar asks whether a number's neighbour is Latin («5G»).
        let key = relevant === undefined || c < 0x80 || isRelevant(text, start, i, relevant) ? fold(text.slice(start, i)) : '';
        if (key !== '' && isComposedVerb(text, start, i, key)) key = '';
        const prev = atoms[atoms.length - 1];
        // Words the grammar never reads merge into one atom: nothing can match inside or across them.
        if (key === '' && prev !== undefined && prev.kind === Kind.Word && prev.key === '') prev.end = i;
        else atoms.push(atom(Kind.Word, start, i, key, 0, 0, gap));
      } else if (
        digitValue(c) >= 0 ||
        (isSign(c) && i + 1 < tokenEnd && digitValue(text.charCodeAt(i + 1)) >= 0 && signStandsAlone(text, i) && !isDashAfterNumber(text, atoms, i) && !isSpacedDash(text, atoms, i))
      ) {
        const keycap = keycapEnd(text, i, tokenEnd);
        if (keycap > 0) {
          atoms.push(atom(Kind.Barrier, start, keycap, '', 0, 0, gap));
          i = keycap;
        } else {
          i = scanNumberRun(text, i, tokenEnd, atoms, gap, token.type === 'number');
        }
      } else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b)) {
        i++;
        last = -1; // whitespace inside a token still separates atoms
        continue;
      } else {
        // One atom per code point (keep surrogate pairs together).
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < tokenEnd ? 2 : 1;
        atoms.push(atom(Kind.Other, start, i, text.slice(start, i), 0, 0, gap));
      }
      last = i;
    }
  }
  return atoms;
}

/**
 * Whether the word `text[start, end)`, folded to `key`, is the verb «ألّف» (he composed,
 * wrote: «ألّف كتابا», «فألّف لجنة») rather than the noun «ألف» (a thousand): the shadda on its
 * lām marks form II, which the number never takes. Before QA round 27, a NUM 1000.
 */
function isComposedVerb(text: string, start: number, end: number, key: string): boolean {
  if (key !== 'الف' && key !== 'والف' && key !== 'فالف') return false;
  let seenLam = false;
  for (let p = start; p < end; p++) {
    const ch = text.charCodeAt(p);
    if (ch === 0x644) seenLam = true;
    else if (ch === 0x651) return seenLam;
    else if (seenLam && !isIgnorable(ch)) return false;
  }
  return false;
}

/**
 * Whether the hyphen-minus at `i`, which the tokenizer reads as the sign of the number after
 * it, is a dash between two numbers: it follows a number and spaces on the same line
 * («2015 -2019», «(1897 -1966)», a score «0 -3»). Ranges and scores are written so; a negative
 * number right after another number is not. U+2212 MINUS SIGN stays a sign.
 */
function isDashAfterNumber(text: string, atoms: readonly Atom[], i: number): boolean {
  if (text.charCodeAt(i) !== 0x2d) return false;
  const prev = atoms[atoms.length - 1];
  if (prev === undefined || prev.kind !== Kind.Digits || prev.end >= i) return false;
  for (let k = prev.end; k < i; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** Folded words that count years of age: a number before them is never negative («-43 عاما»). */
const AGE_WORDS: ReadonlySet<string> = new Set(['عاما', 'عام', 'سنة', 'سنوات', 'أعوام'].map(fold));

/** Folded prepositions and «و» after which a minus is a sign: a value, not an aside, follows them («إلى -7», «بين -5 و -10»). */
const SIGN_AFTER: ReadonlySet<string> = new Set(['و', 'إلى', 'الى', 'من', 'بين', 'حتى', 'عند', 'نحو', 'حوالي', 'دون', 'تحت'].map(fold));

/** Characters that end the search for a closing dash: line and sentence ends, brackets, quotes. */
const CLOSING_DASH_STOPS = '\n\r.!?\u061F:;\u061B()[]"\u00AB\u00BB';

/** Characters that may follow a year after a dash read as a sign («(فيلم -2011)», «-1529،»). */
const AFTER_TITLE_YEAR = ')]"\u00BB\u201D,\u060C.\u061B;-\n\r';

/**
 * Whether the hyphen-minus at `i`, typed after a space and against the digits after it, is a
 * dash rather than their sign (QA round numeric 74): after «صفر» (zero) it joins a score («صفر
 * -1»); before a count of years it opens an aside («مونتيلا -43 عاما»); a dash against the end of
 * a word or number a few words later closes the aside it opens («-137 كيلومترا في الساعة-»,
 * «-2003-»); and four digits 1000–2099 before a bracket, quote, comma, full stop or the end of the
 * line are the year of a title («(بتيلا هاوس -2011)», «النائم السابع -1993»). After a
 * preposition or «و» it stays a sign (`SIGN_AFTER`), and temperatures, magnitudes and changes keep it («-5 درجات», «بين -4 و2», «بنسبة -3 %»).
 */
function isSpacedDash(text: string, atoms: readonly Atom[], i: number): boolean {
  if (text.charCodeAt(i) !== 0x2d || i === 0) return false;
  const p = text.charCodeAt(i - 1);
  if (p !== 0x20 && p !== 0x09 && p !== 0xa0) return false;
  const prev = atoms[atoms.length - 1];
  if (prev !== undefined && prev.kind === Kind.Word && text.slice(prev.start, prev.end) === '\u0635\u0641\u0631') {
    // «صفر -1»: nothing but spaces between the zero and the dash
    let k = prev.end;
    while (k < i && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09 || text.charCodeAt(k) === 0xa0)) k++;
    if (k === i) return true;
  }
  // «إلى -7 درجات», «بين -5 و -10 درجات-»: after a preposition or «و» the minus is a sign
  if (prev !== undefined && prev.kind === Kind.Word && SIGN_AFTER.has(fold(text.slice(prev.start, prev.end)))) return false;
  // the number: digits and single separators between digits
  let j = i + 1;
  while (j < text.length && (digitValue(text.charCodeAt(j)) >= 0 || (isSeparator(text.charCodeAt(j)) && digitValue(text.charCodeAt(j + 1)) >= 0))) j++;
  let ws = j;
  while (ws < text.length && (text.charCodeAt(ws) === 0x20 || text.charCodeAt(ws) === 0xa0)) ws++;
  let we = ws;
  while (we < text.length && isWordChar(text.charCodeAt(we))) we++;
  if (we > ws && AGE_WORDS.has(fold(text.slice(ws, we)))) return true;
  if (j - i === 5) {
    let year = 0;
    for (let k = i + 1; k < j; k++) year = digitValue(text.charCodeAt(k)) < 0 ? -1e4 : year * 10 + digitValue(text.charCodeAt(k));
    if (year >= 1000 && year <= 2099 && (ws === text.length || AFTER_TITLE_YEAR.includes(text[ws]!))) return true;
  }
  // a closing dash within a few words: against the end of a word or number, not before digits
  const limit = Math.min(text.length, j + 40);
  for (let k = j; k < limit; k++) {
    const ch = text.charCodeAt(k);
    if (CLOSING_DASH_STOPS.includes(text[k]!)) return false;
    if (ch !== 0x2d) continue;
    const before = text.charCodeAt(k - 1);
    const after = k + 1 < text.length ? text.charCodeAt(k + 1) : 0x20;
    if (digitValue(after) >= 0) {
      // «-1946-1974-»: a range inside the aside goes on; a sign or a hyphen before digits ends it
      if (digitValue(before) >= 0) continue;
      return false;
    }
    if (isWordChar(after)) return false; // «جنوب-شرق», «-32 -عاماً»: a hyphen, not a closing dash
    if (before === 0x20 || before === 0x09 || before === 0xa0) return false;
    // «سوخوي -30 إس- إم», «سوخوي -24 وسوخوي- 34»: a model name hyphenated again, not an aside
    let w = k;
    while (w > j && isWordChar(text.charCodeAt(w - 1))) w--;
    if (k - w > 0 && k - w < 3 && digitValue(text.charCodeAt(w - 1)) < 0) return false; // but «-1965م-»
    let n = k + 1;
    while (n < text.length && (text.charCodeAt(n) === 0x20 || text.charCodeAt(n) === 0xa0)) n++;
    return n === text.length || digitValue(text.charCodeAt(n)) < 0;
  }
  return false;
}

/** Whether `text[start, end)` is only U+0640 TATWEEL. */
function isTatweelRun(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) !== 0x640) return false;
  return true;
}

function hasSpaceBefore(text: string, start: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

// HYPHEN-MINUS, MINUS SIGN, PLUS SIGN
function isSign(c: number): boolean {
  return c === 0x2d || c === 0x2212 || c === 0x2b;
}

/**
 * Whether a sign before a digit is a sign and not a hyphen: it must not follow a letter,
 * digit, mark or closing bracket («-5», «(−2)», but not «5-3» or «COVID-19»), as the
 * tokenizer decides.
 */
function signStandsAlone(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  return !(isWordChar(p) || digitValue(p) >= 0 || isIgnorable(p) || p === 0x29 || p === 0x5d || p === 0x5f || (p >= 0xdc00 && p <= 0xdfff));
}

/** End of a keycap emoji («1️⃣»: digit, optional U+FE0F VARIATION SELECTOR-16, U+20E3 COMBINING ENCLOSING KEYCAP) at `i`, or −1. */
function keycapEnd(text: string, i: number, end: number): number {
  if (digitValue(text.charCodeAt(i)) < 0) return -1;
  let j = i + 1;
  if (j < end && text.charCodeAt(j) === 0xfe0f) j++;
  return j < end && text.charCodeAt(j) === 0x20e3 ? j + 1 : -1;
}

// FULL STOP, COMMA, ARABIC DECIMAL SEPARATOR, ARABIC THOUSANDS SEPARATOR, and ARABIC COMMA
// (unspaced between digits, the tokenizer keeps it in the number: «1،300،000», «2،5»)
const isSeparator = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x66b || c === 0x66c || c === 0x60c;
const isCommaGroup = (c: number): boolean => c === 0x2c || c === 0x66c;
const isDecimalPoint = (c: number): boolean => c === 0x2e || c === 0x66b;

/**
 * Reads a number run — an optional sign, digits, and single separators (`.` `,` U+066B
 * U+066C, and `،` read as `,`; in a number token `ر` read as U+066B, the fraction written
 * first: «12ر49» is 49.12) each followed by digits,
 * as the tokenizer keeps them in one token — and pushes one
 * Digits atom when the run is one number:
 * - thousands groups of exactly three digits after `,` or U+066C ARABIC THOUSANDS SEPARATOR
 *   («1,000,000»), then optionally a decimal part after `.` or U+066B («1,234.5»);
 * - thousands groups after `.` when there are two or more («1.000.000», «12.345.678») or one
 *   «.000» after one to three digits («10.000»), then optionally a decimal part after `,`
 *   («1.234.567,89»);
 * - one decimal point: `.`, U+066B ARABIC DECIMAL SEPARATOR, or `,` before one or two digits.
 * Any other run («4.7.2024», «1.2.3») gives one atom per piece, marked cut so that no entity
 * starts or ends inside it. Returns the end of the run.
 */
function scanNumberRun(text: string, i: number, end: number, atoms: Atom[], gap: boolean, numberToken: boolean): number {
  const start = i;
  const signChar = text.charCodeAt(i);
  const sign = isSign(signChar) ? (signChar === 0x2b ? 1 : -1) : 0;
  const digitsStart = sign === 0 ? i : i + 1;
  const first = digitRun(text, digitsStart, end);
  let j = digitsStart + first;
  // Groups after the first: their count, and whether all but the last are three-digit
  // thousands groups of one separator kind.
  let groups = 0;
  let lastSep = 0;
  let lastLen = 0;
  let lastZeros = false;
  let lastAt = -1;
  let prevThree = true;
  let prevComma = true;
  let prevDot = true;
  let firstGroupZeros = false;
  for (;;) {
    if (!(j + 1 < end && digitValue(text.charCodeAt(j + 1)) >= 0)) break;
    const sep = text.charCodeAt(j);
    // «27ر2»: wire copy types ر for U+066B, which it resembles; the tokenizer has then made
    // the digits and the ر one number token
    const rehPoint = numberToken && sep === 0x631;
    if (!rehPoint && !isSeparator(sep)) break;
    if (groups > 0) {
      prevThree &&= lastLen === 3;
      prevComma &&= isCommaGroup(lastSep);
      prevDot &&= lastSep === 0x2e;
    }
    // the Arabic comma acts as `,`, the ر as U+066B
    lastSep = sep === 0x60c ? 0x2c : rehPoint ? 0x66b : sep;
    lastAt = j;
    const len = digitRun(text, j + 1, end);
    lastLen = len;
    lastZeros = len === 3 && digitValue(text.charCodeAt(j + 1)) === 0 && digitValue(text.charCodeAt(j + 2)) === 0 && digitValue(text.charCodeAt(j + 3)) === 0;
    if (groups === 0) firstGroupZeros = lastZeros;
    groups++;
    j += 1 + len;
  }
  const runEnd = j;
  // «10.000»: one dot group of zeros after one to three digits, not starting with 0
  const oneDotGroup = (zeros: boolean): boolean => zeros && first <= 3 && digitValue(text.charCodeAt(digitsStart)) !== 0;
  let grouping = 0; // separator of the thousands groups, 0 for none
  let decimalAt = -1; // offset of the decimal separator
  let whole = true;
  if (groups > 0) {
    const allThree = prevThree && lastLen === 3;
    if (allThree && prevComma && isCommaGroup(lastSep)) grouping = 0x2c;
    else if (allThree && prevDot && lastSep === 0x2e && (groups >= 2 || oneDotGroup(lastZeros))) grouping = 0x2e;
    else if (groups >= 2 && prevThree && prevComma && isDecimalPoint(lastSep)) {
      grouping = 0x2c;
      decimalAt = lastAt;
    } else if (groups >= 2 && prevThree && prevDot && lastSep === 0x2c && (groups >= 3 || oneDotGroup(firstGroupZeros))) {
      grouping = 0x2e;
      decimalAt = lastAt;
    } else if (groups === 1 && (isDecimalPoint(lastSep) || (lastSep === 0x2c && lastLen <= 2))) {
      decimalAt = lastAt;
    } else {
      whole = false;
    }
  }
  if (whole) {
    let ascii = sign < 0 ? '-' : sign > 0 ? '+' : '';
    // «12ر49 دولار للبرميل» is 49.12, «88ر0 درجة» 0.88: the copy that types ر for the decimal
    // separator has the fraction first (in the Saudi and Tunisian news files, 54 numbers end
    // «ر0» against 2 that start «0ر», and 39 start with a 0-led part against 7 the other way)
    const reh = groups === 1 && decimalAt >= 0 && text.charCodeAt(decimalAt) === 0x631;
    if (reh) {
      for (let k = decimalAt + 1; k < runEnd; k++) ascii += String.fromCharCode(0x30 + digitValue(text.charCodeAt(k)));
      ascii += '.';
      for (let k = digitsStart; k < decimalAt; k++) ascii += String.fromCharCode(0x30 + digitValue(text.charCodeAt(k)));
    }
    for (let k = digitsStart; k < runEnd && !reh; k++) {
      const d = digitValue(text.charCodeAt(k));
      if (d >= 0) ascii += String.fromCharCode(0x30 + d);
      else if (k === decimalAt) ascii += '.';
    }
    const intDigits = grouping !== 0 || sign !== 0 ? 0 : reh ? lastLen : first;
    atoms.push(atom(Kind.Digits, start, runEnd, ascii, Number(ascii), intDigits, gap));
    return runEnd;
  }
  // Not one number: digits and separators each an atom, cut so no entity ends inside the run.
  const from = atoms.length;
  let k = start;
  if (sign !== 0) {
    atoms.push(atom(Kind.Other, k, k + 1, text[k]!, 0, 0, gap));
    k++;
  }
  while (k < runEnd) {
    if (digitValue(text.charCodeAt(k)) < 0) {
      atoms.push(atom(Kind.Other, k, k + 1, text[k]!, 0, 0, false));
      k++;
      continue;
    }
    const len = digitRun(text, k, runEnd);
    let ascii = '';
    for (let m = k; m < k + len; m++) ascii += String.fromCharCode(0x30 + digitValue(text.charCodeAt(m)));
    atoms.push(atom(Kind.Digits, k, k + len, ascii, Number(ascii), len, k === start && gap));
    k += len;
  }
  for (let m = from; m < atoms.length; m++) {
    atoms[m]!.cutStart = m > from;
    atoms[m]!.cutEnd = m < atoms.length - 1;
  }
  return runEnd;
}

function digitRun(text: string, i: number, end: number): number {
  let n = 0;
  while (i < end && digitValue(text.charCodeAt(i)) >= 0) {
    n++;
    i++;
  }
  return n;
}
