// Arabic function words, written for dhad: prepositions, conjunctions and particles, pronouns,
// demonstratives and relatives, question words, quantifiers, «كان» and its sisters, and a few
// adverbs of discourse. Content words (even frequent ones such as «قال» or «اليوم») are not
// included, so a classifier keeps what a text is about.
import { isPresentationForm } from '../chars/arabic.js';
import { assertString } from '../chars/guards.js';
import { isFormatMark } from '../chars/code-units.js';
import { segment } from '../segment/segment.js';
import { normalizePresentationForms } from '../normalize/steps.js';

/** A presentation form (bit 1) or a Persian ی ک (bit 2) in `word`: one pass over it. */
function specialLetters(word: string): number {
  let found = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x06a9) continue;
    if (c === 0x06cc || c === 0x06a9) found |= 2;
    else if (isPresentationForm(c)) found |= 1;
  }
  return found;
}

const LIST =
  // prepositions and locative nouns used as prepositions
  'في من إلى على عن مع حتى منذ مذ لدى لدن عند نحو حول دون بدون بين خلال ضد عبر قبل بعد فوق تحت ' +
  'أمام وراء خلف سوى غير رغم إثر عدا خلا حاشا لأجل إزاء ' +
  // conjunctions and particles
  'ثم أو أم بل لكن لكنّ إن أن إنّ أنّ كأن كأنّ لأن لأنّ لعل ليت كي لكي حيث إذ إذا إذن لو لولا ' +
  'كلما لما لم لن لا ما ليس ليست قد لقد سوف هل نعم كلا بلى أجل إلا ألا أما إما كما مثل مثلما ' +
  'كذلك هكذا أيضا أيضاً فقط حين حينما عندما بينما كيف أين متى ماذا لماذا كم أي أيّ أية ' +
  'فيما ريثما طالما كيفما أينما حيثما مهما لدي ثمة هنا هناك هنالك الآن جدا جداً ' +
  // pronouns
  'أنا نحن أنت أنتِ أنتم أنتن أنتما هو هي هم هن هما إياه إياها إياهم إياي إيانا إياك ' +
  // demonstratives
  'هذا هذه هذان هذين هاتان هاتين هؤلاء ذلك تلك ذلكم أولئك ذاك ذا ذي ' +
  // relatives
  'الذي التي الذين اللذان اللذين اللتان اللتين اللاتي اللواتي اللائي ' +
  // quantifiers and related nouns
  'كل بعض جميع كلتا عدة معظم سائر ذات نفس ' +
  // كان and its sisters
  'كان كانت كانوا كنت كانا يكون تكون يكونون تكونون نكون أكون أصبح أصبحت يصبح تصبح صار صارت ' +
  'ظل ظلت مازال مازالت زال يزال تزال لايزال لاتزال مايزال ليسوا';

/**
 * Arabic function words, in their usual spelling (hamza and shadda written where the word is
 * usually written with them). A read-only set: `stopwords.has(word)` checks an exact spelling;
 * {@link isStopword} also folds spelling variants and recognises clitic-attached forms.
 *
 * @example
 * stopwords.has('في') //=> true
 * stopwords.size > 150 //=> true
 */
export const stopwords: ReadonlySet<string> = readOnlySet(LIST.split(' '));

/**
 * A Set whose `add`, `delete` and `clear` throw: the list is shared by every caller, so one
 * caller's `stopwords.add(…)` must not change what `isStopword` answers for all the others.
 * (A copy, `new Set(stopwords)`, is the way to extend it.)
 */
function readOnlySet(words: readonly string[]): ReadonlySet<string> {
  class ReadOnlySet extends Set<string> {
    override add(): this {
      throw new TypeError('dhad.stopwords is read-only: copy it first (new Set(stopwords))');
    }
    override delete(): boolean {
      throw new TypeError('dhad.stopwords is read-only: copy it first (new Set(stopwords))');
    }
    override clear(): void {
      throw new TypeError('dhad.stopwords is read-only: copy it first (new Set(stopwords))');
    }
  }
  const set = new ReadOnlySet();
  for (const w of words) Set.prototype.add.call(set, w);
  return set;
}

let folded: Set<string> | undefined;

/** U+06CC FARSI YEH and U+06A9 KEHEH, read as ي and ك. */
const PERSIAN_LETTERS = /[\u06CC\u06A9]/g;

/**
 * Folds a word for look-up: marks, tatweel and invisible format characters (ZWJ, RLM, soft
 * hyphen… — transparent in `tokenize`, `segment` and `stem` too) dropped, أ إ آ ٱ → ا, ى ی → ي,
 * ک → ك.
 */
function foldWord(word: string): string {
  let out = '';
  let from = 0;
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let to: string | null | undefined;
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || isFormatMark(c)) to = '';
    else if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) to = '\u0627';
    // ى, and the Persian keyboard's ی and ک («فی», «لکن»), as `segment` folds them.
    else if (c === 0x0649 || c === 0x06cc) to = '\u064A';
    else if (c === 0x06a9) to = '\u0643';
    if (to !== undefined && to !== null) {
      out += word.slice(from, i) + to;
      from = i + 1;
      changed = true;
    }
  }
  return changed ? out + word.slice(from) : word;
}

/** True when `word`, folded, is one of `stopwords` (internal: no argument check, no clitics). */
export function isStopwordSpelling(word: string): boolean {
  return foldedStopwords().has(foldWord(word));
}

let tanween: Set<string> | undefined;

/**
 * True when `word`, folded, is one of the adverbs `stopwords` lists with a tanween («أيضاً»,
 * «جداً»; internal: the stemmer keeps their alef even where the tanween is written).
 */
export function isTanweenStopwordSpelling(word: string): boolean {
  if (tanween === undefined) {
    tanween = new Set();
    for (const w of LIST.split(' ')) if (w.includes('\u064B')) tanween.add(foldWord(w));
  }
  return tanween.has(foldWord(word));
}

function foldedStopwords(): Set<string> {
  if (folded) return folded;
  folded = new Set();
  for (const w of LIST.split(' ')) folded.add(foldWord(w));
  for (const w of folded) if (w.length > longestStopword) longestStopword = w.length;
  return folded;
}

/** The length of the longest folded stopword (set with the table). */
let longestStopword = 0;

/**
 * Whether a folded word may be a stopword with clitics: at most two proclitic letters (و ف, then
 * ب ك ل س) and a pronoun of at most three («هما», «كما») around a stopword, so no longer than the
 * longest stopword and five letters; and a proclitic letter first or a pronoun's letter last.
 */
function mayHoldClitics(w: string): boolean {
  if (w.length < 2 || w.length > longestStopword + 5) return false;
  const first = w.charCodeAt(0);
  if (first === 0x0648 || first === 0x0641 || first === 0x0628 || first === 0x0643 || first === 0x0644 || first === 0x0633) return true;
  const last = w.charCodeAt(w.length - 1);
  return last === 0x0647 || last === 0x0627 || last === 0x0643 || last === 0x064a || last === 0x0645 || last === 0x0646;
}

/**
 * Tells whether a word is an Arabic function word, spelled with or without hamza, diacritics
 * and tatweel, alone or with clitics attached («وفي», «بهذا», «ولكن», «منها», «وعليه»).
 *
 * @param word - One word.
 * @returns `true` for a function word (with clitics only), `false` otherwise.
 * @throws TypeError when `word` is not a string.
 * @example
 * isStopword('في') //=> true
 * isStopword('وفي') //=> true
 * isStopword('بهذا') //=> true
 * isStopword('ولكنّ') //=> true
 * isStopword('المنظمة') //=> false
 */
export function isStopword(word: string): boolean {
  assertString('isStopword', word);
  if (word.length === 0) return false;
  let special = specialLetters(word);
  // (the forms of ی and ک, U+FBFC–FBFF and U+FB8E–FB91, become the Persian letters)
  if ((special & 1) !== 0) {
    word = normalizePresentationForms(word);
    special |= 2;
  }
  // The Persian keyboard's ی and ک: `segment` reads pronouns in Arabic letters only («عنی»).
  if ((special & 2) !== 0) word = word.replace(PERSIAN_LETTERS, (c) => (c === '\u06CC' ? '\u064A' : '\u0643'));
  const table = foldedStopwords();
  const whole = foldWord(word);
  if (table.has(whole)) return true;
  // Only a word that could be a function word with clitics is segmented: short enough, and
  // opening with a proclitic letter or closing with a pronoun's last letter («المنظمة» is not:
  // segmenting every content word made this slower than stemming it)
  if (!mayHoldClitics(whole) || !mayHideStopword(whole)) return false;
  const parts = segment(word);
  if (parts.prefixes.length === 0 && parts.suffixes.length === 0) return false;
  for (const p of parts.prefixes) if (p.tag === 'DET') return false;
  // «عليه», «إليها», «لديهم»: segment gives على إلى لدى back their ى, which folds to ي.
  return table.has(foldWord(parts.base.form));
}

/**
 * Folded stopwords, and each without its last letter (and, ending in «اي», without its last
 * two): the shapes a stopword's letters can take inside a word with clitics, where `segment`
 * may restore the ending it gives the base — ى for ي («عليه» → على), an assimilated ن or a
 * written ا («عنا» → عن + نا), a dropped و, «أى» for a final madda; and those in ا without it.
 */
let cores: Set<string> | undefined;

function stopwordCores(): Set<string> {
  if (cores) return cores;
  cores = new Set();
  for (const w of foldedStopwords()) {
    cores.add(w);
    cores.add(w.slice(0, -1));
    if (w.endsWith('\u0627\u064A')) cores.add(w.slice(0, -2));
    // ل + a relative pronoun drops its alef («للذين» is ل + «الذين»)
    if (w.startsWith('\u0627')) {
      cores.add(w.slice(1));
      cores.add(w.slice(1, -1));
    }
  }
  cores.delete('');
  return cores;
}

/** ب ك ل س و ف: the letters of the proclitics `segment` reads off without the article. */
function isProcliticLetter(c: number): boolean {
  return c === 0x0628 || c === 0x0643 || c === 0x0644 || c === 0x0633 || c === 0x0648 || c === 0x0641;
}

/** The pronouns `segment` reads off a word's end (folded: ى is ي), as their letters. */
const PRONOUN_ENDINGS = ['هما', 'ها', 'هم', 'هن', 'ه', 'كما', 'كم', 'كن', 'ك', 'نا', 'ني', 'ي'];

/**
 * A necessary condition for `segment` to find a stopword base in a folded word, checked before
 * segmenting it (most words that pass {@link mayHoldClitics} hold none: content words ending in
 * ه ا ي ك م ن): after at most two proclitic letters, the letters before a pronoun the word ends
 * with (or before its end), or before one letter more (an ending the base may have lost), are a
 * stopword core ({@link stopwordCores}). Words with any code unit outside the Arabic letters
 * U+0621–U+064A (a Quranic mark, a Persian letter, a Latin letter) are not judged here.
 */
function mayHideStopword(w: string): boolean {
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a) return true;
  }
  for (let a = 0; a <= 2 && a < n; a++) {
    if (a > 0 && !isProcliticLetter(w.charCodeAt(a - 1))) break;
    if (hasCore(w, a, n)) return true;
    for (const pronoun of PRONOUN_ENDINGS) if (w.endsWith(pronoun) && hasCore(w, a, n - pronoun.length)) return true;
  }
  return false;
}

/** Whether `w` from `a` to `end`, or to one letter before it, is a stopword core. */
function hasCore(w: string, a: number, end: number): boolean {
  const table = stopwordCores();
  for (let e = end; e >= end - 1 && e > a; e--) if (e - a <= longestStopword && table.has(w.slice(a, e))) return true;
  return false;
}
