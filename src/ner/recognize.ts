// The named-entity recognizer: a hashed-feature averaged perceptron with Viterbi decoding for
// PERS/LOC/ORG/MISC, a user gazetteer on top, and the numeric grammar's DATE/TIME/NUM/
// PERCENT/MONEY entities merged in. Works sentence by sentence; offsets are always into the
// caller's text.
import { assertString, checkOptions, describeType } from '../chars/guards.js';
import { sentences } from '../tokenize/index.js';
import { tokenize } from '../tokenize/index.js';
import type { Token } from '../tokenize/types.js';
import { unpackWeights } from './codec.js';
import { emissions, viterbi, type Weights } from './decode.js';
import { describe, NUM_TAGS, TAGS, type TokenInfo } from './features.js';
import { foldWord } from './fold.js';
import { segment } from '../segment/segment.js';
import { isStopwordSpelling } from '../stem/stopwords.js';
import { addPhrase, GIVEN_NAME, lexicon, type Lexicon } from './lexicon.js';
import { HASH_BUCKETS, SCALE, TRANSITIONS, WEIGHTS } from './model-data.js';
import { findNumericEntities } from './numeric/index.js';
import { DOC_WINDOW, postprocess, type NameMemory } from './consistency.js';
import { applyRules, endBeforeNumeric, isNisba } from './rules.js';
import type { Entity, EntityType } from './types.js';

/** Options of `entities`. */
export interface EntitiesOptions {
  /**
   * Keep only entities of these types.
   * @defaultValue all types
   */
  types?: readonly EntityType[];
}

/** A user gazetteer: names by type, or a list of `{ text, type }` entries. */
export type Gazetteer = Partial<Record<EntityType, readonly string[]>> | readonly { text: string; type: EntityType }[];

/** Options of `createEntityRecognizer`. */
export interface EntityRecognizerOptions {
  /**
   * Names to recognize as given, whatever the model says; they win over any overlapping
   * entity. Matched on folded words (diacritics, tatweel, alef/yeh/teh marbuta variants and
   * presentation forms do not matter), after the first word's proclitics.
   * @defaultValue no names
   */
  gazetteer?: Gazetteer;
}

/** A recognizer made by `createEntityRecognizer`. */
export interface EntityRecognizer {
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
      emit: unpackWeights(WEIGHTS, HASH_BUCKETS * NUM_TAGS),
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
 * original characters, skipping what folding drops (marks, tatweel).
 */
function originalOffset(word: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < letters) {
    seen += foldWord(word[i]!).length;
    i++;
  }
  // marks that belong to the last proclitic letter stay with it
  while (i < word.length && foldWord(word[i]!).length === 0) i++;
  return i;
}

/** The base form of an entity's text: marks and tatweel dropped, «لل» → «ال» restored. */
function baseForm(text: string, afterLam: boolean): string {
  let s = text.normalize('NFKC');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // U+064B..U+065F harakat, U+0670 SUPERSCRIPT ALEF, U+0640 TATWEEL, U+200C/U+200D joiners
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || c === 0x200c || c === 0x200d) continue;
    out += s[i];
  }
  s = out.replace(/\s+/g, ' ');
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

/**
 * Model entities of decoded pieces of one sentence (offsets relative to `text`); a PERS/LOC/ORG
 * that runs into a date, time, percentage or amount ends before it (`endBeforeNumeric`).
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
      let minMargin = Infinity;
      for (let k = i; k < j; k++) minMargin = Math.min(minMargin, margins[k]!);
      // ANERcorp leaves nationality adjectives (nisba «ال…ي»: «الروسي», «الكازاخي») outside
      // names — «الروسي» is O every time it occurs in train — so one that opens a longer
      // PERS span («الكازاخي قاسم جومارت توكاييف») is not part of the name.
      let from = i;
      if (type === 'PERS') while (j - from > 1 && isNisba(infos[from]!.word.b)) from++;
      // MISC loses to any overlapping numeric entity in `merge`, so it is not trimmed
      const to = type === 'MISC' ? j : endBeforeNumeric(part, from, j, numeric);
      if (to > from) pushSpan(text, part, infos, from, to, type, logistic(minMargin / MARGIN_SCALE), out, strips(part[from]!.text, infos[from]!));
      i = j;
    }
  }
}

/**
 * Whether a name the model found starts after the proclitics its first word was read with.
 * The model's reading keeps a split whenever the corpus knows the rest better than the whole
 * word, which cuts names whose rest is a common word («فيصل» → ف + «يصل», «كوفي» → ك + «وفي»).
 * The span drops the letters only when the word is not a listed given name and `segment`, with
 * its stem lexicon and name guards, splits them off too («وفيصل» → و + «فيصل»), or when the
 * letter is «و» before a word the corpus has never seen.
 */
function strips(word: string, info: TokenInfo): boolean {
  const { w, p } = info.word;
  if (p.length === 0) return false;
  if (((lexicon().classes.get(w) ?? 0) & GIVEN_NAME) !== 0) return false;
  let clitics = 0;
  for (const m of segment(word).prefixes) if (m.tag !== 'DET') clitics++;
  if (clitics >= p.length) return true;
  // a word the corpus has never seen, after «و»: a conjunction before a rare name («وقيرغيزيا»)
  return info.word.logFreq < 0 && p === '\u0648';
}

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
  let afterLam = false;
  if (p.length > 0) {
    start += originalOffset(first.text, p.length);
    // «لل» read as ل + the article: the base is «ال…», the word after the ل is not
    const { w, b } = infos[i]!.word;
    afterLam = p.charCodeAt(p.length - 1) === 0x0644 && w.charCodeAt(p.length) === 0x0644 && b.length === w.length - p.length + 1;
  }
  const end = part[j - 1]!.end;
  if (start >= end) return;
  const spanText = text.slice(start, end);
  out.push({ type, text: spanText, start, end, form: baseForm(spanText, afterLam), score: Math.round(score * 1000) / 1000 });
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
    const words = tokenize(name)
      .filter((t) => t.type !== 'punctuation')
      .map((t) => t.text);
    if (words.length === 0) return;
    addPhrase(index, words.join(' '));
    types.set(words.map(foldWord).join(' '), type as EntityType);
    if (words.length === 1) {
      const key = foldWord(words[0]!);
      let set = spellings.get(key);
      if (!set) spellings.set(key, (set = new Set()));
      set.add(letters(words[0]!));
    }
  };
  if (Array.isArray(g)) {
    g.forEach((e: unknown, k) => {
      if (e === null || typeof e !== 'object') throw new TypeError(`dhad.createEntityRecognizer: gazetteer[${k}] must be { text, type }, got ${describeType(e)}`);
      const { text, type } = e as { text: unknown; type: unknown };
      add(text, type, `gazetteer[${k}].text`);
    });
  } else if (g !== null && typeof g === 'object') {
    for (const [type, names] of Object.entries(g)) {
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
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
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

/** User-gazetteer matches in one sentence: longest match first, left to right. */
function userEntities(text: string, tokens: readonly Token[], lex: Lexicon, names: UserNames, out: Entity[]): void {
  const infos = describe(
    tokens.map((t) => t.text),
    lex,
  );
  let i = 0;
  while (i < tokens.length) {
    const info = infos[i]!;
    let best: string[] | undefined;
    for (const cands of [names.index.get(info.word.w), names.index.get(info.word.b)]) {
      if (!cands) continue;
      for (const c of cands) {
        if ((best && c.length <= best.length) || i + c.length > tokens.length) continue;
        let ok = true;
        for (let j = 1; j < c.length; j++) if (infos[i + j]!.word.w !== c[j]) ok = false;
        if (ok) best = c;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    const key = best.join(' ');
    // Folding makes «على» (on) the name «علي»: a word written as a function word matches a
    // one-word name only when the name was given in that very spelling.
    if (best.length === 1 && writtenAsOtherFunctionWord(tokens[i]!.text, info.word.p.length, names.spellings.get(key))) {
      i++;
      continue;
    }
    const type = names.types.get(key)!;
    // leave the proclitics out only when the name matched the base, not the whole word
    const whole = names.index.get(info.word.w)?.includes(best) ?? false;
    pushSpan(text, tokens, infos, i, i + best.length, type, 1, out, !whole);
    i += best.length;
  }
}

/**
 * Merges entity lists into one sorted, disjoint list. `user` entities win every overlap. For
 * the rest: a numeric entity wins over MISC; a PERS/LOC/ORG name wins over a NUM inside or
 * across it («مجموعة العشرين»), but a DATE/TIME/PERCENT/MONEY wins over a name it is not
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
    if (a.type === 'NUM') return false;
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
    const decoded = tokens.map((t) => decodeSentence(t, lex, w));
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
    });
    batch.forEach((s, k) => {
      const user: Entity[] = [];
      const model: Entity[] = [];
      if (names && names.index.size > 0) userEntities(s.text, tokens[k]!, lex, names, user);
      // the model runs even when only numeric types are wanted: names decide which NUMs stand
      const numeric = findNumericEntities(s.text, tokens[k]!);
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
    entities: (text: string, o?: EntitiesOptions): Entity[] => run('entities', text, o, names),
  };
}
