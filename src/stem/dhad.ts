// dhad's own light stemmer. Clitics come off through `segment` (which keeps names such as
// «بيلاروسيا» whole and restores «قمتـ» to «قمة»), then at most one inflectional ending:
// sound plurals and duals (ون ين ان ات تان تين, and the construct's و ي), the feminine nisba (ية يات → ي), the
// verbal plural وا, the ت of the perfect and ون وا of the imperfect plural (where the lexicon
// licenses them: «قالت» → «قال», «يتقدمون» → «يتقدم»; a defective verb's ت becomes its ا or ى,
// its ون وا its ي or و: «دعت» → «دعا», «يعانون» → «يعاني»), and the alef of an accusative tanween. The noun's own ة is kept (except an
// adjective's, where the corpus shows its masculine plural), so «منظمة / المنظمة / لمنظمة /
// منظمات» all give «منظمة» and no name ending in ة is cut. A lexicon derived from corpus frequencies
// (src/lexicon/stem-exceptions.ts, built by scripts/build-stem-lexicon.ts) licenses ون ين ان
// only where the rest of the word's paradigm is attested, so «بوتين، إيران، كازاخستان، قانون»
// stay whole, and keeps whole the frequent words whose clitic split the corpus does not support
// (a proclitic letter of a name, «لوكاس»; a final letter that only looks like a pronoun,
// «يوليه», «بيغي»).
//
// Speed: the word is folded once into a scratch buffer; words that cannot carry a clitic
// (see mayHaveClitics) never reach the segmenter; the lexicon is looked up by code-unit ranges
// of that buffer (src/stem/unit-table.ts), so a look-up makes no string; the stem is made as
// one string at the end, or is the input itself when nothing changed.
import { presentationFormTable } from '../chars/arabic.js';
import { isFormatMark } from '../chars/code-units.js';
import { STEM_EXCEPTIONS } from '../lexicon/stem-exceptions.js';
import { segmentWord } from '../segment/segment.js';
import type { Segmentation } from '../segment/types.js';
import { Scratch, stringOf } from './buffer.js';
import { isStopwordSpelling, isTanweenStopwordSpelling } from './stopwords.js';
import { unitTable, type UnitTable } from './unit-table.js';

// The word folded (marks dropped, letters folded), and the base `segment` leaves, folded.
const wordScratch = new Scratch();
const baseScratch = new Scratch();

const HAMZA = 0x0621; // U+0621 ARABIC LETTER HAMZA
const WAW_HAMZA = 0x0624; // U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE
const YEH_HAMZA = 0x0626; // U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE
const ALEF = 0x0627; // U+0627 ARABIC LETTER ALEF
const BEH = 0x0628; // U+0628 ARABIC LETTER BEH
const TEH_MARBUTA = 0x0629; // U+0629 ARABIC LETTER TEH MARBUTA
const TEH = 0x062a; // U+062A ARABIC LETTER TEH
const THEH = 0x062b; // U+062B ARABIC LETTER THEH
const KHAH = 0x062e; // U+062E ARABIC LETTER KHAH
const SEEN = 0x0633; // U+0633 ARABIC LETTER SEEN
const SHEEN = 0x0634; // U+0634 ARABIC LETTER SHEEN
const FEH = 0x0641; // U+0641 ARABIC LETTER FEH
const KAF = 0x0643; // U+0643 ARABIC LETTER KAF
const LAM = 0x0644; // U+0644 ARABIC LETTER LAM
const MEEM = 0x0645; // U+0645 ARABIC LETTER MEEM
const NOON = 0x0646; // U+0646 ARABIC LETTER NOON
const HEH = 0x0647; // U+0647 ARABIC LETTER HEH
const WAW = 0x0648; // U+0648 ARABIC LETTER WAW
const YEH = 0x064a; // U+064A ARABIC LETTER YEH

// Codes of the exception lexicon.
const KEEP = 1; // k: the ending belongs to the word
const STRIP = 2; // s: ون ين ان, ية (→ ي) or وا is an ending here (their default is to keep)
const BARE = 3; // b: remove ات without restoring ة (اجتماعات → اجتماع)
const FEMININE = 4; // f: remove the ending and restore ة (دولتين → دولة, ولايات → ولاية)
const WHOLE = 5; // w: leave the whole word unsegmented (a name that looks like clitics + word)
const MASCULINE = 6; // m: the ة of an adjective or participle comes off (جديدة → جديد)
const TANWEEN = 7; // t: a final alef is an unmarked accusative tanween (عاما → عام)
const WEAK_ALEF = 8; // a: the ت of a defective verb's perfect stands for ا (دعت → دعا); the ي of ـيات for ا of ـاة (مباريات → مباراة); the ت of ـآت for ة (منشآت → منشأة)
const WEAK_YEH = 9; // y: … for ى, folded ي (أدت → ادي)
const PLURAL_YEH = 10; // i: ون or وا of a defective imperfect stands for ي (يعانون → يعاني, يسعون → يسعي), as ين ون و of a defective participle do (المتوفين → متوفي, محامو → محامي)
const PLURAL_WAW = 11; // u: … for و (يبدون → يبدو)
const INDEFINITE = 12; // n: ين is an ending, except after the article (اثنين → اثن; الاثنين, Monday, stays)
const LOST_WAW = 13; // o: a noun of two letters + ة whose lost و comes back in its plurals: وات ون ين → ة (سنوات, سنين → سنة)
const WHOLE_STRIP = 14; // l: w for the surface word, s for its ending (لاجئين is no ل + اجئين, and → لاجئ, as اللاجئين)
const TWO_LETTER_DUAL = 15; // e: ين ان ي of the dual of a noun of two letters (يدين, يدان, بيديه → يد); تين تان of the feminine two (اثنتين → اثن)
const TEH_PLURAL = 16; // h: ات or وات of the plural of a noun in ت stands for that ت (بنات → بنت, أخوات → اخت)
const ALEF_PLURAL = 17; // p: ات of the plural of a loanword in ـا stands for that ا (ميليشيات → ميليشيا, كاميرات → كاميرا)
const HEH_TEH = 18; // r: the ه of a definite base is a ة written ه (الحريه → حرية, العربيه → عربي)
const JUSSIVE_YEH = 19; // j: the jussive of a defective verb lost its ي, which comes back (يأت → ياتي, يبق → يبقي), as the indefinite of a defective participle or broken plural did (محام → محامي, قاض → قاضي, أراض → اراضي)
const CONJUNCT_PERFECT = 20; // g: the ت of a doubled verb's feminine perfect comes off after و ف only (وتمت → تم; تمت stays: «لا تمت»)

/** The code of a code letter of the packed lexicon. */
function codeOf(letter: number): number {
  switch (letter) {
    case 0x73: // s
      return STRIP;
    case 0x62: // b
      return BARE;
    case 0x66: // f
      return FEMININE;
    case 0x77: // w
      return WHOLE;
    case 0x6d: // m
      return MASCULINE;
    case 0x74: // t
      return TANWEEN;
    case 0x61: // a
      return WEAK_ALEF;
    case 0x79: // y
      return WEAK_YEH;
    case 0x69: // i
      return PLURAL_YEH;
    case 0x75: // u
      return PLURAL_WAW;
    case 0x6f: // o
      return LOST_WAW;
    case 0x6e: // n
      return INDEFINITE;
    case 0x6c: // l
      return WHOLE_STRIP;
    case 0x65: // e
      return TWO_LETTER_DUAL;
    case 0x68: // h
      return TEH_PLURAL;
    case 0x70: // p
      return ALEF_PLURAL;
    case 0x72: // r
      return HEH_TEH;
    case 0x6a: // j
      return JUSSIVE_YEH;
    case 0x67: // g
      return CONJUNCT_PERFECT;
    default: // k
      return KEEP;
  }
}

let exceptions: UnitTable | undefined;

/** The exception lexicon, parsed on first use from `code word` lines. */
function exceptionTable(): UnitTable {
  return (exceptions ??= unitTable(STEM_EXCEPTIONS, codeOf));
}

/**
 * The code of the folded `u[from, to)` (+ `extra`, -1 for none) as it bears on the word's ending:
 * l counts as s there (its w half is the guard's, see takesSplit).
 */
function endingCode(u: Uint16Array, from: number, to: number, extra: number): number {
  const code = exceptionTable().get(u, from, to, extra);
  return code === WHOLE_STRIP ? STRIP : code;
}

/** True for an Arabic letter (U+0621–064A without tatweel, U+0671–06D3). */
function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a && c !== 0x0640) || (c >= 0x0671 && c <= 0x06d3);
}

/**
 * Marks dropped before stemming: harakat, Quranic marks, dagger alef, tatweel, and the
 * invisible format characters `tokenize` keeps inside or after a word (soft hyphen, ALM,
 * ZWSP, ZWNJ, ZWJ, LRM, RLM, bidi embeddings and isolates, word joiner, BOM: `isFormatMark`),
 * which carry no letter.
 */
function isMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    isFormatMark(c)
  );
}

/** True for a presentation form (U+FB50–FDFF, U+FE70–FEFF). */
function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/** Replaces presentation forms by the letters they show. */
function expandPresentationForms(word: string): string {
  const table = presentationFormTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isPresentationForm(c)) {
      const to = table.get(c);
      if (to !== undefined) {
        out += word.slice(from, i) + to;
        from = i + 1;
      }
    }
  }
  return from === 0 ? word : out + word.slice(from);
}

/** True when the last `fold` dropped a mark or changed a letter. */
let foldChanged = false;
/** True when the last `fold` met an Arabic letter. */
let foldArabic = false;
/** U+06CC FARSI YEH and U+06A9 KEHEH. */
const PERSIAN_LETTERS = /[\u06CC\u06A9]/g;
/** True when the last `fold` met the Persian keyboard's ی or ک. */
let foldPersian = false;

/**
 * Copies `text` into `units` without marks, with أ إ آ ٱ → ا, ى ی → ي and ک → ك; returns the length,
 * or -1 at the first presentation form when `shapes` is false (the caller expands them and
 * folds again).
 */
function fold(units: Uint16Array, text: string, shapes: boolean): number {
  let n = 0;
  let changed = false;
  let arabic = false;
  let persian = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // Below U+0610 there is no mark (but the soft hyphen), no Arabic letter and nothing to fold.
    if (c >= 0x0610 || c === 0x00ad) {
      if (isMark(c)) {
        changed = true;
        continue;
      }
      if (c <= 0x06d3) {
        if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) {
          c = ALEF;
          changed = true;
        } else if (c === 0x0649) {
          c = YEH; // U+0649 ALEF MAKSURA
          changed = true;
        } else if (c === 0x06cc || c === 0x06a9) {
          // U+06CC FARSI YEH, U+06A9 KEHEH: Arabic typed on a Persian keyboard (root and the
          // look-ups of segment fold them too)
          c = c === 0x06cc ? YEH : KAF;
          changed = true;
          persian = true;
        }
        if (!arabic && isArabicLetter(c)) arabic = true;
      } else if (!shapes && isPresentationForm(c)) {
        return -1;
      }
    }
    units[n++] = c;
  }
  foldChanged = changed;
  foldArabic = arabic;
  foldPersian = persian;
  return n;
}

/**
 * True when `segment` could split the folded word `u[0, n)`: it begins with و ف ب ك ل, with
 * «ال», or with س before an imperfect prefix (ي ت ن أ), or it ends like a pronoun (ه ها هم هما
 * هن ك كم كما كن نا ني ي). The others skip the segmenter.
 */
function mayHaveClitics(u: Uint16Array, n: number): boolean {
  // No word of one or two letters splits into clitics and a STEM base (checked on every pair of
  // letters; «به», «له» come back as a lone preposition, which the stemmer keeps whole anyway):
  // the frequent «في», «من», «لا», «ما» skip the segmenter.
  // (Two units split only before a Latin letter: «وB», «لـX».)
  if (n < 3) return n === 2 && u[1]! < 0x0600 && u[0]! >= 0x0600;
  const first = u[0]!;
  if (first === WAW || first === FEH || first === BEH || first === KAF || first === LAM) return true;
  const second = u[1]!;
  if (first === ALEF && second === LAM) return true;
  if (first === SEEN && (second === YEH || second === TEH || second === NOON || second === ALEF)) return true;
  const last = u[n - 1]!;
  if (last === HEH || last === KAF || last === YEH) return true;
  const before = u[n - 2]!;
  if (last === ALEF) return before === HEH || before === NOON || (before === MEEM && (u[n - 3] === HEH || u[n - 3] === KAF));
  if (last === MEEM || last === NOON) return before === HEH || before === KAF;
  return false;
}

/**
 * True when `stemDhad` hands `word` (without presentation forms) to the segmenter (internal:
 * for the property that the segmenter leaves every other word whole).
 */
export function reachesSegment(word: string): boolean {
  const units = wordScratch.reserve(word.length + 1);
  const n = fold(units, word, true);
  return n > 0 && mayHaveClitics(units, n);
}

/**
 * 1 when `text` ends in an alef with U+064B FATHATAN on it or on the letter before it, 0 when it
 * ends in an alef without one, -1 when it ends in no alef. The alef of the accusative is never
 * written with a hamza, so a fathatan on أ or إ is the hamza's own («خطأً», «مبدأً», «امرأً»):
 * 0, and the lexicon decides (it also meets «أبدأ» typed for «أبداً»).
 */
function tanweenAlef(text: string): number {
  let i = text.length - 1;
  let fathatan = false;
  while (i >= 0 && isMark(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 0x064b) fathatan = true;
    i--;
  }
  const c = i < 0 ? 0 : text.charCodeAt(i);
  if (c === 0x0623 || c === 0x0625) return 0;
  if (c !== ALEF && c !== 0x0622 && c !== 0x0671) return -1;
  return fathatan || (i > 0 && text.charCodeAt(i - 1) === 0x064b) ? 1 : 0;
}

/**
 * True when the alef ending the folded `u[0, n)` (written `written`) belongs to a function word:
 * «مهما», «أيضاً», «جداً» are a particle and adverbs of their own, no accusatives of «مهم», «أيض»,
 * «جد». A visible tanween (`marked`) is an accusative's, except on the adverbs `stopwords`
 * lists with it («أيضاً», «جداً»): «مهماً» is «مهم». Where the letters before the alef are a
 * function word too, the tanween is as likely («كلاً من», «كماً» beside «كلا», «كما»), and the
 * alef comes off as before.
 */
function functionWordAlef(u: Uint16Array, n: number, written: string, marked: boolean): boolean {
  if (!(marked ? isTanweenStopwordSpelling(written) : isStopwordSpelling(written))) return false;
  return !isStopwordSpelling(stringOf(u, 0, n - 1));
}

/** True when the last `inflection` rewrote the final letter of its buffer (see WEAK_ALEF). */
let inflectionRewrote = false;
/** True when the base given to `inflection` lost the article (see INDEFINITE). */
let definiteBase = false;
/** True when the base given to `inflection` lost a pronoun of the third person or «نا» (see the dual's construct «عينيه»). */
let pronounBase = false;
/** True when that pronoun is one in ه and the base (as `segment` writes it) ends in ي (see dualConstruct). */
let hehConstruct = false;
/** True when that pronoun is «ه» alone (see dualConstruct). */
let loneHeh = false;
/** True when the base given to `inflection` lost a pronoun of the second person, ك كم كما كن (see «أبوك»). */
let kafBase = false;
/** True when the base given to `inflection` lost a lone «ه» (see elativeMasculine). */
let loneHehBase = false;
/**
 * True when the base given to `inflection` lost one conjunction «و», «ف» and nothing else before
 * it: no negation stands right before the word then (see CONJUNCT_PERFECT).
 */
let conjunctBase = false;

/**
 * True when the base given to `inflection` ends in ـات written «أت», the hamza of a verb in ـأ
 * of five letters or more («تهيأت», «كافأت», «أومأت»; round 91; see hamzaTehWritten).
 */
let hamzaTehBase = false;

/**
 * True when `written`, marks aside, ends in «أت»: the feminine perfect of a verb in ـأ («تهيأت»,
 * «كافأت»), for the plural of a noun in ـأة writes its ات with a madda («منشآت») and the plural of
 * another noun a bare alef.
 */
function hamzaTehWritten(written: string): boolean {
  let i = written.length - 1;
  while (i >= 0 && isMark(written.charCodeAt(i))) i--;
  if (i < 1 || written.charCodeAt(i) !== TEH) return false;
  i--;
  while (i >= 0 && isMark(written.charCodeAt(i))) i--;
  return i >= 0 && written.charCodeAt(i) === 0x0623;
}

/**
 * Nisbas whose feminine in ـية is a noun of its own too, so the corpus lexicon keeps «Xية» whole
 * (the noun takes a possessive or a plural: «شعبيته», popularity; «أهليته», eligibility; «بحريتها»),
 * while their definite form is nearly always the adjective in agreement («المقاومة الشعبية»,
 * «المدارس الأهلية», «القوات البحرية», «الحركة الكشفية», «التسعينات الميلادية»; «البحرية», the
 * navy, is the nisba of an elided «القوات», as «الخارجية» of «وزارة») and their masculine «الXي»
 * is common: the definite «الXية» goes with «الXي» («الشعبية» → «شعبي»), the bare «Xية» stays
 * (round 109). Chosen over the 16 news files: the definite form follows a definite word (and no
 * «و») in 68 % to 98 % of its uses, the rest mostly coordinated adjectives («الحكومية
 * والأهلية»), and «الXي» is seen at least a tenth as often. Left out: words whose definite form
 * is as often a noun, or another word's («البلدية», the municipality, with its plural
 * «البلديات»; «الملكية», ownership; «الاستراتيجية»; «القومية», nationalism; «الدورية», a patrol,
 * beside «الدوري», the league). Folded as the stemmer folds (ا for أ).
 */
const DEFINITE_NISBAS = [
  '\u0634\u0639\u0628\u064A\u0629', // شعبية
  '\u0627\u0647\u0644\u064A\u0629', // أهلية
  '\u0628\u062D\u0631\u064A\u0629', // بحرية
  '\u0643\u0634\u0641\u064A\u0629', // كشفية
  '\u0645\u064A\u0644\u0627\u062F\u064A\u0629', // ميلادية
  '\u062A\u0639\u0627\u0648\u0646\u064A\u0629', // تعاونية
  '\u0644\u064A\u0627\u0642\u064A\u0629', // لياقية
  '\u0639\u0635\u0628\u064A\u0629', // عصبية
];

let definiteNisbas: UnitTable | undefined;

/** Whether the folded `u[0, n)`, a base that lost the article, is one of DEFINITE_NISBAS. */
function isDefiniteNisba(u: Uint16Array, n: number): boolean {
  return (definiteNisbas ??= unitTable(DEFINITE_NISBAS.map((w) => 'k' + w).join('\n'), () => 1)).get(u, 0, n, -1) === 1;
}

/**
 * The length of the stem of the folded base `u[0, n)`; a negative value -m means "the first m
 * units, then ة". It may replace the last unit in `u` (see inflectionRewrote).
 */
function inflection(u: Uint16Array, n: number): number {
  inflectionRewrote = false;
  if (n < 3) return n;
  const last = u[n - 1]!;
  // The jussive of a defective verb after «لم», «لا» («لم يأت», «لم يبق») goes with its
  // indicative «يأتي», «يبقى», where the lexicon marks it (code j; round 81). `u[n]` is scratch
  // here (the buffer has room past the base). Not before the ك of the second person: «لا تنفك»
  // is «تنفكّ», still, no «تنف» + «ك». The indefinite of a defective participle in مـ lost its
  // ي too, without the article («محامٍ», «مدعٍ», «متساوٍ» → «محامي», «مدعي», «متساوي», as «المحامي»;
  // round 96; «المصل», serum, stays), and so did that of a broken plural of four letters with ا
  // third («مبانٍ», «أراضٍ», «ليالٍ», «أغانٍ» → «مباني», «اراضي», «ليالي», «اغاني», as «الأراضي»;
  // rounds 97, 98; one in ت or ن, «تفانٍ», «نوادٍ», is read as a jussive's shape is, and none
  // with the article: «النواح», wailing, stays, as a verb takes none), and that of a participle
  // «فاعٍ» of three letters («قاضٍ», «عالٍ», «باقٍ», «ثانٍ» → «قاضي», «عالي», «باقي», «ثاني»; round
  // 99; «مفاعٍ», «موازٍ», is a shape in مـ already), but not before a pronoun, where the participle
  // keeps its ي («قاضيه»; «ثانه», «قاضها» stay).
  if (
    n <= 5 &&
    !definiteBase &&
    (u[0] === YEH || u[0] === TEH || u[0] === NOON ? !kafBase && last !== WAW : u[0] === MEEM || (n === 4 ? u[2] === ALEF : n === 3 && u[1] === ALEF && !pronounBase && !kafBase)) &&
    last !== YEH &&
    last !== ALEF &&
    last !== TEH_MARBUTA &&
    endingCode(u, 0, n, -1) === JUSSIVE_YEH
  ) {
    u[n] = YEH;
    inflectionRewrote = true;
    return n + 1;
  }
  if (n === 3) {
    // «أب» and «أخ» before a pronoun show their case in a long vowel («أبوه», «أباه», «أبيه»,
    // «أخوها», «أخيه» → «اب», «اخ»). Without the pronoun «أبو», «أبا», «أبي» begin names
    // («أبو بكر», «أبي ظبي») and «أبي», «أخي» are as often «my father», «my brother». The
    // second person's ك comes after them too («أبوك», «أخيك», «أخاكم»; round 59), but for «أبيك»,
    // in news the acronym APEC or the name İpek more often than «your father».
    if ((pronounBase || (kafBase && (u[1] === KHAH || last !== YEH))) && u[0] === ALEF && (u[1] === BEH || u[1] === KHAH) && (last === WAW || last === ALEF || last === YEH)) return 2;
    // The ه of a definite base the lexicon marks (code r) is a ة written ه, as below («اللغه»,
    // «المره» → «لغة», «مرة»; round 71).
    if (last === HEH && definiteBase && endingCode(u, 0, n, -1) === HEH_TEH) {
      u[2] = TEH_MARBUTA;
      inflectionRewrote = true;
      return n;
    }
    // The construct of the dual of a noun of two letters («بيديه», «يدي الرئيس» → «يد»).
    if (last === YEH) return endingCode(u, 0, n, -1) === TWO_LETTER_DUAL ? 2 : n;
    // The ة of the number six, its gender as «خمسة», «سبعة» have theirs, comes off where the
    // lexicon marks it (code m: «ستة», «الستة» → «ست»; round 104); «سنة», «مرة» keep theirs.
    if (last === TEH_MARBUTA) return endingCode(u, 0, n, -1) === MASCULINE ? 2 : n;
    if (last !== TEH) return n;
    const code = endingCode(u, 0, n, -1);
    // A doubled verb's perfect («شنت» → «شن», «ضمتها» → «ضم»), where the corpus shows it; one
    // that also follows «لا», «لم» as an imperfect («لا تمت بصلة») only after «و», «ف» («وتمت»).
    return code === STRIP || (code === CONJUNCT_PERFECT && conjunctBase) ? n - 1 : weakPerfect(u, n, code);
  }
  const before = u[n - 2]!;
  // A definite base takes no pronoun, so the final ه of one the lexicon marks (code r) is a ة
  // that news writes ه («الحريه», «الأغنيه», «السلوكيه»; round 66): it goes as «Xة» would.
  if (last === HEH && definiteBase && endingCode(u, 0, n, -1) === HEH_TEH) {
    u[n - 1] = TEH_MARBUTA;
    const m = inflection(u, n);
    inflectionRewrote = true;
    return m;
  }
  if (last === TEH_MARBUTA) {
    const code = endingCode(u, 0, n, -1);
    // «ـية» → «ـي»: the feminine of a nisba adjective, only where the corpus shows the nisba's
    // paradigm («فلسطينية» → «فلسطيني»); a name or a word it never saw keeps it («صقلية»).
    // A nisba that is a noun too loses it only after the article (DEFINITE_NISBAS, round 109).
    if (before === YEH) return code === STRIP || (definiteBase && isDefiniteNisba(u, n)) ? n - 1 : n;
    // Other feminines keep their ة unless the lexicon marks an adjective («مسؤولة» → «مسؤول»).
    return code === MASCULINE ? n - 1 : n;
  }
  if (last === TEH) {
    const table = exceptionTable();
    const code = endingCode(u, 0, n, -1);
    // The ت of the perfect, where the corpus shows the verb («قالت» → «قال», «بدأت» → «بدا»).
    if (before !== ALEF) return code === STRIP ? n - 1 : weakPerfect(u, n, code);
    if (code === KEEP) return n;
    // A base of five letters or more the lexicon does not know («تهيأت», «كافأت», «أومأت»: seen too
    // seldom for it) written ـأت without the article is the feminine perfect of a verb in ـأ, as
    // «بدأت» → «بدا» (round 91): its ت comes off («تهيأ», folded «تهيا»), where a plural in ـات or
    // ـيات would go to «Xة» («تهية»). Four letters are as often typos of a plural («مئأت», «الأت»).
    if (code === 0 && hamzaTehBase && !definiteBase) return n - 1;
    // The plural of a loanword in ـا (code p): «ميليشيات» → «ميليشيا», «كاميرات» → «كاميرا».
    if (code === ALEF_PLURAL) return n - 1;
    // The plural of a noun whose singular ends in a ت of its own, not a ة (code h): «بنات» →
    // «بنت», «أخوات» → «اخت».
    if (code === TEH_PLURAL) {
      const k = u[n - 3] === WAW ? n - 3 : n - 2;
      u[k] = TEH;
      inflectionRewrote = true;
      return k + 1;
    }
    // «ـيات» → «ـي», like its singular «ـية» (or «ـية» when that one is kept).
    if (n >= 5 && u[n - 3] === YEH) {
      if (code === FEMININE) return -(n - 2);
      // The plural of a noun in ـاة, whose ي stands for the singular's ا («مباريات» → «مباراة»).
      if (code === WEAK_ALEF) {
        u[n - 3] = ALEF;
        inflectionRewrote = true;
        return -(n - 2);
      }
      return code === STRIP || endingCode(u, 0, n - 1, TEH_MARBUTA) === STRIP ? n - 2 : -(n - 2);
    }
    // «ـوات»: the و is a third radical of the singular that its ة hides or has lost: «قنوات» →
    // «قناة» (as «مباريات» above), «سنوات» → «سنة».
    if (n >= 5 && u[n - 3] === WAW) {
      if (code === WEAK_ALEF) {
        u[n - 3] = ALEF;
        inflectionRewrote = true;
        return -(n - 2);
      }
      if (code === LOST_WAW) return -(n - 3);
    }
    // The plural of a noun in ـأة, written ـآت: its ت stands for the singular's ة («منشآت» →
    // «منشأة», folded «منشاة»).
    if (code === WEAK_ALEF) return -(n - 1);
    if (code === STRIP) return n - 1;
    // A plural the lexicon marks f is a noun of its own and keeps «Xة» even where «Xة» is an
    // adjective's feminine (code m): «الواردات», imports, → «واردة», «الواردة» → «وارد».
    if (code === FEMININE) return -(n - 2);
    return code === BARE ? n - 2 : feminine(u, n - 2, table);
  }
  // The imperfect plural of a defective verb may have four letters («يرون», «يروا» → «يري»).
  // The perfect plural of a doubled verb has four letters too («شنوا», «ظلوا» → «شن», «ظل»).
  if (n === 4) {
    // The construct of a dual of three letters before a pronoun, where the lexicon licenses it
    // («عينيه», «قدميها» → «عين», «قدم»); a bare «Xي» is as often a nisba or «my X».
    if (last === YEH) return pronounBase && (endingCode(u, 0, n, -1) === STRIP || dualConstruct(u, n)) ? n - 1 : n;
    // «سنون», «سنين» → «سنة» (code o); the dual of a noun of two letters: «يدين» → «يد» (code e).
    if (last === NOON && (before === YEH || before === ALEF)) {
      const code = endingCode(u, 0, n, -1);
      return code === LOST_WAW && before === YEH ? -2 : code === TWO_LETTER_DUAL ? 2 : n;
    }
    if (before !== WAW || (last !== NOON && last !== ALEF)) return n;
    const code = endingCode(u, 0, n, -1);
    if (code === LOST_WAW && last === NOON) return -2;
    // «رؤوا» goes as «رأوا» (round 89; see hamzaOnWawPlural).
    if (code === 0 && last === ALEF && u[1] === WAW_HAMZA) return hamzaOnWawPlural(u, n);
    return code === STRIP && last === ALEF ? n - 2 : defectivePlural(u, n, code);
  }
  if (last === NOON) {
    if (before !== WAW && before !== YEH && before !== ALEF) return n;
    const table = exceptionTable();
    const code = endingCode(u, 0, n, -1);
    if (code === STRIP || (code === INDEFINITE && !definiteBase)) return n - 2;
    // «يلجؤون», «يقرؤون» go as «يلجأون», «يقرأون» (round 89; see hamzaOnWawPlural).
    if (code === 0 && before === WAW && u[n - 3] === WAW_HAMZA) {
      const m = hamzaOnWawPlural(u, n);
      if (m < n) return m;
    }
    if (code === FEMININE && u[n - 3] === TEH) return feminine(u, n - 3, table);
    // The feminine of the number two goes with the masculine (code e: «اثنتين» → «اثن»).
    if (code === TWO_LETTER_DUAL && u[n - 3] === TEH) return n - 3;
    // A feminine dual the lexicon does not list, of an adjective it marks («سريعتين» of
    // «سريعة» → «سريع») or of a nisba («أسبوعيتين» of «أسبوعية» → «أسبوعي»): its singular's
    // code decides (a name in ـتين, «مارتين», «كريستين», has no such singular).
    if (code === 0 && before !== WAW && u[n - 3] === TEH && n >= 6) return adjectiveFeminine(u, n - 3, table) ? n - 3 : n;
    // A sound plural of a participle in مـ the lexicon does not list, news writing it too
    // seldom to license it («المتوقفين», «المضبوطين», «مستعدون»; round 85), goes the same way:
    // with its masculine where the lexicon knows the participle by its feminine, its other case
    // or its verb (see participlePlural). A defective participle's goes with «Xي» where the
    // lexicon reads its verb so («المتمنين» → «متمني»; round 87, defectiveParticiplePlural).
    // Round 88 adds form III («محاولين»), the passive of form I («المخدوعين») and a defective
    // verb known by its perfect («متعالين» → «متعالي»); round 92 the letters alone where they
    // show a derived participle's pattern («المكفوفين», «مناوبين»; «متناسين» → «متناسي»).
    if (code === 0 && before !== ALEF && defectiveParticiplePlural(u, n)) {
      u[n - 2] = YEH;
      inflectionRewrote = true;
      return n - 1;
    }
    if (code === 0 && before !== ALEF && participlePlural(u, n)) return n - 2;
    // The oblique plural of a defective participle, whose ين stands for the singular's ي
    // («المتوفين» → «متوفي», as «المتوفى»; code i).
    if (code === PLURAL_YEH && before === YEH) return n - 1;
    return before === WAW ? defectivePlural(u, n, code) : n;
  }
  // The perfect's «نا» (we) before an object pronoun («شاهدناه», «قدمناها», «هزمناهم»: `segment`
  // takes the pronoun only), where the lexicon shows «Xت» as the perfect (round 54): a noun's
  // «نا» (our) takes no second pronoun.
  if (last === ALEF && before === NOON && pronounBase && n >= 5 && endingCode(u, 0, n - 1, TEH) === STRIP) return n - 2;
  // The same «نا» after the ي of a defective verb, bare too (round 84): `segment` leaves
  // «تلقينا», «اشترينا», «رأينا» whole (see weakDefectiveFirstPlural).
  if (last === ALEF && before === NOON && n >= 5 && u[n - 3] === YEH && !definiteBase) return weakDefectiveFirstPlural(u, n);
  if (last === ALEF && before === WAW) {
    // The verbal plural only where the corpus shows the verb («قالوا»), not «كابوا».
    const code = endingCode(u, 0, n, -1);
    // «بدؤوا», «لجؤوا» go as «بدأوا», «لجأوا» (round 89; see hamzaOnWawPlural).
    if (code === 0 && u[n - 3] === WAW_HAMZA) return hamzaOnWawPlural(u, n);
    return code === STRIP ? n - 2 : defectivePlural(u, n, code);
  }
  // The construct of the dual of a noun in ـة before a pronoun («مباراتيه», «قائمتيها» → «مباراة»,
  // «قائمة»), where the lexicon puts the dual «Xتين» with «Xة»: behind a pronoun the ي is no «my».
  if (last === YEH && before === TEH && pronounBase && n >= 5 && endingCode(u, 0, n + 1, NOON) === FEMININE) {
    return feminine(u, n - 2, exceptionTable());
  }
  // Without one (round 70) «Xتي» is that construct or «my X» («محافظتي الرياض والقصيم», «مدينتي»),
  // and «Xتا» the construct's nominative («صحيفتا», «شركتا»): either way the noun «Xة», where the
  // lexicon marks the word so (code f). Neither takes the article («الحياتي» is a nisba).
  if ((last === YEH || last === ALEF) && before === TEH && !definiteBase && endingCode(u, 0, n, -1) === FEMININE) {
    return feminine(u, n - 2, exceptionTable());
  }
  // The construct of a sound plural or dual, which drops its ن («مقاتلو», «لاعبي الفريق»),
  // where the lexicon licenses it (a nisba «عالمي» or a name «ماركو» keeps its letter).
  if ((last === WAW || last === YEH) && n >= 5) {
    const code = endingCode(u, 0, n, -1);
    if (code === STRIP) return n - 1;
    // A defective participle's («محامو الدفاع» → «محامي»; round 96), as its plural «محامون» (code i).
    if (code === PLURAL_YEH && last === WAW) {
      u[n - 1] = YEH;
      inflectionRewrote = true;
      return n;
    }
    return last === YEH && dualConstruct(u, n) ? n - 1 : n;
  }
  return n;
}

/**
 * True when the folded base `u[0, n)`, ending in ي and followed by a pronoun in ه, is the
 * construct of a dual in the oblique case (round 55): «هدفيه», «صديقيها», «جناحيها» → «هدف»,
 * «صديق», «جناح». The lexicon must license both cases of the dual, «Xين» and «Xان» (a defective
 * participle's plural «محامين» has no «محامان»; «ماضيه», «محاميه» keep their ي), and show no
 * defective imperfect «Xون» (code i: «تسميه» is «تسمي» + «ه») and no nisba plural «Xيين». The
 * base must be written with that ي (segment writes «معناه», «أسماه» with the ى of «معنى»), and
 * before a lone «ه» the lexicon must not list «Xية», which the ه may stand for («شعبيه», «غربيه»
 * stay «شعبي», «غربي»). The nominative «عيناه» is left: before a pronoun a noun in ى is written
 * with ا too («ذكراه», his memory). `u[n]` is scratch here (the buffer has room past the base).
 */
function dualConstruct(u: Uint16Array, n: number): boolean {
  if (!hehConstruct || endingCode(u, 0, n + 1, NOON) !== STRIP) return false;
  // «Xيه» is often «Xية» written with ه («أغانٍ شعبيه», «بشخصيه جديدة»): where the lexicon lists
  // «Xية», a lone «ه» is left as before.
  if (loneHeh && endingCode(u, 0, n + 1, TEH_MARBUTA) !== 0) return false;
  // Where the lexicon lists the nisba's plural «Xيين», «Xيها» is as often its construct written
  // with one ي («حرفيها», its craftsmen) or «Xية» written with ه («شعبيه»).
  u[n] = YEH;
  if (endingCode(u, 0, n + 2, NOON) !== 0) return false;
  u[n - 1] = ALEF;
  const dual = endingCode(u, 0, n + 1, NOON);
  u[n - 1] = WAW;
  const plural = endingCode(u, 0, n + 1, NOON);
  u[n - 1] = YEH;
  return dual === STRIP && plural !== PLURAL_YEH;
}

/**
 * The length of the stem of the folded base `u[0, n)` ending in «ينا», the first person plural of
 * a defective verb's perfect (round 84), or `n`: «Xينا» goes with «Xي» where the lexicon cuts the
 * ت of «Xيت» (code s: «تلقيت», «اشتريت», «انتهيت» → «تلقي», …) or puts ى for the ت of «Xت» (code
 * y: «رأت» → «راي»), as the verb's other persons do. A function word with «نا» («إلينا»,
 * «لدينا», «علينا») stays whole, as «إليه», «لديه» do. «Xونا» is left: in news «دعونا» is mostly
 * «let us» (the imperative of «دع» + «نا»), not «we called».
 */
function weakDefectiveFirstPlural(u: Uint16Array, n: number, from = 0): number {
  if (endingCode(u, from, n - 1, TEH) !== STRIP && endingCode(u, from, n - 2, TEH) !== WEAK_YEH) return n;
  return isStopwordSpelling(stringOf(u, from, n - 2)) ? n : n - 2;
}

/**
 * The end of the stem of the folded word `u[0, n)` when it is a perfect that opens with «ال»
 * (after «و» or «ف», `from` 1) and ends with a pronoun in ه (round 84): «التقاه», «التقاها»,
 * «التقاهم», «التقيناهم» (the verb «التقى»: he met him, …), which `segment` reads as the article +
 * «تقاه», or keeps whole («والتقاه», «القاه» for «ألقاه»). Before the pronoun the verb's ى is
 * written ا and its «نا» is the subject's: «Xاه» goes with «Xى» where the lexicon puts ى (code y)
 * or ا (code a) for the ت of «Xت» («التقت», «القت» → «التقي», «القي»), «Xيناه» with «Xي» as
 * «Xينا» does (see weakDefectiveFirstPlural). Otherwise -1. It may replace a unit of `u`.
 */
function definiteLookingPerfect(u: Uint16Array, n: number, from: number): number {
  if (u[from] !== ALEF || u[from + 1] !== LAM) return -1;
  const last = u[n - 1]!;
  // The pronoun's length: ه, ها or هم, هما.
  let p = 0;
  if (last === HEH) p = 1;
  else if (u[n - 2] === HEH) p = last === ALEF || last === MEEM ? 2 : 0;
  else if (last === ALEF && u[n - 2] === MEEM && u[n - 3] === HEH) p = 3;
  const e = n - p;
  if (p === 0 || e - from < 4 || u[e - 1] !== ALEF) return -1;
  if (u[e - 2] === NOON && u[e - 3] === YEH) {
    if (e - from < 6) return -1;
    const m = weakDefectiveFirstPlural(u, e, from);
    return m === e ? -1 : m;
  }
  const code = endingCode(u, from, e, TEH);
  if (code === WEAK_YEH) u[e - 1] = YEH;
  else if (code !== WEAK_ALEF) return -1;
  return e;
}

/**
 * The plural of a verb in ء whose hamza news writes on و before وا, ون (round 89): «بدؤوا»,
 * «جاؤوا», «لجؤوا», «يلجؤون», «يقرؤون», «رؤوا» go as the same plural written with أ («بدأوا»,
 * «جاءوا», «لجأوا», «يلجأون», «رأوا» → «بدا», «جاء», «لجا», «يلجا», «راي»), where the lexicon cuts
 * that spelling's وا or ون (code s) or reads it as a defective verb's (see defectivePlural);
 * otherwise `n`, the ؤ kept («شؤون», affairs, is no verb). The folded base `u[0, n)`, unlisted
 * itself, ends in «ؤوا» or «ؤون»; its ؤ is tried as the folded أ (ا), then as ء.
 */
function hamzaOnWawPlural(u: Uint16Array, n: number): number {
  for (let i = 0; i < 2; i++) {
    u[n - 3] = i === 0 ? ALEF : HAMZA;
    const code = endingCode(u, 0, n, -1);
    const m = code === STRIP ? n - 2 : defectivePlural(u, n, code);
    if (m < n) {
      inflectionRewrote = true;
      return m;
    }
  }
  u[n - 3] = WAW_HAMZA;
  return n;
}

/**
 * The imperfect plural of a defective verb, whose ون or وا stands where the singular has its ي
 * (ى) or و («يعانون» → «يعاني», «يسعوا» → «يسعي», «يبدون» → «يبدو»), where the lexicon says so
 * (`code`); otherwise the word as it is.
 */
function defectivePlural(u: Uint16Array, n: number, code: number): number {
  if (code === PLURAL_WAW) return n - 1;
  // The perfect plural of a defective verb («دعوا» → «دعا», «قضوا» → «قضي»), as its feminine.
  if ((code === WEAK_ALEF || code === WEAK_YEH) && u[n - 1] === ALEF) {
    u[n - 2] = code === WEAK_ALEF ? ALEF : YEH;
    inflectionRewrote = true;
    return n - 1;
  }
  if (code !== PLURAL_YEH) return n;
  u[n - 2] = YEH;
  inflectionRewrote = true;
  return n - 1;
}

/**
 * The perfect of a defective verb, whose ت stands where the masculine has its ا or ى («دعت» →
 * «دعا», «انتهت» → «انتهي»), where the lexicon says so (`code`); otherwise the word as it is.
 */
function weakPerfect(u: Uint16Array, n: number, code: number): number {
  if (code !== WEAK_ALEF && code !== WEAK_YEH) return n;
  u[n - 1] = code === WEAK_ALEF ? ALEF : YEH;
  inflectionRewrote = true;
  return n;
}

/**
 * The stem `u[0, k)` + ة, or `u[0, k)` alone when that feminine is an adjective's (see MASCULINE)
 * or a nisba's: the dual «الدوليتين» goes with «الدولية» → «دولي».
 */
function feminine(u: Uint16Array, k: number, table: UnitTable): number {
  return adjectiveFeminine(u, k, table) ? k : -k;
}

/**
 * True when the folded base `u[0, n)` has the shape of a participle's sound plural in مـ
 * (rounds 85, 87, 88): six letters at least, no alef after the م (names: «ماردين»), and an alef
 * after the next letter only in seven letters or more (round 88): the broken plural «مفاعيل» of a
 * root in ن has six («ملايين», «ميادين», «موازين»), the plural of a participle of form III or of
 * form V of a root in ء seven («محاولين», «مزايدين», «متاكدون»).
 */
function participleShape(u: Uint16Array, n: number): boolean {
  return n >= 6 && u[0] === MEEM && u[1] !== ALEF && (u[2] !== ALEF || n >= 7);
}

/**
 * True when the lexicon gives `code` to the verb's imperfect plural «يXون» or «يXوا» of a
 * participle's plural `u[0, n)` whose م has been replaced by ي and whose ending letter by و
 * (rounds 85, 87; see participlePlural, defectiveParticiplePlural).
 */
function imperfectPluralHas(u: Uint16Array, n: number, table: UnitTable, code: number): boolean {
  return table.get(u, 0, n, -1) === code || table.get(u, 0, n, ALEF) === code;
}

/**
 * True when the folded base `u[0, n)`, in ـين or ـون and unlisted, is a sound plural of a
 * participle in مـ (round 85): six letters at least, no alef after the م (names: «ماردين»,
 * «مارلين») nor after the next letter in six (the broken plural «مفاعيل»: «ملايين», «ميادين»,
 * «موازين»; in seven, round 88, form III: «محاولين», see participleShape), and the lexicon
 * knows the participle another way: its singular's feminine «Xة» is an adjective's or a
 * nisba's (see adjectiveFeminine: «متوقفة», «مضبوطة» → «متوقف», «مضبوط»), its other case loses
 * its ending (code s: «المصطافون», «المحلفون» beside «المصطافين», «المحلفين»), or its verb's
 * imperfect plural «يXون», «يXوا» (the م read as ي: «يلتحقون», «يرتادون», «يرددون») does (code
 * s), or its verb's perfect «Xت» does (round 87: the م dropped, «تشبعت», or read as alef,
 * «استلمت»; not after ي), or, for a passive participle of form I, the verb of its radicals does
 * (round 88, see passiveParticipleVerb), or its letters alone show a derived participle's
 * pattern (round 92: «المكفوفين», «مناوبين», «المعتكفين»; see derivedParticiplePattern). A name in ـين or ـون shows none of them («مكلارين»,
 * «ميلانين», «ميدلتون»), nor does a nisba's plural written without its ي. `u[0]`, `u[n - 2]`
 * and `u[n - 1]` are restored.
 */
function participlePlural(u: Uint16Array, n: number): boolean {
  if (!participleShape(u, n)) return false;
  const table = exceptionTable();
  const ending = u[n - 2]!;
  // A nisba's plural written without its ي («المسيحين» for «المسيحيين», listed) is left whole:
  // cut, it would meet another word («مسيح»). `u[n]` is scratch (the buffer has room past the base).
  u[n - 2] = YEH;
  u[n - 1] = ending;
  u[n] = NOON;
  const nisba = table.get(u, 0, n + 1, -1) === STRIP;
  u[n - 2] = ending;
  u[n - 1] = NOON;
  if (nisba) return false;
  if (derivedParticiplePattern(u, n) || adjectiveFeminine(u, n - 2, table)) return true;
  u[n - 2] = ending === YEH ? WAW : YEH;
  let known = table.get(u, 0, n, -1) === STRIP;
  u[n - 2] = WAW;
  if (!known) {
    u[0] = YEH;
    known = imperfectPluralHas(u, n, table, STRIP);
    // Its verb's perfect «Xت» (round 87), the م dropped («تشبعت», «تعجبت» for «متشبعين»,
    // «متعجبون») or read as the alef of the derived forms («استلمت», «اصطحبت» for «المستلمين»,
    // «مصطحبين»), whose ت the lexicon cuts (code s). Not after ي: «Xيت» is a defective verb's
    // first person, «Xيين» a nisba's plural.
    if (!known && u[n - 3] !== YEH) known = table.get(u, 1, n - 1, TEH) === STRIP;
    if (!known && u[n - 3] !== YEH) {
      u[0] = ALEF;
      known = table.get(u, 0, n - 1, TEH) === STRIP;
    }
    u[0] = MEEM;
  }
  u[n - 2] = ending;
  return known || passiveParticipleVerb(u, n, table);
}

/**
 * True when the folded base `u[0, n)`, of participlePlural's shape, is the plural of a passive
 * participle of form I, «مفعولين», «مفعولون» (round 88), whose verb the lexicon knows: seven
 * letters with و fourth («المخدوعين», «مدحورون», «المبحوثين»), and the verb of its three radicals
 * has its perfect «Xت» or its imperfect plural «يXون», «يXوا» cut (code s: «خدعت», «دحرت»,
 * «يجبرون» for «المخدوعين», «مدحورون», «مجبورين»), or, where the last two radicals are one, its
 * doubled perfect «XYت» («ضمت» for «مضمومين»). A name's or a loanword's tail in ـين, ـون has
 * no such verb. `u` is restored.
 */
function passiveParticipleVerb(u: Uint16Array, n: number, table: UnitTable): boolean {
  if (n !== 7 || u[3] !== WAW || u[2] === ALEF) return false;
  const third = u[4]!;
  if (third === WAW || third === YEH || third === ALEF) return false;
  const ending = u[5]!;
  // The radicals side by side in u[1, 4): «خدع» of «مخدوعين».
  u[3] = third;
  let known = table.get(u, 1, 5, TEH) === STRIP;
  if (!known && u[2] === third) known = table.get(u, 1, 4, TEH) === STRIP;
  if (!known) {
    u[0] = YEH;
    u[4] = WAW;
    u[5] = NOON;
    known = imperfectPluralHas(u, 6, table, STRIP);
    u[0] = MEEM;
    u[4] = third;
    u[5] = ending;
  }
  u[3] = WAW;
  return known;
}

/**
 * True when the letter `c` is a weak one (ا و ي) or ت: such a letter before the ending ين, ون
 * makes a nisba's plural («مراديين»), a feminine dual («مهارتين») or a loanword
 * («ملاثيون»), not a sound participle's plural (see derivedParticiplePattern).
 */
function weakOrTeh(c: number): boolean {
  return c === ALEF || c === WAW || c === YEH || c === TEH;
}

/**
 * True when the folded base `u[0, n)`, of participleShape's shape and in ـين or ـون, has by its
 * letters alone the pattern of a participle's sound plural that no name nor broken plural shares
 * (round 92): news writes these plurals of persons far more than their singular, so the lexicon
 * often has no witness of them (see participlePlural). Seven letters: the passive of form I
 * «مفعولين», و fourth («مكفوفين», «المبهورين»; not after م + ي: «ميلوزين», «ميلوتين»), form III
 * «مفاعلين», alef third («مناوبين», «مزايدين», «مخالطين»: the broken plural «مفاعيل» has six
 * letters), form VIII «مفتعلين», ت third («معتكفين», «مقترعين»; not «مستـ», a defective or doubled
 * verb's form X: «مستلقين», «مستحمين»; not after م + ي or و, which form VIII assimilates, «متصل»:
 * the names «ميتشجين», «موتسكين»), form V «متفعلين», ت second («متلبسين», «متيقظين»); eight
 * letters, an alef only fourth: form X «مستفعلين» («مستكبرين», «مستامنين» of «مستأمن»), form VI
 * «متفاعلين» and the quadriliteral's form II «متفعللين» («متساكنين», «متجمهرين»; not «متاسلمين»,
 * whose folded hamza stands third). The letter before the ending
 * is no weak letter nor ت (see weakOrTeh). The names in ـون of seven letters («مندلسون»,
 * «ميكلسون», «موريسون») and in ـين («منوتشين», «ماكلارين») fit none of them.
 */
function derivedParticiplePattern(u: Uint16Array, n: number): boolean {
  if (weakOrTeh(u[n - 3]!)) return false;
  const second = u[1]!;
  const third = u[2]!;
  if (n === 7) {
    if (third === ALEF) return u[3] !== ALEF;
    if (u[3] === WAW) return second !== YEH;
    if (third === TEH) return second !== YEH && second !== WAW && second !== SEEN && second !== TEH && u[3] !== ALEF;
    return second === TEH && u[3] !== ALEF;
  }
  if (n !== 8 || second === ALEF || third === ALEF || u[4] === ALEF) return false;
  return (second === SEEN && third === TEH) || second === TEH;
}

/**
 * True when the folded base `u[0, n)`, in ـين or ـون and unlisted, is the plural of a defective
 * participle in مـ (round 87), whose ين or ون stands for the singular's ي («متمنين», «المشتكين»,
 * «المستدعون» → «متمني», «مشتكي», «مستدعي», as «المتوفين» → «متوفي»): of the shape
 * participlePlural asks, where the lexicon reads its verb's imperfect plural «يXون» or «يXوا» (the
 * م read as ي) as a defective verb's (code i: «يتمنون», «يشتكون», «يستدعون»), or its perfect «Xت»
 * so (round 88, code y or a: «تعالت», «استثنت» for «متعالين», «مستثنون»), or, with no witness,
 * where it is form VI «متفاعين» of seven letters (round 92: «متناسين», «متتالين»). Five letters
 * are too few: «المرضين» is the dual of «المرض», «مولين» a city. `u[0]` and `u[n - 2]` are restored.
 */
function defectiveParticiplePlural(u: Uint16Array, n: number): boolean {
  if (!participleShape(u, n)) return false;
  // Form VI of a defective verb, «متفاعين» of seven letters, alef fourth (round 92: «متناسين»,
  // «متتالين», «متعاطين» → «متناسي», …): a sound verb's form VI has eight («متساكنين»).
  if (n === 7 && u[1] === TEH && u[3] === ALEF && u[2] !== ALEF && u[4] !== ALEF && u[4] !== YEH) return true;
  const table = exceptionTable();
  const ending = u[n - 2]!;
  u[0] = YEH;
  u[n - 2] = WAW;
  const defective = imperfectPluralHas(u, n, table, PLURAL_YEH);
  u[0] = MEEM;
  u[n - 2] = ending;
  if (defective) return true;
  // Its verb's perfect «Xت» (round 88), the م dropped («تعالت», «تخطت» for «متعالين», «متخطين»)
  // or read as the alef of the derived forms («استثنت» for «مستثنون»), whose ت the lexicon reads
  // as a defective verb's (code y or a), as round 87 reads a sound verb's (code s).
  let code = table.get(u, 1, n - 1, TEH);
  if (code !== WEAK_YEH && code !== WEAK_ALEF) {
    u[0] = ALEF;
    code = table.get(u, 0, n - 1, TEH);
    u[0] = MEEM;
  }
  return code === WEAK_YEH || code === WEAK_ALEF;
}

/**
 * True when `u[0, k)` + ة is the feminine of an adjective (code m: «سريعة» → «سريع») or of a
 * nisba whose ة the lexicon removes (code s on «Xية»: «دولية» → «دولي»).
 */
function adjectiveFeminine(u: Uint16Array, k: number, table: UnitTable): boolean {
  const code = table.get(u, 0, k + 1, TEH_MARBUTA);
  return code === MASCULINE || (k >= 3 && u[k - 1] === YEH && (code === STRIP || code === WHOLE_STRIP));
}

/**
 * The number of letters of the conjunctions (و ف) and prepositions (ب ك ل) that `parts` puts
 * first, before its base (the first letters of the folded word `u[0, n)`), up to another prefix
 * (the future's س stays: «وسألاهن» → «سالاهن»). Before a base of two letters other than «أن»,
 * «إن», «أم» a preposition is more likely a word's first letter («كفيه» his palms, «لكمه» he
 * punched him): only conjunctions come off then («ومنها» → «منها»). So they do before «ان» written
 * without its hamza and before ك or ي, the names «بانك» (a bank), «باني» («بانه» → «انه»).
 */
function functionWordProclitics(parts: Segmentation, base: string, u: Uint16Array, n: number): number {
  const prefixes = parts.prefixes;
  if (prefixes.length >= n) return 0;
  const first = base.charCodeAt(0);
  const pronoun = parts.suffixes.length > 0 ? parts.suffixes[0]!.form.charCodeAt(0) : 0;
  const preposition =
    base.length >= 3 ||
    first === 0x0623 ||
    first === 0x0625 ||
    (first === ALEF && (pronoun === HEH || pronoun === NOON));
  let k = 0;
  for (; k < prefixes.length; k++) {
    const tag = prefixes[k]!.tag;
    const c = u[k]!;
    if (tag === 'CONJ' ? c !== WAW && c !== FEH : !preposition || tag !== 'PREP' || (c !== BEH && c !== KAF && c !== LAM)) break;
  }
  return k;
}

/**
 * Bases of two letters whose noun in ة news often writes with ه («لمده», «بصفه», «بحجه» for
 * «لمدة», «بصفة», «بحجة»): before a lone ه after a proclitic that ه is more likely the ة than a
 * pronoun, and the word stays whole (see takesSplit).
 */
const HEH_FOR_TEH_MARBUTA = new Set([
  '\u0645\u062F', // مدة
  '\u0635\u0641', // صفة
  '\u062D\u062C', // حجة
  '\u062F\u064A', // دية
  '\u0639\u062F', // عدة
  '\u062C\u0647', // جهة
  '\u062B\u0642', // ثقة
  '\u0635\u0644', // صلة
  '\u0644\u063A', // لغة
  '\u0633\u0646', // سنة
  '\u0641\u0626', // فئة
  '\u0645\u0626', // مئة
  '\u062F\u0642', // دقة
  '\u0642\u0648', // قوة
  '\u0634\u062F', // شدة
  '\u062D\u0635', // حصة
  '\u0642\u0645', // قمة
  '\u0630\u0645', // ذمة
]);

/**
 * Whether the stemmer takes `segment`'s split of the folded word `w[0, n)` into `base` (of
 * `length` letters), or keeps the word whole. `proclitics` counts the conjunctions and
 * prepositions before the base; `pronoun` is the first letter of the pronoun after it (0 if none).
 */
function takesSplit(w: Uint16Array, n: number, base: string, length: number, article: boolean, proclitics: number, pronoun: number): boolean {
  // The article is always a clitic; pronouns alone are, unless the corpus shows that the base
  // takes no other pronoun (a name that ends like one: «بيغي», «إنريكه»; see WHOLE).
  if (article) return true;
  if (proclitics === 0) return !isWhole(exceptionTable().get(w, 0, n, -1));
  // Conjunctions and prepositions that would leave fewer than three letters more likely
  // belong to the word («فيو», «ماها» stay whole), except before a function word («وفي» → «في»).
  // A Latin base (`وCNN`, `وB`, `الـPDF`) is a word of its own: the letters before it are clitics.
  // So is a base of two letters between one proclitic and a pronoun of the third or second
  // person or «نا» (round 57): «وضمها», «بيده», «بحقهم», «وحثهم» → «ضم», «يد», «حق», «حث», as
  // «ضمها», «يده» already were. Not before «ي» («باني», «لأني») nor after two proclitics
  // («وليدها», her newborn, is no «و» + «ل» + «يد»), nor where a lone ه may be a ة
  // (HEH_FOR_TEH_MARBUTA: «لمده», «بصفه»).
  if (length < 3) {
    if (isStopwordSpelling(base) || !isArabicLetter(base.charCodeAt(0))) return true;
    // A lone conjunction «و», «ف» before two letters and nothing after (round 101): `segment`
    // splits it off only where its corpus reads the word so, a doubled verb or a word of two
    // letters that is far commoner alone («وتم», «فتم», «وحث», «وضم», «وحل», «وجل» → «تم», «حث»,
    // «ضم», «حل», «جل», as «وتمت» → «تم»), and keeps whole the words of their own («وعد», «وقت»,
    // «فوق»), so its split stands.
    if (n === 3 && (w[0] === WAW || w[0] === FEH)) return !isWhole(exceptionTable().get(w, 0, n, -1));
    // (ك, «like», seldom comes before a pronoun: «كتيه» is no «ك» + «تي» + «ه».)
    if (proclitics !== 1 || w[0] === KAF || (pronoun !== HEH && pronoun !== KAF && pronoun !== NOON)) return false;
    // A lone ه (one proclitic, two letters, ه) may be a ة written ه: «لمده» is «لمدة».
    if (n === 4 && w[3] === HEH && HEH_FOR_TEH_MARBUTA.has(base)) return false;
    return !isWhole(exceptionTable().get(w, 0, n, -1));
  }
  // Frequent words whose split the corpus does not support stay whole («لوكاس»; see WHOLE).
  return !isWhole(exceptionTable().get(w, 0, n, -1));
}

/**
 * The stem of «آب» (round 107), with its madda: the month August of the Syriac calendar («في 12
 * آب», «أغسطس/آب»), the verb «آبَ» (he came back) and the Persian «آب» (water) in names and
 * loanwords («واتس آب»). None of them is «أب» (father), with which folding would put it (آ → ا):
 * father's madda comes only with the article, as «الآب» (the Father) does, or in another pattern
 * («آباء»), and those still fold. The other words of two letters that begin with a madda fold as
 * before: «آن» (a time; Anne), «آي» (the letter I of «آي بي إم») meet only function words, «أن»,
 * «أي», and «آل» (family) none that is a word («ال» alone is the article before a number).
 */
const AB = '\u0622\u0628';

/**
 * True when the folded word `u[0, n)` (written `written`) is «آب» written with its madda, bare or
 * after one conjunction or preposition («وآب», «بآب», «لآب»): see AB.
 */
function isMonthAb(u: Uint16Array, n: number, written: string): boolean {
  const k = n - 2;
  if (u[k] !== ALEF || u[k + 1] !== BEH) return false;
  if (k === 1) {
    const c = u[0]!;
    if (c !== WAW && c !== FEH && c !== BEH && c !== LAM) return false;
  }
  return alefWrittenAs(written, k, 0x0622, 0x0653); // آ, or ا + U+0653 ARABIC MADDAH ABOVE
}

/**
 * Whether letter `k` of `written` (counting letters, marks aside) is the alef `seat` («أ» U+0623
 * or «آ» U+0622), or a bare alef carrying `mark` (the same letter decomposed: U+0654 HAMZA ABOVE,
 * U+0653 MADDAH ABOVE): the folded alef of `isMonthAb` and `hamzaNounAfterProclitics` as written.
 */
function alefWrittenAs(written: string, k: number, seat: number, mark: number): boolean {
  let i = 0;
  for (let letters = 0; ; i++) {
    while (i < written.length && isMark(written.charCodeAt(i))) i++;
    if (letters++ === k) break;
  }
  const c = written.charCodeAt(i);
  if (c === seat) return true;
  if (c !== ALEF) return false;
  for (i++; i < written.length && isMark(written.charCodeAt(i)); i++) if (written.charCodeAt(i) === mark) return true;
  return false;
}

/**
 * The stems of the nouns of two letters whose first is a hamza or a madda (round 108), by their
 * second letter: «أب» (father) → «اب», «أخ» (brother) → «اخ», «آل» (family, house of) → «ال», as
 * «الأب», «الأخ», «آل» have them. Before them a conjunction or preposition stayed on the stem
 * (`segment` reads «وأب», «بأب», «لأخ», «بآل» whole, and a proclitic that leaves two letters is kept:
 * see takesSplit), so «لأب» gave «لاب» and «بآل» met «بال» (mind). A letter of و ف ب ل ك, then أ
 * + ب or خ, or آ + ل, spells no word of three letters of its own (words such as «بأس», «كأس»,
 * «فأر», «وأد» carry their hamza after a radical, with other letters, and keep it), so the
 * written hamza or madda is what tells these from «باب», «بال», «لاب» (laptop), which stay.
 * «أم» (mother; or) goes through the function-word branch already («لأم» → «ام»); «آب» is AB's;
 * «آن», «أن», «أي», «إذ» are function words. `u[0, n)` is the folded word (n of 3 or 4), `written`
 * the text it was folded from; the stem, or undefined when the word is not one of these.
 */
function hamzaNounAfterProclitics(u: Uint16Array, n: number, written: string): string | undefined {
  const k = n - 2;
  if (u[k] !== ALEF) return undefined;
  const second = u[k + 1];
  // (the hamza's seat, then the stem: أ for «أب», «أخ», آ for «آل»)
  let seat: number;
  let result: string;
  if (second === BEH) {
    seat = 0x0623; // U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE
    result = '\u0627\u0628';
  } else if (second === KHAH) {
    seat = 0x0623;
    result = '\u0627\u062E';
  } else if (second === LAM) {
    seat = 0x0622; // U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE
    result = '\u0627\u0644';
  } else {
    return undefined;
  }
  // One conjunction or preposition («لأب», «وأخ», «بآل», «كأخ»), or a conjunction and then a
  // preposition («ولأب», «فبآل»).
  const first = u[0]!;
  if (k === 1) {
    if (first !== WAW && first !== FEH && first !== BEH && first !== LAM && first !== KAF) return undefined;
  } else {
    const next = u[1]!;
    if ((first !== WAW && first !== FEH) || (next !== BEH && next !== LAM && next !== KAF)) return undefined;
  }
  // The letter the alef was folded from, after the proclitics' letters: أ or ا + U+0654, آ or ا + U+0653.
  return alefWrittenAs(written, k, seat, seat === 0x0623 ? 0x0654 : 0x0653) ? result : undefined;
}

/** The stem of the number two («اثنان», «اثنين», «اثنتين», «اثنا»). */
const TWO = '\u0627\u062B\u0646';

/**
 * How the feminine elative of an ELATIVE_FEMININES entry must be written to be taken as one:
 * `maksura`, with its final ى (with ي the same letters are as often a nisba or «my X»: «الأولي»,
 * primary; «الوسطي», centrist; «السفلي», lower; «منذ صغري», since my childhood; «مثلي», like me;
 * «أولي», possessors of); `any`, with ى, or with ي but for after the article (no other word has
 * the letters of «أخرى», «إحدى», but the nisba «الأحدي», of Uhud or of the club «أحد»);
 * `article`, after the article only («عليا» alone is as often the colloquial «عليّا», on me, or
 * the name «عليا»).
 */
type ElativeSpelling = 'maksura' | 'any' | 'article';

/**
 * The feminine elatives of the pattern «فُعْلى» (round 106), folded, each with how it must be
 * written (see ElativeSpelling), the stem of its masculine «أَفْعَل», and `true` where its plural
 * «فُعْلَيات» goes there too («نساء أخريات», «كبريات الشركات»; the other plurals are rare or
 * another word's: «الأوليات», primaries; «مثليات»). The feminine is another pattern, not an
 * ending, so «الكبرى», «العظمى», «الأولى», «أخرى», «إحدى» kept their letters («كبري», «اولي»)
 * while «الأكبر», «الأول», «آخر», «أحد» gave «اكبر», «اول», «اخر», «احد»; as a number's or a
 * nisba's feminine does, it now goes with the masculine (UD PUD lemmatizes «الكبرى» as «أكبر»,
 * «إحدى» as «أحد»). A closed class, so a list. Left out: «الدنيا» (the world, a noun of its
 * own), «الحسنى» (news writes the name «حسني» with ى), «اليمنى», «اليسرى» (with ى also the
 * Yemeni and the names «يسرى», «يسري»; PUD reads «اليمنى» as Yemeni), «القربى» (kinship).
 */
const ELATIVE_FEMININES: readonly (readonly [feminine: string, spelling: ElativeSpelling, masculine: string, plural?: true])[] = [
  ['\u0627\u0648\u0644\u064A', 'maksura', '\u0627\u0648\u0644'], // أولى → اول
  ['\u0627\u062E\u0631\u064A', 'any', '\u0627\u062E\u0631', true], // أخرى, أخريات → اخر
  ['\u0627\u062D\u062F\u064A', 'any', '\u0627\u062D\u062F'], // إحدى → احد
  ['\u0643\u0628\u0631\u064A', 'maksura', '\u0627\u0643\u0628\u0631', true], // كبرى, كبريات → اكبر
  ['\u0635\u063A\u0631\u064A', 'maksura', '\u0627\u0635\u063A\u0631'], // صغرى → اصغر
  ['\u0639\u0638\u0645\u064A', 'maksura', '\u0627\u0639\u0638\u0645'], // عظمى → اعظم
  ['\u0648\u0633\u0637\u064A', 'maksura', '\u0627\u0648\u0633\u0637'], // وسطى → اوسط
  ['\u0642\u0635\u0648\u064A', 'maksura', '\u0627\u0642\u0635\u064A'], // قصوى → اقصي
  ['\u0639\u0644\u064A\u0627', 'article', '\u0627\u0639\u0644\u064A'], // العليا → اعلي
  ['\u0633\u0641\u0644\u064A', 'maksura', '\u0627\u0633\u0641\u0644'], // سفلى → اسفل
  ['\u0637\u0648\u0644\u064A', 'maksura', '\u0627\u0637\u0648\u0644'], // طولى → اطول
  ['\u0645\u062B\u0644\u064A', 'maksura', '\u0627\u0645\u062B\u0644'], // مثلى → امثل
  ['\u0641\u0636\u0644\u064A', 'maksura', '\u0627\u0641\u0636\u0644'], // فضلى → افضل
  ['\u0648\u062B\u0642\u064A', 'maksura', '\u0627\u0648\u062B\u0642'], // وثقى → اوثق
];

let elatives: UnitTable | undefined;

/** ELATIVE_FEMININES as a table, each feminine coded by its index + 1 (built on first use). */
function elativeTable(): UnitTable {
  return (elatives ??= unitTable(ELATIVE_FEMININES.map(([feminine], i) => String.fromCharCode(0x41 + i) + feminine).join('\n'), (letter) => letter - 0x40));
}

/**
 * The stem of the masculine elative when the folded base `u[0, 6)`, ending in «يات», is the plural
 * of a feminine ELATIVE_FEMININES marks so («أخريات», «الكبريات» → «اخر», «اكبر»), otherwise
 * undefined.
 */
function elativePluralMasculine(u: Uint16Array): string | undefined {
  const code = elativeTable().get(u, 0, 4, -1);
  if (code === 0) return undefined;
  const [, , masculine, plural] = ELATIVE_FEMININES[code - 1]!;
  return plural ? masculine : undefined;
}

/**
 * The stem of the masculine elative when the folded base `u[0, 4)` (written `written`) is a
 * feminine of ELATIVE_FEMININES written as its entry asks (see ElativeSpelling), otherwise
 * undefined: «الكبرى», «وأخرى», «إحداهما» → «اكبر», «اخر», «احد». A fatha on the first letter
 * reads the pattern «فَعْلى», no elative's feminine: «أَولى» (more deserving) stays. Before a
 * pronoun the feminine stands for one of a feminine or plural whole («أولاها», «إحداهما»,
 * «كبراهن»), so not before a lone «ه» or a «ك»: «أولاه عنايته», «أولاك الله» are the verb «أولى»
 * (he granted), «دنياه وأخراه» the hereafter.
 */
function elativeMasculine(u: Uint16Array, written: string): string | undefined {
  const code = elativeTable().get(u, 0, 4, -1);
  if (code === 0) return undefined;
  const [, spelling, masculine] = ELATIVE_FEMININES[code - 1]!;
  if (spelling === 'article') return definiteBase ? masculine : undefined;
  if (loneHehBase || kafBase) return undefined;
  let i = 0;
  while (i < written.length && isMark(written.charCodeAt(i))) i++;
  if (written.charCodeAt(i + 1) === 0x064e) return undefined; // U+064E ARABIC FATHA
  let j = written.length - 1;
  while (j > i && isMark(written.charCodeAt(j))) j--;
  // U+0649 ARABIC LETTER ALEF MAKSURA
  return written.charCodeAt(j) === 0x0649 || (spelling === 'any' && !definiteBase) ? masculine : undefined;
}

/**
 * True when the folded `u[0, n)` (written `written`), whose second and third letters are ث ن, is
 * the construct of the number two: «اثنتي», «اثنتا» (of «اثنتا عشرة», no verb's), and «اثني»
 * where its spelling tells it from the verb «أثنى» (he praised), which folds with it: written with
 * a bare alef («اثني», «الاثنى»), or with إ and ى («إثنى»). With إ and ي it may be the ethnic
 * «إثني» (the nisba of «الإثنية»), and with أ the verb; they stay «اثني».
 */
function constructOfTwo(u: Uint16Array, n: number, written: string): boolean {
  if (u[0] !== ALEF) return false;
  const last = u[n - 1]!;
  if (n === 5) return u[3] === TEH && (last === YEH || last === ALEF);
  if (last !== YEH) return false;
  let i = 0;
  while (i < written.length && isMark(written.charCodeAt(i))) i++;
  const first = written.charCodeAt(i);
  if (first === ALEF) return true;
  if (first !== 0x0625) return false; // U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW
  let j = written.length - 1;
  while (j > i && isMark(written.charCodeAt(j))) j--;
  return written.charCodeAt(j) === 0x0649; // U+0649 ARABIC LETTER ALEF MAKSURA
}

/**
 * Where `segment` reads the folded word `u[0, n)` as a conjunction (و ف) + ك («like») + a word,
 * the segmentation of the word without the conjunction when that word keeps its ك (round 70):
 * `segment` leaves it whole alone («كمال», «كراسي», «كسور», «كفيل») or the lexicon keeps it so
 * («كسبت», she earned, beside «يكسب»; see WHOLE). «وكمال», «وكراسي», «فكسبت» are then «و» + that
 * word, not «و» + «ك» + «مال», «راسي», «سبت»; «وكرئيس» stays «و» + «ك» + «رئيس». Otherwise
 * undefined. (Only words that begin so are segmented twice.)
 */
function ownKafAfterConjunction(parts: Segmentation, source: string, u: Uint16Array, n: number): Segmentation | undefined {
  const prefixes = parts.prefixes;
  if (prefixes.length < 2 || u[1] !== KAF || prefixes[0]!.tag !== 'CONJ' || prefixes[1]!.tag !== 'PREP' || n < 4) return undefined;
  const whole = isWhole(exceptionTable().get(u, 1, n, -1));
  const rest = segmentWord(source.slice(prefixes[0]!.end - prefixes[0]!.start), true, 0);
  return whole || rest.prefixes.length === 0 || rest.prefixes[0]!.tag !== 'PREP' ? rest : undefined;
}

/**
 * True when `base` (marks aside) is «أم», «ام» or «إم» before a pronoun, with no future's س in
 * front (`parts`): that is the noun «أمّ» (mother), not the conjunction «أم» (or), which carries
 * no pronoun (round 105). It then goes as any noun of two letters does, «عمه», «يدها» → «عم»,
 * «يد»: «أمه», «وأمها», «لأمهم» → «ام», the stem of «الأم»; the function words the stopword list
 * shares the branch with keep their pronoun («أنه», «لكنها»), and so does «سأمهم».
 */
function isMotherNoun(parts: Segmentation, base: string): boolean {
  let letters = 0;
  let first = 0;
  let second = 0;
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    if (isMark(c)) continue;
    if (letters === 0) first = c;
    else if (letters === 1) second = c;
    else return false;
    letters++;
  }
  // U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE, U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW
  if (letters !== 2 || second !== MEEM || (first !== 0x0623 && first !== ALEF && first !== 0x0625)) return false;
  for (const prefix of parts.prefixes) if (prefix.tag === 'FUT') return false;
  return true;
}

/** True for the codes that keep the surface word unsegmented (w, l). */
function isWhole(code: number): boolean {
  return code === WHOLE || code === WHOLE_STRIP;
}

/**
 * The dhad light stemmer (see the file comment); `word` is a string. `given` is the word's
 * `segment()` result when the caller already has it (`analyze`), so it is not segmented twice;
 * offsets in it do not matter, only forms and tags.
 */
export function stemDhad(word: string, given?: Segmentation): string {
  if (word.length === 0) return word;
  let units = wordScratch.reserve(word.length + 1);
  let n = fold(units, word, false);
  let source = word;
  if (n < 0) {
    // Presentation forms: stem the letters they show (a given segmentation is of the shapes).
    source = expandPresentationForms(word);
    units = wordScratch.reserve(source.length + 1);
    n = fold(units, source, true);
    given = undefined;
  } else if (!foldArabic) {
    return word;
  }
  // Only presentation forms of marks («ﹱ», tatweel with fathatan): nothing of a stem is left.
  if (n === 0) return '';
  // The Persian keyboard's ی and ک: `segment` reads pronouns and clitics in Arabic letters
  // only («فجتک», «عنی»), so it is given the word spelled with ي and ك (rare: a copy is fine).
  if (foldPersian) {
    source = source.replace(PERSIAN_LETTERS, (c) => (c === '\u06CC' ? '\u064A' : '\u0643'));
    given = undefined;
  }
  // «آب» (August; he came back) keeps its madda, so as not to meet «أب» (father; see AB).
  if ((n === 2 || n === 3) && isMonthAb(units, n, source)) return AB;
  // «لأب», «وأخ», «بآل», «ولأب»: a proclitic before «أب», «أخ», «آل» goes (see hamzaNounAfterProclitics).
  if (n === 3 || n === 4) {
    const noun = hamzaNounAfterProclitics(units, n, source);
    if (noun !== undefined) return noun;
  }
  // `whole` is the string of `u[0, n)` when there is one already (nothing was folded).
  let whole: string | undefined = foldChanged ? undefined : source;
  // The text `u` was folded from (the word, or the base segment left).
  let written = source;
  let u = units;
  definiteBase = false;
  pronounBase = false;
  kafBase = false;
  loneHehBase = false;
  conjunctBase = false;
  hehConstruct = false;
  loneHeh = false;
  // A perfect in «ال» before a pronoun in ه («التقاه», «والتقاها»): no article (see definiteLookingPerfect).
  if (n >= 5 && (units[n - 1] === HEH || units[n - 2] === HEH || units[n - 3] === HEH)) {
    const from = units[0] === WAW || units[0] === FEH ? 1 : 0;
    const e = definiteLookingPerfect(units, n, from);
    if (e > 0) return stringOf(units, from, e);
  }
  if (mayHaveClitics(units, n)) {
    const parts = given ?? segmentWord(source, true, 0);
    // A lone preposition carrying a pronoun («له», «بها») is a function word: it stays whole,
    // and so does a short function word carrying one («أنه», «لكنها», «نفسه»; the name
    // «بانك» too). (Bases of four letters or more are no function words worth the look-up.)
    // «أم» (or) carries no pronoun: before one it is the noun mother (see isMotherNoun).
    const base = parts.base.form;
    if (parts.suffixes.length > 0 && base.length <= 3 && isStopwordSpelling(base) && !isMotherNoun(parts, base)) {
      // A conjunction or a preposition is no part of such a function word, as it is none of a
      // bare one («وفي», «بأن» → «في», «ان»): «وأنه», «فإنها», «ولكنه», «بأنه», «ولأنها»,
      // «بنفسه» → «انه», «انها», «لكنه», «انه», «انها», «نفسه». A remainder of two letters
      // stays whole: «ولي», «وله», «فلك» are as often nouns of their own; so does a base whose ة
      // stands for a ت («وعدته» is a verb of first radical و, not «و» + «عدة» + «ه»).
      const k = functionWordProclitics(parts, base, units, n);
      if (k > 0 && n - k >= 3 && base.charCodeAt(base.length - 1) !== TEH_MARBUTA) {
        units.copyWithin(0, k, n);
        n -= k;
        whole = undefined;
      }
    } else if (parts.base.tag === 'STEM' && (parts.prefixes.length > 0 || parts.suffixes.length > 0)) {
      // «وكمال», «وكراسي», «فكسبت»: the conjunction + a word whose ك is its own (see ownKafAfterConjunction).
      const rest = ownKafAfterConjunction(parts, source, units, n);
      // (the conjunction's own length: a given segmentation has offsets into its text, not the word)
      if (rest !== undefined) return stemDhad(source.slice(parts.prefixes[0]!.end - parts.prefixes[0]!.start), rest);
      let article = false;
      let proclitics = 0;
      const prefixes = parts.prefixes;
      for (let i = 0; i < prefixes.length; i++) {
        if (prefixes[i]!.tag === 'DET') article = true;
        else proclitics++;
      }
      // The first letter of the pronoun after the base, if any.
      const pronoun = parts.suffixes.length > 0 ? parts.suffixes[0]!.form.charCodeAt(0) : 0;
      const baseUnits = baseScratch.reserve(base.length + 3);
      let length = fold(baseUnits, base, true);
      if (length > 0 && takesSplit(units, n, base, length, article, proclitics, pronoun)) {
        whole = foldChanged ? undefined : base;
        written = base;
        // A function word that is written with the article («الآن») keeps it: «آن» alone would
        // meet «أن», «إن». (Only a base of two letters can be one: no string is made otherwise.)
        if (article && length === 2 && isStopwordSpelling('\u0627\u0644' + base)) {
          baseUnits.copyWithin(2, 0, length);
          baseUnits[0] = ALEF;
          baseUnits[1] = LAM;
          length += 2;
          whole = undefined;
          written = source;
        }
        u = baseUnits;
        n = length;
        definiteBase = article;
        // (ه ها هم هما هن نا; ك ends as many names: «جيليك» is no «جيلي» + «ك».)
        pronounBase = pronoun === HEH || pronoun === NOON;
        kafBase = pronoun === KAF;
        loneHehBase = pronoun === HEH && parts.suffixes[0]!.form.length === 1;
        conjunctBase = !article && proclitics === 1 && prefixes.length === 1 && prefixes[0]!.tag === 'CONJ';
        const end = base.charCodeAt(base.length - 1);
        hehConstruct = pronoun === HEH && end === YEH;
        loneHeh = hehConstruct && parts.suffixes[0]!.form.length === 1;
      }
    }
  }
  // The alef that carries an accusative tanween («يوماً», «جزءاً») is no part of the stem, nor
  // is it where the corpus writes this base with the tanween often («عاما», «وفقا», «تقريبا»).
  if (n >= 3 && u[n - 1] === ALEF) {
    // (The base segment leaves may have lost the word's final marks: «وكتاباً».)
    let marked = tanweenAlef(source);
    if (marked === -1 && written !== source) marked = tanweenAlef(written);
    if ((marked === 1 || exceptionTable().get(u, 0, n, -1) === TANWEEN) && !functionWordAlef(u, n, written, marked === 1)) {
      n--;
      whole = undefined;
    }
  }
  // The construct of the number two before «عشر» (twelve: «اثني عشر», «اثنتي عشرة», «اثنتا
  // عشرة») goes with «اثنين», «اثنتين», «اثنا» (see constructOfTwo).
  if ((n === 4 || n === 5) && u[1] === THEH && u[2] === NOON && constructOfTwo(u, n, written)) return TWO;
  // A feminine elative «فُعْلى» goes with its masculine «أَفْعَل» («الكبرى», «أخرى» → «اكبر», «اخر»;
  // see elativeMasculine), and so do two of their plurals («كبريات», «أخريات»). (Only a base of
  // four letters ending in ي or ا, or of six ending in «يات», is looked up.)
  if (n === 4 && (u[3] === YEH || u[3] === ALEF)) {
    const masculine = elativeMasculine(u, written);
    if (masculine !== undefined) return masculine;
  } else if (n === 6 && u[5] === TEH && u[4] === ALEF && u[3] === YEH) {
    const masculine = elativePluralMasculine(u);
    if (masculine !== undefined) return masculine;
  }
  hamzaTehBase = n >= 5 && u[n - 1] === TEH && u[n - 2] === ALEF && hamzaTehWritten(written);
  let m = inflection(u, n);
  if (inflectionRewrote) whole = undefined;
  // The dual of «أب» and «أخ» keeps the و of their long-vowel forms («أبوين», «الأخوين», and
  // before a pronoun «أبواه», «أخويه»): once the dual's ending is off, «ابو», «اخو» go with
  // «أبوه», «أخيه» to «اب», «اخ» (round 59). «أبو» alone begins names and is left (n is 3 there).
  if (m === 3 && n > 3 && u[0] === ALEF && (u[1] === BEH || u[1] === KHAH) && u[2] === WAW) m = 2;
  // A final hamza after ي is written on the line at the end of a word («شيء», «مليء») and on a
  // seat before the accusative's alef or the feminine's ة («شيئا», «مليئة»), and news writes
  // either at the end («سيئ», «سيء»): the stem takes the one on the line, so «شيئا» meets «شيء».
  if (m >= 3 && u[m - 1] === YEH_HAMZA && u[m - 2] === YEH) {
    u[m - 1] = HAMZA;
    whole = undefined;
  } else if (m >= 5 && u[m - 1] === HAMZA && u[m - 2] === YEH && (written.includes('\u0649\u0621') || dottedOldHamza(u, m))) {
    // The old spelling of a final ئ as ى + ء («شاطىء», «طوارىء», «مبادىء», «يختبىء»; round 53)
    // after three letters or more: the stem writes ئ, as the word is spelled now («شاطئ»). After
    // one or two letters the ى is a long vowel, the hamza on the line («شىء», «جرىء» → «شيء»,
    // «جريء»). The same spelling with a dotted ي («شاطيء», «طواريء», «مباديء»; round 54) goes
    // the same way, but where a real ي stands before the hamza (see dottedOldHamza).
    u[m - 2] = YEH_HAMZA;
    m--;
    whole = undefined;
  }
  if (m >= 0) return whole === undefined ? stringOf(u, 0, m) : m === n ? whole : whole.slice(0, m);
  u[-m] = TEH_MARBUTA;
  return stringOf(u, 0, -m + 1);
}

/**
 * Whether a stem `u[0, m)` of five letters or more ending in «يء» spells a final ئ the old way with
 * a dotted ي («شاطيء», «طواريء», «مباديء», «المنشيء», «يختبيء»; round 54). A real ي comes before
 * the hamza in the tenth form of a root whose middle radical is ي and whose last is ء (one letter
 * between «ست» and «يء»: «يستضيء», «المستضيء»; «يستهزيء» has two), in the fourth form «يسيء» with a
 * proclitic left on («بيسيء»), and in «لاشيء» (no-thing).
 */
function dottedOldHamza(u: Uint16Array, m: number): boolean {
  if (u[m - 5] === SEEN && u[m - 4] === TEH) return false;
  // A proclitic, a verb's prefix and one radical before «يء»: «بيسيء» is «ب» + «يسيء».
  if (m === 5 && (u[1] === YEH || u[1] === TEH || u[1] === NOON) && isProcliticLetter(u[0]!)) return false;
  return !(u[m - 3] === SHEEN && u[m - 4] === ALEF && u[m - 5] === LAM);
}

/** «ب», «ل», «ف», «و», «س»: a letter that may be a proclitic before a verb's prefix. */
function isProcliticLetter(c: number): boolean {
  return c === BEH || c === LAM || c === FEH || c === WAW || c === SEEN;
}
