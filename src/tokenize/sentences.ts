import { assertString } from '../chars/guards.js';
import * as C from './char-class-names.js';
import { classOf } from './char-class.js';
import * as S from './scan.js';
import { CHUNK, isArabicScript, releaseInput, scanChunk, startScan } from './scan.js';
import type { Sentence } from './types.js';

// Local copies of imported constants (an imported binding may compile to a getter).
const LETTER = C.LETTER;
const NUMBER = S.NUMBER;
const PUNCT = S.PUNCT;
const WORD = S.WORD;

// Terminator kinds of a punctuation token.
const NONE = 0;
const PERIOD = 1; // a single '.' or '۔'
const ELLIPSIS = 2; // '..', '...', '…'
const STRONG = 3; // '!', '?', '؟' (alone or in a run)

/** Latin abbreviations that do not end a sentence before their period (compared lowercased). */
const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof sr jr st mt vs etc al fig figs eq vol vols pp ed eds approx dept est inc ltd corp co gen col lt sgt capt gov sen rep jan feb apr jun jul aug sep sept oct nov dec'
    .split(' ')
    .filter((a) => a !== 'etc'), // "etc." ends sentences as often as not
);

function terminatorKind(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c === 0x2e /* . */) return end - start === 1 ? PERIOD : ELLIPSIS;
  if (c === 0x06d4 /* ۔ ARABIC FULL STOP */) return PERIOD;
  if (c === 0x2026 /* … */) return ELLIPSIS;
  if (c === 0x21 /* ! */ || c === 0x3f /* ? */ || c === 0x061f /* ؟ */) return STRONG;
  return NONE;
}

/** Closing quotes and brackets that stay with the sentence their terminator ends. */
function isCloser(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0xbb: // » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
    case 0x2019: // ’
    case 0x201d: // ”
    case 0x203a: // › SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    case 0xfd3e: // ﴾ ORNATE LEFT PARENTHESIS (closes in right-to-left reading)
    case 0xfd3f: // ﴿ ORNATE RIGHT PARENTHESIS
      return true;
  }
  return false;
}

/** Whether the white space from `from` to `to` holds a line break; 2 for a paragraph break. */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028) breaks++;
    else if (c === 0x0d) {
      breaks++;
      if (j + 1 < to && text.charCodeAt(j + 1) === 0x0a) j++;
    } else if (c === 0x2029) breaks += 2; // PARAGRAPH SEPARATOR
  }
  return breaks > 2 ? 2 : breaks;
}

/** A word of one letter (with its marks): an initial or an abbreviation such as د. م. ص.ب. */
function isSingleLetter(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let j = start; j < end; j++) {
    const cp = text.codePointAt(j)!;
    if (cp > 0xffff) j++;
    if (classOf(cp) === LETTER && ++letters > 1) return false;
  }
  return letters === 1;
}

/** The one letter (marks and tatweel aside) of an era abbreviation: م (ميلادي) or ه (هجري). */
function isEraLetter(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0645 || c === 0x0647) return true;
  }
  return false;
}

function isLatinAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start > 6 || isArabicScript(text.charCodeAt(start))) return false;
  return LATIN_ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/** Punctuation that carries a sentence across a line break: , ، ; ؛ */
function continuesLine(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const c = text.charCodeAt(start);
  return c === 0x2c || c === 0x060c || c === 0x3b || c === 0x061b;
}

function isLowercase(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUppercase(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Splits text into sentences, with offsets into the original text. A sentence ends after
 * `.` `!` `?` `؟` `…` (with the closing quotes and brackets right after it) and at the line
 * break that ends a headline or paragraph. Decimals, URLs and e-mail addresses never split,
 * nor do one-letter abbreviations and initials (`د.` `أ.د.` `ص.ب.` `J.`), common Latin
 * abbreviations (`Dr.` `Mr.`), list numbers at the start of a line (`1.`), or an ellipsis
 * followed by more words on the same line (unless the next word is capitalised).
 *
 * @param text - The text to split.
 * @returns The sentences in order, without surrounding white space:
 *   `text.slice(s.start, s.end) === s.text`.
 * @throws TypeError when `text` is not a string.
 * @example
 * sentences('قال د. أحمد إن النمو بلغ 3.4%. وأضاف: "سنرى".').map((s) => s.text)
 * //=> ['قال د. أحمد إن النمو بلغ 3.4%.', 'وأضاف: "سنرى".']
 */
export function sentences(text: string): Sentence[] {
  assertString('sentences', text);
  const out: Sentence[] = [];
  if (text.length === 0) return out;
  // The tokens come chunk by chunk into a small window (see `fill`): a long text needs no
  // span buffer as large as its token count. Window indices move down when `fill` drops the
  // tokens already decided, so `t`, `last` and `first` are shifted with them.
  startScan(text);
  wCount = 0;
  wDone = false;
  let open = false; // inside a sentence
  let first = 0; // window index of the sentence's first token (negative once dropped)
  let firstStart = 0; // its offset in the text
  const close = (last: number): void => {
    const end = we[last]!;
    out.push({ text: text.slice(firstStart, end), start: firstStart, end });
    open = false;
  };
  for (let t = 0; ; t++) {
    while (t + 1 >= wCount && !wDone) {
      const d = fill(t > 0 ? t - 1 : 0);
      t -= d;
      first -= d;
    }
    if (t >= wCount) break;
    if (open && t > first) {
      // A line break between the previous token and this one.
      const gapStart = we[t - 1]!;
      const gapEnd = ws[t]!;
      if (gapEnd > gapStart) {
        const breaks = lineBreaks(text, gapStart, gapEnd);
        const carried = wt[t - 1] === PUNCT && continuesLine(text, ws[t - 1]!, gapStart);
        if (breaks === 2 || (breaks === 1 && !carried)) close(t - 1);
      }
    }
    if (!open) {
      open = true;
      first = t;
      firstStart = ws[t]!;
    }
    if (wt[t] !== PUNCT) continue;
    let kind = terminatorKind(text, ws[t]!, we[t]!);
    if (kind === NONE) continue;
    // Take in the terminators and closing quotes or brackets glued to this one.
    let last = t;
    let strongest = kind;
    for (;;) {
      while (last + 1 >= wCount && !wDone) {
        const d = fill(t - 1 > 0 ? t - 1 : 0);
        t -= d;
        last -= d;
        first -= d;
      }
      if (!(last + 1 < wCount && ws[last + 1] === we[last] && wt[last + 1] === PUNCT)) break;
      const s = ws[last + 1]!;
      const e = we[last + 1]!;
      const k = terminatorKind(text, s, e);
      if (k !== NONE) {
        kind = k;
        if (k === STRONG) strongest = STRONG;
      } else if (!(e - s === 1 && isCloser(text.charCodeAt(s)))) {
        break;
      }
      last++;
    }
    if (strongest === STRONG) kind = STRONG;
    if (endsSentence(text, ws, we, wt, wCount, first, t, last, kind)) {
      close(last);
    }
    t = last;
  }
  if (open) close(wCount - 1);
  releaseInput();
  if (ws.length > WINDOW) {
    ws = new Int32Array(WINDOW);
    we = new Int32Array(WINDOW);
    wt = new Uint8Array(WINDOW);
  }
  return out;
}

// The token window of `sentences`: what is left of the previous chunk plus the next one.
const WINDOW = 2 * CHUNK;
let ws = new Int32Array(WINDOW);
let we = new Int32Array(WINDOW);
let wt = new Uint8Array(WINDOW);
let wCount = 0;
let wDone = false;

/**
 * Drops the window's tokens before index `keep`, appends the scanner's next chunk (or notes
 * that the scan is done) and returns `keep`, the amount every window index moved down.
 */
function fill(keep: number): number {
  const rest = wCount - keep;
  ws.copyWithin(0, keep, wCount);
  we.copyWithin(0, keep, wCount);
  wt.copyWithin(0, keep, wCount);
  const { starts, ends, types, count } = scanChunk();
  if (count === 0) {
    wDone = true;
  } else {
    if (rest + count > ws.length) {
      // A glued run of punctuation longer than a chunk: grow (dropped again after the call).
      const size = 2 * (rest + count);
      const s = new Int32Array(size);
      const e = new Int32Array(size);
      const y = new Uint8Array(size);
      s.set(ws.subarray(0, rest));
      e.set(we.subarray(0, rest));
      y.set(wt.subarray(0, rest));
      ws = s;
      we = e;
      wt = y;
    }
    ws.set(starts.subarray(0, count), rest);
    we.set(ends.subarray(0, count), rest);
    wt.set(types.subarray(0, count), rest);
  }
  wCount = rest + count;
  return keep;
}

/** Decides whether the terminator group `t..last` (of the given kind) ends the sentence. */
function endsSentence(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  last: number,
  kind: number,
): boolean {
  if (last + 1 >= count) return true;
  const next = starts[last + 1]!;
  const gap = next - ends[last]!;
  if (gap > 0 && lineBreaks(text, ends[last]!, next) > 0) return true; // the line-break rule decides
  const nextCp = text.codePointAt(next)!;
  if (kind === PERIOD && t > first && starts[t] === ends[t - 1]) {
    // The word glued to the period: an initial, a one-letter Arabic abbreviation, Dr, Mr …
    const ps = starts[t - 1]!;
    const pe = ends[t - 1]!;
    if (types[t - 1] === WORD && isSingleLetter(text, ps, pe)) {
      // «م.» or «هـ.» after a year is an era (AD, AH) and its period may end the sentence:
      // «توفي سنة 632 م. ثم تولى …»; elsewhere a single letter is an initial or a title
      if (!(t - 2 >= first && types[t - 2] === NUMBER && isEraLetter(text, ps, pe))) return false;
    } else if (types[t - 1] === WORD && isLatinAbbreviation(text, ps, pe)) return false;
    // "1." opening a numbered line
    if (types[t - 1] === NUMBER && t - 1 === first) return false;
  }
  if (kind === ELLIPSIS) {
    // An ellipsis followed by more words on the same line continues the sentence, unless
    // the next word is capitalised (Arabic has no case, so an Arabic one continues).
    return isUppercase(nextCp);
  }
  if (gap === 0) {
    // No space after the terminator: only a missing space before an Arabic word ends it.
    return types[last + 1] === WORD && isArabicScript(nextCp);
  }
  if (kind === PERIOD && isLowercase(nextCp)) return false; // "e.g. this", "approx. ten"
  return true;
}
