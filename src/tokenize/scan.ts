// The tokenizer's state machine. One left-to-right pass over UTF-16 code units with a
// character-class table, no regular expressions. It writes token spans and type codes into
// shared typed arrays (no object per token) that `sentences` reads directly (`scan`), and that
// `tokenize` and `segmentText` read chunk by chunk (`startScan`, `scanChunk`) as they turn them
// into objects.
//
// Linear time: every scanner either consumes what it read or records how far it read
// ("fail until"), so the same stretch of input is never rescanned by the same detector.
import { isLineBreak } from '../chars/code-units.js';
import { keepStringPrototypeFast } from '../chars/string-prototype.js';
import * as C from './char-class-names.js';
import { classOf, classTable } from './char-class.js';
import { STRONG_TLDS, WEAK_TLDS } from './tlds.js';
import type { TokenType } from './types.js';

// Local copies: an imported binding may compile to a getter (tsx, some bundlers), which
// the hot loops must not call once per character.
const DIGIT = C.DIGIT;
const EMOJI_MODIFIER = C.EMOJI_MODIFIER;
const FORMAT = C.FORMAT;
const KEYCAP = C.KEYCAP;
const LETTER = C.LETTER;
const MARK = C.MARK;
const PICTO = C.PICTO;
const PICTO_TEXT = C.PICTO_TEXT;
const PUNCTUATION = C.PUNCTUATION;
const REGIONAL_INDICATOR = C.REGIONAL_INDICATOR;
const SPACE = C.SPACE;
const SURROGATE = C.SURROGATE;
const SYMBOL = C.SYMBOL;
const TAG = C.TAG;
const TATWEEL = C.TATWEEL;
const VARIATION_SELECTOR = C.VARIATION_SELECTOR;
const ZWJ = C.ZWJ;

// Token type codes, in the order of TYPE_NAMES.
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;
export const SYMBOL_TOKEN = 3;
export const URL = 4;
export const EMAIL = 5;
export const HASHTAG = 6;
export const MENTION = 7;
export const EMOJI = 8;

/** Token type names by code. */
export const TYPE_NAMES: readonly TokenType[] = Object.freeze<TokenType[]>([
  'word',
  'number',
  'punctuation',
  'symbol',
  'url',
  'email',
  'hashtag',
  'mention',
  'emoji',
]);

/** Token spans of one scan; valid until the next call of `scan`. */
export interface TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  types: Uint8Array;
  count: number;
}

const buffer: TokenBuffer = {
  starts: new Int32Array(1024),
  ends: new Int32Array(1024),
  types: new Uint8Array(1024),
  count: 0,
};

function grow(): void {
  const size = buffer.starts.length * 2;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const types = new Uint8Array(size);
  starts.set(buffer.starts);
  ends.set(buffer.ends);
  types.set(buffer.types);
  buffer.starts = starts;
  buffer.ends = ends;
  buffer.types = types;
}

function emit(start: number, end: number, type: number): void {
  const k = buffer.count;
  if (k === buffer.starts.length) grow();
  buffer.starts[k] = start;
  buffer.ends[k] = end;
  buffer.types[k] = type;
  buffer.count = k + 1;
}

// Code units used by the detectors.
const HYPHEN_MINUS = 0x2d; // - HYPHEN-MINUS
const MINUS_SIGN = 0x2212; // − MINUS SIGN
const PLUS_SIGN = 0x2b; // + PLUS SIGN
const FULL_STOP = 0x2e; // . FULL STOP
const COMMA = 0x2c; // , COMMA
const ARABIC_DECIMAL_SEPARATOR = 0x066b; // ٫ ARABIC DECIMAL SEPARATOR
const ARABIC_THOUSANDS_SEPARATOR = 0x066c; // ٬ ARABIC THOUSANDS SEPARATOR
const ARABIC_COMMA = 0x060c; // ، ARABIC COMMA
const WAW = 0x0648; // و ARABIC LETTER WAW
const FEH = 0x0641; // ف ARABIC LETTER FEH
const BEH = 0x0628; // ب ARABIC LETTER BEH
const KAF = 0x0643; // ك ARABIC LETTER KAF
const LAM = 0x0644; // ل ARABIC LETTER LAM
const MEEM = 0x0645; // م ARABIC LETTER MEEM
const SEEN = 0x0633; // س ARABIC LETTER SEEN
const TATWEEL_CHAR = 0x0640; // ـ ARABIC TATWEEL
const REH = 0x0631; // ر ARABIC LETTER REH, typed for ٫ in some wire copy
const COMMERCIAL_AT = 0x40; // @
const NUMBER_SIGN = 0x23; // #
const ASTERISK = 0x2a; // *
const AMPERSAND = 0x26; // &
const LOW_LINE = 0x5f; // _
const SOLIDUS = 0x2f; // /
const COLON = 0x3a; // :
const QUESTION_MARK = 0x3f; // ?
const EXCLAMATION_MARK = 0x21; // !
const ARABIC_QUESTION_MARK = 0x061f; // ؟ ARABIC QUESTION MARK
const HORIZONTAL_ELLIPSIS = 0x2026; // … HORIZONTAL ELLIPSIS
const APOSTROPHE = 0x27; // '
const RIGHT_SINGLE_QUOTATION_MARK = 0x2019; // ’
const ZWNJ = 0x200c; // ZERO WIDTH NON-JOINER
const VS16 = 0xfe0f; // VARIATION SELECTOR-16 (emoji presentation)
const KEYCAP_MARK = 0x20e3; // COMBINING ENCLOSING KEYCAP
const LEFT_PARENTHESIS = 0x28;
const RIGHT_PARENTHESIS = 0x29;
const LEFT_SQUARE_BRACKET = 0x5b;
const RIGHT_SQUARE_BRACKET = 0x5d;
const DEGREE_SIGN = 0xb0; // ° DEGREE SIGN
const ARABIC_SUKUN = 0x0652; // ْ ARABIC SUKUN, typed for a degree sign after digits
const MASCULINE_ORDINAL = 0xba; // º MASCULINE ORDINAL INDICATOR, typed for a degree sign after digits

// Per-scan state, module level so that the helpers below need no closures.
let T: Uint8Array = new Uint8Array(0);
let text = '';
let n = 0;
/** Width in code units of the code point last classified by `classAt`. */
let width = 1;
let emailFailUntil = -1;
let schemeFailUntil = -1;
let domainFailUntil = -1;
/** `lineQuotes`' caches, see `prevStop` and `nextStop`. */
let prevStopAt = -1;
let prevStopTo = -1;
let nextStopFrom = 0;
let nextStopAt = -1;

/** Class of the code point at `j` (`j < n`), decoding surrogate pairs; sets `width`. */
function classAt(j: number): number {
  const k = T[text.charCodeAt(j)]!;
  if (k !== SURROGATE) {
    width = 1;
    return k;
  }
  return astralClassAt(j);
}

function astralClassAt(j: number): number {
  const hi = text.charCodeAt(j);
  if (hi <= 0xdbff && j + 1 < n) {
    const lo = text.charCodeAt(j + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      width = 2;
      return classOf(((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
    }
  }
  width = 1;
  return SURROGATE; // a lone surrogate
}

/** Whether a surrogate pair starts at `j`. */
function isPairAt(j: number): boolean {
  const hi = text.charCodeAt(j);
  if (hi < 0xd800 || hi > 0xdbff || j + 1 >= n) return false;
  const lo = text.charCodeAt(j + 1);
  return lo >= 0xdc00 && lo <= 0xdfff;
}

/** Code point at `j` (a lone surrogate is returned as itself). */
function codePointAt(j: number): number {
  return text.codePointAt(j)!;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Arabic-script letters: Arabic, Supplement, Extended-A/B, presentation forms, math. */
export function isArabicScript(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x0870 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff) ||
    (cp >= 0x10ec0 && cp <= 0x10eff) ||
    (cp >= 0x1ee00 && cp <= 0x1eeff)
  );
}

/** Characters that extend whatever token precedes them (grapheme extenders). */
function isExtender(k: number, c: number): boolean {
  return k === MARK || k === VARIATION_SELECTOR || k === ZWJ || k === KEYCAP || c === ZWNJ;
}

/** Moves past combining marks, variation selectors, ZWJ and ZWNJ glued to a token's end. */
function absorbExtenders(j: number): number {
  while (j < n) {
    const k = classAt(j);
    if (!isExtender(k, text.charCodeAt(j))) break;
    j += width;
  }
  return j;
}

/** Whether a sign or '@'/'#' at `i` starts a token rather than continuing the previous one. */
function standsAlone(i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  const k = T[c]!;
  if (k === LETTER || k === DIGIT || k === MARK || k === TATWEEL || k === SURROGATE) return false;
  return c !== LOW_LINE && c !== RIGHT_PARENTHESIS && c !== RIGHT_SQUARE_BRACKET;
}

const PERCENT_SIGN = 0x25; // % PERCENT SIGN
const ARABIC_PERCENT_SIGN = 0x066a; // ٪ ARABIC PERCENT SIGN
const PER_MILLE_SIGN = 0x2030; // ‰ PER MILLE SIGN
const PER_TEN_THOUSAND_SIGN = 0x2031; // ‱ PER TEN THOUSAND SIGN

/**
 * Whether the sign at `i` comes right after a percent (or per-mille) sign, which ends the
 * number before it: «50%-60%» and «1.5 %−2.5 %» are ranges (15 in 25.8 M words of news and
 * Wikipedia, none a negative second bound).
 */
function afterPercentSign(i: number): boolean {
  return i > 0 && isPercentSign(text.charCodeAt(i - 1));
}

/** Whether `c` is a percent or per-mille sign: % ٪ ‰ ‱. */
function isPercentSign(c: number): boolean {
  return c === PERCENT_SIGN || c === ARABIC_PERCENT_SIGN || c === PER_MILLE_SIGN || c === PER_TEN_THOUSAND_SIGN;
}

/** How far back (in code units) `afterSpacedNumber` looks across white space. */
const SPACED_SIGN_LOOKBACK = 8;

/** The end of the digits of the last number that carried a sign of its own («-6»), or -1. */
let signedNumberEnd = -1;

/**
 * Whether the '-' or '+' at `i` follows a number (or its percent sign) across white space on
 * the same line: then it joins two numbers, a range, a score or a date («2015 -2019», «فاز 2
 * -1», «30 -12 -1436», «20 % -30 %», «90 +2»), and is no sign of the number after it. In the
 * 16 unlabeled files 224 such signs stand so, all dashes or operators but one that follows a
 * negative number («بين -6 -1 °», a range of two): a number with a sign of its own keeps the
 * sign after it. A sign after a word stays a sign («درجة الحرارة -5»), and so does one on a
 * new line, or U+2212 MINUS SIGN, which is typed on purpose (none stands so in the files, and
 * `entities` reads it as a sign). At most SPACED_SIGN_LOOKBACK code units are read.
 */
function afterSpacedNumber(i: number): boolean {
  if (text.charCodeAt(i) === MINUS_SIGN) return false;
  const floor = i > SPACED_SIGN_LOOKBACK ? i - SPACED_SIGN_LOOKBACK : 0;
  let p = i - 1;
  while (p >= floor) {
    const c = text.charCodeAt(p);
    if (T[c] !== SPACE) break;
    if (isLineBreak(c)) return false;
    p--;
  }
  if (p === i - 1 || p < floor) return false;
  const c = text.charCodeAt(p);
  if (T[c] === DIGIT) return p + 1 !== signedNumberEnd;
  return isPercentSign(c);
}

/**
 * Whether the '#' or '@' at `i` follows a one-letter proclitic that stands alone (و ف ب ك ل,
 * with or without tatweel): «و#المغرب» and «لـ@user» are the conjunction or preposition and
 * a hashtag or mention (52 «و#» in 25 M words of news).
 */
function afterProclitic(i: number): boolean {
  let j = i - 1;
  while (j >= 0 && text.charCodeAt(j) === TATWEEL_CHAR) j--;
  if (j < 0) return false;
  const c = text.charCodeAt(j);
  if (c !== WAW && c !== FEH && c !== BEH && c !== KAF && c !== LAM) return false;
  if (j === 0) return true;
  const k = T[text.charCodeAt(j - 1)]!;
  return k !== LETTER && k !== DIGIT && k !== MARK && k !== TATWEEL && k !== SURROGATE && k !== FORMAT && k !== ZWJ;
}

// ---------------------------------------------------------------------------------------
// Words

/**
 * A run of letters with their marks, tatweel, ZWNJ/ZWJ and other invisible format
 * characters; digits continue a word only after a non-Arabic letter (`G20`, `mp3`, but
 * `و2011` is و + 2011); an apostrophe continues it between two non-Arabic letters (`don't`).
 * The word ends where its letters change script (Arabic and any other), a missing space
 * («طائراتF16», «CD4المتبقية»), except after Arabic proclitics (`الـiPhone`, `وCNN`).
 * Emits `word` when the run holds a letter, else `symbol` (a lone diacritic) or, for tatweel
 * alone, `punctuation` (see `letterlessType`).
 */
function scanWord(i: number, digitsFirst = false): number {
  let j = i;
  let lastLetter = -1; // offset of the last letter
  // whether the last letter is of a script other than Arabic (from the start when the word
  // opens on ASCII digits that a Latin letter follows: «5G», «1080p»)
  let latin = digitsFirst;
  // One unsigned compare passes the letters of the Arabic block while the word is Arabic;
  // the others (and all letters once it is not) go through letterScript, which ends the word
  // where the script changes.
  let fastFrom = ARABIC_BLOCK;
  let arabicFrom = i; // where the Arabic letters before a switch to another script begin
  while (j < n) {
    const c = text.charCodeAt(j);
    let k = T[c]!;
    if (k === LETTER) {
      if ((c - fastFrom) >>> 0 > 0xff) {
        const script = letterScript(arabicFrom, j, lastLetter, latin, c, 1);
        if (script === ENDS_WORD) break;
        if (script === INNER_LETTER) arabicFrom = j + 1;
        latin = script === OTHER_SCRIPT;
        fastFrom = latin ? NO_FAST_PATH : ARABIC_BLOCK;
      }
      lastLetter = j;
      j++;
      continue;
    }
    if (k === MARK || k === TATWEEL || k === FORMAT || k === ZWJ || k === VARIATION_SELECTOR) {
      j++;
      continue;
    }
    if (k === DIGIT) {
      // a digit that starts a keycap («a1️⃣») is the emoji's, not the word's
      if (!latin || (c < 0x80 && keycapEnd(j) >= 0)) break;
      j++;
      continue;
    }
    if ((c === APOSTROPHE || c === RIGHT_SINGLE_QUOTATION_MARK) && j + 1 < n && latin) {
      const next = text.charCodeAt(j + 1);
      if (T[next] === LETTER && !isArabicScript(next)) {
        j++;
        continue;
      }
      break;
    }
    if (k === SYMBOL && lastLetter >= 0) {
      // An exponent or subscript glued to a word is part of it: units «كم²» «km²», formulas
      // «CO₂» (285 «²» «³» after a unit in 25.8 M words). Latin letters may follow, as after
      // a digit («H₂O»); an Arabic word ends after it.
      if (isScriptDigit(c)) {
        j++;
        if (latin) continue;
        while (j < n && isScriptDigit(text.charCodeAt(j))) j++;
        break;
      }
      // A plus glued to a Latin name is part of it («C++», «Google+», the ratings «B+» «AA+»,
      // the blood group «O+»), unless an operand follows («A+B», «x+1»); so is a sharp after
      // a single Latin letter («C#», «F#»); an ampersand joins capital initials («AT&T», «S&P»)
      if (latin) j = c === AMPERSAND ? ampersandEnd(j, i) : nameSignEnd(j, i);
      else if (c === PLUS_SIGN) j = doublePlusEnd(j);
      break;
    }
    if (k === SURROGATE) {
      k = astralClassAt(j);
      if (k === LETTER) {
        const script = letterScript(arabicFrom, j, lastLetter, latin, codePointAt(j), 2);
        if (script === ENDS_WORD) break;
        if (script === INNER_LETTER) arabicFrom = j + 2;
        latin = script === OTHER_SCRIPT;
        fastFrom = latin ? NO_FAST_PATH : ARABIC_BLOCK;
        lastLetter = j;
        j += width;
        continue;
      }
      if (k === MARK || k === VARIATION_SELECTOR || k === FORMAT || (k === DIGIT && latin)) {
        j += width;
        continue;
      }
    }
    break;
  }
  const letters = lastLetter >= 0;
  if (j === i) j = i + (isPairAt(i) ? 2 : 1); // never an empty token, whatever the caller saw
  emit(i, j, letters ? WORD : letterlessType(i, j));
  return j;
}

/**
 * The type of a run from `i` to `j` that holds no letter: `punctuation` when it is tatweel
 * alone, else `symbol`. A tatweel standing apart from any letter is typed for a dash, as the
 * Saudi papers and Wikipedia do (some 4,300 times in 25.8 M words of news: «ـ غفر الله لك ـ»,
 * «العراقية ــ الإيرانية», «1987م ـ 1407هـ», a list's «1ـ»), and is read as `-` is; a lone
 * diacritic, or tatweel carrying one («ـّ», a grammar text's shadda shown alone), stays a symbol.
 * Only the rare letterless run comes here, so words pay nothing for it.
 */
function letterlessType(i: number, j: number): number {
  for (let p = i; p < j; p++) if (text.charCodeAt(p) !== TATWEEL_CHAR) return SYMBOL_TOKEN;
  return PUNCT;
}

/**
 * Units written after a number: «10km», «64GB», «3GHz» stay a number and a word. (Single
 * letters are units only where no model name uses them: «5G», «4K», «6S» are names.)
 */
const UNITS = new Set(
  'm g l L W V km cm mm nm kg mg ml mL GB MB KB kB TB Gb Mb Hz kHz MHz GHz kW MW GW kWh MWh mAh kV min ms am pm AM PM mph kph px dB'.split(' '),
);

/**
 * Whether the ASCII digits from `i` run straight into an ASCII letter and make one Latin name
 * with it («5G», «3D», «1080p», «21st»), not a number and its unit («10km», «64GB»).
 */
function latinAfterDigits(i: number): boolean {
  let j = i;
  while (j < n && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  if (j === n || !isAsciiLetter(text.charCodeAt(j))) return false;
  let k = j + 1;
  while (k < n && isAsciiLetter(text.charCodeAt(k))) k++;
  // a unit is the whole run of letters, with no digit or further letter after it
  if (k - j > 3 || (k < n && T[text.charCodeAt(k)] === DIGIT)) return true;
  return !UNITS.has(text.slice(j, k));
}

/** Superscript and subscript digits: ¹ ² ³ U+2070 U+2074–U+2079 U+2080–U+2089. */
function isScriptDigit(c: number): boolean {
  return c === 0xb2 || c === 0xb3 || c === 0xb9 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079) || (c >= 0x2080 && c <= 0x2089);
}

/**
 * The end of a Latin word whose sign starts at `j` (the word started at `start`): after one
 * or two '+' that no letter or digit follows («C++», «B+»), or after a '#' that follows a
 * single Latin letter and comes before no name character («C#»); else `j`. After two '+' a
 * standard's year of one to three ASCII letters or digits, the first a digit, is part of the
 * name («C++11», «C++98», «C++0x»), where no other name character follows it.
 */
function nameSignEnd(j: number, start: number): number {
  const c = text.charCodeAt(j);
  let e = j + 1;
  if (c === PLUS_SIGN) {
    if (e < n && text.charCodeAt(e) === PLUS_SIGN) {
      e++;
      const v = versionEnd(e);
      if (v > e) return v;
    }
  } else if (c !== NUMBER_SIGN || !isAsciiLetter(text.charCodeAt(j - 1)) || (j - 2 >= start && isAsciiLetter(text.charCodeAt(j - 2)))) {
    return j;
  }
  if (e < n) {
    const d = text.charCodeAt(e);
    const k = T[d]!;
    if (k === LETTER || k === DIGIT || k === SURROGATE || d === PLUS_SIGN || d === NUMBER_SIGN || d === LOW_LINE) return j;
  }
  return e;
}

/**
 * The end of the version glued after a name's «++» at `e` («C++11», «C++0x»): one to three
 * ASCII digits or letters, the first a digit, that no name character or sign follows; else `e`.
 */
function versionEnd(e: number): number {
  const first = e < n ? text.charCodeAt(e) : 0;
  if (first < 0x30 || first > 0x39) return e;
  let v = e + 1;
  while (v < n && v - e < 3 && isAsciiAlnum(text.charCodeAt(v))) v++;
  if (v < n) {
    const d = text.charCodeAt(v);
    const k = T[d]!;
    if (k === LETTER || k === DIGIT || k === MARK || k === SURROGATE || d === PLUS_SIGN || d === NUMBER_SIGN || d === LOW_LINE) return e;
  }
  return v;
}

/**
 * The end of an Arabic word whose '+' is at `j`: after it when exactly two '+' close the word
 * and no name character follows, as Latin «C++» keeps its signs — «سي++» (C++, 30 times in
 * 25.8 M words of news and Wikipedia), «فيجوال جيه++» (J++), the city rating «الفا++»; else
 * `j`. A single glued '+' stays a symbol after an Arabic word (a sum, a rating, the wire's
 * quotation mark: see `isQuotePlus`), and «و++c» is the conjunction before «++c».
 */
function doublePlusEnd(j: number): number {
  const e = j + 2;
  if (e > n || text.charCodeAt(j + 1) !== PLUS_SIGN) return j;
  if (e < n) {
    const d = text.charCodeAt(e);
    const k = T[d]!;
    if (k === LETTER || k === DIGIT || k === MARK || k === SURROGATE || d === PLUS_SIGN || d === NUMBER_SIGN || d === LOW_LINE) return j;
  }
  return e;
}

function isAsciiCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/**
 * The end of a Latin word whose '&' is at `j` (the word started at `start`): after the
 * capitals that follow it when one to four capitals stand on each side and no letter or
 * digit goes on («AT&T», «S&P», «H&M», «Q&A», one name as in English text); else `j`.
 * «You&You», «BA&Sc», «S&P500» and «A&Bوقال» keep the sign apart.
 */
function ampersandEnd(j: number, start: number): number {
  let p = j - 1;
  while (p >= start && j - p <= 5 && isAsciiCapital(text.charCodeAt(p))) p--;
  if (p === j - 1 || j - p > 5 || (p >= start && isAsciiAlnum(text.charCodeAt(p)))) return j;
  let e = j + 1;
  while (e < n && e - j <= 5 && isAsciiCapital(text.charCodeAt(e))) e++;
  if (e === j + 1 || e - j > 5) return j;
  if (e < n) {
    const d = text.charCodeAt(e);
    const k = T[d]!;
    if (k === LETTER || k === DIGIT || k === MARK || k === SURROGATE || d === AMPERSAND || d === LOW_LINE) return j;
  }
  return e;
}

/** The first code point of the Arabic block U+0600–U+06FF, the fast path of `scanWord`. */
const ARABIC_BLOCK = 0x0600;
/** A start no code unit reaches within 0xff: every letter takes the slow path. */
const NO_FAST_PATH = 0x20000;

/** `letterScript` results. */
const ENDS_WORD = -1;
const ARABIC_SCRIPT = 0;
const OTHER_SCRIPT = 1;
/** A letter of another script inside an Arabic word: the word goes on as Arabic. */
const INNER_LETTER = 2;

/**
 * How the letter `cp` (`w` code units) at `j` continues a word whose last letter (-1: none)
 * is Arabic or not (`latin`), its Arabic letters since `from`: ENDS_WORD where the letters
 * change script, else the script the word goes on in. Other letters after Arabic ones
 * continue the word after a chain of proclitics (`الـiPhone`, `وCNN`) when no e-mail
 * address or URL starts there («هويديnafezah@yahoo.com», «وwww.x.com»); one other letter
 * between two Arabic ones is a typo or a transcription mark inside the word («العaربية»,
 * «روسˈيا»): INNER_LETTER, and the word goes on as Arabic.
 */
function letterScript(from: number, j: number, lastLetter: number, latin: boolean, cp: number, w: number): number {
  if (isArabicScript(cp)) return lastLetter >= 0 && latin ? ENDS_WORD : ARABIC_SCRIPT;
  if (lastLetter < 0 || latin) return OTHER_SCRIPT;
  if (j + w < n) {
    const next = text.charCodeAt(j + w);
    if (T[next] === LETTER && isArabicScript(next)) return INNER_LETTER;
  }
  if (!procliticsOnly(from, j)) return ENDS_WORD;
  return cp < 0x80 && addressAt(j) ? ENDS_WORD : OTHER_SCRIPT;
}

const ALEF = 0x0627; // ا ARABIC LETTER ALEF
const ALEF_WASLA = 0x0671; // ٱ ARABIC LETTER ALEF WASLA
/** The letters read by `procliticsOnly`, without an array per call. */
let l0 = 0;
let l1 = 0;
let l2 = 0;
let l3 = 0;

/**
 * Whether the letters of `text[i, j)` (marks, tatweel and invisibles aside) are Arabic
 * proclitics only: an optional و or ف, then ب ك or ل, the article ال alone or after ب or ك,
 * or لل (ل + ال): و، بـ، الـ، وال، بال، للـ، وللـ.
 */
function procliticsOnly(i: number, j: number): boolean {
  let count = 0;
  for (let p = i; p < j; p++) {
    const c = text.charCodeAt(p);
    if (T[c] !== LETTER) continue;
    if (count === 4) return false;
    if (count === 0) l0 = c;
    else if (count === 1) l1 = c;
    else if (count === 2) l2 = c;
    else l3 = c;
    count++;
  }
  let a = l0;
  let b = l1;
  let d = l2;
  if (count > 0 && (l0 === WAW || l0 === FEH)) {
    // drop the conjunction
    count--;
    a = l1;
    b = l2;
    d = l3;
  }
  if (count === 0) return true;
  const preposition = a === BEH || a === KAF || a === LAM;
  if (count === 1) return preposition;
  if (count === 2) return isArticle(a, b) || (a === LAM && b === LAM);
  // ل before the article is written لل, its alef elided
  return count === 3 && (a === BEH || a === KAF) && isArticle(b, d);
}

/** Whether `x` `y` spell the article ال. */
function isArticle(x: number, y: number): boolean {
  return (x === ALEF || x === ALEF_WASLA) && y === LAM;
}

// ---------------------------------------------------------------------------------------
// Numbers

function isDigitAt(j: number): boolean {
  return j < n && classAt(j) === DIGIT;
}

/** Digits in any script, with `.` `,` `٫` `٬` `،` `ر` between digits: 3.4, 1,000, ٣٫٥, ١٬٠٠٠, 1،300, 2ر27. */
function scanNumberBody(j: number): number {
  // a number right after a list's comma («1,5,7»: the 5 and the 7) is read as one too
  inList = j >= 2 && isCommaSeparator(text.charCodeAt(j - 1)) && T[text.charCodeAt(j - 2)] === DIGIT;
  for (;;) {
    while (j < n && classAt(j) === DIGIT) j += width;
    if (j + 1 >= n) return j;
    const c = text.charCodeAt(j);
    if (
      (c === FULL_STOP ||
        c === COMMA ||
        c === ARABIC_DECIMAL_SEPARATOR ||
        c === ARABIC_THOUSANDS_SEPARATOR ||
        // Unspaced between digits, ، is a separator too («1،300،000», «2،5%»: 98 % of the
        // 1,988 cases in 25 M words of news); a list is spaced («1، 2»)
        c === ARABIC_COMMA ||
        // ر stands for ٫, which it resembles, in wire copy, the fraction first: «27ر2 بالمئة» is 2.27
        c === REH) &&
      isDigitAt(j + 1) &&
      // after a comma, a group of thousands (3 digits) or a decimal part (1–2): «2019,2020»
      // is two numbers and a comma
      ((c !== COMMA && c !== ARABIC_THOUSANDS_SEPARATOR && c !== ARABIC_COMMA) || groupFollows(j + 1))
    ) {
      j++;
      continue;
    }
    return j;
  }
}

/** Whether the number being scanned follows a comma of a list (see scanNumberBody). */
let inList = false;

/** Whether a comma (or ٬ ،) is a separator in a number. */
function isCommaSeparator(c: number): boolean {
  return c === COMMA || c === ARABIC_THOUSANDS_SEPARATOR || c === ARABIC_COMMA;
}

/**
 * Whether the digits from `j`, after a comma, continue the number: a group of thousands (3
 * digits), or a decimal part (1–2) that no other comma and digit follow, in a number that
 * does not itself follow such a comma. «1,5,2,7» and «35،17،22» are lists, «1,13,38» a race
 * time: numbers and commas.
 */
function groupFollows(j: number): boolean {
  const count = digitsAhead(j);
  if (count === 3) return true;
  if (count === 4 || inList) return false;
  let e = j;
  while (e < n && classAt(e) === DIGIT) e += width;
  return !(e + 1 < n && isCommaSeparator(text.charCodeAt(e)) && isDigitAt(e + 1));
}

/** How many digits (up to 4) follow from `j`. */
function digitsAhead(j: number): number {
  let count = 0;
  while (count < 4 && j < n && classAt(j) === DIGIT) {
    j += width;
    count++;
  }
  return count;
}

/**
 * The end of a number scanned from `start` to `end`, moved back before a last digit that
 * starts a keycap emoji («20011️⃣» is 2001 and 1️⃣), and before a separator left at its end.
 */
function beforeKeycap(start: number, end: number): number {
  if (end >= n || end - 1 <= start) return end;
  const c = text.charCodeAt(end);
  if ((c !== VS16 && c !== KEYCAP_MARK) || keycapEnd(end - 1) < 0) return end;
  let e = end - 1;
  while (e - 1 > start && T[text.charCodeAt(e - 1)] !== DIGIT) e--;
  return e;
}

/** A keycap emoji (`1️⃣`, `#️⃣`): base, optional VS16, U+20E3. Returns its end or -1. */
function keycapEnd(i: number): number {
  let j = i + 1;
  if (j < n && text.charCodeAt(j) === VS16) j++;
  if (j < n && text.charCodeAt(j) === KEYCAP_MARK) return j + 1;
  return -1;
}

// ---------------------------------------------------------------------------------------
// Emails and URLs

function isLocalPartChar(c: number): boolean {
  // RFC 5322 atext, restricted to what appears in real addresses.
  return isAsciiAlnum(c) || c === FULL_STOP || c === LOW_LINE || c === HYPHEN_MINUS || c === PLUS_SIGN || c === 0x25;
}

/** A domain label character for e-mail domains: ASCII/Unicode letters, digits, hyphen. */
function isLabelChar(j: number): boolean {
  const c = text.charCodeAt(j);
  if (c === HYPHEN_MINUS) return true;
  const k = T[c]!;
  return k === LETTER || k === DIGIT || k === MARK;
}

/** `local@domain.tld` starting at `i`: returns the end, or -1 (and remembers how far it read). */
function emailEnd(i: number): number {
  if (i < emailFailUntil) return -1;
  let j = i;
  while (j < n && isLocalPartChar(text.charCodeAt(j))) j++;
  if (j >= n || text.charCodeAt(j) !== COMMERCIAL_AT || text.charCodeAt(j - 1) === FULL_STOP) {
    emailFailUntil = j;
    return -1;
  }
  // Domain: labels separated by single dots, at least two, the last one letters only (≥ 2).
  let d = j + 1;
  let labels = 0;
  let lastStart = d;
  let lastLetters = true;
  for (;;) {
    const labelStart = d;
    let letters = true;
    let script = 0; // of the label's letters: 0 none yet, 1 Arabic, 2 other
    while (d < n && isLabelChar(d)) {
      const c = text.charCodeAt(d);
      if (T[c] !== LETTER) letters = false;
      else {
        // a label does not change script: «info@x.comوشكرا» is a missing space
        const s = isArabicScript(c) ? 1 : 2;
        if (script === 0) script = s;
        else if (s !== script) break;
      }
      d++;
    }
    if (d === labelStart) break;
    labels++;
    lastStart = labelStart;
    lastLetters = letters;
    if (d + 1 < n && text.charCodeAt(d) === FULL_STOP && isLabelChar(d + 1)) {
      d++;
      continue;
    }
    break;
  }
  if (labels < 2 || !lastLetters || d - lastStart < 2) {
    emailFailUntil = j;
    return -1;
  }
  return d;
}

/** Characters that end a URL: white space, quotes, angle brackets, Arabic punctuation, emoji. */
function endsUrl(j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 0x21) return true;
  switch (c) {
    case 0x22: // "
    case 0x3c: // <
    case 0x3e: // >
    case 0x5c: // \
    case 0x5e: // ^
    case 0x60: // `
    case 0x7b: // {
    case 0x7c: // |
    case 0x7d: // }
    case 0xab: // « LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
    case 0xbb: // » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
    case 0x060c: // ، ARABIC COMMA
    case 0x061b: // ؛ ARABIC SEMICOLON
    case 0x061f: // ؟ ARABIC QUESTION MARK
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2026: // …
      return true;
  }
  const k = classAt(j);
  return k === SPACE || k === SURROGATE || k === PICTO || k === EMOJI_MODIFIER || k === REGIONAL_INDICATOR;
}

/**
 * The rest of a URL from `j` to the first white space or delimiter (or an Arabic letter glued
 * to a Latin letter or digit, a missing space), without trailing
 * sentence punctuation (`.` `,` `;` `:` `!` `?` `'` `*`) or closing brackets that have no
 * opening partner inside the URL.
 */
function urlBodyEnd(from: number, minEnd: number, host = false): number {
  let j = from;
  let parens = 0;
  let brackets = 0;
  let latinHost = false;
  while (j < n && !endsUrl(j)) {
    const c = text.charCodeAt(j);
    if (host) {
      // The host is one script: an Arabic letter after a Latin host («https://x.comوقال»)
      // starts the next word, lost to a missing space; Arabic paths come after a '/'.
      if (c === SOLIDUS || c === QUESTION_MARK || c === NUMBER_SIGN) host = false;
      else if (isAsciiLetter(c)) latinHost = true;
      else if (latinHost && c >= 0x0600 && isArabicScript(c)) break;
    } else if (c >= 0x0600 && j > from && isAsciiAlnum(text.charCodeAt(j - 1)) && isArabicScript(c) && classAt(j) === LETTER) {
      // In the path too an Arabic letter right after a Latin letter or digit is a word glued
      // by a missing space («…/page?id=5وقال»); Arabic path segments start after a
      // delimiter ('/' '=' '-' '_' …), and no URL of the 25.8 M words of news switches inside one.
      break;
    }
    if (c === LEFT_PARENTHESIS) parens++;
    else if (c === RIGHT_PARENTHESIS) parens--;
    else if (c === LEFT_SQUARE_BRACKET) brackets++;
    else if (c === RIGHT_SQUARE_BRACKET) brackets--;
    j += width;
  }
  while (j > minEnd) {
    const c = text.charCodeAt(j - 1);
    if (c === RIGHT_PARENTHESIS && parens < 0) parens++;
    else if (c === RIGHT_SQUARE_BRACKET && brackets < 0) brackets++;
    else if (
      c !== FULL_STOP &&
      c !== COMMA &&
      c !== 0x3b && // ;
      c !== COLON &&
      c !== EXCLAMATION_MARK &&
      c !== QUESTION_MARK &&
      c !== APOSTROPHE &&
      c !== ASTERISK
    ) {
      break;
    }
    j--;
  }
  return j;
}

/** `scheme://rest` starting at `i`: returns the end, or -1. */
function schemeUrlEnd(i: number): number {
  if (i < schemeFailUntil) return -1;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (!(isAsciiAlnum(c) || c === PLUS_SIGN || c === FULL_STOP || c === HYPHEN_MINUS)) break;
    j++;
  }
  if (
    j + 3 < n &&
    text.charCodeAt(j) === COLON &&
    text.charCodeAt(j + 1) === SOLIDUS &&
    text.charCodeAt(j + 2) === SOLIDUS
  ) {
    const k = classAt(j + 3);
    if (k === LETTER || k === DIGIT || text.charCodeAt(j + 3) === LEFT_SQUARE_BRACKET) {
      return urlBodyEnd(j + 3, j + 4, true);
    }
  }
  schemeFailUntil = j;
  return -1;
}

/**
 * A bare domain starting at `i`: `www.` + at least one more label, or labels ending in a
 * known TLD (`x.com`, `news.un.org`); TLDs that are English words (`in`, `it`) need a path.
 * Then an optional port and a path, query or fragment. Returns the end, or -1.
 */
function domainUrlEnd(i: number): number {
  if (i < domainFailUntil) return -1;
  let d = i;
  let labels = 0;
  let firstEnd = i;
  let lastStart = i;
  let lastLetters = true;
  for (;;) {
    const labelStart = d;
    let letters = true;
    while (d < n) {
      const c = text.charCodeAt(d);
      if (isAsciiLetter(c)) {
        d++;
        continue;
      }
      if ((c >= 0x30 && c <= 0x39) || (c === HYPHEN_MINUS && d > labelStart)) {
        letters = false;
        d++;
        continue;
      }
      break;
    }
    labels++;
    if (labels === 1) firstEnd = d;
    lastStart = labelStart;
    lastLetters = letters;
    if (d + 1 < n && text.charCodeAt(d) === FULL_STOP && isAsciiAlnum(text.charCodeAt(d + 1))) {
      d++;
      continue;
    }
    break;
  }
  const www =
    firstEnd - i === 3 &&
    (text.charCodeAt(i) | 0x20) === 0x77 &&
    (text.charCodeAt(i + 1) | 0x20) === 0x77 &&
    (text.charCodeAt(i + 2) | 0x20) === 0x77;
  let ok = labels >= 2 && (www || lastLetters);
  let needsPath = false;
  if (ok && !www) {
    const raw = text.slice(lastStart, d);
    const tld = raw.toLowerCase();
    if (WEAK_TLDS.has(tld)) needsPath = true;
    else ok = STRONG_TLDS.has(tld);
    // «said.News», «summit.Live»: a capitalised word after a full stop is a missing space
    // more often than a domain, so a mixed-case ending counts only with a path
    if (ok && raw !== tld && raw !== raw.toUpperCase()) needsPath = true;
  }
  if (!ok) {
    // A later start inside the first label sees a shorter first label; only one ending in
    // "www" could then pass, so the memo stops short of it.
    domainFailUntil = firstEnd - i > 3 && endsWithWww(firstEnd) ? firstEnd - 3 : d;
    return -1;
  }
  let j = d;
  // optional :port
  if (j + 1 < n && text.charCodeAt(j) === COLON) {
    let p = j + 1;
    while (p < n && text.charCodeAt(p) >= 0x30 && text.charCodeAt(p) <= 0x39) p++;
    if (p > j + 1) j = p;
  }
  if (j < n) {
    const c = text.charCodeAt(j);
    if (c === SOLIDUS || c === QUESTION_MARK || c === NUMBER_SIGN) {
      const end = urlBodyEnd(j, j);
      if (end > j + 1 || (c === SOLIDUS && end === j + 1)) return end;
    }
  }
  if (needsPath) {
    domainFailUntil = d;
    return -1;
  }
  return j;
}

function endsWithWww(end: number): boolean {
  return (
    (text.charCodeAt(end - 3) | 0x20) === 0x77 &&
    (text.charCodeAt(end - 2) | 0x20) === 0x77 &&
    (text.charCodeAt(end - 1) | 0x20) === 0x77
  );
}

/** Whether an e-mail address or a URL starts at the ASCII letter at `j`. */
function addressAt(j: number): boolean {
  return emailEnd(j) >= 0 || schemeUrlEnd(j) >= 0 || domainUrlEnd(j) >= 0;
}

// ---------------------------------------------------------------------------------------
// Hashtags, mentions, emoji

/** The name after `@` or `#`: a letter, digit or `_`, then letters, marks, digits, `_`, tatweel, ZWNJ/ZWJ. */
function nameEnd(j: number, needLetter: boolean): number {
  const start = j;
  let letter = false;
  // a name starts with a letter, a digit or '_': a mark, tatweel or joiner after the sign is
  // the sign's own (a stray shadda after '@' makes no mention)
  if (j < n) {
    const k = classAt(j);
    if (k !== LETTER && k !== DIGIT && text.charCodeAt(j) !== LOW_LINE) return -1;
  }
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = classAt(j);
    if (k === LETTER) letter = true;
    else if (!(k === DIGIT || k === MARK || k === TATWEEL || k === ZWJ || c === ZWNJ || c === LOW_LINE)) break;
    j += width;
  }
  if (j === start || (needLetter && !letter)) return -1;
  return j;
}

/**
 * An emoji sequence: elements (a pictograph with its VS16, skin tone, keycap or tags; or a
 * pair of regional indicators) joined by ZWJ.
 */
function scanEmoji(i: number): number {
  let j = i;
  for (;;) {
    let k = classAt(j);
    if (k === REGIONAL_INDICATOR) {
      j += width;
      if (j < n && classAt(j) === REGIONAL_INDICATOR) j += width;
    } else {
      j += width;
    }
    while (j < n) {
      k = classAt(j);
      if (k === VARIATION_SELECTOR || k === EMOJI_MODIFIER || k === KEYCAP || k === TAG || k === MARK) j += width;
      else break;
    }
    if (j + 1 < n && text.charCodeAt(j) === 0x200d) {
      k = classAt(j + 1);
      if (k === PICTO || k === PICTO_TEXT || k === EMOJI_MODIFIER || k === REGIONAL_INDICATOR) {
        j += 1;
        continue;
      }
    }
    return j;
  }
}

// ---------------------------------------------------------------------------------------
// Punctuation

/** One punctuation token: runs of `.`, of `…`, of `-`, and of `!` `?` `؟` stay together. */
function punctuationEnd(i: number, w: number): number {
  const c = text.charCodeAt(i);
  // An astral punctuation mark (e.g. U+1039F UGARITIC WORD DIVIDER) is one token of both units.
  let j = i + w;
  if (c === FULL_STOP || c === HORIZONTAL_ELLIPSIS || c === HYPHEN_MINUS) {
    while (j < n && text.charCodeAt(j) === c) j++;
  } else if (c === EXCLAMATION_MARK || c === QUESTION_MARK || c === ARABIC_QUESTION_MARK) {
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d !== EXCLAMATION_MARK && d !== QUESTION_MARK && d !== ARABIC_QUESTION_MARK) break;
      j++;
    }
  }
  return j;
}

// ---------------------------------------------------------------------------------------
// The main loop

/** Where the next `scanChunk` resumes: the end of the last token emitted. */
let resumeAt = 0;

function begin(input: string): void {
  keepStringPrototypeFast(); // internal callers (the bench, NER) reach the scanner without assertString
  T = classTable();
  text = input;
  n = input.length;
  emailFailUntil = -1;
  schemeFailUntil = -1;
  domainFailUntil = -1;
  prevStopAt = -1;
  prevStopTo = -1;
  nextStopFrom = 0;
  nextStopAt = -1;
  signedNumberEnd = -1;
  resumeAt = 0;
}

/** Tokenizes `input` into the shared buffer and returns it (valid until the next call). */
export function scan(input: string): TokenBuffer {
  begin(input);
  buffer.count = 0;
  scanUntil(Infinity);
  return buffer;
}

/** Tokens a `scanChunk` call emits at most: the buffer then stays small and never grows. */
export const CHUNK = 1 << 14;

/**
 * Starts a chunked scan of `input`: each `scanChunk` call then fills the buffer with the
 * next tokens, at most CHUNK of them, and the spans are the same as those of `scan`. A long
 * text thus needs no buffer as large as its token count (whose fresh memory costs more than
 * the scan itself).
 */
export function startScan(input: string): void {
  begin(input);
  while (buffer.starts.length < CHUNK) grow();
}

/** The next tokens of the scan begun by `startScan` (count 0 at the end); valid until the next call. */
export function scanChunk(): TokenBuffer {
  buffer.count = 0;
  scanUntil(CHUNK);
  return buffer;
}

/** Scans from `resumeAt` until the end of the input or until `limit` tokens are in the buffer. */
function scanUntil(limit: number): void {
  let i = resumeAt;
  while (i < n) {
    if (buffer.count >= limit) break; // a token boundary: the next call resumes here
    const c = text.charCodeAt(i);
    let k = T[c]!;
    if (k === SPACE) {
      i++;
      continue;
    }
    width = 1;
    if (k === SURROGATE) k = astralClassAt(i);
    const w = width; // the detectors below move `width`; this is the first code point's
    let end: number;
    if (k === LETTER) {
      if (isAsciiLetter(c)) {
        end = emailEnd(i);
        if (end >= 0) {
          emit(i, end, EMAIL);
          i = end;
          continue;
        }
        end = schemeUrlEnd(i);
        if (end < 0) end = domainUrlEnd(i);
        if (end >= 0) {
          emit(i, end, URL);
          i = end;
          continue;
        }
      }
      i = scanWord(i);
      continue;
    }
    if (k === DIGIT) {
      if (c < 0x80) {
        end = keycapEnd(i);
        if (end >= 0) {
          i = absorb(i, end, EMOJI);
          continue;
        }
        end = emailEnd(i);
        if (end >= 0) {
          emit(i, end, EMAIL);
          i = end;
          continue;
        }
        end = domainUrlEnd(i);
        if (end >= 0) {
          emit(i, end, URL);
          i = end;
          continue;
        }
      }
      // Digits glued to a Latin letter are a Latin name, as letters then digits are («G20»):
      // «5G», «3D», «4K», «1080p», «64GB», «21st» (in 25.8 M words of news nearly all such
      // runs are model names and identifiers, not a number and a unit).
      if (c < 0x80 && latinAfterDigits(i)) {
        i = scanWord(i, true);
        continue;
      }
      i = absorbNumber(i, beforeKeycap(i, scanNumberBody(i)));
      continue;
    }
    if (k === FORMAT) {
      // A prepended number mark (U+0600–U+0605, U+06DD END OF AYAH, U+08E2) encloses the
      // digits after it, one grapheme cluster: «۝١٢» is a number.
      if (i + 1 < n && isPrependedMark(c) && T[text.charCodeAt(i + 1)] === DIGIT && keycapEnd(i + 1) < 0) {
        i = absorbNumber(i, beforeKeycap(i + 1, scanNumberBody(i + 1)));
        continue;
      }
      // Invisible format characters before a token (a right-to-left mark, a byte-order mark,
      // a stray ZWNJ) are a symbol of their own, so that the URL, e-mail address or word
      // after them is read as if they were not there. Inside a word they stay in it.
      let j = i + w;
      while (j < n && T[text.charCodeAt(j)] === FORMAT) j++;
      emit(i, j, SYMBOL_TOKEN);
      i = j;
      continue;
    }
    if (k === MARK || k === TATWEEL || k === ZWJ || k === VARIATION_SELECTOR) {
      i = scanWord(i);
      continue;
    }
    if (k === PICTO || k === EMOJI_MODIFIER || k === REGIONAL_INDICATOR) {
      i = absorb(i, scanEmoji(i), EMOJI);
      continue;
    }
    if (k === PICTO_TEXT) {
      if (i + w < n && text.charCodeAt(i + w) === VS16) {
        i = absorb(i, scanEmoji(i), EMOJI);
      } else {
        i = absorb(i, i + w, SYMBOL_TOKEN);
      }
      continue;
    }
    // Signs: '-', '−' or '+' directly before a digit and not after a word or number; a digit
    // that opens a keycap emoji («-1️⃣») is the emoji's, and the sign stays punctuation. Right
    // after a percent sign the dash joins a range («50%-60%»), as it does after a number, and
    // so it does after a number and a space («2015 -2019», «فاز 2 -1»: see afterSpacedNumber).
    if (
      (c === HYPHEN_MINUS || c === MINUS_SIGN || c === PLUS_SIGN) &&
      isDigitAt(i + 1) &&
      standsAlone(i) &&
      !afterPercentSign(i) &&
      keycapEnd(i + 1) < 0 &&
      !afterSpacedNumber(i)
    ) {
      signedNumberEnd = beforeKeycap(i + 1, scanNumberBody(i + 1));
      i = absorbNumber(i, signedNumberEnd);
      continue;
    }
    if (c === NUMBER_SIGN || c === ASTERISK) {
      end = keycapEnd(i);
      if (end >= 0) {
        i = absorb(i, end, EMOJI);
        continue;
      }
      if (c === NUMBER_SIGN && (standsAlone(i) || afterProclitic(i))) {
        end = nameEnd(i + 1, true);
        if (end >= 0) {
          i = absorb(i, end, HASHTAG);
          continue;
        }
      }
    }
    if (c === COMMERCIAL_AT && (standsAlone(i) || afterProclitic(i))) {
      end = nameEnd(i + 1, false);
      if (end >= 0) {
        i = absorb(i, end, MENTION);
        continue;
      }
    }
    if (k === PUNCTUATION) {
      i = absorb(i, punctuationEnd(i, w), PUNCT);
      continue;
    }
    // Symbols (including KEYCAP, TAG and lone surrogates): one code point each, but a degree
    // sign with its scale letter is one unit symbol, as «℃» is («20°C», «35 °م»), and a '+'
    // that wire copy sets for a quotation mark is punctuation («+الله أكبر+»).
    if (c === PLUS_SIGN) {
      i = absorb(i, i + 1, isQuotePlus(i) ? PUNCT : SYMBOL_TOKEN);
      continue;
    }
    i = absorb(i, c === DEGREE_SIGN ? degreeUnitEnd(i) : i + w, SYMBOL_TOKEN);
  }
  resumeAt = i;
}

/**
 * The end of the temperature unit that the degree sign at `i` opens: past the scale letter
 * when one letter of a temperature scale follows it and ends there, else just past the sign.
 * «°C» and «°F» are what NFKC makes of «℃» and «℉», and the Arabic press writes the scale's
 * initial the same way: «°م» (مئوية), «°س» (سيليزية), «°ف» (فهرنهايت), «°ك» (كلفن). Over the
 * 16 unlabeled files (25.8 M words) 214 such units were `°` and a one-letter word, which
 * `sentences` read as an abbreviation before a period. A longer word after the sign stays a
 * word («°مئوية», «° فهرنهايت»), as do other letters («30°N», a bearing).
 */
function degreeUnitEnd(i: number): number {
  const j = i + 1;
  if (j >= n) return j;
  const c = text.charCodeAt(j);
  if (!isScaleLetter(c)) return j;
  if (j + 1 < n) {
    // the letter must end its word; a letter of the other script is a missing space («°Cو»)
    const d = text.charCodeAt(j + 1);
    const k = T[d]!;
    if (k === LETTER && isArabicScript(d) === isArabicScript(c)) return j;
    if (k === DIGIT || k === MARK || k === TATWEEL || k === FORMAT || k === SURROGATE) return j;
  }
  return j + 1;
}

/** How far (in code units) a '+' set for a quotation mark looks for its partner. */
const QUOTE_PLUS_SPAN = 200;
/** How far (in code units) each way `lineQuotes` looks. */
const QUOTE_LINE_SPAN = 600;

/**
 * Whether the '+' at `i` is one of a pair that wire copy (AFP's Arabic service) sets for
 * quotation marks: an opening '+' glued to the first Arabic letter of the quote and standing
 * alone before it (or after a proclitic: «و+إم إس إن بي سي+»), and the nearest '+' after it
 * on the same line glued to the quote's last letter or digit and ending there («صرخ +الله
 * أكبر+ خلال», «الرحلة +إم إتش 370+ أم لا»). Either sign needs the other: a lone glued '+' is
 * a rating or a sum («بي بي+», «(أ+ب)+ج», «جزر+ حبة»), and a spaced one a list mark. The
 * line must quote elsewhere too (see `lineQuotes`).
 */
function isQuotePlus(i: number): boolean {
  if (opensQuotePlus(i)) {
    const to = Math.min(n, i + QUOTE_PLUS_SPAN);
    for (let j = i + 2; j < to; j++) {
      const c = text.charCodeAt(j);
      if (c === PLUS_SIGN) return closesQuotePlus(j) && lineQuotes(i);
      if (c === 0x0a || c === 0x0d) return false;
    }
    return false;
  }
  if (!closesQuotePlus(i)) return false;
  const from = Math.max(0, i - QUOTE_PLUS_SPAN);
  for (let j = i - 2; j >= from; j--) {
    const c = text.charCodeAt(j);
    if (c === PLUS_SIGN) return opensQuotePlus(j) && lineQuotes(j);
    if (c === 0x0a || c === 0x0d) return false;
  }
  return false;
}

/**
 * Whether the line around `i` (up to QUOTE_LINE_SPAN code units each way) holds a quotation
 * mark (" “ ” « »): the wire's '+' is its inner quotation mark, inside or beside quotes set
 * the usual way («قال "… +لا سنبقى+"»). A pair of glued '+' in a line that quotes nothing is
 * a sum written in words («[وزن الغاز +وزن الأجزاء+ أي حمولات]»). The nearest line break or
 * quotation mark on each side decides, and `prevStop`/`nextStop` remember the stretch they
 * scanned, so a text of many '+' is read once, not once per sign.
 */
function lineQuotes(i: number): boolean {
  const p = prevStop(i);
  if (p >= 0 && p >= i - QUOTE_LINE_SPAN && isQuotationMark(text.charCodeAt(p))) return true;
  const q = nextStop(i + 1);
  return q < n && q < i + QUOTE_LINE_SPAN && isQuotationMark(text.charCodeAt(q));
}

/** Whether `c` ends a line or is a quotation mark: where `lineQuotes` stops looking. */
function isQuoteStop(c: number): boolean {
  return c === 0x0a || c === 0x0d || isQuotationMark(c);
}

/**
 * The nearest line break or quotation mark at or before `i`, or -1. Remembers that none lies
 * in (prevStopAt, prevStopTo], so queries that move forward (as the scanner's do) scan each
 * code unit once; a query behind the remembered stop scans afresh.
 */
function prevStop(i: number): number {
  if (i > prevStopAt && i <= prevStopTo) return prevStopAt;
  let j = i;
  const floor = i > prevStopTo ? prevStopTo : -1; // (prevStopAt, prevStopTo] is known clean
  while (j > floor && !isQuoteStop(text.charCodeAt(j))) j--;
  const at = j > floor ? j : floor === -1 ? -1 : prevStopAt;
  if (i > prevStopTo) {
    prevStopAt = at;
    prevStopTo = i;
  }
  return at;
}

/**
 * The nearest line break or quotation mark at or after `i`, or `n`. Remembers that none lies
 * in [nextStopFrom, nextStopAt), so queries that move forward scan each code unit once.
 */
function nextStop(i: number): number {
  if (nextStopAt >= 0 && i >= nextStopFrom && i <= nextStopAt) return nextStopAt;
  let j = i;
  const ceiling = nextStopAt >= 0 && i < nextStopFrom ? nextStopFrom : n; // [from, at) is clean
  while (j < ceiling && !isQuoteStop(text.charCodeAt(j))) j++;
  const at = j < ceiling ? j : ceiling === n ? n : nextStopAt;
  nextStopFrom = i;
  nextStopAt = at;
  return at;
}

/** The quotation marks of Arabic news: " “ ” « ». */
function isQuotationMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}

/**
 * Whether the '+' at `i` could open a quotation: standing alone (or after a proclitic) before
 * an Arabic letter.
 */
function opensQuotePlus(i: number): boolean {
  if (i + 1 >= n) return false;
  const c = text.charCodeAt(i + 1);
  return T[c] === LETTER && isArabicScript(c) && (standsAlone(i) || afterProclitic(i));
}

/**
 * Whether the '+' at `i` could close a quotation: after an Arabic letter, a mark or a digit,
 * and before no word character.
 */
function closesQuotePlus(i: number): boolean {
  if (i === 0) return false;
  const b = text.charCodeAt(i - 1);
  const kb = T[b]!;
  if (!((kb === LETTER && isArabicScript(b)) || kb === DIGIT || kb === MARK)) return false;
  if (i + 1 >= n) return true;
  const d = text.charCodeAt(i + 1);
  const k = T[d]!;
  return !(k === LETTER || k === DIGIT || k === MARK || k === TATWEEL || k === SURROGATE || d === PLUS_SIGN);
}

/** Initials of temperature scales: C F K, and Arabic م (مئوية) س (سيليزية) ف (فهرنهايت) ك (كلفن). */
function isScaleLetter(c: number): boolean {
  return c === 0x43 || c === 0x46 || c === 0x4b || c === MEEM || c === SEEN || c === FEH || c === KAF;
}

/** Unicode's prepended concatenation marks of the Arabic script, which precede the digits they enclose. */
function isPrependedMark(c: number): boolean {
  return (c >= 0x0600 && c <= 0x0605) || c === 0x06dd || c === 0x08e2;
}

/**
 * Emits the number from `start` to `end` (just past its digits) with the marks glued to it,
 * but a sukun right after the digits is typed for a degree sign, which it resembles («30ْ»,
 * «-185ْ مئوية», «15ْمئوية»; 35 numbers in the 16 unlabeled files, all temperatures,
 * latitudes and angles): the number ends before it, and the sukun is a symbol of its own.
 * A sukun with a glued scale letter that ends there («460ْم», 1) stays as it was, in the
 * number before a one-letter word: as one symbol «ْم» would fold to the era of a year in
 * `entities`, and as a lone «ْ» and «م» `sentences` would read «م.» as the era's
 * abbreviation. Other marks after digits («1940ً») stay in the number. A masculine ordinal
 * indicator «º» right after the digits is typed for the degree sign too («360º», «45º
 * مئوية», «106º39»; about 30 in the 16 files): a symbol, with a scale letter glued after it
 * one unit symbol, as «°C» is («1063ºم»).
 */
function absorbNumber(start: number, end: number): number {
  const c = end < n ? text.charCodeAt(end) : 0;
  if (c === MASCULINE_ORDINAL) {
    // «360º», «(1063ºم)», «106º39»: a letter by its class, but right after digits the degree
    // sign it looks like, a unit symbol with its scale letter as «°» is (tokenize QA round 16)
    emit(start, end, NUMBER);
    return absorb(end, degreeUnitEnd(end), SYMBOL_TOKEN);
  }
  if (c !== ARABIC_SUKUN || degreeUnitEnd(end) !== end + 1) {
    return absorb(start, end, NUMBER);
  }
  emit(start, end, NUMBER);
  return absorb(end, end + 1, SYMBOL_TOKEN);
}

/** Emits [start, end) extended over trailing grapheme extenders; returns the new position. */
function absorb(start: number, end: number, type: number): number {
  const j = absorbExtenders(end);
  emit(start, j, type);
  return j;
}

/** Capacity kept between calls; a larger buffer grown for a big input is dropped after use. */
const KEEP_CAPACITY = 1 << 16;

/**
 * Releases the last input (so a large string can be collected) and any buffer grown past
 * KEEP_CAPACITY tokens. Call when done with the TokenBuffer that `scan` returned.
 */
export function releaseInput(): void {
  text = '';
  n = 0;
  if (buffer.starts.length > KEEP_CAPACITY) {
    buffer.starts = new Int32Array(1024);
    buffer.ends = new Int32Array(1024);
    buffer.types = new Uint8Array(1024);
    buffer.count = 0;
  }
}
