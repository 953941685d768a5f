// Clitic segmentation of running text: the word tokens of `tokenize`, each with its
// segmentation, every offset into the original text.
import { isDigitCode, isIgnorable, isLineBreak } from '../chars/code-units.js';
import { WEEKDAYS } from '../chars/months.js';
import { NUMBER_TENS } from '../chars/number-words.js';
import { assertString, booleanOption, checkOptions } from '../chars/guards.js';
import { GIVEN_NAMES, words as listWords } from '../ner/lists.js';
import { CAPITALS, CITIES, placeNames } from '../ner/places.js';
import { releaseInput, scanChunk, startScan, WORD } from '../tokenize/scan.js';
import { sharedSlice } from '../tokenize/shared-slice.js';
import type { Token } from '../tokenize/types.js';
import { segmentAsRadical, segmentWord, wordEvidence } from './segment.js';
import type { Morpheme, Segmentation } from './types.js';

/** Options of {@link segmentText}. */
export interface SegmentTextOptions {
  /**
   * Split the article «ال» off as a `DET` prefix; `false` keeps it in the base.
   * @defaultValue true
   */
  splitArticle?: boolean | undefined;
  /**
   * Remember the analysis of each distinct word within this call (faster on long texts with
   * repeated words; the output is identical).
   * @defaultValue false
   */
  memoize?: boolean | undefined;
}

/** A word token with its segmentation; morpheme offsets are into the original text. */
export interface SegmentedToken extends Token {
  /** Always `'word'`: `segmentText` returns only word tokens. */
  type: 'word';
  segmentation: Segmentation;
}

const OPTION_KEYS = ['splitArticle', 'memoize'] as const;

function shift(m: Morpheme, by: number): Morpheme {
  return { text: m.text, form: m.form, start: m.start + by, end: m.end + by, tag: m.tag };
}

function shiftAll(s: Segmentation, by: number): Segmentation {
  return {
    prefixes: s.prefixes.length === 0 ? s.prefixes : s.prefixes.map((m) => shift(m, by)),
    base: shift(s.base, by),
    suffixes: s.suffixes.length === 0 ? s.suffixes : s.suffixes.map((m) => shift(m, by)),
  };
}

/** Particles of Dutch names that follow «van»: «فان دير», «فان در», «فان دن», «فان دي». */
const VAN_PARTICLES = new Set(['دير', 'در', 'دن', 'دي']);
/**
 * Words after which «فان» is «van»: the vehicle («سيارة فان») or the Turkish town, lake and
 * province («مدينة فان», «بحيرة فان»); a noun in construct before it, which «فإن» cannot follow.
 */
const VAN_NOUNS = new Set(['سيارة', 'بسيارة', 'سيارات', 'عربة', 'ميني', 'مدينة', 'بحيرة', 'ولاية', 'مقاطعة']);
/** Connectives after which «فان» is ف + «إن» whatever follows («وبالتالي فان», «على هذا النحو فان»). */
const FA_INNA_AFTER = new Set(['وبالتالي', 'بالتالي', 'لذلك', 'ولذلك', 'لهذا', 'ولهذا', 'كذلك', 'وكذلك', 'وبالمثل', 'وعليه', 'النحو', 'الواقع', 'المثال', 'العموم', 'ذلك', 'هذا', 'ثم']);
/** The highest corpus evidence (see wordEvidence) of a word that «فان» before it may name. */
const VAN_NAME_EVIDENCE = 30;

/**
 * True when «فان» before `next` (the next word token, if any) is «van» of a name («روبن فان
 * بيرسي», «فان غوخ») or a noun after a word of VAN_NOUNS, not ف + «ان» (فإن written without its
 * hamza, or after a word of FA_INNA_AFTER). Else, for «van», the next word follows
 * after spaces only, is unsplit, without the article, and is a Dutch particle or a word the
 * corpus seldom or never showed. After «فإن» comes a common word: a noun with the article,
 * with a pronoun, or a frequent one («فان معظم», «فان هذا», «فان مصر»).
 */
function isVan(text: string, previous: SegmentedToken | undefined, fan: SegmentedToken, next: SegmentedToken | undefined, offset: number): boolean {
  if (previous !== undefined && spacesBetween(text, previous.end - offset, fan.start - offset)) {
    if (VAN_NOUNS.has(previous.text)) return true;
    if (FA_INNA_AFTER.has(previous.text)) return false;
  }
  if (next === undefined) return false;
  const s = next.segmentation;
  if (s.prefixes.length !== 0 || s.suffixes.length !== 0) return false;
  if (!spacesBetween(text, fan.end - offset, next.start - offset)) return false;
  const w = next.text;
  const first = w.charCodeAt(0);
  // a Latin word is a title or a gloss as often as a name; «ال» is the article
  if (first < 0x0600 || first > 0x06ff || (first === 0x0627 && w.charCodeAt(1) === 0x0644)) return false;
  return VAN_PARTICLES.has(w) || wordEvidence(w) <= VAN_NAME_EVIDENCE;
}

/**
 * True when «فان» at `k` of `words`, right after a given name (see givenNameBefore), is «van» of a
 * surname where isVan, which asks for an unsplit next word, cannot tell (QA round 118): no word
 * follows after spaces only (a comma, a bracket, a quote: «ميشيل فان (28 سنة)», ««جان فان»»),
 * since «فإن» never closes its clause; or the next word is و + a stem, nothing else, and the whole
 * word is rare (VAN_NAME_EVIDENCE: «جان فان ونسل», Van Wonsel), where «فإن» takes a common word
 * («محمد فان ومن معه» stays ف + «ان»).
 */
function isVanAfterName(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  if (givenNameBefore(text, words, k, offset) === undefined) return false;
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next === undefined) return true;
  const s = next.segmentation;
  if (s === undefined || s.prefixes.length !== 1 || s.suffixes.length !== 0 || s.prefixes[0]!.form !== 'و') return false;
  return wordEvidence(next.text) <= VAN_NAME_EVIDENCE;
}

/**
 * True when «فقد» before `next` is the verb (he lost), not ف + «قد»: the next word, after spaces
 * only, begins with the article, and «قد» is followed by a verb, never by a noun with the
 * article («فقد السيطرة», «فقد الثقة», «فقد الجيش مواقعه»; «فقد تم», «فقد كان» stay ف + «قد»).
 * (QA round 61)
 */
function isFaqadVerb(text: string, faqad: SegmentedToken, next: SegmentedToken, offset: number): boolean {
  const w = next.text;
  return w.length > 3 && w.charCodeAt(0) === 0x0627 && w.charCodeAt(1) === 0x0644 && spacesBetween(text, faqad.end - offset, next.start - offset);
}

/**
 * Words after which no conjunction comes without a comma (QA round 72): the relative pronouns,
 * which a clause follows («التي وجدتها», which she found; «التي وعدت», which she promised), and
 * «قد», which a verb follows. A و or ف that the word after them begins with is its radical where
 * the word so read is a verb (see segmentAsRadical); «فقد» is then the verb (lost), not ف + «قد».
 */
const NO_CONJUNCTION_AFTER = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي', 'اللائي', 'قد', 'وقد', 'فقد', 'لقد']);
/**
 * Words after which a verb in ت before its object is read with a radical و ف rather than as a
 * conjunction + a noun in ة + a pronoun («ما وجدته», what I found, not و + «جدة» + ه; «حتى
 * وجدته»): «ما» and the conjunctions made with it, and «حتى», besides NO_CONJUNCTION_AFTER.
 * Only that reading: «كما» is often followed by a conjunction in news («كما ونوه», «كما وأن»).
 */
const OBJECT_VERB_AFTER = new Set(['ما', 'كما', 'مثلما', 'فيما', 'عندما', 'بعدما', 'حينما', 'حتى']);

/**
 * The segmentation of `word`, after `previous` with spaces between, read without the conjunction
 * its analysis alone begins with, or undefined to keep it: after a word of NO_CONJUNCTION_AFTER
 * any reading of segmentAsRadical, after one of OBJECT_VERB_AFTER only a verb in ت before a
 * pronoun that the word alone read as a noun in ة.
 */
function radicalAfter(text: string, previous: { text: string; end: number }, word: { text: string; start: number; segmentation: Segmentation }, offset: number): Segmentation | undefined {
  const s = word.segmentation;
  if (s.prefixes.length !== 1 || s.prefixes[0]!.tag !== 'CONJ') return undefined;
  const any = NO_CONJUNCTION_AFTER.has(previous.text);
  if (!any && !OBJECT_VERB_AFTER.has(previous.text)) return undefined;
  // a noun in ة before a pronoun, written ت (see the doc)
  const tehNoun = s.suffixes.length === 1 && s.base.form.endsWith('ة') && s.base.text.endsWith('ت');
  if (!any && !tehNoun) return undefined;
  if (!spacesBetween(text, previous.end - offset, word.start - offset)) return undefined;
  const radical = segmentAsRadical(word.text, word.start);
  return radical !== undefined && (any || radical.suffixes.length === 1) ? radical : undefined;
}

/**
 * Words after which «لبث» is the verb (he stayed, «ما لبث أن» he soon …) rather than ل + «بث» (to
 * broadcast): «ما» and «لم» with or without و ف before them (QA round 74). Alone «لبث» stays ل +
 * «بث», as news writes it after a noun («مبادرة لبث البرامج»).
 */
const LABITHA_AFTER = new Set(['ما', 'وما', 'فما', 'لم', 'ولم', 'فلم']);

/**
 * Words after which «لحق» is the verb (it befell, he joined: «الذي لحق به», «قد لحق», «ثم لحق
 * بهم») rather than ل + «حق» (for the right of). (QA round 98)
 */
const LAHIQA_AFTER = new Set(['قد', 'وقد', 'فقد', 'لقد', 'ولقد', 'ثم', 'الذي', 'الذى', 'التي', 'التى']);
/**
 * Words besides LAHIQA_AFTER after which «لحقه», «لحقها», «لحقهم» … are the verb + its object
 * (QA round 102): «ما», «عما», «لما», «مما» … (what befell him: «عما لحقه من ضرر»), «من» (whom it
 * befell), and the conjunctions of time («حين لحقه», «عندما لحقه اللصوص»).
 */
const LAHIQA_OBJECT_AFTER = new Set(['ما', 'وما', 'فما', 'عما', 'لما', 'مما', 'بما', 'فيما', 'كما', 'من', 'ممن', 'حين', 'حينما', 'عندما', 'بعدما', 'حتى', 'حتي', 'لكن', 'ولكن']);
/** Words after «لحقه», «لحقها» … that make them the verb + its object: «ما لحقه من ضرر», «لحقه بعد يومين». */
const LAHIQA_OBJECT_BEFORE = new Set(['من', 'بعد']);

/**
 * True when «لحق» at `k` of `words` is the verb «لحق» (it befell, he caught up with), not ل +
 * «حق»: after a word of LAHIQA_AFTER, or before the preposition ب of its object, the next word
 * (after spaces only) beginning with the clitic ب («لحق به», «ما لحق بالبنية», «لحق بركب»). A
 * right is followed by its owner or by «في»: «دعم لحق الشعب», «لحق الملكية» stay ل + «حق».
 * With a pronoun, its object (QA round 102: «لحقه», «ولحقها», «فلحقهم»), the verb comes after
 * a word of LAHIQA_AFTER or LAHIQA_OBJECT_AFTER, before a word of LAHIQA_OBJECT_BEFORE, or after
 * و ف (narrative: «ولحقه ابنه», «فلحقه الشرطي») but before «في»: «ممارسة لحقها في التظاهر»,
 * «ولحقه في العودة», «طبقا لحقها» stay ل + «حق» + pronoun (his right to).
 */
function isLahiqa(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const s = words[k]!.segmentation!;
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous !== undefined && LAHIQA_AFTER.has(previous.text)) return true;
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (s.suffixes.length === 0) {
    const n = next?.segmentation;
    return n !== undefined && (n.prefixes.length !== 0 ? n.prefixes[0]! : n.base).form === 'ب';
  }
  if (previous !== undefined && LAHIQA_OBJECT_AFTER.has(previous.text)) return true;
  if (next !== undefined && LAHIQA_OBJECT_BEFORE.has(next.text)) return true;
  return s.prefixes.length === 2 && (next === undefined || next.text !== 'في');
}

/**
 * The verb «لحق» + its object pronoun for a word token read ل + «حق» + pronoun (see isLahiqa):
 * ل joins the base, a و ف before it stays.
 */
function joinLahiqa(token: SegmentedToken): void {
  const s = token.segmentation;
  const lam = s.prefixes[s.prefixes.length - 1]!;
  const text = token.text.slice(lam.start - token.start, s.base.end - token.start);
  const base = { text, form: 'ل' + s.base.form, start: lam.start, end: s.base.end, tag: 'STEM' as const };
  token.segmentation = { prefixes: s.prefixes.slice(0, -1), base, suffixes: s.suffixes };
}

/**
 * Titles after which «وهبة», «وهبه» is the name Wahba, not و + «هبة» (and a gift) nor the verb
 * «وهب» + ه (QA round 102): «الشيخ وهبة الزحيلي», «الدكتور وهبة», «المؤرخ حافظ وهبة».
 */
const WAHBA_TITLES = new Set(['الشيخ', 'والشيخ', 'الدكتور', 'والدكتور', 'د', 'الأستاذ', 'السيد', 'المؤرخ', 'العلامة', 'القس', 'الكاتب', 'الفنان', 'الفنانة', 'المطربة', 'المطرب', 'الممثل', 'المخرج', 'الراحل']);
/**
 * Given names that «وهبة» follows as a surname, besides those of the recognizer's lists
 * (GIVEN_NAMES: «مراد وهبة», «يوسف وهبة»): «حافظ وهبة», «فيلمون وهبة», and «الدين» of «سعد
 * الدين وهبة».
 */
const WAHBA_GIVEN = ['حافظ', 'فيلمون', 'فلمون', 'رافي', 'مجدى', 'متاؤس', 'متاؤوس', 'جوزفين', 'جاهدة', 'سعدالدين', 'الدين', 'ومراد', 'وفيلمون'];
/**
 * Foreign given names that news writes before a family name and the recognizer's feature list
 * (GIVEN_NAMES) lacks, after which a word in ك is the surname (QA round 126: «ناثانيل كلين»,
 * «ماركوس كروج», «بريان كلاس», «فنسان كراس الذي», «أغنيس كالامار», «كريستيان كويفا»: Klein,
 * Krug, Klaas, Crasse, Callamard, Cueva, read ك + «لين», «روج», «لاس», «راس», ك + ال + «امار»,
 * ك + «ويفا»). Only names that are no Arabic word and no spelling of one: not «دان» (he
 * condemned), «رون», «مات» (he died), «سام» (poisonous), «جين» (a gene), «أليس» (is it not),
 * «تيم», «آن».
 */
const FOREIGN_GIVEN = new Set([
  'ناثانيل', 'ناثان', 'ماركوس', 'بريان', 'برايان', 'باتريشيا', 'أغنيس', 'آغنيس', 'أجنيس', 'ميروسلاف', 'رونالد', 'رودريغ', 'فنسان', 'فانسان',
  'كريستيان', 'كالفين', 'دانييل', 'دانيال', 'مارتن', 'مارتين', 'هاري', 'كيفن', 'كيفين', 'إريك', 'فيليب', 'ستيفان', 'سيباستيان', 'أوليفر',
  'أوليفييه', 'باسكال', 'كارل', 'فيكتور', 'هانز', 'والتر', 'أندريه', 'إيفان', 'يوري', 'ماركو', 'روبرتو', 'ريكاردو', 'فرناندو', 'بابلو',
  'أدريان', 'جوناثان', 'أنطوني', 'أنتوني', 'نيكولاي', 'أليكس', 'ألكس', 'إيان', 'كريس', 'جيف', 'جيفري', 'لوكا', 'جاريد', 'جاستن', 'ماثيو',
  'ماتيو', 'أولغا', 'ناتاليا', 'ماري', 'كاثرين', 'كاترين', 'إليزابيث', 'جنيفر', 'جينيفر', 'سوزان', 'لورا', 'إيما', 'كلير', 'سيلفي', 'إيزابيل',
  // QA round 135: before the surname «لي» (Lee: «سبايك لي», «ستان لي»; see isNameLi)
  'سبايك', 'ستان',
]);
let givenNames: Set<string> | undefined;

/** GIVEN_NAMES, WAHBA_GIVEN and FOREIGN_GIVEN, the given names a surname follows, made on first use (see isWahba, isMyTehNoun, givenNameBefore). */
function givenNamesBefore(): Set<string> {
  return (givenNames ??= new Set([...listWords(GIVEN_NAMES), ...WAHBA_GIVEN, ...FOREIGN_GIVEN]));
}

/**
 * True when «وهبة» or «وهبه» at `k` of `words` is the name Wahba: the next word (after spaces
 * only) is «باشا» or «بك», or the word before is a title of WAHBA_TITLES, or a given name
 * (WAHBA_GIVEN, the recognizer's list) and the next word has no article: after a given name,
 * «و» + «هبة» + a surname with the article is «and Hiba …» («زين وهبة الطوجي»). Never before
 * «الله» («وهبة الله», and Hibatullah; «وهبه الله», God gave him).
 */
function isWahba(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const next = spacedNeighbour(text, words, k, 1, offset)?.text;
  if (next === 'الله') return false;
  if (next === 'باشا' || next === 'بك') return true;
  const previous = spacedNeighbour(text, words, k, -1, offset)?.text;
  if (previous === undefined) return false;
  if (WAHBA_TITLES.has(previous)) return true;
  return givenNamesBefore().has(previous) && (next === undefined || !next.startsWith('ال'));
}

/**
 * Maghreb given names that keep the article reduced to ل and are also ل + a given name:
 * «لسعد» (Lassaad, for al-Asaad; ل + «سعد», for Saad: «الساعد الأيمن لسعد زغلول»), «لحبيب»
 * (Lahbib; ل + «حبيب»). Unlike MAGHREB_NAMES of segment.ts, whose split reading is rare, the
 * words around them decide (see isElidedArticleName). (QA round 114)
 */
const ELIDED_ARTICLE_NAMES = new Set(['لسعد', 'لحبيب']);
/**
 * Words after which a name, not a phrase in ل, follows: «إن», «أن» (its subject: «إن لسعد
 * اليعقوبي …»), «يدعى» (named), and military ranks, which stand before a name in apposition
 * («العقيد لسعد», «اللواء لحبيب»); unlike «الرئيس», «الأمير», which also head a verbal noun
 * before its object in ل («تكليف الرئيس لسعد الحريري»). See isElidedArticleName.
 */
const NAME_AFTER = new Set(['إن', 'أن', 'ان', 'يدعى', 'ويدعى', 'العقيد', 'اللواء', 'العميد', 'الرائد', 'النقيب', 'المقدم', 'الملازم', 'الجنرال', 'المشير']);

/**
 * True when the word at `k` of `words` (one of ELIDED_ARTICLE_NAMES) is the name, not ل + a
 * name: it stands where a name, not a phrase in ل, begins — first in its clause (no word
 * before it after spaces only: a paragraph's or a headline's start, after «:» or a comma),
 * after a verb of saying that a name follows (ZADA_NAME_AFTER: «وقال لسعد الجموسي», «أكد لسعد
 * …») or a word of NAME_AFTER («العقيد لسعد», «إن لسعد»), after a given name (a compound name:
 * «محمد لسعد الضيف»), or after a definite nisba adjective that closes a role («كاتب عام نقابة
 * التعليم الثانوي لسعد اليعقوبي», «لاعب النادي الإفريقي لسعد شوية»). After a word that governs
 * ل («الساعد الأيمن لسعد زغلول», «تنازل الأمير لسعد», «خطرت لسعد») it stays ل + the name.
 */
function isElidedArticleName(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous === undefined) return true;
  const p = previous.text;
  if (ZADA_NAME_AFTER.has(p) || NAME_AFTER.has(p) || givenNamesBefore().has(p)) return true;
  // a definite nisba adjective: «ال» + at least two letters + «ي»
  return p.length >= 5 && p.charCodeAt(0) === 0x0627 && p.charCodeAt(1) === 0x0644 && p.charCodeAt(p.length - 1) === 0x064a;
}

/** True when text[from, to) is one or more spaces (no punctuation between two words). */
function spacesBetween(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) return false;
  }
  return true;
}

/**
 * Titles of a king, a queen, a prince, a princess, a sultan or a pope, who go by the given name
 * alone when it is a European one (FOREIGN_GIVEN), so that the word after «الملك فيليب» is no
 * surname (see givenNameBefore); an Arabic given name after them goes on with a name («الملك عبد
 * كلال»). (QA round 126)
 */
const ROYAL_TITLES = new Set(['الملك', 'الملكة', 'الأمير', 'الأميرة', 'الامير', 'الاميرة', 'السلطان', 'البابا']);

/**
 * The given name right before `words[k]` (after spaces only), else undefined: the word itself
 * when it is a given name of three letters or more (GIVEN_NAMES, WAHBA_GIVEN or FOREIGN_GIVEN,
 * see givenNamesBefore) and, for one of FOREIGN_GIVEN, no royal title (ROYAL_TITLES) stands
 * before it, or the name after و or ف when the word is that conjunction + such a name and
 * nothing after it («وديفيد فيا», «ومحمد كنون،», «فجون كريان»). The given name that the
 * surname rules ask for (surnameStem, isSurnameSplit, isShortSurname). (QA round 117; QA round
 * 126 adds FOREIGN_GIVEN and ROYAL_TITLES)
 */
function givenNameBefore(text: string, words: readonly ContextWord[], k: number, offset: number): string | undefined {
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous === undefined) return undefined;
  const names = givenNamesBefore();
  if (previous.text.length >= 3 && names.has(previous.text)) {
    // a European king, queen or prince goes by the given name alone: «الملك فيليب بفتور» (coolly)
    if (!FOREIGN_GIVEN.has(previous.text)) return previous.text;
    const title = spacedNeighbour(text, words, k - 1, -1, offset);
    return title !== undefined && ROYAL_TITLES.has(title.text) ? undefined : previous.text;
  }
  const s = previous.segmentation;
  if (s === undefined || s.prefixes.length !== 1 || s.suffixes.length !== 0) return undefined;
  const conj = s.prefixes[0]!;
  if (conj.tag !== 'CONJ' || (conj.form !== 'و' && conj.form !== 'ف')) return undefined;
  return s.base.text.length >= 3 && names.has(s.base.text) ? s.base.text : undefined;
}

/**
 * True when a word split ف or ك + `stem` in ي and nothing after it is a surname that the given
 * name before it (see surnameStem; «لي», of two letters, is also «for me») shows: «رشيد
 * كرامي», «ريتشارد فراي», «مايك فولي», not ك + «رامي», ف + «راي». Only where the stem is
 * seen with the article, but less than half as often as without it (4 lexicon units, see
 * wordEvidence): a name («رامي», «راي», «غالي»),
 * not a nisba adjective that ك takes after a name («ميسي كأرجنتيني», «أحمد كأساسي»), nor a
 * verb or a noun + «ي» (my) that never takes the article («أما مصطفى فتوفي», «سلمان
 * كوالدي»).
 * (QA round 112; QA round 113 extends it to surnames outside ي, see isSurnameOutsideYeh)
 */
function isSurnameInYeh(stem: string): boolean {
  if (stem.charCodeAt(stem.length - 1) !== 0x064a) return false;
  const alone = wordEvidence(stem);
  if (alone < 0) return false;
  const article = wordEvidence('ال' + stem);
  return article >= 0 && article < alone - 4;
}

/**
 * The whole-word evidence (lexicon units, see wordEvidence) from which a word split stem + «ي»
 * (my) after a given name keeps its split when the corpus shows the stem with «ه» (his) too
 * (see isSurnameMyYeh): «حياتي» (33), «قلبي» (31), «أني» (35), «صديقي» (24) are written often,
 * a surname whose stem is an Arabic word rarely («نظمي» 21, «حفظي» 16, «نقلي» 16).
 */
const SURNAME_MY_WHOLE = 22;

/**
 * Given names that are also a preposition + «ي» or a noun that heads a genitive, after which a
 * noun + «ي» (my) is that genitive or the object, no surname (see isSurnameMyYeh): «علي» (عليّ,
 * on me: «أثنى علي عبدي», «سهلت علي تواجدي»), «عمر» (the age: «عمر أولادي»), «أمل» (the hope:
 * «أمل حياتي»), «نور» (the light: «نور عيني»), «حسن» («حسن ظني»), «جمال», «وفاء», «هدى», «رجاء»,
 * «فرح», «عز», «نصر».
 */
const NOUN_GIVEN = new Set(['علي', 'عمر', 'أمل', 'نور', 'حسن', 'جمال', 'وفاء', 'هدى', 'رجاء', 'فرح', 'عز', 'نصر']);

/**
 * True when the word at `k` of `words`, split a stem of three letters or more + «ي» (my) and
 * nothing else, is a surname in ي right after a given name (see givenNameBefore; QA round 131):
 * «صلاح نظمي», «أسامة نقلي», «هشام شرابي», «حسين رحيمي», «مايكل لاسي», «روبرت داوني» — a nisba
 * or a foreign name, not «my systems», «my transfer», «my drink». A name as the subject or the
 * object before a noun + «my» is rare in news outside quotations, which write such a noun often
 * («أمل حياتي», «عمر قلبي», «سعيد أني»): kept only where the corpus never shows the stem + «ه»
 * (his; «رحيم», «لاس», «ريد», «قنوات» take no pronoun) or writes the whole word seldom
 * (SURNAME_MY_WHOLE). Not after a given name of NOUN_GIVEN, also a preposition or a noun that
 * heads a genitive («أثنى علي عبدي», «عمر أولادي»).
 */
function isSurnameMyYeh(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const s = words[k]!.segmentation!;
  if (s.prefixes.length !== 0 || s.suffixes.length !== 1) return false;
  const own = s.suffixes[0]!;
  if (own.form !== 'ي' || own.tag !== 'PRON' || s.base.end - s.base.start < 3) return false;
  const name = givenNameBefore(text, words, k, offset);
  if (name === undefined || NOUN_GIVEN.has(name)) return false;
  // the stem as written: «حيات» + ه, of «حياتي»
  if (wordEvidence(s.base.text + 'ه') < 0) return true;
  return wordEvidence(words[k]!.text) < SURNAME_MY_WHOLE;
}

/**
 * The stem (its form) of the word at `k` of `words` when the word is split ف or ك + a stem of
 * three letters or more and nothing else, right after a given name (see givenNameBefore: «رشيد
 * كرامي», «وعمر كرامي»), else undefined (see isSurnameInYeh). Not when the stem is that very
 * name: ف or ك + the name before it is a sequence or a comparison («عمر فعمر», «آدم كآدم
 * وموسى كموسى», Adam like Adam).
 */
function surnameStem(text: string, words: readonly ContextWord[], k: number, offset: number): string | undefined {
  const s = words[k]!.segmentation!;
  if (s.prefixes.length !== 1 || s.suffixes.length !== 0) return undefined;
  const p = s.prefixes[0]!.form;
  if (p !== 'ف' && p !== 'ك') return undefined;
  const stem = s.base.form;
  if (stem.length < 3) return undefined;
  const name = givenNameBefore(text, words, k, offset);
  // ف or ك + the very name before it is a sequence or a comparison, not a surname: «عمر فعمر», «ومحمد كمحمد»
  return name !== undefined && name !== stem ? stem : undefined;
}

/**
 * How far (lexicon units, 4 × log2) the article evidence of a stem after ك must fall below its
 * own for the stem to be no noun (under a sixteenth of its uses with the article; see
 * isSurnameOutsideYeh).
 */
const SURNAME_KAF_ARTICLE_MARGIN = 16;
/**
 * The whole-word evidence (lexicon units) from which ف + a stem seen almost only with the
 * article is a narrative ف + a verb that is also a verbal noun, not a surname: «فقبض» (20,
 * about 32 times: «السلطان سليم فقبض عليه»), «فأمر» (31). See isSurnameOutsideYeh.
 */
const SURNAME_FEH_WHOLE_MAX = 20;

/**
 * True when the word `w`, split ف or ك + `stem` not in ي (nor in ا, the alef of an accusative:
 * «كمديرا فنيا») and nothing after it, is a surname after a given name (see surnameStem).
 * After ك, where the stem is no noun: it never takes the article, or under a sixteenth of its
 * uses (SURNAME_KAF_ARTICLE_MARGIN): «ماجد كنبه», «طارق كوشك», «بيتر كلاس»,
 * «ريتشارد كويست», since ك (as) takes a noun, which takes the article («صلاح كلاعب», «عمر
 * سليمان كنائب» keep their split). After ف, where the stem is seen almost only with the
 * article (its bare uses under a sixth, 1 lexicon unit): a noun, which ف + a verb after a name
 * («محمد فقال», «علي فأجاب», «أما ياسر فوصل») is not — «مايكل فرومان», «أحمد فتفت», «زهير
 * فضال» — unless the corpus writes the whole word often (SURNAME_FEH_WHOLE_MAX: «فقبض»,
 * «فأمر», verbs whose verbal noun takes the article).
 * (QA round 113)
 */
function isSurnameOutsideYeh(stem: string, w: ContextWord): boolean {
  const last = stem.charCodeAt(stem.length - 1);
  if (last === 0x064a || last === 0x0627) return false;
  const alone = wordEvidence(stem);
  if (alone < 0) return false;
  const article = wordEvidence('ال' + stem);
  if (w.segmentation!.prefixes[0]!.form === 'ك') return article < 0 || article <= alone - SURNAME_KAF_ARTICLE_MARGIN;
  return article >= alone - 1 && wordEvidence(w.text) < SURNAME_FEH_WHOLE_MAX;
}

/**
 * The whole-word evidence (lexicon units) under which ف + ل + a stem, ك + a stem before
 * punctuation, or ف + a noun after a given name is a surname (fewer than about 16 uses of the
 * whole word): «فليكن» (17, so let it be) and the roles after ك that the corpus writes often
 * («كرئيس» 34, «كمدرب» 28, «كنجم» 18) keep their split. See isSurnameSplit,
 * isSurnameNoun. (QA round 115)
 */
const SURNAME_RARE_WHOLE = 16;
/** «أما» (as for), after which ف opens the answer clause: «أما محمد فوزير» is «as for Muhammad, he is a minister». */
const AMMA = new Set(['أما', 'وأما', 'فأما', 'اما', 'واما']);

/** True when a word of AMMA stands among the five words before `words[k]` (see isSurnameNoun, isSurnameSplit). */
function afterAmma(words: readonly ContextWord[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) if (AMMA.has(words[j]!.text)) return true;
  return false;
}

/**
 * True when the word `w` after a given name, split ف or ك + `stem` (see surnameStem), is a
 * surname whose stem is a common noun, beyond isSurnameOutsideYeh (QA round 115). After ف,
 * not after «أما» (see afterAmma), where the whole word is rare (SURNAME_RARE_WHOLE), the stem
 * is a noun (seen with the article and with a noun's ending, ي, ه, ة or ات after it; never
 * as a perfect verb, + ت or + وا) or can be no verb (see isVerbless: «أحمد فلوكس»): «محمد
 * فوزير», «روبرت فيسر», since ف after a name takes a verb or a particle («علي فقال», «صدام حسين
 * فتشتت»). After ك, where no word follows (a
 * comma, a full stop, the end) and the whole word is rare: «محمد كنون،», «علي كحيل.», «محمد
 * كزمان.»; ك + a role closes a clause less often and is written often («كوزير.», «كمثال،»),
 * a stem in ة or in اء (a feminine noun, a plural of persons: «كفلسفة؛», «كسجناء.») keeps its
 * split.
 */
function isSurnameNoun(text: string, words: readonly ContextWord[], k: number, stem: string, offset: number): boolean {
  const w = words[k]!;
  const whole = wordEvidence(w.text);
  if (whole >= SURNAME_RARE_WHOLE) return false;
  const last = stem.charCodeAt(stem.length - 1);
  if (last === 0x064a || last === 0x0627) return false;
  if (w.segmentation!.prefixes[0]!.form === 'ك') {
    if (last === 0x0629 || last === 0x0621 || spacedNeighbour(text, words, k, 1, offset) !== undefined) return false;
    return wordEvidence(stem) >= 0;
  }
  if (wordEvidence(stem + 'ت') >= 0 || wordEvidence(stem + 'وا') >= 0) return false;
  if (!isVerbless(stem)) {
    if (wordEvidence('ال' + stem) < 0) return false;
    if (wordEvidence(stem + 'ي') < 0 && wordEvidence(stem + 'ه') < 0 && wordEvidence(stem + 'ة') < 0 && wordEvidence(stem + 'ات') < 0) return false;
  }
  return !afterAmma(words, k);
}

/**
 * True when `stem`, after ف (see isSurnameNoun), can be no verb (QA round 118): four letters or
 * more that no template of a verb fits — not beginning with a letter of the imperfect or of the
 * derived forms (ي ت ن أ ا: «يقول», «أرسل», «استقر»), not a form III perfect (ا second:
 * «شاور»), not ending in a perfect's ت or ا — and the corpus never shows it after ي (an
 * imperfect); a perfect in ت or وا is ruled out by isSurnameNoun. A foreign surname («أحمد
 * فلوكس», «وليام فويلز», «خوان فليبي»), whose stem may show no noun's ending or never take the
 * article; a verb of three letters that is also a verbal noun («محمد فنحر», «أبو منصور فوهن»)
 * keeps its split.
 */
function isVerbless(stem: string): boolean {
  if (stem.length < 4) return false;
  const first = stem.charCodeAt(0);
  // ي ت ن أ ا
  if (first === 0x064a || first === 0x062a || first === 0x0646 || first === 0x0623 || first === 0x0627) return false;
  const last = stem.charCodeAt(stem.length - 1);
  if (stem.charCodeAt(1) === 0x0627 || last === 0x062a || last === 0x0627) return false;
  return wordEvidence('ي' + stem) < 0;
}

/**
 * True when the word at `k` of `words`, right after a given name (as in surnameStem), is a
 * surname split into more than ف or ك + a stem (QA round 115): ف or ك + the article + a stem
 * the corpus never shows with the article («بيتر كالاهان», «كاب كالاوي», «لويس فالكارثل»:
 * Callahan, Calloway, read ك + «ال» + «اهان»); ف + ل + a stem the corpus knows, the whole word
 * rare (SURNAME_RARE_WHOLE) and not after «أما» («أحمد فلمبان», «مروان فلفال», «بيتر فليشر»;
 * ف + the ل of command + a verb is written often: «فليكن»); ك + a stem + «ني», the object
 * pronoun that only a verb or a particle takes, never a noun after ك («غسان كنفاني»).
 */
function isSurnameSplit(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const w = words[k]!;
  const s = w.segmentation!;
  const p = s.prefixes;
  if (p.length === 0 || p.length > 2) return false;
  const first = p[0]!.form;
  if (first !== 'ف' && first !== 'ك') return false;
  const stem = s.base.form;
  if (stem.length < 3) return false;
  let kind: 0 | 1 | 2;
  if (p.length === 2 && s.suffixes.length === 0 && p[1]!.tag === 'DET') kind = 0;
  else if (p.length === 2 && s.suffixes.length === 0 && first === 'ف' && p[1]!.form === 'ل') kind = 1;
  else if (p.length === 1 && first === 'ك' && s.suffixes.length === 1 && s.suffixes[0]!.form === 'ني') kind = 2;
  else return false;
  if (givenNameBefore(text, words, k, offset) === undefined) return false;
  if (kind === 0) return wordEvidence('ال' + stem) < 0;
  if (kind === 1) return wordEvidence(stem) >= 0 && wordEvidence(w.text) < SURNAME_RARE_WHOLE && !afterAmma(words, k);
  return true;
}

/**
 * True when the word at `k` of `words`, right after a given name (as in surnameStem), is a short
 * foreign surname split into a clitic + a stem of two letters (QA round 116): ف, ب, ل or ك +
 * «يا», the vocative particle, which no preposition takes and which ف does not bring right after
 * a name («دافيد فيا», «بول بيا», «سارة ليا ويتسن»: Villa, Biya, Leah); ب or ك + the article + a
 * stem of two letters, nothing after it, before a comma or a word (after spaces) with neither
 * the article nor و («ستيف بالمر رسالة», «سارة بالين،», «نبيل بالعم إن», «جان بول كالون،»:
 * Palmer, Palin, Belaam, Calon) — ب + a noun of two letters after a name comes before its
 * adjective («الملك فهد بالحي التراثي», «محمد صلاح بالزي العسكري»), a noun coordinated in و
 * («سليمان بالجن والعفاريت») or a full stop («علي بالسم.»); ف + the article is «فالآن» (and now).
 * ب + «ان», «ست» (Ban, Pan; Best) where the word after shows a name (QA round 118, see
 * isBaSurname).
 */
function isShortSurname(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const s = words[k]!.segmentation!;
  if (s.suffixes.length !== 0) return false;
  const p = s.prefixes;
  const first = p[0]!.form;
  let ba = false;
  if (p.length === 1) {
    ba = first === 'ب' && (s.base.text === 'ان' || s.base.text === 'ست');
    if (!ba && (s.base.form !== 'يا' || (first !== 'ف' && first !== 'ب' && first !== 'ل' && first !== 'ك'))) return false;
  } else if (p.length !== 2 || p[1]!.tag !== 'DET' || (first !== 'ب' && first !== 'ك')) return false;
  if (givenNameBefore(text, words, k, offset) === undefined) return false;
  if (ba) return isBaSurname(text, words, k, s.base.text, offset);
  if (p.length === 1) return true;
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next === undefined) {
    const c = text.charCodeAt(words[k]!.end - offset);
    return c === 0x060c || c === 0x2c;
  }
  const n = next.text.charCodeAt(0);
  return n !== 0x0648 && (n !== 0x0627 || next.text.charCodeAt(1) !== 0x0644);
}

/**
 * Words that never open the clause of «أن» and so show «بان» before them as a name (Pan, Ban, van),
 * not «بأن» written without its hamza (see isBaSurname): «أن» itself and with a pronoun, «أو»
 * («بيتر بان أو الولد …», «يعتقد أحمد بان أنه …»), and the Dutch particles of VAN_PARTICLES
 * («خوان بان دير هامن»).
 */
const BAN_NAME_BEFORE = new Set(['أن', 'ان', 'أنه', 'انه', 'أنها', 'انها', 'أو', 'او', ...VAN_PARTICLES]);

/**
 * True when «بان» or «بست» at `k` of `words`, right after a given name (see isShortSurname), is a
 * surname (Ban, Pan; Best), not ب + «أن» written without its hamza («عبدالله بان اجتماع …») nor
 * ب + «ست», with six («إصابة حسن بست دقائق»), which a noun always follows (QA round 118):
 * before a comma or a full stop («أحمد بان،», «وجورج بست.»), or before a word split و + a stem,
 * a name coordinated with it («جورج بست وإيريك كانتونا», «بيتر بان وروبن») — but for «بست» not
 * + a ten («بست وعشرين», 26; NUMBER_TENS) — or for «بان» before a word of BAN_NAME_BEFORE.
 */
function isBaSurname(text: string, words: readonly ContextWord[], k: number, stem: string, offset: number): boolean {
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next === undefined) {
    const c = text.charCodeAt(words[k]!.end - offset);
    return c === 0x060c || c === 0x2c || c === 0x2e;
  }
  const n = next.segmentation;
  if (n !== undefined && n.prefixes.length === 1 && n.prefixes[0]!.form === 'و' && n.prefixes[0]!.tag === 'CONJ') {
    if (stem === 'ان') return true;
    const b = n.base.text;
    for (const [ten] of NUMBER_TENS) if (ten === b) return false;
    return true;
  }
  return stem === 'ان' && BAN_NAME_BEFORE.has(next.text);
}

/**
 * The whole-word evidence (lexicon units) under which ب or ل + a stem after a given name may be a
 * surname (see isBaLamSurname): fewer than about 128 uses of the whole word. The phrases that ب
 * or ل opens after a name and that the corpus writes often («بسبب» 55, «بشكل» 55, «بزيارة» 36,
 * «لتقديم» 37) keep their split. (QA round 119)
 */
const SURNAME_BA_WHOLE = 28;
/**
 * The possessive evidence (lexicon units, stem + «ه» or «ها») from which a stem is a noun that ب or
 * ل governs («بعلاج», «بمراحل», «بنفسي»), not a surname (see isBaLamSurname).
 */
const SURNAME_BA_POSSESSIVE = 10;
/**
 * Words after a surname where no genitive of ب or ل + a noun stands: «أن», «إن», «قد», «كان», which
 * open the clause of the name («مازن بترجي أن …»), and «على», «عن», the complement of the verb
 * before it («أكد فهد بارباع على», «أعلن مصطفى بلجون عن»). «في», «من», «إلى» are left out: ب or
 * ل + a noun goes on with them as often («أصيب بيتر بنزيف في الدماغ», «يفي كيم بجزء من»).
 * QA round 120 adds «الذي», «التي», which an indefinite noun never takes («مصطفى بكوري الذي»),
 * the verbs of saying that a name opens («محمد بلحاج قال»), «أمس» and the weekdays, an adverb
 * after the subject («مصطفى بلجون أمس», «رومانو برودي السبت»).
 */
const AFTER_SURNAME = new Set([
  'أن', 'أنه', 'أنها', 'إن', 'قد', 'كان', 'على', 'عن', 'الذي', 'التي',
  'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'صرح', 'صرحت', 'يقول', 'تقول',
  'أمس', ...WEEKDAYS.map(([day]) => day),
]);
/**
 * Role nouns that stand in apposition after a full name, bare in construct («فهد بارباع مدير
 * الاحتراف», «عبدالله بترجي عضو فريق», «ستيف بروس مدرب») or with the article («مايكل بريتز
 * المدير الرياضي»), where ب or ل + a noun before them would be an indefinite noun that no such
 * noun follows (see surnameFollows). (QA round 120)
 */
const SURNAME_ROLES = new Set([
  'مدير', 'مديرة', 'عضو', 'عضوة', 'رئيس', 'رئيسة', 'نائب', 'نائبة', 'وزير', 'وزيرة', 'سفير', 'سفيرة', 'مستشار', 'مستشارة',
  'مسؤول', 'مسئول', 'مسؤولة', 'أمين', 'مدرب', 'مدربة', 'محافظ', 'وكيل', 'مساعد', 'مشرف', 'مشرفة', 'أستاذ', 'أستاذة', 'أخصائي',
  'اخصائي', 'خبير', 'مؤسس', 'كاتب', 'كاتبة', 'مراسل', 'متحدث', 'ناطق', 'لاعب', 'حارس', 'مهاجم', 'مدافع', 'قائد', 'مخرج',
  'ممثل', 'مطرب', 'مطربة', 'شاعر', 'فنان', 'فنانة', 'باحث', 'مهندس', 'طبيب', 'محامي', 'صحفي', 'نجم', 'مالك', 'صاحب',
]);

/**
 * True when the word at `k` of `words`, right after a given name (see givenNameBefore), split ب
 * or ل + a stem of three letters or more and nothing else, is a surname (QA round 119: «جمال
 * بيومي،», «مصطفى بلجون،», «عبدالله بترجي أن», «ستيف بروس.», «أحمد بدير وأحمد», «فهد بارباع»,
 * «أسماء لمنور»), not a preposition + its noun. The whole word is not common
 * (SURNAME_BA_WHOLE); the stem takes the article, at least a sixteenth as often as it goes
 * without it (SURNAME_KAF_ARTICLE_MARGIN; no place name: «فهد بجدة،», «بإيران»), takes no
 * possessive pronoun (SURNAME_BA_POSSESSIVE: «ناصر بهيكل», «صدام بمراحل»), is no given name
 * («محمد بعيسى»), ends in neither ة ه ى nor a plural's or dual's «اء», «ات», «ين» («لسنتين»,
 * «بأشياء»; a sound plural after ب or ل is in «ين», so «بلجون» may be a surname), has no
 * verbal noun's shape (إ…, ان…, است…, ا + a letter + ت…, ت + two letters + ي…: «بتدريبي»), and
 * after ل does not begin like an imperfect (ي ت ن أ: «ليحيي»). And no genitive follows it (see
 * surnameFollows): ب + a noun before its genitive or adjective («سليم بذكاء ضد», «محمد لبيض
 * الدجاج») keeps its split.
 */
function isBaLamSurname(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const w = words[k]!;
  const s = w.segmentation!;
  if (s.prefixes.length !== 1 || s.suffixes.length !== 0) return false;
  const p = s.prefixes[0]!.form;
  if (p !== 'ب' && p !== 'ل') return false;
  const stem = s.base.form;
  if (stem.length < 3 || givenNameBefore(text, words, k, offset) === undefined) return false;
  const first = stem.charCodeAt(0);
  // ي ت ن أ after ل: ل + an imperfect
  if (p === 'ل' && (first === 0x064a || first === 0x062a || first === 0x0646 || first === 0x0623)) return false;
  return isSurnameStemShape(stem) && surnameFollows(text, words, k, offset) && isSurnameStemEvidence(w.text, stem);
}

/**
 * True when `stem`, after ب ل or ك, has a surname's shape (see isBaLamSurname, isKafSurname):
 * three letters or more, ending in neither ة ه ى nor a plural's or dual's «اء», «ات», «ين» (of
 * four letters or more: «روبرت كلين», Klein), no verbal noun's shape (isVerbalNounShape), no given
 * name («محمد بعيسى»).
 */
function isSurnameStemShape(stem: string): boolean {
  const n = stem.length;
  if (n < 3) return false;
  const last = stem.charCodeAt(n - 1);
  // ة ه ى
  if (last === 0x0629 || last === 0x0647 || last === 0x0649) return false;
  const end = stem.slice(-2);
  // «ين» of three letters is no plural nor dual («لين», «عين»; QA round 124)
  if (end === 'اء' || end === 'ات' || (end === 'ين' && n >= 4)) return false;
  return !isVerbalNounShape(stem) && !givenNamesBefore().has(stem);
}

/**
 * True when the corpus shows the word `whole`, a clitic + `stem`, as a surname's (see
 * isBaLamSurname, isKafSurname): the whole word is not common (SURNAME_BA_WHOLE), the stem takes
 * the article at least a sixteenth as often as it goes without it (SURNAME_KAF_ARTICLE_MARGIN) and
 * no possessive pronoun «ه», «ها» (SURNAME_BA_POSSESSIVE), as a noun that a preposition governs
 * does («بعلاج», «كمدرب», «كلاعب»).
 */
function isSurnameStemEvidence(whole: string, stem: string): boolean {
  if (wordEvidence(whole) >= SURNAME_BA_WHOLE) return false;
  const alone = wordEvidence(stem);
  const article = wordEvidence('ال' + stem);
  if (article < 0 || article < alone - SURNAME_KAF_ARTICLE_MARGIN) return false;
  return wordEvidence(stem + 'ه') < SURNAME_BA_POSSESSIVE && wordEvidence(stem + 'ها') < SURNAME_BA_POSSESSIVE;
}

/**
 * Words that close a surname in ب or ل (see surnameFollows) but go on after ك + a noun as its
 * complement: «أحمد أمين كأديب على طه حسين», «عين فلان كمسئول عن الشرطة» (see isKafSurname).
 */
const KAF_NOUN_AFTER = new Set(['على', 'عن']);

/**
 * True when the word at `k` of `words`, split ك + `stem` (see surnameStem) right after a given
 * name, is a surname whose stem is a common noun, before a word that closes a name (QA round
 * 124: «روبرت كلين مدير أعمال», «ومحمد كنون رئيس المجلس», «جون كمشي مساعد له», «هنري كويل
 * وجون كيج»; Klein, Kimche, Cowell): a word follows (a surname before punctuation is
 * isSurnameNoun's), and surnameFollows accepts it but for «على», «عن» (KAF_NOUN_AFTER) and a
 * role after و, which ك + a role coordinates with («كأديب وشاعر») — a bare role noun, «الذي»,
 * «التي», a verb of saying, و + a given name …, none of which ك + an indefinite noun takes after
 * it; the stem has a surname's shape (isSurnameStemShape), is no role noun (SURNAME_ROLES,
 * NAME_ROLES: «كمسئول», «كنائب») and the corpus shows the word as a surname's
 * (isSurnameStemEvidence): ك + a noun of role or kind after a name is written often or takes a
 * possessive pronoun («صلاح كلاعب أساسي», «عماد كمدرب مساعد»).
 */
function isKafSurname(text: string, words: readonly ContextWord[], k: number, stem: string, offset: number): boolean {
  const w = words[k]!;
  if (w.segmentation!.prefixes[0]!.form !== 'ك' || SURNAME_ROLES.has(stem) || NAME_ROLES.has(stem) || !isSurnameStemShape(stem)) return false;
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next === undefined || KAF_NOUN_AFTER.has(next.text) || !surnameFollows(text, words, k, offset)) return false;
  // ك + a role coordinated with another: «عرف أحمد كأديب وشاعر»
  const n = next.segmentation;
  if (n !== undefined && n.prefixes.length !== 0 && n.prefixes[0]!.tag === 'CONJ' && SURNAME_ROLES.has(n.base.text)) return false;
  return isSurnameStemEvidence(w.text, stem);
}

/**
 * Words before a given name that make it part of the name of a place or a body named after the
 * person, after which ب + the article opens where it stands, not a surname («مطار الملك خالد
 * بالرياض», «طريق الأمير فيصل بن محمد بالعقيق», «مدرسة القديس يوسف بالخرنفش»): royal and
 * religious titles and «بن», «ابن», «بنت» of a genealogy. See isBaArticleSurname. (QA round 123)
 */
const EPONYM_TITLES = new Set(['الملك', 'الأمير', 'الأميرة', 'الامير', 'السلطان', 'الإمام', 'الامام', 'الشيخ', 'القديس', 'القديسة', 'الخديوي', 'الخديو', 'بن', 'ابن', 'بنت']);
/**
 * Words of AFTER_SURNAME that also follow ب + a definite noun, the object of the verb before
 * the name, its relative clause or a clause that goes on after it («قام صلاح الدين بالقبض
 * على», «إقناع صدام بالتنحي عن», «بالجبل الذي», «طه حسين بالغرب كان»): not taken as closing a
 * name in «بال» (see articleSurnameFollows).
 */
const ARTICLE_NOUN_AFTER = new Set(['على', 'عن', 'الذي', 'التي', 'كان']);
/** Nouns of persons that stand with the article before a name, besides SURNAME_ROLES (see nameOpensBefore): «المواطن سالم», «الحكم مجدي». */
const NAME_ROLES = new Set(['مواطن', 'مواطنة', 'حكم', 'شهيد', 'شاب', 'طفل', 'طفلة', 'مدون', 'ناشط', 'ناشطة', 'نائب', 'إعلامي', 'اعلامي', 'إعلامية', 'دكتور', 'سيد', 'سيدة']);
let eponymPlaceSet: Set<string> | undefined;

/** The places of the recognizer's lists (CAPITALS, CITIES) written as one word, made on first use (see isBaArticleSurname). */
function eponymPlaces(): Set<string> {
  return (eponymPlaceSet ??= new Set([...placeNames(CAPITALS), ...placeNames(CITIES)].filter((p) => !p.includes(' '))));
}

/**
 * True when the word at `k` of `words` is a Maghreb or Gulf surname in «بال» right after a given
 * name (QA round 123: «سمير بالطيب،», «أكرم بالحاج في», «أحمد بالغنيم مدير»: Bettaieb,
 * Belhadj, Balghunaim), not ب + a definite noun («حكم على منصور بالسجن», «مطار الملك خالد
 * بالرياض»): split ب + the article + a stem of three letters or more (or ب + a base in «ال»,
 * splitArticle false) and nothing else; the stem ends in neither ة ى nor «اء», «ات», «ين»,
 * begins with neither م (a participle, a noun of place: «بالمدافع», «بالمكنين») nor ت (a
 * verbal noun: «بالتنحي», «بالتبديل») and has no other verbal noun's shape (isVerbalNounShape);
 * the stem with the article is no place of CAPITALS or CITIES written as one word, and no word
 * of EPONYM_TITLES stands before the given name; a name closes after it
 * (articleSurnameFollows); the whole word is not common (SURNAME_BA_WHOLE: «بالكامل»,
 * «بالقول», «بالنسبة»); and the stem does not take both «ها» and «هم», as a noun that ب
 * governs does («بالعثور», «بالحضور»).
 */
function isBaArticleSurname(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const w = words[k]!;
  const s = w.segmentation!;
  if (s.suffixes.length !== 0 || s.prefixes.length === 0 || s.prefixes[0]!.form !== 'ب') return false;
  let stem = s.base.form;
  if (s.prefixes.length === 2) {
    if (s.prefixes[1]!.tag !== 'DET') return false;
  } else if (s.prefixes.length === 1 && stem.length >= 5 && stem.charCodeAt(0) === 0x0627 && stem.charCodeAt(1) === 0x0644) {
    // the article inside the base (splitArticle false)
    stem = stem.slice(2);
  } else return false;
  const n = stem.length;
  if (n < 3) return false;
  const last = stem.charCodeAt(n - 1);
  const first = stem.charCodeAt(0);
  // ة ى; a participle or a noun of place in م, a verbal noun in ت (تفعّل, تفاعل)
  if (last === 0x0629 || last === 0x0649 || first === 0x0645 || first === 0x062a) return false;
  // «اء», «ات», «ين»: a plural or a dual
  const before = stem.charCodeAt(n - 2);
  if ((before === 0x0627 && (last === 0x0621 || last === 0x062a)) || (before === 0x064a && last === 0x0646) || isVerbalNounShape(stem)) return false;
  if (givenNameBefore(text, words, k, offset) === undefined) return false;
  if (!articleSurnameFollows(text, words, k, offset) || wordEvidence(w.text) >= SURNAME_BA_WHOLE) return false;
  if (eponymPlaces().has('ال' + stem)) return false;
  // the given name opens the name of a place or a body named after a person: «مطار الملك خالد بالرياض»
  const title = spacedNeighbour(text, words, k - 1, -1, offset);
  if (title !== undefined && EPONYM_TITLES.has(title.text)) return false;
  // a noun that takes «ها» and «هم» (their presence, finding them): no surname
  return wordEvidence(stem + 'ها') < 0 || wordEvidence(stem + 'هم') < 0;
}

/**
 * True when what follows the word at `k` of `words` closes a surname in «بال» (see
 * isBaArticleSurname): punctuation or the end of the text, as for surnameFollows; a word of
 * AFTER_SURNAME but those of ARTICLE_NOUN_AFTER; or a bare role noun of SURNAME_ROLES («أحمد
 * بالغنيم مدير», «سمير بالطيب وزير»); punctuation only where the given name opens a person's
 * name (see nameOpensBefore). Not a given name, a nisba or «الذي»,
 * which also follow a definite noun in apposition or before its adjective or relative clause
 * («بالرسول محمد», «بالحرس الوطني», «بالضريح الذي»).
 */
function articleSurnameFollows(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next === undefined) return surnameFollows(text, words, k, offset) && nameOpensBefore(text, words, k - 1, offset);
  if (AFTER_SURNAME.has(next.text)) return !ARTICLE_NOUN_AFTER.has(next.text);
  const s = next.segmentation;
  return s !== undefined && s.prefixes.length === 0 && s.suffixes.length === 0 && SURNAME_ROLES.has(s.base.text);
}

/**
 * True when the given name at `k` of `words` opens a person's name (see articleSurnameFollows):
 * first in its clause (the text's start or a punctuation mark of CLAUSE_END before it; a quote
 * or a dash opens a fragment as often: «"مراد بالعصا:"», «- منصور بالطايف -»), or after a
 * title (WAHBA_TITLES: «الدكتور عادل بالنور»), a rank or «إن», «أن» (NAME_AFTER), a verb of
 * saying (ZADA_NAME_AFTER: «وأكد كارلوس بالاريس») or a role noun with the article (SURNAME_ROLES,
 * NAME_ROLES: «اللاعب أمين بالنور», «المواطن سالم»); not after a verb or a noun that the name is the subject or genitive of («جاء محمد
 * بالقرآن،», «متحف محمود خليل بالدقي»), where ب + a definite noun goes on with the verb.
 */
function nameOpensBefore(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  if (k < 0) return true;
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous === undefined) {
    // first in its clause: the text's start or clause-ending punctuation before it, not a quote or a dash («"مراد بالعصا:"»)
    const c = codeNext(text, words[k]!.start - offset, -1);
    return c === -1 || CLAUSE_END.has(c);
  }
  const p = previous.text;
  if (WAHBA_TITLES.has(p) || NAME_AFTER.has(p) || ZADA_NAME_AFTER.has(p)) return true;
  return p.length >= 5 && p.charCodeAt(0) === 0x0627 && p.charCodeAt(1) === 0x0644 && (SURNAME_ROLES.has(p.slice(2)) || NAME_ROLES.has(p.slice(2)));
}

/**
 * True when `stem` has the shape of a verbal noun (see isBaLamSurname): إفعال, انفعال, افتعال,
 * استفعال, تفعيل (also + «ي», my: «بتدريبي»).
 */
function isVerbalNounShape(stem: string): boolean {
  const n = stem.length;
  const first = stem.charCodeAt(0);
  return first === 0x0625 || stem.startsWith('ان') || stem.startsWith('است') || (n >= 5 && first === 0x0627 && stem.charCodeAt(2) === 0x062a) || (n >= 5 && first === 0x062a && stem.charCodeAt(3) === 0x064a);
}

/**
 * True when what follows the word at `k` of `words` closes a name (see isBaLamSurname): no word
 * after spaces only and the next character a comma, a full stop, a bracket or a quote, a
 * dash, a semicolon or a colon (QA round 122: «محمد بيومي؛»), or the end of the text; or a
 * word of AFTER_SURNAME; or و + a given name and nothing else, a name coordinated with it
 * («أحمد بدير وأحمد منير»). QA round 120 adds an opening
 * bracket («أحمد بدير (مواليد …)»), a given name alone («محمد بيومي محمد»), a role noun of
 * SURNAME_ROLES, bare or with the article, alone or after و («فهد بارباع مدير», «مايكل بريتز
 * المدير», «مازن بترجي وعضو»), a nisba with the article, a tribe or family name («محمد برمان
 * اليامي»), and ب + a stem shaped as a verbal noun (see isVerbalNounShape), the object of the
 * verb before the name («وجه مصطفى بلجون بتشكيل لجنة»): an indefinite noun after ب or ل takes
 * none of them after it, and its genitive is a noun (see isBaLamSurname's possessive test).
 * The article is read as a prefix or at the head of the base (splitArticle false) alike.
 */
function surnameFollows(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next === undefined) {
    const c = codeNext(text, words[k]!.end - offset, 1);
    // end, «،» «,» «.» «)» «(» «]» «»» «"» «-» «–», «؛» «:» (QA round 122)
    return c === -1 || c === 0x060c || c === 0x2c || c === 0x2e || c === 0x29 || c === 0x28 || c === 0x5d || c === 0xbb || c === 0x22 || c === 0x2d || c === 0x2013 || c === 0x061b || c === 0x3a;
  }
  if (AFTER_SURNAME.has(next.text)) return true;
  const s = next.segmentation;
  if (s === undefined || s.suffixes.length !== 0) return false;
  const p = s.prefixes;
  const conj = p.length !== 0 && p[0]!.form === 'و' && p[0]!.tag === 'CONJ';
  let i = conj ? 1 : 0;
  let b = s.base.text;
  let article = i < p.length && p[i]!.tag === 'DET';
  if (article) i++;
  else {
    if (i === p.length && b.length >= 3 && givenNamesBefore().has(b)) return true;
    // the article inside the base (splitArticle false)
    if (b.length >= 5 && b.charCodeAt(0) === 0x0627 && b.charCodeAt(1) === 0x0644) {
      article = true;
      b = b.slice(2);
    }
  }
  if (i === p.length) return SURNAME_ROLES.has(b) || (article && !conj && b.length >= 3 && b.charCodeAt(b.length - 1) === 0x064a);
  return p.length === 1 && !conj && !article && p[0]!.form === 'ب' && b.length >= 4 && isVerbalNounShape(b);
}

/** A word token of the context rules, with the segmentation it was given. */
type ContextWord = { text: string; start: number; end: number; segmentation?: Segmentation | undefined };

/**
 * The word before (`step` −1) or after (`step` 1) `words[k]` when only spaces stand between the
 * two (offsets count from `offset`, as in applyContext), else undefined.
 */
function spacedNeighbour<W extends { start: number; end: number }>(text: string, words: readonly W[], k: number, step: -1 | 1, offset: number): W | undefined {
  const w = words[k]!;
  const n = words[k + step];
  if (n === undefined) return undefined;
  const between = step < 0 ? spacesBetween(text, n.end - offset, w.start - offset) : spacesBetween(text, w.end - offset, n.start - offset);
  return between ? n : undefined;
}

/** The first code unit next to `at` in `text` past spaces (`step` -1: before it, 1: from it on), or -1 at the text's edge. */
function codeNext(text: string, at: number, step: -1 | 1): number {
  let i = step < 0 ? at - 1 : at;
  while (i >= 0 && i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) return c;
    i += step;
  }
  return -1;
}

/** True when a number stands next to `at` in `text`, after spaces only (`step` -1: before it, 1: after it). */
function numberNext(text: string, at: number, step: -1 | 1): boolean {
  return isDigitCode(codeNext(text, at, step));
}

/**
 * Words before «يوليه» that make it the month (July, as Egypt writes it) and not the verb
 * «يولي» + ه (he entrusts him, «الذي يوليه الأمير»): «ثورة يوليه», «في يوليه», «منتصف يوليه».
 */
const JULY_AFTER = new Set(['ثورة', 'ثوره', 'شهر', 'شهري', 'في', 'وفي', 'خلال', 'منتصف', 'مطلع', 'أوائل', 'اوائل', 'أواخر', 'اواخر', 'نهاية', 'بداية', 'أول', 'اول']);
/** Words after «يوليه» that make it the month: «يوليه عام 1952», «يوليه الماضي». */
const JULY_BEFORE = new Set(['عام', 'سنة', 'العام', 'الماضي', 'المقبل', 'الجاري', 'المنصرم', 'الحالي']);

/** True when «يوليه» at `k` of `words` is July: a number (day or year) next to it, or a word of JULY_AFTER before it or JULY_BEFORE after it. */
function isJuly(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const w = words[k]!;
  if (numberNext(text, w.start - offset, -1) || numberNext(text, w.end - offset, 1)) return true;
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous !== undefined && JULY_AFTER.has(previous.text)) return true;
  const next = spacedNeighbour(text, words, k, 1, offset);
  return next !== undefined && JULY_BEFORE.has(next.text);
}

/**
 * Words before «زاده» that make it the verb «زاد» + ه (increased him, «مما زاده قناعة») or the
 * noun «زاد» + ه (his provisions, «أول زاده»), not the second half of a Persian or Turkish
 * name («نعمت زاده», «باشا زاده»).
 */
const ZADA_VERB_AFTER = new Set(['ما', 'مما', 'وما', 'فما', 'بل', 'الذي', 'التي', 'الذين', 'قد', 'وقد', 'فقد', 'لقد', 'ذلك', 'هذا', 'هذه', 'ثم', 'أول', 'اول', 'لا', 'ولا', 'كما', 'إذ', 'اذ', 'وهو', 'وهذا', 'كل']);
/**
 * The words after which «لقمة» is the noun «لُقمة» (a morsel) of the idioms «لقمة العيش» (one's
 * living), «لقمة عيشه» and «لقمة سائغة» (easy prey), not ل + «قمة» (for the summit): over the
 * 16 unlabeled news files, 88 of the bare «لقمة» stand before one of them (QA round 136).
 */
const MORSEL_BEFORE = new Set(['العيش', 'عيش', 'عيشه', 'عيشها', 'عيشهم', 'عيشهن', 'عيشنا', 'عيشي', 'عيشك', 'عيشكم', 'سائغة']);

/**
 * The proclitics read before «لقمة» of «لقمة العيش» (QA round 137: «ولقمة العيش», «بلقمة العيش»,
 * «للقمة العيش»; see splitMorsel), with their tags: U+0648 WAW and U+0641 FEH the conjunctions,
 * U+0628 BEH, U+0644 LAM and U+0643 KAF the prepositions.
 */
const MORSEL_PROCLITICS = new Map<number, 'CONJ' | 'PREP'>([[0x0648, 'CONJ'], [0x0641, 'CONJ'], [0x0628, 'PREP'], [0x0644, 'PREP'], [0x0643, 'PREP']]);

/** The proclitic + «لقمة» for a word token of five letters that ends in «لقمة» (see MORSEL_PROCLITICS, isMorsel). */
function splitMorsel(token: SegmentedToken): void {
  const c = token.text[0]!;
  const clitic = { text: c, form: c, start: token.start, end: token.start + 1, tag: MORSEL_PROCLITICS.get(token.text.charCodeAt(0))! };
  const base = { text: 'لقمة', form: 'لقمة', start: token.start + 1, end: token.end, tag: 'STEM' as const };
  token.segmentation = { prefixes: [clitic], base, suffixes: [] };
}

/** True when «لقمة» at `k` of `words` (after a proclitic or not) is followed, across spaces only, by a word of MORSEL_BEFORE. */
function isMorsel(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const next = words[k + 1];
  return next !== undefined && MORSEL_BEFORE.has(next.text) && spacesBetween(text, words[k]!.end - offset, next.start - offset);
}

/** Speech verbs after which «زاده» is a name whatever they carry («وقال زاده إن»). */
const ZADA_NAME_AFTER = new Set(['قال', 'وقال', 'أضاف', 'وأضاف', 'أكد', 'وأكد', 'ذكر', 'وذكر', 'أوضح', 'وأوضح', 'أشار', 'وأشار', 'صرح', 'وصرح']);

/**
 * True when «زاده» at `k` of `words` is the second half of a name: after a word without the
 * article, with no clitic but و before it and ي after it, that does not take the verb after it
 * (see ZADA_VERB_AFTER), and not before «الله», «من» or an indefinite accusative («زاده
 * إصرارًا»); or after a speech verb.
 */
function isZadaName(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous === undefined) return false;
  if (ZADA_NAME_AFTER.has(previous.text)) return true;
  const ps = previous.segmentation;
  if (ps === undefined || ZADA_VERB_AFTER.has(previous.text) || ZADA_VERB_AFTER.has(ps.base.text)) return false;
  // only و before the word, and only ي after it (a nisba read as «my»: «رجائي», «وقاضي»)
  for (const m of ps.prefixes) if (m.form !== 'و') return false;
  for (const m of ps.suffixes) if (m.form !== 'ي') return false;
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next !== undefined) {
    const t = next.text;
    if (t === 'الله' || t === 'من') return false;
    if (next.segmentation !== undefined && next.segmentation.suffixes.length > 0) return true;
    const last = t.charCodeAt(t.length - 1);
    // an indefinite accusative: «حماسا», «إصرارًا», «علماً»
    if (last === 0x064b || (last === 0x0627 && !t.startsWith('ال'))) return false;
  }
  return true;
}

/**
 * The verb «وعد» (to promise) in the forms that read as و + «عد» (to count, to return): «وعدت»
 * (she promised; و + «عدت», I returned) and «وعدوا» (they promised). (QA round 82)
 */
const PROMISED = new Set(['وعدت', 'وعدوا']);

/**
 * True when «وعدت» or «وعدوا» at `k` of `words` is the verb «وعد» (promised): after a word of
 * OBJECT_VERB_AFTER or NO_CONJUNCTION_AFTER, which no conjunction follows («كما وعدت الإدارة»,
 * «الذين وعدوا»), or before a word that ب begins («وعدوا بخطاب»), what one promises. «وعدت إلى
 * البيت» (and I returned home) keeps its و.
 */
function isPromised(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous !== undefined && (OBJECT_VERB_AFTER.has(previous.text) || NO_CONJUNCTION_AFTER.has(previous.text))) return true;
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next === undefined || next.segmentation === undefined) return false;
  const first = next.segmentation.prefixes[0];
  return first !== undefined && first.form === 'ب';
}

/**
 * Plurals in ة that a pronoun turns into the feminine perfect of a hollow verb: «قادته» is
 * «قادة» + ه (his leaders) or «قادت» + ه (she led him), «سادتها» «سادة» + ها (its masters) or
 * «سادت» + ها (prevailed over it). Alone the word keeps the noun (QA round 84; see isLedVerb).
 */
const LED_VERBS = new Set(['قادت', 'سادت']);
/** Relative pronouns after which «قادته», «سادتها» are the verb: «التي قادتها الولايات المتحدة». */
const LED_AFTER = new Set(['التي', 'الذي', 'والتي', 'والذي']);
/** Verbal nouns in ة after which «قادته إلى» is their object, the leaders: «دعوة قادتها إلى الحوار». */
const LED_NOUN_AFTER = new Set(['دعوة', 'ودعوة', 'بدعوة', 'مطالبة', 'ومطالبة', 'بمطالبة', 'إعادة', 'وإعادة', 'مساعدة', 'دفعة']);

/**
 * True when «قادته», «قادتها», «سادتهم» … at `k` of `words` (a pronoun on a base of LED_VERBS
 * read as the noun in ة, no proclitic) is the verb: right after a relative pronoun of LED_AFTER
 * or «قد» («وقد قادته خبرته»), or after a word in ة (the feminine subject before it, outside
 * LED_NOUN_AFTER) and before «إلى» («رحلة قادته إلى مصر», a journey that led him to Egypt) or,
 * where that word is indefinite and no verbal noun مفاعلة (see isMufaala), before its subject
 * («حملة قادتها الولايات المتحدة», «عملية عسكرية قادتها فرنسا»; see isLedSubject; QA round 87).
 * «كبار قادته إلى» (its senior leaders to) keeps the noun.
 */
function isLedVerb(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous === undefined) return false;
  if (LED_AFTER.has(previous.text) || LED_QAD.has(previous.text)) return true;
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next === undefined || !previous.text.endsWith('ة') || LED_NOUN_AFTER.has(previous.text)) return false;
  if (next.text === 'إلى' || next.text === 'الى') return true;
  return isIndefinite(previous) && !isMufaala(previous) && isLedSubject(next);
}

/** «قد» and the words made with it, after which «قادته», «قادتها» are the verb (QA round 87). */
const LED_QAD = new Set(['قد', 'وقد', 'فقد', 'لقد', 'ولقد']);
/**
 * Broken plurals of adjectives of persons after «قادتها» that keep the noun: «ثقة قادتها الجدد»,
 * «بحكمة قادته الأبرار».
 */
const LED_PLURAL_ADJECTIVE = new Set(['الجدد', 'الكبار', 'العظام', 'الأوائل', 'الاوائل', 'الشبان', 'الشباب', 'الأبرار', 'الابرار', 'الكرام', 'الأوفياء', 'الاوفياء', 'الشجعان', 'الأشاوس', 'الاشاوس', 'الأفذاذ', 'الافذاذ', 'الميامين', 'الأماجد', 'الاماجد', 'القدامى', 'الحكماء']);

/** True when a context word has neither the article nor a pronoun (a proclitic aside): «بحملة», «عسكرية». */
function isIndefinite(w: ContextWord): boolean {
  const s = w.segmentation;
  return s !== undefined && s.suffixes.length === 0 && !hasArticle(s);
}

/** True when a segmentation has the article, as a prefix or inside the base (splitArticle false). */
function hasArticle(s: Segmentation): boolean {
  for (const m of s.prefixes) if (m.tag === 'DET') return true;
  return s.base.text.startsWith('ال');
}

/**
 * True when the base of a context word is a verbal noun مفاعلة («محاكمة», «ملاحقة», «مواجهة»),
 * whose object «قادتها» is more often than the verb after it: «محاكمة قادتها», the trial of its
 * leaders.
 */
function isMufaala(w: ContextWord): boolean {
  const b = w.segmentation?.base.text;
  return b !== undefined && b.length === 6 && b.charCodeAt(0) === 0x0645 && b.charCodeAt(2) === 0x0627;
}

/** Particles after «قادتها» that no subject is: «ثقة قادتها في النصر». */
const LED_NOT_SUBJECT = new Set(['في', 'من', 'على', 'عن', 'مع', 'إلى', 'الى', 'منذ', 'عند', 'لدى', 'بين', 'حتى', 'أن', 'ان', 'إن', 'قد', 'لم', 'لن', 'لا', 'ما', 'هو', 'هي', 'هم', 'كان', 'كانت', 'أيضا', 'ايضا']);

/**
 * True when the word after «قادتها» can be the subject of the verb «قادت» (QA round 87): no
 * clitic but the article; without it, no particle of LED_NOT_SUBJECT; with it, no adjective of
 * a plural of persons («قادتها العسكريون», «قادته الجدد»: a sound plural in «ين», «ون» or a word
 * of LED_PLURAL_ADJECTIVE).
 */
function isLedSubject(w: ContextWord): boolean {
  const s = w.segmentation;
  if (s === undefined || s.suffixes.length !== 0) return false;
  for (const m of s.prefixes) if (m.tag !== 'DET') return false;
  if (!hasArticle(s)) return !LED_NOT_SUBJECT.has(w.text);
  const base = s.base.form;
  return !LED_PLURAL_ADJECTIVE.has(w.text) && !base.endsWith('ين') && !base.endsWith('ون');
}

/**
 * True when «بيد» at `k` of `words` is the particle «بيد أن» (however), not ب + «يد» (by the hand
 * of): the next word, after spaces only, is «أن», «أنّ», «ان» with no proclitic, alone or with a
 * pronoun («بيد أنه», «بيد أنها»). «بيد من حديد», «بيد الحكومة» keep ب + «يد».
 */
function isBaydaAnna(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const s = spacedNeighbour(text, words, k, 1, offset)?.segmentation;
  return s !== undefined && s.prefixes.length === 0 && (s.base.form === 'أن' || s.base.form === 'ان');
}

/**
 * Words before «فلم» that make it a film (a spelling of «فيلم»), not ف + «لم» (so … not; so why):
 * the conjunction ف opens a clause, which follows no preposition («في فلم», «إلى فلم سينمائي»),
 * no «هو», «هي» before their predicate («هو فلم موسيقي») and no noun that takes a genitive
 * («إنتاج فلم», «بطولة فلم», «على شكل فلم», «أفضل فلم»). Not «على», «منها», «هذا»: news writes
 * «منها فلم أفهم», «هذا فلم يكن» with the comma left out. (QA round 130)
 */
const FILM_AFTER = new Set(['في', 'وفي', 'من', 'عن', 'إلى', 'الى', 'مع', 'هو', 'وهو', 'هي', 'وهي', 'شكل', 'إنتاج', 'انتاج', 'بطولة', 'تصوير', 'إخراج', 'اخراج', 'عرض', 'أول', 'اول', 'آخر', 'أفضل', 'افضل']);
/**
 * Words after «فلم» that make it a film: an adjective or a kind of film, which no jussive after
 * «لم» is («فلم سينمائي», «فلم وثائقي», «فلم رعب», «فلم هندي»). (QA round 130)
 */
const FILM_BEFORE = new Set(['سينمائي', 'وثائقي', 'قصير', 'طويل', 'رعب', 'هندي', 'أجنبي', 'اجنبي', 'أمريكي', 'امريكي', 'موسيقي', 'كرتون', 'كارتون', 'تسجيلي', 'روائي', 'مصري']);

/**
 * True when «فلم» at `k` of `words` is a film, not ف + «لم»: a word of FILM_AFTER before it or of
 * FILM_BEFORE after it, after spaces only, or a Latin letter, a digit or an opening quotation
 * mark after it («في فلم The Hanging Garden», «منها فلم An Angel», «إن فلم "جود"»), where «لم»
 * would want an Arabic verb; not a bracket («اليأس فلم (تصدق خبر)»). «فلم يكن», «فلم لا» keep ف +
 * «لم». (QA round 130)
 */
function isFilm(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous !== undefined && FILM_AFTER.has(previous.text)) return true;
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next !== undefined && FILM_BEFORE.has(next.text)) return true;
  const c = codeNext(text, words[k]!.end - offset, 1);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isDigitCode(c) || c === 0x22 || c === 0xab || c === 0x201c;
}

/**
 * Words after «وفر» that make it و + «فر» (and he fled, «وفر إلى تونس», «وفر بصحبة أبنائه»,
 * «وفر هاربا»), not the verb «وفّر» (he provided, «وفر لهم», «وفر فرص عمل»). «نحو» is left out:
 * «وفر نحو 30 ٪» is provided about. (QA round 87) And «من», «منهم» (fled from, «وفر من
 * المعركة»; «وفر من استطاع», and whoever could fled), «ليلا» (by night), «بنفسه», «بجلده»,
 * «بأعجوبة»: the verb «وفّر» takes its object straight after it.
 */
const FLED_BEFORE = new Set(['إلى', 'الى', 'إلي', 'الي', 'بصحبة', 'هاربا', 'هاربًا', 'هارباً', 'ناجيا', 'ناجيًا', 'ناجياً', 'من', 'منه', 'منها', 'منهم', 'ليلا', 'ليلًا', 'ليلاً', 'بنفسه', 'بجلده', 'بأعجوبة']);
/** «كر» as written before «وفر» (attack and retreat), bare or with its shadda: «كر وفر», «كرّ وفر». */
const FLED_AFTER = new Set(['كر', 'كرّ', 'كرَّ', 'كرٌّ']);

/**
 * True when «وفر» at `k` of `words` is و + «فر» (QA round 86): a word of FLED_BEFORE after it, or
 * a word of FLED_AFTER before it («كر وفر», attack and retreat), after spaces only.
 */
function isFled(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next !== undefined && FLED_BEFORE.has(next.text)) return true;
  const previous = spacedNeighbour(text, words, k, -1, offset);
  return previous !== undefined && FLED_AFTER.has(previous.text);
}

/**
 * Given names that the Ottoman title «بك» (bey) follows: «محمد علي بك», «إسكندر بك», «مراد بك»,
 * «محرم بك»; and «لقب» (the title bey). After them «بك» is the title, not ب + ك (with you).
 * (QA round 92)
 */
const BEY_NAMES = new Set([
  'محمد', 'أحمد', 'احمد', 'علي', 'حسن', 'حسين', 'محمود', 'مصطفى', 'إبراهيم', 'ابراهيم', 'إسماعيل', 'اسماعيل',
  'يوسف', 'عمر', 'عثمان', 'مراد', 'إسكندر', 'اسكندر', 'حمزة', 'محرم', 'مردم', 'طغرل', 'جغري', 'جاني', 'جانى',
  'جانم', 'برد', 'رضوان', 'زكي', 'كمال', 'عباس', 'سالم', 'سليم', 'سليمان', 'خليل', 'قاسم', 'إسحاق', 'اسحاق',
  'إحسان', 'احسان', 'رشيد', 'فؤاد', 'عارف', 'شاكر', 'كامل', 'نعوم', 'باسيلي', 'أيوب', 'ايوب', 'عزت', 'رفعت',
  'شوكت', 'حلمي', 'نوري', 'صبري', 'فخري', 'رؤوف', 'ممدوح', 'منصور', 'نجيب', 'أنور', 'انور', 'توفيق', 'لطفي',
  'طلعت', 'فهمي', 'فريد', 'لقب',
]);

/**
 * True when «بك» at `k` of `words` is the title bey (QA round 92): after spaces only, the word
 * before it is a word of BEY_NAMES, bare or after و or ب («ومحمد بك», «بمحرم بك»), or the
 * second half of «عبد …» («عبد الحميد بك»). «أهلا بك», «الخاص بك», «نرحب بك» keep ب + ك.
 */
function isBey(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous === undefined) return false;
  const p = previous.text;
  if (BEY_NAMES.has(p)) return true;
  const first = p.charCodeAt(0);
  if ((first === 0x0648 || first === 0x0628) && BEY_NAMES.has(p.slice(1))) return true;
  if (!p.startsWith('ال') || p === 'الخاص') return false;
  const abd = spacedNeighbour(text, words, k - 1, -1, offset)?.text;
  return abd === 'عبد' || abd === 'وعبد';
}

/**
 * Given-name syllables of China, Korea and Singapore that follow the surname «لي» (Li, Lee) in
 * news and are no Arabic word (QA round 135): «لي كه شيانغ», «لي كيكيانغ», «لي هسين لونغ», «لي
 * كوان يو», «لي جاي يونغ», «لي شينغانغ», «لي جينجان», «لي شياو بينغ», «لي دونج» («جاي», coming
 * in Egyptian speech, news does not write after «لي»). Not «كون» (being: «بالنسبة لي كون …»),
 * «جين» (a gene) or «باي» (bye), which news writes in other senses. See isNameLi.
 */
const LEE_GIVEN_AFTER = new Set(['كه', 'كيكيانغ', 'كيكيانج', 'هسين', 'هسيين', 'كوان', 'شانغ', 'شانج', 'جاي', 'يونغ', 'يونج', 'بيونغ', 'بيونج', 'مياوتشيان', 'جينجان', 'شينغانغ', 'شياو', 'دونج', 'دونغ', 'كيونغ', 'سيونغ', 'تشانغ', 'هونغ', 'مينغ', 'تشينغ', 'شيانغ', 'جونغ', 'سونغ', 'هيون']);

/**
 * True when «لي» at `k` of `words`, split ل + «ي» (to me), is the surname Li or Lee (QA round
 * 135): the word before it, after spaces only, is a given name (see givenNameBefore: «ستان لي»,
 * «ديفيد لي», «سبايك لي», «كريستوفر لي»), or the word after it is a given-name syllable of
 * LEE_GIVEN_AFTER («الصيني لي كه شيانغ», «رئيس الوزراء لي هسين لونغ»). «to me» follows a verb,
 * «بالنسبة», a noun («صديق لي») and stands before a clause or an object («قال لي إن», «قدم لي
 * الكثير»); not after a given name that is also a noun or a preposition (NOUN_GIVEN: «علي», on
 * me), nor after an Arabic one, which may be the subject of «told me» («قالت سارة لي»): only
 * given names that the corpus never shows with the article («ستيف», «ديفيد», not «سارة», «عمرو»).
 */
function isNameLi(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const next = spacedNeighbour(text, words, k, 1, offset);
  if (next !== undefined && LEE_GIVEN_AFTER.has(next.text)) return true;
  const name = givenNameBefore(text, words, k, offset);
  return name !== undefined && !NOUN_GIVEN.has(name) && wordEvidence(`ال${name}`) < 0;
}

/**
 * True when the word at `k` of `words`, split a stem + «ي» (my) and nothing else, is a foreign
 * given name right after a definite nisba adjective, the person's nationality or trade (QA round
 * 137): «المنتخب الغاني سولي مونتاري», «الجيش الإسرائيلي بيني غانتس», «المحاضر الدولي الأمريكي
 * آيسي بهامز», «الإثيوبي أبيي أحمد», «الصحافي التركي قدري جورسيل», «الصيني لي باو دونغ», «الممثل
 * الهزلي لي نيلسون». The word before, after spaces only, is the article + a stem + «ي» and
 * nothing else whose feminine in «ية» is seen (NISBA_FEMININE_EVIDENCE: «غانية», «دولية»), and the
 * word after it, after spaces only, a bare word, maybe in ي — the rest of the name. «my …» or «to
 * me» after such an adjective ends the phrase or goes on with a particle, a pronoun, a clitic or
 * the article («الإعلام السعودي معي خلال», «التقارب الروحي بيني وبين», «التهديد الرئيسي لي هو»,
 * «التمثيل السينمائي هوايتي الوحيدة»); not a noun in ة + «ي» (a dual in construct: «التلفزيون
 * المصري لقطتي فيديو») nor a preposition or particle + «ي» (FIRST_PERSON_PARTICLES) but «لي» and
 * «بيني» (Benny; «بيني وبين», between me and, has و after it), nor a word said twice (the
 * anthem «بلادي بلادي», my country).
 */
function isNameAfterNisba(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const s = words[k]!.segmentation!;
  if (s.prefixes.length !== 0 || s.suffixes.length !== 1 || s.suffixes[0]!.form !== 'ي' || s.base.form.endsWith('ة')) return false;
  if (s.base.form !== 'ل' && s.base.form !== 'بين' && FIRST_PERSON_PARTICLES.has(s.base.form)) return false;
  const before = spacedNeighbour(text, words, k, -1, offset);
  const p = before?.segmentation;
  if (p === undefined || p.suffixes.length !== 0) return false;
  const adjective = before!.text;
  // the article + three letters or more + U+064A YEH
  if (adjective.length < 6 || !adjective.startsWith('ال') || adjective.charCodeAt(adjective.length - 1) !== 0x064a) return false;
  for (const m of p.prefixes) if (m.tag !== 'DET') return false;
  if (wordEvidence(`${adjective.slice(2)}ة`) < NISBA_FEMININE_EVIDENCE) return false;
  const after = spacedNeighbour(text, words, k, 1, offset);
  const a = after?.segmentation;
  if (a === undefined || a.prefixes.length !== 0 || hasArticle(a) || after!.text.length < 2) return false;
  if (a.suffixes.length !== 0 && (a.suffixes.length !== 1 || a.suffixes[0]!.form !== 'ي')) return false;
  // the word said again is a title or a refrain, not a name and its surname («النشيد الوطني المصري بلادي بلادي»)
  return after!.text !== words[k]!.text && !NOT_DUAL_GENITIVE.has(after!.text) && !FIRST_PERSON_PARTICLES.has(after!.text);
}

/**
 * The nouns whose «ي» (my) splits off in running text (see isMyKin): the two-letter «أب», «أم»,
 * «أخ», «يد», and «ابن», «والد», «زوج» that the word analysis keeps whole as «ابني», «والدي»,
 * «زوجي» (QA round 103: the dual or plural in construct «والدي المهاجم», the adjective «زوجي»).
 */
const MY_KIN = new Set(['أبي', 'أمي', 'أخي', 'يدي', 'ابني', 'والدي', 'زوجي']);

/** The punctuation after which «أمي», «يدي» … end their clause (see isMyKin). */
const CLAUSE_END = new Set([0x060c, 0x002c, 0x002e, 0x003a, 0x0021, 0x003f, 0x061f, 0x061b, 0x003b, 0x00bb, 0x0029]);

/**
 * True when the word token `words[k]`, kept whole as a noun of MY_KIN (after at most one
 * proclitic, never the article), is «my father», «my mother», «my brother», «my hand» (QA round
 * 95; «my son», «my father», «my husband» of «ابني», «والدي», «زوجي» as «أمي», QA round 103): after the
 * vocative «يا» («يا أبي», «يا أخي»: the vocative of «أبو» is «أبا»), or, for «أمي», «أخي», «يدي»,
 * when the text after it, past spaces, ends or goes on with clause-ending punctuation («عن أمي.»,
 * «في يدي،», «ابن أخي»»), so it is no dual in construct («بين يدي الرئيس»). «أبي» before
 * punctuation stays whole: the name Abiy, «أبيّ» (proud) and the verb «أبى» are written so too;
 * after «ك» the word stays whole («كيدي» is rather a name). «أمي» and «أخي» are also «my mother»,
 * «my brother» after «ف», «ل», «ب» («فأمي», «لأخي»), and inside a clause (QA round 99) where a
 * word around them (spaces only) shows no genitive nor name follows: after a preposition or
 * particle of KIN_AFTER («من أمي», «مع أخي», «كانت أمي») or a verb + «ني» (me) whose subject
 * they are («أبلغتني أمي»), or before a particle, preposition or pronoun of NOT_DUAL_GENITIVE,
 * maybe + a pronoun («أمي هي», «أخي في», «أسأل أمي عنه»), an adverb of NOT_DUAL_ADVERBS
 * («كثيرا»), «أو», «ثم», a relative pronoun, or «و» + a word that is none of those («أمي وأبي»,
 * but «بيل أمي ومن» stays whole). Before a name they stay whole: «أمي باتلر» (Amy), «منزل أخي
 * شوبرت» (the genitive of «أخو»).
 */
function isMyKin(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const w = words[k]!;
  const prefixes = w.segmentation!.prefixes;
  if (prefixes.length !== 0 && prefixes[0]!.form === 'ك') return false;
  for (const m of prefixes) if (m.tag === 'DET') return false;
  const previous = spacedNeighbour(text, words, k, -1, offset)?.text;
  if (previous === 'يا') return prefixes.length === 0;
  const base = w.segmentation!.base.text;
  if (base === 'أبي') return false;
  if (base !== 'يدي' && prefixes.length !== 0 && prefixes[0]!.form !== 'و') return true;
  const next = codeNext(text, w.end - offset, 1);
  return next === -1 || CLAUSE_END.has(next) || (base !== 'يدي' && isKinInClause(text, words, k, offset));
}

/**
 * Nouns + «ي» (my) that the word analysis keeps whole for a homograph (see isMyNoun): «عمري» (the
 * name al-Omari), «بلدي» (local, municipal). (QA round 104)
 */
const MY_NOUNS = new Set(['عمري', 'بلدي']);

/**
 * True when the word token `words[k]`, kept whole as a word of MY_NOUNS (after at most one
 * proclitic, never the article), is «my age», «my country» (QA round 104): after «ل», «ب»
 * («لبلدي»), or, bare or after «و», after a preposition or particle of KIN_AFTER («من عمري», «في
 * بلدي», «كان عمري»), and for «عمري» before a number («عمري 30 سنة»). Elsewhere they stay whole:
 * the adjective after a noun («قرار بلدي»), the name after a given name («نزار عمري»).
 */
function isMyNoun(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const w = words[k]!;
  const prefixes = w.segmentation!.prefixes;
  if (prefixes.length > 1 || (prefixes.length === 1 && prefixes[0]!.tag === 'DET')) return false;
  if (prefixes.length === 1 && prefixes[0]!.form !== 'و') return prefixes[0]!.form !== 'ك' && prefixes[0]!.form !== 'ف';
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous !== undefined && KIN_AFTER.has(previous.text)) return true;
  if (w.segmentation!.base.text !== 'عمري') return false;
  const next = codeNext(text, w.end - offset, 1);
  return (next >= 0x30 && next <= 0x39) || (next >= 0x0660 && next <= 0x0669);
}

/** Prepositions and particles after which «أمي», «أخي» are «my mother», «my brother» (see isMyKin). */
const KIN_AFTER = new Set(['من', 'عن', 'مع', 'في', 'إلى', 'الى', 'على', 'مثل', 'عند', 'لدى', 'أن', 'لأن', 'إن', 'أما', 'لكن', 'ولكن', 'كان', 'كانت', 'وكان', 'وكانت', 'كذلك', 'وكذلك']);

/** Words after «أمي», «أخي» that show them «my mother», «my brother» beside NOT_DUAL_GENITIVE (see isMyKin). */
const KIN_BEFORE = new Set(['أو', 'ثم', 'حتى', 'حتي', 'الذي', 'التي', 'الذين']);

/** True when a word around «أمي», «أخي» at `k` shows them «my …» inside a clause (see isMyKin). */
function isKinInClause(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const previous = spacedNeighbour(text, words, k, -1, offset);
  if (previous !== undefined && (KIN_AFTER.has(previous.text) || (previous.text.length >= 5 && previous.text.endsWith('تني')))) return true;
  const s = spacedNeighbour(text, words, k, 1, offset)?.segmentation;
  if (s === undefined) return false;
  const p = s.prefixes;
  if (p.length === 0) return NOT_DUAL_GENITIVE.has(s.base.text) || (s.suffixes.length === 0 && (NOT_DUAL_ADVERBS.has(s.base.text) || KIN_BEFORE.has(s.base.text)));
  return p.length === 1 && p[0]!.form === 'و' && s.base.end - s.base.start >= 2 && !NOT_DUAL_GENITIVE.has(s.base.text) && !NOT_DUAL_PAIR.has(s.base.text);
}

/**
 * The stem + the pronoun of its last `n` letters for a word token kept whole, its proclitics kept:
 * «ي» (my) of MY_KIN (see isMyKin), «نا» (our) of «حقنا» (see isOurRight).
 */
function splitPossessive(token: SegmentedToken, n: number): void {
  const s = token.segmentation;
  const b = s.base;
  const stem = b.text.slice(0, -n);
  const pronoun = b.text.slice(-n);
  const base = { text: stem, form: stem, start: b.start, end: b.end - n, tag: 'STEM' as const };
  const own = { text: pronoun, form: pronoun, start: b.end - n, end: b.end, tag: 'PRON' as const };
  token.segmentation = { prefixes: s.prefixes, base, suffixes: [own] };
}

/**
 * Perfect verbs + ه that the word analysis keeps whole, the corpus showing the set phrase more
 * often than the bare verb: «وافته» («وافته المنية», death came to him; «وافته بالتقرير», she
 * sent him the report) is always the verb «وافت» + ه. In running text it splits, after at most
 * one proclitic («ووافته»; QA round 101).
 */
const VERB_OBJECT_WHOLE = new Set(['وافته']);

/** Words in ل after «حقنا» that leave it «our right» («حقنا لن يضيع»; see isOurRight). */
const RIGHT_BEFORE_LAM = new Set(['لن', 'لا', 'لم', 'لكن', 'لأن', 'لان', 'لقد', 'لذلك']);

/**
 * True when «حقنا» kept whole at `k` of `words` (after at most one proclitic) is «حق» + «نا», our
 * right (QA round 100: «نمارس حقنا», «حقنا في», «بحقنا المشروع»), not the noun «حقن» (injection,
 * injections) in the accusative: unless the next word (after spaces only) begins with ل and is no
 * particle of RIGHT_BEFORE_LAM («حقنا للدماء», «حقنا لدماء الأبرياء», to spare blood). The rare
 * plural before its adjective («حقنا مخدرة», anaesthetic injections) is split too: an adjective in
 * ة is not told from a noun there («ممارسة حقنا بحرية», our right freely).
 */
function isOurRight(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const next = spacedNeighbour(text, words, k, 1, offset);
  return next === undefined || next.text.charCodeAt(0) !== 0x0644 || RIGHT_BEFORE_LAM.has(next.text);
}

/** Words that, standing after a noun in «…تي», show it no dual in construct (see isCoordinatedDual). */
const NOT_DUAL_GENITIVE = new Set(['أن', 'ان', 'إن', 'لم', 'لن', 'لا', 'ما', 'قد', 'من', 'عن', 'في', 'على', 'إلى', 'الى', 'مع', 'بلا', 'كل', 'كان', 'كانت', 'هو', 'هي', 'أنا', 'انا', 'نحن', 'أنت', 'انت', 'هم']);

/** Adverbs in «ا» that, standing after a noun in «…تي», show it no dual in construct (see isCoordinatedDual). */
const NOT_DUAL_ADVERBS = new Set(['تماما', 'أيضا', 'ايضا', 'جدا', 'دائما', 'أبدا', 'ابدا', 'معا', 'حاليا', 'سابقا', 'لاحقا', 'مؤخرا', 'أخيرا', 'اخيرا', 'كثيرا', 'قليلا', 'فعلا', 'طبعا', 'مثلا', 'قهرا', 'يوميا', 'نهائيا', 'رسميا', 'كليا', 'جزئيا', 'هنا']);

/** Pronouns and particles after «و» that show the «…تي» word no dual in construct (see isCoordinatedDual). */
const NOT_DUAL_PAIR = new Set(['أنا', 'انا', 'نحن', 'أنت', 'انت', 'أنتم', 'انتم', 'هما', 'هم', 'بعد', 'قبل', 'منذ', 'عند', 'لكن', 'ذلك', 'هذا', 'هذه', 'التي', 'الذي', 'إن', 'أن', 'لذلك', 'كذلك', 'بعض', 'كل']);

/**
 * Nouns in ة that are plurals (see isCoordinatedDual): «إخوتي السعوديين» (my Saudi brothers) is
 * «my …» before an adjective in «ين».
 */
const PLURAL_TEH_NOUNS = new Set(['إخوة', 'اخوة', 'أخوة', 'طلبة', 'قادة', 'سادة', 'أساتذة', 'اساتذة']);

/**
 * Definite words in «ين» or «ات» that are no plural or dual genitive (see pluralGenitive):
 * Monday, the tens (an ordinal after its noun: «مشاركتي الأربعين»).
 */
const NOT_PLURAL_GENITIVE = new Set(['الاثنين', 'الإثنين', 'العشرين', 'الثلاثين', 'الأربعين', 'الاربعين', 'الخمسين', 'الستين', 'السبعين', 'الثمانين', 'التسعين']);

/**
 * 1 when the definite word `t` («ال» + three letters or more + «ين», marks skipped at its end) is
 * a dual or plural (QA round 106: «البلدين», «اللاعبين»), 2 when it ends so in «ات»
 * («العمليات»), else 0; 0 for the words of NOT_PLURAL_GENITIVE. After a noun in ة + «ي» it is no
 * adjective of «my …» (that would agree with the singular: «عائلتي الكبيرة») but the genitive of
 * a dual in construct (see isCoordinatedDual).
 */
function pluralGenitive(t: string): number {
  if (t.charCodeAt(0) !== 0x0627 || t.charCodeAt(1) !== 0x0644) return 0;
  const last = lastLetter(t, t.length);
  const before = lastLetter(t, last);
  if (before < 5 || NOT_PLURAL_GENITIVE.has(t)) return 0;
  const a = t.charCodeAt(before);
  const b = t.charCodeAt(last);
  if (a === 0x064a && b === 0x0646) return 1;
  return a === 0x0627 && b === 0x062a ? 2 : 0;
}

/**
 * Definite words that, after a noun in ة + «ي», are no genitive of a dual in construct (see
 * singularGenitive): relative pronouns («عائلتي التي»), the adverbs «الآن», «اليوم».
 */
const NOT_SINGULAR_GENITIVE = new Set(['اليوم', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي', 'اللائي', 'الآن', 'الان']);

/**
 * True when the definite word `t` («ال» + three letters or more, marks skipped at its end) that
 * pluralGenitive gave 0 ends in no feminine or plural sign: not in ة («الجديدة»), ى or «اء» (the
 * adjectives «الكبرى», «البيضاء»), «ا», «ين», «ون» or «ات», and is none of NOT_SINGULAR_GENITIVE
 * or NOT_PLURAL_GENITIVE. After a noun in ة + «ي» it is then no adjective of «my …» (that would be
 * feminine: «عائلتي الكبيرة») but the genitive of a dual in construct (QA round 109: «لجنتي
 * الحوار», «بتهمتي الإرهاب»; see isCoordinatedDual).
 */
function singularGenitive(t: string): boolean {
  if (t.charCodeAt(0) !== 0x0627 || t.charCodeAt(1) !== 0x0644) return false;
  const last = lastLetter(t, t.length);
  const before = lastLetter(t, last);
  if (before < 3 || NOT_SINGULAR_GENITIVE.has(t) || NOT_PLURAL_GENITIVE.has(t)) return false;
  const b = t.charCodeAt(last);
  if (b === 0x0629 || b === 0x0649 || b === 0x0627 || b === 0x0621) return false;
  const a = t.charCodeAt(before);
  return !((a === 0x064a || a === 0x0648) && b === 0x0646) && !(a === 0x0627 && b === 0x062a);
}

/** Corpus evidence (see wordEvidence) of the dual of a noun in ة that isDualNoun wants (seen four times). */
const DUAL_NOUN_EVIDENCE = 8;

/**
 * Nouns in ة whose «…تي» before a definite word is «my …» however often the corpus shows their
 * dual: «بصفتي الرئيس» (in my capacity as the president), «أمتي العرب» (my nation, the Arabs),
 * kin («أمكنني وزوجتي الاستمتاع», my wife and I could enjoy).
 */
const MY_BEFORE_DEFINITE = new Set(['صفة', 'أمة', 'امة', 'زوجة', 'جدة', 'عمة', 'خالة']);

/**
 * True when the noun in ة `noun` (its written form, «لجنة») is one the corpus shows as a dual,
 * «…تين» or «…تان», bare or with the article, DUAL_NOUN_EVIDENCE or more, and is none of
 * MY_BEFORE_DEFINITE: its «…تي» before a definite singular can be the dual in construct (QA round
 * 109: «لجنتي الحوار», «وجهتي النظر»). Verbal nouns the corpus never shows so keep «my …» before
 * their object («مغادرتي العمل», «معارضتي النقاب»; see isCoordinatedDual).
 */
function isDualNoun(noun: string): boolean {
  if (MY_BEFORE_DEFINITE.has(noun)) return false;
  const stem = noun.slice(0, -1);
  return (
    wordEvidence(`${stem}تين`) >= DUAL_NOUN_EVIDENCE ||
    wordEvidence(`${stem}تان`) >= DUAL_NOUN_EVIDENCE ||
    wordEvidence(`ال${stem}تين`) >= DUAL_NOUN_EVIDENCE ||
    wordEvidence(`ال${stem}تان`) >= DUAL_NOUN_EVIDENCE
  );
}

/** True when `prefixes` are none or the conjunction «و» alone. */
function onlyConjunction(prefixes: readonly Morpheme[]): boolean {
  return prefixes.length === 0 || (prefixes.length === 1 && prefixes[0]!.form === 'و');
}

/**
 * True when the word token `words[k]`, a noun in ة read + «ي» (my) from its written «…تي»
 * («بورصتي», «إدارتي», «جمهوريتي»), is rather the dual of the noun in construct before a pair of
 * coordinated genitives (QA round 96): «بورصتي القاهرة والإسكندرية» (the two exchanges of Cairo
 * and Alexandria), «إدارتي الهلال والنصر», «جمهوريتي كرواتيا وسلوفينيا», «صلاتي العشاء والفجر».
 * The next word, after spaces only, takes no clitic but the article and no pronoun, and the word
 * after it, after spaces only, is «و» + a word of three letters or more without a pronoun, not a
 * pronoun or particle (NOT_DUAL_PAIR: «نسبتي الموزونة وبعد ذلك»). The first genitive may not be
 * an adjective فعيلة («صديقتي الصغيرة والجميلة», «والدتي بريئة»); a definite one may not end in
 * «ية» (a nisba adjective agrees with «my …»: «حياتي المعرفية والفكرية»); an indefinite one (a
 * name: «فنلندا», «باريس») may not be a particle or pronoun (NOT_DUAL_GENITIVE) nor an adverb
 * (NOT_DUAL_ADVERBS, or written with tanween: «تماما», «قهرًا») nor end in «ي», and the dual may
 * then take no proclitic («بصفتي والد وممثل», in my capacity as a father and …, «ما بحياتي طلبت
 * وظيفة»).
 * After «بين» or «وبين» (spaces only between), a dual without proclitic needs no second genitive
 * (QA round 97): «بين دفتي الكتاب», «بين دائرتي عرض», «بين قيادتي البلدين», «بين ذرتي الأكسجين»
 * (a word of four letters only there: «دفتي», «ذرتي»). The next word follows the same rules;
 * «بين صديقتي وأختي» (between my friend and my sister) stays «my …», its next word taking «و».
 * Before a definite dual or plural in «ين» («قيادتي البلدين», «رابطتي اللاعبين»), or in «ات» with
 * no proclitic but «و» («قيادتي العمليات»), no second genitive is needed either (QA round 106;
 * see pluralGenitive), but for a plural in ة (PLURAL_TEH_NOUNS: «إخوتي السعوديين»). Before a
 * definite singular (singularGenitive: «لجنتي الحوار», «وجهتي النظر», «بتهمتي الإرهاب») neither,
 * when the noun is one the corpus shows as a dual (isDualNoun; QA round 109).
 */
function isCoordinatedDual(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const w = words[k]!;
  const a = spacedNeighbour(text, words, k, 1, offset);
  if (a === undefined || a.segmentation === undefined) return false;
  const sa = a.segmentation;
  if (sa.suffixes.length !== 0 || a.text.charCodeAt(0) === 0x0648) return false;
  for (const m of sa.prefixes) if (m.tag !== 'DET') return false;
  if (hasArticle(sa) && !PLURAL_TEH_NOUNS.has(w.segmentation!.base.form)) {
    const plural = pluralGenitive(a.text);
    // a plural in «ات» after ل ب may be the object of a verb before («تحقق لأمتي الأمنيات»)
    if (plural === 1 || (plural === 2 && onlyConjunction(w.segmentation!.prefixes))) return true;
    if (plural === 0 && singularGenitive(a.text) && isDualNoun(w.segmentation!.base.form)) return true;
  }
  const before = w.segmentation!.prefixes.length === 0 ? spacedNeighbour(text, words, k, -1, offset) : undefined;
  if (before === undefined || (before.text !== 'بين' && before.text !== 'وبين')) {
    if (w.end - w.start < 5) return false;
    const b = spacedNeighbour(text, words, k + 1, 1, offset);
    if (b === undefined || b.segmentation === undefined) return false;
    const sb = b.segmentation;
    if (sb.prefixes.length === 0 || sb.prefixes[0]!.form !== 'و' || sb.suffixes.length !== 0 || sb.base.text.length < 3 || NOT_DUAL_PAIR.has(sb.base.text)) return false;
  }
  const last = a.text.charCodeAt(a.text.length - 1);
  // an adjective فعيلة agrees with «my …» («صديقتي الصغيرة والجميلة», «والدتي بريئة وتدعو»)
  const article = hasArticle(sa) ? 2 : 0;
  if (last === 0x0629 && a.text.length === article + 5 && a.text.charCodeAt(article + 2) === 0x064a) return false;
  if (article !== 0) return !a.text.endsWith('ية');
  if (w.segmentation!.prefixes.length !== 0 || NOT_DUAL_GENITIVE.has(a.text)) return false;
  return last !== 0x064a && last !== 0x0649 && !a.text.includes('\u064b') && !NOT_DUAL_ADVERBS.has(a.text);
}

/** Corpus evidence (see wordEvidence) of «ال» + a noun in ة that «…تي» kept whole must have to read as «my …» (see isMyTehNoun). */
const MY_TEH_NOUN_EVIDENCE = 24;

/** Corpus evidence (see wordEvidence) of that noun + «ه» (his …) that «…تي» must have besides (see isMyTehNoun). */
const MY_TEH_NOUN_PRONOUN = 12;

/** Index of the last letter of `s` (its marks skipped, see isIgnorable) before index `end`, or -1. */
function lastLetter(s: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && isIgnorable(s.charCodeAt(i))) i--;
  return i;
}

/**
 * True when the word token `words[k]`, its base kept whole and ending (marks skipped) in «تي» after
 * two letters or more, is a noun in ة + «ي» (my) that the word analysis kept whole as a dual in
 * construct («عائلتي», «أسرتي», «مدينتي», «ابنتي», beside «العائلتين» …; QA round 103): «ال» + its
 * letters before the ت + ة is a noun the corpus knows (MY_TEH_NOUN_EVIDENCE: «العائلة»; not
 * «الإماراة» of the nisba «إماراتي»), seen with «ه» too (MY_TEH_NOUN_PRONOUN: «عائلته»; not the
 * name «مارتي»), and the text after it, past spaces, ends, goes on with clause-ending punctuation
 * («مع عائلتي.»), or with a particle, preposition or pronoun of NOT_DUAL_GENITIVE but «ما», an
 * adverb of NOT_DUAL_ADVERBS or a word of KIN_BEFORE («أسرتي في», «مدينتي التي»): a dual in
 * construct is followed by its genitive («محافظتي صنعاء وعدن», «في مرحلتي ما قبل …» stay whole).
 * Not after a given name (GIVEN_NAMES, WAHBA_GIVEN: a surname), with the article, nor after ف or
 * ك, which the word analysis may have cut from the noun («فكرتي», my idea, is no ف + «كرتي»).
 */
function isMyTehNoun(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const b = words[k]!.segmentation!.base;
  const t = b.text;
  const yeh = lastLetter(t, t.length);
  if (yeh < 0 || t.charCodeAt(yeh) !== 0x064a) return false;
  const teh = lastLetter(t, yeh);
  if (teh < 2 || t.charCodeAt(teh) !== 0x062a) return false;
  if (t.startsWith('ال')) return false;
  for (const m of words[k]!.segmentation!.prefixes) if (m.tag === 'DET' || m.form === 'ف' || m.form === 'ك') return false;
  const next = codeNext(text, words[k]!.end - offset, 1);
  if (next !== -1 && !CLAUSE_END.has(next)) {
    const s = spacedNeighbour(text, words, k, 1, offset)?.segmentation;
    if (s === undefined || s.prefixes.length !== 0 || s.suffixes.length !== 0) return false;
    const n = s.base.text;
    if (n === 'ما' || (!NOT_DUAL_GENITIVE.has(n) && !NOT_DUAL_ADVERBS.has(n) && !KIN_BEFORE.has(n))) return false;
  }
  const previous = spacedNeighbour(text, words, k, -1, offset)?.text;
  if (previous !== undefined && givenNamesBefore().has(previous)) return false;
  const stem = t.slice(0, teh);
  return wordEvidence(`ال${stem}ة`) >= MY_TEH_NOUN_EVIDENCE && wordEvidence(`${stem}ته`) >= MY_TEH_NOUN_PRONOUN;
}

/** Corpus evidence (see wordEvidence) by which a noun in ة must outweigh the same letters in «ه» (see tehWrittenHehAt, isConstructTehHeh). */
const TEH_HEH_MARGIN = 16;

/** Corpus evidence (see wordEvidence) by which a noun in ة must outweigh its stem alone (see isConstructTehHeh). */
const TEH_HEH_STEM_MARGIN = 6;

/** How many words on either side of a word isConstructTehHeh looks at for a ة written ه in the same paragraph. */
const TEH_HEH_WINDOW = 60;

/**
 * True when the word token `w` was kept whole by the word analysis and ends in a ه that is a ة:
 * its base, four letters or more, ends in ه (no pronoun split off) and the same letters with ة
 * are TEH_HEH_MARGIN more frequent («اداره», «الشركه», «الاسلاميه» beside «إدارة», «الشركة»):
 * the writer spells ة as ه (see isConstructTehHeh).
 */
function tehWrittenHehAt(w: ContextWord): boolean {
  const s = w.segmentation;
  if (s === undefined || s.suffixes.length !== 0) return false;
  const b = s.base.text;
  if (b.length < 4 || b.charCodeAt(b.length - 1) !== 0x0647) return false;
  const teh = wordEvidence(`${b.slice(0, -1)}ة`);
  return teh >= 0 && teh >= wordEvidence(b) + TEH_HEH_MARGIN;
}

/**
 * True when the word token `words[k]`, read stem + «ه» (his, its), is rather a noun in ة written
 * with ه in construct before a definite genitive (QA round 132): «كليه الحقوق», «جامعه
 * الإسكندرية», «قناه الحياة», «محافظه الجيزة» are «كلية», «جامعة», «قناة», «محافظة». A noun with
 * a pronoun takes no genitive, yet a definite word after one is common as its adjective or, after
 * a verb, its subject («كتابه الجديد», «أقاله الرئيس»), and the corpus counts cannot tell the
 * two apart («جامعه» beside «جامعة» is as rare as «مجموعه» beside «مجموعة»). So the reading asks
 * the writer's spelling: another word of the same paragraph (TEH_HEH_WINDOW words on either side,
 * no line break between) kept whole with ه for ة (see tehWrittenHehAt: «اداره الأعمال»,
 * «للشركه»). The next word, after spaces only, begins with «ال»; the stem has three letters or
 * more and no article; the stem + ة is TEH_HEH_MARGIN more frequent than the word and
 * TEH_HEH_STEM_MARGIN more than the stem alone (a verb or a noun whose own pronoun form is
 * common keeps the pronoun: «وضربه الأندرتيكر», «معرضه الذي», «ومطالبه الغريزيه»), and so does a
 * stem the corpus shows + «وا», the perfect's plural subject that no noun takes, when no
 * preposition stands before it (a verb before its object and subject: «المسلسل أصابه التشويه»,
 * «حمله المماليك», «ضد تابعه الذي»; «لخدمه المخطط» is ل + «خدمة»).
 */
function isConstructTehHeh(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const s = words[k]!.segmentation!;
  const b = s.base;
  if (b.text.length < 3 || b.form !== b.text) return false;
  let preposition = false;
  for (const m of s.prefixes) {
    if (m.tag === 'DET') return false;
    if (m.tag !== 'CONJ') preposition = true;
  }
  const a = spacedNeighbour(text, words, k, 1, offset);
  if (a === undefined || a.text.charCodeAt(0) !== 0x0627 || a.text.charCodeAt(1) !== 0x0644) return false;
  const teh = wordEvidence(`${b.text}ة`);
  if (teh < 0 || teh < wordEvidence(`${b.text}ه`) + TEH_HEH_MARGIN || teh < wordEvidence(b.text) + TEH_HEH_STEM_MARGIN) return false;
  // a perfect verb before its object and subject («أصابه التشويه», «حمله المماليك»), unless a preposition shows the noun («لخدمه»)
  if (!preposition && wordEvidence(`${b.text}وا`) >= 0) return false;
  return nearInParagraph(text, words, k, offset, TEH_HEH_WINDOW, tehWrittenHehAt);
}

/**
 * True when `test` holds for a word near the word `k` of `words`: up to `window` words on either
 * side, with no line break between (the same paragraph). Bounded, so a long text costs linear time.
 */
function nearInParagraph(text: string, words: readonly ContextWord[], k: number, offset: number, window: number, test: (w: ContextWord) => boolean): boolean {
  for (let j = k - 1; j >= 0 && j >= k - window && !lineBreakBetween(text, words[j]!.end - offset, words[j + 1]!.start - offset); j--) {
    if (test(words[j]!)) return true;
  }
  for (let j = k + 1; j < words.length && j <= k + window && !lineBreakBetween(text, words[j - 1]!.end - offset, words[j]!.start - offset); j++) {
    if (test(words[j]!)) return true;
  }
  return false;
}

/** True when a line break (`isLineBreak`, as everywhere in dhad) stands in text[from, to). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Corpus evidence (see wordEvidence; 4 × log2: seen 6 times) a word in ي needs before the
 * absence of its stem's other pronouns counts (see isOwnYeh): rarer words of speech and verse
 * («ريالي», «ثأري», «نبلي») may take «my» while their «his» fell under the lexicon's floor.
 */
const OWN_YEH_EVIDENCE = 10;

/**
 * True when the segmentation `s`, a stem of three letters or more + «ي» (my) after no proclitic
 * or a conjunction alone, is rather a word whose ي is its own (QA round 133): the stem + «ي» is a
 * word the corpus knows, but the corpus never shows the stem with «ه», «ها», «هم» or «ك» (his,
 * her, their, your). News writes «my» far more seldom than the others, so a noun it writes with
 * «my» alone is no noun + «my» but a name («لوكي», «سيموني», «باتي», «بيغي»: their stems «لوك»,
 * «سيمون», «بات» are words of their own), a nisba («كاريكاتيري», «فخاري», «مسائي»), a construct
 * dual or plural («سباقي متر», «رفيعي المستوى», «مرفأي لومي»), or a verb whose ي is a radical
 * («أوتي», «نصلي»). Not a noun in ة, whose «my» news writes in set phrases it never writes with
 * «his» («يا عزيزتي», «حمارة منيتي»), nor a word the corpus has seen under OWN_YEH_EVIDENCE
 * («وترهيبي», «ريالي»), nor a stem in ئ («رجائي»). `segment` alone is unchanged: its stability
 * test reads bases through it, and «ناظريه», «لوكيه» would change with it.
 */
function isOwnYeh(s: Segmentation): boolean {
  for (const m of s.prefixes) if (m.tag !== 'CONJ') return false;
  const b = s.base;
  if (b.text.length < 3 || b.form.endsWith('ة')) return false;
  const stem = b.text;
  // a stem in ئ spells its «his» three ways by case («رجاؤه», «رجاءه», «رجائه»), so that none is
  // in the lexicon tells less
  let last = stem.length - 1;
  while (last > 0 && isIgnorable(stem.charCodeAt(last))) last--;
  if (stem.charCodeAt(last) === 0x0626) return false;
  if (wordEvidence(`${stem}${s.suffixes[0]!.text}`) < OWN_YEH_EVIDENCE) return false;
  return wordEvidence(`${stem}ه`) < 0 && wordEvidence(`${stem}ها`) < 0 && wordEvidence(`${stem}هم`) < 0 && wordEvidence(`${stem}ك`) < 0;
}

/** Corpus evidence (see wordEvidence; 4 × log2: seen 8 times) of the stem + «ية» that a nisba read as «my» needs (see isNisbaAfterNoun). */
const NISBA_FEMININE_EVIDENCE = 12;

/** Corpus evidence (see wordEvidence; seen 8 times) of «ال» + the word before that shows it a noun (see isNisbaAfterNoun). */
const NISBA_NOUN_EVIDENCE = 12;

/**
 * Nouns that serve as prepositions, adverbs or quantifiers and head a construct, never a noun
 * that an adjective after them describes: «أثناء وجودي», «جميع عملياتي», «خلال عملي».
 */
const NOT_NISBA_HEAD = new Set(['أثناء', 'اثناء', 'خلال', 'جميع', 'كل', 'بعض', 'غير', 'مثل', 'نحو', 'وسط', 'ضمن', 'إثر', 'اثر', 'عقب', 'قبل', 'بعد', 'عند', 'لدى', 'حول', 'دون', 'فوق', 'تحت', 'أمام', 'امام', 'خلف', 'وراء', 'بين', 'حين', 'طوال', 'طيلة', 'منذ', 'حسب', 'جانب', 'لدن', 'عبر', 'تجاه', 'قرب', 'إزاء', 'حيال', 'سوى', 'كلا', 'نفس', 'ذات']);

/**
 * Prepositions and particles that take «ي» (me) and so show a speaker in the text: «لي», «عني»,
 * «معي», «إني», «أني», «لكني», «عندي», «بيني», «ضدي» (see firstPersonIn).
 */
const FIRST_PERSON_PARTICLES = new Set(['ل', 'ب', 'عن', 'من', 'مع', 'عند', 'لدى', 'إن', 'أن', 'ان', 'لكن', 'في', 'إلى', 'الى', 'على', 'بين', 'ضد', 'حول', 'دون', 'لأن', 'كأن', 'ليت', 'لعل']);

/** How many words on either side of a word firstPersonIn looks at, in the same paragraph. */
const SPEAKER_WINDOW = 60;

/**
 * True when a word near the word `k` of `words` (SPEAKER_WINDOW words on either side, no line
 * break between: the same paragraph, and a bounded look so that a long text costs linear time)
 * shows a speaker: «أنا», a pronoun «ني» (me: «إنني», «أخبرني»), or «ي» after a preposition or
 * particle (FIRST_PERSON_PARTICLES: «لي», «عني», «إني») or after a noun in ة («حياتي», «بضاعتي»).
 */
function firstPersonIn(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  return nearInParagraph(text, words, k, offset, SPEAKER_WINDOW, showsSpeaker);
}

/** Whether the word `w` shows a speaker (see firstPersonIn). */
function showsSpeaker(w: ContextWord): boolean {
  const s = w.segmentation;
  if (s === undefined) return false;
  if (s.base.text === 'أنا' || s.base.text === 'انا') return true;
  if (s.suffixes.length === 0) return false;
  const pronoun = s.suffixes[s.suffixes.length - 1]!.form;
  // a noun in ة + «ي» («حياتي», «بضاعتي»): no nisba, which would end in «ية»
  return pronoun === 'ني' || (pronoun === 'ي' && (FIRST_PERSON_PARTICLES.has(s.base.form) || s.base.form.endsWith('ة')));
}

/**
 * True when the word `k` of `words`, a stem of three letters or more + «ي» (my) with no proclitic,
 * is rather an indefinite nisba adjective agreeing with the indefinite masculine noun before it
 * (QA round 134): «اتفاق ضمني», «سقف تمويلي», «تصحيح سعري», «إطار تصنيفي», «ملصق تحذيري».
 * The noun before, after spaces only, has neither the article nor a pronoun, no proclitic but
 * ب ك or و, and a base of three letters or more that the corpus shows with the article
 * (NISBA_NOUN_EVIDENCE: a noun, not a verb or particle: «حيرت قلبي», «من قلبي») and that is no
 * preposition or quantifier (NOT_NISBA_HEAD: «أثناء وجودي», «جميع عملياتي»); it ends in no ة,
 * ا, ى, ي and no plural «ات», «ون», «ين» (an adjective after a noun in ة would end in «ية»:
 * «قضية ابني», «سمعة والدي»). The stem + «ية» is a word the corpus knows
 * (NISBA_FEMININE_EVIDENCE: the nisba agreeing with a feminine noun, «ضمنية», «تمويلية»), and the
 * stem is no particle («حوار بيني وبينهم») nor a noun the corpus shows with «ك» (your), one spoken
 * of as one's own («قلبك», «نفسك», «عمرك», «ميلادك», «وجودك»: «من أعماق قلبي», «حنان قلبي», «يوم
 * ميلادي»). And no word near it in its paragraph shows a speaker (see firstPersonIn: «أنا …
 * وأخذت ثأر أستاذي», «ضدي … جميع عملياتي»): «my» needs one, a nisba none.
 */
function isNisbaAfterNoun(text: string, words: readonly ContextWord[], k: number, offset: number): boolean {
  const s = words[k]!.segmentation!;
  if (s.prefixes.length !== 0 || s.base.text.length < 3 || s.base.form.endsWith('ة') || FIRST_PERSON_PARTICLES.has(s.base.form)) return false;
  const before = spacedNeighbour(text, words, k, -1, offset);
  if (before === undefined || before.segmentation === undefined || !isIndefinite(before)) return false;
  const p = before.segmentation;
  for (const m of p.prefixes) if (m.form !== 'ب' && m.form !== 'ك' && m.form !== 'و') return false;
  const noun = p.base.text;
  if (noun.length < 3 || p.base.end !== before.end || NOT_NISBA_HEAD.has(noun)) return false;
  const last = noun.charCodeAt(noun.length - 1);
  // U+0629 TEH MARBUTA, U+0627 ALEF, U+0649 ALEF MAKSURA, U+064A YEH
  if (last === 0x0629 || last === 0x0627 || last === 0x0649 || last === 0x064a) return false;
  if (noun.endsWith('ات') || noun.endsWith('ون') || noun.endsWith('ين')) return false;
  if (wordEvidence(`${s.base.text}ية`) < NISBA_FEMININE_EVIDENCE || wordEvidence(`${s.base.text}ك`) >= 0 || wordEvidence(`ال${noun}`) < NISBA_NOUN_EVIDENCE) return false;
  return !firstPersonIn(text, words, k, offset);
}

/** The noun in ة + «ي» (my) for a word token of isMyTehNoun, its proclitics kept. */
function splitTehYeh(token: SegmentedToken): void {
  const s = token.segmentation;
  const b = s.base;
  const yeh = lastLetter(b.text, b.text.length);
  const teh = lastLetter(b.text, yeh);
  let form = '';
  for (let i = 0; i < teh; i++) if (!isIgnorable(b.text.charCodeAt(i))) form += b.text[i];
  const cut = b.start + yeh;
  const base = { text: b.text.slice(0, yeh), form: `${form}ة`, start: b.start, end: cut, tag: 'STEM' as const };
  const own = { text: b.text.slice(yeh), form: 'ي', start: cut, end: b.end, tag: 'PRON' as const };
  token.segmentation = { prefixes: s.prefixes, base, suffixes: [own] };
}

/**
 * The base and its pronoun joined and read as written, for a word token of isCoordinatedDual (the
 * dual in construct, base and «ي»), of isConstructTehHeh (a noun in ة written ه, base and «ه») or
 * of isOwnYeh (a name, nisba or construct in ي, base and «ي»).
 */
function keepAsWritten(token: SegmentedToken): void {
  const s = token.segmentation;
  const b = s.base;
  const written = token.text.slice(b.start - token.start);
  token.segmentation = { prefixes: s.prefixes, base: { text: written, form: written, start: b.start, end: token.end, tag: 'STEM' }, suffixes: [] };
}

/** و + «فر» for the word token «وفر» (see isFled). */
function splitFled(token: SegmentedToken): void {
  const conj = { text: 'و', form: 'و', start: token.start, end: token.start + 1, tag: 'CONJ' as const };
  const base = { text: 'فر', form: 'فر', start: token.start + 1, end: token.end, tag: 'STEM' as const };
  token.segmentation = { prefixes: [conj], base, suffixes: [] };
}

/** Reads the base of a word token in ت as written (the verb), not as the noun in ة it was given. */
function keepTeh(token: SegmentedToken): void {
  const s = token.segmentation;
  token.segmentation = { prefixes: s.prefixes, base: { ...s.base, form: s.base.text }, suffixes: s.suffixes };
}

/** Replaces the segmentation of a word token by the whole word. */
function keepWhole(token: SegmentedToken): void {
  const base = { text: token.text, form: token.text, start: token.start, end: token.end, tag: 'STEM' as const };
  token.segmentation = { prefixes: [], base, suffixes: [] };
}

/**
 * Tokenizes `text` (as `tokenize` does) and segments every word token into its clitics. Only tokens of type
 * `word` are returned (numbers, punctuation, URLs … carry no clitics); each keeps its `text`,
 * `start`, `end` and `type` and gains a `segmentation` whose morpheme offsets are into `text`.
 *
 * @param text - Any text.
 * @param options - {@link SegmentTextOptions}.
 * @returns The word tokens in order, each with its segmentation; `[]` for `''`.
 * @example
 * segmentText('زار وفدنا بيروت').map((t) => t.segmentation.base.text) //=> ['زار', 'وفد', 'بيروت']
 * segmentText('وبالتعاون')[0].segmentation.base.start //=> 4
 */
export function segmentText(text: string, options?: SegmentTextOptions): SegmentedToken[] {
  assertString('segmentText', text);
  const opts = checkOptions<SegmentTextOptions>('segmentText', options, OPTION_KEYS);
  const splitArticle = booleanOption('segmentText', 'splitArticle', opts.splitArticle, true);
  const memo = booleanOption('segmentText', 'memoize', opts.memoize, false) ? new Map<string, Segmentation>() : undefined;
  const out: SegmentedToken[] = [];
  if (text.length === 0) return out;
  // The scanner behind `tokenize`, read directly and chunk by chunk: only word tokens become
  // objects, and each is made once, with its segmentation.
  startScan(text);
  const word = WORD;
  for (;;) {
    const { starts, ends, types, count } = scanChunk();
    if (count === 0) break;
    for (let k = 0; k < count; k++) {
      if (types[k] !== word) continue;
      const start = starts[k]!;
      const end = ends[k]!;
      const token = sharedSlice(text, start, end);
      let segmentation: Segmentation;
      if (memo) {
        let known = memo.get(token);
        if (known === undefined) {
          known = segmentWord(token, splitArticle, 0, true);
          memo.set(token, known);
        }
        segmentation = shiftAll(known, start);
      } else {
        segmentation = segmentWord(token, splitArticle, start, true);
      }
      out.push({ text: token, start, end, type: 'word', segmentation });
    }
  }
  releaseInput();
  applyContext(text, out);
  return out;
}

/**
 * @internal The rules of running text that `segment` alone cannot apply, in place on the word
 * tokens of `text` in order (each with its segmentation, offsets into `text`): «فان» kept whole
 * where the words around it show «van», «فقد» kept whole before a definite noun (the verb), «لبث»
 * kept whole after «ما», «لم» (the verb; see LABITHA_AFTER), a
 * و ف read as a radical after a relative pronoun or «قد» («التي وجدتها» is «وجدت» + ها; see
 * NO_CONJUNCTION_AFTER), «يوليه» kept whole where a number or a word around it shows the month
 * (see isJuly), «زاده» kept whole after a name (see isZadaName), «وعدت», «وعدوا» kept whole where the
 * words around them show the verb «وعد» (see isPromised), «قادته», «سادتها» read as the verb
 * «قادت», «سادت» + pronoun after a relative pronoun or «قد», before «إلى», or after an indefinite
 * word in ة before its subject (see isLedVerb), «بيد» kept whole before «أن» (however; see
 * isBaydaAnna), «وفر» split و + «فر» (and he fled) before «إلى», «من» or after «كر» (see isFled).
 * «بك» kept whole after a name (the title bey; see isBey). «لي» kept whole after a given name or
 * before a given-name syllable of China, Korea or Singapore (the surname Li, Lee; see isNameLi).
 * «لقمة» kept whole before «العيش», «عيشه», «سائغة» (a morsel; see isMorsel), not ل + «قمة»; after
 * a proclitic, that proclitic + «لقمة» («ولقمة العيش», «للقمة العيش»; see splitMorsel).
 * «لحق» kept whole after «قد», «ثم», a relative pronoun or before the ب of its object (the verb; see isLahiqa); «لحقه», «ولحقها» …
 * read «لحق» + pronoun after «ما», «عما», «من» … or before «من», «بعد», or after و ف but before
 * «في» (the verb and its object; see isLahiqa, joinLahiqa). «وهبة», «وهبه» kept whole after a
 * title or a given name, or before «باشا» (the name Wahba; see isWahba).
 * «لسعد», «لحبيب» kept whole first in a clause or after a verb of saying, a rank, «إن», a
 * given name or a definite nisba adjective (the Maghreb names Lassaad, Lahbib; see
 * isElidedArticleName), not ل + «سعد», «حبيب».
 * A surname right after a given name kept whole where it reads ف ك + a stem (see surnameStem,
 * isKafSurname, isSurnameSplit) or a clitic + a stem of two letters («دافيد فيا», «ستيف بالمر»,
 * «جورج بست»; see isShortSurname, isBaSurname), or a stem + «ي» (my: «صلاح نظمي», «مايكل لاسي»; see
 * isSurnameMyYeh), or ب ل + a stem that no genitive follows («مصطفى بلجون،»,
 * «عبدالله بترجي أن»; see isBaLamSurname) or ب + the article + a stem («سمير بالطيب إن»;
 * see isBaArticleSurname) — and then that word, or a surname in ك, everywhere else in the text
 * (see keepSurnamesWhole) —, and «فان» after a given name before punctuation or
 * a rare word in و («جان فان ونسل»; see isVanAfterName).
 * «أبي», «أمي», «أخي», «يدي», «ابني», «والدي», «زوجي» split stem + «ي» (my) after «يا» or, but
 * «أبي», before clause-ending punctuation; all but «أبي», «يدي» also after ف ل ب and where a word
 * around them shows «my …» inside a clause («كانت أمي تعرف», «أمي وأبي»; see isMyKin).
 * A noun in ة + «ي» kept whole as a dual in construct («عائلتي») split noun + «ي» (my) where no
 * genitive follows («مع عائلتي.», «أسرتي في»; see isMyTehNoun).
 * «وافته» split «وافت» + ه (see VERB_OBJECT_WHOLE).
 * «حقنا» split «حق» + «نا» (our right) but before ل + a word that is no particle, where it is
 * the noun «حقن» (injection: «حقنا للدماء»; see isOurRight).
 * A noun in ة + «ي» read as written, the dual in construct, before two coordinated genitives
 * («بورصتي القاهرة والإسكندرية»), after «بين» («بين دفتي الكتاب») or before a definite dual or
 * plural («قيادتي البلدين») or, for a noun the corpus shows as a dual, a definite singular
 * («لجنتي الحوار»; see isCoordinatedDual).
 * A stem + «ه» before a definite word read as written, a noun in ة written ه in construct, where
 * the same paragraph spells another ة as ه («كليه الحقوق», «جامعه الإسكندرية»; see
 * isConstructTehHeh).
 * A foreign given name in ي kept whole right after a definite nisba adjective, its nationality or
 * trade, before the rest of the name («الغاني سولي مونتاري», «الصيني لي باو»; see
 * isNameAfterNisba), and then that word everywhere else in the text.
 * A stem + «ي» (my) read as written where the corpus never shows the stem with another pronoun,
 * a name, nisba or construct in ي («لوكي», «كاريكاتيري», «رفيعي المستوى»; see isOwnYeh).
 * `segmentText`, `analyze` and the CLI's `segment` all call it, so their segmentations agree
 * (API pass 15). `offset` is where `text` starts in the text the tokens' offsets count in (the
 * CLI passes one line of a file).
 */
export function applyContext(text: string, words: readonly ContextWord[], offset = 0): void {
  let surnames: Set<string> | undefined;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.segmentation === undefined) continue;
    // a و ف after a word that takes no conjunction after it (see NO_CONJUNCTION_AFTER)
    if (k > 0 && w.segmentation.prefixes.length === 1 && (w.text.charCodeAt(0) === 0x0648 || w.text.charCodeAt(0) === 0x0641)) {
      const radical = radicalAfter(text, words[k - 1]!, w as SegmentedToken, offset);
      if (radical !== undefined) {
        w.segmentation = radical;
        continue;
      }
      if (w.text === 'فقد' && NO_CONJUNCTION_AFTER.has(words[k - 1]!.text) && spacesBetween(text, words[k - 1]!.end - offset, w.start - offset)) {
        keepWhole(w as SegmentedToken);
        continue;
      }
    }
    const length = w.end - w.start;
    if (length === 5 && w.text === 'يوليه') {
      // July (see isJuly), not the verb «يولي» + ه
      if (isJuly(text, words, k, offset)) keepWhole(w as SegmentedToken);
      continue;
    }
    if ((length === 5 || length === 6) && w.text.charCodeAt(length - 1) === 0x0647 && w.segmentation.suffixes.length === 0 && w.segmentation.base.end === w.end && VERB_OBJECT_WHOLE.has(w.segmentation.base.text)) {
      // the verb «وافت» + ه, kept whole by the word analysis (see VERB_OBJECT_WHOLE)
      splitPossessive(w as SegmentedToken, 1);
      continue;
    }
    if ((length === 4 || length === 5) && PROMISED.has(w.text)) {
      // the verb «وعد» (see isPromised), not و + «عد»
      if (w.segmentation.prefixes.length !== 0 && isPromised(text, words, k, offset)) keepWhole(w as SegmentedToken);
      continue;
    }
    if (length === 4 && (w.text === 'وهبة' || w.text === 'وهبه')) {
      // the name Wahba (see isWahba), not و + «هبة» nor «وهب» + ه
      if (isWahba(text, words, k, offset)) keepWhole(w as SegmentedToken);
      continue;
    }
    if ((length === 4 || length === 5) && ELIDED_ARTICLE_NAMES.has(w.text)) {
      // a Maghreb name with the article reduced to ل (see isElidedArticleName), not ل + a name
      if (w.segmentation.prefixes.length !== 0 && isElidedArticleName(text, words, k, offset)) keepWhole(w as SegmentedToken);
      continue;
    }
    if (length === 4 && w.text === 'لقمة') {
      // the noun «لقمة» of «لقمة العيش», «لقمة سائغة» (see isMorsel), not ل + «قمة»
      if (w.segmentation.prefixes.length !== 0 && isMorsel(text, words, k, offset)) keepWhole(w as SegmentedToken);
      continue;
    }
    if (length === 5 && w.text.endsWith('لقمة') && MORSEL_PROCLITICS.has(w.text.charCodeAt(0))) {
      // «ولقمة العيش», «بلقمة العيش», «للقمة العيش»: a proclitic + «لقمة» (see isMorsel), not و + ل + «قمة», ل + ال + «قمة»
      if (isMorsel(text, words, k, offset)) splitMorsel(w as SegmentedToken);
      continue;
    }
    if (length === 4 && w.text === 'زاده') {
      // a name (see isZadaName), not «زاد» + ه
      if (isZadaName(text, words, k, offset)) keepWhole(w as SegmentedToken);
      continue;
    }
    if (length >= 5 && length <= 7 && w.segmentation.prefixes.length === 0 && w.segmentation.suffixes.length === 1 && LED_VERBS.has(w.segmentation.base.text) && w.segmentation.base.form !== w.segmentation.base.text) {
      // the verb «قادت», «سادت» + pronoun (see isLedVerb), not the plural «قادة», «سادة»
      if (isLedVerb(text, words, k, offset)) keepTeh(w as SegmentedToken);
      continue;
    }
    if (length === 2) {
      // the title bey after a name (see isBey), not ب + ك
      if (w.text === 'بك' && w.segmentation.suffixes.length !== 0 && isBey(text, words, k, offset)) keepWhole(w as SegmentedToken);
      // the surname Li, Lee (see isNameLi), not ل + «ي» (to me)
      else if (w.text === 'لي' && w.segmentation.suffixes.length !== 0 && (isNameLi(text, words, k, offset) || isNameAfterNisba(text, words, k, offset))) keepWhole(w as SegmentedToken);
      continue;
    }
    if (length >= 4 && (w.text.charCodeAt(0) === 0x0641 || w.text.charCodeAt(0) === 0x0643)) {
      // a surname after a given name (see surnameStem, isSurnameInYeh, isSurnameOutsideYeh, isSurnameNoun, isSurnameSplit), not ف ك + a stem
      const stem = surnameStem(text, words, k, offset);
      if (stem !== undefined ? isSurnameInYeh(stem) || isSurnameOutsideYeh(stem, w) || isSurnameNoun(text, words, k, stem, offset) || isKafSurname(text, words, k, stem, offset) : isSurnameSplit(text, words, k, offset)) {
        keepWhole(w as SegmentedToken);
        // a surname in ك is kept whole elsewhere in the text too (see keepSurnamesWhole; QA round 124)
        if (w.text.charCodeAt(0) === 0x0643) (surnames ??= new Set()).add(w.text);
        continue;
      }
    }
    if (length >= 4 && (w.text.charCodeAt(0) === 0x0628 || w.text.charCodeAt(0) === 0x0644) && (isBaLamSurname(text, words, k, offset) || (length >= 6 && isBaArticleSurname(text, words, k, offset)))) {
      // a surname after a given name (see isBaLamSurname, isBaArticleSurname), not ب or ل + a noun
      keepWhole(w as SegmentedToken);
      (surnames ??= new Set()).add(w.text);
      continue;
    }
    if ((length === 3 || length === 5) && w.segmentation.prefixes.length !== 0 && w.segmentation.base.end - w.segmentation.base.start === 2 && isShortSurname(text, words, k, offset)) {
      // a short foreign surname after a given name (see isShortSurname), not a clitic + a stem of two letters
      keepWhole(w as SegmentedToken);
      continue;
    }
    if (length >= 3 && length <= 7) {
      // «my father», «my hand» … after «يا», before clause-ending punctuation, inside a clause (see isMyKin)
      const b = w.segmentation.base;
      if (w.segmentation.suffixes.length === 0 && b.end === w.end && w.text.charCodeAt(length - 1) === 0x064a && MY_KIN.has(b.text) && isMyKin(text, words, k, offset)) {
        splitPossessive(w as SegmentedToken, 1);
        continue;
      }
      // «my age», «my country» after a preposition, «عمري» before a number (see isMyNoun)
      if (w.segmentation.suffixes.length === 0 && b.end === w.end && MY_NOUNS.has(b.text) && isMyNoun(text, words, k, offset)) {
        splitPossessive(w as SegmentedToken, 1);
        continue;
      }
    }
    if (length >= 4 && length <= 5 && w.segmentation.suffixes.length === 0 && w.segmentation.base.text === 'حقنا' && w.segmentation.base.end === w.end) {
      // «our right» (see isOurRight), not the noun «حقن» (injection) in the accusative
      if (isOurRight(text, words, k, offset)) splitPossessive(w as SegmentedToken, 2);
      continue;
    }
    if (length >= 4 && length <= 7 && w.segmentation.base.text === 'حق' && w.segmentation.suffixes.length === 1 && w.segmentation.prefixes.length !== 0) {
      // the verb «لحق» + its object (see isLahiqa), not ل + «حق» + pronoun
      const p = w.segmentation.prefixes;
      const lam = p[p.length - 1]!;
      if (lam.form === 'ل' && lam.end === w.segmentation.base.start && (p.length === 1 || p[0]!.tag === 'CONJ') && isLahiqa(text, words, k, offset)) joinLahiqa(w as SegmentedToken);
      continue;
    }
    if (length >= 4 && w.segmentation.suffixes.length === 1 && w.segmentation.prefixes.length === 0 && isSurnameMyYeh(text, words, k, offset)) {
      // a surname in ي after a given name (see isSurnameMyYeh), not a stem + «ي» (my); whole elsewhere in the text too
      keepWhole(w as SegmentedToken);
      (surnames ??= new Set()).add(w.text);
      continue;
    }
    if (length >= 3 && w.segmentation.suffixes.length === 1 && w.segmentation.suffixes[0]!.form === 'ي' && isNameAfterNisba(text, words, k, offset)) {
      // a foreign given name after a nationality adjective (see isNameAfterNisba), not a stem + «ي» (my); whole elsewhere in the text too
      keepWhole(w as SegmentedToken);
      (surnames ??= new Set()).add(w.text);
      continue;
    }
    if (length >= 4 && w.segmentation.suffixes.length === 1 && w.segmentation.suffixes[0]!.form === 'ي' && isNisbaAfterNoun(text, words, k, offset)) {
      // an indefinite nisba adjective after an indefinite noun (see isNisbaAfterNoun), not a stem + «ي» (my)
      keepAsWritten(w as SegmentedToken);
      continue;
    }
    if (length >= 4 && w.segmentation.suffixes.length === 1 && w.segmentation.suffixes[0]!.form === 'ي' && isOwnYeh(w.segmentation)) {
      // a name, nisba or construct whose stem takes no other pronoun (see isOwnYeh), not a stem + «ي» (my)
      keepAsWritten(w as SegmentedToken);
      continue;
    }
    if (length >= 4 && w.segmentation.suffixes.length === 0 && w.segmentation.base.end === w.end && (w.text.charCodeAt(length - 1) === 0x064a || isIgnorable(w.text.charCodeAt(length - 1))) && isMyTehNoun(text, words, k, offset)) {
      // a noun in ة + «ي» (my) kept whole as a dual in construct (see isMyTehNoun)
      splitTehYeh(w as SegmentedToken);
      continue;
    }
    if (length >= 4 && w.text.charCodeAt(length - 1) === 0x0647 && w.segmentation.suffixes.length === 1 && w.segmentation.suffixes[0]!.text === 'ه' && isConstructTehHeh(text, words, k, offset)) {
      // a noun in ة written ه before a definite genitive in a paragraph that so spells ة (see isConstructTehHeh), not a stem + «ه»
      keepAsWritten(w as SegmentedToken);
      continue;
    }
    if (length >= 4 && w.text.charCodeAt(length - 1) === 0x064a && w.text.charCodeAt(length - 2) === 0x062a) {
      // a dual in construct before two coordinated genitives or a dual or plural (see isCoordinatedDual), not «my …»
      const s = w.segmentation;
      if (s.suffixes.length === 1 && s.suffixes[0]!.form === 'ي' && s.base.form.endsWith('ة') && isCoordinatedDual(text, words, k, offset)) keepAsWritten(w as SegmentedToken);
      continue;
    }
    if (length !== 3) continue;
    if (w.text === 'فان') {
      if (isVan(text, words[k - 1] as SegmentedToken | undefined, w as SegmentedToken, words[k + 1] as SegmentedToken | undefined, offset) || isVanAfterName(text, words, k, offset)) keepWhole(w as SegmentedToken);
    } else if (w.text === 'فقد') {
      const next = words[k + 1];
      if (next !== undefined && isFaqadVerb(text, w as SegmentedToken, next as SegmentedToken, offset)) keepWhole(w as SegmentedToken);
    } else if (w.text === 'بيد') {
      // the particle «بيد أن» (see isBaydaAnna), not ب + «يد»
      if (isBaydaAnna(text, words, k, offset)) keepWhole(w as SegmentedToken);
    } else if (w.text === 'وفر') {
      // و + «فر», and he fled (see isFled), not the verb «وفّر»
      if (w.segmentation.prefixes.length === 0 && isFled(text, words, k, offset)) splitFled(w as SegmentedToken);
    } else if (w.text === 'لحق') {
      // the verb «لحق» (see isLahiqa), not ل + «حق»
      if (w.segmentation.prefixes.length !== 0 && isLahiqa(text, words, k, offset)) keepWhole(w as SegmentedToken);
    } else if (w.text === 'فلم') {
      // a film (see isFilm), not ف + «لم»
      if (w.segmentation.prefixes.length !== 0 && isFilm(text, words, k, offset)) keepWhole(w as SegmentedToken);
    } else if (w.text === 'لبث') {
      // the verb after «ما», «لم» (see LABITHA_AFTER)
      const previous = words[k - 1];
      if (previous !== undefined && LABITHA_AFTER.has(previous.text) && spacesBetween(text, previous.end - offset, w.start - offset)) keepWhole(w as SegmentedToken);
    }
  }
  if (surnames !== undefined) keepSurnamesWhole(words, surnames);
}

/**
 * Keeps whole every other word of `words` written as one of `surnames`, the words that
 * isBaLamSurname or isBaArticleSurname kept whole in the same text, where it is split ب or ل +
 * a stem, or ب + the article + a stem (QA round 123: «وأشار بالطيب إلى»), and nothing
 * else (QA round 122) — and the surnames in ك that the rules of rounds 112–124 kept whole, split
 * ك + a stem or ك + the article + a stem (QA round 124: «قال جون كريان إن … وأضاف كريان»; not ف,
 * which a verb takes) — and the surnames in ي that isSurnameMyYeh kept whole (and the given
 * names of isNameAfterNisba, QA round 137: «الإثيوبي أبيي أحمد … قال أبيي»), split stem + «ي»
 * (my) and nothing else (QA round 131: «صلاح نظمي … ليثور نظمي», «هنري باركي … وقال باركي»): a
 * text that shows «بيومي» as a surname once («محمد بيومي،») shows it so everywhere, before a
 * preposition, a verb or another part of the name («ولد محمد بيومي في», «محمد بيومي كتب»,
 * «إبراهيم بيومي مدكور»), where surnameFollows cannot tell it from ب + a noun («أصيب بيتر بنزيف
 * في»), and alone after a verb or a title («وأشار بترجي إلى», «وأكد الدكتور بصفر أن»). One sense per text: the same word is no preposition + a noun in
 * the text that names the person with it. Not after the stem itself, a noun for the same noun
 * («وفاء بغدر، خير من غدر بغدر»).
 */
function keepSurnamesWhole(words: readonly ContextWord[], surnames: ReadonlySet<string>): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const s = w.segmentation;
    if (s === undefined || !surnames.has(w.text)) continue;
    // a surname in ي, split stem + «ي» (my) elsewhere (QA round 131: «صلاح نظمي … وبدأ نظمي»)
    if (s.prefixes.length === 0 && s.suffixes.length === 1 && s.suffixes[0]!.form === 'ي') {
      keepWhole(w as SegmentedToken);
      continue;
    }
    if (s.prefixes.length === 0 || s.suffixes.length !== 0) continue;
    const p = s.prefixes[0]!.form;
    // ب or ك + the article + a stem (QA round 123: «بالطيب»; QA round 124: «كالاهان»)
    if (s.prefixes.length === 2 && ((p !== 'ب' && p !== 'ك') || s.prefixes[1]!.tag !== 'DET')) continue;
    if (s.prefixes.length > 2) continue;
    // «X بX», a noun for the same noun («غدر بغدر», «صاع بصاع»)
    if ((p === 'ب' || p === 'ل' || p === 'ك') && (k === 0 || words[k - 1]!.text !== w.text.slice(1))) keepWhole(w as SegmentedToken);
  }
}
