// The named-entity recognizer: a hashed-feature averaged perceptron with Viterbi decoding for
// PERS/LOC/ORG/MISC, a user gazetteer on top, and the numeric grammar's DATE/TIME/NUM/
// PERCENT/MONEY entities merged in. Works sentence by sentence; offsets are always into the
// caller's text.
import { assertString, checkOptions, describeType, isPlainObject } from '../chars/guards.js';
import { isDigitCode, isFormatMark, isHarakahOrTatweel, isLineBreak } from '../chars/code-units.js';
import { sentences } from '../tokenize/index.js';
import { tokenize } from '../tokenize/index.js';
import type { Token, TokenType } from '../tokenize/types.js';
import { unpackSparseWeights } from './codec.js';
import { emissions, viterbi, type Weights } from './decode.js';
import { describe, NUM_TAGS, TAGS, type TokenInfo } from './features.js';
import { foldWord } from './fold.js';
import { segment } from '../segment/segment.js';
import { isStopwordSpelling } from '../stem/stopwords.js';
import { createNormalizer } from '../normalize/index.js';
import { addPhrase, GIVEN_NAME, lexicon, tagShare, type Lexicon } from './lexicon.js';
import { HASH_BUCKETS, SCALE, TRANSITIONS, WEIGHTS } from './model-data.js';
import { findNumericEntities } from './numeric/index.js';
import { bareCurrency, contextValue, countryCurrencies, lendsCurrency, type Cues } from './currency-context.js';
import { carryClubs, carryMaghrebNames, carryQuotedPersons, carryTitledQueens, DOC_WINDOW, postprocess, type NameMemory } from './consistency.js';
import { applyRules, B_PERS, endBeforeNumeric, isNisba, isNisbaGivenName, isRuleGivenName, opensSpelledAcronym, RULE_MARGIN, splitAndByRule, splitByList, splits } from './rules.js';
import type { Entity, EntityType } from './types.js';

/** Options of `entities`. */
export interface EntitiesOptions {
  /**
   * Keep only entities of these types.
   * @defaultValue all types
   */
  types?: readonly EntityType[] | undefined;
}

/** A user gazetteer: names by type (a type given as `undefined` has none), or a list of `{ text, type }` entries. */
export type Gazetteer = Partial<Record<EntityType, readonly string[]>> | readonly { text: string; type: EntityType }[];

/** Options of `createEntityRecognizer`. */
export interface EntityRecognizerOptions {
  /**
   * Names to recognize as given, whatever the model says; they win over any overlapping
   * entity. Matched on folded words (diacritics, tatweel, alef/yeh/teh marbuta variants,
   * presentation forms and the case of Latin letters do not matter), after the first word's proclitics (any split of a word
   * the corpus does not know). Punctuation inside a name is part of it («هيوليت-باكارد»).
   * @defaultValue no names
   */
  gazetteer?: Gazetteer | undefined;
}

/**
 * The entities of the types `T`: `entities(text, { types: ['MONEY'] })` is typed
 * `EntityOf<'MONEY'>[]`, whose `value` is a `MoneyValue` without a check on `type`.
 */
export type EntityOf<T extends EntityType> = Entity & { type: T };

/** A recognizer made by `createEntityRecognizer`. */
export interface EntityRecognizer {
  /** Like `entities`, with the recognizer's gazetteer applied. */
  entities<T extends EntityType>(text: string, options: EntitiesOptions & { types: readonly T[] }): EntityOf<T>[];
  /** Like `entities`, with the recognizer's gazetteer applied. */
  entities(text: string, options?: EntitiesOptions): Entity[];
}

const ALL_TYPES: readonly EntityType[] = ['PERS', 'LOC', 'ORG', 'MISC', 'DATE', 'TIME', 'NUM', 'PERCENT', 'MONEY'];
const OPTION_KEYS = ['types'] as const;
const FACTORY_KEYS = ['gazetteer'] as const;
/** Sentences longer than this many tokens are decoded in pieces (bounds Viterbi memory). */
const MAX_TOKENS = 300;

let model: Weights | undefined;

/** Decodes the packed weights once (lazily, on the first call). */
function weights(): Weights {
  if (!model) {
    model = {
      emit: unpackSparseWeights(WEIGHTS, HASH_BUCKETS, NUM_TAGS),
      scale: SCALE,
      trans: Float32Array.from(TRANSITIONS),
    };
  }
  return model;
}

/** Loads the model and word resources now instead of on the first call; returns milliseconds. */
export function loadModel(): number {
  const t0 = Date.now();
  weights();
  lexicon();
  return Date.now() - t0;
}

/**
 * Offset in `word` (original spelling) after the first `letters` folded letters: walks the
 * original characters, skipping what folding drops (marks, tatweel). `inside` counts the
 * letters of the proclitics that a presentation-form ligature holds together with the base
 * («ﻷ» in «ﻷﻣﺮﻳﻜﺎ» is ل + أ): a span cannot start inside one code unit, so the offset is then
 * that of the ligature, and its first `inside` letters are left out of the form instead.
 */
function originalOffset(word: string, letters: number): { offset: number; inside: number } {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < letters) {
    const n = foldWord(word[i]!).length;
    if (seen + n > letters) return { offset: i, inside: letters - seen };
    seen += n;
    i++;
  }
  // marks that belong to the last proclitic letter stay with it
  while (i < word.length && foldWord(word[i]!).length === 0) i++;
  return { offset: i, inside: 0 };
}

let formNormalizer: ((text: string) => string) | undefined;

/**
 * The base form of an entity's text: presentation forms decoded, marks, tatweel and invisible
 * format characters (joiners, direction marks, soft hyphen, word joiner…) dropped, Persian/Urdu
 * letters read as Arabic ones (ی → ي, ک → ك), whitespace (a line break too) made one space;
 * «لل» → «ال» restored when `afterLam`, the whole article when it is `'article'` («للجنة» → «اللجنة»:
 * ل + «اللجنة» loses the article's alef and lam), and the first `skip` letters (proclitics inside a
 * ligature) left out.
 */
function baseForm(text: string, afterLam: boolean | 'article', skip = 0): string {
  formNormalizer ??= createNormalizer({
    presentationForms: true,
    invisibles: true,
    tatweel: true,
    diacritics: true,
    persian: true,
    whitespace: true,
  });
  let s = formNormalizer(text);
  if (skip > 0) s = s.slice(skip);
  if (afterLam === 'article') return '\u0627\u0644' + s;
  return afterLam && s.charCodeAt(0) === 0x0644 ? '\u0627' + s : s;
}

/** Max-marginal margin (weight units) that maps to a score of 0.73: on dev, wrongly tagged tokens have a median margin of about 13, right ones about 110. */
const MARGIN_SCALE = 10;
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** One decoded stretch of a sentence (a sentence, or a piece of a very long one). */
interface Decoded {
  tokens: readonly Token[];
  infos: TokenInfo[];
  tags: Int8Array;
  margins: Float64Array;
}

/** U+0023 NUMBER SIGN, U+005F LOW LINE. */
const NUMBER_SIGN = 0x23;
const LOW_LINE = 0x5f;

/**
 * The tokens the model reads, a hashtag's words standing as words: news sites tag the names
 * of a story in its running text («التقى #ترمب نظيره #بوتين في #هلسنكي», «مع
 * #الولايات_المتحدة»): 8,793 hashtags in the 87,643 paragraphs of two 2018 news files. As one
 * token with «#» and «_» the model knows none of them and tags every one O. Read without «#»
 * and split at «_», each part (offsets into the hashtag, type `hashtag`) is tagged as the word
 * it spells, in its sentence; the span of a name starts after «#» and its `form` joins the
 * words with spaces (`pushSpan`). Returns `tokens` itself when there is no hashtag.
 */
function hashtagWords(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'hashtag' || t.text.charCodeAt(0) !== NUMBER_SIGN) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    let k = 1;
    while (k < t.text.length) {
      while (k < t.text.length && t.text.charCodeAt(k) === LOW_LINE) k++;
      const from = k;
      while (k < t.text.length && t.text.charCodeAt(k) !== LOW_LINE) k++;
      if (k > from) out.push({ text: t.text.slice(from, k), start: t.start + from, end: t.start + k, type: 'hashtag' });
    }
  }
  return out ?? tokens;
}

/** Tags one sentence's tokens with the model (in pieces of at most MAX_TOKENS). */
function decodeSentence(tokens: readonly Token[], lex: Lexicon, w: Weights): Decoded[] {
  const out: Decoded[] = [];
  for (let from = 0; from < tokens.length; from += MAX_TOKENS) {
    const part = from === 0 && tokens.length <= MAX_TOKENS ? tokens : tokens.slice(from, from + MAX_TOKENS);
    const infos = describe(
      part.map((t) => t.text),
      lex,
    );
    const em = emissions(infos, w, lex);
    const margins = new Float64Array(part.length);
    const tags = viterbi(em, part.length, w.trans, margins);
    out.push({ tokens: part, infos, tags, margins });
  }
  return out;
}

/** Token types that can begin or end a name; punctuation, symbols and emoji cannot. */
const NAME_EDGE: ReadonlySet<TokenType> = new Set<TokenType>(['word', 'number', 'hashtag', 'mention', 'url', 'email']);

/**
 * Whether a punctuation token separates names rather than standing inside one: a comma,
 * semicolon, colon, ! ? ؟, an ellipsis or run of dots, a quotation mark or a bracket. The marks
 * that do occur inside names («هيوليت - باكارد», «AC/DC», «C++», «أ.ش.أ», «O'Neil») — dash,
 * slash, ampersand, plus, one dot, apostrophe — do not.
 */
function breaksName(t: Token): boolean {
  if (t.type !== 'punctuation') return false;
  const s = t.text;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (BREAKS.has(c)) return true;
    if (c === 0x2e && s.length > 1) return true; // «..», «...»: a pause, not an abbreviation
  }
  return false;
}

/** Code units of BREAKS: see breaksName. */
const BREAKS: ReadonlySet<number> = new Set(
  [
    0x060c, // ARABIC COMMA
    0x061b, // ARABIC SEMICOLON
    0x061f, // ARABIC QUESTION MARK
    0x2c, // COMMA
    0x3b, // SEMICOLON
    0x3a, // COLON
    0x21, // EXCLAMATION MARK
    0x3f, // QUESTION MARK
    0x2026, // HORIZONTAL ELLIPSIS
    0x22, // QUOTATION MARK
    0xab, // LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
    0xbb, // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
    0x2018, // LEFT SINGLE QUOTATION MARK
    0x2019, // RIGHT SINGLE QUOTATION MARK (as a quote; the ASCII apostrophe stays inside names)
    0x201a, // SINGLE LOW-9 QUOTATION MARK
    0x201c, // LEFT DOUBLE QUOTATION MARK
    0x201d, // RIGHT DOUBLE QUOTATION MARK
    0x201e, // DOUBLE LOW-9 QUOTATION MARK
    0x2039, // SINGLE LEFT-POINTING ANGLE QUOTATION MARK
    0x203a, // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    0x28, // LEFT PARENTHESIS
    0x29, // RIGHT PARENTHESIS
    0x5b, // LEFT SQUARE BRACKET
    0x5d, // RIGHT SQUARE BRACKET
    0x7b, // LEFT CURLY BRACKET
    0x7d, // RIGHT CURLY BRACKET
    0xfd3e, // ORNATE LEFT PARENTHESIS
    0xfd3f, // ORNATE RIGHT PARENTHESIS
  ],
);

/**
 * Model entities of decoded pieces of one sentence (offsets relative to `text`). The model
 * tags tokens, punctuation included, and now and then runs a name over a quotation mark, a
 * bracket or a pause («”نوفوستي», «أمي..», «سيرغي) لافروف»); names never begin or end with
 * punctuation, and a mark that separates names (breaksName) splits the tagged run into one
 * name per side. A PERS/LOC/ORG that runs into a date, time, percentage or amount ends before
 * it (`endBeforeNumeric`).
 */
function modelEntities(text: string, pieces: readonly Decoded[], numeric: readonly Entity[], out: Entity[]): void {
  for (const { tokens: part, infos, tags, margins } of pieces) {
    let i = 0;
    while (i < part.length) {
      const tag = tags[i]!;
      if (tag === 0) {
        i++;
        continue;
      }
      const type = TAGS[tag]!.slice(2) as EntityType;
      let j = i + 1;
      while (j < part.length && tags[j] === tag + 1) j++; // B-X is odd, I-X = B-X + 1
      for (let a = i; a < j; ) {
        let b = a;
        while (b < j && !breaksName(part[b]!)) b++;
        let from = a;
        let to = b;
        while (from < to && !NAME_EDGE.has(part[from]!.type)) from++;
        while (to > from && !NAME_EDGE.has(part[to - 1]!.type)) to--;
        if (to > from) modelSpan(text, part, infos, margins, from, to, type, numeric, out);
        a = b + 1;
      }
      i = j;
    }
  }
}

/** The entity of `type` over tokens [i, j) of one decoded stretch. */
function modelSpan(
  text: string,
  part: readonly Token[],
  infos: readonly TokenInfo[],
  margins: Float64Array,
  i: number,
  j: number,
  type: EntityType,
  numeric: readonly Entity[],
  out: Entity[],
): void {
  // ANERcorp leaves nationality adjectives (nisba «ال…ي»: «الروسي», «الكازاخي») outside
  // names — «الروسي» is O every time it occurs in train — so one that opens a longer
  // PERS span («الكازاخي قاسم جومارت توكاييف») is not part of the name.
  let from = i;
  // (a given name of that shape, «الهادي», stays: see retypePlaceAdjectiveNames in rules.ts; so
  // does a listed given name that only folds to that shape, «أليكسي» → «اليكسي»)
  if (type === 'PERS') while (j - from > 1 && isNisba(infos[from]!.word.b) && !isNisbaGivenName(infos[from]!.word.b) && !listedGivenName(infos[from]!.word.b)) from++;
  // MISC loses to any overlapping numeric entity in `merge`, so it is not trimmed
  const to = type === 'MISC' ? j : endBeforeNumeric(part, from, j, numeric);
  if (to <= from) return;
  let minMargin = Infinity;
  for (let k = from; k < to; k++) minMargin = Math.min(minMargin, margins[k]!);
  // «وقال ب[الحاج جلول]», «وأوضح ب[وجدي]»: after a verb of saying, ب is the name's first letter
  const keep = type === 'PERS' && from > 0 && infos[from]!.word.p === BEH_LETTER && SAYING_BEFORE_NAME.has(infos[from - 1]!.word.w);
  pushSpan(text, part, infos, from, to, type, logistic(minMargin / MARGIN_SCALE), out, !keep && strips(part[from]!.text, infos[from]!));
}

const BEH_LETTER = '\u0628';

/** Hyphen-minus and the Unicode hyphen, which write the last part of a Korean given name. */
const HYPHENS = new Set(['-', '\u2010']);
const O_TAG = 0;
const I_PERS = B_PERS + 1;

/**
 * Names QA round 73: «[كيم جونغ]-أون», «[مون جيه]-إن», «[كيم جونغ]-[أون]ORG»: a PERS of two words
 * or more followed with no space by a hyphen and, with no space again, a word left untagged or
 * read as a one-word name of its own is one name — a Korean given name written in two parts
 * joined by a hyphen. Only written together: «[ترامب] - كيم» (a dash) and «[ترامب]-[كيم]» (two
 * persons) stay apart, and so do a one-word name («[ترامب]-أون», the summit of two men) and a
 * definite word, a place or a given name after the hyphen.
 */
function joinHyphenedNames(tokens: readonly Token[], infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let k = 1; k + 1 < tags.length; k++) {
    // names QA round 74: «[جان]-[ميشال أولاس]», «[هانز]-[مارتن شينك]»: a one-word PERS that is a
    // given name, a hyphen (untagged, or taken into the first name) and a PERS of two words or more
    // right after it are one name with a compound first name («[هتلر]-[ستالين]», «[كيم]-[ترامب]»,
    // «[صلاح]-[ماني]», two men, stay two)
    if ((tags[k] === O_TAG || tags[k] === I_PERS) && tags[k - 1] === B_PERS && tags[k + 1] === B_PERS && k + 2 < tags.length && tags[k + 2] === I_PERS && compoundFirstName(tokens, infos, k, lex)) {
      tags[k] = I_PERS;
      tags[k + 1] = I_PERS;
      margins[k] = Math.min(margins[k - 1]!, RULE_MARGIN);
      k++;
      continue;
    }
    // a name of two words or more before the hyphen («[ترامب]-أون» is the summit of two men)
    if (k < 2 || tags[k] !== O_TAG || tags[k - 1] !== I_PERS) continue;
    // the part after the hyphen untagged, or a one-word name («[كيم جونغ]-[أون]ORG», «-[أون]PERS»)
    const t = tags[k + 1]!;
    if (t !== O_TAG && (t % 2 === 0 || (k + 2 < tags.length && tags[k + 2] === t + 1))) continue;
    if (!hyphenJoins(tokens, k)) continue;
    // not a definite word («[اتاتورك]-الذي»), a place («[بيرغ]-برلين») or a given name («-علي»)
    const w = infos[k + 1]!.word.w;
    const code = lex.tagdict.get(w) ?? 0;
    if (w.startsWith('\u0627\u0644') || lex.places.has(w) || tagShare(code, 1) >= 2 || ((lex.classes.get(w) ?? 0) & GIVEN_NAME) !== 0) continue;
    tags[k] = I_PERS;
    tags[k + 1] = I_PERS;
    margins[k] = margins[k + 1] = Math.min(margins[k - 1]!, RULE_MARGIN);
    k++;
  }
}

/**
 * Whether token `k` is a hyphen written with no space between the token before it and the one
 * after it, and that one is a word of Arabic letters (for joinHyphenedNames and compoundFirstName).
 */
function hyphenJoins(tokens: readonly Token[], k: number): boolean {
  const dash = tokens[k]!;
  const next = tokens[k + 1]!;
  if (!HYPHENS.has(dash.text) || dash.start !== tokens[k - 1]!.end || next.start !== dash.end || next.type !== 'word') return false;
  const c = next.text.charCodeAt(0);
  return c >= 0x0621 && c <= 0x064a;
}

/**
 * Whether the hyphen at `k` joins a one-word given name before it (`GIVEN_NAMES`,
 * `RULE_GIVEN_NAMES`; no proclitic) to a name after it into a compound first name: both written
 * with no space, the word after the hyphen an Arabic-letter word, not a place.
 */
function compoundFirstName(tokens: readonly Token[], infos: readonly TokenInfo[], k: number, lex: Lexicon): boolean {
  if (!hyphenJoins(tokens, k)) return false;
  const first = infos[k - 1]!.word;
  const second = infos[k + 1]!.word;
  // the word after the hyphen may read as a proclitic + a word («كريستوف»): a name goes on there
  if (first.p.length > 0 || lex.places.has(second.w)) return false;
  return ((lex.classes.get(first.w) ?? 0) & GIVEN_NAME) !== 0 || isRuleGivenName(first.w);
}

/**
 * Folded verbs of saying, alone or after «و/ف», that take no «ب» before the speaker: a person's
 * name right after them that the model read as ب + a name is a name that begins with ب — the
 * Maghrebi family names «بالحاج», «بالطيب», «بوجدي», «بنور», «باللطيف» and the given names
 * «برايان», «بريس» («وقال ب[ريان] وارد», «وأضاف ب[الطيب]»): the span keeps the letter.
 */
const SAYING_BEFORE_NAME = new Set(
  ['قال', 'قالت', 'أضاف', 'أضافت', 'أكد', 'أكدت', 'أوضح', 'أوضحت', 'كشف', 'كشفت', 'أفاد', 'أفادت', 'أشار', 'أشارت', 'ذكر', 'ذكرت', 'بين', 'بينت', 'اعتبر', 'اعتبرت', 'صرح', 'صرحت', 'تابع', 'تابعت', 'لاحظ', 'لاحظت', 'شدد', 'شددت']
    .map(foldWord)
    .flatMap((v) => [v, '\u0648' + v, '\u0641' + v]),
);

/** Whether a folded base is a listed given name (`GIVEN_NAMES`). */
function listedGivenName(b: string): boolean {
  return ((lexicon().classes.get(b) ?? 0) & GIVEN_NAME) !== 0;
}

const ALEF = 0x0627; // U+0627 ARABIC LETTER ALEF
const LAM = 0x0644; // U+0644 ARABIC LETTER LAM
const WAW = 0x0648; // U+0648 ARABIC LETTER WAW

/** True when the proclitic letters `p` (folded) end in a preposition: ب, ك or ل. */
function endsInPreposition(p: string): boolean {
  const c = p.charCodeAt(p.length - 1);
  return c === 0x0628 || c === 0x0643 || c === LAM; // BEH, KAF, LAM
}

/**
 * True when a folded base is a name the resources know: a place in the gazetteer, a listed
 * given name, or a word the self-training tag dictionary finds tagged as a name (any type) in
 * at least 35 % of its corpus occurrences.
 */
function knownName(b: string, lex: Lexicon): boolean {
  if (lex.places.has(b) || ((lex.classes.get(b) ?? 0) & GIVEN_NAME) !== 0) return true;
  const code = lex.tagdict.get(b) ?? 0;
  if (code <= 1) return false;
  for (let k = 0; k < 4; k++) if (tagShare(code, k) >= 2) return true;
  return false;
}

/**
 * True when a name's first word is «و» "and" before a name, a split the corpus-based reading
 * misses: it keeps the word whole when the training corpus wrote the conjunction inside the
 * name («وطه», «وتل») or splits it but keeps the letter because the whole word is frequent
 * («واحمد», «وجان»), so a name after «و» in a list kept the conjunction («[واحمد عكاش]»,
 * «[وطه حسين]»). The letter is left out when the rest is a listed given name, or when `segment`
 * splits off «و» alone and the corpus, which saw the whole word as a name, knows the rest as a name
 * more surely.
 * Names that begin with «و» stay whole: listed («وليد», «وائل»), or known whole at least as
 * surely as their rest («وهبة», «ووكر», «والاس», «واشنطن»).
 */
function conjunctionBeforeName(word: string, w: string, b: string, p: string, lex: Lexicon): boolean {
  if (w.charCodeAt(0) !== WAW || w.length < 3 || w.charCodeAt(1) === WAW) return false;
  const base = w.slice(1);
  if (p === '\u0648') return b === base && ((lex.classes.get(base) ?? 0) & GIVEN_NAME) !== 0;
  // the corpus wrote the conjunction inside this name, and knows the rest alone better; a word
  // it never saw as a name («وهيب», «وجده») is left to the model's reading
  const whole = nameShare(w, lex);
  if (whole === 0 || nameShare(base, lex) <= whole) return false;
  const prefixes = segment(segmentable(word)).prefixes;
  return prefixes.length === 1 && prefixes[0]!.tag === 'CONJ';
}

/** The largest share (0–3) of one name type in the corpus's tags for a folded word. */
function nameShare(w: string, lex: Lexicon): number {
  const code = lex.tagdict.get(w) ?? 0;
  let best = 0;
  for (let k = 0; k < 4; k++) best = Math.max(best, tagShare(code, k));
  return best;
}

/** `segment` reads letters, not presentation forms: decode those first (NFKC). */
function segmentable(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xfb50 && c <= 0xfeff) return word.normalize('NFKC');
  }
  return word;
}

/**
 * Whether a name the model found starts after the proclitics its first word was read with.
 * The model's reading keeps a split whenever the corpus knows the rest better than the whole
 * word, which cuts names whose rest is a common word («فيصل» → ف + «يصل», «كوفي» → ك + «وفي»).
 * The span drops the letters only when the word is not a listed given name (`GIVEN_NAMES`, or
 * the rules' own `RULE_GIVEN_NAMES`: «بريان» is Brian, not ب + «ريان») and
 * - `segment`, with its stem lexicon and name guards, splits them off too («وفيصل» → و +
 *   «فيصل»; presentation forms are decoded for it first);
 * - or the letter is «و» before a word the corpus has never seen («وقيرغيزيا»);
 * - or a preposition ب/ك/ل stands before the article that the word itself spells out
 *   («بالفيوم» → ب + «الفيوم»: a name does not begin «بال…» + a known definite word);
 * - or a preposition stands before a base the resources know as a name, in a word the corpus
 *   has never seen («بجنيفر», «بتشيكيا», «بنيامي»). Not before «و…» (the Maghrebi family names
 *   «بوجبل», «بوسلامة» read as ب + «وجبل») nor before a bare alef («باتيا» is no ب + «اتيا»);
 * - or the rules read the letters off a name of their lists («لمينورسو», names QA round 140), or
 *   off the first letter of a spelled acronym («لبي بي سي»), or
 *   «و» off a person's name right after another person's («[ماركو أسانسيو] و[لوكاس فاسكيس]»).
 */
function strips(word: string, info: TokenInfo): boolean {
  const { w, b, p, logFreq } = info.word;
  const lex = lexicon();
  // «لمينورسو»: the rules read ل off a name of their lists, which `segment` does not know, even
  // where the whole word is a given name («ل[بني خلاد]», «لبنى»: names QA round 174); not before a
  // bare alef that opens no article, which the names spell with a hamza the folded lists drop
  // («باكرا» "early" is no ب + «أكرا», «بابها» "its door" no ب + «أبها»)
  if (p.length > 0 && splitByList(info.word) && !bareAlefAfter(word, p)) return true;
  // a given name of the lists whole («بريان» Brian, not ب + «ريان»; names QA round 243)
  if (((lex.classes.get(w) ?? 0) & GIVEN_NAME) !== 0 || isRuleGivenName(w)) return false;
  if (conjunctionBeforeName(word, w, b, p, lex)) {
    info.word = { ...info.word, p: w.slice(0, 1), b: w.slice(1) };
    return true;
  }
  if (p.length === 0) return false;
  // «[ماركو أسانسيو] [ولوكاس فاسكيس]»: the rules read «و» off a second person's name
  if (splitAndByRule(info.word)) return true;
  // «لبي بي سي»: the rules read ل off the first letter of a spelled acronym
  if (opensSpelledAcronym(p, b)) return true;
  let clitics = 0;
  for (const m of segment(segmentable(word)).prefixes) if (m.tag !== 'DET') clitics++;
  if (clitics >= p.length) return true;
  if (logFreq < 0 && p === '\u0648') return true;
  if (!endsInPreposition(p)) return false;
  // the article as written after the preposition (not restored from «لل»), + 3 letters or more
  if (b.length >= 5 && w.charCodeAt(p.length) === ALEF && w.charCodeAt(p.length + 1) === LAM) return true;
  if (logFreq >= 0 || b.length < 4 || b.charCodeAt(0) === WAW) return false;
  const at = originalOffset(word, p.length);
  if (at.inside === 0 && word.charCodeAt(at.offset) === ALEF) return false;
  return knownName(b, lex);
}

/**
 * True when the letter after the proclitics `p` (folded) of `word` is a bare alef U+0627 that
 * does not open the article «ال».
 */
function bareAlefAfter(word: string, p: string): boolean {
  const at = originalOffset(word, p.length);
  return at.inside === 0 && word.charCodeAt(at.offset) === ALEF && word.charCodeAt(at.offset + 1) !== LAM;
}

/** The invisible format characters a token can carry (`isFormatMark`): never part of a span's edge. */
const isInvisible = isFormatMark;

/** Adds the entity over tokens [i, j), its start moved past the first token's proclitics. */
function pushSpan(
  text: string,
  part: readonly Token[],
  infos: readonly TokenInfo[],
  i: number,
  j: number,
  type: EntityType,
  score: number,
  out: Entity[],
  strip = true,
): void {
  const first = part[i]!;
  const p = strip ? infos[i]!.word.p : '';
  let start = first.start;
  let afterLam: boolean | 'article' = false;
  let skip = 0;
  // a hashtag names what follows its «#» («#صفاقس»); its words are joined by «_»
  let hashtag = false;
  for (let k = i; k < j; k++) if (part[k]!.type === 'hashtag') hashtag = true;
  if (first.type === 'hashtag' && first.text.charCodeAt(0) === 0x23) start++; // NUMBER SIGN
  else if (p.length > 0) {
    const at = originalOffset(first.text, p.length);
    start += at.offset;
    skip = at.inside;
    // «لل» read as ل + the article: the base is «ال…», the word after the ل is not
    const { w, b } = infos[i]!.word;
    const lamLam = p.charCodeAt(p.length - 1) === LAM && w.charCodeAt(p.length) === LAM;
    afterLam = lamLam && b.length === w.length - p.length + 1;
    // the rules read «للجنة» as ل + «اللجنة» (base one letter longer still)
    if (lamLam && b.length === w.length - p.length + 2 && b.startsWith('\u0627\u0644\u0644')) afterLam = 'article';
  }
  let end = part[j - 1]!.end;
  // a token can carry invisible format characters (a direction mark after a name): not the name's
  while (start < end && isInvisible(text.charCodeAt(start))) start++;
  while (end > start && isInvisible(text.charCodeAt(end - 1))) end--;
  if (start >= end) return;
  const spanText = text.slice(start, end);
  let form = baseForm(spanText, afterLam, skip);
  if (hashtag) form = form.replace(/#/g, '').replace(/[_ ]+/g, ' ').trim();
  out.push({ type, text: spanText, start, end, form, score: Math.round(score * 1000) / 1000 });
}

/**
 * A folded word with its Latin letters lowered: a user's «OpenAI» finds «OPENAI» and «openai»
 * (Arabic has no case; a Latin name in Arabic news is typed every way). The string itself when
 * it has no capital.
 */
function caseless(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // A–Z, and the accented capitals of Latin-1 and Latin Extended-A/B («Érdoğan»)
    // (ß U+00DF is in this range too, and ẞ U+1E9E is its capital)
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f) || c === 0x1e9e) return lowerLatin(word);
  }
  return word;
}

/**
 * `toLowerCase`, then the two Latin letters whose lower case is no single letter: the Turkish
 * «İ» lowers to i + U+0307 COMBINING DOT ABOVE, which «ISTANBUL» and «istanbul» lack, so the dot
 * goes; «ß» is «ss» in capitals («STRASSE»), so it becomes «ss» (Unicode case folding does both).
 */
function lowerLatin(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u0307') || lower.includes('\u00df') ? lower.replace(/i\u0307/g, 'i').replace(/\u00df/g, 'ss') : lower;
}

interface UserNames {
  index: Map<string, string[][]>;
  types: Map<string, EntityType>;
  /** how each one-word name was written (diacritics and tatweel dropped), by folded key */
  spellings: Map<string, Set<string>>;
}

function compileGazetteer(g: unknown): UserNames {
  const index = new Map<string, string[][]>();
  const types = new Map<string, EntityType>();
  const spellings = new Map<string, Set<string>>();
  const add = (name: unknown, type: unknown, where: string): void => {
    if (typeof name !== 'string') throw new TypeError(`dhad.createEntityRecognizer: ${where} must be a string, got ${describeType(name)}`);
    if (typeof type !== 'string' || !ALL_TYPES.includes(type as EntityType)) {
      throw new TypeError(`dhad.createEntityRecognizer: unknown entity type '${String(type)}' (expected one of: ${ALL_TYPES.join(', ')})`);
    }
    // punctuation inside a name is part of it («هيوليت-باكارد», «سي.إن.إن»), as in the text's
    // own tokens; around it, it is not («"مختبر ضاد"», «مختبر ضاد.»)
    const tokens = tokenize(name);
    let from = 0;
    let to = tokens.length;
    while (from < to && !NAME_EDGE.has(tokens[from]!.type)) from++;
    while (to > from && !NAME_EDGE.has(tokens[to - 1]!.type)) to--;
    const words = tokens.slice(from, to).map((t) => t.text);
    if (words.length === 0) return;
    addPhrase(index, caseless(words.join(' ')));
    types.set(words.map((w) => caseless(foldWord(w))).join(' '), type as EntityType);
    if (words.length === 1) {
      const key = caseless(foldWord(words[0]!));
      let set = spellings.get(key);
      if (!set) spellings.set(key, (set = new Set()));
      set.add(letters(words[0]!));
    }
  };
  if (Array.isArray(g)) {
    g.forEach((e: unknown, k) => {
      if (e === null || typeof e !== 'object') throw new TypeError(`dhad.createEntityRecognizer: gazetteer[${k}] must be { text, type }, got ${describeType(e)}`);
      const { text, type } = e as { text: unknown; type: unknown };
      // an entry without its type (`{ text: 'فلان' }`, or `name` for `text`) is named as such,
      // not reported as an "unknown entity type 'undefined'"
      if (type === undefined) {
        throw new TypeError(`dhad.createEntityRecognizer: gazetteer[${k}] has no type (expected { text, type } with type one of: ${ALL_TYPES.join(', ')})`);
      }
      add(text, type, `gazetteer[${k}].text`);
    });
  } else if (g !== null && typeof g === 'object') {
    // a Map or Set has no own keys: without this check `new Map([['ORG', [...]]])` would be
    // read as an empty gazetteer and its names silently never found
    // a class instance (a Date, an object made by `Object.create(names)`) likewise: its own
    // keys are not its names
    if (Symbol.iterator in g || !isPlainObject(g)) {
      throw new TypeError(`dhad.createEntityRecognizer: gazetteer must be a plain object of names by type or an array of { text, type }, got ${describeType(g)}`);
    }
    for (const [type, names] of Object.entries(g)) {
      // the key is checked even when it has no names: a misspelt `{ PER: [] }` is an error too
      if (!ALL_TYPES.includes(type as EntityType)) {
        throw new TypeError(`dhad.createEntityRecognizer: unknown entity type '${type}' (expected one of: ${ALL_TYPES.join(', ')})`);
      }
      // `Partial<Record<…>>` lets a type be given as undefined (`{ PERS: maybeNames }`): no names
      // of that type, as an option left undefined means the default everywhere else
      if (names === undefined) continue;
      if (!Array.isArray(names)) throw new TypeError(`dhad.createEntityRecognizer: gazetteer.${type} must be an array of strings, got ${describeType(names)}`);
      names.forEach((n: unknown, k) => add(n, type, `gazetteer.${type}[${k}]`));
    }
  } else if (g !== undefined) {
    throw new TypeError(`dhad.createEntityRecognizer: gazetteer must be an object or an array, got ${describeType(g)}`);
  }
  return { index, types, spellings };
}

/** The letters of a word: diacritics and tatweel dropped. */
function letters(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isHarakahOrTatweel(c)) continue;
    out += word[i];
  }
  return out;
}

/**
 * True when a word (or what follows its first `proclitic` letters) is written as a function
 * word, in none of the spellings the user gave for the name it matched.
 */
function writtenAsOtherFunctionWord(word: string, proclitic: number, given: ReadonlySet<string> | undefined): boolean {
  const bare = letters(word);
  for (const w of proclitic > 0 ? [bare, letters(word.slice(proclitic))] : [bare]) {
    if (isStopwordSpelling(w) && !given?.has(w)) return true;
  }
  return false;
}

/**
 * User-gazetteer matches in one sentence: longest match first, left to right. The first word
 * matches whole, as the model reads it (proclitics + base), or — when the corpus does not know
 * the word, so that no common word is cut («وسام» is no و + a name «سام») — with any other
 * proclitic split (`splits`: «ولضاد», «ولليلى» → و + ل + «ليلى»).
 */
function userEntities(text: string, tokens: readonly Token[], lex: Lexicon, names: UserNames, out: Entity[]): void {
  const infos = describe(
    tokens.map((t) => t.text),
    lex,
  );
  let i = 0;
  while (i < tokens.length) {
    const info = infos[i]!;
    const { w, b, p } = info.word;
    let best: string[] | undefined;
    let bestSplit: [number, string] = [0, w];
    const tryBase = (k: number, base: string): void => {
      const cands = names.index.get(caseless(base));
      if (!cands) return;
      for (const c of cands) {
        if ((best && c.length <= best.length) || i + c.length > tokens.length) continue;
        let ok = true;
        for (let j = 1; ok && j < c.length; j++) ok = caseless(infos[i + j]!.word.w) === c[j];
        if (ok) {
          best = c;
          bestSplit = [k, base];
        }
      }
    };
    tryBase(0, w);
    if (p.length > 0) tryBase(p.length, b);
    if (info.word.logFreq < 0) for (const [k, base] of splits(w)) if (k > 0 && k !== p.length) tryBase(k, base);
    if (!best) {
      i++;
      continue;
    }
    const key = (best as string[]).join(' ');
    const [k, base] = bestSplit;
    // Folding makes «على» (on) the name «علي»: a word written as a function word matches a
    // one-word name only when the name was given in that very spelling.
    if (best.length === 1 && writtenAsOtherFunctionWord(tokens[i]!.text, k, names.spellings.get(key))) {
      i++;
      continue;
    }
    const type = names.types.get(key)!;
    // the span leaves out the proclitics of the split the name matched
    if (k > 0 && (k !== p.length || base !== b)) infos[i] = { ...info, word: { ...info.word, p: w.slice(0, k), b: base } };
    pushSpan(text, tokens, infos, i, i + best.length, type, 1, out, k > 0);
    i += best.length;
  }
}

/**
 * Whether NUM `a` is written in words and covers one-word name `b` («وصل مليونان إلى»): the
 * model tags a rare word it has not seen before a verb of saying or going as a person, while
 * the grammar read the word with a value. Only a scale word alone (a thousand or more) or a
 * compound the name lies inside; a name with a space in it or a NUM with digits in it
 * («مجموعة العشرين», «جي 20») keeps the name, and so does a lone unit or ten («ستون», Stone).
 */
function numberWordOverName(a: Entity, b: Entity): boolean {
  if (b.start < a.start || b.end > a.end) return false;
  // a lone unit or ten may be a surname («ستون», Stone); a scale word or a compound is not
  if (b.start === a.start && b.end === a.end && !(typeof a.value === 'number' && a.value >= 1000)) return false;
  for (let i = 0; i < b.text.length; i++) if (b.text.charCodeAt(i) <= 0x20) return false;
  for (let i = 0; i < a.text.length; i++) if (isDigitCode(a.text.charCodeAt(i))) return false;
  return true;
}

/**
 * Merges entity lists into one sorted, disjoint list. `user` entities win every overlap. For
 * the rest: a numeric entity wins over MISC; a PERS/LOC/ORG name wins over a NUM inside or
 * across it («مجموعة العشرين») unless the NUM is in words and the name one word within it
 * ({@link numberWordOverName}), and a DATE/TIME/PERCENT/MONEY wins over a name it is not
 * wholly inside.
 */
function merge(user: Entity[], model: Entity[], numeric: Entity[]): Entity[] {
  // Each list is disjoint; sorted by start, so its ends are sorted too, and the entities that
  // overlap a span are a run found by a cursor that only moves forward while the spans asked
  // about come in order. Linear in the entities of the sentence (a sentence of 10⁵ numbers
  // made the pairwise checks quadratic).
  const byStart = (a: Entity, b: Entity): number => a.start - b.start || a.end - b.end;
  user.sort(byStart);
  model.sort(byStart);
  numeric.sort(byStart);
  const beats = (a: Entity, b: Entity): boolean => {
    // does numeric/temporal `a` beat model entity `b`?
    if (b.type === 'MISC') return true;
    if (a.type === 'NUM') return numberWordOverName(a, b);
    return !(b.start <= a.start && a.end <= b.end);
  };
  const winners: Entity[] = [];
  let u = 0;
  let k = 0;
  for (const m of model) {
    while (u < user.length && user[u]!.end <= m.start) u++;
    if (u < user.length && user[u]!.start < m.end) continue;
    while (k < numeric.length && numeric[k]!.end <= m.start) k++;
    let beaten = false;
    for (let j = k; j < numeric.length && numeric[j]!.start < m.end; j++) {
      if (beats(numeric[j]!, m)) {
        beaten = true;
        break;
      }
    }
    if (!beaten) winners.push(m);
  }
  const numericWinners: Entity[] = [];
  u = 0;
  let w = 0;
  for (const n of numeric) {
    while (u < user.length && user[u]!.end <= n.start) u++;
    if (u < user.length && user[u]!.start < n.end) continue;
    while (w < winners.length && winners[w]!.end <= n.start) w++;
    if (w < winners.length && winners[w]!.start < n.end) continue;
    numericWinners.push(n);
  }
  return user.concat(winners, numericWinners).sort(byStart);
}

function run(fn: string, text: unknown, options: unknown, names: UserNames | undefined, memory?: NameMemory): Entity[] {
  assertString(fn, text);
  const opts = checkOptions<EntitiesOptions>(fn, options, OPTION_KEYS);
  let wanted: Set<EntityType> | undefined;
  if (opts.types !== undefined) {
    if (!Array.isArray(opts.types)) throw new TypeError(`dhad.${fn}: options.types must be an array, got ${describeType(opts.types)}`);
    for (const t of opts.types) {
      if (!ALL_TYPES.includes(t)) throw new TypeError(`dhad.${fn}: unknown entity type '${String(t)}' (expected one of: ${ALL_TYPES.join(', ')})`);
    }
    wanted = new Set(opts.types);
  }
  if (text.length === 0) return [];
  const lex = lexicon();
  const w = weights();
  const result: Entity[] = [];
  const all = sentences(text);
  // Sentences go in batches of DOC_WINDOW: the model tags each, then one name keeps one label
  // across the batch (consistency.ts), then each sentence's entities are merged.
  for (let from = 0; from < all.length; from += DOC_WINDOW) {
    const batch = all.slice(from, from + DOC_WINDOW);
    const tokens = batch.map((s) => tokenize(s.text));
    const decoded = tokens.map((t) => decodeSentence(hashtagWords(t), lex, w));
    const pieces = decoded.flat();
    const before = pieces.map((p) => p.tags.slice());
    postprocess(
      pieces.map((p) => p.infos),
      pieces.map((p) => p.tags),
      memory,
    );
    pieces.forEach((p, k) => {
      // a relabelled token has no margin of its own: score it as a coin toss
      for (let i = 0; i < p.tags.length; i++) if (p.tags[i] !== before[k]![i]) p.margins[i] = 0;
      applyRules(
        p.infos,
        p.tokens.map((t) => t.text),
        p.tags,
        p.margins,
        lex,
      );
      joinHyphenedNames(p.tokens, p.infos, p.tags, p.margins, lex);
    });
    // one club, one label in a batch that speaks of sport (after the rules that find clubs)
    carryClubs(
      pieces.map((p) => p.infos),
      pieces.map((p) => p.tags),
      pieces.map((p) => p.margins),
      lex,
    );
    // a family name quoted after a verb of speech («وأشار "البقمي"») is the person named in the batch
    carryQuotedPersons(
      pieces.map((p) => p.infos),
      pieces.map((p) => p.tokens),
      pieces.map((p) => p.tags),
      pieces.map((p) => p.margins),
    );
    // a queen's name read as a place alone is the woman a royal title names in the batch
    carryTitledQueens(
      pieces.map((p) => p.infos),
      pieces.map((p) => p.tags),
      pieces.map((p) => p.margins),
    );
    // a Maghreb name a title introduces in the batch is the same person where it stands untitled
    carryMaghrebNames(
      pieces.map((p) => p.infos),
      pieces.map((p) => p.tags),
      pieces.map((p) => p.margins),
    );
    // the currencies of the countries each paragraph of the batch names, looked up on its first
    // bare currency noun
    const paragraphCodes = new Map<number, Cues | undefined>();
    batch.forEach((s, k) => {
      const user: Entity[] = [];
      const model: Entity[] = [];
      if (names && names.index.size > 0) userEntities(s.text, tokens[k]!, lex, names, user);
      // the model runs even when only numeric types are wanted: names decide which NUMs stand
      const numeric = findNumericEntities(s.text, tokens[k]!);
      let reread: Map<string, string> | undefined;
      for (const e of numeric) {
        const family = bareCurrency(e);
        if (family === undefined) continue;
        const codes = paragraphCurrencies(text, batch, k, paragraphCodes);
        const value = codes === undefined ? undefined : contextValue(e, family, codes);
        if (value === undefined) continue;
        (reread ??= new Map()).set((e.value as { currency?: string } | undefined)?.currency ?? '', (value as { currency: string }).currency);
        e.value = value;
      }
      // the amounts that took their currency from a sum the paragraph rereads follow it
      // («إلى 87 ألف ريال من 74 ألفا»: Iranian rials both)
      if (reread !== undefined) {
        for (const e of numeric) {
          const v = e.value as { amount: number; currency: string } | undefined;
          const code = v === undefined ? undefined : reread.get(v.currency);
          if (code !== undefined && lendsCurrency(e)) e.value = { amount: v!.amount, currency: code };
        }
      }
      modelEntities(s.text, decoded[k]!, numeric, model);
      for (const e of merge(user, model, numeric)) {
        if (wanted && !wanted.has(e.type)) continue;
        e.start += s.start;
        e.end += s.start;
        result.push(e);
      }
    });
  }
  return result;
}

/**
 * The currencies of the countries named in the paragraph of sentence `k` of the batch (its
 * sentences in the batch between line breaks; undefined for a text of the past), cached by the
 * paragraph's first sentence so that each sentence is searched once.
 */
function paragraphCurrencies(
  text: string,
  batch: readonly { text: string; start: number; end: number }[],
  k: number,
  cache: Map<number, Cues | undefined>,
): Cues | undefined {
  let first = k;
  while (first > 0 && !breaksLine(text, batch[first - 1]!.end, batch[first]!.start)) first--;
  if (cache.has(first)) return cache.get(first);
  let last = k;
  while (last + 1 < batch.length && !breaksLine(text, batch[last]!.end, batch[last + 1]!.start)) last++;
  const found = countryCurrencies(batch.slice(first, last + 1).map((s) => s.text));
  cache.set(first, found);
  return found;
}

/**
 * Whether `text` between `from` and `to` holds a line break of any kind (LF, CR, U+2028,
 * U+2029 …, as the sentence splitter counts them): a paragraph ends there.
 */
function breaksLine(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isLineBreak(text.charCodeAt(j))) return true;
  return false;
}

/**
 * Finds named entities (PERS, LOC, ORG, MISC) and numeric/temporal expressions (DATE, TIME,
 * NUM, PERCENT, MONEY) in Arabic text.
 *
 * Names come from a statistical sequence model (averaged perceptron, Viterbi, BIO tags)
 * trained on ANERcorp with word-cluster, gazetteer and trigger-word features; numbers and
 * dates from a grammar. Spans start after attached proclitics («وبيلاروسيا» → «بيلاروسيا»),
 * and `form` is the base form («للأمم المتحدة» → «الأمم المتحدة»). The model loads lazily on
 * the first call.
 *
 * @param text - The text to analyse.
 * @param options - `types`: keep only these entity types.
 * @returns Entities sorted by offset and disjoint, with `text === input.slice(start, end)`.
 * @throws TypeError when `text` is not a string, or on unknown options or entity types.
 * @example
 * entities('زار بوتين بيلاروسيا', { types: ['LOC'] }).map((e) => e.text)
 * //=> ['بيلاروسيا']
 */
export function entities<T extends EntityType>(text: string, options: EntitiesOptions & { types: readonly T[] }): EntityOf<T>[];
/**
 * Finds named entities and numeric/temporal expressions in Arabic text (see the first signature;
 * without `types`, every type).
 */
export function entities(text: string, options?: EntitiesOptions): Entity[];
export function entities(text: string, options?: EntitiesOptions): Entity[] {
  return run('entities', text, options, undefined);
}

/**
 * @internal `entities` for one piece of a stream (analyzeStream): `memory` carries the names of
 * the pieces before it, so that the one-name-one-label pass reaches across paragraphs.
 */
export function entitiesInStream(text: string, memory: NameMemory): Entity[] {
  return run('analyzeStream', text, undefined, undefined, memory);
}

/**
 * Creates a recognizer that also knows the caller's own names. Gazetteer names win over any
 * entity they overlap (score 1); everything else is as in `entities`.
 *
 * @param options - `gazetteer`: names by type (`{ ORG: ['دهاد'] }`) or `{ text, type }[]`.
 * @returns `{ entities(text, options?) }`.
 * @throws TypeError on unknown options, a malformed gazetteer or an unknown entity type.
 * @example
 * createEntityRecognizer({ gazetteer: { ORG: ['مختبر ضاد'] } })
 *   .entities('أعلن مختبر ضاد نتائجه').map((e) => [e.type, e.text])
 * //=> [['ORG', 'مختبر ضاد']]
 */
export function createEntityRecognizer(options?: EntityRecognizerOptions): EntityRecognizer {
  const opts = checkOptions<EntityRecognizerOptions>('createEntityRecognizer', options, FACTORY_KEYS);
  const names = compileGazetteer(opts.gazetteer);
  return {
    entities: ((text: string, o?: EntitiesOptions): Entity[] => run('entities', text, o, names)) as EntityRecognizer['entities'],
  };
}
