// dhad's own light stemmer. Clitics come off through `segment` (which keeps names such as
// «بيلاروسيا» whole and restores «قمتـ» to «قمة»), then at most one inflectional ending:
// sound plurals and duals (ون ين ان ات تان تين), the feminine nisba (ية يات → ي) and the
// verbal plural وا, and the alef of an accusative tanween. The noun's own ة is kept (except an
// adjective's, where the corpus shows its masculine plural), so «منظمة / المنظمة / لمنظمة /
// منظمات» all give «منظمة» and no name ending in ة is cut. A lexicon derived from corpus frequencies
// (src/lexicon/stem-exceptions.ts, built by scripts/build-stem-lexicon.ts) licenses ون ين ان
// only where the rest of the word's paradigm is attested, so «بوتين، إيران، كازاخستان، قانون»
// stay whole, and keeps whole the frequent words whose clitic split the corpus does not support.
import { presentationFormTable } from '../chars/arabic.js';
import { STEM_EXCEPTIONS } from '../lexicon/stem-exceptions.js';
import { segment } from '../segment/index.js';
import type { Segmentation } from '../segment/types.js';
import { Scratch, stringOf } from './buffer.js';
import { isStopwordSpelling } from './stopwords.js';

const scratch = new Scratch();

const ALEF = 0x0627; // U+0627 ARABIC LETTER ALEF
const TEH_MARBUTA = 0x0629; // U+0629 ARABIC LETTER TEH MARBUTA
const TEH = 0x062a; // U+062A ARABIC LETTER TEH
const NOON = 0x0646; // U+0646 ARABIC LETTER NOON
const WAW = 0x0648; // U+0648 ARABIC LETTER WAW
const YEH = 0x064a; // U+064A ARABIC LETTER YEH

// Codes of the exception lexicon.
const KEEP = 1; // k: the ending belongs to the word
const STRIP = 2; // s: ون ين ان, ية (→ ي) or وا is an ending here (their default is to keep)
const BARE = 3; // b: remove ات without restoring ة (اجتماعات → اجتماع)
const FEMININE = 4; // f: remove the ending and restore ة (دولتين → دولة, ولايات → ولاية)
const WHOLE = 5; // w: leave the whole word unsegmented (a name that looks like clitics + word)
const MASCULINE = 6; // m: the ة of an adjective or participle comes off (جديدة → جديد)

const CODES: Record<string, number> = { k: KEEP, s: STRIP, b: BARE, f: FEMININE, w: WHOLE, m: MASCULINE };

let exceptions: Map<string, number> | undefined;

/** The exception lexicon, parsed on first use from `code word` lines. */
function exceptionTable(): Map<string, number> {
  if (exceptions) return exceptions;
  const table = new Map<string, number>();
  const packed = STEM_EXCEPTIONS;
  let start = 0;
  while (start < packed.length) {
    let end = packed.indexOf('\n', start);
    if (end === -1) end = packed.length;
    table.set(packed.slice(start + 1, end), CODES[packed[start]!] ?? KEEP);
    start = end + 1;
  }
  exceptions = table;
  return table;
}

/** True for an Arabic letter (U+0621–064A without tatweel, U+0671–06D3). */
function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a && c !== 0x0640) || (c >= 0x0671 && c <= 0x06d3);
}

/** Marks dropped before stemming: harakat, Quranic marks, dagger alef, tatweel, ZWNJ, ZWJ. */
function isMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x200c ||
    c === 0x200d
  );
}

/** The stem's spelling: أ إ آ ٱ → ا, ى → ي. */
function fold(c: number): number {
  if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) return ALEF;
  if (c === 0x0649) return YEH;
  return c;
}

/** Replaces presentation forms (U+FB50–FDFF, U+FE70–FEFF) by the letters they show. */
function expandPresentationForms(word: string): string {
  const table = presentationFormTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      const to = table.get(c);
      if (to !== undefined) {
        out += word.slice(from, i) + to;
        from = i + 1;
      }
    }
  }
  return from === 0 ? word : out + word.slice(from);
}

/** How many units the last `foldInto` dropped or changed. */
let foldedUnits = 0;

/** Copies `text` into `units` without marks and with folded letters; returns the length. */
function foldInto(units: Uint16Array, text: string): number {
  let n = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isMark(c)) {
      changed++;
      continue;
    }
    const f = fold(c);
    if (f !== c) changed++;
    units[n++] = f;
  }
  foldedUnits = changed;
  return n;
}

/** True when the first letter of `text` can be a proclitic or its last letter end a pronoun. */
function mayHaveClitics(text: string): boolean {
  let i = 0;
  while (i < text.length && isMark(text.charCodeAt(i))) i++;
  let j = text.length - 1;
  while (j > i && isMark(text.charCodeAt(j))) j--;
  const first = text.charCodeAt(i);
  const last = text.charCodeAt(j);
  // و ف ب ك ل س and ال (any alef); pronouns end in ه ا م ن ك ي (ى before a pronoun is ي).
  return (
    first === 0x0648 || first === 0x0641 || first === 0x0628 || first === 0x0643 || first === 0x0644 ||
    first === 0x0633 || fold(first) === ALEF ||
    last === 0x0647 || last === ALEF || last === 0x0645 || last === 0x0646 || last === 0x0643 || last === YEH
  );
}

/** True when `text` ends in an alef with U+064B FATHATAN on it or on the letter before it. */
function hasTanweenAlef(text: string): boolean {
  let i = text.length - 1;
  let fathatan = false;
  while (i >= 0 && isMark(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 0x064b) fathatan = true;
    i--;
  }
  if (i < 0 || fold(text.charCodeAt(i)) !== ALEF) return false;
  return fathatan || (i > 0 && text.charCodeAt(i - 1) === 0x064b);
}

/** The number of letters of `text` (marks not counted). */
function lettersOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isMark(text.charCodeAt(i))) n++;
  return n;
}

const endsWith = (u: Uint16Array, n: number, a: number, b: number): boolean => u[n - 2] === a && u[n - 1] === b;

/**
 * The length of the stem of the folded base `u[0, n)`; a negative value -m means "the first m
 * units, then ة".
 */
function inflection(u: Uint16Array, n: number, whole: string | undefined): number {
  if (n < 4) return n;
  const table = exceptionTable();
  const last = u[n - 1];
  if (last === TEH_MARBUTA) {
    const code = table.get(whole ?? stringOf(u, 0, n));
    // «ـية» → «ـي»: the feminine of a nisba adjective, only where the corpus shows the nisba's
    // paradigm («فلسطينية» → «فلسطيني»); a name or a word it never saw keeps it («صقلية»).
    if (u[n - 2] === YEH) return code === STRIP ? n - 1 : n;
    // Other feminines keep their ة unless the lexicon marks an adjective («مسؤولة» → «مسؤول»).
    return code === MASCULINE ? n - 1 : n;
  }
  if (endsWith(u, n, ALEF, TEH)) {
    const code = table.get(whole ?? stringOf(u, 0, n));
    if (code === KEEP) return n;
    // «ـيات» → «ـي», like its singular «ـية» (or «ـية» when that one is kept).
    if (n >= 5 && u[n - 3] === YEH) {
      if (code === FEMININE) return -(n - 2);
      return code === STRIP || table.get(stringOf(u, 0, n - 2) + '\u0629') === STRIP ? n - 2 : -(n - 2);
    }
    return code === BARE ? n - 2 : feminine(u, n - 2, table);
  }
  if (n >= 5 && (endsWith(u, n, WAW, NOON) || endsWith(u, n, YEH, NOON) || endsWith(u, n, ALEF, NOON))) {
    const code = table.get(whole ?? stringOf(u, 0, n));
    if (code === STRIP) return n - 2;
    if (code === FEMININE && u[n - 3] === TEH) return feminine(u, n - 3, table);
    return n;
  }
  if (n >= 5 && endsWith(u, n, WAW, ALEF)) {
    // The verbal plural only where the corpus shows the verb («قالوا»), not «كابوا».
    return table.get(whole ?? stringOf(u, 0, n)) === STRIP ? n - 2 : n;
  }
  return n;
}

/** The stem `u[0, k)` + ة, or `u[0, k)` alone when that feminine is an adjective's (see MASCULINE). */
function feminine(u: Uint16Array, k: number, table: Map<string, number>): number {
  return table.get(stringOf(u, 0, k) + '\u0629') === MASCULINE ? k : -k;
}

/**
 * The dhad light stemmer (see the file comment); `word` is a string. `given` is the word's
 * `segment()` result when the caller already has it (`analyze`), so it is not segmented twice;
 * offsets in it do not matter, only forms and tags.
 */
export function stemDhad(word: string, given?: Segmentation): string {
  const length = word.length;
  if (length === 0) return word;
  let arabic = false;
  let shapes = false;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    if (isArabicLetter(c)) arabic = true;
    else if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) shapes = true;
  }
  if (!arabic && !shapes) return word;
  const source = shapes ? expandPresentationForms(word) : word;
  let form = source;
  // `segment` can only split a word that begins with a proclitic letter or ends with one a
  // pronoun ends with; the others skip it.
  const parts = mayHaveClitics(source) ? (given !== undefined && !shapes ? given : segment(source)) : undefined;
  // A lone preposition carrying a pronoun («له», «بها») is a function word: keep it whole.
  if (parts && parts.base.tag === 'STEM') {
    let article = false;
    let proclitic = false;
    for (const p of parts.prefixes) {
      if (p.tag === 'DET') article = true;
      else proclitic = true;
    }
    const base = parts.base.form;
    // Without an article, conjunctions and prepositions that would leave fewer than three
    // letters more likely belong to the word («فيو», «ماها» stay whole; «وفي» → «في» is a
    // function word), as do those of frequent words whose split the corpus does not support.
    if (!proclitic || article) form = base;
    else if (lettersOf(base) >= 3 ? !keptWhole(source) : isStopwordSpelling(base)) form = base;
  }
  const units = scratch.reserve(form.length + 1);
  let n = foldInto(units, form);
  if (n === 0) return form;
  // The alef that carries an accusative tanween («يوماً», «جزءاً») is no part of the stem.
  if (n >= 3 && units[n - 1] === ALEF && hasTanweenAlef(source)) {
    n--;
    foldedUnits++;
  }
  // When folding changed nothing, `form` is the string of the units: no new string is made.
  const whole = foldedUnits === 0 ? form : undefined;
  const m = inflection(units, n, whole);
  if (m >= 0) return whole === undefined ? stringOf(units, 0, m) : m === n ? whole : whole.slice(0, m);
  units[-m] = TEH_MARBUTA;
  return stringOf(units, 0, -m + 1);
}

/** True when the exception lexicon keeps this whole word unsegmented. */
function keptWhole(word: string): boolean {
  const units = scratch.reserve(word.length);
  const n = foldInto(units, word);
  return exceptionTable().get(foldedUnits === 0 ? word : stringOf(units, 0, n)) === WHOLE;
}
