// Clitic segmentation: one word → proclitics + base + enclitics, every piece in offsets into
// the word. The decision is a comparison of corpus evidence (see scripts/build-segment-lexicon.ts):
// each analysis allowed by the morphotactics scores the weight of its stem (4 × log2 of how
// often the stem occurs free or after «ال») plus a fixed bonus per clitic, and the whole word
// is itself an analysis. «وقال» splits because «قال» is ten times more frequent than «وقال»;
// «وزارة» and «بيروت» stay whole because «زارة» and «يروت» are (almost) never seen. On top,
// a second table vetoes the splits that corpus statistics reject: a first letter that is no
// proclitic because the word is far more frequent than the clitic's measured rate allows
// («فورد» against «ورد»), an ending that is no pronoun because the stem takes no other
// («كورونا»).
import { presentationFormTable } from '../chars/arabic.js';
import { assertString, booleanOption, checkOptions } from '../chars/guards.js';
import { SEGMENT_LEXICAL, SEGMENT_STEMS } from '../lexicon/segment-stems.js';
import { decodeLexicon, type StemTable } from './lexicon-codec.js';
import { isFormatMark, isWeakLetter } from '../chars/code-units.js';
import { isArabicScript } from '../tokenize/scan.js';
import { sharedSlice } from '../tokenize/shared-slice.js';
import * as letters from './letters.js';
import type { Morpheme, MorphemeTag, Segmentation } from './types.js';
import { GIVEN_NAMES, words } from '../ner/lists.js';
import { CAPITALS, CITIES, placeNames } from '../ner/places.js';

// Local bindings, read once: the hot loops then touch plain constants, not module bindings.
const {
  ALEF,
  ALEF_HAMZA_ABOVE,
  ALEF_HAMZA_BELOW,
  ALEF_MADDA,
  ALEF_MAKSURA,
  BEH,
  FEH,
  HAMZA,
  HEH,
  KAF,
  LAM,
  MEEM,
  NOON,
  AIN,
  DAL,
  REH,
  TAH,
  ZAIN,
  SEEN,
  TEH,
  TEH_MARBUTA,
  WAW,
  WAW_HAMZA,
  YEH,
  YEH_HAMZA,
  foldLetter,
  isArabicLetter,
  isIgnorable,
} = letters;

/** Options of {@link segment}. */
export interface SegmentOptions {
  /**
   * Split the article «ال» off as a `DET` prefix. `false` keeps it in the base (the Penn
   * Arabic Treebank / Universal Dependencies scheme).
   * @defaultValue true
   */
  splitArticle?: boolean | undefined;
}

export const SEGMENT_OPTION_KEYS = ['splitArticle'] as const;

let stems: StemTable | undefined;
/** The stem lexicon, decoded on first use (never at import time). */
function lexicon(): StemTable {
  return (stems ??= decodeLexicon(SEGMENT_STEMS));
}

let lexicalTable: StemTable | undefined;
/**
 * True when raw[start..n) is a word whose first letter the corpus shows is no proclitic: it
 * occurs far more often than that clitic attached to the rest would («فورد» against «ورد»,
 * «كريس» against «ريس»; see scripts/build-segment-lexicon.ts).
 */
function isLexical(start: number, n: number): boolean {
  lexicalTable ??= decodeLexicon(SEGMENT_LEXICAL);
  const w = lexicalTable.weight(folded, start, n, -1);
  return w >= 0 && w >> 16 > 0;
}

/**
 * True when raw[start..n) ends like a pronoun but its stem takes none of the others, as a
 * name («كورونا», «مارينا»; see scripts/build-segment-lexicon.ts). Asked of the whole word
 * too before ك + stem + pronoun, the rarest stack in news: «كولينا», «كلوزه», «كريشنا» are
 * names, «كغيرها», «كعادته» take their other pronouns and are not listed.
 */
function keepsEnding(start: number, n: number): boolean {
  lexicalTable ??= decodeLexicon(SEGMENT_LEXICAL);
  const w = lexicalTable.weight(folded, start, n, -1);
  return w >= 0 && ((w >> 8) & 0xff) > 0;
}

// Scores are in lexicon weight units (4 × log2 of a count), so a bonus of +4 means "split
// when the stem is at least half as frequent as the whole word".
const UNKNOWN = -8; // a stem the corpus never showed (count ¼)
const UNKNOWN_WHOLE = 12; // an unknown whole word is most likely a name: split only for a known stem
const BONUS_CONJ_WAW = 6;
const BONUS_CONJ_FEH = 2;
// ب ك ل take nouns: they gain the stem's article evidence (see articleBonus) on top of these.
const BONUS_PREP_BEH = 0;
const BONUS_PREP_LAM = 0;
const BONUS_PREP_KAF = -12;
/** ب alone before a bare stem: breaks a tie with the whole word (see scoreAnalyses). */
const BONUS_BEH_TIE = 1;
const BONUS_LAM_IMPERFECT = 4; // ل before an imperfect verb: «ليكون»
/**
 * و ف before a stem written with a hamza on its alef («وأضاف», «فإذا»): hardly an Arabic word
 * begins with و or ف + أ إ آ (only «وأد», «فأر», «فأس» and their kin), so the conjunction is
 * split off a known stem even when the compound is far more frequent than the stem alone
 * (news writes «وأضاف» thirteen times as often as «أضاف»).
 */
const BONUS_CONJ_HAMZA = 12;
// With the article the stem is certainly a noun: fixed bonuses.
const BONUS_ARTICLE_AFTER_BEH = 8;
const BONUS_ARTICLE_AFTER_LAM = 8;
const BONUS_ARTICLE_AFTER_KAF = 0;
const BONUS_FUT = 4;
const BONUS_ARTICLE = 4;
const BONUS_SHORT_STEM = -4; // two-letter stems are risky
const PENALTY_STACKED = -4; // each clitic beyond the first (the article not counted)
/** Most a whole word gains, against proclitic analyses, for being seen after ب ك ل. */
const MAX_PREPOSITION_BONUS = 12;
/** Most a word gains for being seen after «ال» (which a clitic compound never is). */
const MAX_ARTICLE_BONUS = 16;
/** Before an unknown whole word, ب ك ل split only off a stem seen ≥ 64 times. */
const MIN_STEM_AFTER_UNKNOWN = 24;
/** و ل س split off an imperfect verb seen this often (4 occurrences) but rarer than MIN_RARE_STEM (see isRareVerb). */
const MIN_RARE_VERB = 8;
/** A two-letter stem carrying a clitic must be this frequent (≈ 1000 occurrences). */
const MIN_SHORT_STEM = 40;
/** …or, before a third-person pronoun, a two-letter noun this frequent (≈ 256 occurrences; see suffixAllowed). */
const MIN_SHORT_NOUN = 32;
/** A stem after a proclitic that is never seen after «ال» must be this frequent (16 occurrences). */
const MIN_RARE_STEM = 16;
/** …or, for a stem of five letters or more or a noun after ك, this frequent (8; see isRareNoun). */
const MIN_RARE_LONG_STEM = 12;
/**
 * ب ل before a stem seen this often (weight 28 ≈ 128 occurrences) escape the clitic-rate test
 * (isLexical): the names it keeps whole have rare tails («لياو»: «ياو» ≈ 64).
 */
const MIN_FREE_STEM = 28;
/** Evidence of a verb written with hamzat wasl after و ف (see isWaslaVerb): weight 20 ≈ 32 occurrences. */
const MIN_WASLA_VERB = 20;
/** A word in و seen after «ال» this often (weight 8 ≈ 4 occurrences) is a word of its own before a stem seen with it only («وجيزة»). */
const MIN_WHOLE_ARTICLE_WAW = 8;
/** Article weight of a stem that splits a fixed phrase off its clitic (see isSeenArticleSplit). */
const MIN_SEEN_ARTICLE_STEM = 10;
/** A lexical weight (see isLexical) from which such a word is a name all the same. */
const MAX_SEEN_ARTICLE_LEXICAL = 8;
/** A stem gains its article evidence before a possessive only from this weight on (≈ 32 occurrences). */
const MIN_POSSESSED_STEM = 20;
/**
 * ف is split off a frequent stem the clitic test would keep whole when و + stem weighs at least
 * the stem's weight minus this (4 × log2: the و-form is at least a fifth as frequent; see
 * narrativeVerb).
 */
const NARRATIVE_WAW_MARGIN = 10;
/** How much rarer (4 × log2: a quarter) than its stem a word in ف or ك must be for a rarer verb or noun to lose the proclitic (see rareNarrativeVerb, isRareKafNoun). */
const RARE_NARRATIVE_MARGIN = 8;
/** …or half as frequent (4 × log2 2) when its و-form is at least as frequent as its ف-form (see rareNarrativeVerb). */
const JOINED_NARRATIVE_MARGIN = 4;
/** How much more frequent (4 × log2: four times) than its stem a word in و may be for a rare stem to be read as a verb after the conjunction (see isNarrativeWawVerb). */
const JOINED_VERB_MARGIN = 8;
/** The same for a three-letter stem with a bare alef after و ف: «واكد» at least half as frequent as «أكد» (see isBareHamzaVerb). */
const SHORT_BARE_HAMZA_MARGIN = 4;
/** …and is seen after ب ك ل at most 1/16 of its count (4 × log2 16 = 16). */
const VERB_PREPOSITION_MARGIN = 16;
/** The imperfect that proves «التـ» a form VIII verb (see isFormEightVerb): weight 12 ≈ 8 occurrences. */
const MIN_IMPERFECT_WEIGHT = 12;
/** How much more frequent (4 × log2: twice) a word in و ف + two-letter stem + pronoun may be than its tail (see conjunctionRate). */
const CONJUNCTION_RATE_MARGIN = 4;
/** How much rarer (4 × log2: a quarter) a word in و + noun in ة + pronoun may be than its tail and still read its و as a radical (see isRadicalWaw). */
const RADICAL_WAW_MARGIN = 8;
/** What an unknown inflected stem scores below its known bare noun (see inflectedNoun). */
const INFLECTED_PENALTY = 8;
// A noun in «اة» replaces a known plural in «ات» before a pronoun only when more than twice as
// frequent (see scoreAnalyses).
const PLURAL_AT_MARGIN = 4;
// ل is not split off a stem in ت seen four times as often after ب ك ل as alone (see isPerfectTail).
const PERFECT_TAIL_MARGIN = 8;
// The article bonus of a stem seen with «ال» under an eighth of the time: a verb more than a noun.
const MAX_VERB_ARTICLE_BONUS = 12;
/** `last` of a stem whose form gains an alef rather than a changed last letter («أخبرو» → «أخبروا»). */
const APPEND_ALEF = 0x10000;
/** `last` of «م», «ع» before «نا» whose form is «من», «عن» (see «منا»). */
const APPEND_NOON = 0x20000;
/** `last` of a form IV perfect whose ت is kept against the noun in ة that scored it (see isFormFourPerfect). */
const KEEP_TEH = 0x40000;
/** `last` of a perfect in «تمو» before a pronoun, whose form is the verb in «تم» (see isPerfectPluralYou). */
const DROP_WAW = 0x80000;
/** `last` of «رآ» before a pronoun, whose form is the verb in «أى» (see the stem in «آ» in scoreAnalyses). */
const MADDA_MAKSURA = 0x100000;
/** A lone preposition ب / ل carrying a pronoun («به», «لهم») — always a split. */
const PREPOSITION_BASE_WEIGHT = 100;

// Enclitic pronouns, longest first within each final letter; `bonus` in weight units.
interface Pronoun {
  codes: number[];
  form: string;
  bonus: number;
  /** A third-person pronoun (ه ها هم هما هن). */
  third: boolean;
}
const PRONOUNS: Pronoun[] = [
  { form: 'هما', bonus: 8 },
  { form: 'ها', bonus: 8 },
  { form: 'هم', bonus: 8 },
  { form: 'هن', bonus: 4 },
  { form: 'ه', bonus: 6 },
  { form: 'كما', bonus: 0 },
  { form: 'كم', bonus: 0 },
  { form: 'كن', bonus: -4 },
  { form: 'ك', bonus: -4 },
  { form: 'نا', bonus: 0 },
  { form: 'ني', bonus: 0 },
  { form: 'ي', bonus: -12 },
].map((p) => ({ ...p, codes: [...p.form].map((c) => c.charCodeAt(0)), third: p.form.charCodeAt(0) === 0x0647 }));

/** Words that look like «ال» + stem but are one piece (after any و ف ب ك ل); «اللي» is the colloquial «الذي». */
const WHOLE_WITH_ARTICLE: readonly string[] = ['الله', 'اللهم', 'الذي', 'الذى', 'التي', 'التى', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللاتي', 'اللواتي', 'اللائي', 'اللي', 'الا', 'الى', 'الي'];
/**
 * Function words that begin with ب ك ل but are one piece, alone or with a pronoun:
 * «لدى» «لديهم» «لقد» «لكن» «كذلك» «كلما» «كأنه»; and «لله» (ل + «الله», written with
 * neither the alef nor one lam: no ل + «له»), so that «ولله» is و + «لله». «لما» is the
 * conjunction «when» (لمّا) that narrative text begins with «فلما», «ولما» — ف و + «لما»,
 * not ف و + ل + «ما» (for what), its far rarer reading there. «لست», «لسنا» are the verb
 * «ليس» (I am not, we are not), not ل + «ست» (for six), «سنا»: the verb is the commoner reading
 * in news («لست متأكدا» against «لست سنوات»), so «ولست» is و + «لست».
 */
const WHOLE_AFTER_PREPOSITION = ['لدى', 'لدي', 'لقد', 'لكن', 'لكي', 'لعل', 'لماذا', 'لما', 'لولا', 'كذلك', 'كلما', 'كأن', 'كأنما', 'كيف', 'كي', 'كلا', 'كلتا', 'بينما', 'لله', 'لست', 'لسنا', 'ليسا'].map(
  (w) => [...w].map((c) => c.charCodeAt(0)),
);
/** Two-letter particles and «كل» carrying pronouns: «مني» «عنك» «إننا» «كلها». */
const SHORT_PARTICLES = new Set(['من', 'عن', 'في', 'مع', 'ان', 'لن', 'كل', 'ضد']);
/**
 * Adverbs of place that take pronouns as prepositions do: «نا» after them is «us» («بيننا»,
 * «عندنا», «حولنا»), not the subject of a perfect verb («طلبنا»). Written as folded letters.
 */
const ADVERBS = new Set(['بين', 'عند', 'حول', 'فوق', 'تحت', 'امام', 'خلف', 'وراء', 'دون', 'مثل', 'حيال', 'تجاه', 'ازاء', 'نحو']);
/**
 * Words that are no perfect verb yet are rarely seen with the article, so «نا» after them is
 * «us», «our» as after a noun: the particles «لكن», «ليت», «لعل» («لكننا» is «لكن» + نا, as
 * «لكنهم»), «كأن» («كأننا», as though we; folded «كان», which the verb never shows before
 * «نا»: its own perfect is «كنا»), the noun of quantity «معظم» («معظمنا», most of us, beside
 * «معظمهم») and «أنفس», the plural of «نفس» in the reflexive «أنفسنا» (ourselves, beside
 * «أنفسهم»). Written as folded letters.
 */
const NA_HOSTS = ['لكن', 'ليت', 'لعل', 'كان', 'معظم', 'انفس'];

/**
 * Nouns that stand after ب in set phrases and hardly anywhere else, so the corpus knows the
 * whole word far better than the noun alone: «بمثابة» (as, tantamount to), «بواسطة» (by means
 * of), «بمعزل» (apart), «بمنأى» (away from), «بمحاذاة» (alongside), «بمقدور», «بوسع» (within the
 * power of). No word begins with these letters but ب + the noun (Farasa and UD segment
 * «بمثابة», «بواسطة» so). With ت for ة before a pronoun: «وبواسطته»; «مقتضى» (by virtue of) before a
 * pronoun only, where its ى is written ا («بمقتضاها»; «بمقتضى» alone splits by the scores).
 * (QA round 98) «رفقة» (in the company of): «برفقة», «برفقته», «وبرفقتها» — seen after ب more
 * often than alone, so the clitic-rate test took «برفقة» for a word (see isLexical).
 */
const PREPOSITIONAL_NOUNS = ['مثابة', 'مثابه', 'واسطة', 'واسطه', 'واسطت', 'معزل', 'منأى', 'منأي', 'محاذاة', 'محاذاه', 'محاذات', 'مقدور', 'وسع', 'مقتضا', 'رفقة', 'رفقه', 'رفقت'].map((w) =>
  [...w].map((c) => c.charCodeAt(0)),
);

/** Prepositions whose final alef maksura is written yeh before a pronoun: «عليه» → «على» + «ه». */
const MAKSURA_PARTICLES = new Set(['علي', 'إلي', 'الي', 'لدي']);

// Scratch buffers reused across calls (the segmenter is synchronous and not re-entrant).
let raw = new Uint16Array(64); // letters without marks, unfolded
let folded = new Uint16Array(64); // the same letters folded for look-ups
let position = new Int32Array(65); // original offset of each kept letter (+ word length at the end)

function ensureCapacity(n: number): void {
  n += 1; // room for one appended letter (see suffixAllowed)
  if (raw.length >= n) return;
  let size = raw.length;
  while (size < n) size *= 2;
  raw = new Uint16Array(size);
  folded = new Uint16Array(size);
  position = new Int32Array(size + 1);
}

/**
 * True when the article + stem raw[start - 2..end) is one of WHOLE_WITH_ARTICLE («الذي» …);
 * with `elided`, when «ال» + raw[start..end) is (raw[start - 2..start) being «لل»).
 */
function isWholeWithArticle(start: number, end: number, elided = false): boolean {
  if (end - start > 5 || end - start < 1) return false;
  const c = raw[start]!;
  // Every entry continues the article with ل ذ ت ا ى ي: skip the string for everything else.
  if (c !== LAM && c !== 0x0630 && c !== TEH && c !== ALEF && c !== ALEF_MAKSURA && c !== YEH) return false;
  // (compared in the buffer: no string is made per candidate)
  if (!elided) return rawIsOneOf(WHOLE_WITH_ARTICLE, start - 2, end);
  for (const w of WHOLE_WITH_ARTICLE) if (spellsFrom(raw, w, 2, start, end)) return true;
  return false;
}

/**
 * True when «ال» + raw[start..end) is a relative pronoun of WHOLE_WITH_ARTICLE written with د
 * for ذ: «الدي» is «الذي» misspelt (its article count in news is that of the typo), not ال +
 * «دي» (this, colloquial; the particle of names «دي ميستورا»). So «والدي» (my father, my
 * parents) is not read as و + ال + «دي». Asked of two-letter stems only: «الدين» (religion)
 * is ال + «دين», though «الذين» is a relative pronoun.
 */
function isDotlessRelative(start: number, end: number): boolean {
  if (raw[start] !== DAL) return false;
  for (const w of WHOLE_WITH_ARTICLE) if (w.charCodeAt(2) === 0x0630 && spellsFrom(raw, w, 3, start + 1, end)) return true;
  return false;
}

/** The look-up of «ا» + raw[start..end) (see prefixElided): «لذين» is read as «الذين». */
function elidedWeight(table: StemTable, start: number, end: number): number {
  const kept = folded[start - 1]!;
  folded[start - 1] = ALEF;
  const entry = table.weight(folded, start - 1, end, -1);
  folded[start - 1] = kept;
  return entry;
}

/**
 * True when raw[start..end) is shaped as the verbal noun of a form III verb, مفاعلة: م, a
 * radical, ا, two radicals (the last no و ي), then ة, the plural «ات», or (before a pronoun)
 * ت — «مجابهة», «مواكبة», «مماطلات», «مؤازرت» of «مؤازرتهم». After ب ل no other reading of
 * the letters is a word (no root begins «لم…ا» or «بم…ا» so), though the corpus may know the
 * whole word better than the noun («لمجابهة»); asked after ب ل only.
 */
function isFormThreeVerbalNoun(start: number, end: number, beforePronoun: boolean): boolean {
  const length = end - start;
  const last = raw[end - 1];
  const core =
    length === 6 && (last === TEH_MARBUTA || (beforePronoun && last === TEH)) ? 5
    : length === 7 && last === TEH && raw[end - 2] === ALEF ? 5
    : 0;
  return (
    core === 5 &&
    raw[start] === MEEM &&
    raw[start + 2] === ALEF &&
    raw[start + 1] !== ALEF &&
    raw[start + 3] !== ALEF &&
    // a weak last radical is written ا, مفاعاة («ملاقاة», «مقاضاة», «ملاقات» of «ملاقاته»), in
    // the singular only (its plural is مفاعيات); as و ي it is no such noun («لمفاوية»,
    // lymphatic, has none after ل)
    (raw[start + 4] === ALEF ? length === 6 : raw[start + 4] !== WAW && raw[start + 4] !== YEH)
  );
}

/**
 * True when raw[start..end) is shaped as the verbal noun of a form VI verb, تفاعل: ت, a
 * radical, ا (آ before a first radical hamza, «تآلف»), two radicals, alone or with the plural
 * «ات» — «تناقل», «تضافر», «تعامدات», and with a weak last radical written ي, «تلافي»,
 * «تفاني». The first two radicals differ (no root begins with a doubled letter: «ترارك» of
 * «بترارك», Petrarch, is no such noun), and the last is no alef, ة or ى (a noun in ة,
 * «تبالة», is another pattern). Asked right after ب ل (see formSix in analyze).
 */
function isFormSixVerbalNoun(start: number, end: number): boolean {
  const length = end - start;
  if (length !== 5 && !(length === 7 && raw[end - 2] === ALEF && raw[end - 1] === TEH)) return false;
  const first = raw[start + 1]!;
  const second = raw[start + 3]!;
  const third = raw[start + 4]!;
  const long = raw[start + 2]!;
  return (
    raw[start] === TEH &&
    (long === ALEF || long === ALEF_MADDA) &&
    first !== ALEF &&
    second !== ALEF &&
    first !== second &&
    third !== ALEF &&
    third !== TEH_MARBUTA &&
    third !== ALEF_MAKSURA
  );
}

/**
 * True when raw[start..end) is shaped as the verbal noun of a form II verb, تفعيل: ت, two
 * radicals, ي, a radical — «تحفيظ», «تزويج», «توكيل». No radical is an alef, and the last is no
 * ة, ى or ي (a defective noun, «تنمية», «تولية», is another pattern, left to the scores). Asked
 * right after ب ل (see formTwo in analyze).
 */
function isFormTwoVerbalNoun(start: number, end: number): boolean {
  if (end - start !== 5) return false;
  const first = raw[start + 1]!;
  const second = raw[start + 2]!;
  const third = raw[start + 4]!;
  return (
    raw[start] === TEH &&
    raw[start + 3] === YEH &&
    first !== ALEF &&
    second !== ALEF &&
    second !== YEH &&
    third !== ALEF &&
    third !== YEH &&
    third !== TEH_MARBUTA &&
    third !== ALEF_MAKSURA
  );
}

/**
 * True when raw[start..end) is shaped as a perfect verb of form VI, تفاعل, as isFormSixVerbalNoun
 * reads its five letters (without the weak last radical ي), alone or with the endings of
 * «تفاعلت», «تفاعلا», «تفاعلوا»; before an object pronoun (`object`) only the bare verb or its
 * «ت» («تجاهله», «تجاهلته»): a plural's «وا» is written «و» there. Asked right after و ف
 * (see formSixVerb in analyze).
 */
function isFormSixPerfect(start: number, end: number, object: boolean): boolean {
  let stemEnd = end;
  const length = end - start;
  if (length === 6 && (raw[end - 1] === TEH || (!object && raw[end - 1] === ALEF))) stemEnd = end - 1;
  else if (length === 7 && !object && raw[end - 2] === WAW && raw[end - 1] === ALEF) stemEnd = end - 2;
  else if (length !== 5) return false;
  return isFormSixVerbalNoun(start, stemEnd) && raw[stemEnd - 1] !== YEH;
}

/**
 * True when the word raw[0..n) ends in letters of an object or possessive pronoun (ه ي ك, «ها»,
 * «هم», «كم», «هما», «كما», «هن», «كن»), whatever the rest: asked by the form X split (see there).
 */
function endsInPronoun(n: number): boolean {
  const last = raw[n - 1];
  if (last === HEH || last === YEH || last === KAF) return true;
  const prev = raw[n - 2];
  if (last === MEEM || last === NOON || last === ALEF) {
    if (prev === HEH || prev === KAF) return true;
    if (last === ALEF && prev === MEEM && (raw[n - 3] === HEH || raw[n - 3] === KAF)) return true;
  }
  return false;
}

/**
 * True when pronoun `s` is ه, «ها», «هم», «هما»: the objects the form X split takes (not ك, the
 * last radical of «استهلاك», «استدرك»).
 */
function isFormTenObject(s: number): boolean {
  const form = PRONOUNS[s]!.form;
  return form === 'ه' || form === 'ها' || form === 'هم' || form === 'هما';
}

/** True when raw[start..end) is a noun of PREPOSITIONAL_NOUNS (asked after ب only; no allocation). */
function isPrepositionalNoun(start: number, end: number): boolean {
  const c = raw[start];
  if (end - start < 3 || end - start > 6 || (c !== MEEM && c !== WAW && c !== REH)) return false;
  next: for (const codes of PREPOSITIONAL_NOUNS) {
    if (codes.length !== end - start) continue;
    for (let i = 0; i < codes.length; i++) if (raw[start + i] !== codes[i]) continue next;
    return true;
  }
  return false;
}

function rawSlice(start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(raw[i]!);
  return s;
}

/** True when the word being segmented holds presentation forms (set by segmentWord). */
let shaped = false;

/** True when the caller of segmentWord keeps its result (see there). */
let shareBase = false;

/** A piece `word.slice(start, end)`, its offsets shifted by `offset` (the word's place in a text). */
function morpheme(word: string, start: number, end: number, form: string, tag: MorphemeTag, offset: number): Morpheme {
  return { text: word.slice(start, end), form, start: start + offset, end: end + offset, tag };
}

/**
 * A clitic piece: when it carries no marks its text is its (constant) form, so running text
 * does not allocate a one-letter string per clitic.
 */
function clitic(word: string, start: number, end: number, form: string, tag: MorphemeTag, offset: number): Morpheme {
  const text = !shaped && end - start === form.length ? form : word.slice(start, end);
  return { text, form, start: start + offset, end: end + offset, tag };
}

/**
 * The shared empty list of a segmentation without prefixes or suffixes. Frozen: segmentations
 * are values to read, and not allocating two arrays per word keeps `segmentText` fast.
 */
const NONE: Morpheme[] = Object.freeze([]) as unknown as Morpheme[];

function wholeWord(word: string, offset: number): Segmentation {
  return { prefixes: NONE, base: morpheme(word, 0, word.length, formOf(word), 'STEM', offset), suffixes: NONE };
}

/** The word without ignorable marks and invisibles — the `form` of an unsplit base. */
function formOf(word: string): string {
  // A long "word" (a megabyte of letters and marks) is copied through a code-unit buffer: a
  // concatenation per dropped mark would build a rope of a million pieces, which the
  // collector then walks (superlinear before session 19)
  if (word.length > LONG_FORM) return longFormOf(word);
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isIgnorable(c) || c === 0x061c || isInvisible(c)) {
      out += word.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? word : out + word.slice(from);
}

/** Words longer than this take {@link longFormOf}. */
const LONG_FORM = 1024;

/** {@link formOf} for a long word: kept code units gathered in a buffer, made a string in slices. */
function longFormOf(word: string): string {
  const kept = new Uint16Array(word.length);
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!(isIgnorable(c) || c === 0x061c || isInvisible(c))) kept[n++] = c;
  }
  if (n === word.length) return word;
  const parts: string[] = [];
  for (let at = 0; at < n; at += 8192) parts.push(String.fromCharCode.apply(null, kept.subarray(at, Math.min(n, at + 8192)) as unknown as number[]));
  return parts.join('');
}

// A proclitic analysis: which pieces, where the stem starts, and the bonus.
// Encoded in small parallel arrays filled per word (at most 12 candidates).
const prefixConj = new Int32Array(16); // 0 none, else the letter
const prefixMid = new Int32Array(16); // 0 none, else the letter (ب ك ل = PREP, س = FUT)
const prefixArticle = new Int32Array(16); // 0 none, 1 «ال», 2 «ل» with the alef elided (after ل)
const prefixEnd = new Int32Array(16);
const prefixBonus = new Float64Array(16);
const prefixClitics = new Int32Array(16); // how many of و ف ب ك ل س (the article not counted)
const prefixElided = new Uint8Array(16); // 1: ل before a relative pronoun whose alef it elides («للذين»)

function midBonus(c: number): number {
  return c === BEH ? BONUS_PREP_BEH : c === LAM ? BONUS_PREP_LAM : c === KAF ? BONUS_PREP_KAF : BONUS_FUT;
}

let candidateCount = 0;
function pushCandidate(conj: number, mid: number, article: number, end: number, bonus: number, elided = 0): void {
  const k = candidateCount++;
  prefixElided[k] = elided;
  prefixConj[k] = conj;
  prefixMid[k] = mid;
  prefixArticle[k] = article;
  prefixEnd[k] = end;
  prefixBonus[k] = bonus;
  prefixClitics[k] = (conj !== 0 ? 1 : 0) + (mid !== 0 ? 1 : 0);
}

/** Fills the proclitic candidates of raw[0..n); returns how many. Index 0 is "no proclitic". */
function prefixCandidates(n: number): number {
  candidateCount = 0;
  pushCandidate(0, 0, 0, 0, 0);
  const first = raw[0]!;
  const conjs = first === WAW || first === FEH ? 2 : 1;
  for (let k = 0; k < conjs; k++) {
    const conj = k === 0 ? 0 : first;
    const at = k; // index after the conjunction
    const conjBonus = k === 0 ? 0 : conj === WAW ? BONUS_CONJ_WAW : BONUS_CONJ_FEH;
    if (k === 1 && n - at >= 2) pushCandidate(conj, 0, 0, at, conjBonus);
    const c = raw[at]!;
    // The article straight after the conjunction (or at the start).
    if (c === ALEF && raw[at + 1] === LAM && n - at - 2 >= 2) {
      pushCandidate(conj, 0, 1, at + 2, conjBonus + BONUS_ARTICLE);
    }
    if ((c === BEH || c === KAF || c === LAM) && !startsWholeWord(at, n)) {
      // ل before a relative pronoun elides its alef: «للذين» is ل + «الذين», the base written «لذين»
      const elided = c === LAM && raw[at + 1] === LAM && isWholeWithArticle(at + 2, n, true) ? 1 : 0;
      // ك takes stems of three letters, but for «كل» (as a whole: «ككل»)
      if (n - at - 1 >= (c === KAF && !isKafKull(at, n) ? 3 : 2)) pushCandidate(conj, c, 0, at + 1, conjBonus + midBonus(c), elided);
      const withArticle =
        conjBonus + BONUS_ARTICLE + (c === BEH ? BONUS_ARTICLE_AFTER_BEH : c === LAM ? BONUS_ARTICLE_AFTER_LAM : BONUS_ARTICLE_AFTER_KAF);
      if (elided === 1) {
        // no article candidate: «الذين» is one piece
      } else if (c !== LAM && raw[at + 1] === ALEF && raw[at + 2] === LAM && n - at - 3 >= 2) {
        pushCandidate(conj, c, 1, at + 3, withArticle);
      } else if (c === LAM && raw[at + 1] === LAM && n - at - 2 >= 2) {
        pushCandidate(conj, c, 2, at + 2, withArticle); // «لل» = ل + ال with the alef elided
      }
    } else if (c === SEEN && n - at - 1 >= 3) {
      // The future particle only before an imperfect prefix: ي ت ن أ.
      const next = raw[at + 1]!;
      if (isImperfectPrefix(next)) pushCandidate(conj, c, 0, at + 1, conjBonus + BONUS_FUT);
    }
  }
  return candidateCount;
}

/** True when raw[at..n) is «ككل» (as a whole): ك before the quantifier «كل», the one two-letter stem it takes. */
function isKafKull(at: number, n: number): boolean {
  return n - at === 3 && raw[at + 1] === KAF && raw[at + 2] === LAM;
}

/** True when raw[at..n) is a function word of WHOLE_AFTER_PREPOSITION, alone or + a pronoun. */
function startsWholeWord(at: number, n: number): boolean {
  for (const w of WHOLE_AFTER_PREPOSITION) {
    if (n - at < w.length) continue;
    let same = true;
    for (let k = 0; k < w.length; k++) {
      if (raw[at + k] !== w[k]) {
        same = false;
        break;
      }
    }
    if (!same) continue;
    if (n - at === w.length) return true;
    // the forms of «ليس» take no pronoun: «ليساهم» is ل + «يساهم» (to contribute), not «ليسا» + هم
    if (w[1] === SEEN || w[2] === SEEN) continue;
    for (let s = 0; s < PRONOUNS.length; s++) {
      if (PRONOUNS[s]!.codes.length === n - at - w.length && pronounAt(n, s)) return true;
    }
  }
  return false;
}

/** True when pronoun number `p` ends raw[0..n). */
function pronounAt(n: number, p: number): boolean {
  const codes = PRONOUNS[p]!.codes;
  const len = codes.length;
  if (n < len) return false;
  for (let i = 0; i < len; i++) if (raw[n - len + i] !== codes[i]) return false;
  return true;
}

/**
 * Bonus of a whole word for being seen after a preposition: «لفورد» or «بفلورانس» prove the
 * word a stem that takes proclitics itself, which «بسبب» (never «لبسبب») is not.
 */
function prepositionBonus(w: number): number {
  if (w < 0) return 0;
  const preposition = w & 0xff;
  if (preposition === 0) return 0;
  // preposition - evidence ≈ 4 × log2(share seen after ب ك ل): nothing below 1/256.
  return Math.max(0, Math.min(MAX_PREPOSITION_BONUS, preposition - (w >> 16) + 32));
}

/** Score of a looked-up stem entry, or UNKNOWN, with a penalty for two-letter stems. */
function stemWeight(entry: number, length: number): number {
  const base = entry < 0 ? UNKNOWN : entry >> 16;
  return length === 2 ? base + BONUS_SHORT_STEM : base;
}

/**
 * True when a stem may gain its article evidence before a possessive pronoun: a stem seen at
 * least MIN_POSSESSED_STEM times that does not begin like an imperfect verb («يساهم» is no
 * «يسا» + «هم», «تبرهن» no «تبر» + «هن»: verbs end in these letters, and their stems
 * are rare nouns or names that the article evidence would favour). Only the third-person
 * pronouns take it (see Pronoun.third): names end in «ي», «ك», «نا» far more often than in
 * «ه» («روحاني», «ماسك», «روتانا»).
 */
function possessedNoun(entry: number, stemStart: number): boolean {
  if (entry < 0 || entry >> 16 < MIN_POSSESSED_STEM) return false;
  const c = raw[stemStart]!;
  return c !== YEH && c !== TEH; // not ن: «نظيره» is «نظير» + «ه»
}

/**
 * The article evidence of raw[0..n - 1) when raw[0..n) ends in the alef of an accusative
 * tanween and its letters without that alef are a noun of three letters or more seen with the
 * article («فردا» → «فرد», «إعلانا» → «إعلان»); else 0. A noun seen free far more often than
 * with the article gets the full bonus after ب ك ل (see isPrepositionalAccusative: «بعدا»).
 */
function accusativeNoun(table: StemTable, n: number, whole: number): number {
  if (n < 4 || raw[n - 1] !== ALEF) return 0;
  // a particle with «نا» («فينا», «معنا»), whatever «الفين» (a bare-alef «ألفين») says
  if (n === 4 && raw[2] === NOON && isShortParticle(0)) return 0;
  // plurals and duals in ين ون take no tanween: «مواطنينا» is «مواطني» + «نا»; and before
  // «ها» the pronoun is far likelier than a noun in ه («أوجها» is «أوج» + «ها»)
  // (but for singulars in ين of the shapes فعيل and تفعيل: «ثمينا», «تحصينا», «تأمينا»)
  // (nor for the broken plural فعول of four letters, no sound plural: «ديونا», «عيونا», «فنونا»)
  if ((raw[n - 3] === YEH || raw[n - 3] === WAW) && raw[n - 2] === NOON && !(n === 5 && raw[0] !== WAW) && !(raw[n - 3] === YEH && n === 6 && raw[0] === TEH)) return 0;
  if (raw[n - 2] === HEH) return 0;
  const entry = table.weight(folded, 0, n - 1, -1);
  if (entry < 0 || entry >> 16 < MIN_RARE_STEM) return 0;
  // a noun is more frequent than its accusative: «بروما» is no «بروم» + tanween
  if (whole >= 0 && entry >> 16 < whole >> 16) return 0;
  const bonus = articleBonus(entry);
  if (bonus > 0 || !isPrepositionalAccusative(table, n, entry)) return bonus;
  return MAX_ARTICLE_BONUS;
}

/**
 * True when raw[0..n) (an accusative, see accusativeNoun) begins with ب ك ل, its noun
 * raw[0..n - 1) (`entry`) is seen with the article MIN_RARE_STEM times or more though free far
 * more often (a preposition too), and that noun is at least as frequent as the word after the
 * preposition: «بعدا» is «بعد» (a dimension) + tanween, not ب + «عدا» (a preposition governs
 * no word in tanween alef, only one whose alef is its own, which «عدا» is not beside «بعد»).
 */
function isPrepositionalAccusative(table: StemTable, n: number, entry: number): boolean {
  const first = raw[0]!;
  if ((first !== BEH && first !== KAF && first !== LAM) || ((entry >> 8) & 0xff) < MIN_RARE_STEM) return false;
  const stem = table.weight(folded, 1, n, -1);
  return stem < 0 || entry >> 16 >= stem >> 16;
}

/** How much more frequent (4 × log2: 4 times) a noun in ه must be than the stem before «ها» (see isAccusativeInHeh). */
const HEH_NOUN_MARGIN = 8;

/**
 * True when «ها» after the stem raw[start..end) is the ه of a noun + the alef of its accusative
 * tanween: the stem + ه is a noun seen with the article (MIN_RARE_STEM times or more), four
 * times as frequent as the stem or more: «متوجها», «جنيها», «فقيها», «مياها» are «متوجه»,
 * «جنيه», «فقيه», «مياه» + ا (heading, a pound, a jurist, water), not «متوج», «جني», «فقي»,
 * «ميا» + ها; «دولها», «غربها», «مسماها» keep their pronoun («دول», «غرب», «مسمى» are the
 * frequent words).
 */
function isAccusativeInHeh(table: StemTable, entry: number, start: number, end: number): boolean {
  const noun = table.weight(folded, start, end + 1, -1);
  if (noun < 0 || noun >> 16 < MIN_RARE_STEM || articleBonus(noun) === 0) return false;
  return entry < 0 || noun >> 16 >= (entry >> 16) + HEH_NOUN_MARGIN;
}

/**
 * Morphotactics for a few analyses, out of `choose`'s loop (its callers test the cheap part):
 * - a final ا read as ى before a pronoun, on a stem that also reads as the future س + an
 *   imperfect, needs a noun seen without the article too: one written with it nearly always is
 *   a name in ي («السيسي»: «سيساهم» is س + «يساهم», not «سيسى» + «هم»);
 * - «إعلانا» is «إعلان» + tanween, not «إعلى» + «نا»: a word whose letters without the final
 *   alef are a noun seen with the article (accusative > 0) takes no «نا»;
 * - after the article, a frequent stem never seen with it (under 3 times) that begins like an
 *   imperfect verb is a verb, not a noun: «فاليري» (Valerie) is no ف + ال + «يري» (he sees).
 */
function vetoed(p: number, s: number, entry: number, stemStart: number, n: number, last: number, accusative: number): boolean {
  if (last === ALEF_MAKSURA && raw[stemStart] === SEEN && isImperfectPrefix(raw[stemStart + 1]!) && ((entry >> 8) & 0xff) >= entry >> 16) return true;
  if (s >= 0 && accusative > 0 && PRONOUNS[s]!.codes.length === 2 && raw[n - 2] === NOON) return true;
  return prefixArticle[p] !== 0 && entry >= 0 && ((entry >> 8) & 0xff) === 0 && entry >> 16 >= MIN_FREE_STEM && isImperfectPrefix(raw[stemStart]!);
}

/** Set by wholeEvidence: the whole word's count after ب ك proves nothing (see afterWawIsClitic). */
let wawClitic = false;

/**
 * The accusative evidence of raw[0..n) (see accusativeNoun) and, in wawClitic, whether its
 * count after ب ك is to be ignored. Out of `choose`, which calls it for few words.
 */
function wholeEvidence(table: StemTable, n: number, whole: number, ownArticle: number, preposition: number): number {
  wawClitic = preposition > 0 && raw[0] === WAW && afterWawIsClitic(table, n, whole);
  if (raw[n - 1] !== ALEF) return 0;
  // No look-up when nothing competes with the whole word: neither a proclitic letter in front
  // nor «نا», «هما», «كما» behind («أيضا», «جديدا»); nor when it has the full article bonus
  // and no «نا» to settle.
  const first = raw[0]!;
  const ending = raw[n - 2]!;
  const contested =
    ending === NOON || ending === MEEM || first === WAW || first === FEH || first === BEH || first === KAF || first === LAM || first === SEEN || first === ALEF;
  return contested && (ownArticle < MAX_ARTICLE_BONUS || ending === NOON) ? accusativeNoun(table, n, whole) : 0;
}

/** {@link accusativeNoun} as a test, for the stem table of `choose`. */
function isAccusative(n: number): boolean {
  const table = lexicon();
  return accusativeNoun(table, n, table.weight(folded, 0, n, -1)) > 0;
}

/**
 * True when raw[0..n), which begins with و, never takes the article and is rarer than what
 * follows its و, itself no noun: a clitic compound («ولن», «ويرى») rather than a noun
 * («وجهة») or a word of its own («وردت»).
 */
function afterWawIsClitic(table: StemTable, n: number, whole: number): boolean {
  if (whole < 0 || articleBonus(whole) > 0) return false;
  const stem = table.weight(folded, 1, n, -1);
  // the stem a function word or verb, never a noun seen with the article («وست» is no و + «ست»)
  return stem >= 0 && stem >> 16 >= whole >> 16 && articleBonus(stem) === 0;
}

/**
 * True when «ال» + raw[start..end) (a stem beginning with ت) is a form VIII verb of a root
 * whose first letter is ل, not the article before a noun: «التقى», «التزم», «التحق», «التقطت»
 * (the «ال» is the verb's alef and first radical, the ت its infix). The imperfect «يلتـ» of
 * the same letters, without a perfect ending (ت وا ا نا) and with a weak final ي restored
 * («التقت» → «يلتقي»), must be seen at least MIN_IMPERFECT_WEIGHT and at least as often as the
 * stem is seen without the article («تهم», the charges, is free far more often than «يلتهم»).
 */
function isFormEightVerb(table: StemTable, start: number, end: number, entry: number): boolean {
  // a stem seen free a quarter of the time or more is a noun (a test without a look-up; the
  // verb's own «التـ» spelling gives its stem nearly all of its evidence after the article)
  if (entry >= 0 && ((entry >> 8) & 0xff) < (entry >> 16) - 1) return false;
  const alef = start - 2;
  let imperfect = -1;
  folded[alef] = YEH;
  for (let k = 0; k < 5 && imperfect >> 16 < MIN_IMPERFECT_WEIGHT; k++) {
    // the stem without a perfect ending: none, ت, وا, ا, نا
    const e =
      k === 0 ? end
      : k === 1 ? (raw[end - 1] === TEH ? end - 1 : -1)
      : k === 2 ? (raw[end - 1] === ALEF && raw[end - 2] === WAW ? end - 2 : -1)
      : k === 3 ? (raw[end - 1] === ALEF ? end - 1 : -1)
      : raw[end - 1] === ALEF && raw[end - 2] === NOON ? end - 2 : -1;
    if (e - start < 2) continue;
    imperfect = Math.max(imperfect, table.weight(folded, alef, e, -1));
    if (e < end) {
      // a weak final: «التقت» is «التقى» + ت, its imperfect «يلتقي»
      const kept = folded[e]!;
      folded[e] = YEH;
      imperfect = Math.max(imperfect, table.weight(folded, alef, e + 1, -1));
      folded[e] = kept;
    }
  }
  folded[alef] = ALEF;
  if (imperfect < 0 || imperfect >> 16 < MIN_IMPERFECT_WEIGHT) return false;
  if (entry < 0) return true;
  // the stem's count without the article: evidence − after-article, back from 4 × log2
  const free = 2 ** ((entry >> 16) / 4) - ((entry >> 8) & 0xff ? 2 ** (((entry >> 8) & 0xff) / 4) : 0);
  return free < 2 || imperfect >> 16 >= 4 * Math.log2(free);
}

/**
 * True when «ال» + raw[start..n) (a stem beginning with ت), or it without a pronoun, is a
 * verbal noun of form VIII whose «ال» is its alef and first radical («التزام», «التقاط»), not
 * the article: the word is itself seen after the article («الالتزام»; an article + noun is
 * never written with a second one) and the stem is hardly ever seen without it («تزام»,
 * «تقاط» only occur inside those words). So «التزامه» is «التزام» + «ه», not «ال» + «تزامه»,
 * while «التماسك» stays «ال» + «تماسك» (seen free as often as not). A verbal noun «تCاC» whose
 * word is too rare after the article is asked about its verb instead (isFormEightMasdar).
 */
function isFormEightNoun(table: StemTable, start: number, n: number): boolean {
  const from = start - 2;
  for (let s = -1; s < PRONOUNS.length; s++) {
    const end = s < 0 ? n : n - PRONOUNS[s]!.codes.length;
    if (s >= 0 && !pronounAt(n, s)) continue;
    if (end - start < 3) continue;
    const stem = table.weight(folded, start, end, -1);
    // nearly all of the stem's evidence after the article (or none at all)
    if (stem >= 0 && ((stem >> 8) & 0xff) < (stem >> 16) - 1) continue;
    const word = table.weight(folded, from, end, -1);
    if (word >= 0 && ((word >> 8) & 0xff) > 0) return true;
    if (isFormEightMasdar(table, start, end)) return true;
  }
  return false;
}

/** The verb «يلتـ» or participle «ملتـ» that {@link isFormEightMasdar} and {@link isDefectiveFormEightPerfect} look up (five letters at most). */
const formEightVerb = new Uint16Array(5);

/**
 * (QA round 129) True when raw[start..end), the stem after «ال», is «تCاC», alone or with the
 * ending ة or ات: the verbal noun of form VIII (افتعال) of a root in ل, whose «ال» is its alef
 * and first radical («التواء», «التفافة», «التهام»), and the verb of that root is seen: its
 * imperfect «يلتCC» or its participle «ملتCC» weighs MIN_IMPERFECT_WEIGHT or more (a hamza
 * after the alef stands for a weak radical, read ي: «يلتوي», «ملتوي»; a doubled root is
 * written once: «يلتف»). The evidence of the word after the article («الالتواء»), which
 * isFormEightNoun asks first, is too rare for these; nouns of the same shape have no such verb
 * («التفاح», «التناخ», «التتار»: no «يلتفح», «يلتنخ»), and those seen free are refused before
 * («التمام», with «يلتم»).
 */
function isFormEightMasdar(table: StemTable, start: number, end: number): boolean {
  let core = end;
  if (raw[core - 1] === TEH_MARBUTA) core--;
  else if (raw[core - 1] === TEH && raw[core - 2] === ALEF && core - start === 6) core -= 2;
  if (core - start !== 4 || raw[start] !== TEH || raw[start + 2] !== ALEF) return false;
  const second = folded[start + 1]!;
  const third = raw[start + 3]!;
  formEightVerb[1] = LAM;
  formEightVerb[2] = TEH;
  formEightVerb[3] = second;
  let length = 5;
  if (third === HAMZA) formEightVerb[4] = YEH;
  else if (folded[start + 3] === second) length = 4;
  else formEightVerb[4] = folded[start + 3]!;
  for (let k = 0; k < 2; k++) {
    formEightVerb[0] = k === 0 ? YEH : MEEM;
    const w = table.weight(formEightVerb, 0, length, -1);
    if (w >= 0 && w >> 16 >= MIN_IMPERFECT_WEIGHT) return true;
  }
  return false;
}

/**
 * The weight of the noun that raw[start..end) inflects with a sound plural, dual or feminine
 * ending (ون ين ات ان ة ية), when that noun has three letters or more and is seen with the
 * article; else 0.
 */
function inflectedNoun(table: StemTable, start: number, end: number): number {
  const last = raw[end - 1]!;
  const before = raw[end - 2]!;
  const cut =
    last === NOON && (before === WAW || before === YEH || before === ALEF) ? 2
    : last === TEH && before === ALEF ? 2
    : last === TEH_MARBUTA ? (before === YEH ? 2 : 1)
    : 0;
  if (cut === 0 || end - cut - start < 3) return 0;
  const entry = table.weight(folded, start, end - cut, -1);
  return entry >= 0 && articleBonus(entry) > 0 ? entry >> 16 : 0;
}

/**
 * (QA round 121) The entry of the singular in ة of raw[start..end), a feminine noun's dual in
 * «تين» after candidate `p`, ب ك ل (after و ف or alone, no article), or in «تين» or «تان» after
 * و alone (a preposition takes the genitive: «عينان كليلتان» is no ك + «ليلتان»; ف before a
 * noun is rarer than a name: «معسكر فريشتين»), when the whole word (`whole`) is unknown or seen
 * only bare, under half as often as that singular: a singular of three letters or more before
 * its ة, not beginning with a bare alef or ي («لامارتين») nor with ل after ل (the article's
 * «لل»: «للافتتان»), seen MIN_RARE_STEM times or more (names: «كرافتين», «بروشتين») and with
 * the article, while the word from any proclitic on is no singular in ة seen as often
 * («بحيرتين» is the dual of «بحيرة», a lake, not ب + «حيرتين»). «بصفقتين», «برصاصتين»,
 * «لدائرتين», «وبطاريتان» are the proclitic + the dual of «صفقة», «رصاصة», «دائرة», «بطارية»;
 * else -1.
 */
function rareDualSingular(table: StemTable, p: number, whole: number, start: number, end: number): number {
  const mid = prefixMid[p]!;
  if (mid === 0 ? prefixConj[p] !== WAW : mid !== BEH && mid !== LAM && mid !== KAF) return -1;
  if (end - start < 6 || raw[start] === ALEF || raw[start] === YEH || (mid === LAM && raw[start] === LAM)) return -1;
  if (raw[end - 1] !== NOON || raw[end - 3] !== TEH || (raw[end - 2] !== YEH && (mid !== 0 || raw[end - 2] !== ALEF))) return -1;
  const single = table.weight(folded, start, end - 2, TEH_MARBUTA);
  if (single < 0 || single >> 16 < MIN_RARE_STEM || articleBonus(single) === 0) return -1;
  if (whole >= 0 && ((whole & 0xffff) !== 0 || (whole >> 16) * 2 > single >> 16)) return -1;
  for (let from = 0; from < start; from++) {
    const other = table.weight(folded, from, end - 2, TEH_MARBUTA);
    if (other >= 0 && other >> 16 >= single >> 16) return -1;
  }
  return single;
}

/** A stem in ي scored by its sound plural in «ين» has this many letters or more (see constructPlural). */
const MIN_CONSTRUCT_PLURAL_STEM = 5;

/**
 * The entry of the sound plural «…ين» whose construct form raw[start..end) (ending in ي) is,
 * when that plural and its singular raw[start..end - 1) are both nouns seen with the article
 * («المنافسين», «المنافس»); else -1. A name or nisba that merely ends in «يه» has no such
 * pair («كوربيه»: no «الكوربين»).
 */
function constructPlural(table: StemTable, start: number, end: number): number {
  let single = table.weight(folded, start, end - 1, -1);
  // a feminine noun's dual keeps its ت before «ين»: «ركبتيه» is «ركبتي» + ه by «الركبة»
  let feminine = false;
  if ((single < 0 || articleBonus(single) === 0) && raw[end - 2] === TEH) {
    single = table.weight(folded, start, end - 1, TEH_MARBUTA);
    feminine = true;
  }
  if (single < 0 || articleBonus(single) === 0) return -1;
  return feminine ? single : pluralWithNoon(table, start, end);
}

/**
 * True when raw[start..end) + «ة» (a nisba's or participle's feminine) is a noun the corpus
 * shows with the article («الموالية»): a word in «يه» may then be that feminine written with ه,
 * not a construct plural + ه (for constructPlural's callers; QA round 84).
 */
function isFeminineNisba(table: StemTable, start: number, end: number): boolean {
  return articleBonus(entryWithLetter(table, start, end, TEH_MARBUTA)) > 0;
}

/**
 * The entry of raw[start..end) + «ن», a sound plural whose construct form drops its ن, when the
 * corpus shows it with the article; else -1 (for constructPlural and nominativeConstruct).
 */
function pluralWithNoon(table: StemTable, start: number, end: number): number {
  const plural = entryWithLetter(table, start, end, NOON);
  return plural >= 0 && articleBonus(plural) > 0 ? plural : -1;
}

/** The table entry of raw[start..end) + `letter` (written into `folded` at `end` and put back), or -1. */
function entryWithLetter(table: StemTable, start: number, end: number, letter: number): number {
  const after = folded[end]!;
  folded[end] = letter;
  const entry = table.weight(folded, start, end + 1, -1);
  folded[end] = after;
  return entry;
}

/**
 * The entry of the sound plural «…ون» whose construct form raw[start..end) (ending in و) is,
 * when that plural and its singular raw[start..end - 1) are both nouns seen with the article
 * («المساعدون», «المساعد»); else -1. (QA round 76) A name in «وه» has no such pair
 * («شيركوه», «قنصوه»), nor a verb in «وا» («أخبروه»: no «الأخبر»).
 */
function nominativeConstruct(table: StemTable, start: number, end: number): number {
  const single = table.weight(folded, start, end - 1, -1);
  if (single < 0 || articleBonus(single) === 0) return -1;
  return pluralWithNoon(table, start, end);
}

/**
 * The entry of a construct plural in ي read with its plural in «ين» (see constructPlural): its
 * own evidence or the plural's, whichever is more, with the plural's share seen after the
 * article (a construct never takes it) and its own preposition weight. (Its score is the
 * plural's less INFLECTED_PENALTY, set apart.)
 */
function constructEntry(entry: number, plural: number): number {
  const own = entry < 0 ? 0 : entry >> 16;
  const evidence = Math.max(own, plural >> 16);
  const article = Math.max(1, Math.min(0xff, evidence + ((plural >> 8) & 0xff) - (plural >> 16)));
  return (evidence << 16) | (article << 8) | (entry < 0 ? 0 : entry & 0xff);
}

/**
 * True unless raw[0..n), a conjunction + two-letter stem + pronoun, is more than twice as
 * frequent as the same word without its conjunction: a و or ف that is the word's first radical
 * («وحده», alone, is far more frequent than «حده», its limit), while a conjunction leaves a
 * word at least as frequent («يده» against «ويده»). A short particle («وعنه») always splits.
 */
function conjunctionRate(table: StemTable, n: number, whole: number): boolean {
  if (whole < 0 || isShortParticle(1)) return true;
  const tail = table.weight(folded, 1, n, -1);
  return tail >= 0 && tail >> 16 >= (whole >> 16) - CONJUNCTION_RATE_MARGIN;
}

/**
 * True when the first و of raw[0..n) (a stem ending at `stemEnd` + a pronoun) is more likely a
 * radical than the conjunction: raw[0..stemEnd) is a verb in ت (never seen with the article),
 * raw[1..stemEnd) is no verb of its own, and the whole word is seen at least a quarter as often
 * as its tail without the و (within RADICAL_WAW_MARGIN; see scoreAnalyses).
 */
function isRadicalWaw(table: StemTable, n: number, whole: number, stemEnd: number): boolean {
  if (whole < 0) return false;
  // the word less its pronoun is a verb: a perfect in ت never seen with the article
  const verb = table.weight(folded, 0, stemEnd, -1);
  if (verb < 0 || verb >> 16 < MIN_RARE_STEM || ((verb >> 8) & 0xff) !== 0) return false;
  // …that is no و + a verb in ت itself («وقدرت», «وأسرت»: «قدرته» is و + «قدرة» + ه)
  const bare = table.weight(folded, 1, stemEnd, -1);
  if (bare >= 0 && bare >> 16 >= MIN_RARE_STEM) return false;
  const tail = table.weight(folded, 1, n, -1);
  return tail >= 0 && tail >> 16 <= (whole >> 16) + RADICAL_WAW_MARGIN;
}

/**
 * True when raw[start..start + 3), before pronoun `s` (not ي ني), is «أب» or «أخ» with the long
 * vowel of its case — two of the «five nouns» (أخوه، أخاه، أخيه; أبوها، أباها، أبيها): the
 * noun and a pronoun, the vowel kept in the base as written («أخيه» is «أخي» + ه, not a word of
 * its own; «أخاه» is «أخا» + ه, not the verb «أخى»). «حم» is left out: «حماه» is Hama.
 */
function isFiveNoun(start: number, s: number): boolean {
  const form = PRONOUNS[s]!.form;
  if (form === 'ي' || form === 'ني' || folded[start] !== ALEF) return false;
  const b = raw[start + 1]!;
  const c = raw[start + 2]!;
  return (b === BEH || b === 0x062e /* U+062E ARABIC LETTER KHAH */) && (c === WAW || c === ALEF || c === YEH);
}

/**
 * The least weight of a two-letter stem before pronoun `s`: MIN_SHORT_STEM, or MIN_SHORT_NOUN
 * for a noun (seen with the article a quarter of the time or more) before ه ها هم, which
 * nouns take far more often than a word merely ends in them («ربه», «فمه», «شرهم»; the dual
 * «هما» and «هن» are left out: «فمهما» is ف + «مهما», «برهن» a verb).
 */
function shortStemLeast(table: StemTable, s: number, entry: number, stemStart: number, n: number): number {
  const form = PRONOUNS[s]!.form;
  if ((form === 'ه' || form === 'ها' || form === 'هم') && articleBonus(entry) >= MAX_ARTICLE_BONUS) return MIN_SHORT_NOUN;
  if (form === 'ي') return isShortPossessiveYeh(table, entry, stemStart, n) ? MIN_SHORT_NOUN : MIN_SHORT_STEM;
  return isShortPossessive(table, s, entry, stemStart, n) ? MIN_SHORT_NOUN : MIN_SHORT_STEM;
}

/** How much more frequent (4 × log2: four times) a two-letter noun + «ه» must be than the word (see isShortPossessive). */
const SHORT_POSSESSIVE_MARGIN = 8;
/** …and how often (4 × log2: 32 times) it must be seen («سته», a «ستة» with its ة written ه, is rarer). */
const MIN_SHORT_POSSESSIVE = 20;

/**
 * (QA round 90) True when raw[stemStart..n) is a two-letter noun + «نا», «ك», «كم», «كما» or
 * «كن» (our, your): the stem is seen MIN_SHORT_NOUN times or more, with the article a quarter
 * of the time or more, and the same noun + «ه» four times as often as the word itself —
 * «ربنا», «ربك», «حقنا», «حبك» beside «ربه», «حقه», «حبه». Most words of these letters are
 * whole and show no such «ه» form: «حسنا», «عدنا», «سمك», «أمنا», «وزنا», «علنا». The «ه»
 * form is seen MIN_SHORT_POSSESSIVE times or more, and the word has no proclitic: «وردنا» (we
 * came), «وكربنا» (and our distress), «بستك» (Bastak), «لحبك» (to weave) are no «رد», «رب»,
 * «ست», «حب» + pronoun.
 */
function isShortPossessive(table: StemTable, s: number, entry: number, stemStart: number, n: number): boolean {
  const form = PRONOUNS[s]!.form;
  if (stemStart !== 0 || (form !== 'نا' && form !== 'ك' && form !== 'كم' && form !== 'كما' && form !== 'كن')) return false;
  if (entry < 0 || entry >> 16 < MIN_SHORT_NOUN || articleBonus(entry) < MAX_ARTICLE_BONUS) return false;
  const heh = entryWithLetter(table, stemStart, stemStart + 2, HEH);
  if (heh < 0 || heh >> 16 < MIN_SHORT_POSSESSIVE) return false;
  const whole = table.weight(folded, stemStart, n, -1);
  return whole < 0 || heh >> 16 >= (whole >> 16) + SHORT_POSSESSIVE_MARGIN;
}

/**
 * Nouns that take pronouns but never the article, whose stem the corpus shows rarer than the
 * word with its pronoun: «سبحان» (glory be to) of «سبحانه» (glory be to Him), «سبحانك». They
 * take the article evidence a noun would have (see the five nouns in scoreAnalyses).
 */
const ARTICLELESS_NOUNS = ['سبحان'];

/**
 * Two-letter nouns + «ي» that news writes as names far more often than with «my»: «حقي»
 * (Haqqi: «يحيى حقي», «إسماعيل حقي»), «شكي» (Sheki, a town of Azerbaijan). See
 * isShortPossessiveYeh.
 */
const SHORT_YEH_NAMES = ['حقي', 'شكي'];

/**
 * (QA round 94) True when raw[stemStart..n) is a two-letter noun + «ي» (my): the stem is seen
 * MIN_SHORT_NOUN times or more and with the article a quarter of the time or more, and the
 * word passes possessiveYeh (the stem takes «ه» at least half as often and «ك» too; the word
 * is no nisba adjective nor a dual's construct): «ربي» (my Lord), «حبي», «فمي» beside «ربه»,
 * «حبه», «فمه», also after a proclitic («وربي», «لربي»). «أمي» (also illiterate, «الأمي»),
 * «يدي» (also the construct dual, «يديه»), «أبي», «أخي» (whose «ه» form is «أبيه», «أخيه»)
 * and the names of SHORT_YEH_NAMES stay whole.
 */
function isShortPossessiveYeh(table: StemTable, entry: number, stemStart: number, n: number): boolean {
  if (entry < 0 || entry >> 16 < MIN_SHORT_NOUN || articleBonus(entry) < MAX_ARTICLE_BONUS || rawIsOneOf(SHORT_YEH_NAMES, stemStart, n)) return false;
  return possessiveYeh(table, stemStart, n);
}

/**
 * (QA round 91) True when analysis `p` is the article alone before a two-letter stem, without
 * a pronoun, that the corpus shows only after the article (its whole weight is its article
 * weight: «رق» of «الرق»), and the whole word is seen after ب ك ل («بالرق», «للرق»). Stems
 * also seen free keep their word whole as before («الكل», «القد», «العب»), as do words never
 * seen after a preposition («الخس»). The stem is seen MIN_RARE_STEM times or more (rarer ones
 * are typos of longer words: «الغة», «الهة» for «اللغة», «آلهة») and under MIN_SHORT_STEM (a
 * stem that frequent and never free is a word of its own in another spelling: «الذی», «التی»
 * with the Persian yeh).
 */
function isArticleOnlyNoun(p: number, s: number, entry: number, whole: number, stemLength: number): boolean {
  return (
    s < 0 &&
    stemLength === 2 &&
    prefixArticle[p] !== 0 &&
    prefixConj[p] === 0 &&
    prefixMid[p] === 0 &&
    entry >> 16 >= MIN_RARE_STEM &&
    entry >> 16 < MIN_SHORT_STEM &&
    entry >> 16 === ((entry >> 8) & 0xff) &&
    whole >= 0 &&
    (whole & 0xff) !== 0
  );
}

/**
 * True when analysis `p` is و alone before a two-letter stem, without a pronoun, that reads as
 * a doubled verb: «وحث», «وضم», «وشن» are و + «حث» (urged), «ضم», «شن», though such a stem
 * is too rare for MIN_SHORT_STEM. The stem is seen MIN_FREE_STEM times or more, with the article
 * under a quarter of the time (a noun such as «شك», «ود» is not: «وشك», on the verge, stays
 * whole), and the whole word never with it and no more often than the stem.
 */
function isDoubledVerb(p: number, s: number, entry: number, whole: number): boolean {
  return (
    s < 0 &&
    prefixConj[p] === WAW &&
    prefixMid[p] === 0 &&
    entry >= 0 &&
    entry >> 16 >= MIN_FREE_STEM &&
    articleBonus(entry) < MAX_ARTICLE_BONUS &&
    whole >= 0 &&
    ((whole >> 8) & 0xff) === 0 &&
    whole >> 16 <= entry >> 16
  );
}

/**
 * True when analysis `p` is ب or ل (after و ف or alone, without the article; behind, no
 * pronoun or one of the third person, «بضمه») before a two-letter stem that reads as the
 * verbal noun of a doubled verb: «لضم» (to annex), «بشن» (by launching), «لفك», «بضخ», «لصد»
 * are ب ل + «ضم», «شن», «فك», «ضخ», «صد», though such a stem is too rare for MIN_SHORT_STEM. The stem is two consonants seen MIN_FREE_STEM
 * times or more with the article under a quarter of the time (a verbal noun as much as a
 * verb), whose imperfect «يـ» + stem is a verb (seen MIN_RARE_VERB times, never with the
 * article: «يضم», «يشن»), and the whole word is never seen with the article (a noun of
 * three letters that ب ل begin is: «البحر», «اللحم», «البرد»). A three-letter word in ب ل whose
 * tail is such a verb is scored as before («لمس», touched, stays whole: «لمس» outweighs «مس»).
 */
function isDoubledVerbalNoun(table: StemTable, p: number, s: number, entry: number, whole: number, stemStart: number): boolean {
  const mid = prefixMid[p]!;
  if ((mid !== BEH && mid !== LAM) || prefixArticle[p] !== 0 || (s >= 0 && !PRONOUNS[s]!.third)) return false;
  // a verbal noun as well as a verb: seen with the article, but under a quarter of the time
  // («الحج», pilgrimage, mostly a noun: «لحج» is the Yemeni governorate)
  if (entry < 0 || entry >> 16 < MIN_FREE_STEM || articleBonus(entry) >= MAX_ARTICLE_BONUS) return false;
  if (whole >= 0 && ((whole >> 8) & 0xff) !== 0) return false;
  const a = raw[stemStart]!;
  const b = raw[stemStart + 1]!;
  if (!isConsonant(a) || !isConsonant(b)) return false;
  // the imperfect «يـ» + stem, written in the buffer before the stem (the preposition's place)
  const kept = folded[stemStart - 1]!;
  folded[stemStart - 1] = YEH;
  const verb = table.weight(folded, stemStart - 1, stemStart + 2, -1);
  folded[stemStart - 1] = kept;
  return verb >= 0 && verb >> 16 >= MIN_RARE_VERB && ((verb >> 8) & 0xff) === 0;
}

/** True when `c` is a consonant: no alef (with or without hamza), weak letter, hamza or ة. */
function isConsonant(c: number): boolean {
  return c !== ALEF && !isHamzaAlef(c) && !isWeakLetter(c) && c !== ALEF_MAKSURA && c !== HAMZA && c !== WAW_HAMZA && c !== YEH_HAMZA && c !== TEH_MARBUTA;
}

/**
 * True when raw[stemStart..n) is a doubled verb of two consonants + a third-person pronoun, its
 * object: «ضمه», «ضمها», «حثه», «صدها», «فكه» (he annexed it, urged him …), though such a stem is
 * too rare for MIN_SHORT_STEM. The stem is seen MIN_FREE_STEM times or more and with the article,
 * but under a quarter of the time (a verbal noun as well as a verb: «الضم», «الحث»; «حد», mostly
 * a noun, is left to the scores: «وحده», alone, stays whole) — or never with the article, when
 * it is a doubled verb in the perfect (isDoubledPerfect, QA round 88: «شنه») — and the word from the stem on is
 * known to the corpus and never seen with the article («المره», a ة written ه, is no «مر» + ه;
 * an unknown «مرهم» is the ointment). Stems with a long vowel are left out: «داهم», «شوه»,
 * «نوه» are verbs of their own. «عمه» (his uncle) passes as well, rightly.
 */
function isDoubledVerbObject(table: StemTable, s: number, entry: number, stemStart: number, n: number): boolean {
  if (!PRONOUNS[s]!.third || PRONOUNS[s]!.form === 'هن') return false;
  const bonus = articleBonus(entry);
  if (entry < 0 || entry >> 16 < MIN_FREE_STEM || bonus >= MAX_ARTICLE_BONUS) return false;
  const a = raw[stemStart]!;
  const b = raw[stemStart + 1]!;
  if (a === ALEF || isHamzaAlef(a) || isWeakLetter(a) || b === ALEF || isWeakLetter(b) || b === ALEF_MAKSURA) return false;
  const word = table.weight(folded, stemStart, n, -1);
  if (word < 0 || ((word >> 8) & 0xff) !== 0) return false;
  return bonus !== 0 || isDoubledPerfect(table, entry, stemStart);
}

/**
 * True when the two consonants at raw[stemStart..stemStart + 2), a stem the corpus never shows
 * with the article, are a doubled verb in the perfect (QA round 88): «يـ» + stem and «تـ» + stem
 * are verbs, each seen MIN_RARE_VERB times or more and never with the article, and the stem is
 * seen at least as often as its imperfect in ي. So «شن» (launched: «يشن», «تشن») is a verb,
 * and «شنها», «شنه» (launched it) are «شن» + ها, ه; the jussive of a hollow verb is more
 * frequent than its stem («يكن» against «كن»), and «تبن» (straw) is seen with the article.
 */
function isDoubledPerfect(table: StemTable, entry: number, stemStart: number): boolean {
  if (!isConsonant(raw[stemStart]!) || !isConsonant(raw[stemStart + 1]!)) return false;
  const yeh = imperfectWeight(table, YEH, stemStart);
  if (yeh < 0 || yeh >> 16 < MIN_RARE_VERB || yeh >> 16 > entry >> 16 || ((yeh >> 8) & 0xff) !== 0) return false;
  const teh = imperfectWeight(table, TEH, stemStart);
  return teh >= 0 && teh >> 16 >= MIN_RARE_VERB && ((teh >> 8) & 0xff) === 0;
}

/** The three letters imperfectWeight looks up. */
const doubledScratch = new Uint16Array(3);

/**
 * The lexicon entry of `prefix` + the two letters at raw[stemStart..stemStart + 2) (-1 when
 * unknown), looked up in a scratch of its own: the segment buffers stay as they are.
 */
function imperfectWeight(table: StemTable, prefix: number, stemStart: number): number {
  doubledScratch[0] = prefix;
  doubledScratch[1] = folded[stemStart]!;
  doubledScratch[2] = folded[stemStart + 1]!;
  return table.weight(doubledScratch, 0, 3, -1);
}

/** True when raw[0..end) is seen at least MIN_FREE_STEM times. */
function isCommonWord(table: StemTable, end: number): boolean {
  const entry = table.weight(folded, 0, end, -1);
  return entry >= 0 && entry >> 16 >= MIN_FREE_STEM;
}

/**
 * True when raw[start..end) is shaped as the verbal noun of a derived verb with a bare alef:
 * استفعال (7 letters), انفعال or افتعال (6; the infix ت also written ط د after ص ض ط ز د),
 * alone or with the endings ة ات ي ية يات — «استيفاء», «انحطاط», «اقتدار», «اجتهادات». Shapes
 * a name rarely has: «ال», «است» of six letters («استيان» of «باستيان») and «انو», «اني»
 * («بانورامي») are left out.
 */
function isDerivedVerbalNoun(start: number, end: number): boolean {
  if (raw[start] !== ALEF) return false;
  // the ending after the masdar's last radical
  const last = raw[end - 1]!;
  let core = end - start;
  if (last === TEH_MARBUTA) core -= raw[end - 2] === YEH ? 2 : 1;
  else if (last === TEH && raw[end - 2] === ALEF) core -= raw[end - 3] === YEH ? 3 : 2;
  else if (last === YEH) core -= 1;
  const second = raw[start + 1]!;
  const third = raw[start + 2]!;
  if (core === 7) return second === SEEN && third === TEH && raw[start + 5] === ALEF;
  if (core !== 6 || raw[start + 4] !== ALEF || second === LAM) return false;
  // (the first radical of انفعال is no weak letter: «انورامي», «انيبال» are names' tails)
  if (second === NOON) return third !== WAW && third !== YEH;
  return (third === TEH || third === TAH || third === DAL) && !(second === SEEN && third === TEH);
}

/**
 * True when candidate `p`, ب or ل (after و ف or not), stands before the verbal noun of form IV written with
 * a bare alef for its «إ»: إفعال (five letters), alone or with the endings ة ات ي ية يات —
 * «باحضار», «لانجاح», «لادماجهم». Names share the shape («باسكال», «لافتات» is a noun of its
 * own), so the stem must be a word the corpus knows with a weight of MIN_FORM_FOUR_NOUN or more
 * (the folded counts are those of «إحضار»; the rare «إسعاد» weighs 17), and «ال» never opens it.
 */
const MIN_FORM_FOUR_NOUN = 16;
function isFormFourNoun(table: StemTable, p: number, start: number, end: number): boolean {
  const mid = prefixMid[p]!;
  if ((mid !== BEH && mid !== LAM) || prefixArticle[p] !== 0 || raw[start] !== ALEF) return false;
  const last = raw[end - 1]!;
  let core = end - start;
  if (last === TEH_MARBUTA) core -= raw[end - 2] === YEH ? 2 : 1;
  else if (last === TEH && raw[end - 2] === ALEF) core -= raw[end - 3] === YEH ? 3 : 2;
  else if (last === YEH) core -= 1;
  if (core !== 5 || raw[start + 3] !== ALEF || raw[start + 1] === LAM) return false;
  const entry = table.weight(folded, start, end, -1);
  return entry >= 0 && entry >> 16 >= MIN_FORM_FOUR_NOUN;
}

/**
 * True when candidate `p` before raw[start..end) (three letters or more) is a split that wins
 * over the whole word even when the corpus knows neither: «ال», ب ل, or و ف alone, before a
 * stem written with a hamza on its alef — no word begins so but these compounds («للأوقية»,
 * «لإغنائها», «وأطيب»; «فأر», «وأد», «بأس» have two letters after it) — for و ف unless the
 * whole is seen with the article, a noun («الفأرة»); the same for ب ل و ف before a verbal
 * noun of form VII, VIII or X, whose alef is bare (hamzat wasl): «باقتدار», «لاجتثاث»,
 * «باستيفاء» (see isDerivedVerbalNoun). (QA round 93) ك as well before إ, which no word begins
 * with but ك + a word in إ («كإله», as a god; «كإيراد», «كإهداء»): not before أ or آ
 * («كأس», «كأن», «كآبة»).
 */
function isCertainSplit(p: number, start: number, end: number, wholeArticle: number): boolean {
  const c = raw[start]!;
  const mid = prefixMid[p]!;
  const proclitic =
    mid === 0 ? prefixConj[p] !== 0 && wholeArticle === 0 : mid === BEH || mid === LAM || (mid === KAF && c === ALEF_HAMZA_BELOW);
  if (isHamzaAlef(c)) return prefixArticle[p] !== 0 || proclitic;
  if (isBareHamzaParticle(p, start, end)) return true;
  return c === ALEF && prefixArticle[p] === 0 && proclitic && isDerivedVerbalNoun(start, end);
}

/**
 * Adverbs, particles and elatives written without the hamza of their alef, which no word
 * begins with but a proclitic + the word: «وايضا», «واذا», «واخرى», «وامام», «واثر» after و ف
 * only («لاذا» is the dual of the verb «لاذ»); «احدى», «اكثر», «اقل» after ب ل as well
 * («باحدى», «لاكثر»). The pronouns «انا», «انت» after و ف only («وانا», «فانت»; «لانا» is
 * Lana); the other elatives of the same «أفعل» shape after any of them («وافضل», «لادنى»,
 * «باسهل», «واقرب»; and, QA round 62, «وابرز», «واشهر», «لاقدم», «واعظم», «باحدث», «واجمل»,
 * «لاغلب», «واقوى», «واعمق», «واكمل», whose forms that are verbs take the proclitic as well:
 * «وأبرز», «وأحدث», «وأكمل»), but not «اهم» («واهم» is also «deluded»), «اعلى» nor «اخر». Not «احد»
 * («واحد», one) nor «اول» («باول», Powell): see BARE_HAMZA_NOUNS. «الى», «الا», «اما» after
 * و ف («والى», «والا», «واما»: «إلى», «إلا», «أما»). Raw letters, so the spellings with hamza keep
 * their own scoring. (QA round 63) The verb «أخذ» after و ف («واخذ», «فاخذ»: no word of those
 * letters but the conjunction + the verb; the list's other words are particles, as «أخذ» is in
 * «واخذ يتجول», and he began to stroll). (QA round 64) The verbs «أدت», «أبدى», «أرجع», «أسس»,
 * «أسست» after و ف («وادت», «وابدى», «وارجع», «واسس», «واسست»): none is a word without the
 * conjunction, and «أسس» (foundations) after و is the conjunction and the noun alike.
 */
const BARE_HAMZA_AFTER_CONJ = ['ايضا', 'اذا', 'اخرى', 'امام', 'اثر', 'انا', 'انت', 'الى', 'الا', 'اما', 'اخذ', 'ادت', 'ابدى', 'ارجع', 'اسس', 'اسست'];
const BARE_HAMZA_AFTER_PREP = ['احدى', 'اكثر', 'اقل', 'افضل', 'اكبر', 'اصغر', 'ادنى', 'اسهل', 'احسن', 'اقرب', 'اشد', 'اسرع', 'ابرز', 'اشهر', 'اقدم', 'اعظم', 'احدث', 'اجمل', 'اغلب', 'اقوى', 'اعمق', 'اكمل'];
/**
 * Nouns and numerals written without their hamza, each with the proclitics (the letter next to
 * it) before which no word of its letters is read: «لاول», «كاحد», «لاجل», «لاخر», «واخر»
 * after ل ك (and و for «اخر») — not «باول» (Powell), «فاول» (foul), «واحد» (one), «فاخر»
 * (luxurious); «باذن» (بإذن), «بامر», «لاربع», «واخت», «لاثار», «واحمد» after و ب ل; «واهل»
 * after و ل («باهلي» is a nisba); «ايدي» after و ب only («لايدي» is Lady). (QA round 63) «واول»
 * (and the first) after و as well, and «فامر» (so he ordered) after ف.
 */
const BARE_HAMZA_NOUNS: readonly (readonly [string, string])[] = [
  ['اول', 'ولك'],
  ['احد', 'لك'],
  ['اجل', 'ل'],
  ['اخر', 'ولك'],
  ['اخرى', 'بلك'],
  ['اذن', 'وبل'],
  ['اهل', 'ول'],
  ['امر', 'وفبل'],
  ['اربع', 'وبل'],
  ['اخت', 'وبل'],
  ['اثار', 'وبل'],
  ['احمد', 'وبل'],
  ['ايدي', 'وب'],
];
function isBareHamzaParticle(p: number, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 4 || raw[start] !== ALEF || prefixArticle[p] !== 0) return false;
  const mid = prefixMid[p]!;
  if (isBareHamzaNounAfter(mid === 0 ? prefixConj[p]! : mid, start, end)) return true;
  if (mid === 0) return prefixConj[p] !== 0 && (rawIsOneOf(BARE_HAMZA_AFTER_CONJ, start, end) || rawIsOneOf(BARE_HAMZA_AFTER_PREP, start, end));
  return (mid === BEH || mid === LAM) && rawIsOneOf(BARE_HAMZA_AFTER_PREP, start, end);
}

/** True when raw[start..end) is one of BARE_HAMZA_NOUNS that takes the proclitic letter `c`. */
function isBareHamzaNounAfter(c: number, start: number, end: number): boolean {
  if (c === 0) return false;
  for (const [w, after] of BARE_HAMZA_NOUNS) {
    if (!spells(raw, w, start, end)) continue;
    for (let k = 0; k < after.length; k++) if (after.charCodeAt(k) === c) return true;
    return false;
  }
  return false;
}

/** True when `buffer[start..end)` spells `w` (compared in place: no string is built). */
function spells(buffer: Uint16Array, w: string, start: number, end: number): boolean {
  if (w.length !== end - start) return false;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) !== buffer[start + i]) return false;
  return true;
}

/** True when buffer[start..end) spells `w` from its code unit `from` on (`w.slice(from)`, without the slice). */
function spellsFrom(buffer: Uint16Array, w: string, from: number, start: number, end: number): boolean {
  if (w.length - from !== end - start) return false;
  for (let i = from; i < w.length; i++) if (w.charCodeAt(i) !== buffer[start + i - from]) return false;
  return true;
}

/** True when raw[start..end) spells one of `words`. */
function rawIsOneOf(words: readonly string[], start: number, end: number): boolean {
  for (const w of words) if (spells(raw, w, start, end)) return true;
  return false;
}

/**
 * True when candidate `p`, the article (after و ف ب ل or none) before raw[start..end), splits a
 * word the corpus never showed, even when it knows no stem inside it: hardly a word begins with
 * «ال» but an article + noun — rare nouns, nisbas and loanwords («الشطرنجيين»,
 * «العصفوريات», «والسامنيت», spellings with ه for ة, «التكنولوجيه»). Left whole: after ك
 * («كالافيراس», Calaveras), stems in ي («اليكسندروف», Alexandrov: Ale-, Eli- names),
 * a proclitic before a stem of three letters («فالوذج», «بالوظة», «فالموث»: loanwords and
 * names in Fal-, Bal-) but و alone before one that is no alef («والخصف», «واللمز», «والوهط»:
 * rare nouns of three radicals after «and the»; the Wal- names the corpus knows, «والتر», are
 * known words and never asked), and the form VIII verbs and nouns of
 * roots in ل, whose «ال» is their alef and first radical: a stem in ت of four letters or less
 * («التئم», «التماع»), or of four with an alef third + a pronoun («التقائهم», «التماسه»).
 */
function isUnknownWithArticle(p: number, start: number, end: number): boolean {
  if (prefixArticle[p] === 0 || prefixMid[p] === KAF) return false;
  const length = end - start;
  const c = raw[start]!;
  const wawAlone = prefixConj[p] === WAW && prefixMid[p] === 0;
  if (length < (prefixConj[p] !== 0 || prefixMid[p] !== 0 ? (wawAlone && c !== ALEF ? 3 : 4) : 3)) return false;
  if (c === YEH) return false;
  if (c !== TEH) return true;
  if (length <= 4) return false;
  // «التقائهم», «التماسه»: the form VIII noun تـCاC + a pronoun (a form VI noun «التراحم» splits)
  if (raw[start + 2] !== ALEF) return true;
  for (let s = 0; s < PRONOUNS.length; s++) if (length - PRONOUNS[s]!.codes.length === 4 && pronounAt(end, s)) return false;
  return true;
}

/**
 * True when candidate `p`, a proclitic + the article (و ف ب ل, not ك), before raw[start..end)
 * splits a word that the corpus shows neither after the article nor after a preposition (the
 * caller asks that of the whole word) while it shows the stem after the article
 * MIN_SEEN_ARTICLE_STEM weight or more: such a word is a fixed phrase the corpus writes with its
 * clitic («بالتدريج» apart, «فالبعض», «للوالدين», «بالتراضي», «فالكل»), not a name («فالكاو»,
 * «فالنسيا» have no such stem). Stems of three letters or more; not in ي, nor a stem in ت of
 * four letters or less, the form VIII verbs of roots in ل («فالتفت»; see isUnknownWithArticle).
 * Asked of a word without a pronoun, so raw[0..end) is the whole word.
 */
function isSeenArticleSplit(table: StemTable, p: number, start: number, end: number): boolean {
  if (prefixArticle[p] === 0 || prefixElided[p] === 1 || prefixMid[p] === KAF || (prefixConj[p] === 0 && prefixMid[p] === 0)) return false;
  const length = end - start;
  if (length < 3 || raw[start] === YEH || (raw[start] === TEH && length <= 4)) return false;
  const entry = table.weight(folded, start, end, -1);
  if (entry < 0 || ((entry >> 8) & 0xff) < MIN_SEEN_ARTICLE_STEM) return false;
  // a word far more frequent than the clitic's rate allows is a name all the same: «فالكون»
  // (Falcon) against «الكون» (see isLexical)
  return !isFrequentLexical(end);
}

/**
 * True when the word raw[0..n) is in the lexical list (see isLexical) with a weight of
 * MAX_SEEN_ARTICLE_LEXICAL or more: far more frequent than its first letter as a clitic allows,
 * not just somewhat («لتلافي», weight 6, is still ل + «تلافي»).
 */
function isFrequentLexical(n: number): boolean {
  lexicalTable ??= decodeLexicon(SEGMENT_LEXICAL);
  const lexical = lexicalTable.weight(folded, 0, n, -1);
  return lexical >= 0 && lexical >> 16 >= MAX_SEEN_ARTICLE_LEXICAL;
}

/**
 * True when candidate `p` is و alone before raw[start..end), four letters or more that begin
 * with ت or ن and that the corpus shows under MIN_RARE_STEM times, in a word it never showed:
 * an imperfect verb, a verbal noun or a plural («وتعتدل», «وننطلق», «وتغزر»), or a name after
 * the conjunction («وترونديلاغ»). Hardly a word begins with «وت», «ون» but these (the nouns
 * «وتر», «وتيرة» are known words; a frequent stem is left to the scores). ف is left out
 * («فنيجان», «فنزبيري»: Finnegan, Finsbury), and so are ي (Wi- names: «ويلدج») and any
 * pronoun behind.
 */
function isUnknownAfterWaw(table: StemTable, p: number, start: number, end: number): boolean {
  if (prefixConj[p] !== WAW || prefixMid[p] !== 0 || prefixArticle[p] !== 0 || end - start < 4) return false;
  const c = raw[start]!;
  if (c !== TEH && c !== NOON && !(c === MEEM && isMeemPlural(start, end))) return false;
  const entry = table.weight(folded, start, end, -1);
  return entry < 0 || entry >> 16 < MIN_RARE_STEM;
}

/**
 * True when candidate `p` is ل (after و ف or alone, without the article) before raw[start..end),
 * four letters or more that begin with ت or ن and that the corpus shows under MIN_RARE_STEM
 * times, in a word it never showed: the particle of purpose before an imperfect verb, or the
 * preposition before a verbal noun or plural («لتتخرج», «لنتأمل», «لتأثيث», «لتذبذبات»).
 * Hardly a word begins with «لت», «لن» but these (names of Li-, Le- are written «لي»: left out
 * with ي, as is any pronoun behind; see below for ن).
 */
function isUnknownAfterLam(table: StemTable, p: number, start: number, end: number): boolean {
  if (prefixMid[p] !== LAM || prefixArticle[p] !== 0 || end - start < 4) return false;
  const c = raw[start]!;
  if (c !== TEH && c !== NOON) return false;
  // «لن» begins a few foreign names (Lincoln, Lignano, Lengai): after ن only five letters or
  // more, the second no long vowel («نيكولن», «نيانو», «نغاي» stay whole)
  if (c === NOON && (end - start < 5 || raw[start + 1] === YEH || raw[start + 1] === WAW || raw[start + 1] === ALEF)) return false;
  const entry = table.weight(folded, start, end, -1);
  return entry < 0 || entry >> 16 < MIN_RARE_STEM;
}

/**
 * True when raw[start..end), five letters or more, is shaped as a plural in م: a participle's
 * feminine plural in «ات» («مصفحات», «مدرعات») or the broken plural مفاعل with its alef third
 * («مكائن», «مكاحل»). «وم» begins hardly a word but و + such a noun.
 */
function isMeemPlural(start: number, end: number): boolean {
  if (end - start < 5) return false;
  if (raw[end - 2] === ALEF && raw[end - 1] === TEH) return true;
  return end - start === 5 && raw[start + 2] === ALEF;
}

/**
 * True when candidate `p` is و ف ل alone (or و ف + ل) before raw[start..end), five letters or
 * more that end in the plural «وا» of a verb, in a word the corpus never showed: a past verb
 * or a subjunctive after a conjunction or the particle of purpose («وتسلقوا», «فتراجعوا»,
 * «ليستقبلوا»), whose stem the corpus may not know in that inflection either. Hardly a noun
 * or a name ends in «وا» («كاوا», «أوتاوا» begin with neither و ف ل, and a stem of four
 * letters is left to the scores: «فيروا»). After ل the stem must begin as an imperfect
 * (ي ت ن أ), and a stem of five letters in a bare alef is left whole.
 */
function isUnknownPluralVerb(p: number, start: number, end: number): boolean {
  if (prefixArticle[p] !== 0 || end - start < 5) return false;
  const mid = prefixMid[p]!;
  if (mid !== 0 && mid !== LAM) return false;
  if (mid === 0 && prefixConj[p] === 0) return false;
  const c = raw[start]!;
  // ل takes the subjunctive: «لازالوا» (لا زالوا run together), «لاحقوا» (a verb in ل) stay whole
  if (mid === LAM && !isImperfectPrefix(c)) return false;
  // a five-letter stem in a bare alef is mostly a verb of form III whose و ف is a root letter
  // («واظبوا», «فاجأوا»), or a name («فاسكوا»)
  if (c === ALEF && end - start === 5) return false;
  return raw[end - 1] === ALEF && raw[end - 2] === WAW && raw[end - 3] !== WAW && raw[end - 3] !== ALEF;
}

/**
 * True when candidate `p` is و or ف alone before raw[start..end), a verb in the plural «وا»
 * of the shape of isUnknownPluralVerb (five letters or more; before a pronoun the stem in و
 * whose form gains the alef, `last` APPEND_ALEF) that the corpus knows, if rarely (at least
 * MIN_RARE_VERB, four times, never with the article), in a word it knows too: a rare verb of
 * narrative, which the corpus may show with its conjunction as often as without it
 * («وبايعوا», «وبايعوه» → و + «بايعوا» + ه, and they pledged allegiance to him). Hardly a noun
 * or a name ends in «وا».
 */
function isRarePluralVerb(p: number, entry: number, start: number, end: number, last: number): boolean {
  if (prefixMid[p] !== 0 || prefixConj[p] === 0 || prefixArticle[p] !== 0) return false;
  if (entry < 0 || entry >> 16 < MIN_RARE_VERB || ((entry >> 8) & 0xff) !== 0) return false;
  if (last !== APPEND_ALEF) return isUnknownPluralVerb(p, start, end);
  // the alef the pronoun dropped: raw[end - 1] is the و of «وا»
  if (end + 1 - start < 5 || (raw[start] === ALEF && end + 1 - start === 5)) return false;
  return raw[end - 1] === WAW && raw[end - 2] !== WAW && raw[end - 2] !== ALEF;
}

/**
 * True when candidate `p` is the future particle س (after و ف or alone) before raw[start..end),
 * an imperfect in a word the corpus never showed that ends in the plural «ون», or «ن» after a
 * consonant (feminine plural), and whose stem without that ending, four letters or more, the
 * corpus knows as a verb in some person (its prefix ي ت ن, any of them): seen at least
 * MIN_RARE_STEM times and never with the article («سينتظمن», «سيترشحون»: «ينتظم»,
 * «يترشح»). A stem without an ending (in a consonant) must be known with ي: «سنحيل» («يحيل»);
 * names that س begins stay whole («ستاسيا», «ستاتن», «سيريزا»). Before أ (I) the stem need
 * not be known (see below).
 */
function isUnknownFutureVerb(table: StemTable, p: number, start: number, end: number): boolean {
  if (prefixMid[p] !== SEEN || prefixArticle[p] !== 0 || end - start < 4) return false;
  // «سأ» begins hardly a word but the future before the first person («سأتجاوز», «سأصادف»)
  // and the verb «سأل» (asked: «سألتهم»), whose ل follows the hamza
  if (raw[start] === ALEF_HAMZA_ABOVE) return raw[start + 1] !== LAM;
  const first = folded[start]!;
  if (first !== YEH && first !== TEH && first !== NOON) return false;
  // the ending «ون» (masculine plural) or «ن» after a consonant (feminine plural)
  const last = raw[end - 2]!;
  const bare = raw[end - 1] !== NOON ? end : last === WAW ? end - 2 : last === ALEF || last === YEH ? end : end - 1;
  if (bare - start < 4) return false;
  // Without an ending only the third person in ي will do, on a stem that ends in a consonant
  // other than ن: «سنحيل» is س + «نحيل» as «يحيل» is a verb, while names in س end in a vowel
  // («سيريزا», «سنوبي»), leave a tail that is a name in ت («سيراجان»: «تراجان»), or end in the
  // «ان» of a dual («سنومان» is no س + «نومان», whose «يومان» is two days).
  if (bare === end) {
    const final = raw[end - 1]!;
    if (final === ALEF || final === YEH || final === ALEF_MAKSURA || final === TEH_MARBUTA || final === NOON) return false;
  }
  let found = false;
  for (let k = 0; k < (bare === end ? 1 : 3) && !found; k++) {
    folded[start] = k === 0 ? YEH : k === 1 ? TEH : NOON;
    const entry = table.weight(folded, start, bare, -1);
    found = entry >= 0 && entry >> 16 >= MIN_RARE_STEM && ((entry >> 8) & 0xff) === 0;
  }
  folded[start] = first;
  return found;
}

/**
 * (QA round 70) True when candidate `p` — و or ف alone, or the future س — stands before
 * raw[start..end), an imperfect dual in «ان» of ي or ت whose singular of four letters or more
 * («يتمثل», «تذهب») the corpus knows as a verb (MIN_RARE_STEM or more, never with the article;
 * MIN_RARE_VERB for a singular of five letters or more, «يتقلد», since QA round 71):
 * «ويتمثلان» is و + «يتمثلان», «ستذهبان» س + «تذهبان». Names in «ان» after و ف س leave a tail of
 * three letters («ويليان», «فيفيان», «سيلفان») or one the corpus does not know as a verb.
 * (QA round 107) The masculine plural in «ون» the same: «ويطلعون» is و + «يطلعون» by «يطلع»,
 * «ويوضعون», «فيستغربون»; names in «ون» after و («ويلسون», «ويمبلدون») leave a tail of three
 * letters or one no verb, and nouns in «يون» («ويابانيون») a singular seen with the article.
 * (QA round 108) A plural of ي in «ون» of six letters needs its singular MIN_RARE_VERB times, as
 * a stem of seven does: «ويطبخون» by «يطبخ», «ويسهرون», «سيندمون»; the plural of ت (you) keeps
 * MIN_RARE_STEM («ستاديون» is no س + «تاديون»).
 */
function isUnknownDualVerb(table: StemTable, p: number, start: number, end: number): boolean {
  return dualSingular(table, p, start, end) >= 0;
}

/**
 * The weights of the singular «he» form of the dual or plural of isUnknownDualVerb
 * (raw[start..end) after candidate `p`), when it passes that test; else -1.
 */
function dualSingular(table: StemTable, p: number, start: number, end: number): number {
  if (prefixArticle[p] !== 0 || end - start < 6) return -1;
  const mid = prefixMid[p]!;
  if (mid === 0 ? prefixConj[p] === 0 : mid !== SEEN) return -1;
  const c = raw[start]!;
  if ((c !== YEH && c !== TEH) || raw[end - 1] !== NOON || (raw[end - 2] !== ALEF && raw[end - 2] !== WAW)) return -1;
  const first = folded[start]!;
  folded[start] = YEH;
  const entry = table.weight(folded, start, end - 2, -1);
  folded[start] = first;
  // the plural in «ون» of six letters as the dual of seven: «ويطبخون» by «يطبخ»
  // (a «he» plural only: «ستاديون», «ستاليون» are no س + a «you» plural)
  const rare = end - start >= 7 || (raw[end - 2] === WAW && c === YEH) ? MIN_RARE_VERB : MIN_RARE_STEM;
  return entry >= 0 && entry >> 16 >= rare && ((entry >> 8) & 0xff) === 0 ? entry : -1;
}

/**
 * (QA round 110) True when candidate `p` — و or ف alone, or the future س — stands before
 * raw[start..end), an imperfect plural in «ون» or dual in «ان» of ي or ت whose singular the
 * corpus never showed (so isUnknownDualVerb fails), of the shape of a derived form: VI, ي ت +
 * C ا C C («ويتكاتفون», «ويتخاطبون», «ويتشاجرون», «ويتصالحان»), V, ي ت + C C C («ويتذمرون»,
 * «ويتحزمون»), or X, ي ست + C C C («ويستصغرون», «ويسترخصون»). Over the sixteen news files 284
 * plurals and 72 duals of these shapes after و ف س, all verbs but the plural of a nisba in «يون»
 * («فيتناميون», Vietnamese), which a ي before the ending keeps whole (with the dual of a
 * defective verb, «ويتلقيان»). Names in «ون» after و ف have other shapes («ويتستون», «ويسكنسون», «ويلكينسون»).
 * (QA round 111) In the plural in «ون» alone, also VIII, ي C ت C C («ويرتزقون», «ويحتارون», its
 * ت taken into ط or د: «ويصطنعون»; X of a weak root is of this shape: «ويستحلون»), ي C ت C of
 * a defective root («ويستقون», «ويبتغون»), VII, ي ن C C C («وينعزلون»), and the four-letter
 * V, ي ت C C C C («ويتقهقرون»), but never with ا و ي for the first radical: 34 words (40
 * tokens) over the sixteen files, all verbs. Their duals in «ان» keep to the corpus: names in
 * «مان» have the shape («وينكلمان», «فيلتمان»), and names like «ويلتون», «فيرنون» are shorter.
 */
function isDerivedPluralVerb(p: number, start: number, end: number): boolean {
  if (prefixArticle[p] !== 0) return false;
  const mid = prefixMid[p]!;
  if (mid === 0 ? prefixConj[p] === 0 : mid !== SEEN) return false;
  const c = raw[start]!;
  if ((c !== YEH && c !== TEH) || raw[end - 1] !== NOON || (raw[end - 2] !== WAW && raw[end - 2] !== ALEF) || raw[end - 3] === YEH) return false;
  const length = end - start;
  const plural = raw[end - 2] === WAW;
  const second = raw[start + 1]!;
  // forms V and VI (and, in the plural, a four-letter V: «ويتقهقرون»)
  if (second === TEH) return length === 7 || (length === 8 && (raw[start + 3] === ALEF || plural));
  // form X
  if (length === 8) return second === SEEN && raw[start + 2] === TEH;
  // (QA round 111) the plural alone of forms VIII and VII, never after a long vowel
  if (!plural || second === ALEF || second === WAW || second === YEH) return false;
  const third = raw[start + 2]!;
  // form VIII, ي C ت C C, its ت written ط («ويصطنعون») or, after ز, د («ويرتزقون»,
  // with X of a weak root: «ويستحلون»), or ي C ت C of a defective root («ويستقون», «ويبتغون»)
  if (length === 6) return third === TEH;
  return length === 7 && (third === TEH || third === TAH || (third === DAL && second === ZAIN) || second === NOON);
}

/** How much more frequent (4 × log2: eight times) the singular of a dual must be than the whole word with its clitic (see isKnownDualVerb). */
const KNOWN_DUAL_MARGIN = 12;

/**
 * (QA round 71) True when the word raw[0..n), known to the corpus as `whole` (never with the
 * article), is candidate `p` — و or ف alone, or the future س — before the imperfect dual
 * raw[start..end) of isUnknownDualVerb, whose singular the corpus knows at least eight times as
 * often as the whole word: «سيكونان» is س + «يكونان» by «يكون», «سيواصلان» س + «يواصلان».
 */
function isKnownDualVerb(table: StemTable, p: number, start: number, end: number, whole: number): boolean {
  if (whole < 0 || ((whole >> 8) & 0xff) !== 0) return false;
  const singular = dualSingular(table, p, start, end);
  return singular >= 0 && singular >> 16 >= (whole >> 16) + KNOWN_DUAL_MARGIN;
}

/**
 * True when the word in the scratch buffers begins with و ف ب ل + an alef with its hamza: a
 * compound, not the start of a stem («بأبها» is ب + «أبها», not «بأب» + «ها», which its
 * folded look-up reads as «باب»). ك is left out: «كأن».
 */
function isCompoundStart(): boolean {
  const c = raw[0]!;
  return isHamzaAlef(raw[1]!) && (c === WAW || c === FEH || c === BEH || c === LAM);
}

/**
 * True when raw[start..end) begins with ب or ل, after و or ف or alone, before an alef with a
 * hamza and three letters or more from it («بإءءه», «فلأحمد»): the shape hamzaAfterPreposition
 * reads as a preposition + a word.
 */
function prepositionBeforeHamza(start: number, end: number): boolean {
  let i = start;
  if (raw[i] === WAW || raw[i] === FEH) i++;
  return (raw[i] === BEH || raw[i] === LAM) && isHamzaAlef(raw[i + 1]!) && end - (i + 1) >= 3;
}

/** أ إ آ: an alef written with its hamza (a bare ا may be a foreign name's long vowel). */
function isHamzaAlef(c: number): boolean {
  return c === ALEF_HAMZA_ABOVE || c === ALEF_HAMZA_BELOW || c === ALEF_MADDA;
}

/**
 * True when candidate `p` is a conjunction و ف alone before raw[start..end), a stem that
 * begins with a bare ا and is a verb written without the hamza of its alef («اكد», «اضاف»,
 * «اوضح» for «أكد», «أضاف», «أوضح»; look-ups fold the two alike): three letters or more, seen
 * at least MIN_FREE_STEM times and never with the article, after a whole word never seen
 * with it either, and joined with و at least a fifth as often as written alone, half as
 * often for three letters (news writes «وأكد» about as often as «أكد»). Nouns that و ف
 * merely begins are seen with the article («الواحد», «الوادي»), and so are the stems of
 * verbs whose و ف is a root letter («وافق»: «الأفق»; «واصل»: «الأصل»); the و of a foreign
 * name leaves a tail far more frequent than the name («اير» against «فاير», «اتش» against
 * «واتش»).
 */
function isBareHamzaVerb(table: StemTable, p: number, start: number, end: number, wholeArticle: number): boolean {
  if (prefixConj[p] === 0 || prefixMid[p] !== 0 || prefixArticle[p] !== 0 || wholeArticle !== 0) return false;
  if (end - start < 3 || raw[start] !== ALEF || raw[start + 1] === LAM) return false;
  const entry = table.weight(folded, start, end, -1);
  if (entry < 0 || entry >> 16 < MIN_FREE_STEM || articleBonus(entry) !== 0) return false;
  const conj = folded[start - 1]!;
  folded[start - 1] = WAW;
  const joined = table.weight(folded, start - 1, end, -1);
  folded[start - 1] = conj;
  // three letters leave more room for a name: «فاين», «واين» (Fine, Wayne) against «أين»
  const margin = end - start === 3 ? SHORT_BARE_HAMZA_MARGIN : NARRATIVE_WAW_MARGIN;
  return joined >= 0 && joined >> 16 >= (entry >> 16) - margin;
}

/**
 * True when candidate `p` is the conjunction و alone before raw[start..end) and a third-person
 * pronoun `s` ending the word at `n`, the stem three or four letters that begin with a bare ا:
 * a noun or elative written without the hamza of its alef («اشهر», «ابرز», «اسرة», «اهم» in
 * «واشهرها», «وابرزها», «واسرته», «واهمها»; look-ups fold the two alike), seen at least
 * MIN_FREE_STEM times and with the article, while و + the stem is rarer and never seen with
 * the article; or «أخ», «أب» with their case vowel («واخوه», «وابيها»). Words whose و is a
 * radical keep a frequent stem of their own, seen with the article or more often than the
 * remainder: «واحده» («الواحد»), «واصله» («الواصل»), «وافقه» («وافق» outweighs «افق»),
 * «والده» (ال never begins the stem). Left whole: a remainder seen with the article
 * («واوجه»: «الأوجه»), a ه that is more likely ة («وامثله»: «أمثلة»), a stem in ا
 * («وامراه»), the pronouns ي ك نا that names end in («وابلي») and «هن» that verbs end in
 * («وامتهن»); ف is left out, for active participles of roots in ف begin so («فاعليه»,
 * «فاسده», «فاخره» with ه for ة).
 */
function isBareHamzaNoun(table: StemTable, p: number, s: number, start: number, end: number, n: number): boolean {
  if (s < 0 || prefixConj[p] !== WAW || prefixMid[p] !== 0 || prefixArticle[p] !== 0) return false;
  const pronoun = PRONOUNS[s]!;
  if (!pronoun.third || pronoun.form === 'هن') return false;
  const length = end - start;
  if (length < 3 || length > 4 || raw[start] !== ALEF || raw[start + 1] === LAM) return false;
  // «اخو», «ابي» before a pronoun: «أخ», «أب» with their case vowel (see isFiveNoun)
  if (length === 3 && isFiveNoun(start, s)) return true;
  const final = raw[end - 1]!;
  if (final === ALEF || isHamzaAlef(final)) return false;
  // «اسرت» before a pronoun is «اسرة»
  const last = final === TEH ? TEH_MARBUTA : -1;
  const entry = table.weight(folded, start, end, last);
  if (entry < 0 || entry >> 16 < MIN_FREE_STEM || articleBonus(entry) === 0) return false;
  const rest = table.weight(folded, start, n, -1);
  if (rest >= 0 && ((rest >> 8) & 0xff) !== 0) return false;
  if (s === HEH_PRONOUN) {
    const noun = table.weight(folded, start, n, TEH_MARBUTA);
    if (noun >= 0 && ((noun >> 8) & 0xff) !== 0 && noun >> 16 >= entry >> 16) return false;
  }
  const joined = table.weight(folded, start - 1, end, last);
  return joined < 0 || (((joined >> 8) & 0xff) === 0 && joined >> 16 < entry >> 16);
}

/**
 * True when raw[start..end) is an imperfect verb of four letters or more in the plural «وا»
 * of the subjunctive, its alef dropped before a pronoun when `last` is APPEND_ALEF
 * («يشاهدوا», «يشاهدو» + «ها»): after ل («ليشاهدوا», in order to watch) the form is seldom
 * seen without the particle, so the clitic-rate test and the name guard of unknown words do
 * not apply to it. Names that ل begins hardly end so («ليسوا» is one word: «يسوا» is rare).
 */
function isPluralImperfect(start: number, end: number, last: number): boolean {
  if (end - start < 4 || !isImperfectPrefix(raw[start]!)) return false;
  return last === APPEND_ALEF ? raw[end - 1] === WAW : raw[end - 1] === ALEF && raw[end - 2] === WAW;
}

/**
 * True when raw[start..start + length) is an imperfect verb of four letters or more: it begins
 * with ي ت ن and is seen at least MIN_RARE_STEM times, never with the article. ل before it is
 * the particle of purpose even when the corpus never showed the compound («لتتحد»,
 * «لتتفادى»); the names that ل begins («ليتوانيا», «لينكولن») are known words or have
 * tails the corpus does not know as verbs.
 */
function isImperfectVerb(entry: number, start: number, length: number): boolean {
  const c = raw[start]!;
  if (length < 4 || (c !== TEH && c !== NOON && c !== YEH)) return false;
  return entry >= 0 && entry >> 16 >= MIN_RARE_STEM && ((entry >> 8) & 0xff) === 0;
}

/**
 * True when candidate `p` — و alone, ل (after و ف or alone) or the future س (likewise) — stands
 * before raw[start..start + length), an imperfect verb the corpus knows but seldom: four letters
 * or more beginning with ي ت ن, seen at least MIN_RARE_VERB times (four), never with the
 * article, and more often than the whole word (`whole`, -1 when never seen). Such a verb is no
 * name's tail («ويسلمون», «لنحارب», «سيؤجج»: «يسلمون», «نحارب», «يؤجج»); the rare-stem guard,
 * meant for names («لياو», «سيغور»), does not hold it back, though the clitic-rate test still
 * does. ف only in a word the corpus never showed (QA round 67): «فيصل», «فينا», «فيرون» are
 * known words, and the imperfect after ف is then split by its shape (see scoreAnalyses).
 */
function isRareVerb(p: number, entry: number, start: number, length: number, whole: number, last: number): boolean {
  if (prefixArticle[p] !== 0 || length < 4 || last === ALEF_MAKSURA) return false;
  const mid = prefixMid[p]!;
  // (QA round 67) ف too, before a verb in a word the corpus never showed: «فيتجاهلون»,
  // «فيندفع», «فتتناثر» (the names it begins are known words: «فيصل», «فيرون»)
  if (mid === 0 ? prefixConj[p] !== WAW && !(prefixConj[p] === FEH && whole < 0) : mid !== LAM && mid !== SEEN) return false;
  const c = raw[start]!;
  if (c !== YEH && c !== TEH && c !== NOON) return false;
  // «يا» begins no imperfect («فياريت» is the dialect's «يا ريت», if only, after ف), and a
  // noun's dual or plural is no verb («فيلقين», see isInflectedNoun)
  if (prefixConj[p] === FEH && mid === 0 && (raw[start + 1] === ALEF || isInflectedNoun(start - 1, start + length))) return false;
  if (entry < 0 || entry >> 16 < MIN_RARE_VERB || ((entry >> 8) & 0xff) !== 0) return false;
  // a stem seen more often after ب ك ل than alone is a name's tail: «يستر» in «ليستر» (Leicester)
  if ((entry & 0xff) > entry >> 16) return false;
  return whole < 0 || whole >> 16 < entry >> 16;
}

/**
 * True when raw[start..end) ends in «ين», «ان», «ون» or «ات» after a noun that the corpus shows
 * with the article: the dual or plural of a noun in ف, «فيلقين» (two corps; «الفيلق»), not ف +
 * an imperfect «يلقين». (QA round 67)
 */
function isInflectedNoun(start: number, end: number): boolean {
  if (end - start < 5) return false;
  const a = raw[end - 2]!;
  const b = raw[end - 1]!;
  if (!((b === NOON && (a === YEH || a === ALEF || a === WAW)) || (a === ALEF && b === TEH))) return false;
  return articleBonus(lexicon().weight(folded, start, end - 2, -1)) > 0;
}

/**
 * True when `mid` is ك and raw[start..end) a noun it may take by isRareNoun: four letters or
 * more, in م (a participle or noun of place: «كمجدول», «كمدمن») or with alef for its second
 * letter (فاعل: «كناخبة», «كشاحن»). Names in ك seldom leave such a tail.
 */
function isKafNoun(mid: number, start: number, end: number): boolean {
  return mid === KAF && end - start >= 4 && (raw[start] === MEEM || raw[start + 1] === ALEF);
}

/**
 * True when candidate `p` is ب or ل (after و ف or alone, without the article; or ك before a
 * noun of isKafNoun) before raw[start..end), a noun of three letters or more that the corpus
 * shows at least MIN_RARE_STEM times (sixteen; MIN_RARE_LONG_STEM, eight, for five letters or
 * more or after ك: «لصوامع», «كناخبة») and with the article, in a word it never showed — from the
 * preposition on, and without its pronoun `s` (-1: none) either: «بنغمات», «لمقاولات», «بعذر»,
 * «بغريزته». A name that ب ل begin and the corpus never saw seldom leaves a tail that is a noun
 * seen with the article; the clitic-rate test still applies. Left to the scores: a known word
 * with a new pronoun or conjunction («بكارتها» is «بكارة» + ها, «وبغلة» و + «بغلة»), a stem
 * that begins with a bare alef or ي or ends in ي (names: «باسلمة», «بيوجين»; «البقمي» would
 * lose its base «بقمي» to ب + «قمي»), the pronouns ي ك («لديوي», «بربانك»: names end so),
 * and a final ا read as ى before a pronoun («لتتراكم» is no ل + «تترى» + كم).
 */
function isRareNoun(table: StemTable, p: number, entry: number, start: number, end: number, n: number, whole: number, s: number, last: number): boolean {
  const mid = prefixMid[p]!;
  if (last === ALEF_MAKSURA || whole >= 0 || prefixArticle[p] !== 0 || (mid !== BEH && mid !== LAM && !isKafNoun(mid, start, end)) || end - start < 3) return false;
  const c = raw[start]!;
  if (c === ALEF || c === YEH || raw[end - 1] === YEH || raw[n - 1] === YEH) return false;
  // a three-letter stem with a long vowel inside is a name's syllable as often: «بغيت», «بنيم»
  if (end - start === 3 && (raw[start + 1] === ALEF || raw[start + 1] === WAW || raw[start + 1] === YEH)) return false;
  // a long stem, or a noun after ك (see isKafNoun), may be rarer; not one in ل after ل, which
  // the article's «لل» reads («للبانة» is ل + ال + «بانة», not ل + «لبانة»)
  const least = (end - start >= 5 || mid === KAF) && !(mid === LAM && c === LAM) ? MIN_RARE_LONG_STEM : MIN_RARE_STEM;
  if (entry < 0 || entry >> 16 < least || articleBonus(entry) === 0) return false;
  if (s >= 0 && (PRONOUNS[s]!.form === 'ي' || PRONOUNS[s]!.form === 'ك')) return false;
  // the word from the preposition on, and before the pronoun, is no known word either
  const from = start - 1;
  if (from > 0 && table.weight(folded, from, n, -1) >= 0) return false;
  return s < 0 || (!knownBeforePronoun(table, 0, end) && (from === 0 || !knownBeforePronoun(table, from, end)));
}

/**
 * True when candidate `p` is ل or ب (after و ف or alone, without the article) before raw[start..end),
 * five letters or more with no pronoun behind (`s` is -1), that the corpus shows at least
 * MIN_RARE_STEM times and never with the article — a name («بلوتو», «جولييت», «روميرو») — in a
 * word it never showed, from the preposition on either: «لبلوتو», «لجولييت», «لروميرو» are ل +
 * the name, as the names of the recognizer's lists are (see listedAfterProclitic). A name that
 * ل begins and the corpus never saw seldom leaves a tail that is a name of its own. Left to the
 * scores: a stem that begins with a bare alef or و («لاتصل», «لاسمح», «لوعادت»: لا, لو written
 * joined), with ي ت ن (verbs, see isUnknownAfterLam) or ل (the article's «لل»), with a hamza on
 * its alef (see hamzaAfterPreposition), or that ends in ه (a pronoun: «لخالته»). (QA round 76)
 * ب the same («بكنساس», «بشرلوك», «ببلوتو»), but not before ر (QA round 78).
 */
function isRareName(table: StemTable, p: number, entry: number, start: number, end: number, n: number, s: number): boolean {
  const mid = prefixMid[p]!;
  if (s >= 0 || (mid !== LAM && mid !== BEH) || prefixArticle[p] !== 0 || end - start < 5) return false;
  const c = raw[start]!;
  if (c === ALEF || c === WAW || c === YEH || c === TEH || c === NOON || c === LAM || isHamzaAlef(c) || raw[end - 1] === HEH) return false;
  // names of Br-, Bl- are written «بر», «بل» (Brawley, Brynner, Rommel's «بروميل»): ب not before ر
  if (mid === BEH && c === REH) return false;
  if (entry < 0 || entry >> 16 < MIN_RARE_STEM || ((entry >> 8) & 0xff) !== 0) return false;
  const from = start - 1;
  return from === 0 || table.weight(folded, from, n, -1) < 0;
}

/**
 * True when raw[start..start + length), after ك, begins with ي and is no noun that ك may take:
 * one of two letters, or one seen with the article rarely or never (articleBonus 0). A simile
 * takes a noun, and the nouns in ي that take the article («يوم», «يمين», «يقظة») are the ones it
 * meets; imperfect verbs («يدير», «ينس») and names («يونج») never take it. (QA round 107)
 */
function isKafBeforeYeh(entry: number, start: number, length: number): boolean {
  return raw[start] === YEH && (length < 3 || articleBonus(entry) === 0);
}

/** Scratch letters of the imperfect «يكـ» that {@link isKafPerfect} looks up. */
const kafImperfect = new Uint16Array(4);

/**
 * True when ك + raw[start..start + length), a stem of three letters in ت, is a perfect verb
 * of a root in ك with its subject «ت» (she, I, you): its imperfect, ي + ك + the stem's first two
 * letters, is seen MIN_RARE_STEM times or more and never with the article, so the root is a
 * verb's. A simile takes a noun, and the nouns of these letters are rare in a simile: «كسبت» is
 * she won («يكسب»), not ك + «سبت» (like a Saturday), «كفرت» she disbelieved («يكفر»), not ك +
 * «فرت»; «كبيت», «كصوت», «كوقت» have no «يكبي», «يكصو», «يكوق». (QA round 125)
 */
function isKafPerfect(table: StemTable, start: number, length: number): boolean {
  if (length !== 3 || raw[start + 2] !== TEH) return false;
  kafImperfect[0] = YEH;
  kafImperfect[1] = KAF;
  kafImperfect[2] = folded[start]!;
  kafImperfect[3] = folded[start + 1]!;
  const w = table.weight(kafImperfect, 0, 4, -1);
  return w >= 0 && w >> 16 >= MIN_RARE_STEM && ((w >> 8) & 0xff) === 0;
}

/**
 * True when raw[start..start + length) is three letters, a consonant + «اي» («لاي», «واي»,
 * «داي»), seen with the article under a quarter of the time (articleBonus below its most): the
 * end of a name that ف ك begin («فلاي», «كواي», «فداي»), not ف ك + a noun; «شاي», «ناي» and
 * «راي» (folded «رأي», opinion) take the article. (QA round 107)
 */
function isNameInAy(entry: number, start: number, length: number): boolean {
  return length === 3 && raw[start + 1] === ALEF && raw[start + 2] === YEH && articleBonus(entry) < MAX_ARTICLE_BONUS;
}

/**
 * True when raw[start..end), which begins with ي, is an imperfect verb: never seen with the
 * article, and the same letters with ت for ي (the verb's other person: «يكون» / «تكون»,
 * «يلي» / «تلي», «يرون» / «ترون») seen at least MIN_RARE_STEM times. Nouns in ي are seen with
 * the article («اليوم», «اليد»); names that are not («ينبع», «يونس») escape only where a
 * ت-word shares their letters («تنبع», «تونس»), and the caller asks this only of a word the
 * corpus knows whole (or from ب ك on, after a conjunction).
 */
function isImperfectTail(table: StemTable, entry: number, start: number, end: number): boolean {
  if (entry < 0 || ((entry >> 8) & 0xff) !== 0 || end - start < 3) return false;
  folded[start] = TEH;
  const other = table.weight(folded, start, end, -1);
  folded[start] = YEH;
  return other >= 0 && other >> 16 >= MIN_RARE_STEM;
}

/**
 * True when raw[start..end) is «إلى» written with a bare alef and a pronoun («اليه», «الينا»,
 * «اليك»): a preposition with its object, which no other preposition precedes.
 */
function isIlaWithPronoun(start: number, end: number): boolean {
  if (end - start < 4 || raw[start] !== ALEF || raw[start + 1] !== LAM || raw[start + 2] !== YEH) return false;
  for (let s = 0; s < PRONOUNS.length; s++) {
    const codes = PRONOUNS[s]!.codes;
    if (codes.length !== end - start - 3) continue;
    let i = 0;
    while (i < codes.length && raw[start + 3 + i] === codes[i]) i++;
    if (i === codes.length) return true;
  }
  return false;
}

/**
 * True when raw[start..end), a stem in ت after ل, is the rest of a verb in the perfect whose
 * first radical is that ل: «لحقت» (caught up), «لجأت» (took refuge) are no ل + «حقت», «جأت».
 * Such a stem is seen far more often after ب ك ل — inside the verb — than alone (by
 * PERFECT_TAIL_MARGIN, four times), while ل takes nouns and imperfects. Plurals in «ات» are
 * left out («لسنوات», «لعمليات»: each plural after ل is counted there too).
 */
function isPerfectTail(entry: number, start: number, end: number): boolean {
  if (entry < 0 || end - start < 3 || raw[end - 2] === ALEF) return false;
  return (entry & 0xff) >= (entry >> 16) + PERFECT_TAIL_MARGIN;
}

/** The perfect in ت of a plural verb's letters must be seen this often (16 occurrences; see isPluralPerfect). */
const MIN_PLURAL_PERFECT = 16;

/**
 * True when raw[start..end), a stem in و before a pronoun, is a perfect verb in the plural «وا»
 * that dropped its alef: its letters before و (three or more) are seen with the ت of the
 * feminine perfect MIN_PLURAL_PERFECT times or more and never with the article («سألوه»:
 * «سألت»; «زينوها»: «زينت»). The defective «يسموه» (an imperfect whose و is a radical) and
 * nouns in و («جنوه», Genoa) have no such perfect.
 */
function isPluralPerfect(table: StemTable, start: number, end: number): boolean {
  // (four letters in أ ت ي ن are as often a defective imperfect, «أدعوه», I call him, «تخطوها»,
  // she takes it — a step — whose «ادعت», «تخطت» are other verbs' perfects)
  if (end - start < 4 || (end - start === 4 && isImperfectPrefix(raw[start]!))) return false;
  const perfect = table.weight(folded, start, end, TEH);
  return perfect >= 0 && perfect >> 16 >= MIN_PLURAL_PERFECT && ((perfect >> 8) & 0xff) === 0;
}

/**
 * Entry of the indicative «يفعلون» of raw[start..end), a stem «يفعلو» before a pronoun that
 * neither the corpus's word nor its «يفعلوا» is known as, or -1: the subjunctive/jussive plural
 * drops its alef before an object («يقنعوه», «يبيعوها» are «يقنعوا», «يبيعوا» + pronoun), and
 * the indicative is its far commoner form. Only in ي (a stem in ت is as often a noun in «ون»:
 * «تريليوني»), never seen with the article, and not a defective imperfect whose و is a
 * radical («يعزو», «يتلو» are words of their own).
 */
function pluralImperfectObject(table: StemTable, start: number, end: number): number {
  if (end - start < 4 || raw[start] !== YEH || table.weight(folded, start, end, -1) >= 0) return -1;
  const indicative = table.weight(folded, start, end + 1, NOON);
  return indicative >= 0 && ((indicative >> 8) & 0xff) === 0 ? indicative : -1;
}

/**
 * True when raw[from..end), a word before a pronoun, is a known word as written,
 * with its last letter read back (ت → ة, ئ ؤ → ء) or with the alef of a plural «وا» that the
 * pronoun drops («بدلوها» is «بدلوا» + ها).
 */
function knownBeforePronoun(table: StemTable, from: number, end: number): boolean {
  const last = raw[end - 1]!;
  const alternative = last === TEH ? TEH_MARBUTA : last === WAW_HAMZA || last === YEH_HAMZA ? HAMZA : -1;
  if (table.weight(folded, from, end, -1) >= 0) return true;
  if (alternative >= 0 && table.weight(folded, from, end, alternative) >= 0) return true;
  return last === WAW && table.weight(folded, from, end + 1, ALEF) >= 0;
}

/** How often (4 × log2: 16 times) a perfect in «أ…ت» must be seen to keep its ت before a pronoun (see isFormFourPerfect). */
const MIN_FORM_FOUR_PERFECT = 16;
/** How much rarer (4 × log2: 4 times) that perfect may be than the noun in ة of its letters (see isFormFourPerfect). */
const FORM_FOUR_NOUN_MARGIN = 8;

/**
 * True when raw[start..end), a stem in ت before a pronoun written with «أ» (hamza above), is
 * the perfect of a form IV verb (أفعلت, she / I did), not a noun in ة: «أصابته» is «أصابت» + ه
 * (it hit him), «أجرتها» «أجرت» + ها (she conducted it). The verb in ت must be a word the corpus
 * knows (`entry`, never with the article, MIN_FORM_FOUR_PERFECT times or more), and either
 * - hollow, أ + C + ا + C + ت: the noun of these letters is the verbal noun إفالة, written
 *   with «إ» («إصابته», his injury, keeps «إصابة»), which the folded look-up cannot tell from
 *   the verb, so its count proves nothing; or
 * - at least a quarter as frequent as the noun in ة («أجرت» beside «أجرة», fare), against
 *   nouns whose «أ» is a radical («أسرته» is «أسرة» + ه, «أسرت» being far rarer).
 * Plurals أفعلة («أسلحته», «أجهزته») have no such verb and keep ة, and so does a stem after a
 * preposition, which takes no verb («بأرادته» is ب + «إرادة» + ه with its hamza misspelt).
 */
function isFormFourPerfect(table: StemTable, entry: number, start: number, end: number): boolean {
  if (raw[start] !== ALEF_HAMZA_ABOVE || end - start < 4 || end - start > 5) return false;
  if (entry < 0 || entry >> 16 < MIN_FORM_FOUR_PERFECT || ((entry >> 8) & 0xff) !== 0) return false;
  if (end - start === 5 && raw[start + 2] === ALEF) return true;
  const noun = table.weight(folded, start, end, TEH_MARBUTA);
  return noun < 0 || entry >> 16 >= (noun >> 16) - FORM_FOUR_NOUN_MARGIN;
}

/**
 * True when the stem in ت at raw[stemStart] before a pronoun that the perfect in ت of its
 * letters outscores («حضرت», she attended; «قامت», she stood), is the noun in ة `noun` all the
 * same. (A stem in ت seen with the article is a noun of its own, «صوت», «منشآت», and is not
 * asked.) The noun must be seen with the article (a verb never is), and the word must be one
 * that no perfect verb can be:
 * - after a preposition, which takes nouns («باستطاعته», «لقامتها», «بإفادته»);
 * - written with «إ», which begins verbal nouns (إفعالة) but no perfect («إفادته», «إثارتها»;
 *   the verb is «أفادت», see isFormFourPerfect);
 * - before «ي», «my», since a verb takes «ني» for «me» («استطاعتي», «وسادتي»);
 * - on a stem whose verb takes no object (see isIntransitivePerfect: «نشأته», «قامته»).
 * A word that only the counts tell apart stays the verb: «حضرته» is mostly «حضرت» + ه (she
 * attended it) in news, «قتلته», «عرفته» keep theirs.
 */
function isNounBeforePronoun(noun: number, p: number, s: number, stemStart: number, stemEnd: number): boolean {
  if (noun < 0 || ((noun >> 8) & 0xff) === 0) return false;
  return prefixMid[p] !== 0 || raw[stemStart] === ALEF_HAMZA_BELOW || PRONOUNS[s]!.form === 'ي' || isIntransitivePerfect(stemStart, stemEnd - 1);
}

/**
 * The masculine perfect of a stem in ت must be seen this often (≈ 256 occurrences) to be called
 * intransitive: an absence means more for a frequent verb («ساد», prevailed, is seen some 200
 * times and never as «ساده», yet «مدينة سادتها الفوضى» is the verb).
 */
const MIN_INTRANSITIVE = 32;

/**
 * True when raw[start..end), the letters before the ت of a stem, are a frequent word that the
 * corpus never shows with the object «ه» or «ها»: an intransitive perfect («نشأ», arose), whose
 * feminine in ت takes no object either, so «نشأته» can only be the noun «نشأة» + ه (his
 * upbringing). «حضرته», «طلبتها» keep their verb: «حضره», «طلبها» are written.
 */
function isIntransitivePerfect(start: number, end: number): boolean {
  if (end - start === 2) return isIntransitiveDefective(start, end);
  // (not a defective verb, whose masculine ends in ى: «سميته» is «سميت» + ه, I named him)
  if (end - start < 3 || isWeakLetter(raw[end - 1]!)) return false;
  const w = lexicon().weight(folded, start, end, -1);
  return w >= 0 && w >> 16 >= MIN_INTRANSITIVE && !takesObject(start, end);
}

/**
 * True when raw[start..end), the two letters before the ت of a stem, are a defective verb whose
 * masculine in ى («سعى», strove) the corpus shows MIN_INTRANSITIVE weight or more and never
 * with the object «اه», «اها», and no geminate verb of the two letters is seen with «ه», «ها»: its
 * feminine «سعت» takes no object, so «سعته», «سعتها» can only be the noun «سعة» + pronoun
 * (capacity; QA round 84). «دعته» keeps its verb («دعاه» is written), «جرته» too («جره»).
 * (The letters after `end` are the ت and the pronoun's; they are put back.)
 */
function isIntransitiveDefective(start: number, end: number): boolean {
  const table = lexicon();
  const teh = folded[end]!;
  const first = folded[end + 1]!;
  const second = folded[end + 2]!;
  folded[end] = YEH;
  const masculine = table.weight(folded, start, end + 1, -1);
  folded[end] = ALEF;
  folded[end + 1] = HEH;
  let object = table.weight(folded, start, end + 2, -1) >= 0;
  if (!object) {
    folded[end + 2] = ALEF;
    object = table.weight(folded, start, end + 3, -1) >= 0;
  }
  // …nor a geminate verb with «ه», «ها» («جره», «سرها»: «جرته» is «جرت» + ه, she dragged him)
  if (!object) {
    folded[end] = HEH;
    folded[end + 1] = ALEF;
    object = table.weight(folded, start, end + 1, -1) >= 0 || table.weight(folded, start, end + 2, -1) >= 0;
  }
  folded[end] = teh;
  folded[end + 1] = first;
  folded[end + 2] = second;
  return masculine >= 0 && masculine >> 16 >= MIN_INTRANSITIVE && !object;
}

function isImperfectPrefix(c: number): boolean {
  return c === YEH || c === TEH || c === NOON || c === ALEF_HAMZA_ABOVE;
}

/**
 * True when raw[start..end) is a consonant + «آ», the perfect of a verb in «أى» written before
 * a pronoun («رآ» of «رآه», he saw him): the verb («رأى», folded «راي») is seen at least
 * MIN_SHORT_STEM times. (Its folded counts are also those of «رأي», opinion, which is why the
 * article is not asked about: a noun in «أي» keeps its ي before a pronoun, «رأيه».)
 */
function isMaddaPerfect(table: StemTable, start: number, end: number): boolean {
  if (end - start !== 2 || raw[start + 1] !== ALEF_MADDA || !isConsonant(raw[start]!)) return false;
  const verb = table.weight(folded, start, end + 1, YEH);
  return verb >= 0 && verb >> 16 >= MIN_SHORT_STEM;
}

/** Morphotactics of enclitics that the scores alone get wrong. */
function suffixAllowed(table: StemTable, s: number, stemStart: number, stemEnd: number, n: number): boolean {
  const form = PRONOUNS[s]!.form;
  const length = stemEnd - stemStart;
  // A stem that still begins with the article takes no pronoun: «الأرضي» is not «الأرض» + «ي».
  // (A form VIII noun keeps its «ال» and takes one: «التزامه», see isFormEightNoun.)
  if (length >= 3 && raw[stemStart] === ALEF && raw[stemStart + 1] === LAM && !(banFormEight && raw[stemStart + 2] === TEH) && !(length === 3 && isMaksuraParticle(stemStart))) return false;
  if (length === 2) {
    if (isShortParticle(stemStart)) return true;
    // (QA round 89) a perfect in «أى» takes its object, not «my»: «رآني», «رآنا» (see isMaddaPerfect)
    if (form !== 'ي' && isMaddaPerfect(table, stemStart, stemEnd)) return true;
    if (form === 'ني') return false;
    const entry = table.weight(folded, stemStart, stemEnd, -1);
    // (QA round 94) «my» only on a noun that takes «ه» and «ك» too (see isShortPossessiveYeh)
    if (form === 'ي') return isShortPossessiveYeh(table, entry, stemStart, n);
    // (QA round 90) «ك», «نا» only on a noun that takes «ه» far more often (see isShortPossessive)
    if ((form === 'ك' || form === 'نا') && !isShortPossessive(table, s, entry, stemStart, n)) return false;
    if (entry < 0 || (entry >> 16 < shortStemLeast(table, s, entry, stemStart, n) && !isDoubledVerbObject(table, s, entry, stemStart, n))) return false;
  }
  if (form === 'ي') {
    // «my» does not follow a verb (its object is «ني»): a stem that begins like an imperfect
    // (ي ت ن) and is never seen after the article is a verb whose ي is part of the word —
    // «يصلي», «يجدي», «تصفي» (you, feminine, describe) — unless it is an adverb («تجاهي»).
    // (A stem in ت is a noun in ة: «نيتي» is «نية» + «ي».)
    if (length >= 3 && (raw[stemStart] === YEH || raw[stemStart] === TEH || raw[stemStart] === NOON) && raw[stemEnd - 1] !== TEH) {
      const entry = table.weight(folded, stemStart, stemEnd, -1);
      if (entry >= 0 && ((entry >> 8) & 0xff) === 0 && !isAdverb(stemStart, length)) return false;
    }
    // A participle of the shape مفعول is a construct plural or an adjective in «ي», hardly
    // «my»: «منسوبي», «محدودي», «مسؤولي».
    if (length === 5 && raw[stemStart] === MEEM && raw[stemStart + 3] === WAW) return false;
    // «مصممي», «عامي», «ملياري»: a word that also occurs with ن is a construct plural or dual;
    // for a participle in م any sight of it will do («منسقين», «متعددين»), unless the ن
    // follows a feminine ت («مسيرتين» is a dual beside «مسيرتي», my career).
    folded[n] = NOON;
    const plural = table.weight(folded, stemStart, n + 1, -1);
    if (plural >= 0 && (plural >> 16 >= CONSTRUCT_PLURAL_MIN || (raw[stemStart] === MEEM && length >= 4 && raw[stemEnd - 1] !== TEH))) {
      // …but a dual is no construct of the word when the word is four times as frequent as
      // the dual itself (a construct dual is rarer than the dual): «قلبي», «رأيي» are «my»
      // beside a rare «قلبين», «رأيين»; «فريقي», «ناديي» (of the two teams) stay whole.
      if (raw[stemStart] === MEEM || !possessiveYeh(table, stemStart, n)) return false;
      const word = table.weight(folded, stemStart, n, -1);
      if (word < 0 || word >> 16 < (plural >> 16) + DUAL_MARGIN) return false;
    }
  }
  if (form === 'كن' || form === 'كما') return takesMasculinePlural(table, stemStart, stemEnd, n);
  if (form === 'ك' && length >= 3 && isRadicalKaf(table, stemStart, n)) return false;
  return true;
}

/**
 * True when the final ك of raw[start..n), an imperfect verb in any person (ي ت ن أ, or a bare
 * alef), is the verb's last radical, not «you»: the same verb in ي takes a pronoun after that
 * ك («أملك», I own, beside «يملكه»; «نترك» beside «يتركه»), which an object ك never takes
 * («أعطيك», «أحبك»: no «يعطيكه», «يحبكه»).
 */
function isRadicalKaf(table: StemTable, start: number, n: number): boolean {
  const c = raw[start]!;
  if (!isImperfectPrefix(c) && c !== ALEF) return false;
  const first = folded[start]!;
  const after = folded[n]!;
  folded[start] = YEH;
  folded[n] = HEH;
  const verb = table.weight(folded, start, n + 1, -1);
  folded[start] = first;
  folded[n] = after;
  return verb >= 0;
}

/**
 * True when the stem raw[start..stemEnd), which «كن» or «كما» follows in raw[start..n), is seen
 * with «كم» at least as often as with that ending: the feminine plural and the dual of «you»
 * are rarer than the masculine plural on any stem that takes them («عليكن» beside «عليكم»),
 * so a known word in «كن» more frequent than its «كم» form is a word of its own: «يتمكن»
 * (no «يتمكم»), «أمكن», «أماكن».
 */
function takesMasculinePlural(table: StemTable, start: number, stemEnd: number, n: number): boolean {
  const kept = folded[stemEnd + 1]!;
  folded[stemEnd + 1] = MEEM; // «كن» → «كم»; «كما» already begins with it
  const plural = table.weight(folded, start, stemEnd + 2, -1);
  folded[stemEnd + 1] = kept;
  const own = table.weight(folded, start, n, -1);
  // a word the corpus never showed is judged by its stem alone («مدرستكن»)
  return own < 0 || (plural >= 0 && plural >> 16 >= own >> 16);
}

/**
 * Stems written with a bare alef (hamzat wasl) or, without hamza, «ان»: «باسم», «لابن», «وان»;
 * «ابنت» is «ابنة» before a pronoun («وابنته»).
 */
const WASLA_STEMS: readonly string[] = ['ان', 'اسم', 'ابن', 'ابنة', 'ابنت', 'امرأة', 'اثني', 'اثنا'];
function isWaslaStem(start: number, end: number): boolean {
  return rawIsOneOf(WASLA_STEMS, start, end);
}

/**
 * A derived perfect verb written, as it should be, with a bare alef (hamzat wasl) after و ف:
 * four letters shaped اتـ / انـ / اـتـ / اـطـ («اتهم», «انضم», «احتل», «اضطر»), or a form VIII
 * whose ت the first radical took in, اطّـ / ادّـ / ازدـ («اطلع», «ادعى», «ازدهر»), seen at least
 * MIN_WASLA_VERB times and never with the article. «واتهم» is و + «اتهم», not «وات» + «هم».
 */
function isWaslaVerb(table: StemTable, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const second = raw[start + 1]!;
  const third = raw[start + 2]!;
  if (second !== TEH && second !== NOON && third !== TEH && third !== TAH && second !== TAH && second !== DAL && !(second === ZAIN && third === DAL)) return false;
  const entry = table.weight(folded, start, end, -1);
  return entry >= 0 && entry >> 16 >= MIN_WASLA_VERB && articleBonus(entry) === 0;
}

/**
 * A frequent stem of four letters or more that begins with ت: a form V or VI verb, whose
 * verbal noun is spelled the same («تواصل», «تقدم», «تدخل»), so its article evidence does not
 * make it a noun after the future س («ستواصل» is س + «تواصل»). The names that begin with
 * ست have rare tails («ستيفاني», «ستالين»).
 */
function isVerbalNoun(entry: number, start: number, end: number): boolean {
  return raw[start] === TEH && end - start >= 4 && entry >= 0 && entry >> 16 >= MIN_FREE_STEM;
}

function isShortParticle(start: number): boolean {
  return SHORT_PARTICLES.has(String.fromCharCode(folded[start]!, folded[start + 1]!));
}

/**
 * Checks that need the stem's entry: pronouns that names often merely end in («مارينا»,
 * «إيه», «ميتي») attach only to stems that show they take them.
 */
function suffixFits(s: number, entry: number, stemStart: number, length: number, whole: number, p: number, last: number): boolean {
  const form = PRONOUNS[s]!.form;
  const particle = length === 2 ? isShortParticle(stemStart) : length === 3 && isMaksuraParticle(stemStart);
  if (particle) return true;
  const construct = form === 'نا' && isConstructPlural(stemStart, stemStart + length);
  const noun = articleBonus(entry) > 0 || construct;
  // «نا» is an object after an imperfect verb and a possessive after a noun; after a perfect
  // verb it is the subject, part of the word («طلبنا»).
  if (form === 'نا' && !noun && !isImperfectPrefix(raw[stemStart]!) && !isAdverb(stemStart, length) && !isNaHost(stemStart, length)) return false;
  // (QA round 67) …but a stem of four letters in «أ» and a written ي is no imperfect
  // before «نا»: «I» takes no «us», and a form IV perfect in ى before its object is written
  // with alef («أعطانا»). The ي is that of the perfect with its subject «نا», we: «أجرينا»
  // (we conducted), «أعطينا», «أمضينا», «ألقينا» are whole words.
  if (form === 'نا' && !noun && length === 4 && raw[stemStart] === ALEF_HAMZA_ABOVE && raw[stemStart + length - 1] === YEH) return false;
  // (QA round 88: but for a doubled verb the corpus never shows with the article, before its
  // object: «شنها», see isDoubledVerbObject)
  if (length === 2 && !noun && !isDoubledVerbObject(lexicon(), s, entry, stemStart, stemStart + length + PRONOUNS[s]!.codes.length)) return false;
  // «ي», «ني», «ك» are rare in news: only on a word the corpus knows whole (or one that
  // already has a proclitic, «لمقاطعتي», or whose ت is a noun's ة, «مدرستي»); an unknown
  // «ميتي» is a name.
  if ((form === 'ي' || form === 'ني' || form === 'ك') && whole < 0 && p === 0 && last !== TEH_MARBUTA && last !== KEEP_TEH) {
    // …but «ك» (you, your) follows any stem that takes «ه» or «ها»: a noun or verb the corpus
    // shows with a pronoun («قميصه», «يأتيه») is no name's tail in «ك» («قميصك», «يأتيك»;
    // «نوفاك», «باباك», «كينيك» have no «نوفاه», «كينيه»).
    // The same holds for «ني» (me), the object of a verb, after a stem seen with the article
    // under a quarter of the time (a verb more than a noun; a perfect such as «ذكر» is spelled
    // like its verbal noun): «أجابني» beside «أجابه», «تأخذني» beside «تأخذه», «ذكرني» (names in
    // «ني» have no «ه» form, «حقاني», «كوباني»; «وعيني» is و + «عين» + ي, not «وعي» + ني).
    if ((form !== 'ك' && (form !== 'ني' || articleBonus(entry) >= MAX_ARTICLE_BONUS)) || length < 3 || !takesObject(stemStart, stemStart + length)) return false;
  }
  // «ني» is the object of a verb (or follows a particle: «لكنني»), and a verb that takes «me»
  // takes «him»: «أخبرني» beside «أخبره», «أعطاني» beside «أعطاه». Names and nisbas that merely
  // end in «ني» have no such form («حقاني», «كوباني», «ليفني», «رومني»: no «حقاه», «رومه»).
  // A plural verb («علموني») and an imperfect in ي («يسعدني») are verbs whatever their paradigm.
  if (form === 'ني' && length >= 3 && last !== APPEND_ALEF && !(raw[stemStart] === YEH && length >= 4 && !noun) && !takesObject(stemStart, stemStart + length)) {
    return false;
  }
  // (QA round 83) …but after a stem in ي of four letters or more that no imperfect prefix
  // begins, «ه» is no evidence: «…يه» is as often a foreign name («بيكيه», Piqué; «بيليه»,
  // Pelé; «موسيه») or a nisba written «يه» for «ية» («ثلاثيه»). Such a stem needs «ها» or «هم»,
  // as a verb shows: «بيكيني», «بيليني», «ثلاثيني» (in his thirties) are whole words. Stems of
  // three letters are left to the test above, for the verbs «لقيني», «خليني».
  if (form === 'ني' && length >= 4 && last !== APPEND_ALEF && raw[stemStart + length - 1] === YEH && !isImperfectPrefix(raw[stemStart]!) && !takesObject(stemStart, stemStart + length, false)) {
    return false;
  }
  // «نا» after a stem in a written ي, on a word the corpus knows whole, needs a paradigm as
  // «ني» does: a noun that takes «our» takes «his», «her», «their» or «your» too («أراضينا»
  // beside «أراضيه», «سعينا» beside «سعيه»), while names that merely end so have none
  // («ايلينا», «جورجينا», «ريجينا»: no «ايليه», «جورجيها»). A verb in ي ت ن أ takes «نا» as its
  // object («يعطينا»). (The same test for «ه», «ها» would keep «موسيه», «مانيه» whole, but also
  // «معاليه», his Excellency, whose stem the corpus shows with no other pronoun.)
  // (QA round 66) A construct plural or dual needs no other pronoun: «بلدينا», «مزارعينا» (our
  // two countries, our farmers) though the corpus writes «بلديه» as the municipality.
  // (QA round 75) «ك» is no evidence here, names in «يك» being common («كاريك», «موليك»
  // beside «كارينا», «مولينا»), and a stem in أ of five letters or more is asked too: «I» takes
  // no «us» («أنجيلينا»).
  if (form === 'نا' && whole >= 0 && p === 0 && last < 0 && length >= 3 && raw[stemStart + length - 1] === YEH && !construct && (!isImperfectPrefix(raw[stemStart]!) || (length >= 5 && raw[stemStart] === ALEF_HAMZA_ABOVE)) && !takesAnotherPronoun(stemStart, stemStart + length, false)) {
    return false;
  }
  // …and so does «نا» after a stem in ا, whose form is the noun or verb in ى («مستوانا»,
  // «أعطانا» beside «مستواه», «أعطاه»): names in «انا» («بارانا», «جوانا», «غابانا») have no
  // «ه», «ها», «هم» form. «ك» is no evidence here, since a name in «اك» is common («باراك»).
  // Asked of the stem and «نا» the corpus knows, after any proclitic («وبارانا»).
  if (form === 'نا' && length >= 3 && raw[stemStart + length - 1] === ALEF && lexicon().weight(folded, stemStart, stemStart + length + 2, -1) >= 0 && !takesAnotherPronoun(stemStart, stemStart + length, false)) {
    return false;
  }
  // (QA round 75) …and so does «نا» after a stem in و, a noun in و («عدونا», «أبونا» beside
  // «عدوه», «أبوه») or an imperfect in و («يدعونا» beside «يدعوه»): names in «ونا» («ألتونا»,
  // «أنكونا», «كادونا», «بروتونا») have no «ه», «ها», «هم» form. The و of a plural verb, whose
  // alef is restored («أبلغونا» is «أبلغوا» + نا), is not asked.
  if (form === 'نا' && last < 0 && length >= 3 && raw[stemStart + length - 1] === WAW && !takesAnotherPronoun(stemStart, stemStart + length, false)) {
    return false;
  }
  // (QA round 75) The future س before an imperfect in ي with «نا», in a word the corpus knows
  // whole, needs the same word with «ه», «ها» or «هم» («سيعطينا» beside «سيعطيه»): a name in
  // «سي…ينا» («سيلينا», Selena) is written often, «سيليه», «سيليها» never.
  if (form === 'نا' && p > 0 && prefixMid[p] === SEEN && whole >= 0 && last < 0 && raw[stemStart + length - 1] === YEH && !takesAnotherPronoun(stemStart - 1, stemStart + length, false)) {
    return false;
  }
  // A three-letter stem in ي that begins like an imperfect is a verb only when its paradigm
  // shows one: an object «ه», «ها», «هم» («يلينا» beside «يليه») or a perfect in ت («أتينا»
  // beside «أتيت»); «أرينا» (arena) has neither.
  if (form === 'نا' && whole >= 0 && p === 0 && last < 0 && length === 3 && raw[stemStart + 2] === YEH && (isImperfectPrefix(raw[stemStart]!) || raw[stemStart] === ALEF_MADDA) && !takesAnotherPronoun(stemStart, stemStart + length, false) && lexicon().weight(folded, stemStart, stemStart + length + 1, TEH) < 0) {
    return false;
  }
  return true;
}

/**
 * True when the stem raw[start..end), which «نا» follows, is the construct of a sound
 * masculine plural in ي: its ين form (the ن of «نا» stands at `end`) is seen with the article
 * and its singular, four letters or more, with ون: «لاعبينا», «مقاتلينا», «مشجعينا» are «لاعبي»,
 * «مقاتلي», «مشجعي» + «نا» (our players, fighters, fans: «اللاعبين», «لاعبون»). The construct
 * never takes the article, so its own entry shows no noun. Nouns whose ين is their own
 * («كمين», «ثمين», «تمرين») have a singular of two or three letters and stay out.
 * (QA round 66) Or the construct of a dual, a stem of four letters or more: its ين form and its
 * ان form both seen with the article («بلدينا», «حكومتينا»: «البلدين», «البلدان»; «الحكومتين»,
 * «الحكومتان»). «تأمينا», «تمرينا» have no «التأميان», «التمريان».
 */
function isConstructPlural(start: number, end: number): boolean {
  if (end - start < 4 || raw[end - 1] !== YEH) return false;
  const table = lexicon();
  if (articleBonus(table.weight(folded, start, end + 1, -1)) === 0) return false;
  const yeh = folded[end - 1]!;
  folded[end - 1] = WAW;
  const plural = end - start < 5 ? -1 : table.weight(folded, start, end + 1, -1);
  folded[end - 1] = ALEF;
  const dual = table.weight(folded, start, end + 1, -1);
  folded[end - 1] = yeh;
  return plural >= 0 || (dual >= 0 && ((dual >> 8) & 0xff) !== 0);
}

/** The least evidence (4 × log2: 8 times) of the «he» form that proves a first-person imperfect (see firstPersonVerb). */
const MIN_FIRST_PERSON_VERB = 12;
/** The same for an imperfect in ت (4 × log2: about 6 times), whose «she», «you» forms are commoner: «توقظه» by «يوقظ». */
const MIN_SECOND_PERSON_VERB = 10;

/**
 * True when raw[start..end), a stem of three letters or more in ن, أ or ت that ends in no و,
 * is the imperfect of «we», «I», «she» or «you» of a verb whose «he» form in ي the corpus knows
 * well as a verb: never seen with the article («يطعم», «يخلع»), or seen so under a quarter of
 * the time and with an object «ه», «ها» or «هم» («يحفظه»). (Nouns in ن أ ت that merely share a
 * tail with a verb are known words, asked before: «نسمه», «أغنيه», «أسلحه», «توجيه», «تشويه».)
 */
function firstPersonVerb(table: StemTable, start: number, end: number): boolean {
  const head = raw[start]!;
  if ((head !== NOON && head !== ALEF_HAMZA_ABOVE && head !== TEH) || end - start < 3 || raw[end - 1] === WAW) return false;
  const f = folded[start]!;
  folded[start] = YEH;
  const verb = table.weight(folded, start, end, -1);
  const found = verb >= 0 && verb >> 16 >= (head === TEH ? MIN_SECOND_PERSON_VERB : MIN_FIRST_PERSON_VERB) && (articleBonus(verb) === 0 || (articleBonus(verb) < MAX_ARTICLE_BONUS && takesAnotherPronoun(start, end, false)));
  folded[start] = f;
  return found;
}

/**
 * True when raw[start..end), a stem «أفعت» or «أفعو» of four letters before a third-person
 * pronoun, is a defective form IV perfect (of «she» or of «they», whose «وا» drops its alef)
 * with its object: its «he» imperfect in ي is known as a verb MIN_FIRST_PERSON_VERB or more and
 * never with the article, its perfect in ى is known, and for «أفعو» that imperfect outnumbers
 * the one in و sixteen times (4 × log2) or more: «أسمته», «أسموها» are «أسمت», «أسموا» + pronoun
 * by «يسمي», «أسمى»; «أدعوه» (I call him) stays whole by «يدعو» beside «يدعي».
 */
function defectiveFormFour(table: StemTable, start: number, end: number): boolean {
  const last = raw[end - 1]!;
  if (raw[start] !== ALEF_HAMZA_ABOVE || end - start !== 4 || (last !== TEH && last !== WAW)) return false;
  const f = folded[start]!;
  const l = folded[end - 1]!;
  folded[end - 1] = YEH;
  const perfect = table.weight(folded, start, end, -1);
  folded[start] = YEH;
  const verb = table.weight(folded, start, end, -1);
  folded[end - 1] = WAW;
  const other = last === WAW ? table.weight(folded, start, end, -1) : -1;
  folded[start] = f;
  folded[end - 1] = l;
  if (perfect < 0 || verb < 0 || verb >> 16 < MIN_FIRST_PERSON_VERB || ((verb >> 8) & 0xff) !== 0) return false;
  return other < 0 || verb >> 16 >= (other >> 16) + 16;
}

/** The least evidence (4 × log2: 4 times) of the verbal noun «إفعال» that proves a sound form IV perfect (see soundFormFour). */
const MIN_FORM_FOUR_VERBAL_NOUN = 8;

/**
 * True when raw[start..end), a stem «أفعلت» or «أفعلو» of five letters before a third-person
 * pronoun, is a sound or hollow form IV perfect (of «she» or of «they», whose «وا» drops its
 * alef) with its object: its verbal noun «إفعال» («إفالة» for a hollow «أفالت») is known
 * MIN_FORM_FOUR_VERBAL_NOUN or more: «أبعدته», «أنصفته» are «أبعدت», «أنصفت» + ه by «إبعاد»,
 * «إنصاف»; «أبادوهم» is «أبادوا» + هم by «إبادة». (Its «أفعل» is no test: it is as often an
 * elative, seen with the article: «الأبعد».)
 */
function soundFormFour(table: StemTable, start: number, end: number): boolean {
  const last = raw[end - 1]!;
  if (raw[start] !== ALEF_HAMZA_ABOVE || end - start !== 5 || (last !== TEH && last !== WAW)) return false;
  let noun: number;
  if (raw[start + 2] === ALEF) {
    noun = table.weight(folded, start, end, TEH_MARBUTA);
  } else {
    const third = folded[start + 3]!;
    folded[start + 3] = ALEF;
    noun = table.weight(folded, start, end, third);
    folded[start + 3] = third;
  }
  return noun >= 0 && noun >> 16 >= MIN_FORM_FOUR_VERBAL_NOUN;
}

/**
 * True when raw[start..end - 1), the singular of the construct plural or dual raw[start..end)
 * (ending in ي), is a noun seen with the article, or, for a dual in «تي», that noun in ة with
 * its dual in «تان» seen too («حكومتي»: «الحكومة», «الحكومتان»). «بروتي» has neither («بروتينا»
 * is a protein; «بروتون» is no plural of it).
 */
function hasNounSingular(table: StemTable, start: number, end: number): boolean {
  const single = table.weight(folded, start, end - 1, -1);
  if (single >= 0 && articleBonus(single) > 0) return true;
  if (raw[end - 2] !== TEH) return false;
  const feminine = table.weight(folded, start, end - 1, TEH_MARBUTA);
  if (feminine < 0 || articleBonus(feminine) === 0) return false;
  const yeh = folded[end - 1]!;
  const after = folded[end]!;
  folded[end - 1] = ALEF;
  folded[end] = NOON;
  const dual = table.weight(folded, start, end + 1, -1);
  folded[end - 1] = yeh;
  folded[end] = after;
  return dual >= 0;
}

/**
 * True when the stem raw[start..end) is seen with «ه», «ها» or «هم», or with «ك» when `kaf`
 * (the letters after `end` are put back).
 */
function takesAnotherPronoun(start: number, end: number, kaf = true): boolean {
  const table = lexicon();
  if (table.weight(folded, start, end + 1, HEH) >= 0 || (kaf && table.weight(folded, start, end + 1, KAF) >= 0)) return true;
  const a = folded[end]!;
  folded[end] = HEH;
  const found = table.weight(folded, start, end + 2, ALEF) >= 0 || table.weight(folded, start, end + 2, MEEM) >= 0;
  folded[end] = a;
  return found;
}

/** The index of «هم» and «هما» in PRONOUNS. */
const HUM_PRONOUN = PRONOUNS.findIndex((p) => p.form === 'هم');
const HUMA_PRONOUN = PRONOUNS.findIndex((p) => p.form === 'هما');
/** Least evidence (4 × log2: 4 occurrences) of the sister form that {@link sisterPronoun} asks for. */
const MIN_SISTER_PRONOUN = 8;
/** How much rarer (4 × log2: 4 times) the sister form may be than the word, when the stem is unknown alone. */
const SISTER_PRONOUN_MARGIN = 8;

/**
 * True when the stem raw[start..end), which «ها», «هم» or «هما» (`s`) follows, is seen with
 * another of «ه», «ها», «هم» (MIN_SISTER_PRONOUN or more, never after the article), so that the
 * ending is a pronoun and not part of a word: «برمتها» beside «برمته», «تخللها» beside
 * «تخلله». The sister is not the form the accusative alef would make of the word («هم» +
 * ا is «هما»), and for a stem the corpus never shows alone («مفاد») it is at most four
 * times rarer than the word itself. A stem that begins with و ف ب ل + «ال» or with «ال»
 * is left to the proclitic readings («والاهم» is و + «الأهم»).
 */
function sisterPronoun(table: StemTable, s: number, entry: number, last: number, start: number, end: number, n: number): boolean {
  if (s !== HA_PRONOUN && s !== HUM_PRONOUN && s !== HUMA_PRONOUN) return false;
  if (end - start < 3 || (raw[start] === ALEF && raw[start + 1] === LAM) || (raw[start + 1] === ALEF && raw[start + 2] === LAM)) return false;
  // a stem in ا or و is a noun in ى or a plural verb in «وا», which their own readings restore
  // («مبتغاها», «اسموها»); a ت read as ة must be a noun's, seen with the article («نظيرة»,
  // «برمة»; «اسمتها», she named her, keeps its verb)
  const final = raw[end - 1]!;
  if (final === ALEF || final === WAW || (last === TEH_MARBUTA && articleBonus(entry) === 0)) return false;
  // the word (after و ف) is known, never after the article
  const word = table.weight(folded, start, n, -1);
  if (word < 0 || ((word >> 8) & 0xff) !== 0) return false;
  // (an unknown stem's sister is also at most four times as frequent as the word: «تواجها» is
  // the accusative of «تواجه», written ten times as often, not «تواج» + ها)
  const least = entry >= 0 ? MIN_SISTER_PRONOUN : Math.max(MIN_SISTER_PRONOUN, (word >> 16) - SISTER_PRONOUN_MARGIN);
  const most = entry >= 0 ? 0xff : (word >> 16) + SISTER_PRONOUN_MARGIN;
  // the stem + «ه» (the pronoun's own ه stands at `end`)
  if (isSister(table.weight(folded, start, end + 1, -1), least, most)) return true;
  // + «هم» after «ها»; + «ها» after «هم», «هما»
  return isSister(table.weight(folded, start, end + 2, s === HA_PRONOUN ? MEEM : ALEF), least, most);
}

function isSister(w: number, least: number, most: number): boolean {
  return w >= 0 && w >> 16 >= least && w >> 16 <= most && ((w >> 8) & 0xff) === 0;
}

/**
 * True when the stem raw[start..end), which «ني» follows, is seen with «ه» or «ها» (the ن of
 * «ني» stands at `end`, its ي after it; both are put back); without `heh`, with «ها» or «هم».
 */
function takesObject(start: number, end: number, heh = true): boolean {
  const table = lexicon();
  if (heh && table.weight(folded, start, end + 1, HEH) >= 0) return true;
  const noon = folded[end]!;
  const yeh = folded[end + 1]!;
  folded[end] = HEH;
  folded[end + 1] = ALEF;
  let found = table.weight(folded, start, end + 2, -1) >= 0;
  if (!heh && !found) {
    folded[end + 1] = MEEM;
    found = table.weight(folded, start, end + 2, -1) >= 0;
  }
  folded[end] = noon;
  folded[end + 1] = yeh;
  return found;
}

function isAdverb(start: number, length: number): boolean {
  if (length < 3 || length > 4) return false;
  let key = '';
  for (let i = start; i < start + length; i++) key += String.fromCharCode(folded[i]!);
  return ADVERBS.has(key);
}

function isNaHost(start: number, length: number): boolean {
  if (length < 3 || length > 4) return false;
  for (const w of NA_HOSTS) if (spells(folded, w, start, start + length)) return true;
  return false;
}

/**
 * True when a preposition ب ك ل (`mid`) stands before raw[start..end) = «عن», «مع», «لدى»
 * («لدي») or «كي» («كى», so that): a preposition governs no other of these, so the word is one
 * stem — «لعن» (cursed), «لعنهم», «لمع» (shone), «بلدينا» (our two countries), «وبلدي» (and my
 * country), «بكى» (wept; QA round 77), and «لكى» is the one particle as «لكي» is. (ل is
 * emphatic only after «إنّ», and before these rarely: not «في», «على», where «لفي», «لعلى» are
 * that lam.)
 */
function isPrepositionAfterPreposition(mid: number, start: number, end: number): boolean {
  if (mid !== BEH && mid !== KAF && mid !== LAM) return false;
  const a = raw[start]!;
  const b = raw[start + 1]!;
  if (end - start === 2) return (a === AIN && b === NOON) || (a === MEEM && b === AIN) || (a === KAF && (b === YEH || b === ALEF_MAKSURA));
  return a === LAM && b === DAL && (raw[start + 2] === ALEF_MAKSURA || raw[start + 2] === YEH);
}

function isMaksuraParticle(start: number): boolean {
  return MAKSURA_PARTICLES.has(String.fromCharCode(raw[start]!, raw[start + 1]!, raw[start + 2]!));
}

/**
 * Bonus of a looked-up entry for being seen after «ال»: «الوزارة» proves «وزارة» a noun stem,
 * while «وقال», «بسبب» or «نفسه» never take the article. `article - evidence` is about
 * 4 × log2(share seen after «ال»): nothing at 1/64, the full bonus from 1/4.
 */
function articleBonus(w: number): number {
  if (w < 0) return 0;
  const article = (w >> 8) & 0xff;
  if (article === 0) return 0;
  return Math.max(0, Math.min(MAX_ARTICLE_BONUS, article - (w >> 16) + 24));
}



/**
 * Splits one word into its clitics: conjunctions و ف, prepositions ب ك ل, the future particle
 * س, the article ال in front; pronouns behind. Offsets are into `word`; diacritics and tatweel
 * stay with the letter before them.
 *
 * @param word - One word (a token of type `word`); anything with characters other than Arabic
 *   letters, marks and presentation forms is returned whole, except a Latin word behind
 *   proclitics («وCNN», «بالـA380»: the proclitics split off, the Latin word is the base).
 *   Presentation forms are read as the letters they show (the pieces' `form` is in letters).
 * @param options - {@link SegmentOptions}.
 * @returns The segmentation: `prefixes`, `base` (tag `STEM`, or `PREP` for a lone «ب»/«ل»
 *   carrying a pronoun) and `suffixes`.
 * @example
 * segment('وبالتعاون').prefixes.map((m) => m.form) //=> ['و', 'ب', 'ال']
 * segment('مدرستنا').base.form //=> 'مدرسة'
 * segment('بيروت').base.text //=> 'بيروت'
 */
export function segment(word: string, options?: SegmentOptions): Segmentation {
  assertString('segment', word);
  const opts = checkOptions<SegmentOptions>('segment', options, SEGMENT_OPTION_KEYS);
  return segmentWord(word, booleanOption('segment', 'splitArticle', opts.splitArticle, true), 0);
}

const OTHER = 0;
const IGNORABLE = 1;

/**
 * The invisible format characters that `tokenize` keeps inside or after a word (soft hyphen,
 * ZWSP, ZWNJ, ZWJ, LRM, RLM, bidi embeddings and isolates, the word joiner and invisible
 * operators U+2060–2064, U+180E, BOM: `isFormatMark`, the list `isStopword`, `stem`, `root` and
 * NER share): they carry no letter, so they belong to the piece before them like a mark.
 * Without this, a word that ends in a right-to-left mark, as pasted web text often does, was
 * left whole (and unstemmed); until API pass 13 the word joiner still did that.
 */
function isInvisible(c: number): boolean {
  // most code units read here are letters below U+200B: one comparison settles them
  return c < 0x200b ? c === 0x00ad || c === 0x061c || c === 0x180e : isFormatMark(c);
}
const SHAPED = 2; // a presentation form (U+FB50–FEFF), decoded through presentationFormTable
/**
 * The Arabic block U+0600–U+06FF in one table, so that the letter loop of `segmentWord` reads
 * one entry per code unit: OTHER (not a letter), IGNORABLE (see isIgnorable, and U+061C ARABIC
 * LETTER MARK; ZWNJ, ZWJ and the other invisibles are tested apart, see isInvisible), else the
 * letter folded for look-ups (see foldLetter). 256 entries, made once.
 */
const FOLD = (() => {
  const table = new Uint16Array(0x100);
  for (let x = 0; x < 0x100; x++) {
    const c = 0x0600 + x;
    table[x] = isIgnorable(c) || c === 0x061c ? IGNORABLE : isArabicLetter(c) ? foldLetter(c) : OTHER;
  }
  return table;
})();

/**
 * {@link segment} without argument checks, with every offset shifted by `offset` (the word's
 * start in a longer text). For callers inside dhad that already checked their arguments.
 * `kept`: the caller keeps the result (segmentText, analyze): the base text of a split word
 * then comes from the shared table of short strings (running text repeats its bases, and one
 * string instead of many spares the collector); a caller that drops the results (stemming)
 * would only pay for the table.
 */
export function segmentWord(word: string, splitArticle: boolean, offset: number, kept = false): Segmentation {
  const length = word.length;
  if (length === 0) return plainWord(word, offset);
  ensureCapacity(length);
  shaped = false;
  shareBase = kept;
  let n = 0;
  const fold = FOLD;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    const x = c - 0x0600;
    const f = x >= 0 && x < 0x100 ? fold[x]! : isInvisible(c) ? IGNORABLE : c >= 0xfb50 && c <= 0xfeff ? SHAPED : OTHER;
    if (f === IGNORABLE) continue;
    if (f === OTHER) return (!shaped && latinAfterProclitics(word, i, n, splitArticle, offset)) || wholeWord(word, offset);
    if (f === SHAPED) {
      if (!shaped) {
        // Presentation forms (reshaped text): read each as the letters it shows. A form shows
        // at most four letters (ﷲ), so the buffers are made room for, and the word reread.
        shaped = true;
        ensureCapacity(length * 4);
        n = 0;
        i = -1;
        continue;
      }
      const shown = presentationFormTable().get(c);
      if (shown === undefined) return wholeWord(word, offset);
      for (let k = 0; k < shown.length; k++) {
        const d = shown.charCodeAt(k);
        const y = d - 0x0600;
        const g = y >= 0 && y < 0x100 ? fold[y]! : OTHER;
        if (g === IGNORABLE) continue;
        if (g === OTHER) return wholeWord(word, offset);
        raw[n] = d;
        folded[n] = g;
        position[n] = i; // every letter of a ligature points at it
        n++;
      }
      continue;
    }
    raw[n] = c;
    folded[n] = f;
    position[n] = i;
    n++;
  }
  position[n] = length;
  if (n < 2 || !mayHaveClitics(raw[0]!, raw[n - 1]!)) return keptWhole(word, n, offset);
  if (n === 3 && raw[0] === 0x0648 && raw[1] === 0x0641 && raw[2] === 0x0631 && !shaped && shaddaAt(word, position[2]! + 1)) return fledWord(word, offset);
  return analyse(word, n, splitArticle, offset);
}

/** True when a shadda (U+0651) stands among the marks of `word` from `i` on. */
function shaddaAt(word: string, i: number): boolean {
  for (; i < word.length; i++) if (word.charCodeAt(i) === 0x0651) return true;
  return false;
}

/**
 * «وفرّ», «وفرَّ» (QA round 86): the shadda on ر writes و + «فرّ» (and he fled), never the verb
 * «وفّر» (he provided, whose shadda is on ف); unmarked «وفر» stays whole (see segmentText for
 * the words around it that show the flight).
 */
function fledWord(word: string, offset: number): Segmentation {
  const cut = position[1]!;
  return { prefixes: [clitic(word, 0, cut, 'و', 'CONJ', offset)], base: morpheme(word, cut, word.length, 'فر', 'STEM', offset), suffixes: NONE };
}

/**
 * The corpus evidence of `word` as a whole stem (lexicon weight units, 4 × log2 of its count;
 * -1 when the corpus never showed it), its marks skipped; -1 too for a word with a character
 * that is no Arabic letter. For segmentText, which looks at the word after «فان». Folds into
 * a buffer of its own: the scratch buffers may hold the word segmented last.
 */
export function wordEvidence(word: string): number {
  const codes = new Uint16Array(word.length);
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const x = word.charCodeAt(i) - 0x0600;
    const f = x >= 0 && x < 0x100 ? FOLD[x]! : OTHER;
    if (f === IGNORABLE) continue;
    if (f === OTHER) return -1;
    codes[n++] = f;
  }
  const w = n === 0 ? -1 : lexicon().weight(codes, 0, n, -1);
  return w < 0 ? -1 : w >> 16;
}

/** The word unsplit: {@link plainWord} when it is letters only, else its letters as the form. */
function keptWhole(word: string, n: number, offset: number): Segmentation {
  if (shaped) return shapedWhole(word, rawSlice(0, n), offset);
  return n === word.length ? plainWord(word, offset) : wholeWord(word, offset);
}

/**
 * A Latin word (or one that a digit begins) behind Arabic proclitics, which `tokenize` keeps in
 * one token (`وCNN`, `لـCNN`, `الـiPhone`, `بالـA380`, `للـCNN`): the proclitics split off as
 * they do before an Arabic word, and the Latin rest is the base, so that «وCNN» and «CNN» share
 * it. `at` is the word's first code unit that is no Arabic letter or mark; raw[0, n) holds the
 * letters before it. The letters must be و or ف, then ب ك or ل, then the article ال (written
 * لل after ل, its alef elided), each optional; the rest must begin with a Latin letter or an
 * ASCII digit, hold a Latin letter (digits alone, «و2», are a number) and no Arabic character.
 * Else false, and the word stays whole: any other
 * mix of scripts is a typo or a missing space, not a clitic. A tatweel or mark before the Latin
 * word belongs to the last prefix (or to the base, which then keeps the article when
 * `splitArticle` is false).
 */
function latinAfterProclitics(word: string, at: number, n: number, splitArticle: boolean, offset: number): Segmentation | false {
  if (n === 0 || n > 4 || !isLatinStart(word.charCodeAt(at))) return false;
  // digits alone are a number, which `tokenize` sets apart anyway («و2011» is و, 2011)
  let latin = false;
  for (let j = at; j < word.length; j++) {
    const c = word.charCodeAt(j);
    if (isArabicScript(c)) return false;
    if (!latin && c > 0x39 && isLatinStart(c)) latin = true;
  }
  if (!latin) return false;
  let k = 0;
  const conjunction = raw[0] === WAW || raw[0] === FEH;
  if (conjunction) k++;
  const preposition = k < n && (raw[k] === BEH || raw[k] === KAF || raw[k] === LAM) ? k++ : -1;
  let article = -1;
  if (preposition >= 0 && raw[preposition] === LAM) {
    // ل before the article: «للـCNN» is ل + ال with the alef elided, as in «للأمم»
    if (k < n && raw[k] === LAM) article = k++;
  } else if (k + 1 < n && raw[k] === ALEF && raw[k + 1] === LAM) {
    article = k;
    k += 2;
  }
  if (k !== n) return false;
  const baseFrom = article >= 0 && !splitArticle ? article : n;
  // A piece runs from its first letter (the word's start for the first) to the next piece.
  const startOf = (letter: number): number => (letter === 0 ? 0 : letter === n ? at : position[letter]!);
  const prefixes: Morpheme[] = [];
  const pieces = [conjunction ? 0 : -1, preposition, article];
  for (let p = 0; p < 3; p++) {
    const letter = pieces[p]!;
    if (letter < 0 || letter >= baseFrom) continue;
    let next = baseFrom;
    for (let q = p + 1; q < 3; q++) {
      if (pieces[q]! >= 0) {
        next = Math.min(next, pieces[q]!);
        break;
      }
    }
    const form = p === 2 ? 'ال' : String.fromCharCode(raw[letter]!);
    prefixes.push(morpheme(word, startOf(letter), startOf(next), form, p === 0 ? 'CONJ' : p === 1 ? 'PREP' : 'DET', offset));
  }
  const rest = formOf(word.slice(at));
  const form = baseFrom < n ? 'ال' + rest : rest;
  return { prefixes, base: morpheme(word, startOf(baseFrom), word.length, form, 'STEM', offset), suffixes: NONE };
}

/** A Latin letter (Basic Latin, Latin-1, Latin Extended-A/B and Additional) or an ASCII digit. */
function isLatinStart(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** A word in presentation forms kept whole: its text as written, its letters as the form. */
function shapedWhole(word: string, form: string, offset: number): Segmentation {
  return { prefixes: NONE, base: { text: word, form, start: offset, end: word.length + offset, tag: 'STEM' }, suffixes: NONE };
}

/**
 * False when a word (its letters unfolded) neither begins with a proclitic letter (و ف ب ك ل
 * س, or the alef of «ال») nor ends with the last letter of a pronoun (ه ا م ن ك ي): `choose`
 * would then find no analysis but the whole word, so its look-ups are skipped.
 */
function mayHaveClitics(first: number, last: number): boolean {
  if (first === WAW || first === FEH || first === BEH || first === KAF || first === LAM || first === SEEN || first === ALEF) return true;
  return last === HEH || last === ALEF || last === MEEM || last === NOON || last === KAF || last === YEH;
}

/**
 * True when candidate `p` is و alone before a stem of three letters or more that the corpus
 * knows (seen at least MIN_RARE_VERB times, four), in a word it never showed whole: the
 * conjunction, however rare the stem («واحتار», «واجترح», «ومتناغما», «ودائنيها», «وجاسبر»).
 * A name that merely begins with و is a word of its own, seen whole or with a tail the corpus
 * does not know («ويلهامسون»), or a tail in ي («ويستر»: Wi- names) or seen after ب ك ل more
 * often than alone («يستر» of «ليستر»); ف, which begins names more often («فيلو», «فينا»), is
 * left out, and so is a stem that begins with «ال» (the article's analysis decides: «والعث»).
 */
function isKnownAfterWaw(p: number, entry: number, stemLength: number, whole: number): boolean {
  if (whole >= 0 || prefixConj[p] !== WAW || prefixMid[p] !== 0 || prefixArticle[p] !== 0 || stemLength < 3) return false;
  // a stem that begins with «ال» is left to the article's analysis («والعث» is و + ال + «عث»),
  // and one in ي to the names of Wi- («ويستر», «ويلدج»; see isUnknownAfterWaw)
  const start = prefixEnd[p]!;
  if ((raw[start] === ALEF && raw[start + 1] === LAM) || raw[start] === YEH) return false;
  // a stem seen more often after ب ك ل than alone is a name's tail (see isRareVerb)
  return entry >= 0 && entry >> 16 >= MIN_RARE_VERB && (entry & 0xff) <= entry >> 16;
}

/**
 * True when `form`, a base of three letters that begins with و or ف, is a perfect verb whose
 * first radical is that letter: the imperfect «يـ» + `form` is seen MIN_RARE_STEM times or
 * more, never with the article («يفقد» for «فقد»), and `form` itself is seen with the article
 * too rarely to be a noun more than a verb (see articleBonus). A final weak letter is left out:
 * «وما» + «يوما» (a day) is no verb.
 */
function isRadicalConjunctionVerb(form: string): boolean {
  if (form.length !== 3 || isWeakLetter(form.charCodeAt(2))) return false;
  const table = lexicon();
  verbKey[0] = YEH;
  for (let i = 0; i < 3; i++) verbKey[i + 1] = foldLetter(form.charCodeAt(i));
  return isImperfect(table, 4) && articleBonus(table.weight(verbKey, 1, 4, -1)) === 0;
}

/**
 * True when raw[start..end), three or four letters before a third-person pronoun, is a perfect
 * verb: its imperfect «يـ» + the same letters is seen MIN_RARE_STEM times or more and never
 * with the article («يقلد» for «قلد», «يصحح» for «صحح»). A verb takes an object whether or
 * not the corpus showed this one with another pronoun, so the ending is a pronoun: «قلده» is
 * «قلد» + ه (imitated him). Names that merely end in «ه» have no such imperfect («غوته»).
 */
function isPerfectWithObject(table: StemTable, s: number, start: number, end: number): boolean {
  const length = end - start;
  if (!PRONOUNS[s]!.third || length < 3 || length > 4 || isImperfectPrefix(raw[start]!) || isWeakLetter(raw[end - 1]!)) return false;
  verbKey[0] = YEH;
  for (let i = start; i < end; i++) verbKey[i - start + 1] = folded[i]!;
  return isImperfect(table, length + 1);
}

// The look-up key of an imperfect «يـ» + stem, outside the scratch buffers (see isImperfect).
const verbKey = new Uint16Array(8);

/** True when verbKey[0..length) is seen MIN_RARE_STEM times or more, never with the article. */
function isImperfect(table: StemTable, length: number): boolean {
  const imperfect = table.weight(verbKey, 0, length, -1);
  return imperfect >= 0 && imperfect >> 16 >= MIN_RARE_STEM && ((imperfect >> 8) & 0xff) === 0;
}

/**
 * True when raw[start..end), before pronoun `s`, ends in «تمو» after two letters or more: the
 * perfect of «أنتم» (you, plural), whose «تم» takes a linking «و» before an object pronoun
 * («سمعتموه», you heard him; «وجدتموها», «سألتموني», «دعوتمونا»). No noun or name ends so, and
 * the shape is certain: the ending after «تمو» is the verb's object, «نا» and «ني» included.
 * (The pronoun's first letter stands at `end`; the look-up reads it as «ا».)
 */
function isPerfectPluralYou(s: number, start: number, end: number): boolean {
  const form = PRONOUNS[s]!.form;
  if (end - start < 5 || form === 'ي' || form.charCodeAt(0) === KAF) return false;
  if (raw[end - 1] !== WAW || raw[end - 2] !== MEEM || raw[end - 3] !== TEH) return false;
  // …unless the letters are a plural verb in «وا» of a root in «تم», whose perfect in «وا» or
  // in «تمت» (she …) the corpus knows: «اختتموها» is «اختتموا» + ها (they concluded it;
  // «اختتمت»), while no «سمعتمت» stands beside «سمعتموه»
  const table = lexicon();
  return table.weight(folded, start, end + 1, ALEF) < 0 && table.weight(folded, start, end, TEH) < 0;
}

/** True when proclitic candidate `p` is a conjunction و ف alone. */
function isConjunctionOnly(p: number): boolean {
  return prefixConj[p] !== 0 && prefixMid[p] === 0 && prefixArticle[p] === 0;
}

/** True when candidate `p` is و or ف + the article, and nothing else («وال», «فال»). */
function isConjunctionArticle(p: number): boolean {
  return prefixConj[p] !== 0 && prefixMid[p] === 0 && prefixArticle[p] !== 0;
}

/** {@link wholeWord} of a word without ignorable marks: text and form are the word itself. */
function plainWord(word: string, offset: number): Segmentation {
  return { prefixes: NONE, base: { text: word, form: word, start: offset, end: word.length + offset, tag: 'STEM' }, suffixes: NONE };
}

/** True when `form` (letters only) is kept whole by the analysis. Reuses the scratch buffers. */
function isStable(form: string): boolean {
  const n = form.length;
  if (n < 2 || !mayHaveClitics(form.charCodeAt(0), form.charCodeAt(n - 1))) return true;
  for (let i = 0; i < n; i++) {
    const c = form.charCodeAt(i);
    raw[i] = c;
    folded[i] = foldLetter(c);
    position[i] = i;
  }
  position[n] = n;
  const whole = !splits(n);
  if (whole || isListedName(0, n)) return true;
  if (bestPrefix !== 0) return false;
  // the words analyse keeps whole against the scores: YEH_WHOLE_WORDS, HEH_RADICAL_WORDS (not
  // isFehNisba: «فعليك» would take «فعلي» for its base, where it is ف + «على» + ك)
  return (bestSuffix === YEH_PRONOUN && rawIsOneOf(YEH_WHOLE_WORDS, 0, n)) || (bestSuffix >= 0 && rawIsOneOf(HEH_RADICAL_WORDS, 0, n));
}


// The best analysis of the word in the scratch buffers, set by `choose`.
let bestPrefix = 0;
let bestSuffix = -1;
let bestLast = -1; // replacement of the stem's last letter in its form (ة ى ء), APPEND_ALEF, APPEND_NOON, KEEP_TEH, DROP_WAW, MADDA_MAKSURA or -1
let bestPrepositionBase = false;

/**
 * Makes analysis (proclitics `p`, enclitic `s`, last-letter replacement `last`, preposition as
 * base) the best one when `score` beats `best`, and returns the best score after it.
 */
function keepIfBetter(score: number, best: number, p: number, s: number, last: number, prepositionBase: boolean): number {
  if (score <= best) return best;
  bestPrefix = p;
  bestSuffix = s;
  bestLast = last;
  bestPrepositionBase = prepositionBase;
  return score;
}

/** How much rarer (4 × log2: 8 times) «ها» or «هم» may be than «ه» after a stem (see takesOtherPronoun). */
const OTHER_PRONOUN_MARGIN = 12;

/**
 * True when the stem folded[0..stemEnd), read with «ه», takes «ها» or «هم» too, at least an
 * eighth as often: «يرافقه» beside «يرافقها», «يرافقهم». A word whose ه is a radical has no
 * such paradigm: «يتوجه» (he heads for) is no «يتوج» + ه though «يتوج» (he crowns) is a verb,
 * «تكره» (she hates) no «تكر» + ه. Reads the scratch buffers as isStable left them.
 */
function takesOtherPronoun(stemEnd: number): boolean {
  const table = lexicon();
  const one = table.weight(folded, 0, stemEnd + 1, -1);
  if (one < 0) return false;
  const h = folded[stemEnd + 1]!;
  folded[stemEnd + 1] = ALEF;
  const her = table.weight(folded, 0, stemEnd + 2, -1);
  folded[stemEnd + 1] = MEEM;
  const them = table.weight(folded, 0, stemEnd + 2, -1);
  folded[stemEnd + 1] = h;
  return Math.max(her, them) >> 16 >= (one >> 16) - OTHER_PRONOUN_MARGIN;
}

/** How often (4 × log2: 8 times) the word with «ن» for its «ي» must be seen to make that ي a construct ending (see suffixAllowed, isConstructYeh). */
const CONSTRUCT_PLURAL_MIN = 12;
/** The article weight (see constructBySingular) from which a singular proves its construct plural in ي (≈ 16 occurrences with «ال»). */
const CONSTRUCT_SINGULAR_MIN = 16;

/**
 * True when the word in the scratch buffers (m letters, as isStable left them), a stem of three
 * letters or more + «ي», is the construct of a dual or plural the corpus shows with «ن» at
 * least 8 times («قلبي»: «قلبين»), so its ي is no pronoun before another.
 */
function isConstructYeh(m: number): boolean {
  if (m < 4 || raw[m - 1] !== YEH) return false;
  const kept = folded[m]!;
  folded[m] = NOON;
  const plural = lexicon().weight(folded, 0, m + 1, -1);
  folded[m] = kept;
  if (plural >= 0 && plural >> 16 >= CONSTRUCT_PLURAL_MIN) return true;
  // a feminine noun's dual, rarer than the noun: «حقيبتيها» is «حقيبتي» + ها by «الحقيبة»
  return m >= 5 && raw[m - 2] === TEH && articleBonus(lexicon().weight(folded, 0, m - 1, TEH_MARBUTA)) > 0;
}

/** True when the word in the scratch buffers (n letters) splits. */
function splits(n: number): boolean {
  choose(n);
  return bestPrefix !== 0 || bestSuffix >= 0;
}

/** Article evidence (4 × log2 of the count: 64 times) of a noun in ة that keeps its first letter before a pronoun (see isTehNounBeforePronoun). */
const MIN_TEH_NOUN_ARTICLE = 24;

/**
 * True when the analysis chosen for raw[0..n), one proclitic letter + a stem in ت + a pronoun,
 * cuts a noun in ة that the corpus shows with the article MIN_TEH_NOUN_ARTICLE weight or more:
 * «فكرتها» is «فكرة» + ها (her idea), not ف + «كرة» + ها, «بطاقته» «بطاقة» + ه (his card),
 * not ب + «طاقة» + ه, as «فكرة», «بطاقة» alone stay whole. The stem after the letter is the
 * more frequent word in news («كرة», «طاقة»), but «الفكرة», «البطاقة» prove the whole a noun,
 * and a proclitic does not go before the article's noun more readily for a pronoun behind it.
 * A word that the corpus never writes with the article keeps its split («بحياته» is ب +
 * «حياة» + ه: «البحياة» is never written).
 */
function isTehNounBeforePronoun(n: number): boolean {
  if (bestSuffix < 0 || bestPrepositionBase || prefixEnd[bestPrefix] !== 1 || prefixArticle[bestPrefix] !== 0) return false;
  const stemEnd = n - PRONOUNS[bestSuffix]!.codes.length;
  if (stemEnd < 4 || raw[stemEnd - 1] !== TEH) return false;
  const noun = lexicon().weight(folded, 0, stemEnd, TEH_MARBUTA);
  return noun >= 0 && ((noun >> 8) & 0xff) >= MIN_TEH_NOUN_ARTICLE;
}

function analyse(word: string, n: number, splitArticle: boolean, offset: number): Segmentation {
  const whole = !splits(n);
  if (isListedName(0, n)) return keptWhole(word, n, offset);
  // و before a Maghreb name of MAGHREB_NAMES: «ولزهر» is و + «لزهر», not و + ل + «زهر»
  const maghrebAt = wawBeforeMaghrebName(n);
  if (maghrebAt > 0) {
    bestPrefix = maghrebAt;
    bestSuffix = -1;
    bestLast = -1;
    bestPrepositionBase = false;
    ligatureCut = false;
    return build(word, n, bestPrefix, bestSuffix, bestLast, false, offset);
  }
  // the ه of «توجّه» (to head for) is a radical: see HEH_RADICAL_WORDS
  if (!whole && bestPrefix === 0 && bestSuffix >= 0 && rawIsOneOf(HEH_RADICAL_WORDS, 0, n)) return keptWhole(word, n, offset);
  // a proclitic before a listed foreign name, which the split chosen would cut into
  const foreignAt = whole || prefixEnd[bestPrefix]! > 1 ? foreignAfterProclitic(n) : -1;
  if (foreignAt > 0 && (whole || prefixEnd[bestPrefix]! > prefixEnd[foreignAt]!)) {
    bestPrefix = foreignAt;
    bestSuffix = -1;
    bestLast = -1;
    bestPrepositionBase = false;
  } else if (whole) {
    let p = listedAfterProclitic(n);
    if (p <= 0) p = listedAfterLam(n);
    if (p <= 0) p = lamBeforeGivenName(n);
    if (p <= 0) p = purposeLamBeforeVerb(n, -1, 0);
    if (p <= 0) p = prepositionBeforeConstruct(n);
    if (p <= 0) p = conjunctionBeforeConstruct(n);
    if (p <= 0) p = conjunctionBeforeParticle(n);
    if (p <= 0) return keptWhole(word, n, offset);
    bestPrefix = p;
    bestSuffix = -1;
    bestLast = -1;
    bestPrepositionBase = false;
  } else if (isFehNisba(n)) {
    return keptWhole(word, n, offset);
  } else if (isTehNounBeforePronoun(n)) {
    // a noun in ة whose first letter is a radical, not a proclitic (see isTehNounBeforePronoun)
    bestPrefix = 0;
  } else if (bestSuffix === YEH_PRONOUN && !bestPrepositionBase && rawIsOneOf(YEH_WHOLE_WORDS, prefixEnd[bestPrefix]!, n)) {
    // a construct dual or plural, not a noun + «my» (see YEH_WHOLE_WORDS)
    if (bestPrefix === 0) return keptWhole(word, n, offset);
    bestSuffix = -1;
    bestLast = -1;
  } else {
    const p = purposeLamOverChoice(n);
    if (p > 0) {
      bestPrefix = p;
      bestSuffix = -1;
      bestLast = -1;
    }
  }
  // a proclitic before a listed name that ends like a pronoun: «لسيدني» is ل + «سيدني»; or
  // before a form of «توجّه» whose ه is a radical: «سيتوجه» is س + «يتوجه» (see HEH_RADICAL_WORDS)
  if (bestSuffix >= 0 && bestPrefix !== 0 && !bestPrepositionBase && (isListedName(prefixEnd[bestPrefix]!, n) || rawIsOneOf(HEH_RADICAL_WORDS, prefixEnd[bestPrefix]!, n))) {
    bestSuffix = -1;
    bestLast = -1;
  }
  ligatureCut = false;
  const result = build(word, n, bestPrefix, bestSuffix, bestLast, bestPrepositionBase, offset);
  // in reshaped text a boundary may fall inside a ligature (ﻷ is ل + أ): the word stays whole
  if (ligatureCut) return keptWhole(word, n, offset);
  // A base is a word the segmenter keeps whole: segment(base.form) gives the base back. When
  // the chosen base would itself split («البدين» → «بدين» → ب + دين), the evidence is
  // contradictory and the word stays whole.
  const shapedForm = shaped ? rawSlice(0, n) : ''; // isStable reuses the buffers
  const chosenSuffix = bestSuffix;
  const chosenConj = prefixConj[bestPrefix]!;
  const chosenArticle = prefixArticle[bestPrefix] !== 0;
  // و ف alone (ف not before a base in و: names of Fo-, Vo- «فوكاس», «فولا»), no pronoun or one
  // of the third person (see below)
  const chosenConjOnly =
    isConjunctionOnly(bestPrefix) && !(chosenConj === FEH && raw[1] === WAW) && (chosenSuffix < 0 || PRONOUNS[chosenSuffix]!.third);
  // read before isStable, which analyses the base with the same buffers
  const retry =
    !shaped &&
    !bestPrepositionBase &&
    ((bestPrefix === 0 && chosenSuffix >= 0) || (bestPrefix !== 0 && prefixMid[bestPrefix] === 0 && prefixArticle[bestPrefix] === 0));
  // ب ل (after و ف or not) before a base without a pronoun, read before isStable too
  const chosenPreposition =
    !shaped && chosenSuffix < 0 && !chosenArticle && (prefixMid[bestPrefix] === BEH || prefixMid[bestPrefix] === LAM);
  // After the article a base takes no pronoun and no conjunction, so one that would only lose a
  // pronoun or a و ف of its own is no contradiction: its ه is a ة written without dots
  // («المنطقه», «الانتاجيه»), its و a first radical («الوندالية»). Nor does one take the article
  // again, so a base that would only lose و ف + the article has that letter as a radical and
  // «ال» as letters of its stem (QA round 88): «الوالدين» is ال + «والدين» (parents), though
  // «والدين» alone is و + ال + «دين».
  // Conjunctions do not stack: a base after و ف that would only lose a ف or و of its own has
  // that letter as a radical («وفقد» is و + «فقد», lost, though «فقد» alone is ف + «قد»;
  // «ووعدت» و + «وعدت»).
  // (a perfect of «أنتم» before its object is split by shape: «فتحتم» alone reads as ف +
  // «تحتم», but «فتحتموها» has no such reading; see isPerfectPluralYou)
  if (
    bestLast !== DROP_WAW &&
    !isStable(result.base.form) &&
    !(chosenArticle && (bestPrefix === 0 ? bestSuffix >= 0 : bestSuffix < 0 && (isConjunctionOnly(bestPrefix) || isConjunctionArticle(bestPrefix)))) &&
    !(chosenConjOnly && bestSuffix < 0 && isConjunctionOnly(bestPrefix)) &&
    // Pronouns do not stack either: a base before a pronoun that would only lose «ي» ends in
    // the ي of a dual or plural construct («قلبيهما», their two hearts, is «قلبي» + هما).
    !(chosenSuffix >= 0 && bestPrefix === 0 && bestSuffix === YEH_PRONOUN && isConstructYeh(result.base.form.length)) &&
    // …and one that would only lose «نا» has it as the subject of a perfect: «أرسلناه» is
    // «أرسلنا» + ه, we sent him, though «أرسلنا» alone is also «أرسل» + نا, he sent us
    !(chosenSuffix >= 0 && bestPrefix === 0 && bestSuffix === NA_PRONOUN && perfectWe(lexicon(), 0, result.base.form.length) >= 0)
  ) {
    // و ف before a base that would only lose a pronoun of its own: the base is a verb or noun
    // with its pronoun, which the corpus knows better whole than its stem («تليها» against
    // «تلي»), so the conjunction won over the split with the pronoun. The word is the
    // conjunction + the base's own analysis: «وتليها» is و + «تلي» + ها as «تليها» is
    // «تلي» + ها, «فتزوجها» ف + «تزوج» + ها.
    // (The same test serves a conjunction and a preposition: the base would only lose a
    // third-person pronoun, and «ه» only on a stem that takes «ها» or «هم» too: «يتوجه», heads
    // for, has a radical ه.)
    // (read first: the base's own analysis, which isStable left in the buffers)
    const baseLosesConjunction = bestPrefix !== 0 && bestSuffix < 0 && isConjunctionOnly(bestPrefix);
    const conjunctionFirst = chosenConjOnly && chosenSuffix < 0 && !shaped;
    const losesOwnPronoun =
      (conjunctionFirst || chosenPreposition) &&
      bestPrefix === 0 &&
      bestSuffix >= 0 &&
      !bestPrepositionBase &&
      PRONOUNS[bestSuffix]!.third &&
      (bestSuffix !== HEH_PRONOUN || takesOtherPronoun(result.base.form.length - 1));
    if (conjunctionFirst && losesOwnPronoun) {
      const again = withProclitic(word, chosenConj, bestSuffix, offset, true);
      if (again !== undefined) return again;
    }
    // ب ل before a base that would only lose a pronoun: pronouns do not stack, so the base is
    // a stem + that pronoun, which the corpus knows better whole than the stem («يديه» against
    // «يدي»). The word is the preposition + the base's own analysis: «بيديه» is ب + «يدي» + ه
    // as «يديه» is «يدي» + ه.
    if (chosenPreposition && losesOwnPronoun) {
      const again = withProclitic(word, chosenConj, bestSuffix, offset);
      if (again !== undefined && again.prefixes.some((m) => m.tag === 'PREP')) return again;
    }
    // A base that takes a proclitic itself: «بارتكاب» + «ه» («بارتكاب» being ب + «ارتكاب»),
    // و + «سنواصل» («سنواصل» being س + «نواصل»). The best analysis with that proclitic too
    // and the same conjunction and pronoun, when stable.
    if (retry) {
      const again = withProclitic(word, chosenConj, chosenSuffix, offset);
      if (again !== undefined) return splitArticle ? again : keepArticle(word, again, offset);
    }
    // A base before a pronoun that would only lose a و ف of its own has that letter as a
    // radical, as after a conjunction (above): «فقده» is «فقد» + ه (lost it), though «فقد»
    // alone is ف + «قد» — a particle takes no pronoun, so ف + «قد» + ه is no reading.
    if (baseLosesConjunction && retry && !shaped && chosenConj === 0 && PRONOUNS[chosenSuffix]!.third && isRadicalConjunctionVerb(result.base.form)) return result;
    return shaped ? shapedWhole(word, shapedForm, offset) : wholeWord(word, offset);
  }
  return splitArticle ? result : keepArticle(word, result, offset);
}

/**
 * When true, `choose` only scores analyses with pronoun `requiredSuffix` (-1: none) and a
 * proclitic: any, when `requiredConj` is 0; else that conjunction and a preposition, future
 * particle or article after it.
 */
let requireProclitic = false;
let requiredConj = 0;
let requiredSuffix = -1;
/** With requireProclitic: the conjunction alone, no preposition, future particle or article after it. */
let requiredConjOnly = false;

/**
 * The best analysis of `word` (letters and marks only, no presentation forms) with conjunction
 * `conj`, pronoun `s` and one more proclitic (`conjOnly`: the conjunction alone, no other), or
 * undefined when there is none or its base would split again.
 */
function withProclitic(word: string, conj: number, s: number, offset: number, conjOnly = false): Segmentation | undefined {
  // isStable overwrote the scratch buffers: read the word again (see segmentWord)
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const x = c - 0x0600;
    const f = x >= 0 && x < 0x100 ? FOLD[x]! : IGNORABLE; // ZWNJ / ZWJ: the only other characters left
    if (f === IGNORABLE) continue;
    raw[n] = c;
    folded[n] = f;
    position[n] = i;
    n++;
  }
  position[n] = word.length;
  requireProclitic = true;
  requiredConj = conj;
  requiredSuffix = s;
  requiredConjOnly = conjOnly;
  choose(n);
  requireProclitic = false;
  requiredConjOnly = false;
  if (bestPrefix === 0 || bestSuffix !== s || bestPrepositionBase) return undefined;
  ligatureCut = false;
  const result = build(word, n, bestPrefix, bestSuffix, bestLast, false, offset);
  return isStable(result.base.form) ? result : undefined;
}

/** When true, `choose` scores no analysis with a conjunction (see segmentAsRadical). */
let banConjunction = false;

/**
 * (QA round 72) For segmentText: `word` read with its first letter, a و or ف that the analysis
 * chose as the conjunction, as a radical instead, where the word before it leaves no room for a
 * conjunction (a relative pronoun, «قد», «ما» …; see NO_CONJUNCTION_AFTER in segment-text.ts): «التي وجدتها» (which she
 * found) is «وجدت» + ها, not و + «جدة» + ها (and her grandmother); «التي وعدت» (which she
 * promised) is «وعدت», not و + «عدت». The word must be letters and marks only; no article is
 * split (the reading has no proclitic), so `splitArticle` does not matter. Two readings
 * qualify, else undefined:
 * - the best analysis without a conjunction is a pronoun after a base that begins the word, a
 *   verb (MIN_RARE_STEM weight or more, never seen with the article) that is stable (rule 6);
 * - that analysis is the whole word of four letters or more, a verb the corpus knows as often as
 *   its tail without the first letter or more (never seen with the article): «وعدت» 27 against
 *   «عدت» 25, while «وإن», «وبعد», «والله» (a conjunction before a parenthesis: «التي وإن») have
 *   tails far more frequent.
 */
export function segmentAsRadical(word: string, offset: number): Segmentation | undefined {
  const length = word.length;
  ensureCapacity(length);
  shaped = false;
  shareBase = true;
  let n = 0;
  // the letters as segmentWord reads them (marks and invisible characters skipped); a Latin
  // tail or a presentation form, which segmentWord reads on other paths, has no such reading
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    const x = c - 0x0600;
    const f = x >= 0 && x < 0x100 ? FOLD[x]! : isInvisible(c) ? IGNORABLE : OTHER;
    if (f === IGNORABLE) continue;
    if (f === OTHER) return undefined;
    raw[n] = c;
    folded[n] = f;
    position[n] = i;
    n++;
  }
  position[n] = length;
  if (n < 3 || (raw[0] !== WAW && raw[0] !== FEH)) return undefined;
  const table = lexicon();
  banConjunction = true;
  choose(n);
  banConjunction = false;
  if (bestPrefix !== 0 || bestPrepositionBase) return undefined;
  if (bestSuffix < 0) {
    // (four letters or more: «وقد», «ولم» are particles after و, whatever their counts)
    if (n < 4) return undefined;
    const whole = table.weight(folded, 0, n, -1);
    if (whole < 0 || whole >> 16 < MIN_RARE_STEM || ((whole >> 8) & 0xff) !== 0) return undefined;
    const tail = table.weight(folded, 1, n, -1);
    if (tail >= 0 && tail >> 16 > whole >> 16) return undefined;
    return wholeWord(word, offset);
  }
  const stemEnd = n - PRONOUNS[bestSuffix]!.codes.length;
  const verb = table.weight(folded, 0, stemEnd, -1);
  if (verb < 0 || verb >> 16 < MIN_RARE_STEM || ((verb >> 8) & 0xff) !== 0) return undefined;
  ligatureCut = false;
  const result = build(word, n, bestPrefix, bestSuffix, bestLast, false, offset);
  return isStable(result.base.form) ? result : undefined;
}

// Names written for the recognizer (src/ner/lists.ts, src/ner/places.ts) that the corpus
// statistics alone would split: «فراس» (ف + «راس»), «ليما» (ل + «يما»), «سيدني» («سيد» + ني).
// One-word names without the article; left out are the ones whose split reading is common in
// news: «لي» (to me), «وجدة» (and Jeddah), «بعقوبة» (with a penalty), «نبيه» (his prophet).
const NOT_NAMES = new Set(['لي', 'وجدة', 'بعقوبة', 'نبيه']);
/**
 * Words that begin place names and stay whole like them: «سيدي» (Sidi) of «سيدي بوزيد»,
 * «سيدي بوسعيد», which a preposition would otherwise cut into «سيد» + ي («بسيدي», the
 * commonest such error in Tunisian news, is ب + «سيدي»).
 */
const NAME_WORDS = ['سيدي'];
/**
 * Maghreb names that keep the article reduced to ل, read as ل + a noun: «لزهر» (Lazhar, for
 * al-Azhar; ل + «زهر»), «لخضر» (Lakhdar; ل + «خضر», vegetables), «لمين» (Lamine; ل + «مين»),
 * «لزرق» (Lazreg), «لحمر» (Lahmar); Tunisian news writes them so beside another name («لزهر
 * العكرمي», «زياد لخضر», «حمزة لحمر»); «for flowers» is written with the article, «للزهر».
 * And Tunisian family names that ب ف begin, read as a preposition or a conjunction + a rare
 * stem: «بسيس» (Bsaies), «بفون» (Baffoun), «بقير» (Bguir), «بهوي» (Bhouy), «فحيمة» (Fehima).
 * (QA round 82)
 */
const MAGHREB_NAMES = ['لزهر', 'لخضر', 'لمين', 'لزرق', 'لحمر', 'بسيس', 'بفون', 'بقير', 'بهوي', 'فحيمة'];
/**
 * Foreign names that the recognizer's lists lack and that the clitic statistics cut: «بوند» (Bond; ب + «وند»), «بلاتيني» (Platini; ب + «لاتيني»), «كسرى»
 * (Khosrow; ك + «سرى»), «كروس» (Cruz, Kroos; ك + «روس»), «باسترناك» (Pasternak; ب + «استرناك»),
 * «والاس» (Wallace; و + «الاس»), «ليمان» (Lehman, Léman; ل + «يمان»), «بورش» (Porsche), «ووكر»
 * (Walker; و + «وكر»), «وورلد» (World), «بوتر» (Potter), «كرمان» (Kerman; ك + «رمان»),
 * «بالتيمور» (Baltimore; ب + ال + «تيمور»), «سينجر» (Singer; س + «ينجر»), and the loanword
 * «بكسل» (pixel), «فالفيردي» (Valverde; ف + ال + «فيردي»), «ويلباك» (Welbeck; و + «يلبى» +
 * ك), «ليام» (Liam; ل + «يام»), «بالماس» (Palmas, of «لاس بالماس»; ب + «الماس»), «وونغ» (Wong;
 * و + «ونغ», whose «يونغ», Young, reads as an imperfect: see isNarrativeWawVerb), «كلاوس» (Klaus;
 * ك + «لاوس», Laos), «كالفين» (Calvin; ك + «ألفين», see isRareKafNoun), «سيفر» (Sèvres, of
 * its treaty; س + «يفر»). Their split readings are rare in news. («سيري», Siri and the Serie of «سيري أ», stays out: look-ups fold
 * ى into ي, and «سيرى» is س + «يرى», will see.)
 * (QA round 65) «كورونا» (corona, the virus), «بايدن» (Biden), «موراليز» (Morales),
 * «كروكر» (Crocker), «شبير» (Shabbir), «مورجان» (Morgan), «بريتني» (Britney), «كابيل» (Cabell),
 * «سالزبورغ» (Salzburg), «كاليه» (Calais), «كيرميت» (Kermit), written after ب ل و as the names of
 * the recognizer's lists are: «بكورونا», «لبايدن», «لموراليز», «بسالزبورغ».
 * (QA round 66) «بيغديمونت» (Puigdemont), «عكاظ» (Okaz, the newspaper and the souk), «دويتشه»
 * (Deutsche), «هازار» (Hazard), «لوبان» (Le Pen), «ماريانو», «وستهام» (West Ham), «رفسنجاني»,
 * «كوينز» (Queens), «باركلاند» (Parkland), «دانيالز» (Daniels), «بيترو» (Pietro), after ب ل:
 * «لبيغديمونت», «لوستهام», «برفسنجاني», «للوبان».
 * (QA round 78) Persian and Kurdish given names read as a stem + a pronoun or as ك + a noun:
 * «برهم» (Barham; «بر» + هم), «كاوه» (Kaveh; «كاو» + ه), «كورش» (Cyrus; ك + «ورش»), «فرهنك»
 * (Farhang; ف + «رهن» + ك), after و ب ل as well: «وبرهم», «لكاوه».
 * (QA round 79) «بانك» (Bank, of «سيتي بانك», «سوفت بانك»; ب + «ان» + ك), «لاسمار» (Lasmar;
 * ل + «اسمار»).
 * (QA round 80) French and Spanish names whose final -é, -et, -ers or -e is written «يه» or
 * «كه», read as a stem + ه: «توريه» (Touré; «توري» + ه), «ريميه» (Rimet, of «كأس جول
 * ريميه»), «جيليه» (Gillet), «سيسيه» (Cissé), «أنجيه» (Angers), «بيزييه» (Béziers),
 * «باتاسيه» (Patassé; ب + «اتاسي» + ه), «إنريكه», «أنريكه» (Enrique; «إنريك» + ه); and
 * «باريوس» (Barrios; ب + «اريوس»).
 * (QA round 82) «فيون» (Fillon; ف + «يون»), «كروجر» (Krueger, Kruger; ك + «روجر», Roger),
 * «فينسون» (Vinson, of the carrier «كارل فينسون»), «كويليام» (Quilliam; ك + «ويليام»).
 * (QA round 93) «براهما» (Brahma; «برى» + هما).
 * (QA round 127) Foreign names that begin with ك, read as ك + a stem before a surname or alone:
 * «كليان» (Kylian, of «كليان مبابي»; ك + «ليان»), «كلايف» (Clive; ك + «لايف»), «كيمبا» (Kimba,
 * Kemba; ك + «يمبا»), «كالتيكس» (Caltex, of «جي إس كالتيكس»; ك + ال + «تيكس»), «كنال» (Canal, of
 * «كنال بلوس», «جوادال كنال»; ك + «نال»), «كالفي» (Calvi; ك + «الفي»), and «كفين» (Kevin), kept
 * whole alone already but split و + ك + «فين» after و: «وكفين» is now و + «كفين», right for
 * Kevin and for «كفين», two palms, alike.
 * (QA round 128) Foreign names that begin with «وو» (English Wo-, Wa-, Wu-), read as و + a stem:
 * «ووتر» (Water, of «بلاك ووتر», «ووتر غيت», «ذي شيب أوف ووتر»; و + «وتر», and a string),
 * «وورك» (Work, of «وي وورك»; و + «ورك»), «وورنر» (Warner, of «تايم وورنر»), «ووندر» (Wonder),
 * «وولفغانغ» (Wolfgang), «وولكر» (Walker), «وولفرهامبتون» (Wolverhampton), «وورسستر»
 * (Worcester); a و before them splits off as before the other names here («وووتر» is و +
 * «ووتر»). A conjunction before a word in و is written so too («ووضع», «ووصل») and stays split:
 * only these names are kept whole, and not the names that news writes three times as often or
 * more with one و («وريورز», «وستمنستر», «ولنغتون», «وسكس»), whose «وو» is mostly و + the name
 * («مرسيا ووسكس وكنت»), nor «وودي» (Woody), nearly as often و + «ودي» (and friendly, my wish) as
 * the name outside «وودي آلن».
 */
const FOREIGN_NAMES = ['بوند', 'بلاتيني', 'كسرى', 'كروس', 'كانتي', 'ساني', 'ليسي', 'جاكي', 'فرانكي', 'إلياسي', 'فرداي', 'ليروي', 'بالدوين', 'كاني', 'أنتي', 'بوكي', 'ساراي', 'كاناي', 'نجاتي', 'باسترناك', 'بورش', 'والاس', 'واليس', 'ليمان', 'بكسل', 'بدرية', 'بولوف', 'باستوري', 'كلوني', 'كورك', 'فاساري', 'لانجفان', 'فرايا', 'فلاته', 'فييري', 'كيوجا', 'فلاسر', 'ووكر', 'وورلد', 'بوتر', 'كرمان', 'بيانكي', 'فندي', 'فيات', 'بالتيمور', 'سينجر', 'سينقر', 'ستورني', 'باندرا', 'فاستيراس', 'بلومي', 'لومينا', 'فالفيردي', 'ويلباك', 'ليام', 'بالماس', 'وونغ', 'كلاوس', 'كالفين', 'سيفر', 'كورونا', 'بايدن', 'موراليز', 'كروكر', 'شبير', 'مورجان', 'بريتني', 'كابيل', 'سالزبورغ', 'كاليه', 'كيرميت', 'بيغديمونت', 'عكاظ', 'دويتشه', 'هازار', 'لوبان', 'ماريانو', 'وستهام', 'رفسنجاني', 'كوينز', 'باركلاند', 'دانيالز', 'بيترو', 'برهم', 'كاوه', 'كورش', 'فرهنك', 'بانك', 'لاسمار', 'توريه', 'ريميه', 'جيليه', 'سيسيه', 'أنجيه', 'بيزييه', 'باتاسيه', 'إنريكه', 'أنريكه', 'باريوس', 'فيون', 'كروجر', 'فينسون', 'كويليام', 'براهما', 'كليان', 'كلايف', 'كيمبا', 'كالتيكس', 'كنال', 'كالفي', 'كفين', 'ووتر', 'وورك', 'وورنر', 'ووندر', 'وولفغانغ', 'وولكر', 'وولفرهامبتون', 'وورسستر'];
/**
 * Common words that the clitic statistics cut, their split reading rare or no reading at all:
 * «لهيب» (flame; no ل + «هيب»), «فرية» (a slander; no ف + «رية»), «ووري» (was buried, of «ووري
 * الثرى»; no و + «وري»), «أفهم» (I understand; no «أف» + هم), «نعاني» (we suffer; seldom «نعى»
 * + ني), «وفيا» (loyal; no و + «فيا»), «فزنا» (we won, of «فاز»; ف + «زنا», and adultery, is
 * rare in news), «وفرت» (she provided, of «وفّر»; و + «فرت», and she fled, is rare in news;
 * see TEH_VERBS for «وفرتها»), «وجهان» (two faces, of «وجهان لعملة واحدة»; و + «جهان», Jahan, is
 * rare in news). (QA round 65) «وحد» (he unified, of «وحّد الممالك»; as often و + «حد», and a
 * limit, in news: 21 against 16 of 37 read), the base of «وحده» (alone; see isAlone), which
 * must be stable. (Session 22)
 * (QA round 79) «فلان», «فلانة», «فلانا» (so-and-so; «فلان» was ف + ل + «ان», «فلانا» ف +
 * «لانا»), «بكيت» (I wept; ب + «كيت», Kate), «فسد» (went bad, of «أصلح ما فسد»; ف + «سد»).
 * (QA round 80) «وجيز» (brief, of «وقت وجيز»; و + «جيز», which is no word).
 * (QA round 93) «بليون» (billion; ب + «ليون», Lyon, and «البليون» was kept whole), «كالوري»
 * (calorie; ك + ال + «وري»).
 */
const WHOLE_WORDS = ['لهيب', 'فرية', 'ووري', 'أفهم', 'نعاني', 'وفيا', 'فزنا', 'وفرت', 'وجهان', 'وحد', 'فلان', 'فلانة', 'فلانا', 'بكيت', 'فسد', 'وجيز', 'بليون', 'كالوري'];
/**
 * Tunisian towns and delegations that the recognizer's lists lack, written after ب, ل, و in
 * local news as often as alone: «برادس» (in Radès, its stadium), «بطبلبة» (Teboulba),
 * «بقرمبالية» (Grombalia), «بطبربة» (Tebourba), «بتاجروين» (Tajerouine), «بفريانة» (Feriana),
 * «ببنعروس» (Ben Arous written as one word), «بزرمدين» (Zéramdine), «بقعفور» (Gaâfour),
 * «بتبرسق» (Téboursouk), «بهرقلة» (Hergla), «بسبيبة» (Sbiba) …: a preposition and the town,
 * as for the cities of the lists (see listedAfterProclitic); whole alone («فريانة» is no ف +
 * «ريانة»). (QA round 61) Saudi towns and a district of Aden that the lists lack, written after
 * ب و as often as alone in local news: «بضباء» (in Duba), «برفحاء» (Rafha), «ببقيق» (Buqayq),
 * «وضمد» (Damad), «بمحايل» (Muhayil), «بصامطة» (Samtah), «بخيبر» (Khaybar), «وكريتر» (and
 * Crater, of Aden). (QA round 64) Saudi towns of the Jazan and Al-Baha hills and a Palestinian village,
 * written after ب و: «بفيفاء» (Fayfa), «ببلجرشي» (Baljurashi), «بنحالين» (Nahalin). (QA round 65)
 * The Iraqi province and Saudi district «ميسان» (Maysan): «بميسان». (QA round 66)
 */
const TOWNS = ['رادس', 'طبلبة', 'قرمبالية', 'طبربة', 'تاجروين', 'فريانة', 'بنعروس', 'زرمدين', 'قعفور', 'تبرسق', 'رجيش', 'هرقلة', 'ميدون', 'عمدون', 'سبيبة', 'ملولش', 'جلمة', 'فرنانة', 'نفطة', 'مارث', 'قبلي', 'ضباء', 'رفحاء', 'بقيق', 'ضمد', 'محايل', 'صامطة', 'خيبر', 'كريتر', 'فيفاء', 'بلجرشي', 'نحالين', 'ميسان'];
let listed: Map<number, string[]> | undefined;
let places: Map<number, string[]> | undefined;

/** FNV-1a over folded letters [from, to): of the scratch buffer, or of a string. */
function hashLetters(from: number, to: number, s?: string): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (s === undefined ? folded[i]! : s.charCodeAt(i)), 0x01000193);
  return h & 0x3fffffff; // a small integer: a Map key that needs no boxing
}

function listedNames(): Map<number, string[]> {
  return (listed ??= nameTable([...words(GIVEN_NAMES), ...placeNames(CAPITALS), ...placeNames(CITIES), ...TOWNS, ...NAME_WORDS, ...MAGHREB_NAMES, ...FOREIGN_NAMES, ...WHOLE_WORDS]));
}

let maghreb: Map<number, string[]> | undefined;
/**
 * The candidate و alone (no preposition, no article) before a name of MAGHREB_NAMES, or -1:
 * «ولزهر» (and Lazhar) is و + «لزهر». Only و: after ل the word is ل + ال («للزهر», for
 * flowers), and ب ف take these names too seldom to risk it.
 */
function wawBeforeMaghrebName(n: number): number {
  if (raw[0] !== WAW || n < 4) return -1;
  const p = candidateBeforeListed(n, (maghreb ??= nameTable(MAGHREB_NAMES)));
  return p > 0 && prefixEnd[p] === 1 ? p : -1;
}

let foreign: Map<number, string[]> | undefined;
/** FOREIGN_NAMES alone, for {@link listedAfterProclitic}. */
function listedForeign(): Map<number, string[]> {
  return (foreign ??= nameTable(FOREIGN_NAMES));
}

/**
 * The proclitic candidate (و, ب or ل, after و or not) before a name of FOREIGN_NAMES, or -1:
 * «وبوتر» is و + «بوتر» (and Potter), not و + ب + «وتر»; «وبالتيمور» is و + «بالتيمور». The
 * whole word must be no more frequent than the name and never seen with the article
 * («وفيات», deaths, is no و + «فيات», Fiat; «لساني», my tongue, no ل + «ساني»). (QA round 58)
 */
function foreignAfterProclitic(n: number): number {
  const p = candidateBeforeListed(n, listedForeign());
  if (p < 0) return -1;
  const table = lexicon();
  const whole = table.weight(folded, 0, n, -1);
  if (whole < 0) return p;
  return (whole & 0xff00) === 0 && whole >> 16 <= Math.max(0, table.weight(folded, prefixEnd[p]!, n, -1) >> 16) ? p : -1;
}

/**
 * The first proclitic candidate (و, ب, ل, و + ب ل; no article, no ف) before a name of `names`
 * of three letters or more, with the name's hamza as listed («باكرا», early, is no ب + «أكرا»,
 * Accra), or -1. Shared by {@link foreignAfterProclitic} and {@link listedAfterProclitic}, which
 * then weigh the whole word against the name each in its own way.
 */
function candidateBeforeListed(n: number, names: Map<number, string[]>): number {
  const first = raw[0]!;
  if (first !== WAW && first !== BEH && first !== LAM) return -1;
  for (let p = 1; p < candidateCount; p++) {
    const start = prefixEnd[p]!;
    const mid = prefixMid[p]!;
    if (prefixArticle[p] !== 0 || prefixConj[p] === FEH || n - start < 3) continue;
    if (mid !== 0 && mid !== BEH && mid !== LAM) continue;
    if (isListedName(start, n, names, true)) return p;
  }
  return -1;
}

/** The capitals, cities and TOWNS alone, for {@link listedAfterProclitic}. */
function listedPlaces(): Map<number, string[]> {
  return (places ??= nameTable([...placeNames(CAPITALS), ...placeNames(CITIES), ...TOWNS]));
}

/** Names of one word, hashed by their folded letters (see hashLetters). */
function nameTable(names: readonly string[]): Map<number, string[]> {
  const table = new Map<number, string[]>();
  for (const name of names) {
    if (name.includes(' ') || name.startsWith('ال') || NOT_NAMES.has(name)) continue;
    const key = letters.foldWord(name);
    const h = hashLetters(0, key.length, key);
    // the bucket holds the letters as written (marks removed), matched folded
    let written = '';
    for (let i = 0; i < name.length; i++) if (!isIgnorable(name.charCodeAt(i))) written += name[i];
    const bucket = table.get(h);
    if (bucket) bucket.push(written);
    else table.set(h, [written]);
  }
  return table;
}

/**
 * True when folded letters [from, to) of the scratch buffers spell a name of `table`, but for a
 * hamza written where the name has a bare alef: «بأول» is ب + «أول», not the name «باول».
 * `strict`: nor a bare alef where the name has a hamza.
 */
function isListedName(from: number, to: number, table = listedNames(), strict = false): boolean {
  const bucket = table.get(hashLetters(from, to));
  if (bucket === undefined) return false;
  const n = to - from;
  for (const name of bucket) {
    if (name.length !== n) continue;
    let i = 0;
    while (i < n) {
      const c = name.charCodeAt(i);
      if (foldLetter(c) !== folded[from + i] || (c === ALEF && isHamzaAlef(raw[from + i]!)) || (strict && isHamzaAlef(c) && raw[from + i] !== c)) break;
      i++;
    }
    if (i === n) return true;
  }
  return false;
}

/**
 * True when proclitic candidate `p` cuts off the first letter of a word the corpus shows to be
 * whole (isLexical): the word itself, or what follows a conjunction («وفورد» → و + «فورد»).
 * `s` is the candidate's pronoun (-1: none; see narrativeVerb).
 */
function cutsLexical(p: number, s: number, n: number, entry: number): boolean {
  const mid = prefixMid[p]!;
  // The test measures a clitic's usual rate; ب ل before a frequent stem («لمكافحة», «بسوسة»,
  // «ليصبح»), و ف before a hamza («فإذا», see BONUS_CONJ_HAMZA) and ك before a frequent
  // definite noun attach at any rate.
  if ((mid === BEH || mid === LAM) && prefixArticle[p] === 0 && entry >= 0 && entry >> 16 >= MIN_FREE_STEM) return false;
  if (mid === 0 && prefixArticle[p] === 0 && n - prefixEnd[p]! >= 3 && isHamzaAlef(raw[prefixEnd[p]!]!)) return false;
  // ك + «ال» before a frequent noun of three letters or more: «كالعادة», «كالتالي».
  if (mid === KAF && prefixArticle[p] === 1 && n - prefixEnd[p]! >= 3 && entry >= 0 && entry >> 16 >= MIN_FREE_STEM && articleBonus(entry) > 0) {
    return false;
  }
  if (mid === KAF && prefixArticle[p] === 0 && s < 0 && n - prefixEnd[p]! >= 4 && isRareKafNoun(prefixEnd[p]! - 1, n, entry)) return false;
  // the whole word's tests are the same for every candidate: asked once per scoring
  if (wholeLexical < 0) wholeLexical = isLexical(0, n) ? 1 : 0;
  if (wholeLexical === 1) {
    return !(prefixConj[p] === FEH && mid === 0 && prefixArticle[p] === 0 && (narrativeVerb(n, entry, s) || rareNarrativeVerb(n, entry, s) || isWhatWord(1, n) || rawIsOneOf(FEH_ADVERBS, 1, n)));
  }
  if (prefixConj[p] === 0 || (prefixMid[p] === 0 && prefixArticle[p] === 0)) return false;
  if (tailLexical < 0) tailLexical = isLexical(1, n) ? 1 : 0;
  return tailLexical === 1;
}

/**
 * True when ك at `kaf` + raw[kaf+1..n) is «as» + a noun of four letters or more that the corpus
 * shows with the article (articleBonus), in a word (from ك on) never seen with the article and
 * at most a quarter as frequent as the noun: «كعازف» (as a player), «كسائر», «كذريعة»,
 * «كصانع», «كمنحة», «كلاجئ», «وكسائر». The clitic-rate test keeps such words whole because ك is
 * the rarest preposition; a name that ك begins is as frequent as the noun it hides or seen
 * with the article, and one that is not is listed («كلاوس», Klaus; see FOREIGN_NAMES). A stem
 * with a bare alef first is left out, as in isRareNoun («كالفين»). (QA round 62)
 */
function isRareKafNoun(kaf: number, n: number, entry: number): boolean {
  if (raw[kaf + 1] === ALEF || entry < 0 || entry >> 16 < MIN_RARE_STEM || articleBonus(entry) === 0) return false;
  const whole = lexicon().weight(folded, kaf, n, -1);
  return whole < 0 || (((whole >> 8) & 0xff) === 0 && whole >> 16 <= (entry >> 16) - RARE_NARRATIVE_MARGIN);
}

/**
 * The proclitic candidate (و, ب, ل, و + ب ل; no article) before a capital or city of the
 * recognizer's lists (three letters or more) on a word the statistics keep whole because the
 * corpus hardly knows the name: «بقليبية», «وببيشة» are a preposition + a town. Given names are
 * left out (short ones end too many words: «لجان» is no ل + «جان», «لحنا» no ل + «حنا»), and ف
 * ك take places too seldom to risk it. The whole word may be at most eight times as frequent
 * as the name alone. -1: none.
 */
const PLACE_MARGIN = 12; // the whole word at most eight times as frequent as the name alone
function listedAfterProclitic(n: number): number {
  const p = candidateBeforeListed(n, listedPlaces());
  if (p < 0) return -1;
  // nor may the whole word be far more frequent than the name
  const table = lexicon();
  const name = Math.max(0, table.weight(folded, prefixEnd[p]!, n, -1) >> 16);
  return Math.max(0, table.weight(folded, 0, n, -1) >> 16) <= name + PLACE_MARGIN ? p : -1;
}

let given: Map<number, string[]> | undefined;
/** The given names of the recognizer's lists alone, for {@link lamBeforeGivenName}. */
function givenNames(): Map<number, string[]> {
  return (given ??= nameTable(words(GIVEN_NAMES)));
}

/** The whole word at most this far above its given name: the name eight times as frequent. */
const GIVEN_NAME_MARGIN = 12;

/**
 * The proclitic candidate ل (after و ف or alone, no article) before a given name of the
 * recognizer's lists, three letters or more, in a word the corpus knows whole but shows at most an
 * eighth as often as the name alone, or -1: «لجون» (for John, «لجون كيلي») is ل + the name;
 * «لجان» (committees), seen about as often as «جان», and «لحنا» stay whole. («لعلي», perhaps I
 * or for Ali, is left as it was: the corpus writes the particle «لعل» + ي too.)
 * The places of the lists have listedAfterProclitic; ب is left out, since names begin with it
 * («بيونس», Beyoncé, is no ب + «يونس»). (QA round 78)
 */
function lamBeforeGivenName(n: number): number {
  if (raw[0] !== LAM && raw[1] !== LAM) return -1;
  const table = lexicon();
  for (let p = 1; p < candidateCount; p++) {
    const start = prefixEnd[p]!;
    if (prefixArticle[p] !== 0 || prefixMid[p] !== LAM || n - start < 3 || !isListedName(start, n, givenNames(), true)) continue;
    const name = table.weight(folded, start, n, -1);
    return name >= 0 && Math.max(0, table.weight(folded, 0, n, -1) >> 16) + GIVEN_NAME_MARGIN <= name >> 16 ? p : -1;
  }
  return -1;
}

/**
 * Adverbial accusatives that ف joins in set phrases: «فمثلا» (so for instance), «شيئا فشيئا»
 * (little by little). The corpus writes them joined often enough to call the whole word
 * lexical, but no word of these letters is other than ف + the adverb. Raw letters (tanween is
 * a mark, so «فمثلاً» has the same letters).
 */
const FEH_ADVERBS = ['مثلا', 'شيئا'];

/**
 * Nouns of set phrases that stand after ل so often that the corpus takes ل + the noun for a
 * word of its own: «لولي العهد» (for the crown prince) is ل + «ولي», which no other word spells.
 * Raw letters.
 */
const LAM_NOUNS = ['ولي'];

/** The proclitic candidate ل (after و ف or not) before a noun of LAM_NOUNS, or -1. */
function listedAfterLam(n: number): number {
  if (raw[0] !== LAM && raw[1] !== LAM) return -1;
  for (let p = 1; p < candidateCount; p++) {
    if (prefixArticle[p] === 0 && prefixMid[p] === LAM && rawIsOneOf(LAM_NOUNS, prefixEnd[p]!, n)) return p;
  }
  return -1;
}

/**
 * The particle of purpose ل (after و ف or alone) before a common imperfect verb that the corpus
 * shows so often with its ل that it takes the compound for a word of its own: «ليسدد» (to shoot),
 * «ليساهم» (to contribute), «لتستقر» (to settle). The stem is four letters or more, begins with
 * ي ت ن, is seen alone at least MIN_RARE_STEM times (sixteen) and never with the article, so a
 * noun («لياقة»: «الياقة») or a name whose tail is no common word («ليستر», «ليبيا»,
 * «ليفربول») stays whole. No pronoun: the stem must end the word. -1: none.
 */
function purposeLamBeforeVerb(n: number, conj: number, least: number): number {
  if (raw[0] !== LAM && raw[1] !== LAM) return -1;
  for (let p = 1; p < candidateCount; p++) {
    const start = prefixEnd[p]!;
    if (prefixArticle[p] !== 0 || prefixMid[p] !== LAM || (conj >= 0 && prefixConj[p] !== conj) || n - start < 4) continue;
    const c = raw[start]!;
    if (c !== YEH && c !== TEH && c !== NOON) continue;
    const entry = lexicon().weight(folded, start, n, -1);
    if (entry >= 0 && entry >> 16 >= Math.max(MIN_RARE_STEM, least) && ((entry >> 8) & 0xff) === 0) return p;
  }
  return -1;
}

/**
 * The same particle of purpose when the scores chose another reading: و ف alone before the
 * compound («وليسدد» is و + ل + «يسدد», not و + «ليسدد»), or ل before a shorter stem + a
 * pronoun when the verb in ي to the word's end is the commoner word («ليساهم» is ل + «يساهم»,
 * not ل + «يسا» + هم; «ليقتلهم» stays ل + «يقتل» + هم). -1: none.
 */
function purposeLamOverChoice(n: number): number {
  if (bestPrefix === 0 || prefixArticle[bestPrefix] !== 0 || bestPrepositionBase || (raw[0] !== LAM && raw[1] !== LAM)) return -1;
  const mid = prefixMid[bestPrefix]!;
  const conj = prefixConj[bestPrefix]!;
  if (mid === 0 && bestSuffix < 0) {
    const p = purposeLamBeforeVerb(n, conj, 0);
    // a listed name after the conjunction stays whole: «وليروي» (and Leroy)
    return p > 0 && !isListedName(prefixEnd[bestPrefix]!, n) ? p : -1;
  }
  if (mid !== LAM || bestSuffix < 0) return -1;
  const start = prefixEnd[bestPrefix]!;
  // nouns in ت ن take pronouns after ل: «لنظيره» is ل + «نظير» + ه
  if (raw[start] !== YEH) return -1;
  const stem = lexicon().weight(folded, start, n - PRONOUNS[bestSuffix]!.codes.length, -1);
  return purposeLamBeforeVerb(n, conj, stem < 0 ? 0 : (stem >> 16) + 1);
}

/**
 * The preposition ب or ل (after و ف or alone) before the construct of a participle's plural or
 * dual in ي: «لمصابي الحادث» (for the injured of the accident), «لمساهمي الشركة» (for the
 * shareholders of the company), «بمتمردي الشمال». The construct is rarer than its plural, so
 * the statistics call the joined word lexical; but a participle of five letters or more in
 * م… ي whose plural in «ين» or «ون» the corpus shows at least 8 times (CONSTRUCT_PLURAL_MIN)
 * is no word that ب ل begin. The ي stays in the base (no «my»). -1: none.
 */
function prepositionBeforeConstruct(n: number): number {
  if (raw[n - 1] !== YEH || (raw[0] !== LAM && raw[0] !== BEH && raw[1] !== LAM && raw[1] !== BEH)) return -1;
  for (let p = 1; p < candidateCount; p++) {
    const start = prefixEnd[p]!;
    const mid = prefixMid[p]!;
    if (prefixArticle[p] !== 0 || (mid !== LAM && mid !== BEH) || n - start < 5 || raw[start] !== MEEM) continue;
    // the plural in «ين» or in «ون»: «منسوبين», «منسوبون»
    const yeh = folded[n - 1]!;
    const kept = folded[n]!;
    folded[n] = NOON;
    const plural = lexicon().weight(folded, start, n + 1, -1);
    folded[n - 1] = WAW;
    const nominative = lexicon().weight(folded, start, n + 1, -1);
    folded[n - 1] = yeh;
    folded[n] = kept;
    if (Math.max(plural, nominative) >> 16 >= CONSTRUCT_PLURAL_MIN) return p;
    // (QA round 58) or, its plural unseen, the construct itself seen after a preposition and
    // its singular a noun seen with the article: «لمنسوبي» (for the staff of) by «منسوبي»
    // after ب ل and «المنسوب»
    if (constructBySingular(start, n)) return p;
  }
  return -1;
}

/**
 * True when raw[start..n), a participle in م… ي, is the construct of a plural whose singular
 * raw[start..n - 1) the corpus shows with the article at least CONSTRUCT_SINGULAR_MIN times,
 * and which it shows itself after ب ك ل (its preposition weight non-zero): «منسوبي» by
 * «المنسوب» and «لمنسوبي». (QA round 58)
 */
function constructBySingular(start: number, n: number): boolean {
  const table = lexicon();
  const construct = table.weight(folded, start, n, -1);
  if (construct < 0 || (construct & 0xff) === 0 || articleBonus(construct) !== 0) return false;
  const single = table.weight(folded, start, n - 1, -1);
  return single >= 0 && ((single >> 8) & 0xff) >= CONSTRUCT_SINGULAR_MIN;
}

/**
 * Particles that a conjunction joins without being part of them, but that the corpus knows
 * joined about as often as alone, so the whole word ties with the split: «وكذا» (and likewise,
 * as well as) is و + «كذا» as «وكذلك» is و + «كذلك». (QA round 77)
 */
const PARTICLES_AFTER_CONJUNCTION = ['كذا'];

/**
 * The candidate of the conjunction و ف alone when the word kept whole is that conjunction + a
 * particle of PARTICLES_AFTER_CONJUNCTION, or -1.
 */
function conjunctionBeforeParticle(n: number): number {
  if ((raw[0] !== WAW && raw[0] !== FEH) || !rawIsOneOf(PARTICLES_AFTER_CONJUNCTION, 1, n)) return -1;
  for (let p = 1; p < candidateCount; p++) {
    if (prefixConj[p] === raw[0] && prefixMid[p] === 0 && prefixArticle[p] === 0 && prefixEnd[p] === 1) return p;
  }
  return -1;
}

/**
 * The conjunction و alone before the construct of a participle's plural in ي that
 * {@link constructBySingular} proves: «ومنسوبي» (and the staff of) is و + «منسوبي». -1: none.
 */
function conjunctionBeforeConstruct(n: number): number {
  if (raw[0] !== WAW || raw[1] !== MEEM || raw[n - 1] !== YEH || n < 6) return -1;
  for (let p = 1; p < candidateCount; p++) {
    if (prefixConj[p] === WAW && prefixMid[p] === 0 && prefixArticle[p] === 0 && prefixEnd[p] === 1) return constructBySingular(1, n) ? p : -1;
  }
  return -1;
}

/**
 * True when the chosen ف + stem in ي is a relative adjective of its own that ف begins: «فعلي»
 * (actual) is no ف + «علي» (Ali), for the corpus writes «الفعلي» with the article far more
 * often than «العلي»; «فني» (technical), «فوري» (immediate) alike. The article's share of
 * the word's count must be at least 8 times its share of the stem's («العلي» is a rare
 * title beside the name «علي»), and the word with the article weighs MIN_RARE_STEM or more.
 * Reads the scratch buffers as choose left them.
 */
const NISBA_ARTICLE_MARGIN = 12; // 4 × log2: 8 times
function isFehNisba(n: number): boolean {
  if (bestSuffix >= 0 || bestPrepositionBase || raw[0] !== FEH || raw[n - 1] !== YEH || n < 4 || prefixEnd[bestPrefix] !== 1) return false;
  const table = lexicon();
  const w = table.weight(folded, 0, n, -1);
  const t = table.weight(folded, 1, n, -1);
  const whole = w < 0 ? 0 : (w >> 8) & 0xff;
  const stem = t < 0 ? 0 : (t >> 8) & 0xff;
  // the share of the article in each word's count (4 × log2), so a frequent name is no bar
  return whole >= MIN_RARE_STEM && whole - (w >> 16) >= (t < 0 ? -255 : stem - (t >> 16)) + NISBA_ARTICLE_MARGIN;
}

/**
 * Words in ي that news writes as the construct of a dual or plural, hardly as a noun + «my»:
 * «دافعي الضرائب» (taxpayers), «تريليوني دولار» (two trillion dollars), «وزارتي الدفاع
 * والداخلية» (the ministries of defence and interior), «مديريتي» (two districts), «مينائي»
 * (two ports); and the adjective «آني» (immediate), no «آن» + «my». The scores take their ي
 * for the pronoun because the duals in «ين» are rarer than the nouns. Raw letters.
 */
const YEH_WHOLE_WORDS = ['دافعي', 'تريليوني', 'وزارتي', 'مديريتي', 'مينائي', 'آني'];

/**
 * Forms of «توجّه» (to head for) that also read as «توّج» (to crown) + a pronoun: «يتوجه»,
 * «تتوجه», «نتوجه» (heads for) and the participle «متوجها» (heading for) are far commoner in
 * news than «يتوّجه» (crowns him) or «متوّجها»; the crowning reads are left to the rarer
 * pronouns («يتوجها», «توجها»). Raw letters (tanween is a mark: «متوجهاً» too).
 */
const HEH_RADICAL_WORDS = ['يتوجه', 'تتوجه', 'نتوجه', 'متوجها'];

/**
 * Perfect verbs in ت (she did) that keep their ت before a pronoun, though the noun in ة of
 * the same letters outscores them: «جمعتهما» is «جمعت» + هما (it brought the two together, of
 * a match or a photo), not «جمعة» (Friday, which news writes with the article) + هما;
 * «وفرتها» is «وفرت» + ها (she provided it), not «وفرة» (abundance) + ها. Raw letters.
 */
const TEH_VERBS = ['جمعت', 'وفرت'];

/** «ماذا» (what). */
const MADHA = [MEEM, ALEF, 0x0630 /* U+0630 ARABIC LETTER THAL */, ALEF];

/**
 * True when raw[start..n) is the interrogative «ماذا» or «لماذا», or the conjunction «لما»
 * (when): ف before them is the conjunction whatever rate the clitic test measures («فماذا»,
 * «فلماذا», «فلما»; no name begins so).
 */
function isWhatWord(start: number, n: number): boolean {
  if (n - start === 3 && raw[start] === LAM && raw[start + 1] === MEEM && raw[start + 2] === ALEF) return true;
  if (raw[start] === LAM) start++;
  if (n - start !== 4) return false;
  for (let i = 0; i < 4; i++) if (raw[start + i] !== MADHA[i]) return false;
  return true;
}

/** isLexical(0, n) and isLexical(1, n) of the word being scored: -1 not asked yet, else 0 or 1. */
let wholeLexical = -1;
let tailLexical = -1;

/**
 * True when ف + raw[1..n) is a conjunction before a verb of narrative text: the stem is
 * frequent and the corpus joins it with و at least a fifth as often as it writes it alone
 * («وصار» against «صار», «وقاموا» against «قاموا»). Such text joins verbs with ف far above the
 * rate the clitic test measures over the whole corpus, so that test would keep «فصار»,
 * «فقاموا» whole. Names that ف merely begins are seldom written after و: «وورد» is a sixth
 * of «ورد», «ويصل» a tenth of «يصل» («فورد», «فيصل» stay whole).
 * With pronoun `s` (≥ 0) the و-form is measured against the verb with that pronoun, not the
 * bare stem: «وتزوجها» against «تزوجها» («فتزوجها», and he married her); a verb with its
 * object is always much rarer than the verb, so against the stem no such word would split.
 */
function narrativeVerb(n: number, entry: number, s: number): boolean {
  if (entry < 0 || entry >> 16 < MIN_FREE_STEM || isAccusative(n)) return false;
  // a verb is hardly seen after ب ك ل (at most a sixteenth of its count): «حسب», seen as
  // «بحسب», is a noun, and «فحسب» (only) one word
  if ((entry & 0xff) > (entry >> 16) - VERB_PREPOSITION_MARGIN) return false;
  const table = lexicon();
  let base = entry;
  if (s >= 0) {
    base = table.weight(folded, 1, n, -1);
    if (base < 0) return false;
  }
  folded[0] = WAW;
  const joined = table.weight(folded, 0, n, -1);
  folded[0] = FEH;
  return joined >= 0 && joined >> 16 >= (base >> 16) - NARRATIVE_WAW_MARGIN;
}

/**
 * True when ف + raw[1..n) is the conjunction before a rarer verb that narrativeVerb leaves out
 * (its stem under MIN_FREE_STEM, or its و-form under a fifth: «ونجد» is rare beside «نجد»,
 * also the region): the stem is seen at least MIN_RARE_STEM times, neither it nor the whole
 * word ever after the article, the stem hardly after ب ك ل, the whole word at most a quarter
 * as frequent as the stem («فنجد», «فبادر», «فسارع», «فحاصرها»), and the word also written
 * with و instead (a verb of narrative takes either). A name that ف
 * begins is as frequent as the word it hides, seen with the article or never after و
 * («فيصل», «فورد», «فقير», «فوات» stay whole). An imperfect in ي is left out: foreign names in
 * «في» hide one («فيرون», Veron; «فيدل», Fidel). `entry` is the stem's, without pronoun `s`;
 * with one, the stem and its pronoun may stand for it («فوجدها»: «وجدها»; «وجد» is seen with
 * the article).
 * (QA round 62) When the و-form is at least as frequent as the ف-form, the whole word may be half
 * as frequent as the stem («فجعلوا», «فنزلوا», «فانتهز»; QA round 63): a name that ف begins is
 * seldom written after و as often as alone.
 */
function rareNarrativeVerb(n: number, entry: number, s: number): boolean {
  if (n < 4 || raw[1] === YEH) return false;
  const table = lexicon();
  const whole = table.weight(folded, 0, n, -1);
  if (whole >= 0 && ((whole >> 8) & 0xff) !== 0) return false;
  folded[0] = WAW;
  const joined = table.weight(folded, 0, n, -1);
  folded[0] = FEH;
  if (joined < 0) return false;
  // (QA round 63) a verb whose و-form is at least as frequent as its ف-form may be as much as
  // half as frequent as its stem: narrative text joins «وجعلوا» and «فجعلوا» alike
  const margin = whole >= 0 && joined >> 16 >= whole >> 16 ? JOINED_NARRATIVE_MARGIN : RARE_NARRATIVE_MARGIN;
  return rareVerbStem(entry, whole, margin) || (s >= 0 && rareVerbStem(table.weight(folded, 1, n, -1), whole, margin));
}

/** The weights of {@link rareNarrativeVerb}: a verb `entry` never after the article, hardly after ب ك ل, four times as frequent as `whole`. */
function rareVerbStem(entry: number, whole: number, margin: number): boolean {
  if (entry < 0 || entry >> 16 < MIN_RARE_STEM || ((entry >> 8) & 0xff) !== 0) return false;
  if ((entry & 0xff) > (entry >> 16) - VERB_PREPOSITION_MARGIN) return false;
  return whole < 0 || whole >> 16 <= (entry >> 16) - margin;
}

/**
 * True when و + raw[stemStart..stemEnd) is the conjunction before a verb in the perfect in ت
 * of four letters or more (see scoreAnalyses): the stem and the whole word both known and
 * never seen after the article or a preposition, the stem at least MIN_RARE_STEM.
 */
function isNarrativeWawVerb(p: number, s: number, entry: number, whole: number, stemStart: number, stemEnd: number): boolean {
  if (
    s >= 0 ||
    prefixConj[p] !== WAW ||
    prefixMid[p] !== 0 ||
    prefixArticle[p] !== 0 ||
    stemEnd - stemStart < 3 ||
    entry < 0 ||
    whole < 0
  ) {
    return false;
  }
  if (stemEnd - stemStart === 3) {
    // (QA round 61) a stem of three letters is a perfect verb when its imperfect «يـ» + the
    // same letters is known, never seen with the article: «وبرز» is و + «برز» («يبرز»), though
    // «البرز» (the Alborz) gives the stem some article evidence, «وردد» و + «ردد». The whole
    // word must never be seen with the article: «وكيل», «وريد» keep their و.
    if (((whole >> 8) & 0xff) !== 0 || !hasImperfect(stemStart, stemEnd)) return false;
  } else if ((entry & 0xffff) !== 0 || (whole & 0xffff) !== 0) {
    return false;
  }
  if (raw[stemEnd - 1] === TEH && entry >> 16 >= MIN_RARE_STEM) return true;
  // (QA round 58) a rarer verb of narrative, any tense or person («وختمت», «وتخلل»,
  // «ويستطرد»): the stem seen at least MIN_RARE_VERB times, and the whole word at most four
  // times as often as the stem. A word of its own in و leaves a tail far rarer than itself.
  // Not a stem in «وه», a plural verb with its object («وسألوه» is و + «سألوا» + ه).
  return entry >> 16 >= MIN_RARE_VERB && whole >> 16 <= (entry >> 16) + JOINED_VERB_MARGIN && !(raw[stemEnd - 1] === HEH && raw[stemEnd - 2] === WAW);
}

/**
 * True when «يـ» + folded[start..end) is an imperfect verb the corpus knows (see isImperfect):
 * raw[start..end) is then the perfect of the same verb («برز», «يبرز»).
 */
function hasImperfect(start: number, end: number): boolean {
  verbKey[0] = YEH;
  for (let i = start; i < end; i++) verbKey[i - start + 1] = folded[i]!;
  return isImperfect(lexicon(), end - start + 1);
}

/** The index of «ه» in PRONOUNS. */
const HEH_PRONOUN = PRONOUNS.findIndex((p) => p.form === 'ه');
/** How much more frequent (4 × log2: 4 times) a word in «ي» must be than its form in «ين» to be read with «my» (see suffixAllowed). */
const DUAL_MARGIN = 8;
/** A word in ي seen with the article a sixteenth of the time or more (this article bonus) is a nisba adjective, not «my» (see possessiveYeh). */
const NISBA_ARTICLE_BONUS = 8;
/** The index of «ي» in PRONOUNS. */
const YEH_PRONOUN = PRONOUNS.findIndex((p) => p.form === 'ي');
const NI_PRONOUN = PRONOUNS.findIndex((p) => p.form === 'ني');
/** The index of «نا» in PRONOUNS. */
const NA_PRONOUN = PRONOUNS.findIndex((p) => p.form === 'نا');
const HA_PRONOUN = PRONOUNS.findIndex((p) => p.form === 'ها');
const KUM_PRONOUN = PRONOUNS.findIndex((p) => p.form === 'كم');

/**
 * True when the stem raw[start..end), which ends in ا before a pronoun, is the construct of a
 * noun's dual: its letters without the ا (three or more) are a noun seen with the article, and
 * so is that noun's dual, in «ين» at least as often as in «ان» («عيناه», «والداها», «شقيقاه»:
 * «العينين», «العينان»). A noun in ى of the same letters has no such dual in the corpus
 * («مستواه», «أجراه»: no «الأجران»), or an «ان» that is another word, more frequent than its «ين»
 * («عدواه»: «عدوان», aggression). Not أ + three letters: «أفعى» is a form IV perfect or an elative
 * («أولاهما», «فأولاه», «أنساه»; see isFormFourMaksura), whose «أفعلان» is mostly a noun in إ.
 */
function isDualConstruct(table: StemTable, start: number, end: number): boolean {
  if (end - start < 4 || (end - start === 4 && isHamzaAlef(raw[start]!))) return false;
  const noun = table.weight(folded, start, end - 1, -1);
  if (noun < 0 || ((noun >> 8) & 0xff) === 0) return false;
  const nominative = table.weight(folded, start, end + 1, NOON);
  if (nominative < 0 || ((nominative >> 8) & 0xff) === 0) return false;
  const a = folded[end - 1]!;
  folded[end - 1] = YEH;
  const oblique = table.weight(folded, start, end + 1, NOON);
  folded[end - 1] = a;
  return oblique >= 0 && ((oblique >> 8) & 0xff) > 0 && oblique >> 16 >= nominative >> 16;
}

/** How often (4 × log2: 16 times) the perfect in ت of a stem in «نا» must be seen to read «نا» as its subject (see perfectWe). */
const MIN_PERFECT_WE = 16;

/**
 * The weight of the perfect verb in ت whose «نا» (we) form raw[start..end) is, before a pronoun,
 * or -1: the letters before «نا» (three or more) are seen with ت 16 times or more and never with
 * the article («أردت», «أرسلت», «منحت», «بدأت»), so «أردناه», «أرسلناه» are «أردنا», «أرسلنا» +
 * ه, we wanted it, we sent him, not «أردنى», «أرسلنى», whose folded counts are those of
 * «أردني» (Jordanian), «أرسلني» (send me). Nouns in «نى» have no such verb: «معناه», «مبناه»
 * («معت», «مبت»), and «أدناه» (below it) is left to its two letters («أدت», she led to). The
 * «نا» form must be known itself («أتمناه», I wish it: no «أتمنا»).
 */
function perfectWe(table: StemTable, start: number, end: number): number {
  if (end - start < 5 || folded[end - 2] !== NOON || folded[end - 1] !== ALEF) return -1;
  // the «نا» form itself must be a word the corpus knows: «أتمناه» is «أتمنى» + ه, I wish it,
  // though «أتمت» (she completed) is a verb, since «أتمنا» is never written
  if (table.weight(folded, start, end, -1) < 0) return -1;
  const verb = table.weight(folded, start, end - 1, TEH);
  return verb >= 0 && verb >> 16 >= MIN_PERFECT_WE && ((verb >> 8) & 0xff) === 0 ? verb : -1;
}

/**
 * True when the stem raw[start..end) of four letters, after no preposition, is a form IV
 * perfect of a defective root before its object: «أ» + two consonants + ا, whose form in ى
 * (`other`) the corpus knows. Form IV and the elative write the defective root's last letter ى
 * whatever the root («أغرى», «أبدى», «أجلى», «أقصى»); the folded counts of the ا spelling are
 * those of an accusative («أبدا», never) that takes no pronoun. The third letter is no و or ي
 * («أبواه», his parents, is a dual).
 */
function isFormFourMaksura(other: number, p: number, start: number, end: number): boolean {
  if (end - start !== 4 || other < 0 || prefixMid[p] !== 0 || raw[start] !== ALEF_HAMZA_ABOVE) return false;
  const third = raw[start + 2]!;
  return third !== WAW && third !== YEH;
}

/**
 * True when raw[start..n), a stem + «ي», is that stem with «my»: the word is seen with the
 * article under a sixteenth of the time (a nisba adjective takes it: «العملي», «الشعبي»), the
 * stem takes «ه» at least half as often as the word is written with «ي», and «ك» (your) at
 * least a sixteenth as often (a name in ي has no «ك» form: «فوزي», «عزمي»); and the word is
 * not the construct of a dual, which takes a pronoun itself (the ي-word + «ه» seen an eighth
 * as often: «ابنيه», his two sons, makes «ابني» the two sons of as often as my son).
 */
function possessiveYeh(table: StemTable, start: number, n: number): boolean {
  const his = table.weight(folded, start, n, HEH);
  const your = table.weight(folded, start, n, KAF);
  if (his < 0 || your < 0) return false;
  const word = table.weight(folded, start, n, -1);
  if (word < 0) return true;
  const dual = table.weight(folded, start, n + 1, HEH);
  return (
    articleBonus(word) < NISBA_ARTICLE_BONUS &&
    his >> 16 >= (word >> 16) - 4 &&
    your >> 16 >= (word >> 16) - 16 &&
    !(dual >= 0 && dual >> 16 >= (word >> 16) - 12)
  );
}
/** How much more frequent (4 × log2: 32 times) a noun in ة must be than the stem before «ه» (see isTehWrittenHeh). */
const TEH_AS_HEH_MARGIN = 20;

/**
 * True when the «ه» ending raw[stemStart..n) is more likely a ة written as ه than a pronoun
 * after raw[stemStart..stemEnd): the word with ة instead is a noun (seen with the article) and
 * at least TEH_AS_HEH_MARGIN heavier than the stem (or the stem is unknown). A verb before
 * «ه» whose letters also spell a frequent noun in ة («أطعمه», «لازمه») is read as the noun.
 */
function isTehWrittenHeh(table: StemTable, stemStart: number, stemEnd: number, n: number): boolean {
  const noun = table.weight(folded, stemStart, n, TEH_MARBUTA);
  if (noun < 0 || ((noun >> 8) & 0xff) === 0) return false;
  const stem = table.weight(folded, stemStart, stemEnd, -1);
  return stem < 0 || noun >> 16 >= (stem >> 16) + TEH_AS_HEH_MARGIN;
}

/**
 * True when the «ه» ending raw[0..n), after a stem in ي, is the ة of a nisba written as ه: the
 * word is unknown to the corpus or NISBA_TEH_MARGIN rarer than its form in ة, that form is
 * seen with the article, and the stem takes no other pronoun («مسرحيه», «غنائيه», «استعجاليه» are «مسرحية», «غنائية»,
 * «استعجالية»: a nisba adjective takes no possessive). A noun or plural in ي that takes one
 * keeps it («محاميه» beside «محاميها», «منتجيه» beside «منتجيها»); a stem whose form in ة is
 * no noun seen with the article keeps it too («مصارعيه», «طفلتيه», «تلافيه»).
 */
function isNisbaWrittenHeh(table: StemTable, n: number, whole: number): boolean {
  if (n < 5 || raw[n - 2] !== YEH) return false;
  const noun = table.weight(folded, 0, n, TEH_MARBUTA);
  if (noun < 0 || ((noun >> 8) & 0xff) < MIN_NISBA_TEH_ARTICLE) return false;
  if (whole >= 0 && noun >> 16 < (whole >> 16) + NISBA_TEH_MARGIN) return false;
  // the stem with «ك», «ها» or «هم» (the word itself, in «ه», is no evidence; the look-up
  // past n replaces the letter there, so it reads nothing beyond the word)
  return table.weight(folded, 0, n, KAF) < 0 && table.weight(folded, 0, n + 1, ALEF) < 0 && table.weight(folded, 0, n + 1, MEEM) < 0;
}

/** How much more frequent (4 × log2: 16 times) a nisba in ة must be than the same word in «ه» the corpus knows (see isNisbaWrittenHeh). */
const NISBA_TEH_MARGIN = 16;

/** The article weight (4 × log2: seen some 16 times after «ال») of a nisba in ة for isNisbaWrittenHeh. */
const MIN_NISBA_TEH_ARTICLE = 16;

/**
 * True when after any proclitic reading of raw[0..n) without the article the final ه is a ة
 * (see isTehWrittenHeh), or when the whole word, `whole` its entry, is a nisba in ه (see
 * isNisbaWrittenHeh; not after a proclitic, where the base in ة would be unknown and the
 * proclitic lost: «وخيريه» stays و + «خيري» + ه).
 */
function tehWrittenHeh(table: StemTable, prefixes: number, n: number, whole: number): boolean {
  if (raw[n - 2] === ALEF || raw[n - 2] === WAW) return false; // «مجراه», «دعوه»: ى and وا before the pronoun
  for (let p = 0; p < prefixes; p++) {
    if (prefixArticle[p] === 0 && n - 1 - prefixEnd[p]! >= 3 && isTehWrittenHeh(table, prefixEnd[p]!, n - 1, n)) return true;
  }
  return isNisbaWrittenHeh(table, n, whole);
}

/** U+062D ARABIC LETTER HAH, of «وحد». */
const HAH = 0x062d;

/**
 * True when raw[stemStart..stemEnd) is «وحد» (alone) before pronoun `s` after proclitic `p`
 * (none, و ف, ل ب): «وحده», «وحدها», «وحدهم», «لوحدك» are «وحد» + the pronoun as the
 * treebanks write them. The corpus statistics cannot see it: «وحد» alone is mostly و + «حد»,
 * and «وحده» reads as «وحدة» with ه for ة (see isTehWrittenHeh), a word a hundred times as
 * frequent — yet «وحده» without the article is «alone» in news. Not before «ني», which only
 * the verb «وحّد» takes («وحّدني», he united me). «وحد» alone is kept whole (WHOLE_WORDS), so
 * the base is stable.
 */
function isAlone(p: number, s: number, stemStart: number, stemEnd: number): boolean {
  if (stemEnd - stemStart !== 3 || raw[stemStart] !== WAW || raw[stemStart + 1] !== HAH || raw[stemStart + 2] !== DAL) return false;
  const mid = prefixMid[p]!;
  return prefixArticle[p] === 0 && (mid === 0 || mid === LAM || mid === BEH) && PRONOUNS[s]!.form !== 'ني';
}

/**
 * True when «ال» + raw[start..n) is a form VIII verb (see isFormEightVerb) before an object
 * pronoun ه, «ها», «هم», «هما»: «التقطه», «التقتهم» are «التقط» + ه, «التقت» + هم, not the
 * article before a noun «تقطه». The verb without its pronoun keeps three letters or more and
 * ends in no alef (a perfect in ا is read with the pronoun only by isFormEightVerb itself).
 */
function isFormEightVerbWithObject(table: StemTable, start: number, n: number): boolean {
  for (let s = 0; s < PRONOUNS.length; s++) {
    if (!pronounAt(n, s) || !isFormTenObject(s)) continue;
    const end = n - PRONOUNS[s]!.codes.length;
    // (not before an alef: «التفاهم» is the article + «تفاهم», whatever «يلتف» shows)
    if (end - start >= 3 && raw[end - 1] !== ALEF && isFormEightVerb(table, start, end, table.weight(folded, start, end, -1))) return true;
    if (end - start === 3 && raw[end - 1] === ALEF && isDefectiveFormEightPerfect(table, start)) return true;
  }
  return false;
}

/**
 * (QA round 129) True when «ال» + raw[start..start + 3), «التCا», is the perfect of a form VIII
 * verb of a root in ل whose last radical is weak, written with alef before an object pronoun
 * («التقاه», «التقاها», «التقاهم»: «التقى» + the pronoun): the imperfect «يلتCي» is seen
 * MIN_IMPERFECT_WEIGHT or more («يلتقي»). Not «التفاهم» (the article + «تفاهم»: no «يلتفي»); a
 * perfect in ا of another root is left to isFormEightVerb, which asks no pronoun of it.
 */
function isDefectiveFormEightPerfect(table: StemTable, start: number): boolean {
  formEightVerb[0] = YEH;
  formEightVerb[1] = LAM;
  formEightVerb[2] = TEH;
  formEightVerb[3] = folded[start + 1]!;
  formEightVerb[4] = YEH;
  const w = table.weight(formEightVerb, 0, 5, -1);
  return w >= 0 && w >> 16 >= MIN_IMPERFECT_WEIGHT;
}

/** While true, `scoreAnalyses` skips the article before a stem in ت (see choose). */
let banFormEight = false;

/**
 * Scores every analysis of raw[0..n) and leaves the best in bestPrefix … bestPrepositionBase.
 * When the best reads «الت» as the article before a form VIII verb («التقى», see
 * isFormEightVerb), the word is scored again without that reading (a test made here, once per
 * word, rather than for every candidate).
 */
function choose(n: number): void {
  scoreAnalyses(n);
  const p = bestPrefix;
  if (prefixArticle[p] !== 1 || raw[prefixEnd[p]!] !== TEH) {
    // A form VIII noun + a pronoun after a proclitic that takes no article reading there
    // («لالتحاقه»: ل + the article is written «لل») or whose article reading lost to the whole
    // word («بالتزاماتهم», «والتقاطهم»): its «ال» is the stem's, so the pronoun is allowed.
    const k = formEightAfterProclitic(n);
    if (k < 0 || prefixEnd[p]! > k || !isFormEightNoun(lexicon(), k + 2, n)) return;
    banFormEight = true;
    scoreAnalyses(n);
    banFormEight = false;
    return;
  }
  const table = lexicon();
  const start = prefixEnd[p]!;
  if (!isFormEightVerb(table, start, n, table.weight(folded, start, n, -1)) && !isFormEightNoun(table, start, n) && !isFormEightVerbWithObject(table, start, n)) return;
  banFormEight = true;
  scoreAnalyses(n);
  banFormEight = false;
}

/**
 * Where «الت» begins in raw[0..n) after one or two proclitic letters (و ف, then ب ك ل) on a
 * word that ends in a pronoun (a form VIII noun with one, see choose), or -1.
 */
function formEightAfterProclitic(n: number): number {
  let k = 0;
  if (raw[0] === WAW || raw[0] === FEH) k = 1;
  if (raw[k] === BEH || raw[k] === KAF || raw[k] === LAM) k++;
  if (k === 0 || n - k < 7 || raw[k] !== ALEF || raw[k + 1] !== LAM || raw[k + 2] !== TEH) return -1;
  for (let s = 0; s < PRONOUNS.length; s++) if (pronounAt(n, s)) return k;
  return -1;
}

/** The scoring of {@link choose}. */
function scoreAnalyses(n: number): void {
  wholeLexical = -1;
  tailLexical = -1;
  const table = lexicon();
  const prefixes = prefixCandidates(n);

  // Best analysis so far; the whole word first.
  const whole = table.weight(folded, 0, n, -1);
  // An accusative ending: «فردا», «إعلانا» are «فرد», «إعلان» + the alef of tanween, and the
  // article evidence of «الفرد», «الإعلان» is theirs («الفردا» is never written).
  // The accusative ending (see accusativeNoun) and the و-words whose count after ب ك comes from
  // names (see afterWawIsClitic) are rare: looked at out of line, only when they may apply.
  let wholeArticle = articleBonus(whole);
  let wholePreposition = prepositionBonus(whole);
  let accusative = 0;
  if (raw[n - 1] === ALEF || (wholePreposition > 0 && raw[0] === WAW)) {
    accusative = wholeEvidence(table, n, whole, wholeArticle, wholePreposition);
    if (accusative > wholeArticle) wholeArticle = accusative;
    if (wawClitic) wholePreposition = 0;
  }
  let bestScore = whole < 0 ? UNKNOWN_WHOLE : (whole >> 16) + wholeArticle;
  const wholeScore = bestScore;
  // where a noun of PREPOSITIONAL_NOUNS may stand after ب («بمثابة», «وبواسطة»), or -1: asked
  // once per word, so that the candidates of other words skip the look-up
  const behAt = raw[0] === BEH ? 1 : n > 2 && (raw[0] === WAW || raw[0] === FEH) && raw[1] === BEH ? 2 : -1;
  const behNoun = behAt > 0 && (raw[behAt] === MEEM || raw[behAt] === WAW || raw[behAt] === REH) ? behAt : -1;
  bestPrefix = 0;
  bestSuffix = -1;
  bestLast = -1;
  bestPrepositionBase = false;

  // whether the final ه is a ة (see isTehWrittenHeh): 0 not yet asked, 1 no, 2 yes
  let tehAsHeh = 0;

  for (let s = -1; s < PRONOUNS.length; s++) {
    let stemEnd = n;
    let suffixBonus = 0;
    if (s >= 0) {
      if (!pronounAt(n, s)) continue;
      stemEnd = n - PRONOUNS[s]!.codes.length;
      suffixBonus = PRONOUNS[s]!.bonus;
    }
    for (let p = 0; p < prefixes; p++) {
      if (banConjunction && prefixConj[p] !== 0) continue;
      if (
        requireProclitic &&
        (s !== requiredSuffix || p === 0 || (requiredConj !== 0 && (prefixConj[p] !== requiredConj || (prefixMid[p] === 0 && prefixArticle[p] === 0) !== requiredConjOnly)))
      ) {
        continue;
      }
      const stemStart = prefixEnd[p]!;
      const stemLength = stemEnd - stemStart;
      if (s >= 0) {
        if (prefixArticle[p] !== 0) continue; // no pronoun after the article
        if (stemLength === 1 && prefixMid[p] === 0 && stemStart <= 1) {
          // «به» «لها» «وبهم»: the preposition itself is the base.
          const c = raw[stemStart]!;
          const form = PRONOUNS[s]!.form;
          // «لكن» is a word, and «بي» mostly the letter name in «بي بي سي».
          // After a conjunction, a whole seen with the article is a noun: «ولي» (as in «ولي
          // العهد», seen as «الولي») is no و + ل + ي.
          const noun = stemStart === 1 && wholeArticle > 0;
          // A preposition takes «ي», never the verbal «ني»: «بني» is «بني» (sons of), not ب + ني.
          if ((c === BEH || c === LAM) && form !== 'ني' && !(c === LAM && form === 'كن') && !(c === BEH && form === 'ي' && n === 2) && !noun) {
            bestScore = keepIfBetter(PREPOSITION_BASE_WEIGHT + prefixBonus[p]! + suffixBonus, bestScore, p, s, -1, true);
          } else if ((c === MEEM || c === AIN) && form === 'نا' && !noun) {
            // «منا», «عنا»: «من», «عن» + «نا» with the two nuns written as one (منّا); the base
            // is the letter before them, its form the preposition.
            bestScore = keepIfBetter(PREPOSITION_BASE_WEIGHT + prefixBonus[p]! + suffixBonus, bestScore, p, s, APPEND_NOON, false);
          }
          continue;
        }
      }
      // «وحده», «وحدها», «لوحدهم»: the noun «وحد» (alone) before its pronoun (see isAlone)
      if (s >= 0 && isAlone(p, s, stemStart, stemEnd)) {
        bestScore = keepIfBetter(PREPOSITION_BASE_WEIGHT + prefixBonus[p]! + suffixBonus, bestScore, p, s, -1, false);
        continue;
      }
      if (stemLength < 2) continue;
      if (p === 0 && s < 0) continue; // the whole word, scored above
      if (stemLength <= 3 && prefixArticle[p] === 0 && isPrepositionAfterPreposition(prefixMid[p]!, stemStart, stemEnd)) continue;
      if (prefixArticle[p] !== 0 && isWholeWithArticle(stemStart, stemEnd)) continue;
      // An unknown stem after the article that begins with ب or ل (alone or after و ف) before an
      // alef with a hamza: alone such letters read as a preposition + a word (hamzaAfterPreposition
      // below), which no article comes before, so the base would not read alone as it does here
      // («والفبإءءه», drawn by the property tests).
      if (prefixArticle[p] !== 0 && prepositionBeforeHamza(stemStart, stemEnd) && table.weight(folded, stemStart, stemEnd, -1) < 0) continue;
      if (stemLength === 2 && raw[stemStart] === ALEF && raw[stemStart + 1] === LAM) continue; // «ال» alone
      // a split that wins over the whole word (see isCertainSplit)
      const head = raw[stemStart]!;
      // a split of a word the corpus never showed, by its shape alone (see isUnknownWithArticle,
      // isUnknownAfterWaw, isUnknownPluralVerb, isUnknownFutureVerb): it takes the whole word's
      // place, and at least its score
      const unknownArticle = whole < 0 && s < 0 && isUnknownWithArticle(p, stemStart, stemEnd);
      const unknownWaw =
        whole < 0 && s < 0 && !unknownArticle && (isUnknownAfterWaw(table, p, stemStart, stemEnd) || isUnknownAfterLam(table, p, stemStart, stemEnd));
      const unknownVerb =
        whole < 0 && s < 0 && !unknownArticle && !unknownWaw && (isUnknownPluralVerb(p, stemStart, stemEnd) || isUnknownFutureVerb(table, p, stemStart, stemEnd) || isUnknownDualVerb(table, p, stemStart, stemEnd) || isDerivedPluralVerb(p, stemStart, stemEnd));
      const unknownSplit = unknownArticle || unknownWaw || unknownVerb;
      // …and a dual verb after و ف س that the corpus knows whole but its singular far better
      const knownDual = !unknownSplit && s < 0 && whole >= 0 && isKnownDualVerb(table, p, stemStart, stemEnd, whole);
      // a perfect of «أنتم» before its object, whose «تم» takes a linking «و» (see isPerfectPluralYou)
      const pluralYou = s >= 0 && raw[stemEnd - 1] === WAW && isPerfectPluralYou(s, stemStart, stemEnd);
      // (after a proclitic, only before three letters or more: «وجدتموها» is no و + «جدتمو»)
      if (pluralYou && p !== 0 && stemLength < 6) continue;
      // ب before a noun of a set phrase (see PREPOSITIONAL_NOUNS)
      const prepositionalNoun = stemStart === behNoun && prefixMid[p] === BEH && prefixArticle[p] === 0 && isPrepositionalNoun(stemStart, stemEnd);
      // ب ل before a verbal noun of form III (see isFormThreeVerbalNoun)
      const formThreeNoun =
        (prefixMid[p] === BEH || prefixMid[p] === LAM) &&
        prefixArticle[p] === 0 &&
        stemStart === (prefixConj[p] !== 0 ? 2 : 1) &&
        raw[stemStart] === MEEM &&
        isFormThreeVerbalNoun(stemStart, stemEnd, s >= 0);
      // ب ل before a verbal noun of form VI (see isFormSixVerbalNoun), even where the corpus
      // knows the whole word better than the noun («لتلافي») or knows neither («بتناقل»): hardly
      // a word begins «بت», «لت» with such a shape but these. Only with an object pronoun
      // behind (ه «ها» «هم» «هما»: «لتخاذلهم»), never ي; left whole: a word the corpus shows
      // with the article («لتواني», Lithuanian), one it knows well as a word of its own (see
      // isFrequentLexical), and any word whose stem it never showed («بتراند» may be a name)
      const formSix =
        (prefixMid[p] === BEH || prefixMid[p] === LAM) &&
        prefixArticle[p] === 0 &&
        stemStart === (prefixConj[p] !== 0 ? 2 : 1) &&
        raw[stemStart] === TEH &&
        wholeArticle === 0 &&
        (s < 0 || isFormTenObject(s)) &&
        isFormSixVerbalNoun(stemStart, stemEnd) &&
        table.weight(folded, stemStart, stemEnd, -1) >= 0 &&
        !isFrequentLexical(n);
      // ب ل before a verbal noun of form II, تفعيل (see isFormTwoVerbalNoun), on the same terms
      // as formSix: the corpus knows the whole word better than the noun where the noun keeps to
      // a set phrase after ل («لتحفيظ القرآن»); hardly a word begins «بت», «لت» with such a shape
      const formTwo =
        stemLength === 5 &&
        raw[stemStart] === TEH &&
        raw[stemStart + 3] === YEH &&
        (prefixMid[p] === BEH || prefixMid[p] === LAM) &&
        prefixArticle[p] === 0 &&
        stemStart === (prefixConj[p] !== 0 ? 2 : 1) &&
        wholeArticle === 0 &&
        (s < 0 || isFormTenObject(s)) &&
        isFormTwoVerbalNoun(stemStart, stemEnd) &&
        table.weight(folded, stemStart, stemEnd, -1) >= 0 &&
        !isFrequentLexical(n);
      // و ف before a perfect verb of form VI, تفاعل (see isFormSixPerfect), even where the corpus
      // knows the whole word better than the verb («وتصافحا», «فتهاوت»): hardly a word begins
      // «وت», «فت» with such a shape but these. Only with an object pronoun behind (ه «ها» «هم»
      // «هما»), and only when the corpus knows the bare verb تفاعل and never showed the whole
      // word with the article; a word it knows well as a word of its own stays whole
      const formSixVerb =
        stemStart === 1 &&
        raw[1] === TEH &&
        prefixConj[p] !== 0 &&
        prefixMid[p] === 0 &&
        prefixArticle[p] === 0 &&
        wholeArticle === 0 &&
        (s < 0 || isFormTenObject(s)) &&
        isFormSixPerfect(stemStart, stemEnd, s >= 0) &&
        table.weight(folded, 1, 6, -1) >= 0 &&
        !isFrequentLexical(n);
      // و ف before a verb or verbal noun of form X, استفعل: no Arabic word begins «واست», «فاست»
      // with a radical و ف, so the conjunction splits even where the corpus knows the whole
      // word better than the bare stem («واستطرد», «فاستجاب»); foreign names so spelled are
      // longer («فاسترغوتلاند») or shorter («فاست»). A word that ends like a pronoun splits only
      // with it, and only with one of the object pronouns («فاستأذنه» ف + «استأذن» + ه); before ي
      // the stem may be a nisba adjective («واستثنائي»), left to the scoring
      const formTen =
        stemStart === 1 &&
        raw[2] === SEEN &&
        raw[1] === ALEF &&
        raw[3] === TEH &&
        stemLength >= 5 &&
        stemLength <= 9 &&
        prefixConj[p] !== 0 &&
        prefixMid[p] === 0 &&
        prefixArticle[p] === 0 &&
        // (a plural «…وا» before its object is left to isPluralPerfect, which restores its alef)
        (s < 0 ? !endsInPronoun(n) : isFormTenObject(s) && raw[stemEnd - 1] !== WAW);
      const certain =
        pluralYou ||
        prepositionalNoun ||
        formThreeNoun ||
        formSix ||
        formTwo ||
        formSixVerb ||
        formTen ||
        (stemLength >= 3 && p !== 0 && (head === ALEF || isHamzaAlef(head)) && isCertainSplit(p, stemStart, stemEnd, wholeArticle)) ||
        (stemLength >= 5 && isFormFourNoun(table, p, stemStart, stemEnd)) ||
        unknownSplit ||
        knownDual ||
        (s < 0 && whole >= 0 && (whole & 0xffff) === 0 && isSeenArticleSplit(table, p, stemStart, stemEnd));
      if (p === 0 && stemLength >= 3 && isCompoundStart()) continue;
      // a verb after و ف written without its hamza: «واكد» (see isBareHamzaVerb)
      let bareHamza = raw[stemStart] === ALEF && isBareHamzaVerb(table, p, stemStart, stemEnd, wholeArticle);
      // …and a noun so written before a pronoun: «واشهرها» (see isBareHamzaNoun)
      const bareHamzaNoun = !bareHamza && raw[stemStart] === ALEF && isBareHamzaNoun(table, p, s, stemStart, stemEnd, n);
      // A proclitic before a short stem with a bare initial alef is mostly a foreign name
      // («لاري», «فانس», «باخا»): Arabic stems there are written with hamza («لأن»),
      // but for the particles and elatives of isBareHamzaParticle («وايضا», «باحدى»).
      if (
        p !== 0 &&
        prefixArticle[p] === 0 &&
        raw[stemStart] === ALEF &&
        raw[stemStart + 1] !== LAM &&
        stemLength <= 4 &&
        !isWaslaStem(stemStart, stemEnd) &&
        !(prefixMid[p] === 0 && isWaslaVerb(table, stemStart, stemEnd)) &&
        !bareHamza &&
        !bareHamzaNoun &&
        !isBareHamzaParticle(p, stemStart, stemEnd)
      ) {
        continue;
      }
      if (s >= 0 && !suffixAllowed(table, s, stemStart, stemEnd, n)) continue;
      // ه after a stem that, with ة in its place, is a noun at least 32 times as frequent is that
      // ة written as ه, not a pronoun: «حريه», «جزيره», «لدرجه» are «حرية», «جزيرة», ل + «درجة»
      // (the word keeps its spelling), while «كتابه», «سنه», «أصابه» still take the pronoun.
      // (asked after every proclitic reading: «كنيسه» is no ك + «نيس» + ه either)
      if (s === HEH_PRONOUN) {
        if (tehAsHeh === 0) tehAsHeh = tehWrittenHeh(table, prefixes, n, whole) ? 2 : 1;
        if (tehAsHeh === 2) continue;
      }
      if (prefixElided[p] === 1 && s >= 0) continue; // a relative pronoun takes no pronoun
      let entry = prefixElided[p] === 1 ? elidedWeight(table, stemStart, stemEnd) : table.weight(folded, stemStart, stemEnd, -1);
      let score = stemWeight(entry, stemLength);
      if (entry < 0 && whole < 0 && prefixArticle[p] !== 0 && s < 0) {
        // An unknown word after the article: its stem may be a known noun with a plural,
        // dual or feminine ending the corpus never showed it with («المبادرون» → «مبادر»).
        const bare = inflectedNoun(table, stemStart, stemEnd);
        if (bare > 0) score = bare - INFLECTED_PENALTY;
      }
      let construct = false;
      if ((entry < 0 || entry >> 16 < MIN_STEM_AFTER_UNKNOWN) && p !== 0 && prefixArticle[p] === 0 && prefixMid[p] !== SEEN && s < 0) {
        // (QA round 121) …and a rare feminine dual after a proclitic is scored by its singular
        // in ة, as a construct plural is by its plural, and passes as a known noun: «بصفقتين»,
        // «برصاصتين», «وبطاريتان» (see rareDualSingular)
        const single = rareDualSingular(table, p, whole, stemStart, stemEnd);
        if (single >= 0) {
          score = Math.max(score, stemWeight(single, stemLength) - INFLECTED_PENALTY);
          entry = constructEntry(entry, single);
          construct = true;
        }
      }
      let last = -1;
      let restored = false;
      let fiveNoun = false;
      let pluralObject = false;
      if (s >= 0) {
        // The stem's last letter may be written differently before a suffix.
        const final = raw[stemEnd - 1]!;
        fiveNoun = stemLength === 3 && isFiveNoun(stemStart, s);
        const alternative =
          fiveNoun ? -1
          : final === TEH ? TEH_MARBUTA : final === ALEF ? YEH : final === WAW_HAMZA || final === YEH_HAMZA ? HAMZA : -1;
        if (alternative >= 0) {
          const stemEntry = entry;
          const other = table.weight(folded, stemStart, stemEnd, alternative);
          const w = stemWeight(other, stemLength);
          // «ات» before a pronoun is the plural when the corpus knows it: the noun in «اة» must be
          // more than twice as frequent to take its place («جناته» is «جنات» + ه, his gardens, not
          // «جناة»; «حياته», «صلاته» are «حياة», «صلاة» + ه)
          const plural = final === TEH && raw[stemEnd - 2] === ALEF && entry >= 0 ? PLURAL_AT_MARGIN : 0;
          // (a noun in ى takes no «ني», the object of a verb: «كافاني» is no «كافي» + ني; nor does
          // a noun in ة (QA round 83): «شدتني», «فكرتني» are the verbs «شدت», «فكرت» + ني, not
          // «شدة», «فكرة» + ني)
          if (w > score + plural && !(final === ALEF && s === NI_PRONOUN && articleBonus(other) >= MAX_ARTICLE_BONUS) && !(final === TEH && s === NI_PRONOUN) && !(final === TEH && rawIsOneOf(TEH_VERBS, stemStart, stemEnd))) {
            score = w;
            entry = other;
            // …but a form IV verb keeps its ت, scored as before: the folded counts of its noun
            // (and of the whole word) are mostly those of its verbal noun in «إ» (see
            // isFormFourPerfect), so only the form changes: «أصابته» is «أصابت» + ه
            last = final === TEH && prefixMid[p] === 0 && isFormFourPerfect(table, stemEntry, stemStart, stemEnd) ? KEEP_TEH : final === ALEF ? ALEF_MAKSURA : alternative;
            // …and a noun's dual keeps its ا before a pronoun, scored as before: the folded
            // counts of «عيني», «والدي» are those of my eye, my father (see isDualConstruct)
            if (final === ALEF && isDualConstruct(table, stemStart, stemEnd)) last = -1;
            // …and so does a perfect verb with «نا», we: the folded counts of «أردني», «أرسلني»
            // are those of Jordanian, send me (see perfectWe)
            else if (final === ALEF && perfectWe(table, stemStart, stemEnd) >= 0) last = -1;
          } else if (final === ALEF && isFormFourMaksura(other, p, stemStart, stemEnd)) {
            // A form IV perfect in ى keeps its score but not its alef: «أغراه», «أبداه» are
            // «أغرى», «أبدى» + ه, though «أبدا» (never) outnumbers «أبدى» (see isFormFourMaksura)
            last = ALEF_MAKSURA;
          } else if (final === TEH && ((stemEntry >> 8) & 0xff) === 0 && isNounBeforePronoun(other, p, s, stemStart, stemEnd)) {
            // …and a stem in ت that a more frequent verb outscored is still the noun in ة
            // where no verb can stand (see isNounBeforePronoun); scored as before, so only
            // the form changes: «بإفادتها» is ب + «إفادة» + ها, «باستطاعته» ب + «استطاعة» + ه
            // (the pronoun's own tests still see a verb: «سبورتي», a name, stays whole)
            last = TEH_MARBUTA;
            restored = true;
          }
          // …and so is a verbal noun of form III, whatever the counts: «لمعاندتهم» is ل +
          // «معاندة» + هم (see isFormThreeVerbalNoun)
          if (formThreeNoun && final === TEH && last < 0 && raw[stemEnd - 2] !== ALEF) {
            last = TEH_MARBUTA;
            restored = true;
          }
        } else if (final === ALEF_MADDA && isMaddaPerfect(table, stemStart, stemEnd)) {
          // (QA round 89) A perfect in «أى» writes its hamza and alef as «آ» before a pronoun:
          // «رآه», «رآها», «فرآهم» are «رأى» + the pronoun, he saw him, her, them; scored as the
          // verb (see isMaddaPerfect)
          const other = table.weight(folded, stemStart, stemEnd + 1, YEH);
          score = Math.max(score, stemWeight(other, stemLength));
          entry = other;
          last = MADDA_MAKSURA;
        } else if (final === YEH && PRONOUNS[s]!.third && stemLength >= MIN_CONSTRUCT_PLURAL_STEM) {
          // A sound plural in «ين» drops its ن before a pronoun: «منافسيه» is «منافسي» + ه,
          // his rivals. The construct «منافسي» is rarer on its own than the word with the
          // pronoun, so it is scored by its plural «منافسين» (see constructPlural), whose
          // article evidence is its own. A nisba's plural in «ييه» («أساسييه», his key players)
          // only in a word the corpus never showed: the known ones are French names in -ier
          // («كورييه», «ديدييه»).
          const plural = raw[stemEnd - 2] === YEH && whole >= 0 ? -1 : constructPlural(table, stemStart, stemEnd);
          if (plural >= 0) {
            score = Math.max(score, stemWeight(plural, stemLength) - INFLECTED_PENALTY);
            entry = constructEntry(entry, plural);
            // (QA round 76) before «ها», «هم», «هما», «هن» no nisba's «ية» can hide in the «يه»;
            // (QA round 84) nor before ه when the stem + ة is no noun the corpus shows with the
            // article, the plural or dual in «ين» itself is seen with the article and the stem
            // ends in no «يي»: «معاونيه», «زوجتيه» are «معاوني», «زوجتي» + ه, while «مواليه» may
            // be «موالية» written with ه (see isFeminineNisba), and «سوسيتيه», «فورييه» are names
            // (after و ف the word stays as before: «ومعاونيه» is و + «معاونيه»)
            construct = s !== HEH_PRONOUN || (raw[stemEnd - 2] !== YEH && pluralWithNoon(table, stemStart, stemEnd) >= 0 && !isFeminineNisba(table, stemStart, stemEnd));
          }
        } else if (final === YEH && s === NA_PRONOUN && isConstructPlural(stemStart, stemEnd) && hasNounSingular(table, stemStart, stemEnd)) {
          // (QA round 68) …and so is one before «نا», our, when isConstructPlural proves it,
          // scored by its form in «ين»: after a proclitic («لمزارعينا», «بمتطوعينا») the bare
          // construct is too rare to pass as a noun, and a nisba's («سياسيينا», «مدنيينا») too
          // rare to outscore the whole word. Its singular must be a noun seen with the article
          // too (see hasNounSingular): «بروتينا» (a protein) is no «بروتي» + نا by «بروتون».
          const after = folded[stemEnd]!;
          folded[stemEnd] = NOON;
          const plural = table.weight(folded, stemStart, stemEnd + 1, -1);
          folded[stemEnd] = after;
          score = Math.max(score, stemWeight(plural, stemLength) - INFLECTED_PENALTY);
          entry = constructEntry(entry, plural);
        } else if (pluralYou) {
          // scored as the verb without its «و» («سمعتم») when the corpus knows it, and at least
          // as a split by shape (see UNKNOWN_WHOLE); a proclitic before a verb of three letters
          // or more is likelier than a fourth radical و ف («فوجدتموه» is ف + «وجدتمو» + ه)
          score = Math.max(score, stemWeight(table.weight(folded, stemStart, stemEnd - 1, -1), stemLength), UNKNOWN_WHOLE + 1);
          if (p !== 0) score -= PENALTY_STACKED;
          last = DROP_WAW;
        } else if (final === WAW && stemLength >= 3 && articleBonus(entry) === 0 && !fiveNoun) {
          // A verb ending in the plural «وا» drops its alef before a pronoun: «أخبروه» is
          // «أخبروا» + «ه», «يشاهدوها» «يشاهدوا» + «ها» (not a noun in و: «نموه», «عدوها»).
          const other = table.weight(folded, stemStart, stemEnd + 1, ALEF);
          const w = stemWeight(other, stemLength);
          if (w > score && articleBonus(other) === 0) {
            score = w;
            entry = other;
            last = APPEND_ALEF;
            pluralObject = isPluralPerfect(table, stemStart, stemEnd);
          } else if ((other < 0 || articleBonus(other) === 0) && isPluralPerfect(table, stemStart, stemEnd)) {
            // …and the form is the verb's where its perfect is known, scored as before: the
            // corpus writes «سألوه» more often than «سألوا», it is «سألوا» + ه all the same
            // (and «نصحوه» is «نصحوا» + ه though the corpus never showed «نصحوا» alone)
            last = APPEND_ALEF;
            pluralObject = true;
          } else if (other < 0 && whole < 0 && entry < 0 && PRONOUNS[s]!.third) {
            // …and an imperfect plural whose «وا» form the corpus never showed is known by its
            // indicative in «ون» (see pluralImperfectObject): «يقنعوه» is «يقنعوا» + ه. A
            // third-person object only: before «نا» the «ون» may be a singular's («يتعاونا» is
            // the dual of «يتعاون», no «يتعاوا» + نا).
            const indicative = pluralImperfectObject(table, stemStart, stemEnd);
            if (indicative >= 0) {
              // (the whole word is unknown: the verb's shape with a known indicative outranks it,
              // as a split by shape does — see UNKNOWN_WHOLE)
              score = Math.max(score, stemWeight(indicative, stemLength) - INFLECTED_PENALTY, UNKNOWN_WHOLE + 1);
              entry = indicative;
              last = APPEND_ALEF;
            }
          }
          if (last < 0 && PRONOUNS[s]!.third && stemLength >= MIN_CONSTRUCT_PLURAL_STEM) {
            // (QA round 76) …and a sound plural in «ون» drops its ن before a pronoun as the one
            // in «ين» does: «مساعدوه», «معلموها» are «مساعدو», «معلمو» + the pronoun, his aides,
            // its teachers (see nominativeConstruct), scored by the plural and outranking the
            // whole word the corpus never shows with the article, as a plural perfect does
            const plural = nominativeConstruct(table, stemStart, stemEnd);
            if (plural >= 0) {
              score = Math.max(score, stemWeight(plural, stemLength) - INFLECTED_PENALTY);
              entry = constructEntry(entry, plural);
              construct = true;
            }
          }
        }
      }
      // (QA round 68) An imperfect of «we» or «I» before its object, in a word and stem the
      // corpus never showed, is the verb whose «he» form it knows as a verb: «نحفظه» (we keep
      // it), «نطعمهم», «أخلعه» as «يحفظه», «يطعمهم», «يخلعه» are (see firstPersonVerb); it wins
      // by its shape, as a split of an unknown word does (see UNKNOWN_WHOLE), alone, after و ف
      // («ونبرزهم»), ل («لندفنه») or the future س («سنطعمهم»).
      let firstPerson = false;
      if (s >= 0 && whole < 0 && entry < 0 && (prefixMid[p] === 0 || prefixMid[p] === LAM || prefixMid[p] === SEEN) && prefixArticle[p] === 0 && (PRONOUNS[s]!.third || s === KUM_PRONOUN) && firstPersonVerb(table, stemStart, stemEnd)) {
        score = Math.max(score, UNKNOWN_WHOLE + 1);
        firstPerson = true;
      }
      // (QA round 69) A defective form IV perfect in ت or «وا» before its object, in a stem the
      // corpus never showed, is the verb whose imperfect «يسمي» it knows (see defectiveFormFour):
      // «أسمته», «أسمتها» (she named him, her), «أسموها», «أهدوها» (a stem in ت that only a rare
      // «أسمة» never seen with the article read as a noun keeps its ت); it outranks the whole word
      // the corpus never shows with the article, as a plural perfect does (see isPluralPerfect).
      // (QA round 70) The same for a sound or hollow form IV perfect of five letters, whose
      // verbal noun «إفعال» the corpus knows (see soundFormFour): «أبعدته», «أنصفته», «أعتقته»,
      // «ألصقوه», «أفرغوها», «أبادوهم».
      const nounless = entry < 0 || ((last === TEH_MARBUTA || (stemLength === 5 && last < 0)) && ((entry >> 8) & 0xff) === 0);
      const formFourObject =
        s >= 0 &&
        nounless &&
        PRONOUNS[s]!.third &&
        prefixMid[p] === 0 &&
        prefixArticle[p] === 0 &&
        (whole < 0 || ((whole >> 8) & 0xff) === 0) &&
        (stemLength === 4 ? defectiveFormFour(table, stemStart, stemEnd) : stemLength === 5 && soundFormFour(table, stemStart, stemEnd));
      if (formFourObject) {
        if (raw[stemEnd - 1] === WAW) last = APPEND_ALEF;
        else if (last === TEH_MARBUTA) last = KEEP_TEH;
        score = Math.max(score, UNKNOWN_WHOLE + 1);
      }
      // A plural perfect before its object (see below) — a third-person one only: names end in
      // «وي», «وني», «وك» («ماراوي», «ماركوني»); not a stem in إ, which no perfect begins with
      // («إنيوه» is a name); not a stem that begins with و ف, whose reading with the
      // conjunction is scored on its own: «ونصحوه» is و + «نصحوا» + ه, not «ونصحوا» + ه.
      if (pluralObject && (!PRONOUNS[s]!.third || raw[stemStart] === WAW || raw[stemStart] === FEH || raw[stemStart] === ALEF_HAMZA_BELOW)) {
        pluralObject = false;
      }
      // A preposition is not split off a perfect verb with «نا» before its object when that verb
      // outscores the remainder: «بدأناها» is «بدأنا» + ها, we began it, not ب + «دانى» + ها
      // (while «لمعناه» stays ل + «معنى» + ه: «لمعت» is rarer than «معنى»)
      if (s >= 0 && prefixMid[p] !== 0 && prefixMid[p] !== SEEN && prefixArticle[p] === 0 && raw[stemEnd - 1] === ALEF && perfectWe(table, stemStart - 1, stemEnd) >> 16 >= score) continue;
      if (s >= 0 && !pluralYou && !suffixFits(s, entry, stemStart, stemLength, whole, p, restored ? -1 : last)) continue;
      if (s === HA_PRONOUN && last < 0 && isAccusativeInHeh(table, entry, stemStart, stemEnd)) continue;
      // (QA round 73) A known word in «ها», «هم», «هما», never seen with the article, whose stem
      // the corpus shows with another of these pronouns is that stem + the pronoun, however
      // rarely the stem stands alone: news writes «مفادها», «برمتها», «نظيرتها», «تخللها»,
      // «جاورها» mostly with one pronoun, yet «مفاده», «برمته», «نظيرته», «تخلله», «جاوره» are
      // written too (see sisterPronoun). The same after و ف and the future س: «ومفادها»,
      // «وتخللها», «ستتخللها». It takes the place of the word (or of the proclitic + the rest)
      // read whole, and of nothing else; its stem passes as a rare one.
      const sister =
        s >= 0 && bestPrefix === p && bestSuffix < 0 && prefixArticle[p] === 0 && (prefixMid[p] === 0 || prefixMid[p] === SEEN) && sisterPronoun(table, s, entry, last, stemStart, stemEnd, n);
      // (a doubled verb before its object is a verb of narrative, which و joins at any rate:
      // «وحثهم», and he urged them; see isDoubledVerbObject — but for a stem seen with the
      // article an eighth of the time or more, a noun as much as a verb: «وحده», alone)
      if (
        s >= 0 &&
        stemLength === 2 &&
        prefixArticle[p] === 0 &&
        prefixMid[p] === 0 &&
        prefixConj[p] !== 0 &&
        !conjunctionRate(table, n, whole) &&
        !(prefixConj[p] === WAW && articleBonus(entry) <= MAX_VERB_ARTICLE_BONUS && isDoubledVerbObject(table, s, entry, stemStart, n))
      ) {
        continue;
      }
      if ((last === ALEF_MAKSURA || accusative > 0 || prefixArticle[p] !== 0) && vetoed(p, s, entry, stemStart, n, last, accusative)) continue;
      if (p !== 0) {
        const noun = articleBonus(entry) > 0;
        // After the article a two-letter stem must be a noun («الدم», «اليد»), not «ما», «مر»;
        // nor one whose article form is a relative pronoun with the dot of ذ dropped («الدي»).
        if (prefixArticle[p] !== 0 && stemLength === 2 && (!noun || isDotlessRelative(stemStart, stemEnd))) continue;
        if (prefixArticle[p] === 0) {
          // Without it, a stem that still begins with «ال» needs two more letters («والت»), but
          // for «إلى», «إلا» written without their hamza («والى», «والا»: isBareHamzaParticle).
          if (raw[stemStart] === ALEF && raw[stemStart + 1] === LAM && stemLength < 4 && !isBareHamzaParticle(p, stemStart, stemEnd)) continue;
          // A two-letter stem after و ف ب ك ل س must be a common word («وهو», «فقد», «بما»).
          // (a two-letter noun before ه ها هم, unless the proclitic and stem are a common word
          // themselves: «وجده» is «وجد» + ه, though «جده» is a noun + ه)
          if (
            stemLength === 2 &&
            (entry < 0 || entry >> 16 < (s >= 0 && !isCommonWord(table, stemEnd) ? shortStemLeast(table, s, entry, stemStart, n) : MIN_SHORT_STEM)) &&
            !isDoubledVerb(p, s, entry, whole) &&
            !isDoubledVerbalNoun(table, p, s, entry, whole, stemStart) &&
            !(s >= 0 && prefixMid[p] === 0 && isDoubledVerbObject(table, s, entry, stemStart, n))
          ) {
            continue;
          }
          // A rare stem that is no noun is more likely the tail of a name («لياو», «سيغور») —
          // but for و before a stem the corpus knows, in a word it never showed: a conjunction
          // before a rare verb, adjective or name («واحتار», «ومتناغما», «وجاسبر»; see
          // isKnownAfterWaw).
          if (
            !noun &&
            (entry < 0 || entry >> 16 < MIN_RARE_STEM) &&
            !certain &&
            !isRareVerb(p, entry, stemStart, stemLength, whole, last) &&
            !isRarePluralVerb(p, entry, stemStart, stemEnd, last) &&
            !pluralObject &&
            !isKnownAfterWaw(p, entry, stemLength, whole) &&
            !firstPerson &&
            !formFourObject &&
            !sister &&
            !isNarrativeWawVerb(p, s, entry, whole, stemStart, stemEnd)
          ) {
            continue;
          }
          // (QA round 67) ف before such a verb in a word the corpus never showed is split by
          // its shape, as و is by its bonus (see UNKNOWN_WHOLE): «فيمنحون», «فتخمد»
          if (whole < 0 && prefixConj[p] === FEH && prefixMid[p] === 0 && isRareVerb(p, entry, stemStart, stemLength, whole, last)) score = Math.max(score, UNKNOWN_WHOLE + 1);
        }
      }
      const mid = prefixMid[p]!;
      // a preposition takes no «إلى» + pronoun, with or without the article's reading of its
      // alef and lam: «كاليه» (Calais) is no ك + «إليه», nor ك + ال + «يه»
      if (mid !== 0 && mid !== SEEN && s < 0 && prefixArticle[p] !== 2 && isIlaWithPronoun(prefixArticle[p] === 1 ? stemStart - 2 : stemStart, stemEnd)) continue;
      // (QA round 107) ك before a stem in ي takes a noun seen with the article, of three letters or
      // more («كيوم», «كيمين»): an imperfect verb («كيدير», «كينس») or a name («كيونج», «كيمت»)
      // keeps its ك, and so does «كيد» (plot) before a pronoun, which «يد» (hand) would take
      // («رد الله كيدهم»); see isKafBeforeYeh.
      // (QA round 125) …nor before a stem of three letters in ت when ك + the stem is a perfect
      // verb of a root in ك: «كسبت» (she won), «كسبته», «وكسبت» are no ك + «سبت» (see isKafPerfect)
      if (mid === KAF && prefixArticle[p] === 0 && (isKafBeforeYeh(entry, stemStart, stemLength) || isKafPerfect(table, stemStart, stemLength))) continue;
      // …nor ف ك before a name of three letters in «اي» that is seen with the article rarely
      // («فلاي دبي», «نهر كواي», «حليم فداي»); «كرأي» written «كراي» (as an opinion) and «كشاي»
      // keep their ك: see isNameInAy.
      if ((mid === KAF || (mid === 0 && prefixConj[p] === FEH)) && prefixArticle[p] === 0 && s < 0 && isNameInAy(entry, stemStart, stemLength)) continue;
      // ف is not split off a stem the corpus writes with the article only (its count after «ال»
      // all of its evidence) in a word it knows whole: «فيمن» is «في» + «من», not ف + «يمن»
      // («اليمن»); «فتى» is no ف + «تى». (و joins such nouns in lists: «وعالم», «وإسلام».)
      if (mid === 0 && prefixArticle[p] === 0 && prefixConj[p] === FEH && whole >= 0 && entry >= 0 && entry >> 16 >= MIN_FREE_STEM && ((entry >> 8) & 0xff) >= entry >> 16) continue;
      // …nor و, when the whole word takes the article itself: «الوجيزة» is written, «الوجيزة»
      // cannot be ال + و + noun, so «وجيزة» (brief) is an adjective of its own, not و + «جيزة»
      // (Giza, written «الجيزة» only). (The lists' «وعالم», «وإسلام» are never seen so.)
      if (mid === 0 && prefixArticle[p] === 0 && prefixConj[p] === WAW && whole >= 0 && ((whole >> 8) & 0xff) >= MIN_WHOLE_ARTICLE_WAW && entry >= 0 && entry >> 16 >= MIN_FREE_STEM && ((entry >> 8) & 0xff) >= entry >> 16) continue;
      // …nor before a noun in ة + a pronoun when the whole word is seen at least a quarter as
      // often as that word without the و: a conjunction joins a noun far less often than it
      // stands alone («وقيمته» is seen a twenty-seventh as often as «قيمته»), so there the و is
      // the first radical of a verb in ت + its object: «وصفتها» (she described it) is «وصفت» +
      // ها, not و + «صفة» + ها; «وثقتها» is «وثقت» + ها (see isRadicalWaw).
      if (mid === 0 && prefixArticle[p] === 0 && prefixConj[p] === WAW && s >= 0 && last === TEH_MARBUTA && isRadicalWaw(table, n, whole, stemEnd)) continue;
      // The future particle takes a verb: not a stem seen with «ال» a quarter of the time or
      // more, a noun («سيغور» is no س + «يغور», which is seen as «اليغور»).
      if (mid === SEEN && !unknownVerb && articleBonus(entry) >= MAX_ARTICLE_BONUS && !isVerbalNoun(entry, stemStart, stemEnd)) continue;
      // An imperfect in «أل» has four letters («سألعب») but for a weak final: «سألت», «سأله»
      // are the verb «سأل» (asked), not س + «ألت» (whose look-up, folded, is that of «الت»).
      if (mid === SEEN && stemLength === 3 && raw[stemStart] === ALEF_HAMZA_ABOVE && raw[stemStart + 1] === LAM && !isWeakLetter(raw[stemEnd - 1]!)) continue;
      // The future before «أ» is the first person singular («سأكتبه»), which takes no plural «و»:
      // not a verb in «وا» before a pronoun, nor a و after a single letter, which no root's last
      // letter can be (the defective «أدعوه» has two before it): «سألوه», «سألونا» are the verb
      // «سألوا» (they asked) + a pronoun, not س + «ألو».
      if (mid === SEEN && raw[stemStart] === ALEF_HAMZA_ABOVE && (last === APPEND_ALEF || (stemLength <= 3 && raw[stemEnd - 1] === WAW))) continue;
      // ب ل before a stem written with a hamza on its alef («لإنجاح», «لأزمة», «بأول»): no word
      // begins so but these compounds, whose folded spelling the whole's evidence shares with
      // words in a bare alef («اللازمة», the name «باول»).
      const hamzaAfterPreposition = (mid === BEH || mid === LAM) && prefixArticle[p] === 0 && stemLength >= 3 && isHamzaAlef(raw[stemStart]!);
      if (prefixArticle[p] === 0 && mid !== 0 && mid !== SEEN) {
        // A preposition takes a noun: the stem's article evidence counts — unless the whole word
        // has it too («بطاقة» is seen as «البطاقة», «بسبب» never is).
        score += articleBonus(entry) - (hamzaAfterPreposition ? 0 : wholeArticle);
        // An unknown word is most likely a name («بويمر»): a preposition only before a common
        // stem, or ل before an imperfect verb (see isPluralImperfect, isImperfectVerb).
        if (
          whole < 0 &&
          (entry < 0 || entry >> 16 < MIN_STEM_AFTER_UNKNOWN) &&
          !certain &&
          !isRareNoun(table, p, entry, stemStart, stemEnd, n, whole, s, last) &&
          !isRareName(table, p, entry, stemStart, stemEnd, n, s) &&
          !construct &&
          !(mid === LAM && (firstPerson || isRareVerb(p, entry, stemStart, stemLength, whole, last))) &&
          !(mid === LAM && (isPluralImperfect(stemStart, stemEnd, last) || isImperfectVerb(entry, stemStart, stemLength)))
        ) {
          continue;
        }
        if (mid === LAM && isImperfectPrefix(raw[stemStart]!)) score += BONUS_LAM_IMPERFECT;
        if (mid === LAM && s < 0 && raw[stemEnd - 1] === TEH && isPerfectTail(entry, stemStart, stemEnd)) continue;
        // a rare stem of three letters with a long vowel inside, in a word the corpus knows at
        // least as well, is a name's syllable (see isRareNoun): «بحاح» is no ب + «حاح»
        if (
          mid !== LAM &&
          stemLength === 3 &&
          whole >= 0 &&
          entry >= 0 &&
          entry >> 16 < MIN_RARE_STEM &&
          whole >> 16 >= entry >> 16 &&
          (raw[stemStart + 1] === ALEF || raw[stemStart + 1] === WAW || raw[stemStart + 1] === YEH)
        ) {
          continue;
        }
        // ب ك take nouns, never a verb: a known word whose remainder is an imperfect is a name
        // («بيكون», «بيلي», «بيري»: Bacon, Billy, Perry; see isImperfectTail)
        // (after و ف the word from ب ك on may be the known one: «وبيري»)
        if (
          mid !== LAM &&
          raw[stemStart] === YEH &&
          (whole >= 0 || (prefixConj[p] !== 0 && table.weight(folded, stemStart - 1, n, -1) >= 0)) &&
          isImperfectTail(table, entry, stemStart, stemEnd)
        ) {
          continue;
        }
      }
      if (p !== 0 && prefixArticle[p] === 0) score -= wholePreposition;
      if (s >= 0 && mid !== BEH && mid !== LAM && mid !== KAF && PRONOUNS[s]!.third && possessedNoun(entry, stemStart)) {
        // A possessive takes a noun as the prepositions do: the stem's article evidence counts
        // unless the whole has it too («نظير» is seen as «النظير», «نظيره» never as
        // «النظيره», though news writes «نظيره» more often than «نظير»).
        score += Math.max(0, articleBonus(entry) - wholeArticle);
      } else if (s === YEH_PRONOUN && mid !== BEH && mid !== LAM && mid !== KAF && last < 0 && (stemLength >= 3 ? possessedNoun(entry, stemStart) && possessiveYeh(table, stemStart, n) : isShortPossessiveYeh(table, entry, stemStart, n))) {
        // «my» after a noun, as «his» (see possessiveYeh): the stem's article evidence counts
        // unless the word in ي has it too, after any proclitic — a nisba adjective («العملي»,
        // «النفسي»: «وعملي» stays و + «عملي»), or a ى written ي («الأخري»).
        score += Math.max(0, articleBonus(entry) - Math.max(wholeArticle, articleBonus(table.weight(folded, stemStart, n, -1))));
      }
      if (prefixConj[p] !== 0 && mid === 0 && prefixArticle[p] === 0 && n - stemStart >= 3 && isHamzaAlef(raw[stemStart]!)) {
        // The whole's article evidence is that of the word folded without its hamza («وادي»
        // for «وأدى»): «الوأدى» cannot occur, so it does not count against the split.
        if (entry >= 0 && entry >> 16 >= MIN_RARE_STEM) score += BONUS_CONJ_HAMZA + wholeArticle;
      }
      // The same verb written without its hamza («واكد», «فاضاف»): the conjunction is split as
      // before «أ», but not off a stem whose last letter is read back («وانتهاك» is no «انتهى» + ك).
      if (last >= 0) bareHamza = false;
      if (bareHamza || bareHamzaNoun) score += BONUS_CONJ_HAMZA;
      // و before a verb in the perfect in ت («وتابعت», and she went on): news joins the
      // conjunction to a verb of narrative more often than it writes the verb alone, so the
      // whole word's count is the verb's own after و. Both must be verbs (never seen after the
      // article or a preposition) and the stem no shorter than four letters: «وجدت», «وردت»
      // are verbs whose و is a radical.
      if (isNarrativeWawVerb(p, s, entry, whole, stemStart, stemEnd) && score <= whole >> 16) score = (whole >> 16) + 1;
      // ب alone before a noun wins a tie with the whole word: «بموجب», «بحسب» are ب + noun as
      // the treebanks write them, though their weight equals the split's (news writes them as
      // compound prepositions far more often than the noun alone).
      if (mid === BEH && prefixConj[p] === 0 && prefixArticle[p] === 0 && s < 0) score += BONUS_BEH_TIE;
      // «أخيه», «أخوه», «أباها»: the noun «أخ», «أب» with its case vowel, which takes the noun's
      // article evidence («الأخ») as a possessive does (see possessedNoun)
      if (fiveNoun) score += MAX_ARTICLE_BONUS;
      // (QA round 94) …as does a noun of ARTICLELESS_NOUNS before its pronoun, whatever the
      // lexicon's paradigm test says of the word (see keepsEnding): «سبحانه», «سبحانك»
      const articleless = s >= 0 && raw[stemStart] === SEEN && rawIsOneOf(ARTICLELESS_NOUNS, stemStart, stemEnd);
      if (articleless) score += MAX_ARTICLE_BONUS;
      const clitics = prefixClitics[p]! + (s >= 0 ? 1 : 0);
      if (clitics > 1) score += PENALTY_STACKED * (clitics - 1);
      score += prefixBonus[p]! + suffixBonus;
      // A split by shape takes the whole word's place (winning over it as `certain`): every other
      // analysis must beat at least the whole's score, as before. After و the stem may be a rare
      // word with a pronoun of its own, so the split scores no more than the whole: «وتثقيفي» is
      // still و + «تثقيف» + ي.
      if ((unknownArticle || unknownVerb) && score < UNKNOWN_WHOLE) score = UNKNOWN_WHOLE;
      else if (unknownWaw) score = UNKNOWN_WHOLE;
      // A plural perfect with its object outranks the whole word that the corpus never shows
      // with the article, however often it writes it so: «سبقوه», «نصحوها» are «سبقوا»,
      // «نصحوا» + pronoun (see isPluralPerfect), not words of their own.
      if ((pluralObject || formFourObject || construct) && (whole < 0 || ((whole >> 8) & 0xff) === 0) && score <= wholeScore) score = wholeScore + 1;
      // (QA round 84) …and a construct plural + pronoun after a proclitic outranks the same
      // proclitic before the whole rest of the word, when the corpus never shows that rest with
      // the article: «ومعاونيه» is و + «معاوني» + ه, not و + «معاونيه»
      if (construct && p !== 0 && bestPrefix === p && bestSuffix < 0 && score <= bestScore && articleBonus(table.weight(folded, prefixEnd[p]!, n, -1)) === 0) score = bestScore + 1;
      if (sister && score <= bestScore) score = bestScore + 1;
      // (QA round 91) The article alone before a two-letter noun the corpus never shows free
      // wins the tie with the whole word when that word is itself seen after ب ك ل: «الرق»
      // (slavery; «بالرق», «للرق») is ال + «رق», as its weights are those of one count.
      if (isArticleOnlyNoun(p, s, entry, whole, stemLength) && score <= bestScore) score = bestScore + 1;
      if ((prepositionalNoun || formThreeNoun || formSix || formTen) && score <= bestScore) score = bestScore + 1;
      // «نا» after a host of NA_HOSTS is «us», «our», however often the corpus writes the whole:
      // «أنفسنا» is «أنفس» + نا as «أنفسهم» is «أنفس» + هم (no verb «أنفس» has a subject «نا»).
      if (s === NA_PRONOUN && isNaHost(stemStart, stemLength) && score <= bestScore) score = bestScore + 1;
      if (
        (score > bestScore || (certain && bestPrefix === 0 && bestSuffix < 0)) &&
        !(p !== 0 && !bareHamza && !bareHamzaNoun && !hamzaAfterPreposition && !certain && cutsLexical(p, s, n, entry) && !(mid === LAM && isPluralImperfect(stemStart, stemEnd, last))) &&
        !(s >= 0 && ((keepsEnding(stemStart, n) && !((pluralObject || formFourObject || sister || construct || articleless) && score > wholeScore) && !isPerfectWithObject(table, s, stemStart, stemEnd)) || (prefixMid[p] === KAF && keepsEnding(0, n)))) &&
        !(banFormEight && prefixArticle[p] === 1 && raw[stemStart] === TEH)
      ) {
        bestScore = score;
        bestPrefix = p;
        bestSuffix = s;
        bestLast = last;
        bestPrepositionBase = false;
      }
    }
  }
}

/** Moves a `DET` prefix back into the base (the decision is the same with or without it). */
function keepArticle(word: string, result: Segmentation, offset: number): Segmentation {
  const last = result.prefixes[result.prefixes.length - 1];
  if (!last || last.tag !== 'DET') return result;
  const { base } = result;
  const prefixes = result.prefixes.length === 1 ? NONE : result.prefixes.slice(0, -1);
  if (prefixes.length === 0 && result.suffixes.length === 0) {
    return shaped ? shapedWhole(word, last.form + base.form, offset) : wholeWord(word, offset);
  }
  return {
    prefixes,
    base: { text: last.text + base.text, form: last.form + base.form, start: last.start, end: base.end, tag: 'STEM' },
    suffixes: result.suffixes,
  };
}

// Forms of the one-letter proclitics (a comparison chain: an object keyed by code point
// would hold sparse, dictionary-mode elements).
function conjForm(c: number): string {
  return c === WAW ? 'و' : 'ف';
}
function midForm(c: number): string {
  return c === BEH ? 'ب' : c === KAF ? 'ك' : c === LAM ? 'ل' : 'س';
}

/**
 * Word offset where kept letter `i` starts: 0 for the first (so leading marks stay in the first
 * piece), the word's end past the last letter, else the letter's position — a piece ends where
 * the next one starts, so marks stay with the letter before them.
 */
function offsetOf(i: number, n: number, length: number): number {
  if (i === 0) return 0;
  if (i >= n) return length;
  // a boundary between two letters of one ligature (ﻷ is ل + أ) cannot be drawn in the text
  if (shaped && position[i] === position[i - 1]) ligatureCut = true;
  return position[i]!;
}
/** Set by offsetOf when `build` drew a boundary inside a ligature. */
let ligatureCut = false;

function build(
  word: string,
  n: number,
  p: number,
  s: number,
  last: number,
  prepositionBase: boolean,
  offset: number,
): Segmentation {
  const length = word.length;
  // At most three proclitics: each is made once and the list is one exact-size literal (a
  // `push` onto `[]` would reserve room for 16).
  let first: Morpheme | undefined;
  let second: Morpheme | undefined;
  let third: Morpheme | undefined;
  let i = 0;
  if (prefixConj[p] !== 0) {
    first = clitic(word, 0, offsetOf(1, n, length), conjForm(prefixConj[p]!), 'CONJ', offset);
    i = 1;
  }
  const mid = prefixMid[p]!;
  if (mid !== 0) {
    const m = clitic(word, offsetOf(i, n, length), offsetOf(i + 1, n, length), midForm(mid), mid === SEEN ? 'FUT' : 'PREP', offset);
    if (first === undefined) first = m;
    else second = m;
    i += 1;
  }
  const article = prefixArticle[p]!;
  if (article !== 0) {
    // The elided article «ل» (article 2): its surface is one letter (plus marks), never its form.
    const m =
      article === 1
        ? clitic(word, offsetOf(i, n, length), offsetOf(i + 2, n, length), 'ال', 'DET', offset)
        : morpheme(word, offsetOf(i, n, length), offsetOf(i + 1, n, length), 'ال', 'DET', offset);
    if (first === undefined) first = m;
    else if (second === undefined) second = m;
    else third = m;
    i += article === 1 ? 2 : 1;
  }
  const prefixes: Morpheme[] =
    first === undefined ? NONE : second === undefined ? [first] : third === undefined ? [first, second] : [first, second, third];
  const stemEnd = s >= 0 ? n - PRONOUNS[s]!.codes.length : n;
  const baseStart = offsetOf(i, n, length);
  const baseEnd = offsetOf(stemEnd, n, length);
  const text = shareBase ? sharedSlice(word, baseStart, baseEnd) : word.slice(baseStart, baseEnd);
  // Without marks inside, the form is the text itself (no second string).
  let form = !shaped && baseEnd - baseStart === stemEnd - i ? text : rawSlice(i, stemEnd);
  if (prefixElided[p] === 1) form = 'ا' + form;
  if (last === APPEND_ALEF) form += 'ا';
  else if (last === APPEND_NOON) form += 'ن';
  else if (last === DROP_WAW) form = form.slice(0, -1);
  else if (last === MADDA_MAKSURA) form = form.slice(0, -1) + 'أى';
  else if (last >= 0 && last !== KEEP_TEH) form = form.slice(0, -1) + String.fromCharCode(last);
  else if (s >= 0 && stemEnd - i === 3 && MAKSURA_PARTICLES.has(form)) form = form.slice(0, -1) + 'ى';
  const base: Morpheme = { text, form, start: baseStart + offset, end: baseEnd + offset, tag: prepositionBase ? 'PREP' : 'STEM' };
  const suffixes: Morpheme[] = s < 0 ? NONE : [clitic(word, offsetOf(stemEnd, n, length), length, PRONOUNS[s]!.form, 'PRON', offset)];
  return { prefixes, base, suffixes };
}
