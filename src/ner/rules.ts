// Internal: rules applied to the model's BIO tags of one decoded stretch of a sentence, after
// the one-name-one-label pass and before the tags become entities. Each is a statement about
// Arabic news text, not about one document, and each was measured through entities() on
// ANERcorp train and on AQMAR (never trained on) — see docs/ner.md, "Rules after the model":
// - a PERS that is only a nationality adjective («الكازاخستاني», «للأمن الأوراسي») is not a name;
// - a given name that is a common noun, coordinated with a definite noun and heading one
//   («الوحدة وحسن الجوار») is that noun, not a person;
// - a one-word LOC that is only a head noun («جمهورية», «الدولة») names no place, nor a
//   one-word ORG that is only «منظمة», «شركة», … an organisation;
// - «وزارة» + definite noun(s) + agreeing adjectives is a ministry's name (ORG);
// - an ORG headed by «منظمة/صندوق/…» goes on over a «لل…» purpose word («للتعاون»);
// - a PERS that starts with the preposition «على» (folded, the name «علي») starts after it;
// - a one-word PERS that is only a name part («أبي» "my father") or a Hijri month where it is
//   the month («في رمضان») names nobody;
// - a PERS run over «و» + a given name or «أبو/ابن» («… وأبي عبيدة») is two people;
// - a family name in the nisba form just after a PERS that ends in a given name or holds «بن»
//   («عادل بن زيد الطريفي») joins it;
// - «ابن/بن/أبو/أبي» just before a PERS, the word after a final «عبد/ابن/أبو», and a ruler's
//   ordinal («لويس التاسع», «الثالث عشر») join the name;
// - a PERS that starts with the particle «أن/إن» written with its hamza («بأن توري») starts
//   after it, and one that runs over a word in «لل…» («سلمان للإغاثة») ends before it;
// - a name ends before words in the indefinite accusative («[فيصل] ملكًا»), and a one-word
//   LOC, or PERS that is no given name, in that form («دومًا», «بطريركاً») is dropped;
// - «السعودية» right after a definite noun the model left O («الجنسية السعودية») is the adjective;
// - «آل» at the end of a PERS takes the family name after it («آل الشيخ»), «ولي» before «العهد»
//   leaves it («محمد بن سلمان ولي العهد»), and «لله», «لجان», «أمين العاصمة» are nobody;
// - a place or person named right after «وكالة/نادي/فريق/صحيفة/شركة …» is that organisation
//   («وكالة الأناضول», also quoted: «شركة «تايوان باور»»), and «مركز/جامعة/مستشفى …» + a ruler's title + a PERS is an institution
//   (ORG: «مركز الملك سلمان للإغاثة»);
// - «شبه جزيرة» + a LOC is one LOC, and «شبه (جزيرة)» alone or «الكيلو» before «متر» no place;
// - a definite body head + an adjective of its kind + a «لل…» purpose («الهيئة العامة للرياضة»)
//   is an ORG, and a PERS right after a place head («قرية [سليم]», «مطار الملك [خالد]») a LOC;
// - a nationality adjective in «…يا» after an accusative noun for a person («دبلوماسيا روسيا»)
//   is no country, a dual verb ends a name («[محمد بن زايد] يستقبلان»), «لي» "to me" after
//   «بالنسبة/قال» is nobody, and «الدين» alone joins «نجم/صلاح …» before it or is no name;
// - a capital or large city from the hand-written list (places.ts) the model left O, or cut
//   short («[خميس] مشيط», «[دير] الزور»), is a LOC, and so is a city whose name is also a common
//   word after a word that announces a place («محافظة الطائف», «في ينبع»); an organisation of
//   the list in lists.ts is an ORG, over a whole name of another type too («باريس سان جيرمان»);
// - a PERS that opens a sentence with «ولد/توفي» starts after the verb, «[جامعة الملك] [سعود]» is one
//   ORG, a name ending in «بن/آل» goes on into the PERS after it, and «بطولة» alone is no MISC;
// - a spelled acronym whose first letter carries a proclitic («لبي بي سي») starts at that word,
//   after the proclitic, and a city before a masculine nationality adjective («برشلونة
//   الإسباني») is its club (ORG);
// - after a word for a club's people in construct («مهاجم», «جماهير», «صفوف» …) a place the
//   corpus also tags as an organisation («مهاجم برشلونة») is the club, and a listed club
//   (lists.ts) after such a word or «نادي/فريق» («نادي الهلال», «لاعب النصر») is an ORG;
// - «إف إم» ("FM") with the word before it is a radio station («[جوهرة أف أم]» ORG);
// - a given name just before a PERS («علاء [مبارك]», «عز [الدين الخويلي]», «البلغاري، ملادين
//   [مارينوف]») joins the name it opens;
// - a definite title at the start of a PERS («[البروفيسور سام سبيرينغ]», «[الكاردينال جورج بيل]») is left out;
// - a word the tag dictionary finds mostly a person, or a given name before one, left O right
//   after a speech verb or a definite title («وقال [الشهري]», «اللواء [الجوهري]», «المدافع [علي
//   جبر]») is a PERS; and a party's head noun before a listed party joins it («[حزب نداء تونس]»);
// - a ruler's title after a full name + a country or people («[قابوس بن سعيد] سلطان [عمان]») ends
//   the person, and a place ends before a feminine nationality adjective («[ميلان] الإيطالية»);
// - «بطولة» "starring" + a noun of a work or a performer («بطولة الفيلم», «بطولة النجم …») is no
//   championship, nor «من بطولة» + a person after a film or series; a credit word («ألحان», «كلمات»)
//   is left out of the person after it;
// - a set phrase whose first word is a given name is no person («ب[عون الله]», «[حسن الجوار]»,
//   «[حجاج] الداخل»); a Maghrebi town named «بن …/سيدي …» (places.ts) is a LOC over a PERS too,
//   without the town head the model took in, and a club word before it makes a club («[ترجي جرجيس]»);
// - a PERS that starts with «دير» "monastery" is a place («[دير مار يوحنا]LOC»), one that starts
//   with «جبل/وادي/جزيرة …» the feature after the head («جبل [موسى]LOC»), and MTV spelled «إم تي
//   في» takes in its last letter «في»;
// - two PERS names side by side cut at a European particle («[كيفن دي] [بروين]», «[جان إيف] [لو
//   دريان]») are one, a second person whose span kept «و» "and" starts after it («[ماركو
//   أسانسيو] و[لوكاس فاسكيس]»), and a university, institute, college, academy or museum head before
//   a name in construct joins it into one ORG («[جامعة القاهرة]», «[متحف باردو]»);
// - a listed person the model misses (PERSONS in lists.ts: «الخميني», «خامنئي») is a PERS;
// - a name the model found that is exactly a listed company (COMPANIES in lists.ts: «سوني», «أبل»,
//   «جوجل», «سامسونج», as written) is an ORG, whatever type the model gave it;
// and, when tags become spans, a name that runs into a date ends before it (endBeforeNumeric).
import { isDigitCode, isHarakahOrTatweel, isIgnorable } from '../chars/code-units.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS } from '../chars/months.js';
import type { TokenInfo, WordInfo } from './features.js';
import { addPhrase, CUES, freqOf, GIVEN_NAME, LOC_TRIGGER, ORG_TRIGGER, ORG_WORD, PERSON_TRIGGER, tagShare, type Lexicon } from './lexicon.js';
import { CLUBS, CLUBS_AFTER_CLUB, COMPANIES, EVENTS, ORGANISATIONS, PERSONS, UN_MISSIONS, words } from './lists.js';
import { CAPITALS, CITIES, CUED_PLACES, HEADED_PLACES, KAFR_PLACES, KUNYA_PLACES, NASAB_PLACES, OLD_CITY_NAMES, placeNames, SHEIKH_PLACES, TUNISIAN_TOWNS } from './places.js';
import { foldWord } from './fold.js';
import { analyze } from '../root/analyze.js';
import { fold as foldNumeric } from './numeric/atoms.js';
import { isIn } from './numeric/tables.js';
import type { Entity } from './types.js';

/** Tag indices (TAGS in features.ts: O, then B/I for PERS, LOC, ORG, MISC; I-X = B-X + 1). */
const O = 0;
export const B_PERS = 1;
const I_PERS = 2;
export const B_LOC = 3;
export const B_ORG = 5;
export const B_MISC = 7;

/**
 * Margin (model weight units) given to tokens a rule labels: the recognizer turns it into a
 * score of about 0.88, the confidence of a list match rather than a coin toss.
 */
export const RULE_MARGIN = 20;

const ALEF = 0x0627; // U+0627 ARABIC LETTER ALEF
const LAM = 0x0644; // U+0644 ARABIC LETTER LAM
const YEH = 0x064a; // U+064A ARABIC LETTER YEH
const HEH = 0x0647; // U+0647 ARABIC LETTER HEH (folded TEH MARBUTA)
const WAW = 0x0648; // U+0648 ARABIC LETTER WAW
const FEH = 0x0641; // U+0641 ARABIC LETTER FEH
const BEH = 0x0628; // U+0628 ARABIC LETTER BEH
const KAF = 0x0643; // U+0643 ARABIC LETTER KAF
const TEH_MARBUTA = 0x0629; // U+0629 ARABIC LETTER TEH MARBUTA
const TEH = 0x062a; // U+062A ARABIC LETTER TEH

/** «ال» + at least `min` letters (folded). */
function isDefinite(w: string, min = 3): boolean {
  return w.length >= 2 + min && w.charCodeAt(0) === ALEF && w.charCodeAt(1) === LAM;
}

/** A definite nisba form: «ال» + at least three letters + «ي» (folded). */
export function isNisba(base: string): boolean {
  return isDefinite(base, 4) && base.charCodeAt(base.length - 1) === YEH;
}

/**
 * A definite nisba that is an adjective, not a family name: adjectives inflect for gender, so
 * the corpus writes the feminine «…ية» about as often as the masculine («الروسي» 2¹², «الروسية»
 * 2¹¹; «الكازاخستاني» 2², «الكازاخستانية» 2³), while family names of the same shape have a rare
 * or absent feminine («المالكي» 2⁹ against 2⁵, «القرضاوي» against none).
 */
export function isAdjectiveNisba(base: string, lex: Lexicon): boolean {
  if (!isNisba(base)) return false;
  const fem = freqOf(lex, base + '\u0647'); // + folded TEH MARBUTA
  return fem >= 0 && fem >= freqOf(lex, base) - 1;
}

/** Folded function words that look definite («الذي», «إلى» → «الي», «إلا» → «الا»). */
const NOT_NOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي', 'الي', 'الا', 'الان', 'اليوم']);

/** Second parts of compound given names («نور الدين», «نصر الله», «عبد الرحمن»). */
const NAME_SECOND_PARTS = new Set(['الدين', 'الله', 'الاله', 'الرحمن', 'الرحيم', 'العزيز', 'الحق', 'الاسلام', 'النبي', 'الامير']);

/** The splits of the folded words asked lately (see splits). */
const splitsMemo = new Map<string, [number, string][]>();
/** The most words splitsMemo holds before it starts again. */
const SPLITS_MEMO_LIMIT = 50_000;

/**
 * Ways to read a folded word as proclitics + base: the word itself, then without و/ف, then
 * without ب/ك/ل (after an optional و/ف), «لل» read as ل + the article. Yields [letters, base].
 * Memoized per word (the rules ask about the same words again and again): the list is shared,
 * read it only.
 */
export function splits(w: string): [number, string][] {
  let out = splitsMemo.get(w);
  if (out === undefined) {
    if (splitsMemo.size >= SPLITS_MEMO_LIMIT) splitsMemo.clear();
    out = readSplits(w);
    splitsMemo.set(w, out);
  }
  return out;
}

/** True when a proclitic letter (و ف ب ك ل) begins `w`: only such a word has splits besides itself. */
function hasProcliticLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  return c === WAW || c === FEH || c === BEH || c === KAF || c === LAM;
}

/** The splits of `w` (see splits), made anew. */
function readSplits(w: string): [number, string][] {
  const out: [number, string][] = [[0, w]];
  let k0 = 0;
  const c0 = w.charCodeAt(0);
  if ((c0 === WAW || c0 === FEH) && w.length > 3) {
    out.push([1, w.slice(1)]);
    k0 = 1;
  }
  const c1 = w.charCodeAt(k0);
  if ((c1 === BEH || c1 === KAF || c1 === LAM) && w.length - k0 > 3) {
    // «لل»: ل + the article with its alef elided («للدوحة»), or ل + a word in ل («للندن»)
    if (c1 === LAM && w.charCodeAt(k0 + 1) === LAM) out.push([k0 + 1, '\u0627' + w.slice(k0 + 1)]);
    out.push([k0 + 1, w.slice(k0 + 1)]);
  }
  return out;
}

/** Replaces a token's proclitic split (for the span start and the form) with [k, base]. */
function resplit(info: TokenInfo, k: number, base: string): void {
  const word = info.word;
  if (word.p.length === k && word.b === base) return;
  const copy: WordInfo = { ...word, p: word.w.slice(0, k), b: base };
  info.word = copy;
}

function label(tags: Int8Array, margins: Float64Array, i: number, j: number, b: number): void {
  for (let k = i; k < j; k++) {
    tags[k] = k === i ? b : b + 1;
    margins[k] = RULE_MARGIN;
  }
}

/**
 * Start of the organisation that token `i` (an ORG tag) ends, or -1 when its I-ORG run has no
 * B-ORG before it.
 */
function orgStart(tags: Int8Array, i: number): number {
  let k = i;
  while (k > 0 && tags[k] === B_ORG + 1) k--;
  return tags[k] === B_ORG ? k : -1;
}

/** End (exclusive) of the entity of any type that starts at `i` (tags[i] is B-X or a stray I-X). */
function spanEnd(tags: Int8Array, i: number): number {
  const tag = tags[i]!;
  const inside = tag % 2 === 1 ? tag + 1 : tag;
  let j = i + 1;
  while (j < tags.length && tags[j] === inside) j++;
  return j;
}

/**
 * A PERS made only of definite words that ends in a nationality adjective and holds no given
 * name («الكازاخستاني», «للأمن الأوراسي», «الرئيس الروسي») names nobody: ANERcorp leaves such
 * adjectives O. Family names of the same shape («المالكي», «القرضاوي») fail the adjective test.
 */
function dropAdjectivePersons(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; ) {
    if (tags[i] === O) {
      i++;
      continue;
    }
    const j = spanEnd(tags, i);
    if (tags[i] === B_PERS || tags[i] === I_PERS) {
      let ok = isAdjectiveNisba(infos[j - 1]!.word.b, lex);
      for (let k = i; ok && k < j; k++) {
        const b = infos[k]!.word.b;
        if (!isDefinite(b) || (lex.classes.get(b.slice(2)) ?? 0) & GIVEN_NAME) ok = false;
      }
      if (ok) tags.fill(O, i, j);
    }
    i = j;
  }
}

/**
 * Folded plural names of peoples and ethnic groups, ancient and modern («الفرس», «الروم»,
 * «الأكراد», «الدروز», «الهكسوس»). Not those that are also a place or a year («الشيشان»,
 * «الباسك», «السنة»), nor sects and movements that news treats as organisations («الشيعة»,
 * «الحوثيون»), nor those that name a paper, a channel or a team as well («قناة العرب»,
 * «الفراعنة», Egypt's team; the model leaves «العرب» and «اليهود» O as peoples).
 */
const PEOPLES = new Set(
  (
    'الفرس الروم الأكراد الكرد الهكسوس الدروز التركمان المماليك الأرمن الشركس البربر الأمازيغ المغول ' +
    'التتار الإغريق الرومان البيزنطيون البيزنطيين الأنباط الآشوريون الآشوريين السومريون السومريين ' +
    'الفينيقيون الفينيقيين الكنعانيون الكنعانيين الأقباط السريان الكلدان الإيزيديون الإيزيديين الأيزيديين ' +
    'اليزيديين الطوارق البشتون الطاجيك الأوزبك الهوتو التوتسي الروهينغا الروهينجا الإيغور الأويغور ' +
    'الأتراك الترك الصليبيون الصليبيين الفرنجة القوط الوندال الجرمان السلاف الغجر ' +
    'العبرانيون العبرانيين الصرب الكروات البوشناق'
  )
    .split(' ')
    .map(foldWord),
);

/** Folded nouns of a land that a people's name after them makes a place («جبل الدروز», «بلاد الفرنجة»). */
const LANDS = new Set(['جبل', 'جبال', 'بلاد', 'ديار', 'أرض', 'جزيرة'].map(foldWord));

/**
 * Names QA round 142: a people named by its plural is no name of a person, place or
 * organisation — OntoNotes and Wojood file it under NORP, which dhad does not tag, and dhad
 * leaves «العرب», «اليهود» O already. The model tagged some, from ANERcorp's few ORGs («الفرس»,
 * «الاكراد», «الروم») and on its own: «فتح [الفرس]ORG المدينة», «خاضعة ل[لفرس]LOC», «[الدروز]LOC»,
 * «[المماليك]PERS». An entity of one word of PEOPLES (its proclitics aside), or of one and
 * adjectives of relation after it («[الأكراد السوريين]»), or of peoples only («[الروم الفرس]»), or
 * of one and an indefinite word the model took in («تحت حكم [الفرس قرونا]»), is dropped; a
 * definite noun after it may make a name, and one alone after a land's noun is a place with it:
 * «[جبل الدروز]LOC», «[بلاد الفرنجة]LOC».
 */
function dropPeoples(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; ) {
    if (tags[i] === O) {
      i++;
      continue;
    }
    const j = spanEnd(tags, i);
    if (PEOPLES.has(infos[i]!.word.b)) {
      // «جبل الدروز», «بلاد الفرنجة»: the land of a people is a place, head and all
      if (i > 0 && tags[i - 1] === O && j === i + 1 && infos[i]!.word.p === '' && LANDS.has(infos[i - 1]!.word.b)) {
        label(tags, margins, i - 1, j, B_LOC);
        i = j;
        continue;
      }
      let ok = true;
      for (let k = i + 1; ok && k < j; k++) {
        const b = infos[k]!.word.b;
        ok = PEOPLES.has(b) || isAdjectiveNisba(b, lex) || (k === i + 1 && j === i + 2 && !isDefinite(b, 2));
      }
      if (ok) tags.fill(O, i, j);
    }
    i = j;
  }
}

/** Folded definite «النادي» "the club" and «المنتخب» "the national team", which a nisba adjective follows. */
const DEFINITE_TEAM_HEADS = new Set(['النادي', 'المنتخب'].map(foldWord));

/**
 * Names QA round 108: a one-word definite nisba tagged PERS right after a definite «النادي» or
 * «المنتخب» (with or without proclitics) is the team's adjective, not a family name («جماهير
 * النادي [الجداوي]», «أحرز للنادي [الجداوي]»): ANT news writes «النادي/المنتخب ال…ي» as an
 * adjective thousands of times and no person in apposition. The tag is dropped. «الفريق» is left
 * out: it is also the rank "general" («الفريق [السيسي]»).
 */
function dropNisbaAfterTeams(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i - 1] !== O || (i + 1 < tags.length && tags[i + 1] === I_PERS)) continue;
    const word = infos[i]!.word;
    if (word.p !== '' || !isNisba(word.b)) continue;
    if (headBase(infos[i - 1]!.word.w, DEFINITE_TEAM_HEADS) !== '') tags[i] = O;
  }
}

/**
 * Folded nouns that head a place's name but are no name alone: «جمهورية», «مدينة», «الدولة».
 * Not «المدينة», which is also Medina (ANERcorp: B-LOC 13 times).
 */
const PLACE_HEADS = new Set(
  ['جمهورية', 'مملكة', 'سلطنة', 'إمارة', 'دولة', 'ولاية', 'مدينة', 'عاصمة', 'محافظة', 'منطقة', 'إقليم', 'قرية', 'بلدة', 'مقاطعة']
    .flatMap((w) => [w, 'ال' + w])
    .filter((w) => w !== 'المدينة')
    .map(foldWord),
);

/**
 * Nouns that head an organisation's name. «جامعة» and «حزب» are left out: ANERcorp tags them
 * alone now and then (a university or party named just before). «الاتحاد» is also the club
 * Al-Ittihad, so only «اتحاد» is listed.
 */
const ORG_HEADS = new Set(
  [
    ...['منظمة', 'شركة', 'وكالة', 'مؤسسة', 'هيئة', 'جمعية', 'لجنة', 'مجلس', 'حركة', 'معهد', 'بنك', 'مصرف', 'مركز', 'صندوق', 'نادي'].flatMap((w) => [w, 'ال' + w]),
    // «الاتحاد» alone is also the club Al-Ittihad
    'اتحاد',
  ].map(foldWord),
);

/**
 * «بطولة» "championship" (also "starring" in film credits), the head of a MISC name: ANERcorp
 * train tags it B-MISC 25 times, always with the rest of the name after it, and never alone.
 */
const MISC_HEADS = new Set(['بطولة', 'البطولة'].map(foldWord));

/** Heads before a quoted name: «حزب «آفاق تونس»», «جامعة «…»» as well. */
const QUOTED_ORG_HEADS = new Set([...ORG_HEADS, ...['حزب', 'الحزب', 'جامعة', 'الجامعة'].map(foldWord)]);

/**
 * Names QA round 255: the heads of `QUOTED_ORG_HEADS` and «حلف/الحلف» "alliance", «جبهة/الجبهة»
 * "front", which a span the model ran over a following particle leaves alone once the particle is
 * trimmed («أي [منظمة أو] مؤسسة», «بطريقة [منظمة أن]» "organised") or which it tags alone («[حلف]
 * ضد داعش»).
 */
const LONE_ORG_HEADS = new Set([...QUOTED_ORG_HEADS, ...['حلف', 'الحلف', 'جبهة', 'الجبهة'].map(foldWord)]);

/**
 * A one-word ORG or MISC that is only an organisation's head noun (LONE_ORG_HEADS) once the other
 * rules have trimmed it names nothing and is dropped: «أي [منظمة]ORG أو مؤسسة», «بطريقة
 * [منظمة]ORG جيدا», «الـ1000 [جامعة]ORG عالميا», «[حلف]ORG ضد «داعش»». Kept when an opening
 * mark or another name follows, where the head belongs to a name cut from it («[جامعة]ORG
 * "[إم.آي.تي]"», ANERcorp train's «[جامعة] «[نورث كارولاينا]»»), and a definite head after a
 * newspaper's or a company's head, which is its name («جريدة [النادي]»).
 */
function dropLoneOrgHeads(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_ORG && t !== B_MISC) continue;
    const j = spanEnd(tags, i);
    if (j === i + 1 && (j === tags.length || (tags[j] === O && !OPENING_MARKS.has(raw[j]!)))) {
      const { w, b } = infos[i]!.word;
      const named = i > 0 && isDefinite(b, 2) && PERSON_NAMED_ORG_HEADS.has(infos[i - 1]!.word.b);
      if ((LONE_ORG_HEADS.has(b) || LONE_ORG_HEADS.has(w)) && !named) tags[i] = O;
    }
    i = j - 1;
  }
}

/**
 * Names QA round 257: folded definite participles that describe an organisation after its name
 * and are none of it: «التابعة» "belonging to", «المعنية» "concerned", «المسؤولة» "responsible",
 * «المشرفة» "supervising", «المختصة» "competent", «المالكة» "owning", «المشغلة» "operating",
 * «المنبثقة» "sprung from", «المملوكة» "owned by", «المكلفة» "charged with".
 */
const ORG_PARTICIPLES = new Set(
  [
    ...['التابعة', 'التابع', 'المعنية', 'المعني', 'المسؤولة', 'المسؤول', 'المشرفة', 'المشرف', 'المختصة', 'المختص'],
    ...['المالكة', 'المشغلة', 'المشغل', 'المنبثقة', 'المنبثق', 'المملوكة', 'المملوك', 'المكلفة', 'المكلف'],
  ].map(foldWord),
);

/**
 * Folded plural nouns of bodies in general, which «و» joins to an organisation's name before a
 * participle that describes them: «وزارة الإسكان [والجهات المعنية]», «وزارة الصحة [والهيئات
 * التابعة] لها».
 */
const GENERIC_BODIES = new Set(
  ['الجهات', 'القطاعات', 'القوات', 'الهيئات', 'القنوات', 'الأمانات', 'المؤسسات', 'الأجهزة', 'الإدارات', 'الدوائر', 'المصالح', 'الوزارات', 'السلطات'].map(foldWord),
);

/**
 * «[اللجنة العليا للإغاثة التابعة]ORG لوزارة الداخلية», «[وزارة الصحة التابعة]ORG لحكومة
 * الوفاق», «[اللجنة الوطنية المعنية]ORG بالأسلحة»: an ORG of two words or more that ends in a
 * participle of ORG_PARTICIPLES (no proclitic) ends before it, and before a plural of
 * GENERIC_BODIES joined by «و» that the participle describes («[وزارة الإسكان] والجهات
 * المعنية»); what it belongs to or deals with follows. ANERcorp train tags «التابعة» O all 8
 * times.
 */
function trimOrgParticiples(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    const j = spanEnd(tags, i);
    const last = infos[j - 1]!.word;
    if (j - i >= 2 && last.p.length === 0 && ORG_PARTICIPLES.has(last.w)) {
      tags[j - 1] = O;
      // «[وزارة الإسكان والجهات المعنية]»: the participle describes the bodies joined to the name
      const before = infos[j - 2]!.word;
      if (j - i >= 3 && before.p === '\u0648' && GENERIC_BODIES.has(before.b)) tags[j - 2] = O;
    }
    i = j - 1;
  }
}

/**
 * Names QA round 258: folded names of persons that the model reads alone as an organisation in
 * nearly every context: «[إيفانكا]ORG» (Ivanka Trump; 87 ORG against 5 PERS alone in the 16 news
 * files), «[كيتاروفيتش]ORG» (the Croatian president; 14 against 7).
 */
const KNOWN_PERSON_WORDS = new Set(['إيفانكا', 'ايفانكا', 'كيتاروفيتش'].map(foldWord));

/**
 * A one-word ORG, LOC or MISC over a name of KNOWN_PERSON_WORDS (with or without a proclitic) is a
 * PERS, joined to a PERS right after it: «[إيفانكا]ORG [ترامب]PERS» → «[إيفانكا ترامب]PERS».
 * Not after the head of a company or a newspaper named after the person (`PERSON_NAMED_ORG_HEADS`).
 */
function retypeKnownPersons(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_ORG && t !== B_LOC && t !== B_MISC) continue;
    const j = spanEnd(tags, i);
    // not after a company's or a newspaper's head: «شركة [إيفانكا] [ترامب ماركس]»
    const headed = i > 0 && PERSON_NAMED_ORG_HEADS.has(infos[i - 1]!.word.b);
    if (j === i + 1 && KNOWN_PERSON_WORDS.has(infos[i]!.word.b) && !headed) {
      tags[i] = B_PERS;
      if (j < tags.length && tags[j] === B_PERS && infos[j]!.word.p.length === 0) tags[j] = I_PERS;
    }
    i = j - 1;
  }
}

/**
 * Names QA round 264: folded names of companies that are also the family name of the person they
 * are named after, whom news names with a given name: «تسلا» (Tesla Inc., Nikola Tesla), which
 * the model reads alone as a person («وخفضت [تسلا]PERS إنتاجها»; 190 PERS against 15 ORG alone
 * in the 16 news files).
 */
const COMPANY_FAMILY_NAMES = new Set(['تسلا', 'تيسلا'].map(foldWord));

/** Folded «موتورز» "Motors", the rest of «تسلا موتورز». */
const MOTORS = foldWord('موتورز');

/**
 * Folded beginnings of words that show a text speaks of the carmaker (its cars, shares, plants,
 * founder, losses, its head Elon Musk): «سيارات», «أسهم», «مصانعها», «مؤسس», «ماسك». Not «شركة»,
 * which a biography of Nikola Tesla uses of the companies he worked for («للعمل في شركة
 * إديسون»); «شركة» right before the name is read by `retypeCompanyFamilyNames` itself.
 */
const COMPANY_CUE_STEMS = ['سيار', 'السيار', 'أسهم', 'اسهم', 'الأسهم', 'مبيعات', 'مصنع', 'مصانع', 'مؤسس', 'خسائر', 'ماسك', 'موسك', 'إيلون', 'ايلون', 'موتورز'].map(foldWord);

/** Folded «شركة» and its dual and plural before a company's name: «بشركة [تسلا]», «شركتي [تسلا]». */
const COMPANY_HEADS = new Set(['شركة', 'شركتي', 'شركات'].map(foldWord));

/** Folded words that announce a scientist's or an engineer's name: «المخترع [تسلا]», «العالم [تسلا]». */
const SCIENTIST_WORDS = new Set(['المخترع', 'العالم', 'الفيزيائي', 'المهندس', 'العبقري'].map(foldWord));

/**
 * A one-word PERS over a name of COMPANY_FAMILY_NAMES is the company, an ORG, joined to «موتورز»
 * right after it («[تسلا]PERS موتورز» → «[تسلا موتورز]ORG»), unless the text names the person
 * elsewhere with more words («[نيكولا تسلا]PERS … [تسلا]PERS» stays), the text has no word of a
 * company (COMPANY_CUE_STEMS: a biography, «ولد [تسلا] في 10 يوليو 1856»), or a word of SCIENTIST_WORDS
 * comes right before it, or before a nisba before it («المخترع [تسلا]», «المخترع الصربي [تسلا]»).
 */
function retypeCompanyFamilyNames(infos: readonly TokenInfo[], tags: Int8Array): void {
  const n = tags.length;
  let candidate = false;
  for (let i = 0; i < n; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    if (j - i > 1) for (let k = i; k < j; k++) if (COMPANY_FAMILY_NAMES.has(infos[k]!.word.b)) return; // the person is named here
    if (j - i === 1 && COMPANY_FAMILY_NAMES.has(infos[i]!.word.b)) candidate = true;
    i = j - 1;
  }
  if (!candidate) return;
  // a biography of Nikola Tesla names him «تسلا» alone too: the text must speak of a company
  let company = false;
  for (let k = 0; k < n && !company; k++) {
    const b = infos[k]!.word.b;
    company = COMPANY_CUE_STEMS.some((c) => b.startsWith(c)) || (k + 1 < n && COMPANY_FAMILY_NAMES.has(infos[k + 1]!.word.b) && headBase(infos[k]!.word.w, COMPANY_HEADS) !== '');
  }
  if (!company) return;
  for (let i = 0; i < n; i++) {
    if (tags[i] !== B_PERS || (i + 1 < n && tags[i + 1] === I_PERS) || !COMPANY_FAMILY_NAMES.has(infos[i]!.word.b)) continue;
    // «المخترع [تسلا]», «المخترع الصربي [تسلا]» (a nisba between)
    const cue = (k: number): boolean => k >= 0 && SCIENTIST_WORDS.has(infos[k]!.word.b);
    if (cue(i - 1) || (cue(i - 2) && isNisba(infos[i - 1]!.word.b))) continue;
    tags[i] = B_ORG;
    if (i + 1 < n && tags[i + 1] === O && infos[i + 1]!.word.p === '' && infos[i + 1]!.word.w === MOTORS) tags[i + 1] = B_ORG + 1;
  }
}

/** Folded «إن» and «أن» "that", which open a reported clause: «وقالت المنظمة إن …». */
const THAT_WORDS = new Set(['إن', 'أن'].map(foldWord));

/**
 * The type (a B- tag) that the self-training dictionary gives a word most often when at least 35 %
 * of its corpus occurrences carry it, or O.
 */
function likelyType(word: WordInfo, lex: Lexicon): number {
  const code = lex.tagdict.get(word.b) ?? 0;
  let best = O;
  let share = 1;
  for (let k = 0; k < 4; k++) {
    const d = tagShare(code, k);
    if (d > share) {
      share = d;
      best = B_PERS + 2 * k;
    }
  }
  return best;
}

/** Whether a word is a letter's name, bare or definite: «بي», «البي» (of «البي إن سبورتس»). */
function isLetterName(word: WordInfo): boolean {
  return LETTER_NAMES.has(word.w) || LETTER_NAMES.has(word.b) || (isDefinite(word.b, 1) && LETTER_NAMES.has(word.b.slice(2)));
}

/**
 * Names QA round 260: «وقالت [المنظمة إن الجماعات]ORG», «وذكرت [الوكالة أن السلطات]ORG», «[الاتحاد
 * الأوروبي إن موغريني]ORG»: the model runs a name over the «إن/أن» that opens the clause reported
 * after it, as if it were the letter N of «سي إن إن». A name with «إن» or «أن» inside it, after a
 * definite word or after a speech verb before the name, ends before it; the part after the
 * particle keeps a name only when the self-training dictionary tags its first word so at least
 * 35 % of the time (`likelyType`: «موغريني» PERS, «موسكو» LOC), with that type. Spelled acronyms
 * keep their «إن» (a letter's name on either side: «[سي إن إن]», «[البي إن سبورتس]», or a dot:
 * «[بنك إيه.إن.زد]»), and so do
 * English names whose words are not definite («[روك إن ريو]», «[بليف إن يورسيلف]»).
 */
function splitThatClauses(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0) continue;
    const e = spanEnd(tags, i);
    for (let k = i + 1; k < e; k++) {
      const that = infos[k]!.word;
      if (that.p !== '' || !THAT_WORDS.has(that.w)) continue;
      const prev = infos[k - 1]!.word;
      if (isLetterName(prev) || !isArabicLetter(prev.b.charCodeAt(0)) || (k + 1 < e && (isLetterName(infos[k + 1]!.word) || !isArabicLetter(infos[k + 1]!.word.b.charCodeAt(0))))) break;
      const said = i > 0 && tags[i - 1] === O && isSpeechVerb(infos[i - 1]!.word.w);
      if (!said && !isDefinite(prev.b, 2)) break;
      for (let m = k; m < e; m++) tags[m] = O;
      if (k + 1 < e) {
        const b = likelyType(infos[k + 1]!.word, lex);
        if (b !== O) label(tags, margins, k + 1, e, b);
      }
      break;
    }
    i = e - 1;
  }
}

/** Folded «شو» ("show", also the surname Shaw), the last word of a television show's name. */
const SHOW = foldWord('شو');

/**
 * Folded English words that make «X شو» the name of a television show: «ديلي شو» (The Daily
 * Show), «تونايت شو», «توداي شو»; a person named Shaw has a given name before it («[جورج برنارد
 * شو]», «[لوك شو]»), and «بيغ شو» (Big Show) is a wrestler.
 */
const SHOW_TITLE_WORDS = new Set(['ديلي', 'دايلي', 'تونايت', 'توداي', 'لايت', 'وان'].map(foldWord));

/** Folded words that make «X شو» a kind of show, no name: «التوك شو», «توك شو», «الداتا شو» (a projector). */
const SHOW_KIND_WORDS = new Set(['توك', 'التوك', 'الداتا', 'داتا', 'الرياليتي', 'رياليتي', 'تالنت'].map(foldWord));

/** Folded «ذا» and «ذي», English "the" at the head of a show's name: «ذا ديلي شو». */
const THE_WORDS = new Set(['ذا', 'ذي'].map(foldWord));

/**
 * Names QA round 259: a name that ends in «شو» after a word of SHOW_TITLE_WORDS, with or without
 * «ذا» before it, is a television show: «ذا [ديلي شو]PERS» → «[ذا ديلي شو]MISC», «ذا تونايت
 * [شو]PERS» → «[ذا تونايت شو]MISC»; so is any name that ends in «شو» right after «برنامج» or
 * «ذا» («برنامج [أندرو مار شو]PERS» → MISC). After a word of SHOW_KIND_WORDS it names a kind of
 * show or a projector and is dropped: «برنامج التوك [شو]PERS», «عبر [الداتا شو]PERS». Any other
 * name in «شو» stays: «[جورج برنارد شو]», «[لوك شو]» (a footballer).
 */
function retypeShows(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  const n = tags.length;
  for (let k = 0; k < n; k++) {
    const t = tags[k]!;
    if (t === O || infos[k]!.word.w !== SHOW) continue;
    if (k + 1 < n && tags[k + 1] === (t % 2 === 1 ? t + 1 : t)) continue; // «شو» does not end the name
    let s = k;
    while (s > 0 && tags[s]! % 2 === 0) s--; // back to the name's first word
    const before = k > 0 ? infos[k - 1]!.word : undefined;
    const inName = s < k;
    if (before !== undefined && before.p === '' && (inName ? s === k - 1 : tags[k - 1] === O)) {
      if (SHOW_KIND_WORDS.has(before.w)) {
        for (let m = s; m <= k; m++) tags[m] = O;
        continue;
      }
      if (SHOW_TITLE_WORDS.has(before.w)) {
        let start = k - 1;
        if (start > 0 && tags[start - 1] === O && infos[start - 1]!.word.p === '' && THE_WORDS.has(infos[start - 1]!.word.w)) start--;
        label(tags, margins, start, k + 1, B_MISC);
        continue;
      }
    }
    if (s > 0 && tags[s - 1] === O) {
      const head = infos[s - 1]!.word;
      const the = head.p === '' && THE_WORDS.has(head.w);
      if (the || headBase(head.w, PROGRAMME_HEADS) !== '') label(tags, margins, the ? s - 1 : s, k + 1, B_MISC);
    }
  }
}

/** Folded «توت» and «عنخ», the first two words of Tutankhamun's name. */
const TUT = foldWord('توت');
const ANKH = foldWord('عنخ');

/**
 * Names QA round 256: «توت [عنخ آمون]PERS», «الملك توت [عنخ أمون]PERS»: the model leaves out
 * «توت» (also "mulberries"), which the 16 news files leave outside the name 146 times and inside
 * it 39. A PERS that begins with «عنخ» right after an untagged «توت» (with or without a
 * proclitic) now begins at «توت»: «[توت عنخ آمون]».
 */
function joinTutankhamun(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] === B_PERS && tags[i - 1] === O && infos[i]!.word.b === ANKH && infos[i]!.word.p.length === 0 && infos[i - 1]!.word.b === TUT) {
      tags[i - 1] = B_PERS;
      tags[i] = I_PERS;
    }
  }
}

/** Opening quotation marks and brackets, after which a quoted name begins. */
const OPENING_MARKS = new Set(['«', '(', '"', '\u201c', '[', '\u2018']);

/**
 * A one-word LOC that is only such a head noun («جمهورية» tagged apart from «كازاخستان» after
 * it, «الدولة» for a state named before) names no place, and a one-word ORG that is only an
 * organisation's head noun («منظمة» tagged apart from the quoted «يوروجاست» after it) names no
 * organisation (the model's run over the opening mark of a quoted name counts as one word):
 * both are dropped.
 */
function dropBareHeads(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const { w, b } = infos[i]!.word;
    // «[بطولة] كوبا أمريكا», «[بطولة]: عادل إمام» ("starring"): a championship's head alone
    if (t === B_MISC && MISC_HEADS.has(b) && (i + 1 >= tags.length || tags[i + 1] !== B_MISC + 1)) tags[i] = O;
    if (t !== B_LOC && t !== B_ORG) continue;
    const quoted = t === B_ORG && i + 2 < tags.length && OPENING_MARKS.has(raw[i + 1]!) && tags[i + 1] === t + 1 && tags[i + 2] === t + 1;
    const heads = t === B_LOC ? PLACE_HEADS : quoted ? QUOTED_ORG_HEADS : ORG_HEADS;
    if (!heads.has(b) && !heads.has(w)) continue;
    // «جريدة [النادي]»: a definite head after a newspaper's or a company's head is its name
    if (t === B_ORG && i > 0 && isDefinite(b, 2) && PERSON_NAMED_ORG_HEADS.has(infos[i - 1]!.word.b)) continue;
    if (i + 1 >= tags.length || tags[i + 1] !== t + 1) tags[i] = O;
    else if (quoted) {
      // «منظمة «يوروجاست»»: the run goes over the opening quote, where the name is cut anyway
      tags[i] = O;
      tags[i + 1] = O;
      tags[i + 2] = t;
    }
  }
}

/**
 * Folded indefinite nouns of a settled place or a land form with which an encyclopaedia's lead
 * defines its subject («X مدينة …», «X هي قرية …»). Not «منطقة», «حي» («الجزيرة هي منطقة من
 * اليابسة» defines a common noun), nor «دولة», whose lead names a state the model already reads as
 * a place.
 */
const LEAD_PLACE_NOUNS = new Set(
  'مدينة بلدة قرية جزيرة نهر جبل بحيرة عاصمة ولاية مقاطعة إقليم محافظة بلدية ناحية مملكة'.split(' ').map(foldWord),
);

/** Folded «عاصمة»: "capital (of)", which a name always follows in a lead («كوبنهاغن عاصمة الدنمارك»). */
const CAPITAL_OF = foldWord('عاصمة');

/** Folded pronouns of a definition: «هي», «هو». */
const DEFINING_PRONOUNS = new Set(['هي', 'هو'].map(foldWord));

/** Most words of a parenthesis read between a lead's name and its place noun («(بالويلزية: Bangor)»). */
const LEAD_PARENTHESIS = 40;

/**
 * «[بانغور]ORG (بالويلزية: Bangor) مدينة صغيرة في …», «[دهب]PERS هي مدينة مصرية …», «[نوباتيا]PERS
 * (بالإغريقية: …) هي مملكة …»: a name that opens a sentence and is defined at once — after a
 * parenthesis, a comma or «هي/هو» at most — by an indefinite noun of a place (LEAD_PLACE_NOUNS,
 * no proclitic) is that place, as an encyclopaedia's lead writes it: a PERS, ORG or MISC there
 * becomes a LOC. Not when a name follows the noun (other than «عاصمة»: «بنى حسان بن النعمان مدينة
 * تونس» is a verb's subject and object), nor when the name opens with a preposition or an
 * organisation's head («وبجامعة المنصورة قرية أولمبية»).
 */
function retypeLeadPlaces(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  const t = tags[0];
  if (t === undefined || t === O || t === B_LOC) return;
  const j = spanEnd(tags, 0);
  let k = j;
  if (k < raw.length && raw[k] === '(') {
    const stop = Math.min(raw.length, k + LEAD_PARENTHESIS);
    while (k < stop && raw[k] !== ')') k++;
    if (k >= stop) return;
    k++;
  }
  if (k < raw.length && (raw[k] === '\u060c' || raw[k] === ',')) k++;
  if (k < raw.length && DEFINING_PRONOUNS.has(infos[k]!.word.w)) k++;
  if (k >= raw.length || tags[k] !== O || infos[k]!.word.p.length > 0 || !LEAD_PLACE_NOUNS.has(infos[k]!.word.w)) return;
  // «بنى حسان بن النعمان مدينة [تونس]»: a place noun before a name is the object of a verb
  if (infos[k]!.word.w !== CAPITAL_OF && k + 1 < tags.length && tags[k + 1] !== O) return;
  // «وب[جامعة المنصورة] قرية أولمبية»: a preposition or an organisation's head opens no lead
  const first = infos[0]!.word;
  if ((first.p !== '' && first.p !== 'و' && first.p !== 'ف') || ((lex.classes.get(first.b) ?? 0) & ORG_TRIGGER) !== 0) return;
  tags[0] = B_LOC;
  for (let m = 1; m < j; m++) tags[m] = B_LOC + 1;
}

/**
 * Names QA round 148: «[قابس]ORG : حجز كمية من السجائر», «[سليانة]ORG : وقفة احتجاجية»: a
 * headline that opens with a listed city or capital (places.ts, no proclitic) and a colon names
 * the place its news comes from, as «سوريا: مقتل …» does. The model, meeting a town it hardly
 * knows in that slot, reads a PERS, ORG or MISC; the name becomes a LOC when the span is the whole
 * listed name and «:» follows it at once. A headline also opens with a speaker («بخاري: العلاقات
 * …», the ambassador, not Bukhara): a PERS the tag dictionary reads as a person at least as often
 * as a place stays.
 */
function retypeHeadlinePlaces(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  const t = tags[0];
  if (t === undefined || t === O || t === B_LOC || infos[0]!.word.p.length > 0) return;
  const j = spanEnd(tags, 0);
  if (j >= raw.length || raw[j] !== ':' || !isListedSpan(infos, tags, 0, infos[0]!.word.w, places())) return;
  const td = lex.tagdict.get(infos[0]!.word.w) ?? 0;
  if (t === B_PERS && tagShare(td, 0) > 0 && tagShare(td, 0) >= tagShare(td, 1)) return;
  tags[0] = B_LOC;
  for (let m = 1; m < j; m++) tags[m] = B_LOC + 1;
}

/** Folded «بطولة»: "championship", and in film and drama credits "starring". */
const STARRING = foldWord('بطولة');

/**
 * Folded nouns of a film, series or play and of its performers. After «بطولة» they make it the
 * credit "starring" («من بطولة الفيلم», «بطولة النجم …»): no championship is named with them.
 */
const PERFORMANCE_NOUNS = new Set(
  [
    'فيلم', 'الفيلم', 'فيلمين', 'الفيلمين', 'مسلسل', 'المسلسل', 'مسرحية', 'المسرحية',
    'الفنان', 'الفنانة', 'الفنانين', 'الفنانات', 'النجم', 'النجمة', 'الممثل', 'الممثلة', 'الممثلين', 'الممثلات',
  ].map(foldWord),
);

/** Folded words for a film, series or play, which make «من بطولة» + a given name a credit. */
const WORK_NOUNS = new Set(
  ['فيلم', 'الفيلم', 'فيلما', 'مسلسل', 'المسلسل', 'مسلسلا', 'مسرحية', 'المسرحية', 'فيلمه', 'فيلمها', 'أفلام', 'الأفلام', 'فلم', 'الفلم'].map(foldWord),
);

/** Folded «من» "of, from", before the credit: «من بطولة …». */
const FROM = foldWord('من');

/** Folded «ومن» "and of", which the split leaves whole: «أخرجه فلان ومن بطولة …». */
const AND_FROM = foldWord('ومن');

/** How many words before «من بطولة» a noun of a work is looked for. */
const WORK_WINDOW = 12;

/**
 * «بطولة» "championship" is also the credit "starring": «فيلم "…" من [بطولة الفيلم]MISC»,
 * «[بطولة النجم]MISC أحمد …», «المسلسل من [بطولة عمرو يوسف]MISC». A MISC that starts with
 * «بطولة» followed by a noun of a work or a performer names no championship: both words leave
 * it, and what follows is a person if it starts with a given name (or a word mostly tagged a
 * person), or no name. A MISC «بطولة» + such a name right after «من» (or «ومن», names QA round 80), with a film, series or play named in the words before, is the
 * credit too: the name after «بطولة» is a person. «من بطولة رولان جاروس» with no work before and
 * «بطولة كأس العالم» stay championships.
 */
function retypeStarringCredits(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_MISC || tags[i + 1] !== B_MISC + 1 || infos[i]!.word.b !== STARRING) continue;
    const j = spanEnd(tags, i);
    const next = infos[i + 1]!.word;
    let from: number;
    if (PERFORMANCE_NOUNS.has(next.b)) from = i + 2;
    else if (i > 0 && (infos[i - 1]!.word.b === FROM || infos[i - 1]!.word.w === AND_FROM) && personLike(lex, next.b) && workBefore(infos, i - 1)) from = i + 1;
    else continue;
    const given = from < j && personLike(lex, infos[from]!.word.b);
    for (let k = i; k < j; k++) tags[k] = given && k >= from ? (k === from ? B_PERS : I_PERS) : O;
    i = j - 1;
  }
}

/** Whether a folded base is a given name, or a word the tag dictionary finds a person at least 35 % of the time. */
function personLike(lex: Lexicon, b: string): boolean {
  return ((lex.classes.get(b) ?? 0) & GIVEN_NAME) !== 0 || persShare(lex, b) >= 2;
}

/** Whether a noun of a film, series or play stands within WORK_WINDOW words before `i`. */
function workBefore(infos: readonly TokenInfo[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - WORK_WINDOW; k--) if (WORK_NOUNS.has(infos[k]!.word.b)) return true;
  return false;
}

/** Corpus frequency (log2) from which a definite word counts as a common word. */
const COMMON_LOG_FREQ = 6;

/**
 * «الوحدة وحسن الجوار», «الثقة وحسن النية», «بالصبر وجمال الطبيعة»: a two-word PERS whose first
 * word is a given name that is also a common noun, attached to the conjunction و/ف, after a
 * definite common word, and whose second word is a frequent definite noun (not a nisba, not
 * the second part of a compound name) is a noun phrase coordinated with the word before it.
 * A person's name is not coordinated with a bare definite noun.
 */
function dropCoordinatedConstructs(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i + 1] !== I_PERS || (i + 2 < tags.length && tags[i + 2] === I_PERS)) continue;
    if (tags[i - 1] !== O) continue;
    const first = infos[i]!.word;
    const c0 = first.w.charCodeAt(0);
    if (first.p.length === 0 || (c0 !== WAW && c0 !== FEH)) continue;
    if (!((lex.classes.get(first.b) ?? 0) & GIVEN_NAME)) continue;
    const second = infos[i + 1]!.word;
    if (second.p.length > 0 || !isDefinite(second.w) || isNisba(second.w)) continue;
    if (NAME_SECOND_PARTS.has(second.w) || NOT_NOUNS.has(second.w) || second.logFreq < COMMON_LOG_FREQ) continue;
    const prev = infos[i - 1]!.word;
    if (!isDefinite(prev.b) || isNisba(prev.b) || NOT_NOUNS.has(prev.b)) continue;
    if ((lex.classes.get(prev.b) ?? 0) & (PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER | GIVEN_NAME)) continue;
    tags[i] = O;
    tags[i + 1] = O;
  }
}

/**
 * «منظمة شنغهاي للتعاون», «صندوق أبوظبي للتنمية»: an ORG headed by an indefinite organisation
 * noun (منظمة, صندوق, مركز, … in construct with the name) that the model ended just before a
 * word of the organisation-name list (lists.ts) in «لل…» — ل + a definite noun of purpose,
 * «للتعاون», «للتنمية», «للأمن» — goes on over it: the purpose belongs to the head noun. A
 * definite head («البنك الأفريقي» + «للتنمية») is left alone, as is an ORG that is itself a
 * complement («مركز الأمم المتحدة للإعلام»): ANERcorp stops those before the «لل…» word.
 */
function extendOrgPurpose(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    let j = spanEnd(tags, i);
    const head = infos[i]!.word.b;
    if (isDefinite(head) || !((lex.classes.get(head) ?? 0) & ORG_TRIGGER)) {
      i = j - 1;
      continue;
    }
    while (j < tags.length && tags[j] === O) {
      const w = infos[j]!.word.w;
      if (w.charCodeAt(0) !== LAM || w.charCodeAt(1) !== LAM || !((lex.classes.get(w) ?? 0) & ORG_WORD)) break;
      tags[j] = B_ORG + 1;
      margins[j] = Math.min(margins[j - 1]!, RULE_MARGIN);
      j++;
    }
    i = j - 1;
  }
}

/**
 * Folded heads of bodies named by their fields, which join them with «و» («وزارة الفلاحة والموارد
 * المائية والصيد البحري», «الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية»). Not clubs,
 * parties, armies, companies or media, whose names are no list of fields.
 */
const FIELD_HEADS = new Set(
  (
    'وزارة الوزارة اتحاد الاتحاد منظمة المنظمة بنك البنك مصرف المصرف هيئة الهيئة مركز المركز معهد المعهد ' +
    'جمعية الجمعية صندوق الصندوق مؤسسة المؤسسة غرفة الغرفة مديرية المديرية إدارة الإدارة رابطة الرابطة ' +
    'نقابة النقابة كلية الكلية أكاديمية الأكاديمية لجنة اللجنة وكالة الوكالة جامعة الجامعة مجلس المجلس'
  )
    .split(' ')
    .map(foldWord),
);

/** Classes of a word that heads or is a name of its own rather than a field of one. */
const NOT_FIELD = ORG_TRIGGER | PERSON_TRIGGER | LOC_TRIGGER | GIVEN_NAME;

/**
 * Folded nouns that often follow an organisation's head yet name a body or a community of their
 * own after «و»: «[وزارة الطيران المدني] والخطوط الجوية الماليزية», «[وزارة الشؤون الاجتماعية]
 * والشرطة», «…والرئاسة العامة لرعاية الشباب», «[الوكالة الدولية للطاقة الذرية] والمجتمع الدولي».
 */
const BODY_NOUNS = new Set(['المجتمع', 'الشرطة', 'الخطوط', 'الرئاسة', 'الحكومة', 'الامانة', 'الدوله'].map(foldWord));

/** A folded word ending like an adjective of relation, «…ي» or «…ية» (folded «…يه»). */
function endsAsNisba(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  return last === YEH || (last === HEH && w.charCodeAt(n - 2) === YEH);
}

/**
 * True when folded base `b` after «و» can be one more field of an organisation's name whose last
 * word is `last`. A field noun: definite, no function word, heading no organisation, title or
 * place itself, with or without its article («والبنك», «والمفوضية», «والناطق»), no plural in ـات
 * of such a head («والهيئات»), no noun of BODY_NOUNS, never seen in a name by the tag dictionary
 * («والولايات», «والأمن»), beginning no listed organisation or club («والترجي»), and found after
 * an organisation's head in the corpus at least now and then (the org-head digit of its
 * name-context code at 2 or more: «التجارة», «البحث», «الادخار»; not «المسؤولين», «العالم»,
 * «الالتزام»). Or an adjective of relation after another of the same gender, the name's last word
 * («الشؤون البلدية [والقروية]»).
 */
function isFieldNoun(word: WordInfo, last: string, lex: Lexicon): boolean {
  const b = word.b;
  if (!isDefinite(b) || NOT_NOUNS.has(b) || BODY_NOUNS.has(b)) return false;
  const bare = b.slice(2);
  if (((lex.classes.get(b) ?? 0) | (lex.classes.get(bare) ?? 0)) & NOT_FIELD) return false;
  if (bare.endsWith('ات') && ((lex.classes.get(bare.slice(0, -2) + '\u0647') ?? 0) & ORG_TRIGGER) !== 0) return false;
  if (namedByTagdict(lex, b)) return false;
  if (listedClub(b) !== 0 || beginsListed(word, organisations())) return false;
  const code = lex.namectx.get(b);
  if (code !== undefined && code.charCodeAt(ORG_HEAD_CUE) >= 0x32) return true;
  return endsAsNisba(b) && endsAsNisba(last) && (b.charCodeAt(b.length - 1) === HEH) === (last.charCodeAt(last.length - 1) === HEH);
}

/** The digit of the name-context code that counts a word after an organisation's head. */
const ORG_HEAD_CUE = CUES.indexOf('org-head');

/**
 * «وزارة التعليم العالي [والبحث العلمي]», «وزارة الفلاحة والموارد المائية [والصيد البحري]»,
 * «وزارة الشؤون الإسلامية [والأوقاف والدعوة والإرشاد]»: a body named by its fields joins them
 * with «و», and the model often ends the ORG before the last of them. An ORG headed by a noun of
 * FIELD_HEADS, with a field after its head (a definite noun that is no adjective of relation:
 * «التعليم», «للصناعة»; not «[الاتحاد الأوروبي] والبلدان المرشحة»), goes on over each «و» + a
 * field noun ({@link isFieldNoun}) the model left O, with the adjectives of relation after it
 * («البحري», «التقليدية»), unless a purpose in «ل…» follows, which makes it a body of its own
 * («…والرئاسة العامة لرعاية الشباب»). Two bodies side by side stay two: «[صندوق النقد الدولي]
 * والبنك الدولي», «[مجلس نواب الشعب] والهيئات الدستورية».
 */
function extendFieldLists(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    let j = spanEnd(tags, i);
    if (!FIELD_HEADS.has(infos[i]!.word.b) || !hasField(infos, i + 1, j)) {
      i = j - 1;
      continue;
    }
    while (j < tags.length && tags[j] === O) {
      const word = infos[j]!.word;
      if (word.p !== 'و' || !isFieldNoun(word, infos[j - 1]!.word.b, lex)) break;
      let k = j + 1;
      while (k < tags.length && tags[k] === O) {
        const w = infos[k]!.word.w;
        if (!isDefinite(w) || NOT_NOUNS.has(w) || !endsAsNisba(w)) break;
        k++;
      }
      // a purpose in «ل…» makes it a body of its own
      if (k < tags.length && infos[k]!.word.p.endsWith('ل')) break;
      for (let m = j; m < k; m++) {
        tags[m] = B_ORG + 1;
        margins[m] = Math.min(margins[j - 1]!, RULE_MARGIN);
      }
      j = k;
    }
    i = j - 1;
  }
}

/** The digit of the name-context code that counts a word before «بن» (a given name). */
const BEFORE_BIN_CUE = CUES.indexOf('before-bin');

/** «الأنباء» (folded): a news agency's purpose, after which an adjective says what it is («[الأناضول للأنباء] الرسمية»). */
const THE_NEWS = foldWord('الأنباء');

/**
 * «[الهيئة العامة للطيران] المدني», «[جامعة نايف العربية للعلوم] الأمنية», «[الوكالة الدولية
 * للطاقة] النووية», «[المنظمة الدولية للشرطة] الجنائية»: the model often ends an ORG at its
 * purpose, «ل» + a definite noun, before the adjective of relation that qualifies it. ANERcorp's
 * train set holds such a name whole every time it holds one (34 of 34). An ORG whose last word is
 * a purpose (not its first word: «ل[لأهلي] المصري» is the name itself) goes on over one
 * definite word in «…ي»/«…ية» the model left O (a second is as often a word of the sentence:
 * «[بوبا للتأمين الطبي] الراعي»), with no proclitic, not ending in «ى» (a verb:
 * «…للعلوم الأمنية التقى»), no relative pronoun («[ماركو للاستشارات] التي»), no country's
 * adjective («[معهد جورجيا للتكنولوجيا] الأميركي» says where it is), not after a news agency's
 * «للأنباء» («[مهر للأنباء] الحكومية» says what it is), never seen in a name by the
 * tag dictionary, and no given name («[الاتحاد العام التونسي للشغل] المولدي …»: a word found
 * before «بن» in the corpus, its before-bin digit at 3 or more, is taken for one).
 */
function extendPurposeAdjectives(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    let j = spanEnd(tags, i);
    const last = infos[j - 1]!.word;
    if (j - 1 === i || !last.p.endsWith('ل') || !isDefinite(last.b) || last.b === THE_NEWS) {
      i = j - 1;
      continue;
    }
    if (j < tags.length && tags[j] === O && !raw[j]!.endsWith('\u0649') && isPurposeAdjective(infos[j]!.word, lex)) {
      tags[j] = B_ORG + 1;
      margins[j] = Math.min(margins[j - 1]!, RULE_MARGIN);
      j++;
    }
    i = j - 1;
  }
}

/**
 * Names QA round 152: «[الرئاسة العامة للأرصاد] وحماية البيئة», «[مركز الأمير سلطان لطب] وجراحة
 * القلب», «[الإدارة العامة للحدائق] وعمارة البيئة», «[كلية كراكو للفنون] وتصميم الأزياء»: a
 * purpose in «ل…» goes on with «و» + a second purpose in construct (an indefinite noun and the
 * definite noun it governs), which the model leaves out. An ORG whose last word is its purpose
 * (not its first word; «ل» + a definite noun) goes on over «و» + an indefinite noun and a
 * definite noun that the model left O, then the adjectives of relation after them, when the noun
 * after «و» heads no body, place or person and names none (no class of NOT_FIELD, not a head of
 * FIELD_HEADS, never seen in a name by the tag dictionary: not «وهيئة المدن», «ومحافظة الطائف»,
 * «وشباب الأحزاب», «ومنظمة الأمن»), has no pronoun or plural ending, is found after an
 * organisation's head in the corpus now and then (the org-head digit of its name-context code at
 * 2 or more: «حماية», «تقنية», «مكافحة», «دراسة»; not «وفرع الهيئة», «وعضو الأمانة», «وحضور
 * الاحتفالات», «وإحدى الشركات», «ودعا»), and the definite noun is
 * no function word, never in a name either, and not followed by a purpose of its own in «ل…»
 * (another body).
 */
function extendPurposeConstructs(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    let j = spanEnd(tags, i);
    const last = infos[j - 1]!.word;
    if (j - 1 === i || !last.p.endsWith('ل') || !isDefinite(last.b) || j + 1 >= tags.length || tags[j] !== O || tags[j + 1] !== O) {
      i = j - 1;
      continue;
    }
    const noun = infos[j]!.word;
    const object = infos[j + 1]!.word;
    if (noun.p === WAW_PROCLITIC && isPurposeConstruct(noun, plainLetters(raw[j]!).slice(1), lex) && object.p.length === 0 && isDefinite(object.w) && !NOT_NOUNS.has(object.w) && !namedByTagdict(lex, object.w)) {
      let k = j + 2;
      while (k < tags.length && tags[k] === O && isPurposeAdjective(infos[k]!.word, lex)) k++;
      // a purpose of its own in «ل…» makes it another body
      if (!(k < tags.length && tags[k] === O && infos[k]!.word.p.endsWith('ل') && isDefinite(infos[k]!.word.b))) {
        for (let m = j; m < k; m++) {
          tags[m] = B_ORG + 1;
          margins[m] = Math.min(margins[j - 1]!, RULE_MARGIN);
        }
        j = k;
      }
    }
    i = j - 1;
  }
}

/**
 * Folded adjectives that an organisation's name ends with — what it is («الوطني», «الشعبي»,
 * «الجمهوري», «الديمقراطي», «الإسلامي», «التجاري», «المركزي», «الأدبي», «الرياضية»), its reach
 * («الدولي», «العالمية», «الأوروبي») — and that ANERcorp writes inside the name («الدولي» 20 of
 * 21 times after an ORG in train, «التجاري» 17 of 17, «الإسلامي» 8 of 8, «الوطني» 4 of 4). Not
 * a country's adjective, which says where the body is (outside in ANERcorp: «الفرنسي» 6 of 6),
 * nor one that describes it in passing («الحالي», «الإرهابي», «الحكومية», «الرسمية»).
 */
const NAME_ADJECTIVES = new Set(
  (
    'الوطني الوطنية الجمهوري الديمقراطي الديموقراطي الديمقراطية الديموقراطية الشعبي الشعبية الاشتراكي الاشتراكية ' +
    'الإسلامي الإسلامية القومي القومية الاتحادي الاتحادية التقدمي الليبرالي الدولي الدولية العالمي العالمية ' +
    'الأوروبي الأوروبية الأفريقي الإفريقي الأفريقية الإفريقية الآسيوي الآسيوية الخليجي التجاري المركزي ' +
    'الاقتصادي الاقتصادية الأدبي الثقافي الرياضي الرياضية الطبي الطبية الثانوية الخيرية الخيري الإنمائي'
  )
    .split(' ')
    .map(foldWord),
);

/**
 * Names QA round 153: «[بنك أبوظبي] الوطني», «[بترول أبوظبي] الوطنية», «[حزب الشعب] الجمهوري»,
 * «[حزب المؤتمر] الشعبي», «[معهد البحوث] الاقتصادية», «[الصليب الأحمر] الدولي»: the model ends an
 * organisation's name before the adjective that ends it. An ORG of two words or more goes on over
 * up to two adjectives of NAME_ADJECTIVES the model left O, with no proclitic
 * («[حزب الرامغافار الديمقراطي الليبرالي]»), unless its last word has a «و» or a plural in «ات»
 * (the span took in a second body: «[الاتحاد الأوروبي والمنظمات] الأوروبية») or is a country's
 * adjective («[الكونجرس الأمريكي] الجمهوري»), or the word before it is a head the name follows
 * from outside, with which the adjective agrees (`headOutside`: «مدرسة [خالد بن الوليد] الثانوية»,
 * «مطار [آل مكتوم] الدولي»). One word alone is left as it is («[سابك] الوطني»,
 * «[يوفينتوس] الرياضي»): the model's one-word ORG is often a town the real name's head is
 * missing from («نادي [جدة] الأدبي»).
 */
function extendNameAdjectives(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    let j = spanEnd(tags, i);
    if (i > 0 && tags[i - 1] === O && headOutside(infos[i - 1]!.word, lex)) {
      i = j - 1;
      continue;
    }
    const last = infos[j - 1]!.word;
    // a span that ends in a coordinated or plural word or in its country's adjective is no name
    // the adjective finishes («[الاتحاد الأوروبي والمنظمات] الأوروبية», «[الكونجرس الأمريكي] الجمهوري»)
    const closed = last.p.includes('و') || last.w.endsWith('ات') || BANK_NATIONALITIES.has(last.w) || FEMININE_NATIONALITIES.has(last.w);
    if (j - i >= 2 && !closed) {
      const from = j;
      while (j < tags.length && j - from < 2 && tags[j] === O && infos[j]!.word.p.length === 0 && NAME_ADJECTIVES.has(infos[j]!.word.w)) {
        tags[j] = B_ORG + 1;
        margins[j] = Math.min(margins[j - 1]!, RULE_MARGIN);
        j++;
      }
    }
    i = j - 1;
  }
}

/**
 * True when an indefinite word heads the name after it from outside it — a place's head word
 * («مطار», «مدينة») or a school's or hospital's — so that an adjective after the name agrees
 * with the head, not with the name («مدرسة [خالد بن الوليد] الثانوية», «مطار [آل مكتوم] الدولي»,
 * «مدينة [ريال مدريد] الرياضية»). Not an organisation's head: after «شركة [بترول أبوظبي]» or
 * «حزب [جبهة التحرير]» the adjective is the last word of the body's official name
 * («الوطنية», «الوطني»).
 */
function headOutside(word: WordInfo, lex: Lexicon): boolean {
  const b = word.b;
  if (isDefinite(b, 2)) return false;
  return ((lex.classes.get(b) ?? 0) & LOC_TRIGGER) !== 0 || SCHOOL_HEADS.has(b) || HOSPITAL_HEADS.has(b);
}

/** Folded prepositions after which «جده» is as often Jeddah: «في», «إلى», «من». */
const JEDDAH_PREPOSITIONS = new Set(['في', 'إلى', 'الى', 'من', 'حتى'].map(foldWord));
/** Folded «الأكبر», «الأعلى», «الأول» after «جده»: "his great-grandfather", "his forefather". */
const ELDER_WORDS = new Set(['الأكبر', 'الأعلى', 'الأول'].map(foldWord));
/**
 * Folded words after «جده» that make it "his grandfather" (names QA round 268): «لأمه/لأبيه» "on
 * his mother's/father's side", «الذي» (Jeddah would take «التي»), another kinsman after «و».
 */
const GRANDFATHER_AFTER = new Set(['لأمه', 'لأبيه', 'الذي', 'الذى', 'ووالده', 'وأبوه', 'وأبيه', 'ووالدته', 'وجدته', 'وعمه', 'وخاله'].map(foldWord));
/** Folded «أبيه/أمه» after «جده من»: "his grandfather on his father's/mother's side". */
const PARENT_HIS = new Set(['أبيه', 'أمه'].map(foldWord));
/** Folded words before «جده» (proclitics aside) that make it "his grandfather": «كان جده», «عن أبيه عن جده», «والده وجده». */
const GRANDFATHER_BEFORE = new Set(['كان', 'عن', 'اسم', 'والده', 'أبيه', 'أبوه', 'حفيد'].map(foldWord));
/** «جدة» Jeddah, folded: also «جده» "his grandfather" as folding writes it. */
const JEDDAH = foldWord('جدة');
/** «جده» as written: «جد» "grandfather" + «ه» "his". */
const GRANDFATHER_HIS = 'جده';
/** Folded words before a town that make «جده» the town whatever its spelling, besides PLACE_CUES («أهل», «مدينة»): «طريق», «جامعة», «كورنيش». */
const TOWN_CUES = new Set(['طريق', 'جامعة', 'كورنيش'].map(foldWord));

/**
 * Names QA round 154: «كان [جده]LOC جواهر لال نهرو», «بعد إنجازات [جده]LOC محمد علي باشا»:
 * folding writes «جده» "his grandfather" as «جدة» Jeddah, and the model reads it as the town (56
 * times over news-002/011, all but three the grandfather). A one-word LOC written «جده» (final
 * «ه», harakat aside, proclitics allowed) in a sentence that writes «ة» at the end of some other
 * word (the writer tells the two apart) is no place, unless the word before it cues a town
 * (TOWN_CUES, PLACE_CUES or a place's head: «طريق جده», «أهل جده», «مدينة جده») or a place or a
 * dash is next to it, or before a lone «و» or comma before it («مكة المكرمة - جده», «الرياض و
 * جده»), or it follows a preposition of place («في», «إلى», «من», «ب…»:
 * «إلى جده أمس», «في مكتبه بجده») with no name after it («عن جده لويس», «تيمناً بجده جعفر»,
 * «جده الأكبر» are the grandfather). `dropGrandfatherJeddah` did this for «وجده» alone.
 * Names QA round 268: an ORG so read too («وكان [جده]ORG شيخ عشيرة»), and a name after it
 * (not a given name that is as often a verb, «يزيد»), a kinsman or «الذي» after it
 * (GRANDFATHER_AFTER, «جده من أبيه»), or «كان», «عن», «والده» before it (GRANDFATHER_BEFORE) make
 * it the grandfather even in a sentence that shows no «ة».
 */
function dropHisGrandfather(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  let tehMarbuta: boolean | undefined;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if ((t !== B_LOC && t !== B_ORG) || infos[i]!.word.b !== JEDDAH || (i + 1 < tags.length && tags[i + 1] === t + 1)) continue;
    if (!plainLetters(raw[i]!).endsWith(GRANDFATHER_HIS)) continue;
    const before = i > 0 ? infos[i - 1]!.word.b : '';
    if (TOWN_CUES.has(before) || PLACE_CUES.has(before) || ((lex.classes.get(before) ?? 0) & LOC_TRIGGER) !== 0) continue;
    const near = (k: number): boolean => k >= 0 && k < tags.length && (tags[k] === B_LOC || tags[k] === B_LOC + 1 || raw[k] === '-' || raw[k] === '–');
    // a place next to it, or before a lone «و» or comma before it («[الرياض] و جده»)
    const joiner = i > 0 && (raw[i - 1] === '\u0648' || raw[i - 1] === '\u060c' || raw[i - 1] === ',');
    if (near(i - 1) || near(i + 1) || (joiner && near(i - 2))) continue;
    // «إلى جده أمس», «بجده»: after a preposition of place the town, unless a name follows («عن جده لويس»)
    const next = i + 1 < tags.length ? infos[i + 1]!.word : undefined;
    const nameAfter = next !== undefined && (tags[i + 1] === B_PERS || (next.p.length === 0 && (((lex.classes.get(next.w) ?? 0) & GIVEN_NAME) !== 0 || ELDER_WORDS.has(next.w))));
    if (!nameAfter && (JEDDAH_PREPOSITIONS.has(before) || infos[i]!.word.p.endsWith('ب'))) continue;
    // names QA round 268: a name, a kin word or «الذي» after it, or «كان», «عن», a father before
    // it, make it the grandfather even where no other word shows how the writer spells «ة»
    const kinAfter = next !== undefined && (GRANDFATHER_AFTER.has(next.w) || (next.w === FROM && i + 2 < tags.length && PARENT_HIS.has(infos[i + 2]!.word.w)));
    // (not a given name that is as often a verb: «أقدم قصر بجده يزيد عمره» "exceeds")
    const named = nameAfter && (tags[i + 1] === B_PERS || !VERB_GIVEN_NAMES.has(next!.w));
    if (!named && !kinAfter && !GRANDFATHER_BEFORE.has(before)) {
      tehMarbuta ??= raw.some((r, k) => k !== i && r.length > 1 && lastLetter(r) === '\u0629');
      if (!tehMarbuta) continue;
    }
    tags[i] = O;
  }
}

/** «أبي» as written (marks aside): "my father", the genitive of «أبو» opening a kunya, and Abiy, Ethiopia's prime minister. */
const ABI_WRITTEN = new Set(['أبي', 'ابي']);
/** «أبى» "(he) refused", which the model reads as a name after «و/ف» («وأبى إلا أن …»). */
const REFUSED = 'أبى';
/** Proclitics written on «أبي» "my father" («لأبي», «بأبي», «وأبي»); «ب» not before a bare alef («بابي» is a name). */
const MY_FATHER_PROCLITICS = new Set(['', 'ل', 'ب', 'و', 'ف', 'ول', 'وب', 'فل', 'فب']);
/** Stems of words that put Abiy Ahmed in a text: Ethiopia, Eritrea, Addis Ababa (matched inside raw tokens). */
const ABIY_CUES = ['ثيوبي', 'ريتري', 'أبابا', 'ابابا'];

/**
 * Names QA round 272: «يا [أبي]PERS», «قلت ل[أبي]PERS», «غنى ل[أبي]PERS [فراس الحمداني]PERS»: a
 * PERS of the one word «أبي» (so written, with «ل/ب/و/ف» or none; not «آبي» Abe nor the name
 * «بابي») is "my father", or the first word of a kunya whose rest the model found as a name of
 * its own. Before a PERS it joins it («لأبي فراس الحمداني» one name, as «أبو فراس الحمداني»);
 * otherwise it is dropped, unless the text speaks of Ethiopia or Eritrea, where «أبي» is Abiy
 * Ahmed («خرج آلاف الإريتريين للترحيب بأبي»). The verb «أبى» "refused" read as a name is dropped
 * too («وأبى إلا أن …», «فأبى رسول الله»).
 */
function dropMyFather(raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  let abiy: boolean | undefined;
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === I_PERS)) continue;
    const r = plainLetters(raw[i]!);
    if (r.length < 3 || r.length > 5) continue;
    const stem = r.slice(r.length - 3);
    const pre = r.slice(0, r.length - 3);
    if (stem === REFUSED && (pre === '' || pre === 'و' || pre === 'ف')) {
      tags[i] = O;
      continue;
    }
    if (!ABI_WRITTEN.has(stem) || !MY_FATHER_PROCLITICS.has(pre) || (stem === 'ابي' && pre.endsWith('ب'))) continue;
    if (i + 1 < tags.length && tags[i + 1] === B_PERS) {
      tags[i + 1] = I_PERS;
      margins[i + 1] = Math.min(margins[i + 1]!, RULE_MARGIN);
      continue;
    }
    abiy ??= raw.some((t) => ABIY_CUES.some((c) => t.includes(c)));
    if (!abiy) tags[i] = O;
  }
}

/** True when the tag dictionary has seen folded `w` in a name of any type. */
function namedByTagdict(lex: Lexicon, w: string): boolean {
  const td = lex.tagdict.get(w) ?? 0;
  for (let k = 0; k < 4; k++) if (tagShare(td, k) > 0) return true;
  return false;
}

/** The noun after «و» in {@link extendPurposeConstructs} (`written`: its letters as written, without the «و»). */
function isPurposeConstruct(word: WordInfo, written: string, lex: Lexicon): boolean {
  const b = word.b;
  if (b.length < 3 || isDefinite(b, 2) || FIELD_HEADS.has(b) || ((lex.classes.get(b) ?? 0) & NOT_FIELD) !== 0) return false;
  if (namedByTagdict(lex, b) || hasObjectEnding(written) || isArabicLetterAbsent(b)) return false;
  // found after an organisation's head now and then, as fields are («حماية», «تقنية», «مكافحة»);
  // not «فرع», «عضو», «حضور», «كفاءة», «إحدى», «أيضا», nor a verb («ودعا», «ويستمر»)
  const code = lex.namectx.get(b);
  return code !== undefined && code.charCodeAt(ORG_HEAD_CUE) >= 0x32;
}

/** True when a folded word has a character that is no Arabic letter (digits, Latin). */
function isArabicLetterAbsent(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (!isArabicLetter(w.charCodeAt(k))) return true;
  return false;
}

/** True when a word can qualify an organisation's purpose: see {@link extendPurposeAdjectives}. */
function isPurposeAdjective(word: WordInfo, lex: Lexicon): boolean {
  const w = word.w;
  if (word.p.length > 0 || !isDefinite(w) || NOT_NOUNS.has(w) || !endsAsNisba(w)) return false;
  if ((lex.classes.get(w) ?? 0) & GIVEN_NAME || BANK_NATIONALITIES.has(w) || FEMININE_NATIONALITIES.has(w)) return false;
  if (namedByTagdict(lex, w)) return false;
  const code = lex.namectx.get(w);
  return code === undefined || code.charCodeAt(BEFORE_BIN_CUE) < 0x33;
}

/** True when a word of [from, to) is a field: a definite base that is no adjective of relation. */
function hasField(infos: readonly TokenInfo[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const b = infos[k]!.word.b;
    if (isDefinite(b) && !endsAsNisba(b)) return true;
  }
  return false;
}

/** Folded titles of rulers, after which an ordinal is part of the name («الملك هنري الثامن»). */
const RULER_TITLES = new Set(
  ['الملك', 'الملكة', 'البابا', 'السلطان', 'الإمبراطور', 'الامبراطور', 'الإمبراطورة', 'القيصر', 'الخليفة', 'الشاه', 'الأمير', 'الأميرة', 'الدوق', 'الكونت'].map(foldWord),
);

/** The titles of RULER_TITLES without the article, which name the LOC they rule after them: «ملك [إسبانيا]», «بابا [الإسكندرية]». */
const RULER_TITLES_BARE = new Set([...RULER_TITLES].map((t) => t.slice(2)));

/** Folded name parts that need the word after them («ابن» + «بطوطة», «عبد» + «الملك»). */
const NAME_LINKS = new Set(['ابن', 'بن', 'ابو', 'ابي', 'عبد']);

/**
 * Folded «آل» ("family of"), which opens a family name: «عبدالعزيز آل الشيخ», «علي آل حرمان».
 * ANERcorp train has it inside a PERS 29 times, followed there by another word of the name 27
 * times.
 */
const FAMILY = foldWord('آل');

/** Folded masculine ordinals 1–10 that follow a ruler's name («لويس التاسع», «هنري الثامن»). */
const ORDINALS = new Set(
  ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي'].map(foldWord),
);

/** Their feminine forms («إليزابيث الثانية»), taken only after a ruler's title. */
const FEMININE_ORDINALS = new Set(
  ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة', 'الحادية'].map(foldWord),
);

/** «عشر»/«عشرة» after an ordinal: «الثالث عشر». */
const TEENS = new Set(['عشر', 'عشرة'].map(foldWord));

/**
 * True when a raw token is the preposition «على» (with ALEF MAKSURA), after at most two
 * proclitic letters (و ف ل ب), marks and tatweel aside: folding makes it the name «علي».
 */
function isPrepositionAla(raw: string): boolean {
  let letters = '';
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (isHarakahOrTatweel(c)) continue; // harakat, superscript alef, TATWEEL
    letters += raw[k];
  }
  if (letters.length < 3 || letters.length > 5 || !letters.endsWith('\u0639\u0644\u0649')) return false; // AIN LAM ALEF MAKSURA
  for (let k = 0; k < letters.length - 3; k++) if (!'\u0648\u0641\u0644\u0628'.includes(letters[k]!)) return false; // WAW FEH LAM BEH
  return true;
}

/**
 * «على ابن الزبير», «على نيوتن إعطاء تفسير»: a PERS that starts with the preposition «على»
 * written with its alef maksura (folded, it is the name «علي») starts after it; a PERS that is
 * only that word is dropped. Names are written «علي» in the text this recognizer reads.
 */
function dropPrepositionAla(raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || !isPrepositionAla(raw[i]!)) continue;
    startAfterFirstWord(tags, i);
  }
}

const FATHATAN = 0x064b; // U+064B ARABIC FATHATAN

/**
 * True when a raw token ends in the indefinite accusative «ـًا/ـاً» (ALEF with FATHATAN, in
 * either order, other marks and tatweel aside): «دومًا» "always", «سورياً» "Syrian", «ملكًا»
 * "(as) king". Folding drops the mark, so the test reads the raw token.
 */
function endsInTanweenFath(raw: string): boolean {
  let k = raw.length - 1;
  let alef = false;
  let tanween = false;
  // at most the last four code units: the alef, the mark and a shadda or tatweel beside them
  for (let n = 0; k >= 0 && n < 4; k--, n++) {
    const c = raw.charCodeAt(k);
    if (c === FATHATAN) tanween = true;
    else if (c === ALEF && !alef) alef = true;
    else if (!isIgnorable(c)) break;
  }
  return alef && tanween;
}

/**
 * «[فيصل ملكًا]», «[محمد صلاح طويلاً]», «بقي [سورياً]», «[دومًا]»: a word in the indefinite
 * accusative (written with its tanween) says what or how, and is no part of a name: no name of
 * ANERcorp or AQMAR ends in one after another word (ANERcorp has two such one-word names,
 * «قريشاً» ORG and «درهماً» MISC). A name of two words or more that ends in such words ends
 * before them, and a word left alone is judged as a one-word name:
 * a one-word LOC is dropped (places take no tanween: «دومًا» is "always", «سورياً»
 * "Syrian"), and so is a one-word PERS unless the word without its alef is a given name
 * («محمداً», «خالداً» stay; «بطريركاً» "as patriarch", «مازحًا» "joking" go). A one-word ORG or
 * MISC stays, as ANERcorp writes «درهماً».
 */
function endNamesBeforeAccusatives(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || (t - 1) % 2 !== 0) continue; // B- tags are odd
    const j = spanEnd(tags, i);
    // «[ناظماً شعراً]»: every such word at the end goes, then the one left is judged alone
    let end = j;
    while (end - i > 1 && endsInTanweenFath(raw[end - 1]!)) end--;
    tags.fill(O, end, j);
    if (end - i > 1 || !endsInTanweenFath(raw[i]!)) {
      i = j - 1;
      continue;
    }
    if (t === B_LOC) tags[i] = O;
    else if (t === B_PERS) {
      const { w, b } = infos[i]!.word;
      const given = ((lex.classes.get(b.slice(0, -1)) ?? 0) | (lex.classes.get(w.slice(0, -1)) ?? 0)) & GIVEN_NAME;
      if (!given) tags[i] = O;
    }
    i = j - 1;
  }
}

/** The particles «أن/إن» with their hamza, alone or after و/ف/ب/ل/ك: written so, never a name. */
const PARTICLES_AN = new Set(['أن', 'إن', 'بأن', 'لأن', 'كأن', 'وأن', 'وإن', 'فإن', 'فأن', 'بإن', 'ولأن', 'وبأن']);

/** A raw token without its marks, tatweel and zero-width joiners (`isIgnorable`). */
function bareLetters(raw: string): string {
  let letters = '';
  for (let k = 0; k < raw.length; k++) if (!isIgnorable(raw.charCodeAt(k))) letters += raw[k];
  return letters;
}

/**
 * «المدرب [بأن توري]», «وقالت [إن كلاي] …»: a PERS that starts with the particle «أن/إن» written
 * with its hamza («بأن», «لأن», «وإن», …) starts after it; one that is only the particle is
 * dropped. Folding makes «بأن» the name «بان» (Ban Ki-moon), so the test reads the raw token.
 */
function dropLeadingParticles(raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const r = raw[i]!;
    if (r.length > 10 || !PARTICLES_AN.has(bareLetters(r))) continue; // at most 4 letters and their marks
    startAfterFirstWord(tags, i);
  }
}

/** The entity (of any type) that begins at `i` begins at the next word (and is gone when it had one word). */
function startAfterFirstWord(tags: Int8Array, i: number): void {
  const b = tags[i]!;
  tags[i] = O;
  if (i + 1 < tags.length && tags[i + 1] === b + 1) tags[i + 1] = b;
}

/** «باسم» read as «ب + اسم» "by the name (of)", raw and without marks. */
const BY_NAME = new Set(['باسم', 'بإسم', 'بأسم']);

/**
 * Words after which «باسم» is «ب + اسم»: "known / called / born by the name of" and "spokesman
 * in the name of" (folded; with «و/ف» the base is read).
 */
const NAMING_CUES = new Set(
  [
    'المعروف', 'المعروفة', 'المعروفين', 'معروف', 'معروفة', 'يعرف', 'تعرف', 'عرف', 'عرفت', 'عرفوا', 'يعرفون', 'يعرفه', 'تعرفه',
    'يسمى', 'تسمى', 'سمي', 'سميت', 'يسمون', 'سماه', 'سمته', 'سموه', 'المسمى', 'المسماة', 'دعي', 'دعيت', 'يدعى', 'تدعى',
    'ولد', 'ولدت', 'المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'خطب', 'اشتهر', 'اشتهرت',
  ].map(foldWord),
);

function namingCue(word: WordInfo): boolean {
  return NAMING_CUES.has(word.w) || NAMING_CUES.has(word.b);
}

/**
 * «المعروف [باسم مونتيسكيو]», «المتحدث [باسم ترامب]», «يعرف [باسم آملو]»: after a word of
 * naming or a spokesman, «باسم» is «ب + اسم» "by the name of / on behalf of", not the given
 * name Basim; a PERS that starts with it starts after it («باسم يوسف» alone stays a name).
 */
function dropLeadingByName(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const r = raw[i]!;
    if (r.length > 10 || !BY_NAME.has(bareLetters(r))) continue; // at most 4 letters and their marks
    // the cue right before, or one word before an unlabelled word («يعرف أيضا باسم», «المتحدثة
    // الرسمية باسم», «يسمون الصين باسم»)
    if (!namingCue(infos[i - 1]!.word) && (i < 2 || tags[i - 1] !== O || !namingCue(infos[i - 2]!.word))) continue;
    startAfterFirstWord(tags, i);
  }
}

/**
 * Prepositions with a suffixed pronoun, raw and without marks: «عنه» "about him", «عنده» "he has",
 * «معه» "with him", «لديه», «عليه», «إليه», «منه» and their feminine and plural forms. None is a
 * name or a part of one.
 */
const PRONOUN_PREPOSITIONS = new Set([
  'عنه', 'عنها', 'عنهم', 'عنهما', 'عنهن', 'عنده', 'عندها', 'عندهم', 'عندهما', 'عندهن', 'معه', 'معها', 'معهم', 'معهما', 'معهن', 'لديه', 'لديها', 'لديهم', 'لديهما', 'لديهن', 'عليه', 'عليها', 'عليهم', 'عليهما', 'عليهن', 'إليه', 'إليها', 'إليهم', 'إليهما', 'إليهن', 'منه', 'منها', 'منهم', 'منهما', 'منهن',
]);

/**
 * True when a raw token is a preposition with a suffixed pronoun (`PRONOUN_PREPOSITIONS`), after
 * at most one «و/ف»: «عنه», «وعنده».
 */
function isPronounPreposition(raw: string): boolean {
  if (raw.length > 12) return false; // at most six letters and their marks
  const letters = bareLetters(raw);
  if (PRONOUN_PREPOSITIONS.has(letters)) return true;
  return (letters[0] === '\u0648' || letters[0] === '\u0641') && PRONOUN_PREPOSITIONS.has(letters.slice(1)); // WAW, FEH
}

/**
 * Names QA round 120: «قال [عنه الصفدي]», «وقال [عنه الخطيب البغدادي]», «و[عنده ولد وبنت]»,
 * «العلاج [معه]», «هجوم [على خامنئي]»: a PERS that a late pass (the person lists, the joins)
 * started at a preposition with a suffixed pronoun, or at the preposition «على» written with its
 * alef maksura (see `dropPrepositionAla`), starts after it; one that is only that word is dropped.
 * Then «عبد» never ends a name: a PERS whose last word is «عبد» (alone after its proclitic, or
 * without one: «ك[عبد]», «ل[لعبد]», «[ناصر عبد]») ends before it, after `extendPersonNames` has
 * taken the definite word that completes it («ل[عبد الملك]»).
 */
function trimPronounsAndAbd(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    // after «ابن/بن/أبو» the word is the name «علي» written with its alef maksura («ابن [على باشا]»)
    const afterLink = i > 0 && NAME_LINKS.has(infos[i - 1]!.word.w);
    if (isPronounPreposition(raw[i]!) || (isPrepositionAla(raw[i]!) && !afterLink)) startAfterFirstWord(tags, i);
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const last = infos[j - 1]!.word;
    if (last.b === ABD && (j - 1 === i || last.p.length === 0)) tags[j - 1] = O;
    i = j - 1;
  }
}

/**
 * «مركز الملك [سلمان للإغاثة]»: a word that starts with «لل» (the preposition ل + the article)
 * is no part of a person's name; a PERS that runs over one ends before it. Neither ANERcorp
 * nor AQMAR has such a word inside a PERS.
 */
function endPersonsBeforePreposition(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== I_PERS) continue;
    const w = infos[i]!.word.w;
    if (w.length <= 3 || w.charCodeAt(0) !== LAM || w.charCodeAt(1) !== LAM) continue;
    for (let k = i; k < tags.length && tags[k] === I_PERS; k++) tags[k] = O;
  }
}

/**
 * Folded nouns of kin and following that take a possessive pronoun after a person's name: «نجل»,
 * «ابنة», «شقيق», «مساعد», «أمراء» — a word for the person's family or people, never a part of
 * his name.
 */
const KIN_STEMS = (
  'نجل ابن ابنة بنت زوج زوجة شقيق شقيقة أخت والد والدة أم عم عمة خال خالة حفيد حفيدة صهر ' +
  'رفيق رفيقة صديق صديقة مساعد مستشار نائب خليفة أبناء أنجال بنات أولاد أحفاد إخوة إخوان أخوات ' +
  'أسرة عائلة أقارب أقرباء رفاق أصدقاء مساعدو مساعدي مستشارو مستشاري أنصار أتباع حاشية جنود رجال ' +
  'وزراء أمراء حلفاء قادة'
).split(' ');

/** Folded possessive pronouns after a noun of KIN_STEMS («نجله», «نجلها», «نجلهم», «نجلهما»). */
const KIN_PRONOUNS = ['ه', 'ها', 'هم', 'هما'];

/**
 * Folded kin nouns with a possessive pronoun: each of KIN_STEMS (a final ة as ت) + a pronoun,
 * the dual and sound plurals in «…يه»/«…اه» («نجليه», «نجلاه»), «أب»/«أخ» in their three cases
 * («أبيه», «أبوه», «أباه»), broken plurals in «…اء» with their hamza's seats («أمراؤه»,
 * «أمرائه»).
 */
const KIN_WITH_PRONOUN: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const raw of KIN_STEMS) {
    let stem = foldWord(raw);
    if (raw.endsWith('\u0629')) stem = stem.slice(0, -1) + 'ت';
    const stems = [stem];
    if (stem.endsWith('اء')) stems.push(stem.slice(0, -1) + 'ؤ', stem.slice(0, -1) + 'ئ');
    else if (!stem.endsWith('ت') && !stem.endsWith('و') && !stem.endsWith('ي')) stems.push(stem + 'ي', stem + 'ا');
    for (const st of stems) for (const pr of KIN_PRONOUNS) out.add(st + pr);
  }
  for (const st of ['اب', 'اخ']) for (const c of ['ي', 'و', 'ا']) for (const pr of KIN_PRONOUNS) out.add(st + c + pr);
  return out;
})();

/**
 * «[حسني مبارك ونجليه] علاء وجمال», «[محمد وشقيقيه]», «[جانوس وأمراؤه]»: «و» + a kin or
 * follower noun with a possessive pronoun (KIN_WITH_PRONOUN) names the person's family, not the
 * person; a PERS that runs over one ends before it, and what follows it in the same span
 * starts a name of its own («[جوزيف] وأخته [جنيفيف]») unless it is definite, a common noun
 * («محمد وأخواته البنات», a series' title).
 */
function endPersonsBeforeKin(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== I_PERS) continue;
    const w = infos[i]!.word.w;
    if (w.charCodeAt(0) !== WAW || !KIN_WITH_PRONOUN.has(w.slice(1))) continue;
    tags[i] = O;
    if (i + 1 >= tags.length || tags[i + 1] !== I_PERS) continue;
    if (!isDefinite(infos[i + 1]!.word.w)) tags[i + 1] = B_PERS;
    else for (let k = i + 1; k < tags.length && tags[k] === I_PERS; k++) tags[k] = O;
  }
}

/** Folded words before «على» that make it the name «علي»: a nasab or kunya link («بن على», «أبو على») or «محمد». */
const ALA_NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'أبو', 'ابو', 'أبي', 'ابي', 'أم', 'ام', 'محمد'].map(foldWord));
/** Folded function words after which a closing «على» reads as the name («[محمد على] في عهده»). */
const AFTER_NAME_ALA = new Set(
  ['في', 'فى', 'من', 'إلى', 'الى', 'عن', 'مع', 'منذ', 'حتى', 'ثم', 'قد', 'كما', 'وقد', 'وكان', 'الذي', 'والذي', 'التي', 'باشا', 'بك', 'بيك', 'كلاي'].map(foldWord),
);
/** Folded «محمد»: «[محمد على]» is Muhammad Ali. */
const ALA_NAME_MUHAMMAD = foldWord('محمد');

/**
 * Names QA round 76: «السوداني [أشرف على] هجمات», «الأمير [نواف بن سعد على] مباركتهما»,
 * «[شيرين عادل على] فضية», «تتويج [فيليبوس على] عرش»: the preposition «على», written with its
 * alef maksura, run into the end of a PERS. Folding makes it the name «علي», which older and
 * Egyptian texts also write «على» («[محمد على] باشا»). A PERS that ends in the raw word «على»
 * ends before it unless the word before is a nasab or kunya link or «محمد» opening a name of two
 * words («[عمر بن على]», «[محمد على]»), or the word after is no noun a preposition takes: none,
 * a mark, a function word (`AFTER_NAME_ALA`: «في», «كما», «باشا») or a word with the proclitic
 * «ب» («[خالد على] بتحسين»). A lone given name left that is as often a verb («أشرف» "supervised",
 * `VERB_GIVEN_NAMES`) is dropped with it.
 */
function endPersonsBeforeAla(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const last = j - 1;
    if (last > i && raw[last]!.length <= 5 && infos[last]!.word.p === '' && isPrepositionAla(raw[last]!)) {
      const prev = infos[last - 1]!.word.b;
      const linked = ALA_NAME_LINKS.has(prev) && (prev !== ALA_NAME_MUHAMMAD || last - i === 1);
      const next = j < tags.length ? infos[j]!.word : undefined;
      const nameNext = next === undefined || !/\p{L}/u.test(raw[j]!) || AFTER_NAME_ALA.has(next.w) || next.p === 'ب';
      if (!linked && !nameNext) {
        tags[last] = O;
        if (last - i === 1 && VERB_GIVEN_NAMES.has(infos[i]!.word.b)) tags[i] = O;
      }
    }
    i = j - 1;
  }
}

/** Folded «أشرف» "supervised", which takes «على», and the given name Ashraf. */
const SUPERVISED = foldWord('أشرف');
/** Raw «على» with an object pronoun: «أشرف عليه/عليها/عليهم/عليهما». */
const ALA_PRONOUNS = new Set(['عليه', 'عليها', 'عليهم', 'عليهما']);
/** Folded nouns after «على» that open a phrase about a speaker, not a supervised thing: «قال أشرف على هامش …». */
const ALA_ASIDES = new Set(['هامش', 'لسان', 'حد'].map(foldWord));

/**
 * Names QA round 97: «و[أشرف] على الافتتاح», «سبق أن [أشرف] على تدريب برشلونة», «[أشرف] الملوك
 * الكاثوليك على …», «[أشرف] عليها الاتحاد»: a PERS of the one word «أشرف» (bare or after «و/ف»)
 * with the preposition «على» (alef maksura) or «عليه/عليها/عليهم/عليهما» one to three words on is
 * the verb "supervised", dropped. The name stays before «على هامش/لسان/حد» («قال [أشرف] على هامش
 * اللقاء») and where the preposition is farther or absent («أبناؤه إيهاب و[أشرف]»).
 */
function dropSupervisedAshraf(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === I_PERS)) continue;
    const { b, p } = infos[i]!.word;
    if (b !== SUPERVISED || (p !== '' && p !== 'و' && p !== 'ف')) continue;
    for (let k = i + 1; k < tags.length && k <= i + 3; k++) {
      if (ALA_PRONOUNS.has(raw[k]!)) tags[i] = O;
      else if (raw[k] !== '\u0639\u0644\u0649') continue; // AIN LAM ALEF MAKSURA
      else if (!(k + 1 < tags.length && ALA_ASIDES.has(infos[k + 1]!.word.w))) tags[i] = O;
      break;
    }
  }
}

/**
 * Whether a raw word reads as a verb or a noun with a proclitic or an imperfect prefix and an
 * object or possessive pronoun «ها/هم/هما»: «يشعلها», «تنتظرهم», «ليخبرهما», «بخلعها»,
 * «وغناها», «لقتالهما»; five letters or more. Names that end so have neither
 * («أدهم», «سيدهم», «الصليهم», «ساها», «بنها»).
 */
function prefixedSuffixedWord(raw: string): boolean {
  const n = raw.length;
  if (n < 5) return false;
  const z = raw.charCodeAt(n - 1);
  if (z !== ALEF && z !== MEEM) return false;
  if (!SUFFIXED_WORD_OPENERS.includes(raw[0]!)) return false;
  const letters = bareLetters(raw);
  if (letters.length < 5) return false;
  return letters.endsWith('\u0647\u0627') || letters.endsWith('\u0647\u0645') || letters.endsWith('\u0647\u0645\u0627'); // HEH ALEF, HEH MEEM, HEH MEEM ALEF
}
/** WAW, FEH, BEH, LAM, TEH, YEH: the proclitics and imperfect prefixes of `prefixedSuffixedWord`. */
const SUFFIXED_WORD_OPENERS = '\u0648\u0641\u0628\u0644\u062a\u064a';
const MEEM = 0x0645; // U+0645 ARABIC LETTER MEEM

/** Folded letters before a closing «ه» that mark a foreign or family name, not a pronoun: «بيكيه», «براناه», «لاسترضاءه». */
const NAME_HEH_BEFORE = '\u064a\u0627\u0621\u0624\u0626\u0647'; // YEH, ALEF, HAMZA, WAW WITH HAMZA, YEH WITH HAMZA, HEH
/** The least log2 corpus count of the word a pronoun «ه» is taken off in `prefixedHehWord` (16 occurrences). */
const HEH_STEM_LOG_FREQ = 4;

/**
 * Names QA round 77: whether the folded word `w` (raw `raw`) is a verb or a noun with a
 * proclitic or an imperfect prefix and the pronoun «ه»: «بجيشه», «ورفاقه», «لانصرافه», «والدته»,
 * «يرفعه», «تقصده». Family and foreign names end so too («فلاته», «بنزيمه», «فالكه», «بروينه»,
 * «تينيريفه»), so the word, the «ه» taken off (and «ت» read «ة»), bare or without «و/ف» and
 * «ب/ل», must be a word seen 16 times or more in the corpus that is no given name and that the
 * self-training dictionary finds a person less than a third of the time; «يه», «اه» and a hamza
 * before the «ه» are names' endings («بيكيه», «براناه»).
 */
function prefixedHehWord(raw: string, w: string, lex: Lexicon): boolean {
  const n = w.length;
  if (n < 5 || raw.charCodeAt(raw.length - 1) !== HEH || !SUFFIXED_WORD_OPENERS.includes(w[0]!)) return false;
  if (NAME_HEH_BEFORE.includes(w[n - 2]!)) return false;
  const stem = w.slice(0, -1);
  return hehStemKnown(stem, lex) || (stem.charCodeAt(stem.length - 1) === TEH && hehStemKnown(stem.slice(0, -1) + '\u0647', lex));
}

/** Whether `stem`, bare or without a proclitic «و/ف» and then «ب/ل» (or «ب/ل» alone), is a common word (`prefixedHehWord`). */
function hehStemKnown(stem: string, lex: Lexicon): boolean {
  if (commonNonName(stem, lex)) return true;
  let k = 0;
  if (stem[0] === '\u0648' || stem[0] === '\u0641') k = 1; // WAW, FEH
  if (k === 1 && commonNonName(stem.slice(1), lex)) return true;
  if (stem[k] === '\u0628' || stem[k] === '\u0644') return commonNonName(stem.slice(k + 1), lex); // BEH, LAM
  return false;
}

/** Whether a folded word of three letters or more is seen 16 times or more and is seldom a person's name (`prefixedHehWord`). */
function commonNonName(w: string, lex: Lexicon): boolean {
  if (w.length < 3 || freqOf(lex, w) < HEH_STEM_LOG_FREQ) return false;
  if (((lex.classes.get(w) ?? 0) & GIVEN_NAME) !== 0) return false;
  return tagShare(lex.tagdict.get(w) ?? 0, 0) < 2;
}

/**
 * Names QA round 76: «[صلاح يشعلها]», «أم [أحمد تنتظرهم]», «[هيكتور بخلعها]», «الأمير [سعود بن
 * بندر وغناها]», «إلى [جيان لقتالهما]LOC»: a verb or a noun that carries a proclitic or an
 * imperfect prefix and a pronoun «ها/هم/هما» (`prefixedSuffixedWord`) run into the end of a PERS
 * or LOC of two words or more; the name ends before it (25 names in news-002 and news-014, none
 * a name's own word). Round 77 adds the pronoun «ه» (`prefixedHehWord`: «[خالد بجيشه]», «[مالك
 * ورفاقه]», «[عبد الملك بن مروان لانصرافه]», «[هيفاء تقصده]»).
 */
function endNamesBeforeSuffixedWords(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_PERS && t !== B_LOC) continue;
    const j = spanEnd(tags, i);
    if (j - i >= 2 && (prefixedSuffixedWord(raw[j - 1]!) || prefixedHehWord(raw[j - 1]!, infos[j - 1]!.word.w, lex))) tags[j - 1] = O;
    i = j - 1;
  }
}

/** Raw function words and a verb that close no PERS or ORG (`endNamesBeforeFunctionWords`). */
const NAME_CLOSING_FUNCTION_WORDS = new Set(['أو', 'أن', 'إن', 'رأى']);
/** Folded «أسقف» ("bishop"), a title that follows a Coptic bishop's name before his see. */
const BISHOP = foldWord('أسقف');

/**
 * Names QA round 77: «شهرة [عبد المالك أو] "زيزو"», «فإن الرئيس [ترمب رأى] أن», «نادي [الاتحاد
 * أن] يلعب», «على [فيسبوك أن]»: the conjunction «أو», the particle «أن/إن» or the verb «رأى»
 * ("saw") run into the end of a PERS or ORG of two words or more; the name ends before it. Not
 * after a word of fewer than three letters, where «إن» is a letter of an acronym («سي إن إن»).
 * And «الأنبا [يوأنس أسقف] أسيوط»: the title «أسقف» closing a PERS is left out (ANERcorp leaves
 * titles out of names), and a PERS that is only that title is dropped («سيم [اسقف] عاما»).
 */
function endNamesBeforeFunctionWords(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_PERS && t !== B_ORG) continue;
    const j = spanEnd(tags, i);
    if (j - i >= 2 && NAME_CLOSING_FUNCTION_WORDS.has(raw[j - 1]!) && bareLetters(raw[j - 2]!).length >= 3) tags[j - 1] = O;
    else if (t === B_PERS && infos[j - 1]!.word.w === BISHOP) tags[j - 1] = O;
    i = j - 1;
  }
}

/**
 * Raw particles, pronouns and a preposition that open the clause after a name and never end one:
 * «أنه/إنه/بأن/بأنه» "that (he)", «إلى/الى» "to", «الذي/التي» "who", «هو/هي» "he/she", «أمام»
 * "before" (`endNamesBeforeClauseWords`).
 */
const CLAUSE_OPENERS = new Set(['أنه', 'إنه', 'بأن', 'بأنه', 'إلى', 'الى', 'الذي', 'التي', 'هو', 'هي', 'أمام']);
/** Raw «أمام», and «عادل» before it: the actor Adel Imam's name, «عادل إمام», written with «أ» (68 times in the 16 news files). */
const RAW_BEFORE = 'أمام';
const ADEL = foldWord('عادل');
/** Raw «أم» "or" and «أن» "that": «أم أن» opens a question's second half. */
const RAW_OR = 'أم';
const RAW_THAT = 'أن';

/**
 * Names QA round 224: «مشاركة [صلاح أمام]PERS "السيتي"», «السفير [علاء يوسف بأن]PERS المبعوث»,
 * «أعلن ولد الشيخ [أحمد أنه]PERS لن يجدد», «رئيس [الاتحاد الأوروبي هو]ORG», «من [المحيط إلى]LOC
 * الخليج» — a word of CLAUSE_OPENERS (no proclitic) runs into the end of a PERS, ORG or LOC of two
 * words or more; the name ends before it (unless it is «عادل أمام»). And «[أم أن]ORG "آفة
 * الأصولية"»: an entity of just «أم أن» is dropped.
 */
function endNamesBeforeClauseWords(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0 || t === B_MISC) continue;
    const j = spanEnd(tags, i);
    if (j - i >= 2 && CLAUSE_OPENERS.has(raw[j - 1]!) && !(raw[j - 1] === RAW_BEFORE && infos[j - 2]!.word.b === ADEL)) tags[j - 1] = O;
    else if (j - i === 2 && raw[i] === RAW_OR && raw[i + 1] === RAW_THAT) tags.fill(O, i, j);
    i = j - 1;
  }
}

/** Folded «ولي» of «ولي العهد» ("crown prince") and «ولي ولي العهد» ("deputy crown prince"). */
const GUARDIAN = foldWord('ولي');
const HEIRSHIP = new Set([foldWord('العهد'), GUARDIAN]);

/**
 * «الأمير [محمد بن سلمان ولي] ولي العهد»: a title in apposition after a name is no part of it;
 * a PERS that ends in «ولي» just before «العهد» or another «ولي» ends before it, and one that
 * is only that «ولي» is dropped (ANERcorp leaves «ولي العهد» O).
 */
function endPersonsBeforeHeirTitle(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    // «سمو [ولي] ولي العهد»: «ولي» alone before «العهد/ولي» is the title itself, dropped too
    if (j < tags.length && tags[j] === O && infos[j - 1]!.word.w === GUARDIAN && HEIRSHIP.has(infos[j]!.word.w)) tags[j - 1] = O;
    i = j - 1;
  }
}

/** Folded rulers' titles that follow a ruler's name in apposition («قابوس بن سعيد سلطان عمان»). */
const APPOSED_TITLES = new Set(['سلطان', 'ملك', 'أمير', 'عاهل', 'حاكم', 'إمبراطور', 'امبراطور', 'شاه'].map(foldWord));
/** Folded words after which a title word is a name («زايد بن سلطان», «عبد الملك», «آل سلطان»). */
const BEFORE_NAME_PART = new Set(['بن', 'بنت', 'ابن', 'أبو', 'أبي', 'أبا', 'آل', 'ال', 'عبد', 'ابو', 'ابي'].map(foldWord));

/**
 * «[قابوس بن سعيد] سلطان [عمان]», «[سليم الأول] سلطان العثمانيين»: a ruler's title
 * (APPOSED_TITLES, without a proclitic) inside a PERS of at least two words before it, followed by
 * one last word that is a place or a definite plural of a people or realm, is an apposition,
 * not part of the name: the person ends before the title, the title is O and the place a LOC
 * (ANERcorp writes «الملك [عبد الله] عاهل [الأردن]»). A title word after «بن/عبد/آل» is a name
 * part («زايد بن سلطان»), and a title followed by a word that is neither («عمر سلطان باشا»,
 * «ألبرت أمير ساكس») is left alone.
 */
function endPersonsBeforeRulerTitle(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    // the title is the span's last word but one, or its last word before a word left O
    const last = j - 1;
    const k = j < tags.length && (tags[j] === O || tags[j] === B_LOC) && APPOSED_TITLES.has(infos[last]!.word.w) ? last : j - 2;
    const a = k + 1; // the word after the title
    if (k >= i + 2 && a < tags.length && (a === last || tags[a] === O || tags[a] === B_LOC)) {
      const title = infos[k]!.word;
      const after = infos[a]!.word;
      if (title.p.length === 0 && APPOSED_TITLES.has(title.w) && !BEFORE_NAME_PART.has(infos[k - 1]!.word.w) && after.p.length === 0) {
        const code = lex.tagdict.get(after.w) ?? 0;
        const place = tagShare(code, 1) >= 2 || (lex.places.get(after.w)?.some((n) => n.length === 1) ?? false);
        // «العثمانيين», «المؤمنين», «المماليك»: a people or realm, not a family name (no nisba «…ي»)
        const people = isDefinite(after.w, 3) && after.w.charCodeAt(after.w.length - 1) !== YEH && tagShare(code, 0) <= 1;
        if (tags[a] === B_LOC) tags[k] = O; // the model found the place after the title
        else if (place) {
          tags[k] = O;
          label(tags, margins, a, a + 1, B_LOC);
        } else if (people) {
          tags[k] = O;
          tags[a] = O;
        }
      }
    }
    i = j - 1;
  }
}

/** Folded «لله» (ل + «الله»). */
const FOR_GOD = foldWord('لله');

/** Folded words the model reads as a one-word PERS that are common nouns: «لجان» "committees" (ل + «جان»). */
const NOT_PERSONS = new Set(['لجان'].map(foldWord));

/** Folded «أمين» (the title "secretary, mayor" and a given name), and «عام», «سر» of «أمين عام», «أمين سر». */
const SECRETARY = foldWord('أمين');
const GENERAL = new Set(['عام', 'سر'].map(foldWord));

/** Folded adjectives of direction that follow a nationality adjective («كوري شمالي»). */
const DIRECTIONS = new Set(['شمالي', 'جنوبي', 'شمالية', 'جنوبية'].map(foldWord));

/** Folded Hijri month names that are also given names («رمضان», «رجب», «شعبان»). */
const MONTH_NAMES = new Set(['رمضان', 'شعبان', 'شوال', 'رجب', 'محرم'].map(foldWord));

/** Folded words after which such a name is the month: «في رمضان», «شهر رمضان», «بعد رمضان». */
const MONTH_CUES = new Set(
  ['في', 'من', 'خلال', 'قبل', 'بعد', 'منذ', 'حتى', 'شهر', 'طيلة', 'طوال', 'حلول', 'أواخر', 'أوائل', 'منتصف', 'نهاية', 'بداية', 'مطلع'].map(foldWord),
);

/**
 * Words the model now and then tags as a one-word PERS that name nobody on their own: a name
 * part with no name after it («أبي كان رئيسا» "my father", «ابن», «أبو»), and a Hijri month
 * that is also a given name where it is the month — after a time word or «شهر» («في رمضان»,
 * «خلال شهر رمضان»), or with the preposition ب/ل attached («برمضان»). «وقال رمضان» stays a
 * person. Also: a PERS that starts with «لله» (ل + «الله»: «ولله الحمد»); the plural «لجان»
 * "committees", which folds like ل + «جان»; «أمين» before a definite word, «عام», «سر», a place or
 * organisation head or a place («أمين العاصمة», «أمين منطقة الرياض»), where it is the title
 * and the name follows, if at all, later; and a nisba before «شمالي/جنوبي» («زعيم كوري شمالي»).
 */
function dropNonNames(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    if (infos[i]!.word.w === FOR_GOD || infos[i]!.word.b === FOR_GOD) {
      // «ولله الحمد», «لله دره»: ل + «الله», never a person's name
      tags.fill(O, i, spanEnd(tags, i));
      continue;
    }
    if (i + 1 < tags.length && tags[i + 1] === I_PERS) continue;
    const { w, b, p } = infos[i]!.word;
    if (NAME_LINKS.has(w) || w === 'ام' || NOT_PERSONS.has(w)) {
      tags[i] = O;
      continue;
    }
    const next = i + 1 < tags.length ? infos[i + 1]!.word : undefined;
    if (next && tags[i + 1] !== B_PERS) {
      // «أمين العاصمة», «أمين منطقة الرياض», «أمين عام»: the title, not the given name Amin
      if (b === SECRETARY && next.p.length === 0 && persShare(lex, next.w) === 0) {
        if (isDefinite(next.w, 2) || GENERAL.has(next.w) || ((lex.classes.get(next.w) ?? 0) & (LOC_TRIGGER | ORG_TRIGGER)) !== 0 || tags[i + 1] === B_LOC) {
          tags[i] = O;
          continue;
        }
      }
      // «زعيم كوري شمالي»: a nationality adjective before «شمالي/جنوبي»
      if (tags[i + 1] === O && next.p.length === 0 && DIRECTIONS.has(next.w) && w.charCodeAt(w.length - 1) === YEH) {
        tags[i] = O;
        continue;
      }
    }
    if (!MONTH_NAMES.has(b)) continue;
    const pc = p.length > 0 ? p.charCodeAt(p.length - 1) : 0;
    if (pc === BEH || pc === LAM || (i > 0 && p.length === 0 && MONTH_CUES.has(infos[i - 1]!.word.w))) tags[i] = O;
  }
}

/** Folded «عون» "agent" and the services it is an agent of in Maghrebi news («عون أمن», «عون حماية مدنية»). */
const AGENT = foldWord('عون');
const AGENT_SERVICES = new Set(
  ['أمن', 'الأمن', 'للأمن', 'حماية', 'الحماية', 'حرس', 'الحرس', 'ديوانة', 'الديوانة', 'سجون', 'شرطة', 'المراقبة', 'مراقبة', 'نجدة', 'تنفيذ'].map(foldWord),
);

/** Folded currencies the model reads as a person («118 ألف [أورو]»); ANERcorp tags «يورو», «دولار» MISC. */
const CURRENCIES = new Set(['أورو', 'يورو', 'دولار'].map(foldWord));

/** Folded «الصباح الباكر» "early morning". */
const MORNING = foldWord('الصباح');
const EARLY = foldWord('الباكر');

/** Folded words of scale before a currency: «ألف», «مليون», … */
const SCALES = new Set(['ألف', 'آلاف', 'الف', 'مليون', 'ملايين', 'مليار', 'مليارات'].map(foldWord));

/** Folded «مبروك» "congratulations", also the given name Mabrouk. */
const CONGRATULATIONS = foldWord('مبروك');

/**
 * Folded bare titles of rulers that are common nouns ("a sultan", "a Caesar", "a pope") more
 * often than names, unlike «أمير», «أميرة», «خليفة», which are also given names
 * (`titleAsCommonNoun`).
 */
const BARE_TITLE_NOUNS = new Set(['سلطان', 'قيصر', 'شاه', 'بابا', 'ملك', 'ملكة', 'إمبراطور', 'امبراطور', 'إمبراطورة'].map(foldWord));

/** Folded words after which a bare title is the common noun (proclitics allowed): «كل [سلطان]», «أي [سلطان]», «بلقب [قيصر]», «(و)هو [سلطان] من», «ورتبة [باشا]». */
const TITLE_NOUN_CUES = new Set(['كل', 'أي', 'لقب', 'هو', 'وهو', 'رتبة'].map(foldWord));

/** Folded Ottoman and Egyptian honorifics written after a name: «النحاس باشا», «شوقي بك», «صارم أفندي». */
const NAME_HONORIFICS = new Set(['باشا', 'بك', 'بيك', 'أفندي', 'افندي', 'أفندى', 'افندى'].map(foldWord));

/**
 * Names QA round 94: whether the one-word PERS at `i`, a bare title of BARE_TITLE_NOUNS, is the
 * common noun: written with «ك» "as a" («ك[سلطان] للدولة», «توج ك[قيصر]»), before a LOC or a
 * definite word the tag dictionary rarely finds in a name («[سلطان] دارفور», «[قيصر] الروم»,
 * «[سلطان] المسلمين»; ANERcorp tags «سلطان فاس» O + LOC; not an adjective, whose feminine is about
 * as frequent: «زميل [قيصر] السابق»), after a cue of TITLE_NOUN_CUES, or
 * after «و» that joins it to a common noun («وجاه و[سلطان]», not «كليوباترا و[قيصر]»).
 */
function titleAsCommonNoun(infos: readonly TokenInfo[], tags: Int8Array, i: number, lex: Lexicon): boolean {
  const { p, b } = infos[i]!.word;
  // an honorific (names QA round 95): only a LOC after it («[باشا] طرابلس») or a cue before it
  // («لقب [باشا]», «ورتبة [باشا]»); a name the model left O before it is taken by extendPersonNames
  if (NAME_HONORIFICS.has(b)) {
    if (p.length !== 0) return false;
    if (i + 1 < tags.length && tags[i + 1] === B_LOC) return true;
    return i > 0 && tags[i - 1] === O && splits(infos[i - 1]!.word.w).some(([, c]) => TITLE_NOUN_CUES.has(c));
  }
  if (p.includes('ك')) return true;
  const rare = (w: string): boolean => {
    const code = lex.tagdict.get(w) ?? 0;
    return code > 0 && tagShare(code, 0) === 0;
  };
  if (i + 1 < tags.length) {
    const next = infos[i + 1]!.word;
    // an adjective after the name inflects: its feminine is about as frequent («قوات [قيصر] السابق»)
    const fem = freqOf(lex, next.w + '\u0647'); // + folded TEH MARBUTA
    const adjective = fem >= 0 && fem >= freqOf(lex, next.w) - 1;
    if (tags[i + 1] === B_LOC || (tags[i + 1] === O && next.p.length === 0 && isDefinite(next.w) && rare(next.w) && !adjective)) return true;
  }
  if (i === 0 || tags[i - 1] !== O) return false;
  const prev = infos[i - 1]!.word;
  return splits(prev.w).some(([, b]) => TITLE_NOUN_CUES.has(b)) || (p === 'و' && prev.p.length === 0 && rare(prev.w));
}

/** True when raw token `t` is a number written in digits. */
function isNumeral(t: string): boolean {
  let digit = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigitCode(c)) digit = true;
    else if (c !== 0x2e && c !== 0x2c && c !== 0x60c && c !== 0x66b && c !== 0x66c) return false;
  }
  return digit;
}

/** Folded «عمر» "age" (also the given name Omar). */
const AGE = foldWord('عمر');

/**
 * Folded verbs "approaching, nearly" that follow «عمر» "age" in «عن عمر يناهز 80 عاما» "at an age
 * of nearly 80", with the misspelling «يناهر/ناهر» news writes now and then.
 */
const AGE_VERBS = new Set(['ناهز', 'يناهز', 'ناهر', 'يناهر', 'يقارب', 'قارب'].map(foldWord));

/** Folded prepositions before «عمر» "age" in «توفي عن عمر يناهز», «على عمر يناهز». */
const AGE_PREPOSITIONS = new Set(['عن', 'على', 'علي'].map(foldWord));

/**
 * Names QA round 117: whether the PERS [i, j) is «عمر» "age" of «عن عمر يناهز 80 عاما», «بعمر
 * يناهز», read as Omar (alone or with the verb after it): «عمر» after «عن/على» or with «ب» attached,
 * right before a verb of AGE_VERBS, and the span holds no other word.
 */
function ageNotOmar(infos: readonly TokenInfo[], tags: Int8Array, i: number, j: number): boolean {
  const { p, b } = infos[i]!.word;
  if (b !== AGE || j > i + 2 || i + 1 >= tags.length || !AGE_VERBS.has(infos[i + 1]!.word.w)) return false;
  if (j === i + 1 && tags[i + 1] !== O) return false;
  return p === 'ب' || p === 'وب' || (p.length === 0 && i > 0 && tags[i - 1] === O && AGE_PREPOSITIONS.has(infos[i - 1]!.word.w));
}

/**
 * Common nouns the model reads as a person's name: «عون» "agent" before the service it works
 * for («[عون] أمن», «[عون] حماية مدنية», as Tunisian news writes it; Michel Aoun, «الرئيس عون»,
 * «قال عون», stays), a currency after an amount («مليون [أورو]», «118 [أورو]»), which becomes
 * MISC as ANERcorp tags «يورو» and «دولار», «الصباح الباكر» "early morning", and «مبروك»
 * "congratulations" alone or before points and itself («ألف [مبروك] للبطل», «[مبروك.. مبروك]»; names
 * QA round 92): the given name Mabrouk stays after a title or another person cue («العقيد مبروك»)
 * or with more of the name («مبروك زايد»). And a ruler's bare title used as a common noun (names
 * QA round 94, `titleAsCommonNoun`): «ك[سلطان]», «[قيصر] الروم», «كل [سلطان]». And «عمر» "age"
 * of «عن [عمر ناهز] 68 عاما» (names QA round 117, `ageNotOmar`).
 */
function dropCommonNounPersons(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const { b, w } = infos[i]!.word;
    if (j === i + 1 && b === AGENT && j < tags.length && tags[j] === O && AGENT_SERVICES.has(infos[j]!.word.w)) tags[i] = O;
    // only after an amount: «ريو دي أورو» is a place, «باورو» (Bauru) no ب + «أورو»
    else if (j === i + 1 && CURRENCIES.has(w) && i > 0 && (SCALES.has(infos[i - 1]!.word.w) || isNumeral(raw[i - 1]!))) tags[i] = B_MISC;
    else if (j === i + 2 && b === MORNING && infos[i + 1]!.word.w === EARLY) tags.fill(O, i, j);
    else if (ageNotOmar(infos, tags, i, j)) tags.fill(O, i, j);
    else if (j === i + 1 && (BARE_TITLE_NOUNS.has(b) || NAME_HONORIFICS.has(b)) && titleAsCommonNoun(infos, tags, i, lex)) tags[i] = O;
    else if (b === CONGRATULATIONS && (i === 0 || ((lex.classes.get(infos[i - 1]!.word.b) ?? 0) & PERSON_TRIGGER) === 0)) {
      // the model runs the word over the points after it and a repeated «مبروك» («مبروك.. مبروك»)
      let alone = true;
      for (let k = i + 1; alone && k < j; k++) alone = infos[k]!.word.b === CONGRATULATIONS || !/\p{L}/u.test(raw[k]!);
      if (alone) tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/** Folded «مالك» "owner", also the given name Malik. */
const OWNER = foldWord('مالك');

/**
 * Folded things a person owns, after «مالك» "owner" (names QA round 98): «مالك [النادي]», «مالك
 * [المبنى]», «مالك [منشأة]», «مالك [أحد] الأندية». Not the bare «عقار» (Malik Agar, «مالك عقار»).
 */
const OWNED = new Set(
  (
    'النادي نادي الفريق فريق العقار المبنى مبنى المركبة مركبة السيارة سيارة الشركة شركة المنزل منزل البيت المحل محل ' +
    'المتجر متجر الفندق فندق السفينة سفينة الصحيفة صحيفة القناة قناة الخدمة الموقع موقع الحساب المنشأة منشأة المطعم ' +
    'مطعم المصنع مصنع الشقة شقة الأرض أرض المزرعة مزرعة الأسهم الحصة الملعب الحافلة الشاحنة الطائرة المشروع مشروع ' +
    'العقارات الصفحة العمارة أحد'
  )
    .split(' ')
    .map(foldWord),
);

/** Folded adjectives after «مالك» "owner": «[مالك] سابق», «[مالك] ثري», «[مالك] جديد». */
const OWNER_ADJECTIVES = new Set(['سابق', 'ثري', 'جديد'].map(foldWord));

/** Folded quantifiers before «مالك» "owner": «كل [مالك]», «أي [مالك]». */
const OWNER_QUANTIFIERS = new Set(['كل', 'أي', 'اي'].map(foldWord));

/**
 * «مالك» "owner" read as the given name Malik (names QA round 98): a PERS that begins with
 * «مالك» before a thing owned (OWNED: «[مالك] المبنى», «[مالك النادي]», «[مالك] منشأة
 * تجارية», «[مالك] أحد الأندية»), an adjective («[مالك] ثري», «[مالك سابق]») or, alone, before
 * an ORG with no proclitic («[مالك] [نادي باوك]»; not «قال [مالك] ل[وكالة الأنباء الفرنسية]»,
 * names QA round 262) or after «كل/أي» is dropped when it is «مالك» alone or with that
 * word; a PERS that ends in «مالك» before an ORG or a thing owned loses it («[رومان إبراموفيتش
 * مالك] [نادي تشيلسي]»), one that ends in «مالك» and the thing owned loses both («[مايك آشلي
 * مالك النادي]»). The name stays with more of it («[مالك عقار]», «[مالك الفرج]», «قال [مالك]
 * إن»).
 */
function dropOwnerMalik(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const after = j < tags.length ? tags[j]! : -1;
    if (infos[i]!.word.b === OWNER && j - i <= 2) {
      const k = i + 1; // the word after «مالك», in the span or after it
      const next = k < tags.length ? infos[k]!.word : undefined;
      const cued = next !== undefined && next.p.length === 0 && (OWNED.has(next.w) || OWNER_ADJECTIVES.has(next.w));
      const alone = j === i + 1;
      // «[مالك] [نادي باوك]» owns the club; «قال [مالك] ل[وكالة الأنباء الفرنسية]» speaks to it
      const ownedOrg = after === B_ORG && infos[j]!.word.p.length === 0;
      if ((cued && (!alone || after === O)) || (alone && (ownedOrg || (i > 0 && tags[i - 1] === O && OWNER_QUANTIFIERS.has(infos[i - 1]!.word.w))))) tags.fill(O, i, j);
    } else if (j - i >= 2 && infos[j - 1]!.word.w === OWNER && (after === B_ORG || (after === O && infos[j]!.word.p.length === 0 && OWNED.has(infos[j]!.word.w)))) tags[j - 1] = O;
    // the owner and the thing owned inside the name: «[مايك آشلي مالك النادي]»
    else if (j - i >= 3 && infos[j - 2]!.word.w === OWNER && infos[j - 1]!.word.p.length === 0 && OWNED.has(infos[j - 1]!.word.w)) tags.fill(O, j - 2, j);
    i = j - 1;
  }
}

/** Folded words of news and outcomes that «سارة» "pleasant" qualifies: «أخبار [سارة]», «مفاجأة [سارة]», «غير [سارة]». */
const PLEASANT_NOUNS = new Set(
  'أخبار أخبارا اخبار اخبارا أنباء انباء نبأ خبر خبرا بشرى بشائر مفاجأة مفاجآت مفاجاة نتائج نتيجة أمور أشياء لحظات ذكريات رسالة غير'
    .split(' ')
    .map(foldWord),
);

/** Folded «صفر» "nil", the other side of a score. */
const NIL = foldWord('صفر');

/**
 * True when the tokens from `j` are the other side of a score, a hyphen and a number in digits
 * or «صفر» outside any name: «[سموحة 5] - 4», «[واتفورد 5]- صفر».
 */
function scoreAfter(raw: readonly string[], tags: Int8Array, j: number): boolean {
  if (j + 1 >= tags.length || tags[j] !== O || tags[j + 1] !== O || (raw[j] !== '-' && raw[j] !== '\u2013')) return false;
  const n = raw[j + 1]!;
  return isNumeral(n) || foldWord(n) === NIL;
}

/**
 * «[كارولاين فوزنياكي 7525]PERS», «[تيري هنري 51]PERS», «[ليستر سيتي 5]ORG», «[مجلس الأمن
 * 2254]ORG» (names QA round 99): a number in digits (isNumeral: ASCII, Arabic-Indic or Persian digits) that the model ran onto the end
 * of a name is a score, a ranking, points or a resolution's number, not part of the name, which
 * ends before it (with an article written apart before it, «الـ 15»). A PERS loses it after one
 * word or more; an ORG after two words or more with no letter name of a spelled acronym
 * (LETTER_NAMES) and no Latin letter, so that «فرانس 24», «بي بي سي راديو 5», «إم آي 5» and the
 * like keep their number. Before the other side of a score (scoreAfter, names QA round 107:
 * «[واتفورد 5]- صفر», «[نوريتش سيتي 2]LOC-صفر») every name loses it, a LOC and a short ORG too.
 */
function endNamesBeforeNumbers(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_PERS && t !== B_ORG && t !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const last = j - 1;
    if (last > i && infos[last]!.word.p.length === 0 && isNumeral(raw[last]!)) {
      const score = scoreAfter(raw, tags, j);
      if (t === B_LOC && !score) {
        i = j - 1;
        continue;
      }
      let keep = score || t === B_PERS || last - i >= 2;
      for (let k = i; keep && t === B_ORG && k < last; k++) keep = !LETTER_NAMES.has(infos[k]!.word.w) && !/[A-Za-z]/.test(raw[k]!);
      if (keep) {
        tags[last] = O;
        // «ابن الـ 15»: the article written apart before the number goes with it
        if (last - 1 > i && (raw[last - 1] === 'الـ' || raw[last - 1] === 'ال')) tags[last - 1] = O;
      }
    }
    i = j - 1;
  }
}

/** Folded one-word month names, Gregorian and Hijri: «أكتوبر», «مايو», «رمضان». */
const ONE_WORD_MONTHS = new Set([...GREGORIAN_MONTHS, ...HIJRI_MONTHS].filter(([name]) => !name.includes(' ')).map(([name]) => foldWord(name)));

/**
 * A name made only of numbers in digits (names QA round 100): «الشهداء الـ[15]MISC», «أكثر من
 * [20.000]PERS نسمة». The numeric grammar reads the number by itself, so the span is dropped,
 * save two readings of a number that is part of a name. After a hyphen that follows a name it is
 * the model of a craft or a weapon («[اف]MISC-[16]MISC», «ميغ-29») and is left as the model tags
 * it: joined to the name, the MISC would lose the whole craft to the NUM the grammar reads where a
 * space follows the hyphen («إف- 16»). A place in digits before a month is a town named for a date
 * («مدينة [6]LOC أكتوبر», «15 مايو», «10 رمضان»), and the place grows over the month.
 */
function dropDigitNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0) continue;
    const j = spanEnd(tags, i);
    let digits = true;
    for (let k = i; digits && k < j; k++) digits = isNumeral(raw[k]!);
    // «[اف]-[16]»: a craft's model after a hyphen and a name, left as it is
    const craft = i >= 2 && tags[i - 2] !== O && tags[i - 1] === O && (raw[i - 1] === '-' || raw[i - 1] === '\u2013');
    if (digits && !craft) {
      if (t === B_LOC && j < tags.length && tags[j] === O && infos[j]!.word.p.length === 0 && ONE_WORD_MONTHS.has(infos[j]!.word.w)) {
        tags[j] = B_LOC + 1; // «[6 أكتوبر]»: a town named for a date
      } else tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/** Folded spellings of the Nikkei, Tokyo's share index, which is also the given name Nikki. */
const NIKKEI = new Set(['نيكي', 'نيكاي', 'نيكيي'].map(foldWord));

/** Folded words of a stock market: an index, a market, shares, points, Tokyo's other index. */
const MARKET_WORDS = new Set(
  'مؤشر المؤشر مؤشرات المؤشرات بورصة البورصة أسهم الأسهم سوق السوق نقطة نقاط الأوراق توبكس طوكيو'.split(' ').map(foldWord),
);

/**
 * «وتراجع [نيكي]PERS 0.4 في المئة», «مؤشر الأسهم اليابانية "[نيكي]PERS"» (names QA round 100):
 * the Nikkei index read as the given name Nikki. A one-word PERS of its spellings (NIKKEI) in a
 * sentence with a word of the market (MARKET_WORDS, «مؤشر» among them) is the index, MISC as the
 * model tags «[داو جونز]MISC»; the singer and the driver keep their surname («[نيكي ميناج]»,
 * «[نيكي لودا]») and a Nikki outside market text stays.
 */
function retypeNikkeiIndex(infos: readonly TokenInfo[], tags: Int8Array): void {
  let market = -1; // unknown until a candidate is found
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === I_PERS) || !NIKKEI.has(infos[i]!.word.b)) continue;
    if (market < 0) {
      market = 0;
      for (const { word } of infos) if (MARKET_WORDS.has(word.b)) market = 1;
    }
    if (market === 1) tags[i] = B_MISC; // retyped: the model's edges and margins stand
  }
}

/** Folded «أولمبيك» (Olympique), which opens a French club's name before its city. */
const OLYMPIQUE = new Set(['أولمبيك', 'أوليمبيك'].map(foldWord));

/**
 * «[أولمبيك]ORG [مرسيليا]LOC», «[أولمبيك]ORG [ليون]ORG» (names QA round 100): «أولمبيك» tagged
 * by itself right before a one-word place or organisation (no proclitic) is the club with its
 * city, one ORG over both.
 */
function joinOlympiqueClubs(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_ORG || (tags[i + 1] !== B_LOC && tags[i + 1] !== B_ORG) || !OLYMPIQUE.has(infos[i]!.word.b)) continue;
    if (infos[i + 1]!.word.p.length > 0 || (i + 2 < tags.length && tags[i + 2] === tags[i + 1]! + 1)) continue;
    tags[i + 1] = B_ORG + 1;
  }
}

/** Folded «سارة», the given name Sarah and the adjective "pleasant". */
const PLEASANT = foldWord('سارة');

/**
 * «سارة» "pleasant" read as the given name Sarah (names QA round 98): a one-word PERS «سارة»
 * with no proclitic right after a noun of news or outcome or «غير» (PLEASANT_NOUNS: «أخبار
 * [سارة]», «بشرى [سارة]», «مفاجأة [سارة]», «غير [سارة]») is dropped; the name stays with a surname
 * («[سارة ساندرز]») or after another word («قالت [سارة]»).
 */
function dropPleasantSara(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i - 1] !== O || (i + 1 < tags.length && tags[i + 1] === I_PERS)) continue;
    const word = infos[i]!.word;
    if (word.p.length === 0 && word.w === PLEASANT && PLEASANT_NOUNS.has(infos[i - 1]!.word.b)) tags[i] = O;
  }
}

/** The PERS digit (0–3: < 10 %, < 35 %, < 70 %, more of its corpus occurrences) of a tag-dictionary code. */
function persShare(lex: Lexicon, w: string): number {
  return tagShare(lex.tagdict.get(w) ?? 0, 0);
}

/**
 * «سامر خليل وعادل نصار», «خالد وأبي عبيدة», «كيم وترامب»: a PERS the model ran over the
 * conjunction و before a given name (lists.ts), a name part (أبو, ابن, …) or a word the
 * self-training tag dictionary finds tagged as a person in most of its corpus occurrences
 * and that the corpus counts more often alone than with the «و» («ترامب») is two people; the
 * second starts at that word. A word that is itself a given name («وليد», «وائل») or is itself
 * read as a name now and then («وهبة») is not split, nor a rare foreign name («ويلموتس»).
 * Two full names are split too («[محمد هاني] و[رمضان صبحي]», «[أبو سهمين] والجزائري [عبد
 * القادر مساهل]»): see the last two branches of the loop.
 */
function splitCoordinatedPersons(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  let start = 0;
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] === B_PERS) start = k;
    if (tags[k] !== I_PERS) continue;
    const { w, b, p } = infos[k]!.word;
    if (p.charCodeAt(0) !== WAW || ((lex.classes.get(w) ?? 0) & GIVEN_NAME) !== 0) continue;
    if (((lex.classes.get(b) ?? 0) & GIVEN_NAME) !== 0 || NAME_LINKS.has(b)) tags[k] = B_PERS;
    // the name must be seen alone more often than with «و» («ويلموتس» is one name, «وترامب» is not)
    else if (p.length === 1 && persShare(lex, b) === 3 && persShare(lex, w) === 0 && freqOf(lex, b) > freqOf(lex, w)) tags[k] = B_PERS;
    // a second full name after «و» («[محمد هاني] و[رمضان صبحي]», «[أبو سهمين] والجزائري [عبد
    // القادر مساهل]»): the «و» word is followed by another word of the name and either is
    // definite (no name is written with «و» before its article) or follows two words or more;
    // the corpus must count it no less often without the «و» than with it (a foreign name part
    // that begins with «و», «وليامز», «ووكر», is counted whole); a title after «و» opens a
    // description, not a name («علي حسن وملك الأردن»)
    else if (p.length !== 1 || k + 1 >= tags.length || tags[k + 1] !== I_PERS || APPOSED_TITLES.has(b) || ((lex.classes.get(b) ?? 0) & PERSON_TRIGGER) !== 0) continue;
    else if (isDefinite(b) ? freqOf(lex, b) > freqOf(lex, w) : k - start >= 2 && freqOf(lex, b) >= freqOf(lex, w)) tags[k] = B_PERS;
  }
}

/** Folded letters that open an imperfect verb: YEH, TEH, NOON. */
const IMPERFECT_OPENERS = '\u064a\u062a\u0646';

/** Folded name parts that open a second name after «و» and need a word after them («وأم كلثوم», «وآل عمار», «وبني أسد»). */
const SECOND_NAME_OPENERS = new Set(['ام', 'ال', 'بني', 'بنو'].map(foldWord));

/** Folded words after which a «و» word belongs to the name («سعد بن أبي وقاص», «إسماعيل ولد الشيخ»). */
const WAW_NAME_LINKS = new Set(['ابن', 'بن', 'ابو', 'ابي', 'عبد', 'بنت', 'ولد'].map(foldWord));

/**
 * The first letter after the leading «و» of a raw word, marks and tatweel skipped: 0 when none.
 */
function letterAfterWaw(raw: string): number {
  for (let i = 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isHarakahOrTatweel(c)) continue;
    // the isolated and final presentation forms of ALEF
    return c === 0xfe8d || c === 0xfe8e ? ALEF : c;
  }
  return 0;
}

/**
 * «[محمود] و[غزوان]», «[أحمد المجايشي] و[الجندي]», «[أرمسترونغ] و[ألدرين]», «[عبد الوهاب] و[أم
 * كلثوم]» (names QA round 168): the PERS names splitCoordinatedPersons leaves joined over a
 * «و» word, because the word after «و» is no listed given name nor a person in most of its
 * corpus occurrences. The «و» is read as the conjunction when the corpus counts the word without
 * it at least four times as often as with it (two steps of its log2 count), or only the word
 * without it, at least eight times: a foreign name that begins with «و» is counted whole
 * («ويب», «وهبي», «واشنطن») and an Arabic name that is also a word is counted about as often
 * with the letter as without («وجدي», «وهبة»). Not after a name link («سعد بن أبي وقاص»,
 * «إسماعيل ولد الشيخ»), not when the word goes on with a bare alef («واين», «واليس», «والدو»,
 * «والتون»: a foreign W, which «وأ/وإ» with hamza and «وال» + four letters are not), not before
 * a frequent word in «ي/ت/ن» the corpus seldom tags as a person («[كريستوفر ويلي]»: «يلي»
 * "follows"), and not for a word of fewer than three letters unless the tag dictionary finds it
 * a person in a third of its occurrences or more («و[طه حسين]», «و[مي]»; not «وو», «ويد», «ود»).
 * The second name starts at the word; a frequent word the tag dictionary finds mostly untagged
 * («وجيش», «وولى») is no name, and the span ends before it. «أم», «آل», «بني» and the particles
 * of European names open the second name only with a word after them; at the span's end they
 * are cut off («[معاوية] وأم», «[صلاح] ودي»).
 */
function splitCoordinatedNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let k = 1; k < tags.length; k++) {
    if (tags[k] !== I_PERS) continue;
    const { w, p } = infos[k]!.word;
    let b = infos[k]!.word.b;
    // the segmenter leaves a «و» on a word of two letters after it («وأم», «وآل», «ومي», «وطه»)
    if (p.length === 0 && w.length === 3 && w.charCodeAt(0) === WAW) b = w.slice(1);
    else if (p.length !== 1 || p.charCodeAt(0) !== WAW) continue;
    if (WAW_NAME_LINKS.has(infos[k - 1]!.word.b)) continue;
    const next = letterAfterWaw(raw[k]!);
    const more = k + 1 < tags.length && tags[k + 1] === I_PERS;
    if (SECOND_NAME_OPENERS.has(b)) {
      // «آل» with its madda (a bare «وال» is no word), «أم/ام»; «بني/بنو» as written
      if (b.charCodeAt(0) === ALEF && b.length === 2 && b.charCodeAt(1) === LAM && next !== 0x0622) continue;
      if (more) startAfterAnd(infos[k]!, tags, k, b);
      else tags[k] = O;
      continue;
    }
    // «[صلاح] ودي»: a particle of a European name opens a second name only with a word after it
    if (EUROPEAN_PARTICLES.has(b)) {
      if (more) startAfterAnd(infos[k]!, tags, k, b);
      else tags[k] = O;
      continue;
    }
    if (b.length < 2 || (b.length === 2 && persShare(lex, b) < 2)) continue;
    if (next === ALEF && !isDefinite(b, 4)) continue;
    const fw = freqOf(lex, w);
    const fb = freqOf(lex, b);
    if (fw < 0 ? fb < 3 : fb - fw < (b.length === 2 ? 3 : 2)) continue;
    // «[كريستوفر ويلي]»: «و» + a frequent word with an imperfect verb's first letter, seldom a
    // person («يلي» "follows"), is a foreign name's W, not «و» + a second name
    if (fb >= 8 && IMPERFECT_OPENERS.includes(b.charAt(0)) && persShare(lex, b) <= 1 && ((lex.classes.get(b) ?? 0) & GIVEN_NAME) === 0) continue;
    if ((lex.tagdict.get(b) ?? 0) === 1 && fb >= 9) tags.fill(O, k, spanEnd(tags, k));
    else startAfterAnd(infos[k]!, tags, k, b);
  }
}

/** Starts a PERS at token `k`, its «و» read off (`AND_SPLITS`: the span starts after the letter). */
function startAfterAnd(info: TokenInfo, tags: Int8Array, k: number, b: string): void {
  tags[k] = B_PERS;
  // a copy: the memoized reading of the word is shared by its other occurrences
  const copy: WordInfo = { ...info.word, p: info.word.w.slice(0, 1), b };
  info.word = copy;
  AND_SPLITS.add(copy);
}

/**
 * «[عادل بن زيد] الطريفي», «[خالد] العتيبي»: a family name in the nisba form the model left
 * just after a person's name joins it when the name ends in a given name or holds «بن/ابن»,
 * and the word has no proclitic, is not written with a final ى («المتوفى») and is not an
 * adjective (isAdjectiveNisba: «الروسي», «الثاني», «الحالي» have a frequent feminine).
 */
function extendFamilyNisba(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const start = i;
    const j = spanEnd(tags, start);
    i = j - 1;
    if (j >= tags.length || tags[j] !== O) continue;
    const next = infos[j]!.word;
    if (next.p.length !== 0 || !isNisba(next.w) || isAdjectiveNisba(next.w, lex)) continue;
    // written with ALEF MAKSURA it is a participle or verbal noun («المتوفى», «المستشفى»)
    if (lastLetter(raw[j]!) === '\u0649') continue;
    let named = ((lex.classes.get(infos[j - 1]!.word.w) ?? 0) & GIVEN_NAME) !== 0;
    for (let k = start; !named && k < j; k++) named = NAME_LINKS.has(infos[k]!.word.w);
    if (!named) continue;
    tags[j] = I_PERS;
    margins[j] = Math.min(margins[j - 1]!, RULE_MARGIN);
    i = j;
  }
}

/** U+0633 ARABIC LETTER SEEN, the future prefix «س». */
const SEEN = 0x0633;
/** U+0646 ARABIC LETTER NOON. */
const NOON = 0x0646;

/**
 * Folded letters that open an imperfect verb («ي/ت/ن»), a participle («م») or a noun after the
 * preposition «ل» («لثنيه»), and the long vowels a foreign name puts after its first letter.
 */
const VERB_OPENERS = '\u064a\u062a\u0646\u0645\u0644'; // YEH, TEH, NOON, MEEM, LAM
const LONG_VOWELS = '\u0627\u0648\u064a'; // ALEF, WAW, YEH

/**
 * Whether a rare folded word has the shape of a verb or participle, not of a name (names QA round
 * 133): an imperfect prefix, «م» or «ل» before a consonant («يتوسل», «تناشد», «نروح», «متقمصا»,
 * «مخطوبة», «لثنيه»; a foreign name has a long vowel there: «مونتويا», «تيري», «لوكا»), also after
 * the future «سي/سن» in a word of six letters or more («سيترأس»; «سيدت», «ستروس» are names), a
 * perfect of four letters opening with «أ» («أناب»), a plural perfect in «وا» («مضوا»), or a
 * proclitic before the article («بالعلمة», «للشرطة»).
 */
function verbShaped(w: string): boolean {
  const n = w.length;
  if (n === 4 && w.charCodeAt(0) === ALEF) return true;
  if (w.endsWith('\u0648\u0627')) return true; // WAW ALEF
  if (NAME_PROCLITIC_LETTERS.has(w.charCodeAt(0)) && (isDefinite(w.slice(1), 2) || (w.charCodeAt(0) === LAM && w.charCodeAt(1) === LAM))) return true;
  // the future «سي/سن» + a verb of four letters or more («سيترأس»); «ست» opens foreign names («ستروس»)
  const k = w.charCodeAt(0) === SEEN && n >= 6 && (w.charCodeAt(1) === YEH || w.charCodeAt(1) === NOON) ? 1 : 0;
  return VERB_OPENERS.includes(w[k]!) && !LONG_VOWELS.includes(w[k + 1]!);
}

/**
 * Whether the name-context table puts a folded word where first names stand (names QA round 133):
 * right after a title in 0.5 % of its occurrences or more (the first digit of its code at 2 or
 * above: «مارتن», «بول», «هانز»), or as often two or three words after a title's head (the second
 * digit) but not twice right after a given name (the third digit at 0: «اوليغ», «ويلفريد»). A family name used alone stands after a given name or a
 * title's head only («جاكسون», «داروين», «شيراك», «محفوظ»).
 */
function foreignFirstName(lex: Lexicon, b: string): boolean {
  const code = lex.namectx.get(b);
  return code !== undefined && (code.charCodeAt(0) >= 0x32 || (code.charCodeAt(2) === 0x30 && code.charCodeAt(1) >= 0x32));
}

/**
 * Names QA round 133: «[اوليغ] غوسيف», «[مبارك] بوصوفة», «[لوكا كافالي] سفورزا»: a family name
 * the corpus has never seen, left O right after a person's name of one or two words. Taken when
 * the name is one first name — a listed given name or a word the tag dictionary finds mostly a
 * person (`mostlyPerson`) that stands where first names stand (`foreignFirstName`; a family name
 * used alone does not: «[جاكسون] طلقت»), not definite (a family name or epithet: «[البياوي]
 * بالزج») — or two words, such a first name and a middle name as rare as the family name («لوكا
 * كافالي»; after a known family name, «[علاء مبارك] تمتلكان», the name is whole), and the word
 * after it is a bare name word (`bareNameWord`), not definite, not opening with «و/ف» ("and":
 * «ودييجو»), too rare for a name-context code and seen fewer than 16 times (the rare branch of
 * `familyNameWord`), not shaped as a verb or participle (`verbShaped`: «يتوسل», «متقمصا», and the
 * misspelt «يهييء», which the analyser below reads as foreign), and foreign to Arabic morphology:
 * the root analyser (src/root) finds no Arabic root for it or reads it as a foreign name («غوسيف»,
 * «بوصوفة», «مونتويا», «شيله»). Verbs, participles and inflected nouns the corpus never saw have
 * roots («تناشد», «كافرا», «استعراضه», «مولعين», «جوبه» "was confronted"); so do some foreign
 * names («زاها», «سكارون»), which are left out.
 */
function extendRareFamilyNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  const rare = (w: string): boolean => lex.namectx.get(w) === undefined && freqOf(lex, w) <= 3;
  const first = (w: WordInfo): boolean =>
    !isDefinite(w.b, 2) && !VERB_GIVEN_NAMES.has(w.b) && (((lex.classes.get(w.b) ?? 0) & GIVEN_NAME) !== 0 || (mostlyPerson(lex, w.b) && foreignFirstName(lex, w.b)));
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const start = i;
    const j = spanEnd(tags, start);
    i = j - 1;
    if (j - start > 2 || j >= tags.length || !bareNameWord(infos, raw, tags, j, lex)) continue;
    const last = infos[j - 1]!.word;
    if (j - start === 1 && !first(last)) continue;
    // the middle name: Arabic letters (a run of dots the model ran the name over is none), no proclitic, not definite, rare
    if (j - start === 2 && (!first(infos[start]!.word) || !isArabicLetter(last.w.charCodeAt(0)) || last.p.length !== 0 || isDefinite(last.w, 2) || !rare(last.w))) continue;
    const { w } = infos[j]!.word;
    const c = w.charCodeAt(0);
    if (!isArabicLetter(c) || c === WAW || c === FEH || isDefinite(w, 2) || !rare(w) || verbShaped(w)) continue;
    // no template of an Arabic root fits it, or the best fit looks like a foreign name
    if (analyze(raw[j]!).kind !== 'foreign') continue;
    tags[j] = I_PERS;
    margins[j] = Math.min(margins[j - 1]!, RULE_MARGIN);
    i = j;
  }
}

/** Folded definite words of time that follow a subject's name, not a family name («اللاعب أيوانيس اليوم الأحد»). */
const TIME_AFTER_NAME = new Set(
  ['اليوم', 'الليلة', 'الآن', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'الماضي', 'المقبل', 'الجاري', 'السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء'].map(foldWord),
);

/**
 * Folded «الرئيس» and «الشيخ»: a president's or a Gulf ruler's one name is followed by the
 * sentence, not a family name («الرئيس شي الكثيرة», «واستقبل الشيخ زايد الوفد»).
 */
const ONE_NAME_TITLES = new Set(['الرئيس', 'الشيخ'].map(foldWord));

/**
 * Names QA round 147: «الدكتور [ماهر] الزعيم», «الأستاذ [إبراهيم] العمر», «المهندس [عبدالله] المقبل»:
 * after a person's title, a PERS of one given name (GIVEN_NAME, no article, no proclitic) is most
 * often followed by the family name, which the model leaves O when it is also a common word
 * («الزعيم» "leader", «العمر» "age", «الجمعة» "Friday"). A definite word right after it, with no
 * proclitic, left O, its article written «ال» (not «إلغاء»), no function word or word of time
 * (TIME_AFTER_NAME: «الأمير وليام الاثنين»), not ending in «ى» (a verb), «ه» (a pronoun:
 * «التزامه») or «ية» (an adjective: «الفنانة ماجدة الصحية»), joins the name. Not after a ruler's
 * title, «الرئيس» or «الشيخ», whose one name is followed by the sentence or by the place named after him
 * («قاعدة الملك فهد الجوية», «الأمير وليام الأماكن»); a family name used alone after the title
 * («اللواء [العثمان] الشكر») is left.
 */
function extendTitledFamilyNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i + 1] !== O || tags[i - 1] !== O) continue;
    const name = infos[i]!.word;
    if (name.p.length > 0 || isDefinite(name.w, 2) || ((lex.classes.get(name.w) ?? 0) & GIVEN_NAME) === 0) continue;
    const title = infos[i - 1]!.word.b;
    if (((lex.classes.get(title) ?? 0) & PERSON_TRIGGER) === 0) continue;
    // a king or prince is named by one name, and places after him («قاعدة الملك فهد الجوية»)
    if (RULER_TITLES.has(title) || ONE_NAME_TITLES.has(title) || (i > 1 && RULER_TITLES.has(infos[i - 2]!.word.b))) continue;
    const next = infos[i + 1]!.word;
    const r = raw[i + 1]!;
    // the article as written (not «إلغاء», folded «الغاء»), no pronoun («التزامه»), no verb in «ى»
    if (next.p.length > 0 || !r.startsWith('\u0627\u0644') || !isDefinite(next.w) || NOT_NOUNS.has(next.w) || TIME_AFTER_NAME.has(next.w)) continue;
    if (r.endsWith('\u0649') || r.endsWith('\u0647') || next.w.endsWith('\u064a\u0647')) continue;
    // «سناء الدكتور [زهير …]»: a title before another person's name
    if (i + 2 < tags.length && tags[i + 2] === B_PERS) continue;
    tags[i + 1] = I_PERS;
    margins[i + 1] = Math.min(margins[i]!, RULE_MARGIN);
  }
}

/**
 * Parts of a person's name the model left just outside it: a name part before it that needs
 * the name («ابن بطوطة», «أبو بكر»: ابن, بن, أبو, أبي), the word after a last word that needs
 * one («عبد» + «الملك», «آل» + «الشيخ»), and a ruler's ordinal after it («هنري الثامن», «غريغوري الثالث عشر»,
 * also after a span of a title and a name: «[البابا كليمنت] الثالث»), as ANERcorp and AQMAR
 * write them. Only tokens the model left O are taken.
 */
function extendPersonNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  // a name part with a proclitic («وابن», «وأبو») is "and the son/father of", not a name's start
  const link = (k: number): boolean => infos[k]!.word.p.length === 0 && NAME_LINKS.has(infos[k]!.word.w) && infos[k]!.word.w !== 'عبد';
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    // a one-word honorific («[باشا]», «[بك]», «[أفندي]») ends the name before it (names QA round
    // 95): it takes the name the model left O — the word before it (no proclitic, not a word
    // never tagged as a name: «آراء [بيك]» stays) and the given names before that word
    // («إبراهيم رفعت [باشا]» → «[إبراهيم رفعت باشا]»); a PERS just before it is joined elsewhere
    if (infos[i]!.word.p.length === 0 && NAME_HONORIFICS.has(infos[i]!.word.w) && spanEnd(tags, i) === i + 1 && i > 0) {
      const given = (k: number): boolean => k >= 0 && tags[k] === O && infos[k]!.word.p.length === 0 && ((lex.classes.get(infos[k]!.word.w) ?? 0) & GIVEN_NAME) !== 0;
      const { w: pw, p: pp } = infos[i - 1]!.word;
      const code = lex.tagdict.get(pw) ?? 0;
      const pers = (k: number): boolean => k >= 0 && (tags[k] === B_PERS || tags[k] === I_PERS);
      // the word before is a given name, a word read as a name now and then, or follows a given
      // name or a PERS («جعفر والي [باشا]», «[جعفر] والي [باشا]»)
      if (tags[i - 1] !== O || pp.length !== 0 || !isArabicLetter(pw.charCodeAt(0)) || NOT_NOUNS.has(pw) || !(given(i - 1) || given(i - 2) || pers(i - 2) || (code > 0 && tagShare(code, 0) > 0))) continue;
      let from = i - 1;
      while (given(from - 1)) from--;
      // a PERS just before the name goes on over it
      tags[from] = pers(from - 1) ? I_PERS : B_PERS;
      for (let k = from + 1; k <= i; k++) tags[k] = I_PERS;
      for (let k = from; k <= i; k++) margins[k] = Math.min(margins[k]!, RULE_MARGIN);
      continue;
    }
    let from = i;
    while (from > 0 && tags[from - 1] === O && link(from - 1)) from--;
    if (from < i) {
      // a PERS just before the name part takes it all in («محمد» + «بن» + «سلمان»)
      const joins = from > 0 && (tags[from - 1] === B_PERS || tags[from - 1] === I_PERS);
      for (let k = from; k <= i; k++) {
        tags[k] = k === from && !joins ? B_PERS : I_PERS;
        margins[k] = Math.min(margins[k]!, RULE_MARGIN);
      }
      i = from;
      while (i > 0 && tags[i] !== B_PERS) i--;
    }
    let j = spanEnd(tags, i);
    const take = (k: number): void => {
      tags[k] = I_PERS;
      margins[k] = Math.min(margins[k - 1]!, RULE_MARGIN);
    };
    const next = j < tags.length && tags[j] === O ? infos[j]!.word : undefined;
    // a one-word span that is «عبد» after its proclitic («و[عبد] الملك», «ل[عبد] الملك»: the
    // span starts after the «و/ل», names QA round 120) is read by its base; the verb «عُبِّد»
    // "was paved" has a shadda
    const only = j - i === 1 && infos[i]!.word.b === ABD && !raw[i]!.includes('\u0651'); // SHADDA
    const last = only ? ABD : infos[j - 1]!.word.w;
    // «[عبدالرحمن بن] [فيصل]», «[بدر آل] [زيدان]», «و[عبد] [الملك الحوثي]»: a name that ends in
    // a part needing more of it goes on into the PERS the model started right after (a proclitic
    // there is «و» "and", unless the whole word is a given name: «فيصل» is not ف + «يصل»)
    if (j < tags.length && tags[j] === B_PERS && (infos[j]!.word.p.length === 0 || ((lex.classes.get(infos[j]!.word.w) ?? 0) & GIVEN_NAME) !== 0) && (last === FAMILY || (NAME_LINKS.has(last) && (j - i > 1 || last === ABD)))) {
      tags[j] = I_PERS;
      j = spanEnd(tags, i);
    }
    if (next && next.p.length === 0 && last === FAMILY && isArabicLetter(next.w.charCodeAt(0)) && !NOT_NOUNS.has(next.w)) take(j++);
    else if (next && next.p.length === 0 && NAME_LINKS.has(last)) {
      // «عبد» + a definite word («عبد الملك»); «ابن/أبو» + a word that can be a name (not
      // «ابن أخيه»: frequent and never tagged as a name)
      if (last === 'عبد' ? isDefinite(next.w, 2) : (lex.tagdict.get(next.w) ?? 0) !== 1 && isArabicLetter(next.w.charCodeAt(0))) take(j++);
    }
    // the title before the name, or opening a span of title and name («[البابا كليمنت] الثالث»)
    const ruler = (i > 0 && tags[i - 1] === O && RULER_TITLES.has(infos[i - 1]!.word.b)) || (j - i === 2 && RULER_TITLES.has(infos[i]!.word.b));
    const w = j < tags.length && tags[j] === O && infos[j]!.word.p.length === 0 ? infos[j]!.word.w : '';
    // a ranking follows names in news («غونزاليز الثالث»): a ruler's ordinal follows a title or a single name
    if ((ORDINALS.has(w) && (ruler || j - i === 1)) || (FEMININE_ORDINALS.has(w) && ruler)) take(j++);
    const w2 = j < tags.length && tags[j] === O ? infos[j]!.word.w : '';
    // «عشر» after an ordinal that follows a name («غريغوري الثالث» + «عشر»), not «القرن الخامس»
    if (j - i >= 2 && TEENS.has(w2) && (ORDINALS.has(infos[j - 1]!.word.w) || FEMININE_ORDINALS.has(infos[j - 1]!.word.w))) take(j++);
    i = j - 1;
  }
}

/**
 * Folded names of Latin letters as Arabic spells acronyms out («بي بي سي» BBC, «سي إن إن» CNN,
 * «إف بي آي» FBI). Several are also Arabic words («في», «إن», «أو», «أي», «أم»), so a letter is
 * taken only inside a name the model found.
 */
const LETTER_NAMES = new Set(
  ['إيه', 'ايه', 'أيه', 'بي', 'سي', 'دي', 'إي', 'إف', 'اف', 'جي', 'إتش', 'اتش', 'آي', 'جيه', 'كيه', 'كاي', 'إل', 'إم', 'ام', 'إن', 'ان', 'أو', 'كيو', 'آر', 'ار', 'إس', 'اس', 'تي', 'يو', 'في', 'دبليو', 'إكس', 'اكس', 'واي', 'زد'].map(
    foldWord,
  ),
);

/**
 * Of those, the letters that can open an acronym written with a proclitic («لبي بي سي» "to the
 * BBC", «وسي إن إن»): two-letter ones, which the corpus-based split of proclitics never leaves
 * as a base (it would read «باكس», the Bucks, as ب + «إكس»), and none that is a word of its own
 * after ل/ب/و («لدي» "I have", «وفي» "and in").
 */
const PROCLITIC_LETTERS = new Set(['بي', 'سي', 'جي', 'تي', 'زد']);

/** Proclitics (folded) before a spelled acronym: a preposition, «و/ف», or both. */
const ACRONYM_PROCLITICS = new Set(['ل', 'ب', 'ك', 'و', 'ف', 'ول', 'وب', 'وك', 'فل', 'فب']);

/**
 * True when a word read as proclitic `p` + base `b` opens a spelled acronym (see
 * `mendSpelledAcronyms`): the span starts after the proclitic, which the corpus-based split
 * never takes off a two-letter base.
 */
export function opensSpelledAcronym(p: string, b: string): boolean {
  return ACRONYM_PROCLITICS.has(p) && PROCLITIC_LETTERS.has(b);
}

/**
 * «لبي [بي سي]ORG», «[لبي]PERS [بي سي]ORG», «[فيسبوك لبي بي سي]ORG»: a preposition or «و» written
 * on the first letter of a spelled acronym hides the letter from the model, which starts the name
 * at the second letter or runs the word before into it. When a name the model found starts with
 * a letter name (or runs over one) right after a word that is a proclitic + a letter that opens
 * acronyms, the name starts at that word, after its proclitic, and a name of another word before
 * it ends there (a preposition does not go on inside a name). A name made only of letter names
 * that the model typed PERS or LOC becomes an ORG (ANERcorp writes «بي بي سي» and «سي إن إن»
 * B-ORG I-ORG I-ORG; a product, «آر بي جي», stays MISC).
 */
function mendSpelledAcronyms(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const next = tags[i + 1]!;
    if (next === O || !LETTER_NAMES.has(infos[i + 1]!.word.w) || infos[i + 1]!.word.p.length > 0) continue;
    const w = infos[i]!.word.w;
    // proclitic letters: one or two before the letter
    let k = 0;
    for (let n = 1; n <= 2 && n < w.length - 1; n++) if (opensSpelledAcronym(w.slice(0, n), w.slice(n))) k = n;
    if (k === 0) continue;
    // the entity that holds token i + 1: the model's, which may have begun at i or before it
    // («[فيسبوك لبي بي سي]ORG»: the words before the proclitic's word stay a name of their own;
    // «[خليل لبي]PERS [بي سي]ORG»: the name before ends before it)
    const type = next % 2 === 1 ? next : next - 1; // B-X
    let s = i + 1;
    if (next !== type) {
      while (s > 0 && tags[s - 1] === next) s--;
      if (s > 0 && tags[s - 1] === type) s--;
    }
    const j = spanEnd(tags, s);
    let onlyLetters = true;
    for (let m = i + 1; onlyLetters && m < j; m++) onlyLetters = LETTER_NAMES.has(infos[m]!.word.w);
    const b = onlyLetters && (type === B_PERS || type === B_LOC) ? B_ORG : type;
    resplit(infos[i]!, k, w.slice(k));
    for (let m = i; m < j; m++) tags[m] = m === i ? b : b + 1;
    margins[i] = margins[i + 1]!;
    i = j - 1;
  }
}

/** Folded letter names «إم» "M", «تي» "T" and «في» "V" of MTV, spelled out. */
const EM = foldWord('إم');
const TEE = foldWord('تي');
const FI = foldWord('في');

/**
 * «جوائز [إم تي]ORG في للأفلام», «قناة "[إم تي]ORG في"»: the model takes the last letter of MTV,
 * «في» "V", for the preposition «في» "in" and ends the channel's name before it. A name of only
 * the letters «إم تي» followed by «في» goes on over it. After a number or a model designation
 * («ميغ-29 [إم تي] في أواخر …» "MiG-29 MT in the late …") «إم تي» is a variant and «في» the
 * preposition.
 */
function mendMtv(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i + 2 < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0 || tags[i + 1] !== t + 1 || tags[i + 2] !== O) continue;
    if (infos[i]!.word.w !== EM || infos[i + 1]!.word.w !== TEE || infos[i + 2]!.word.w !== FI) continue;
    if (i > 0) {
      const c = raw[i - 1]!.charCodeAt(raw[i - 1]!.length - 1);
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669)) continue;
    }
    tags[i + 2] = t + 1;
  }
}

/** U+0621 ARABIC LETTER HAMZA … U+064A ARABIC LETTER YEH (folded words use no other letters). */
function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

/**
 * Folded indefinite nouns in construct with the name of what they head: a club, a team, a
 * newspaper, an agency, a company, a channel. The name after them is that organisation's,
 * whatever place or person it is named after: ANERcorp train tags the word after «نادي»
 * B-ORG 19 times and B-LOC once, after «فريق», «صحيفة», «جريدة», «وكالة», «شركة», «قناة»
 * never a LOC. Not «منتخب» (a national team is its country, B-LOC in ANERcorp) nor «مجموعة»
 * («مجموعة ليما» is a group of states).
 */
const NAMED_ORG_HEADS = new Set(['نادي', 'فريق', 'صحيفة', 'جريدة', 'مجلة', 'وكالة', 'شركة', 'قناة'].map(foldWord));

/** Of those, the heads after which a person's name is the organisation's («شركة بيكر هيوز»), not «فريق ترامب». */
const PERSON_NAMED_ORG_HEADS = new Set(['صحيفة', 'جريدة', 'مجلة', 'وكالة', 'شركة'].map(foldWord));

/**
 * Names QA round 80: folded «مجموعة» "group (of companies)" and «مصنع» "factory", after which a
 * person's or family's name is the business's («مجموعة بن لادن», «مصنع فيليب موريس»). Only a
 * PERS is retyped after them: a place after «مجموعة» is a group of states («مجموعة ليما»).
 */
const PERSON_NAMED_GROUP_HEADS = new Set(['مجموعة', 'مجموعه', 'مصنع'].map(foldWord));

/**
 * Names QA round 81: folded «مستشفى» "hospital", after which a person's name is the hospital's
 * («مستشفى جورج بومبيدو», «بمستشفى هنري فورد»), and «مدرسة» "school", after which it is the
 * school's only before a word of the school's grade or kind (SCHOOL_KINDS: «مدرسة طارق بن زياد
 * الثانوية»); a school of thought or art keeps its master («مدرسة سيد درويش التعبيرية»).
 */
const HOSPITAL_HEADS = new Set(['مستشفى', 'مستشفي'].map(foldWord));
const SCHOOL_HEADS = new Set(['مدرسة', 'مدرسه'].map(foldWord));
/**
 * Names QA round 82: folded «مسرح» "theatre" and «سينما» "cinema", after which a person's name is
 * the hall's («مسرح محمد الخامس», «بسينما ديانا»), as after «مستشفى». The definite «المسرح»
 * heads nothing («أخرجها للمسرح [محمد نوح]», a director).
 */
const THEATRE_HEADS = new Set(['مسرح', 'سينما'].map(foldWord));
/** Folded words of a school's grade, kind or side after its name («الابتدائية», «الأميرية», «للبنات», «الشرقية»). */
const SCHOOL_KINDS = new Set(
  [
    'الابتدائية', 'الإبتدائية', 'الثانوية', 'الإعدادية', 'الاعدادية', 'الأساسية', 'الاساسية', 'المتوسطة', 'الأميرية',
    'التجريبية', 'النموذجية', 'الحكومية', 'الخاصة', 'الأهلية', 'الدولية', 'الفنية', 'الصناعية', 'التجارية', 'الزراعية',
    'الملكية', 'العليا', 'الشرقية', 'الغربية', 'الشمالية', 'الجنوبية', 'للبنات', 'للبنين', 'العسكرية', 'الأمريكية', 'الإنجليزية', 'الفرنسية',
  ].map(foldWord),
);

/** Folded «العرقية» "ethnic": «مجموعة [توبو] العرقية» is a people, not a business. */
const ETHNIC = foldWord('العرقية');

const AGENCY = foldWord('وكالة');

/** Proclitic prepositions ب/ك/ل as the model's split writes them. */
const PREPOSITIONS_BLK = new Set(['ب', 'ك', 'ل']);
const NEWS = foldWord('أنباء');

/** The folded base of a word that is `heads` after its proclitics (none, و/ف, ب/ك/ل), or ''. */
function headBase(w: string, heads: ReadonlySet<string>): string {
  if (heads.has(w)) return w;
  if (!hasProcliticLetter(w)) return '';
  for (const [, b] of splits(w)) if (heads.has(b)) return b;
  return '';
}

/**
 * The head at `h` of an institution named after the person tagged PERS up to `j` (names QA rounds
 * 80–82), or '': a business group or factory («مجموعة [الجريسي]», «مصنع [جونسون]»; not before
 * «العرقية»), a hospital, theatre or cinema («مستشفى [جورج بومبيدو]», «مسرح [رمسيس]»), a school
 * before a word of its kind («مدرسة [طارق بن زياد] الثانوية»).
 */
function personNamedHead(infos: readonly TokenInfo[], tags: Int8Array, h: number, j: number): string {
  const w = infos[h]!.word.w;
  const next = j < tags.length && tags[j] === O ? infos[j]!.word.w : '';
  if (!(j < tags.length && infos[j]!.word.w === ETHNIC)) {
    const group = headBase(w, PERSON_NAMED_GROUP_HEADS);
    if (group !== '') return group;
  }
  const hall = headBase(w, HOSPITAL_HEADS) || headBase(w, THEATRE_HEADS);
  if (hall !== '') return hall;
  return SCHOOL_KINDS.has(next) ? headBase(w, SCHOOL_HEADS) : '';
}

/**
 * «وكالة [الأناضول]», «نادي [أبها]», «فريق [روما]», «شركة [بيكر هيوز]», «وكالة أنباء [فارس]»:
 * a LOC (or, after a newspaper, agency or company, a PERS) that the model found right after
 * an indefinite organisation head in construct with it (NAMED_ORG_HEADS, with or without
 * proclitics) names that organisation: it becomes an ORG over the same words. The head stays
 * outside, as ANERcorp writes «لوكالة/O فرانس/B-ORG». After «مجموعة/مصنع»
 * (PERSON_NAMED_GROUP_HEADS, names QA round 80) only a PERS is retyped, and not before «العرقية».
 * After «مستشفى» (HOSPITAL_HEADS) and, before a school's kind, «مدرسة» (SCHOOL_HEADS, SCHOOL_KINDS;
 * names QA round 81) only a PERS is retyped too, and after «مسرح/سينما» (THEATRE_HEADS, names QA
 * round 82). After «نادي» spelled with a final «ي» a PERS is retyped as well (names QA round 107:
 * «نادي [ريميني]», «نادي [الخور]»; the verb «نادى [أحمد]» stays), even one whose first letter the
 * split reads as a proclitic («نادي [فلومنسي]», «نادي [باري]»).
 */
function retypeAfterOrgHeads(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if ((t !== B_LOC && t !== B_PERS) || tags[i - 1] !== O) continue;
    const j = spanEnd(tags, i);
    // «مجلة [بلاي بوي]»: the model may read ب/ل/ك off the first word of a foreign name it took
    // whole; a preposition does not open a person's name of two words after a head in construct
    const p = infos[i]!.word.p;
    const prefixed = p.length > 0 && !(t === B_PERS && j - i >= 2 && p.length === 1 && PREPOSITIONS_BLK.has(p));
    // «شركة «[تايوان باور]»», «مجلة "[بلاي بوي]"»: the name may be quoted after its head
    const h = OPENING_MARKS.has(raw[i - 1]!) && i > 1 && tags[i - 2] === O ? i - 2 : i - 1;
    // «نادي [فلومنسي]», «نادي [باري]»: a club's foreign name whose first letter reads as a proclitic
    if (prefixed && !(t === B_PERS && p.length === 1 && raw[h]!.endsWith('\u064a') && headBase(infos[h]!.word.w, NAMED_ORG_HEADS) === CLUB)) continue;
    let head = headBase(infos[h]!.word.w, NAMED_ORG_HEADS);
    // «وكالة أنباء [فارس]»: the agency's head is two words
    if (head === '' && infos[h]!.word.w === NEWS && h > 0 && tags[h - 1] === O) head = headBase(infos[h - 1]!.word.w, NAMED_ORG_HEADS) === AGENCY ? AGENCY : '';
    // a person's name after a newspaper, agency or company only («شركة بيكر هيوز», not «فريق ترامب»),
    // and after a club spelled «نادي» («نادي [باري]», not the verb «نادى [أحمد]»)
    if (head !== '' && t === B_PERS && !PERSON_NAMED_ORG_HEADS.has(head) && !(head === CLUB && raw[h]!.endsWith('\u064a'))) continue;
    if (head === '' && t === B_PERS) head = personNamedHead(infos, tags, h, j);
    if (head === '') continue;
    for (let k = i; k < j; k++) tags[k] = k === i ? B_ORG : B_ORG + 1;
    i = j - 1;
  }
}

/** Folded «قبيلة» "tribe" and its plural «قبائل», indefinite, in construct with the tribe's name. */
const TRIBE_HEADS = new Set(['قبيلة', 'قبائل'].map(foldWord));
const TRIBES = foldWord('قبائل');
/** Folded titles of the Prophet, which the trigger list lacks: «قبيلة [النبي محمد]» is his tribe, not a tribe's name. */
const PROPHET_TITLES = new Set(['النبي', 'الرسول'].map(foldWord));

/**
 * Names QA round 79: «قبيلة [شمر]PERS», «قبيلة [كنانة]PERS», «قبيلة [الدليم]LOC», «قبيلة
 * [ماساي]MISC», «قبائل [قيس عيلان]PERS»: a tribe's name right after an indefinite «قبيلة/قبائل»
 * (with or without proclitics) in construct with it is an ORG, as ANERcorp writes tribes
 * («قبيلة/O بني/B-ORG ورياغل/I-ORG», «قبائل/O سونينك/B-ORG»), whatever ancestor or land it is
 * named after. After the plural a LOC stays («قبائل [رأس الخيمة]», the tribes of a place). Not a
 * name of more than three words (a lineage, or the name of a sheikh run into the tribe's), nor one
 * that opens with a title («قبيلة [النبي محمد]»), nor one with a proclitic of its own. Runs after
 * the passes that cut a PERS before a suffixed word («قبيلة [شمر] لنجدته»), which an ORG escapes.
 */
function retypeTribeNames(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if ((t !== B_PERS && t !== B_MISC && t !== B_LOC) || tags[i - 1] !== O || infos[i]!.word.p.length > 0) continue;
    const head = headBase(infos[i - 1]!.word.w, TRIBE_HEADS);
    if (head === '' || (t === B_LOC && head === TRIBES)) continue;
    const j = spanEnd(tags, i);
    const first = infos[i]!.word.b;
    if (j - i > 3 || PROPHET_TITLES.has(first) || ((lex.classes.get(first) ?? 0) & PERSON_TRIGGER) !== 0) continue;
    for (let k = i; k < j; k++) tags[k] = k === i ? B_ORG : B_ORG + 1;
    i = j - 1;
  }
}

/**
 * Folded indefinite heads of a university, an institute, a college, an academy or a museum,
 * which ANERcorp writes inside the name they head («[جامعة زيورخ]ORG», «[جامعة كامبريدج]ORG»:
 * B-ORG I-ORG 41 times after «جامعة/معهد/كلية…» in train, the head left out 11). Not «مستشفى»:
 * a hospital is named after its town («مستشفى [سيدي بوزيد] الجهوي», the town's regional
 * hospital, names QA round 56) or a person («مستشفى [الهادي شاكر]», round 34), kept as they are.
 */
const FACILITY_HEADS = new Set(['جامعة', 'معهد', 'كلية', 'أكاديمية', 'متحف'].map(foldWord));

/**
 * Names QA round 73: «جامعة [القاهرة]LOC», «متحف [باردو]PERS», «جامعة [محمد الخامس]PERS»,
 * «متحف [اللوفر]MISC», «[جامعة]ORG [أديس أبابا]LOC», «[جامعة جورج]ORG [واشنطن]LOC»: a name right
 * after an indefinite head of a university, an institute, a college, an academy or a museum
 * (FACILITY_HEADS, with or without proclitics) in construct with it is that body's name;
 * the head and the name become one ORG. The head may be untagged or an ORG of itself and at most
 * one word more (a name cut at its place: «جامعة جورج واشنطن», «جامعة نورث كارولاينا»); the name
 * after it has no proclitic («جامعة ب[غداد]» is no construct; a listed place the split read as «و»
 * + a word, «واشنطن», is whole) and a LOC after a whole ORG name stays a place.
 */
function joinFacilityNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0) continue;
    // a proclitic, but for the «و» a listed place reads off its first letter («واشنطن»)
    const { p, w } = infos[i]!.word;
    if (p.length > 0 && (p !== 'و' || !isKnownPlace(lex, [w]))) continue;
    const j = spanEnd(tags, i);
    let h = -1;
    if (tags[i - 1] === O) h = headBase(infos[i - 1]!.word.w, FACILITY_HEADS) !== '' ? i - 1 : -1;
    else if (t === B_LOC) {
      // «[جامعة]ORG [القاهرة]LOC», «[جامعة جورج]ORG [واشنطن]LOC»
      let s = i - 1;
      while (s > 0 && tags[s] === B_ORG + 1) s--;
      if (tags[s] === B_ORG && i - s <= 2 && headBase(infos[s]!.word.w, FACILITY_HEADS) !== '') h = s;
    }
    if (h < 0) {
      i = j - 1;
      continue;
    }
    label(tags, margins, h, j, B_ORG);
    i = j - 1;
  }
}

/** Folded «مؤشر/المؤشر» "(the) index" of a market or a ranking. */
const INDEX_HEADS = new Set(['مؤشر', 'المؤشر'].map(foldWord));

/**
 * «مؤشر [داو جونز]», «المؤشر [نيكي]», «مؤشر "[راسل]"», «مؤشر [إبراهيم]»: a name read as a
 * PERS right after a word for an index (with or without proclitics, the name perhaps quoted)
 * names the index, which bears a founder's or a company's name; it becomes a MISC over the
 * same words, as the model itself labels the quoted «مؤشر "[داو جونز]MISC"». Places and
 * organisations there («مؤشر [البحرين]», «مؤشر [ستاندرد آند بورز]») are left alone.
 */
function retypeIndexNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i - 1] !== O || infos[i]!.word.p.length > 0) continue;
    const j = spanEnd(tags, i);
    const h = OPENING_MARKS.has(raw[i - 1]!) && i > 1 && tags[i - 2] === O ? i - 2 : i - 1;
    if (headBase(infos[h]!.word.w, INDEX_HEADS) === '') {
      i = j - 1;
      continue;
    }
    for (let k = i; k < j; k++) tags[k] = k === i ? B_MISC : B_MISC + 1;
    i = j - 1;
  }
}

/**
 * Folded masculine nationality adjectives of countries with football leagues. A city is feminine
 * («برشلونة الإسبانية»), so the masculine adjective after it agrees with the club the city names
 * («برشلونة الإسباني» = «نادي برشلونة الإسباني»).
 */
const CLUB_NATIONALITIES = new Set(
  (
    'الإسباني الاسباني الأسباني الإيطالي الفرنسي الإنجليزي الإنكليزي الألماني البرتغالي الهولندي الاسكتلندي البلجيكي ' +
    'التركي اليوناني الروسي النمساوي السويسري الأوكراني الصربي الكرواتي التشيكي الدنماركي السويدي النرويجي البولندي ' +
    'الروماني البرازيلي الأرجنتيني المكسيكي الأمريكي الأميركي الياباني الصيني الإيراني الجزائري المغربي التونسي المصري ' +
    'السعودي القطري الإماراتي الكويتي العراقي السوري اللبناني الأردني الليبي السوداني'
  )
    .split(' ')
    .map(foldWord),
);

/**
 * Folded masculine nouns that head a place named after them, with which the adjective agrees
 * instead («ميناء جازان السعودي», «منتجع سوتشي الروسي», «فيلق القدس الإيراني», «محافظ الباسك
 * الإسباني»), and «منتخب» (a national team is its country).
 */
const MASCULINE_PLACE_HEADS = new Set(
  [
    ...['ميناء', 'مطار', 'منتجع', 'فيلق', 'إقليم', 'اقليم', 'مخيم', 'قطاع', 'أرخبيل', 'مستشفى', 'محافظ', 'حاكم', 'عمدة', 'منتخب', 'معبر', 'سجن', 'مرفأ', 'ريف', 'جانب', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط'],
    ...['ماراثون', 'سباق', 'مهرجان', 'معرض', 'مؤتمر', 'منتدى', 'متحف', 'مسرح', 'برج', 'قصر', 'مصرف', 'بنك'],
    ...['مطاري', 'مينائي', 'ميناءي', 'معبري'], // duals: «مطاري عمان الأردني ودمشق السوري»
    ...['قرية', 'بلدة', 'مدينة', 'حي', 'منطقة', 'محافظة', 'جزيرة', 'مديرية', 'وادي', 'جبل', 'نهر', 'مقاطعة', 'شارع', 'ميدان', 'ولاية', 'عاصمة'],
  ].map(foldWord),
);

/**
 * Folded first words of clubs named «X + city», which the model leaves outside the city it tags
 * («سبورتينغ [لشبونة]», «وفاق [سطيف]», «أتلتيكو [مدريد]»).
 */
const CLUB_FIRST_WORDS = new Set(
  ['سبورتينغ', 'سبورتنغ', 'سبورتينج', 'أياكس', 'اياكس', 'وفاق', 'شاختار', 'بروسيا', 'استقلال', 'فينورد', 'أهلي', 'اتحاد', 'روبن', 'دينامو', 'سبارتاك', 'لوكوموتيف', 'أتلتيكو', 'أتليتيكو', 'أولمبيك', 'ريال'].map(foldWord),
);

/**
 * «فاز [برشلونة]LOC الإسباني», «[روما]LOC الإيطالي», «وفاق [سطيف]LOC الجزائري»: a city the model
 * found (one or two words, without the article and no proclitic-less head before it in
 * MASCULINE_PLACE_HEADS) right before a masculine nationality adjective names its football club:
 * an ORG, as ANERcorp train writes «برشلونة/B-ORG» 10 times and B-LOC twice, and a name without
 * the article before these adjectives B-ORG 60 times and B-LOC 9 (five of them clubs: «إشبيلية
 * الإسباني», «مدافع هامبورغ الألماني»). A place joined by «و» to one the rule left alone is left
 * alone too («مطاري عمان الأردني ودمشق السوري»). A club's first word just before it
 * (CLUB_FIRST_WORDS, also where the model tagged it alone: «[شاختار]LOC [دونيتسك]LOC») or an ORG
 * the model found there («[أياكس]ORG [أمستردام]LOC») joins it. Not a definite place («الجولان
 * السوري», «الحديدة»), which may be masculine, nor a country with one of the listed adjectives
 * («مدرب [مصر] الأرجنتيني»: a national team is its country), nor a place right after a name of
 * another type («منتجع [بلايا] [ديل كارمن] المكسيكي»).
 */
function retypeClubCities(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  let kept = -1; // the adjective after the last place the rule left alone
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const skip = j - i > 2 || j >= tags.length || tags[j] !== O || infos[j]!.word.p.length > 0 || !CLUB_NATIONALITIES.has(infos[j]!.word.w);
    if (skip || isDefinite(infos[i]!.word.b, 2) || (j - i === 1 && isListedNationsCountry(infos[i]!.word.b))) {
      i = j - 1;
      continue;
    }
    let from = i;
    let retype = !(kept === i - 1 && infos[i]!.word.w.charCodeAt(0) === WAW);
    if (i > 0 && retype) {
      const before = infos[i - 1]!.word;
      const t = tags[i - 1]!;
      if (t === O && headBase(before.w, MASCULINE_PLACE_HEADS) !== '') retype = false;
      else if (t === O) {
        for (const [k, base] of splits(before.w)) {
          if (!CLUB_FIRST_WORDS.has(base)) continue;
          resplit(infos[i - 1]!, k, base);
          from = i - 1;
          break;
        }
      } else if (t === B_ORG || t === B_ORG + 1) {
        from = i - 1;
        while (from > 0 && tags[from] === B_ORG + 1) from--;
      } else if (t % 2 === 1 && CLUB_FIRST_WORDS.has(before.w)) {
        // «[شاختار]LOC [دونيتسك]LOC», «ب[روسيا]LOC [دورتموند]LOC» (Borussia read as ب + Russia)
        resplit(infos[i - 1]!, 0, before.w);
        from = i - 1;
      } else retype = false;
    }
    if (!retype) kept = j;
    else {
      if (from < i && tags[from] === O) label(tags, margins, from, j, B_ORG);
      else for (let k = from; k < j; k++) tags[k] = k === from ? B_ORG : B_ORG + 1; // retyped: the model's edges and margins stand
    }
    i = j - 1;
  }
}

/** Highest floor(log2(corpus count)) of a word unknown to the tag dictionary that may open a club named «X + city» («أسيك»). */
const RARE_CLUB_WORD_LOG_FREQ = 4;

/**
 * True when the token at `i` may be the first word of a foreign club named «X + city» (names QA
 * round 125): no proclitic, no article, no head noun of an organisation («جامعة», «بنك»: joined
 * by joinFacilityNames and the model) nor a given name, and no place itself; a word the
 * self-training tag dictionary reads as an organisation at least 35 % of the time («ستيوا»,
 * «دينامو», «بايرن») or, where the context speaks of a club (`cued`: a match or a word for a
 * club's people before it, clubContext), a rare word the dictionary does not know at all
 * («مباراة أسيك أبيدجان»; not «إحدى استراحات الرياض», «بطب الأسكندرية», which a first version
 * took in any sentence about sport).
 */
function clubFirstWord(infos: readonly TokenInfo[], i: number, lex: Lexicon, cued: boolean): boolean {
  const word = infos[i]!.word;
  if (word.p.length > 0 || word.w.length < 3 || isDefinite(word.w, 2) || !isArabicLetter(word.w.charCodeAt(0))) return false;
  if (((lex.classes.get(word.w) ?? 0) & (ORG_TRIGGER | GIVEN_NAME | PERSON_TRIGGER | LOC_TRIGGER)) !== 0) return false;
  if (isKnownPlace(lex, [word.w])) return false;
  const code = lex.tagdict.get(word.w) ?? 0;
  if (tagShare(code, 2) >= 2) return true;
  return cued && code === 0 && freqOf(lex, word.w) <= RARE_CLUB_WORD_LOG_FREQ;
}

/**
 * True when the words around a name over [i, j) speak of a club: a match (matchContext: «مباراة
 * X», «خسر … أمام X») or a word for a club's people or «نادي/فريق» right before it (CLUB_CUES, with
 * proclitics: «بعثة فريق X»). Not a nationality adjective after it: «مخاطبة ادارتي [الكويت]
 * الكويتي» ("the two boards of"), which a first version joined.
 */
function clubContext(infos: readonly TokenInfo[], i: number, j: number): boolean {
  return matchContext(infos, i, j) || (i > 0 && headBase(infos[i - 1]!.word.w, CLUB_CUES) !== '');
}

/**
 * «[ستيوا]O [بوخارست]LOC», «[ايك]ORG [اثينا]LOC», «[أسيك]O [أبيدجان]LOC»: a foreign club named by
 * a word of its own and its city (names QA round 125). A one-word city (a capital or city of
 * places.ts, not a country: «ستزور [مصر]» is a verb before a country; no proclitic) the model or
 * the rules found as a place or an organisation, right after a word that may open a club
 * (clubFirstWord) left O or tagged alone as an ORG or a PERS, and not right after another name,
 * is one ORG with that word, as ANERcorp train writes «[ستيوا بوخارست]ORG», «[دينامو كييف]ORG»,
 * «[سبارتاك موسكو]ORG» (about 44 clubs of that shape, against 5 written ORG + LOC).
 */
function joinForeignClubCities(infos: TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_LOC && t !== B_ORG) continue;
    if (i + 1 < tags.length && tags[i + 1] === t + 1) continue;
    const city = infos[i]!.word;
    if (city.p.length > 0 || !(places().names.get(city.w) ?? []).some((n) => n.length === 1)) continue;
    const prev = tags[i - 1]!;
    if (prev !== O && prev !== B_ORG && prev !== B_PERS) continue;
    if (i > 1 && tags[i - 2] !== O) continue;
    if (!clubFirstWord(infos, i - 1, lex, clubContext(infos, i - 1, i + 1))) continue;
    label(tags, margins, i - 1, i + 1, B_ORG);
  }
}

/**
 * Folded nouns for a club's people or parts, in construct with the club («مهاجم برشلونة»,
 * «جماهير الهلال», «صفوف ليستر سيتي», «جمهور النصر»; with or without proclitics: «لمدرب»,
 * «ولاعبي»). The definite forms («المدرب X») are in apposition to a person's name and are not
 * here, nor «رئيس/إدارة» («رئيس الاتحاد» is as often a federation's), nor «وسط» ("midfield" and
 * "the middle of": «وسط برشلونة»).
 */
const CLUB_PEOPLE = new Set(
  ['لاعب', 'لاعبي', 'لاعبو', 'مهاجم', 'مهاجمو', 'مهاجمي', 'مدافع', 'مدافعي', 'حارس', 'حارسي', 'مدرب', 'مدربي', 'هداف', 'جماهير', 'جمهور', 'مشجع', 'مشجعي', 'صفوف', 'نجم', 'نجوم', 'قميص'].map(
    foldWord,
  ),
);

/** Folded «نادي» "club" and «فريق» "team", indefinite heads of a club's name. */
const CLUB = foldWord('نادي');
const TEAM = foldWord('فريق');
/** Folded «جمهور», a club's fans and a theatre's audience («جمهور جدة» at a play): listed clubs only. */
const AUDIENCE = foldWord('جمهور');

/** CLUB_PEOPLE and the heads «نادي/فريق». */
const CLUB_CUES = new Set([...CLUB_PEOPLE, CLUB, TEAM]);

/**
 * True when the word before `i` speaks of a club's people or parts in construct with the name
 * after it (CLUB_CUES but «جمهور», CLUB_PARTS): «فريق/لاعب/حارس/مرمى [العربي]» (names QA round
 * 127, for carryClubs).
 */
export function clubCueBefore(infos: readonly TokenInfo[], i: number): boolean {
  if (i === 0) return false;
  const w = infos[i - 1]!.word.w;
  const cue = headBase(w, CLUB_CUES);
  return (cue !== '' && cue !== AUDIENCE) || headBase(w, CLUB_PARTS) !== '';
}

/**
 * True when the word before `i` is «نادي/فريق» "club, team" in construct with the name after it,
 * with or without proclitics («فريق [أسيك]», «لفريق [الشمال]», «بنادي [الغرافة]»; names QA round
 * 135, for carryClubs).
 */
export function clubHeadBefore(infos: readonly TokenInfo[], i: number): boolean {
  if (i === 0) return false;
  const cue = headBase(infos[i - 1]!.word.w, CLUB_CUES);
  return cue === CLUB || cue === TEAM;
}

/** Folded listed clubs → 1 (CLUBS: after any cue) or 2 (CLUBS_AFTER_CLUB: after «نادي» only), built on first use. */
let clubIndex: Map<string, number> | undefined;

/**
 * «مهاجم [برشلونة]LOC», «لاعبي [ليستر سيتي]LOC», «مدرب الهلال», «بنادي الشباب»: after a noun
 * for a club's people (CLUB_PEOPLE) in construct, with no name of its own around it, a place the
 * model found (one or two words, no proclitic; not after «جمهور», also a theatre's audience)
 * names the club when the corpus itself tags its
 * name as an organisation at least a tenth of the time (the self-training tag dictionary:
 * «برشلونة», «ليفربول», «آيندهوفن»; a country is not, «مدرب [المكسيك]», «مشجعي [نيجيريا]»: a
 * national team is its country, as ANERcorp writes «لاعبي مصر/B-LOC»; nor «روما» or «لندن»,
 * which the corpus writes as cities; «روما» and the other CITY_CLUBS are taken in a sentence
 * about sport by retypeSportCityClubs); it becomes an ORG over the same words. A listed club
 * (CLUBS in lists.ts) the model left O or read as a one-word name after such a noun or after
 * «نادي/فريق», or one of CLUBS_AFTER_CLUB after «نادي», is an ORG too («نادي [الهلال]», as
 * ANERcorp writes «نادي/O النصر/B-ORG»), unless an organisation word follows («فريق الاتحاد
 * الأوروبي»).
 */
function retypeCuedClubs(infos: TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  clubIndex ??= buildClubIndex();
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if ((t !== O && t !== B_LOC && t !== B_PERS) || tags[i - 1] !== O) continue;
    const word = infos[i]!.word;
    if (word.p.length > 0) continue;
    const j = t === O ? i + 1 : spanEnd(tags, i);
    // the cheap tests first: a listed club, or a place of one or two words
    const listed = j === i + 1 ? (clubIndex.get(word.w) ?? 0) : 0;
    if (listed === 0 && (t !== B_LOC || j - i > 2)) continue;
    const cue = headBase(infos[i - 1]!.word.w, CLUB_CUES);
    if (cue === '') continue;
    if (t === B_LOC && cue !== CLUB && cue !== TEAM && cue !== AUDIENCE) {
      let club = false;
      for (let k = i; k < j && !club; k++) club = infos[k]!.word.p.length === 0 && tagShare(lex.tagdict.get(infos[k]!.word.b) ?? 0, 2) > 0;
      if (club) {
        for (let k = i; k < j; k++) tags[k] = k === i ? B_ORG : B_ORG + 1; // retyped: the model's edges and margins stand
        i = j - 1;
        continue;
      }
    }
    if (listed === 0 || (listed === 2 && cue !== CLUB)) continue;
    // «فريق الاتحاد الأوروبي»: an organisation word after it makes it the head of another name
    if (j < tags.length && tags[j] === O && (infos[j]!.word.classes & ORG_WORD) !== 0) continue;
    label(tags, margins, i, j, B_ORG);
  }
}

function buildClubIndex(): Map<string, number> {
  return new Map([...words(CLUBS_AFTER_CLUB).map((w): [string, number] => [foldWord(w), 2]), ...words(CLUBS).map((w): [string, number] => [foldWord(w), 1])]);
}

/**
 * 1 when a folded word is a club of CLUBS («الهلال», «النصر»), 2 when it is one of
 * CLUBS_AFTER_CLUB (also a common noun: «الشباب», «العربي»), 0 otherwise.
 */
export function listedClub(w: string): number {
  clubIndex ??= buildClubIndex();
  return clubIndex.get(w) ?? 0;
}

/**
 * True when the self-training tag dictionary tags a folded base an organisation at least a
 * tenth of the time: a place that names its club too («برشلونة», «ليفربول»), never a country.
 */
export function namesClub(lex: Lexicon, b: string): boolean {
  return tagShare(lex.tagdict.get(b) ?? 0, 2) > 0;
}

/**
 * Folded verbs of a match whose subject or object is a team: «فاز/تعادل/خسر/تغلب/هزم/واجه/
 * التقى/استضاف/لاقى» and their imperfects. Masculine only: a club is masculine («فاز برشلونة»),
 * a national team its feminine country («فازت ألمانيا»).
 */
const MATCH_VERBS = new Set(
  ['فاز', 'يفوز', 'تعادل', 'يتعادل', 'خسر', 'يخسر', 'تغلب', 'يتغلب', 'هزم', 'يهزم', 'واجه', 'يواجه', 'التقى', 'يلتقي', 'استضاف', 'يستضيف', 'لاقى', 'يلاقي', 'اكتسح', 'يكتسح', 'أقصى', 'يقصي'].map(foldWord),
);

/**
 * Folded nouns for a team's opponent or its match, in construct with the team: «على مضيفه X»,
 * «أمام ضيفه X», «جاره X», «غريمه X», «مباراة X», «مواجهة X».
 */
const MATCH_NOUNS = new Set(
  ['ضيفه', 'مضيفه', 'جاره', 'غريمه', 'منافسه', 'مباراة', 'مواجهة', 'ضيفها', 'مضيفها'].map(foldWord),
);

/** Folded prepositions of an opponent after a match verb: «فاز على X», «خسر أمام X», «تعادل مع X». */
const MATCH_PREPOSITIONS = new Set(['على', 'علي', 'أمام', 'مع', 'ضد'].map(foldWord));

/**
 * True when the name over tokens [i, j) (O or a name of one or two words) is a team in a match
 * by its context: a match verb right before it or an imperfect one right after it («[برشلونة]
 * يلاقي …», as headlines write), a match noun before it, or a preposition of an opponent one to
 * four words after a match verb («فاز الهلال [على] النصر», «خسر برشلونة 2-1 [أمام] ليفانتي»).
 */
function matchContext(infos: readonly TokenInfo[], i: number, j: number): boolean {
  // «[برشلونة] يلاقي إشبيلية»: a headline puts the team before an imperfect match verb
  if (j < infos.length) {
    const after = infos[j]!.word;
    if (after.p.length === 0 && after.w.charCodeAt(0) === YEH && MATCH_VERBS.has(after.w)) return true;
  }
  if (i === 0) return false;
  const before = infos[i - 1]!.word;
  const b = before.p.length === 0 || before.p === 'و' || before.p === 'ف' ? before.b : '';
  if (MATCH_VERBS.has(b) || MATCH_NOUNS.has(b)) return true;
  if (!MATCH_PREPOSITIONS.has(before.w)) return false;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const w = infos[k]!.word;
    if (MATCH_VERBS.has(w.p.length === 0 || w.p === 'و' || w.p === 'ف' ? w.b : '')) return true;
  }
  return false;
}

/** Folded «لكرة» of «الاتحاد المصري لكرة القدم»: a federation's purpose. */
const FOR_BALL = foldWord('لكرة');

/**
 * True when the words from `j` make the club name before them the head of another name: an
 * organisation word right after it («الاتحاد الأوروبي»), or a «لل…» purpose or «لكرة» one or
 * two words on («الاتحاد للكرة الطائرة», «الاتحاد التركي لكرة القدم»: a federation).
 */
export function opensOtherName(infos: readonly TokenInfo[], tags: Int8Array, j: number): boolean {
  if (j >= tags.length) return false;
  if ((infos[j]!.word.classes & ORG_WORD) !== 0) return true;
  for (let k = j; k < tags.length && k < j + 2; k++) {
    const w = infos[k]!.word.w;
    if (w === FOR_BALL || startsWithLilArticle(w)) return true;
  }
  return false;
}

/**
 * «فاز [الهلال] على [النصر]», «تعادل [ميلان]LOC مع», «على مضيفه [توتنهام]LOC», «مباراة [النصر]»:
 * a team in a match — after a masculine match verb, a noun for its opponent or match, or a
 * preposition of an opponent that follows such a verb (matchContext) — is a club when it is a
 * listed club (CLUBS; not CLUBS_AFTER_CLUB, common nouns too) the model left O, or a place of one
 * or two words the corpus tags an organisation at least a tenth of the time (namesClub: not a
 * country, which is its national team). An organisation word or a «لل…» purpose after it makes
 * it another name («واجه الاتحاد الأوروبي», «الاتحاد للكرة»). ANERcorp writes clubs in matches
 * ORG («تغلب على [نيوكاسل]», «تعادل مع ضيفه [ليفربول]»).
 */
function retypeMatchClubs(infos: TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if ((t !== O && t !== B_LOC) || (i > 0 && tags[i - 1] !== O)) continue;
    const word = infos[i]!.word;
    if (word.p.length > 0) continue;
    const j = t === O ? i + 1 : spanEnd(tags, i);
    if (t === O) {
      if (listedClub(word.w) !== 1) continue;
      if (opensOtherName(infos, tags, j) || !matchContext(infos, i, j)) continue;
      label(tags, margins, i, j, B_ORG);
    } else {
      if (j - i > 2) {
        i = j - 1;
        continue;
      }
      // the context first: a look-up in the tag dictionary costs more
      if (!matchContext(infos, i, j)) {
        i = j - 1;
        continue;
      }
      // «[الاتحاد السوفييتي]»: a definite place of two words is a state or a region, no club
      let club = j - i === 1 || !isDefinite(word.b, 2);
      for (let k = i; k < j && club; k++) club = namesClub(lex, infos[k]!.word.b);
      if (club) for (let k = i; k < j; k++) tags[k] = k === i ? B_ORG : B_ORG + 1; // retyped: the model's edges and margins stand
      i = j - 1;
    }
  }
}

/**
 * Folded words that pair two teams in a fixture (names QA round 127): «يجمع/تجمع/جمعت/جمع/
 * سيجمع/ستجمع X مع Y» "brings X together with Y", «مباراة/لقاء/مواجهة X وY», with «بين» after
 * them or not.
 */
const FIXTURE_CUES = new Set(['يجمع', 'تجمع', 'جمعت', 'جمع', 'سيجمع', 'ستجمع', 'مباراة', 'لقاء', 'مواجهة'].map(foldWord));

/** Folded «مع», «و» written apart and «بين», the words of a fixture's pairing. */
const WITH = foldWord('مع');
const AND = 'و';
const BETWEEN = foldWord('بين');

/**
 * How surely the token at `k` is one side of a fixture: 0 when it is no bare definite word of
 * one token (left O, or a one-word name of any type; with `and`, on «و» only), 3 when the model
 * or the rules made it an ORG or it is a club of CLUBS, 2 when it is one of CLUBS_AFTER_CLUB
 * (also common nouns) or a word the corpus tags an organisation at times (namesClub: «الغد» is a
 * newspaper too, «مباراة الغد» "tomorrow's match"), 1 for any other definite word of three
 * letters or more after the article that is no nisba adjective («الشمال»; not «التي»).
 */
function fixtureSide(infos: readonly TokenInfo[], tags: Int8Array, k: number, and: boolean, lex: Lexicon): number {
  if (k >= tags.length) return 0;
  const t = tags[k]!;
  if (t !== O && t % 2 === 0) return 0;
  if (k + 1 < tags.length && t !== O && tags[k + 1] === t + 1) return 0;
  const word = infos[k]!.word;
  if (word.p !== (and ? 'و' : '') || !isDefinite(word.b, 2) || opensOtherName(infos, tags, k + 1)) return 0;
  const listed = listedClub(word.b);
  if (t === B_ORG || listed === 1) return 3;
  if (listed === 2 || namesClub(lex, word.b)) return 2;
  return isNisba(word.b) || !isDefinite(word.b, 3) ? 0 : 1;
}

/**
 * «تجمع [العربي] مع [الوكرة]», «جمعت [الجزيرة] و[الشباب]», «مباراة [الشمال] و[الريان]» (names
 * QA round 127): in a sentence that speaks of sport (speaksOfSport), right after a word that
 * pairs two teams (FIXTURE_CUES, with its proclitics; «بين» may follow it), two bare definite
 * words joined by «مع» or «و» are the two clubs of the fixture when both are clubs (fixtureSide
 * 2 or 3: listed, or known to the corpus as organisations), or one is surely a club (3: an ORG
 * already or a club of CLUBS) and the other a definite word that is no nisba («الشمال», a Qatari
 * club no list holds). Each becomes a one-word ORG, as ANERcorp writes «تجمع العربي/B-ORG مع
 * الوكرة/B-ORG»; the pairs may go on, «X مع Y وZ مع W». Not an organisation word or a «لل…» purpose after a side («والاتحاد
 * الأوروبي»), and nothing outside sport («جمع الأفكار والمقترحات», «مواجهة الإرهاب والتطرف»).
 */
function retypeFixtureClubs(infos: TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  let sport = -1; // unknown until a cue is found
  for (let c = 0; c + 2 < tags.length; c++) {
    if (tags[c] !== O || headBase(infos[c]!.word.w, FIXTURE_CUES) === '') continue;
    if (sport < 0) sport = speaksOfSport(infos) ? 1 : 0;
    if (sport === 0) return;
    let k = c + 1;
    if (infos[k]!.word.w === BETWEEN && tags[k] === O) k++;
    let and = false;
    for (;;) {
      const a = fixtureSide(infos, tags, k, and, lex);
      if (a === 0) break;
      // «X مع Y», «X وY» or «X و Y»
      const joiner = k + 1 < tags.length && tags[k + 1] === O ? infos[k + 1]!.word.w : '';
      const apart = joiner === WITH || joiner === AND;
      const m = apart ? k + 2 : k + 1;
      const b = fixtureSide(infos, tags, m, !apart, lex);
      if (b === 0 || a + b < 4) break;
      for (const s of [k, m]) {
        if (tags[s] === O) label(tags, margins, s, s + 1, B_ORG);
        else tags[s] = B_ORG; // retyped: the model's edges and margins stand
      }
      // «… وZ مع W»: another pair of the same round
      k = m + 1;
      and = true;
    }
    if (and) c = k - 1;
  }
}

/**
 * Folded words of football that no other field uses much: a match, a league, a goal, a player,
 * a coach, a pitch, a half, a kick, a cup, and (names QA round 98) a season, a title, a score
 * («بنتيجة»), a line-up, «فريقه». A text with one of them speaks of sport.
 */
const SPORT_WORDS = new Set(
  (
    'مباراة المباراة مباراته مباراتين المباراتين مباريات المباريات الدوري دوري هدف هدفا الهدف هدفين أهداف الأهداف الشوط ' +
    'لاعب اللاعب لاعبي اللاعبين لاعبو لاعبيه مدرب المدرب مدربه الملعب ملعب ركلة المرمى مرمى كأس الكأس ' +
    'موسم موسما الموسم لقب اللقب ألقاب الألقاب بنتيجة التشكيلة فريقه'
  )
    .split(' ')
    .map(foldWord),
);

/** True when one of the tokens is a word of football (SPORT_WORDS), after its proclitics. */
export function speaksOfSport(infos: readonly TokenInfo[]): boolean {
  for (const { word } of infos) if (SPORT_WORDS.has(word.b)) return true;
  return false;
}

/**
 * True when the token at `i` may be a club by its own name: a listed club (CLUBS) or a word the
 * corpus tags an organisation at least a tenth of the time.
 */
export function clubLike(infos: readonly TokenInfo[], i: number, lex: Lexicon): boolean {
  const { w, b } = infos[i]!.word;
  return listedClub(w) === 1 || listedClub(b) === 1 || namesClub(lex, b);
}

/** COMPANIES of lists.ts as written (not folded), a two-word name with one space; built on first use. */
let companyNames: Set<string> | undefined;

/**
 * «ل[جوجل]PERS», «تكشف [سوني]PERS», «من [أبل]LOC», «أرباح [سامسونج]MISC», «[سوني إريكسون]PERS»
 * (names QA round 115): a name the model found of one or two words, of a type other than ORG,
 * that is exactly a company of COMPANIES (lists.ts) is that company: an ORG over the same words,
 * as ANERcorp train writes companies, after a product word too («من [نوكيا]»). The words are
 * compared as written after the first word's proclitics, so that «[إبل]» "camels" stays as the
 * model read it; a longer name the model found («[سامسونج جالاكسي]», a product) is left alone.
 */
function retypeCompanies(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0 || t === B_ORG) continue;
    const j = spanEnd(tags, i);
    if (j - i > 2) {
      i = j - 1;
      continue;
    }
    companyNames ??= new Set(placeNames(COMPANIES));
    const first = raw[i]!.slice(infos[i]!.word.p.length);
    if (companyNames.has(j - i === 1 ? first : `${first} ${raw[i + 1]!}`)) {
      for (let k = i; k < j; k++) tags[k] = k === i ? B_ORG : B_ORG + 1; // retyped: the model's edges and margins stand
    }
    i = j - 1;
  }
}

/**
 * Folded cities that name a football club by the bare city and that the corpus writes as cities
 * (names QA round 97): «روما», «نابولي», «موناكو», «دورتموند», and those the tag dictionary splits
 * between the city and the club («برشلونة», «ميلان», «إشبيلية», «مارسيليا», …); names QA round 99
 * adds the spelling «مرسيليا» and Bergamo's club «أتالانتا» (not «أتلانتا», the US city).
 */
const CITY_CLUBS = new Set(
  ['روما', 'نابولي', 'موناكو', 'دورتموند', 'برشلونة', 'ميلان', 'فالنسيا', 'إشبيلية', 'اشبيلية', 'مارسيليا', 'مرسيليا', 'أتالانتا', 'اتالانتا', 'تورينو', 'جنوى', 'باليرمو', 'بورتو', 'شالكه'].map(foldWord),
);

/**
 * «لاعبي [روما]LOC», «خسر أمام [روما]LOC», «ضد [برشلونة]LOC», «مع [نابولي]LOC» (names QA round
 * 97): in a sentence that speaks of sport (speaksOfSport), a one-word place of CITY_CLUBS with no
 * proclitic, right after a noun for a club's people or «نادي/فريق» (CLUB_CUES; not «جمهور»), a
 * preposition of an opponent («مع/ضد/أمام/على») or in a match context (matchContext), names its
 * club: an ORG over the same word. The city stays where the sentence speaks of no sport («التحالف
 * مع [روما]», «غارات على [هامبورغ]») or after another word («في [روما]»).
 */
function retypeSportCityClubs(infos: readonly TokenInfo[], tags: Int8Array): void {
  let sport = -1; // unknown until a candidate is found
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i - 1] !== O || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    const word = infos[i]!.word;
    if (word.p.length > 0 || !CITY_CLUBS.has(word.b)) continue;
    const before = infos[i - 1]!.word;
    const cue = headBase(before.w, CLUB_CUES);
    if (!((cue !== '' && cue !== AUDIENCE) || MATCH_PREPOSITIONS.has(before.w) || matchContext(infos, i, i + 1))) continue;
    if (sport < 0) sport = speaksOfSport(infos) ? 1 : 0;
    if (sport === 1) tags[i] = B_ORG; // retyped: the model's edges and margins stand
  }
}

/**
 * Folded words of a player's transfer between clubs (names QA round 114): «انتقل/ينتقل/انتقال»,
 * «انضم/ينضم/انضمام», «الإعارة/معارا» "on loan", «ضم/ضمه» "signed", «التعاقد», «الرحيل/يرحل»,
 * «شراء», «خدمات» («حصل على خدمات»), «استقدام»; masculine forms and nouns (a player is the
 * subject; «انتقلت» is as often a word or a custom). Not «يضم» "contains", nor «وصل/العودة/توجه»,
 * a journey to the city.
 */
const TRANSFER_WORDS = new Set(
  (
    'انتقل ينتقل سينتقل انتقال انتقاله المنتقل انضم ينضم سينضم انضمام انضمامه الإعارة إعارة معارا ' +
    'ضم ضمه التعاقد تعاقد يتعاقد الرحيل يرحل رحل رحيله شراء خدمات استقدام'
  )
    .split(' ')
    .map(foldWord),
);

/**
 * Folded «قادما/قادم/القادم» "coming (from)": a transfer word before «من» only («الأحد القادم إلى
 * جدة» is "next Sunday"), and not after a team (TEAM_SUBJECTS), which comes from its city
 * («الفريق القادم من [تورينو]»).
 */
const COMING_WORDS = new Set(['قادما', 'قادم', 'القادم'].map(foldWord));

/** Folded nouns of a team or its party that come from their city: «الفريق/النادي/البعثة القادم(ة) من X». */
const TEAM_SUBJECTS = new Set(['فريق', 'الفريق', 'نادي', 'النادي', 'بعثة', 'البعثة'].map(foldWord));

/** Folded «من», the preposition «قادما» takes. */
const FROM_CLUB = foldWord('من');

/** Folded prepositions of a transfer's clubs: «من X» (the club left), «إلى X» (the club joined), «عن X» («الرحيل عن X»). */
const TRANSFER_PREPOSITIONS = new Set(['من', 'إلى', 'الى', 'عن'].map(foldWord));

/** Folded «إلى», the preposition a proclitic «ل» stands for («يرحل لروما»). */
const TO = foldWord('إلى');

/** Folded punctuation that ends the clause a transfer word is looked for in. */
const CLAUSE_MARKS = new Set(['،', ',', '؛', ';', '.', ':', '(', ')']);

/**
 * How many words before the preposition a transfer word may stand: a name and its descriptions
 * come between («ضم رادامل فالكاو من موناكو», «حصل على خدمات لاعب الوسط البرازيلي دوغلاس كوستا
 * من شاختار»).
 */
const TRANSFER_WINDOW = 8;

/**
 * True when the place over tokens [i, j) (one or two words) is a club by its own name (names QA
 * round 114, shared by round 119): one definite word that is a listed club («القادسية», not the
 * country «الأوروغواي»); one bare word of CITY_CLUBS or that the corpus tags an organisation at
 * least a tenth of the time (namesClub), not a country with a listed adjective (a national team);
 * or two words that are all namesClub and not a definite state («[الاتحاد السوفييتي]»).
 */
function clubByName(infos: readonly TokenInfo[], i: number, j: number, lex: Lexicon): boolean {
  const b = infos[i]!.word.b;
  if (j - i === 1) return isDefinite(b, 2) ? listedClub(b) > 0 : (CITY_CLUBS.has(b) || namesClub(lex, b)) && !isListedNationsCountry(b);
  if (isDefinite(b, 2)) return false;
  for (let k = i; k < j; k++) if (!namesClub(lex, infos[k]!.word.b)) return false;
  return true;
}

/**
 * Retypes the place over tokens [i, j) as an ORG when it is a club by its own name (clubByName)
 * in a sentence that speaks of sport (speaksOfSport, asked once per sentence: `sport` is -1 while
 * unknown, then 0 or 1, and is returned); the model's edges and margins stand. Shared by
 * retypeTransferClubs and retypePlayedClubs.
 */
function retypeClubByName(infos: readonly TokenInfo[], tags: Int8Array, i: number, j: number, lex: Lexicon, sport: number): number {
  if (!clubByName(infos, i, j, lex)) return sport;
  if (sport < 0) sport = speaksOfSport(infos) ? 1 : 0;
  if (sport === 1) for (let k = i; k < j; k++) tags[k] = k === i ? B_ORG : B_ORG + 1;
  return sport;
}

/**
 * «انتقل توران من أتلتيكو مدريد إلى [برشلونة]LOC», «القادم على سبيل الإعارة من [موناكو]LOC»,
 * «حصل على خدمات … كوستا من [شاختار]LOC», «يرحل ل[روما]LOC» (names QA round 114): in a sentence
 * that speaks of sport (speaksOfSport), a place of one or two words right after a preposition of
 * a transfer (TRANSFER_PREPOSITIONS, or the proclitic «ل» on its first word), with a word of a
 * transfer (TRANSFER_WORDS; COMING_WORDS before «من») at most TRANSFER_WINDOW words before the
 * preposition in the same clause and no other such preposition between them («انضم إلى زملائه
 * خلال رحلة تشيلسي إلى [نيويورك]» stays), names the club the player leaves or joins when it is a
 * club by its own name (clubByName): one bare word of CITY_CLUBS or that the corpus tags an
 * organisation at least a tenth of the time (namesClub), not a country with a listed adjective;
 * one definite word that is a listed club («من [القادسية]», not «من [الأوروغواي]»); or two words
 * that are all namesClub and not a definite state («[الولايات المتحدة]»). Travel is no transfer
 * («وصل/العودة إلى [جدة]»). ANERcorp train writes such clubs ORG («من [مانشستر]», «إلى
 * [يوفنتوس]», «من [بنفيكا]»). It becomes an ORG over the same words.
 */
function retypeTransferClubs(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  let sport = -1; // unknown until a candidate is found
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i - 1] !== O) continue;
    const j = spanEnd(tags, i);
    const word = infos[i]!.word;
    // the preposition: the word before, or «ل» on the place itself («يرحل لروما»)
    const p = word.p === 'ل' ? i : word.p.length === 0 && TRANSFER_PREPOSITIONS.has(infos[i - 1]!.word.w) ? i - 1 : -1;
    if (j - i > 2 || p < 0) {
      i = j - 1;
      continue;
    }
    // a verb takes one «إلى» and one «من»: the same preposition before this one has its own
    // place («انضم إلى زملائه خلال رحلة تشيلسي إلى [نيويورك]»)
    const prep = p === i ? TO : infos[p]!.word.w;
    let transfer = false;
    for (let k = p - 1; k >= 0 && k >= p - TRANSFER_WINDOW && !transfer; k--) {
      const w = infos[k]!.word;
      if (CLAUSE_MARKS.has(w.w) || w.w === prep) break;
      // «وضم»: a base of two letters keeps its «و» in the split (see splits)
      const c0 = w.w.charCodeAt(0);
      transfer = TRANSFER_WORDS.has(w.b) || TRANSFER_WORDS.has(w.w) || ((c0 === WAW || c0 === FEH) && TRANSFER_WORDS.has(w.w.slice(1)));
      if (!transfer && prep === FROM_CLUB && COMING_WORDS.has(w.b)) transfer = k === 0 || !TEAM_SUBJECTS.has(infos[k - 1]!.word.b);
    }
    if (!transfer) {
      i = j - 1;
      continue;
    }
    sport = retypeClubByName(infos, tags, i, j, lex, sport);
    i = j - 1;
  }
}

/**
 * Folded nouns for a club's goal, defence, staff, training or colours in construct with the club
 * (names QA round 119): «شباك/مرمى [برشلونة]», «دفاع [برشلونة]», «إدارة [جنوى]», «تدريبات
 * [فالنسيا]», «عشاق/أنصار [برشلونة]», «ألوان [نيويورك سيتي]». Outside sport «دفاع/إدارة» are as
 * often a city's, so they are taken only in a sentence that speaks of sport.
 */
const CLUB_PARTS = new Set(
  ['شباك', 'مرمى', 'دفاع', 'إدارة', 'ادارة', 'تدريبات', 'عشاق', 'أنصار', 'انصار', 'ألوان', 'الوان', 'هجوم'].map(foldWord),
);

/** Folded «وسط» "midfield" (and "the middle of"), a club's part after «لاعب/لاعبي/لاعبو/خط» only. */
const MIDFIELD = foldWord('وسط');

/** Folded words before «وسط» that make it the midfield: «لاعب وسط [نانت]», «خط وسط [تشيلسي]». */
const MIDFIELD_HEADS = new Set(['لاعب', 'لاعبي', 'لاعبو', 'خط'].map(foldWord));

/**
 * Folded nouns of a team with a possessive pronoun, or of a rival, in apposition to the club's
 * name: «فريقه الجديد [برشلونة]», «ناديه السابق [إشبيلية]», «مواطنه [إشبيلية]» (also after a
 * definite adjective: «الفريق الأندلسي [إشبيلية]», see retypePlayedClubs).
 */
const CLUB_APPOSITION_HEADS = new Set(['فريقه', 'فريقها', 'ناديه', 'ناديها', 'مواطنه', 'نظيره'].map(foldWord));

/** Folded «الفريق/النادي», heads that take a definite adjective before the club's name. */
const DEFINITE_TEAMS = new Set(['الفريق', 'النادي'].map(foldWord));

/**
 * Folded words of a player's playing for a club: «يلعب/لعب/سيلعب في X», «المحترف/احترف في X».
 * Not the indefinite «محترف» "professional" («فاز بلقبه الأول كلاعب محترف في [باليرمو]», a
 * tournament's city).
 */
const PLAY_WORDS = new Set(['يلعب', 'لعب', 'سيلعب', 'يلعبون', 'لعبه', 'المحترف', 'احترف', 'يحترف'].map(foldWord));

/** Folded «في», the preposition of a club a player plays in. */
const IN = foldWord('في');

/**
 * Folded words of a match or a national team: a match played in a city names its venue («لعب
 * مباراة في [أسونسيون]», «النهائي الذي لعب في [بوخارست]»), not a club.
 */
const MATCH_WORDS = new Set(['مباراة', 'المباراة', 'مباراته', 'مباريات', 'المباريات', 'لقاء', 'اللقاء', 'مباراتين', 'النهائي', 'نهائي', 'المنتخب', 'منتخب'].map(foldWord));

/** How many words before «في» a word of playing may stand: «يلعب الموسم المقبل في [سرقسطة]», «يلعب في صفوف الفريق الأول في [نانت]». */
const PLAY_WINDOW = 6;

/**
 * «يلعب الموسم المقبل في [سرقسطة]LOC», «لاعب وسط [نانت]LOC», «يهز شباك [برشلونة]LOC», «إدارة
 * [جنوى]LOC», «فريقه الجديد [برشلونة]LOC», «الفريق الأندلسي [إشبيلية]LOC» (names QA round 119):
 * in a sentence that speaks of sport (speaksOfSport), a place of one or two words with no
 * proclitic that is a club by its own name (clubByName, as for a transfer) names the club when
 * it stands after a noun of a club's part (CLUB_PARTS, or «وسط» after «لاعب/خط»), after a noun of
 * a match or its result (MATCH_RESULT_NOUNS, round 121: «بفوز [برشلونة]»), after a team's
 * noun with a pronoun or a rival's (CLUB_APPOSITION_HEADS, with at most one definite adjective
 * between: «ناديه السابق»), after «الفريق/النادي» and one definite adjective, or after «في» with
 * a word of playing (PLAY_WORDS) at most PLAY_WINDOW words before it in the same clause and no
 * word of a match between or up to two words before it (a match's venue is the city: «النهائي
 * الذي لعب في [بوخارست]»). It becomes an ORG over the same words, as ANERcorp train writes «حارس
 * مرمى [ليفربول]», «فريقه الجديد [برشلونة]», «المحترف في [هرتا برلين]». A stadium named after the
 * club («ملعب [برشلونة]») stays a place, as ANERcorp writes it. Names QA round 122 adds the subject
 * of a team's masculine verb (CLUB_SUBJECT_VERBS: «ويسعى [بشكتاش]», «يقلص [نيويورك] الفارق»), the
 * club with «ل» after a word of the score, a role or a match (scoredForClubContext:
 * «الركلة الثالثة ل[ميلان]», «كمدرب ل[بورتسموث]»), and the club with «و» right after a national
 * team's country (joinedToNationalTeam: «هداف إسبانيا و[برشلونة]»).
 */
function retypePlayedClubs(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  let sport = -1; // unknown until a candidate is found
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const p = infos[i]!.word.p;
    // round 122: «و» after a national team's country, «ل» after a word of the score
    const cued =
      tags[i - 1] === O
        ? p.length === 0
          ? playedClubContext(infos, tags, i)
          : p === 'ل' && scoredForClubContext(infos, tags, i)
        : p === 'و' && joinedToNationalTeam(infos, tags, i);
    if (j - i > 2 || !cued) {
      i = j - 1;
      continue;
    }
    sport = retypeClubByName(infos, tags, i, j, lex, sport);
    i = j - 1;
  }
}

/** Folded «حساب» of «على حساب X» "at X's expense": in a sentence about sport, the team a win was over. */
const EXPENSE = foldWord('حساب');

/** Folded «على», the preposition before «حساب». */
const ON = foldWord('على');

/** True when a token is one side of a match's score: a number of one or two digits, or «صفر». */
function scoreSide(t: string): boolean {
  return (t.length <= 2 && isNumeral(t)) || foldWord(t) === NIL;
}

/**
 * True when the tokens from `k` are a match's score: a side (scoreSide), a hyphen and another
 * side, run on by no other hyphen or slash («1 - صفر», «2-1»; not a date «22-5-1990» nor a
 * range of years «1412 - 1413»).
 */
function scoreAt(raw: readonly string[], k: number): boolean {
  if (k + 2 >= raw.length || !scoreSide(raw[k]!) || (raw[k + 1] !== '-' && raw[k + 1] !== '\u2013') || !scoreSide(raw[k + 2]!)) return false;
  const next = k + 3 < raw.length ? raw[k + 3]! : '';
  return next !== '-' && next !== '\u2013' && next !== '/';
}

/** How many tokens a results line's bracketed country or its other team may take: «( الدنمارك )», «سسكا موسكو». */
const RESULT_PART = 3;

/**
 * The index after a bracketed part of at most RESULT_PART tokens at `k` («( الدنمارك )»), or `k`
 * when none stands there.
 */
function skipBracket(raw: readonly string[], k: number): number {
  if (k >= raw.length || raw[k] !== '(') return k;
  for (let m = k + 1; m < raw.length && m <= k + RESULT_PART + 1; m++) if (raw[m] === ')') return m + 1;
  return k;
}

/**
 * 1 when the team ending before `j` is followed by a match's score (scoreAt: «على [كوبنهاغن] 1 -
 * صفر»), 2 when that score comes after its bracketed country in a line of results, right after
 * it or after the other team and its country («[سلتيك] ( اسكتلندا ) - [كوبنهاغن] ( الدنمارك ) 1
 * - صفر»), 0 otherwise.
 */
function scoredAfter(raw: readonly string[], j: number): number {
  if (scoreAt(raw, j)) return 1;
  const k = skipBracket(raw, j);
  if (k === j) return 0;
  if (scoreAt(raw, k)) return 2;
  if (k >= raw.length || (raw[k] !== '-' && raw[k] !== '\u2013')) return 0;
  // the other team, then its bracketed country and the score
  for (let m = k + 2; m < raw.length && m <= k + RESULT_PART + 1; m++) {
    if (raw[m] !== '(') continue;
    const n = skipBracket(raw, m);
    return n > m && scoreAt(raw, n) ? 2 : 0;
  }
  return 0;
}

/**
 * «بفوزه على [كوبنهاغن]LOC 1 - صفر», «[سسكا موسكو] ( روسيا ) - [هامبورغ]LOC ( المانيا ) 1 - صفر»,
 * «وكان على حساب [بورتو]LOC» (names QA round 131): a place of one or two words, not definite and
 * not a country with a listed adjective (a national team is its country: «على [هايتي] 1 - صفر»),
 * that is a club by its own name (clubByName: a word the corpus tags an organisation at times,
 * or of CITY_CLUBS; no country is one) names the club when a match's score follows it (scoredAfter,
 * also after its bracketed country in a line of results) or it stands after «على حساب» "at the
 * expense of". A score needs a sentence that speaks of sport (speaksOfSport), a preposition of an
 * opponent or «من» right before the team («بفوزه على»، «هزم من»), or the line of results; «على
 * حساب» needs the sentence about sport. A place after «في» or with «ب» is the match's venue and
 * stays («في [ميونخ] 2-1»). It becomes an ORG over the same words, as ANERcorp train writes
 * «[بنفيكا]ORG ( البرتغال ) - [مانشستر يونايتد]ORG ( انكلترا ) صفر - 1».
 */
function retypeScoredClubs(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  let sport = -1; // unknown until a candidate is found
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i > 0 && tags[i - 1] !== O)) continue;
    const j = spanEnd(tags, i);
    const word = infos[i]!.word;
    const before = i > 0 ? infos[i - 1]!.word.w : ''; // a line of results opens with its first team
    if (j - i > 2 || (word.p.length > 0 && word.p !== 'و') || before === IN || isDefinite(word.b, 2) || !clubByName(infos, i, j, lex)) {
      i = j - 1;
      continue;
    }
    const scored = scoredAfter(raw, j);
    const expense = word.p.length === 0 && before === EXPENSE && i > 1 && infos[i - 2]!.word.w === ON;
    if (scored === 0 && !expense) {
      i = j - 1;
      continue;
    }
    let cued = scored === 2 || (scored === 1 && (MATCH_PREPOSITIONS.has(before) || before === FROM_CLUB));
    if (!cued) {
      if (sport < 0) sport = speaksOfSport(infos) ? 1 : 0;
      cued = sport === 1;
    }
    if (cued) for (let k = i; k < j; k++) tags[k] = k === i ? B_ORG : B_ORG + 1; // retyped: the model's edges and margins stand
    i = j - 1;
  }
}

/**
 * Folded nouns of a match or its result in construct with a team (names QA round 121): «بفوز
 * [برشلونة]», «لقاء [إشبيلية]», «لمواجهة [سموحة]», «تغريم [برشلونة]», «بخسارة [روما]». Taken bare
 * or with a proclitic through the word's base (headBase); a match's venue follows «في» («مباراة
 * في [لندن]») and is not after one of these.
 */
const MATCH_RESULT_NOUNS = new Set(
  ['فوز', 'لقاء', 'مواجهة', 'تغريم', 'خسارة', 'هزيمة', 'انتصار', 'تعادل', 'مباراة', 'مباريات', 'ضيافة'].map(foldWord),
);

/**
 * Folded masculine verbs whose subject right after them is a team in a sport sentence (names QA
 * round 122): «ويسعى [بشكتاش]», «وأضاف [مونتريال] الهدف الثالث», «يقلص [نيويورك] الفارق»,
 * «ويحتل [مونتريال] المركز», «قرر [تورينو]», «ولم يكشف [مارسيليا]», «كان [نيويورك سيتي]
 * متخلفا». A town is feminine («وكانت [مونتريال] مسرحا», «فازت [إسبانيا]»), so a masculine verb
 * before it speaks of its club. Verbs of a journey or a visit («وصل/زار/غادر [برشلونة]»), whose
 * object is the town, are not in the list.
 */
const CLUB_SUBJECT_VERBS = new Set(
  (
    'يسعى سعى أضاف يضيف قلص يقلص يحتل احتل حقق يحقق دفع يدفع كشف يكشف مر يمر قرر يقرر كان يكون ' +
    'عزز يعزز أنهى ينهي استهل يستهل تقدم يتقدم تصدر يتصدر حسم يحسم أحرز يحرز سجل يسجل نجح ينجح ' +
    'تأهل يتأهل تراجع يتراجع أعلن يعلن رفض يرفض ضمن يضمن يخوض خاض احتفل يحتفل توج يتوج أهدر يهدر ' +
    'اكتفى يكتفي يبحث بحث يستعد استعد يرغب رغب'
  )
    .split(' ')
    .map(foldWord),
);

/**
 * Folded words of a score, or of a role taken for a team, before «ل» + the club (names QA round
 * 122): «الركلة الثالثة ل[ميلان]», «ضمن نقطة ل[بوكا]», «هدفا ل[روما]», «كمدرب/مدربا ل[بورتسموث]»
 * "as a coach for"; with the nouns of a match or its result (MATCH_RESULT_NOUNS), through the
 * word's base. Not a journey («وصل ل[مدريد]»), nor a bare «مدرب ل[برشلونة]» (names QA round 15
 * keeps it: the proclitic breaks the construct).
 */
const SCORE_WORDS = new Set(
  [
    'ركلة', 'الركلة', 'هدف', 'هدفا', 'الهدف', 'هدفين', 'أهداف', 'نقطة', 'نقطتين', 'النقاط', 'الفوز', 'التعادل', 'سجل', 'أحرز', 'يسجل',
    'لاعبا', 'مدربا', 'هدافا', 'كلاعب', 'كمدرب', 'كهداف', 'كمهاجم', 'كحارس',
  ].map(foldWord),
);

/** How many words before «ل» + the club a word of the score may stand: «الركلة الثالثة ل[ميلان]». */
const SCORE_WINDOW = 2;

/**
 * True when the place at `i`, with the proclitic «ل» (tags[i - 1] is O), follows a word of a
 * score or a role (SCORE_WORDS) or of a match or its result (MATCH_RESULT_NOUNS) at most
 * SCORE_WINDOW words before it in the same clause: see retypePlayedClubs.
 */
function scoredForClubContext(infos: readonly TokenInfo[], tags: Int8Array, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - SCORE_WINDOW && tags[k] === O; k--) {
    const w = infos[k]!.word;
    if (CLAUSE_MARKS.has(w.w)) return false;
    if (headBase(w.w, SCORE_WORDS) !== '' || headBase(w.w, MATCH_RESULT_NOUNS) !== '') return true;
  }
  return false;
}

/**
 * True when the place at `i`, with the proclitic «و», follows a one-word place that is a
 * country with a listed adjective (isListedNationsCountry: its national team): «هداف إسبانيا
 * و[برشلونة]», «مع إسبانيا و[برشلونة]» (names QA round 122): a player's two teams. See
 * retypePlayedClubs.
 */
function joinedToNationalTeam(infos: readonly TokenInfo[], tags: Int8Array, i: number): boolean {
  return tags[i - 1] === B_LOC && (i < 2 || tags[i - 2] === O) && isListedNationsCountry(infos[i - 1]!.word.b);
}

/** True when the words before the place at `i` (tags[i - 1] is O) make it a club: see retypePlayedClubs. */
function playedClubContext(infos: readonly TokenInfo[], tags: Int8Array, i: number): boolean {
  const before = infos[i - 1]!.word;
  if (headBase(before.w, CLUB_PARTS) !== '' || headBase(before.w, MATCH_RESULT_NOUNS) !== '') return true;
  // round 122: «ويسعى [بشكتاش]», «قلص [نيويورك] الفارق»: the subject of a team's verb
  if (headBase(before.w, CLUB_SUBJECT_VERBS) !== '') return true;
  const two = i >= 2 && tags[i - 2] === O ? infos[i - 2]!.word : undefined;
  if (before.b === MIDFIELD) return two !== undefined && headBase(two.w, MIDFIELD_HEADS) !== '';
  if (CLUB_APPOSITION_HEADS.has(before.b)) return true;
  if (two !== undefined && before.p.length === 0 && isDefinite(before.w, 3) && (CLUB_APPOSITION_HEADS.has(two.b) || DEFINITE_TEAMS.has(two.w))) return true;
  if (before.w !== IN) return false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - PLAY_WINDOW; k--) {
    const w = infos[k]!.word;
    if (CLAUSE_MARKS.has(w.w) || MATCH_WORDS.has(w.b)) return false;
    // «النهائي الذي لعب في [بوخارست]»: a match played there, its venue
    if (PLAY_WORDS.has(w.b) || PLAY_WORDS.has(w.w)) return !((k >= 1 && MATCH_WORDS.has(infos[k - 1]!.word.b)) || (k >= 2 && MATCH_WORDS.has(infos[k - 2]!.word.b)));
  }
  return false;
}

/**
 * «بين [الأهلي]ORG والهلال», «[ميلان]ORG و[إنتر]LOC», «الهلال و[النصر]ORG»: in a sentence that
 * speaks of sport (speaksOfSport), a team joined by «و» to a club the model or the rules found
 * (an ORG of one or two words whose first word is clubLike) is a club too: a listed club
 * (CLUBS) the model left O, or a one-word place the corpus tags an organisation at times
 * (namesClub). Not before another name's word («والاتحاد الأوروبي», see opensOtherName). Names QA
 * round 122: the place after the club may be a club by its own name of one or two words
 * (clubByName: «لاتسيو و[روما]», «وواتفورد و[نوريتش سيتي]»).
 */
function retypeCoordinatedClubs(infos: TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  let sport = -1; // unknown until a pair is found
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    const j = spanEnd(tags, i);
    // «و» after the name or on its first word, then the costlier test of the name itself
    const after = j < tags.length && infos[j]!.word.p === 'و';
    const before = i > 0 && infos[i]!.word.p === 'و';
    if (j - i > 2 || (!after && !before) || !clubLike(infos, i, lex)) {
      i = j - 1;
      continue;
    }
    // the team after the club: «[الأهلي] والهلال»
    if (after && (j + 1 >= tags.length || tags[j + 1] === O || tags[j + 1] === B_ORG)) {
      const t = tags[j]!;
      const b = infos[j]!.word.b;
      const listed = t === O && listedClub(b) === 1 && !opensOtherName(infos, tags, j + 1);
      if (listed || (t === B_LOC && (namesClub(lex, b) || clubByName(infos, j, j + 1, lex)))) {
        if (sport < 0) sport = speaksOfSport(infos) ? 1 : 0;
        if (sport === 1) {
          if (listed) label(tags, margins, j, j + 1, B_ORG);
          else tags[j] = B_ORG;
        }
      }
    } else if (after && tags[j] === B_LOC && tags[j + 1] === B_LOC + 1 && (j + 2 >= tags.length || tags[j + 2] !== B_LOC + 1)) {
      // round 122: a club of two words by its own name, «[واتفورد] و[نوريتش سيتي]»
      sport = retypeClubByName(infos, tags, j, j + 2, lex, sport);
    }
    // the team before it: «الهلال و[النصر]»
    if (before && (i < 2 || tags[i - 2] === O)) {
      const t = tags[i - 1]!;
      const word = infos[i - 1]!.word;
      const listed = t === O && word.p.length === 0 && listedClub(word.w) === 1;
      if (listed || (t === B_LOC && word.p.length === 0 && namesClub(lex, word.b))) {
        if (sport < 0) sport = speaksOfSport(infos) ? 1 : 0;
        if (sport === 1) {
          if (listed) label(tags, margins, i - 1, i, B_ORG);
          else tags[i - 1] = B_ORG;
        }
      }
    }
    i = j - 1;
  }
}

/**
 * «[الأهلي والإسماعيلي]ORG», «[ميلان وإنتر ميلان]ORG»: in a text that speaks of sport
 * (speaksOfSport), an ORG of two to six words that starts with a club (clubLike) and has a
 * word with «و» that is a club too is two teams run into one name: a new ORG starts at each
 * such word («[الأهلي]ORG و[الإسماعيلي]ORG»). A club's name does not go on over «و» + another
 * club; a body named for two things («منظمة الأمن والتعاون») starts with no club.
 */
function splitJoinedClubs(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  let sport = -1; // unknown until a joined pair is found
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    const j = spanEnd(tags, i);
    if (j - i < 2 || j - i > 6) {
      i = j - 1;
      continue;
    }
    let first = -1; // unknown until a word with «و» is seen
    for (let k = i + 1; k < j; k++) {
      if (infos[k]!.word.p !== 'و' || !clubLike(infos, k, lex)) continue;
      if (first < 0) first = clubLike(infos, i, lex) ? 1 : 0;
      if (first === 0) break;
      if (sport < 0) sport = speaksOfSport(infos) ? 1 : 0;
      if (sport === 0) break;
      tags[k] = B_ORG; // retyped: the model's margins stand
    }
    i = j - 1;
  }
}

/** Folded «الاتحاد» "the union, the federation". */
const UNION = foldWord('الاتحاد');
/** Folded adjectives whose «الاتحاد» is a state: the Russian Federation, the Swiss Confederation. */
const STATE_UNIONS = new Set(['الروسي', 'السويسري'].map(foldWord));
/** Folded adjectives of a confederation of federations or a world body, never a state (names QA round 278): «الاتحاد الآسيوي» the AFC. */
const CONFEDERATION_ADJECTIVES = new Set(['الآسيوي', 'الاسيوي', 'الأفريقي', 'الإفريقي', 'الدولي', 'الخليجي', 'اللاتيني'].map(foldWord));

/**
 * «[الاتحاد السعودي]LOC» → ORG: «الاتحاد» + a masculine nationality adjective (CLUB_NATIONALITIES,
 * no proclitic) is a country's sports federation («الاتحاد السعودي لكرة القدم», which the model
 * finds as ORG when the purpose follows); read as a place when the two words stand alone. The
 * unions that are states are not adjectives of this list («الاتحاد السوفيتي») or are left out
 * (STATE_UNIONS: «الاتحاد الروسي», «الاتحاد السويسري»). Names QA round 278: also «الاتحاد» + an
 * adjective of CONFEDERATION_ADJECTIVES («خطابا الى [الاتحاد الآسيوي]LOC لكرة القدم»), and any
 * «الاتحاد» + adjective but the Soviet Union's when «لكرة» or «لألعاب» + a sport follows («[الاتحاد
 * العربي]LOC لكرة القدم», «الاتحاد الروسي لكرة القدم»): extendFederationSport then takes the sport
 * in.
 */
function retypeNationalFederations(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i + 1] !== B_LOC + 1 || spanEnd(tags, i) !== i + 2) continue;
    const adjective = infos[i + 1]!.word;
    if (infos[i]!.word.b !== UNION || adjective.p.length !== 0) continue;
    const purpose = i + 3 < tags.length && tags[i + 2] === O && tags[i + 3] === O ? infos[i + 2]!.word.w : '';
    const sport = (purpose === FOR_BALL || FOR_GAMES.has(purpose)) && infos[i + 3]!.word.p.length === 0 && isDefinite(infos[i + 3]!.word.w, 2) && !SOVIET.has(adjective.w);
    if (!sport && !CONFEDERATION_ADJECTIVES.has(adjective.w) && (!CLUB_NATIONALITIES.has(adjective.w) || STATE_UNIONS.has(adjective.w))) continue;
    tags[i] = B_ORG;
    tags[i + 1] = B_ORG + 1;
  }
}

/** Folded «اتحاد» without the article: «لاتحاد» is ل + «اتحاد» as the corpus often writes «للاتحاد». */
const UNION_BARE = foldWord('اتحاد');
/** Folded «لألعاب» of «الاتحاد الدولي لألعاب القوى»: another sport a federation is named for. */
const FOR_GAMES = new Set(['لألعاب', 'لالعاب'].map(foldWord));
/** Folded adjectives of the Soviet Union: its «الاتحاد» is a state whose team plays «لكرة القدم». */
const SOVIET = new Set(['السوفياتي', 'السوفيتي', 'السوفييتي'].map(foldWord));

/**
 * «[الاتحاد الدولي]ORG لكرة القدم» → «[الاتحاد الدولي لكرة القدم]ORG»: a federation's sport is
 * part of its name, as ANERcorp writes it («الاتحاد الدولي لكرة القدم», «والاتحاد الجنوب أفريقي
 * لكرة القدم») and as the model itself reads it most of the time (about 130 times in two news
 * files, 18 more left out). An ORG headed by «الاتحاد/اتحاد» (any proclitic) that ends right
 * before «لكرة» or «لألعاب» + one more word without a proclitic («القدم», «السلة», «اليد»,
 * «القوى») goes on over both. Not the Soviet Union's team («فريق [الاتحاد السوفياتي] لكرة
 * القدم»), and not a club or a team named after a place («[موناكو] لكرة القدم»): only the
 * federation head is taken.
 */
function extendFederationSport(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    const j = spanEnd(tags, i);
    const head = infos[i]!.word.b;
    if (j + 1 >= tags.length || (head !== UNION && head !== UNION_BARE) || (j - i > 1 && SOVIET.has(infos[i + 1]!.word.w))) {
      i = j - 1;
      continue;
    }
    const purpose = infos[j]!.word.w;
    const sport = infos[j + 1]!.word;
    if (tags[j] === O && tags[j + 1] === O && (purpose === FOR_BALL || FOR_GAMES.has(purpose)) && sport.p.length === 0 && isDefinite(sport.w, 2)) {
      for (const k of [j, j + 1]) {
        tags[k] = B_ORG + 1;
        margins[k] = Math.min(margins[k - 1]!, RULE_MARGIN);
      }
    }
    i = j - 1;
  }
}

/** Folded «المحيط» "the ocean", whose adjective «الهادي» names the Pacific. */
const OCEAN = foldWord('المحيط');
/**
 * Folded man's names that are also the adjective of a place name and are read as a place
 * alone: «الهادي» (the Pacific is «المحيط الهادي»; alone it is the given name al-Hādī).
 */
const PLACE_ADJECTIVE_NAMES = new Set(['الهادي'].map(foldWord));

/**
 * Folded given names of nisba shape, most of them Tunisian and Algerian (names QA round 190): «الباجي
 * قائد السبسي», «الشاذلي العياري», «المنجي عكاشة», «الهاشمي الحامدي», «المستوري القمودي», «الصحبي
 * المصراطي», «العجمي الوريمي», «المولدي الجندوبي», «التيجاني عبيد». As the first word of a person's
 * name they were cut off as a nationality adjective («[الروسي] فلاديمير بوتين»); after a name they
 * are family names and stay so. Not «العربي», an adjective as often («الشاعر العربي …»), nor
 * «الناجي», as often "the survivor" («الناجي [سوناو تسوبوي]»).
 */
const NISBA_GIVEN_NAMES = new Set(
  ['الباجي', 'الشاذلي', 'المنجي', 'الهاشمي', 'المهدي', 'الجيلاني', 'المستوري', 'الصحبي', 'العجمي', 'النوري', 'المولدي', 'التيجاني', 'العروسي', 'الباهي', 'الزواوي'].map(foldWord),
);

/** Folded «الأولمبي» "Olympique", whose club «الأولمبي الباجي» (of Béja) reads as «الباجي», a given name, after it. */
const THE_OLYMPIC = foldWord('الأولمبي');

/**
 * «الأولمبي [الباجي سيف الدين العياري]PERS»: a PERS that opens with a given name of NISBA_GIVEN_NAMES
 * right after an untagged «الأولمبي» opens with the adjective of a club's name (Olympique Béja),
 * and starts after it; the organisations' list then takes «الأولمبي الباجي» (names QA round 190).
 */
function dropClubNisbas(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] === B_PERS && tags[i - 1] === O && NISBA_GIVEN_NAMES.has(infos[i]!.word.b) && infos[i - 1]!.word.w === THE_OLYMPIC) startAfterFirstWord(tags, i);
  }
}

/** Whether a folded base is a given name of nisba shape (PLACE_ADJECTIVE_NAMES, NISBA_GIVEN_NAMES), which opens a person's name. */
export function isNisbaGivenName(base: string): boolean {
  return PLACE_ADJECTIVE_NAMES.has(base) || NISBA_GIVEN_NAMES.has(base);
}

/**
 * «وزير الداخلية [الهادي]LOC مجدوب» → «[الهادي مجدوب]PERS»: a one-word LOC of PLACE_ADJECTIVE_NAMES
 * (a proclitic allowed) not right after «المحيط» is the given name; the model reads it as the
 * Pacific's adjective. It becomes a PERS and takes in the next word when that is unlabelled,
 * has no proclitic and is a family name by the corpus: one the self-training tag dictionary
 * has no code for (a rare word: «مجدوب») or reads as a person in at least 35 % of its
 * occurrences («نويرة»); «الهادي التونسي», «الهادي أن» stay one word. A PERS right after it
 * (no proclitic) is the rest of the name: «[الهادي]LOC [شاكر]PERS» → «[الهادي شاكر]PERS».
 */
function retypePlaceAdjectiveNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1) || !PLACE_ADJECTIVE_NAMES.has(infos[i]!.word.b)) continue;
    if (i > 0 && infos[i - 1]!.word.w === OCEAN) continue;
    let j = i + 1;
    const next = j < tags.length ? infos[j]!.word : undefined;
    if (next && tags[j] === B_PERS && next.p.length === 0) {
      // «[الهادي]LOC [شاكر]PERS»: the family name the model found is the rest of the name
      j = spanEnd(tags, j);
    } else if (next && tags[j] === O && next.p.length === 0 && isArabicLetter(next.w.charCodeAt(0))) {
      const code = lex.tagdict.get(next.w) ?? 0;
      if (code === 0 || tagShare(code, 0) >= 2) j++;
    }
    label(tags, margins, i, j, B_PERS);
  }
}

/**
 * True when a folded one-word place is a country whose nationality adjective is one of
 * CLUB_NATIONALITIES: «مصر» (المصري), «فرنسا» (الفرنسي), «إسبانيا» (الإسباني: its final alef dropped;
 * before names QA round 122 a «ي» was added to it too, so «إسبانيا/إيطاليا/ألمانيا» were not found), «إنجلترا».
 */
function isListedNationsCountry(b: string): boolean {
  if (ENGLAND.has(b)) return true;
  const stem = b.charCodeAt(b.length - 1) === ALEF ? b.slice(0, -1) : b;
  // «إسبانيا» → «الإسباني» (names QA round 122: its alef dropped, no «ي» added), «فرنسا» → «الفرنسي», «مصر» → «المصري»
  return CLUB_NATIONALITIES.has('\u0627\u0644' + stem) || CLUB_NATIONALITIES.has('\u0627\u0644' + stem + '\u064a') || CLUB_NATIONALITIES.has('\u0627\u0644' + b + '\u064a');
}

/**
 * Folded feminine nationality adjectives: those of CLUB_NATIONALITIES and a few more, each +
 * «ة» (folded to «ه»). A city, region or state is feminine, so this is the adjective that follows
 * its name to say which country it is in («ميلان الإيطالية», «كاليفورنيا الأمريكية»).
 */
const FEMININE_NATIONALITIES = new Set(
  [
    ...CLUB_NATIONALITIES,
    ...'البريطاني الهندي الباكستاني الأفغاني الكندي الأسترالي الفنلندي الإندونيسي الماليزي اليمني العماني البحريني'
      .split(' ')
      .map(foldWord),
  ].map((w) => w + '\u0647'),
);

/**
 * Folded places named by a foreign power's adjective, which is part of the name: colonies and
 * territories («غيانا الفرنسية», «ساموا الأمريكية», «جزر فيرجن البريطانية», «غينيا الإسبانية»)
 * and the empires' provinces («تركستان الروسية», «غاليسيا النمساوية»).
 */
const COLONIAL_PLACES = new Set(['غيانا', 'جويانا', 'بولينيزيا', 'بولينيسيا', 'غينيا', 'ساموا', 'فيرجن', 'فرجن', 'العذراء', 'تركستان', 'غاليسيا'].map(foldWord));

/** Folded head nouns of places that leave no name when the adjective goes («[شبه جزيرة الكرواتية]»). */
const BARE_PLACE_HEADS = new Set(['جزيرة', 'جزر', 'خليج', 'بحر', 'شبه', 'مدينة', 'ولاية', 'منطقة', 'مقاطعة', 'إقليم', 'اقليم'].map(foldWord));

/**
 * «[ميلان الإيطالية]LOC» → «[ميلان] الإيطالية»: a place of two words or more that ends in a
 * feminine nationality adjective (FEMININE_NATIONALITIES, without a proclitic) right after an
 * indefinite word ends before it: the adjective only says which country the city or region is
 * in. ANERcorp train leaves it outside the place every time the word before is indefinite
 * («كاليفورنيا الأمريكية», «غرناطة الاسبانية», «بعلبك اللبنانية», 11 times, never inside);
 * state names that end in such an adjective follow a definite word («[الولايات المتحدة
 * الأمريكية]», «[المملكة العربية السعودية]») and are left whole, as are colonies named after
 * their power (COLONIAL_PLACES: «غيانا الفرنسية»).
 */
function endPlacesBeforeNationality(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const last = infos[j - 1]!.word;
    const before = infos[j - 2]?.word;
    if (j - i >= 2 && before && last.p.length === 0 && FEMININE_NATIONALITIES.has(last.w) && !isDefinite(before.b, 2) && !COLONIAL_PLACES.has(before.b) && !BARE_PLACE_HEADS.has(before.b)) {
      tags[j - 1] = O;
    }
    i = j - 1;
  }
}

/** Folded «إنجلترا» and its spellings, whose adjective is «الإنجليزي». */
const ENGLAND = new Set(['إنجلترا', 'انجلترا', 'إنكلترا', 'انكلترا', 'إنقلترا'].map(foldWord));

/** Folded heads of institutions that are named after a ruler («مركز الملك سلمان», «جامعة الملك سعود»). */
const INSTITUTION_HEADS = new Set(
  ['مركز', 'جامعة', 'مؤسسة', 'مستشفى', 'صندوق', 'مجمع', 'كلية', 'معهد', 'مكتبة', 'دارة', 'جمعية', 'أكاديمية'].map(foldWord),
);

/** Folded titles of the rulers institutions are named after. */
const INSTITUTION_TITLES = new Set(['الملك', 'الملكة', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'السلطان'].map(foldWord));

/**
 * The same titles and «الإمام» "the imam", after which institutions are named as often
 * («جامعة الإمام محمد بن سعود الإسلامية», «مؤسسة الإمام الخوئي»). Kept apart from the rulers'
 * titles, which also open the names of streets and airports (retypeAfterPlaceHeads).
 */
const NAMESAKE_TITLES = new Set([...INSTITUTION_TITLES, foldWord('الإمام')]);

/**
 * «مركز الملك [سلمان] للإغاثة والأعمال الإنسانية», «مستشفى الملك [عبدالله التخصصي]», «جامعة
 * الملك [سعود]», «جامعة الإمام [محمد بن سعود] الإسلامية»: an institution head (INSTITUTION_HEADS,
 * with or without proclitics) + a ruler's title or «الإمام» (NAMESAKE_TITLES) + a PERS names the institution, not the ruler: an ORG from the head over the person's
 * name, then over «لل…» words of purpose (and a «و» + definite noun after one) and definite
 * adjectives in ة/ي. The person's name ends at a word with a proclitic («[سلطان بن عبدالعزيز
 * بتبوك]»). ANERcorp writes «جامعة الملك فهد» and «جامعة السلطان قابوس» so; «مطار», «مدينة» (a
 * city or an institution) and «جائزة» are left alone.
 */
function labelRulerInstitutions(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 2 < tags.length; i++) {
    // «[جامعة الملك]ORG [سعود]PERS»: the model may have cut its ORG after the title
    const cut = tags[i] === B_ORG && tags[i + 1] === B_ORG + 1 && tags[i + 2] === B_PERS;
    if (tags[i] !== O && !cut) continue;
    const w0 = infos[i]!.word.w;
    const head = splits(w0).find(([, b]) => INSTITUTION_HEADS.has(b));
    if (!head) continue;
    const title = infos[i + 1]!.word;
    if (title.p.length > 0 || !NAMESAKE_TITLES.has(title.w)) continue;
    let j = rulerNameEnd(infos, tags, i, cut);
    if (j < 0) continue;
    let purpose = false;
    while (j < tags.length && tags[j] === O) {
      const w = infos[j]!.word.w;
      const last = w.charCodeAt(w.length - 1);
      if (startsWithLilArticle(w)) purpose = true;
      else if (purpose && w.charCodeAt(0) === WAW && isDefinite(w.slice(1)) && !NOT_NOUNS.has(w.slice(1))) purpose = true;
      else if (!(isDefinite(w) && !NOT_NOUNS.has(w) && (last === HEH || last === YEH))) break;
      j++;
    }
    resplit(infos[i]!, head[0], head[1]);
    label(tags, margins, i, j, B_ORG);
    i = j - 1;
  }
}

/**
 * The end of the ruler's name after a head at `i` and a title at `i + 1` (labelRulerInstitutions,
 * labelRulerCities), or -1: the model's PERS starts after the title or with it (`cut`: the model
 * ended its span of head and title there), and the name ends before a word with a proclitic
 * («[سلطان بن عبدالعزيز] بتبوك»), which is set O with the rest of the span.
 */
function rulerNameEnd(infos: readonly TokenInfo[], tags: Int8Array, i: number, cut: boolean): number {
  const p = (cut || tags[i + 1] === O) && tags[i + 2] === B_PERS ? i + 2 : tags[i + 1] === B_PERS && tags[i + 2] === I_PERS ? i + 1 : -1;
  if (p < 0) return -1;
  let j = spanEnd(tags, p);
  for (let k = i + 3; k < j; k++) {
    if (infos[k]!.word.p.length > 0) {
      tags.fill(O, k, j);
      j = k;
    }
  }
  return j;
}

/** Folded «مدينة» "city", the head of «مدينة الملك …» (a city, a campus or an institution). */
const CITY_HEAD = foldWord('مدينة');

/** Folded adjectives after which «مدينة الملك X» is an institution, an ORG: «مدينة الملك فهد الطبية» (a hospital complex). */
const CITY_ORG_ADJECTIVES = new Set(['الطبية', 'الجامعية'].map(foldWord));

/**
 * Folded adjectives after which «مدينة الملك X» is a place, a LOC: «مدينة الملك عبدالله
 * الاقتصادية» (a town at Rabigh), «مدينة الملك فيصل العسكرية», «مدينة الملك فهد الرياضية» (a stadium).
 */
const CITY_LOC_ADJECTIVES = new Set(['الاقتصادية', 'العسكرية', 'الرياضية', 'الصناعية', 'السكنية'].map(foldWord));

/**
 * «مدينة الملك [عبدالعزيز]PERS للعلوم والتقنية», «مدينة الملك [عبدالله]PERS الاقتصادية», «بمدينة
 * الملك [سعود]PERS الطبية», «مدينة الملك [عبدالله الرياضية]PERS»: «مدينة» (with or without
 * proclitics) + a ruler's title (INSTITUTION_TITLES) + a PERS is named after the ruler, as the
 * institutions of labelRulerInstitutions are, once the word after the name tells what it is: a
 * «لل…» word of purpose or an adjective of CITY_ORG_ADJECTIVES makes it an ORG (KACST, a medical
 * city), one of CITY_LOC_ADJECTIVES a LOC (an economic, military or sports city). The span runs
 * from «مدينة» over the name and that adjective, or over the purpose words, the definite
 * adjectives in ة/ي and one «و» + definite noun after them («للطاقة الذرية والمتجددة»). A bare
 * «مدينة الملك [سعود]» (a city or its hospital) is left alone.
 */
function labelRulerCities(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 3 < tags.length; i++) {
    // «[مدينة الملك]LOC [فهد]PERS»: the model may have cut a span after the title
    const cut = (tags[i] === B_LOC || tags[i] === B_ORG) && tags[i + 1] === tags[i]! + 1 && tags[i + 2] === B_PERS;
    if (tags[i] !== O && !cut) continue;
    const title = infos[i + 1]!.word;
    if (title.p.length > 0 || !INSTITUTION_TITLES.has(title.w)) continue;
    const head = splits(infos[i]!.word.w).find(([, b]) => b === CITY_HEAD);
    if (!head) continue;
    let j = rulerNameEnd(infos, tags, i, cut);
    if (j < 0) continue;
    // the word that tells the kind: the last of the name when the model ran on to it, else the next
    const last = infos[j - 1]!.word;
    const kindAt = j - 1 > i + 2 && last.p.length === 0 && (CITY_ORG_ADJECTIVES.has(last.w) || CITY_LOC_ADJECTIVES.has(last.w)) ? j - 1 : j;
    if (kindAt === j && (j >= tags.length || tags[j] !== O)) continue;
    const kind = infos[kindAt]!.word.w;
    const type = CITY_LOC_ADJECTIVES.has(kind) ? B_LOC : CITY_ORG_ADJECTIVES.has(kind) || (kind.length > 3 && kind.charCodeAt(0) === LAM && kind.charCodeAt(1) === LAM) ? B_ORG : O;
    if (type === O) continue;
    if (kindAt === j && kind.charCodeAt(0) !== LAM) j++; // the adjective ends the name
    if (kindAt === j) {
      // a word of purpose: more of them, definite adjectives in ة/ي and one «و» + definite noun («للعلوم والتقنية», not «… والشركة السعودية»)
      let joined = false;
      while (j < tags.length && tags[j] === O) {
        const w = infos[j]!.word.w;
        const end = w.charCodeAt(w.length - 1);
        if (!startsWithLilArticle(w)) {
          if (!joined && w.charCodeAt(0) === WAW && isDefinite(w.slice(1)) && !NOT_NOUNS.has(w.slice(1))) joined = true;
          else if (!(isDefinite(w) && !NOT_NOUNS.has(w) && (end === HEH || end === YEH))) break;
        }
        j++;
      }
    }
    resplit(infos[i]!, head[0], head[1]);
    label(tags, margins, i, j, type);
    i = j - 1;
  }
}

/** Folded head of a ministry's name, «وزارة». */
const MINISTRY_HEAD = 'وزاره';

/** A definite noun that can follow «وزارة» («الخارجية», «الصحة»). */
function isMinistryNoun(w: string): boolean {
  return isDefinite(w) && !NOT_NOUNS.has(w);
}

/**
 * Folded definite nouns of two letters that name a ministry's field, too short for
 * `isMinistryNoun`: «الحج» "the Hajj" (the Saudi Ministry of Hajj, «وزارة الحج والعمرة») and «الري»
 * "irrigation" (names QA round 245).
 */
const SHORT_MINISTRY_NOUNS = new Set(['الحج', 'الري'].map(foldWord));

/**
 * Folded nouns that join «وزارة الحج/الري» after «و» («وزارة الحج والعمرة», «وزارة الحج والأوقاف»,
 * «وزارة الري والموارد المائية»); any other («وزارة الحج والقطاعات الحكومية», «والمتحدث
 * الرسمي») is a second thing named after it.
 */
const SHORT_MINISTRY_PARTNERS = new Set(['العمرة', 'الأوقاف', 'الموارد'].map(foldWord));

/**
 * «وزارة الخارجية», «وزارة الاقتصاد والتجارة», «لوزارة الصحة الفلسطينية»: «وزارة» + a definite
 * noun (or one of SHORT_MINISTRY_NOUNS: «وزارة الحج»), optionally one coordinated definite noun
 * («و» + «ال…»), then definite adjectives (ending in ة or ي: «الروسية», «العالي») is a ministry,
 * an ORG — the convention of OntoNotes and Wojood (ANERcorp leaves «وزارة» O). Only stretches the model left O are labelled, except
 * that an ORG the model starts right after «وزارة» («الداخلية الفرنسية») takes the head in.
 */
function labelMinistries(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || (tags[i + 1] !== O && tags[i + 1] !== B_ORG)) continue;
    const w0 = infos[i]!.word.w;
    if (!w0.endsWith(MINISTRY_HEAD)) continue; // cheap test before the proclitic splits
    const head = splits(w0).find(([, b]) => b === MINISTRY_HEAD);
    const field = infos[i + 1]!.word.w;
    if (!head || !(isMinistryNoun(field) || SHORT_MINISTRY_NOUNS.has(field))) continue;
    if (tags[i + 1] === B_ORG) {
      // the model found the ministry without its head («الداخلية الفرنسية»): the head joins it
      resplit(infos[i]!, head[0], head[1]);
      tags[i] = B_ORG;
      tags[i + 1] = B_ORG + 1;
      margins[i] = Math.min(margins[i + 1]!, RULE_MARGIN);
      continue;
    }
    let j = i + 2;
    if (j < tags.length && tags[j] === O) {
      const w = infos[j]!.word.w;
      const short = SHORT_MINISTRY_NOUNS.has(field);
      if (w.charCodeAt(0) === WAW && isMinistryNoun(w.slice(1)) && (!short || SHORT_MINISTRY_PARTNERS.has(w.slice(1)))) j++;
    }
    while (j < tags.length && tags[j] === O) {
      const w = infos[j]!.word.w;
      const last = w.charCodeAt(w.length - 1);
      if (!isMinistryNoun(w) || (last !== HEH && last !== YEH)) break;
      j++;
    }
    resplit(infos[i]!, head[0], head[1]);
    label(tags, margins, i, j, B_ORG);
    i = j - 1;
  }
}

interface ListIndex {
  names: Map<string, string[][]>;
  tehMarbuta: Set<string[]>;
  /** This list's bit in `WordInfo.listsAsked` and `listsHit` (0: not memoized) */
  bit: number;
  /**
   * Whether a place's span starts after the proclitics the list reads off its first word
   * («ب[حاسي الفريد]», «ل[بني خلاد]»), where `strips` in recognize.ts, which knows neither the
   * name nor its first word as a place, would keep them in it (TUNISIAN_TOWNS)
   */
  splitsOff?: boolean;
}

/** The bit of the next list built (lists are built once each, on first use). */
let nextListBit = 1;

let placeIndex: ListIndex | undefined;
let orgIndex: ListIndex | undefined;
let personIndex: ListIndex | undefined;
let eventIndex: ListIndex | undefined;
let kunyaPlaceIndex: ListIndex | undefined;
let nasabPlaceIndex: ListIndex | undefined;
let oldCityIndex: ListIndex | undefined;
let sheikhPlaceIndex: ListIndex | undefined;

/** First folded word → folded names (word arrays) starting with it. */
function listIndex(list: readonly string[]): ListIndex {
  const names = new Map<string, string[][]>();
  const tehMarbuta = new Set<string[]>();
  for (const name of list) {
    addPhrase(names, name);
    const entries = names.get(foldWord(name.split(' ')[0]!))!;
    if (name.charCodeAt(name.length - 1) === TEH_MARBUTA) tehMarbuta.add(entries[entries.length - 1]!);
  }
  const bit = nextListBit;
  nextListBit = bit === 1 << 30 ? 0 : bit << 1;
  return { names, tehMarbuta, bit };
}

/** Capitals and cities (places.ts), built on first use. */
function places(): ListIndex {
  placeIndex ??= listIndex([...placeNames(CAPITALS), ...placeNames(CITIES)]);
  return placeIndex;
}

/** Places named «أبو …» that the model reads as persons (KUNYA_PLACES in places.ts), built on first use. */
function kunyaPlaces(): ListIndex {
  kunyaPlaceIndex ??= listIndex(placeNames(KUNYA_PLACES));
  return kunyaPlaceIndex;
}

/** Towns named «بن …», «سيدي …» that the model reads as persons (NASAB_PLACES in places.ts), built on first use. */
function nasabPlaces(): ListIndex {
  nasabPlaceIndex ??= listIndex(placeNames(NASAB_PLACES));
  return nasabPlaceIndex;
}

let tunisianTownIndex: ListIndex | undefined;

/** Tunisian towns of two words or more named by common words or like a person (TUNISIAN_TOWNS in places.ts), built on first use. */
function tunisianTowns(): ListIndex {
  tunisianTownIndex ??= { ...listIndex(placeNames(TUNISIAN_TOWNS)), splitsOff: true };
  return tunisianTownIndex;
}

let kafrPlaceIndex: ListIndex | undefined;

/** Towns and villages named «كفر …» that the model cuts to «[كفر]» (KAFR_PLACES in places.ts), built on first use. */
function kafrPlaces(): ListIndex {
  kafrPlaceIndex ??= { ...listIndex(placeNames(KAFR_PLACES)), splitsOff: true };
  return kafrPlaceIndex;
}

/** Folded «كفر» "hamlet" (and "unbelief", "he disbelieved"). */
const KAFR = foldWord('كفر');
/** Folded «ناحوم» of «كفر ناحوم», in the news Nadine Labaki's film "Capernaum" (MISC), not the village. */
const CAPERNAUM = foldWord('ناحوم');
/** A word ending in the possessive «ك» or a plural «ين/ون», or opening with «أ»: not a village's name. */
const KAFR_NOT_NAME_END = /^\u0623|\u0643$|[\u064a\u0648]\u0646$/;
/** Folded place words that announce a village named «كفر …»: «قرية كفر النخلة», «بلدة كفر حلب». */
const KAFR_HEADS = new Set(
  ['قرية', 'قريتي', 'قرى', 'بلدة', 'بلدتي', 'بلدات', 'منطقة', 'مناطق', 'مدينة', 'دائرة', 'مركز', 'ناحية', 'حي'].map(foldWord),
);

/**
 * Names QA round 182: «[كفر]LOC بطنا», «قتال المسلم [كفر]LOC», «من [كفر]LOC بالله»: a one-word
 * name «كفر» is either a village's name cut short ("hamlet of …") or the word "unbelief" / "he
 * disbelieved", which the model reads as a place about 80 times over ten news files (half of
 * them). After the villages KAFR_PLACES lists are labelled, such a name (any type but MISC, any
 * proclitic) takes the word after it when a place word stands before it («قرية [كفر النخلة]»,
 * «بلدة [كفر حلب]»), when that word is rare in the corpus (at most 2⁵ times, not ending in the
 * possessive «ك» or a plural «ين/ون», nor opening with «أ»: «في [كفر عشما]»), or when the model tagged that word alone as a place or person
 * («[كفر]LOC [نايا]LOC»; a longer person after a place word, «قرية [كفر أبو النور]»); the word
 * after must be a bare Arabic word. Anywhere else it is O.
 */
function mendKafr(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag % 2 !== 1) continue;
    const j = spanEnd(tags, i);
    if (j === i + 1 && tag !== B_MISC && infos[i]!.word.b === KAFR) {
      const next = j < tags.length ? infos[j]!.word : undefined;
      const nt = j < tags.length ? tags[j]! : O;
      const bare = next !== undefined && next.p.length === 0 && ARABIC_WORD.test(raw[j]!);
      const headed = i > 0 && headBase(infos[i - 1]!.word.w, KAFR_HEADS) !== '';
      let end = -1;
      if (bare && nt === O) {
        // a place word before, or a word too rare to be a common one («في كفر عشما»; not a
        // possessive «ك», «يبنشر كفر سياراتك» "the tyre of your cars", nor a plural of people,
        // «كفر المنافقين», «كفر أدعياء الليبرالية»)
        if (headed || (freqOf(lex, next.w) <= 5 && !KAFR_NOT_NAME_END.test(raw[j]!) && next.w !== CAPERNAUM)) end = j + 1;
      } else if (bare && nt === B_LOC && spanEnd(tags, j) === j + 1) {
        end = j + 1;
      } else if (bare && nt === B_PERS) {
        // «[كفر]LOC [نايا]PERS», «قرية [كفر] [أبو النور]PERS»
        const k = spanEnd(tags, j);
        if (k === j + 1 || headed) end = k;
      }
      if (end > 0) {
        label(tags, margins, i, end, B_LOC);
        i = end - 1;
        continue;
      }
      tags[i] = O;
    }
    i = j - 1;
  }
}

/** Towns and quarters named «الشيخ …» whose rest the model reads as a person (SHEIKH_PLACES in places.ts), built on first use. */
function sheikhPlaces(): ListIndex {
  sheikhPlaceIndex ??= listIndex(placeNames(SHEIKH_PLACES));
  return sheikhPlaceIndex;
}

/** Cities by their historic names that the model reads as MISC (OLD_CITY_NAMES in places.ts), built on first use. */
function oldCities(): ListIndex {
  oldCityIndex ??= listIndex(placeNames(OLD_CITY_NAMES));
  return oldCityIndex;
}

/** Folded «بن» "son of", and the proclitics the list's splits leave on it («ببن», «وبن», «لبن», «وببن»). */
const SON = foldWord('بن');
const PROCLITICS_BEFORE_SON = new Set(['ب', 'و', 'ل', 'وب', 'ول', 'ف', 'فب']);

/** Folded foreign particles that never end an organisation's name: «أوف» "of", «دي», «دو», «دا», «ديل» "of the". */
const ORG_LINKS = new Set(['أوف', 'اوف', 'دي', 'دى', 'دو', 'دا', 'ديل'].map(foldWord));

/**
 * «[بنك أوف]ORG [أميركا]LOC», «[ستاندرد أويل أوف]ORG [كاليفورنيا]LOC», «[ناسيونال دي]ORG [كوبا]LOC»:
 * an organisation whose last word is a foreign «of» (ORG_LINKS) goes on over the place right
 * after it (no proclitic on the place): one ORG, as ANERcorp writes «أوف» inside the name.
 */
function joinOrgLinkPlaces(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (tags[i - 1] !== B_ORG && tags[i - 1] !== B_ORG + 1)) continue;
    if (!ORG_LINKS.has(infos[i - 1]!.word.w) || infos[i]!.word.p.length !== 0) continue;
    const k = orgStart(tags, i - 1);
    if (k < 0 || k === i - 1) continue; // the particle alone is no name
    label(tags, margins, k, spanEnd(tags, i), B_ORG);
  }
}

/**
 * «[سبورتينغ]ORG [بن عروس]LOC», «[ترجي]PERS [جرجيس]LOC»: a club's first word (CLUB_FIRST_WORDS,
 * MAGHREB_CLUB_WORDS), left O or tagged alone but not as an ORG, before a town of NASAB_PLACES or TUNISIAN_TOWNS the lists labelled is
 * the club's name with it: an ORG over both; so is one of CLUB_BEFORE_CITIES before any listed
 * city without a proclitic.
 */
function joinClubTowns(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const rest = infos.slice(i, j).map((x, k) => (k === 0 ? x.word.b : x.word.w));
    const listed = (index: ListIndex): boolean => (index.names.get(rest[0]!) ?? []).some((n) => n.length === rest.length && n.every((w, k) => w === rest[k]));
    const prev = infos[i - 1]!.word;
    // a club word the model tagged ORG alone stays so here: ANERcorp writes «أياكس/B-ORG أمستردام/B-LOC»
    // (joinForeignClubCities, names QA round 125, joins it with a listed city later, as ANERcorp
    // writes most clubs of that shape)
    const alone = tags[i - 1] === O || (tags[i - 1] !== B_ORG && tags[i - 1]! % 2 === 1 && (i < 2 || tags[i - 2] === O || tags[i - 2]! % 2 === 1));
    // «نجم/هلال/أمل» are also given names: with a city of the general list they are left as they are
    const clubWord = CLUB_FIRST_WORDS.has(prev.b) || MAGHREB_CLUB_WORDS.has(prev.b);
    const town = clubWord && alone && (listed(nasabPlaces()) || listed(tunisianTowns()) || (CLUB_BEFORE_CITIES.has(prev.b) && infos[i]!.word.p.length === 0 && listed(places())));
    if (town) label(tags, margins, i - 1, j, B_ORG);
    i = j - 1;
  }
}

/**
 * Folded club words taken before any listed city: «ترجي جرجيس», «شبيبة القيروان», «سبورتينغ
 * المكنين». Not «استقلال» "independence" («استقلال تونس»), «مستقبل» "future" («مستقبل الجزائر»),
 * «اتحاد» "union" («اتحاد باريس» is O in ANERcorp), nor the given names «نجم», «هلال», «أمل».
 */
const CLUB_BEFORE_CITIES = new Set([...[...CLUB_FIRST_WORDS].filter((w) => w !== foldWord('استقلال') && w !== foldWord('اتحاد')), ...['ترجي', 'شبيبة', 'قوافل'].map(foldWord)]);

/** Folded nouns that head a town or an administrative division in Maghrebi news: «ولاية», «معتمدية» "delegation", «بلدية». */
const TOWN_HEADS = new Set(['ولاية', 'ولايات', 'معتمدية', 'بلدية', 'بلديتي', 'مدينة', 'منطقة', 'جهة', 'عمادة'].map(foldWord));

/**
 * Folded heads of Maghrebi administrative divisions that are never a name's first word:
 * «معتمدية» "delegation", «عمادة» "sector", «بلدية» "municipality", «ولاية» "governorate".
 * Not «مدينة», «منطقة», «جهة», which open names of quarters, regions and bodies.
 */
const ADMIN_HEADS = new Set(['معتمدية', 'معتمديات', 'عمادة', 'بلدية', 'بلديتي', 'ولاية', 'ولايات'].map(foldWord));

/** Folded first words of Maghrebi clubs' names not in CLUB_FIRST_WORDS: «ترجي جرجيس», «مستقبل سليمان», «شبيبة القيروان», the handball clubs «سهم منزل حر», «بعث بني خيار». */
const MAGHREB_CLUB_WORDS = new Set(['ترجي', 'مستقبل', 'شبيبة', 'إتحاد', 'نجم', 'هلال', 'أمل', 'قوافل', 'سهم', 'بعث', 'مكارم', 'نسر'].map(foldWord));

/**
 * «[معتمدية بن قردان]PERS», «[ولاية سيدي بوزيد]PERS», «[سبورتينغ بن عروس]PERS», «[ترجي جرجيس]PERS»:
 * the model reads a town named like a nasab (NASAB_PLACES) as a person and takes the head before
 * it in. A person's name that is a town head (TOWN_HEADS) followed by a listed town loses the
 * head, which the place lists then label (the head stays outside, as «ولاية [القصرين]»); one
 * that is a club's first word followed by a listed town or city is the club, an ORG.
 */
function splitHeadedTowns(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const w0 = infos[i]!.word.w;
    if (w0.length > 2 && w0.endsWith(SON) && PROCLITICS_BEFORE_SON.has(w0.slice(0, -2))) {
      // «ببن قردان», «وبن عروس»: the list's splits keep a base of three letters at least
      const whole = tags[i] === O ? tags[i + 1] === O : tags[i] === B_PERS && spanEnd(tags, i) === i + 2;
      const name = nasabPlaces().names.get(SON) ?? [];
      if (whole && name.some((n) => n.length === 2 && n[1] === infos[i + 1]!.word.w)) {
        resplit(infos[i]!, w0.length - 2, SON);
        label(tags, margins, i, i + 2, B_LOC);
        i++;
        continue;
      }
    }
    if (tags[i] !== B_PERS && tags[i] !== B_LOC && tags[i] !== B_MISC) continue;
    const j = spanEnd(tags, i);
    const head = infos[i]!.word;
    if (ADMIN_HEADS.has(head.b) && !CLUB_FIRST_WORDS.has(head.b) && !MAGHREB_CLUB_WORDS.has(head.b)) {
      // «[معتمدية]LOC [بنقردان]», «[معتمدية دقاش]PERS»: "delegation" is a common noun, never a
      // name alone nor the first word of a person's or a work's name; the town after it is a place
      if (j - i === 1 && tags[i] !== B_MISC) tags[i] = O;
      else if (j - i > 1 && tags[i] !== B_LOC) {
        tags[i] = O;
        label(tags, margins, i + 1, j, B_LOC);
      }
      i = j - 1;
      continue;
    }
    if (tags[i] !== B_PERS || j - i < 2) continue;
    const club = CLUB_FIRST_WORDS.has(head.b) || MAGHREB_CLUB_WORDS.has(head.b);
    if (!club && !TOWN_HEADS.has(head.b)) continue;
    const rest = infos.slice(i + 1, j).map((x) => x.word.w);
    const listed = (index: ListIndex): boolean => (index.names.get(rest[0]!) ?? []).some((n) => n.length === rest.length && n.every((w, k) => w === rest[k]));
    const town = listed(nasabPlaces());
    if (club && (town || listed(places()))) label(tags, margins, i, j, B_ORG);
    else if (town && !club) {
      tags[i] = O;
      label(tags, margins, i + 1, j, B_LOC);
    }
    i = j - 1;
  }
}

/** Folded «معتمدية» "delegation", the district of a Tunisian governorate: a name always follows it. */
const DELEGATION = foldWord('معتمدية');

/** Folded «وادي», «واد» "valley", which open names of towns («وادي الليل», «واد مليز»), and the letter «و». */
const WADI = foldWord('وادي');
const WAD = foldWord('واد');
const WAW_CHAR = '\u0648';

/** «ون», the ending of an imperfect verb in the plural. */
const PLURAL_VERB_END = '\u0648\u0646';

/** Folded «ية», the ending of a feminine nisba. */
const NISBA_FEM = foldWord('ية');

/** Folded «بلدية» "municipality, commune" (names QA round 178). */
const MUNICIPALITY = foldWord('بلدية');

/**
 * Most log2 corpus count of the first word of a commune's name after «بلدية» (names QA round
 * 178): «بلدية أزفون», «بلدية العجيبة» (2⁵), not «بلدية المدينة» (2¹³), «بلدية الاحتلال» (2¹⁰).
 */
const MUNICIPALITY_NAME_FREQ = 6;

/** Folded words that open names of places of two words: «بني عمران», «بن عكنون», «عين الحجل», «حوطة سدير». */
const PLACE_NAME_OPENERS = new Set(['بني', 'بن', 'أبو', 'سيدي', 'عين', 'بئر', 'حاسي', 'جوف', 'حوطة', 'روضة', 'وادي', 'قصر', 'برج', 'دار', 'سوق', 'رأس', 'جبل', 'منزل', 'أولاد', 'عرق'].map(foldWord));

/** Most log2 corpus count of the second word of a commune's name after «بلدية» («عميرة الفحول»). */
const MUNICIPALITY_SECOND_FREQ = 4;

/**
 * Whether folded `w` may be a word of a commune's name after «بلدية»: rare in the corpus (at most
 * `most`, log2) and not a word the self-training tagger never names (td code 1: the adjectives
 * «حدودية», «ثورية», the verbs «تخلق», «تلبي»), nor a given name (the mayor's).
 */
function municipalityName(w: string, lex: Lexicon, most = MUNICIPALITY_NAME_FREQ): boolean {
  if (freqOf(lex, w) > most || lex.tagdict.get(w) === 1) return false;
  return ((lex.classes.get(w) ?? 0) & GIVEN_NAME) === 0;
}

/** Folded proclitics taken by «معتمدية» before a delegation's name: «بمعتمدية», «لمعتمدية», «ومعتمدية». */
const DELEGATION_PROCLITICS = new Set(['', 'ب', 'ل', 'و', 'ف', 'وب', 'ول', 'فب', 'فل']);

/**
 * Folded words that are no delegation's name right after «معتمدية»: adjectives of the noun
 * itself («إحداث معتمدية جديدة», «كل معتمدية أخرى»), the heads of other divisions and the common
 * nouns of the place it stands for («معتمدية المكان», «معتمدية الجهة»).
 */
const DELEGATION_NON_NAMES = new Set(['جديدة', 'أخرى', 'اخرى', 'واحدة', 'كاملة', 'ولاية', 'بلدية', 'معتمدية', 'مدينة', 'منطقة', 'عمادة', 'جهة', 'المكان', 'الجهة', 'المنطقة'].map(foldWord));

/** Most log2 corpus count of an indefinite second word of a delegation's name («بلطة بوعوان», «عين دراهم»). */
const DELEGATION_SECOND_FREQ = 9;

/**
 * Folded definite words that qualify a delegation, not part of its name: «فريانة التابعة لولاية
 * القصرين», «حيدرة الواقعة على الحدود».
 */
const DELEGATION_QUALIFIERS = new Set(['التابعة', 'الواقعة', 'المجاورة', 'القريبة', 'البعيدة', 'المعروفة'].map(foldWord));

/** Folded masculine adjectives that end a delegation's name after a definite word: «السوق الجديد», «البئر الأحمر». */
const DELEGATION_MASCULINE_ADJECTIVES = new Set(['الجديد', 'القديم', 'الكبير', 'الصغير', 'الأعلى', 'الأسفل', 'الأحمر', 'الأبيض', 'الأخضر', 'الأزرق'].map(foldWord));

/** Whether folded `w` carries «ب/و/ف/ك/ل» + the article the segmenter left unsplit («بالقصرين», «للمطالبة»). */
function hasJoinedArticle(w: string): boolean {
  if (w.length > 4 && w.charCodeAt(0) === LAM && w.charCodeAt(1) === LAM) return true;
  return w.length > 4 && w.charCodeAt(1) === ALEF && w.charCodeAt(2) === LAM && NAME_PROCLITIC_LETTERS.has(w.charCodeAt(0));
}

/**
 * Whether folded `w` has the pattern of a passive participle «مفعول» (five letters, «م» first,
 * «و» fourth: «محكوم», «مسجون»), an adjective, not a second word of a name.
 */
function isMafulForm(w: string): boolean {
  return w.length === 5 && w.charCodeAt(0) === MEEM && w.charCodeAt(3) === WAW;
}

/**
 * Names QA round 173: «بمعتمدية سبيبة من ولاية القصرين», «معتمدية قصور الساف», «معتمدية حاجب
 * العيون»: the model knows few of Tunisia's 264 delegations and leaves about two in three of the
 * names after «معتمدية» O (494 of 733 in a Tunisian news file). «معتمدية» without the article
 * (bare or after «ب/ل/و/ف») is always in construct with the delegation's name, so the word after
 * it, left O and with no proclitic, is that name, a LOC, the head outside as ANERcorp writes
 * «ولاية/O القصرين/B-LOC». After an indefinite first word the name goes on over a second word
 * with no proclitic (the construct «قصور الساف», «مجاز الباب», or a rarer word: «بلطة بوعوان»)
 * or a person's or place's name the model found there («بئر [علي بن خليفة]PERS», «قلعة
 * [سنان]LOC»); after a definite one only over an adjective of place («القلعة الكبرى»). A name
 * the model read as a person, an organisation or a work («معتمدية [سليمان]PERS», «معتمدية [بني
 * خلاد]ORG») is retyped. «سيدي» is labelled alone: mendSidiPlaces takes in the saint's name.
 */
function labelDelegationTowns(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  const plain = (k: number): boolean => {
    if (k >= tags.length || tags[k] !== O) return false;
    const x = infos[k]!.word;
    // «وادي الليل», «واد مليز»: the segmenter reads the «و» of «وادي» as the conjunction
    if (x.p === WAW_CHAR && (x.w === WADI || x.w === WAD)) resplit(infos[k]!, 0, x.w);
    const y = infos[k]!.word;
    return y.p === '' && isBareArabic(y.w) && !hasJoinedArticle(y.w) && !AFTER_CITY.has(y.w) && !DELEGATION_NON_NAMES.has(y.w) && !RELATIVES.has(y.w) && !DELEGATION_QUALIFIERS.has(y.w);
  };
  for (let h = 0; h + 1 < tags.length; h++) {
    const hw = infos[h]!.word;
    // the segmenter may read a bare «بلدية» as ب + «لدية»: the whole word is the head
    const municipality = hw.w === MUNICIPALITY || hw.b === MUNICIPALITY;
    if ((hw.b !== DELEGATION && !municipality) || (hw.w !== MUNICIPALITY && !DELEGATION_PROCLITICS.has(hw.p))) continue;
    const th = tags[h]!;
    if (th !== O) {
      // «عين [سلطان بمعتمدية غار]PERS الدماء»: a name the model ran over the head ends before it,
      // and the words of the span after the head are read again
      if (hw.p === '' || th % 2 !== 0) continue;
      tags[h] = O;
      for (let k = h + 1; k < tags.length && tags[k] === th; k++) tags[k] = O;
    }
    let i = h + 1;
    // «معتمدية "غزالة"»: a name of one word in quotes
    if (tags[i] === O && OPEN_QUOTES.has(raw[i]!) && i + 2 < tags.length && CLOSE_QUOTES.has(raw[i + 2]!)) {
      i++;
      if (tags[i] === B_MISC && spanEnd(tags, i) === i + 1) tags[i] = O;
      if (plain(i)) label(tags, margins, i, i + 1, B_LOC);
      continue;
    }
    const t = tags[i]!;
    if (t === B_PERS || t === B_ORG || t === B_MISC) {
      let j = spanEnd(tags, i);
      // after «بلدية» a person's name may be the mayor's, run on from the commune's («بلدية
      // [العمار يوسف السبيعي]PERS»): no given name in the span
      if (municipality) {
        let named = false;
        for (let k = i; k < j; k++) if (((lex.classes.get(infos[k]!.word.w) ?? 0) & GIVEN_NAME) !== 0) named = true;
        if (named) continue;
      }
      // «[حاسي الفريد ولاية القصرين]ORG», «[فريانة بالقصرين]MISC»: the name ends before the head
      // of the governorate or a word with a proclitic
      for (let k = i + 1; k < j; k++) {
        const x = infos[k]!.word;
        if (!TOWN_HEADS.has(x.b) && x.p === '' && !hasJoinedArticle(x.w)) continue;
        tags.fill(O, k, j);
        j = k;
      }
      if (infos[i]!.word.p === '' && j - i <= 4) label(tags, margins, i, j, B_LOC);
      continue;
    }
    if (!plain(i)) continue;
    const w1 = infos[i]!.word.w;
    // «معتمدية يتضمن …»: a frequent imperfect verb is no name
    if (w1.charCodeAt(0) === YEH && freqOf(lex, w1) > 6) continue;
    // «بلدية» is also the adjective "municipal" («انتخابات بلدية جديدة») and takes common nouns
    // («بلدية المدينة», «بلدية الاحتلال»): only a rare word is a commune's name after it
    if (municipality && (!municipalityName(w1, lex) || (w1.charCodeAt(0) === YEH && freqOf(lex, w1) >= 0))) continue;
    let end = i + 1;
    if (municipality) {
      // «بلدية [… السفلى]», «بلدية [عميرة الفحول]», «بلدية [بني عمران]», not the mayor's
      // title or a verb after the name («بلدية تيماء المهندس …», «بلدية جلاجل استعداداتها»): a
      // rare definite second word, or a rare word after an opener of place names («بني», «عين»)
      if (end < tags.length && plain(end)) {
        const w2 = infos[end]!.word.w;
        const construct = isDefinite(w2) || PLACE_NAME_OPENERS.has(w1);
        if (PLACE_NAME_ADJECTIVES.has(w2) || (construct && municipalityName(w2, lex, MUNICIPALITY_SECOND_FREQ))) end++;
      }
    } else if (w1 !== SIDI && end < tags.length) {
      const next = infos[end]!.word;
      if (!isDefinite(w1)) {
        if ((tags[end] === B_PERS || tags[end] === B_LOC) && next.p === '' && spanEnd(tags, end) - end <= 3) end = spanEnd(tags, end);
        else if (plain(end)) {
          const w2 = infos[end]!.word.w;
          // a definite nisba other than a direction qualifies the name: «ذهيبة الحدودية»
          // or a feminine participle in «الم…ة» («سبيبة المتاخمة لولاية القصرين»)
          const nisba = isDefinite(w2) && (w2.endsWith(NISBA_FEM) || (w2.charCodeAt(2) === MEEM && w2.charCodeAt(w2.length - 1) === HEH)) && !PLACE_NAME_ADJECTIVES.has(w2);
          // an indefinite word: rare, or a given name («منزل تميم», «قصر هلال»), not a verb in
          // «ي/ت/ن» the self-training tagger never names («جلمة تتواجد», «فوسانة تمكنوا», a rare
          // plural «برقو يقاطعون») nor a
          // passive participle («ملولش محكوم»)
          const f = freqOf(lex, w2);
          const given = ((lex.classes.get(w2) ?? 0) & GIVEN_NAME) !== 0;
          const named = given || (lex.tagdict.get(w2) ?? 0) > 1;
          const verb = !named && IMPERFECT_OPENERS.includes(w2[0]!) && (f > 4 || w2.endsWith(PLURAL_VERB_END));
          if (isDefinite(w2) ? !nisba : f <= DELEGATION_SECOND_FREQ && !verb && !isMafulForm(w2)) end++;
        }
      } else if (plain(end) && (PLACE_NAME_ADJECTIVES.has(infos[end]!.word.w) || DELEGATION_MASCULINE_ADJECTIVES.has(infos[end]!.word.w))) end++;
    }
    label(tags, margins, i, end, B_LOC);
    h = end - 1;
  }
}

/** Persons news names by one word that the model misses (PERSONS in lists.ts), built on first use. */
function persons(): ListIndex {
  personIndex ??= listIndex(placeNames(PERSONS));
  return personIndex;
}

/** Tournaments named by places (EVENTS in lists.ts), built on first use. */
function events(): ListIndex {
  eventIndex ??= listIndex(placeNames(EVENTS));
  return eventIndex;
}

let unMissionIndex: ListIndex | undefined;

/** UN peacekeeping missions named by their acronym (UN_MISSIONS in lists.ts; MISC), built on first use. */
function unMissions(): ListIndex {
  unMissionIndex ??= listIndex(placeNames(UN_MISSIONS));
  return unMissionIndex;
}

/** Organisations named without a head noun (lists.ts), built on first use. */
function organisations(): ListIndex {
  orgIndex ??= listIndex(placeNames(ORGANISATIONS));
  return orgIndex;
}

/** The letters U+0621–U+064A as one-letter strings (see lastLetter). */
const BASIC_LETTERS = Array.from({ length: 0x064a - 0x0621 + 1 }, (_, k) => String.fromCharCode(0x0621 + k));

/**
 * The letters of a token as written, without harakat, shadda, sukun, dagger alef or tatweel, and
 * with presentation forms made plain: «عَلِيُّ» → «علي», «الـرئيس» → «الرئيس». Unlike folding it
 * keeps «ة», «ى», «إ» apart, for the rules that read the spelling. The common token has none of
 * those marks and is returned as it is.
 */
function plainLetters(raw: string): string {
  let marked = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isHarakahOrTatweel(c) || c >= 0xfb50) {
      marked = true;
      break;
    }
  }
  if (!marked) return raw;
  let out = '';
  for (const ch of raw.normalize('NFKC')) {
    const c = ch.charCodeAt(0);
    if (!isHarakahOrTatweel(c)) out += ch;
  }
  return out;
}

/** The last letter of a raw token, marks and tatweel skipped, presentation forms read as letters. */
function lastLetter(raw: string): string {
  // the common case, a letter of the basic Arabic block last, which NFKC and folding leave as it
  // is: its one-letter string, made once
  const c = raw.charCodeAt(raw.length - 1);
  if (c >= 0x0621 && c <= 0x064a && c !== 0x0640) return BASIC_LETTERS[c - 0x0621]!;
  for (let i = raw.length - 1; i >= 0; i--) {
    const f = foldWord(raw[i]!);
    if (f.length > 0) return raw[i]!.normalize('NFKC');
  }
  return '';
}

/**
 * True when tokens [i, j) hold only O and whole entities: none starts before `i` or goes on
 * after `j`, so a name over [i, j) replaces them without cutting another name.
 */
function holdsWholeEntities(tags: Int8Array, i: number, j: number): boolean {
  if (tags[i] !== O && tags[i]! % 2 === 0) return false; // an I-X: the entity began before i
  return j >= tags.length || tags[j] === O || tags[j]! % 2 === 1;
}

/** True when the model's entity starting at `i` covers exactly a name of the list whose first word is `first`. */
function isListedSpan(infos: readonly TokenInfo[], tags: Int8Array, i: number, first: string, index: ListIndex): boolean {
  const len = spanEnd(tags, i) - i;
  for (const name of index.names.get(first) ?? []) {
    if (name.length !== len) continue;
    let same = true;
    for (let k = 1; same && k < len; k++) same = infos[i + k]!.word.w === name[k];
    if (same) return true;
  }
  return false;
}

/** Folded head nouns of a party's name («حزب», «حركة»). */
const PARTY_HEADS = new Set(['حزب', 'حركة'].map(foldWord));

/**
 * Names of a hand-written list become entities of type `b` (a B- tag): longest match, the
 * first word read with or without its proclitics («وبأستانة»), the others as written. A name
 * spelled with a final ة does not match a word ending in ه, which folding would otherwise
 * equate («وجده» "found him" is not «وجدة»). A one-word definite name in «…ية» right after a
 * definite common word is that word's adjective («التكية السليمانية»), not the name. A name
 * of one word is taken only where the model left it O (or, with `retype`, where the model
 * made it a one-word entity of another type: «ويكيليكس» read as a person); a name of two words
 * or more also where the model tagged only part of it («[خميس] مشيط», «[دير] الزور»): the
 * list knows the whole; with `retype`, also where the model found the whole name under
 * another type («باريس سان جيرمان» read as the city).
 */
function labelListed(infos: TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, index: ListIndex, b: number, retype: boolean): void {
  const { names, tehMarbuta } = index;
  for (let i = 0; i < tags.length; i++) {
    const word = infos[i]!.word;
    if (!beginsListed(word, index)) continue;
    const w = word.w;
    let best = 0;
    let split: [number, string] | undefined;
    let kept: [number, string] | undefined;
    for (const s of splits(w)) {
      for (const name of names.get(s[1]) ?? []) {
        if (name.length <= best || i + name.length > tags.length) continue;
        let ok = name.length === 1 && !retype ? tags[i] === O : holdsWholeEntities(tags, i, i + name.length);
        for (let k = 1; ok && k < name.length; k++) ok = infos[i + k]!.word.w === name[k];
        // a name of the list's type the model starts at the same word is left as the model
        // ends it where that is itself a listed name: «[مكة] المكرمة», as both corpora write
        // it, keeps the epithet outside, but «[دير] الزور» is no name cut short; the proclitics
        // the list reads off the model's own name are still read off («[لمينورسو]»)
        // (names QA round 167) unless the rest of the listed name is the model's next entity of
        // the same type: «[الكوت] [ديفوار]» is Côte d'Ivoire, though «الكوت» alone is an Iraqi city
        const modelEnd = spanEnd(tags, i);
        const restIsNext = modelEnd < i + name.length && tags[modelEnd] === b;
        if (ok && tags[i] === b && (modelEnd - i >= name.length || (isListedSpan(infos, tags, i, s[1], index) && !restIsNext))) {
          if (s[0] > 0 && modelEnd - i === name.length && best === 0) kept = s;
          ok = false;
        }
        // a model name over exactly these words keeps its type («لوس أنجلوس» of a team's name):
        // the place list mends a name cut short, it does not retype a whole one — but a place
        // of two words or more read as a MISC is the place («تتمتع [لوس أنجلوس]MISC», «في [لوس
        // أنجلوس]MISC»), no work or event being named by a city's name alone, unless a match verb
        // comes right before it or the sentence speaks of football (the team: «فاز لوس أنجلوس»)
        if (ok && !retype && name.length > 1 && tags[i] !== O && spanEnd(tags, i) === i + name.length) {
          // nor after the name of a breed or subspecies, which the place names (names QA round 265:
          // ANERcorp train's «سلالة/أسد [رأس الرجاء الصالح]MISC», the Cape lion)
          const breed = i > 0 && BREED_HEADS.has(infos[i - 1]!.word.b);
          if (!(b === B_LOC && tags[i] === B_MISC) || breed || (i > 0 && headBase(infos[i - 1]!.word.w, MATCH_VERBS) !== '') || speaksOfSport(infos)) ok = false;
        }
        if (ok && tehMarbuta.has(name) && lastLetter(raw[i + name.length - 1]!) === '\u0647') ok = false;
        // «…يه» is the folded «…ية» of an adjective after a definite noun
        if (ok && name.length === 1 && s[0] === 0 && i > 0 && tags[i - 1] === O && isDefinite(infos[i - 1]!.word.b)) {
          if (isDefinite(name[0]!) && name[0]!.endsWith('\u064a\u0647')) ok = false;
        }
        if (ok) {
          best = name.length;
          split = s;
        }
      }
    }
    // the place lists leave the span's start to `strips`, which reads places off by the gazetteer
    // and the corpus («كسبها» "won it" is no «ك» + «سبها», though the list takes it for one)
    if (!split) {
      if (kept && b !== B_LOC) markListedSplit(infos[i]!, kept);
      continue;
    }
    if (split[0] > 0 && (b !== B_LOC || index.splitsOff === true)) markListedSplit(infos[i]!, split);
    else resplit(infos[i]!, split[0], split[1]);
    label(tags, margins, i, i + best, b);
    // «حزب [نداء تونس]»: a party's head noun the model left O before it belongs to the name, as
    // in «[حزب الله]» and the «[حزب نداء تونس]» the model finds itself
    if (b === B_ORG && i > 0 && tags[i - 1] === O && split[0] === 0) {
      const head = splits(infos[i - 1]!.word.w).find(([, hb]) => PARTY_HEADS.has(hb));
      if (head) {
        resplit(infos[i - 1]!, head[0], head[1]);
        label(tags, margins, i - 1, i + best, b);
      }
    }
    i += best - 1;
  }
}

/** Folded heads of a breed or subspecies named after a place: «سلالة», «أسد», «نمر». */
const BREED_HEADS = new Set(['سلالة', 'السلالة', 'أسد', 'الأسد', 'نمر', 'النمر', 'فصيلة'].map(foldWord));

/**
 * The word readings whose proclitics `labelListed` read off a listed name («لمينورسو» → ل +
 * «مينورسو»): the span starts after them (`strips` in recognize.ts), where `segment` and the
 * corpus, which do not know the name, would keep them in it.
 */
const LISTED_SPLITS = new WeakSet<WordInfo>();

/** Reads the proclitics of split [k, base] off a token that opens a listed name, and marks the reading. */
function markListedSplit(info: TokenInfo, split: readonly [number, string]): void {
  // a copy, as resplit makes: a reading may be shared by every token of the same word
  info.word = { ...info.word, p: info.word.w.slice(0, split[0]), b: split[1] };
  LISTED_SPLITS.add(info.word);
}

/** Whether `labelListed` read this reading's proclitics off a listed name (names QA round 140). */
export function splitByList(word: WordInfo): boolean {
  return LISTED_SPLITS.has(word);
}

/**
 * True when a name of `index` begins with the word or one of its {@link splits} (the word
 * without its proclitics); memoized on the word's description, per list.
 */
function beginsListed(word: WordInfo, index: ListIndex): boolean {
  const bit = index.bit;
  if ((word.listsAsked & bit) !== 0) return (word.listsHit & bit) !== 0;
  const w = word.w;
  let hit = index.names.has(w);
  if (!hit && hasProcliticLetter(w)) hit = splits(w).some(([, base]) => index.names.has(base));
  word.listsAsked |= bit;
  if (hit) word.listsHit |= bit;
  return hit;
}

/** True when the folded words [from, to) are a place name of the CLDR gazetteer or of places.ts, whole. */
function isKnownPlace(lex: Lexicon, words: readonly string[]): boolean {
  for (const index of [lex.places, places().names]) {
    for (const name of index.get(words[0]!) ?? []) {
      if (name.length !== words.length) continue;
      let same = true;
      for (let k = 1; same && k < name.length; k++) same = name[k] === words[k];
      if (same) return true;
    }
  }
  return false;
}

/**
 * A known place (isKnownPlace), or one word the self-training tag dictionary reads as a place
 * in at least 35 % of its occurrences («كوريا», «مأرب», «الهند») and is no definite adjective. For the half after «و»
 * (`joined`: the word as written with it) the corpus must also see the word alone more often
 * than with the «و», so that a name whose second half is rare alone stays whole.
 */
function placeLike(lex: Lexicon, words: readonly string[], joined: string): boolean {
  if (isKnownPlace(lex, words)) return true;
  const w = words[0]!;
  if (words.length !== 1 || tagShare(lex.tagdict.get(w) ?? 0, 1) < 2) return false;
  // a definite adjective read as a place within a longer name is none alone: a nisba
  // («الصحف السعودية والعربية») or an elative «الأفعل» («الشرق والأوسط», a typo)
  if (isDefinite(w) && (w.charCodeAt(w.length - 1) === YEH || w.endsWith('\u064a\u0647') || isElative(w))) return false;
  return joined === '' || freqOf(lex, w) > freqOf(lex, joined);
}

/** A folded definite elative «الأفعل» («الأوسط», «الأحمر», «الأبيض»): an adjective, no place. */
function isElative(w: string): boolean {
  return isDefinite(w) && w.length === 6 && w.charCodeAt(2) === ALEF;
}

/** Least log2 corpus count of a definite noun, and of it with «ب», for «ب» + the noun to end a person's name. */
const BI_NOUN_FREQ = 3;

/**
 * «مدينة الملك [عبدالله بالقصيم]PERS», «حي الملك [فهد بالهفوف]PERS», «مطار الأمير [سلطان بتبوك]PERS»:
 * a place named after a person (a quarter, an airport, a mosque, a school) is followed by the
 * town it stands in with the preposition «ب» "in", and the model runs the person's name over
 * the town. The last word of a PERS of two words or more that is «ب» + a known place
 * (isKnownPlace: the gazetteer and places.ts) or a definite word the self-training tag
 * dictionary reads as a place at least as often as a person («بالقصيم», «بالجيزة») ends the
 * person before it and is that place, a LOC from after the «ب». A word that is itself a place
 * («بنزرت», «بريدة»), whose base is no place («[أحمد بدير]», «[توم باور]») or is an indefinite
 * word in a bare alef («باكرا» "early", a foreign «با…») stays. A last word «ب» + a common
 * definite noun (seen 8 times at least alone and with the «ب», never tagged as a person: «ابن
 * [صدام بالتبني]» "by adoption", «[هاني بالحرس] الوطني») is no word of the name and goes out;
 * family names in «بال…» («[ماريو بالوتيلي]», «[والتر بالمر]», «[المعتصم بالله]») stay.
 */
function endPersonsBeforeBiPlace(infos: TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const w = infos[j - 1]!.word.w;
    if (j - i >= 2 && w.length > 3 && w.charCodeAt(0) === BEH) {
      const base = w.slice(1);
      const code = lex.tagdict.get(base) ?? 0;
      // «با…» with a bare alef is mostly a foreign name or a word of its own («[سنغور] باكرا»
      // "early", «[بعل بازورس]»), not «ب» before a place in «أ…» («بأنقرة»)
      const definite = isDefinite(base);
      const place =
        (definite || base.charCodeAt(0) !== ALEF) &&
        (isKnownPlace(lex, [base]) || (definite && tagShare(code, 1) >= 2 && tagShare(code, 1) > tagShare(code, 0)));
      if (place && !isKnownPlace(lex, [w])) {
        resplit(infos[j - 1]!, 1, base);
        label(tags, margins, j - 1, j, B_LOC);
      } else if (definite && persShare(lex, base) === 0 && freqOf(lex, base) >= BI_NOUN_FREQ && freqOf(lex, w) >= BI_NOUN_FREQ) {
        // «ابن [صدام بالتبني]» "by adoption", «[صدام حسين بالشنق]», «[هاني بالحرس] الوطني»: a
        // common definite noun after «ب», never a person's word, ends the name before it
        tags[j - 1] = O;
      }
    }
    i = j - 1;
  }
}

/**
 * «القدس [وتل أبيب]LOC»: a place after «و» "and" in a list kept the conjunction where the word
 * was not split (the two letters of «تل» are too short a base), or split wrongly (as و + ب + …). A LOC
 * whose first word starts with «و» (not split off alone) starts after it when the name without «و»
 * is a place (`placeLike`: of the gazetteers, or one word the corpus tags mostly as a place and
 * sees more often than with the «و») and the name with it is not («واشنطن», «وارسو», «ويلز» and
 * «وهران» stay whole).
 */
function startPlacesAfterAnd(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const word = infos[i]!.word;
    const w = word.w;
    if (word.p !== 'و' && w.charCodeAt(0) === WAW && w.length >= (j - i > 1 ? 3 : 4)) {
      const words: string[] = [w];
      for (let k = i + 1; k < j; k++) words.push(infos[k]!.word.w);
      const whole = isKnownPlace(lex, words);
      words[0] = word.b;
      // a split of its own that already names a place («وبغداد» → و + ب + «غداد» is not one)
      const own = word.p.length > 0 && isKnownPlace(lex, words);
      words[0] = w.slice(1);
      if (!whole && !own && (placeLike(lex, words, j - i > 1 ? '' : w) || (j - i === 1 && rareWithAnd(lex, w, word.b)))) resplit(infos[i]!, 1, w.slice(1));
    }
    i = j - 1;
  }
}

/** Folded two-letter heads of names that keep a «و» "and" written on them whole: «تل», «بن», «أم», and the particle «دي» (round 267). */
const SHORT_HEADS_AFTER_AND = new Set(['تل', 'بن', 'أم', 'دي'].map(foldWord));
/** Folded «تل» "hill": a name it opens is a place. */
const HILL = foldWord('تل');

/**
 * Names QA round 266: «والزيارة [وتل واسط]LOC», «العطاس [وبن دغر]PERS», «شاه إيران [وأم كلثوم]PERS»:
 * a name that opens with a two-letter head («تل» "hill", «بن» "son of", «أم» "mother of") kept
 * the «و» "and" before it, since the corpus knows the three-letter word whole and `segment` is
 * not asked. A span of two words or more whose first word is «و» + one of these heads, read
 * whole, starts after the «و» (recorded in `AND_SPLITS`); a hill is a place («حصيبة الشرقية
 * [وتل الشهد]PERS» → LOC), and a «وتل» inside a place («[وتل كلاب وتل النبي يوشع]») starts the
 * next one.
 */
function startShortHeadsAfterAnd(infos: readonly TokenInfo[], tags: Int8Array): void {
  const after = (k: number): string | undefined => {
    const word = infos[k]!.word;
    if (word.w.charCodeAt(0) !== WAW) return undefined;
    const base = word.w.slice(1);
    if (!SHORT_HEADS_AFTER_AND.has(base) || (word.p !== '' && (word.p !== WAW_CHAR || word.b !== base))) return undefined;
    return base;
  };
  const split = (k: number, base: string): void => {
    resplit(infos[k]!, 1, base);
    AND_SPLITS.add(infos[k]!.word);
  };
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0) continue;
    const j = spanEnd(tags, i);
    if (j - i >= 2) {
      const base = after(i);
      if (base !== undefined) {
        split(i, base);
        if (base === HILL && t === B_PERS) for (let k = i; k < j; k++) tags[k] = k === i ? B_LOC : B_LOC + 1;
      }
      if (tags[i] === B_LOC) {
        for (let k = i + 1; k < j - 1; k++) {
          if (after(k) !== HILL) continue;
          split(k, HILL);
          tags[k] = B_LOC;
        }
      }
    }
    i = j - 1;
  }
}

/**
 * Whether a one-word name written with «و» is rare beside the word without it: the corpus sees
 * the rest at least four times as often (log2 count two more) as the whole, any base another split
 * left is no place nor definite («وللسعودية»), and its tag dictionary does not know it as a mostly untagged
 * common word («وبابل», «وكابل», «وبوسان»).
 */
function rareWithAnd(lex: Lexicon, w: string, base: string): boolean {
  const rest = w.slice(1);
  if (rest.length < 3 || lex.tagdict.get(rest) === 1) return false;
  const f = freqOf(lex, rest);
  // split as و + another proclitic: the base that split left must be no place
  // («ولبريطانيا» is «و» + «ل» + «بريطانيا», not «و» + «لبريطانيا»; «وبابل» is not «و» + «ب» + «ابل»)
  // and «ول» "and to" before a place is far more common than a place in «ل» («ولدير السلطان»)
  if (base !== w && base !== rest && (rest.charCodeAt(0) === LAM || isDefinite(base) || placeLike(lex, [base], ''))) return false;
  return f >= Math.max(freqOf(lex, w), 0) + 2;
}

/**
 * «[ليتوانيا وليختنشتاين]», «[باريس وليون]»: a LOC the model ran over «و» is two places when
 * the words before the conjunction and the words from it on (without «و») are each a place of
 * the gazetteers or one word read mostly as a place (placeLike: «[كوريا والهند]», «[مأرب
 * وأبين]») and the whole is not one («البوسنة والهرسك», «ترينيداد وتوباغو» stay whole).
 */
function splitCoordinatedPlaces(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    if (j - i < 2) continue;
    // the first word without its proclitics («وبين [باريس وليون]»), the others as written
    const words: string[] = [infos[i]!.word.b];
    for (let k = i + 1; k < j; k++) words.push(infos[k]!.word.w);
    if (!isKnownPlace(lex, words)) {
      for (let k = i + 1; k < j; k++) {
        const w = words[k - i]!;
        if (w.charCodeAt(0) !== WAW || w.length < 4) continue;
        const after = [w.slice(1), ...words.slice(k - i + 1)];
        if (!placeLike(lex, words.slice(0, k - i), '') || !placeLike(lex, after, w)) continue;
        resplit(infos[k]!, 1, w.slice(1));
        tags[k] = B_LOC;
        break;
      }
    }
    i = j - 1;
  }
}

/**
 * «واتهمت [لندن موسكو] بالوقوف وراء …», «واتهمت [باكستان الهند] بانتهاك …»: a LOC of two words,
 * each a place of the gazetteers alone (isKnownPlace) and not one together, is two places side
 * by side — a verb's subject and object, as news writes a government by its capital. Only
 * whole gazetteer names count, not words read mostly as places: «[بيونغ يانغ]», «[أديس أبابا]»,
 * «[غينيا بيساو]» stay whole.
 */
function splitAdjacentPlaces(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i + 1] !== B_LOC + 1 || (i + 2 < tags.length && tags[i + 2] === B_LOC + 1)) continue;
    const first = infos[i]!.word.b;
    const second = infos[i + 1]!.word.w;
    if (!isKnownPlace(lex, [first]) || !isKnownPlace(lex, [second]) || isKnownPlace(lex, [first, second])) continue;
    tags[i + 1] = B_LOC;
  }
}

let cuedIndex: Map<string, boolean> | undefined;
let cuedEndings: Set<number> | undefined;
/** Folded cued places whose name is written with «ة» (not «الوجه», written with «ه»). */
let cuedTehMarbuta: Set<string> | undefined;

/** The last three letters of a word (length ≥ 3) as one number, with no string allocated. */
function ending(w: string): number {
  const n = w.length;
  return (w.charCodeAt(n - 3) * 65536 + w.charCodeAt(n - 2)) * 65536 + w.charCodeAt(n - 1);
}

/** Folded cued places (places.ts) → whether a preposition of place is cue enough, built on first use. */
function cuedPlaces(): Map<string, boolean> {
  if (!cuedIndex) {
    cuedIndex = new Map();
    for (const name of placeNames(HEADED_PLACES)) cuedIndex.set(foldWord(name), false);
    for (const name of placeNames(CUED_PLACES)) cuedIndex.set(foldWord(name), true);
    cuedEndings = new Set([...cuedIndex.keys()].map(ending));
    cuedTehMarbuta = new Set([...placeNames(HEADED_PLACES), ...placeNames(CUED_PLACES)].filter((n) => n.charCodeAt(n.length - 1) === TEH_MARBUTA).map(foldWord));
  }
  return cuedIndex;
}

/** Folded words that announce a place just after them: «محافظة», «مدينة», «شمال», «سكان», «قضاء», «ناحية», «ريف», Yemen's «مديرية» "district", … */
const PLACE_CUES = new Set(
  ['مدينة', 'محافظة', 'منطقة', 'محافظ', 'بلدة', 'قرية', 'ولاية', 'إمارة', 'مطار', 'ميناء', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط', 'سكان', 'أهالي', 'أهل', 'مدن', 'محافظات', 'مدينتي', 'محافظتي', 'ناحية', 'قضاء', 'ريف', 'بلدية', 'مديرية', 'مديريات', 'مديريتي'].map(foldWord),
);

/** Folded prepositions of place that cue the names of CUED_PLACES: «في ينبع», «إلى حائل». */
const PLACE_PREPOSITIONS = new Set(['في', 'إلى'].map(foldWord));

/**
 * Cities whose name is also a common word or another name (CUED_PLACES, HEADED_PLACES in
 * places.ts: «الطائف», «ينبع», «العين») become LOC where the model left them O and a word
 * just before announces a place — «محافظة», «مدينة», «شمال», «سكان», … with or without
 * proclitics («بمحافظة الطائف») — or, for CUED_PLACES, where «في/إلى» precedes or ب is attached
 * («بالطائف»), and «دوما» after the words of DOUMA_CUES or alone in quotes (doumaCued). «اتفاق
 * الطائف», «الذي ينبع منه», «في العين» keep O.
 */
function labelCuedPlaces(infos: TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  const cued = cuedPlaces();
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== O) continue;
    const w = infos[i]!.word.w;
    // a cheap test on the last three letters before the proclitic splits
    if (w.length < 3 || !cuedEndings!.has(ending(w))) continue;
    for (const [k, base] of splits(w)) {
      const weak = cued.get(base);
      if (weak === undefined) continue;
      // a name written with ة («حماة») does not match a word in ه («حماه» "his protector"); one
      // written with ه does («محافظة [الوجه]», names QA round 176)
      if (cuedTehMarbuta!.has(base) && lastLetter(raw[i]!) === '\u0647') break;
      const prev = i > 0 ? infos[i - 1]!.word.w : '';
      let cue = prev !== '' && (tags[i - 1] === O || tags[i - 1] === B_LOC) && splits(prev).some(([, b]) => PLACE_CUES.has(b));
      if (!cue && weak) cue = (k > 0 && w.slice(0, k).includes('\u0628')) || PLACE_PREPOSITIONS.has(prev); // BEH attached
      // «تحرير دوما», «مهجري دوما», «"دوما"»: the words of the town's siege (doumaCued)
      if (!cue && base === ALWAYS) cue = doumaCued(infos, raw, i);
      if (cue) {
        resplit(infos[i]!, k, base);
        label(tags, margins, i, i + 1, B_LOC);
      }
      break;
    }
  }
}

/** Folded news agencies and papers whose dateline opens a report: «سبق - الطائف:», «واس - الرياض:», «رويترز - بنغازي:». */
const DATELINE_SOURCES = new Set(['سبق', 'واس', 'رويترز'].map(foldWord));
/** Folded words a dateline gives where the place would be: «سبق - متابعة:» "follow-up", «سبق - وكالات:» "agencies". */
const DATELINE_NON_PLACES = new Set(['متابعة', 'متابعات', 'وكالات', 'الوكالات'].map(foldWord));
/** Dashes between a dateline's source and its place: HYPHEN-MINUS, EN DASH, EM DASH. */
const DATELINE_DASHES = new Set(['-', '\u2013', '\u2014']);
/** Most words of a dateline's place («وادي الدواسر», «خميس مشيط», «حفر الباطن»). */
const DATELINE_PLACE_WORDS = 3;

/**
 * Names QA round 118: «سبق- [القصيم]ORG:», «سبق- [عسير]PERS:», «سبق- الطائف:» (left O): the
 * dateline of a report, a news source of DATELINE_SOURCES, a dash and one to three words before
 * «:» (or «(» of «رويترز - بنغازي (ليبيا):»), names the place the report is filed from. Those
 * words become one LOC, whatever the model made of them; words left O become a LOC too unless one
 * is a dateline word that names no place (DATELINE_NON_PLACES: «متابعة», «وكالات»). Words with
 * a LOC among them are left as they are («سبق- [مكة] المكرمة:», «سبق- جزيرة [فرسان]:», the
 * epithet and the head outside as ANERcorp writes them), and so is a PERS of two words or more
 * that opens with a given name and is no listed place: the writer of a column («بروفايل سبق –
 * [محمد عطيف]:»), while «[خميس مشيط]PERS» is the listed city.
 */
function labelDatelinePlaces(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 2; i < tags.length; i++) {
    if (!DATELINE_DASHES.has(raw[i - 1]!) || !DATELINE_SOURCES.has(infos[i - 2]!.word.w)) continue;
    let j = i;
    let named = false;
    let common = false;
    let place = false;
    while (j < tags.length && j - i < DATELINE_PLACE_WORDS && /\p{L}/u.test(raw[j]!)) {
      if (tags[j] !== O) named = true;
      if (tags[j] === B_LOC || tags[j] === B_LOC + 1) place = true;
      if (DATELINE_NON_PLACES.has(infos[j]!.word.w)) common = true;
      j++;
    }
    if (j === i || j >= tags.length || (raw[j] !== ':' && raw[j] !== '(')) continue;
    // a place found there is left as it is: «[مكة] المكرمة», «جزيرة [فرسان]», as ANERcorp writes them
    if (place || (!named && common)) continue;
    // «بروفايل سبق – [محمد عطيف]:»: a person of a given name and more, no listed place, is the writer
    if (tags[i] === B_PERS && j - i > 1 && ((lex.classes.get(infos[i]!.word.b) ?? 0) & GIVEN_NAME) !== 0 && !isListedSpan(infos, tags, i, infos[i]!.word.w, places())) continue;
    label(tags, margins, i, j, B_LOC);
    i = j;
  }
}

/** Folded words before a city's name that the PLACE_CUES lack: «أمانة الأحساء» (the municipality), «فتح الأحساء». */
const CITY_PERSON_CUES = new Set(['أمانة', 'فتح', 'عمليات', 'إقليم'].map(foldWord));

/**
 * «الحرس الوطني ب[قابس]PERS», «أمانة [الأحساء]PERS», «بلدية [زغوان]PERS»: a one-word PERS that is
 * a listed city of places.ts (CAPITALS, CITIES; proclitics aside) is the city where ب is attached
 * to it or «في/إلى/من» or a word that announces a place (PLACE_CUES, CITY_PERSON_CUES, proclitics
 * aside) stands just before it. Elsewhere it is left as the model read it: the Nigerian president
 * «ويواجه [بخاري]» shares his name with Bukhara, and a person may be named after a town. A listed
 * given name or a word after a person's title is never retyped.
 * A PERS of three words or more that opens with such a city, or of two before a listed given
 * name («عبد …» too), is the city and then the person — the official after his town's name: «والي [قابس]
 * [منجي ثامر]», «المدير الجهوي للصحة ب[بنزرت] [سامي] الرقيق», «صحة [القصيم] [أحمد …]» — with no
 * cue needed; a person named like a city keeps the name («[جنين دهمان]», «[باكو ألكاسير]»).
 */
function retypeCuedCityPersons(infos: TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  const { names } = places();
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const w = infos[i]!.word.w;
    if (i + 1 < tags.length && tags[i + 1] === I_PERS) {
      // «والي [قابس منجي ثامر]», «ب[جندوبة سامي خليفي]»: a city before a given name
      const next = infos[i + 1]!.word.b;
      // «[بومرداس وتيزي وزو]»: places joined by «و» are no city and person
      if (infos[i + 1]!.word.p.charCodeAt(0) === WAW) continue;
      const long = i + 2 < tags.length && tags[i + 2] === I_PERS;
      if (!long && ((lex.classes.get(next) ?? 0) & GIVEN_NAME) === 0 && !next.startsWith(ABD)) continue;
      const city = listedCity(w, names, lex);
      if (city === undefined) continue;
      resplit(infos[i]!, city[0], city[1]);
      tags[i] = B_LOC;
      tags[i + 1] = B_PERS;
      continue;
    }
    const city = listedCity(w, names, lex);
    if (city === undefined) continue;
    const prev = i > 0 && tags[i - 1] === O ? infos[i - 1]!.word.w : '';
    if (prev !== '' && splits(prev).some(([, b]) => ((lex.classes.get(b) ?? 0) & PERSON_TRIGGER) !== 0)) continue;
    const cue =
      (city[0] > 0 && w.slice(0, city[0]).includes('\u0628')) || // BEH attached
      (prev !== '' && (CITY_PREPOSITIONS.has(prev) || splits(prev).some(([, b]) => PLACE_CUES.has(b) || CITY_PERSON_CUES.has(b))));
    if (cue) {
      resplit(infos[i]!, city[0], city[1]);
      tags[i] = B_LOC;
    }
  }
}

/**
 * The first reading of the folded word `w` (proclitics aside, see splits) that is a one-word
 * city of places.ts, as [proclitic length, base]; undefined when there is none or when that
 * base is a listed given name.
 */
function listedCity(w: string, names: ReadonlyMap<string, readonly (readonly string[])[]>, lex: Lexicon): [number, string] | undefined {
  for (const [k, base] of splits(w)) {
    if (!(names.get(base) ?? []).some((n) => n.length === 1)) continue;
    return ((lex.classes.get(base) ?? 0) & GIVEN_NAME) !== 0 ? undefined : [k, base];
  }
  return undefined;
}

/** Folded «عبد», the first half of the compound given names «عبد المجيد», «عبد الله». */
const ABD = foldWord('عبد');

/** Folded prepositions before a city: «في», «إلى», «من». */
const CITY_PREPOSITIONS = new Set(['في', 'إلى', 'من'].map(foldWord));

/** Folded «السعودية», the one state whose name is also the feminine of its nationality adjective. */
const SAUDI = foldWord('السعودية');
const ARABIC = foldWord('العربية');
const KINGDOM = foldWord('ملكة'); // «المملكة», and «للملكة» as news misspells it

/**
 * Folded definite nouns that «السعودية» "Saudi" follows as an adjective though they do not end
 * in ة, ات or ي: broken plurals of things («الأسهم», «الملاعب», «الكوادر», «المدن»), which take
 * the feminine, and the nouns of «سوق/كرة القدم/أسواق المال/وسائل الإعلام/هيئة الاستثمار …
 * السعودية». Names QA round 214 counted them over the 16 news files; masculine nouns that can be
 * the subject of a verb with the state as its object («زار ولي العهد السعودية») are left out.
 */
const SAUDI_NOUNS = new Set(
  [
    'السوق', 'الأسهم', 'الأسواق', 'الملاعب', 'الكوادر', 'الإعلام', 'المدن', 'المال', 'القدم', 'الطيران', 'المدارس', 'البنوك', 'المصارف', 'الصحف',
    'الموانئ', 'الجماهير', 'السينما', 'الأفلام', 'الأعمال', 'الأسر', 'المسارح', 'المناطق', 'الأعلام', 'المناهج', 'الاقتصاد', 'الكهرباء', 'الحدود',
    'الاحتراف', 'التحكيم', 'الأرصاد', 'الطوارئ', 'النفط', 'الخزف', 'الاستثمار', 'الحج', 'النقل', 'الخطوط',
  ].map(foldWord),
);

/**
 * Whether a folded definite noun takes a feminine adjective after it: a feminine or plural in
 * ة, ات or ي, or one of SAUDI_NOUNS (broken plurals of things: «الأسهم», «الملاعب»).
 */
function takesFeminineAdjective(noun: string): boolean {
  const last = noun.charCodeAt(noun.length - 1);
  return last === HEH || last === YEH || noun.endsWith('\u0627\u062a') || SAUDI_NOUNS.has(noun); // ALEF TEH: «…ات»
}

/** Folded «الخطوط» "the lines": «الخطوط السعودية» is the airline Saudia. */
const AIRLINES = foldWord('الخطوط');

/**
 * «الجنسية السعودية», «السلطات السعودية», «العائلة المالكة السعودية»: «السعودية» with no
 * proclitic right after a definite noun or adjective the model left O, in the feminine or
 * plural that the adjective agrees with (ending in ة, ات or ي), is the adjective "Saudi", not
 * the state — ANERcorp leaves it O there and tags the state after prepositions («في
 * السعودية») or inside «المملكة العربية السعودية». Names QA round 214: also after the nouns of
 * SAUDI_NOUNS («السوق [السعودية]LOC», «الأسهم», «كرة القدم»); and right after an indefinite head
 * of SAUDI_BODY_HEADS and one definite noun it closes the body's name («[جمعية الاقتصاد
 * السعودية]ORG», «[هيئة السياحة السعودية]ORG»), after «الخطوط» the airline («[الخطوط
 * السعودية]ORG»).
 */
function dropAdjectiveStateNames(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    const { w, p } = infos[i]!.word;
    if (w !== SAUDI || p.length > 0) continue;
    if (tags[i - 1] === B_ORG || tags[i - 1] === B_ORG + 1) {
      if (feminineHeadBefore(infos, tags, i)) tags[i] = O;
      continue;
    }
    if (tags[i - 1] !== O) continue;
    const prev = infos[i - 1]!.word.b;
    if (!isDefinite(prev) || NOT_NOUNS.has(prev)) continue;
    // «[المملكة العربية] السعودية» cut short by the model is the state («اللجنة الأولمبية
    // العربية السعودية» is not)
    if (prev === ARABIC && i > 1 && infos[i - 2]!.word.w.endsWith(KINGDOM)) continue;
    if (!takesFeminineAdjective(prev)) continue;
    if (i > 1 && tags[i - 2] === O && infos[i - 1]!.word.p.length === 0 && SAUDI_BODY_HEADS.has(infos[i - 2]!.word.b)) {
      // the body's name: «[هيئة الاستثمار السعودية]ORG»
      tags[i - 2] = B_ORG;
      tags[i - 1] = B_ORG + 1;
      tags[i] = B_ORG + 1;
    } else if (prev === AIRLINES) {
      tags[i - 1] = B_ORG;
      tags[i] = B_ORG + 1;
    } else tags[i] = O;
  }
}

/**
 * «[وزارة الصحة]ORG السعودية», «[الهيئة العامة للاستثمار]ORG السعودية»: «السعودية» right after
 * an organisation whose head (its first word, a hashtag's first part) is a feminine noun in ة
 * agrees with that head, the adjective "Saudi", as ANERcorp leaves «الفرنسية» after «جامعة
 * السوربون» O. Not after a masculine head, where it is the state («حذر [صندوق النقد الدولي]
 * السعودية»), nor after a name with no head («[أرامكو] السعودية», the company's own name).
 */
function feminineHeadBefore(infos: readonly TokenInfo[], tags: Int8Array, i: number): boolean {
  const k = orgStart(tags, i - 1);
  if (k < 0) return false;
  let head = infos[k]!.word.b;
  const cut = head.indexOf('_');
  if (cut > 0) head = head.slice(0, cut);
  return head.length >= 4 && head.charCodeAt(head.length - 1) === HEH;
}

/** Folded definite heads of public bodies named by their purpose («الهيئة العامة للرياضة»). */
const BODY_HEADS = new Set(
  ['الهيئة', 'المؤسسة', 'الوكالة', 'اللجنة', 'المجلس', 'الاتحاد', 'الجمعية', 'المنظمة', 'الشركة', 'المديرية', 'الإدارة', 'المركز', 'الرابطة', 'النقابة', 'الصندوق', 'البنك', 'المعهد', 'الأكاديمية', 'الرئاسة', 'المفوضية'].map(foldWord),
);

/** Folded adjectives that say what kind of body it is: «العامة», «العليا», «الوطنية», «الدولية», … */
const BODY_ADJECTIVES = new Set(
  ['العامة', 'العام', 'العليا', 'الأعلى', 'الوطنية', 'الوطني', 'الدولية', 'الدولي', 'الاتحادية', 'الاتحادي', 'الملكية', 'الملكي', 'العالمية', 'العالمي', 'العربية', 'العربي', 'الإسلامية', 'الإسلامي', 'الأوروبية', 'الأوروبي', 'الأفريقية', 'الأفريقي', 'الإفريقية', 'الإفريقي', 'الآسيوية', 'الآسيوي', 'الخليجية', 'الخليجي', 'المركزية', 'المركزي', 'الأهلية', 'الأهلي'].map(foldWord),
);

/** Folded «لل…» words of time or degree that follow a body without naming its purpose: «للمرة الأولى», «للغاية». */
const NOT_PURPOSES = new Set(['للمرة', 'للغاية', 'للعام', 'للسنة', 'للموسم', 'لليوم', 'للشهر', 'للأسبوع', 'للحظة', 'للفترة', 'للوقت', 'للمرتين'].map(foldWord));

/**
 * «الهيئة العامة للرياضة», «المؤسسة العامة للتأمينات الاجتماعية», «المركز الوطني للأرصاد»,
 * «الهيئة العامة للغذاء والدواء»: a definite head of a public body (BODY_HEADS, with or without
 * proclitics) + one or two adjectives of its kind (BODY_ADJECTIVES; after NISBA_BODY_HEADS any
 * nisba adjective, «الاتحاد المصري») + a «لل…» word of purpose is the body's name: an ORG over the
 * head, the adjectives, the purpose, purposes joined to it by «و» («والدواء») and definite
 * adjectives in ة/ي after them (also joined by «و»: «الصغيرة والمتوسطة»), up to another head.
 * A «لل…» word that is an organisation, place or title («للنادي», «للولاية», «للأمم») names the
 * owner of an organ («الإدارة العليا للنادي»), and a time word («للمرة الأولى») no purpose:
 * nothing is labelled. Only stretches the model left O are
 * labelled (an ORG it ended before the purpose is left as ANERcorp writes «البنك الأفريقي» +
 * «للتنمية»), after the listed organisations («جماعة الإخوان المسلمين» is no purpose of a
 * body). ANERcorp tags «الهيئة العامة للتأمين الصحي», «الوكالة الدولية للطاقة الذرية»,
 * «اللجنة الدولية للصليب الأحمر» so, and leaves some O («المؤسسة العامة للسينما», «المجلس
 * الوطني للأبحاث»). Not «المصلحة» («المصلحة العامة للمسلمين» "the common good").
 */
function labelPublicBodies(infos: TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i + 2 < tags.length; i++) {
    if (tags[i] !== O || tags[i + 1] !== O) continue;
    // cheap tests on the adjective before the proclitic splits of the head
    const adjective = infos[i + 1]!.word.w;
    if (!BODY_ADJECTIVES.has(adjective) && !isNisba(adjective)) continue;
    const head = splits(infos[i]!.word.w).find(([, b]) => BODY_HEADS.has(b));
    if (!head) continue;
    let k = i + 1;
    while (k < tags.length && k - i <= 2 && tags[k] === O && infos[k]!.word.p.length === 0) {
      const w = infos[k]!.word.w;
      if (!BODY_ADJECTIVES.has(w) && (!NISBA_BODY_HEADS.has(head[1]) || !isAdjectiveNisba(w, lex))) break;
      k++;
    }
    if (k === i + 1 || k >= tags.length || tags[k] !== O) continue;
    const purpose = infos[k]!.word.w;
    if (purpose.length <= 3 || purpose.charCodeAt(0) !== LAM || purpose.charCodeAt(1) !== LAM || NOT_PURPOSES.has(purpose)) continue;
    // «للنادي», «للولاية», «للأمم»: an organisation, place or title names the owner of an
    // organ («الإدارة العليا للنادي», «الجمعية العامة للأمم المتحدة»), not a body's purpose
    if ((lex.classes.get('\u0627' + purpose.slice(1)) ?? 0) & (ORG_TRIGGER | LOC_TRIGGER | PERSON_TRIGGER)) continue;
    let j = k + 1;
    let coordinated = true;
    while (j < tags.length && tags[j] === O && j - i < 8) {
      const w = infos[j]!.word.w;
      const last = w.charCodeAt(w.length - 1);
      // «للغذاء والدواء», «للسينما والإذاعة والتلفزيون»: purposes joined by «و», not a plural
      // of other bodies after them («للاستثمار والجهات ذات العلاقة»)
      if (BODY_HEADS.has(w)) break; // «… الهيئة العامة» again: a second name
      const and = w.charCodeAt(0) === WAW && isDefinite(w.slice(1)) && !NOT_NOUNS.has(w.slice(1)) && !w.endsWith('\u0627\u062a');
      // after an adjective only an adjective is joined: «للمنشآت الصغيرة والمتوسطة»
      if (and && (coordinated || last === HEH || last === YEH)) j++;
      else if (BODY_ADJECTIVES.has(w) || (isDefinite(w) && !NOT_NOUNS.has(w) && (last === HEH || last === YEH))) {
        coordinated = false;
        j++;
      } else break;
    }
    resplit(infos[i]!, head[0], head[1]);
    label(tags, margins, i, j, B_ORG);
    i = j - 1;
  }
}

/**
 * Folded indefinite heads of a body named by its field and its reach («منظمة الصحة العالمية»);
 * not «مركز» («مركز التجارة العالمي», a building), nor «برنامج» but before PROGRAMME_FIELDS.
 */
const REACH_BODY_HEADS = new Set(
  ['منظمة', 'وكالة', 'محكمة', 'لجنة', 'مؤسسة', 'هيئة', 'صندوق', 'معهد', 'جمعية', 'رابطة', 'اتحاد', 'مجلس', 'منتدى', 'بنك'].map(foldWord),
);

/**
 * Folded indefinite heads of a body whose name ends in «السعودية»: «هيئة الاستثمار السعودية»,
 * «جمعية السرطان السعودية», «شركة الكهرباء السعودية», «وزارة الحج السعودية».
 */
const SAUDI_BODY_HEADS = new Set([...REACH_BODY_HEADS, ...['شركة', 'وزارة'].map(foldWord)]);

/** «برنامج» "programme" is a body only as the World Food Programme: its folded fields «الغذاء», «الأغذية». */
const PROGRAMME_FIELDS = new Set(['الغذاء', 'الأغذية'].map(foldWord));
const PROGRAMME = foldWord('برنامج');

/** Folded definite heads of bodies as a field: «هيئة المحكمة الدولية» is the court's panel, «مجلس الصندوق الدولي» the fund's board. */
const BODY_HEAD_FIELDS = new Set([...REACH_BODY_HEADS].map((h) => 'ال' + h));

/** A folded definite adjective of relation, masculine «…ي» or feminine «…ية» («الاقتصادي», «الكشفية»). */
function isRelationAdjective(w: string): boolean {
  return isNisba(w) || (isDefinite(w, 4) && w.endsWith('\u064a\u0647'));
}

/**
 * The proclitics and base of folded `w` when the base is a definite head of `heads`, reading
 * «للجنة» as ل + «اللجنة» too (a head in «ل» loses the article's lam after ل as well as its alef).
 */
function definiteHead(w: string, heads: ReadonlySet<string>): [number, string] | undefined {
  const head = splits(w).find(([, b]) => heads.has(b));
  if (head) return head;
  const k = w.charCodeAt(0) === WAW || w.charCodeAt(0) === FEH ? 1 : 0;
  if (w.charCodeAt(k) !== LAM || w.charCodeAt(k + 1) !== LAM) return undefined;
  const base = '\u0627\u0644' + w.slice(k + 1);
  return heads.has(base) ? [k + 1, base] : undefined;
}

/** Folded adjectives that describe a body in passing: «المنظمة الحقوقية الدولية» is any rights group. */
const DESCRIPTIVE_ADJECTIVES = new Set(['الحقوقية', 'الحقوقي', 'الإنسانية', 'الإنساني', 'الإغاثية', 'الخيرية', 'الخيري', 'الأممية', 'الأممي', 'المالية', 'المالي'].map(foldWord));

/** Folded adjectives of reach that end such a name: «الدولية», «العالمي». */
const REACH_ADJECTIVES = new Set(['الدولية', 'الدولي', 'العالمية', 'العالمي'].map(foldWord));

/**
 * Names QA round 155: «محكمة العدل الدولية», «محكمة الجنايات الدولية», «وكالة الطاقة الدولية»,
 * «لجنة الإغاثة الدولية», «مؤسسة التمويل الدولية», «برنامج الأغذية العالمي»: an indefinite head
 * of a body (REACH_BODY_HEADS, with or without proclitics) in construct with a definite noun, its
 * field, then an adjective of reach (REACH_ADJECTIVES) is the body's name, an ORG, where the model
 * left all three O. The field is a noun, not one of the adjectives that end names
 * (NAME_ADJECTIVES, BODY_ADJECTIVES) nor another body («هيئة المحكمة الدولية», the court's
 * panel); nothing after the adjective is taken. «برنامج» heads only the World Food Programme
 * («برنامج الطوابع العالمي» is a scheme). ANERcorp train tags
 * «محكمة العدل الدولية» and «لوكالة الطاقة الدولية» so, and leaves «برنامج الغذاء العالمي»,
 * «صندوق الطبيعة العالمي» and «لجنة التحقيق الدولية» O (once each).
 */
function labelReachBodies(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 2 < tags.length; i++) {
    if (tags[i] !== O || tags[i + 1] !== O || tags[i + 2] !== O) continue;
    // cheap tests on the adjective and the field before the proclitic splits of the head
    const reach = infos[i + 2]!.word;
    const field = infos[i + 1]!.word;
    if (reach.p.length > 0 || !REACH_ADJECTIVES.has(reach.w) || field.p.length > 0 || !isDefinite(field.w)) continue;
    if (NOT_NOUNS.has(field.w) || REACH_ADJECTIVES.has(field.w) || BODY_HEAD_FIELDS.has(field.w) || BODY_HEADS.has(field.w)) continue;
    let head: [number, string] | undefined;
    // «المنتدى الاقتصادي العالمي», «للجنة الكشفية العالمية»: a definite head and the adjective of
    // its field; after a demonstrative it points back at a body named before («هذه الهيئة الدولية»)
    if (isRelationAdjective(field.w) && !DESCRIPTIVE_ADJECTIVES.has(field.w) && !(i > 0 && DEMONSTRATIVES.has(infos[i - 1]!.word.w))) {
      head = definiteHead(infos[i]!.word.w, BODY_HEAD_FIELDS);
    }
    if (!head && !NAME_ADJECTIVES.has(field.w) && !BODY_ADJECTIVES.has(field.w)) {
      head = splits(infos[i]!.word.w).find(([, b]) => REACH_BODY_HEADS.has(b) || (b === PROGRAMME && PROGRAMME_FIELDS.has(field.w)));
    }
    if (!head) continue;
    resplit(infos[i]!, head[0], head[1]);
    label(tags, margins, i, i + 3, B_ORG);
    i += 2;
  }
}

/** Folded «حزب» "party", indefinite: the head of a party named in construct («حزب العمال»). */
const PARTY = foldWord('حزب');

/**
 * Folded definite nouns that own a party rather than name it — «حزب الرئيس» "the president's
 * party", «حزب المعارضة» "an opposition party", «حزب الأغلبية» — or describe it («الحاكم»,
 * «الجديد», «الأوحد»), and «الشيطان» of «حزب الشيطان», the Quran's foil to «حزب الله».
 */
const PARTY_OWNERS = new Set(
  (
    'الرئيس الرئيسة المستشار المستشارة الزعيم الملك الأمير الحكومة السلطة الرئاسة الدولة المعارضة ' +
    'الأغلبية الأكثرية الأقلية الحاكم الجديد الواحد الأوحد المخلوع المحظور الشيطان'
  )
    .split(' ')
    .map(foldWord),
);

/**
 * Folded abstract nouns that a party's name joins to its first noun with «و»: «حزب العدالة
 * والتنمية», «حزب الحرية والعدالة», «حزب البناء والتنمية», «حزب التقدم والاشتراكية». In the 16
 * news files every «حزب ال… وال…» but «حزب الله و…» («حزب الله والحوثيين») has one of these.
 */
const PARTY_SECOND_NOUNS = new Set(
  ['والتنمية', 'والعدالة', 'والبناء', 'والحرية', 'والاشتراكية', 'والإصلاح', 'والتغيير', 'والتقدم', 'والكرامة', 'والديمقراطية', 'والمساواة', 'والإحسان'].map(foldWord),
);

/** Folded adjectives in «ة» that end a party's name and are no nisba: «حزب الحياة الحرة», «حزب الديمقراطية الجديدة». */
const PARTY_FEMININE_ADJECTIVES = new Set(['الحرة', 'الجديدة', 'الحية', 'المتحدة'].map(foldWord));

/**
 * Folded nisbas in «ة» that say what a party's deeds are, agreeing with a noun before «حزب»
 * («عمليات مسلحي حزب العمال العسكرية», «حملة الحزب الانتخابية»), or what a paper is («تركية حزب
 * العمل الأسبوعية»), and the participle «المنتمية» ("belonging").
 */
const PARTY_DEED_ADJECTIVES = new Set(
  ['العسكرية', 'السياسية', 'الانتخابية', 'الإعلامية', 'الرسمية', 'الأسبوعية', 'اليومية', 'الشهرية', 'المنتمية', 'الداخلية', 'الخارجية'].map(foldWord),
);

/**
 * Folded adjectives that end a party's name after another: «حزب العمال الكردستاني», «حزب
 * اليونانيين المستقلين», «الحزب الديمقراطي المسيحي».
 */
const PARTY_LAST_WORDS = new Set(['الكردستاني', 'المستقلين', 'المسيحي'].map(foldWord));

/**
 * Whether a word (no proclitic) ends a party's name after its noun: an adjective in «ة», which
 * cannot agree with «حزب» and so agrees with the name's noun («حزب القوات اللبنانية», «حزب
 * الحياة الحرة») — one of PARTY_FEMININE_ADJECTIVES or a nisba whose masculine is a common word
 * (not «الغالبية», «الحرية»), not one of PARTY_DEED_ADJECTIVES — or one of PARTY_LAST_WORDS. A
 * masculine adjective agrees with «حزب» and says where or what the party is («حزب المحافظين
 * البريطاني», «حزب العدالة والتنمية الحاكم»).
 */
function isPartyAdjective(word: WordInfo, lex: Lexicon): boolean {
  const w = word.w;
  if (word.p.length > 0 || !isDefinite(w)) return false;
  if (PARTY_LAST_WORDS.has(w) || PARTY_FEMININE_ADJECTIVES.has(w)) return true;
  return w.endsWith('\u064a\u0647') && !PARTY_DEED_ADJECTIVES.has(w) && freqOf(lex, w.slice(0, -1)) >= 5;
}

/** Folded «الحزب», the definite head of a party named by its creed («الحزب الشيوعي»). */
const DEFINITE_PARTY = new Set([foldWord('الحزب')]);

/**
 * Folded adjectives of creed that name a party after «الحزب»: «الحزب الديمقراطي», «الحزب
 * الشيوعي», «الحزب الوطني», «الحزب الثوري المؤسساتي». Not those that describe one («الحاكم»,
 * «الإسلامي», «الكردي», «اليميني», «المعارض», «الجديد»).
 */
const PARTY_NAME_ADJECTIVES = new Set(
  (
    'الديمقراطي الديموقراطي الشيوعي الجمهوري الاشتراكي الوطني الليبرالي الشعبي القومي الثوري التقدمي ' +
    'الدستوري البلشفي النازي المؤسساتي الاجتماعي'
  )
    .split(' ')
    .map(foldWord),
);

/**
 * Names QA round 159: «حزب العدالة والتنمية», «حزب المحافظين», «حزب العمل», «حزب الأصالة»,
 * «حزب البديل من أجل ألمانيا»: the indefinite «حزب» (with or without proclitics, not «للحزب»,
 * ل + «الحزب») in construct with a definite noun is the party's name, an ORG, where the model
 * left both O (over news-002/004/007/011 «حزب العدالة» O 100 times of 149, «حزب المحافظين» 80
 * of 86, «حزب العمل» 30 of 35). Not a noun that owns or describes the party (PARTY_OWNERS), a
 * function word or a masculine nisba («حزب الشيوعي» is «الحزب الشيوعي» misspelt). The name
 * takes in a second noun after «و» (PARTY_SECOND_NOUNS), or «من أجل» and the place after it
 * («البديل»), or an adjective that agrees with its noun (`isPartyAdjective`: «حزب القوات
 * اللبنانية», «حزب اليونانيين المستقلين»); the masculine adjectives that end names are
 * `extendNameAdjectives`'s («حزب العمل الشعبي»). The same second noun finishes a two-word name the model ended before it («[حزب الحرية]
 * والعدالة»). ANERcorp train tags «حزب التحرير», «حزب الاستقلال» (once of twice) so and leaves
 * «حزب المحافظين البريطاني» and «حزب الامة العراقية» O. Names QA round 160: the definite
 * «الحزب» (also «للحزب», ل + «الحزب») with an adjective of its creed (PARTY_NAME_ADJECTIVES) and
 * up to two more of those or PARTY_LAST_WORDS is a name too («الحزب الديمقراطي», «للحزب
 * الشيوعي», «الحزب الديمقراطي المسيحي»; over news-002/004/007/011 «الحزب الشيوعي» O 116 times of
 * 130, «الحزب الديمقراطي» 85 of 147, while the model finds «الحزب الجمهوري» 117 times of 117).
 * ANERcorp train leaves «الحزب الوطني الديمقراطي» and «الحزب الديموقراطي» O (once each).
 */
function labelPartyNames(infos: TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    if (t !== O && t !== B_ORG) continue;
    if (t === B_ORG) {
      // «[حزب الحرية] والعدالة»: the model's two-word name of a party ended before its second noun
      if (spanEnd(tags, i) !== i + 2 || i + 2 >= tags.length || tags[i + 2] !== O || infos[i]!.word.b !== PARTY) continue;
      if (infos[i + 1]!.word.w === GOD || !PARTY_SECOND_NOUNS.has(infos[i + 2]!.word.w)) continue;
      tags[i + 2] = B_ORG + 1;
      margins[i + 2] = RULE_MARGIN;
      i += 2;
      continue;
    }
    if (tags[i + 1] !== O) continue;
    const noun = infos[i + 1]!.word;
    if (noun.p.length === 0 && PARTY_NAME_ADJECTIVES.has(noun.w)) {
      // «الحزب الديمقراطي», «للحزب الشيوعي»: the definite head and the adjective of its creed
      const definite = definiteHead(infos[i]!.word.w, DEFINITE_PARTY);
      if (definite) {
        let j = i + 2;
        while (j < tags.length && j - i < 4 && tags[j] === O && infos[j]!.word.p.length === 0 && (PARTY_NAME_ADJECTIVES.has(infos[j]!.word.w) || PARTY_LAST_WORDS.has(infos[j]!.word.w))) j++;
        resplit(infos[i]!, definite[0], definite[1]);
        label(tags, margins, i, j, B_ORG);
        i = j - 1;
        continue;
      }
    }
    if (noun.p.length > 0 || !isDefinite(noun.w) || isNisba(noun.w) || NOT_NOUNS.has(noun.w) || PARTY_OWNERS.has(noun.w)) continue;
    const head = splits(infos[i]!.word.w).find(([, b]) => b === PARTY);
    if (!head) continue;
    let j = i + 2;
    if (j < tags.length && tags[j] === O && PARTY_SECOND_NOUNS.has(infos[j]!.word.w)) j++;
    // «حزب البديل من أجل ألمانيا» (Alternative für Deutschland)
    else if (j + 2 < tags.length && raw[j] === 'من' && raw[j + 1] === 'أجل' && tags[j + 2] === B_LOC && (j + 3 >= tags.length || tags[j + 3] !== B_LOC + 1)) j += 3;
    else if (j < tags.length && tags[j] === O && isPartyAdjective(infos[j]!.word, lex)) {
      j++;
      // «حزب الحياة الحرة الكردستاني»
      if (j < tags.length && tags[j] === O && infos[j]!.word.p.length === 0 && PARTY_LAST_WORDS.has(infos[j]!.word.w)) j++;
    }
    resplit(infos[i]!, head[0], head[1]);
    label(tags, margins, i, j, B_ORG);
    i = j - 1;
  }
}

/**
 * The heads after which a nationality or other nisba adjective may say what kind of body it is
 * («الاتحاد المصري للمصارعة», «المركز ...» not: «المركز التنافسي للشركة» is a position, «الإدارة
 * الأمريكية» a government).
 */
const NISBA_BODY_HEADS = new Set(
  ['الهيئة', 'المؤسسة', 'الوكالة', 'اللجنة', 'المجلس', 'الاتحاد', 'الجمعية', 'المنظمة', 'المديرية', 'الرابطة', 'النقابة', 'المعهد', 'الأكاديمية', 'الرئاسة', 'المفوضية'].map(foldWord),
);

/**
 * Folded indefinite nouns in construct with the name of the place they head: a village, a town,
 * a district, a mountain, a river, a street, an airport, a stadium. ANERcorp train tags the word
 * after them B-LOC 271 times and B-PERS 3 times (MISC 9: «مطار محمد الخامس»), AQMAR 87 and once;
 * after a stadium (ملعب/استاد/ستاد) MISC 14 times, LOC 4 and PERS once. A hotel («فندق»), a
 * building one stays in, is a place too: the model reads hotels named after people or brands as
 * persons («فندق [كابيلا]PERS»). Not
 * «ولاية» (also "term of office": «ولاية صالح»), «قضاء» ("judiciary"), «ناحية» ("towards":
 * «ناحية عياض») or «طريق» («عن طريق محمد» "through Muhammad").
 */
const PLACE_NAME_HEADS = new Set(
  [
    ...['قرية', 'بلدة', 'مدينة', 'حي', 'منطقة', 'محافظة', 'جزيرة', 'مديرية', 'مخيم', 'وادي', 'جبل', 'نهر', 'بحيرة', 'إقليم', 'مقاطعة'],
    ...['شارع', 'ميدان', 'ساحة', 'مطار', 'ميناء', 'قلعة', 'جسر', 'ملعب', 'استاد', 'ستاد', 'فندق'],
    // names QA round 144: the plural and the other natural features («جبال [سييرا مايسترا]PERS»)
    ...['جبال', 'جزر', 'أرخبيل', 'هضبة', 'مضيق', 'خليج', 'بحر', 'صحراء', 'شلالات', 'بركان'],
  ].map(foldWord),
);

/** Folded first words of the blessings that follow a person's name: «عليه السلام», «رضي الله عنه». */
const HONORIFICS = new Set(['عليه', 'عليها', 'رضي', 'صلى', 'رحمه', 'رحمها', 'قدس'].map(foldWord));

/**
 * Of those, the places named after a ruler with his title: «مطار الملك خالد», «شارع الملك فهد»;
 * and (names QA round 90) a district, road, park, gate, roundabout or seafront, which are named so
 * in the Gulf press («حي الملك فهد», «طريق الملك عبدالله», «حديقة الملك فهد», «باب الملك
 * عبدالعزيز»). «طريق» takes a name only after a title, and not after «عن» («عن طريق الأمير
 * فلان» "through Prince so-and-so").
 */
const TITLED_PLACE_HEADS = new Set(
  ['شارع', 'ميدان', 'ساحة', 'مطار', 'ميناء', 'جسر', 'ملعب', 'استاد', 'ستاد', 'حي', 'طريق', 'حديقة', 'باب', 'دوار', 'كورنيش'].map(foldWord),
);

/** Folded «بحر» "sea", also a given name («بحر إدريس»). */
const SEA = foldWord('بحر');

/** Folded «عن», before «طريق» "by way of, through". */
const THROUGH = foldWord('عن');

/** Folded «طريق» "road". */
const ROAD = foldWord('طريق');

/**
 * Whether the straight quotes before `raw[q]` are even in number (so that a quote at `q` opens a
 * quotation), counted on from where the last call stopped: the callers ask with `q` rising within
 * one `raw`, so a sentence of many quotes is read once (`scan` holds the count, one per call of
 * retypeAfterPlaceHeads).
 */
function quotesEvenBefore(raw: readonly string[], q: number, scan: { at: number; quotes: number }): boolean {
  for (; scan.at < q; scan.at++) if (raw[scan.at] === '"') scan.quotes++;
  return scan.quotes % 2 === 0;
}

/** Folded «حي» "district", and its forms after a proclitic ب/ل/ف (not «وحي», also "revelation"). */
const DISTRICT = foldWord('حي');
const DISTRICT_FORMS = new Set(['بحي', 'لحي', 'فحي', 'وبحي', 'فبحي', 'ولحي'].map(foldWord));

/**
 * Folded indefinite heads of a battle or raid named after its site: «معركة [اليرموك]», «غزوة
 * [بدر]». ANERcorp train writes «معركة/O أنوال/B-LOC»; the model reads sites it does not know as
 * persons, bodies or MISC («معركة [القادسية]ORG», «معركة [ليبانتو]PERS»). Not «موقعة», also a
 * match of the sports pages («موقعة [ريال مدريد]»), nor the plural «معارك».
 */
const BATTLE_HEADS = new Set(['معركة', 'غزوة'].map(foldWord));

/** Marks a battle head («معركة/غزوة») in retypeAfterPlaceHeads. */
const BATTLE = 'battle';

/**
 * Folded words right after a person's name that make «معركة [X]» that person's battle
 * («معركة [ترامب] ضد الكونغرس», «معركة [فلان] مع المرض») rather than the battle at a site.
 */
const BATTLE_OWNER_NEXT = new Set(['ضد', 'مع', 'من', 'لإنقاذ', 'لاستعادة', 'الانتخابية', 'السياسية', 'القضائية'].map(foldWord));

/** Folded first words of a tribe's name («غزوة [بني قريظة]», «غزوة [بني المصطلق]»): no site. */
const TRIBE_FIRST = new Set(['بني', 'بنو', 'بنى'].map(foldWord));

/** Folded stadium heads among PLACE_NAME_HEADS, and «الكرة» "the ball" of the idiom «الكرة في ملعب فلان». */
const STADIUM_HEADS = new Set(['ملعب', 'استاد', 'ستاد'].map(foldWord));
const BALL = new Set([foldWord('الكرة')]);

/** Whether «الكرة» (with or without proclitics) is one of the three words before token `h`. */
function ballBefore(infos: readonly TokenInfo[], h: number): boolean {
  for (let k = h - 1; k >= 0 && k >= h - 3; k--) if (headBase(infos[k]!.word.w, BALL) !== '') return true;
  return false;
}

/**
 * «قرية [سليم]», «جبل [أبو غنيم]», «مدينة [ستالين]», «مطار [تيد ستيفنز]», «ملعب [الطيب المهيري]»,
 * «استاد [بن قردان]», «فندق [كابيلا]»: a PERS the model found right after an indefinite place
 * head in construct with it (PLACE_NAME_HEADS, with or without proclitics; the name without one)
 * is the place's name, named after a person or a town: a LOC over the same words. Names QA round
 * 82: the name may be quoted («حي "[كاسترو]"»), «حي» may carry a proclitic ب/ل/ف («بحي [أولاد
 * شلبي]»; DISTRICT_FORMS, too short for splits()), and after «حي» a MISC or ORG is the district too
 * («حي [الحجر الأسود]MISC», «حي [الزمالك]ORG»). Names QA round 83: after «معركة/غزوة»
 * (BATTLE_HEADS) a PERS, MISC or ORG is the battle's site («معركة [القادسية]ORG», «غزوة
 * [تبوك]MISC», «معركة [ليبانتو]PERS»), but not a tribe («غزوة بني قريظة», TRIBE_FIRST) nor a
 * person's battle («معركة [فلان] ضد …», BATTLE_OWNER_NEXT; a PERS before «و» + a definite noun,
 * «معركة [أردوغان] والليرة»). After an
 * airport, port,
 * street, square, bridge or stadium a ruler's title may come between («مطار الملك [خالد]
 * الدولي»), and (names QA round 90) after a district, road, park, gate, roundabout or seafront
 * (TITLED_PLACE_HEADS; «بحي الأمير [مشعل]», «طريق الملك [فهد]», not «عن طريق الأمير [فلان]»): the LOC
 * starts at the title and goes on over definite adjectives in ة/ي. A name of four words or more
 * (five after a title), or one followed by a blessing («عليه السلام»), stays a person, and so does
 * one in the idiom «الكرة في ملعب [فلان]» "the ball is in so-and-so's court" («الكرة» one to
 * three words before a stadium head). The head stays outside, as both corpora write «مدينة/O
 * أور/B-LOC» (ANERcorp writes «مطار محمد الخامس» as MISC, twice, and most stadiums as MISC;
 * AQMAR «مطار المزة» and «ملعب تشيرمارتين» as LOC, as CoNLL counts stadiums among locations).
 */
function retypeAfterPlaceHeads(infos: TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  const scan = { at: 0, quotes: 0 };
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if ((t !== B_PERS && t !== B_MISC && t !== B_ORG) || infos[i]!.word.p.length > 0 || tags[i - 1] !== O) continue;
    let from = i;
    // «حي "[كاسترو]"»: the name may be quoted after its head
    const h = OPENING_MARKS.has(raw[i - 1]!) && i > 1 && tags[i - 2] === O ? i - 2 : i - 1;
    // a straight quote that closes a title («فيلم "غدوة حي" [للطفي عاشور]») opens nothing
    if (h === i - 2 && raw[i - 1] === '"' && !quotesEvenBefore(raw, i - 1, scan)) continue;
    let head = headBase(infos[h]!.word.w, PLACE_NAME_HEADS);
    // «بحي [أولاد شلبي]»: «حي» is too short for splits() to take a proclitic off; not «وحي» "revelation"
    if (head === '' && DISTRICT_FORMS.has(infos[h]!.word.w)) head = DISTRICT;
    // «معركة [القادسية]ORG», «غزوة [تبوك]MISC»: a battle's site, whatever the model took it for
    const battle = head === '' && headBase(infos[h]!.word.w, BATTLE_HEADS) !== '';
    if (battle) {
      const e = spanEnd(tags, i);
      // «معركة [ترامب] ضد …» is his battle; «غزوة [بني قريظة]» names a tribe
      if (TRIBE_FIRST.has(infos[i]!.word.w) || (e < tags.length && tags[e] === O && BATTLE_OWNER_NEXT.has(infos[e]!.word.w))) continue;
      // «معركة [أردوغان] والليرة»: a person against a thing joined by «و» is one side of it
      if (t === B_PERS && e < tags.length && tags[e] === O && infos[e]!.word.p === 'و' && isDefinite(infos[e]!.word.b)) continue;
      head = BATTLE;
    }
    // a MISC or ORG only after «حي» («حي [الحجر الأسود]MISC», «حي [الزمالك]ORG») or a battle
    if (t !== B_PERS && head !== DISTRICT && head !== BATTLE) continue;
    // «وزير الصحة بحر [إدريس]»: «بحر» is a given name after a definite word (a sea follows none)
    if (head === SEA && h > 0 && infos[h]!.word.p.length === 0 && isDefinite(infos[h - 1]!.word.w)) continue;
    if (head === '' && t === B_PERS && i > 1 && tags[i - 2] === O && infos[i - 1]!.word.p.length === 0 && INSTITUTION_TITLES.has(infos[i - 1]!.word.w)) {
      const hw = infos[i - 2]!.word.w;
      head = DISTRICT_FORMS.has(hw) ? DISTRICT : headBase(hw, TITLED_PLACE_HEADS);
      // «عن طريق الأمير [فلان]» "through Prince so-and-so": a person
      if (head === ROAD && i > 2 && infos[i - 3]!.word.w === THROUGH) continue;
      from = i - 1;
    }
    if (head === '') continue;
    // «ألقى الكرة في ملعب [فلان]» "put the ball in so-and-so's court": the idiom names a person
    if (STADIUM_HEADS.has(head) && ballBefore(infos, from - 1)) continue;
    let j = spanEnd(tags, i);
    // a long name is a person's after all («محافظة [صلاح الدين أحمد ناجي]»), and so is one with
    // an honorific («مدينة الحسين عليه السلام» "the city of al-Husayn, peace be upon him")
    // (after a title the name may run to four words: «طريق الأمير [نايف بن عبد العزيز]»)
    if (j - i > (from < i ? 4 : 3) || (j < tags.length && HONORIFICS.has(infos[j]!.word.w))) {
      i = j - 1;
      continue;
    }
    if (from < i) {
      while (j < tags.length && j - i < 4 && tags[j] === O && infos[j]!.word.p.length === 0) {
        const w = infos[j]!.word.w;
        const last = w.charCodeAt(w.length - 1);
        if (!isDefinite(w) || NOT_NOUNS.has(w) || (last !== HEH && last !== YEH)) break;
        j++;
      }
    }
    if (from < i) label(tags, margins, from, j, B_LOC);
    else for (let k = i; k < j; k++) tags[k] = k === i ? B_LOC : B_LOC + 1; // retyped: the model's edges and margins stand
    i = j - 1;
  }
}

/** Folded heads of a street or square, the PLACE_NAME_HEADS a MISC may open: «شارع», «ميدان», «ساحة». */
const STREET_HEADS = new Set(['شارع', 'ميدان', 'ساحة'].map(foldWord));

/**
 * Names QA round 148: «[شارع الحبيب بورقيبة]PERS», «ب[ميدان أحمد ماهر]PERS», «ب[ميناء بندر عباس]PERS»,
 * «مداخل [شارع الحبيب بورقيبة]MISC»: the model ran a person's name over the head of the place
 * named after him. The head (PLACE_NAME_HEADS, proclitics aside; «حي» as DISTRICT_FORMS) leaves
 * the span and the rest, one to three words, becomes a LOC, as ANERcorp writes «شارع/O
 * الحبيب/B-LOC بورقيبة/I-LOC». A MISC is taken only after a street or square head
 * (STREET_HEADS) and not in quotes: a quoted «"[نهر الحب]"», «"[جسر الجواسيس]"» is a film's
 * title, «"[حي الجامعة]"» the name as written. Not «بحر» (also a given name: «[بحر إدريس]»), not
 * after a person's title («الدكتور [شارع البقمي]»: «شارع» is his given name), not before an
 * honorific, not a stadium in the idiom «الكرة في ملعب فلان», and not a name left unfinished
 * (ending in «بن», «عبد», …, or followed by another PERS: «[شارع المعز][لدين الله]», which the
 * passes after join), nor «حي بن يقظان», the given name Hayy.
 */
function splitHeadedPersonPlaces(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_PERS && t !== B_MISC) continue;
    const j = spanEnd(tags, i);
    const w = infos[i]!.word.w;
    let head = headBase(w, t === B_PERS ? PLACE_NAME_HEADS : STREET_HEADS);
    if (head === '' && t === B_PERS && DISTRICT_FORMS.has(w)) head = DISTRICT;
    const skip =
      head === '' ||
      head === SEA ||
      j - i < 2 ||
      j - i > 4 ||
      (t === B_MISC && i > 0 && OPENING_MARKS.has(raw[i - 1]!)) ||
      (i > 0 && tags[i - 1] === O && splits(infos[i - 1]!.word.w).some(([, b]) => ((lex.classes.get(b) ?? 0) & PERSON_TRIGGER) !== 0)) ||
      (j < tags.length && (HONORIFICS.has(infos[j]!.word.w) || tags[j] === B_PERS)) ||
      BEFORE_NAME_PART.has(infos[j - 1]!.word.w) ||
      (head === DISTRICT && NASAB_LINKS.has(infos[i + 1]!.word.w)) ||
      (STADIUM_HEADS.has(head) && ballBefore(infos, i));
    if (!skip) {
      tags[i] = O;
      tags[i + 1] = B_LOC;
      for (let k = i + 2; k < j; k++) tags[k] = B_LOC + 1;
    }
    i = j - 1;
  }
}

/** Folded heads «لغة/اللغة/لغات/اللغات» "language(s) (of)", with or without proclitics («بلغة», «باللغة»). */
const LANGUAGE_HEADS = new Set(['لغة', 'اللغة', 'لغات', 'اللغات'].map(foldWord));

/**
 * Folded names of languages without their article, as they follow «لغة» ("the language of
 * [the] X"): peoples' and programming languages that the model reads as a person, a body or a
 * place («لغة [الماوري]ORG», «لغة [السوتو]PERS», «لغة [الجافا]PERS»).
 */
const LANGUAGE_NAMES = new Set(
  ['ماوري', 'سوتو', 'تسوانا', 'زولو', 'خوسا', 'سواحيلي', 'هوسا', 'يوروبا', 'إيبو', 'فولاني', 'ولوف', 'أمهرية', 'تغرينية', 'تيغرينيا', 'أورومو', 'باسك', 'مالاي', 'ملايو', 'بشتو', 'داري', 'أوردو', 'أوردية', 'أوريا', 'بنجابي', 'بنجابية', 'سندي', 'سندية', 'تاميل', 'تاميلية', 'تيلوغو', 'ماراثي', 'غوجاراتي', 'كجراتي', 'بنغالي', 'بنغالية', 'هندي', 'هندية', 'سنسكريت', 'سنسكريتية', 'براكريت', 'بالي', 'تاغالوغ', 'تغالوغ', 'خمير', 'لاو', 'كيشوا', 'غواراني', 'نافاهو', 'إسبرانتو', 'أمازيغية', 'تماشق', 'صفير', 'يديش', 'ييديش', 'لادينو', 'جافا', 'بايثون', 'كوبول', 'فورتران', 'باسكال'].map(foldWord),
);

/**
 * «لغة [الماوري]ORG», «لغة [السوتو]PERS», «لغات [البشتو والداري]», «برمجة بلغة [الجافا]»: a name
 * right after a language head (LANGUAGE_HEADS, with or without proclitics; not «لغته» "his
 * language") that is a language's own name (LANGUAGE_NAMES, with or without the article; one
 * word, or two joined by «و») is no entity, as ANERcorp writes «اللغة/O الفارسية/O». Names QA
 * round 84. Whose language it is stays a name: «لغة [شكسبير]PERS», «لغة [القرآن]MISC», «لغة
 * [مصر]LOC».
 */
function dropLanguageNames(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if ((t !== B_PERS && t !== B_ORG && t !== B_MISC && t !== B_LOC) || tags[i - 1] !== O || infos[i]!.word.p.length > 0) continue;
    if (headBase(infos[i - 1]!.word.w, LANGUAGE_HEADS) === '') continue;
    const j = spanEnd(tags, i);
    if (j - i > 2 || !isLanguageName(infos[i]!.word.w)) continue;
    // «لغات [البشتو والداري]»: a second language joined by «و»
    if (j - i === 2) {
      const w = infos[i + 1]!.word.w;
      if (w.charCodeAt(0) !== WAW || !isLanguageName(w.slice(1))) continue;
    }
    for (let k = i; k < j; k++) tags[k] = O;
    i = j - 1;
  }
}

/** Whether folded `w` is a language's name (LANGUAGE_NAMES), with or without the article. */
function isLanguageName(w: string): boolean {
  return LANGUAGE_NAMES.has(isDefinite(w, 2) ? w.slice(2) : w);
}

/**
 * Folded indefinite nouns for people in the accusative («دبلوماسيا», «مواطنا»), after which a
 * word in «…يا» is their nationality adjective in the same case («دبلوماسيا روسيا» "a Russian
 * diplomat"), not the country.
 */
const PERSONS_ACCUSATIVE = new Set(
  ['دبلوماسيا', 'مسؤولا', 'مواطنا', 'وزيرا', 'عسكريا', 'جنديا', 'ضابطا', 'صحفيا', 'صحافيا', 'لاعبا', 'مدربا', 'طالبا', 'سائحا', 'رجلا', 'شابا', 'طبيبا', 'مهندسا', 'مهاجرا', 'لاجئا', 'ناشطا', 'معارضا', 'سفيرا', 'قائدا', 'مقاتلا', 'خبيرا', 'باحثا', 'مستثمرا', 'تاجرا', 'هدافا', 'مسلحا', 'عاملا', 'مراسلا', 'فنانا', 'كاتبا', 'شخصا', 'زعيما', 'أسيرا', 'جاسوسا', 'عالما', 'رساما', 'ممثلا', 'مغنيا'].map(foldWord),
);

/**
 * «طرد دبلوماسيا [روسيا]», «اعتقلت مواطنا [تركيا]»: a one-word LOC in «…يا» with no proclitic
 * right after an indefinite accusative noun for a person (PERSONS_ACCUSATIVE, with or without
 * proclitics) is the nationality adjective agreeing with it, not the country: dropped.
 * «زار وزير الخارجية روسيا» (a definite or nominative noun before) stays a place.
 */
function dropAccusativeNationalities(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1) || tags[i - 1] !== O) continue;
    const { w, p } = infos[i]!.word;
    if (p.length > 0 || !w.endsWith('\u064a\u0627')) continue; // YEH ALEF
    if (headBase(infos[i - 1]!.word.w, PERSONS_ACCUSATIVE) !== '') tags[i] = O;
  }
}

/** Folded perfect verbs of birth and death that open a biography's sentence («ولد X في …»). */
const BIRTH_DEATH = new Set(['ولد', 'ولدت', 'توفي', 'توفى', 'توفيت'].map(foldWord));

/** Folded words after which «ولد» is the Mauritanian "son of" of a name («ولد الشيخ أحمد»). */
const OULD_NEXT = new Set(['الشيخ', 'سيدي'].map(foldWord));

/** Marks after which a new sentence starts inside a decoded stretch. */
const SENTENCE_MARKS = new Set(['.', ':', '!', '?', '\u061f', '\u2013', '-']);

/**
 * «[ولد رشدي سعيد] عام 1920», «[توفي يو ثانت] في …»: a PERS that starts a sentence with a
 * perfect verb of birth or death (BIRTH_DEATH, no proclitic) starts after it — Arabic puts the
 * verb first, and the biographies of Wikipedia open so; one such word alone is dropped.
 * «ولد الشيخ أحمد» (a Mauritanian "son of") stays.
 */
function dropLeadingVerbs(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i > 0 && !SENTENCE_MARKS.has(raw[i - 1]!))) continue;
    const { w, p } = infos[i]!.word;
    if (p.length > 0 || !BIRTH_DEATH.has(w)) continue;
    if (i + 1 < tags.length && OULD_NEXT.has(infos[i + 1]!.word.w)) continue;
    startAfterFirstWord(tags, i);
  }
}

/** Folded «كرم»: the perfect «كرّم» "honoured" (or the passive «كُرّم»), and the given name Karam. */
const HONOURED = foldWord('كرم');

/** U+0651 ARABIC SHADDA: «كرّم» written with it is the verb, never the name «كَرَم». */
const SHADDA = '\u0651';

/**
 * «[كرم] صاحب السمو …», «[كرم] الدكتور …», «[كرّم أمين] منطقة …», «[كرم كاظم الساهر] في …»: a
 * PERS that starts a sentence (no proclitic, or «و») with «كرم» is the verb «كرّم» "honoured" (or
 * passive "was honoured") that opens the news of an award — Arabic puts the verb first — and not
 * the given name Karam. It is dropped when alone or when, written with a shadda, it has one word
 * after it («كرّم أمين»: the title); three words or more start after it («كاظم الساهر»).
 * Without a shadda a two-word «[كرم جابر]» stays: the name is as likely there. Mid-sentence
 * («بإخراج كرم مطاوع») the name is never touched.
 */
function dropLeadingHonoured(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i > 0 && !SENTENCE_MARKS.has(raw[i - 1]!))) continue;
    const { b, p } = infos[i]!.word;
    if (b !== HONOURED || (p !== '' && p !== '\u0648')) continue;
    const n = spanEnd(tags, i) - i;
    if (n === 1 || n >= 3) startAfterFirstWord(tags, i);
    else if (raw[i]!.includes(SHADDA)) for (let k = i; k < i + n; k++) tags[k] = O;
  }
}

/** Folded «شهرستان»: Persian "county", the head of the name of an Iranian district. */
const SHAHRESTAN = foldWord('شهرستان');

/**
 * «مقاطعة زابل (بالفارسية: [شهرستان زابل]PERS)»: a name that starts with «شهرستان» (Persian
 * "county", as the Persian names of Iranian districts are given in brackets) is a place, never a
 * person; the model, which knows neither word, reads a person. The whole name becomes a LOC;
 * «شهرستان» alone, with no name after it, is the common noun and no name.
 */
function retypeShahrestan(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || infos[i]!.word.b !== SHAHRESTAN) continue;
    const j = spanEnd(tags, i);
    if (j === i + 1) tags[i] = O;
    else for (let k = i; k < j; k++) tags[k] = k === i ? B_LOC : B_LOC + 1;
  }
}

/** Folded «رضا» "satisfaction", also the given name Reza, and its definite «الرضا». */
const RIDA = foldWord('رضا');
const AL_RIDA = foldWord('الرضا');

/**
 * Folded words (with their proclitics) after which «رضا» is the noun "satisfaction", in construct
 * or alone: «مدى رضا», «عدم رضا», «كسب رضا», «لنيل رضا», «في سبيل رضا», «لقياس رضا», «مستويات
 * رضا», «الأكثر رضا». None of them stands before a person's name.
 */
const SATISFACTION_CUES = new Set(
  [
    'مدى', 'ومدى', 'عدم', 'وعدم', 'بعدم', 'لعدم', 'كسب', 'لكسب', 'وكسب', 'يكسب', 'تكسب', 'نيل', 'لنيل', 'ونيل',
    'ينال', 'تنال', 'نال', 'نالت', 'سبيل', 'قياس', 'لقياس', 'وقياس', 'مستوى', 'مستويات', 'درجة', 'نسبة',
    'الأكثر', 'أكثر', 'الأقل', 'أقل', 'وسط',
  ].map(foldWord),
);

/** Folded prepositions before «الرضا» "the satisfaction" («عن الرضا», «بالرضا» is handled by its clitic). */
const BEFORE_AL_RIDA = new Set(['عن', 'من', 'في', 'على', 'إلى'].map(foldWord));

/**
 * «مدى [رضا الفرد]», «عدم [رضا موسكو]», «كسب [رضا] الضيوف», «ف[رضا]», «ب[رضا]», «[رضا] المتعاملين»:
 * «رضا» is far more often the noun "satisfaction" than the given name Reza, which the model reads
 * in it. A PERS that starts with «رضا» after a word that governs the noun (`SATISFACTION_CUES`) is
 * no name, however long; a one-word «رضا» is no name with «ب/ف» on it («برضا» "with consent»,
 * «فرضا» "obligatory"), or before a definite word the model left out of the name (the noun in
 * construct: «رضا المواطنين»); a one-word «الرضا» after a preposition is the noun too. After a
 * person or a given name («محمد رضا», «علي حسين علي رضا», «وحميد رضا») it stays a name, and so
 * «رضا» with a family name the model took in («رضا بهلوي», «رضا الفردان»).
 */
function dropSatisfactionRida(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const { b, p } = infos[i]!.word;
    if (b !== RIDA && b !== AL_RIDA) continue;
    const j = spanEnd(tags, i);
    if (i > 0) {
      const prev = infos[i - 1]!.word;
      if (tags[i - 1] === B_PERS || tags[i - 1] === B_PERS + 1) continue;
      if (((lex.classes.get(prev.b) ?? 0) & GIVEN_NAME) !== 0) continue;
      if (SATISFACTION_CUES.has(prev.w)) {
        for (let k = i; k < j; k++) tags[k] = O;
        continue;
      }
    }
    if (j !== i + 1) continue;
    let common: boolean;
    if (b === AL_RIDA) common = p.length > 0 || (i > 0 && BEFORE_AL_RIDA.has(infos[i - 1]!.word.w));
    else if (p.includes('\u0628') || p.includes('\u0641')) common = true; // BEH, FEH
    else {
      const next = i + 1 < tags.length && tags[i + 1] === O ? infos[i + 1]!.word : undefined;
      common = next !== undefined && next.p.length === 0 && isDefinite(next.w, 2) && !RELATIVES.has(next.w);
    }
    if (common) tags[i] = O;
  }
}

/**
 * «[محمد بن زايد يبحثان]» → «[محمد بن زايد] يبحثان»: the last word of a PERS of two words or more
 * that is an imperfect verb in the dual or plural — ي/ت + at least three letters + «ان/ون», whose
 * singular (the word less «ان/ون») the corpus knows as a common word never tagged as a name
 * («يبحث», «يلعب») — is no part of the name (headlines put the verb after its subject: «محمد بن
 * زايد وماكرون يبحثان …»). «ترومان», «توران», «يوهانسون» (their «singular» is no known word, or
 * is itself read as a name) stay.
 */
function endPersonsBeforeVerb(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const start = i;
    i = j - 1;
    if (j - start < 2) continue;
    const { w, p } = infos[j - 1]!.word;
    const c0 = w.charCodeAt(0);
    if (p.length > 0 || w.length < 6 || (c0 !== YEH && c0 !== TEH)) continue;
    if (!w.endsWith('\u0627\u0646') && !w.endsWith('\u0648\u0646')) continue; // ALEF NOON, WAW NOON
    if (((lex.classes.get(w) ?? 0) & GIVEN_NAME) !== 0) continue;
    const singular = w.slice(0, -2);
    const code = lex.tagdict.get(singular);
    if (code === 1 || (code === undefined && freqOf(lex, singular) >= 3)) tags[j - 1] = O;
  }
}

/**
 * Folded words that open a clause or describe the person, never a name's first word: perfect
 * verbs of a biography («[شارك حسن حسني] في …», «[توفي كولبير]», «[تولى عبد الكريم العرشي]»,
 * «[غادر السعدني]», «[طلب كلينتون]» "Clinton's request"), and participles and
 * adjectives before a name («الرحالة [المعروف جاكسون]», «[الملقب الزير]», «أخاه [الأصغر
 * دروسوس]», «العقيد [المنشق نديم الحسن]», «العقيد [متقاعد طلال بكري]»). ANERcorp writes them O
 * before a name (26 times in train) and never inside one; AQMAR has «الأكبر/الأصغر» inside a
 * name only after it («بيبين الأصغر»), which this list does not touch. Names spelled alike are
 * left out: «مات» (Matt), «تحية» (Tahia), and «قرأ» "read", which folds to «قرا» («قرا سنقر»).
 */
const LEADING_NON_NAMES = new Set(
  [
    'شارك', 'شاركت', 'توفي', 'توفيت', 'غادر', 'غادرت', 'تولى', 'تولت', 'عاد', 'عادت', 'طلب',
    'المعروف', 'المعروفة', 'الملقب', 'الملقبة', 'المسمى', 'المسماة', 'المدعو', 'المدعوة', 'المكنى', 'الشهير', 'الشهيرة',
    'الأكبر', 'الأصغر', 'الأكرم', 'المنشق', 'الفقيد', 'الفقيدة', 'الراحل', 'الراحلة', 'المسجون', 'متقاعد',
  ].map(foldWord),
);

/**
 * Folded words that end a clause begun by a name, never its last word: the pronouns «هو/هي»
 * («[ياسر هو] كابتن الفريق», «[محمد فؤاد هي]»), «صلى» of the blessing after the Prophet's name
 * («[محمد صلى] الله عليه وسلم»), «عنه» («عفا [الأشرف عنه]») and perfect verbs after their
 * subject («الملا [عمر توفي]», «[فيصل تولى] ابنه»). ANERcorp train has «هو/هي» O right after a
 * PERS 19 times and inside one never. «سار», «كان», «ترك» stay (van der Sar, Louis Kahn, Hanan
 * Turk). Names QA round 254 adds adverbs of manner and time («قال [كيري مازحا]», «[سعود حينذاك]»)
 * and the reflexive «نفسه/ذاته», «أيضا».
 */
const TRAILING_NON_NAMES = new Set(
  [
    ...['هو', 'هي', 'صلى', 'عنه', 'توفي', 'توفيت', 'تولى'],
    ...['هاتفيا', 'مازحا', 'ساخرا', 'مبتسما', 'ضاحكا', 'متسائلا', 'لاحقا', 'شخصيا', 'حينذاك', 'آنذاك', 'حينها'],
    ...['نفسه', 'نفسها', 'ذاته', 'ذاتها', 'أيضا', 'ايضا'],
  ].map(foldWord),
);

/**
 * Names QA round 247: folded words that announce a by-name or praise the person, at the end of a
 * PERS only when the by-name or the fame follows it: «والملازم [محمود الشناوي الشهير]PERS بقناص
 * العيون», «[عمر عبداللطيف الملقب]PERS بأبي», «[محمد بن بشار المعروف]PERS ببندار», «قصر
 * [قسطنطين الشهير]PERS». They leave the span's end, except after «عبد» («الفريق أول [كمال عبد
 * المعروف]», a Sudanese chief of staff).
 */
const TRAILING_EPITHET_CUES = new Set(
  ['الشهير', 'الشهيرة', 'الملقب', 'الملقبة', 'المدعو', 'المدعوة', 'المكنى', 'المكناة', 'المسمى', 'المسماة', 'المعروف', 'المعروفة'].map(foldWord),
);

/** Prefixes of the imperfect of the derived verb forms V, VI and X: «يت…», «تت…», «يست…», «تست…». */
const DERIVED_IMPERFECT = ['\u064a\u062a', '\u062a\u062a']; // YEH TEH, TEH TEH («يست» begins with «يس»: tested apart)

/**
 * «[ابن رشد يتفحص]», «[محمد يتسلم]»: an imperfect of a derived form — «يت/تت» + three letters
 * or more, or «يست/تست» + three — that the tag dictionary knows as a frequent word it never
 * finds in a name. Names in «يت…» («يتسحاق») are rare and unknown to the corpus as frequent words.
 */
function isDerivedImperfect(w: string, lex: Lexicon): boolean {
  if (w.length < 5) return false;
  const p2 = w.slice(0, 2);
  const derived = DERIVED_IMPERFECT.includes(p2) || ((p2 === '\u064a\u0633' || p2 === '\u062a\u0633') && w.charCodeAt(2) === TEH && w.length >= 6);
  if (!derived || ((lex.classes.get(w) ?? 0) & GIVEN_NAME) !== 0) return false;
  return lex.tagdict.get(w) === 1;
}

/**
 * Verbs, participles, adjectives and pronouns at the edge of a person's name: a PERS of two
 * words or more that starts with a word of LEADING_NON_NAMES (without a proclitic, or after
 * و/ف) starts after it — unless a PERS ends right before it, where an epithet
 * may belong to that name; one that ends with a word of TRAILING_NON_NAMES or a derived
 * imperfect (`isDerivedImperfect`; no proclitic) ends before it, and so does one that ends with a
 * word of TRAILING_EPITHET_CUES not after «عبد» (and is dropped if one definite word is left:
 * «[الطباخ الشهير]» "the famous cook"). What is left of the span stays a PERS.
 */
function trimClauseWords(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    let j = spanEnd(tags, i);
    if (j - i < 2) continue;
    const { p, b } = infos[i]!.word;
    const lead = (p.length === 0 || p === '\u0648' || p === '\u0641') && LEADING_NON_NAMES.has(b);
    if (lead && (i === 0 || (tags[i - 1] !== B_PERS && tags[i - 1] !== I_PERS))) {
      tags[i] = O;
      tags[i + 1] = B_PERS;
      i++;
    }
    const last = infos[j - 1]!.word;
    if (j - i >= 2 && last.p.length === 0 && (TRAILING_NON_NAMES.has(last.w) || isDerivedImperfect(last.w, lex))) tags[--j] = O;
    else if (j - i >= 2 && last.p.length === 0 && TRAILING_EPITHET_CUES.has(last.w) && infos[j - 2]!.word.w !== ABD) {
      tags[--j] = O;
      // «[الطباخ الشهير]», «[الرسام الشهير]»: what is left is the description, not a name
      if (j === i + 1 && isDefinite(infos[i]!.word.w)) tags[--j] = O;
    }
    i = j - 1;
  }
}

/** Folded «أول» "first", the rank «جندي أول», as an ordinal on its own. */
const FIRST = foldWord('أول');

/**
 * «اللواء [الخامس عشر]», «الجندي [أول]», «الفصل [الثالث]» against «فلاد [الثالث]»: an ordinal
 * is never a name alone (ANERcorp and AQMAR have ordinals in a PERS only after a name, 51 and
 * 33 times). A PERS of ordinals only (+ «عشر») that no name precedes is dropped at the start
 * of a sentence and after a definite word or a frequent word (2⁶ times or more) the tag
 * dictionary never finds in a name (a unit, rank or chapter), neither with a proclitic
 * («وتحتمس [الثالث]» stays). After an indefinite word without a proclitic that the dictionary
 * does not know or finds in names, the span takes that word in: the model found the ruler's
 * ordinal but not his foreign name («[فلاد الثالث]», «[بلدوين الخامس]»).
 */
function mendOrdinalPersons(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const first = infos[i]!.word;
    let only = first.p.length === 0 && (ORDINALS.has(first.w) || FEMININE_ORDINALS.has(first.w) || first.w === FIRST);
    for (let k = i + 1; only && k < j; k++) only = TEENS.has(infos[k]!.word.w) && infos[k]!.word.p.length === 0;
    if (!only) {
      i = j - 1;
      continue;
    }
    if (i > 0 && tags[i - 1] !== O) continue;
    const prev = i > 0 ? infos[i - 1]!.word : undefined;
    const code = prev ? lex.tagdict.get(prev.b) : undefined;
    const nameLike =
      prev !== undefined && prev.p.length === 0 && prev.w.length >= 3 && !isDefinite(prev.w, 2) && isArabicLetter(raw[i - 1]!.charCodeAt(0)) &&
      (code === undefined ? freqOf(lex, prev.w) < COMMON_LOG_FREQ : tagShare(code, 0) >= 1);
    if (nameLike) label(tags, margins, i - 1, j, B_PERS);
    else if (prev === undefined || (prev.p.length === 0 && (isDefinite(prev.w, 2) || (code === 1 && freqOf(lex, prev.w) >= COMMON_LOG_FREQ)))) for (let k = i; k < j; k++) tags[k] = O;
    i = j - 1;
  }
}

/** 1 for a folded masculine ordinal (ORDINALS), 2 for a feminine one (FEMININE_ORDINALS), 0 otherwise. */
function ordinalWord(w: string): number {
  return ORDINALS.has(w) ? 1 : FEMININE_ORDINALS.has(w) ? 2 : 0;
}

/** Raw «هو/هي» between a ruler's ordinal and his title: «فليكس الأول هو بابا». */
const RULER_COPULAS = new Set(['هو', 'هي']);

/** The least log2 corpus count of a particle or adverb that no ruler's name is (`labelRulerOrdinals`; «إليزابيث» has 9, «في» 19, «منذ» 14). */
const RULER_NAME_LOG_FREQ = 12;

/**
 * Names QA round 93: «الملكة إليزابيث الثانية», «الإمبراطور جستينيان الأول», «الملك سنوسرت
 * الثالث», «البابا جريجوري التاسع»: the model leaves a ruler's foreign name and his ordinal O
 * after his title (47 times in news-007 and news-013), where extendPersonNames has no PERS to
 * extend. A ruler's title (RULER_TITLES, proclitics allowed) + one or two words the model left
 * O + an ordinal (ORDINALS or FEMININE_ORDINALS, then «عشر») is a PERS from the name over the
 * ordinal. The name's words have no proclitic, start with an Arabic letter, are not written
 * definite («الملك للمرة الثالثة», «الملك الإسكندر الرابع» are left alone)
 * nor a word as frequent as a particle unless a given name («الشاه آنذاك في الرابعة», «الأمير
 * في ربيع الأول»: RULER_NAME_LOG_FREQ). Names QA round 94: the title may be followed by one or
 * two nationality adjectives (definite «…ي/…ية», not an ordinal: «الإمبراطور البيزنطي جستنيان
 * الثاني», «الملكة الإنجليزية إليزابيث الأولى») or, without the article (RULER_TITLES_BARE), by
 * the LOC it rules («بابا [الإسكندرية] شنودة الثالث», «ملكة [بريطانيا]، إليزابيث الثانية»), and a
 * comma; a PERS the model found there takes the ordinal after it («الإمبراطور اليوناني
 * [أندرونيكوس باليولوقوس] الثالث», «وملك [إيطاليا] [فيكتور عمانويل] الثالث»). A feminine
 * ordinal is taken after a feminine title only («بلوغ الملك الإنجليزي سن العاشرة» "the age of ten").
 * Names QA round 96: the title may come after the name and its ordinal, bare or after «هو/هي»
 * («سانتشو السابع ملك [نافارة]», «فليكس الأول هو بابا», «داريوس الثالث ملك الفرس»): one or two
 * name words the model left O, as above (the first a given name rare as a word: not «على داريوس
 * الثالث»), + an ordinal of the title's gender («ابنه الثاني ملكه» "his property" is left alone)
 * + a title of RULER_TITLES_BARE without proclitics is a PERS over the name and the ordinal.
 */
function labelRulerOrdinals(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  const namePart = (k: number): boolean => {
    const { p, w } = infos[k]!.word;
    const r = raw[k]!;
    if (tags[k] !== O || p.length > 0 || w.length < 2 || !isArabicLetter(r.charCodeAt(0)) || ordinalWord(w) !== 0) return false;
    // «ال…»/«لل…» as written (not «إليزابيث», which folds to «اليزابيث»)
    if ((r.charCodeAt(0) === ALEF || r.charCodeAt(0) === LAM) && r.charCodeAt(1) === LAM) return false;
    return freqOf(lex, w) < RULER_NAME_LOG_FREQ || ((lex.classes.get(w) ?? 0) & GIVEN_NAME) !== 0;
  };
  // a feminine ordinal after a feminine title only («الملكة إليزابيث الثانية», not «بلوغ الملك الإنجليزي سن العاشرة»)
  let feminine = false;
  const ordinal = (k: number): boolean => {
    const kind = k < tags.length && tags[k] === O && infos[k]!.word.p.length === 0 ? ordinalWord(infos[k]!.word.w) : 0;
    return kind === 1 || (kind === 2 && feminine);
  };
  // a definite nationality adjective, masculine «…ي» or feminine «…ية», that is no ordinal («الثاني»)
  const nationality = (k: number): boolean => {
    const { p, w } = infos[k]!.word;
    if (tags[k] !== O || p.length > 0 || !isDefinite(w, 3) || ordinalWord(w) !== 0) return false;
    const last = w.charCodeAt(w.length - 1);
    return last === YEH || ((last === HEH || last === TEH_MARBUTA) && w.charCodeAt(w.length - 2) === YEH);
  };
  for (let i = 0; i + 2 < tags.length; i++) {
    if (tags[i] !== O) continue;
    const b = infos[i]!.word.b;
    const end = b.charCodeAt(b.length - 1);
    feminine = end === HEH || end === TEH_MARBUTA;
    let n = i + 1;
    if (RULER_TITLES.has(b)) {
      while (n < i + 3 && n < tags.length && nationality(n)) n++;
    } else if (RULER_TITLES_BARE.has(b) && tags[n] === B_LOC) n = spanEnd(tags, n);
    else continue;
    if (n > i + 1 && n < tags.length && tags[n] === O && COMMAS.has(raw[n]!)) n++;
    if (n + 1 >= tags.length) continue;
    let j: number;
    if (n > i + 1 && tags[n] === B_PERS) {
      // a name the model found after the adjective or the country takes the ordinal
      const e = spanEnd(tags, n);
      if (!ordinal(e)) continue;
      j = e + 1;
    } else if (namePart(n)) j = ordinal(n + 1) ? n + 2 : namePart(n + 1) && ordinal(n + 2) ? n + 3 : -1;
    else continue;
    if (j < 0) continue;
    if (j < tags.length && tags[j] === O && TEENS.has(infos[j]!.word.w)) j++;
    label(tags, margins, n, j, B_PERS);
    i = j - 1;
  }
  // round 96: the name and its ordinal before the title («سانتشو السابع ملك نافارة»)
  for (let q = 1; q + 1 < tags.length; q++) {
    const kind = tags[q] === O && infos[q]!.word.p.length === 0 ? ordinalWord(infos[q]!.word.w) : 0;
    if (kind === 0 || !namePart(q - 1)) continue;
    let j = q + 1;
    if (j < tags.length && tags[j] === O && TEENS.has(infos[j]!.word.w)) j++;
    const t = j < tags.length && RULER_COPULAS.has(raw[j]!) ? j + 1 : j;
    if (t >= tags.length || tags[t] !== O || infos[t]!.word.p.length > 0 || !RULER_TITLES_BARE.has(infos[t]!.word.b)) continue;
    // the ordinal agrees with the title («…الثانية ملكة», not «ابنه الثاني ملكه» "his property")
    const title = infos[t]!.word.b;
    const end = title.charCodeAt(title.length - 1);
    if ((kind === 2) !== (end === HEH || end === TEH_MARBUTA)) continue;
    // a given name before the name's word, rare as a word («فيكتور عمانويل الثالث»; not «على داريوس الثالث»)
    let n = q - 1;
    if (n > 0 && namePart(n - 1) && freqOf(lex, infos[n - 1]!.word.w) < RULER_NAME_LOG_FREQ && ((lex.classes.get(infos[n - 1]!.word.w) ?? 0) & GIVEN_NAME) !== 0) n--;
    if (n > 0 && (tags[n - 1] === B_PERS || tags[n - 1] === I_PERS)) continue;
    label(tags, margins, n, j, B_PERS);
    q = t;
  }
}

/** «لي»/«لى» "to me" as a raw token, marks aside. */
const TO_ME = new Set(['لي', 'لى']);

/** Folded words after which «لي» is always "to me": «بالنسبة لي», «كان لي», «سيكون لي», «اسمحوا لي». */
const TO_ME_ALWAYS = new Set(['النسبة', 'نسبة', 'كان', 'كانت', 'يكون', 'تكون', 'يكن', 'تكن', 'سيكون', 'ستكون', 'ليس', 'ليست', 'اسمح', 'اسمحوا', 'اسمحي', 'سمح', 'سمحت', 'تسمح', 'يسمح', 'صديق', 'صديقة'].map(foldWord));

/** Folded verbs of saying after which «لي» is "to me" when a clause or a pause follows: «قال لي إن». */
const TO_ME_SPEECH = new Set(
  ['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'قل', 'أضاف', 'أضافت', 'أكد', 'أكدت', 'ألمح', 'أوضح', 'يوضح', 'ذكر', 'ذكرت', 'أتاح', 'أتاحت', 'يتيح', 'تتيح', 'قدم', 'قدمت', 'كتب', 'أرسل', 'سيقول', 'ستقول'].map(foldWord),
);

/** Folded words and marks that open what was said after «قال لي»: «إن», «أن», «أحدهم», a colon. */
const SAID_OPENERS = new Set(['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'أحد', 'أحدهم', ':', '،', ',', '.', '"', '«', 'بأن', 'بأنه'].map((w) => foldWord(w) || w));

/** Folded relatives after which «لي» after a verb of saying is its subject: «ويقول لي الذي أخرج الفيلم». */
const LEE_AFTER_SPEECH = new Set(['الذي', 'التي'].map(foldWord));

/** Raw «أنّ» with a pronoun, which after «لي» makes it "to me": «تبين لي أن», «بدا لي أنه». */
const TO_ME_THAT = new Set(['أن', 'أنه', 'أنها', 'أنني', 'أني', 'أنهم', 'أنا']);

/** Folded words after which «لي» is "to me" whatever follows: «قدم لي دعما», «ابن عم لي», «يخيل لي». */
const TO_ME_AFTER = new Set(
  ['قدم', 'قدمت', 'يقدم', 'تقدم', 'شرف', 'سبق', 'يسبق', 'قدر', 'بقي', 'تسنى', 'يتسنى', 'يتسن', 'يخيل', 'خيل', 'عم', 'خال', 'صدر', 'حدث', 'يحق', 'يمكن', 'أكد', 'يؤكد', 'تؤكد', 'يروي', 'روى', 'رواه', 'احضر', 'اسمح', 'هيأ', 'هيأت', 'يهيئ', 'تعال', 'تعالي', 'تعالوا', 'حصل', 'يحصل', 'أتيح', 'يتيح', 'أعطى', 'يعطي', 'يعتذر', 'اعتذر', 'تقل', 'يهنأ',
    // names QA round 103: verbs whose subject is no person or that tell something to someone
    // («قيل [لي]», «خطرت [لي] فكرة», «روت [لي] كيف», «ليسرد [لي] قصة», «غفر [لي]», «يتضح [لي]»)
    'قيل', 'يقال', 'خطر', 'خطرت', 'يخطر', 'تخطر', 'روت', 'تروي', 'حكى', 'حكت', 'يحكي', 'تحكي', 'سرد', 'سردت', 'يسرد', 'تسرد', 'غفر', 'اغفر', 'يغفر',
    'يتضح', 'اتضح', 'يبدو', 'بدا', 'يطيب', 'طاب', 'يتبق', 'يتبقى', 'تبقى',
    // names QA round 106: a chance that comes to someone («أتيحت [لي] فرصة», «سنحت [لي] الفرصة»)
    'أتيحت', 'تتاح', 'يتاح', 'سنح', 'سنحت', 'يسنح', 'تسنح'].map(foldWord),
);

/** Folded words that name the person «لي» before it though they are not definite: «عائلة لي», «يدعى لي», «عرف بكنيته لي». */
const LEE_CUES = new Set(['عائلة', 'أسرة', 'اسرة', 'شركة', 'مجموعة', 'يدعى', 'تدعى', 'اسمه', 'اسمها', 'السيد', 'السيدة', 'كنيته', 'كنيتها', 'لقبه', 'لقبها', 'عائلته', 'عائلتها'].map(foldWord));

/**
 * Whether «لي» after this word is "to me": the word before is an Arabic word without the article
 * and no cue of the name, and «أنّ» follows («تبين [لي] أن», «سبق [لي] أن») or the word is one
 * that takes «لي» (TO_ME_AFTER: «قدم [لي] دعما», «ابن عم [لي]»). The surname Li/Lee alone comes
 * after a title or a definite noun («السيدة لي», «المخرج لي»), a family word («عائلة لي»), or
 * after a verb as its subject («يعتبر لي أحد أهم المخرجين», «إن لي أنتج»: ANERcorp train), which
 * is why other verbs keep it.
 */
function toMeAfterWord(word: WordInfo, raw: string, next: string | undefined, lex: Lexicon): boolean {
  if (word.w.length < 2 || !isArabicLetter(raw.charCodeAt(raw.length - 1))) return false;
  if (isDefinite(word.b, 2) || LEE_CUES.has(word.b)) return false;
  return TO_ME_THAT.has(bareLetters(next ?? '')) || TO_ME_AFTER.has(word.b) || endsInTanweenFath(raw) || takesToMe(raw, word.w, lex);
}

/**
 * Names QA round 96: whether a word before «لي» makes it "to me" by its form: a verb or noun
 * with an object or possessive pronoun «ه/ها/هم/هما» («قلته [لي]», «قدمها [لي]», «ودعمه [لي]»,
 * «مناسبتها [لي]»; five letters or more with «ها/هم», four with «ه» off a common word: `hehStemKnown`),
 * or an imperfect or past verb in the plural «…ون/…وا» («يصفقون [لي]», «قدموا [لي]»), which a
 * name after it cannot be the subject of.
 */
function takesToMe(raw: string, w: string, lex: Lexicon): boolean {
  const letters = bareLetters(raw);
  const n = letters.length;
  if (n < 4) return false;
  // five letters or more: not «فيها», «منها», «عليه» ("in it", "of it": «استدعي فيها [لي]» is Lee)
  if (n >= 5 && (letters.endsWith('\u0647\u0627') || letters.endsWith('\u0647\u0645') || letters.endsWith('\u0647\u0645\u0627'))) return true; // HEH ALEF, HEH MEEM, HEH MEEM ALEF
  if (letters.charCodeAt(n - 1) === HEH && !NAME_HEH_BEFORE.includes(w[w.length - 2] ?? '')) {
    const stem = w.slice(0, -1);
    if (hehStemKnown(stem, lex) || (stem.charCodeAt(stem.length - 1) === TEH && hehStemKnown(stem.slice(0, -1) + '\u0647', lex))) return true;
  }
  // «يصفقون», «وتعملون», «قدموا»: WAW NOON after an imperfect prefix, or WAW ALEF
  const first = letters.charCodeAt(letters.charCodeAt(0) === WAW || letters.charCodeAt(0) === 0x0641 ? 1 : 0);
  if (letters.endsWith('\u0648\u0646') && (first === YEH || first === TEH) && n >= 5) return true;
  return letters.endsWith('\u0648\u0627') && n >= 4;
}

/**
 * «بالنسبة [لي]», «وقال [لي] إن …», «اسمحوا [لي]»: the model reads the preposition + pronoun
 * «لي» "to me" as the surname Li/Lee now and then (140 one-word PERS in 88,000 paragraphs of
 * news and Wikipedia). A one-word PERS «لي» is dropped after «(بال)نسبة», a form of «كان/ليس»,
 * «اسمح…», «صديق», after a verb of saying when what was said follows (a clause opener or a
 * pause) or anything but a relative or a comma («فقال لي وهو يبتسم»), and after any other Arabic
 * word without the article that is no cue of the name (`toMeAfterWord`). «الرئيس لي», «عائلة لي»,
 * «[لي كه تشيانغ]», «ويقول لي الذي …» and «قال لي، المتحدث …» keep the name.
 */
function dropToMe(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === I_PERS) || tags[i - 1] !== O) continue;
    if (raw[i]!.length > 6 || !TO_ME.has(bareLetters(raw[i]!))) continue;
    const prev = infos[i - 1]!.word.w;
    if (splits(prev).some(([, b]) => TO_ME_ALWAYS.has(b))) tags[i] = O;
    else if (splits(prev).some(([, b]) => TO_ME_SPEECH.has(b))) {
      const next = i + 1 < tags.length ? infos[i + 1]!.word.w || raw[i + 1]! : '.';
      if (SAID_OPENERS.has(next) || SAID_OPENERS.has(raw[i + 1] ?? '.')) tags[i] = O;
      // «فقال [لي] وهو يبتسم», «قال [لي] الأستاذ»: whatever follows but a relative or a comma
      else if (!LEE_AFTER_SPEECH.has(next) && !COMMAS.has(raw[i + 1] ?? '.')) tags[i] = O;
    } else if (toMeAfterWord(infos[i - 1]!.word, raw[i - 1]!, raw[i + 1], lex)) tags[i] = O;
  }
}

/** Folded first parts of compound names in «الدين»: «نجم الدين», «صلاح الدين», «أسد الدين». */
const DIN_FIRST_PARTS = new Set(
  ['نجم', 'أسد', 'صلاح', 'نور', 'عماد', 'شمس', 'بهاء', 'جمال', 'علاء', 'سيف', 'عز', 'فخر', 'تقي', 'شهاب', 'قطب', 'زين', 'محيي', 'محي', 'كمال', 'خير', 'ناصر', 'نصير', 'بدر', 'حسام', 'معين', 'قلب', 'عصمة', 'ضياء', 'شرف', 'برهان', 'غياث', 'ركن', 'سعد', 'مجد', 'نظام', 'قوام', 'تاج', 'رضي', 'شجاع', 'عضد', 'معز', 'نصر', 'جلال', 'سراج', 'صدر', 'علم', 'ولي', 'مؤيد', 'عصام', 'حميد', 'فتح', 'زكي', 'عون', 'خليل', 'صفي', 'ظهير', 'مظفر', 'أمين'].map(foldWord),
);

const RELIGION = foldWord('الدين');
/** Folded «عبد» "servant of", the first part of «عبد الله», «عبد الرحمن». */
const SERVANT = foldWord('عبد');

/**
 * «نجم [الدين]», «و[الدين]», «علوم [الدين]»: «الدين» ("religion") is a name only as the second
 * part of a compound name (ANERcorp has it I-PERS 20 times and never B-PERS). A one-word PERS
 * «الدين» takes in the word before it when that is a first part of such names (DIN_FIRST_PARTS,
 * after its proclitics: «لنجم الدين»; or the model's PERS ends there) and is dropped otherwise.
 */
function mendReligionNames(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === I_PERS)) continue;
    if (infos[i]!.word.w !== RELIGION) {
      if (infos[i]!.word.b === RELIGION && infos[i]!.word.p.length > 0) tags[i] = O; // «و[الدين]»
      continue;
    }
    if (i > 0 && (tags[i - 1] === B_PERS || tags[i - 1] === I_PERS)) {
      tags[i] = I_PERS;
      continue;
    }
    const first = i > 0 && tags[i - 1] === O ? splits(infos[i - 1]!.word.w).find(([, b]) => DIN_FIRST_PARTS.has(b)) : undefined;
    if (!first) {
      tags[i] = O;
      continue;
    }
    resplit(infos[i - 1]!, first[0], first[1]);
    tags[i - 1] = B_PERS;
    tags[i] = I_PERS;
    margins[i - 1] = Math.min(margins[i]!, RULE_MARGIN);
  }
}

/** Folded given names that are as often a verb before its subject («يزيد [ترامب] …» "increases") or a preposition («لصالح» "in favour of"). */
const VERB_GIVEN_NAMES = new Set(['يزيد', 'يحيى', 'أكرم', 'أنور', 'أمين', 'صالح', 'خليفة', 'أشرف'].map(foldWord));

/**
 * Folded given names that join a name the model left just outside (`givenNameBefore`) but are
 * not in the feature list `GIVEN_NAMES`, which the trained model reads and which therefore
 * cannot grow without retraining. Foreign first names news writes often before a family name
 * the model finds alone («جيب [بوش]», «ليبرون [جيمس]», «نفتالي [بينيت]», «فيرجيل [فان دايك]»,
 * «تشابي [ألونسو]») and Arabic ones missing from the list («مقتدى [الصدر]», «رحيم [سترلينغ]»,
 * «مهند», «نسرين»). Not names that are as often a word before a person: «رائد» (the rank
 * "major"), «صادق» "sincere", «مولاي» (an honorific), «عفيف» (also a Saudi town: «محافظ عفيف»),
 * «آلان/ألان», which fold to «الان» "now".
 */
const RULE_GIVEN_NAMES = new Set(
  [
    'جيب', 'ليبرون', 'تيمو', 'نفتالي', 'فيرجيل', 'فيرجل', 'جوزيب', 'ترينت', 'كلاي', 'راداميل', 'تمارا', 'تاكاشي', 'جلعاد', 'بيرت', 'سيث',
    'فيدريكا', 'تياجو', 'كانديدو', 'أنخل', 'تشابي', 'أردا', 'نابي', 'بليس', 'غيوم', 'كاني', 'بيري', 'إيزابيل', 'سلون',
    'مقتدى', 'رحيم', 'مهند', 'تامر', 'مها', 'ندى', 'نسرين', 'سهى', 'مروة', 'ابتسام', 'هزبر', 'ضياء', 'فوزية', 'منيرة', 'نبيلة',
    'صفية', 'مشاعل', 'دارين', 'ناصيف',
    // names QA round 73: first names of two PERS names side by side («[هاري] [كاين]», «[سيليا]
    // [فلوريس]», «[جيوفاني] [أنطونيو بولترافيو]»)
    'هاري', 'هايلي', 'سيليا', 'جيوفاني', 'نويل', 'دومينيك', 'ماكسيميليان', 'مارتن', 'مارتين', 'دانييل', 'دانيال', 'خورخي',
    'بيدرو', 'فرانسيسكو', 'سيغموند', 'رينيه', 'جنيفر', 'جوليا', 'باولا', 'ليندا', 'روزماري', 'ميلتون', 'إبراهام', 'ابراهام',
    'بيار', 'يوحنا', 'جرجس', 'عمرو', 'شكري', 'كيفن', 'كيفين', 'إريك', 'فيليب', 'ستيفان', 'سيباستيان', 'أليخاندرو',
    'فريدريك', 'كاترين', 'كاثرين', 'أوليفر', 'أوليفييه', 'جيرار', 'برناردو', 'لورينزو', 'جوزيبي', 'وجيه',
    // names QA round 74: more first names of two PERS names side by side («[ألبرت] [أينشتاين]»,
    // «[نابليون] [بونابارت]», «[ريبيكا] [فيرجسون]», «[كارل] [روبرت جاكوبسون]»)
    'ريبيكا', 'ألبرت', 'يوهان', 'هينريش', 'هيكتور', 'نيفيل', 'نابليون', 'مارجريت', 'كورنيليا', 'فريتز', 'فرانسيس',
    'غوتفريد', 'ريجي', 'رودريغو', 'راينر', 'ديلان', 'دوغلاس', 'خوستو', 'جينفييف', 'تيتو', 'بلوتاركو', 'أنجلو',
    'أرتورو', 'باسكال', 'جوفاني', 'كارل', 'فيكتور', 'هانز',
    // and common European first names the lists lacked; not those that are as often a family
    // name («رونالدو», «فالتر», «واين»), a place («ساو باولو», «سان دييغو») or a storm («كاترينا»)
    'والتر', 'فريدريش', 'فيلهلم', 'فولفغانغ', 'يورغن', 'هيلموت', 'كلاوس', 'ديتر', 'هاينريش', 'هاينز', 'كونراد', 'ماتياس',
    'توبياس', 'أوتمار', 'سيغفريد', 'أرنولد', 'كريستينا', 'إيلينا', 'ناتاشا', 'أولغا', 'إيفان', 'نيكولاي', 'أندريه', 'يوري',
    'لويجي', 'كارلو', 'فرانشيسكو', 'أندريا', 'أليساندرو', 'جانلويجي', 'فابيو', 'ستيفانو', 'روبرتو', 'ريكاردو', 'ماركو',
    'كريستيانو', 'مانويل', 'ميغيل', 'فرناندو', 'سيرجيو', 'سيرخيو', 'بابلو', 'ألفارو', 'إيكر', 'خافيير', 'أدريان', 'جواو',
    'أنتوني', 'جوناثان', 'صموئيل', 'غاريث', 'سيمون', 'تييري', 'أنطوان', 'سفين', 'لارس', 'أندرس', 'أولاف', 'هنريك',
    'بيورن', 'ماغنوس',
    // names QA round 75: more first names of two PERS names side by side («[خايمي] [سيرجيو
    // سرداء]», «[كيلور] [نافاس]», «[هكتور] [خوسيه كامبورا]»); not «سكوت», «هادي», «بشارة», as often a
    // family name or a word
    'تشيكو', 'خايمي', 'تايلر', 'كيلور', 'بريندان', 'موريس', 'أنجيلو', 'هكتور', 'ألبرتو', 'رايان', 'فابيان', 'قصي', 'راندل',
    // names QA round 236: foreign first names the model leaves just outside the family name it
    // finds («سيرينا [ويليامز]», «فيدل [كاسترو]», «ليروي [ساني]», «أريثا [فرانكلين]», «جستن
    // [ترودو]»); not «مولي» (also a Mexican sauce), «مايا», «بيتي» ("my house"), «ماي», «أوبرا»
    'سيرينا', 'فيدل', 'ليروي', 'ناتالي', 'كارلا', 'نلسون', 'بيلي', 'نورما', 'فيرا', 'تيدي', 'تاتيانا', 'سلفادور', 'تومي', 'ناعومي',
    'ماريلين', 'كلوديا', 'ديوغو', 'دياغو', 'جاكي', 'بريانكا', 'أنجيلينا', 'غابريال', 'دانتي', 'جولييت', 'بريتني', 'أجاثا', 'يوليا',
    'يوزف', 'نيكلاس', 'ميكايل', 'ميغين', 'ميريل', 'ماريون', 'لوسيوس', 'كلينت', 'كارينا', 'صاموئيل', 'ساندرا', 'سالومون', 'رولاند',
    'رودلف', 'راوول', 'داريوش', 'خوسيب', 'إيفلين', 'أميتاب', 'أماندا', 'بوبي', 'بونوا', 'فالنتين', 'أريثا', 'جستن', 'كوامي',
    'نازانين', 'كاتالينا', 'سيجموند', 'خوزيه', 'جريمي',
    // names QA round 243: first names that read as ب/ك + a name («ب[ريان هوك]», «ك[ميل شمعون]»)
    'بريان', 'برايان', 'بريانا', 'بروس', 'بريس', 'كميل', 'كيارا',
    // names QA round 267: Woody, which read as و + «ودي» («و[ودي آلن]», «و[ودي هارلسون]»)
    'وودي',
  ].map(foldWord),
);

/**
 * Names QA round 235: foreign given names, as written, that open with «أل/إل» («إليزابيث», «ألفريد»,
 * «إليجاه», «ألتون», «ألفة»), which folding makes look definite, so that `givenNameBefore` left
 * them out of the name they open («إليزابيث [دنهام]», «ألفة [يوسف]»: about 260 times in the 16
 * news files). Matched as written, so only with the hamza, which the article never takes («الان»
 * is "now", «ألان» Alan), and with its «ة» («ألفه» is "he wrote it"). Not «إلهام», as often the
 * noun "inspiration" before a person («مصدر إلهام [غيفارا]»), nor «إليسا», the singer known by
 * that name alone («مدير أعمال إليسا [أمين أبي ياغي]», her manager). A listed given name that
 * folds the same way («إلياس», «ألكسندر», «ألبرت») is read so too.
 */
const HAMZA_AL_GIVEN_NAMES = new Set([
  'إليزابيث', 'إليزابيت', 'إليزبيث', 'أليزابيث', 'ألفريد', 'ألفرد', 'ألفريدا', 'إليجاه', 'إليجا', 'أليجا', 'ألكسيس', 'أليكسيس', 'إليكسس',
  'ألتون', 'إلتون', 'إليتون', 'أليك', 'ألدو', 'إليانا', 'أليسا', 'أليسون', 'أليسيا', 'أليشا', 'إليشا', 'أليكسندر', 'أليكساندر',
  'ألكسندرا', 'ألان', 'ألفة', 'إليا', 'إلفيس', 'ألفيس', 'إلفيرا', 'إلسا', 'ألفونس', 'ألفونسو', 'أليغرا', 'إليني',
]);

/**
 * Whether the word whose split at `k` is the definite-looking base `b` is a given name written
 * with «أل/إل» (`HAMZA_AL_GIVEN_NAMES`, or a listed given name that folds the same way; names QA
 * round 235).
 */
function hamzaAlGivenName(raw: string, k: number, b: string, cls: number): boolean {
  const letters = plainLetters(raw);
  const c = letters.charCodeAt(k);
  if ((c !== 0x0623 && c !== 0x0625) || letters.charCodeAt(k + 1) !== 0x0644) return false;
  return HAMZA_AL_GIVEN_NAMES.has(k === 0 ? letters : letters.slice(k)) || (cls & GIVEN_NAME) !== 0 || RULE_GIVEN_NAMES.has(b);
}

/** Whether a folded base is a given name of the rules' own list (`RULE_GIVEN_NAMES`). */
export function isRuleGivenName(b: string): boolean {
  return RULE_GIVEN_NAMES.has(b);
}

/** Folded Arabic comma and comma: the apposition «وزير الداخلية البلغاري، ملادين [مارينوف]». */
const COMMAS = new Set(['\u060c', ',']);

/**
 * The split [proclitic length, base] of the word before a PERS that makes it the given name the
 * name opens: a given name of the lists (`GIVEN_NAMES`, `RULE_GIVEN_NAMES`; three letters or more, not a title or
 * kinship word; with «و/ف» only) or, without a proclitic, a word the self-training tag
 * dictionary finds a person at least a third of the time («خيري», «عز»). Definite words are
 * left out: they are the epithets and adjectives before a name («الكيني», «الراحل»), and the
 * rules before this one took those out of names. «على» (folded «علي») written with its alef
 * maksura is the preposition; until names QA round 62 every word written with a final «ى» was
 * left out with it, so «مصطفى», «ليلى», «مقتدى» never joined the name they open.
 */
function givenNameBefore(word: WordInfo, raw: string, lex: Lexicon): [number, string] | undefined {
  const w = word.w;
  if (w.length < 3) return undefined;
  const maksura = lastLetter(raw) === '\u0649';
  for (const [k, b] of splits(w)) {
    if (b.length < 3 || VERB_GIVEN_NAMES.has(b)) continue;
    const cls = lex.classes.get(b) ?? 0;
    // a definite word, unless a given name written with «أل/إل» (names QA round 235)
    const definite = isDefinite(b, 2);
    const hamzaAl = definite && hamzaAlGivenName(raw, k, b, cls);
    if (definite && !hamzaAl) continue;
    // «على», «وعلى»: the preposition; listed names in «ى» are names («مصطفى», «ليلى», «مقتدى»),
    // other words in «ى» mostly verbs («أرى [أوزيل]» "I see Özil")
    if (maksura && b === ALI) continue;
    // a proclitic: «و/ف» only («ومحمد»); «ل/ب» + a name before a name reads as a phrase («لصالح»)
    if (k > 0 && (w.charCodeAt(0) !== WAW && w.charCodeAt(0) !== FEH || k > 1)) continue;
    if (hamzaAl) return [k, b];
    if ((cls & (PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER | ORG_WORD)) !== 0) continue;
    if ((cls & GIVEN_NAME) !== 0 || RULE_GIVEN_NAMES.has(b)) return [k, b];
    // the dictionary's persons include titles («مطران», «بارون», «مستر») and «و» + a frequent
    // word («وليس» "and is not"): a given name also stands after titles in the corpus
    if (k === 0 && !maksura && tagShare(lex.tagdict.get(b) ?? 0, 0) >= 2 && afterTitles(lex, b) && !conjoined(w, lex)) return [k, b];
  }
  return undefined;
}

/** Folded «علي», which Egyptian and older texts also write for the preposition «على». */
const ALI = foldWord('علي');
/** «علي» as written with «ي», the name (the preposition «على» is written with «ى»). */
const ALI_WRITTEN = 'علي';
const WAW_ALI_WRITTEN = 'وعلي';
/** «علي» folded (also «على»). */
const ALI_FOLDED = foldWord(ALI_WRITTEN);
/** Folded «أكبر», the second half of the Persian compound given name «علي أكبر». */
const AKBAR = foldWord('أكبر');

/**
 * Whether «علي» at `k` reads as the preposition written with a shadda, «علَّي» "on me" (the
 * alef maksura form «على» never reaches here).
 */
function prepositionAli(infos: readonly TokenInfo[], raw: readonly string[], k: number): boolean {
  return infos[k]!.word.w === ALI && raw[k]!.includes('\u0651');
}

/**
 * Whether the PERS at `i` already holds «بن/ابن» («عمار بن ياسر»): a whole name of the nasab
 * form, so a given name before it is another person's («أرسل علي [عثمان بن حنيف]», Ali sent
 * Uthman).
 */
function holdsNameLink(infos: readonly TokenInfo[], i: number, tags: Int8Array): boolean {
  const j = spanEnd(tags, i);
  for (let k = i + 1; k < j; k++) {
    const w = infos[k]!.word.w;
    if (w === 'بن' || w === 'ابن') return true;
  }
  return false;
}

/** Whether the corpus counts a word after a title at times (the first digit of its name-context code). */
function afterTitles(lex: Lexicon, b: string): boolean {
  const code = lex.namectx.get(b);
  return code !== undefined && code.charCodeAt(0) > 0x30;
}

/** Folded proclitic letters that may open a word before a name: «و/ف» "and", «ل/ب/ك» "to, with, like". */
const NAME_PROCLITIC_LETTERS = new Set([WAW, FEH, LAM, BEH, KAF]);
/**
 * The proclitic letters «و/ف/ب/ل» a place or a kunya takes («وإب», «بإب», «لأم كلثوم», «وأم أحمد»):
 * NAME_PROCLITIC_LETTERS without the «ك» of likeness.
 */
const CONJUNCTION_PREPOSITION_CLITICS = new Set([WAW, FEH, BEH, LAM]);

/**
 * Names QA round 129: whether the word before the PERS at `i` (left O, no proclitic) is a first
 * name the lists lack, which the corpus puts where first names stand though never right after a
 * title (`givenNameBefore` asks for that): the tag dictionary reads it as a person at least a
 * third of the time, and the name-context table has it two or three words after a title's head
 * («وزير الداخلية هورست [زيهوفر]», the second digit of its code) or right after a speech verb
 * (the fourth), or it is too rare to have a code and the corpus has it fewer than 16 times
 * (`freqOf` at most 3: «مجتبي [جعفر]», «ترافيس [بيتر]»). Not a word the table finds right after a
 * given name in 2 % of its occurrences or more (a family name, as `familyNameWord` reads it:
 * «واجه نادال [فابريس سانتورو]», two players; «طيب» "well" 5), a title the dictionary counts as a
 * person («مطران», «بارون»: after given names only), a word in «ى» (mostly a verb), «و/ف/ل/ب/ك» + a
 * word the corpus has more often alone («لأم [كلثوم]» is «ل» + «أم»), nor a word before a name of
 * two words or more that opens with a given name, a whole name already («راد [كريستوفر
 * كولومبوس]» "explored").
 */
function firstNameBefore(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, i: number, lex: Lexicon): boolean {
  const { w, p } = infos[i - 1]!.word;
  if (p.length > 0 || w.length < 3 || isDefinite(w, 2) || lastLetter(raw[i - 1]!) === '\u0649' || VERB_GIVEN_NAMES.has(w)) return false;
  if (((lex.classes.get(w) ?? 0) & (PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER | ORG_WORD | GIVEN_NAME)) !== 0) return false;
  if (tagShare(lex.tagdict.get(w) ?? 0, 0) < 2) return false;
  if (NAME_PROCLITIC_LETTERS.has(w.charCodeAt(0)) && freqOf(lex, w.slice(1)) > freqOf(lex, w)) return false;
  const code = lex.namectx.get(w);
  if (code === undefined ? freqOf(lex, w) > 3 : code.charCodeAt(2) >= 0x33 || (code.charCodeAt(1) === 0x30 && code.charCodeAt(3) === 0x30)) return false;
  const j = spanEnd(tags, i);
  const first = infos[i]!.word.w;
  return j === i + 1 || (((lex.classes.get(first) ?? 0) & GIVEN_NAME) === 0 && !RULE_GIVEN_NAMES.has(first));
}

/**
 * Whether a word may be the family name after a listed given name: the corpus finds it right
 * after a given name in 2 % of its occurrences or more (the third digit of its name-context code
 * at 3 or above: «مشرفة», «مروة», «عيد»), or it is too rare to have a name-context code and the
 * corpus has seen it fewer than 16 times (`freqOf` at most 3: «البليهي», «زرق»). A definite word that is no nisba
 * («الـ…ي») needs 8 % («السمين» 4): after «أسماء» "names" a definite noun is its complement
 * («أسماء الشفاء», 3). The count also holds «على» (folded, it is «علي»), so a word
 * that often follows the preposition is never counted this high («الرغم» 1, «ضرورة» 2).
 */
function familyNameWord(lex: Lexicon, b: string): boolean {
  const code = lex.namectx.get(b);
  if (code === undefined) return freqOf(lex, b) <= 3;
  const least = isDefinite(b, 2) && b.charCodeAt(b.length - 1) !== YEH ? 0x34 : 0x33;
  return code.charCodeAt(2) >= least;
}

/** «وليس», «واليساري»: «و/ف» + a frequent or definite word, no name of its own. */
function conjoined(w: string, lex: Lexicon): boolean {
  const c = w.charCodeAt(0);
  if ((c !== WAW && c !== FEH) || w.length < 4) return false;
  const rest = w.slice(1);
  return isDefinite(rest, 2) || freqOf(lex, rest) > freqOf(lex, w);
}

/**
 * Names QA round 140: whether the first word of a PERS, which the corpus-based split reads as a
 * preposition «ب/ك/ل» + a word, is rather a family name that begins with the letter: «إستوارت
 * [بوين]» (ب + «وين»), «هورست [كوبل]» (ك + «وبل»), «خيري [بشارة]» (ب + «شارة»). Family names
 * are seldom in the corpus, whose split keeps any base it knows better than the whole word. One
 * preposition letter only (a «و/ف» before the name is "and": «محمد و[علي]» are two people), and
 * not before a definite word or a given name, where the preposition is one («لل…», «ب[محمد]»).
 */
function misreadPreposition(word: WordInfo, lex: Lexicon): boolean {
  const { p, b } = word;
  if (p.length !== 1 || isDefinite(b, 2)) return false;
  const c = p.charCodeAt(0);
  if (c !== BEH && c !== KAF && c !== LAM) return false;
  return ((lex.classes.get(b) ?? 0) & GIVEN_NAME) === 0 && !RULE_GIVEN_NAMES.has(b);
}

/**
 * «خيري [بشارة]», «عز [الدين الخويلي]», «عبد [الله الحمد]», «البلغاري، ملادين [مارينوف]»: a
 * given name the model left just outside the name it opens joins it. Taken when the word right
 * before a PERS, left O and not after another person, is a given name (see givenNameBefore),
 * the first part of a compound name before «الدين» («عز», «نجم», DIN_FIRST_PARTS) or «عبد»
 * before a definite word, or a word the corpus never counted in apposition after a title or a
 * nationality and a comma (a foreign given name: «وزير الداخلية البلغاري، ملادين»), or a first
 * name the lists lack that the corpus puts where first names stand (`firstNameBefore`, names QA
 * round 129). The PERS must start without a proclitic of its own («محمد و[علي]» are two people),
 * unless it is a preposition misread on a family name (`misreadPreposition`, names QA round 140).
 */
function extendGivenNames(infos: TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i - 1] !== O) continue;
    if (i > 1 && (tags[i - 2] === B_PERS || tags[i - 2] === I_PERS)) continue;
    const first = infos[i]!.word;
    if (first.p.length > 0 && !misreadPreposition(first, lex)) continue;
    const prev = infos[i - 1]!.word;
    let split: [number, string] | undefined;
    if (first.w === RELIGION) split = splits(prev.w).find(([, b]) => DIN_FIRST_PARTS.has(b));
    else if (isDefinite(first.w, 2)) split = splits(prev.w).find(([, b]) => b === SERVANT);
    if (!split && !holdsNameLink(infos, i, tags) && !prepositionAli(infos, raw, i - 1)) split = givenNameBefore(prev, raw[i - 1]!, lex);
    if (!split && i >= 3 && COMMAS.has(infos[i - 2]!.word.w) && tags[i - 2] === O && tags[i - 3] === O && prev.w.length >= 4 && !isDefinite(prev.w, 2) && !conjoined(prev.w, lex) && freqOf(lex, prev.w) < 0) {
      const cue = infos[i - 3]!.word.b;
      if (isNisba(cue) || ((lex.classes.get(cue) ?? 0) & PERSON_TRIGGER) !== 0) split = [0, prev.w];
    }
    // names QA round 129: a first name the lists lack («هورست [زيهوفر]», «مجتبي [جعفر]»)
    if (!split && !holdsNameLink(infos, i, tags) && firstNameBefore(infos, raw, tags, i, lex)) split = [0, prev.w];
    if (!split) continue;
    resplit(infos[i - 1]!, split[0], split[1]);
    // a family name the corpus-based split read as a preposition + a word is whole inside the name
    if (first.p.length > 0) resplit(infos[i]!, 0, first.w);
    tags[i - 1] = B_PERS;
    tags[i] = I_PERS;
    margins[i - 1] = Math.min(margins[i]!, RULE_MARGIN);
  }
}

/**
 * Folded titles the trigger list lacks: clergy («[الكاردينال بيترو بارولين]», «[البطريرك جرجس]»,
 * the Coptic bishop's and abbot's «الأنبا [بيشوي]»), the corporal's rank «العريف», «الزميل»
 * "(our) colleague", with which papers name their own writers, and the epithet «المخلوع» "the
 * deposed" («المخلوع [صالح]»).
 */
const CLERGY_TITLES = new Set(['الكاردينال', 'البطريرك', 'المطران', 'الأسقف', 'الأنبا', 'الحاخام', 'القس', 'العريف', 'الزميل', 'الزميلة', 'المخلوع'].map(foldWord));
/**
 * Folded descriptions papers put before a name, as they put a title, that the trigger list lacks:
 * «[المنشد أحمد]» "the chanter", «المناضل» "the militant", «الشهيد/الشهيدين» "the martyr(s)",
 * «الطالب», «الطفل», «الشاب/الشابان», «السباح», «الفيلسوف», «البروفسور», «المؤطر» "the
 * supervisor", «المعلم». Left out only at the head of a person of two words or more, where no
 * family name stands («وليد المعلم» keeps its name). Not cues for a following name: «الطالب
 * الجديد» takes an adjective as often as a name.
 */
const DESCRIPTORS = new Set(
  [
    'المنشد', 'المنشدة', 'المناضل', 'المناضلة', 'الشهيد', 'الشهيدة', 'الشهيدين', 'الشهيدان', 'الطالب', 'الطالبة', 'الطفل', 'الطفلة',
    'الشاب', 'الشابة', 'الشابان', 'السباح', 'السباحة', 'الفيلسوف', 'البروفسور', 'البرفسور', 'البروفيسور', 'المؤطر', 'المعلم', 'المعلمة',
  ].map(foldWord),
);
/**
 * Names QA round 112: folded titles of rank, religion and learning that the trigger list lacks and
 * papers write before a name, left out of a PERS they open as ANERcorp train leaves «الإمام» (30 O),
 * «الشيخ» (47 O), «السير», «اللورد» («[القديس بطرس]» → «القديس [بطرس]», «[الفقيه أبو بكر
 * الطرطوشي]», «[اللورد بايرون]», «[الكونت دي …]», «[المهاتما غاندي]»): saints, scholars
 * («الفقيه», «الحافظ», «العلامة», «المؤرخ», «المستشرق»), European and Ottoman nobility and ranks
 * («البارون», «الماركيز», «الكولونيل», «الميرزا», «الأتابك», «الخواجة»), clergy and art titles
 * («القمص», «الشماس», «المونسنيور», «المايسترو», «الموسيقار»), and «النبي/الرسول» before a
 * prophet's name («النبي/O محمد/B-PERS» in ANERcorp train, as round 110 found); and «الركن»
 * "staff", the qualifier papers put after a rank («العقيد الركن [تركي المالكي]», round 113). Not
 * cues for a following name and not used elsewhere: only a title at the head of a span of two
 * words or more is cut off.
 */
const HEAD_TITLES = new Set(
  [
    'القديس', 'القديسة', 'الفقيه', 'الحافظ', 'العلامة', 'المؤرخ', 'المستشرق', 'المهاتما', 'اللورد', 'الليدي', 'السير', 'المستر', 'الكونت',
    'الكونتيسة', 'البارون', 'البارونة', 'الماركيز', 'الفيسكونت', 'الإيرل', 'البرنس', 'الغراندوق', 'الحاج', 'الحاجة', 'الكولونيل', 'المارشال',
    'الماريشال', 'اللفتنانت', 'الشاويش', 'الميرزا', 'الأتابك', 'الخواجة', 'الخواجه', 'القمص', 'الشماس', 'المونسنيور', 'الميتروبوليت',
    'الكاثوليكوس', 'الكاهن', 'الكاهنة', 'المايسترو', 'الموسيقار', 'النبي', 'الرسول',
    // names QA round 113: «الركن» "staff", the qualifier after a rank («العقيد الركن»)
    'الركن',
  ].map(foldWord),
);
/**
 * Folded «ركن» "staff" written without the article after a rank («العقيد ركن [تركي المالكي]»;
 * names QA round 113); before «الدين» it opens a compound given name («ركن الدين بيبرس»).
 */
const STAFF = foldWord('ركن');
/** Folded «الجندي» "the soldier", the private's rank («الجندي أول»), also a family name. */
const SOLDIER = foldWord('الجندي');
/** Folded definite triggers that are no title: kinship words, and «البابا», which ANERcorp takes into the name. */
const NOT_TITLES = new Set(['البابا', 'الأب', 'الأم', 'الابن', 'الشقيق', 'الشقيقة'].map(foldWord));

/**
 * «[الكاردينال بيترو بارولين]», «[البطريرك جرجس]», «[الأمير محمد]»: a definite title at the start of
 * a PERS of two words or more is left out, as ANERcorp and AQMAR write titles («الرئيس/O»); also
 * one of HEAD_TITLES («[القديس بطرس]», «[الفقيه أبو بكر الطرطوشي]»; names QA round 112), and
 * «ركن» "staff" without the article right after a definite rank of the trigger list («العقيد
 * [ركن تركي المالكي]» → «العقيد ركن [تركي المالكي]»; round 113), not before «الدين».
 */
function dropLeadingTitles(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i + 1] !== I_PERS) continue;
    const w = infos[i]!.word;
    if (w.b === STAFF && w.p.length === 0 && i > 0 && tags[i - 1] === O && infos[i + 1]!.word.b !== RELIGION) {
      // «العقيد ركن [تركي المالكي]»: the qualifier of the rank before it, not «ركن الدين»
      const rank = infos[i - 1]!.word.b;
      if (isDefinite(rank, 2) && ((lex.classes.get(rank) ?? 0) & PERSON_TRIGGER) !== 0) {
        tags[i] = O;
        tags[i + 1] = B_PERS;
      }
      continue;
    }
    if (!isDefinite(w.b, 2) || NOT_TITLES.has(w.b)) continue;
    if (DESCRIPTORS.has(w.b)) {
      // «الشهيد الجندي أول …»: a description before a rank leaves the rank to its own rule
      const next = infos[i + 1]!.word.b;
      if (next === SOLDIER || CLERGY_TITLES.has(next) || DESCRIPTORS.has(next) || ((lex.classes.get(next) ?? 0) & PERSON_TRIGGER) !== 0) continue;
    } else if (HEAD_TITLES.has(w.b)) {
      // «بالحاج [جلول]» (Belhadj) is a family name: the proclitic «ب» stays on such a name
      if (w.p.includes('\u0628')) continue;
      // «ساحة [القديس بطرس]», «أكاديمية [القديس لوقا]»: after a place's or body's head word the
      // titled name is the place's, which later rules label whole
      const head = i > 0 ? infos[i - 1]!.word.b : '';
      if (PLACE_NAME_HEADS.has(head) || TITLED_PLACE_HEADS.has(head) || ((lex.classes.get(head) ?? 0) & (ORG_TRIGGER | LOC_TRIGGER | ORG_WORD)) !== 0) continue;
    } else if (!CLERGY_TITLES.has(w.b) && ((lex.classes.get(w.b) ?? 0) & PERSON_TRIGGER) === 0) continue;
    tags[i] = O;
    tags[i + 1] = B_PERS;
  }
}

/** Folded speech verbs of the trigger list: after them a name is the subject («وقال [عيد]»). */
const SPEECH_VERBS = new Set(
  ['قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'صرح', 'صرحت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'ذكر', 'ذكرت', 'يقول', 'تقول'].map(foldWord),
);
/**
 * Folded titles the trigger list spells otherwise or lacks, which the tag dictionary finds in
 * names («البروفسور» beside «البروفيسور»; «الحاج», the pilgrim's title before an elder's name).
 */
const TITLES_NOT_NAMES = new Set(['البروفسور', 'البرفسور', 'الحاج'].map(foldWord));
/** Folded «الفريق»: a general's rank, and "the team". */
const TEAM_OR_GENERAL = foldWord('الفريق');
/** Folded definite triggers that are no title before a name: kinship words and «الأمين» "the trustworthy". */
const NOT_CUE_TITLES = new Set([...NOT_TITLES, ...['الأمين', 'الشقيق', 'الابن'].map(foldWord)]);

/** The speech verbs alone and after «و/ف» («وقال», which the corpus knows whole, so the split is not taken). */
const SPEECH_FORMS = new Set([...SPEECH_VERBS].flatMap((v) => [v, '\u0648' + v, '\u0641' + v]));

/** Whether a folded word is a speech verb of the trigger list, alone or after «و/ف». */
function isSpeechVerb(w: string): boolean {
  return SPEECH_FORMS.has(w);
}

/**
 * Whether the word at `k` announces a person's name right after it: a speech verb (with «و/ف»
 * or none) or a definite title of the trigger list («اللواء», «المدافع», «الملكة»); indefinite
 * titles take a noun in construct («وزير الخارجية») and kinship words a common noun.
 */
function cuesName(word: WordInfo, lex: Lexicon): boolean {
  if (word.p.length > 0 || !isDefinite(word.b, 2)) return isSpeechVerb(word.w);
  if (NOT_CUE_TITLES.has(word.b)) return false;
  return CLERGY_TITLES.has(word.b) || ((lex.classes.get(word.b) ?? 0) & PERSON_TRIGGER) !== 0;
}

/**
 * Whether a word is a definite title of the trigger list («الدكتور», «المدافع», «الشيخ»), bare
 * or after one proclitic of «و/ف/ل/ب» («للمخرج», «والمدافع», «بالفنان»), which `cuesName` does not
 * take: a name after it is the title's holder.
 */
function titleBefore(word: WordInfo, lex: Lexicon): boolean {
  if (word.p.length > 1 || !isDefinite(word.b, 2) || NOT_CUE_TITLES.has(word.b)) return false;
  return CLERGY_TITLES.has(word.b) || ((lex.classes.get(word.b) ?? 0) & PERSON_TRIGGER) !== 0;
}

/** Whether the self-training tag dictionary finds a word a person at least a third of the time, more than any other type. */
function mostlyPerson(lex: Lexicon, w: string): boolean {
  // a nisba whose feminine the corpus writes as often is an adjective («الرئيس الشيشاني»,
  // «الفريق الأهلاوي»); family names have a rarer feminine («الشهري», «الجوهري»)
  if (VERB_GIVEN_NAMES.has(w) || (isNisba(w) && freqOf(lex, w + '\u0647') >= freqOf(lex, w))) return false;
  const code = lex.tagdict.get(w) ?? 0;
  const pers = tagShare(code, 0);
  return pers >= 2 && pers > tagShare(code, 1) && pers > tagShare(code, 2);
}

/** Whether the word at `k` may be part of a name the rule below labels: no proclitic, no cue word, left O. */
function bareNameWord(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, k: number, lex: Lexicon): boolean {
  if (k >= tags.length || tags[k] !== O) return false;
  const w = infos[k]!.word;
  if (w.p.length > 0 || w.w.length < 3 || lastLetter(raw[k]!) === '\u0649' || NAME_LINKS.has(w.b) || endsInTanweenFath(raw[k]!)) return false;
  return ((lex.classes.get(w.b) ?? 0) & (PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER | ORG_WORD)) === 0;
}

/**
 * «وقال [حمادة طلبة]», «اللواء [العتيبي]», «المدافع [علي جبر]»: a name the model left O right
 * after a speech verb or a definite title. Taken when the word there is one the tag dictionary
 * finds a person at least a third of the time (more than a place or organisation), or a listed
 * given name followed by such a word; the name goes on over the words after it of either kind.
 * A common word after «قال» («إن», «هامش») or a title («اللواء الركن») is never mostly a person.
 * After a title, with its proclitic too (`titleBefore`), a listed given name is also taken with
 * the word after it when that word may be a family name (`familyNameWord`): «الدكتور [علي
 * مشرفة]», «للمخرج [علي السمين]» (QA round 124).
 */
function labelCuedPersons(infos: TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i - 1] !== O || tags[i] !== O || !bareNameWord(infos, raw, tags, i, lex)) continue;
    const cue = infos[i - 1]!.word;
    const cued = cuesName(cue, lex);
    if (!cued && !titleBefore(cue, lex)) continue;
    const b = infos[i]!.word.b;
    const given = (lex.classes.get(b) ?? 0) & GIVEN_NAME && !VERB_GIVEN_NAMES.has(b) && lastLetter(raw[i]!) !== '\u0649';
    // after a title, with its proclitic too, a listed given name and a word that may be its
    // family name: «الدكتور [علي مشرفة]», «للمخرج [علي السمين]», «والمدافع [علي البليهي]»
    const family =
      given && titleBefore(cue, lex) && bareNameWord(infos, raw, tags, i + 1, lex) && familyNameWord(lex, infos[i + 1]!.word.b);
    if (!cued && !family) continue;
    const isName = (k: number): boolean => bareNameWord(infos, raw, tags, k, lex) && (mostlyPerson(lex, infos[k]!.word.b) || ((lex.classes.get(infos[k]!.word.b) ?? 0) & GIVEN_NAME) !== 0 && !VERB_GIVEN_NAMES.has(infos[k]!.word.b));
    if (!mostlyPerson(lex, b) && !family && !(given && bareNameWord(infos, raw, tags, i + 1, lex) && mostlyPerson(lex, infos[i + 1]!.word.b))) continue;
    // «الفريق» is also "the team", whose adjective follows it («الفريق الفاسي», «الفريق الأهلاوي»)
    if (infos[i - 1]!.word.b === TEAM_OR_GENERAL && isDefinite(b, 2)) continue;
    // after a verb, a rare indefinite word the name contexts never counted is as often dialect
    // («يقول ليش …», "why") as a name
    if (!given && !isDefinite(b, 2) && isSpeechVerb(infos[i - 1]!.word.w) && lex.namectx.get(b) === undefined) continue;
    let j = family ? i + 2 : i + 1;
    while (j < i + 4 && isName(j)) j++;
    if (j === i + 1 && TITLES_NOT_NAMES.has(b)) continue;
    // a definite word right before a PERS is a title or epithet the lists lack («البروفسور»,
    // «الأسير»); indefinite words there open it («الفريق خليفة [حفتر]», «المدرب الحاج [إسماعيل]»)
    let k = j;
    if (j < tags.length && tags[j] === B_PERS) {
      let definite = false;
      for (let m = i; m < j; m++) if (isDefinite(infos[m]!.word.b, 2)) definite = true;
      if (definite) continue;
      k = spanEnd(tags, j);
    }
    label(tags, margins, i, k, B_PERS);
    i = j;
  }
}

/**
 * Folded words that follow a title without being a name: «باسم» of «المتحدث باسم» "the spokesman
 * for", «ركن» of «اللواء الركن» "staff (major general)", «سالف» of «الملك سالف الذكر» "the
 * aforementioned king".
 */
const TITLE_FOLLOWERS = new Set(['باسم', 'بإسم', 'ركن', 'سالف'].map(foldWord));

/**
 * Names QA round 150: «الملكة [إليزابيث]», «الشيخة [لطيفة]», «الفنانة [أحلام]» (all left O): a word
 * right after a person's title (`titleBefore`), written without the article or a proclitic
 * (`bareNameWord`), that the corpus finds after a title at least half the time (the first digit of
 * its name-context code, 4 or more) is that title's holder, though the tag dictionary seldom tags
 * it (the model's self-training read such names with the title outside). Not «باسم» of «المتحدث
 * باسم», «ركن» of «اللواء الركن», a word after «الفريق» "the team" that is no listed given name
 * («الفريق تدريباته»), nor a word with a pronoun or plural ending, an accusative in «…ا» or a
 * participle in «مت…/مست…» that is no listed given name. A word after it that may be a
 * family name (`familyNameWord`, or a rare word written with the article: «الشيخة موزة المسند»; not
 * an accusative in «…ا»: «الملكة إليزابيث ملكا») and a PERS right after join it.
 */
function labelTitledNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== O || tags[i - 1] !== O || !titleBefore(infos[i - 1]!.word, lex)) continue;
    const b = infos[i]!.word.b;
    // the article as written: folding makes «إليزابيث» look definite
    const ri = plainLetters(raw[i]!);
    if (ri.startsWith('\u0627\u0644') || TITLES_NOT_NAMES.has(b) || TITLE_FOLLOWERS.has(b) || !bareNameWord(infos, raw, tags, i, lex)) continue;
    const code = lex.namectx.get(b);
    if (code === undefined || code.charCodeAt(0) < 0x34) continue;
    // «الفريق» is also "the team» («الفريق تدريباته»); a pronoun or plural ending is no name
    if (infos[i - 1]!.word.b === TEAM_OR_GENERAL && ((lex.classes.get(b) ?? 0) & GIVEN_NAME) === 0) continue;
    if (hasObjectEnding(ri)) continue;
    // an accusative («محاربا») or a participle in «مت…/مست…» («متذيل الترتيب», «متغطرس») is no name
    if (ri.endsWith('\u0627') || endsInTanweenFath(raw[i]!)) continue;
    if ((b.startsWith('\u0645\u062a') || b.startsWith('\u0645\u0633\u062a')) && ((lex.classes.get(b) ?? 0) & GIVEN_NAME) === 0) continue;
    let j = i + 1;
    if (j < tags.length && tags[j] === O && bareNameWord(infos, raw, tags, j, lex) && !TITLES_NOT_NAMES.has(infos[j]!.word.b) && !plainLetters(raw[j]!).endsWith('\u0627')) {
      // «الدكتورة لطيفة [الشعلان]», «الشيخة موزة [المسند]»: a family name, or a rare word with the article
      const fb = infos[j]!.word.b;
      const rj = plainLetters(raw[j]!);
      const definite = rj.startsWith('\u0627\u0644');
      // «الملكة إليزابيت متزوجون», «الأمير طاز استقطعه»: a verb's or plural's ending (a nisba «ال…ي» stays)
      if (!hasObjectEnding(rj, true) && (familyNameWord(lex, fb) || (definite && freqOf(lex, fb) <= 6))) j++;
    }
    if (j < tags.length && tags[j] === B_PERS && infos[j]!.word.p.length === 0) j = spanEnd(tags, j);
    label(tags, margins, i, j, B_PERS);
    i = j - 1;
  }
}

/** The punctuation that may follow a name's last part, never the preposition «على» (which takes its object first). */
const CLOSING_MARKS = new Set(['\u060c', ',', '.', ':', '\u061b', ';', '(', '\u061f', '?', '!', '..', '...', '\u2026']);

/** Whether a folded word is a nasab or kunya link that «علي» completes («بن», «أبي», «أم»; not «محمد»). */
function linksAli(w: string): boolean {
  return w !== ALA_NAME_MUHAMMAD && (NAME_LINKS.has(w) || ALA_NAME_LINKS.has(w));
}

/**
 * «[عمران] علي ،», «[محمد] علي الحوثي», «[طه حسين] علي الرزامي» (names QA round 126): «علي» left O
 * right after a PERS is the father's or family name, as Yemeni and Egyptian names run («سلوى محمد
 * علي»); written with «ي» it may also be the preposition «على» (Egyptian spelling: «[عصان النوار]
 * علي النتائج»), which never stands before a comma, a stop or the end and which the name-context
 * table counts with the name, so its objects stay below a family name's share. So «علي» (bare,
 * not «على», no shadda: `prepositionAli`) joins the name before the end, a comma or a stop
 * (CLOSING_MARKS) or a function word no preposition takes (`AFTER_NAME_ALA`, as round 76 reads
 * «[محمد على] في»), and with the word after it when that word may be a family name
 * (`familyNameWord`, Arabic letters, no proclitic, left O or a PERS of its own, which then joins
 * too); a number after it is the preposition's object («علي 250 منافسا»). After a nasab or kunya
 * link («[بو رقيبة وبن] علي», `ALA_NAME_LINKS`) «علي» completes the link alone; after a whole
 * nasab name (`holdsNameLink`: «[سعد بن هذلول آل سعود] علي كريمة» "to the daughter of") it is
 * the preposition.
 */
function extendAliNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const start = i;
    const j = spanEnd(tags, start);
    i = j - 1;
    if (j >= tags.length || tags[j] !== O) continue;
    const ali = infos[j]!.word;
    if (ali.p.length !== 0 || ali.w !== ALI || lastLetter(raw[j]!) === '\u0649' || prepositionAli(infos, raw, j)) continue;
    const k = j + 1;
    let end: number;
    // after a nasab or kunya link, with «و/ف» too, «علي» completes it («وبن علي», «أبي علي»); a
    // word after it is no family name
    const lw = infos[j - 1]!.word.w;
    const lc = lw.charCodeAt(0);
    if (linksAli(lw) || ((lc === WAW || lc === FEH) && linksAli(lw.slice(1)))) end = j + 1;
    // a whole name of the nasab form is never followed by its father's name («آل سعود علي كريمة»)
    else if (holdsNameLink(infos, start, tags)) continue;
    else if (k >= tags.length || CLOSING_MARKS.has(raw[k]!) || AFTER_NAME_ALA.has(infos[k]!.word.w)) end = j + 1;
    else if (!isArabicLetter(infos[k]!.word.b.charCodeAt(0)) || !familyNameWord(lex, infos[k]!.word.b)) continue;
    else if (tags[k] === B_PERS && infos[k]!.word.p.length === 0) end = spanEnd(tags, k);
    else if (bareNameWord(infos, raw, tags, k, lex)) end = k + 1;
    else continue;
    for (let m = j; m < end; m++) {
      tags[m] = I_PERS;
      margins[m] = Math.min(margins[m]!, margins[j - 1]!, RULE_MARGIN);
    }
    i = end - 1;
  }
}

/** Whether some token of `raw` other than `skip` ends in «ى» (alef maksura): the writer tells «على» from «علي». */
function writesMaksura(raw: readonly string[], skip: number): boolean {
  for (let k = 0; k < raw.length; k++) if (k !== skip && raw[k]!.length > 1 && lastLetter(raw[k]!) === '\u0649') return true;
  return false;
}

/** Endings of an indefinite word as written (folding makes «ة» a «ه») that make it no name: pronouns («جيوشه», «أكتافهم», «تواجدي») and plurals («مقولات»). */
const OBJECT_ENDINGS = ['ه', 'ها', 'هم', 'هن', 'كم', 'نا', 'ي', 'ات', 'ين', 'ون'];

/**
 * Whether a word as written (`plainLetters`) ends in a pronoun or a plural (OBJECT_ENDINGS) after
 * at least three letters; with `nisba`, a final «ي» after the article is a nisba («العكري»), not «ي» "my".
 */
function hasObjectEnding(written: string, nisba = false): boolean {
  const definite = nisba && written.startsWith('\u0627\u0644');
  return OBJECT_ENDINGS.some((e) => written.length > e.length + 2 && written.endsWith(e) && !(definite && e === '\u064a'));
}

/**
 * Whether folded `b` (written `surface`) after a bare «علي» may go on its name: a listed given name (not one that is
 * also a verb), «أكبر», a word the tag dictionary reads as a person at least a third of the time
 * (and no less often than a place or body; no nationality), or as a person now and then when it
 * is rare (seen at most 2⁵ times: «الكسار») or shaped as a family name — a definite nisba, or an
 * indefinite word with no pronoun or plural ending («دوابشة»; not the frequent «الخير», «الملقب»,
 * «جيوشه») — or a rare definite nisba with no
 * tag (seen at most 2³ times: «الحازمي»). A rare word of another shape may as well be the
 * preposition's object («علي ليفترا», «علي امتشاق الحسام», «علي فلل»), and an accusative in «…ا»
 * an adverb («علي معتمرا»).
 */
function aliFamilyName(lex: Lexicon, b: string, surface: string): boolean {
  if ((((lex.classes.get(b) ?? 0) & GIVEN_NAME) !== 0 && !VERB_GIVEN_NAMES.has(b)) || b === AKBAR) return true;
  if (BANK_NATIONALITIES.has(b) || b.charCodeAt(b.length - 1) === ALEF) return false;
  const code = lex.tagdict.get(b) ?? 0;
  const pers = tagShare(code, 0);
  if (pers > 0 && (pers < tagShare(code, 1) || pers < tagShare(code, 2))) return false;
  if (pers >= 2) return true;
  const shaped = isNisba(b) || (!isDefinite(b, 2) && !hasObjectEnding(surface));
  // a word tagged a person now and then: a family name when it is shaped like one or rare
  // («الكسار», «الحجار»), the preposition's object when it is frequent («الخير», «الملقب», «جيوشه»)
  if (pers === 1) return shaped || freqOf(lex, b) <= 5;
  return code === 0 && freqOf(lex, b) <= 3 && isNisba(b);
}

/**
 * Names QA round 149: «رئيس منظمة الطاقة الذرية، علي أكبر صالحي», «المتحدث باسم المجموعة علي
 * الأحمدي», «القيادي علي [كنعان]LOC», «منهم علي [محسن الأحمر]LOC»: folding writes the name «علي»
 * as the preposition «على», so the model reads «علي» opening a name as "on" and leaves it O — and
 * the name after it, when it finds one, as the place or body "on" would govern. Where the writer
 * tells the two apart (some other word of the sentence ends in «ى»: «على», «إلى», «حتى» …), a bare
 * «علي» (written with «ي», no proclitic, no shadda: «عليّ» is "on me"), left O and not right
 * after another entity (extendAliNames takes it after a person), opens a PERS when the word after
 * it (no proclitic, Arabic letters, `bareNameWord`) may go on a name (`aliFamilyName`); a span the model found there
 * joins it — retyped to PERS when it is a LOC or ORG that is no listed place and that the tag
 * dictionary does not read mostly as a place or body («العقوبات علي [إيران]» stays the
 * preposition). Round 151: «وعلي» — «علي» with the conjunction, as written — opens a name the
 * same way, after another entity too («[مصطفى] وعلي أمين»: a new conjunct); «علي أكبر» takes the
 * rare word that let «أكبر» pass as its family name («وعلي أكبر محرابيان»).
 */
function labelAliFirstNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  let maksura: boolean | undefined;
  for (let i = 0; i + 1 < tags.length; i++) {
    // «علي» as written, harakat aside; a shadda makes it «عليّ» "on me"
    // folded, «علي» and «على» are one base: a cheap test before the spelling is read
    if (tags[i] !== O || infos[i]!.word.b !== ALI_FOLDED || raw[i]!.includes('\u0651')) continue;
    // «وعلي» opens a new conjunct, so it may follow another entity («[مصطفى] وعلي أمين»)
    const written = plainLetters(raw[i]!);
    const conjoined = written === WAW_ALI_WRITTEN && infos[i]!.word.p === WAW_PROCLITIC;
    if (!conjoined && (written !== ALI_WRITTEN || (i > 0 && tags[i - 1] !== O))) continue;
    const k = i + 1;
    const next = infos[k]!.word;
    if (next.p.length !== 0 || !isArabicLetter(next.b.charCodeAt(0))) continue;
    let end: number;
    const t = tags[k]!;
    if (t === O) {
      if (!bareNameWord(infos, raw, tags, k, lex) || !aliFamilyName(lex, next.b, plainLetters(raw[k]!))) continue;
      // «ميناء جبل علي أكبر ميناء»: «أكبر» "largest" unless a name goes on after it («علي أكبر ولايتي»)
      if (next.b === AKBAR) {
        const after = k + 1 < tags.length ? infos[k + 1]!.word : undefined;
        if (after === undefined || (tags[k + 1] !== B_PERS && (!bareNameWord(infos, raw, tags, k + 1, lex) || freqOf(lex, after.b) > 7))) continue;
      }
      // «حصوله علي وسام الجمهورية», «علي شرف وزير»: a given name in construct with the word after
      // it is the preposition's object
      if (k + 1 < tags.length && tags[k + 1] === O && infos[k + 1]!.word.p.length === 0 && isDefinite(infos[k + 1]!.word.w) && !isNisba(infos[k + 1]!.word.w)) continue;
      end = k + 1;
      // «علي أكبر [صالحي]»: the rest of the name the model found joins it; the rare word that
      // let «أكبر» pass is its family name («وعلي أكبر محرابيان»)
      if (end < tags.length && tags[end] === B_PERS && infos[end]!.word.p.length === 0) end = spanEnd(tags, end);
      else if (next.b === AKBAR) end++;
    } else if (t === B_PERS) {
      // «أتباع علي [عمار بن ياسر]»: before a whole nasab name «علي» is another person or "on"
      if (holdsNameLink(infos, k, tags)) continue;
      end = spanEnd(tags, k);
    } else if (t === B_LOC || t === B_ORG) {
      end = spanEnd(tags, k);
      if (!aliFamilyName(lex, next.b, plainLetters(raw[k]!)) || isListedSpan(infos, tags, k, next.w, places()) || isListedSpan(infos, tags, k, next.w, organisations())) continue;
    } else continue;
    maksura ??= writesMaksura(raw, i);
    if (!maksura) return;
    label(tags, margins, i, end, B_PERS);
    i = end - 1;
  }
}

/**
 * Applies the rules to one decoded stretch (`raw`: its token texts), in place: `tags` (indices
 * into TAGS), `margins` (a labelled token gets RULE_MARGIN) and `infos` (a labelled token's
 * proclitic split).
 */
export function applyRules(infos: TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  mendSpelledAcronyms(infos, tags, margins);
  dropAdjectivePersons(infos, tags, lex);
  dropNisbaAfterTeams(infos, tags);
  dropCoordinatedConstructs(infos, tags, lex);
  dropBareHeads(infos, raw, tags);
  retypeStarringCredits(infos, tags, lex);
  dropPrepositionAla(raw, tags);
  dropLeadingParticles(raw, tags);
  dropLeadingByName(infos, raw, tags);
  endNamesBeforeAccusatives(infos, raw, tags, lex);
  dropLeadingVerbs(infos, raw, tags);
  trimClauseWords(infos, tags, lex);
  mendOrdinalPersons(infos, raw, tags, margins, lex);
  labelRulerOrdinals(infos, raw, tags, margins, lex);
  endPersonsBeforePreposition(infos, tags);
  endPersonsBeforeKin(infos, tags);
  endPersonsBeforeHeirTitle(infos, tags);
  endPersonsBeforeRulerTitle(infos, tags, margins, lex);
  dropNonNames(infos, tags, lex);
  dropAdjectivesAfterNot(infos, tags, lex);
  dropCommonNounPersons(infos, raw, tags, lex);
  dropToMe(infos, raw, tags, lex);
  mendReligionNames(infos, tags, margins);
  endPersonsBeforeVerb(infos, tags, lex);
  splitCoordinatedPersons(infos, tags, lex);
  splitCoordinatedNames(infos, raw, tags, lex);
  retypeLoneKhan(infos, tags);
  dropSceneMashhad(infos, tags);
  dropHarmingNile(infos, tags);
  dropGrandfatherJeddah(infos, raw, tags);
  dropInFavourSaleh(infos, tags);
  dropCommonLake(infos, tags);
  dropCommonIsland(infos, tags);
  dropCommonStateSea(infos, tags);
  dropCommonCity(infos, tags);
  extendPersonNames(infos, raw, tags, margins, lex);
  extendGivenNames(infos, raw, tags, margins, lex);
  dropLeadingTitles(infos, tags, lex);
  dropLeadingKin(infos, tags);
  dropLeadingElders(raw, tags);
  dropLeadingCredits(infos, tags);
  dropLeadingHonoured(infos, raw, tags);
  retypeShahrestan(infos, tags);
  dropSatisfactionRida(infos, tags, lex);
  retypePlaceAdjectiveNames(infos, tags, margins, lex);
  labelCuedPersons(infos, raw, tags, margins, lex);
  extendAliNames(infos, raw, tags, margins, lex);
  labelAliFirstNames(infos, raw, tags, margins, lex);
  labelTitledNames(infos, raw, tags, margins, lex);
  extendFamilyNisba(infos, raw, tags, margins, lex);
  extendRareFamilyNames(infos, raw, tags, margins, lex);
  extendTitledFamilyNames(infos, raw, tags, margins, lex);
  labelRulerInstitutions(infos, tags, margins);
  labelRulerCities(infos, tags, margins);
  labelMinistries(infos, tags, margins);
  extendOrgPurpose(infos, tags, margins, lex);
  extendFieldLists(infos, tags, margins, lex);
  extendPurposeAdjectives(infos, raw, tags, margins, lex);
  dropAdjectiveStateNames(infos, tags);
  dropAccusativeNationalities(infos, tags);
  splitCoordinatedPlaces(infos, tags, lex);
  splitAdjacentPlaces(infos, tags, lex);
  startPlacesAfterAnd(infos, tags, lex);
  startShortHeadsAfterAnd(infos, tags);
  endPersonsBeforeBiPlace(infos, tags, margins, lex);
  labelListed(infos, raw, tags, margins, places(), B_LOC, false);
  retypeCuedCityPersons(infos, tags, lex);
  splitHeadedTowns(infos, tags, margins);
  labelDelegationTowns(infos, raw, tags, margins, lex);
  labelListed(infos, raw, tags, margins, kunyaPlaces(), B_LOC, true);
  labelListed(infos, raw, tags, margins, nasabPlaces(), B_LOC, true);
  labelListed(infos, raw, tags, margins, tunisianTowns(), B_LOC, true);
  labelListed(infos, raw, tags, margins, oldCities(), B_LOC, true);
  labelListed(infos, raw, tags, margins, sheikhPlaces(), B_LOC, true);
  labelListed(infos, raw, tags, margins, kafrPlaces(), B_LOC, true);
  mendKafr(infos, raw, tags, margins, lex);
  joinClubTowns(infos, tags, margins);
  labelCuedPlaces(infos, raw, tags, margins);
  labelDatelinePlaces(infos, raw, tags, margins, lex);
  retypeIslandPersons(infos, tags);
  mendPeninsulas(infos, tags, margins);
  joinSouthCountries(infos, tags, margins);
  joinAdjectiveCountries(infos, tags, margins);
  keepPrussia(infos, tags);
  dropGuardPlaces(infos, tags);
  joinHammamTowns(infos, tags, margins);
  mendSidiPlaces(infos, tags, margins, lex);
  retypeAfterOrgHeads(infos, raw, tags);
  joinFacilityNames(infos, tags, margins, lex);
  retypeIndexNames(infos, raw, tags);
  retypeClubCities(infos, tags, margins);
  joinForeignClubCities(infos, tags, margins, lex);
  retypeCuedClubs(infos, tags, margins, lex);
  retypeMatchClubs(infos, tags, margins, lex);
  retypeFixtureClubs(infos, tags, margins, lex);
  retypeCoordinatedClubs(infos, tags, margins, lex);
  retypeSportCityClubs(infos, tags);
  retypeTransferClubs(infos, tags, lex);
  retypePlayedClubs(infos, tags, lex);
  retypeScoredClubs(infos, raw, tags, lex);
  retypeCompanies(infos, raw, tags);
  splitJoinedClubs(infos, tags, lex);
  splitHeadedPersonPlaces(infos, raw, tags, lex);
  retypeAfterPlaceHeads(infos, raw, tags, margins);
  labelHeadedPlaceNames(infos, raw, tags, margins, lex);
  dropLanguageNames(infos, tags);
  retypeNaturalFeatures(infos, tags);
  retypeHeadedPersons(infos, tags);
  retypeTitledQueens(infos, tags, lex);
  retypeWorkAuthors(infos, tags, lex);
  mendMtv(infos, raw, tags);
  labelCanals(infos, tags, margins);
  retypeNationalFederations(infos, tags);
  extendFederationSport(infos, tags, margins);
  dropClubNisbas(infos, tags);
  labelListed(infos, raw, tags, margins, organisations(), B_ORG, true);
  labelListed(infos, raw, tags, margins, persons(), B_PERS, false);
  labelListed(infos, raw, tags, margins, events(), B_MISC, true);
  labelListed(infos, raw, tags, margins, unMissions(), B_MISC, true);
  dropHolySpirit(infos, tags);
  labelIslamicStateGroup(infos, raw, tags, margins);
  labelPublicBodies(infos, tags, margins, lex);
  labelReachBodies(infos, tags, margins);
  labelPartyNames(infos, raw, tags, margins, lex);
  labelQaeda(infos, tags, margins);
  labelBrotherhood(infos, tags, margins);
  labelAzhar(infos, tags, margins);
  labelIbb(infos, raw, tags, margins);
  labelMovementNames(infos, tags, margins);
  labelRadioStations(infos, tags, margins);
  joinOrgLinkPlaces(infos, tags, margins);
  joinCompoundOpeners(infos, tags, margins);
  startPersonsAfterAnd(infos, tags, lex);
  joinAdjacentPersons(infos, raw, tags, lex);
  dropFeminineAdjectivePlaces(infos, raw, tags, lex);
  mendAyatollahs(infos, tags, margins, lex);
  mendGodNames(infos, tags, margins);
  dropIndefiniteBodies(infos, tags, lex);
  dropCommonWordNames(infos, raw, tags);
  dropFeminineDuals(infos, tags, lex);
  labelQuotedNewspapers(infos, raw, tags, margins);
  labelPressNames(infos, tags, margins);
  labelBankNames(infos, tags, margins);
  endPlacesBeforeNationality(infos, tags);
  extendWithoutBorders(infos, tags, margins);
  dropTrailingBorn(infos, tags);
  cutBlessings(infos, raw, tags, margins);
  dropGoodFortune(infos, tags);
  retypeWeaponNames(infos, raw, tags);
  retypeModelNames(infos, raw, tags);
  splitCoordinatedOrgs(infos, tags, lex);
  dropToxicSam(infos, tags);
  dropSetPhrasePersons(infos, tags, lex);
  retypeKunyaOrgs(infos, tags, lex);
  joinKunyas(infos, raw, tags, margins, lex);
  joinRegnalTitles(infos, tags, margins);
  cutGodWishes(infos, tags, margins);
  dropHeadlessCups(infos, tags);
  extendNasab(infos, raw, tags, margins);
  cutPraiseFormula(infos, raw, tags, margins);
  joinSaifAlIslam(infos, raw, tags, margins);
  trimIslamAdjectives(infos, tags);
  joinDottedAcronyms(infos, raw, tags, margins);
  endPersonsBeforeAla(infos, raw, tags);
  dropSupervisedAshraf(infos, raw, tags);
  dropOwnerMalik(infos, tags);
  dropPleasantSara(infos, tags);
  endNamesBeforeNumbers(infos, raw, tags);
  dropDigitNames(infos, raw, tags);
  retypeNikkeiIndex(infos, tags);
  joinOlympiqueClubs(infos, tags);
  endNamesBeforeSuffixedWords(infos, raw, tags, lex);
  endNamesBeforeFunctionWords(infos, raw, tags);
  endNamesBeforeClauseWords(infos, raw, tags);
  mendTrailingParticles(infos, raw, tags, margins, lex);
  retypeTribeNames(infos, tags, lex);
  dropLoneRanks(infos, tags);
  dropBareProphet(infos, raw, tags, lex);
  dropFirstPersonPronoun(infos, raw, tags, lex);
  dropLeadingFeminineAdjectives(infos, raw, tags, lex);
  retypeCupsOfBodies(infos, raw, tags, margins);
  labelAwards(infos, raw, tags, margins, lex);
  dropLeadingPrepositions(raw, tags);
  dropLeadingReportVerbs(raw, tags);
  dropSupervised(infos, raw, tags, lex);
  joinMevlut(infos, tags, margins);
  dropKinship(infos, raw, tags);
  dropDefiniteDuals(infos, tags, lex);
  mendSalih(infos, tags, margins);
  retypePersonPlaces(infos, tags, margins);
  dropDivineAttributes(infos, raw, tags, margins);
  dropPraiseAdjectives(infos, tags, lex);
  dropHomographVerbs(infos, raw, tags, lex);
  dropBareLandHeads(infos, tags, lex);
  dropDescribedPersons(infos, tags, lex);
  dropTimesOfDay(infos, tags);
  dropVocatives(infos, tags, lex);
  splitToObjects(infos, raw, tags, lex);
  dropOfficesOfPlaces(infos, tags, lex);
  retypeOrgWords(infos, tags, lex);
  retypeLoneUnion(infos, tags);
  retypeProducts(infos, raw, tags);
  dropSyrianAdjectives(infos, tags, lex);
  dropLoneNisbas(infos, raw, tags, lex);
  retypeClubTowns(infos, tags);
  labelCorps(infos, tags);
  dropPlayoffs(infos, tags);
  retypeHospitalNames(infos, tags);
  extendPlaceCompanies(infos, tags, margins, lex);
  dropCommonPhrases(infos, tags);
  dropUnits(infos, raw, tags);
  dropSoundPlurals(infos, tags, lex);
  dropCrownPrince(infos, tags, lex);
  dropDecadeAges(infos, tags, lex);
  dropLeadingCommonWords(infos, raw, tags, margins, lex);
  dropAddressSidi(infos, tags, lex);
  labelQuotedNames(infos, raw, tags, margins, lex, QUOTED_NAME_HEADS, B_ORG);
  labelQuotedNames(infos, raw, tags, margins, lex, QUOTED_WORK_HEADS, B_MISC);
  retypeMediaNames(infos, raw, tags, lex);
  retypeCurrencyZones(infos, tags);
  retypePlaceMisc(infos, raw, tags);
  retypeBatin(infos, tags);
  dropPronounBi(infos, raw, tags);
  dropPositionSides(infos, tags);
  splitThatClauses(infos, tags, margins, lex);
  dropLoneOrgHeads(infos, raw, tags);
  joinTutankhamun(infos, tags);
  trimOrgParticiples(infos, tags);
  retypeShows(infos, tags, margins);
  retypeKnownPersons(infos, tags);
  retypeCompanyFamilyNames(infos, tags);
  labelPlaceBanks(infos, tags, margins);
  trimPronounsAndAbd(infos, raw, tags);
  retypeLeadPlaces(infos, raw, tags, lex);
  retypeHeadlinePlaces(infos, raw, tags, lex);
  dropPeoples(infos, tags, margins, lex);
  extendPurposeConstructs(infos, raw, tags, margins, lex);
  extendNameAdjectives(infos, tags, margins, lex);
  dropHisGrandfather(infos, raw, tags, lex);
  dropBornVerb(infos, raw, tags);
  dropMyFather(raw, tags, margins);
  dropLandAdjective(infos, tags);
  dropBeautyQueen(infos, tags);
  labelMullahNames(infos, tags, margins, lex);
  dropColloquialAfterNot(infos, raw, tags, lex);
  labelPrayerNames(infos, tags, margins);
  dropDawnAndMorning(infos, tags);
  dropAddressWords(infos, raw, tags);
  dropCountryside(infos, tags);
  dropDescriptiveAdjectives(infos, tags);
  labelSaintNames(infos, tags, margins, lex);
  labelStageNames(infos, tags, margins, lex);
  extendNewPlaces(infos, tags, margins);
  labelMaghrebNames(infos, raw, tags, margins, lex);
  joinMaghrebGivenNames(infos, tags, margins, lex);
  joinMonasteryNames(infos, raw, tags, margins);
  labelTitledWordNames(infos, raw, tags, margins, lex);
  labelWordFamilyNames(infos, raw, tags, margins, lex);
  dropBoys(infos, tags);
  labelAbdNames(infos, raw, tags, margins, lex);
  dropJuristPlaces(infos, tags);
  splitAtInnerKin(infos, tags, lex);
  dropCountedNames(infos, raw, tags, lex);
  labelBodyMiscs(infos, tags, lex);
  labelPaperNames(infos, raw, tags, lex);
  labelForeignPapers(infos, raw, tags, lex);
  labelRegnalNames(infos, raw, tags, lex);
  extendRegnalPersons(infos, raw, tags);
  splitNamedPlaces(infos, raw, tags, lex);
  splitListedPlaces(infos, raw, tags, lex);
  dropPlaceAdjectives(infos, tags, lex);
  dropTitlesBeforePersons(infos, raw, tags, lex);
  joinPlaceHalves(infos, tags, lex);
  dropBirthVerbs(infos, raw, tags, lex);
  dropSermonPersons(infos, tags, lex);
  dropHappyAdjectives(infos, tags, lex);
  trimWeekdayTails(infos, raw, tags);
  trimArticleTails(raw, tags);
}

/** Folded «بري»: Nabih Berri, and the adjective "land, overland" or "wild". */
const BERRI = foldWord('بري');

/**
 * Folded nouns (and adjectives of the same noun) that «بري» "land, overland" or "wild" follows:
 * an assault, a route, transport, an army; a wild animal.
 */
const LAND_NOUNS = new Set(
  ['هجوم', 'إنزال', 'اجتياح', 'تدخل', 'توغل', 'غزو', 'احتلال', 'قتال', 'حصار', 'جيش', 'جندي', 'طريق', 'ممر', 'معبر', 'منفذ', 'شريان', 'جسر', 'خط', 'ربط', 'اتصال', 'نقل', 'شحن', 'مؤن', 'امتياز', 'نفطي', 'نهري', 'بحري', 'جوي', 'أسد', 'خنزير', 'حمار', 'حيوان', 'نبات'].map(foldWord),
);

/**
 * Names QA round 275: «أي [بري]PERS خارجي», «عبر طريق [بري]PERS», «أسد [بري]PERS في زيمبابوي»: the
 * adjective «بري» "land, overland" or "wild" read as Nabih Berri. A PERS of the one word «بري» right
 * after a noun of `LAND_NOUNS` (with or without «ل/ب/و») is dropped; after a verb, a title or in
 * construct («تولى بري», «الرئيس بري», «نظر بري») it stays the speaker of Lebanon's parliament.
 */
function dropLandAdjective(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === B_PERS + 1)) continue;
    const word = infos[i]!.word;
    if (word.w === BERRI && LAND_NOUNS.has(infos[i - 1]!.word.b)) tags[i] = O;
  }
}

/** Folded «جمال» "beauty", and the given name Jamal. */
const JAMAL = foldWord('جمال');

/** Folded «ملكة» "queen" and its plural and duals, before «جمال» "beauty" in «ملكة جمال» "Miss …". */
const BEAUTY_QUEENS = new Set(['ملكة', 'ملكات', 'ملكتا', 'ملكتي', 'وصيفة', 'وصيفات'].map(foldWord));

/**
 * Names QA round 276: «ملكة [جمال الكون]PERS», «ملكة [جمال العالم]PERS», «ملكة [جمال]PERS
 * [لبنان]LOC»: in «ملكة جمال …» "beauty queen, Miss …" «جمال» is "beauty", not the given name
 * Jamal. A PERS that opens with «جمال» (no proclitic) right after «ملكة», «ملكات», «وصيفة» (with
 * or without «و/ل/ب») is dropped, with what the model ran on after it («الكون», «مراهقات»); a
 * country the model found apart stays a LOC.
 */
function dropBeautyQueen(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const word = infos[i]!.word;
    if (word.p === '' && word.b === JAMAL && BEAUTY_QUEENS.has(infos[i - 1]!.word.b)) tags.fill(O, i, j);
    i = j - 1;
  }
}

/** Folded «الملا/ملا» "mullah" as written with «و/ل/ب/ف» («للملا», «والملا»). */
const MULLAH = new Set(['الملا', 'ملا', 'والملا', 'وملا', 'للملا', 'لملا', 'وللملا', 'بالملا', 'فالملا'].map(foldWord));

/** Folded particles that the given-name list holds (Ali as Egyptians write it, Ho): no name goes on over them («الملا [عمر] على …»). */
const MULLAH_NOT_NAMES = new Set(['على', 'هو', 'هي'].map(foldWord));

/** Folded names after «الملا» that the given-name list lacks: «أختر منصور», «برادر», «كريكار», «فضل الله», «هبة الله». */
const MULLAH_NAMES = new Set(['أختر', 'اختر', 'أخطر', 'برادر', 'كريكار', 'منان', 'فضل', 'هيبة', 'هبة'].map(foldWord));

/**
 * Names QA round 277: «أن الملا عمر يعيش في مكان سري», «وفاة الملا عمر», «الملا أختر منصور»: the
 * model, which never met the title «الملا» "mullah" in training, left the name after it O in nine
 * mentions of ten in the 16 news files (282 «الملا عمر», 16 found, as «[الملا عمر]PERS»). After
 * «الملا» or «ملا» (with «و/ل/ب/ف»), itself O or the first word of a PERS, a given name (or a word
 * of `MULLAH_NAMES`) with no proclitic starts a PERS that runs over the given names and «الله»
 * after it, and over a PERS the model found right after («الملا [أختر] [منصور]PERS» one name);
 * the title stays outside, as ANERcorp writes «الشيخ [خليفة …]». A «الملا» inside a name is a
 * family name («[حبيب الملا]PERS») and is left alone.
 */
function labelMullahNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  const given = (k: number): boolean => {
    const w = infos[k]!.word;
    return w.p === '' && (((lex.classes.get(w.w) ?? 0) & GIVEN_NAME) !== 0 || MULLAH_NAMES.has(w.w));
  };
  for (let i = 0; i + 1 < tags.length; i++) {
    if ((tags[i] !== O && tags[i] !== B_PERS) || !MULLAH.has(infos[i]!.word.w) || !given(i + 1)) continue;
    if (tags[i] === B_PERS) {
      startAfterFirstWord(tags, i);
      continue;
    }
    if (tags[i + 1] !== O) continue;
    let j = i + 2;
    while (j < tags.length) {
      const w = infos[j]!.word;
      const allah = w.p === '' && w.w === ALLAH && (tags[j] === O || (tags[j] === B_MISC && tags[j + 1] !== B_MISC + 1));
      if ((tags[j] === O && given(j) && !MULLAH_NOT_NAMES.has(w.w) && !VERB_GIVEN_NAMES.has(w.b)) || allah) j++;
      else {
        if (tags[j] === B_PERS && given(j)) j = spanEnd(tags, j); // «الملا [أختر] [منصور]PERS»: one name
        break;
      }
    }
    label(tags, margins, i + 1, j, B_PERS);
    i = j - 1;
  }
}

/** Colloquial «not» as written: Egyptian «مش», Tunisian «موش», Gulf and Levantine «مو», «مب». */
const COLLOQUIAL_NOT = new Set(['مش', 'موش', 'مو', 'مب']);

/** Raw pronouns and «غير» "not" before the participle «عارف» "knowing" («أنا عارف», «انت عارف», «غير عارف»). */
const KNOWER_OPENERS = new Set(['أنا', 'انا', 'إني', 'اني', 'أنت', 'انت', 'إنت', 'إنتَ', 'أنتَ', 'انتي', 'إنتي', 'أنتِ', 'غير', 'مش', 'موش', 'مو', 'مب', 'محدش', 'ماحدش']);

/** Folded participles that are also given names: «عارف» "knowing" (Aref), «فاهم» "understanding". */
const COLLOQUIAL_PARTICIPLES = new Set(['عارف', 'فاهم', 'عاوز', 'قادر'].map(foldWord));

/**
 * Names QA round 279: Egyptian dialogue in the news, «بس انت [عارف أكيد]PERS مش قصدي», «مش [عارف
 * ليه]PERS», «مش [هقدر]PERS», «مش [عاوز تخليني]PERS»: after the colloquial «مش» "not" the model
 * reads verbs and participles as names. A PERS, ORG or MISC right after «مش», «موش», «مو» or «مب»
 * (O itself: not the end of «[يورغن مو]PERS») is dropped when its first word has no proclitic
 * («موش وبليتس» are the towns Muş and Bitlis), unless that word is a given name of the lexicon or
 * carries the article («مش [يوسف]», «مش [السيسي]» stay); a PERS that opens with «عارف», «فاهم»,
 * «عاوز» or «قادر» after a pronoun, «غير» or «مش» is dropped whatever the list says («أنا
 * [عارف]PERS»). A LOC is left alone.
 */
function dropColloquialAfterNot(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_PERS && t !== B_ORG && t !== B_MISC) continue;
    const j = spanEnd(tags, i);
    const before = raw[i - 1]!;
    const word = infos[i]!.word;
    const participle = t === B_PERS && word.p === '' && COLLOQUIAL_PARTICIPLES.has(word.w) && KNOWER_OPENERS.has(before);
    const afterNot = COLLOQUIAL_NOT.has(before) && tags[i - 1] === O && word.p === '' && !isDefinite(word.b) && ((lex.classes.get(word.b) ?? 0) & GIVEN_NAME) === 0;
    if (participle || afterNot) tags.fill(O, i, j);
    i = j - 1;
  }
}

/** Folded nouns before the name of a prayer: «صلاة» "prayer", «صلاتي» "the two prayers", «أذان» "the call to prayer". */
const PRAYER_NOUNS = new Set(['صلاة', 'صلاتي', 'صلاتا', 'أذان'].map(foldWord));

/** Folded names of the five daily prayers with their article («الصبح» is the dawn prayer's other name). */
const PRAYER_NAMES = new Set(['الفجر', 'الصبح', 'الظهر', 'العصر', 'المغرب', 'العشاء'].map(foldWord));

/**
 * Names QA round 280: «بعد صلاة [المغرب]LOC», «قبل أذان [المغرب]LOC», «صلاتي [الظهر]LOC والعصر» —
 * the model read the sunset prayer as Morocco (54 «صلاة [المغرب]LOC» and 27 after «أذان» in the 16
 * news files) and left most other prayers O, while ANERcorp train writes both of its prayers MISC
 * («صلاة [الفجر]MISC», «صلاة [المغرب]MISC»). After a word of `PRAYER_NOUNS` (any proclitic) that is
 * O, a prayer's name with no proclitic is one MISC, whatever span the model gave it, and so is a
 * second prayer joined by «و» («صلاة [المغرب]MISC و[العشاء]MISC»). A name inside a span that began
 * before it is left alone.
 */
function labelPrayerNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || !PRAYER_NOUNS.has(infos[i]!.word.b)) continue;
    let j = i + 1;
    let proclitic = '';
    while (j < tags.length) {
      const word = infos[j]!.word;
      const t = tags[j]!;
      if (word.p !== proclitic || !PRAYER_NAMES.has(word.b) || (t !== O && t % 2 === 0)) break;
      if (t !== O) tags.fill(O, j, spanEnd(tags, j));
      label(tags, margins, j, j + 1, B_MISC);
      j++;
      proclitic = 'و';
    }
    i = j - 1;
  }
}

/** Folded «الصباح/المساء/الفجر/الصبح» "the morning, the evening, the dawn". */
const DAWN_AND_MORNING = new Set(['الصباح', 'المساء', 'الفجر', 'الصبح', 'الظهيرة', 'الضحى'].map(foldWord));

/** Folded words that make a time with them: «الأولى» "the first (hours)", «الباكر» "early", «والمساء» "and the evening". */
const DAWN_AND_MORNING_PARTS = new Set(['الأولى', 'الأول', 'الباكر', 'الباكرة', 'والمساء', 'والصباح', 'والظهيرة'].map(foldWord));

/** Folded nouns of a while before «الصباح/الفجر»: «ساعات» "hours", «نسمات» "breezes", «تدريبات» "training", «وجبة» "meal". */
const WHILE_NOUNS = new Set(
  ['ساعات', 'ساعة', 'نسمات', 'نسمة', 'لحظات', 'لحظة', 'تدريبات', 'تدريب', 'حصة', 'وجبة', 'فترة', 'فترتي', 'فترات', 'منذ', 'حتى', 'طوال', 'أذكار', 'خيوط', 'ضوء', 'شمس', 'نسيم', 'برد'].map(foldWord),
);

/**
 * Names QA round 280: «منذ ساعات [الصباح الأولى]MISC», «في فترتي [الصباح والمساء]MISC», «بدأت
 * تدريبات [الصباح]MISC» — times of day read as titles. A span of any type that is «الصباح/المساء/
 * الفجر» (no proclitic) and a word of `DAWN_AND_MORNING_PARTS` is O, and so is a MISC of the time
 * alone after a word of `WHILE_NOUNS`; the newspapers «"[الصباح]"» and the Kuwaiti family «[الصباح]PERS»
 * stay, and the prayers are `labelPrayerNames`'.
 */
function dropDawnAndMorning(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0) continue;
    const j = spanEnd(tags, i);
    const word = infos[i]!.word;
    if (word.p === '' && DAWN_AND_MORNING.has(word.b)) {
      const pair = j === i + 2 && DAWN_AND_MORNING_PARTS.has(infos[i + 1]!.word.w);
      const alone = j === i + 1 && t === B_MISC && i > 0 && tags[i - 1] === O && WHILE_NOUNS.has(infos[i - 1]!.word.b);
      if (pair || alone) tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/** Folded words of address that are never a name alone: «عزيزي/عزيزتي» "my dear", «أعزائي» "my dears", «سيدتي» "madam". */
const DEAR = new Set(['عزيزي', 'عزيزتي', 'أعزائي', 'سيدتي'].map(foldWord));

/** Whether raw token `k` is missing or starts with no Arabic letter (punctuation, a digit, Latin). */
function noArabicWord(raw: readonly string[], k: number): boolean {
  return !isArabicLetter(raw[k]?.charCodeAt(0) ?? 0);
}

/** Folded «عزيزي/عزيزتي» "my dear", which may open a name's span («عزيزي [أحمد]»). */
const DEAR_HEADS = new Set(['عزيزي', 'عزيزتي'].map(foldWord));

/** Folded words of address that end no name («سيدتي», «عزيزتي», «أعزائي»; «عزيزي» is also the family name Azizi). */
const DEAR_ENDS = new Set(['عزيزتي', 'أعزائي', 'سيدتي'].map(foldWord));

/**
 * Names QA round 281: «يا [عزيزي]PERS؟», «- [عزيزي]PERS السائل:», «[عزيزي الرجل]PERS، في حال…», «هل
 * فهمناه يا [سيدي]LOC..؟», «اسمحي [لي سيدتي]PERS» — words of address read as names. A span (not ORG:
 * the magazine «سيدتي» stays) that is one word of `DEAR` is O. A PERS or LOC opened by «عزيزي/
 * عزيزتي» is O when a word with the article follows («[عزيزي السيد]PERS»), else the name after the
 * address keeps the span («عزيزي [واطسون]PERS»). A span of «سيدي» alone is O after «يا» or before
 * punctuation, and a PERS «سيدي» before a PERS («و[سيدي]PERS [عمر بن الفارض]PERS», the honorific
 * outside as titles are); a two-word span that ends in a word of `DEAR_ENDS` is O. Places headed by
 * «سيدي» («[سيدي بوزيد]LOC») and names that end in it («ولد سيدي») are untouched.
 */
function dropAddressWords(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0) continue;
    const end = spanEnd(tags, i);
    if (t === B_ORG) {
      i = end - 1;
      continue;
    }
    let j = end;
    while (j > i + 1 && noArabicWord(raw, j - 1)) j--; // «[سيدي ..]»: the span's words
    const first = infos[i]!.word;
    const plain = first.p === '' || first.p === 'و';
    if (plain && DEAR.has(first.b) && j === i + 1) tags.fill(O, i, end);
    else if (plain && DEAR_HEADS.has(first.b) && (t === B_PERS || t === B_LOC)) {
      if (isDefinite(infos[i + 1]!.word.b)) tags.fill(O, i, end);
      else startAfterFirstWord(tags, i);
    } else if (plain && first.b === SIDI && j === i + 1) {
      if (raw[i - 1] === 'يا' || noArabicWord(raw, j) || (t === B_PERS && tags[end] === B_PERS)) tags.fill(O, i, end);
    } else if (j === i + 2) {
      const last = infos[i + 1]!.word;
      if (last.p === '' && DEAR_ENDS.has(last.b)) tags.fill(O, i, end);
    }
    i = end - 1;
  }
}

/** Folded «الريف» "the countryside", also the Rif of northern Morocco. */
const COUNTRYSIDE = foldWord('الريف');

/** Folded adjectives of the Rif itself («الريف المغربي», «الريف الأوسط»), which keep it a place. */
const RIF_ADJECTIVES = new Set(['المغربي', 'الريفي', 'الأوسط'].map(foldWord));

/** Folded adjectives of a countryside round a town: «المحيط» "surrounding", «الخاضع» "held (by)", «المحلي» "local". */
const COUNTRYSIDE_ADJECTIVES = new Set(['المحيط', 'الخاضع', 'المحلي', 'الشمالي', 'الغربي', 'الجنوبي', 'الشرقي'].map(foldWord));

/** Folded bases of the town that a countryside is set against («الريف والمدن», «المدينة والريف»). */
const TOWN_WORDS = new Set(['المدينة', 'المدن', 'الحضر', 'القرية', 'القرى', 'البادية', 'الحواضر'].map(foldWord));

/**
 * Names QA round 282: «في [الريف]LOC الغربي لمدينة الرقة», «هجرة نحو [الريف]LOC … في الريف
 * الفرنسي», «سكان [الريف]LOC والمدن» — «الريف» "the countryside" read as the Rif of Morocco. A LOC
 * of «الريف» alone (any proclitic) is O before a word of `COUNTRYSIDE_ADJECTIVES` or a nisba other
 * than those of `RIF_ADJECTIVES` («الريف الفرنسي», «الريف السوري»), and beside a word of
 * `TOWN_WORDS` joined by «و» (a LOC of that word alone after it is O too: «الريف و[الحضر]LOC» is
 * no Hatra); a LOC «[الريف والقرى]» likewise. «جبال الريف», «حراك الريف»,
 * and «الريف المغربي» stay places.
 */
function dropCountryside(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const end = spanEnd(tags, i);
    if (infos[i]!.word.b !== COUNTRYSIDE) {
      i = end - 1;
      continue;
    }
    const next = end < tags.length ? infos[end]!.word : undefined;
    const prev = i > 0 ? infos[i - 1]!.word : undefined;
    const inner = end === i + 2 ? infos[i + 1]!.word : undefined;
    const adjective = next !== undefined && next.p === '' && tags[end] === O && !RIF_ADJECTIVES.has(next.b) && (COUNTRYSIDE_ADJECTIVES.has(next.b) || isNisba(next.b));
    const town = (w: typeof next): boolean => w !== undefined && TOWN_WORDS.has(w.b);
    const joined =
      (end === i + 1 && ((next?.p === 'و' && town(next)) || (infos[i]!.word.p.startsWith('و') && town(prev)))) || (inner?.p === 'و' && town(inner));
    if ((end === i + 1 && adjective) || joined) {
      tags.fill(O, i, end);
      // «الريف و[الحضر]LOC» "the countryside and the towns": not Hatra either
      if (end === i + 1 && next?.p === 'و' && town(next) && tags[end] === B_LOC && spanEnd(tags, end) === end + 1) tags[end] = O;
    }
    i = end - 1;
  }
}

/**
 * Folded given names that are adjectives of quality: «فريد» "unique", «سليم» "sound", «طيبة»
 * "good", «سعيد» "happy", «كريم» "decent", «عادل» "just", «عزيز» "dear" … («مبارك» "blessed" is
 * `GREETINGS`' alone: «عقل [مبارك]» is Mubarak's mind).
 */
const QUALITY_NAMES = new Set(
  (
    'فريد فريدة سليم سليمة طيب طيبة جميل جميلة سعيد سعيدة كريم كريمة نبيل نبيلة لطيف لطيفة عزيز عزيزة ' +
    'شريف شريفة رشيد رشيدة عادل عادلة أمين أمينة هادئ هادئة وديع وديعة بديع بديعة حميد حميدة مجيد نزيه ' +
    'نزيهة صادق صادقة فاضل فاضلة حسن حسنة'
  )
    .split(' ')
    .map(foldWord),
);

/**
 * Folded indefinite nouns (any proclitic) that such an adjective describes in the news: «موقع
 * [فريد]», «بقلب [سليم]», «سلام [عادل]», «صديق [عزيز]», «سمعة [طيبة]», «نتائج [طيبة]». Not nouns
 * that head a name («مدينة», «مجموعة», «حي», «شركة»), nor nouns that are also verbs before a
 * subject («وضع», «حل», «أمر», «عمل», «حمل»: «فعمل [سليم حسن] مدرسا», «وحمّل [مبارك]»); «صورة» and «شكل» only with «ب»
 * ("in a … way"): «صورة [حميد]» is Hamid's picture.
 */
const DESCRIBED_NOUNS = new Set(
  (
    'تناغم معماري هندسي نوع طراز نموذج مزيج أسلوب تصميم طعم مذاق إنجاز مثال حدث مشهد منظر موقع ' +
    'سمعة فرصة معاملة حالة نتائج نتيجة علاقة علاقات موقف مكانة بداية انطلاقة نية حياة تجربة ذكرى ' +
    'كلمة رائحة ريح معرفة تنشئة أجواء جو قلب عقل مخ جسم قبول غذائي عيش سلام صديق صديقة رجل ' +
    'يوم عام صباح مساء زواج حظ نهاية قوي'
  )
    .split(' ')
    .map(foldWord),
);

/** Folded nouns of manner that take an adjective after «ب»: «بصورة [طيبة]» "in a good way", «بشكل [سليم]». */
const BY_MANNER_NOUNS = new Set(['صورة', 'شكل', 'طريقة'].map(foldWord));

/** Folded «لي» "to me" («صديق عزيز لي»). */
const FOR_ME = foldWord('لي');

/** Folded broken and sound plurals in `DESCRIBED_NOUNS`, whose adjective is feminine («نتائج [طيبة]»). */
const DESCRIBED_PLURALS = new Set(['نتائج', 'علاقات', 'أجواء'].map(foldWord));

/** Folded words of a greeting before «سعيد/مبارك»: «عيد [سعيد]», «بيوم [مبارك]», «وألف [مبارك]» "congratulations". */
const GREETING_NOUNS = new Set(['عيد', 'ألف', 'يوم'].map(foldWord));

/** Folded pronouns before «سعيد/سعيدة» "happy" («أنا سعيد», «لكني سعيدة», «وهو سعيد»). */
const HAPPY_SUBJECTS = new Set(['أنا', 'إني', 'لكني', 'لكنني', 'وهو', 'وهي', 'نحن', 'كنت'].map(foldWord));

/** Folded «سعيد» "happy" and its feminine, after a greeting or a pronoun. */
const HAPPY = new Set(['سعيد', 'سعيدة'].map(foldWord));

/** Folded «سعيد/مبارك» "happy, blessed" and their feminines, after a greeting. */
const GREETINGS = new Set(['سعيد', 'سعيدة', 'مبارك', 'مباركة'].map(foldWord));

/** Folded adjectives that go on a span after the first («سلام [عادل شامل]», «صديق عزيز وغالي»), never a name's second word. */
const MORE_QUALITIES = new Set(['شامل', 'شاملة', 'غالي', 'غالية'].map(foldWord));

/** Whether a folded word ends in «ه» (a folded «ة»: a feminine noun or adjective). */
function endsFeminine(b: string): boolean {
  return b.endsWith(FOLDED_TEH_MARBUTA);
}

/**
 * Names QA round 283: «بتناغم [فريد]PERS», «بصورة [طيبة]LOC», «بقلب [سليم]PERS», «اتفاق سلام
 * [عادل]PERS ودائم», «صديق [عزيز لي]PERS», «عيد [سعيد]PERS», «وألف [مبارك]PERS», «أنا [سعيد
 * بأدائي]PERS» — a given name that is an adjective of quality (`QUALITY_NAMES`), read as a name
 * right after the noun it describes (itself O): an indefinite noun of `DESCRIBED_NOUNS` with which
 * it agrees in gender (a noun in «ة» or a plural of `DESCRIBED_PLURALS` takes an adjective in «ة»,
 * else «حياة [سعيد]» is Said's life), a noun of `BY_MANNER_NOUNS` after «ب», or, for «سعيد/مبارك»
 * (`GREETINGS`), a greeting (`GREETING_NOUNS`), and for «سعيد» a pronoun (`HAPPY_SUBJECTS`). The PERS or LOC that the adjective
 * opens (with no proclitic) is O when it is that word alone, or goes on with a word after «ب/ل»
 * («سعيد بأدائي», «عزيز لي») or an adjective of `MORE_QUALITIES` («سلام [عادل شامل]», «عيد [مبارك سعيد]»); a full name
 * after the noun stays («علاقة [حسن حسني]», «حياة [سعيد العويران]»). A one-word PERS or LOC of
 * another such adjective joined by «و» after it is O too («صديق عزيز و[غالي]PERS»).
 * «البرازيلي [فريد]PERS», «وقال [سعيد]PERS» and «مدينة [طيبة]LOC» (Thebes), «عيد طيبة» (the
 * Medina festival) stay.
 */
function dropDescriptiveAdjectives(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_PERS && t !== B_LOC) continue;
    let end = spanEnd(tags, i);
    const word = infos[i]!.word;
    const before = infos[i - 1]!.word;
    if (word.p === '' && (QUALITY_NAMES.has(word.b) || GREETINGS.has(word.b)) && tags[i - 1] === O) {
      const agrees = endsFeminine(word.b) === (endsFeminine(before.b) || DESCRIBED_PLURALS.has(before.b));
      const quality = QUALITY_NAMES.has(word.b);
      const described =
        (quality && DESCRIBED_NOUNS.has(before.b) && agrees) ||
        (quality && before.p === 'ب' && BY_MANNER_NOUNS.has(before.b)) ||
        (GREETINGS.has(word.b) && GREETING_NOUNS.has(before.b)) ||
        (HAPPY.has(word.b) && HAPPY_SUBJECTS.has(before.w));
      let k = i + 1;
      while (k < end) {
        const w = infos[k]!.word;
        // «سعيد [بأدائي]»: a word the stripper left whole still opens with the preposition
        const preposition = w.p === 'ب' || w.p === 'ل' || (w.p === '' && w.w.length >= 4 && (w.w.startsWith('ب') || w.w.startsWith('ل')));
        if ((preposition || w.w === FOR_ME) && k === i + 1) k++;
        else if (w.p === '' && (MORE_QUALITIES.has(w.b) || (GREETINGS.has(word.b) && GREETINGS.has(w.b)))) k++;
        else break;
      }
      if (described && k === end) {
        tags.fill(O, i, end);
        const next = end < tags.length ? infos[end]!.word : undefined;
        if (next !== undefined && next.p === 'و' && (QUALITY_NAMES.has(next.b) || MORE_QUALITIES.has(next.b)) && (tags[end] === B_PERS || tags[end] === B_LOC) && spanEnd(tags, end) === end + 1) {
          tags[end] = O;
          end++;
        }
      }
    }
    i = end - 1;
  }
}

/** Folded titles of a saint or a Coptic bishop before the name: «القديس», «القديسة», «الأنبا», «أنبا». */
const CHURCH_TITLES = new Set(['القديس', 'القديسة', 'الأنبا', 'أنبا'].map(foldWord));

/**
 * Folded names of saints, apostles and Coptic bishops that the given-name list lacks (facts of
 * the Church calendar, as Arabic news spells them): Mark, John, Thomas, Matthew, Paul, George,
 * Anthony, Athanasius, Augustine, Valentine, Macarius, Abraam …
 */
const SAINT_NAMES = new Set(
  (
    'مرقس مرقص مارمرقس يوحنا توما متى بولس باول جرجس مارجرجس أنطونيوس أثناسيوس أوغسطين أوغسطينوس ' +
    'أغسطينوس أوغوسطين فالنتين فالنتاين مرثا كاترين كاترينا تريزا تيريزا تيريز لوقا أندراوس فرنسيس نيقولا ' +
    'نقولا نيقولاوس نيكولاس سمعان إسطفانوس إنيانوس ساڤا سافا ديمتريوس جيروم باسيليوس غريغوريوس كيرلس مينا ' +
    'مارمينا أبانوب دميانة مقار مقاريوس مكاريوس بولا يؤانس إبرام تكلا صرابيون باخوم إرميا أنجيلوس بيشوي ' +
    'شنودة يسطس أفرام ديسقورس مرقريوس مرقوريوس أمبروسيوس هيلانة بربارة فيرينا ماكرينا مونيكا باولا أغنيس ' +
    'أفيمية نينو برنابا تادرس أرسانيوس بيمن بفنوتيوس ثيودوسيوس أغناطيوس'
  )
    .split(' ')
    .map(foldWord),
);

/** Folded words after «دير» that open a saint's name: the titles, «الشهيد» "the martyr", «العذراء» "the Virgin", «مار». */
const MONASTERY_SAINTS = new Set(['القديس', 'القديسة', 'الأنبا', 'أنبا', 'الشهيد', 'الشهيدة', 'العذراء', 'السيدة', 'مار', 'مارمينا', 'مارجرجس'].map(foldWord));

/**
 * Names QA round 284: «وبحسب التقاليد فإن القديس مرقس هو مؤسس الكنيسة», «دير الأنبا مقار», «عيد
 * القديس فالنتين» — the model left the saint or the bishop after the title O (62 «القديس مرقس»
 * in the 16 news files, none found; 22 «الأنبا مقار»): the names are Coptic and Greek, which
 * neither ANERcorp train nor the given-name list holds. After a title of `CHURCH_TITLES` that is
 * O (any proclitic), a word of `SAINT_NAMES` or a given name with no proclitic, itself O, starts a
 * PERS that runs over the following such words («القديس [يوحنا بولس]»); the title stays outside,
 * as ANERcorp writes «القديس [بولس]». A name the model found is left as it is. A one-word PERS
 * «دير» "monastery" (`MONASTERY`) before a title or a word of `MONASTERY_SAINTS` is O («[دير]PERS الأنبا
 * بيشوي», 30 lines).
 */
function labelSaintNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  const saint = (k: number): boolean => {
    const w = infos[k]!.word;
    return tags[k] === O && w.p === '' && (SAINT_NAMES.has(w.w) || (((lex.classes.get(w.w) ?? 0) & GIVEN_NAME) !== 0 && !VERB_GIVEN_NAMES.has(w.b) && !MULLAH_NOT_NAMES.has(w.w)));
  };
  for (let i = 1; i < tags.length; i++) {
    const w = infos[i - 1]!.word;
    if (tags[i - 1] === B_PERS && tags[i] !== I_PERS && MONASTERY.has(w.b) && MONASTERY_SAINTS.has(infos[i]!.word.w)) tags[i - 1] = O;
  }
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || !CHURCH_TITLES.has(infos[i]!.word.b) || !saint(i + 1)) continue;
    let j = i + 2;
    while (j < tags.length && saint(j)) j++;
    label(tags, margins, i + 1, j, B_PERS);
    i = j - 1;
  }
}

/** Folded titles of a singer or an actor before a stage name: «الفنانة», «المطربة», «النجمة», «المغنية» and their masculines. */
const ARTIST_TITLES = new Set(
  ['الفنان', 'الفنانة', 'المطرب', 'المطربة', 'النجم', 'النجمة', 'المغني', 'المغنية', 'الممثل', 'الممثلة'].map(foldWord),
);

/**
 * Folded one-word stage names of Arab singers and actresses that are common words or rare as
 * names («أحلام» "dreams", «وردة» "rose", «نجاة» "rescue", «أنغام» "tunes", «أصالة»
 * "authenticity", «ذكرى» "memory", «صباح» "morning", «إليسا», «يسرا»).
 */
const STAGE_NAMES = new Set(
  (
    'أحلام إليسا وردة نجاة أنغام أصالة ذكرى يسرا صباح جنات إلهام فيروز شادية ' +
    'بلقيس روبي داليدا شيرين هيفاء نانسي لطيفة سميرة نوال ديانا ميادة ماجدة سعاد نجوى عفاف'
  )
    .split(' ')
    .map(foldWord),
);

/** Folded «الصغيرة» "the younger", part of the stage name «نجاة الصغيرة». */
const LITTLE = foldWord('الصغيرة');

/**
 * Names QA round 285: «تفتتح المهرجان الفنانة أنغام», «شخصيتي الفنانة أحلام والفنان راغب»,
 * «خاصا بالذكر الفنانة [إليسا]MISC» — the one-word stage names of singers, common words or rare as
 * names, left O or given another type after the artist's title. After a title of `ARTIST_TITLES`
 * (any proclitic) that is O, a word of `STAGE_NAMES` with no proclitic that is O or a one-word
 * span of another type is a one-word PERS («[نجاة الصغيرة]» with «الصغيرة»); the title stays
 * outside. A PERS the model found, a longer span («الفنانة [شيرين عبد الوهاب]») and a stage name
 * before a given name the model left O («الفنانة إلهام علي», a full name) are left as they are.
 */
function labelStageNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || !ARTIST_TITLES.has(infos[i]!.word.b)) continue;
    const w = infos[i + 1]!.word;
    const t = tags[i + 1]!;
    if (w.p !== '' || !STAGE_NAMES.has(w.w) || t === B_PERS || (t !== O && (t % 2 === 0 || spanEnd(tags, i + 1) !== i + 2))) continue;
    const after = i + 2 < tags.length && tags[i + 2] === O ? infos[i + 2]!.word : undefined;
    // «الفنانة إلهام علي»: a full name the model missed, not a stage name alone
    if (after !== undefined && after.p === '' && ((lex.classes.get(after.w) ?? 0) & GIVEN_NAME) !== 0) continue;
    const j = after !== undefined && after.p === '' && after.w === LITTLE ? i + 3 : i + 2; // «[نجاة الصغيرة]»
    label(tags, margins, i + 1, j, B_PERS);
    i = j - 1;
  }
}

/** Folded «الجديدة» "new" (feminine), the last word of «مصر الجديدة», «كاليدونيا الجديدة». */
const NEW_FEMININE = foldWord('الجديدة');

/**
 * Folded places whose «… الجديدة» "New …" is a place of its own: the districts and new towns of
 * Egypt, Iraq and Saudi Arabia («مصر الجديدة» Heliopolis, «القاهرة الجديدة», «بغداد الجديدة»,
 * «برج العرب الجديدة», «أبها الجديدة») and New Caledonia, New Guinea, New Granada, New Spain,
 * New Netherland, New Delhi, New Mexico, New England, New South Wales, New Amsterdam, New Castile.
 * Not countries that news calls "new" in a speech («تونس الجديدة», «ليبيا الجديدة»), nor the canal
 * («قناة السويس الجديدة»).
 */
const NEW_PLACE_HEADS = new Set(
  [
    'مصر', 'القاهرة', 'بغداد', 'أبها', 'دمياط', 'العرب', 'العلمين', 'أسيوط', 'الإسماعيلية', 'المنيا', 'سويف', 'سوهاج',
    'أسوان', 'الصالحية', 'النوبارية', 'كاليدونيا', 'غينيا', 'غرناطة', 'إسبانيا', 'هولندا', 'دلهي', 'المكسيك',
    'إنجلترا', 'إنكلترا', 'ويلز', 'أمستردام', 'قشتالة',
  ].map(foldWord),
);

/** Folded feminine nouns in construct with a country that «الجديدة» describes instead («حكومة مصر الجديدة» "Egypt's new government"). */
const NEW_OWNERS = new Set(['حكومة', 'دولة', 'سياسة', 'رؤية', 'قيادة', 'إدارة', 'سلطة', 'سلطات', 'وزارة', 'سفارة', 'خطة', 'استراتيجية'].map(foldWord));

/**
 * Names QA round 286: «ب[مصر]LOC الجديدة» (Heliopolis, 140 lines of the 16 news files), «[غرناطة]LOC
 * الجديدة», «[كاليدونيا]LOC الجديدة», «[برج العرب]LOC الجديدة» — the model ended the place before
 * «الجديدة» "New". A LOC whose last word is in `NEW_PLACE_HEADS` goes on over «الجديدة» right
 * after it (O, no proclitic), unless the word before the place is a noun of `NEW_OWNERS`, which
 * the adjective describes («حكومة [مصر]LOC الجديدة»).
 */
function extendNewPlaces(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const owned = i > 0 && tags[i - 1] === O && NEW_OWNERS.has(infos[i - 1]!.word.b);
    if (!owned && j < tags.length && tags[j] === O && NEW_PLACE_HEADS.has(infos[j - 1]!.word.b) && infos[j]!.word.p === '' && infos[j]!.word.w === NEW_FEMININE) {
      tags[j] = B_LOC + 1;
      margins[j] = Math.min(margins[j - 1]!, RULE_MARGIN);
      i = j;
      continue;
    }
    i = j - 1;
  }
}

/**
 * Folded given names the Maghreb writes with the article and the model leaves O before a family
 * name that is a common word: «رئيس الحكومة [الحبيب الصيد]», «الرئيس المؤقت [المنصف المرزوقي]»,
 * «الحكم [الصادق السالمي]». Not those that are as often a word of their own («الأمين» the
 * secretary, «العربي», «الأزهر», «العيد», «السعيد», «الشريف»).
 */
const MAGHREB_GIVEN_NAMES = new Set(
  [
    'الحبيب', 'المنصف', 'الصادق', 'الباجي', 'الطاهر', 'الهادي', 'المنجي', 'الشاذلي', 'المولدي', 'الصحبي', 'الهاشمي', 'البشير',
    'المنذر', 'الجيلاني', 'العياشي', 'الفاضل', 'المختار', 'المهدي', 'الناصر', 'الطيب', 'المكي', 'الصافي',
  ].map(foldWord),
);

/** Whether a folded base is a given name the Maghreb writes with the article (`MAGHREB_GIVEN_NAMES`: «الحبيب», «المنصف»). */
export function isMaghrebGivenName(b: string): boolean {
  return MAGHREB_GIVEN_NAMES.has(b);
}

/** Folded adjectives of time between a title and its holder's name: «الرئيس المؤقت», «رئيس الحكومة السابق». */
const TITLE_TIMES = new Set(['المؤقت', 'السابق', 'الأسبق', 'الحالي', 'الراحل', 'الجديد', 'المستقيل', 'المكلف', 'المقال'].map(foldWord));

/** Folded «أول» "first" of «الفريق أول» "lieutenant general". */
const FIRST_RANK = foldWord('أول');

/** Folded «حكومة» "the government (of)", whose holder's name follows it. */
const GOVERNMENT_OF = foldWord('حكومة');

/**
 * Whether the word at `k` (a comma there looks one word further back, and so does a nationality
 * adjective: «رئيس الوزراء اللبناني») is a title before its holder's name: «الفريق أول», a definite
 * title or speech verb (`cuesName`, `titleBefore`: «الرئيس», «وقال»), an adjective of time
 * (`TITLE_TIMES`: «المؤقت»), a definite noun after an indefinite title («رئيس الحكومة», «وزير
 * الخارجية») or «حكومة» with «و/ل/ب» or none.
 */
function titlesHolder(infos: readonly TokenInfo[], raw: readonly string[], k: number, lex: Lexicon): boolean {
  if (k >= 0 && COMMAS.has(raw[k]!)) k--;
  if (k < 0) return false;
  if (titleAt(infos, k, lex)) return true;
  // a nationality after the title («رئيس الوزراء اللبناني», «رئيس الحكومة التونسية»), and «أول»
  // of «الفريق أول» "lieutenant general"
  const w = infos[k]!.word;
  if (k === 0 || w.p.length > 0) return false;
  if (w.b === FIRST_RANK) return infos[k - 1]!.word.b === TEAM_OR_GENERAL;
  return (isAdjectiveNisba(w.b, lex) || (endsFeminine(w.b) && isAdjectiveNisba(w.b.slice(0, -1), lex))) && titleAt(infos, k - 1, lex);
}

/** Whether the word at `k` is a title before its holder's name, as `titlesHolder` reads it. */
function titleAt(infos: readonly TokenInfo[], k: number, lex: Lexicon): boolean {
  const w = infos[k]!.word;
  if (cuesName(w, lex) || titleBefore(w, lex)) return true;
  if (w.p.length > 1) return false;
  if (TITLE_TIMES.has(w.b) || w.b === GOVERNMENT_OF) return true;
  if (w.p.length > 0 || k === 0 || !isDefinite(w.b, 2)) return false;
  const t = infos[k - 1]!.word;
  return !isDefinite(t.b, 2) && ((lex.classes.get(t.b) ?? 0) & PERSON_TRIGGER) !== 0;
}

/**
 * Names QA round 287: «رئيس الحكومة الحبيب الصيد» (121 lines of the news files left O),
 * «الرئيس المؤقت المنصف المرزوقي» («الحكم الصادق السالمي», the referee, stays: «الحكم» is also
 * "the rule"). A given name the Maghreb writes with
 * the article (`MAGHREB_GIVEN_NAMES`), left O after a title (`titlesHolder`), and the word after
 * it written with the article (no proclitic, no title or relative pronoun, not feminine as an
 * adjective of «حكومة» is: «حكومة المهدي المنتخبة»; left O) are that title's holder: «رئيس
 * الحكومة [الحبيب الصيد]PERS».
 */
function labelMaghrebNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    const w = infos[i]!.word;
    if (tags[i] !== O || tags[i + 1] !== O || w.p.length > 0 || !MAGHREB_GIVEN_NAMES.has(w.b)) continue;
    const next = infos[i + 1]!.word;
    if (next.p.length > 0 || !plainLetters(raw[i + 1]!).startsWith('\u0627\u0644') || RELATIVES.has(next.b) || endsFeminine(next.b) || !bareNameWord(infos, raw, tags, i + 1, lex)) continue;
    if (!titlesHolder(infos, raw, i - 1, lex)) continue;
    label(tags, margins, i, i + 2, B_PERS);
    i++;
  }
}

/** Folded words of degree after an adjective: «سعيد جدا», «سعيدة للغاية». */
const VERY = new Set(['جدا', 'للغاية'].map(foldWord));

/**
 * Folded words after «سعيد/سعيدة» "happy" that tell the adjective: "because" («لأن», «لأنني»),
 * "that, with what, with this" («بأن», «بما», «بهذا», «بذلك», «به», «بها», «بكم», «بكل»), and «ب»
 * with a verbal noun of what makes one happy («برؤية», «بعودة», «بالفوز», «بالانضمام»); not «ب»
 * with any word, which opens family names («سعيد بوحجة», «سعيد باهديلة», «سعيد بلقولة») and
 * objects («التقى سعيد بالوزير» "Said met the minister").
 */
const HAPPY_WITH = new Set(
  [
    'لأن', 'لأنني', 'لأني', 'لأننا', 'لأنه', 'لأنها', 'بأن', 'بأنني', 'بما', 'بهذا', 'بهذه', 'بذلك', 'به', 'بها', 'بهم', 'بكم', 'بك', 'بكل',
    'بوجود', 'بوجودي', 'برؤية', 'بعودة', 'بالعودة', 'بالفوز', 'بالانضمام', 'بالتأهل', 'بالتتويج', 'بالحصول', 'بالتواجد', 'بالعمل', 'بالمشاركة', 'بالنتيجة', 'بالانتصار',
  ].map(foldWord),
);

/** Whether the word at `k` follows «سعيد» "happy" as the adjective's complement: a word of degree (`VERY`) or of `HAPPY_WITH`. */
function happyComplement(infos: readonly TokenInfo[], k: number): boolean {
  if (k >= infos.length) return false;
  const w = infos[k]!.word;
  return VERY.has(w.w) || HAPPY_WITH.has(w.w);
}

/**
 * Names QA round 288: «"[سعيد]PERS جدا بهذا الفوز"», «أنا [سعيد]PERS للغاية», «[سعيد]PERS برؤية أخي»,
 * «إنها [سعيدة]PERS لأن …» — «سعيد/سعيدة» (`HAPPY`) read as the given name where what follows makes
 * it the adjective "happy" (`happyComplement`). A one-word PERS of it (no proclitic, O before it)
 * loses the span, or a two-word one whose second word is that complement; not after a speech verb
 * or a title («وقال [سعيد]PERS بأن …», «اللاعب [سعيد]PERS …», where it is the name).
 */
function dropHappyAdjectives(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const w = infos[i]!.word;
    if (w.p === '' && HAPPY.has(w.b) && (i === 0 || tags[i - 1] === O) && (j === i + 1 || (j === i + 2 && happyComplement(infos, i + 1)))) {
      const before = i > 0 ? infos[i - 1]!.word : undefined;
      const named = before !== undefined && (isSpeechVerb(before.w) || titleBefore(before, lex) || ((lex.classes.get(before.b) ?? 0) & (PERSON_TRIGGER | GIVEN_NAME)) !== 0);
      if (!named && (j === i + 2 || (j < tags.length && tags[j] === O && happyComplement(infos, j)))) tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/** Folded religious titles before «الحبيب» "the blessed": «الأخ الحبيب جيراردو». */
const BLESSED_TITLES = new Set(['الأخ', 'الأخت', 'الأب', 'الأم', 'البابا', 'القديس', 'القديسة', 'الطوباوي'].map(foldWord));

/**
 * Names QA round 288: «المولدي [عبيشو]PERS», «المنصف [خماخم]PERS», «المنجي [الحرباوي]PERS»,
 * «الصافي [سعيد]PERS» — a given name the Maghreb writes with the article (`MAGHREB_GIVEN_NAMES`),
 * left O right before a PERS of one or two words that opens with no proclitic and no listed given
 * name, is that name's first word: «[المولدي عبيشو]PERS», «[الحبيب بورقيبة]PERS». A given name
 * after it makes the word an epithet («الحبيب [علي زين]» "the beloved Ali Zain"), and so do a
 * religious title before it (`BLESSED_TITLES`: «الأخ الحبيب [جيراردو]»), a relative pronoun after
 * it («حاملات الطيب [اللواتي زرن]» "the bearers of spices who") and a word in «لأ…» («ورق الحبيب
 * [لأم كلثوم]» "The Beloved's Leaf, for Umm Kulthum"); these stay out.
 */
function joinMaghrebGivenNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const w = infos[i]!.word;
    if (tags[i] !== O || tags[i + 1] !== B_PERS || w.p.length > 0 || !MAGHREB_GIVEN_NAMES.has(w.b)) continue;
    const next = infos[i + 1]!.word;
    const j = spanEnd(tags, i + 1);
    if (j > i + 3 || next.p.length > 0 || ((lex.classes.get(next.b) ?? 0) & GIVEN_NAME) !== 0) continue;
    // «حاملات الطيب [اللواتي زرن]» "the bearers of spices who visited", «ورق الحبيب [لأم كلثوم]»
    if (RELATIVES.has(next.b) || next.w.startsWith('\u0644\u0627')) continue;
    // «الأخ الحبيب [جيراردو]» "the blessed brother": a religious title makes it an epithet
    if (i > 0 && BLESSED_TITLES.has(infos[i - 1]!.word.b)) continue;
    tags[i] = B_PERS;
    tags[i + 1] = I_PERS;
    margins[i] = Math.min(margins[i + 1]!, RULE_MARGIN);
    i = j - 1;
  }
}

/** Folded definite words after «دير» that describe the monastery rather than name it: «التابعة», «التابع». */
const MONASTERY_DESCRIBERS = new Set(['التابع', 'التابعة'].map(foldWord));

/**
 * Names QA round 289: «في [دير]LOC [وستمنستر]LOC», «داخل [دير]LOC [المحرق]LOC», «بلدة [دير]LOC
 * القمر», «منطقة [دير]LOC العشائر», «ل[دير]LOC السلطان» — «دير» "monastery" (with a proclitic or
 * none: `MONASTERY`) read as a one-word name of its own, cut from the name after it. The name is
 * one LOC, as ANERcorp writes «ب[دير البلح]LOC» and retypeHeadedPersons makes «[دير حنا]»: with
 * the span right after it (no proclitic), or with a word left O after it written with the article
 * (no proclitic; not a relative pronoun, a describing word of `MONASTERY_DESCRIBERS` or a saint's
 * title of `MONASTERY_SAINTS`, whose saint round 284 handles). «فان [دير]PERS فارت» (a Dutch or
 * German particle before it) stays.
 */
function joinMonasteryNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    if ((t !== B_LOC && t !== B_PERS && t !== B_MISC) || tags[i + 1] === t + 1 || headBase(infos[i]!.word.w, MONASTERY) === '') continue;
    if (i > 0 && headBase(infos[i - 1]!.word.w, NAME_PARTICLES) !== '') continue;
    const next = infos[i + 1]!.word;
    if (next.p.length > 0) continue;
    let end: number;
    const n = tags[i + 1]!;
    if (n === B_LOC || n === B_PERS || n === B_MISC || n === B_ORG) end = spanEnd(tags, i + 1);
    else if (n === O && plainLetters(raw[i + 1]!).startsWith('\u0627\u0644') && !RELATIVES.has(next.b) && !MONASTERY_DESCRIBERS.has(next.b) && !MONASTERY_SAINTS.has(next.b)) end = i + 2;
    else continue;
    tags[i] = B_LOC;
    for (let k = i + 1; k < end; k++) {
      tags[k] = B_LOC + 1;
      margins[k] = Math.min(margins[k]!, RULE_MARGIN);
    }
    i = end - 1;
  }
}

/**
 * Folded given names that are common words too, which the given-name list leaves out and the
 * model reads as nouns: «تمام» "exactly" (Tammam Salam), «خليفة» "successor, caliph" (Khalifa
 * Haftar), «مقتدى» "model" (Muqtada al-Sadr).
 */
const TITLED_WORD_NAMES = new Set(['تمام', 'خليفة', 'مقتدى'].map(foldWord));

/** Folded words after «خليفة» "caliph" that make it the title: «السلطان العثماني خليفة المسلمين». */
const CALIPH_OF = new Set(['المسلمين', 'المؤمنين', 'رسول', 'الله'].map(foldWord));

/**
 * Names QA round 290: «رئيس الحكومة تمام سلام» (never found in the news files), «الفريق أول خليفة
 * [حفتر]PERS», «الزعيم الديني مقتدى الصدر» — a given name of `TITLED_WORD_NAMES` (no proclitic,
 * left O) right after a title (`titlesHolder`) opens its holder's name: with the PERS right after
 * it (no proclitic), or with the word after it left O that may be a name (`bareNameWord`: no
 * proclitic, title or place word; not a relative pronoun, nor «المسلمين» of «خليفة المسلمين» "the
 * caliph", nor after a speech verb: «وأضاف خليفة خلال …»). «خليفة [ترامب]» "Trump's successor",
 * with no title before, stays.
 */
function labelTitledWordNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    const w = infos[i]!.word;
    if (tags[i] !== O || w.p.length > 0 || !TITLED_WORD_NAMES.has(w.b) || !titlesHolder(infos, raw, i - 1, lex)) continue;
    const next = infos[i + 1]!.word;
    let end: number;
    if (tags[i + 1] === B_PERS && next.p.length === 0) end = spanEnd(tags, i + 1);
    // after a speech verb a word left O is as often a preposition («وأضاف خليفة خلال …»)
    else if (tags[i + 1] === O && !RELATIVES.has(next.b) && !CALIPH_OF.has(next.b) && !isSpeechVerb(infos[i - 1]!.word.w) && bareNameWord(infos, raw, tags, i + 1, lex)) end = i + 2;
    else continue;
    label(tags, margins, i, end, B_PERS);
    i = end - 1;
  }
}

/**
 * Folded family names of two words whose first is a common word, keyed by that word, with the
 * second: «قائد السبسي» (Caid Essebsi; «قائد» "leader", spelt «قايد» too).
 */
const WORD_FAMILY_NAMES = new Map([
  [foldWord('قائد'), foldWord('السبسي')],
  [foldWord('قايد'), foldWord('السبسي')],
]);

/** Folded given names the list leaves out as participles: «حافظ» "keeper" (Hafedh Caid Essebsi). */
const PARTICIPLE_GIVEN_NAMES = new Set([foldWord('حافظ')]);

/**
 * Names QA round 291: «حافظ قائد السبسي» (left O in most of its lines), «وحافظ قائد [السبسي]PERS»,
 * «[الباجي]PERS قائد السبسي», «وأوضح قائد السبسي أن» — a family name of two words whose first is a
 * common word (`WORD_FAMILY_NAMES`: «قائد» "leader") is cut or missed. Its two words (no proclitic
 * on the second; «و» or none on the first) are one PERS, with the given name right before: a listed,
 * Maghreb or participle given name (`PARTICIPLE_GIVEN_NAMES`: «حافظ») left O (with «و» or none), or a PERS of one or two words that opens with
 * one («[الباجي]PERS»); any PERS after them joins too. «على» "on" before them stays out
 * («انقلاب على [قائد السبسي]PERS»).
 */
function labelWordFamilyNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const w = infos[i]!.word;
    const second = WORD_FAMILY_NAMES.get(w.b);
    if (second === undefined || (w.p !== '' && w.p !== '\u0648') || infos[i + 1]!.word.b !== second || infos[i + 1]!.word.p.length > 0) continue;
    if (tags[i] === I_PERS) continue; // already inside a name: «[الباجي قائد السبسي]PERS»
    let start = i;
    if (w.p === '' && i > 0) {
      const g = infos[i - 1]!.word;
      const given = (b: string): boolean => ((lex.classes.get(b) ?? 0) & GIVEN_NAME) !== 0 || MAGHREB_GIVEN_NAMES.has(b) || PARTICIPLE_GIVEN_NAMES.has(b);
      // «انقلاب على قائد السبسي»: «على» written with «ى» is the preposition, not «علي»
      if (tags[i - 1] === O && (g.p === '' || g.p === '\u0648') && given(g.b) && lastLetter(raw[i - 1]!) !== '\u0649') start = i - 1;
      else if (tags[i - 1] === B_PERS && given(g.b)) start = i - 1;
      else if (tags[i - 1] === I_PERS && i > 1 && tags[i - 2] === B_PERS && given(infos[i - 2]!.word.b)) start = i - 2;
    }
    let end = i + 2;
    if (end < tags.length && tags[end] === I_PERS) end = spanEnd(tags, end);
    label(tags, margins, start, end, B_PERS);
    i = end - 1;
  }
}

/** Folded «بنين» "boys, sons", also Benin, and «بنات» "girls". */
const BOYS = foldWord('بنين');
const GIRLS = foldWord('بنات');

/**
 * Folded words of schooling and wealth before «بنين» "boys, sons": «المدارس بنين وبنات», «الابتدائية
 * بنين», «للشؤون التعليمية بنين», «بأموال وبنين».
 */
const BOYS_BEFORE = new Set(
  ['مدرسة', 'مدارس', 'المدارس', 'الابتدائية', 'المتوسطة', 'الثانوية', 'التعليمية', 'للصغار', 'أموال', 'الأموال', 'ثمانية', 'ثلاثة', 'أربعة', 'خمسة'].map(foldWord),
);

/**
 * Names QA round 292: «جميع المدارس [بنين]LOC وبنات», «المرحلتين المتوسطة والثانوية ([بنين]LOC
 * وبنات)», «مدرسة الفيض الابتدائية [بنين]LOC», «ويمددكم بأموال و[بنين]LOC» — «بنين» "boys, sons"
 * read as Benin. A one-word LOC of it is O when «بنات» "girls" stands within three tokens of it,
 * or a word of schooling, wealth or number (`BOYS_BEFORE`) right before it. «جمهورية [بنين]LOC»,
 * «[السنغال]LOC و[بنين]LOC» stay.
 */
function dropBoys(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1) || infos[i]!.word.b !== BOYS) continue;
    let girls = i > 0 && BOYS_BEFORE.has(infos[i - 1]!.word.b);
    for (let k = Math.max(0, i - 3); k <= Math.min(tags.length - 1, i + 3) && !girls; k++) if (k !== i && infos[k]!.word.b === GIRLS) girls = true;
    if (girls) tags[i] = O;
  }
}

/**
 * Folded second halves of the given names «عبد …» "servant of …": the divine names of the
 * tradition («الملك», «الإله», «الحق», «الأحد», «المعين» …) and the Shia «عبد الأمير»,
 * «عبد الرسول», «عبد الحسين», «عبد الزهرة».
 */
const ABD_SECOND_PARTS = new Set(
  [
    'الله', 'الإله', 'الرحمن', 'الرحيم', 'الملك', 'المالك', 'القدوس', 'السلام', 'المؤمن', 'المهيمن', 'العزيز', 'الجبار', 'الخالق', 'الباري',
    'البارئ', 'الغفار', 'القهار', 'الوهاب', 'الرزاق', 'الفتاح', 'العليم', 'الباسط', 'الرافع', 'المعز', 'اللطيف', 'الخبير', 'الحليم', 'العظيم',
    'الغفور', 'الشكور', 'العلي', 'الكبير', 'الحفيظ', 'الجليل', 'الكريم', 'الرقيب', 'المجيب', 'الواسع', 'الحكيم', 'الودود', 'المجيد',
    'الباعث', 'الحق', 'الوكيل', 'القوي', 'المتين', 'الولي', 'الحميد', 'المحسن', 'المعطي', 'المنعم', 'الحي', 'القيوم', 'الواحد', 'الأحد',
    'الصمد', 'القادر', 'المقتدر', 'الظاهر', 'الباقي', 'الوارث', 'الرشيد', 'الصبور', 'الستار', 'التواب', 'الرؤوف', 'الجواد', 'الغني',
    'النور', 'الهادي', 'البديع', 'الناصر', 'المعين', 'المولى', 'الحافظ', 'الحكم', 'العال', 'العاطي', 'المنان', 'الماجد', 'المقصود',
    'المطلب', 'الشافي', 'الكافي', 'المعروف', 'الأمير', 'الرسول', 'النبي', 'الحسين', 'الحسن', 'الزهرة', 'الرضا', 'الإمام', 'السيد',
  ].map(foldWord),
);

/**
 * Whether the word at `k`, after «عبد» + a divine name, is a family name: no proclitic, not
 * ending in «ى» («على» folds to the name «علي»), no title («أمير المؤمنين»), and a listed given
 * name, mostly a person, or a word the corpus finds after given names («الحوثي», «الخيام»); a
 * word too rare for that count only when it is a definite nisba that is no adjective («الركابي»,
 * not «الحضاري» "cultural"), never a rare verb («ينجحون», «يستعمله»).
 */
function familyAfterAbd(infos: readonly TokenInfo[], raw: readonly string[], k: number, lex: Lexicon): boolean {
  const { w, p } = infos[k]!.word;
  if (p.length > 0 || w.length < 3 || !isArabicLetter(w.charCodeAt(0)) || NOT_NOUNS.has(w) || lastLetter(raw[k]!) === 'ى' || endsInTanweenFath(raw[k]!)) return false;
  const cls = lex.classes.get(w) ?? 0;
  if ((cls & (PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER)) !== 0 || (k + 1 < infos.length && CALIPH_OF.has(infos[k + 1]!.word.w))) return false;
  if ((cls & GIVEN_NAME) !== 0 || mostlyPerson(lex, w)) return true;
  if (lex.namectx.get(w) === undefined) return isNisba(w) && !isAdjectiveNisba(w, lex);
  return familyNameWord(lex, w);
}

/**
 * «عبد الملك الحوثي», «عبد الحق الخيام», «عبد الإله [ابن كيران]»: a given name «عبد» + a
 * divine name (`ABD_SECOND_PARTS`) that no rule or model step kept (the model reads «الملك»
 * "the king", «الحق» "the truth", and tags «عبد» alone, which `dropNonNames` drops) is a
 * person's name, the PERS right after it joined, or else a word after it that may be a family
 * name (a listed given name, a word the corpus finds after given names, or mostly a person).
 * «عبد» with a shadda is the verb «عُبِّد» "was paved".
 */
function labelAbdNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const { b, p } = infos[i]!.word;
    if (tags[i] !== O || b !== ABD || p.length > 1 || raw[i]!.includes(SHADDA)) continue;
    const second = infos[i + 1]!.word;
    if (tags[i + 1] !== O || second.p.length !== 0 || !ABD_SECOND_PARTS.has(second.w)) continue;
    // a lineage the model left O («علي بن عبد الله بن عباس») is not cut into pieces
    const link = (k: number): boolean => k >= 0 && k < tags.length && tags[k] === O && infos[k]!.word.p.length === 0 && NAME_LINKS.has(infos[k]!.word.w);
    if (link(i - 1) || link(i + 2)) continue;
    let j = i + 2;
    if (j < tags.length && tags[j] === B_PERS && infos[j]!.word.p.length === 0) j = spanEnd(tags, j);
    else if (j < tags.length && tags[j] === O && familyAfterAbd(infos, raw, j, lex)) j++;
    // a PERS just before goes on over it («[سعد] عبد الأمير»)
    const joins = i > 0 && p.length === 0 && (tags[i - 1] === B_PERS || tags[i - 1] === I_PERS);
    label(tags, margins, i, j, B_PERS);
    if (joins) tags[i] = I_PERS;
    i = j - 1;
  }
}

/** Folded «الفقيه» "the jurist", of the doctrine «ولاية الفقيه» "guardianship of the jurist". */
const JURIST = foldWord('الفقيه');

/**
 * «ولاية [الفقيه]LOC», «نظام الولي [الفقيه]LOC», «[ولاية الفقيه]LOC»: «الفقيه» "the jurist" is
 * no place; the Iranian doctrine «ولاية الفقيه» and its «الولي الفقيه» "the guardian jurist" are
 * read as a state («ولاية» "state") and a town. A LOC span holding it (with its proclitic:
 * «ل[لفقيه]») is O, but not the Yemeni district «[بيت الفقيه]LOC» (`dropJuristPlaces`).
 */
function dropJuristPlaces(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    for (let k = i; k < j; k++) {
      // «بيت الفقيه» (Bayt al-Faqih) is a district of Hodeidah
      if (infos[k]!.word.b !== JURIST || (k > 0 && infos[k - 1]!.word.b === HOUSE)) continue;
      tags.fill(O, i, j);
      break;
    }
    i = j - 1;
  }
}

/**
 * «[طارق رمضان حفيد حسن البنا]PERS», «[توفيق عسيري والد عبدالفتاح عسيري]PERS», «[محمد شقيق
 * يحيى]PERS»: the model runs one PERS over two people joined by a noun of kin in construct
 * (`KIN_HEADS`: «حفيد» "grandson", «والد», «شقيق» …). The noun is O, the name before it stays, and
 * the words after it are the second person («[طارق رمضان] حفيد [حسن البنا]», «[بوري خان] حفيد
 * [جاغاتاي خان]») unless the first of them has a proclitic or is a definite word that is neither a
 * listed given name nor mostly a person: «[تشارلز] والد العريس» "the groom's father"
 * (`splitAtInnerKin`).
 */
function splitAtInnerKin(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    for (let k = i + 1; k + 1 < j; k++) {
      const { b, p } = infos[k]!.word;
      if (p.length !== 0 || !KIN_HEADS.has(b) || NAME_LINKS.has(infos[k - 1]!.word.w)) continue;
      const next = infos[k + 1]!.word;
      // a definite common noun after it is no name («والد العريس»); «[جاغاتاي خان]», «[البدوي]» are
      const named = next.p.length === 0 && (!isDefinite(next.w, 2) || ((lex.classes.get(next.w) ?? 0) & GIVEN_NAME) !== 0 || mostlyPerson(lex, next.w));
      tags[k] = O;
      if (named) tags[k + 1] = B_PERS;
      else tags.fill(O, k + 1, j);
      break;
    }
    i = j - 1;
  }
}

/**
 * Folded units of measure after a number that the unit lists above leave out: other spellings
 * of «ميليمتر», the multiplier's units written apart («جيجا هيرتز»), «بنس» "pence" (also the
 * name Pence, so only after a number), the Nordic «كورون». Not «فولت» "volt", which ANERcorp
 * train writes a MISC («10,000 [فولت]»).
 */
const COUNTED_UNITS = new Set(
  [
    'ميليمتر', 'ميلليمتر', 'ملليمترات', 'مليمترات', 'سنتمتر', 'ديسيلتر', 'مليغرام', 'ملليغرام', 'ميليغرام', 'ميكروغرام', 'كيلوغرام',
    'كيلوجرام', 'بنس', 'كورون', 'هيرتز', 'جيجاهيرتز', 'غيغاهيرتز',
  ].map(foldWord),
);

/** Folded nouns heading an organisation that a number counts: «19 [منظمة إغاثة]», «30 [جامعة …]». */
const COUNTED_ORG_HEADS = new Set(
  ['منظمة', 'شركة', 'جامعة', 'معهد', 'كلية', 'مدرسة', 'جمعية', 'مؤسسة', 'هيئة', 'مركز', 'مستشفى', 'بنك', 'مصرف', 'حزب', 'نادي', 'وكالة', 'صحيفة', 'قناة'].map(
    foldWord,
  ),
);

/**
 * The value of the count in digits at `k`, or -1 when the token is no numeral (`isNumeral`), a
 * year (four digits from 1800 to 2099: «في 2008 [كينيا]», «2016 [قوات سوريا الديمقراطية]»), the
 * second number of a score («[فرنسا] 2-1 كرواتيا») or a post-office box («ص . ب 80203 [جدة]»).
 */
function countBefore(raw: readonly string[], k: number): number {
  if (k < 0 || !isNumeral(raw[k]!)) return -1;
  const t = raw[k]!;
  // the whole part, thousands separators skipped («13,500», «٢٠١٥»; «69.68» counts 69)
  let value = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x2e || c === 0x66b) break; // FULL STOP, ARABIC DECIMAL SEPARATOR
    if (c >= 0x30 && c <= 0x39) value = value * 10 + (c - 0x30);
    else if (c >= 0x660 && c <= 0x669) value = value * 10 + (c - 0x660);
  }
  if (t.length === 4 && value >= 1800 && value < 2100) return -1;
  const before = k > 0 ? raw[k - 1]! : '';
  // a score («[فرنسا] 2-1 كرواتيا», «28 - 23 نادي هيبون») or a post-office box («ص . ب 80203 [جدة]»)
  if (before === '-' || before === '\u2013' || isNumeral(before) || before === 'ب' || before.endsWith('.ب') || before.endsWith('ب.')) return -1;
  return value;
}

/**
 * Names QA round 296: what a number counts or measures is no name. After a count in digits
 * (`countBefore`), a span of any type that opens with a unit — «69,68 [بنس]PERS», «16×9
 * [ميلليمتر]PERS», «32 و64 [جيجا بايت]PERS», «2.2 [جيجا هيرتز]PERS» — loses its units (and is O
 * when nothing else is in it); from three on, a one-word LOC or PERS that is the accusative of a
 * nationality, spelt like its country («13 [روسيا]LOC» "13 Russians", «12 [سوريا]LOC قتلوا», «15
 * [تركيا]LOC»: the word less its «ا» is a nisba the corpus knows), is O; an ORG that opens with an
 * indefinite head noun («19 [منظمة إغاثة]ORG», «30 [جامعة لدراسة علوم الحاسب]ORG», «12 [معهد
 * بحوث]ORG») is O (`dropCountedNames`).
 */
function dropCountedNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0 || tags[i - 1] !== O) continue;
    const count = countBefore(raw, i - 1);
    if (count < 0) continue;
    const j = spanEnd(tags, i);
    const { w, b, p } = infos[i]!.word;
    const unit = (k: number): boolean => {
      const x = infos[k]!.word;
      return x.p.length === 0 && (PURE_UNITS.has(x.w) || UNITS_AFTER_NUMBER.has(x.w) || COUNTED_UNITS.has(x.w));
    };
    let u = i;
    if (p.length === 0 && UNIT_MULTIPLIERS.has(w) && i + 1 < tags.length && unit(i + 1)) u = i + 2;
    else if (unit(i)) u = i + 1;
    if (u > i) {
      const end = Math.max(u, j);
      tags.fill(O, i, u);
      if (u < end && tags[u] === t + 1) tags[u] = t;
      i = end - 1;
      continue;
    }
    // people and organisations are counted from three on: «المجموعة 1 [ليبيا]», «1 [ماليزيا] ديفلوبمنت»
    if (count < 3) {
      i = j - 1;
      continue;
    }
    const next = j < tags.length ? raw[j]! : '';
    if ((t === B_LOC || t === B_PERS) && j === i + 1 && p.length === 0 && w.length >= 4 && w.endsWith('\u064a\u0627') && !isNumeral(next)) {
      // «روسيا» less «ا» is «روسي» "Russian"
      if (freqOf(lex, w.slice(0, -1)) > 0) tags[i] = O;
    } else if (t === B_ORG && p.length === 0 && COUNTED_ORG_HEADS.has(b)) tags.fill(O, i, j);
    i = j - 1;
  }
}

/**
 * Folded head nouns of a body that ANERcorp train tags an ORG when it tags the name at all
 * («معهد» 8 ORG against 1 MISC, «جامعة» 25 against 1, «اتحاد» 9 against none). Not «مدرسة»,
 * «بنك», «صندوق», «نادي», «مركز», which also head the titles of plays, films and programmes
 * («"مدرسة المشاغبين"», «"بنك المعلومات"», «"نادي جوي لاك"»).
 */
const MISC_BODY_HEADS = new Set(
  [...['معهد', 'جامعة', 'اتحاد'], ...['جمعية', 'هيئة', 'مؤسسة', 'شركة', 'منظمة', 'وكالة'].flatMap((w) => [w, 'ال' + w])].map(foldWord),
);

/**
 * Names QA round 299: the model reads an institute or university it does not know as a MISC
 * («[معهد ابن سينا]MISC للعلوم الإنسانية», «ب[جامعة بيدفورد]MISC», «مسؤولو [اتحاد كرة القدم
 * السعودي]MISC», «[معهد فراونهوفر]MISC»). A MISC of two words or more that opens with a head of
 * `MISC_BODY_HEADS` is an ORG; a head with only an indefinite adjective after it («ضمن [معهد
 * تعليمي]MISC خاص») is no name and is O (`labelBodyMiscs`).
 */
function labelBodyMiscs(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_MISC) continue;
    const j = spanEnd(tags, i);
    if (j === i + 1 || !MISC_BODY_HEADS.has(infos[i]!.word.b)) {
      i = j - 1;
      continue;
    }
    const next = infos[i + 1]!.word;
    const adjective = j === i + 2 && next.p.length === 0 && !isDefinite(next.b, 2) && isAdjectiveNisba('\u0627\u0644' + next.b, lex);
    tags.fill(O, i, j);
    if (!adjective) {
      tags[i] = B_ORG;
      tags.fill(B_ORG + 1, i + 1, j);
    }
    i = j - 1;
  }
}

/** Folded nouns for a newspaper or magazine, before its name: «صحيفة الحياة», «جريدة الوفد», «مجلة الهلال». */
const PAPER_HEADS = new Set(['صحيفة', 'جريدة', 'مجلة'].map(foldWord));

/**
 * Folded papers named by a feminine nisba, which `labelPaperNames` otherwise reads as an
 * adjective («لصحيفة الإسبانية» "for the Spanish paper"): the Saudi dailies «الاقتصادية» and
 * «الرياضية».
 */
const NISBA_PAPERS = new Set(['الاقتصادية', 'الرياضية'].map(foldWord));

/** Folded «المصري», which «اليوم» follows in the name of the daily «المصري اليوم». */
const MASRI = foldWord('المصري');

/**
 * Folded definite words after «مجلة» or «صحيفة» that make no paper's name: Tunisia calls a code of
 * law «مجلة» («مجلة الأحوال الشخصية», «مجلة الشغل», «مجلة الإجراءات الجزائية»), and a court's
 * «صحيفة الدعوى» is the statement of claim, «صحيفة السوابق» a criminal record.
 */
const NOT_PAPER_NAMES = new Set(
  [
    ...['الأحوال', 'الاحوال', 'الإجراءات', 'الاجراءات', 'الجماعات', 'الشغل', 'الاستثمار', 'الاستثمارات', 'الغابات', 'المحروقات', 'الضريبة', 'الاتصالات'],
    ...['الالتزامات', 'الجباية', 'الديوانة', 'المرافعات', 'الجنايات', 'التجارة', 'المياه', 'الصرف', 'الحقوق'],
    ...['الأوسمة', 'الطرقات', 'العقوبات', 'الجنسية', 'الحريات', 'المحاسبة', 'التحكيم'],
    ...['الدعوى', 'الدعوي', 'الاتهام', 'السوابق', 'الطعن', 'الاستئناف', 'الحالة', 'الأحكام', 'الحقائق'],
  ].map(foldWord),
);

/**
 * Names QA round 300: a newspaper or magazine named after an indefinite «صحيفة/جريدة/مجلة»
 * (`PAPER_HEADS`) was left O when the name is a common word — «لصحيفة الحياة», «رئيس تحرير
 * جريدة المصري اليوم», «صحيفة الجمهورية المحلية», «بمجلة المصور», «جريدة الوفد». ANERcorp train
 * tags the word after such a head B-ORG whenever it is a name («صحيفة [القدس]», «صحيفة
 * [الأهرام]», «مجلة [الثقافة]»), the head itself O. A definite word after the head, both left O,
 * is an ORG, with «اليوم» after «المصري»; not a word of `NOT_PAPER_NAMES`, a function word, a
 * word spelt with a hamza under or over its alef («مجلة ألمانية», «صحيفة إلكترونية»: no article),
 * a feminine adjective nisba after «لصحيفة» ("to the Spanish paper", «لصحيفة الإسبانية»; but
 * `NISBA_PAPERS`), or a title before a person's name. A masculine nisba cannot describe the
 * feminine head and is the name: «مجلة العربي», «جريدة المصري اليوم» (`labelPaperNames`).
 */
function labelPaperNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || tags[i + 1] !== O || !PAPER_HEADS.has(infos[i]!.word.b)) continue;
    const { b, p } = infos[i + 1]!.word;
    if (b === MASRI && p.length === 0 && i + 2 < tags.length && tags[i + 2] === O && raw[i + 2] === '\u0627\u0644\u064a\u0648\u0645') {
      tags[i + 1] = B_ORG;
      tags[i + 2] = B_ORG + 1;
      i += 2;
      continue;
    }
    if (p.length > 0 || !isDefinite(b, 3) || !raw[i + 1]!.startsWith('\u0627\u0644') || NOT_NOUNS.has(b) || NOT_PAPER_NAMES.has(b)) continue;
    // a feminine adjective after «لصحيفة» ("to the Spanish paper", a translation's slip), or a
    // title before a person («مجلة الدكتور [وهيب …]»); a masculine nisba cannot describe the
    // feminine head and is the name («مجلة العربي»)
    const told = infos[i]!.word.p.endsWith('\u0644'); // «لصحيفة»
    if (told && b.endsWith('\u064a\u0647') && !NISBA_PAPERS.has(b) && isAdjectiveNisba(b.slice(0, -1), lex)) continue;
    if (i + 2 < tags.length && tags[i + 2] === B_PERS) continue;
    tags[i + 1] = B_ORG;
    i++;
  }
}

/** Foreign articles that open a paper's name: «ذي/ذا» (English), «لو/لا» (French, Italian), «إل» (Spanish), «دي» (German, Dutch). */
const PAPER_ARTICLES = new Set(['ذي', 'ذا', 'ذى', 'لو', 'لا', 'إل', 'ال', 'دي', 'دى']);

/** Articles that are also Arabic words («لا» "not", «لو» "if", «دي»): the word after them must be rare. */
const AMBIGUOUS_ARTICLES = new Set(['لو', 'لا', 'دي', 'دى']);

/**
 * Names QA round 301: a foreign paper whose name opens with its own article after «صحيفة/جريدة/
 * مجلة» — «صحيفة ذي [إندبندنت]ORG», «مجلة ذا [نيويوركر]ORG», «صحيفة لا [جازيتا ديلو سبورت]PERS»
 * — loses the article, or is O altogether («مجلة ذا بانكر», «صحيفة ذا لوكال المحلية», «صحيفة لا
 * ناسيون»), while «صحيفة [ذي تايمز]ORG» and «صحيفة [لو باريزيان]ORG» are found whole. An article of
 * `PAPER_ARTICLES` left O between a head of `PAPER_HEADS` and a name of any type joins the name as
 * one ORG; before words left O it opens an ORG over up to three words the corpus hardly knows
 * (`freqOf` at most 5, or 2 for a word that may open with a proclitic: «ذا لوكال», «ذا بانكر»,
 * «لا ناسيون»; not «صحيفة لا تزال»), or over one word with no
 * proclitic after «ذي/ذا» (`labelForeignPapers`).
 */
function labelForeignPapers(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 2 < tags.length; i++) {
    if (tags[i] !== O || tags[i + 1] !== O || !PAPER_HEADS.has(infos[i]!.word.b) || !PAPER_ARTICLES.has(raw[i + 1]!)) continue;
    const t = tags[i + 2]!;
    let end = i + 2;
    if (t !== O && t % 2 === 1) end = spanEnd(tags, i + 2);
    else if (t === O) {
      const rare = (k: number): boolean => {
        const x = infos[k]!.word;
        return tags[k] === O && !isNumeral(raw[k]!) && x.w.length >= 3 && freqOf(lex, x.w) <= (x.p.length === 0 ? 5 : 2); // «بانكر» is no «ب» + «انكر»
      };
      while (end < tags.length && end < i + 5 && rare(end)) end++;
      if (end === i + 2 && !AMBIGUOUS_ARTICLES.has(raw[i + 1]!) && raw[i + 1] !== 'ال' && raw[i + 1] !== 'إل') {
        const x = infos[i + 2]!.word;
        if (x.p.length === 0 && !isDefinite(x.b, 2) && !NOT_NOUNS.has(x.b) && /^[\u0621-\u064a]+$/.test(raw[i + 2]!)) end = i + 3;
      }
      if (end === i + 2) continue;
    } else continue;
    tags[i + 1] = B_ORG;
    tags.fill(B_ORG + 1, i + 2, end);
    i = end - 1;
  }
}

/** Folded ordinals that number a ruler of the name («تحوتمس الثالث», «كاترين الثانية», «لويس الحادي عشر»). */
const REGNAL_ORDINALS = new Set(
  [
    ...['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي'],
    ...['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'],
  ].map(foldWord),
);

/** Folded «الحادي», an ordinal only before «عشر». */
const ELEVENTH = foldWord('الحادي');

/** Folded words the lexicon knows as given names that an ordinal follows as a common noun: «في عمر الثانية» "aged two". */
const NOT_REGNAL = new Set(['عمر', 'سن', 'مرة', 'جمادى', 'ربيع', 'كانون', 'تشرين'].map(foldWord));

/** Pronoun endings (as written) that make a word a noun with a suffix («سنته الأولى», «ألبومها الثاني»), not a ruler's name. */
const PRONOUN_ENDINGS = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا'];

/**
 * Folded heads of what is named after a ruler («شارع محمد الخامس», «جامعة محمد الخامس», «مطار
 * الملك …»): there the ruler is part of a place's or a body's name, no person.
 */
const NAMED_AFTER_HEADS = new Set(
  [
    ...['جامعة', 'مستشفى', 'مسجد', 'جامع', 'مدرسة', 'كلية', 'معهد', 'مركز', 'مطار', 'ميناء', 'ساحة', 'ميدان', 'جسر', 'سد', 'ملعب', 'قصر', 'طريق', 'جائزة'],
    ...['شارع', 'حي', 'بلدة', 'قرية', 'مخيم', 'ضاحية'],
  ].map(foldWord),
);

/**
 * Folded words just before a ruler's name: the titles of RULER_TITLES and a few more, and nouns of
 * reign and kin («عهد», «ابن»).
 */
const RULER_CUES = new Set([
  ...RULER_TITLES,
  ...['القيصرة', 'الفرعون', 'الدوقة', 'البطريرك', 'ملك', 'ملكة', 'إمبراطور', 'فرعون', 'عهد', 'حكم', 'خلفاء', 'خليفة', 'ابن', 'ابنة'].map(foldWord),
  ...['بنت', 'زوجة', 'والد', 'والدة', 'شقيق', 'شقيقة', 'عرش', 'تتويج', 'وفاة', 'موت', 'مقتل', 'قبر', 'زمن'].map(foldWord),
]);

/**
 * Names QA round 302: a ruler numbered by an ordinal was left O when the model did not know the
 * name — «خلفاء تحوتمس الثالث», «وتولى ألكسندر الثاني العرش», «في عهد فلاد الثالث» — while
 * «[لويس الرابع عشر]PERS», «[هنري الثامن]PERS» were found; ANERcorp train tags the ordinal inside
 * the name («[تشارلز الأول]», «[الفونسو الثالث]»). A word with no article as written («للعام
 * الثاني», «وللعام الثالث» have one; a proclitic «و», «ل», «ف» aside) before an ordinal of
 * `REGNAL_ORDINALS`, both left O, is one PERS with it (and with «عشر» after it) when it is a given
 * name, a word the tag dictionary reads mostly as a person, or one the corpus sees mostly after a
 * title (`namectx` title digit 4 or more: «تحتمس», «سنوسرت», «يزدجرد»); or, right after a ruler's
 * title or a noun of reign or kin (`RULER_CUES`: «الملك», «عهد», «ابن»), any word the corpus
 * knows at most 2⁹ times with no pronoun ending. Without such evidence an ordinal follows verbs
 * («يضيف الثاني»), duals («لسببين الأول») and nouns with a suffix («هدفي الأول», «ناديه الأول»)
 * as often as names, and the pair stays O; so does a ruler who names a street, a university or an
 * airport (`NAMED_AFTER_HEADS`: «شارع محمد الخامس») (`labelRegnalNames`).
 */
function labelRegnalNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || tags[i + 1] !== O) continue;
    const ord = infos[i + 1]!.word;
    if (ord.p.length > 0 || !REGNAL_ORDINALS.has(ord.w)) continue;
    let end = i + 2;
    if (end < tags.length && tags[end] === O && raw[end] === '\u0639\u0634\u0631') end++; // «عشر»
    else if (ord.w === ELEVENTH) continue;
    const { b, p } = infos[i]!.word;
    const r = raw[i]!;
    if (p.length > 2 || (p.length > 0 && !/^[\u0648\u0641]?\u0644?$/.test(p)) || b.length < 3 || NOT_REGNAL.has(b)) continue;
    // the article as written («ألكسندر» folds to «الكسندر»; «للعام» is «ل» + «العام»); «على» folds to the name «علي»
    if (!/^[\u0621-\u064a]+$/.test(r) || r.startsWith('\u0627\u0644', p.length) || r.startsWith('\u0644\u0644', r.charCodeAt(0) === WAW || r.charCodeAt(0) === FEH ? 1 : 0) || r.endsWith('\u0639\u0644\u0649')) continue;
    if (PRONOUN_ENDINGS.some((e) => r.endsWith(e)) || (i > 0 && NAMED_AFTER_HEADS.has(infos[i - 1]!.word.b))) continue;
    let name = ((lex.classes.get(b) ?? 0) & GIVEN_NAME) !== 0 || mostlyPerson(lex, b) || Number((lex.namectx.get(b) ?? '0')[0]) >= 4;
    if (!name && i > 0 && tags[i - 1] === O && RULER_CUES.has(infos[i - 1]!.word.b)) name = freqOf(lex, b) <= 9;
    if (!name) continue;
    tags[i] = B_PERS;
    tags.fill(I_PERS, i + 1, end);
    i = end - 1;
  }
}

/** Folded rulers' titles that RULER_TITLES lacks: «القيصرة», «الفرعون», «الدوقة», «البطريرك», «الخديوي». */
const MORE_RULER_TITLES = new Set(['القيصرة', 'الفرعون', 'الدوقة', 'الكونتيسة', 'السلطانة', 'البطريرك', 'الخديوي', 'الخديو'].map(foldWord));

/**
 * Folded names of queens numbered by a feminine ordinal: «كليوباترا السابعة», «إليزابيث الثانية»,
 * «إيزابيل الثانية», «كاترين الثانية», «مارغريت الثانية».
 */
const QUEEN_NAMES = new Set(
  [
    ...['كليوباترا', 'كليوبترا', 'أرسينوي', 'برنيكي', 'إليزابيث', 'إليزابث', 'اليزابيث', 'ماري', 'ماريا', 'كاترين', 'كاثرين', 'كاترينا', 'كاثرينا'],
    ...['إيزابيل', 'إيزابيلا', 'ايزابيلا', 'مارغريت', 'مارجريت', 'مرغريت', 'فيكتوريا', 'جوانا', 'خوانا', 'إيرين', 'ثيودورا', 'كريستينا', 'أولغا', 'بياتريكس', 'يوليانا'],
  ].map(foldWord),
);

/** Folded verbs of placing before a ranked name: «جاء [فرناندو غونزاليز] الثالث», «وحل … الرابع». */
const RANKING_VERBS = new Set(['جاء', 'جاءت', 'حل', 'حلت', 'احتل', 'احتلت', 'يأتي', 'تأتي', 'يحل', 'تحل', 'يحتل', 'تحتل'].map(foldWord));

/** 2 when a folded ruler's title is feminine («القيصرة», «الملكة»), 1 when masculine, 0 for no title of RULER_TITLES or MORE_RULER_TITLES. */
function rulerTitleGender(b: string): number {
  if (!RULER_TITLES.has(b) && !MORE_RULER_TITLES.has(b)) return 0;
  const end = b.charCodeAt(b.length - 1);
  return end === HEH || end === TEH_MARBUTA ? 2 : 1;
}

/**
 * Names QA round 303: a ruler the model found stops before his ordinal when no title of
 * RULER_TITLES stands before a name of two words or more, or before a feminine ordinal
 * (`extendPersonNames` takes it there only): «[فريدريش فيلهلم]PERS الثالث», «[آغا خان]PERS
 * الثالث», «في بلاط [عبد الرحمن]PERS الثالث», «[القيصرة كاترين]PERS الثانية», «[كليوباترا]PERS
 * السابعة». An ordinal with no proclitic (and «عشر» after it) right after a PERS joins it when a
 * ruler's title of RULER_TITLES or MORE_RULER_TITLES stands before or opens the name and has the
 * ordinal's gender; or, without a title, when a masculine ordinal follows a name of two words or
 * more in a sentence that does not speak of sport (there it ranks players: «[كريستيانو
 * رونالدو] الثاني»), after no nationality adjective or verb of placing (RANKING_VERBS:
 * «والتشيلي [فرناندو غونزاليز] العاشر», «جاء [فرناندو غونزاليز] الثالث») and before no «بين»
 * («كان [نيكولا تسلا] الرابع بين إخوته»), or a feminine one follows a queen's
 * name of QUEEN_NAMES (elsewhere it agrees with the noun the name depends on: «رواية [محفوظ]
 * الأولى», «زوجة [مانديلا] الثانية», «حكومة [فؤاد السنيورة] الأولى») (`extendRegnalPersons`).
 */
function extendRegnalPersons(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  let sport = -1;
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const ord = j < tags.length && tags[j] === O ? infos[j]!.word : undefined;
    const kind = ord && ord.p.length === 0 ? ordinalWord(ord.w) : 0;
    const last = infos[j - 1]!.word;
    const start = i;
    i = j - 1;
    if (kind === 0 || ordinalWord(last.w) !== 0 || TEENS.has(last.w)) continue;
    // «الرابع والخمسين» is a compound ordinal; «[مكاوي الفضل] الأول» "the first merit" (a name
    // part written with the article only as «عبد الرحمن», «صلاح الدين»)
    const after = j + 1 < tags.length ? infos[j + 1]!.word : undefined;
    if (after && after.p === '\u0648' && (DECADES.has(after.b) || (isDefinite(after.b, 4) && DECADES.has(after.b.slice(2))))) continue;
    if (raw[j - 1]!.startsWith('\u0627\u0644') && !NAME_SECOND_PARTS.has(last.b)) continue;
    const title = (start > 0 && tags[start - 1] === O ? rulerTitleGender(infos[start - 1]!.word.b) : 0) || (j - start >= 2 ? rulerTitleGender(infos[start]!.word.b) : 0);
    let take: boolean;
    if (title !== 0) take = title === kind;
    else if (kind === 2) take = QUEEN_NAMES.has(last.b);
    else {
      if (sport < 0) sport = speaksOfSport(infos) ? 1 : 0;
      // a ranking: «والسويسري [روجيه فيدرر] الثاني», «جاء [فرناندو غونزاليز] الثالث», «كان
      // [نيكولا تسلا] الرابع بين إخوته»
      const before = start > 0 && tags[start - 1] === O ? infos[start - 1]!.word.b : '';
      const ranked = isNisba(before) || RANKING_VERBS.has(before);
      take = j - start >= 2 && sport === 0 && !ranked && raw[j + 1] !== '\u0628\u064a\u0646';
    }
    if (!take) continue;
    tags[j] = I_PERS;
    if (j + 1 < tags.length && tags[j + 1] === O && TEENS.has(infos[j + 1]!.word.w)) tags[j + 1] = I_PERS;
  }
}

/**
 * Whether a raw word written with «و» (four letters or more, folded `w`) may open the next place of
 * two run together: the word with its «و» is no place of its own («قرى [تل واسط]», «وهران»: the
 * gazetteers, or a word the tag dictionary reads as a place at least 35 % of the time).
 */
function andOpensPlace(lex: Lexicon, raw: string, w: string): boolean {
  return raw.charCodeAt(0) === WAW && w.length >= 4 && !isKnownPlace(lex, [w]) && tagShare(lex.tagdict.get(w) ?? 0, 1) < 2;
}

/**
 * Folded duals of nouns for places in construct («محافظتي», «مدينتا», «إقليمي»), which name two
 * places joined by «و»: «محافظتي [الكاف]LOC و[القصرين]LOC».
 */
const DUAL_PLACE_NOUNS = new Set(
  [
    ...['محافظتي', 'محافظتا', 'مدينتي', 'مدينتا', 'ولايتي', 'ولايتا', 'إقليمي', 'إقليما', 'منطقتي', 'منطقتا', 'بلدتي', 'بلدتا', 'قريتي', 'قريتا'],
    ...['جزيرتي', 'جزيرتا', 'دولتي', 'دولتا', 'عاصمتي', 'عاصمتا', 'مقاطعتي', 'مقاطعتا', 'مخيمي', 'مخيما', 'جامعتي', 'جامعتا', 'ميناءي', 'مينائي', 'مطاري', 'مطارا'],
  ].map(foldWord),
);

/** Folded plurals of nouns for places in construct («محافظات», «مدن», «جزر»), which name several. */
const PLURAL_PLACE_NOUNS = new Set(
  ['محافظات', 'مدن', 'ولايات', 'أقاليم', 'مناطق', 'بلدات', 'قرى', 'دول', 'بلدان', 'عواصم', 'مقاطعات', 'مخيمات', 'أحياء', 'جامعات', 'موانئ', 'مطارات'].map(foldWord),
);

/** A folded definite adjective that can end a place's name: a nisba («الجنوبية») or one of PLACE_NAME_ADJECTIVES, or «الوسطى». */
function placeAdjective(w: string): boolean {
  if (!isDefinite(w)) return false;
  const last = w.charCodeAt(w.length - 1);
  return last === YEH || (last === HEH && w.charCodeAt(w.length - 2) === YEH) || PLACE_NAME_ADJECTIVES.has(w) || w === MIDDLE_FEMININE;
}

/** Folded «الوسطى» "central" (feminine). */
const MIDDLE_FEMININE = foldWord('الوسطى');

/**
 * Names QA round 304: after a dual or plural noun for places the model ran two names joined by
 * «و» into one LOC when the second was unknown to it or rare alone, where `splitCoordinatedPlaces`
 * finds no evidence of a place: «مدينتي [هيروشيما وناجازاكي]LOC», «محافظتي [الكاف والقصرين]LOC»,
 * «إقليمي [تشجيانغ وجيانغشي]LOC», «جامعتي [أكسفورد وكمبردج]LOC». The noun says there are two
 * names or more: a LOC right after a noun of DUAL_PLACE_NOUNS (proclitics allowed) is split before
 * its first word written with «و» (of four letters or more, the «و» read as a proclitic), and
 * after one of PLURAL_PLACE_NOUNS before each such word (split off the «و» in `AND_SPLITS`),
 * unless the whole is a known place («دول [البوسنة والهرسك]»), the word with its «و» is a place
 * («قرى [تل واسط]»), or it and the word before it are adjectives («دول [أمريكا الجنوبية
 * والوسطى]»). «جزر» is no such noun: island groups are named «X و Y» («جزر [تركس وكايكوس]»,
 * «جزر [جيلبرت وإليس]») (`splitNamedPlaces`).
 */
function splitNamedPlaces(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const head = tags[i - 1] === O ? infos[i - 1]!.word.b : '';
    const dual = DUAL_PLACE_NOUNS.has(head);
    if (j - i >= 2 && (dual || PLURAL_PLACE_NOUNS.has(head))) {
      const words: string[] = [];
      for (let k = i; k < j; k++) words.push(infos[k]!.word.w);
      if (!isKnownPlace(lex, words)) {
        for (let k = i + 1; k < j; k++) {
          const w = infos[k]!.word.w;
          if (!andOpensPlace(lex, raw[k]!, w)) continue;
          // adjectives joined under one name («دول [أمريكا الجنوبية والوسطى]»)
          if (placeAdjective(w.slice(1)) && placeAdjective(infos[k - 1]!.word.w)) continue;
          readAndOff(infos[k]!);
          tags[k] = B_LOC;
          if (dual) break;
        }
      }
    }
    i = j - 1;
  }
}

/**
 * Reads the proclitic «و» off a word the rules split before (`AND_SPLITS`, so that the span starts
 * after it), on a copy: the memoized reading is shared by the word's other occurrences.
 */
function readAndOff(info: TokenInfo): void {
  const copy: WordInfo = { ...info.word, p: info.word.w.slice(0, 1), b: info.word.w.slice(1) };
  info.word = copy;
  AND_SPLITS.add(copy);
}

/** True when a gazetteer name opening with the folded `words[0]` has a word written with «و» at `pos` («أنتيغوا وبربودا»). */
function namesAndAt(lex: Lexicon, words: readonly string[], pos: number): boolean {
  for (const index of [lex.places, places().names]) {
    for (const name of index.get(words[0]!) ?? []) if (name.length > pos && name[pos]!.charCodeAt(0) === WAW) return true;
  }
  return false;
}

/**
 * Names QA round 305: in a list of places the model ran the last two into one LOC over «و» when
 * it did not know the second or the corpus sees it rarely alone: «محافظات [صعدة]LOC و[الجوف]LOC
 * و[حجة وعمران]LOC», «[تعز]LOC و[ذمار]LOC و[ريمة والمحويت]LOC», «[بسكرة]LOC و[ميلة
 * وسطيف]LOC», and after «بين» "between": «التبادل التجاري بين [السعودية والهند]LOC». A LOC of two
 * words or more that continues a list (its first word has the proclitic «و» and a LOC ends right
 * before it, or a comma after a LOC stands before it) or follows «بين» is split before each word
 * written with «و» (four letters or more, the «و» read off) — not when the whole is a known place
 * («و[البوسنة والهرسك]») or another spelling of one (a gazetteer name with the same first word has
 * a word with «و» there: «أنتيغوا وباربودا», «سانت بيير وميكلون»), the word with its «و» is a
 * place of its own («ويلز»), the word without it is a common word the corpus mostly leaves
 * untagged («و[المدينة المنورة والقرى]»), the word before it is a noun for a place alone
 * («[جزيرة وايت]», «بين [المدينة والبحر]»), it is an elative «الأفعل» («الأوسط», «الأحمر») or the
 * two words are adjectives (`splitListedPlaces`).
 */
function splitListedPlaces(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  const isLoc = (k: number): boolean => k >= 0 && (tags[k] === B_LOC || tags[k] === B_LOC + 1);
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const first = infos[i]!.word;
    const and = first.p.charCodeAt(0) === WAW && raw[i]!.charCodeAt(0) === WAW;
    const listed =
      (and && isLoc(i - 1)) || (COMMAS.has(raw[i - 1]!) && isLoc(i - 2)) || (tags[i - 1] === O && infos[i - 1]!.word.b === BETWEEN);
    if (j - i >= 2 && listed) {
      const words: string[] = [first.b];
      for (let k = i + 1; k < j; k++) words.push(infos[k]!.word.w);
      if (!isKnownPlace(lex, words)) {
        for (let k = i + 1; k < j; k++) {
          const w = infos[k]!.word.w;
          const rest = w.slice(1);
          if (!andOpensPlace(lex, raw[k]!, w) || lex.tagdict.get(rest) === 1) continue;
          // «[جزيرة وايت]» (the Isle of Wight), «بين [المدينة والبحر]»: a noun for a place before it
          if (k === i + 1 && ((lex.classes.get(words[0]!) ?? 0) & LOC_TRIGGER) !== 0) continue;
          // another spelling of a gazetteer name of the same first word with «و» there («أنتيغوا وباربودا»)
          if (namesAndAt(lex, words, k - i)) continue;
          // an elative «الأفعل» is an adjective («[العراق] [والشرق والأوسط]», a typo; «[البحرين الأبيض والأحمر]»)
          if (isElative(rest) || (placeAdjective(rest) && placeAdjective(infos[k - 1]!.word.w))) continue;
          readAndOff(infos[k]!);
          tags[k] = B_LOC;
        }
      }
    }
    i = j - 1;
  }
}

/**
 * Whether a folded definite feminine nisba «ال…ية» is the adjective of a place: one of
 * FEMININE_NATIONALITIES, or a place name in the gazetteers under its stem — «الكينية» (كينيا),
 * «الهولندية» (هولندا), «الموزمبيقية» (موزمبيق), «الغابونية» (الغابون), «الباريسية» (باريس). A place
 * named in «…ية» itself («الإسكندرية», «اللاذقية», «النبطية») is none.
 */
function isPlaceAdjective(lex: Lexicon, w: string): boolean {
  if (!isDefinite(w) || !w.endsWith('\u064a\u0647')) return false; // YEH HEH: «…ية» folded
  if (FEMININE_NATIONALITIES.has(w)) return true;
  const stem = w.slice(2, -2);
  if (stem.length < 3 || isKnownPlace(lex, [w])) return false;
  for (const c of [stem + '\u0627', stem + '\u064a\u0627', stem, '\u0627\u0644' + stem]) if (isKnownPlace(lex, [c])) return true; // + ALEF, + YEH ALEF, the stem, «ال» + the stem
  return false;
}

/**
 * Names QA round 306: «في العاصمة [الكينية]LOC نيروبي», «المعارضة [السورية]LOC», «مدينة [كوباني]LOC
 * [السورية]LOC», «مدينة [ميرلو]LOC [الهولندية]LOC» — the model took a feminine adjective of a place
 * for a place of its own. A one-word LOC with no proclitic that is such an adjective
 * (isPlaceAdjective; not «السعودية», which dropAdjectiveStateNames reads) is dropped:
 * - right after a definite noun the model left O, in the feminine or plural it agrees with (ة,
 *   ات, ي or SAUDI_NOUNS, as for «السعودية»): "the Kenyan capital", "the Syrian opposition";
 * - right after a place: the adjective says which country the city is in, as ANERcorp leaves it
 *   outside («كاليفورنيا الأمريكية», see endPlacesBeforeNationality), colonies named after their
 *   power («غيانا الفرنسية») aside.
 * A place with its own «و» («مصر والسعودية») or a preposition stays.
 */
function dropPlaceAdjectives(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    const { w, p } = infos[i]!.word;
    if (p.length > 0 || w === SAUDI || !isPlaceAdjective(lex, w)) continue;
    const before = tags[i - 1]!;
    if (before === O) {
      const prev = infos[i - 1]!.word.b;
      if (!isDefinite(prev) || NOT_NOUNS.has(prev)) continue;
      if (!takesFeminineAdjective(prev)) continue;
      tags[i] = O;
    } else if (before === B_LOC || before === B_LOC + 1) {
      let k = i - 1;
      while (k > 0 && tags[k] === B_LOC + 1) k--;
      if (COLONIAL_PLACES.has(infos[k]!.word.b) || COLONIAL_PLACES.has(infos[i - 1]!.word.b)) continue;
      tags[i] = O;
    }
  }
}

/** The digits of the name-context code that count a word right after a title, and after a given name. */
const TITLE_CUE = CUES.indexOf('title');
const GIVEN_NAME_CUE = CUES.indexOf('given-name');

/**
 * Whether the word at `k` is a title or an adjective before a name, no name of its own: written
 * with the article itself («ال…», or «لل…» after «ل»: not «إلتون», «إليسا», «ألكسيوس», which fold
 * to the same letters), no second part of a compound name («الدين») or given name of nisba shape
 * («الهادي»), and either a title of the lists (`titleKind`: «السيد», «القيصر», «الزميل»; not a regnal
 * epithet or «البابا», which are part of the name), an adjective of relation that
 * inflects («الكوميدي», «الغيني»), or a word found after a title or a given name in under 8 % of
 * its corpus occurrences and read as a person in under 70 % of them (under 35 % when the span
 * has more words: «[الحبيب الصيد]» is a name) — not «الشافعي», «الظاهر», «المعز», known by their
 * article. A word the name contexts do not count needs a self-training code.
 */
function isTitleWord(infos: readonly TokenInfo[], raw: readonly string[], k: number, alone: boolean, lex: Lexicon): boolean {
  const { b, p } = infos[k]!.word;
  const r = raw[k]!;
  const off = p.length;
  const article = (r.charCodeAt(off) === ALEF && r.charCodeAt(off + 1) === LAM) || (off > 0 && r.charCodeAt(off - 1) === LAM && r.charCodeAt(off) === LAM);
  if (!article || !isDefinite(b) || NOT_NOUNS.has(b) || NAME_SECOND_PARTS.has(b) || isNisbaGivenName(b)) return false;
  const kind = titleKind(b, lex);
  if (kind !== TITLE_NONE) return kind === TITLE_OUT;
  if (isAdjectiveNisba(b, lex)) return true;
  const td = lex.tagdict.get(b) ?? 0;
  if (tagShare(td, 0) >= (alone ? 3 : 2)) return false;
  const code = lex.namectx.get(b);
  if (code === undefined) return td !== 0;
  return code.charCodeAt(TITLE_CUE) <= 0x33 && code.charCodeAt(GIVEN_NAME_CUE) <= 0x33; // '3'
}

/** Whether a word opens with «و» + «آل» or «ال» (the conjunction before a family «آل …» or the article). */
function andAal(r: string): boolean {
  return r.charCodeAt(0) === WAW && (r.charCodeAt(1) === 0x0622 || r.charCodeAt(1) === ALEF) && r.charCodeAt(2) === LAM; // ALEF WITH MADDA ABOVE
}

/**
 * Names QA round 307: «واختتم [البروفسور]PERS [أيمن أبو النور]PERS», «و[الزميل]PERS [هاني
 * الغفيلي]PERS», «الكوميدي [الكبير]PERS [نجيب الريحاني]PERS», «[القيصر]PERS [ألكسندر الثاني]PERS» —
 * the model gave the title or adjective before a name a PERS of its own. A PERS right before
 * another that has no proclitic (no punctuation between: «فقال [الأصمعي] ل[زين العابدين]» is two
 * people, and so is «[المعز] ل[دين الله]» one name the model cut) made only of title words
 * (isTitleWord) is dropped: ANERcorp leaves titles outside the name. A lone regnal epithet or
 * «البابا» there joins the name after it, as `joinAdjacentPersons` takes them without a proclitic
 * («ل[لبابا بطرس الثاني]»).
 */
function dropTitlesBeforePersons(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; ) {
    if (tags[i] !== B_PERS) {
      i++;
      continue;
    }
    const j = spanEnd(tags, i);
    // «و[الكندي] و[آل بختيشوع]»: «وآل» reads as one word, but its «و» makes a list
    if (j < tags.length && tags[j] === B_PERS && infos[j]!.word.p.length === 0 && !andAal(raw[j]!)) {
      if (j === i + 1 && titleKind(infos[i]!.word.b, lex) === TITLE_IN) {
        // «ل[لبابا] [بطرس الثاني]»: a regnal epithet or «البابا» is part of the name, as joinAdjacentPersons takes it
        tags[j] = I_PERS;
        i = spanEnd(tags, i);
        continue;
      }
      let ok = true;
      for (let k = i; ok && k < j; k++) ok = isTitleWord(infos, raw, k, j - i === 1, lex);
      if (ok) tags.fill(O, i, j);
    }
    i = j;
  }
}

/**
 * Whether a folded word ending in «ي» is a dual or sound plural in construct («ناخبي», «تفجيري»:
 * "the voters of", "the two bombings of"): the corpus knows the same stem with «ين».
 */
function isConstructPlural(b: string, lex: Lexicon): boolean {
  return b.length >= 4 && b.charCodeAt(b.length - 1) === YEH && freqOf(lex, b.slice(0, -1) + '\u064a\u0646') >= 0;
}

/**
 * Whether a folded word names a place on its own: a place of the gazetteers, or a frequent word
 * (corpus count 256 or more) the self-training tag dictionary reads as a place in 70 % of its
 * occurrences or more («بريطانيا», «سورية», «إنجلترا», «تكساس»).
 */
function placeAlone(lex: Lexicon, b: string): boolean {
  return isKnownPlace(lex, [b]) || (tagShare(lex.tagdict.get(b) ?? 0, 1) === 3 && freqOf(lex, b) >= 8);
}

/**
 * Names QA round 308: the model cut a foreign place of two words into two places: «في [شانلي]LOC
 * [أورفة]LOC», «مدينة [نيجني]LOC [نوفغورود]LOC», «إقليم [خيبر]LOC [بختونخوا]LOC», «في [كوفنت]LOC
 * [غاردن]LOC», «مدينة [المجدل]LOC [عسقلان]LOC». Two one-word LOCs side by side (no punctuation
 * between) become one place when
 * - neither word names a place alone (`placeAlone`): a list of places («[باكستان] [الهند]»,
 *   «[بريطانيا] [أمريكا]») and a city before its state or country («[كروفورد] [تكساس]») stay apart;
 * - both are written in Arabic letters, and the second has no proclitic, no article
 *   («[دندي] [الاسكوتلندية]») and no «و» the corpus knows the rest of the word without as well
 *   («[ريمة] [والمحويت]», which `splitListedPlaces` may have split; «ويسكونسن» is one word);
 * - neither is a frequent common noun the corpus mostly leaves untagged («[دار] [سعد]», «[أرخبيل]
 *   [هاواي]»), and the first is no frequent definite word («[النيل] [جريانه]»), no definite
 *   adjective of relation («العاصمة [الكورية] [سيول]») and no dual or plural in construct
 *   («[ناخبي] [كاتالونيا]»);
 * - the corpus reads the second as an organisation in under a third of its occurrences
 *   («[ميريلاند] [برشلونة]», a club).
 *
 * A two-word place of the gazetteers joins whatever its words («[البوسنة والهرسك]»). ANERcorp train
 * has 48 pairs that pass these tests as one place and 5 as two («سافانا جيورجيا», «عبدة دكالة»).
 */
function joinPlaceHalves(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i + 1] !== B_LOC || (i + 2 < tags.length && tags[i + 2] === B_LOC + 1)) continue;
    const a = infos[i]!.word;
    const b = infos[i + 1]!.word;
    // «[البوسنة] [والهرسك]», «[ترينيداد] [وتوباغو]»: a place of the gazetteers whose second word opens with «و»
    if (isKnownPlace(lex, [a.b, b.w])) {
      tags[i + 1] = B_LOC + 1;
      continue;
    }
    if (b.p.length > 0 || isDefinite(b.b, 2) || !isArabicLetter(a.w.charCodeAt(0)) || !isArabicLetter(b.w.charCodeAt(0))) continue;
    // «[ريمة] [والمحويت]», «[السويداء] [وريفها]»: a «و» the corpus does not see as part of the word
    // is the conjunction, and splitListedPlaces may have split the list there («[ويسكونسن]» is one word)
    if (b.w.charCodeAt(0) === WAW && b.w.length >= 5 && freqOf(lex, b.w.slice(1)) >= freqOf(lex, b.w)) continue;
    if (placeAlone(lex, a.b) || placeAlone(lex, b.b)) continue;
    // «[النيل] [جريانه]», «[الخليج] [لتنفرج]»: a frequent definite word is a name of its own
    if (isDefinite(a.b, 2) && freqOf(lex, a.b) >= 8) continue;
    if (lex.tagdict.get(a.b) === 1 || lex.tagdict.get(b.b) === 1) continue;
    // «[ميريلاند] [برشلونة]»: a second word the corpus reads as an organisation (a club) in a third of its occurrences
    if (tagShare(lex.tagdict.get(b.b) ?? 0, 2) >= 2) continue;
    if (isRelationAdjective(a.b) || isConstructPlural(a.b, lex)) continue;
    tags[i + 1] = B_LOC + 1;
  }
}

/** Folded «رزق», «رزقت» ("was blessed with", of a birth), also a given name. */
const BLESSED = new Set(['رزق', 'رزقت'].map(foldWord));

/** Folded stems of a child after «ب» in a birth notice: «بمولود», «بطفلة», «بابنه», «بتوأم», «بولدين». */
const BIRTH_STEMS = ['مولود', 'طفل', 'توأم', 'توائم', 'ابن', 'بنت', 'ولد', 'أبناء'].map(foldWord);

/** Whether a folded word is «ب» + a child («بمولودة», «بابنته», «بطفلهما»). */
function isBirthWord(w: string): boolean {
  if (w.charCodeAt(0) !== BEH) return false;
  for (const stem of BIRTH_STEMS) if (w.startsWith(stem, 1)) return true;
  return false;
}

/** Sentence ends (as tokens) that close the search for a birth word. */
const SENTENCE_ENDS = new Set(['.', '!', '؟', '?', '..', '...']);

/**
 * Names QA round 309: birth notices open with the passive verb «رزق» "was blessed (with a
 * child)", and the model read it as the start of a name: «[رزق]PERS [محمد عزوز الزناري]PERS
 * بمولود», «[رزق الزميل]PERS [إبراهيم خضير]PERS … بمولوده الأول», «[رزق سعد]PERS [علي القرني]PERS
 * … بمولود», «وقد [رزق رحيم غول]PERS بابن». A PERS that opens with «رزق» or «رزقت» (alone or
 * after «و») followed in the same sentence, within 30 words, by «ب» and a child («بمولود»,
 * «بطفلة», «بابنه», «بتوأم», «بولدين») loses the verb and the titles after it (isTitleWord:
 * «الزميل», «المهندس»); what is left is a name, which runs on into a PERS right after it
 * («[سعد علي القرني]PERS»). «رزق الله» is a given name and stays.
 */
function dropBirthVerbs(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const { b, p } = infos[i]!.word;
    if (!BLESSED.has(b) || (p !== '' && p !== '\u0648') || (i + 1 < tags.length && infos[i + 1]!.word.b === ALLAH)) continue;
    let birth = false;
    for (let k = i + 1; !birth && k < tags.length && k <= i + 30 && !SENTENCE_ENDS.has(raw[k]!); k++) birth = isBirthWord(infos[k]!.word.w);
    if (!birth) continue;
    const j = spanEnd(tags, i);
    tags[i] = O;
    let k = i + 1;
    while (k < j && isTitleWord(infos, raw, k, false, lex)) tags[k++] = O;
    if (k === j) continue;
    tags[k] = B_PERS;
    if (j < tags.length && tags[j] === B_PERS && infos[j]!.word.p === '') tags[j] = I_PERS;
  }
}

/**
 * Folded definite nouns of preaching the model reads alone as a person: «العبد» "the servant (of
 * God)", also a family name («[محمد العبد]», «[حيدر العبد الله]»), and «الغلو» "extremism".
 */
const SERMON_NOUNS = new Set(['العبد', 'الغلو'].map(foldWord));

/**
 * Names QA round 311: sermons and columns of piety speak of «العبد» "the servant (of God)", and the
 * model, which knows the family name, read it as a person: «فلا وسيلة بين [العبد]PERS وربه»,
 * «محبة [العبد]PERS المسلم», «من النعم العظيمة على [العبد]PERS»; «بعيداً عن [الغلو]PERS» too. A
 * one-word PERS of SERMON_NOUNS is dropped unless a name, a title, a speech verb or a word of naming
 * stands right before it («محمد [العبد]», «وقال [العبد]») or «الله» right after it («[العبد] الله», a
 * family name the model cut). It runs last, not among the common nouns of `dropCommonNounPersons`:
 * the place rules first take «العبد» of «سلسلة جبال [العبد]» (a range in Saada) for a LOC.
 */
function dropSermonPersons(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === I_PERS) || !SERMON_NOUNS.has(infos[i]!.word.b)) continue;
    if (i + 1 < tags.length && infos[i + 1]!.word.b === ALLAH) continue;
    if (i > 0) {
      const prev = infos[i - 1]!.word;
      if (tags[i - 1] !== O || SPEECH_FORMS.has(prev.w) || namingCue(prev) || ((lex.classes.get(prev.b) ?? 0) & PERSON_TRIGGER) !== 0) continue;
    }
    tags[i] = O;
  }
}

/** Folded weekday names with their article («الخميس», «الاحد»). */
const WEEKDAY_WORDS = new Set(WEEKDAYS.map(([name]) => foldWord(name)));

/** Folded words after which a weekday belongs to the name: «سوق الأحد» (a market town), «مسجد الجمعة», «صلاة الجمعة». */
const WEEKDAY_NAME_HEADS = new Set(['سوق', 'مسجد', 'جامع', 'صلاة', 'خطبة', 'يوم', 'ليلة'].map(foldWord));

/**
 * Names QA round 274: wire copy puts the day right after the subject («وقال [الاتحاد الأوروبي
 * الخميس]ORG إن …», «وأعلنت [وزارة الدفاع الأمريكية الجمعة]ORG»), and the model runs the name on
 * into it. A weekday (`WEEKDAY_WORDS`, no proclitic) that ends an ORG, LOC or MISC of two words or
 * more leaves it (and is then found as a DATE), unless the word before it makes it part of the
 * name (`WEEKDAY_NAME_HEADS`: «سوق الأحد»), or the MISC is a title closed by a quote («"حديث
 * الأربعاء"», «"كابوس الثلاثاء"»). A PERS keeps it: «[أحمد الخميس]PERS» is a family name.
 */
function trimWeekdayTails(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t !== B_ORG && t !== B_LOC && t !== B_MISC) continue;
    const j = spanEnd(tags, i);
    const last = infos[j - 1]!.word;
    const title = t === B_MISC && j < raw.length && CLOSE_QUOTES.has(raw[j]!);
    if (j - i >= 2 && !title && last.p === '' && WEEKDAY_WORDS.has(last.w) && !WEEKDAY_NAME_HEADS.has(infos[j - 2]!.word.w)) tags[j - 1] = O;
    i = j - 1;
  }
}

/** Raw letters of the article or a preposition written apart with tatweel before a number or a foreign word («الـ15», «لـ»). */
const ARTICLE_TAILS = new Set(['ال', 'لل', 'ل', 'ب', 'بال', 'وال', 'فال', 'كال']);

/**
 * Names QA round 244: a name does not end in the article or a preposition drawn out with tatweel
 * before a number («أعضاء [مجلس الأمن الـ]ORG 15», «دول [الاتحاد الأوروبي الـ]ORG 28»): those
 * last words leave the span, and a span that is nothing else («[الـ]», «[فالـ]») is dropped. Only
 * with the tatweel: «[باي بال]» (PayPal) keeps its «بال».
 */
function trimArticleTails(raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i]! % 2 !== 1) continue;
    const end = spanEnd(tags, i);
    let j = end;
    while (j > i && raw[j - 1]!.includes('\u0640') && ARTICLE_TAILS.has(bareLetters(raw[j - 1]!))) tags[--j] = O;
    i = end - 1;
  }
}

/**
 * Folded military ranks borrowed from European languages, with and without the article:
 * «كولونيل» "colonel", «ميجر/ميجور» "major", «كابتن» "captain", «جنرال» "general", «ماريشال»
 * and the definite «المارشال» "marshal" (the bare «مارشال» is also the family name Marshall and
 * the Marshall Islands).
 */
const LOAN_RANKS = new Set(
  ['كولونيل', 'الكولونيل', 'ميجر', 'الميجر', 'ميجور', 'الميجور', 'كابتن', 'الكابتن', 'جنرال', 'الجنرال', 'ماريشال', 'الماريشال', 'المارشال'].map(foldWord),
);

/**
 * Folded «القديس/القديسة» "the saint", a title the model reads as a one-word MISC before the
 * saint's name or alone (names QA round 250: «كنيسة [القديس]MISC [جورج]», «مدرسة [القديس]MISC
 * [يوسف]», «لا يوصف الشخص ب[القديس]MISC», 57 spans in the 16 news files).
 */
const SAINT_TITLES = new Set(['القديس', 'القديسة'].map(foldWord));

/**
 * Names QA round 104: an entity of any type that is only a borrowed rank (LOAN_RANKS) is the
 * title, not a name: «برتبة [كولونيل]», «وكان [الكولونيل] المتقاعد», «عين [جنرال] فرقة»,
 * «برتبة [ميجر]»; so is one that is only «القديس/القديسة» (SAINT_TITLES, round 250). ANERcorp
 * and AQMAR leave titles O; a rank inside a longer span is left to the passes that trim titles
 * («[جنرال موتورز]» stays).
 */
function dropLoneRanks(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i]! % 2 !== 1) continue;
    const j = spanEnd(tags, i);
    if (j === i + 1 && (LOAN_RANKS.has(infos[i]!.word.b) || SAINT_TITLES.has(infos[i]!.word.b))) tags[i] = O;
    i = j - 1;
  }
}

/** «أنا» "I" as written, with its hamza («آنا» is the name Anna). */
const I_WRITTEN = '\u0623\u0646\u0627';
/** Folded predicates that are also given names: «أنا سعيد» "I am happy", «أنا طاهر» "I am pure". */
const I_PREDICATES = new Set(['سعيد', 'سعيدة', 'فخور', 'فخورة', 'طاهر', 'طاهرة', 'مالك'].map(foldWord));

/**
 * Names QA round 183: «قال: "[أنا سعيد]PERS بهذا الإنجاز"» ("I am happy"), «[أنا سويدي]PERS», «[أنا
 * جو رعد] ترشحي»: the pronoun «أنا» "I" is never part of a person's name, and before a word that
 * is also a given name or a name-like adjective the model read the pair as a person (about 55
 * times over news-000/001/006…009, «أنا سعيد» 47 of them). A PERS that opens with «أنا» (so
 * written, or «وأنا/فأنا»: «آنا كامبل» is Anna Campbell) starts after it («أنا [جو رعد]», «أنا [دانتون] حتى
 * مماتي»), and is O altogether when what follows is a predicate: one word that has a proclitic
 * («بطبيعتي»), is a nisba no given name («سويدي», «أهلاوي») or one of I_PREDICATES («سعيد»,
 * «طاهر», «مالك» of «أنا مالك الذي بخلت به» "I am your wealth"), or two words of which the second
 * has a proclitic («أنا سعيد بلقائك»). An ORG or MISC is left: «"أنا يقظ"» is a Tunisian watchdog,
 * «"أنا أيضا"» the MeToo movement.
 */
function dropFirstPersonPronoun(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const r = raw[i]!;
    const pronoun = r === I_WRITTEN || (r.length === 4 && r.endsWith(I_WRITTEN) && (r.charCodeAt(0) === WAW || r.charCodeAt(0) === FEH));
    if (pronoun && j > i + 1) {
      const rest = infos[i + 1]!.word;
      const predicate =
        j === i + 2
          ? rest.p.length > 0 || I_PREDICATES.has(rest.w) || (rest.w.charCodeAt(rest.w.length - 1) === YEH && ((lex.classes.get(rest.w) ?? 0) & GIVEN_NAME) === 0)
          : j === i + 3 && infos[i + 2]!.word.p.length > 0;
      startAfterFirstWord(tags, i);
      if (predicate) tags.fill(O, i + 1, j);
    } else if (pronoun) {
      tags[i] = O;
    }
    i = j - 1;
  }
}

/**
 * Names QA round 184: «رئيس الهيئة العامة للرياضة [السعودية تركي آل الشيخ]PERS», «وزير الشؤون
 * البلدية [والقروية عبد اللطيف آل الشيخ]PERS», «للمخرجة [النيوزلندية نكي كارو]PERS»,
 * «[والداعية سليمان العريفي]PERS»: a definite feminine word of the nisba form «ال…ية» agrees with
 * the noun before it (a body, «الجالية», «الفنانة», «المخرجة») or is a title («الداعية»
 * "the preacher", «الراوية» "the narrator"), and is never the first word of a person's name
 * (ANERcorp's train holds none); the model ran it into the name after it about 75 times over the
 * 16 news files. A PERS of two words or more that opens with such a word (any proclitic; four
 * letters or more after the article; no given name) starts after it, and after any more such
 * words («[والعربية ولد الخطيب]»), and is O when what is left is one definite word («[الحجازية
 * الشريف]», «[الكورية الجوبية]»). The word must end in «ة» as written: «الوجيه» "the notable" and
 * «اليزيه» (the Élysée) fold to the same ending. One-word persons are left: «العطية» is a Qatari
 * family.
 */
function dropLeadingFeminineAdjectives(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    let k = i;
    while (k < j - 1) {
      const b = infos[k]!.word.b;
      if (!isDefinite(b, 4) || !b.endsWith(NISBA_FEM) || !endsInTehMarbuta(raw[k]!) || ((lex.classes.get(b) ?? 0) | (lex.classes.get(b.slice(2)) ?? 0)) & GIVEN_NAME) break;
      k++;
    }
    if (k > i) {
      tags.fill(O, i, k);
      // what is left is one definite word: another adjective or a title («[الحجازية الشريف]»)
      if (k === j - 1 && infos[k]!.word.p === '' && isDefinite(infos[k]!.word.b, 2)) tags[k] = O;
      else tags[k] = B_PERS;
    }
    i = j - 1;
  }
}

/** Folded «كأس» "cup" and «الأمم/أمم» "(the) nations" («بطولة» "championship" is STARRING). */
const CUP = foldWord('كأس');
const CUP_NATIONS = new Set(['الأمم', 'أمم'].map(foldWord));
/** Folded words of years and seasons that open a date after a cup's name: «عام», «عامي», «سنة», «موسم». */
const CUP_TIME_WORDS = new Set(['عام', 'عامي', 'عامين', 'سنة', 'سنتي', 'موسم', 'موسمي'].map(foldWord));

/**
 * Names QA round 185: «شارك في كأس [الأمم الأوروبية لكرة القدم]ORG», «نهائي كأس [الاتحاد
 * الأوروبي]ORG» (the UEFA Cup), «كأس [الهيئة العامة للرياضة]ORG للقيمرز»: a cup named after
 * nations or a body is a contest, not the body — ANERcorp tags «ببطولة كأس الأمم الإفريقية» MISC,
 * head and all, and the model does so itself after «بطولة»; without it, it read the body alone
 * (about 225 times after «كأس» over the 16 news files, «الأمم …» 110 of them). An untagged «كأس»
 * (any proclitic) right before an ORG makes one MISC with it, from an untagged «بطولة» before it
 * if there is one; an ORG of «الأمم …» right after an untagged «بطولة» («بطولة [الأمم الأوروبية]»)
 * likewise. A place after «كأس» is left as ANERcorp tags it («لكأس [آسيا]LOC»).
 */
function retypeCupsOfBodies(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || tags[i + 1] !== B_ORG) continue;
    const head = infos[i]!.word.b;
    const cup = head === CUP;
    if (!cup && !(head === STARRING && CUP_NATIONS.has(infos[i + 1]!.word.b))) continue;
    const end = spanEnd(tags, i + 1);
    // «كأس [الاتحاد الأوروبي عامي]ORG 1995»: a MISC loses to the date it overlaps, so it ends before
    let j = i + 2;
    while (j < end && !CUP_TIME_WORDS.has(infos[j]!.word.w) && !isNumeral(raw[j]!)) j++;
    tags.fill(O, j, end);
    const start = cup && i > 0 && tags[i - 1] === O && infos[i - 1]!.word.b === STARRING ? i - 1 : i;
    label(tags, margins, start, j, B_MISC);
    i = j - 1;
  }
}

/** Folded «جائزة» "prize" and «جوائز» "prizes", which an award's name follows in construct. */
const AWARD_HEADS = new Set(['جائزة', 'جوائز'].map(foldWord));
/**
 * Awards news names by a brand of their own, as written after «جائزة/جوائز» (folded word lists):
 * ANERcorp tags «جائزة [نوبل]MISC», «جوائز [أوسكار]MISC» and leaves the head O. Not awards named
 * after a person or a place written as such («جائزة [زيدان]PERS», «جائزة [المغرب]LOC» in train).
 */
const AWARD_NAMES: readonly (readonly string[])[] = [
  'غولدن غلوب', 'الغولدن غلوب', 'جولدن جلوب', 'الجولدن جلوب', 'غولدن جلوب', 'جولدن غلوب', 'سيزار', 'السيزار', 'إيمي', 'الإيمي',
  'غرامي', 'جرامي', 'الغرامي', 'الجرامي', 'بوليتزر', 'بافتا', 'البافتا', 'مان بوكر', 'بوكر', 'البوكر', 'أوسكار', 'الأوسكار', 'نوبل',
  'توني', 'لوريوس', 'فيلم فير', 'فيلمفير', 'سبايك', 'وايز', 'موريكس دور', 'الموريكس دور', 'ساخاروف', 'غونكور', 'جونكور', 'الغونكور',
].map((name) => name.split(' ').map(foldWord));

/**
 * Names QA round 186: «جائزة [غولدن غلوب]PERS لأفضل ممثل», «بجائزة [سيزار]PERS», «جائزة [إيمي]PERS»,
 * «لجائزة [مان بوكر]PERS»: the model reads the brand of an award as a person (about 80 times over
 * the 16 news files), while ANERcorp tags «جائزة [نوبل]MISC», «جوائز [أوسكار]MISC». A name of
 * AWARD_NAMES right after an untagged «جائزة/جوائز» (any proclitic; a quotation mark between
 * them allowed) is a MISC, whatever the model made of it, and a span of the model's that ran on
 * past it («[غولدن غلوب لأفضل]») ends with it — what a PERS ran on to is a person of its own when
 * it opens with a bare indefinite word («بجائزة [بوليتزر] [بول زيندل]»). The head is needed:
 * «إيمي» alone is also Amy; and a one-word award that is also a given name, read as a person
 * with a name after it, is left to the model («جائزة [توني بلير]»).
 */
function labelAwards(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || !AWARD_HEADS.has(infos[i]!.word.b)) continue;
    const s = OPEN_QUOTES.has(raw[i + 1]!) && tags[i + 1] === O ? i + 2 : i + 1;
    let len = 0;
    for (const name of AWARD_NAMES) {
      if (name.length <= len || s + name.length > tags.length) continue;
      let same = true;
      for (let k = 0; same && k < name.length; k++) same = infos[s + k]!.word.w === name[k];
      if (same) len = name.length;
    }
    if (len === 0) continue;
    const e = s + len;
    const runsOn = e < tags.length && tags[e] !== O && tags[e]! % 2 === 0;
    const person = runsOn && tags[e] === B_PERS + 1;
    // «جائزة [توني بلير]»: a one-word award that is also a given name, read with a name after it, is the person
    if (person && len === 1 && ((lex.classes.get(infos[s]!.word.w) ?? 0) & GIVEN_NAME) !== 0) continue;
    // the model's span that opens inside the name runs no further than it; what a PERS ran on
    // to is a person of its own when it opens with a bare indefinite word («[غولدن غلوب] [مانسفايلد]»)
    let t = e;
    while (t < tags.length && tags[t] !== O && tags[t]! % 2 === 0) tags[t++] = O;
    if (person && infos[e]!.word.p === '' && !isDefinite(infos[e]!.word.w, 2) && !/[A-Za-z]/.test(raw[e]!)) label(tags, margins, e, t, B_PERS);
    label(tags, margins, s, e, B_MISC);
    i = e - 1;
  }
}

/**
 * Prepositions as written (with «و» before some) that the model took for a name's first word:
 * «أمام» "before, against" (written with its hamza: «إمام» is the imam), «سوى» "but", «ضد»
 * "against", «بحسب» "according to", «لدى» "with", «تجاه» "towards", «برفقة/بصحبة» "with".
 */
const LEADING_PREPOSITIONS = new Set(['أمام', 'وأمام', 'سوى', 'ضد', 'وضد', 'بحسب', 'وبحسب', 'لدى', 'ولدى', 'تجاه', 'وتجاه', 'برفقة', 'بصحبة']);

/**
 * Names QA round 187: «خسر الانتخابات أمام بلاتر» came out as «[أمام بلاتر]PERS», and «[أمام
 * فولفسبورج]PERS», «ولن يغيب [سوى حسام عاشور]PERS», «[بحسب بن يوسف]PERS», «[ضد بلاتر]PERS» the like
 * (about 20 over the 16 news files): a preposition opens no name. A PERS, LOC or ORG that opens
 * with one of LEADING_PREPOSITIONS as written starts after it, and is O when it is that word
 * alone («عن عمر الشريف [سوى]PERS أن»). A MISC is left: «"ضد مجهول"» is a series' title.
 */
function dropLeadingPrepositions(raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t % 2 !== 1) continue;
    const j = spanEnd(tags, i);
    if (t !== B_MISC && LEADING_PREPOSITIONS.has(raw[i]!)) startAfterFirstWord(tags, i);
    i = j - 1;
  }
}

/**
 * Verbs of saying, meeting and visiting that news puts before their subject, as written (without
 * marks), each also without the hamza on its alef («اكد») and after «و/ف». Not «قدم» ("foot"),
 * «أمر» ("order"), «وجه» ("face"), «بحث» ("research"): nouns as often; not «هنأ», which folds
 * and is written as the given name «هنا»; not «وصل», which opens the name «وصل الله».
 */
const LEADING_VERBS = new Set(
  [
    'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'صرح', 'صرحت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'ذكر', 'ذكرت',
    'يقول', 'تقول', 'شدد', 'شددت', 'يصل', 'تصل', 'يرى', 'ترى', 'رأى', 'رأت', 'أبلغ', 'أبلغت', 'أفاد', 'أفادت', 'لفت', 'لفتت',
    'استقبل', 'استقبلت', 'يستقبل', 'تستقبل', 'أجاب', 'أجابت', 'زار', 'زارت', 'يزور', 'تزور', 'يؤكد', 'تؤكد', 'هاجم', 'انتقد',
    'انتقدت', 'حذر', 'حذرت', 'يحذر', 'دعا', 'دعت', 'يدعو', 'نفى', 'نفت', 'ينفي', 'تنفي', 'اعتبر', 'اعتبرت', 'يعتبر', 'تعتبر',
    'كشف', 'كشفت', 'أعرب', 'أعربت', 'أشاد', 'أشادت', 'يشيد', 'التقى', 'التقت', 'يلتقي', 'تلتقي', 'غادر', 'غادرت', 'يغادر',
    'اتهم', 'اتهمت', 'يتهم', 'يتوجه', 'شارك', 'شاركت', 'يشارك', 'تشارك', 'ترأس', 'ترأست', 'يترأس', 'يرأس', 'افتتح',
    'افتتحت', 'يفتتح', 'دشن', 'دشنت', 'يدشن', 'رعى', 'يرعى', 'أقام', 'أقامت', 'ناقش', 'أبدى', 'أبدت', 'تساءل', 'قرر',
    'قررت', 'أصدر', 'أصدرت', 'تلقى', 'تلقت', 'يطالب', 'يعلن', 'تعلن', 'يعزي', 'عزى',
  ].flatMap((v) => {
    const forms = v.startsWith('\u0623') ? [v, '\u0627' + v.slice(1)] : [v];
    return forms.flatMap((f) => [f, '\u0648' + f, '\u0641' + f]);
  }).filter((f) => f !== '\u0641\u064a\u0635\u0644'), // «فيصل» is the given name
);

/**
 * Names QA round 188: «ومن المقرر أن [يصل ترامب]PERS إلى …», «[وشدد بن محيا]PERS», «[وأكدت بن
 * احمد]PERS», «لا [يرى]PERS دورًا» — the verb that news puts before its subject was read into the
 * name after it (about 170 spans over the 16 news files, «يصل» alone 60). A PERS or LOC that opens
 * with one of LEADING_VERBS as written starts after it, and is O when it is that word alone. An
 * ORG or MISC is left: «"قال الراوي"», «"كشف الظنون"» are titles.
 */
function dropLeadingReportVerbs(raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t % 2 !== 1) continue;
    const j = spanEnd(tags, i);
    if ((t === B_PERS || t === B_LOC) && raw[i]!.length <= 16 && LEADING_VERBS.has(bareLetters(raw[i]!))) startAfterFirstWord(tags, i);
    i = j - 1;
  }
}

/** Folded «ولد»: "(he) was born", "a boy", and the «ولد» "son of" of Mauritanian names. */
const WALAD = foldWord('ولد');
/** Folded words that open the clause of «ولد» "was born" before it: «وقد ولد», «حيث ولد», «وفيها ولد». */
const BORN_OPENERS = new Set(['قد', 'وقد', 'فقد', 'لقد', 'ولقد', 'حيث', 'فيها', 'وفيها', 'فيه', 'وفيه', 'هناك', 'عندما', 'حين', 'حينما', 'ثم'].map(foldWord));
/** Folded words after a name that say where or when its bearer was born («في», «عام», «بمدينة», «لأبوين»). */
const BORN_AFTER = new Set(
  ['في', 'عام', 'سنة', 'بمدينة', 'بقرية', 'ببلدة', 'بحي', 'بمحافظة', 'بولاية', 'بتاريخ', 'يوم', 'لأبوين', 'لأسرة', 'لعائلة', 'لأب', 'لوالدين', 'حوالي', 'نحو'].map(foldWord),
);
/** Folded words after «ولد» that open a Mauritanian name read at a clause's start («ولد الشيخ أحمد في تصريح»). */
const OULD_NAMES = new Set(['الشيخ', 'شيخ'].map(foldWord));
/** Folded «and a daughter/two daughters» after «ولد» "a boy" («له ولد وبنت»). */
const AND_DAUGHTERS = new Set(['وبنت', 'وبنتان', 'وبنتين', 'وابنة', 'وابنتان', 'وابنتين'].map(foldWord));

/** True when a token is punctuation or symbols only (a clause boundary before a word). */
function isPunctuationToken(token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (isArabicLetter(c) || isDigitCode(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false;
  }
  return token.length > 0;
}

/**
 * Names QA round 269: «و[ولد فورمان]PERS في تشيكوسلوفاكيا عام 1932», «وقد [ولد الدوسري]PERS عام
 * 1968», «[ولد بابلو بيكاسو]PERS عام 1881 بمدينة مالقة»: the verb «ولد» "was born" that opens a
 * clause joined the name of its subject. A PERS of two words or more whose first word is «ولد»
 * (with «و/ف» or none) starts after it when the word opens its clause (first of the text, after
 * punctuation, or after «قد», «حيث», «فيها» …: BORN_OPENERS) and the name is followed by where or
 * when («في», «عام», «سنة», «بمدينة», «لأبوين» …: BORN_AFTER; or «ب» + a place, or a bracket).
 * Mauritanian names, in which «ولد» is "son of", stand after a verb («وقال [ولد عبد العزيز] في
 * كلمة»), and «ولد الشيخ …» is left whole anywhere. «[ولد وبنت]PERS» "a boy and a girl" is no name.
 */
function dropBornVerb(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const word = infos[i]!.word;
    if (j - i >= 2 && word.b === WALAD && (word.p === '' || word.p === WAW_CHAR || word.p === '\u0641')) {
      const second = infos[i + 1]!.word.w;
      if (j - i === 2 && AND_DAUGHTERS.has(second)) {
        tags[i] = O;
        tags[i + 1] = O;
      } else if (!OULD_NAMES.has(second)) {
        const opens = i === 0 || isPunctuationToken(raw[i - 1]!) || BORN_OPENERS.has(infos[i - 1]!.word.b) || BORN_OPENERS.has(infos[i - 1]!.word.w);
        const next = j < tags.length ? infos[j]!.word : undefined;
        const when = next !== undefined && (BORN_AFTER.has(next.w) || raw[j] === '(' || (next.p === '\u0628' && tags[j] === B_LOC));
        if (opens && when) startAfterFirstWord(tags, i);
      }
    }
    i = j - 1;
  }
}

/** «أشرف» as written (without marks), with and without the hamza and after «و/ف»: the verb "supervised" or the given name Ashraf. */
const ASHRAF = new Set(['أشرف', 'اشرف'].flatMap((f) => [f, '\u0648' + f, '\u0641' + f]));

/** Folded words after which a lone «أشرف» is the verb "supervised": its «على», a time, or a title outside the trigger list. */
const SUPERVISED_NEXT = new Set(
  ['على', 'عليه', 'عليها', 'عليهم', 'عليهما', 'في', 'منذ', 'طوال', 'اليوم', 'أمس', 'صباح', 'مساء', 'شخصيا', 'بنفسه', 'والي', 'مساعد', 'مدرب', 'طاقم', 'صاحب', 'مسؤولو', 'جنود', 'فريق', 'عدد'].map(foldWord),
);

/** «أو» "or", before the second of two names («مع حمزة أو أشرف في الجهة اليسرى»). */
const OR = '\u0623\u0648';

/** Folded «عليه/عليها/عليهم/عليهما»: the object of «أشرف» "supervised". */
const ON_IT = new Set(['عليه', 'عليها', 'عليهم', 'عليهما'].map(foldWord));

/**
 * Names QA round 189: «[أشرف]PERS والي [القيروان]LOC [توفيق الورتاني]PERS على جلسة عمل», «[أشرف]PERS
 * في عامي 2013 و2014 على …», «[أشرف عليه بلاتر]PERS» — «أشرف» is the given name Ashraf and the verb
 * "supervised", which news puts first with its «على» after the subject. A lone PERS «أشرف»
 * (`ASHRAF`, as written) followed by a word of SUPERVISED_NEXT or a title of the trigger list
 * («رئيس», «وزير», «الدكتور») is the verb: O — unless a verb of LEADING_VERBS, a title or «أو»
 * stands before it («وقال أشرف رئيس الجمعية», «حمزة أو أشرف في …»: the name). A PERS that opens
 * with «أشرف عليه» starts after both («أشرف عليه [بلاتر]»).
 */
function dropSupervised(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS || raw[i]!.length > 12 || !ASHRAF.has(bareLetters(raw[i]!))) continue;
    if (i > 0 && (raw[i - 1] === OR || LEADING_VERBS.has(bareLetters(raw[i - 1]!)) || ((lex.classes.get(infos[i - 1]!.word.b) ?? 0) & PERSON_TRIGGER) !== 0)) continue; // «وقال أشرف، رئيس …», «حمزة أو أشرف في …»
    const next = infos[i + 1]!.word;
    if (tags[i + 1] === B_PERS + 1) {
      if (!ON_IT.has(next.w)) continue;
      startAfterFirstWord(tags, i);
      startAfterFirstWord(tags, i + 1);
    } else if (SUPERVISED_NEXT.has(next.w) || (next.p.length === 0 && ((lex.classes.get(next.w) ?? 0) & PERSON_TRIGGER) !== 0)) tags[i] = O;
  }
}

/** Folded «مولود», alone or after «و»: "newborn", and the Turkish and Algerian given name Mevlüt / Mouloud. */
const MEVLUT = new Set(['مولود', 'ومولود'].map(foldWord));

/** Folded «أوغلو» "son of", the end of a Turkish family name («جاويش أوغلو»), with and without the hamza. */
const OGLU = foldWord('أوغلو');

/**
 * Names QA round 191: «وزير الخارجية التركي، مولود [جاويش أوغلو]PERS» — the model knows «مولود» as
 * "newborn" and leaves Mevlüt Çavuşoğlu's given name out (about 60 times over the 16 news files,
 * in all its spellings). An untagged «مولود» (alone or after «و») right before a PERS joins it;
 * before an untagged word and a PERS of «أوغلو» («مولود تشاووش [أوغلو]PERS») the three are one
 * name. «طفل مولود في [جورجيا]» has no PERS after it and stays.
 */
function joinMevlut(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || !MEVLUT.has(infos[i]!.word.w)) continue;
    let from = i + 1;
    if (tags[from] === O && from + 1 < tags.length && tags[from + 1] === B_PERS && infos[from + 1]!.word.w === OGLU) from++;
    if (tags[from] !== B_PERS) continue;
    label(tags, margins, i, spanEnd(tags, from), B_PERS);
  }
}

/**
 * Kinship nouns with a possessive pronoun, as written without marks: «ابني» "my son", «ابنتها»
 * "her daughter", «زوجته», «شقيقه», «والدتي», «عمها», «أخيه», «أولاده», the duals «ولديه»,
 * «ابنتيه» and the bare duals «ولدان», «شقيقتين», each also after «و/ف/ل/ب». Not «جده» (Jeddah,
 * `dropHisGrandfather`), «أبي» (the kunya «أبي طالب»), «أمي» (Amy), «سيدي» (`dropAddressSidi`),
 * «حبيبي» (song titles), nor «وجدي», «أمين» or «بني», which are names. About 2,500 forms, built on
 * first use.
 */
let kinPossessed: ReadonlySet<string> | undefined;
function kinPossessedForms(): ReadonlySet<string> {
  if (kinPossessed) return kinPossessed;
  const suffixes = ['ي', 'ك', 'ه', 'ها', 'نا', 'كم', 'كن', 'هم', 'هن', 'هما', 'كما'];
  const stems = [
    'ابن', 'إبن', 'بنت', 'زوج', 'نجل', 'شقيق', 'والد', 'عم', 'خال', 'صديق', 'حفيد', 'ولد',
    'ابنت', 'إبنت', 'زوجت', 'شقيقت', 'والدت', 'صديقت', 'حفيدت', 'عمت', 'خالت', 'حبيبت', 'أخت', 'اخت',
    'أبنائ', 'ابنائ', 'أولاد', 'اولاد', 'بنات', 'إخوت', 'اخوت', 'أخوات', 'اخوات', 'أحفاد', 'احفاد', 'زوجات', 'أشقائ', 'اشقائ', 'شقيقات',
  ];
  const words = stems.flatMap((st) => suffixes.map((x) => st + x));
  // the brother's three cases and the sons' nominative and accusative, the duals with a pronoun
  for (const st of ['أخ', 'اخ']) for (const x of ['ي', 'يه', 'يك', 'يها', 'ينا', 'يهم', 'وه', 'وها', 'وك', 'وهم', 'اه', 'اها', 'انا']) words.push(st + x);
  for (const st of ['أبناؤ', 'ابناؤ', 'أبناء', 'ابناء']) for (const x of suffixes.slice(1)) words.push(st + x);
  for (const st of ['ابن', 'ابنت', 'ولد', 'نجل', 'حفيد', 'شقيق', 'شقيقت', 'والد']) for (const x of ['اه', 'يه', 'اها', 'يها', 'اي', 'اهم', 'يهم']) words.push(st + x);
  const possessed = words.flatMap((w) => [w, '\u0648' + w, '\u0641' + w, '\u0644' + w, '\u0628' + w]);
  // the bare duals, not after «ب» («بولدان» is a family name)
  for (const st of ['ابن', 'ابنت', 'ولد', 'نجل', 'حفيد', 'شقيق', 'شقيقت']) for (const w of [st + 'ان', st + 'ين']) possessed.push(w, '\u0648' + w, '\u0641' + w, '\u0644' + w);
  kinPossessed = new Set(possessed);
  return kinPossessed;
}

/**
 * Folded epithets that follow a kinship noun without naming anyone: «ابنك البار» "your dutiful
 * son", «أخي الكريم», «زوجك العزيز», «ابنتي الوحيدة», «شقيقه الأكبر».
 */
const KIN_EPITHETS = new Set(
  [
    'البار', 'البارة', 'العزيز', 'العزيزة', 'الكريم', 'الكريمة', 'الحبيب', 'الحبيبة', 'الغالي', 'الغالية', 'الفقيد', 'الفقيدة',
    'الراحل', 'الراحلة', 'القتيل', 'الوحيد', 'الوحيدة', 'الأكبر', 'الأصغر', 'الكبرى', 'الصغرى', 'الكبير', 'الصغير', 'الكبيرة', 'الصغيرة',
    'الصغريان', 'الكبريان', 'الأكبران', 'الأصغران', 'الجبار',
  ].map(foldWord),
);

/**
 * Names QA round 192: «أن أكسب ثقة [ابنتي]PERS «نادية»», «يقول الأب [ابني]PERS لم يعد …», «قتل
 * [خاله]PERS», «[ابنها أحمد]PERS», «[نجلكم البار]PERS» — a kinship noun with its pronoun
 * (`kinPossessedForms`) is no name: ANERcorp leaves «ابنه», «زوجته», «أخيه» O every time. A PERS that
 * opens with one starts after it («ابنها [أحمد]», «أخيه [تركي]») and is dropped when it is that
 * word alone or that word and an epithet (`KIN_EPITHETS`: «نجلكم البار», «أخي الكريم»); a definite
 * name after it stays («ولديه [المنذر]», «ابنتي [الهنوف]»).
 */
function dropKinship(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    if (raw[i]!.length <= 24 && kinPossessedForms().has(bareLetters(raw[i]!))) {
      startAfterFirstWord(tags, i);
      if (j === i + 2 && KIN_EPITHETS.has(infos[i + 1]!.word.b)) tags[i + 1] = O;
    }
    i = j - 1;
  }
}

/** A folded base that is definite and ends in the nominative dual «ان»: «الزعيمان», «الحربان». */
function isDefiniteDual(b: string): boolean {
  return isDefinite(b) && b.length >= 6 && b.charCodeAt(b.length - 2) === 0x0627 && b.charCodeAt(b.length - 1) === 0x0646;
}

/**
 * Names QA round 193: «ويقول [الزعيمان الكرديان]PERS إن …», «وتراجع [الخامان القياسيان]PERS»,
 * «ونفى [الوزيران التركيان]PERS», «وذكر [الباحثان البريطانيان فراين البرغ]PERS» — a definite dual
 * noun and its definite dual adjective ("the two Kurdish leaders") describe two people or things
 * and name none. A PERS that opens with two or more definite words in the nominative dual «ان»
 * loses them: dropped when nothing is left, started after them when a name follows («الباحثان
 * البريطانيان [فراين البرغ]») unless that is one definite word that names nobody («الفرنسيان القويان
 * الأول»). Not when the first word without its article is a given name or a
 * word the tag dictionary reads as a person («[الحمدان السكران]»: family names in «ان»).
 *
 * Names QA round 198: «وأشار [الطرفان]PERS», «وكان [الجانبان]PERS قد اتفقا», «والتقى
 * [الوزيران]PERS», «وكتب [الاثنان]PERS» — a lone definite dual is O too when it is a noun's dual
 * (isDualNoun: «الطرفين» and «الطرف» are words the corpus knows), the word without its article is
 * no given name and «آل» is not before it: the Gulf family names in «ان» («[الفوزان]», «[العويران]»,
 * «[السبهان]», «[الهجان]») have no such oblique or singular, «الحمدان» opens with the given name
 * «حمدان», and «آل [البنان]» is a family.
 */
function dropDefiniteDuals(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const b = infos[i]!.word.b;
    if (j === i + 1) {
      // round 198: a lone dual of a noun (isDualNoun) is no family name
      if (isDefiniteDual(b) && isDualNoun(lex, b) && !personLike(lex, b.slice(2)) && !(i > 0 && infos[i - 1]!.word.w === AAL)) tags[i] = O;
    } else if (isDefiniteDual(b) && isDefiniteDual(infos[i + 1]!.word.b) && !personLike(lex, b.slice(2))) {
      let m = i + 2;
      while (m < j && isDefiniteDual(infos[m]!.word.b)) m++;
      tags.fill(O, i, m);
      if (m < j) {
        const rest = infos[m]!.word.b;
        tags[m] = m + 1 === j && isDefinite(rest) && !personLike(lex, rest.slice(2)) ? O : B_PERS; // a lone «الأول» after them is no name
      }
    }
    i = j - 1;
  }
}

/** Folded «الاثنان», «الاثنتان» "the two", whose singular is no word. */
const THE_TWO = new Set(['الاثنان', 'الاثنتان'].map(foldWord));

/** Folded «آل» "the family of", before which a word in «ان» is a family name («آل البنان»). */
const AAL = foldWord('آل');

/**
 * Whether a folded definite dual in «ان» is a noun's dual: its oblique «…ين» is a word the corpus
 * knows 2⁴ times or more and its singular a word it knows at all («الطرفان»: «الطرفين», «الطرف»;
 * «الجارتان»: «الجارة»), or it is «الاثنان». Family names in «ان» lack one or the other
 * («الهجان», «الطحان»: no «الهج», «الطح»).
 */
function isDualNoun(lex: Lexicon, b: string): boolean {
  if (THE_TWO.has(b)) return true;
  const stem = b.slice(0, -2);
  const single = stem.charCodeAt(stem.length - 1) === 0x062a ? stem.slice(0, -1) + '\u0647' : stem; // ت → folded ة
  return freqOf(lex, stem + '\u064a\u0646') >= 4 && freqOf(lex, single) >= 0;
}

/** Folded «صالح»: the given name Saleh and the adjective "good", "the interest (of)". */
const SALIH = foldWord('صالح');
/** Folded «مدائن» "cities", which with «صالح» names the Nabataean site Hegra. */
const MADAIN = foldWord('مدائن');
/**
 * Folded words after which «صالح» is "the good (of)": «صالح الأعمال» "good deeds" in the prayer
 * «تقبل الله منا ومنكم صالح الأعمال», «صالح أعمالهم», «صالح الأقوال والأفعال».
 */
const GOOD_DEEDS = new Set(
  [
    'الأعمال', 'الاعمال', 'أعمالهم', 'اعمالهم', 'أعمالنا', 'اعمالنا', 'أعمالكم', 'اعمالكم', 'أعماله', 'أعمالها', 'الأقوال', 'الاقوال',
    'الأفعال', 'الدعاء', 'دعائهم',
  ].map(foldWord),
);

/**
 * Names QA round 194: «يتقبل منا ومنهم [صالح]PERS الأعمال», «مدائن [صالح]PERS في العلا» — «صالح»
 * is the given name Saleh, the adjective "good" before the deeds of a prayer, and the second word
 * of the Nabataean site «مدائن صالح» (Hegra). A lone PERS «صالح» before a word of GOOD_DEEDS is
 * O; one right after «مدائن» (a proclitic allowed: «بمدائن صالح») makes one LOC with it.
 */
function mendSalih(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || infos[i]!.word.b !== SALIH || (i + 1 < tags.length && tags[i + 1] === B_PERS + 1)) continue;
    if (i > 0 && tags[i - 1] === O && infos[i - 1]!.word.b === MADAIN) label(tags, margins, i - 1, i + 1, B_LOC);
    else if (i + 1 < tags.length && GOOD_DEEDS.has(infos[i + 1]!.word.w)) tags[i] = O;
  }
}

/**
 * Names QA round 195: «قاعدة الملك خالد الجوية ب[خميس مشيط]PERS», «أولمبياد [ريو دي جانيرو]PERS»,
 * «في «[جلال آباد]PERS»», «بمجزرة [صبرا وشاتيلا]PERS» — towns of two words or more that open with
 * a given name or read as one. A PERS that is exactly a town of two words or more of CAPITALS or
 * CITIES (places.ts) is that LOC, unless the sentence speaks of sport, where a town's name is also
 * its club («[غازي عنتاب] التركي يختبر استعدادات الهلال»). «سان مارتن», a player, is no listed town.
 */
function retypePersonPlaces(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  let sport: boolean | undefined;
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i + 1] !== B_PERS + 1) continue;
    const j = spanEnd(tags, i);
    const word = infos[i]!.word;
    if (isListedSpan(infos, tags, i, word.w, places()) || (word.p.length > 0 && isListedSpan(infos, tags, i, word.b, places()))) {
      sport ??= speaksOfSport(infos);
      if (!sport) label(tags, margins, i, j, B_LOC);
    }
    i = j - 1;
  }
}

/**
 * Folded divine attributes, the «الأسماء الحسنى» with the article that follow «الله» or stand for
 * Him in pairs: «الرحمن الرحيم», «العزيز الحكيم», «العلي العظيم», «السميع العليم». Not those that are
 * as often a family name or a common word alone («الملك», «السلام», «الحق», «الحي», «المؤمن»,
 * «الولي»): a span must be all of these words to be dropped.
 */
const DIVINE_ATTRIBUTES = new Set(
  [
    'الرحمن', 'الرحيم', 'العزيز', 'الحكيم', 'العليم', 'الغفور', 'القدير', 'السميع', 'البصير', 'العلي', 'العظيم', 'القيوم', 'الخبير',
    'اللطيف', 'الودود', 'الكريم', 'الحليم', 'التواب', 'الحميد', 'المجيد', 'القهار', 'الجبار', 'المتكبر', 'القدوس', 'المهيمن', 'الوهاب',
    'الرزاق', 'الفتاح', 'العفو', 'الرؤوف', 'الرءوف', 'الغني', 'الواسع', 'الأعلى', 'الأكرم', 'الخالق', 'البارئ', 'المصور', 'الغفار',
    'الحفيظ', 'المقيت', 'الحسيب', 'الجليل', 'الرقيب', 'المجيب', 'المنان', 'الديان', 'الباري', 'المتعال',
  ].map(foldWord),
);

/** Folded «بسم» of «بسم الله الرحمن الرحيم». */
const IN_THE_NAME = foldWord('بسم');

/** Folded words for God before an attribute: «الله» (also «بالله», «لله», «والله»), «المولى», «الرب». */
const GOD_WORDS = new Set(['الله', 'لله', 'المولى', 'الرب'].map(foldWord));

/** Folded «عبد» as a set for headBase: before it an attribute is a given name («عبد الرحمن»). */
const ABD_HEADS = new Set([ABD]);

/** Whether token `k` is a dash, a bracket or a comma that sets an attribute apart: «الله - العلي القدير -». */
function isAside(raw: readonly string[], k: number): boolean {
  const r = raw[k]!;
  return r === '-' || r === '\u2013' || r === '\u2014' || r === '(' || r === ')' || r === '\u060c';
}

/**
 * Names QA round 196: «بقدرة [العزيز الحكيم]PERS», «إلا بالله [العلي العظيم]PERS», «الحمد لله
 * [العليم الحكيم]PERS», «أسأل الله العلي [العظيم]PERS», «راجيا من [العلي]PERS القدير», «[بسم الله
 * الرحمن الرحيم]PERS» — God's attributes (DIVINE_ATTRIBUTES) praise Him and name no person. A PERS
 * made only of them is O when it has two of them or more, or when «الله» (or «المولى», «الرب»)
 * comes before it — across other attributes and a dash — or an attribute right after it; not after
 * «عبد», whose «عبد الرحمن», «عبد العزيز» are given names. A PERS opening «بسم الله» and going on
 * with attributes keeps «الله» alone, as the MISC ANERcorp writes (B-MISC 48 times in train); a
 * lone PERS «الله» becomes that MISC too («يقول [الله]:»), unless the first part of a theophoric
 * name stands before it («عبد [الله]», «[نصر] [الله]»).
 */
function dropDivineAttributes(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const first = infos[i]!.word;
    if (j - i === 1 && first.b === ALLAH && first.p.length === 0) {
      if (!(i > 0 && headBase(infos[i - 1]!.word.w, THEOPHORIC_FIRSTS) !== '')) tags[i] = B_MISC;
    } else if (first.w === IN_THE_NAME && j - i >= 3 && infos[i + 1]!.word.w === ALLAH && allDivine(infos, i + 2, j)) {
      tags.fill(O, i, j);
      label(tags, margins, i + 1, i + 2, B_MISC);
    } else if (allDivine(infos, i, j) && !(i > 0 && headBase(infos[i - 1]!.word.w, ABD_HEADS) !== '')) {
      let praised = j - i >= 2 || (j < tags.length && tags[j] === O && DIVINE_ATTRIBUTES.has(infos[j]!.word.w));
      for (let k = i - 1; !praised && k >= 0 && i - k <= 4; k--) {
        if (isAside(raw, k)) continue;
        const w = infos[k]!.word.w;
        if (headBase(w, GOD_WORDS) !== '') praised = true;
        else if (tags[k] !== O || !DIVINE_ATTRIBUTES.has(w)) break;
      }
      if (praised) tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/** Whether every word from `i` to `j` is a bare divine attribute. */
function allDivine(infos: readonly TokenInfo[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!DIVINE_ATTRIBUTES.has(infos[k]!.word.w)) return false;
  return true;
}

/**
 * Folded adjectives of praise that are also family names or regnal titles: «الشريف» "noble",
 * «الحكيم» "wise", «الرشيد» "sound", «الحسن» "good", «المحمود» "praiseworthy", «الفاتح» "light (of a
 * colour); the conqueror", «العزيز» "dear", «اللطيف» "gentle", «الكريم» "noble", «الفاضل»
 * "virtuous", «الجليل» "venerable", «السعيد» "happy", «الأبي» "proud", «الصالح» "righteous",
 * «العظيم» "great", «المبارك» "blessed", «الكبير» "great". Not «الطاهر» "pure", as often the given
 * name Tahar before a family name the model left out («المستشفى الجامعي [الطاهر] صفر»).
 */
const PRAISE_ADJECTIVES = new Set(
  [
    'الشريف', 'الحكيم', 'الرشيد', 'الحسن', 'المحمود', 'الفاتح', 'العزيز', 'اللطيف', 'الكريم', 'الفاضل', 'الجليل', 'السعيد', 'الأبي',
    'الصالح', 'العظيم', 'المبارك', 'الكبير',
  ].map(foldWord),
);

/**
 * Folded nouns of a person, beyond PERSON_TRIGGERS, after which such an adjective may be a family
 * name or a regnal title («الصديق [العزيز]» is a friend, but «التابعي [الجليل]» a title's), so the
 * rule leaves it: kin and colleagues, scholars, founders and rulers; and the words after which a
 * name is no adjective: the eldest and youngest («ولده الأكبر [الحسن]»), «الناس» before the one
 * they pledged to («وبايع الناس [الحسن]»).
 */
const PERSON_HEADS = new Set(
  [
    'الأخ', 'الأخت', 'الصديق', 'الزميل', 'الزميلة', 'المربي', 'التابعي', 'الصحابي', 'المؤسس', 'الباني', 'الحاكم', 'المعلم', 'العلامة',
    'الفقيه', 'المفتي', 'الداعية', 'الراحل', 'الفقيد', 'المرحوم', 'الشهيد', 'الطبيب', 'المؤرخ', 'الأديب', 'الفيلسوف', 'المدير', 'الوكيل',
    'المقدم', 'الملازم', 'العريف', 'الرقيب', 'الوالد', 'الجد', 'العم', 'الخال', 'الحاج', 'المصطفى', 'الرسول', 'الوزير', 'الأمير',
    'الأكبر', 'الأصغر', 'الأوسط', 'الناس',
  ].map(foldWord),
);

/** Whether folded base `b` names a person (a title of PERSON_TRIGGERS or PERSON_HEADS). */
function isPersonHead(lex: Lexicon, b: string): boolean {
  return PERSON_HEADS.has(b) || ((lex.classes.get(b) ?? 0) & PERSON_TRIGGER) !== 0;
}

/**
 * Names QA round 197: «المسجد النبوي [الشريف]PERS», «آيات من الذكر [الحكيم]PERS», «الحكم
 * [الرشيد]PERS», «القبول [الحسن]PERS», «لهذا الوطن [العزيز]PERS», «الفستان البني [الفاتح]PERS» — an
 * adjective of praise (PRAISE_ADJECTIVES) that agrees with the definite noun before it describes
 * that noun and names nobody, though each is also a family name or a regnal title. A PERS ending in
 * such a word, alone or after adjectives in «ي» («المسجد [النبوي الشريف]PERS»), right after an
 * untagged definite word is O when the noun it describes — that word, or the word before untagged
 * adjectives in «ي» («الحرم القدسي [الشريف]», «الشعب السعودي [الأبي]»), at most three words from
 * the noun to the adjective of praise — is no person: not a title of PERSON_TRIGGERS or
 * PERSON_HEADS («الإمام [الحسن]», «الملك [الصالح]», «السلطان الأيوبي [الصالح]», «الدكتور [المحمود]»
 * stay), and a word the corpus knows (not «المجاهدينرحل [الحكيم]», two words run together).
 */
function dropPraiseAdjectives(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const last = infos[j - 1]!.word;
    let ok = j - i <= 3 && last.p.length === 0 && PRAISE_ADJECTIVES.has(last.b) && tags[i - 1] === O && isDefinite(infos[i - 1]!.word.b);
    for (let k = i; ok && k < j - 1; k++) ok = infos[k]!.word.p.length === 0 && isNisba(infos[k]!.word.b) && !isPersonHead(lex, infos[k]!.word.b);
    if (ok) {
      let k = i - 1;
      while (k > 0 && j - k <= 3 && tags[k - 1] === O && isNisba(infos[k]!.word.b) && !isPersonHead(lex, infos[k]!.word.b)) k--;
      const head = infos[k]!.word.b;
      if (!isPersonHead(lex, head) && freqOf(lex, head) >= 0) tags.fill(O, i, j); // not a typo's glued words
    }
    i = j - 1;
  }
}

/** «ون», the nominative ending of a masculine sound plural. */
const SOUND_PLURAL_END = '\u0648\u0646';

/**
 * Whether a folded word in «ون» (its article taken off) is the sound plural of a noun or
 * adjective: its oblique «…ين» is a word the corpus knows 2⁴ times or more, its singular (the word
 * without «ون») a word it knows at all and of four letters or more, and that singular has the
 * shape of a participle or nisba — opening with «م» («مشارك», «محام», «منظم»), «ا» second
 * («ناشط», «دارس»: فاعل), «ي» last («سلفي», «بحريني»), or «ا/ي» third of four («صياد», «وحيد»).
 * Family names in «ون» fail the oblique or the shape («كاميرون», «جاكسون», «بوردون»), or their
 * «…ين» is itself a name (personLike: «ستالون» Stallone, «ستالين» Stalin).
 */
function isSoundPlural(lex: Lexicon, b: string): boolean {
  const word = withoutArticle(b);
  if (!word.endsWith(SOUND_PLURAL_END)) return false;
  const single = word.slice(0, -2);
  const n = single.length;
  if (n < 4) return false;
  const shaped =
    single.charCodeAt(0) === 0x0645 || single.charCodeAt(1) === 0x0627 || single.charCodeAt(n - 1) === 0x064a || (n === 4 && (single.charCodeAt(2) === 0x0627 || single.charCodeAt(2) === 0x064a));
  const oblique = single + '\u064a\u0646';
  return shaped && freqOf(lex, oblique) >= 4 && !personLike(lex, oblique) && freqOf(lex, single) >= 0;
}

/** Folded vocative particle «يا» "O …", bare and after «و» (which the folding leaves on it). */
const VOCATIVES = new Set(['يا', 'ويا'].map(foldWord));

/**
 * Names QA round 207: «فرحمة الله عليك [يا فهمي يوسف بصراوي]PERS», «يجب -[يا بني]- أن …», «[ويا
 * غافل]PERS لك الله» — the vocative «يا» was read into the name it calls, or made a name of the
 * word it calls. A PERS that opens with «يا/ويا» starts after it when more than one word follows,
 * or when the one word is a given name or a word the self-training tag dictionary mostly finds in
 * names (persShare 3: «[يا أحمد]» → «[أحمد]»); else it is O («يا بني» "my son", «يا عزيزي» "my
 * dear", «ويا هلا» "welcome"). A lone «[ويا]» is left (Weah), and so are ORG and MISC (song titles: «"[يا مجنون]"»).
 */
function dropVocatives(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    // a lone «[ويا]» may be the family name Weah («البديل [ويا]، وهو ابن جورج ويا»)
    if (j > i + 1 && VOCATIVES.has(infos[i]!.word.w)) {
      const called = infos[i + 1]!.word.b;
      // a mark the model ran the span over («[يا ولد ..]») is no word
      const words = j > i + 2 && isArabicLetter(infos[i + 2]!.word.b.charCodeAt(0));
      if (words || ((lex.classes.get(called) ?? 0) & GIVEN_NAME) !== 0 || persShare(lex, called) >= 3) {
        tags[i] = O;
        tags[i + 1] = B_PERS;
      } else for (let k = i; k < j; k++) tags[k] = O;
    }
    i = j - 1;
  }
}

/** The clitic «ل» "to, for" as features.ts splits it off a word. */
const TO_CLITIC = '\u0644';

/** Folded words after which a name goes on: «[عبد لناصر]» (a typo of «عبد الناصر»), «[أيت لحسن]». */
const NAME_GOES_ON = new Set(['عبد', 'بن', 'ابن', 'أبن', 'بنت', 'أبو', 'أبي', 'أبا', 'آل', 'أيت', 'دي', 'ولد'].map(foldWord));

/**
 * Names QA round 208: «[كيم لترامب]PERS», «[محمد بن سلمان لمصر]PERS», «اتجاه [معاكس لراموس]PERS»
 * — the model ran a PERS over the word after it, the object of «ل» "to": «رسالة من كيم لترامب» is
 * a letter from Kim to Trump. When the last word of a PERS of two or more words is «ل» and a
 * base the corpus sees at least eight times as often alone (log2 frequency 3 more) and reads as
 * a person most of the time (persShare 3) or as a place (a known place, or a place share of 2 or
 * more; not after a title and a word never read as a name: «السيد [كي لدبي]»), the span ends
 * before it and that word (without its clitic) is the person or place. A surname written with «ل»
 * is a word of its own and stays: «[دريد لحام]» (Lahham, not «حام»),
 * «[لطفي لبيب]», «[محمد لمين]». What is left is O when it is one word the tag dictionary never
 * reads as a person and no given name («مشروع [عقاري] لترامب», «غرسة [سنديان] لترامب»).
 */
function splitToObjects(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const last = infos[j - 1]!.word;
    const c = last.b.charCodeAt(0);
    if (
      j > i + 1 &&
      last.p === TO_CLITIC &&
      // «لا/لو/لي» open many foreign names: «[فيليب لاليو]», «[مارك لوين]», «[تشو ليانغ]»
      raw[j - 1]!.charCodeAt(1) !== ALEF &&
      c !== WAW &&
      c !== YEH &&
      last.b !== ABD &&
      !NAME_GOES_ON.has(infos[j - 2]!.word.b) &&
      ((lex.classes.get(last.w) ?? 0) & GIVEN_NAME) === 0 &&
      freqOf(lex, last.b) >= freqOf(lex, last.w) + 3
    ) {
      const code = lex.tagdict.get(last.b) ?? 0;
      const to = tagShare(code, 0) >= 3 ? B_PERS : isKnownPlace(lex, [last.b]) || tagShare(code, 1) >= 2 ? B_LOC : O;
      // a title before one word the corpus never reads as a name: «السيد [كي لدبي] من نيجيريا» is
      // a name, not Kay "to Dubai"; «الملك [فاروق] لمصر» is split
      const titled = j === i + 2 && i > 0 && ((lex.classes.get(infos[i - 1]!.word.b) ?? 0) & PERSON_TRIGGER) !== 0 && persShare(lex, infos[i]!.word.b) === 0;
      if (to === B_PERS || (to === B_LOC && !titled)) {
        tags[j - 1] = to;
        // as written: «[كمينا] لطلال» is «ك» + «مينا» only in the features
        const front = infos[i]!.word.w;
        if (j === i + 2 && persShare(lex, front) === 0 && ((lex.classes.get(front) ?? 0) & GIVEN_NAME) === 0) tags[i] = O;
      }
    }
    i = j - 1;
  }
}

/**
 * Folded «أمين» "mayor, secretary" (also the given name Amin) and «سلطان» "sultan, power" (also
 * the given name Sultan), which before a place are an office: «أمين الأحساء» the mayor of Al-Ahsa;
 * and «جمال» "beauty" (also the given name Jamal): «ملكة جمال بغداد» Miss Baghdad, «بجمال عسير».
 */
const PLACE_OFFICES = new Set(['أمين', 'سلطان', 'جمال'].map(foldWord));

/** Folded «جمال» "beauty", of PLACE_OFFICES. */
const BEAUTY = foldWord('جمال');

/** Folded «غير» "other than": «[سلطان غير] سلطان القانون» "no power but the law's". */
const GHAYR = foldWord('غير');

/**
 * Names QA round 209: «وقال [أمين الأحساء]PERS المهندس …», «[سلطان عمان قابوس بن سعيد]PERS», «لا
 * [سلطان غير] سلطان القانون» — «أمين» and «سلطان» are given names, and the model read the office
 * before a place as a person; round 210 adds «جمال» "beauty" («ملكة [جمال بغداد]PERS»). A PERS
 * opening with one of PLACE_OFFICES (no clitic but «و») whose next word is a place (a known place,
 * or a place share of 2 or more; 3 after «جمال») the tag dictionary never reads as a person now
 * leaves the office out: the place is a LOC and the words after it, if any, the person
 * («سلطان [عمان]LOC [قابوس بن سعيد]PERS»), but one definite word in «ي» is O («سلطان [بروناي]
 * الثاني»). «أمين بخاري», «سلطان المصري» (surnames now and then read as names) stay; a PERS of
 * «سلطان غير …» "a power other than" is O.
 */
function dropOfficesOfPlaces(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const office = infos[i]!.word;
    if (j > i + 1 && PLACE_OFFICES.has(office.b)) {
      const b = infos[i + 1]!.word.b;
      const code = lex.tagdict.get(b) ?? 0;
      if (b === GHAYR) tags.fill(O, i, j);
      else if (
        (office.p.length === 0 || office.p === WAW_PROCLITIC) &&
        infos[i + 1]!.word.p.length === 0 &&
        tagShare(code, 0) === 0 &&
        // «جمال» before a word now and then a place is "the beauty of the head", «جمال الرأس»
        (isKnownPlace(lex, [b]) || tagShare(code, 1) >= (office.b === BEAUTY ? 3 : 2))
      ) {
        tags[i] = O;
        tags[i + 1] = B_LOC;
        // one definite word in «ي» left is the ruler's nisba or ordinal, no name: «سلطان مصر المملوكي»
        if (j === i + 3 && isNisba(infos[i + 2]!.word.b)) tags[i + 2] = O;
        else if (j > i + 2) tags[i + 2] = B_PERS;
      }
    }
    i = j - 1;
  }
}

/** The digit of the name-context code that counts a word after a place's head. */
const PLACE_HEAD_CUE = CUES.indexOf('place-head');

/**
 * Names QA round 211: «ورسمت [أرامكو]LOC السعودية الابتسامة», «إلى [يونايتد]LOC», «[الكونجرس]LOC
 * الأميركي», «مديرا في [دويتشه]LOC بنك» — one word the model read as a place that the self-training
 * tag dictionary reads as an organisation most of the time (ORG share 3) and never as a place or
 * a person is an ORG, unless it is a known place, a word the corpus sees after a place's head
 * a few times (log2 count 2 or more of the `place-head` context: «مانشستر», «الزمالك», clubs named
 * after their town) or follows a place's head here («نهر [التايمز]», «حي [تشيلسي]»).
 */
function retypeOrgWords(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    const b = infos[i]!.word.b;
    const code = lex.tagdict.get(b) ?? 0;
    if (tagShare(code, 2) < 3 || tagShare(code, 1) > 0 || tagShare(code, 0) > 0 || isKnownPlace(lex, [b])) continue;
    // a town that is also a club's name: the corpus sees it after «مدينة/حي» («مانشستر», «الزمالك»)
    const cues = lex.namectx.get(b);
    if (cues !== undefined && cues.charCodeAt(PLACE_HEAD_CUE) >= 0x32) continue;
    const before = i > 0 ? infos[i - 1]!.word.b : '';
    if (PLACE_HEADS.has(before) || PLACE_NAME_HEADS.has(before)) continue;
    tags[i] = B_ORG;
  }
}

/** Folded «القدم» "foot", of «لكرة القدم» "for football". */
const FOOT = foldWord('القدم');

/**
 * Names QA round 212: «قبل وصولهما إلى [الاتحاد]LOC وهو نادي …», «تعصف ب[الاتحاد]LOC الانجليزي لكرة
 * القدم», «من المجلس إلى [الاتحاد]LOC بين هذه الدول» — «الاتحاد» alone is a club (Al-Ittihad), a
 * sports federation or a union, never a place. A one-word LOC of «الاتحاد» (with any clitics):
 * - before a nationality adjective the model left O (CLUB_NATIONALITIES, not «الروسي/السويسري»,
 *   states) is that country's federation, an ORG over both words and «لكرة القدم» after them;
 * - else is an ORG in a sentence about sport (speaksOfSport) or next to an ORG («الأهلي
 *   و[الاتحاد]»), and O elsewhere, as ANERcorp train leaves a lone «الاتحاد» O (17 times, never a
 *   place);
 * - but after the head of a place it stays («ملعب [الاتحاد]» Etihad Stadium, «شارع [الاتحاد]»).
 */
function retypeLoneUnion(infos: readonly TokenInfo[], tags: Int8Array): void {
  let sport: boolean | undefined;
  const n = tags.length;
  for (let i = 0; i < n; i++) {
    if (tags[i] !== B_LOC || infos[i]!.word.b !== UNION || (i + 1 < n && tags[i + 1] === B_LOC + 1)) continue;
    if (i > 0 && TITLED_PLACE_HEADS.has(infos[i - 1]!.word.b)) continue;
    const next = i + 1 < n && tags[i + 1] === O ? infos[i + 1]!.word : undefined;
    if (next !== undefined && next.p.length === 0 && CLUB_NATIONALITIES.has(next.b) && !STATE_UNIONS.has(next.b)) {
      tags[i] = B_ORG;
      tags[i + 1] = B_ORG + 1;
      if (i + 3 < n && tags[i + 2] === O && tags[i + 3] === O && infos[i + 2]!.word.w === FOR_BALL && infos[i + 3]!.word.b === FOOT) tags.fill(B_ORG + 1, i + 2, i + 4);
      continue;
    }
    const nearOrg = (i > 0 && (tags[i - 1] === B_ORG || tags[i - 1] === B_ORG + 1)) || (i + 1 < n && tags[i + 1] === B_ORG);
    sport ??= speaksOfSport(infos);
    tags[i] = sport || nearOrg ? B_ORG : O;
  }
}

/** Folded words that name a device or console wherever they stand: «الآيفون», «آيباد», «(بلاي) ستيشن». */
const PRODUCT_WORDS = new Set(['الآيفون', 'آيباد', 'ايباد', 'الآيباد', 'ستيشن'].map(foldWord));

/**
 * Folded «آيفون», also Yvonne as «ايفون/إيفون» are written: a product only as written «آيفون/أيفون»,
 * alone, or before «إكس».
 */
const IPHONE = foldWord('ايفون');

/** Folded «إكس» "X", the model of a phone («آيفون إكس») or the first word of «إكس بوكس». */
const X_MODELS = new Set(['إكس', 'اكس'].map(foldWord));

/** Folded first words of a product's name: «آي فون», «ويندوز فون», «إكس بوكس», «بلاي ستيشن». */
const PRODUCT_OPENERS = new Set(['آي', 'آى', 'ويندوز', 'إكس', 'اكس', 'الإكس', 'بلاي', 'بلي'].map(foldWord));

/** U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE and U+0623 ALEF WITH HAMZA ABOVE («آيفون/أيفون»). */
const ALEF_MADDA = 0x0622;
const ALEF_HAMZA_ABOVE = 0x0623;

/**
 * Folded «فون» "phone" (also «von»: «أوتو فون بسمارك») and «بوكس» "box" (also a family name):
 * products only after PRODUCT_OPENERS.
 */
const AFTER_OPENERS = new Set(['فون', 'بوكس'].map(foldWord));

/** Folded «غالاكسي/جالاكسي»: Samsung's phones, or the club LA Galaxy. */
const GALAXY = new Set(['غالاكسي', 'جالاكسي'].map(foldWord));

/**
 * Names QA round 213: «تطبيق على [آي فون]PERS», «لجهاز [إكس بوكس]PERS», «مايكروسوفت تحدث [إكس بوكس]PERS
 * وان», «بلاي [ستيشن]PERS 3», «هواتف آى [فون]PERS», «الفوز على [غالاكسي]PERS» — a device, console or
 * the club LA Galaxy read as a person. A PERS holding a word of PRODUCT_WORDS, «آيفون» (IPHONE), or
 * «فون/بوكس» after one of PRODUCT_OPENERS, is a product, MISC as the model tags «[آيفون]MISC»; a first word of
 * PRODUCT_OPENERS the model left O just before it (past a «.» or «-»: «آي.[فون]») joins it. A PERS
 * holding «غالاكسي» is the club (ORG) when alone or in a sentence about sport, else the phone
 * (MISC: «[غالاكسي إس 9]»). Names stay: «فون» of «[أوتو فون بسمارك]», «بوكس» not after «إكس»
 * («[جورج بوكس]»), and «إيفون/ايفون» before a family name (Yvonne, which folds to the iPhone's
 * «ايفون»: «[إيفون ستراهوفسكي]», «[ايفون جولاجونج]»).
 */
function retypeProducts(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  let sport: boolean | undefined;
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    let product = false;
    let galaxy = false;
    for (let k = i; k < j; k++) {
      const b = infos[k]!.word.b;
      if (b === IPHONE) {
        const c = raw[k]!.charCodeAt(0);
        if (c === ALEF_MADDA || c === ALEF_HAMZA_ABOVE || j === i + 1 || (k + 1 < j && X_MODELS.has(infos[k + 1]!.word.b))) product = true;
      } else if (PRODUCT_WORDS.has(b) || (AFTER_OPENERS.has(b) && k > i && PRODUCT_OPENERS.has(infos[k - 1]!.word.b))) product = true;
      else if (GALAXY.has(b)) galaxy = true;
    }
    let from = i;
    let k = i - 1;
    if (k >= 0 && (raw[k] === '.' || raw[k] === '-')) k--;
    const opener = k >= 0 && tags[k] === O && PRODUCT_OPENERS.has(infos[k]!.word.b);
    if (!product && j === i + 1 && AFTER_OPENERS.has(infos[i]!.word.b) && opener) product = true;
    if (product && opener) from = k;
    let type = product ? B_MISC : O;
    if (!product && galaxy) {
      // alone it is most often the club: «الفوز على [غالاكسي]»; the phones have a model after it
      sport ??= speaksOfSport(infos);
      type = sport || j === i + 1 ? B_ORG : B_MISC;
    }
    if (type !== O) {
      tags[from] = type;
      tags.fill(type + 1, from + 1, j);
    }
    i = j - 1;
  }
}

/** Folded «سورية», Syria as Syrian news spells it, also the indefinite feminine of "Syrian". */
const SYRIA = foldWord('سورية');

/**
 * Folded indefinite plurals that «سورية» follows as the adjective "Syrian": «مصادر سورية»
 * "Syrian sources", «فصائل سورية», «أهداف سورية», «وسائل إعلام سورية». Not «مدن/مناطق» (the
 * cities of Syria are a place either way) nor «أكراد» («أكراد سورية» "the Kurds of Syria").
 */
const SYRIAN_NOUNS = new Set(
  ['مصادر', 'مواقع', 'أهداف', 'فصائل', 'قوات', 'طائرات', 'جنسيات', 'منشآت', 'إعلام', 'عناصر', 'ميليشيات', 'مليشيات', 'جماعات', 'شخصيات', 'منتجات'].map(foldWord),
);

/** Folded adjectives that agree with «سورية» the adjective after it: «سورية موالية», «سورية رسمية», «سورية الجنسية». */
const SYRIAN_AGREEING = new Set(['موالية', 'معارضة', 'رسمية', 'حكومية', 'مسلحة', 'جديدة', 'عدة', 'عديدة', 'أخرى', 'الجنسية'].map(foldWord));

/** Folded «قوات» "forces" and «الديمقراطية»: «قوات سورية الديمقراطية», the SDF. */
const FORCES = foldWord('قوات');
const DEMOCRATIC = new Set(['الديمقراطية', 'الديموقراطية'].map(foldWord));

/**
 * Folded prepositions and particles after which «سورية» is the state whatever follows: «لا يوجد
 * في [سورية] معارضة موحدة», «أو [سورية] أخرى».
 */
const BEFORE_SYRIA = new Set(['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'أو', 'بين', 'داخل', 'خارج', 'حول', 'نحو', 'لدى', 'عبر', 'تجاه', 'ضد', 'إلا'].map(foldWord));

/** The folded ending «ية» of a feminine nisba («عربية» → «عربيه»). */
const FOLDED_IYYA = foldWord('ية');

/**
 * Names QA round 215: «نقلت مصادر [سورية]LOC معارضة», «وفصائل [سورية]LOC», «ميليشيات [سورية]LOC
 * موالية», «أهداف "[سورية]LOC وإيرانية"» — «سورية» is Syria and also the indefinite feminine of
 * "Syrian", which ANERcorp leaves O as it does «القوات الإسرائيلية». A lone «[سورية]LOC» with no
 * proclitic is O after a plural of SYRIAN_NOUNS, or before an adjective that agrees with it
 * (SYRIAN_AGREEING) or «و» + another indefinite nisba in «ية» whose masculine the corpus knows
 * («سورية وعربية»; not «وتركيا», a place). After «قوات» and before «الديمقراطية» it is the SDF:
 * «[قوات سورية الديمقراطية]ORG». The state after a preposition (BEFORE_SYRIA: «لا يوجد في
 * [سورية] معارضة موحدة») or a verb stays («تواجه [سورية] أزمة»).
 */
function dropSyrianAdjectives(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    const { w, p } = infos[i]!.word;
    if (w !== SYRIA || p.length > 0 || tags[i - 1] !== O) continue;
    const prev = infos[i - 1]!.word.b;
    const next = i + 1 < tags.length && tags[i + 1] === O ? infos[i + 1]!.word : undefined;
    if (prev === FORCES && next !== undefined && DEMOCRATIC.has(next.w)) {
      tags[i - 1] = B_ORG;
      tags[i] = B_ORG + 1;
      tags[i + 1] = B_ORG + 1;
      continue;
    }
    if (SYRIAN_NOUNS.has(prev)) tags[i] = O;
    else if (BEFORE_SYRIA.has(infos[i - 1]!.word.w)) continue;
    else if (next !== undefined && next.p.length === 0 && SYRIAN_AGREEING.has(next.w)) tags[i] = O;
    else if (next !== undefined && next.p === 'و' && next.b.length >= 5 && next.b.endsWith(FOLDED_IYYA) && !isDefinite(next.b)) {
      // «سورية وعربية»: another nisba, not a place («سورية وتركيا»)
      const masculine = next.b.slice(0, -1);
      if (freqOf(lex, masculine) >= 6 && !isKnownPlace(lex, [next.b])) tags[i] = O;
    }
  }
}

/**
 * Folded indefinite nouns besides DESCRIBED_PERSON_NOUNS that a nationality adjective describes
 * with no name after it: «من أصل تركي» "of Turkish origin", «مصدر أمني تركي», «وفد تركي», «نائب
 * بحريني», «مسجد تركي». Not «أستاذ», which addresses a person by name («يا أستاذ غازي»).
 */
const NISBA_DESCRIBED_NOUNS = new Set(
  ['أصل', 'أمني', 'وفد', 'وزير', 'رسمي', 'نائب', 'زعيم', 'قاض', 'قاضي', 'نجم', 'شرطي', 'عسكري', 'مدفعي', 'سينمائي', 'جيش', 'مسجد', 'قصف', 'مطبخ', 'شعر', 'حصار', 'اعتقال', 'اجتماع', 'مخرج', 'كاتب', 'شاعر', 'فنان', 'ممثل', 'روائي', 'مغني', 'باحث', 'أكاديمي', 'سياسي', 'برلماني'].map(foldWord),
);

/**
 * Names QA round 216: «جندي [تركي]PERS», «من أصل [تركي]PERS», «مصدر أمني [تركي]PERS», «نائب
 * [بحريني]PERS» — a nationality adjective with no name after it, read as a person; «تركي» is also
 * the given name Turki. A one-word PERS with no proclitic that is an indefinite word in «ي» whose
 * feminine in «ية» the corpus knows about as well (an adjective: within a factor of two of the
 * masculine's count, which leaves the names «سامي/سامية», «مجدي», «زكي»), right after a noun of
 * DESCRIBED_PERSON_NOUNS or NISBA_DESCRIBED_NOUNS the model left O, is O, and so is a PERS of
 * exactly a noun of NISBA_DESCRIBED_NOUNS and such an adjective («وقال [زعيم تركي]PERS»; round 205
 * drops those of DESCRIBED_PERSON_NOUNS). Not after «يا» (a vocative: «يا نائب تركي») nor after a
 * noun written with «ه» "his" («مواطنه [سولي] علي مونتاري», which folds like «مواطنة»); the names
 * stay after a title («الأمير [تركي]», «اللواء [تركي]») or a verb («قرر [تركي]»).
 */
function dropLoneNisbas(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    if (j === i + 2 && NISBA_DESCRIBED_NOUNS.has(infos[i]!.word.b) && nationalityAdjective(infos[i + 1]!.word, lex)) {
      // «وقال [زعيم تركي]PERS»: the noun and its adjective
      if (i === 0 || !VOCATIVES.has(infos[i - 1]!.word.w)) tags.fill(O, i, j);
    } else if (j === i + 1 && i > 0 && tags[i - 1] === O && nationalityAdjective(infos[i]!.word, lex)) {
      const prev = infos[i - 1]!.word.b;
      // «مواطنه [سولي] علي مونتاري» "his compatriot": written «ه», not the feminine «ة» it folds to
      const before = raw[i - 1]!;
      const described = (DESCRIBED_PERSON_NOUNS.has(prev) || NISBA_DESCRIBED_NOUNS.has(prev)) && before.charCodeAt(before.length - 1) !== HEH;
      if (described && (i < 2 || !VOCATIVES.has(infos[i - 2]!.word.w))) tags[i] = O;
    }
    i = j - 1;
  }
}

/**
 * Whether a word is an indefinite adjective in «ي» with no proclitic whose feminine in «ية» the
 * corpus knows about as well as it (within a factor of two: «تركي/تركية», not the names
 * «سامي/سامية», «مجدي», «زكي»).
 */
function nationalityAdjective(word: WordInfo, lex: Lexicon): boolean {
  const { b, p } = word;
  if (p.length > 0 || b.length < 4 || isDefinite(b, 2) || b.charCodeAt(b.length - 1) !== YEH) return false;
  const feminine = freqOf(lex, b + FOLDED_TEH_MARBUTA);
  return feminine >= 2 && feminine >= freqOf(lex, b) - 1;
}

/**
 * Folded nouns after which a town that names a club is the town, not the club: «مدينة
 * ليفربول», «أهالي ليفربول», «مطار مانشستر», «عمدة نيس». Not «منطقة» («باتجاه منطقة الزمالك» is
 * the club's penalty area), «العاصمة» («قطبي العاصمة الهلال والنصر») nor «مستشفى/شرطة» («مستشفى
 * مانشستر الملكي» is the hospital's name).
 */
const TOWN_OF_HEADS = new Set(['مدينة', 'مدينتي', 'بلدة', 'قرية', 'مطار', 'أهالي', 'سكان', 'عمدة', 'ضواحي', 'شوارع'].map(foldWord));

/**
 * Names QA round 217: «الطالب الموجود في مدينة [ليفربول]ORG», «أهالي [ليفربول]ORG», «إلى مطار
 * [مانشستر]ORG», «لسكان [الجزيرة]ORG» — a town that names a club (the tag dictionary reads
 * «ليفربول», «مانشستر» as organisations, and the gazetteer does not list them) after a noun of its
 * town. A one-word ORG with no proclitic right after a noun of TOWN_OF_HEADS the model left O is a
 * LOC, unless a «لل…» word follows («مدينة [اليونسكو] للموسيقى», a title the body gives). After
 * «في/إلى/من» the club and the town cannot be told apart by a sentence's words: news of transfers
 * («المنتقل إلى [ميلان]») uses no word of the game.
 */
function retypeClubTowns(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_ORG || (i + 1 < tags.length && tags[i + 1] === B_ORG + 1) || tags[i - 1] !== O) continue;
    if (infos[i]!.word.p.length > 0 || !TOWN_OF_HEADS.has(infos[i - 1]!.word.b)) continue;
    // «مدينة [اليونسكو] للموسيقى»: a body's title for the town
    const next = i + 1 < tags.length ? infos[i + 1]!.word.w : '';
    if (next.length > 3 && next.charCodeAt(0) === LAM && next.charCodeAt(1) === LAM) continue;
    tags[i] = B_LOC;
  }
}

/** Folded «فيلق» "corps, legion", indefinite: the head of a named force («فيلق القدس»). */
const CORPS = foldWord('فيلق');

/**
 * Names QA round 218: «السيطرة على فيلق [القدس]LOC», «جماعة فيلق [الرحمن]MISC», «مجموعات من فيلق
 * [الشام]LOC», «فيلق [أفريقيا]LOC الألماني» — a named corps or armed group (the Quds Force, the
 * Rahman Legion, the Sham Legion, the Afrika Korps), whose name the model read as the place or the
 * divine name inside it. «فيلق» (indefinite, with any proclitic) the model left O, right before a
 * LOC or MISC, makes one ORG with it, as «حزب الله» is one ORG in ANERcorp. A PERS after it stays:
 * a corps named after its commander («فيلق [جوديريان]»).
 */
function labelCorps(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || infos[i]!.word.b !== CORPS) continue;
    const t = tags[i + 1]!;
    if (t !== B_LOC && t !== B_MISC) continue;
    const j = spanEnd(tags, i + 1);
    tags[i] = B_ORG;
    tags.fill(B_ORG + 1, i + 1, j);
    i = j - 1;
  }
}

/** Folded «بلاي» "play" of «بلاي أوف», and the proclitics and article it is written with. */
const PLAY = foldWord('بلاي');
const PLAY_PREFIXES = new Set(['', 'ال', 'ل', 'لل', 'و', 'وال', 'ول', 'ولل', 'بال', 'ف', 'فال'].map(foldWord));
/** Folded «أوف» "off" of «بلاي أوف». */
const OFF = foldWord('أوف');

/**
 * Names QA round 221: «مرحلة "[البلاي]ORG أوف"», «أفضل مسجل في [البلاي]LOC أوف», «البلاي
 * [أوف]MISC», «مرحلة [البلاي أوف لبطولة الرابطة]ORG» — the play-offs, an English loan written in
 * two words, which the model reads as a club, a place or the start of a league's name. Any entity
 * holding «(ال)بلاي» (with «و/ل/ب/ف» before it) right before «أوف/اوف», or starting at that
 * «أوف», is dropped whole; «بلاي ستيشن» (PlayStation) is another word.
 */
function dropPlayoffs(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const w = infos[i]!.word.w;
    if (!w.endsWith(PLAY) || !PLAY_PREFIXES.has(w.slice(0, w.length - PLAY.length)) || infos[i + 1]!.word.w !== OFF) continue;
    for (const k of [i, i + 1]) {
      if (tags[k] === O) continue;
      let from = k;
      while (from > 0 && tags[from]! % 2 === 0 && tags[from - 1] !== O) from--;
      tags.fill(O, from, spanEnd(tags, from));
    }
    i++;
  }
}

/** Folded «مستشفى/مستشفيات» "hospital(s)", indefinite (the head of a hospital's name), and «الجامعي» "university" after it. */
const HOSPITALS = new Set(['مستشفى', 'مستشفيات'].map(foldWord));
const DEF_HOSPITAL = foldWord('المستشفى');
const UNIVERSITY_ADJ = foldWord('الجامعي');

/**
 * Names QA round 225: «بمستشفى [فرحات حشاد]PERS», «المستشفى الجامعي [الحبيب بورقيبة]PERS»,
 * «مستشفيات [شارل نيكول]PERS» — hospitals named after a person, which the model reads as the
 * person. A PERS right after an indefinite «مستشفى/مستشفيات» (the head of a construct, with
 * «و/ف/ب/ل» or none), or after «مستشفى/المستشفى الجامعي», is the hospital: ORG, as ANERcorp tags
 * «مستشفى [الملك فيصل]ORG التخصصي». After the definite «المستشفى» alone a name is in apposition
 * («مدير المستشفى [محمد الخياط]», the director) and stays.
 */
function retypeHospitalNames(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const prev = infos[i - 1]!.word.b;
    const named = HOSPITALS.has(prev) || (prev === UNIVERSITY_ADJ && i >= 2 && infos[i - 1]!.word.p.length === 0 && (HOSPITALS.has(infos[i - 2]!.word.b) || infos[i - 2]!.word.b === DEF_HOSPITAL));
    if (!named || tags[i - 1] !== O) continue;
    const j = spanEnd(tags, i);
    tags[i] = B_ORG;
    tags.fill(B_ORG + 1, i + 1, j);
    i = j - 1;
  }
}

/** Folded «شركة» "company". */
const COMPANY = foldWord('شركة');

/**
 * Folded definite words that follow a company's name and are none of it: words of time («شركة مصر
 * للطيران العام الماضي») and participles that describe the company («المملوكة» "owned by",
 * «المنبثقة» "sprung from", «التابعة» "belonging to", «المشغلة» "operating").
 */
const COMPANY_NAME_STOPS = new Set(
  [
    ...['العام', 'الماضي', 'الجاري', 'الحالي', 'المقبل', 'الأسبوع', 'الشهر', 'السنة', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
    ...['المملوكة', 'المملوك', 'المنبثقة', 'المنبثق', 'التابعة', 'التابع', 'المشغلة', 'المشغل', 'المسؤولة', 'المسؤول', 'المدرجة', 'المدرج', 'المكلفة', 'المكلف', 'المالكة', 'المالك', 'المنفذة', 'المنفذ', 'الجارية'],
  ].map(foldWord),
);

/**
 * True when the folded definite `b` is a feminine nationality adjective: a listed one
 * (FEMININE_NATIONALITIES) or «ال» + a known place's stem + «ية» («الكويتية», «المصرية»,
 * «الأمريكية» of «أمريكا»).
 */
function isFeminineNationality(lex: Lexicon, b: string): boolean {
  if (FEMININE_NATIONALITIES.has(b)) return true;
  if (!isDefinite(b, 3) || !b.endsWith('\u064a\u0647')) return false;
  const stem = b.slice(2, -2);
  return isKnownPlace(lex, [stem]) || isKnownPlace(lex, ['\u0627\u0644' + stem]) || isKnownPlace(lex, [stem + '\u0627']);
}

/**
 * «شركة [مصر]ORG للطيران», «شركة [آسيا]ORG للاستثمار», «شركة [الصين]ORG للموارد الطبيعية»,
 * «شركة [جدة]ORG للتنمية والتطوير العمراني»: a company named by a place and what it does, where
 * the model tags the place alone as the company. An ORG of at most three words right after
 * «شركة» that is a place (placeLike) goes on over the next word when that is «ل» + a noun of
 * three letters or more, and over up to three definite words after it (with «و» or none) — not
 * a word of COMPANY_NAME_STOPS (time, a describing participle) nor a feminine nationality
 * adjective (isFeminineNationality), which ANERcorp leaves out of a company's name («شركة
 * [بترونت] الهندية»); ANERcorp train writes «شركة [قطر للغاز المسال المحدودة]ORG».
 */
function extendPlaceCompanies(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_ORG || tags[i - 1] !== O || infos[i - 1]!.word.b !== COMPANY) continue;
    const j = spanEnd(tags, i);
    const after = j < tags.length ? infos[j]!.word : undefined;
    const cued = j - i <= 3 && after !== undefined && tags[j] === O && after.p === '\u0644' && after.b.length >= 3;
    if (!cued || !placeLike(lex, infos.slice(i, j).map((x, k) => (k === 0 ? x.word.b : x.word.w)), '')) {
      i = j - 1;
      continue;
    }
    let k = j + 1;
    while (k < tags.length && k <= j + 3 && tags[k] === O) {
      const { p, b } = infos[k]!.word;
      if ((p !== '' && p !== '\u0648') || !isDefinite(b) || NOT_NOUNS.has(b) || COMPANY_NAME_STOPS.has(b) || isFeminineNationality(lex, b)) break;
      k++;
    }
    label(tags, margins, i, k, B_ORG);
    i = k - 1;
  }
}

/**
 * Folded two-word common nouns, foods and music genres written as loanwords, which the model
 * reads as a two-word name (names QA round 228): «[الآيس كريم]PERS» "ice cream", «[الديك
 * الرومي]PERS» "turkey", «[الهيب هوب]PERS», «[البانك روك]ORG», «[كوفي شوب]PERS», «[تشيز
 * برغر]ORG», and the greeting «[رمضان كريم]PERS». Names QA round 233: «[الحد الأقصى]MISC»
 * "the maximum", «الحد الأدنى» "the minimum", «[الحجر الأساس]MISC», «[حجر الزاوية]MISC»
 * "the cornerstone" (ANERcorp train: «الحد الأدنى», «حجر الزاوية» O). Names QA round 276: the
 * prayer's «[كيد الكائدين]PERS» "the plotting of the plotters" and «[أبو الفنون]PERS» "the father
 * of the arts" (the theatre).
 */
const COMMON_PHRASES = new Set(
  [
    'آيس كريم', 'ايس كريم', 'أيس كريم', 'الآيس كريم', 'الايس كريم', 'الأيس كريم',
    'ديك رومي', 'الديك الرومي', 'هيب هوب', 'الهيب هوب', 'بانك روك', 'البانك روك',
    'كوفي شوب', 'الكوفي شوب', 'تشيز برغر', 'تشيز بيرغر', 'تشيز برجر', 'رمضان كريم',
    'الحد الأقصى', 'الحد الأدنى', 'حد أقصى', 'حد أدنى', 'الحجر الأساس', 'حجر الأساس', 'حجر الزاوية', 'الحجر الأساسي',
    'كيد الكائدين', 'أبو الفنون', 'أبي الفنون', 'أبا الفنون',
  ].map((p) => p.split(' ').map(foldWord).join(' ')),
);

/**
 * «و[الآيس كريم]PERS», «ذبح 177 ألف [ديك رومي]PERS», «مثل [البانك روك]ORG و[الهيب هوب]PERS»: a
 * name of exactly two words, of any type, that is a common noun of COMMON_PHRASES (the first word
 * as written after its proclitics, or after a «ل» that swallowed the article: «ل[لآيس كريم]») is
 * none and goes out.
 */
function dropCommonPhrases(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0) continue;
    const j = spanEnd(tags, i);
    if (j - i === 2) {
      const first = infos[i]!.word;
      const second = infos[i + 1]!.word.w;
      const lam = first.w.charCodeAt(0) === LAM ? '\u0627' + first.w : '';
      if (COMMON_PHRASES.has(`${first.w} ${second}`) || COMMON_PHRASES.has(`${first.b} ${second}`) || (lam !== '' && COMMON_PHRASES.has(`${lam} ${second}`))) tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/**
 * Folded units of measure that name nothing else (names QA round 232): areas, volumes, data
 * sizes, power and frequency with their multiplier written in, «هكتار», «لتر», «تيرابايت»,
 * «ميغاواط», «أونصة».
 */
const PURE_UNITS = new Set(
  [
    'هكتار', 'هكتارات', 'لتر', 'لترات', 'ليتر', 'ليترات', 'أونصة', 'أونصات', 'اونصة', 'تيرابايت', 'جيجابايت', 'غيغابايت', 'ميغابايت',
    'ميجابايت', 'كيلوبايت', 'ميغاواط', 'ميجاوات', 'ميغاوات', 'كيلوواط', 'غيغاواط', 'ميغاهرتز', 'جيجاهرتز', 'غيغاهرتز', 'ميغابكسل',
    'ميجابكسل', 'كيلومتر', 'كيلومترات', 'سنتيمتر', 'ملليمتر', 'مليمتر',
  ]
    .flatMap((w) => [w, 'ال' + w])
    .map(foldWord),
);

/**
 * Folded units of measure that are also names or common words, «بايت», «واط» (James Watt),
 * «ميل» (Gmail's «جي ميل»), «قدم» "foot; he presented": a unit only after a number or a
 * multiplier (UNIT_MULTIPLIERS). Not «جول» "joule", as often Jules after a year («1882 [جول]
 * فيري»), nor «فولت» "volt", which ANERcorp train writes a MISC («10,000 [فولت]»).
 */
const UNITS_AFTER_NUMBER = new Set(
  [
    'بايت', 'واط', 'وات', 'ميل', 'أميال', 'قدم', 'أقدام', 'طن', 'أطنان', 'متر', 'أمتار', 'أمبير', 'هرتز', 'بكسل', 'رطل',
    'بوصة', 'إنش', 'فدان', 'دونم', 'برميل', 'غرام', 'جرام',
  ]
    .flatMap((w) => [w, 'ال' + w])
    .map(foldWord),
);

/** Folded multipliers written apart from their unit: «3 جيجا بايت», «10 كيلو متر». */
const UNIT_MULTIPLIERS = new Set(['كيلو', 'ميغا', 'ميجا', 'جيجا', 'غيغا', 'تيرا', 'ميلي', 'مللي', 'ملي'].map(foldWord));

/**
 * «(2600 [هكتار]MISC)», «بسعة 3 جيجا [بايت]LOC», «سعة 1.7 [لتر]MISC»,
 * «مساحة [تيرابايت]LOC»: a unit of measure is no name. A one-word name of any type that is a
 * unit (PURE_UNITS), or a unit that is also a name (UNITS_AFTER_NUMBER) right after a number in
 * digits or a multiplier, goes out; «جيمس [واط]», «جي [ميل]» stay.
 */
function dropUnits(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0 || (i + 1 < tags.length && tags[i + 1] === t + 1)) continue;
    const { w, b } = infos[i]!.word;
    if (PURE_UNITS.has(w) || PURE_UNITS.has(b)) tags[i] = O;
    else if ((UNITS_AFTER_NUMBER.has(w) || UNITS_AFTER_NUMBER.has(b)) && i > 0 && tags[i - 1] === O) {
      if (isNumeral(raw[i - 1]!) || UNIT_MULTIPLIERS.has(infos[i - 1]!.word.w)) tags[i] = O;
    }
  }
}

/** Folded «صباح» "morning" (also the given name Sabah) and «مساء» "evening». */
const MORNING_EVENING = new Set(['صباح', 'مساء'].map(foldWord));

/**
 * Folded words that make a greeting or a time with «صباح/مساء»: «صباح الخير» "good morning",
 * «مساء النور», «صباح الغد» "tomorrow morning", «صباح خميس» "a Thursday morning". Not «الأحمد»
 * («[صباح الأحمد]» is the Emir of Kuwait).
 */
const TIME_OF_DAY_PARTS = new Set(
  ['الخير', 'النور', 'الغد', 'اليوم', 'أمس', 'الجمعة', 'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'جمعة', 'سبت', 'أحد', 'اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'يوم', 'باكر'].map(foldWord),
);

/** Folded «صوامع» "silos", the head of the place «صوامع صباح الخير» near Hasakah. */
const SILOS = foldWord('صوامع');

/** Folded heads of a magazine, after which «صباح الخير» is the Egyptian weekly. */
const MAGAZINE_HEADS = new Set(['مجلة', 'مجلات', 'مجلتي'].map(foldWord));

/**
 * Names QA round 206: «وهي تقول: [صباح الخير]PERS يا ماما», «قبل السفر [صباح الغد]LOC», «ذات [صباح
 * خميس]PERS» — «صباح» is the given name Sabah and the model read a greeting or a time as a name. A
 * PERS or LOC of exactly «صباح/مساء» and a word of TIME_OF_DAY_PARTS is O, or the magazine (ORG)
 * after «مجلة» («مجلة [صباح الخير]»); a LOC after a place's head stays («منطقة صوامع [صباح الخير]»,
 * silos in Syria). MISC is left: «برنامج "[صباح الخير يا عرب]"» is a programme.
 */
function dropTimesOfDay(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    if ((t !== B_PERS && t !== B_LOC) || tags[i + 1] !== t + 1 || (i + 2 < tags.length && tags[i + 2] === t + 1)) continue;
    if (!MORNING_EVENING.has(infos[i]!.word.b) || !TIME_OF_DAY_PARTS.has(infos[i + 1]!.word.w)) continue;
    // «منطقة صوامع [صباح الخير]» (Syria) is a place
    if (t === B_LOC && i > 0 && (PLACE_HEADS.has(infos[i - 1]!.word.b) || infos[i - 1]!.word.b === SILOS)) continue;
    if (i > 0 && MAGAZINE_HEADS.has(infos[i - 1]!.word.b)) {
      tags[i] = B_ORG;
      tags[i + 1] = B_ORG + 1;
    } else {
      tags[i] = O;
      tags[i + 1] = O;
    }
  }
}

/**
 * Folded indefinite nouns of a person that news describes, never a name: «مصدر» "a source",
 * «شاب» "a young man", «مسؤول» "an official", «خبير» "an expert" …
 */
const DESCRIBED_PERSON_NOUNS = new Set(
  [
    'مصدر', 'مصادر', 'شاب', 'شابة', 'مسؤول', 'مسؤولة', 'مسؤولون', 'عامل', 'عاملة', 'صحافي', 'صحفي', 'صحافية', 'صحفية', 'خبير', 'خبيرة',
    'رجل', 'امرأة', 'سيدة', 'فتاة', 'طفل', 'طفلة', 'مواطن', 'مواطنة', 'مقيم', 'وافد', 'لاعب', 'مدرب', 'جندي', 'ضابط', 'دبلوماسي',
    'ناشط', 'ناشطة', 'محلل', 'قيادي', 'طبيب', 'معلم', 'موظف', 'سائح', 'سائق', 'تاجر', 'مهاجر', 'لاجئ', 'مسلح', 'انتحاري',
  ].map(foldWord),
);

/** Folded «ه», the last letter of a folded feminine («تركية» → «تركيه»). */
const FOLDED_TEH_MARBUTA = foldWord('ة');

/**
 * Names QA round 205: «وقال [مصدر تركي]PERS», «وهو [شاب تركي]PERS في العشرين», «[مسؤول كوري]PERS
 * جنوبي», «[خبير كوري]PERS» — a noun that describes a person (DESCRIBED_PERSON_NOUNS, indefinite)
 * and the nisba adjective after it: «تركي» is also the given name Turki, and the model read the pair
 * as a name. A PERS of such a noun and one or more indefinite words in «ي» whose feminine in «ية»
 * the corpus knows (an adjective) is O.
 */
function dropDescribedPersons(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    if (j > i + 1 && DESCRIBED_PERSON_NOUNS.has(infos[i]!.word.b)) {
      let adjectives = true;
      for (let k = i + 1; adjectives && k < j; k++) {
        const { b, p } = infos[k]!.word;
        adjectives = p.length === 0 && !isDefinite(b, 2) && b.length >= 3 && b.charCodeAt(b.length - 1) === YEH && freqOf(lex, b + FOLDED_TEH_MARBUTA) >= 2;
      }
      if (adjectives) for (let k = i; k < j; k++) tags[k] = O;
    }
    i = j - 1;
  }
}

/**
 * Folded indefinite nouns of a land or water form, a port or a street, which head a place's name
 * in construct («خليج المكسيك», «جبل السماق», «ميناء الحديدة») but name nothing alone. Not the
 * heads of buildings («قصر», «برج», «ميدان»), whose name is often a common word («قصر النيل»).
 */
const LAND_HEADS = new Set(
  ['خليج', 'بحر', 'نهر', 'جزيرة', 'جزر', 'بحيرة', 'ميناء', 'مضيق', 'صحراء', 'هضبة', 'جبل', 'جبال', 'وادي', 'شارع', 'سهل', 'ساحل', 'مخيم'].map(foldWord),
);

/** Folded heads of a settlement, whose name may be a word of LAND_HEADS («قرية بوادي»). */
const SETTLEMENT_HEADS = new Set(['قرية', 'بلدة', 'مدينة'].map(foldWord));

/**
 * Names QA round 204: «ساحل [خليج]LOC [المكسيك]LOC», «و[جبل]LOC [السماق]LOC», «ب[خليج]LOC
 * جوانتانامو», «مدينة و[ميناء]LOC الحديدة» — the model read the head noun of a place's name as a
 * place of its own. A one-word LOC that is a noun of LAND_HEADS (indefinite, after any proclitic)
 * is O, as ANERcorp leaves the head outside the name most of the time («نهر/O النيجر/B-LOC»,
 * «جزيرة/O جاوا/B-LOC», «ميناء/O حيفا/B-LOC»); the word after it, left O, becomes the place when
 * the gazetteer lists it. After a settlement's head (SETTLEMENT_HEADS) the word is a name: «قرية
 * [بوادي]» stays; not after «منطقة» («منطقة [جزر] حوار» is the islands' region).
 */
function dropBareLandHeads(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1) || !LAND_HEADS.has(infos[i]!.word.b)) continue;
    // «قرية [بوادي]» (ANERcorp train): after a settlement's head the word is the settlement's name
    // («مدينة و[ميناء] الحديدة» is two heads of one name)
    if (i > 0 && SETTLEMENT_HEADS.has(infos[i - 1]!.word.b) && infos[i]!.word.p !== WAW_PROCLITIC) continue;
    tags[i] = O;
    if (i + 1 < tags.length && tags[i + 1] === O && infos[i + 1]!.word.p.length === 0 && isKnownPlace(lex, [infos[i + 1]!.word.b])) tags[i + 1] = B_LOC;
  }
}

/**
 * Folded verbs written as given names: «طالب» "demanded" (Talib; also the noun "student"),
 * «أبان» "made clear" (Aban; «إبان» "during" folds to it), «روى» "narrated", «بين» "explained"
 * (also the preposition "between" and the English Ben).
 */
const DEMANDED = foldWord('طالب');
const NARRATED = foldWord('روى');
const HOMOGRAPH_VERBS = new Set([DEMANDED, foldWord('أبان'), NARRATED, BETWEEN]);

/**
 * Marks a clause-initial verb follows: CLAUSE_MARKS and quotes, not «:», after which credits put a
 * name («تصوير: طالب الحسيني» in ANERcorp train).
 */
const VERB_OPENING_MARKS = new Set([...CLAUSE_MARKS, '«', '»', '"', '\u201c', '\u201d', '-'].filter((m) => m !== ':'));

/** Folded particles a clause-initial verb follows: «كما طالب», «وقد روى», «حيث أبان», «سبق أن طالب». */
const VERB_PARTICLES = new Set(['كما', 'قد', 'وقد', 'فقد', 'لقد', 'ثم', 'حيث', 'أن', 'إن', 'فيما', 'بينما'].map(foldWord));

/** Folded «لي/له/لها/لنا/لهم/لك» and «الله»: «روى لي» "told me", never a person after the verb. */
const TO_PRONOUNS = new Set(['لي', 'لى', 'له', 'لها', 'لنا', 'لهم', 'لك', 'الله'].map(foldWord));

/** Folded words of a student's studies after «طالب» "student": «طالب جامعي», «طالب دكتوراه». */
const STUDENT_WORDS = new Set(['جامعي', 'ثانوي', 'دكتوراه', 'ماجستير', 'بكالوريوس', 'بكالريوس', 'مبتعث', 'طب', 'هندسة', 'علم', 'دراسات', 'عليا'].map(foldWord));

/** Folded titles of a hadith scholar, no name alone after «روى»: «وروى [الحافظ] ابن كثير». */
const NARRATOR_TITLES = new Set(['الحافظ', 'الإمام', 'الشيخ'].map(foldWord));

/** «ى», the last letter of «روى» "narrated" as written; «روي» is also Roy («روي كين»). */
const ALEF_MAKSURA = '\u0649';

/** Folded words a lone «طالب» ends a name after («علي بن أبي [طالب]», «آل أبي طالب»). */
const TALIB_NAME_LINKS = new Set(['أبو', 'أبي', 'أبا', 'بن', 'ابن', 'آل'].map(foldWord));

/**
 * Names QA round 203: «و[طالب الجبوري]PERS رؤساء الكتل …», «و[أبان آل غالب]PERS أن …»,
 * «[روى البخاري]PERS في صحيحه», «بينه و[بين باور]PERS», «[طالب جامعي]PERS» — a verb of
 * HOMOGRAPH_VERBS that is also a given name, read into the name of its subject. A PERS that opens
 * with one starts after it when the verb opens its clause: after «و» (not in a list of names, where
 * a person stands just before), or bare at the start, after a clause mark or a particle of
 * VERB_PARTICLES («كما [طالب الجبوري]»); «روى» anywhere but after a title; never before «بن/بنت»
 * («[أبان بن عثمان]», «[طالب بن لاهوم]» stay). What is left stays a person, unless it opens with
 * a word of TO_PRONOUNS («و[روى لي]») or STUDENT_WORDS, or is one word of NARRATOR_TITLES or a sound
 * plural: then O; the verb alone is O. «طالب» before a word of STUDENT_WORDS is the noun "student"
 * («ل[طالب جامعي]»): O; and a lone «طالب» is O but after «أبو/أبي/بن/آل».
 */
function dropHomographVerbs(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const w = infos[i]!.word;
    if (!HOMOGRAPH_VERBS.has(w.b)) {
      i = j - 1;
      continue;
    }
    const next = j > i + 1 ? infos[i + 1]!.word : null;
    if (next !== null && w.b !== BETWEEN && (next.w === SON || next.w === BINT)) {
      i = j - 1;
      continue;
    }
    const prev = i > 0 ? infos[i - 1]!.word : null;
    const afterTitle = prev !== null && ((lex.classes.get(prev.b) ?? 0) & PERSON_TRIGGER) !== 0;
    // «د. طالب المعمري»: the point of an abbreviated title opens no clause
    const abbreviation = prev !== null && prev.w === '.' && i >= 2 && infos[i - 2]!.word.w.length === 1;
    let verb: boolean;
    if (w.b === NARRATED) verb = (w.p === '' || w.p === WAW_PROCLITIC || w.p === FEH_PROCLITIC) && raw[i]!.endsWith(ALEF_MAKSURA) && !afterTitle;
    else if (w.p === WAW_PROCLITIC) verb = prev === null || tags[i - 1] === O;
    else if (w.p === '' && w.b !== BETWEEN) verb = prev === null || (VERB_OPENING_MARKS.has(prev.w) && !abbreviation) || VERB_PARTICLES.has(prev.w);
    else verb = false;
    // the noun "student": alone (not «أبي [طالب]»), or before a word of its studies
    if (!verb && w.b === DEMANDED) verb = next === null ? prev === null || !TALIB_NAME_LINKS.has(prev.b) : STUDENT_WORDS.has(next.b);
    if (!verb) {
      i = j - 1;
      continue;
    }
    if (next === null || TO_PRONOUNS.has(next.b) || STUDENT_WORDS.has(next.b) || (j === i + 2 && (NARRATOR_TITLES.has(next.b) || isSoundPlural(lex, next.b)))) {
      for (let k = i; k < j; k++) tags[k] = O;
    } else {
      tags[i] = O;
      tags[i + 1] = B_PERS;
    }
    i = j - 1;
  }
}

/**
 * Names QA round 199: «وقال [ناشطون]PERS إن …», «قال [محامون]PERS», «[مهاجمون]PERS مسلحون»,
 * «[الدارسون]PERS»: a masculine sound plural (isSoundPlural) names a group, never one person. A
 * one-word PERS that is such a plural, no given name and a word the self-training tag dictionary
 * finds in a name at most now and then (persShare 2 or less), is O.
 */
function dropSoundPlurals(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === B_PERS + 1)) continue;
    const b = infos[i]!.word.b;
    if (isSoundPlural(lex, b) && ((lex.classes.get(b) ?? 0) & GIVEN_NAME) === 0 && persShare(lex, b) <= 2) tags[i] = O;
  }
}

/** Folded «ولي» "heir (of)" as it stands in «ولي العهد», «وليا للعهد», «لولي العهد», «ولولي العهد». */
const HEIR = new Set(['ولي', 'وليا', 'لولي', 'ولولي', 'وولي', 'ووليا'].map(foldWord));
/** Folded «العهد» "the covenant" of «ولي العهد» "crown prince", with its prepositions. */
const COVENANT = new Set(['العهد', 'للعهد', 'لعهد', 'عهد'].map(foldWord));

/**
 * Names QA round 200: «الأمير [محمد بن نايف وليا]PERS للعهد», «ل[ولي]PERS العهد», «وليا لولي
 * [العهد]PERS», «ولي [العهد]LOC السعودي», «لولي ولي [العهد أحمد الخطيب]PERS»: «ولي العهد» "crown
 * prince" (and «ولي ولي العهد», the deputy) is a title, which ANERcorp leaves O («وليا للعهد»,
 * «ولي عهد أبوظبي»). A name's last word that is «ولي/وليا» (HEIR) before «العهد» or another
 * «ولي» leaves the name; a lone entity «ولي» there is O; an entity opening with «العهد» (COVENANT)
 * right after «ولي» loses that word, and the rest stays a person only when it opens with a given
 * name or a word read as one («[أحمد الخطيب]PERS»; «[العهد يواسي]» → O), a place only when the
 * gazetteer lists it whole («عهد [أبوظبي]LOC»). Not a MISC («العهد»
 * the series, «[بطولة ولي] العهد» the cup).
 */
function dropCrownPrince(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  const n = tags.length;
  for (let i = 0; i < n; i++) {
    const tag = tags[i]!;
    if (tag % 2 !== 1 || tag === B_MISC) continue;
    const j = spanEnd(tags, i);
    const next = j < n ? infos[j]!.word.w : '';
    if (HEIR.has(infos[j - 1]!.word.w) && (COVENANT.has(next) || HEIR.has(next))) {
      tags[j - 1] = O; // «[محمد بن نايف وليا] للعهد», a lone «[ولي] العهد»
    } else if (i > 0 && COVENANT.has(infos[i]!.word.w) && HEIR.has(infos[i - 1]!.word.w)) {
      tags[i] = O;
      if (i + 1 < j) {
        const rest: string[] = [];
        for (let k = i + 1; k < j; k++) rest.push(infos[k]!.word.b);
        // «[العهد أحمد الخطيب]PERS» → «[أحمد الخطيب]»; «[عهد أبوظبي]LOC» → «[أبوظبي]»; «[العهد يواسي]» → O
        if (tag === B_PERS ? personLike(lex, rest[0]!) : tag === B_LOC && isKnownPlace(lex, rest)) tags[i + 1] = tag;
        else tags.fill(O, i + 1, j);
      }
    }
    i = j - 1;
  }
}

/** Folded tens from «عشرين» to «تسعين», whose nisba «عشريني» … «تسعيني» tells a person's age. */
const DECADES = new Set(['عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'].map(foldWord));
/** Folded endings of the age nisba: «ي», «ية», «يون», «يين» (not «يات», «الأربعينيات» the forties). */
const DECADE_ENDINGS = ['ي', 'ية', 'يون', 'يين'].map(foldWord);
/**
 * Folded nouns for a person that an age nisba describes: «شاب عشريني», «مواطن خمسيني», «ابن
 * الستيني», «كونديرا العجوز الثمانيني».
 */
const AGED_NOUNS = new Set(
  ['شاب', 'رجل', 'مواطن', 'مواطنة', 'مقيم', 'مقيمة', 'وافد', 'وافدة', 'شخص', 'سيدة', 'امرأة', 'فتاة', 'عجوز', 'مسن', 'مسنة', 'ابن', 'ابنة', 'أم', 'أب'].map(foldWord),
);

/** A folded word without its article «ال», if it has one. */
function withoutArticle(b: string): string {
  return isDefinite(b) ? b.slice(2) : b;
}

/** Whether a folded word is common (2^min times or more in the corpus, 2⁵ unless told) and never read as a name. */
function commonWord(lex: Lexicon, b: string, min = 5): boolean {
  return freqOf(lex, b) >= min && persShare(lex, b) === 0 && ((lex.classes.get(b) ?? 0) & GIVEN_NAME) === 0;
}

/** Whether a folded word (article or not) is the nisba of a decade of age: «خمسيني», «الستينية». */
function isDecadeAge(b: string): boolean {
  const word = withoutArticle(b);
  for (const end of DECADE_ENDINGS) {
    if (word.length >= end.length + 4 && word.endsWith(end) && DECADES.has(word.slice(0, -end.length))) return true;
  }
  return false;
}

/**
 * Names QA round 201: «الإطاحة ب[شاب عشريني]PERS», «رجل ابيض [خمسيني]PERS», «جثة [ستيني]PERS»,
 * «[ابن الستيني]PERS», «عاد [كونديرا العجوز الثمانيني]PERS», «[غلاديس كورتيس الستينية]PERS»: the
 * nisba of a decade «عشريني» … «تسعيني» (isDecadeAge) tells a person's age and is no name. In a
 * PERS or LOC it ends the name, with the nouns for a person just before it (AGED_NOUNS: «العجوز»,
 * «شاب», «ابن»), and what stands before it stays unless it opens with a common word that is no
 * name («[جائزة خمسينية]» a jubilee prize). When nothing stays before it, what follows it stays
 * when a «بن» or a given name follows its first word, or that word is neither such a common word
 * nor a definite word not read as a name («الستيني [بخيت بن محمد الزهراني]», «ابن الستيني
 * المفرج»). After «بن» it is a family name («[رامي بن سبعيني]», Bensebaini). An ORG or MISC is
 * left alone (the newspaper «العشرينية»).
 */
function dropDecadeAges(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag !== B_PERS && tag !== B_LOC) continue;
    const j = spanEnd(tags, i);
    let k = i;
    while (k < j && !isDecadeAge(infos[k]!.word.b)) k++;
    if (k < j && !(k > i && infos[k - 1]!.word.w === SON)) {
      let m = k; // the age phrase [m, r): nouns for a person, then the ages («شاب عشريني», «العجوز الثمانيني»)
      while (m > i && AGED_NOUNS.has(withoutArticle(infos[m - 1]!.word.b))) m--;
      let r = k;
      while (r < j && (isDecadeAge(infos[r]!.word.b) || AGED_NOUNS.has(withoutArticle(infos[r]!.word.b)))) r++;
      // a name before the age stays («[كونديرا]PERS العجوز الثمانيني»), a common word does not («[جائزة خمسينية]»)
      const before = m > i && !commonWord(lex, infos[i]!.word.b);
      tags.fill(O, before ? m : i, j);
      const rest = r < j ? infos[r]!.word.b : '';
      const named = r + 1 < j && (infos[r + 1]!.word.w === SON || personLike(lex, infos[r + 1]!.word.b)); // «بخيت بن محمد»
      if (!before && rest && (named || (!commonWord(lex, rest) && !(isDefinite(rest) && !personLike(lex, rest))))) {
        tags[r] = tag; // «الستيني [بخيت بن محمد الزهراني]PERS»; not «ابن الستيني [المفرج]»
        tags.fill(tag + 1, r + 1, j);
      }
    }
    i = j - 1;
  }
}

/**
 * Folded given names written with the article that the lexicon reads as common words: «[الخضر
 * محمد السعيدي]», «[الجوهرة بنت عبد العزيز]», «الهام/اليسا» (Elham, Alyssa without their hamza).
 */
const DEFINITE_GIVEN_NAMES = new Set(['الخضر', 'الجوهرة', 'العنود', 'الهنوف', 'البندري', 'الأمين', 'الأزهر', 'العيد', 'الزين', 'الهام', 'اليسا'].map(foldWord));

/** Whether one of the tokens [i, j] is a hyphen or dash (a name written «جاي-زي», the model's span ending before it). */
function hyphenated(raw: readonly string[], i: number, j: number): boolean {
  for (let k = i; k <= j && k < raw.length; k++) if (raw[k] === '-' || raw[k] === '\u2010' || raw[k] === '\u2013') return true;
  return false;
}

/**
 * Names QA round 202: «رئيس هيئة [الرياضة تركي آل الشيخ]PERS», «الظهير [الأيمن حسن معاذ]PERS»,
 * «مدرب [الحراس عبدالرحمن علام]PERS», «المهاجم السويدي [المخضرم زلاتان إبراهيموفيتش]PERS»,
 * «ب[الجوف عبد العزيز الرويلي]PERS», «وزير داخلية [الهند راجنات سينغ]PERS»: the model ran a name
 * back over the definite word before it — the second term of a title's construct, an adjective,
 * a place. A PERS whose first word is written with «ال» (no hamza: not «إلهام», «أليسا»; after no
 * proclitic or «و», «ب»), is common (2⁷ times or more in the corpus), is never read as a name and
 * is no given name, nisba, «البابا» (NOT_TITLES) or sultan's epithet (REGNAL_EPITHETS), and whose
 * second word is a given name or read as one, without the article (not «[الرجل الشريف]», an
 * adjective) and not «بن/بنت» («[الحجاج بن يوسف]»), starts at its second word; the first is a
 * LOC when the gazetteer lists it («[السودان]LOC [كير]PERS», Salva Kiir), else O («بالجوف [عبد
 * العزيز الرويلي]PERS»). Given names
 * with the article the lexicon takes for words (DEFINITE_GIVEN_NAMES) and names written with a
 * hyphen are left.
 */
function dropLeadingCommonWords(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i + 1] !== I_PERS) continue;
    const w = infos[i]!.word;
    const second = infos[i + 1]!.word;
    if (
      isDefinite(w.b) &&
      (w.p.length === 0 || (w.p.length === 1 && (w.p.charCodeAt(0) === WAW || w.p.charCodeAt(0) === BEH))) && // not «ف»: «[فالكون] هيفي»
      raw[i]!.slice(w.p.length).startsWith('\u0627\u0644') &&
      !NOT_TITLES.has(w.b) &&
      !REGNAL_EPITHETS.has(w.b) &&
      !isNisba(w.b) && // «والسوداني كمال حسن»: a nisba may open a longer name (names QA round 33)
      commonWord(lex, w.b, 7) &&
      second.w !== SON &&
      second.w !== BINT &&
      !DEFINITE_GIVEN_NAMES.has(w.b) &&
      !isDefinite(second.b) && // «[الرجل الشريف]», «[الخلق الحسن]»: an adjective after its noun
      personLike(lex, second.b) &&
      !hyphenated(raw, i, spanEnd(tags, i)) // «المغني [جاي-زي]», «[جان-لوك غودار]»: later rules join them
    ) {
      if (isKnownPlace(lex, [w.b])) label(tags, margins, i, i + 1, B_LOC);
      else tags[i] = O;
      tags[i + 1] = B_PERS;
    }
  }
}

/** Folded «النبي» "the Prophet". */
const PROPHET = foldWord('النبي');
/**
 * Folded names of prophets, written before the title too («موسى النبي», «صموئيل النبي»); not
 * «محمد», a given name a family «النبي» may follow (names QA round 110 keeps «[محمد النبي]»).
 */
const PROPHET_NAMES = new Set(
  [
    'آدم', 'إدريس', 'نوح', 'هود', 'صالح', 'إبراهيم', 'لوط', 'إسماعيل', 'إسحاق', 'يعقوب', 'يوسف', 'أيوب', 'شعيب', 'موسى', 'هارون', 'داود',
    'سليمان', 'إلياس', 'إيليا', 'اليسع', 'يونس', 'زكريا', 'يحيى', 'عيسى', 'صموئيل', 'دانيال', 'إشعياء', 'اشعياء', 'إرميا', 'حزقيال',
  ].map(foldWord),
);
/** Folded «بيت» "house", which the gazetteer lists (Beit …) but «آل بيت النبي» is a household. */
const HOUSE = foldWord('بيت');
/** «ألنبي», the general Allenby, which folds to «النبي». */
const ALLENBY = '\u0623\u0644\u0646\u0628\u064a';
/**
 * Folded words that make one name with «النبي» after them: the compound given names «عبد النبي»,
 * «جار النبي» (a Sudanese rebel leader in ANERcorp train), «جاد النبي», «فضل النبي»,
 * «عبد رب النبي», «حسب النبي», «غلام نبي», and the holy places named after a prophet («مسجد النبي»).
 */
const PROPHET_NAME_OPENERS = new Set(['عبد', 'رب', 'حسب', 'جار', 'جاد', 'فضل', 'غلام', 'مسجد', 'باب', 'جامع', 'مقام', 'ضريح', 'قبر', 'قرية', 'حي', 'تل', 'جبل', 'قمة'].map(foldWord));

/**
 * Names QA round 181: «إلى [النبي]LOC», «عن [النبي]PERS», «[أن النبي]ORG -صلى الله عليه وسلم-»,
 * «[قال النبي]ORG»: «النبي» "the Prophet" is a title, which ANERcorp leaves O when it stands alone
 * (3 times in train, never a name's first word); the model made a name of it about 130 times over
 * news-000…005/012/013, 26 of them a LOC after «إلى». A one-word PERS/LOC/ORG that is «النبي»
 * (any proclitic: «للنبي», «بالنبي»), or a two-word name of a word and a bare «النبي» (not a
 * compound given name or a holy place, PROPHET_NAME_OPENERS, nor a given name), is O; a person of
 * a name and the title keeps the name («[صموئيل] النبي»), a place the gazetteer lists its place
 * («أهل [مكة] النبي»). A MISC is left («"النبي"» is Gibran's
 * book and the films made of it), and so is «ألنبي» (Allenby), which folds to the same letters.
 */
function dropBareProphet(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag % 2 !== 1) continue;
    const j = spanEnd(tags, i);
    if (tag !== B_MISC && j === i + 1 && infos[i]!.word.b === PROPHET && !raw[i]!.includes(ALLENBY)) {
      // not «[عبد][النبي]», a compound name the model tagged as two
      if (i === 0 || tags[i - 1] === O || !PROPHET_NAME_OPENERS.has(infos[i - 1]!.word.b)) tags[i] = O;
    } else if (tag !== B_MISC && j === i + 2 && infos[i + 1]!.word.w === PROPHET && !raw[i + 1]!.includes(ALLENBY)) {
      const first = infos[i]!.word;
      if (PROPHET_NAME_OPENERS.has(first.b)) {
        // «[عبد النبي]», «[مسجد النبي]» stay
      } else if (tag === B_PERS && PROPHET_NAMES.has(first.b)) {
        // a prophet's name before his title stays («[صموئيل] النبي», «[إدريس] النبي»)
        tags[i + 1] = O;
      } else if (tag === B_LOC && first.b !== HOUSE && beginsListed(first, places())) {
        // a listed place run on to the title («سأل أهل [مكة النبي]»); «بيت النبي» is "the
        // Prophet's household"
        tags[i + 1] = O;
      } else if (((lex.classes.get(first.b) ?? 0) & GIVEN_NAME) === 0) {
        tags.fill(O, i, j);
      }
    }
    i = j - 1;
  }
}

/** Folded words of an address that may stand with «سيدي» "my lord": «سمو سيدي», «يا سيدي», «أي سيدي». */
const SIDI_ADDRESS = new Set(['سيدي', 'سمو', 'يا', 'أي'].map(foldWord));
/** Folded titles after an address «سيدي» besides SIDI_TITLES: «سمو سيدي وزير الدفاع», «سيدي سمو الأمير». */
const SIDI_MORE_TITLES = new Set(['سمو', 'وزير', 'فخامة', 'جلالة', 'معالي', 'حضرة', 'مولاي'].map(foldWord));
/** Folded «ولد» and «بن» of a Mauritanian or Maghrebi name that holds «سيدي» («أحمد ولد سيدي»). */
const SIDI_KIN = new Set(['ولد', 'بن'].map(foldWord));

/**
 * Names QA round 105: «سيدي» "my lord" as an address, tagged as a name: «يا [سيدي]», «[أي
 * سيدي]ORG», «[سمو سيدي]ORG ولي العهد», «[سيدي سمو]LOC الأمير الوالد», «[مبادرة سيدي]MISC خادم
 * الحرمين». A span with a bare «سيدي» is dropped when it is made only of address words
 * (`SIDI_ADDRESS`) after «يا»/«أي» or before a title, or when the words after «سيدي» are address
 * words and a title follows the span (`SIDI_TITLES`, `SIDI_MORE_TITLES`) while the words before
 * it hold no given name and no «ولد»/«بن» («[أحمد ولد سيدي]» stays) and the span is no ORG with a
 * head («شكرا [لمكتب سيدي]ORG الرئيس», the office, stays as QA round 101 left it). Runs after
 * mendSidiPlaces, so a town «سيدي بوزيد» is already whole; a «سيدي» before a saint's name is kept.
 */
function dropAddressSidi(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i]! % 2 !== 1) continue;
    const j = spanEnd(tags, i);
    let sidi = -1;
    for (let k = i; k < j; k++) if (infos[k]!.word.b === SIDI && infos[k]!.word.p.length === 0) sidi = k;
    if (sidi >= 0) {
      let address = true;
      for (let k = sidi + 1; k < j; k++) if (!SIDI_ADDRESS.has(infos[k]!.word.w)) address = false;
      const after = j < tags.length && tags[j] === O && infos[j]!.word.p.length === 0 ? infos[j]!.word.w : '';
      const titled = SIDI_TITLES.has(after) || SIDI_MORE_TITLES.has(after);
      let named = false;
      let only = true;
      for (let k = i; k < sidi; k++) {
        const w = infos[k]!.word.w;
        if (!SIDI_ADDRESS.has(w)) only = false;
        if (SIDI_KIN.has(w) || ((lex.classes.get(w) ?? 0) & GIVEN_NAME) !== 0) named = true;
      }
      const called = i > 0 && tags[i - 1] === O && SIDI_ADDRESS.has(infos[i - 1]!.word.w) && infos[i - 1]!.word.b !== SIDI;
      if (address && ((only && (called || titled || (i < sidi && j === sidi + 1))) || (titled && !named && tags[i] !== B_ORG))) tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/**
 * Folded nouns that head an organisation named right after them between quotation marks:
 * «صحيفة "اليوم السابع"», «قناة "الإخبارية"», «حزب "البديل من أجل ألمانيا"», «منظمة "أنقذوا
 * الأطفال"». Only nouns that are an organisation's head and nothing else; not «مشروع», «برنامج»
 * or «موقع», nor the works («فيلم», «رواية»), whose quoted titles are MISC
 * (`QUOTED_WORK_HEADS`). Indefinite only, in construct with the name: a definite «المنظمة»
 * before a quotation mark mostly ends
 * or opens a quotation of speech («… مبيعات الشركة" لكنها …», «المنظمة "لن تستسلم …"»).
 */
const QUOTED_NAME_HEADS = new Set(
  ['صحيفة', 'جريدة', 'مجلة', 'وكالة', 'قناة', 'شركة', 'حزب', 'حركة', 'جمعية', 'منظمة', 'مؤسسة', 'بنك', 'مصرف', 'إذاعة', 'تنظيم', 'جماعة', 'معهد', 'نادي', 'جامعة'].map(foldWord),
);

/** Folded indefinite heads of a bank's name before a place: «بنك», «مصرف» (the definite ones are `BANK_HEADS`). */
const PLACE_BANK_HEADS = new Set(['بنك', 'مصرف'].map(foldWord));

/** Folded adjectives that close a bank's name after its place: «مصرف أبوظبي الإسلامي», «مصرف لبنان المركزي». */
const PLACE_BANK_ADJECTIVES = new Set(['المركزي', 'الإسلامي', 'الوطني', 'التجاري', 'الأهلي'].map(foldWord));

/**
 * Names QA round 246: a bank named after a place is an organisation, as ANERcorp train tags
 * «[بنك إنجلترا]ORG» and «[مصرف قطر]ORG»: «بنك» or «مصرف» (any proclitic, no article) that the
 * model left O before a LOC («بنك [مصر]LOC», «مصرف [لبنان]LOC», «لمصرف [أبوظبي]LOC الإسلامي»)
 * makes one ORG of the head, the place and an adjective of PLACE_BANK_ADJECTIVES right after it.
 * Not a place with a proclitic («بنك بعمان» "a bank in Amman").
 */
function labelPlaceBanks(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    // «بنك [بعمان]»: a place with a preposition is where the bank is («a bank in Amman»)
    if (tags[i] !== O || tags[i + 1] !== B_LOC || infos[i + 1]!.word.p.length > 0) continue;
    const head = splits(infos[i]!.word.w).find(([, b]) => PLACE_BANK_HEADS.has(b));
    if (!head) continue;
    let j = spanEnd(tags, i + 1);
    if (j < tags.length && tags[j] === O && infos[j]!.word.p.length === 0 && PLACE_BANK_ADJECTIVES.has(infos[j]!.word.w)) j++;
    resplit(infos[i]!, head[0], head[1]);
    label(tags, margins, i, j, B_ORG);
    i = j - 1;
  }
}

/** Folded «منطقة» "area, zone" and the currencies a monetary zone is named after («منطقة اليورو», «منطقة الفرنك»). */
const ZONE = foldWord('منطقة');
const ZONE_CURRENCIES = new Set(['اليورو', 'الفرنك'].map(foldWord));

/**
 * Names QA round 242: the currency of a monetary zone is a place, as ANERcorp train tags it
 * («في منطقة [اليورو]B-LOC»): a one-word MISC «اليورو» or «الفرنك» right after «منطقة» (with any
 * proclitic: «بمنطقة», «لمنطقة») becomes LOC, the zone word staying outside as in ANERcorp.
 * The currency elsewhere («ارتفع [اليورو]MISC») and the football «اليورو» stay MISC.
 */
function retypeCurrencyZones(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_MISC || tags[i - 1] !== O || (i + 1 < tags.length && tags[i + 1] === B_MISC + 1)) continue;
    const { w } = infos[i]!.word;
    if (ZONE_CURRENCIES.has(w) && infos[i - 1]!.word.b === ZONE) tags[i] = B_LOC;
  }
}

/**
 * Names QA round 251: «اتصل [بي]ORG يوسف شاهين», «رحب [بي]ORG قائلا», «التي تليق [بي]ORG» — the
 * preposition with the pronoun of the first person, «بي» "(with) me", read as the letter B of an
 * acronym. A one-word entity «بي» right after an Arabic word that is no spelled letter
 * (LETTER_NAMES), with no spelled letter, Latin letter, digit, dot or dash right after it, is
 * dropped; the acronyms keep it (««[بي] إن بي باريبا»», «(أي بي)», «جورج بي. بوش», «67 بي-…»).
 */
function dropPronounBi(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i]! % 2 !== 1 || raw[i] !== 'بي' || (i + 1 < tags.length && tags[i + 1] === tags[i]! + 1)) continue;
    const prev = raw[i - 1]!.charCodeAt(0);
    if (prev < 0x0621 || prev > 0x064a || LETTER_NAMES.has(infos[i - 1]!.word.w)) continue;
    if (i + 1 < tags.length) {
      const next = raw[i + 1]!;
      const c = next.charCodeAt(0);
      const latinOrDigit = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
      if (next === '.' || next === '-' || latinOrDigit || LETTER_NAMES.has(infos[i + 1]!.word.w)) continue;
    }
    tags[i] = O;
  }
}

/** Folded «أيمن/أيسر» "right/left" (also the given names Ayman and Aysar), with the article too. */
const SIDE_WORDS = new Set(['أيمن', 'أيسر', 'الأيمن', 'الأيسر'].map(foldWord));
/** Folded football positions a side follows: «ظهير أيمن» "right back", «جناح أيسر», «وسط أيمن». */
const SIDE_POSITIONS = new Set(['ظهير', 'ظهيرا', 'الظهير', 'جناح', 'جناحا', 'الجناح', 'وسط', 'الرواق', 'مدافعا'].map(foldWord));

/**
 * Names QA round 252: «لعب كظهير [أيمن]PERS», «ظهير [أيمن]PERS» "right back", «(وسط [أيمن]PERS)»:
 * after a football position (SIDE_POSITIONS, any proclitic) «أيمن/أيسر» that agrees with it in
 * the article is the side, not the given name; a one-word PERS there is dropped. «الظهير [أيمن]»
 * (no agreement), «المدافع [أيمن]» and «[أيمن عبد الرحمن]» stay.
 */
function dropPositionSides(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === I_PERS)) continue;
    const word = infos[i]!.word;
    const head = infos[i - 1]!.word.b;
    // the adjective agrees: «ظهير أيمن», «الظهير الأيمن»; «الظهير أيمن» is the back named Ayman
    if (word.p.length === 0 && SIDE_WORDS.has(word.w) && SIDE_POSITIONS.has(head) && isDefinite(head, 2) === isDefinite(word.w, 2)) tags[i] = O;
  }
}

/** Folded «الباطن» "the inside, the hidden", also Hafr al-Batin's club; «حفر», «وادي» of the places named with it. */
const BATIN = foldWord('الباطن');
const BATIN_PLACE_HEADS = new Set(['حفر', 'وادي'].map(foldWord));

/**
 * Names QA round 249: «مقاولين من [الباطن]LOC» "subcontractors", «العقل [الباطن]LOC» "the
 * subconscious", «في [الباطن] والظاهر» "inwardly and outwardly" — a one-word LOC «الباطن» (with
 * or without a proclitic: «ب[الباطن]») that does not follow «حفر» or «وادي» names no place. In a
 * sentence that speaks of sport it is the club of Hafr al-Batin («مدرب [الباطن]», «أمام
 * [الباطن]»), an ORG; elsewhere it is dropped.
 */
function retypeBatin(infos: readonly TokenInfo[], tags: Int8Array): void {
  let sport: boolean | undefined;
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC || infos[i]!.word.b !== BATIN || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    if (i > 0 && BATIN_PLACE_HEADS.has(infos[i - 1]!.word.b)) continue;
    tags[i] = (sport ??= speaksOfSport(infos)) ? B_ORG : O;
  }
}

/** Folded «عملية» "process", «مسار» "track", «طبعة» "edition", «مؤتمر» "conference": «عملية "[أستانة]"» is no place. */
const PLACE_TITLE_HEADS = new Set(['عملية', 'مسار', 'طبعة', 'مؤتمر'].map(foldWord));

/** Folded «غزوة» "raid": the Prophet's raid named after its place is an event («غزوة [تبوك]»B-MISC in ANERcorp train). */
const RAID = foldWord('غزوة');

/**
 * Names QA round 248: «تعليم [تبوك]MISC», «طريق [القصيم]MISC», «تحرير «[عدن]MISC»», «محطة
 * [السليمانية]MISC» — a one-word MISC that is a capital or city of places.ts (read with or
 * without its proclitics) is the place, LOC, as ANERcorp train tags such a word alone 814 times
 * and MISC once, in «غزوة تبوك» (labelListed does the same for names of two words or more). Kept
 * after «غزوة» (RAID) or a match verb (MATCH_VERBS), after the noun of a work or a process,
 * quoted or not («فيلم "[وجدة]"», «مسلسل «[سمرقند]»», «عملية "[أستانة]"»: QUOTED_WORK_HEADS,
 * PLACE_TITLE_HEADS), and in a sentence that speaks of sport, where a city's name is also its
 * club («لاعب [لوس أنجلوس]»).
 */
function retypePlaceMisc(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  let sport: boolean | undefined;
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_MISC) continue;
    const j = spanEnd(tags, i);
    const k = i;
    i = j - 1;
    const word = infos[k]!.word;
    // one word: labelListed retypes a MISC over a listed place of two words or more
    if (j !== k + 1 || !(isListedSpan(infos, tags, k, word.w, places()) || (word.p.length > 0 && isListedSpan(infos, tags, k, word.b, places())))) continue;
    // the word before, over an opening quotation mark: «فيلم "[وجدة]"», «عملية "[أستانة]"»
    const h = k > 0 && OPEN_QUOTES.has(raw[k - 1]!) ? k - 2 : k - 1;
    const titled = h >= 0 && (QUOTED_WORK_HEADS.has(infos[h]!.word.w) || PLACE_TITLE_HEADS.has(infos[h]!.word.b));
    const matched = k > 0 && (infos[k - 1]!.word.b === RAID || headBase(infos[k - 1]!.word.w, MATCH_VERBS) !== '');
    if (!titled && !matched && !(sport ??= speaksOfSport(infos))) tags[k] = B_LOC;
  }
}

/**
 * Folded nouns of a website, network or broadcaster, or of two newspapers, that a media
 * organisation's name follows (names QA round 237): «موقع "سبورت 360"», «موقع بزنس إنسايدر»,
 * «شبكة "سكاي نيوز"», «تلفزيون المنار», «صحيفتا "ليكيب" و"ديلي ميل"». Not in `QUOTED_NAME_HEADS`,
 * since «موقع» is also "the site (of)" and its quotation often a description: these only retype
 * a name the model found.
 */
const MEDIA_HEADS = new Set(
  [
    ...['موقع', 'شبكة', 'تلفزيون', 'صحيفتا', 'صحيفتي', 'مجلتا', 'مجلتي'],
    // names QA round 238: the heads of `QUOTED_NAME_HEADS` for the press, where the name is not
    // quoted («لصحيفة [لو فيغارو]MISC», «قناة [المنار]MISC», «إذاعة "[راديو 4]MISC"»)
    ...['صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة'],
  ].map(foldWord),
);
/**
 * Folded first words of a MISC after «موقع/شبكة» that is no media name: the holy places and book
 * and the White House («موقع الكعبة» "the site of the Kaaba»), Wikipedia, wifi and the internet
 * («شبكة الواي فاي»), and currencies («موقع الدولار» "the dollar's standing").
 */
const NOT_MEDIA_FIRSTS = new Set(
  [
    ...['الكعبة', 'القرآن', 'القران', 'المسجد', 'الحرم', 'باحة', 'الإسلام', 'البيت', 'ويكيبيديا', 'الواي', 'واي', 'الإنترنت', 'الانترنت', 'الويب'],
    ...['الدولار', 'اليورو', 'الين', 'الجنيه', 'الدينار', 'الدرهم'],
  ].map(foldWord),
);

/**
 * Names QA round 237: «موقع "[سبورت 360]MISC"», «موقع [بزنس إنسايدر]MISC», «شبكة "[سكاي]MISC"
 * نيوز», «تلفزيون [المنار]MISC»: a MISC right after a noun of a website, network or broadcaster
 * (`MEDIA_HEADS`, untagged, with or without proclitics, and an opening quotation mark or none) is
 * the media organisation, an ORG over the same words, as ANERcorp writes the newspapers and
 * agencies it names («صحيفة/O "/O بابل/B-ORG»). Also the second of two newspapers or sites joined
 * by «و» («صحيفتا "ليكيب" و"[ديلي ميل]MISC"»). Not a holy place, the White House, Wikipedia, the
 * internet or a currency (`NOT_MEDIA_FIRSTS`), nor a one-word indefinite nisba not in quotation marks («صحيفة
 * [دنماركية]»; names QA round 238).
 */
function retypeMediaNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_MISC) continue;
    let h = i - 1;
    if (OPEN_QUOTES.has(raw[h]!)) h--;
    if (h < 0 || tags[h] !== O) continue;
    let media = headBase(infos[h]!.word.w, MEDIA_HEADS) !== '';
    // the second of two, after «و» and a closing mark
    // («صحيفتا "ليكيب" الفرنسية و"ديلي ميل"»), its adjective between
    if (!media && raw[h] === '\u0648' && h >= 2) {
      const c = CLOSE_QUOTES.has(raw[h - 1]!) ? h - 1 : tags[h - 1] === O && isDefinite(infos[h - 1]!.word.w, 2) && CLOSE_QUOTES.has(raw[h - 2]!) ? h - 2 : -1;
      if (c > 0) media = mediaBefore(infos, raw, tags, c);
    }
    if (!media) continue;
    const j = spanEnd(tags, i);
    const first = infos[i]!.word;
    // an unquoted one-word nisba describes the paper («صحيفة [دنماركية]»); a quoted one names it («قناة "كوميدي"»)
    if (NOT_MEDIA_FIRSTS.has(first.b) || (j === i + 1 && h === i - 1 && indefiniteNisba(first.b, lex))) continue;
    for (let k = i; k < j; k++) tags[k] = k === i ? B_ORG : B_ORG + 1; // retyped: the model's edges and margins stand
    i = j - 1;
  }
}

/**
 * Whether a folded base is an indefinite nisba adjective, masculine or feminine: «دنماركي» whose
 * feminine «دنماركية» the corpus knows, or «دنماركية» (folded «…يه») whose masculine it knows; not
 * «سكاي» (Sky), which has neither.
 */
function indefiniteNisba(b: string, lex: Lexicon): boolean {
  if (b.length < 4 || isDefinite(b, 2)) return false;
  if (b.charCodeAt(b.length - 1) === YEH) return freqOf(lex, b + FOLDED_TEH_MARBUTA) >= 2;
  return b.endsWith(FOLDED_TEH_MARBUTA) && b.charCodeAt(b.length - 2) === YEH && freqOf(lex, b.slice(0, -1)) >= 2;
}

/**
 * Whether a quoted name closing at `c` follows a noun of `MEDIA_HEADS` or of `QUOTED_NAME_HEADS`
 * within six tokens («صحيفتا "ليكيب" الفرنسية»).
 */
function mediaBefore(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, c: number): boolean {
  for (let k = c - 1; k >= 0 && k >= c - 6; k--) {
    if (!OPEN_QUOTES.has(raw[k]!)) continue;
    if (k === 0 || tags[k - 1] !== O) return false;
    const w = infos[k - 1]!.word.w;
    return headBase(w, MEDIA_HEADS) !== '' || headBase(w, QUOTED_NAME_HEADS) !== '';
  }
  return false;
}

/**
 * Folded nouns of a work whose title follows between quotation marks: «فيلم "الجميع يعلم"»,
 * «مسلسل "أرض النفاق"», «رواية "أولاد حارتنا"», «برنامج "صباح الخير يا بريطانيا"», also with
 * a pronoun («فيلمه "…"», «روايتها "…"»). The title is one MISC, as ANERcorp writes «رواية/O "/O
 * أولاد/B-MISC حارتنا/I-MISC "/O», «برنامج/O «/O الناس/B-MISC وأنا/I-MISC »/O», whatever person or
 * place it names. Not «مشروع», «موقع», «مجموعة» or «حملة», whose quotation is as often a
 * description or a slogan.
 */
const QUOTED_WORK_HEADS = new Set(
  [
    'فيلم', 'فيلمه', 'فيلمها', 'مسلسل', 'مسلسله', 'مسلسلها', 'مسرحية', 'مسرحيته', 'مسرحيتها', 'رواية', 'روايته', 'روايتها',
    'كتاب', 'كتابه', 'كتابها', 'أغنية', 'أغنيته', 'أغنيتها', 'ألبوم', 'ألبومه', 'ألبومها', 'قصيدة', 'قصيدته', 'قصيدتها',
    'ديوان', 'ديوانه', 'ديوانها', 'برنامج', 'برنامجه', 'برنامجها',
    // the indefinite accusative: «قدم برنامجا "…"», «أخرج فيلما "…"», «أصدر ألبوما "…"»
    'برنامجا', 'فيلما', 'مسلسلا', 'ألبوما', 'ديوانا',
  ].map(foldWord),
);

/**
 * Folded words of "new" or "another" that may stand between a work's head and its quoted title
 * without a word of naming after them: «ببرنامج جديد "حور الدنيا"», «أغنية وطنية جديدة "…"».
 */
const WORK_NEW_WORDS = new Set(['جديد', 'جديدا', 'جديدة', 'آخر', 'آخرا', 'أخرى'].map(foldWord));

/** Folded heads of a programme, which is also a plan or a course: «برنامج», «برنامجا», with a pronoun. */
const PROGRAMME_HEADS = new Set(['برنامج', 'برنامجا', 'برنامجه', 'برنامجها'].map(foldWord));

/**
 * Folded adjectives (masculine, the accusative alef dropped) that make a programme one of radio or
 * television: «برنامجا تليفزيونيا بعنوان "…"», «برنامج حواري "…"». Other adjectives make it a
 * course or a plan, whose title ANERcorp leaves O like a lecture's: «برنامجا تدريبيا بعنوان
 * "تصميم الشعارات"», «برنامجا ثقافيا بعنوان "…"».
 */
const BROADCAST_ADJECTIVES = new Set(
  ['تلفزيوني', 'تليفزيوني', 'تلفازي', 'إذاعي', 'حواري', 'وثائقي', 'رمضاني', 'ترفيهي', 'كوميدي', 'فكاهي', 'أسبوعي', 'يومي'].map(foldWord),
);

/**
 * Folded words that name the title of a work after its head and adjectives, before the quoted
 * title: «برنامج بعنوان "…"», «كتاب عنوانه "…"»; the two-word links «تحت عنوان» and «يحمل/تحمل
 * اسم/عنوان» are read by `titleQuoteAfter` itself.
 */
const TITLE_LINKS = new Set(['بعنوان', 'عنوانه', 'عنوانها'].map(foldWord));

/** Folded «تحت», «عنوان», «يحمل», «تحمل» and «اسم» of the two-word links before a title. */
const TAHTA = foldWord('تحت');
const TITLE = foldWord('عنوان');
const YAHMIL = foldWord('يحمل');
const TAHMIL = foldWord('تحمل');
const NAME = foldWord('اسم');

/** Most adjectives read between a work's head and the word that names its title. */
const WORK_ADJECTIVES = 2;

/**
 * The opening quotation mark of a work's title after its indefinite head at `h` when words stand
 * between them (QA round 132), or -1: up to two indefinite adjectives of the head with no
 * proclitic («جديد», «آخر», a nisba: «تليفزيونيا», «وطنية»; after a programme only those of
 * BROADCAST_ADJECTIVES), then a word that names the title (TITLE_LINKS, «تحت عنوان», «يحمل/تحمل
 * اسم/عنوان»), or adjectives alone when the last is a word of "new" or "another"
 * (WORK_NEW_WORDS). Every word between is untagged. «برنامجا تليفزيونيا بعنوان "…"», «برنامج
 * بعنوان "…"», «ببرنامج جديد "…"», «أغنية وطنية جديدة "…"»; not «برنامج نووي "سلمي"» (no link, no
 * "new"), «برنامجا تدريبيا بعنوان "…"» (a course), nor «برنامجا منذ فترة كان بعنوان "…"» (other
 * words between).
 */
function titleQuoteAfter(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, h: number): number {
  const n = tags.length;
  const programme = headBase(infos[h]!.word.w, PROGRAMME_HEADS) !== '';
  let k = h + 1;
  let adjectives = 0;
  let fresh = false;
  while (k < n && adjectives < WORK_ADJECTIVES && tags[k] === O && infos[k]!.word.p === '') {
    let w = infos[k]!.word.w;
    const isNew = WORK_NEW_WORDS.has(w);
    // the accusative alef dropped: «تليفزيونيا» → «تليفزيوني»
    if (!isNew && endsInAlef(w)) w = w.slice(0, -1);
    const nisba = !isNew && !isDefinite(w, 2) && (programme ? BROADCAST_ADJECTIVES.has(w) : endsInNisba(w));
    if (!isNew && !nisba) break;
    fresh = isNew;
    adjectives++;
    k++;
  }
  if (k < n && OPEN_QUOTES.has(raw[k]!)) return fresh ? k : -1;
  if (k + 1 >= n || tags[k] !== O) return -1;
  const w = infos[k]!.word.w;
  if (TITLE_LINKS.has(w)) k++;
  else if (k + 2 < n && tags[k + 1] === O && (w === TAHTA ? infos[k + 1]!.word.w === TITLE : (w === YAHMIL || w === TAHMIL) && (infos[k + 1]!.word.w === NAME || infos[k + 1]!.word.w === TITLE))) k += 2;
  else return -1;
  return k < n && OPEN_QUOTES.has(raw[k]!) ? k : -1;
}

/** Whether a folded word ends in alef, the indefinite accusative's («برنامجا», «جذابا»). */
function endsInAlef(w: string): boolean {
  return w.charCodeAt(w.length - 1) === ALEF;
}

/** Whether an opening quotation mark stands in `raw` from `from` up to `to` (exclusive). */
function quoteWithin(raw: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to && k < raw.length; k++) if (OPEN_QUOTES.has(raw[k]!)) return true;
  return false;
}

/** The article «ال», folded. */
const ARTICLE = '\u0627\u0644';

/**
 * Least log2 corpus count of a nisba with the article for the bare nisba to be read as an
 * adjective: Arabic adjectives are common with it too («الإرهابية» 2¹⁰, «النازية» 2⁸), foreign
 * names in «…ي» are not («نوفوستي», «ماكينزي», «همشهري»: never).
 */
const NISBA_ARTICLE_FREQ = 3;

/** Most words a quoted organisation's name is taken with. */
const QUOTED_NAME_WORDS = 6;

/** Punctuation that may stand inside a quoted name («ريا-نوفوستي», «YPG/PYD», «AT&T»). */
const NAME_INNER_MARKS = new Set(['-', '\u2013', '/', '&']);

/**
 * Folded words that show a quotation to be said of the organisation, not its name: «غير»
 * "un-" («مجلة "غير معروفة"») and the complementisers of reported speech.
 */
const NOT_IN_QUOTED_NAMES = new Set(['غير', 'أن', 'بأن', 'إن', 'أنه', 'إنه', 'لأن'].map(foldWord));

/**
 * «صحيفة "[اليابان] اليوم"», «قناة "الإخبارية"», «حزب "مصر القوية"», «[حزب] "الخير"»: an
 * organisation named in quotation marks right after its indefinite head noun
 * (`QUOTED_NAME_HEADS`, with or without proclitics) is that organisation, whatever the words of the name
 * are: ANERcorp writes «صحيفة/O "/O بابل/B-ORG "/O», «"/O واشنطن/B-ORG بوست/I-ORG "/O». The model
 * leaves many such names out or cuts them at a place or person inside. The quoted words (at
 * most six, no punctuation but «-/&», none a word of reported speech or in the indefinite
 * accusative, which describe: «مؤسسة "خطرة تمامًا"») become one ORG, unless a name runs over
 * the quotation marks; a head tagged alone before them is dropped. A quoted indefinite Arabic
 * nisba («جماعة "إرهابية"», «جماعة "نازية جديدة"»; not «وكالة "نوفوستي"») or string of
 * adjectives («منظمة "منافقة وأنانية …"») describes the organisation and is left alone, and so
 * is a head quoted itself («"صحيفة" على "الجريدة"»), whose next mark closes its own quotation.
 * The same pass, given the heads of works (`QUOTED_WORK_HEADS`) and `B_MISC`, makes a quoted
 * title one MISC («فيلم "الجميع يعلم"», «رواية "ليلة في [بغداد]"»), a lone short nisba («برنامج
 * "سري"») left alone too.
 */
function labelQuotedNames(
  infos: TokenInfo[],
  raw: readonly string[],
  tags: Int8Array,
  margins: Float64Array,
  lex: Lexicon,
  heads: ReadonlySet<string>,
  begin: number,
): void {
  const n = tags.length;
  for (let h = 0; h + 3 < n; h++) {
    const direct = OPEN_QUOTES.has(raw[h + 1]!);
    // «برنامج بعنوان "…"», «ببرنامج جديد "…"»: a work's title may follow its adjectives or a word that names it
    if (!direct && (begin !== B_MISC || tags[h] !== O || !quoteWithin(raw, h + 2, h + 2 + WORK_ADJECTIVES + 2))) continue;
    if (headBase(infos[h]!.word.w, heads) === '') continue;
    const q = direct ? h + 1 : titleQuoteAfter(infos, raw, tags, h);
    if (q < 0 || q + 2 >= n) continue;
    // «"صحيفة" على "الجريدة"»: a head quoted itself closes its quotation with the mark after it
    if (h > 0 && (OPEN_QUOTES.has(raw[h - 1]!) || CLOSE_QUOTES.has(raw[h - 1]!))) continue;
    // the head is untagged, or a name by itself, or a name that runs on over the opening mark
    // («[بنك «ميلي]»», «[منظمة «] [هيومن رايتس ووتش]»»), not over the closing one
    const headQuote = tags[h] !== O && tags[h]! % 2 === 1 && tags[h + 1] === tags[h]! + 1 && q === h + 1;
    const headEnd = headQuote ? spanEnd(tags, h) : h;
    const headAlone = tags[h] !== O && tags[h]! % 2 === 1 && tags[h + 1] === O;
    if (tags[h] !== O && !headAlone && !headQuote) continue;
    const from = q + 1;
    let to = from;
    let ok = true;
    while (to < n && to - from <= QUOTED_NAME_WORDS && !CLOSE_QUOTES.has(raw[to]!)) {
      const r = raw[to]!;
      const w = infos[to]!.word.w;
      if (NAME_INNER_MARKS.has(r) ? to === from : !hasLetter(r) || NOT_IN_QUOTED_NAMES.has(w) || endsInTanweenFath(r)) ok = false;
      to++;
    }
    if (!ok || to === from || to >= n || to - from > QUOTED_NAME_WORDS || !CLOSE_QUOTES.has(raw[to]!)) continue;
    if (headEnd > to) continue;
    if (tags[to] !== O || (tags[from] !== O && tags[from]! % 2 === 0 && headEnd <= from) || NAME_INNER_MARKS.has(raw[to - 1]!)) continue;
    const first = infos[from]!.word;
    // «جماعة "إرهابية"», «كحزب "إرهابي"», «جماعة "نازية جديدة"»: an indefinite Arabic nisba
    // (common with the article too) describes, a foreign name in «…ي» («وكالة "نوفوستي"») names;
    // «منظمة "منافقة وأنانية"»: an indefinite feminine word with «و…» after it opens a string of adjectives
    if (!isDefinite(first.w, 2) && endsInNisba(first.w) && freqOf(lex, ARTICLE + first.w) >= NISBA_ARTICLE_FREQ) continue;
    // «برنامج "سري"»: one short indefinite Arabic nisba alone describes the work too
    if (begin === B_MISC && to === from + 1 && endsInShortNisba(first.w) && freqOf(lex, ARTICLE + first.w) >= NISBA_ARTICLE_FREQ) continue;
    if (!isDefinite(first.w, 2) && to > from + 1 && endsInHeh(first.w) && infos[from + 1]!.word.w.charCodeAt(0) === WAW) continue;
    // «تطلق برنامجا "جذابا"»: one indefinite word in the accusative after an accusative head agrees with it
    if (to === from + 1 && endsInAlef(infos[h]!.word.w) && endsInAlef(first.w) && !isDefinite(first.w, 2)) continue;
    if (headQuote) tags.fill(O, h, headEnd);
    if (headAlone) tags[h] = O;
    if (tags[from] === begin && spanEnd(tags, from) === to && first.p.length === 0) continue;
    // the name starts at the quotation mark: no proclitic of the model's split («"[بلاي] بوي"»)
    resplit(infos[from]!, 0, first.w);
    label(tags, margins, from, to, begin);
    h = to;
  }
}

/** Whether a raw token holds a letter (Arabic or Latin), not only digits and marks, and is no lone «بـ». */
function hasLetter(raw: string): boolean {
  if (raw.length < 2 || raw.charCodeAt(raw.length - 1) === 0x0640) return false; // TATWEEL: «بـ»
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (isArabicLetter(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return true;
  }
  return false;
}

/**
 * A folded word of five letters or more in «…ي» or «…يه» (the nisba «…ي/…ية» folded) after a
 * consonant: «إرهابي», «سياسية»; not «هيونداي».
 */
function endsInNisba(w: string): boolean {
  if (w.length < 5) return false;
  const last = w.charCodeAt(w.length - 1);
  // «هيونداي»: a foreign name in a long vowel + «ي» is no nisba
  const before = w.charCodeAt(w.length - (last === YEH ? 2 : 3));
  if (before === ALEF || before === WAW) return false;
  return last === YEH || (last === HEH && w.charCodeAt(w.length - 2) === YEH);
}

/** A folded word of three or four letters in «…ي» after a consonant, a short nisba: «سري», «حربي». */
function endsInShortNisba(w: string): boolean {
  if (w.length < 3 || w.length > 4 || w.charCodeAt(w.length - 1) !== YEH) return false;
  const before = w.charCodeAt(w.length - 2);
  return before !== ALEF && before !== WAW && before !== YEH;
}

/** A folded word that ends in «ه», as TEH MARBUTA folds: «منافقة» → «منافقه». */
function endsInHeh(w: string): boolean {
  return w.length >= 3 && w.charCodeAt(w.length - 1) === HEH;
}

/**
 * «([بي].بي.سي)», «آي.[بي].إم», «[بي]ORG.[دبليو]PERS.سي», «[إف]. بي. أو»: an acronym spelled out
 * in letter names joined by dots (BBC, IBM, PwC, FPÖ) is one name, but the model, which never
 * saw the dotted spelling, tags one or two of its letters, each read as a name of its own. A
 * chain of two or more letter names (`LETTER_NAMES`) with one dot between each two, of which
 * the model tagged at least one letter, becomes one name with a name it runs into on either
 * side («آي.إتش.[إس ماركت]»); it is an ORG if any part was one (ANERcorp writes «بي بي سي»
 * B-ORG I-ORG I-ORG), else keeps the type of its first tagged part. An untagged chain, whose
 * letters may be the words «في», «أو», «إن», is left alone.
 */
function joinDottedAcronyms(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  const n = tags.length;
  for (let i = 0; i < n; i++) {
    if (!LETTER_NAMES.has(infos[i]!.word.w) || infos[i]!.word.p.length > 0) continue;
    let j = i + 1;
    while (j + 1 < n && raw[j] === '.' && LETTER_NAMES.has(infos[j + 1]!.word.w) && infos[j + 1]!.word.p.length === 0) j += 2;
    if (j === i + 1) continue;
    let tagged = false;
    for (let k = i; k < j; k += 2) if (tags[k] !== O) tagged = true;
    if (!tagged) {
      i = j - 1;
      continue;
    }
    // the names the chain runs into: one that goes on into its first letter, one that goes on after it
    let from = i;
    if (tags[from]! !== O && tags[from]! % 2 === 0) while (from > 0 && tags[from - 1] !== O && (tags[from - 1] === tags[i] || tags[from - 1] === tags[i]! - 1)) {
      from--;
      if (tags[from]! % 2 === 1) break;
    }
    let to = j;
    const last = tags[j - 1]!;
    if (last !== O) while (to < n && tags[to] === (last % 2 === 1 ? last + 1 : last)) to++;
    let type = O;
    let margin = Infinity;
    for (let k = from; k < to; k++) {
      const t = tags[k]!;
      if (t === O) continue;
      const b = t % 2 === 1 ? t : t - 1;
      if (type === O || b === B_ORG) type = b;
      margin = Math.min(margin, margins[k]!);
    }
    for (let k = from; k < to; k++) {
      tags[k] = k === from ? type : type + 1;
      margins[k] = margin;
    }
    i = to - 1;
  }
}

/** Folded «الحمد» "praise", of the formula «الحمد لله», «ولله الحمد». */
const PRAISE = foldWord('الحمد');
/** Raw «لله» "to God", after «الحمد» in the praise formula. */
const TO_GOD = 'لله';
/** Raw spellings of «لله» before «الحمد»: «ولله الحمد», «فلله الحمد». */
const GOD_FORMS = new Set(['لله', 'ولله', 'فلله']);

/**
 * «"[الحمد لله]PERS، الأمور طيبة"», «و[لله الحمد]MISC»: the formula "praise be to God" read as a
 * two-word name is cut to the word for God, the MISC that ANERcorp makes of «الله» alone
 * («حفظه [الله]»); «الحمد» is no name. «الحمد الله» without «ل» is left alone, since it also spells
 * the family name Hamdallah («حكومة «الحمد الله»»), and so is «رامي الحمد الله», a longer person.
 */
function cutPraiseFormula(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === O || tag % 2 === 0 || tags[i + 1] !== tag + 1 || (i + 2 < tags.length && tags[i + 2] === tag + 1)) continue;
    const first = infos[i]!.word;
    const second = infos[i + 1]!.word;
    // «الحمد الله» without the «ل» is also the family name Hamdallah («حكومة الحمد الله»)
    if (first.w === PRAISE && first.p.length === 0 && bareLetters(raw[i + 1]!) === TO_GOD) {
      tags[i] = O;
      label(tags, margins, i + 1, i + 2, B_MISC);
    } else if (second.w === PRAISE && second.p.length === 0 && GOD_FORMS.has(bareLetters(raw[i]!))) {
      label(tags, margins, i, i + 1, B_MISC);
      tags[i + 1] = O;
    }
  }
}

/** Raw «سيف» "sword", the first half of the given name «سيف الإسلام». */
const SAIF = 'سيف';
/** Folded «الإسلام» "Islam". */
const ISLAM = foldWord('الإسلام');

/**
 * «سيف [الإسلام]MISC», «سيف [الإسلام القذافي]MISC» → «[سيف الإسلام القذافي]PERS»: «سيف الإسلام» "sword
 * of Islam" is a compound given name (Saif al-Islam Gaddafi), which the model cut after «سيف» and
 * typed as the religion. A name of any type that starts with a bare «الإسلام» right after «سيف»
 * (bare or after «و», since names QA round 234 also «ل»; untagged, a one-word person, or since
 * round 234 a one-word MISC: «[سيف]MISC [الإسلام القذافي]MISC» in a headline) becomes a person
 * from «سيف» on.
 */
function joinSaifAlIslam(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i < tags.length; i++) {
    const tag = tags[i]!;
    // «سيف» untagged, or read as a one-word person or MISC of its own («[سيف]PERS [الإسلام القذافي]MISC»)
    if (tag === O || tag % 2 === 0 || (tags[i - 1] !== O && tags[i - 1] !== B_PERS && tags[i - 1] !== B_MISC)) continue;
    const w = infos[i]!.word;
    if (w.w !== ISLAM || w.p.length > 0) continue;
    const before = bareLetters(raw[i - 1]!);
    if (before !== SAIF && before !== 'و' + SAIF && before !== 'ل' + SAIF) continue;
    label(tags, margins, i - 1, spanEnd(tags, i), B_PERS);
  }
}

/**
 * «[الإسلام السياسي]MISC», «[الإسلام السني]MISC», «تعاليم [الإسلام الحنيف]MISC», «[الإسلام
 * المحمدي الخالص]MISC» (names QA round 234): ANERcorp train writes the religion «الإسلام» a B-MISC
 * 25 times and the adjective after it O («الإسلام/B-MISC السياسي/O»). A MISC of two or three words
 * opened on «الإسلام» (any proclitic) whose other words are bare definite words keeps «الإسلام»
 * alone; «[الإسلام والسلام]» (a conference), «سيف الإسلام» (joinSaifAlIslam, run before) and a
 * MISC right after another name stay.
 */
function trimIslamAdjectives(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === O) continue;
    const j = spanEnd(tags, i);
    // not right after another name: «[معمر القذافي سيف]PERS [الإسلام القذافي]MISC»
    if (tags[i] === B_MISC && j - i >= 2 && j - i <= 3 && infos[i]!.word.b === ISLAM && (i === 0 || tags[i - 1] === O)) {
      let adjectives = true;
      for (let k = i + 1; k < j && adjectives; k++) {
        const { w, p } = infos[k]!.word;
        adjectives = p.length === 0 && isDefinite(w);
      }
      if (adjectives) tags.fill(O, i + 1, j);
    }
    i = j - 1;
  }
}

/** Folded «بن», «بنت», «ابن» "son/daughter of", which never end a person's name. */
const NASAB_LINKS = new Set(['بن', 'بنت', 'ابن'].map(foldWord));
/**
 * Folded prepositions, particles and kin terms with a pronoun that cannot be the father's name
 * after «بن»: «زيان ابن أخيه» is "Zayan, his brother's son".
 */
const NOT_FATHER = new Set(
  [
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'إن', 'لا', 'ما', 'قد', 'هو', 'هي',
    'أخيه', 'أخيها', 'أخي', 'أخته', 'أختها', 'أختي', 'عمه', 'عمها', 'عمي', 'خاله', 'خالها', 'خالي', 'عمته', 'خالته',
  ].map(foldWord),
);
/** Arabic letters only (no digits or punctuation). */
const ARABIC_WORD = /^[\u0621-\u064a]+$/;

/**
 * «الأمير [عبدالله بن]PERS مساعد» → «[عبدالله بن مساعد]PERS»: a person's name never ends in «بن»,
 * «بنت» or «ابن»; the model stopped before a father's name that is also a common word («مساعد»
 * "assistant"), or read the father's name as a person of its own («[نورة بنت]PERS [عبدالله
 * …]PERS»). A person right after it, or the untagged bare Arabic word right after it (no
 * proclitic, not a preposition or particle), joins the name.
 */
function extendNasab(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    if (tags[i] !== I_PERS || !NASAB_LINKS.has(infos[i]!.word.w)) continue;
    // «[نورة بنت]PERS [عبدالله الحزيمي]PERS»: the father's name, read as a person of its own, joins
    if (tags[i + 1] === B_PERS) {
      tags[i + 1] = I_PERS;
      continue;
    }
    if (tags[i + 1] !== O) continue;
    const next = infos[i + 1]!.word;
    if (next.p.length > 0 || NOT_FATHER.has(next.w) || !ARABIC_WORD.test(raw[i + 1]!)) continue;
    tags[i + 1] = I_PERS;
    margins[i + 1] = margins[i]!;
  }
}

/** Folded «أم» "mother (of)", which opens a kunya: «أم كلثوم», «أم منصور». */
const UMM = foldWord('أم');
/**
 * Folded names known almost only after «أم», which the given-name list lacks: «أم كلثوم», «أم
 * سلمة», «أم حبيبة», «أم هانئ», and (names QA round 180) «أم الفضل», «أم البنين».
 */
const KUNYA_NAMES = new Set(['كلثوم', 'سلمة', 'حبيبة', 'هانئ', 'الفضل', 'البنين'].map(foldWord));

/**
 * «غنتها [أم كلثوم]ORG» → «[أم كلثوم]PERS»: a two-word ORG of «أم» and a given name the lexicon
 * knows (or of KUNYA_NAMES) is a kunya, a woman called "mother of …" (the singer Umm Kulthum, «أم
 * منصور»), not a body.
 * Places named «أم …» («أم القرى», «أم درمان», «أم صلال») have no given name after «أم» or are
 * typed LOC, and are left alone; so is «أم» with a proclitic before a name (the conjunction «أم» "or").
 */
function retypeKunyaOrgs(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_ORG || tags[i + 1] !== B_ORG + 1 || (i + 2 < tags.length && tags[i + 2] === B_ORG + 1)) continue;
    const w = infos[i]!.word;
    const next = infos[i + 1]!.word;
    if (w.w !== UMM || next.p.length > 0 || (((lex.classes.get(next.w) ?? 0) & GIVEN_NAME) === 0 && !KUNYA_NAMES.has(next.w))) continue;
    tags[i] = B_PERS;
    tags[i + 1] = I_PERS;
  }
}

/**
 * Names QA round 180: «قالت أم [طارق]» → «قالت [أم طارق]», «[أم]ORG [أحمد]PERS» → «[أم أحمد]PERS»,
 * «ل[أم كلثوم]»: «أم» "mother of" before a given name (the lexicon's, or KUNYA_NAMES) is the start of
 * a kunya, the name a woman goes by (the singer Umm Kulthum, «أم منصور» quoted by a paper); the
 * model left «أم» outside the person, or made it an ORG of its own, about 250 times over news-000…003.
 * The name after it is a person the model found starting there (its first word bare), or an
 * untagged given name; «أم» is untagged or a one-word ORG, bare or after one of «و/ف/ب/ل» (read off,
 * as the lists read them). «أم» is also the conjunction "or" in a question: it is left alone after
 * a person's name («زيد أم عمرو») and after a word in tanween («شئنا أم أبينا» has no given name).
 */
function joinKunyas(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const tag = tags[i]!;
    if (tag !== O && !(tag === B_ORG && tags[i + 1] !== B_ORG + 1)) continue;
    const info = infos[i]!;
    const w = info.word.w;
    let k = 0;
    if (w !== UMM) {
      if (w.length !== UMM.length + 1 || !w.endsWith(UMM) || !CONJUNCTION_PREPOSITION_CLITICS.has(w.charCodeAt(0))) continue;
      k = 1;
    }
    const next = infos[i + 1]!.word;
    const nt = tags[i + 1]!;
    if (next.p.length > 0 || (nt !== B_PERS && nt !== O) || !ARABIC_WORD.test(raw[i + 1]!)) continue;
    if (((lex.classes.get(next.w) ?? 0) & GIVEN_NAME) === 0 && !KUNYA_NAMES.has(next.w)) continue;
    // «أم هو …؟», «أم على …» "or (on)": a pronoun or the preposition; an untagged name only if the
    // corpus reads it as a person most of the time («أم جمال الأخلاق» "or the beauty of")
    if (raw[i + 1] === ALA_WRITTEN || UMM_NOT_NAMES.has(next.w)) continue;
    if (nt === O && !KUNYA_NAMES.has(next.w) && persShare(lex, next.w) < 2) continue;
    if (k === 0 && i > 0 && (tags[i - 1] === B_PERS || tags[i - 1] === I_PERS || raw[i - 1]!.endsWith(TANWEEN_ALEF))) continue;
    // the last of several alternatives («أم رقي البلد، أم تحضر المجتمع، أم جمال الأخلاق»)
    if (alternativeBefore(infos, tags, i)) continue;
    // a spring, fort or quarter named after her («عين أم أحمد», «قلعة أم ناصر») is a place
    if (i > 0 && PLACE_NAME_OPENERS.has(infos[i - 1]!.word.w)) continue;
    // a full name after «أم» is "the mother of" someone («أم خالد سعيد», «أم سليمان بن داود»); a
    // kunya goes on with her own nasab («أم هانئ بنت أبي طالب») or a family name with the article
    // («أم صالح السيف»)
    if (nt === B_PERS) {
      const nameEnd = i + (next.w === ABD ? 3 : 2);
      if (spanEnd(tags, i + 1) > nameEnd) {
        const after = infos[nameEnd]!.word;
        if (after.p.length > 0 || (after.w !== BINT && !isDefinite(after.w))) continue;
      }
    }
    if (k > 0 && info.word.p.length === 0) markListedSplit(info, [k, UMM]);
    tags[i] = B_PERS;
    tags[i + 1] = I_PERS;
    margins[i] = margins[i + 1]!;
  }
}

/**
 * Whether a bare untagged «أم» "or" before an untagged word stands two to four tokens before `i`
 * («أم تحضر المجتمع، أم جمال»); not the title «أم المؤمنين» "Mother of the Believers" («أم
 * المؤمنين أم سلمة»).
 */
function alternativeBefore(infos: readonly TokenInfo[], tags: Int8Array, i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i - 1; k++) {
    if (infos[k]!.word.w === UMM && tags[k] === O && tags[k + 1] === O && infos[k + 1]!.word.w !== BELIEVERS) return true;
  }
  return false;
}

/** Folded «المؤمنين» "the believers", of the title «أم المؤمنين». */
const BELIEVERS = foldWord('المؤمنين');
/** Folded «بنت» "daughter of", a woman's own nasab after her kunya. */
const BINT = foldWord('بنت');
/** Folded pronouns the lexicon also lists as given names, never a kunya's name after «أم» "or". */
/** «على» on as written (folded it is the name «علي»). */
const ALA_WRITTEN = '\u0639\u0644\u0649';
const UMM_NOT_NAMES = new Set(['هو', 'هي', 'هم'].map(foldWord));
/** «اً», the accusative tanween written on an alef: «انتظاما أم انتسابا» is "or". */
const TANWEEN_ALEF = '\u064b';

/** Folded «دين» "religion", of the regnal titles «المعز لدين الله», «الناصر لدين الله». */
const DIN = foldWord('دين');

/**
 * «الخليفة [المعز] ل[دين الله]PERS» → «[المعز لدين الله]PERS»: the Fatimid, Abbasid and Umayyad
 * regnal titles «المعز/الناصر/المستنصر/الفائز لدين الله» "the one who strengthens/aids God's
 * religion" are one name; the model cut them after the epithet and made a second person of «دين
 * الله». A two-word PERS «ل» + «دين» + «الله» joins the person that ends right before it, or a
 * bare untagged definite epithet before it, which becomes the start of the name. Elsewhere («نشر
 * دين الله» "spread God's religion», a PERS not after «ل») nothing changes.
 */
function joinRegnalTitles(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i + 1] !== I_PERS || (i + 2 < tags.length && tags[i + 2] === I_PERS)) continue;
    const w = infos[i]!.word;
    if (w.p !== 'ل' || w.b !== DIN || infos[i + 1]!.word.w !== GOD || infos[i + 1]!.word.p.length > 0) continue;
    const prev = infos[i - 1]!.word;
    if (tags[i - 1] === B_PERS || tags[i - 1] === I_PERS) {
      if (prev.p.length > 0 && tags[i - 1] === I_PERS) continue;
      tags[i] = I_PERS;
    } else if (tags[i - 1] === O && prev.p.length === 0 && isDefinite(prev.w)) {
      tags[i - 1] = B_PERS;
      tags[i] = I_PERS;
      margins[i - 1] = margins[i]!;
    }
  }
}

/**
 * Folded verbs of the wishes said after a ruler's name, «أيده الله» "God support him», «حفظه
 * الله», «رعاه الله», «يحفظه الله», «يرحمه الله»; with «الله» after them they are no name.
 */
const GOD_WISHES = new Set(['أيده', 'أيدها', 'حفظه', 'حفظها', 'رعاه', 'رعاها', 'يحفظه', 'يرحمه'].map(foldWord));

/**
 * «خادم الحرمين الشريفين - [أيده الله]ORG -» → «أيده [الله]MISC»: a two-word name of any type that
 * is such a wish (GOD_WISHES + «الله», both without proclitics) is cut to «الله», the MISC that
 * ANERcorp makes of it and that «حفظه [الله]» already gets. (Persons are cut by cutBlessings.)
 */
function cutGodWishes(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === O || tag % 2 === 0 || tags[i + 1] !== tag + 1 || (i + 2 < tags.length && tags[i + 2] === tag + 1)) continue;
    const w = infos[i]!.word;
    const next = infos[i + 1]!.word;
    if (w.p.length > 0 || next.p.length > 0 || next.w !== GOD || !GOD_WISHES.has(w.w)) continue;
    tags[i] = O;
    label(tags, margins, i + 1, i + 2, B_MISC);
  }
}

/** Folded «كأس» "cup" and «دوري» "league", heads that name a contest only with what follows. */
const CUP_HEADS = new Set(['كأس', 'دوري'].map(foldWord));

/**
 * «حصل على [بطولة كأس]MISC اليونان», «[بطولة دوري]MISC أبطال أوروبا»: a MISC of two words or more
 * that ends in a bare «كأس» or «دوري» has left out the contest's name, which follows the head in
 * construct («كأس اليونان», «دوري أبطال أوروبا»); «بطولة كأس» alone is no name. The MISC is
 * dropped, so the words read as «كأس [اليونان]» does. «[بطولة الكأس]» and «[كأس العالم]» stay.
 */
function dropHeadlessCups(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === O) continue;
    const j = spanEnd(tags, i);
    if (tags[i] === B_MISC && j - i >= 2) {
      const last = infos[j - 1]!.word;
      if (last.p.length === 0 && CUP_HEADS.has(last.w)) tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/**
 * Folded first words of the blessings said after a name, each with the word that must follow
 * it: «رضي الله عنه» "God be pleased with him", «رحمه الله», «صلى الله عليه وسلم», «عليه السلام»,
 * «قدس سره».
 */
const BLESSINGS = new Map(
  [
    ['رضي', 'الله'],
    ['رحمه', 'الله'],
    ['رحمها', 'الله'],
    ['صلى', 'الله'],
    ['عليه', 'السلام'],
    ['عليها', 'السلام'],
    ['قدس', 'سره'],
  ].map(([a, b]) => [foldWord(a!), foldWord(b!)] as const),
);
/** Folded «الله». */
const GOD = foldWord('الله');
/** Folded «رضوان» "(God's) good pleasure", also a given name («رضوان باشا», «فتحي رضوان»). */
const RIDWAN = foldWord('رضوان');
/** Folded pronoun forms of «على» that end the blessing «رضوان الله عليه/عليهم». */
const UPON_THEM = new Set(['عليه', 'عليها', 'عليهم', 'عليهما', 'عليهن'].map(foldWord));

/** Folded «سام», the adjective "toxic" (سامّ) and the decree's «سامٍ» "high", also the given name Sam. */
const SAM = foldWord('سام');

/** Folded nouns «سام» describes: «غاز سام» "a toxic gas", «أمر سام» "a (royal) high order". */
const SAM_NOUNS = new Set(['غاز', 'غازات', 'أمر', 'مرسوم'].map(foldWord));

/**
 * «بغاز [سام]», «وصدر أمر [سام]»: a one-word PERS «سام» with no proclitic right after one of
 * SAM_NOUNS (any proclitic on the noun: «بغاز», «لغاز») is the adjective, "toxic gas", "a royal
 * order", not the given name Sam: the PERS goes. A name after another head («العم [سام]», «لدى
 * [سام]») stays.
 */
function dropToxicSam(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === I_PERS)) continue;
    const w = infos[i]!.word;
    if (w.w !== SAM || tags[i - 1] !== O || !SAM_NOUNS.has(infos[i - 1]!.word.b)) continue;
    tags[i] = O;
  }
}

/** Folded «اليمن», which is also «اليُمن» "good fortune". */
const YUMN = foldWord('اليمن');

/** Folded nouns coordinated with «اليُمن» in the wish «باليمن والبركات» "with good fortune and blessings". */
const YUMN_PAIRS = new Set(['الخير', 'الخيرات', 'البركة', 'البركات', 'المسرة', 'المسرات', 'السعادة', 'الإقبال', 'السرور', 'الرخاء'].map(foldWord));

/**
 * «أعاده الله على الجميع ب[اليمن] والبركات»: «باليمن» + «و» + a noun of good (YUMN_PAIRS) is the
 * wish "with good fortune and blessings" said on feasts, «اليُمن» unvowelled, not Yemen: the LOC
 * goes. Only after «ب» (alone, as «ب» + «اليمن» is how the wish is written) and only before one
 * of those nouns, so «باليمن والبحرين» "in Yemen and Bahrain" stays a place.
 */
function dropGoodFortune(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    const w = infos[i]!.word;
    const next = infos[i + 1]!.word;
    if (w.p !== 'ب' || w.b !== YUMN || next.p !== 'و' || !YUMN_PAIRS.has(next.b)) continue;
    tags[i] = O;
    // the nouns of good that follow are no names either («والبركات» read as a person)
    for (let k = i + 1; k < tags.length && infos[k]!.word.p === 'و' && YUMN_PAIRS.has(infos[k]!.word.b); k++) {
      // a one-word name only (a B tag not followed by an I tag: B tags are odd)
      if (tags[k]! % 2 === 1 && (k + 1 >= tags.length || tags[k + 1]! % 2 === 1 || tags[k + 1] === O)) tags[k] = O;
    }
  }
}

/**
 * Folded heads of a weapon or craft named right after them (names QA round 87): a missile
 * («صاروخ», «صواريخ», «بصواريخ»), an aircraft, a tank, a ship or a submarine.
 */
const WEAPON_HEADS = new Set(
  [
    'صاروخ', 'صاروخا', 'الصاروخ', 'صواريخ', 'الصواريخ', 'طائرة', 'الطائرة', 'طائرات', 'الطائرات', 'مقاتلة', 'المقاتلة',
    'مقاتلات', 'المقاتلات', 'قاذفة', 'قاذفات', 'مروحية', 'مروحيات', 'دبابة', 'الدبابة', 'دبابات', 'الدبابات', 'سفينة',
    'السفينة', 'غواصة', 'الغواصة', 'مدمرة', 'المدمرة', 'منظومة',
  ].map(foldWord),
);

/**
 * Folded names of weapon systems and military craft, which the model reads as a person after
 * a weapon head («صواريخ [كروز]», «صواريخ [توماهوك كروز]», «طائرة [هنتر]»).
 */
const WEAPON_NAMES = new Set(
  [
    'كروز', 'توماهوك', 'كينجال', 'كينخال', 'سكود', 'فروغ', 'هيلفاير', 'بيرشينغ', 'بيرشنغ', 'شهاب', 'باتريوت', 'إسكندر',
    'ستينغر', 'ستينجر', 'جافلين', 'كاليبر', 'ترايدنت', 'توشكا', 'هاربون', 'إكزوسيت', 'سكالب', 'كاتيوشا', 'غراد', 'كورنيت',
    'بولافا', 'سارمات', 'أفانغارد', 'توبول', 'يارس', 'ميراج', 'رافال', 'سوخوي', 'ميغ', 'ميج', 'فانتوم', 'هنتر', 'مايستر',
    'سبيت', 'هوكر', 'توبوليف', 'إليوشن', 'أباتشي', 'تايفون', 'تورنادو', 'يوروفايتر', 'شينوك', 'هيركوليز', 'كونكورد',
    'بريداتور', 'ريبر', 'أبرامز', 'ليوبارد', 'ميركافا', 'تشالنجر', 'لوكلير', 'هيليكوبتر', 'هليكوبتر',
  ].map(foldWord),
);

/**
 * «صواريخ [كروز]», «بصواريخ [توماهوك كروز]», «طائرة [هنتر]», «السفينة "[ديشيوتي]"»: a PERS right
 * after a weapon head (WEAPON_HEADS, any proclitic on the head) names the weapon or the craft,
 * not a person, when its first word (no proclitic) is a weapon name (WEAPON_NAMES) or when the
 * name is quoted or bracketed after the head: the span becomes MISC, as the model tags
 * «صواريخ "[توماهوك]"». A person who owns the craft stays («طائرة [ميلانيا ترامب]», «صاروخ [بوتين]»).
 */
function retypeWeaponNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const quoted = OPEN_QUOTES.has(raw[i - 1]!) || raw[i - 1] === '(';
    const h = quoted ? i - 2 : i - 1;
    if (h >= 0 && tags[h] === O && infos[i]!.word.p === '' && headBase(infos[h]!.word.w, WEAPON_HEADS) !== '' && (quoted || WEAPON_NAMES.has(infos[i]!.word.w))) {
      for (let k = i; k < j; k++) tags[k] = k === i ? B_MISC : B_MISC + 1;
    }
    i = j - 1;
  }
}

/**
 * Folded names of a line of phones, tablets or computers that a model number follows (names QA
 * round 102): «غالاكسي A8», «جالاكسي إس 6 إيدج», «آيفون 6», «لوميا 950».
 */
const PRODUCT_LINES = new Set(
  [
    'غالاكسي', 'جالاكسي', 'جالكسي', 'جلاكسي', 'جلكسي', 'غلاكسي', 'آيفون', 'أيفون', 'ايفون', 'آيباد', 'أيباد', 'ايباد',
    'لوميا', 'إكسبيريا', 'اكسبيريا', 'نكسس', 'نيكسس', 'بيكسل',
  ].map(foldWord),
);

/** Folded heads of a device named right after them: a phone, a tablet, a computer, a chip. */
const DEVICE_HEADS = new Set(
  [
    'هاتف', 'الهاتف', 'هاتفها', 'هاتفه', 'هواتف', 'الهواتف', 'جهاز', 'الجهاز', 'أجهزة', 'الأجهزة', 'حاسوب', 'الحاسوب',
    'كمبيوتر', 'الكمبيوتر', 'معالج', 'المعالج', 'اللوحي', 'تابلت', 'موديل', 'الموديل', 'طراز',
  ].map(foldWord),
);

/** 1 when token `raw` holds a digit (ASCII, Arabic-Indic or Persian; `isDigitCode`) beside letters («A8»), 2 when it is a bare number («6», «4.0»), else 0. */
function digitKind(raw: string): number {
  let digits = false;
  let other = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigitCode(c)) digits = true;
    else if (c !== 0x2e && c !== 0x2c) other = true;
  }
  return !digits ? 0 : other ? 1 : 2;
}

/**
 * «[غالاكسي A8]PERS», «هاتف “[جالاكسي إس 6 بلس]ORG”», «هاتف "[إم إكس 5]ORG"»: a PERS, LOC or ORG
 * that holds a model number (a token with a digit) names a product, MISC as the model tags
 * «[نوت 5]MISC», when its first word (no proclitic) is a product line (PRODUCT_LINES) or a device
 * head (DEVICE_HEADS, any proclitic, an opening quote between) stands before it; a line's name
 * takes in a number the model left out after a label word of the numeric grammar («[غالاكسي
 * نوت]ORG 5» → «[غالاكسي نوت 5]MISC»). A maker after the head keeps its type («هاتف [سامسونج]»),
 * and so do a channel with a number («قناة [فرانس 24]») and a name with a bare number after a
 * word the numeric grammar does not read as a label («هاتف [إم إكس 5]»: its NUM «5» would win
 * the overlap over a MISC and the name would be lost).
 */
function retypeModelNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_PERS && t !== B_LOC && t !== B_ORG) continue;
    let j = spanEnd(tags, i);
    const line = infos[i]!.word.p === '' && PRODUCT_LINES.has(infos[i]!.word.w);
    // «[غالاكسي نوت]ORG 5»: a line's name takes a number left out after a label word
    if (line && j < tags.length && tags[j] === O && digitKind(raw[j]!) === 2 && isIn('identifier', foldNumeric(raw[j - 1]!))) j++;
    // a bare number the numeric grammar reads as a quantity, not a label after «نوت», «إس», «إيه»
    // (its `identifier` words), would win the overlap over a MISC (`merge`) and lose the name
    let numbered = false;
    let safe = true;
    for (let k = i + 1; k < j; k++) {
      const kind = digitKind(raw[k]!);
      if (kind > 0) numbered = true;
      if (kind === 2 && !isIn('identifier', foldNumeric(raw[k - 1]!))) safe = false;
    }
    if (numbered && safe) {
      const h = i > 0 && (OPEN_QUOTES.has(raw[i - 1]!) || raw[i - 1] === '(') ? i - 2 : i - 1;
      if (line || (h >= 0 && tags[h] === O && headBase(infos[h]!.word.w, DEVICE_HEADS) !== '')) {
        for (let k = i; k < j; k++) tags[k] = k === i ? B_MISC : B_MISC + 1;
      }
    }
    i = j - 1;
  }
}

/**
 * True when folded `b` names an organisation by itself with no article: a one-word name of
 * ORGANISATIONS («تويتر») or a word the self-training tag dictionary reads as an ORG in 35 % of
 * its occurrences or more («غوغل», «أمازون», «برشلونة»). A definite word is left out: a club's
 * «الأهلي» is the adjective "national" as well («[الأهلي والإسماعيلي]» is split only in sport).
 */
function isOrgWord(lex: Lexicon, b: string): boolean {
  if (isDefinite(b, 2)) return false;
  return tagShare(lex.tagdict.get(b) ?? 0, 2) >= 2 || (organisations().names.get(b)?.some((n) => n.length === 1) ?? false);
}

/**
 * «مواقع [فيسبوك] و[تويتر]», «[غوغل] و[فيسبوك]», «[برشلونة] و[ريال مدريد]»: an ORG the model
 * ran over «و» from one word that names an organisation by itself (isOrgWord) to another word
 * that does, with only «و» before it, is two organisations (names QA round 87); the second starts
 * at that word and keeps the words after it. A name of two words or more before the «و» («حزب
 * العدالة والتنمية», «هيومن رايتس ووتش»), a common noun after it («منظمة الأغذية والزراعة») or a
 * definite word on either side («الأهلي والإسماعيلي», see splitJoinedClubs) stays whole.
 */
function splitCoordinatedOrgs(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_ORG || tags[i + 1] !== B_ORG + 1) continue;
    const next = infos[i + 1]!.word;
    if (next.p === 'و' && isOrgWord(lex, infos[i]!.word.b) && isOrgWord(lex, next.b)) tags[i + 1] = B_ORG;
  }
}

/**
 * «[أنس بن مالك رضي الله] عنه», «[عمر رضي] الله عنه», «[رضي الله] عنها»: a blessing (BLESSINGS,
 * no proclitic, its second word right after it) is no part of a person's name — the PERS ends
 * before it, and is dropped if nothing is left. «الله» of the blessing becomes the MISC that
 * ANERcorp makes of it («صلى [الله] عليه وسلم»). The given name «رحمة الله» stays. «رضوان الله»
 * is the blessing only with «عليه/عليهم …» after it («الصحابة [رضوان الله] عليهم»): «رضوان» is a
 * given name too, and «رضوان الله» a compound one.
 */
function cutBlessings(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS && tags[i] !== I_PERS) continue;
    const w = infos[i]!.word;
    const next = infos[i + 1]!.word;
    if (w.p.length > 0 || next.p.length > 0) continue;
    const ridwan = w.w === RIDWAN && next.w === GOD && i + 2 < tags.length && infos[i + 2]!.word.p.length === 0 && UPON_THEM.has(infos[i + 2]!.word.w);
    if (!ridwan && BLESSINGS.get(w.w) !== next.w) continue;
    // «رحمة الله» (Rahmatullah) is a given name, and folds like the verb «رحمه»
    if (endsInTehMarbuta(raw[i]!)) continue;
    const j = spanEnd(tags, i);
    tags.fill(O, i, j);
    if (next.w === GOD && (tags[i + 1] === O || (tags[i + 1] === B_MISC && tags[i + 2] !== B_MISC + 1))) label(tags, margins, i + 1, i + 2, B_MISC);
    i = j - 1;
  }
}

/** Folded «تنظيم» "organisation, group", the head news puts before the group's name. */
const GROUP_HEAD = foldWord('تنظيم');
const GROUP_HEADS = new Set([GROUP_HEAD]);
/** Folded «الدولة», «الإسلامية» (also spelled «الاسلامية»; folding makes them one). */
const STATE = foldWord('الدولة');
const ISLAMIC = foldWord('الإسلامية');

/**
 * «تنظيم [الدولة الإسلامية]», «لتنظيم "[الدولة الإسلامية]"»: after «تنظيم» (with or without
 * proclitics, a quotation mark allowed between) «الدولة الإسلامية» is the armed group (ISIS),
 * an ORG, as «داعش» is in the organisation list. Newer than the training corpus, it is read as
 * nothing, a place or MISC. Alone the phrase may be the idea of an Islamic state («إقامة الدولة
 * الإسلامية»), so only the head makes it the group; the head stays outside, as the model writes
 * the group where it finds it («تنظيم [الدولة الإسلامية]»; al-Qaeda's «[تنظيم القاعدة]», which
 * ANERcorp and the model write with the head, is `labelQaeda`'s).
 * A longer name the model found over it («الدولة الإسلامية في العراق والشام») is left whole.
 */
function labelIslamicStateGroup(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 2 < tags.length; i++) {
    // endsWith first: splitting off proclitics allocates, and almost no word is «…تنظيم»
    if (tags[i] !== O || !infos[i]!.word.w.endsWith(GROUP_HEAD) || headBase(infos[i]!.word.w, GROUP_HEADS) === '') continue;
    let k = i + 1;
    if (OPEN_QUOTES.has(raw[k]!)) k++;
    if (k + 1 >= tags.length || infos[k]!.word.w !== STATE || infos[k + 1]!.word.w !== ISLAMIC) continue;
    if (tags[k] === B_ORG && spanEnd(tags, k) === k + 2) continue;
    if (!holdsWholeEntities(tags, k, k + 2)) continue;
    label(tags, margins, k, k + 2, B_ORG);
  }
}

/** Folded «القاعدة», al-Qaeda after «تنظيم» (alone also "the base", "the rule"). */
const QAEDA = foldWord('القاعدة');

/**
 * The regions that finish a branch's name after «تنظيم القاعدة في …», folded: «جزيرة العرب»
 * (AQAP), «بلاد المغرب الإسلامي» (AQIM), «بلاد الرافدين», «شبه القارة الهندية». A country alone
 * («تنظيم القاعدة في اليمن») says where the group is, and stays outside.
 */
const QAEDA_REGIONS: readonly (readonly string[])[] = [
  ['جزيرة', 'العرب'],
  ['بلاد', 'المغرب', 'الإسلامي'],
  ['بلاد', 'الرافدين'],
  ['شبه', 'القارة', 'الهندية'],
].map((r) => r.map(foldWord));

/**
 * Names QA round 161: «تنظيم القاعدة», «بتنظيم القاعدة», «لتنظيم القاعدة في جزيرة العرب»: after
 * «تنظيم» (with or without proclitics) «القاعدة» is al-Qaeda, and head and name together are an
 * ORG, as ANERcorp train writes them («تنظيم/B-ORG القاعدة/I-ORG» 5 times, O twice) and the
 * model does where it finds them; over news-002/004/007/011 the model leaves them O 110 times of
 * 181 («تنظيم القاعدة» 64 of 134, «بتنظيم القاعدة» 27 of 27, «لتنظيم القاعدة» 19 of 20). A
 * model span over «القاعدة» alone takes its head in; a branch's region (QAEDA_REGIONS) after «في»
 * joins the name, over the model's place in it («في [جزيرة العرب]LOC»).
 */
function labelQaeda(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (infos[i + 1]!.word.w !== QAEDA || !infos[i]!.word.w.endsWith(GROUP_HEAD)) continue;
    // O O, O [القاعدة], or the model's own [تنظيم القاعدة]
    const modelWhole = tags[i] === B_ORG && spanEnd(tags, i) === i + 2;
    if (!modelWhole && !(tags[i] === O && (tags[i + 1] === O || (tags[i + 1] === B_ORG && spanEnd(tags, i + 1) === i + 2)))) continue;
    let j = i + 2;
    if (j < tags.length && tags[j] === O && infos[j]!.word.w === IN) {
      for (const region of QAEDA_REGIONS) {
        const end = j + 1 + region.length;
        if (end > tags.length || !region.every((w, k) => infos[j + 1 + k]!.word.w === w) || !holdsWholeEntities(tags, j + 1, end)) continue;
        j = end;
        break;
      }
    }
    if (modelWhole && j === i + 2) continue;
    const head = splits(infos[i]!.word.w).find(([, b]) => b === GROUP_HEAD);
    if (!head) continue;
    resplit(infos[i]!, head[0], head[1]);
    label(tags, margins, i, j, B_ORG);
    i = j - 1;
  }
}

/** Folded «الإخوان» "the brothers", the Muslim Brotherhood after «جماعة/تنظيم». */
const BROTHERS = foldWord('الإخوان');
/** Folded heads before the Brotherhood's short name: «جماعة», «تنظيم». */
const BROTHERHOOD_HEADS = new Set(['جماعة', 'تنظيم'].map(foldWord));

/**
 * Names QA round 164: «جماعة [الإخوان]», «تنظيم [الإخوان] الإرهابي», «لجماعة [الإخوان]»: after
 * «جماعة» or «تنظيم» (with or without proclitics, left O) «الإخوان» without «المسلمين» is the
 * Muslim Brotherhood, an ORG of that word, with the head outside as the model and the organisation
 * list write «جماعة [الإخوان المسلمين]»; over news-002/004/007/011 the model leaves it O 55 times
 * («جماعة الإخوان» 13, «جماعة الإخوان الإرهابية» 8, «تنظيم الإخوان الإرهابي» 6). Alone the
 * word is "the brothers" and stays.
 */
function labelBrotherhood(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== O || tags[i - 1] !== O || infos[i]!.word.w !== BROTHERS) continue;
    if (headBase(infos[i - 1]!.word.w, BROTHERHOOD_HEADS) === '') continue;
    label(tags, margins, i, i + 1, B_ORG);
  }
}

/** Folded «الأزهر», al-Azhar (the mosque, the university, the institution, a Cairo district). */
const AZHAR = foldWord('الأزهر');
/** Folded «الشريف» "the noble", the institution's epithet: «الأزهر الشريف». */
const NOBLE = foldWord('الشريف');
/** Folded heads that make «الأزهر» the institution: its sheikh, its sheikhdom, its scholars. */
const AZHAR_ORG_HEADS = new Set(['شيخ', 'مشيخة', 'علماء', 'شيوخ', 'مشايخ', 'ممثلي', 'ممثل'].map(foldWord));
/** Folded heads that make «الأزهر» the mosque or the district: «الجامع الأزهر», «حي الأزهر». */
const AZHAR_PLACE_HEADS = new Set(['جامع', 'الجامع', 'مسجد', 'المسجد', 'حي', 'منطقة', 'شارع', 'ميدان', 'حديقة'].map(foldWord));

/**
 * Names QA round 169: «[الأزهر الشريف]», «شيخ [الأزهر]», «مشيخة [الأزهر]»: al-Azhar as the
 * institution is an ORG. Over news-002/004/007/011 the model reads «الأزهر الشريف» as a place 17
 * times of 18 and «شيخ/مشيخة/علماء الأزهر» as a place or O about 40 times (ORG about 50). With its
 * epithet «الشريف» the name is the institution (the span takes the epithet), unless a mosque or
 * place head stands before it («الجامع الأزهر الشريف», «حي الأزهر»); after a head of its office
 * (AZHAR_ORG_HEADS, with or without proclitics, left O) it is the institution too. The word must
 * be O or an entity of its own (of the word, or of the word and the epithet): «[جامعة الأزهر]»
 * stays.
 */
function labelAzhar(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!;
    if (infos[i]!.word.b !== AZHAR || (t !== O && t % 2 === 0)) continue;
    const noble = i + 1 < tags.length && infos[i + 1]!.word.w === NOBLE && (tags[i + 1] === O || (t !== O && tags[i + 1] === t + 1));
    const j = noble ? i + 2 : i + 1;
    // the entity of the word must end with the span
    if (t !== O && j < tags.length && tags[j] === t + 1) continue;
    if (t === B_ORG && j === spanEnd(tags, i)) continue;
    if (tags[i - 1] !== O) continue;
    const prev = infos[i - 1]!.word.w;
    if (headBase(prev, AZHAR_PLACE_HEADS) !== '') continue;
    if (!noble && headBase(prev, AZHAR_ORG_HEADS) === '') continue;
    label(tags, margins, i, j, B_ORG);
    i = j - 1;
  }
}

/** «إب» as written, with its hamza below: the Yemeni city and governorate Ibb. */
const IBB = '\u0625\u0628';
/** Folded «إب». */
const IBB_FOLDED = foldWord(IBB);
/** «اب», Ibb as written without the hamza (names QA round 179). */
const IBB_BARE = '\u0627\u0628';
/** Folded heads after which «اب» is Ibb: «محافظة», «مدينة», «مديرية» and their plurals and duals. */
const IBB_HEADS = new Set(['محافظة', 'مدينة', 'مديرية', 'محافظات', 'مدن', 'مديريات', 'محافظتي', 'مدينتي'].map(foldWord));

/**
 * Names QA round 170: «محافظة [إب]», «ب[إب]», «[تعز] و[إب]»: «إب», written with the hamza below
 * the alef, is only the Yemeni city and governorate Ibb, which the model leaves O in about 290 of
 * 300 uses over news-000…007 (after «محافظة» 74 times of 74). Folded it is «اب», as «أب» "father"
 * and «آب» "August" are, so the rule reads the raw spelling: a word that is «إب» after at most two
 * proclitic letters (و ف ب ل), O, becomes a LOC, its proclitics read off.
 */
function labelIbb(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== O) continue;
    const r = raw[i]!;
    // names QA round 179: «محافظة اب», «مدينة اب», written without the hamza, after a head that
    // takes no father («أب»)
    if (r === IBB_BARE && i > 0 && tags[i - 1] === O && headBase(infos[i - 1]!.word.w, IBB_HEADS) !== '') {
      label(tags, margins, i, i + 1, B_LOC);
      continue;
    }
    if (r.length > 4 || !r.endsWith(IBB)) continue;
    const k = r.length - 2;
    let clitics = true;
    for (let q = 0; q < k; q++) clitics &&= CONJUNCTION_PREPOSITION_CLITICS.has(r.charCodeAt(q));
    if (!clitics) continue;
    if (k > 0) markListedSplit(infos[i]!, [k, IBB_FOLDED]);
    label(tags, margins, i, i + 1, B_LOC);
  }
}

/** Folded «حركة» "movement", the head outside a movement's name («حركة [حماس]»). */
const MOVEMENT_HEADS = new Set([foldWord('حركة')]);

/**
 * Movements named by common words after «حركة», folded: Hamas's full name, al-Shabaab (with
 * «المجاهدين», its own last word) and Zimbabwe's MDC. «حركة التغيير» alone is any "movement for
 * change", «المقاومة الإسلامية» alone also Hezbollah's armed wing.
 */
const MOVEMENT_NAMES: readonly (readonly string[])[] = [
  ['المقاومة', 'الإسلامية'],
  ['الشباب', 'المجاهدين'],
  ['الشباب'],
  ['التغيير', 'الديمقراطي'],
  ['التغيير', 'الديموقراطي'],
].map((n) => n.map(foldWord));

/** Folded «الشباب» "the youth", al-Shabaab after «حركة». */
const YOUTH = foldWord('الشباب');

/**
 * Names QA round 165: «حركة [المقاومة الإسلامية]», «حركة [الشباب] الصومالية», «"حركة [الشباب]"»,
 * «حركة [التغيير الديمقراطي]»: after «حركة» (with or without proclitics, left O) a name of
 * MOVEMENT_NAMES, all O, is an ORG, the head outside as ANERcorp writes «حركة/O المقاومة/B-ORG
 * الاسلامية/I-ORG» (twice, O twice) and «حركة/O طالبان/B-ORG»; over news-002/004/007/011 the
 * model leaves «حركة المقاومة الإسلامية» O 10 times of 10 and «حركة الشباب» 27 of 29. «الشباب»
 * before a definite masculine word other than «المجاهدين» is another movement («حركة الشباب
 * المؤمن», the Houthis' forerunner; «حركة الشباب الغاضب», the Angry Young Men).
 */
function labelMovementNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== O || tags[i - 1] !== O || infos[i]!.word.p.length > 0 || !isDefinite(infos[i]!.word.w)) continue;
    if (headBase(infos[i - 1]!.word.w, MOVEMENT_HEADS) === '') continue;
    for (const name of MOVEMENT_NAMES) {
      const end = i + name.length;
      if (end > tags.length || !name.every((w, k) => infos[i + k]!.word.w === w && tags[i + k] === O)) continue;
      // «حركة الشباب المؤمن», «حركة الشباب الغاضب», «حركة الشباب اللاتفيين»: a masculine word
      // that agrees with «الشباب» makes another movement's name; al-Shabaab's adjectives agree
      // with «حركة» («الصومالية», «المتطرفة»)
      if (name.length === 1 && name[0] === YOUTH && end < tags.length && isDefinite(infos[end]!.word.w) && !infos[end]!.word.w.endsWith('\u0647')) break;
      label(tags, margins, i, end, B_ORG);
      i = end - 1;
      break;
    }
  }
}

/** The folded feminine dual ending «تان» ("two …": «سنتان», «منطقتان»). */
const FEMININE_DUAL = '\u062a\u0627\u0646';

/**
 * Whether folded `w` is the dual of a common feminine noun or adjective in «ة»: it ends in «تان»
 * after two letters or more, and the singular («…ة») is a word the corpus knows well (2⁷ times or
 * more) — «سنتان» (of «سنة»), «منطقتان», «سلسلتان» — not a name in «…تان» («زلاتان», «ناتان»,
 * «كازاخستان», whose «…ة» the corpus does not know).
 */
function isFeminineDual(w: string, lex: Lexicon): boolean {
  return w.length >= 5 && w.endsWith(FEMININE_DUAL) && freqOf(lex, w.slice(0, -3) + '\u0647') >= 7;
}

/**
 * Names QA round 163: «[سنتان أخرتان]PERS», «[سلسلتان جبليتان]PERS», «[منطقتان]PERS», «[غواصتان
 * نوويتان]PERS»: the model reads a feminine dual — a noun and its adjective, both in «…ان» — as a
 * name (news-002/011: about 40 such spans). An entity whose first word (its base, after any
 * proclitic) is the dual of a common word in «ة» (`isFeminineDual`) is dropped when every word of
 * it ends in «ان» (two words or more: the dual noun and its adjectives), or when it is that one
 * word read as a person and the corpus itself knows the dual little (2⁴ times or fewer:
 * «[منطقتان]PERS», «[الفتاتان]PERS», not «ايتان», Eitan, whose «ايه» folds with «آية»). One word
 * of another type may be a place or a tribe whose «…ة» is a common word («[الهندستان]LOC» of
 * «الهندسة», «[حريتان]LOC» near Aleppo), and stays, as does a tribe's name after «قبيلة» («قبيلة
 * [سكتان]», read as a person first). A dual with a name after
 * it stays («[المنقذتان بيكا وآش]»).
 */
function dropFeminineDuals(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0) continue;
    const j = spanEnd(tags, i);
    const first = infos[i]!.word;
    if (isFeminineDual(first.b, lex)) {
      let all = true;
      for (let k = i + 1; all && k < j; k++) all = infos[k]!.word.w.endsWith('\u0627\u0646');
      // «قبيلة [سكتان]»: a tribe's name, which retypeTribeNames makes an ORG
      const tribe = i > 0 && headBase(infos[i - 1]!.word.w, TRIBE_HEADS) !== '';
      if (j - i >= 2 ? all : t === B_PERS && !tribe && freqOf(lex, first.b) <= 4) tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/** Whether the raw word's last letter (harakat and tatweel aside) is «ة». */
function endsInTehMarbuta(word: string): boolean {
  for (let k = word.length - 1; k >= 0; k--) {
    const c = word.charCodeAt(k);
    if (c === TEH_MARBUTA) return true;
    // harakat, shadda, sukun, dagger alef and tatweel may follow the letter
    if (isHarakahOrTatweel(c)) continue;
    return false;
  }
  return false;
}

/** Folded «عاصمة», «حكومة»: read in construct with a country («عاصمة سورية» "Syria's capital"). */
const COUNTRY_CONSTRUCTS = new Set(['عاصمة', 'حكومة'].map(foldWord));

/**
 * «دولة [بوليسية]», «جامعة [سعودية]», «منطقة [حدودية]», «شخصية [هولندية]»: after an indefinite
 * feminine noun, an indefinite word in «…ية» is its adjective, not a place, when the corpus
 * writes the masculine «…ي» about as often (adjectives inflect for gender; «بوليسي», «سعودي»).
 * A place of that shape has a rare or absent masculine («مدينة [بلنسية]», «مملكة [صقلية]»,
 * «بحيرة [طبرية]»), and stays; so does a word written with a final «ه» («منطقة [جونيه]»), and
 * one after «عاصمة/حكومة», which take a country in construct («عاصمة [سورية]»).
 */
function dropFeminineAdjectivePlaces(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1) || tags[i - 1] !== O) continue;
    const { w, p } = infos[i]!.word;
    const prev = infos[i - 1]!.word.b;
    if (p.length > 0 || isDefinite(w, 2) || w.length < 5 || w.charCodeAt(w.length - 1) !== HEH || w.charCodeAt(w.length - 2) !== YEH) continue;
    if (isDefinite(prev, 2) || prev.length < 3 || prev.charCodeAt(prev.length - 1) !== HEH || COUNTRY_CONSTRUCTS.has(prev)) continue;
    // both written with «ة»: a final «ه» is a place's own letter as often («منطقة [جونيه]», «روبيه»)
    if (!endsInTehMarbuta(raw[i]!) || !endsInTehMarbuta(raw[i - 1]!)) continue;
    const masc = freqOf(lex, w.slice(0, -1));
    if (masc >= 0 && masc >= freqOf(lex, w) - 1) tags[i] = O;
  }
}

/**
 * Whether the PERS at `i` (ending at `j`) may take the PERS that starts at `j`: not when the
 * second begins with a proclitic the span left out («[فهيد] ل[مبارك]», «[كينياتا] ب[أوباما]»: a
 * preposition between two people) or with «و», nor when a word inside the first begins with
 * «و» («[أدريان والبحريني] [محمد حسين]»: the model already ran over a coordination), nor when
 * a first name of two words or more ends in a frequent word the self-training tag dictionary
 * finds mostly untagged, unless it is a title, a kinship word or a given name.
 */
function joinable(infos: readonly TokenInfo[], i: number, j: number, lex: Lexicon): boolean {
  const next = infos[j]!.word;
  if ((next.p.length > 0 && !KEPT_CLITICS.has(next.p)) || next.w.charCodeAt(0) === WAW) return false;
  for (let k = i + 1; k < j; k++) if (infos[k]!.word.w.charCodeAt(0) === WAW) return false;
  // a first name of two words or more that ends in a frequent word the corpus seldom tags as a
  // name («[محمد ابنته]», «[ألفونسو لاحقا]») is already no clean name; a title, «بن/بنت» or a
  // given name there («[أكرم علي]») is a link of the chain, and so is the second part of a
  // compound given name («[عبد السلام]», «[شهاب الدين]»; names QA round 109)
  const last = infos[j - 1]!.word.b;
  return j === i + 1 || isCompoundGivenName(infos, i, j) || lex.tagdict.get(last) !== 1 || ((lex.classes.get(last) ?? 0) & (PERSON_TRIGGER | GIVEN_NAME)) !== 0;
}

/**
 * Names QA round 109: proclitic letters a name's first word may be read with that are no
 * preposition or «و» between two people: «ف» and «ك» («فيصل» read as ف + «يصل», «فلوريس», «كولن»,
 * «كوفي»). A name right after another is seldom "so X" or "like X"; «ل/ب» («[فهيد] ل[مبارك]»)
 * still keep the two apart.
 */
const KEPT_CLITICS = new Set(['\u0641', '\u0643']); // FEH, KAF

/**
 * The base a name's word is looked up by: the whole word when its only proclitic is one of
 * `KEPT_CLITICS` («كولن», not «ولن» "will not"; «فيصل», not «يصل»), else the base.
 */
function keptBase(word: WordInfo): string {
  return KEPT_CLITICS.has(word.p) ? word.w : word.b;
}

/** Folded second parts of compound given names that are titles, not names («عبد النبي» aside): «النبي», «الأمير». */
const TITLE_SECOND_PARTS = new Set(['النبي', 'الأمير'].map(foldWord));

/**
 * Names QA round 109: whether the PERS over tokens [i, j) is only a compound given name of two
 * words, neither with a proclitic: «عبد» + a definite word («عبد السلام», «عبد الكريم») or a
 * word + a second part of a compound name (`NAME_SECOND_PARTS` but the titles «النبي/الأمير»:
 * «شهاب الدين», «نصر الله», «سيف الإسلام»).
 */
function isCompoundGivenName(infos: readonly TokenInfo[], i: number, j: number): boolean {
  if (j !== i + 2 || infos[i]!.word.p.length > 0 || infos[i + 1]!.word.p.length > 0) return false;
  const second = infos[i + 1]!.word.w;
  if (infos[i]!.word.b === ABD) return isDefinite(second, 2);
  return NAME_SECOND_PARTS.has(second) && !TITLE_SECOND_PARTS.has(second);
}

/**
 * Names QA round 109: «[شهاب الدين] [محمود تكشى]», «[سيف الدين] [عبدالله هبشي]», «[سيف الإسلام]
 * [طغتكين]»: a PERS that is only a compound given name (`isCompoundGivenName`) right before
 * another PERS is the first name of one person cut in two, as a lone listed given name is in
 * `namedFirst`; a second name with a word inside that begins with «و» (a list run together) or a
 * lone second word the self-training dictionary seldom finds a person stays apart.
 */
function compoundFirst(infos: readonly TokenInfo[], tags: Int8Array, i: number, j: number, lex: Lexicon): boolean {
  if (j >= tags.length || tags[j] !== B_PERS || !isCompoundGivenName(infos, i, j)) return false;
  const end = spanEnd(tags, j);
  for (let k = j + 1; k < end; k++) if (infos[k]!.word.w.charCodeAt(0) === WAW) return false;
  return end > j + 1 || !seldomPerson(lex, keptBase(infos[j]!.word));
}

/**
 * «الشيخ [صباح] [خالد الحمد الصباح]», «الكوستاريكي [كيلور] [نافاس]», «قال [محمد] [رضا نعمت
 * زاده]»: two PERS names with nothing between them, right after a title, a speech verb or a
 * kinship word (`PERSON_TRIGGERS`) or a nationality adjective, are one person's name cut in two —
 * the model's decoder may start a name right after another, but a text names two people side
 * by side only with «و» or punctuation between them (ANERcorp train: of 2,735 PERS names, 174
 * start right after another, nearly all with «و»). The second joins the first. Elsewhere two
 * names in a row are as often a verb's subject and object («اختار [نجيب محفوظ] [محمد
 * سلماوي]»), and stay apart — unless the first opens with a given name and one of the two is a
 * single word (`namedFirst`); so does a second name whose first word begins with «و» (a
 * coordination the proclitic split did not take). A lone definite nisba read as a PERS right
 * before a person («[الأوروجوياني] [ألفارو …]») is the adjective of his nationality, and is
 * dropped. A kunya before the man's own name and a family nisba after a name join wherever they
 * stand (names QA round 106: `kunyaBeforeName`, `nisbaAfterName`), and so do a compound given
 * name before a name and a kunya «أبو …» or nasab «بن/ابن …» after a given name (names QA round
 * 109: `compoundFirst`, `particleSecond`). A first PERS that names no one — a description in the
 * dual, a lone definite word seldom a name, «النبي» after a word, or a place before its mayor — is
 * dropped or made a LOC (names QA round 110: `descriptionBeforePerson`).
 */
function joinAdjacentPersons(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; ) {
    if (tags[i] !== B_PERS) {
      i++;
      continue;
    }
    const j = spanEnd(tags, i);
    // «[الأوروجوياني] [ألفارو غوتيريز]»: a lone definite nisba right before a person (no «و» or
    // preposition between: «[الهزازي] و[السهلاوي]» are two family names) is the adjective of his
    // nationality (ANERcorp train: O 274 times before a B-PERS, never a PERS)
    if (j === i + 1 && j < tags.length && tags[j] === B_PERS && isNisba(infos[i]!.word.b) && !isNisbaGivenName(infos[i]!.word.b) && infos[j]!.word.p.length === 0 && infos[j]!.word.w.charCodeAt(0) !== WAW) {
      tags[i] = O;
      i = j;
      continue;
    }
    // names QA round 110: «[الفنانان الساخران] [فرانك سكينر]», «[النبي] [محمد]», «[ريو دي جانيرو]
    // [مارسيلو كريفيلا]»: a description or a place read as a name right before a person
    const before = descriptionBeforePerson(infos, raw, tags, i, j, lex);
    if (before !== KEEP_NAME) {
      for (let k = i; k < j; k++) tags[k] = before === B_LOC && k > i ? B_LOC + 1 : before;
      i = j;
      continue;
    }
    // names QA round 75: «[القيصر] [بطرس الأول]», «[الناصر] [محمد بن قلاوون]», «[البابا] [يوحنا
    // بولس الثاني]»: a lone title or regnal epithet read as a name right before a person
    if (j === i + 1 && j < tags.length && tags[j] === B_PERS) {
      const lone = titleBeforePerson(infos, j, lex);
      if (lone === TITLE_OUT) {
        tags[i] = O;
        i = j;
        continue;
      }
      if (lone === TITLE_IN) {
        tags[j] = I_PERS;
        continue;
      }
    }
    const cue = i > 0 ? infos[i - 1]!.word.b : '';
    const cued = i > 0 && tags[i - 1] === O && (((lex.classes.get(cue) ?? 0) & PERSON_TRIGGER) !== 0 || isNisba(cue));
    if (j < tags.length && tags[j] === B_PERS && particleJoin(infos, tags, i, j)) {
      tags[j] = I_PERS;
      continue;
    }
    if (((cued || namedFirst(infos, tags, i, j, lex) || compoundFirst(infos, tags, i, j, lex) || particleSecond(infos, tags, i, j, lex)) && j < tags.length && tags[j] === B_PERS && joinable(infos, i, j, lex)) || kunyaBeforeName(infos, tags, i, j, lex) || nisbaAfterName(infos, tags, i, j, lex)) {
      // the second name joins the first, and a third after it is looked at again from here
      tags[j] = I_PERS;
      continue;
    }
    i = j;
  }
}

/** Folded first words of a kunya or nasab that go on a man's name in any case: «أبو», «بن», «ابن», «بنت». */
const NAME_PARTICLE_OPENERS = new Set([...NASAB_LINKS, foldWord('أبو')]);

/**
 * Names QA round 109: «[محمد بك] [أبو الدهب]», «[يوسف صبري] [أبو طالب]», «[عمر بن عيد] [أبو
 * ثنتين]», «[يوسف النجار] [ابن يعقوب]», «[إبراهيم باشا] [ابن محمد] علي»: a PERS of two words or
 * more that opens with «أبو» or «بن/ابن/بنت» (no proclitic, no word inside that begins with «و»),
 * right after a PERS that opens with a listed given name (not one that is as often a verb) or is
 * a compound given name, is the kunya or nasab of the same person. «أبا/أبي» stay apart: after a
 * name they are as often its object («بايع [علي بن أبي طالب] [أبا بكر]»).
 */
function particleSecond(infos: readonly TokenInfo[], tags: Int8Array, i: number, j: number, lex: Lexicon): boolean {
  if (j >= tags.length || tags[j] !== B_PERS) return false;
  const next = infos[j]!.word;
  if (next.p.length > 0 || !NAME_PARTICLE_OPENERS.has(next.w)) return false;
  const end = spanEnd(tags, j);
  if (end < j + 2) return false;
  for (let k = j + 1; k < end; k++) if (infos[k]!.word.w.charCodeAt(0) === WAW) return false;
  const first = infos[i]!.word;
  if (isCompoundGivenName(infos, i, j)) return true;
  return first.p.length === 0 && !VERB_GIVEN_NAMES.has(first.b) && (((lex.classes.get(first.b) ?? 0) & GIVEN_NAME) !== 0 || RULE_GIVEN_NAMES.has(first.b));
}

/** Folded letters «ان» that end a dual in the nominative («الفنانان», «الكوريان»). */
const DUAL_ENDING = '\u0627\u0646'; // ALEF, NOON

/**
 * Names QA round 110: whether a folded definite word is a description of people in the dual,
 * never a man's name: «ال…ان» whose singular (the word without «ان») is a title of the trigger
 * list («الفنانان», «الزعيمان») or a word the self-training tag dictionary finds frequent and
 * seldom a person («الكينيان», «الساخران», «الجديدان»). A family name in «ان» («الحمدان») has no
 * such singular («الحمد» is often a name's part).
 */
function isDualDescription(w: string, lex: Lexicon): boolean {
  if (!isDefinite(w, 4) || !w.endsWith(DUAL_ENDING)) return false;
  const one = w.slice(0, -2);
  if (((lex.classes.get(one) ?? 0) & PERSON_TRIGGER) !== 0) return true;
  const code = lex.tagdict.get(one) ?? 0;
  return code > 0 && tagShare(code, 0) === 0;
}

/** What `descriptionBeforePerson` returns for a PERS it leaves as it is. */
const KEEP_NAME = -1;

/**
 * Names QA round 110: what the PERS over [i, j) right before another PERS (no proclitic on
 * either, the second not opening with «و») is when it names no one: `O` for a description
 * (every word written with «ال», not «إل» as in «[إلهام] [علييف]», and a dual description,
 * `isDualDescription`, as in «[الفنانان الساخران] [فرانك سكينر]», «[الزعيمان الكوريان] …»; or one
 * such word the self-training dictionary knows and seldom finds a person, no given name,
 * «[النبي] [محمد]», «[الفقيه] [أبو عمران]»), and for
 * «النبي/الرسول» after a word that is no name («[سنن النبي] [محمد]»; «عبد النبي» is one);
 * `B_LOC` for a place name of two words or more the gazetteer or places.ts knows whole
 * («[ريو دي جانيرو] [مارسيلو كريفيلا]», the city before its mayor); `KEEP_NAME` otherwise.
 */
function descriptionBeforePerson(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, i: number, j: number, lex: Lexicon): number {
  if (j >= tags.length || tags[j] !== B_PERS || j - i > 3) return KEEP_NAME;
  const next = infos[j]!.word;
  if (next.p.length > 0 || next.w.charCodeAt(0) === WAW) return KEEP_NAME;
  const folded: string[] = [];
  for (let k = i; k < j; k++) {
    const w = infos[k]!.word;
    if (w.p.length > 0) return KEEP_NAME;
    folded.push(w.w);
  }
  if (j - i >= 2 && isKnownPlace(lex, folded)) return B_LOC;
  const last = folded[folded.length - 1]!;
  if (j - i === 2 && PROPHET_TITLES.has(last)) {
    const first = folded[0]!;
    const code = lex.tagdict.get(first) ?? 0;
    const named = first === ABD || ((lex.classes.get(first) ?? 0) & GIVEN_NAME) !== 0 || RULE_GIVEN_NAMES.has(first) || tagShare(code, 0) >= 2;
    return named ? KEEP_NAME : O;
  }
  if (j - i === 1) {
    const code = lex.tagdict.get(last) ?? 0;
    // (the word as written, `raw`, opens with «ال» itself, not «إل/أل» that folding makes look like it: «إلهام»)
    if (isDefinite(raw[i]!, 0) && isDefinite(last, 2) && !NOT_TITLES.has(last) && !REGNAL_EPITHETS.has(last) && (isDualDescription(last, lex) || (code > 0 && tagShare(code, 0) <= 1 && ((lex.classes.get(last) ?? 0) & GIVEN_NAME) === 0))) return O;
    return KEEP_NAME;
  }
  for (let k = i; k < j; k++) if (!isDefinite(raw[k]!, 0) || !isDualDescription(folded[k - i]!, lex)) return KEEP_NAME;
  return O;
}

/** Folded «أبو/أبي/أبا» "father of", which opens a kunya. */
const KUNYA_FATHER = new Set(['أبو', 'أبي', 'أبا'].map(foldWord));

/**
 * Names QA round 106: «[أبو الحسن] [علي بن موسى الرضا]», «[أبي المحاسن] [يوسف بن تغري بردي]»,
 * «[أبو عبد الملك] [مروان بن عبد الرحمن]»: a PERS that is only a kunya with a definite second part
 * («أبو/أبي/أبا» + «ال…», or + «عبد» + «ال…»; a proclitic on «أبو» allowed) right before a PERS
 * that opens with a given name or a nasab «X بن Y» (no proclitic, no «و» inside) is the kunya
 * before the man's own name, one person («[أبي الطاهر] [تميم بن يوسف]»). A given name ending in
 * alef («عليا», «محمدا») is the accusative object of a sentence whose subject is the kunya
 * («يمثل [أبو موسى] [عليا]»), and a kunya with an indefinite second part may be such a subject
 * too («أمد [أبو بكر] [يزيد]»): both stay apart.
 */
function kunyaBeforeName(infos: readonly TokenInfo[], tags: Int8Array, i: number, j: number, lex: Lexicon): boolean {
  if (j >= tags.length || tags[j] !== B_PERS || !KUNYA_FATHER.has(infos[i]!.word.b)) return false;
  const second = j === i + 2 ? i + 1 : j === i + 3 && infos[i + 1]!.word.w === ABD ? i + 2 : -1;
  if (second < 0 || infos[second]!.word.p.length > 0 || !isDefinite(infos[second]!.word.w, 2)) return false;
  const next = infos[j]!.word;
  if (next.p.length > 0 || next.w.charCodeAt(next.w.length - 1) === ALEF || VERB_GIVEN_NAMES.has(next.w)) return false;
  const end = spanEnd(tags, j);
  const nasab = j + 2 < end && infos[j + 1]!.word.w === SON;
  if (!nasab && ((lex.classes.get(next.w) ?? 0) & GIVEN_NAME) === 0 && !RULE_GIVEN_NAMES.has(next.w)) return false;
  for (let k = j + 1; k < end; k++) if (infos[k]!.word.w.charCodeAt(0) === WAW) return false;
  return true;
}

/**
 * Names QA round 106: «[أبو زرعة] [المحرمي]», «[مالك بن فهم] [الأزدي]», «[بشارة] [الخوري]»: a lone
 * definite nisba read as a PERS of its own right after a PERS (no proclitic, nothing between) is
 * the family or tribal name of the man before it, one person, unless it is an adjective whose
 * feminine is as common (`isAdjectiveNisba`: «الروسي», «المصري») or the first name ran over «و»
 * («[محمد والظاهر]», a list).
 */
function nisbaAfterName(infos: readonly TokenInfo[], tags: Int8Array, i: number, j: number, lex: Lexicon): boolean {
  if (j >= tags.length || tags[j] !== B_PERS || (j + 1 < tags.length && tags[j + 1] === I_PERS)) return false;
  const next = infos[j]!.word;
  if (next.p.length > 0 || !isNisba(next.w) || isAdjectiveNisba(next.w, lex)) return false;
  for (let k = i + 1; k < j; k++) if (infos[k]!.word.w.charCodeAt(0) === WAW) return false;
  return true;
}

/**
 * Names QA round 75: folded titles of emperors and tsars the trigger list lacks («[القيصر]
 * [ألكسندر الأول]», «الإمبراطور»), left out of the name as ANERcorp leaves titles.
 */
const ROYAL_TITLES = new Set(['القيصر', 'القيصرة', 'الإمبراطور', 'الإمبراطورة', 'الامبراطور', 'الامبراطورة'].map(foldWord));
/**
 * Names QA round 75: folded regnal epithets (laqabs) of Ayyubid, Mamluk and Fatimid rulers, said
 * before the ruler's own name and part of it («[الناصر محمد بن قلاوون]», «[الصالح إسماعيل]»,
 * «[الأشرف خليل]», «[المعز لدين الله]» aside). Not «الحاكم» "the ruler", «العزيز», «السعيد», as
 * often a word.
 */
const REGNAL_EPITHETS = new Set(
  ['الناصر', 'الصالح', 'الأشرف', 'المنصور', 'الظاهر', 'العادل', 'الكامل', 'المعظم', 'المظفر', 'المعز', 'المؤيد', 'المستنصر', 'الأفضل'].map(foldWord),
);
const TITLE_NONE = 0;
const TITLE_OUT = 1;
const TITLE_IN = 2;

/**
 * What the one-word PERS right before the PERS at `j` is when it is no name but a title or an
 * epithet: TITLE_OUT for a definite title (the trigger list's, clergy's, an emperor's; left out of
 * the name), TITLE_IN for «البابا» (which ANERcorp takes into the name) or a regnal epithet (part of
 * it), TITLE_NONE otherwise. Neither word may carry a proclitic or open with «و».
 */
function titleBeforePerson(infos: readonly TokenInfo[], j: number, lex: Lexicon): number {
  const w = infos[j - 1]!.word;
  const next = infos[j]!.word;
  if (w.p.length > 0 || next.p.length > 0 || next.w.charCodeAt(0) === WAW) return TITLE_NONE;
  return titleKind(w.b, lex);
}

/**
 * What a folded base is before a name, as {@link titleBeforePerson} reads it: TITLE_IN for a
 * regnal epithet or «البابا», TITLE_OUT for a definite title of the lists, TITLE_NONE otherwise.
 */
function titleKind(b: string, lex: Lexicon): number {
  if (REGNAL_EPITHETS.has(b) || b === POPE) return TITLE_IN;
  if (!isDefinite(b, 2) || NOT_TITLES.has(b)) return TITLE_NONE;
  return ROYAL_TITLES.has(b) || CLERGY_TITLES.has(b) || ((lex.classes.get(b) ?? 0) & PERSON_TRIGGER) !== 0 ? TITLE_OUT : TITLE_NONE;
}

/**
 * Folded particles of foreign names that are neither words nor family names, never the last
 * word of a name: «دا» (da), «دوس/داس» (dos, das), «فان» (van), «أوف» (of), «ذي» (the Arabic «ذي»
 * of «سيف بن ذي يزن») and «لا» (la). A span ending on one of them runs on to the name word
 * after it (`runOnParticle`) or, when none follows, ends before it (`mendTrailingParticles`).
 */
const TRAILING_PARTICLES = new Set(['دا', 'دوس', 'داس', 'فان', 'أوف', 'اوف', 'ذي', 'لا'].map(foldWord));

/**
 * Folded particles that a name may also end on, being a family name, a word or a letter
 * («[دينيس لو]» Law, «[نانسي دو]», «[آي فون]» the phone, «[ججمنت دي]» Judgment Day, «[داريا ديل]»,
 * «دير» a monastery), or that follow another particle («دي لا», «أوف ذا»): they run a span on to
 * the name word after them but are never cut off.
 */
const RUN_ON_PARTICLES = new Set(['دي', 'دى', 'ديل', 'دل', 'لو', 'دو', 'فون', 'دير', 'ذا', 'ذو'].map(foldWord));

/** Folded particles after which a name runs on to the next word even when it is a common one («[لويس فان] خال», «[ميوزك أوف] ذا سن»). */
const STRONG_PARTICLES = new Set(['فان', 'فون', 'ديل', 'دا', 'دوس', 'داس', 'أوف', 'اوف', 'ذي', 'ذا'].map(foldWord));

/** Whether token `k` is a foreign particle with no proclitic (`TRAILING_PARTICLES`, `RUN_ON_PARTICLES`). */
function isParticle(infos: readonly TokenInfo[], k: number): boolean {
  const w = infos[k]!.word;
  return w.p.length === 0 && (TRAILING_PARTICLES.has(w.w) || RUN_ON_PARTICLES.has(w.w));
}

/** Raw prepositions that no name runs on to over a particle («[نانسي دو] على الطلاق»; «على» folds to the name «علي»). */
const PARTICLE_STOPS = new Set(['على', 'إلى', 'عن', 'في', 'من', 'مع', 'حتى', 'منذ', 'عند', 'لدى']);

/** The letter «ف», a proclitic that a foreign name may also open with («فالكون»). */
const FEH_PROCLITIC = String.fromCharCode(FEH);
const WAW_PROCLITIC = String.fromCharCode(WAW);

/** Folded «ذا» "the" of English titles («أوف ذا سن»). */
const THE_PARTICLE = foldWord('ذا');

/**
 * The end (exclusive) of the name a span ending on the particle at `j - 1` runs on to, or -1:
 * past one more particle left O («دي [لا] بلاتا», «أوف [ذا] سن»), the next word must be
 * letters, open with neither «و» nor the article (nor a proclitic but «ف» + article: «ويندوز
 * فون بالسعودية», but «أوف ذا فالكون»), be no preposition of `PARTICLE_STOPS`, and be a name the
 * model found or, of three letters or more (two after «ذا»), follow a second particle or one of
 * `STRONG_PARTICLES`, or be no common Arabic word (`commonNonName`, on the whole word:
 * «فيرازانو» is no «ف» + word).
 */
function runOnParticle(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, j: number, lex: Lexicon): number {
  let m = j;
  if (m < tags.length && tags[m] === O && isParticle(infos, m)) m++; // one more particle: «دي لا», «أوف ذا»
  if (m >= tags.length) return -1;
  const { w, b } = infos[m]!.word;
  const c = w.charCodeAt(0);
  if (c === WAW || !isArabicLetter(c) || isDefinite(w, 2) || (isDefinite(b, 2) && infos[m]!.word.p !== FEH_PROCLITIC) || PARTICLE_STOPS.has(raw[m]!)) return -1;
  if (tags[m] !== O) return spanEnd(tags, m);
  const prev = infos[m - 1]!.word.w;
  if (w.length < (prev === THE_PARTICLE ? 2 : 3)) return -1;
  // names QA round 240: «مايو» after «دي» is Di Maio, de Mayo, not the month («[لويجي دي] مايو»)
  if (w === MAYO && DE_PARTICLES.has(prev)) return m + 1;
  return m > j || STRONG_PARTICLES.has(prev) || !commonNonName(w, lex) ? m + 1 : -1;
}

/** Folded «مايو» "May", also the name Maio/Mayo after the particle «دي» (names QA round 240). */
const MAYO = foldWord('مايو');
/** Folded «دي/دى» "de, di". */
const DE_PARTICLES = new Set(['دي', 'دى'].map(foldWord));

/** Whether a folded word is a Latin letter's name, bare or with the article («البي دى اف»). */
function letterName(w: string): boolean {
  return LETTER_NAMES.has(w) || (isDefinite(w, 1) && LETTER_NAMES.has(w.slice(2)));
}

/**
 * Names QA round 89: «[لويس فان] جال», «[ريو دي] لا بلاتا», «[سانتا كروز دي] لا سيرا», «[وليام
 * أوف] بوجيه», «[سيف بن ذي] يزن», «[محمد لا] أستطيع»: a PERS, LOC, ORG or MISC of two words or
 * more that ends on a foreign particle (no proclitic; after a word of letters that is not a
 * letter of a spelled acronym, «[إيه إم دي]», «[جي.إتش.دي]») runs on over it, and over one more
 * particle left O, to the name word after it (`runOnParticle`), keeping its type; when there
 * is none, a particle of `TRAILING_PARTICLES` is cut off the end, one of `RUN_ON_PARTICLES`
 * («[دينيس لو] الذي», «[آي فون]») stays.
 */
function mendTrailingParticles(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === O) continue;
    const j = spanEnd(tags, i);
    // names QA round 240: «وقال [دي]PERS مايو» → «[دي مايو]PERS», the family name cut at the month word
    if (t === B_PERS && j === i + 1 && j < tags.length && tags[j] === O && isParticle(infos, i) && DE_PARTICLES.has(infos[i]!.word.w) && infos[j]!.word.w === MAYO && infos[j]!.word.p.length === 0) {
      label(tags, margins, i, j + 1, B_PERS);
      i = j;
      continue;
    }
    if (j - i < 2 || !isParticle(infos, j - 1) || !isArabicLetter(infos[j - 2]!.word.w.charCodeAt(0)) || letterName(infos[j - 2]!.word.w)) {
      i = j - 1;
      continue;
    }
    const end = runOnParticle(infos, raw, tags, j, lex);
    if (end > 0) {
      label(tags, margins, i, end, t % 2 === 1 ? t : t - 1);
      i = end - 1;
    } else {
      if (TRAILING_PARTICLES.has(infos[j - 1]!.word.w)) tags[j - 1] = O;
      i = j - 1;
    }
  }
}

/** Folded «البابا» "the Pope". */
const POPE = foldWord('البابا');

/**
 * Folded particles of European names that name no one alone: «دي/دو/دا/دوس» (de, du, da, dos),
 * «لو» (le), «فان/فون» (van, von), «ديل» (del).
 */
const EUROPEAN_PARTICLES = new Set(['دي', 'دو', 'دا', 'دوس', 'داس', 'لو', 'فان', 'فون', 'ديل'].map(foldWord));

/**
 * Names QA round 73: «[كيفن دي] [بروين]», «[مهدي دا] [كوستا]», «[جان إيف] [لو دريان]», «[نويل]
 * [لو غرايت]»: two PERS names side by side of which the first ends in a particle of a European
 * name after a word of its own, or the second opens with one before a word of its own, are one
 * name cut at the particle (no proclitic or «و» on the second's first word).
 */
function particleJoin(infos: readonly TokenInfo[], tags: Int8Array, i: number, j: number): boolean {
  const next = infos[j]!.word;
  if (next.p.length > 0 || next.w.charCodeAt(0) === WAW) return false;
  if (j - i >= 2 && infos[j - 1]!.word.p.length === 0 && EUROPEAN_PARTICLES.has(infos[j - 1]!.word.w)) return true;
  return spanEnd(tags, j) - j >= 2 && EUROPEAN_PARTICLES.has(next.w);
}

/**
 * Names QA round 73: «[ماركو أسانسيو] [ولوكاس فاسكيس]», «[توم إيفانز] [وكايت جيمس]»: a PERS right
 * after another whose first word begins with «و» that the span keeps («ولوكاس», read by the corpus
 * as «ول» + «وكاس») is the second of two people joined by «و»; its name
 * starts after the «و» when the word without it is a listed given name, or is counted in the
 * corpus more often than the whole and is not mostly an untagged word. A word that is itself a
 * given name («وليد», «وديع», «وليام») keeps its «و», and so does «و» + a preposition the corpus
 * read before a given name or a name part («ول[عبد الله بن عباس]», «وب[فيليب الثاني]»).
 */
function startPersonsAfterAnd(infos: TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let j = 1; j < tags.length; j++) {
    if (tags[j] !== B_PERS || (tags[j - 1] !== B_PERS && tags[j - 1] !== I_PERS)) continue;
    const word = infos[j]!.word;
    const w = word.w;
    // the corpus-based split may have read more off it («ولوكاس» as «ول» + «وكاس»)
    if (w.charCodeAt(0) !== WAW || w.length < 4) continue;
    if (((lex.classes.get(w) ?? 0) & GIVEN_NAME) !== 0 || RULE_GIVEN_NAMES.has(w)) continue;
    // «ول[عبد الله بن عباس]», «وب[فيليب الثاني]»: «و» + a preposition before a name or a name part
    const b = word.b;
    if (word.p.length > 1 && (((lex.classes.get(b) ?? 0) & GIVEN_NAME) !== 0 || RULE_GIVEN_NAMES.has(b) || NAME_LINKS.has(b))) continue;
    const rest = w.slice(1);
    const given = ((lex.classes.get(rest) ?? 0) & GIVEN_NAME) !== 0 || RULE_GIVEN_NAMES.has(rest);
    if (given || (freqOf(lex, rest) > freqOf(lex, w) && lex.tagdict.get(rest) !== 1)) {
      resplit(infos[j]!, 1, rest);
      AND_SPLITS.add(infos[j]!.word);
    }
  }
}

/**
 * The word readings `startPersonsAfterAnd` split «و» off: the span of the name starts after the
 * letter (`strips` in recognize.ts), which the corpus-based split alone would keep.
 */
const AND_SPLITS = new WeakSet<WordInfo>();

/** Whether the rules split «و» off this reading of a name's first word (`startPersonsAfterAnd`). */
export function splitAndByRule(word: WordInfo): boolean {
  return AND_SPLITS.has(word);
}

/**
 * Names QA round 71: «[فارس] [ابراهيم الجنيد]», «[محمد] [عادل إمام]», «[عبد السلام] [محمد
 * هارون]», «[فاطمة السيد] [إبراهيم]»: two PERS names in a row, with no cue before them, of which
 * the first opens
 * with a listed given name (`GIVEN_NAMES`, `RULE_GIVEN_NAMES`; not one that is as often a verb)
 * and one of the two is a single word, are one person's name cut in two: a given name alone is
 * seldom the subject right before an object named in full, and a full name seldom before a lone
 * family name. Two full names in a row («[عادل إمام] [محمد رمضان]», «[تيريزا ماي] [جيريمي
 * هانت]», a verb's subject and object) stay apart, and so does a lone word after a full name that
 * is as often a verb (`VERB_GIVEN_NAMES`: «[مصطفى أوزيل] [أشرف] على …»).
 */
function namedFirst(infos: readonly TokenInfo[], tags: Int8Array, i: number, j: number, lex: Lexicon): boolean {
  if (j >= tags.length || tags[j] !== B_PERS) return false;
  const b = infos[i]!.word.b;
  if (VERB_GIVEN_NAMES.has(b) || ((lex.classes.get(b) ?? 0) & GIVEN_NAME) === 0 && !RULE_GIVEN_NAMES.has(b)) return false;
  // «[عبد الوهاب] [جعفر وهتان باهبري]»: a second name with «و» inside is a list run together
  const end = spanEnd(tags, j);
  for (let k = j + 1; k < end; k++) if (infos[k]!.word.w.charCodeAt(0) === WAW) return false;
  // names QA round 75: a lone second word the self-training dictionary seldom finds a person
  // («[فابيان] [يصل]» "arrives")
  if (end === j + 1 && seldomPerson(lex, keptBase(infos[j]!.word))) return false;
  // a given name alone, also the compound «عبد السلام»
  if (j === i + 1 || (j === i + 2 && b === ABD)) return true;
  // «[مصطفى أوزيل] أشرف»: a lone second word that is as often a verb («أشرف» "supervised")
  return end === j + 1 && !VERB_GIVEN_NAMES.has(infos[j]!.word.b);
}

/**
 * Whether the self-training tag dictionary holds a word and finds it a person less than a third
 * of the time, and it is no listed given name («علي», also the preposition "on me").
 */
function seldomPerson(lex: Lexicon, b: string): boolean {
  if (((lex.classes.get(b) ?? 0) & GIVEN_NAME) !== 0 || RULE_GIVEN_NAMES.has(b)) return false;
  const code = lex.tagdict.get(b);
  return code !== undefined && tagShare(code, 0) < 2;
}

/**
 * Folded first words of foreign compound names that name nothing alone: "Saint/Santa/San/São",
 * "New", "North/South", "Port/Fort", "Los/Las", "Old", "Buenos" («[سانت] [بطرسبورغ]», «[نيو]
 * [مكسيكو]», «[بوينس] [آيريس]», «[أولد] [ترافورد]»), and «ريال» "Real" of a Spanish club
 * («[ريال] [مدريد]»).
 */
const COMPOUND_OPENERS = new Set(['سانت', 'سانتا', 'سان', 'ساو', 'نيو', 'نورث', 'ساوث', 'بورت', 'فورت', 'لوس', 'لاس', 'أولد', 'بوينس'].map(foldWord));
const REAL = foldWord('ريال');

/**
 * «[سانت]LOC [جيمس بارك]PERS», «[بوينس]LOC [آيريس]PERS», «[ريال]ORG [مدريد]LOC»: a one-word
 * name that is only such an opener, with a name of any type right after it (no proclitic or
 * «و» on its first word, at most three words), is the first word of one name cut in two: the two
 * become one LOC, or one ORG when the second is an ORG («[نيو ستريتس تايمز]») or after «ريال»
 * (as ANERcorp writes «[ريال مدريد]»; not before a PERS: «مدافع ريال [سيرخيو راموس]»).
 */
function joinCompoundOpeners(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    if (t === O || t % 2 === 0 || tags[i + 1] === O || tags[i + 1]! % 2 === 0) continue;
    const b = infos[i]!.word.b;
    // «[ريال] [سيرخيو راموس]» is Real's player in construct, no name of the club
    const real = b === REAL && t === B_ORG && tags[i + 1] !== B_PERS;
    if (!real && !COMPOUND_OPENERS.has(b)) continue;
    const next = infos[i + 1]!.word;
    if (next.p.length > 0 || next.w.charCodeAt(0) === WAW) continue;
    const j = spanEnd(tags, i + 1);
    if (j - i - 1 > 3) continue;
    // «[نيو] [ستريتس تايمز]ORG», «[لوس] [أنجلوس غالاكسي]ORG»: a newspaper or club keeps its type
    label(tags, margins, i, j, real || tags[i + 1] === B_ORG ? B_ORG : B_LOC);
    i = j - 1;
  }
}

/** Folded «إف/أف/اف» and «إم/أم/ام»: the letters F and M. */
const LETTER_F = foldWord('إف');
const LETTER_M = foldWord('إم');

/** Words for a band or a medium before «إف إم» («على موجة إف إم», «راديو إف إم»): no station's name. */
const RADIO_WORDS = new Set(
  ['موجة', 'الموجة', 'موجات', 'الموجات', 'تردد', 'التردد', 'ترددات', 'الترددات', 'راديو', 'الراديو', 'إذاعة', 'الإذاعة', 'اذاعة', 'بث', 'البث', 'نطاق'].map(foldWord),
);

/**
 * «[الجوهرة أف أم]», «ل[جوهرة اف ام]», «[شمس إف إم]»: "FM" spelled in Arabic letters names a
 * radio station together with the word right before it, its own name — the way stations call
 * themselves in the news they write («قال لمراسل الجوهرة أف أم»). The model took the letters
 * alone, often as MISC, or nothing when the name has no article. «إف» + «إم» (no proclitic on
 * either) after a word of three letters or more that is no word for a band or medium («موجة»,
 * «راديو») become an ORG that starts at that word, after the proclitics the span of a name drops
 * («ل[جوهرة أف أم]»), and a name before it ends there.
 * When a quote stands between («الجوهرة "اف ام"»), a name over both would hold an unbalanced
 * quote: letters the model labelled only become an ORG. «أم» is also the word "or", so the
 * letters are taken only as a pair.
 */
function labelRadioStations(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    if (infos[i]!.word.w !== LETTER_F || infos[i + 1]!.word.w !== LETTER_M) continue;
    const before = infos[i - 1]!.word;
    const b = before.b;
    const named = b.length >= 3 && isArabicLetter(b.charCodeAt(0)) && isArabicLetter(b.charCodeAt(b.length - 1)) && !RADIO_WORDS.has(b);
    // letters with no name before them: only a name they open is retyped («بي إف إم» is left)
    if (!named && tags[i] !== B_ORG && tags[i] !== B_MISC && tags[i] !== B_LOC && tags[i] !== B_PERS) continue;
    // an ORG the model ran over the name and the letters stays («[إذاعة موزاييك إف إم]»)
    if (tags[i] === B_ORG + 1 && tags[i + 1] === B_ORG + 1) continue;
    const s = named ? i - 1 : i;
    const after = i + 2;
    // a name the model ran on past the letters («[أف أم بجربة]ORG», «[أف أم في القصرين]») took
    // the words after the station into it: they are no name of that type, and are left out
    for (let k = i + 2; k < tags.length && tags[k] !== O && tags[k]! % 2 === 0; k++) tags[k] = O;
    label(tags, margins, s, after, B_ORG);
    i = after - 1;
  }
}

/** Folded «شبه» and «جزيرة» of «شبه جزيرة» "peninsula", and «الكيلو» "the kilo(metre)". */
const SEMI = foldWord('شبه');
const ISLAND = foldWord('جزيرة');
const KILO = new Set(['الكيلو', 'كيلو'].map(foldWord));
const METRE = foldWord('متر');

/**
 * «[شبه جزيرة] [سيناء]»: "peninsula" is the head of the place after it, and both corpora write
 * the whole a LOC («شبه جزيرة عمان», «شبه الجزيرة العربية»; never «شبه جزيرة» alone): a LOC
 * that is only «شبه جزيرة» joins a LOC right after it that carries no proclitic, and is dropped
 * when none follows («على [شبه جزيرة] ضيقة»); «شبه» alone ("semi-") is dropped too. «في [الكيلو] متر»: a LOC that is only «الكيلو»
 * before «متر…» is the unit (not «الكيلو 101», a place on the Suez road).
 */
function mendPeninsulas(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const j = spanEnd(tags, i);
    const { w } = infos[i]!.word;
    if (j - i === 1 && KILO.has(w) && j < tags.length && tags[j] === O && infos[j]!.word.w.startsWith(METRE)) tags[i] = O;
    // «[شبه] قاحلة», «[شبه] جزيرة»: "semi-, quasi-" alone is no place
    else if (j - i === 1 && infos[i]!.word.b === SEMI) tags[i] = O;
    else if (j - i === 2 && infos[i]!.word.b === SEMI && infos[i + 1]!.word.w === ISLAND) {
      if (j < tags.length && tags[j] === B_LOC && infos[j]!.word.p.length === 0) {
        tags[j] = B_LOC + 1;
        margins[j] = Math.min(margins[j]!, margins[i]!);
      } else tags.fill(O, i, j);
    }
    i = j - 1;
  }
}

/** Folded «جنوب» "south". */
const SOUTH = foldWord('جنوب');
/** Folded country names that «جنوب» opens: South Africa (any hamza) and South Sudan. */
const SOUTH_COUNTRIES = new Set(['أفريقيا', 'إفريقيا', 'افريقيا', 'السودان'].map(foldWord));
/** Proclitics «جنوب» may carry and still open the country: «و», «ف», «ب», «ل», «ك». */
const SOUTH_PROCLITICS = new Set(['', '\u0648', '\u0641', '\u0628', '\u0644', '\u0643', '\u0648\u0628', '\u0648\u0644']);

/**
 * «جنوب [أفريقيا]», «رئيس جنوب [السودان]»: the country is named by both words, as «كوريا
 * الجنوبية» is; a LOC of the one word after a bare «جنوب» (or «وجنوب», «لجنوب») takes it in.
 */
function joinSouthCountries(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i - 1] !== O) continue;
    const w = infos[i]!.word;
    if (w.p.length > 0 || !SOUTH_COUNTRIES.has(w.b)) continue;
    const prev = infos[i - 1]!.word;
    if (prev.b !== SOUTH || !SOUTH_PROCLITICS.has(prev.p)) continue;
    tags[i - 1] = B_LOC;
    tags[i] = B_LOC + 1;
    margins[i - 1] = margins[i]!;
  }
}

/**
 * Countries and continents named by a word and a fixed adjective: Belarus «روسيا البيضاء»
 * "White Russia", «غينيا الاستوائية/الجديدة», the two Germanies, Asia Minor «آسيا الصغرى», the
 * Americas and «أفريقيا الوسطى», Great Britain «بريطانيا العظمى», Northern Ireland «أيرلندا الشمالية»,
 * East Timor «تيمور الشرقية». The adjective is part of the name, as in «كوريا الجنوبية»;
 * regions such as «أوروبا الشرقية» are left out (ANERcorp keeps them out of the name).
 */
const NAMED_BY_ADJECTIVE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      [['روسيا'], ['البيضاء']],
      [['غينيا'], ['الاستوائية', 'الجديدة']],
      [['ألمانيا'], ['الشرقية', 'الغربية']],
      [['آسيا'], ['الصغرى']],
      [['أمريكا', 'أميركا'], ['الشمالية', 'الجنوبية', 'الوسطى', 'اللاتينية']],
      [['أفريقيا', 'إفريقيا'], ['الوسطى']],
      // Great Britain, Northern Ireland, East Timor and the two Vietnams
      // (QA round 55): AQMAR writes «[بريطانيا العظمى]», «[تيمور الشرقية]» as one place
      [['بريطانيا'], ['العظمى']],
      [['أيرلندا', 'إيرلندا', 'ايرلندا', 'إيرلاندا', 'ايرلاندا'], ['الشمالية']],
      [['تيمور'], ['الشرقية']],
      [['فيتنام'], ['الشمالية', 'الجنوبية']],
    ] as const
  ).flatMap(([countries, adjectives]) => countries.map((c) => [foldWord(c), new Set(adjectives.map(foldWord))] as const)),
);

/**
 * «[روسيا] البيضاء» → «[روسيا البيضاء]»: a LOC of one such country word takes in the bare
 * adjective right after it when nothing else is tagged there.
 */
function joinAdjectiveCountries(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i + 1] !== O) continue;
    const adjectives = NAMED_BY_ADJECTIVE.get(infos[i]!.word.b);
    if (adjectives === undefined) continue;
    const next = infos[i + 1]!.word;
    if (next.p.length > 0 || !adjectives.has(next.b)) continue;
    tags[i + 1] = B_LOC + 1;
    margins[i + 1] = margins[i]!;
    joinPapua(infos, tags, margins, i);
  }
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] === B_LOC && infos[i]!.word.p.length === 0 && infos[i]!.word.b === NEW_GUINEA) joinPapua(infos, tags, margins, i);
  }
}

/** Folded «بروسيا» Prussia, which the split reads as ب + «روسيا» "with/in Russia". */
const PRUSSIA = foldWord('بروسيا');
/**
 * Words after which «بروسيا» cannot be ب + «روسيا»: prepositions, which take no second
 * preposition («في بروسيا», «بين بروسيا والنمسا»), and heads of a state or its ruler in
 * construct («مملكة بروسيا», «ملك بروسيا»); and the adjectives of its halves after it.
 */
const PRUSSIA_BEFORE = new Set(
  ['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'بين', 'حتى', 'ضد', 'مملكة', 'ملك', 'إمارة', 'أمير', 'دوقية', 'مقاطعة', 'ولاية', 'عرش', 'إمبراطور', 'امبراطور'].map(foldWord),
);
const PRUSSIA_AFTER = new Set(['الشرقية', 'الغربية'].map(foldWord));

/**
 * «في ب[روسيا]» → «في [بروسيا]»: a LOC on «روسيا» read off «بروسيا» keeps the letter — the
 * word is Prussia — after a word of `PRUSSIA_BEFORE` (bare, or with «و» for a head) or before
 * «الشرقية/الغربية»; «كأس العالم بروسيا» "in Russia" stays.
 */
function keepPrussia(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC) continue;
    const w = infos[i]!.word;
    // «بروسيا دورتموند» is the club Borussia, whose next word the model tags too: left alone (the
    // ORGANISATIONS list of lists.ts makes it one ORG, «بروسيا» whole)
    if (w.w !== PRUSSIA || w.p.length === 0 || (i + 1 < tags.length && tags[i + 1] !== O && infos[i + 1]!.word.p.length === 0)) continue;
    const prev = i > 0 ? infos[i - 1]!.word : undefined;
    const next = i + 1 < tags.length ? infos[i + 1]!.word : undefined;
    const cued =
      (prev !== undefined && tags[i - 1] === O && (prev.p.length === 0 || prev.p === 'و') && PRUSSIA_BEFORE.has(prev.b)) ||
      (next !== undefined && next.p.length === 0 && PRUSSIA_AFTER.has(next.b));
    if (cued) infos[i]!.word = { ...w, p: '', b: w.w };
  }
}

/** Folded «الحرس» "the guard" and the adjectives that make it a corps: the National, Revolutionary, Republican, … Guard. */
const GUARD = foldWord('الحرس');
const GUARD_ADJECTIVES = new Set(['الوطني', 'الثوري', 'الجمهوري', 'الرئاسي', 'الملكي', 'البلدي', 'الحدودي'].map(foldWord));

/**
 * «إقليم [الحرس]LOC الوطني» → «إقليم الحرس الوطني»: the model reads «الحرس» after a place head
 * («إقليم», «مركز», «منطقة» of the Tunisian National Guard's units) as a place. The corps is no
 * place, and ANERcorp leaves «الحرس الوطني» O (as the model does most of the time): a one-word
 * LOC «الحرس», without proclitic, before a bare untagged adjective of a corps is dropped.
 */
function dropGuardPlaces(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i + 1] !== O) continue;
    const w = infos[i]!.word;
    const next = infos[i + 1]!.word;
    if (w.b === GUARD && w.p.length === 0 && next.p.length === 0 && GUARD_ADJECTIVES.has(next.w)) tags[i] = O;
  }
}

/** Folded «حمام» "bath, spa", which heads towns named after their hot springs. */
const HAMMAM = foldWord('حمام');
/**
 * Folded second words of towns and quarters named «حمام …»: Hammam-Sousse, Hammam-Lif, Hammam
 * Chott, Hammam Ghezèze, Hammam Bourguiba, Hammam Zriba, Hammam Mellègue (Tunisia), Hammam
 * Melouane, Hammam Bouhadjar, Hammam Righa, Hammam Debagh (Algeria), Hammam al-Alil (Iraq).
 */
const HAMMAM_TOWNS = new Set(
  ['سوسة', 'الأنف', 'الشط', 'الغزاز', 'الأغزاز', 'بورقيبة', 'الزريبة', 'ملاق', 'معروف', 'ملوان', 'بوحجر', 'ريغة', 'دباغ', 'العليل'].map(foldWord),
);
/** Folded words after which «حمام» is a bloodbath, no name: «حمام دم», «حمام الدم», «حمامات دماء». */
const HAMMAM_BLOOD = new Set(['دم', 'الدم', 'دماء', 'الدماء'].map(foldWord));

/**
 * «[حمام]LOC سوسة» → «[حمام سوسة]LOC», «نادي [حمام]ORG الأنف» → «نادي [حمام الأنف]ORG»: a one-word
 * LOC, ORG or MISC «حمام» takes in the listed second word of its town right after it (bare,
 * untagged); a MISC becomes the town (LOC), an ORG (the town's club) stays ORG. A one-word
 * «حمام» before «دم/الدم» "bloodbath" is dropped. A PERS «حمام» (a family name) is left alone.
 */
function joinHammamTowns(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    const tag = tags[i]!;
    // «حمام» ends a LOC, ORG or MISC here («[حمام]LOC», «[نادي حمام]ORG»)
    if (tag === O || tag === B_PERS || tag === I_PERS || infos[i]!.word.b !== HAMMAM) continue;
    const begin = tag % 2 === 1 ? tag : tag - 1;
    const after = tags[i + 1]!;
    if (after === begin + 1) continue;
    const next = infos[i + 1]!.word;
    if (next.p.length > 0) continue;
    const oneWord = tag % 2 === 1;
    if (after === O && oneWord && HAMMAM_BLOOD.has(next.w)) {
      tags[i] = O;
      continue;
    }
    // the town's word is untagged or a one-word name of its own («[حمام]LOC [سوسة]LOC»)
    if (!HAMMAM_TOWNS.has(next.w) || (after !== O && (after % 2 === 0 || spanEnd(tags, i + 1) !== i + 2))) continue;
    const type = begin === B_MISC && oneWord ? B_LOC : begin;
    tags[i] = oneWord ? type : type + 1;
    tags[i + 1] = type + 1;
    margins[i + 1] = margins[i]!;
  }
}

/** Folded «سيدي» "my lord", which heads Maghrebi towns named after a saint. */
const SIDI = foldWord('سيدي');
/** Folded «بن» and «عبد» inside the saint's name («سيدي علي بن عون», «سيدي عبد الحميد»). */
const SIDI_BEN = foldWord('بن');
const SIDI_ABD = foldWord('عبد');
/** Folded adjectives of a head noun before the town («مستشفى سيدي بوزيد الجهوي»), no part of its name. */
const SIDI_HEAD_ADJECTIVES = new Set(['الجهوي', 'الجامعي', 'المحلي', 'المركزي', 'الدولي'].map(foldWord));
/** Folded titles after which «سيدي» is the address "my lord": «سيدي خادم الحرمين», «سيدي الأمير نايف». */
const SIDI_TITLES = new Set(['الأمير', 'خادم', 'صاحب', 'الرئيس', 'الملك', 'الوالد', 'ولي', 'الوزير', 'الرسول', 'رسول', 'النبي', 'الشيخ', 'الإمام', 'القاضي'].map(foldWord));

/** Folded «محطة» "station": «محطة سيدي خليفة» on the motorway, a place cue for «سيدي» alone. */
const STATION = foldWord('محطة');
/** Folded «ي», the prefix of an imperfect verb: «ولاية [سيدي] يشتبه …» is no saint's name. */
const IMPERFECT_YEH = '\u064a';

/**
 * «في [سيدي]LOC علي بن عون» → «في [سيدي علي بن عون]LOC»: a one-word LOC «سيدي» (bare or with a
 * proclitic) takes in the saint's name after it when that is a given name the lexicon knows
 * («حسين», «علي»), a «بو…» name («بورويس») or «عبد» + a word, and then «بن» + a word;
 * the words must be bare and untagged. Before a title («سيدي خادم الحرمين», «سيدي الأمير»)
 * «سيدي» is the address "my lord", no place: dropped.
 * Names QA round 101: after a word that announces a place (`PLACE_CUES`, `TOWN_HEADS`, «محطة»:
 * «منطقة [سيدي] مرشد», «محطة [سيدي] خليفة») any such word is the saint's name, save an
 * imperfect verb in «ي…»; and a LOC or ORG of more words that ends in a bare «سيدي»
 * («[أولمبيك سيدي]ORG بوزيد», «[عمادة سيدي]LOC خيار») takes it in the same way and keeps its type.
 * A saint's name read as a LOC of one word joins as a PERS does («[سيدي] [بورويس]LOC»).
 */
function mendSidiPlaces(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  const bare = (k: number): boolean => k < tags.length && tags[k] === O && infos[k]!.word.p.length === 0 && isBareArabic(infos[k]!.word.w);
  for (let i = 0; i + 1 < tags.length; i++) {
    const t = tags[i]!;
    if (infos[i]!.word.b !== SIDI) continue;
    // a LOC «سيدي» alone, or the last word, bare, of a LOC or ORG of more words
    const inner = (t === B_LOC + 1 || t === B_ORG + 1) && infos[i]!.word.p.length === 0;
    if (t !== B_LOC && !inner) continue;
    const type = t === B_ORG + 1 ? B_ORG : B_LOC;
    const nextInfo = infos[i + 1]!.word;
    const next = nextInfo.w;
    // the saint's name is untagged, or the model read it as a person of its own, or as a place
    // of one word («معتمدية [سيدي] [بورويس]LOC»)
    const person = (tags[i + 1] === B_PERS || (tags[i + 1] === B_LOC && spanEnd(tags, i + 1) === i + 2)) && nextInfo.p.length === 0;
    if (!person && !bare(i + 1)) continue;
    if (!person && SIDI_TITLES.has(next)) {
      if (!inner) tags[i] = O;
      continue;
    }
    const cue = i > 0 && (inner || tags[i - 1] === O) ? infos[i - 1]!.word.b : '';
    const cued = cue === STATION || PLACE_CUES.has(cue) || TOWN_HEADS.has(cue);
    const named =
      next === SIDI_ABD || ((lex.classes.get(next) ?? 0) & GIVEN_NAME) !== 0 || (next.startsWith('\u0628\u0648') && next.length >= 4) || (cued && !person && !next.startsWith(IMPERFECT_YEH));
    if (!named) continue;
    let end: number;
    if (person) {
      end = spanEnd(tags, i + 1);
      // a word with a proclitic («[عبدالله بالكاف]PERS») ran into the next name: left as it was
      let joined = false;
      for (let k = i + 2; k < end; k++) if (infos[k]!.word.p.length > 0) joined = true;
      // a name that ends in «سيدي» takes a person of one word only («[أولمبيك سيدي] [بوزيد ماهر
      // حرابي]»: the referee's name after the club)
      if (joined || end - i > 5 || (inner && end > i + 2)) continue;
      // «مستشفى [سيدي بوزيد] الجهوي»: the adjective of the head before is left out
      if (end - i > 2 && SIDI_HEAD_ADJECTIVES.has(infos[end - 1]!.word.w)) tags[--end] = O;
    } else {
      end = next === SIDI_ABD ? (bare(i + 2) ? i + 3 : i + 1) : i + 2;
      if (end === i + 1) continue;
      if (end + 1 < tags.length && bare(end) && infos[end]!.word.w === SIDI_BEN && bare(end + 1)) end += 2;
    }
    for (let k = i + 1; k < end; k++) {
      tags[k] = type + 1;
      margins[k] = Math.min(margins[k]!, margins[i]!);
    }
  }
}

/** Folded «بابوا» and «نيوغينيا», of Papua New Guinea. */
const PAPUA = foldWord('بابوا');
const NEW_GUINEA = foldWord('نيوغينيا');

/** «[بابوا] [غينيا الجديدة]», «[بابوا] [نيوغينيا]»: one country; a LOC at `i` takes in «بابوا» before it. */
function joinPapua(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, i: number): void {
  if (i === 0 || infos[i - 1]!.word.b !== PAPUA || (tags[i - 1] !== O && tags[i - 1] !== B_LOC)) return;
  if (infos[i]!.word.p.length > 0) return;
  tags[i - 1] = B_LOC;
  tags[i] = B_LOC + 1;
  margins[i - 1] = Math.max(margins[i - 1]!, margins[i]!);
}

/**
 * Where a name over tokens [from, to) must end so as not to run into a date, time, percentage
 * or amount of money that starts inside it and ends after it: before the token where that
 * expression starts («منظمة شنغهاي للتعاون يومي 3 و4 يوليو» tagged ORG up to «يومي» keeps
 * «منظمة شنغهاي للتعاون» instead of losing to the DATE whole in the merge). NUMs are ignored:
 * a name wins over a NUM. `numeric` must be sorted by start and disjoint (as the grammar gives
 * it). Returns `from` when nothing is left.
 */
export function endBeforeNumeric(tokens: readonly { start: number; end: number }[], from: number, to: number, numeric: readonly Entity[]): number {
  const start = tokens[from]!.start;
  const last = tokens[to - 1]!.end;
  // `numeric` is sorted and disjoint: find the first expression starting after the name does
  let lo = 0;
  let hi = numeric.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (numeric[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < numeric.length && numeric[k]!.start < last; k++) {
    const n = numeric[k]!;
    if (n.type === 'NUM' || n.end <= last) continue;
    let end = to;
    while (end > from && tokens[end - 1]!.end > n.start) end--;
    return end;
  }
  return to;
}

/**
 * Folded natural features whose name follows them in construct: a river, sea, lake, gulf,
 * mountain, island, valley or desert. What comes right after one is a place («نهر التايمز»,
 * «جبل الزيت», «وادي الريان», «جزيرة الزمالك»), which the model now and then calls an
 * organisation or a MISC. Not towns and cities, after which an ORG may be a body named after it
 * («مدينة الملك عبدالعزيز للعلوم والتقنية»).
 */
const NATURAL_HEADS = new Set(
  ['نهر', 'بحر', 'بحيرة', 'خليج', 'جبل', 'جزيرة', 'وادي', 'صحراء', 'جبال', 'جزر', 'أرخبيل', 'هضبة', 'مضيق', 'شلالات', 'بركان'].map(foldWord),
);

/**
 * «نهر [التايمز]ORG», «نهر [المسيسيبي]MISC», «وادي [الريان]ORG»: an ORG or MISC of at most three
 * words with no proclitic right after an indefinite natural-feature head (NATURAL_HEADS, with or
 * without proclitics) is the feature's name: a LOC over the same words. The head stays outside,
 * as for the place heads of retypeAfterPlaceHeads («نهر/O النيل/B-LOC»).
 */
function retypeNaturalFeatures(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if ((tags[i] !== B_ORG && tags[i] !== B_MISC) || tags[i - 1] !== O || infos[i]!.word.p.length > 0) continue;
    const j = spanEnd(tags, i);
    if (j - i <= 3 && headBase(infos[i - 1]!.word.w, NATURAL_HEADS) !== '') for (let k = i; k < j; k++) tags[k] = k === i ? B_LOC : B_LOC + 1;
    i = j - 1;
  }
}

/** Folded «دير» "monastery" (and the villages named after one: «دير حنا», «دير ياسين»). */
const MONASTERY = new Set([foldWord('دير')]);

/** Folded Dutch and German particles before «دير» in a person's name («فان دير سار»). */
const NAME_PARTICLES = new Set(['فان', 'فون', 'دي'].map(foldWord));

/**
 * «[دير مار جرجس]PERS», «ب[دير حنا]PERS», «[جبل موسى]PERS»: a PERS of two to four words whose
 * first word is «دير» "monastery" or a natural-feature head (NATURAL_HEADS, with or without
 * proclitics) names a monastery, a village or a mountain, not a person: the model reads the
 * saint's or the given name after the head. A monastery becomes a LOC over the same words, as
 * the model itself writes most of them («[دير سانت كاترين]LOC») and as villages are named
 * («دير ياسين»); after a natural head the head stays outside, as in retypeNaturalFeatures
 * («جبل/O [موسى]LOC»). «وفان [دير سار]» (a Dutch or German particle before «دير», with or
 * without proclitics) stays a person.
 */
function retypeHeadedPersons(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    if (j - i < 2 || j - i > 4 || infos[i + 1]!.word.p.length > 0 || (i > 0 && headBase(infos[i - 1]!.word.w, NAME_PARTICLES) !== '')) {
      i = j - 1;
      continue;
    }
    const w = infos[i]!.word.w;
    if (headBase(w, MONASTERY) !== '') for (let k = i; k < j; k++) tags[k] = k === i ? B_LOC : B_LOC + 1;
    else if (headBase(w, NATURAL_HEADS) !== '') {
      tags[i] = O;
      for (let k = i + 1; k < j; k++) tags[k] = k === i + 1 ? B_LOC : B_LOC + 1;
    }
    i = j - 1;
  }
}

/**
 * Folded definite titles of a queen or princess (the feminine royal and noble titles):
 * «الملكة», «الأميرة», «الإمبراطورة», «الدوقة», «السلطانة», «الكونتيسة», «الأرشيدوقة», «البارونة».
 */
const QUEEN_TITLES = new Set(
  ['الملكة', 'الأميرة', 'الاميرة', 'الإمبراطورة', 'الامبراطورة', 'الدوقة', 'السلطانة', 'الكونتيسة', 'الأرشيدوقة', 'الارشيدوقة', 'البارونة'].map(
    foldWord,
  ),
);

/** Whether token `i` follows a feminine royal title (QUEEN_TITLES, with or without proclitics). */
export function afterQueenTitle(infos: readonly TokenInfo[], i: number): boolean {
  return i > 0 && headBase(infos[i - 1]!.word.w, QUEEN_TITLES) !== '';
}

/**
 * «الملكة [فيكتوريا]LOC», «للملكة [فكتوريا]LOC», «الأميرة [فيكتوريا]LOC»: a LOC of at most three
 * words right after a definite feminine royal title (QUEEN_TITLES, with or without the
 * proclitics و/ف/ب/ل, «للملكة») is the queen's or princess's name — the model reads the name as
 * the Australian state, the lake or the city named after her. The title stays outside, as for
 * «الملك [فهد]PERS». Not when the first word carries a proclitic, nor when it is a place of the
 * gazetteer or of the place lists (places.ts): «زارت الملكة [كندا]», «جال الدوق والدوقة [كينيا]»,
 * where the place is the verb's object.
 */
function retypeTitledQueens(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i - 1] !== O) continue;
    const j = spanEnd(tags, i);
    const { b, p } = infos[i]!.word;
    if (j - i <= 3 && p.length === 0 && afterQueenTitle(infos, i) && !lex.places.has(b) && !places().names.has(b)) {
      for (let k = i; k < j; k++) tags[k] = k === i ? B_PERS : B_PERS + 1;
    }
    i = j - 1;
  }
}

/**
 * Folded nouns of a written or painted work that is named after its author: «قصيدة/رواية/لوحة
 * [بترارك]», «قصص …», «رسالة [برنابا]» "the epistle of Barnabas" (names QA round 123).
 */
const AUTHORED_WORK_NOUNS = new Set(
  [
    'قصيدة', 'قصائد', 'رواية', 'روايات', 'لوحة', 'لوحات', 'ديوان', 'دواوين', 'قصة', 'قصص', 'رسالة', 'رسائل',
    'مسرحية', 'مسرحيات', 'ملحمة', 'أشعار', 'سوناتات', 'مذكرات', 'مؤلفات', 'سيمفونية', 'أوبرا',
  ].map(foldWord),
);

/**
 * «وفقا لقصيدة [بترارك]LOC», «في لوحة [إميليا]LOC», «ورغم قصة [سترافنسكي]LOC»: a one-word LOC
 * right after a noun of a written or painted work (AUTHORED_WORK_NOUNS, the noun bare: no
 * article, no pronoun) is its author when the word is no place of the gazetteer or of the
 * place lists (isKnownPlace), bears no proclitic nor the article, is no feminine nisba adjective
 * agreeing with the noun («لوحة بانورامية», folded «…يه»), and the self-training tag
 * dictionary reads it as a place or an organisation in less than 35 % of its occurrences: the
 * model takes a foreign name it does not know for a town. A listed or mostly-place word stays a
 * place, the work's subject or setting: «قصة [إدلب]», «قصيدة [بريطانيا]», «أوبرا [دمنهور]».
 */
function retypeWorkAuthors(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i - 1] !== O || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    if (!AUTHORED_WORK_NOUNS.has(infos[i - 1]!.word.b)) continue;
    const { b, p } = infos[i]!.word;
    if (p.length > 0 || b.startsWith('\u0627\u0644') || b.endsWith('\u064a\u0647') || isKnownPlace(lex, [b])) continue;
    const code = lex.tagdict.get(b) ?? 0;
    if (tagShare(code, 1) >= 2 || tagShare(code, 2) >= 2) continue;
    tags[i] = B_PERS;
  }
}

/** Folded «قناة» "canal; television channel". */
const CANAL_HEADS = new Set([foldWord('قناة')]);

/** Folded names of canals named after a city or a country: «قناة السويس», «قناة بنما». */
const CANALS = new Set(['السويس', 'بنما'].map(foldWord));

/** Folded heads of a body named after a canal: «هيئة/شركة/بنك/جامعة قناة السويس». */
const CANAL_BODY_HEADS = new Set(['هيئة', 'شركة', 'بنك', 'مصرف', 'جامعة'].map(foldWord));

/**
 * «قناة [السويس]», «بقناة [بنما]»: after an indefinite «قناة» (with or without proclitics) a
 * canal's name (CANALS) is the waterway, a LOC over that word alone, as «نهر/O النيل/B-LOC» — not
 * the television channel that retypeAfterOrgHeads makes of «قناة» + a place («قناة [دبي]ORG»),
 * and not with «الجديدة» "new", which agrees with «قناة» («قناة السويس الجديدة»). Whatever the
 * model read there — an ORG, an ORG over «السويس الجديدة», or nothing — is replaced. After the
 * head of a body (CANAL_BODY_HEADS) the three words are that body's name, one ORG: «[هيئة قناة
 * السويس]» (the canal's authority), «[جامعة قناة السويس]».
 */
function labelCanals(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i < tags.length; i++) {
    const { b, p } = infos[i]!.word;
    if (p.length > 0 || !CANALS.has(b) || tags[i - 1] !== O || headBase(infos[i - 1]!.word.w, CANAL_HEADS) === '') continue;
    // the model's span over the name (any type, or a stray inside tag) is cleared before labelling
    const j = tags[i] === O ? i + 1 : spanEnd(tags, i);
    for (let k = i + 1; k < j; k++) tags[k] = O;
    if (i > 1 && tags[i - 2] === O && headBase(infos[i - 2]!.word.w, CANAL_BODY_HEADS) !== '') label(tags, margins, i - 2, i + 1, B_ORG);
    else label(tags, margins, i, i + 1, B_LOC);
  }
}

/**
 * Folded first parts of a theophoric given name written apart from «الله»: «فتح الله», «ضيف
 * الله», «عبد الله», «عطا الله», «خير الله», «جار الله», «حسب الله», «فضل الله», «نصر الله», and
 * the Persian and Afghan «ولي الله», «يد الله», «ذبيح الله», «روح الله».
 */
const THEOPHORIC_FIRSTS = new Set(['فتح', 'ضيف', 'عبد', 'عطا', 'خير', 'جار', 'حسب', 'فضل', 'نصر', 'ولي', 'يد', 'ذبيح', 'روح'].map(foldWord));

/**
 * Folded first parts of theophoric given names that are also common nouns, «هبة الله» "gift of
 * God", «هيبة الله», «حياة الله», «زبن الله», «أسد الله», «مد الله», «عطاء الله», «وديعة الله»,
 * «سيف الله»: before a MISC opened on «الله» (mendGodNames) they make it a person's name.
 */
const MISC_THEOPHORIC_FIRSTS = new Set(['هبة', 'هيبة', 'حياة', 'زبن', 'أسد', 'مد', 'عطاء', 'وديعة', 'سيف'].map(foldWord));

/** Folded «عباد» "servants (of God)". */
const SERVANTS = foldWord('عباد');

/** Folded «آباد» of the city «الله آباد» (Allahabad). */
const ABAD = foldWord('آباد');

/** Folded «آية» of the title «آية الله», after which mendAyatollahs decides. */
const AYAT_HEADS = new Set([foldWord('آية')]);

/**
 * A name of two words or more that the model opened on «الله» "God": after the first part of a
 * theophoric given name (THEOPHORIC_FIRSTS, bare or after و/ب/ل) it is that person's name, the
 * first part taken in — «فتح [الله غولن]MISC» → «[فتح الله غولن]PERS», «ضيف [الله بن سطام]» —
 * and otherwise a PERS opened on «الله» (with or without «و») is God and the words after Him,
 * «و[الله الهادي]» "and God is the guide", «نسأل [الله العلي]»: «الله» alone becomes the MISC
 * ANERcorp writes (B-MISC 48 times in train), the rest O. A name after «آية» (the title «آية
 * الله») is left as mendAyatollahs read it.
 *
 * Names QA round 230: a MISC opened on «الله» or «لله» goes the same way — «بيت [الله الحرام]»,
 * «شعب [الله المختار]», «ونسأل [الله التوفيق]», «و[الله الموفق]», «[لله ورسوله]» → «الله» alone,
 * as ANERcorp writes «بيوت [الله] لها من يحميها», «بأسماء [الله] الحسنى», «[الله] العلي القدير»
 * (train never extends a MISC «الله» over the word after it). After the first part of a
 * theophoric name that is also a common noun (MISC_THEOPHORIC_FIRSTS: «هيبة [الله أخوندزاده]»,
 * «زبن [الله المطري]», «حياة [الله العامري]») or right after a one-word PERS («[حكيم]PERS [الله
 * محسود]MISC») the MISC is that person's name, the first part taken in; «[الله آباد]» is the city
 * Allahabad, a LOC.
 */
function mendGodNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === O) continue;
    const j = spanEnd(tags, i);
    const t = tags[i]!;
    const first = infos[i]!.word;
    if (j - i >= 2 && (t === B_PERS || t === B_MISC) && (first.b === ALLAH || (t === B_MISC && (first.w === FOR_GOD || first.b === FOR_GOD)))) {
      const bare = first.p.length === 0 && first.b === ALLAH;
      const prev = i > 0 && tags[i - 1] === O ? infos[i - 1]!.word.w : '';
      if (bare && prev !== '' && headBase(prev, THEOPHORIC_FIRSTS) !== '') label(tags, margins, i - 1, j, B_PERS);
      else if (t === B_MISC && bare && MISC_THEOPHORIC_FIRSTS.has(prev)) label(tags, margins, i - 1, j, B_PERS);
      // «[حكيم]PERS [الله محسود]MISC»: the given name the model found alone before it
      // (not «[عباد]» "servants": «كونوا عباد الله إخوانا»)
      else if (t === B_MISC && bare && i > 0 && tags[i - 1] === B_PERS && infos[i - 1]!.word.p.length === 0 && infos[i - 1]!.word.w !== SERVANTS) {
        label(tags, margins, i - 1, j, B_PERS);
      }
      // «[الله آباد]» is the Indian city Allahabad
      else if (t === B_MISC && bare && j - i === 2 && infos[i + 1]!.word.w === ABAD) label(tags, margins, i, j, B_LOC);
      else if (!(i > 0 && headBase(infos[i - 1]!.word.w, AYAT_HEADS) !== '')) {
        for (let k = i + 1; k < j; k++) tags[k] = O;
        label(tags, margins, i, i + 1, B_MISC);
      }
    }
    i = j - 1;
  }
}

/** Folded «غير» "not, un-", before an adjective. */
const NOT = foldWord('غير');

/** Folded nouns of manner that take an indefinite adjective: «بشكل سليم», «بصورة عادلة». */
const MANNER_NOUNS = new Set(['بشكل', 'بصورة', 'بطريقة', 'بنحو'].map(foldWord));

/** Folded words before «غير» that make it "other than" («مرشح آخر غير مبارك», «لم يكن غير خالد»). */
const OTHER_THAN = new Set(['آخر', 'أخرى', 'أي', 'أحد', 'يكن', 'ليس', 'لا', 'ما', 'من'].map(foldWord));

/**
 * Folded indefinite nouns of a person, a body or a portrait that take an adjective right after
 * them («شخص صالح», «رجل كريم», «مواطن صالح», «حاكم علوي», «جسد صالح», «وصف صالح»: names QA round 111).
 */
const PERSON_NOUNS = new Set(
  ['شخص', 'رجل', 'مواطن', 'إنسان', 'انسان', 'امرأة', 'حاكم', 'جسد', 'وصف', 'شاب', 'فتى', 'طفل'].map(foldWord),
);

/** Folded «وصف» "a description" of PERSON_NOUNS, and the verb "described" after a proclitic. */
const DESCRIPTION = foldWord('وصف');

/** Folded «عدم» "lack of", always followed by a verbal noun («عدم رضا الناس»). */
const LACK = foldWord('عدم');

/**
 * Whether a given name is also an adjective: the corpus knows its feminine «…ة» (2⁵ times or
 * more) and the self-training tag dictionary never finds that feminine in a name — «صالحة»,
 * «عادلة», «سليمة», «سامة», «فريدة» are adjectives, while «هارولد», «أردوغان» have no feminine.
 */
function isAdjectiveName(lex: Lexicon, w: string): boolean {
  // indefinite only: «غيّر الناصر» (the verb, and a definite name whose «الناصرة» is Nazareth)
  if (w.charCodeAt(w.length - 1) === HEH || w.length < 3 || isDefinite(w, 2)) return false;
  const fem = w + '\u0647'; // folded TEH MARBUTA
  return freqOf(lex, fem) >= 5 && persShare(lex, fem) === 0;
}

/**
 * «غير [صالح]», «بشكل غير [عادل]», «بشكل [سليم]», «عدم [رضا] الناس», «شخص [صالح]», «رجل
 * [كريم]»: a one-word PERS with no proclitic right after «غير», a noun of manner
 * («بشكل/بصورة/بطريقة/بنحو») or an indefinite noun of a person (PERSON_NOUNS) is the adjective
 * these words take, when the word is also an adjective (isAdjectiveName: «صالحة», «سليمة» are
 * frequent and never names); after «عدم» it is the verbal noun. Dropped. A name after such a
 * noun stays («جسد [موسى]», «وصف [ترامب]»: no adjective feminine). «غير» after «آخر»,
 * «أي», «يكن», … is "other than" and takes a name («مرشح آخر غير [مبارك]»), and stays.
 */
function dropAdjectivesAfterNot(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === I_PERS) || tags[i - 1] !== O) continue;
    const { w, p } = infos[i]!.word;
    if (p.length > 0) continue;
    const prev = infos[i - 1]!.word;
    if (prev.w === LACK) {
      tags[i] = O;
      continue;
    }
    if (!isAdjectiveName(lex, w)) continue;
    if (MANNER_NOUNS.has(prev.w) || headBase(prev.w, MANNER_NOUNS) !== '') tags[i] = O;
    // «ووصف [جار]» with a proclitic is the verb «وصف» "described" before its subject
    else if (PERSON_NOUNS.has(prev.w) || (PERSON_NOUNS.has(prev.b) && prev.b !== DESCRIPTION)) tags[i] = O;
    else if (prev.b === NOT && (prev.p.length > 0 || i < 2 || !OTHER_THAN.has(infos[i - 2]!.word.b))) tags[i] = O;
  }
}

/** Folded «آية» and «الله» of «آية الله», the Shiite cleric's title, and «العظمى» of «آية الله العظمى». */
const AYAT = foldWord('آية');
const ALLAH = foldWord('الله');
const GRAND = foldWord('العظمى');

/**
 * «آية [الله]MISC علي خامنئي», «لآية الله [خامنئي]»: the title «آية الله» («العظمى») and the
 * cleric's name after it are one PERS, as ANERcorp writes «آية/B-PERS الله/I-PERS الطبسي/I-PERS»;
 * the model reads «الله» as God (MISC) and often misses the name. The name is the PERS the model
 * found right after the title, or else a given name and the word after it when that has no
 * proclitic and is not a frequent word never tagged a name («علي خامنئي»), or a single word
 * that is no frequent untagged word or adjective nisba («خامنئي», «الخميني»), with a PERS right
 * after them («آية الله صادق [لاريجاني]»). Without a name
 * after it the title is left alone.
 */
function mendAyatollahs(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  const nameWord = (k: number): boolean => {
    if (k >= tags.length || (tags[k] !== O && tags[k] !== B_PERS)) return false;
    const { w, p } = infos[k]!.word;
    if (p.length > 0 || w.length < 3 || NOT_NOUNS.has(w)) return false;
    if (isDefinite(w) && (!isNisba(w) || isAdjectiveNisba(w, lex))) return false;
    return !commonWord(lex, w, 10);
  };
  for (let i = 0; i + 2 < tags.length; i++) {
    if (infos[i]!.word.b !== AYAT || infos[i + 1]!.word.w !== ALLAH) continue;
    let k = i + 2;
    if (infos[k]!.word.w === GRAND) k++;
    let j = k;
    if (k < tags.length && tags[k] === B_PERS) j = spanEnd(tags, k);
    else if (nameWord(k)) {
      j = k + 1;
      if (((lex.classes.get(infos[k]!.word.w) ?? 0) & GIVEN_NAME) !== 0 && nameWord(j)) j++;
      // «آية الله صادق [لاريجاني]»: the rest of the name the model found
      if (j < tags.length && tags[j] === B_PERS && infos[j]!.word.p.length === 0) j = spanEnd(tags, j);
    }
    if (j === k) continue;
    label(tags, margins, i, j, B_PERS);
    i = j - 1;
  }
}

/** Folded starts of «ميليشيا/مليشيا» "militia" and its plural «ميليشيات» (after «ال» and proclitics). */
const MILITIA_STARTS = ['ميليشي', 'مليشي'].map(foldWord);

/** Folded times of day, which the model now and then reads as a name where they follow a preposition. */
const TIMES_OF_DAY = new Set(['الصباح', 'المساء', 'الظهر', 'الظهيرة', 'الفجر', 'الليل', 'الضحى', 'الغروب'].map(foldWord));

/** Folded words before which a time of day is the time («في الصباح», «حتى المساء», «فترة الظهيرة»). */
const TIME_CUES = new Set(
  ['في', 'وفي', 'فى', 'حتى', 'إلى', 'الى', 'منذ', 'من', 'قبل', 'بعد', 'فترة', 'وقت', 'طوال', 'خلال', 'صباح', 'ساعات'].map(foldWord),
);

/**
 * Folded manner adverbs that the model reads as a one-word name: «مازحا» "jokingly", «ساخرا»
 * "mockingly", «مبتسما» "smiling" («وأضاف [مازحا]: …»), and «فكريا» "intellectually" («المعطلين
 * [فكريا]MISC», names QA round 241), matched whole since the folded analysis reads it «ف+ك+ريا».
 */
const COMMON_NAME_WORDS = new Set(['مازحا', 'ساخرا', 'مبتسما', 'فكريا'].map(foldWord));

/**
 * Folded bases of common nouns that the model reads as a one-word name, with or without a
 * proclitic: «[الجيران]» "the neighbours" (as a person), «غرفة [نوم]» "bedroom», «[الدار]» "the
 * house" and «قاع [المحيط]» "the ocean floor" (as places), «من [العقاب]» "(escape) punishment"
 * (as MISC), «تجارة [التمور]» "dates" (the fruit, as a place), «[البيت]» "the house" (as MISC),
 * «مقدمة [الأمم]» "the nations" (as an ORG), «[العقارب]» "scorpions" and «ثمرة [البابايا]»
 * "papaya" (as persons), «رجال [البوليس]» "the police" (as a place), «ضيوفنا [الكرام]» "the
 * honourable" (as MISC; names QA round 241); names QA round 166: «[الهالك]»
 * "the deceased" of the Tunisian press (18 of its 66 uses in news-003/005/009 read as a name),
 * «[النزيل]» "the inmate", «[العنكبوت]» "the spider", «[الهامور]» "the grouper", «زهرة
 * [اللوتس]» "lotus", «[الشيك]» "the cheque" (as persons). ANERcorp and AQMAR never have them as a
 * name alone but once: ANERcorp train calls a footballer «العنكبوت» "the Spider" (B-PERS), which
 * this loses for the animal the 16 news files mean every time (39 read); «الدار البيضاء», «المحيط الهادي», «جبل العقاب», «البيت الأبيض», «الأمم المتحدة» and
 * «الرجل العنكبوت» are longer names and stay.
 */
const COMMON_NOUN_NAMES = new Set(
  [
    ...['الجيران', 'نوم', 'الدار', 'المحيط', 'العقاب', 'التمور', 'البيت', 'الأمم', 'العقارب', 'البابايا', 'البوليس'],
    ...['الهالك', 'الهالكة', 'النزيل', 'العنكبوت', 'الهامور', 'اللوتس', 'الشيك'],
    ...['الكرام'],
  ].map(foldWord),
);

/**
 * Folded loanwords for a game, a genre, a malady, a device or a feat, which the model reads as a
 * one-word MISC (names QA round 253): «رياضة [التايكوندو]», «ملاعب [الغولف]», «لعبة [الكريكيت]»,
 * «[هوكي]», «جوا من [الكوميديا]», «حالة من [الهستيريا]», «غسل [الدماغ]», «لديه [فوبيا]», «سجل
 * [هاتريك]», «الكاشوف [الرادار]». ANERcorp train tags a game O («التنس» 4 times, «المصارعة» 4,
 * «الشطرنج», «الجودو») and MISC once («لعبة الكريكيت»), «الهستيريا» once MISC and once PERS,
 * «الدماغ» once MISC inside a quoted title of three words. Substances and weapons stay: ANERcorp
 * tags «اليورانيوم», «الأنسولين» and «هاون» MISC. The word stays when it is the quoted title of
 * a work («فيلم "[فوبيا]"»: QUOTED_WORK_HEADS), and in longer names («[الكوميديا الإلهية]»).
 */
const LOANWORD_NOUNS = new Set(
  [
    ...['التايكوندو', 'تايكوندو', 'الكاراتيه', 'الكاراتي', 'الغولف', 'الجولف', 'الكريكيت', 'كريكيت'],
    ...['الهوكي', 'هوكي', 'السنوكر', 'البيسبول', 'الاسكواش', 'الإسكواش'],
    ...['الكوميديا', 'كوميديا', 'التراجيديا', 'الميلودراما', 'الهستيريا', 'هستيريا', 'الدماغ', 'فوبيا'],
    ...['هاتريك', 'الهاتريك', 'الرادار'],
  ].map(foldWord),
);

/**
 * Raw question words, verbs and kin terms that the model reads as a one-word person: «[أين]»
 * "where", «[أرى] أن» "I think that", «يا [أمي]» "mother", «يا [أبي]» "father", «أطرح [رأيا]» "an
 * opinion"; and (names QA round 241) «[باكراً]» "early" and «[كمان]» "violin, also", whose folded
 * analysis reads ب + «اكرا» (Accra) and ك + «مان». Read raw (marks aside, after «و/ف») since
 * folding makes them «اين», «اري», «امي», «باكرا» (also «بأكرا» "in Accra"), which could spell a name.
 */
const COMMON_RAW_NAMES = new Set(['أين', 'أرى', 'أمي', 'أبي', 'رأيا', 'باكرا', 'كمان']);

/** Folded «دوما» "always", also the Syrian town Douma. */
const ALWAYS = foldWord('دوما');

/**
 * Folded words after which «دوما» is the town: a preposition or a place word («في دوما», «مدينة
 * دوما», «بقرية دوما», «ضواحي دوما»), «على» of air strikes and sieges («غارات على دوما», «السيطرة
 * على دوما»; the adverb does not follow it), the attack on it and its victims («هجوم دوما»,
 * «جريمة دوما», «كيماوي دوما», «ضحايا دوما», «مهجري دوما»), and entering, leaving, visiting,
 * freeing or besieging it («دخول دوما», «غادروا دوما», «زار دوما», «تحرير دوما», «تحاصر دوما») —
 * words the adverb «دوماً» "always" never follows (it follows «كان», «سيبقى», «تقف», «يسعى»).
 */
const DOUMA_CUES = new Set(
  [
    'في', 'فى', 'من', 'إلى', 'الى', 'على', 'حول', 'بشأن', 'سوى', 'باستثناء',
    'مدينة', 'بلدة', 'قرية', 'منطقة', 'محيط', 'ضواحي', 'جيب', 'مدن', 'قرى', 'مدينتي', 'مستشفى', 'شهداء', 'ريف', 'أهالي', 'سكان', 'مدنيي', 'مسلحي', 'مقاتلي', 'مهجري',
    'هجوم', 'هجمات', 'جريمة', 'مجزرة', 'مأساة', 'ضحايا', 'كيماوي', 'كيميائي', 'كيمياوي', 'مسرحية', 'مصير', 'حصار', 'قصف', 'استهداف', 'استهدفت', 'إجلاء',
    'دخول', 'دخل', 'دخلت', 'مغادرة', 'غادر', 'غادرت', 'غادروا', 'زيارة', 'زار', 'زارت', 'تحرير', 'تحاصر', 'يحاصر',
  ].map(foldWord),
);

/**
 * Whether «دوما» at token i is the town by its context: a word of DOUMA_CUES just before it (also
 * across an opening quote, «مغادرة "دوما"»), or the word alone in quotes («"دوما"»: the adverb
 * is never quoted alone).
 */
function doumaCued(infos: readonly TokenInfo[], raw: readonly string[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && OPEN_QUOTES.has(raw[k]!)) {
    if (i + 1 < raw.length && CLOSE_QUOTES.has(raw[i + 1]!)) return true;
    k--;
  }
  return k >= 0 && splits(infos[k]!.word.w).some(([, cue]) => DOUMA_CUES.has(cue));
}

/**
 * Folded «أوبرا» "opera", which the model reads as Oprah. With the article («[الأوبرا]», «دور
 * الأوبرا») it is never her; bare, only before the quoted title of a work («أوبرا "عايدة"»), since
 * an article about her names her «أوبرا» alone after «أوبرا وينفري» (ANERcorp train, 4 times).
 */
const OPERA = foldWord('أوبرا');

/**
 * Folded «الولايات» "the states": a name only as the head of «الولايات المتحدة» (or its typos
 * «المتخدة», «المتجدة»); alone it is the common plural («حقوق [الولايات]», «في جميع الولايات»,
 * «الولايات الألمانية»), which ANERcorp train never labels.
 */
const STATES = foldWord('الولايات');

/** Folded starts of «المتحدة» "united" (and the typos «المتخدة», «المتجدة») that make «الولايات» a name. */
const UNITED_STARTS = ['المتحد', 'المتخد', 'المتجد', 'متحد'].map(foldWord);

/** Whether token k (skipping a joining «_» or tatweel token) begins with «المتحدة». */
function unitedFollows(infos: readonly TokenInfo[], raw: readonly string[], k: number): boolean {
  while (k < infos.length && (raw[k] === '_' || raw[k] === '\u0640')) k++;
  if (k >= infos.length) return false;
  const { b } = infos[k]!.word;
  return UNITED_STARTS.some((u) => b.startsWith(u));
}

/**
 * Raw «أليس» "isn't it", which the model reads as Alice. At the start of a sentence or clause
 * (after a full stop, comma, colon or question mark, or «لكن/ولكن») it is the question particle
 * («، أليس كذلك؟», «ولكن أليس من الأفضل …»); after a verb or a title it stays the name («توفيت
 * أليس», «الأميرة أليس»), and so after a quotation mark («"أليس في بلاد العجائب"»).
 */
const ISNT = 'أليس';

/** Raw tokens after which «أليس» opens a question. */
const QUESTION_OPENERS = new Set(['.', '،', ',', ':', '؛', ';', '؟', '?', '!', 'لكن', 'ولكن', 'لكنْ']);

/** Folded «الأمم» "the nations", a name only in «الأمم المتحدة» and «عصبة الأمم». */
const NATIONS = foldWord('الأمم');
/** Folded «عصبة» "league", of «عصبة الأمم» "the League of Nations". */
const LEAGUE = foldWord('عصبة');

/** Raw «غرو» "wonder", a name to the model, which after «لا» is the idiom «لا غرو» "no wonder". */
const NO_WONDER = 'غرو';

/**
 * Names QA round 82: raw «فريد» "unique" and its feminine and accusative, a given name to the
 * model, which before «من نوعه/نوعها/…» is the idiom «فريد من نوعه» "one of a kind".
 */
const UNIQUE = new Set(['فريد', 'فريدة', 'فريده', 'فريدا', 'فريدتان', 'فريدان']);
/** Raw «من» "of" and the raw start of «نوعه/نوعها/نوعهم» "its kind", after «فريد» in that idiom. */
const OF = 'من';
const KIND = 'نوع';

/**
 * Names QA round 81: folded definite parts of the body that the model reads as a place after
 * «منطقة» or a preposition («منطقة [الصدر]», «في [البطن]», «أصيب في [الرأس]»): the chest, back,
 * belly, head, brain, neck, pelvis, shoulder, thigh, knee, stomach, liver, skull.
 */
const BODY_PARTS = new Set(
  ['الصدر', 'الظهر', 'البطن', 'الرأس', 'الدماغ', 'الرقبة', 'العنق', 'الحوض', 'الكتف', 'الفخذ', 'الركبة', 'المعدة', 'الكبد', 'الجمجمة'].map(foldWord),
);
/** Folded words after which a part of the body is one: «منطقة الصدر», «في البطن», «من الرأس», «تجويف البطن», «دهون البطن». */
const BODY_PART_CUES = new Set(
  ['منطقة', 'منطقه', 'ومنطقة', 'بمنطقة', 'في', 'وفي', 'فى', 'من', 'إلى', 'الى', 'تجويف', 'دهون', 'أسفل', 'أعلى'].map(foldWord),
);
/** Folded «الأخضر»: «الرأس الأخضر» is Cape Verde. */
const GREEN = foldWord('الأخضر');

/** Raw «لا» "no" with «و/ف» before it. */
const NEGATIONS = new Set(['لا', 'ولا', 'فلا']);

/** Whether token `i` opens a quotation after the noun of a work: «فيلم "[فوبيا]"». */
function quotedWorkTitle(infos: readonly TokenInfo[], raw: readonly string[], i: number): boolean {
  return i > 1 && OPEN_QUOTES.has(raw[i - 1]!) && QUOTED_WORK_HEADS.has(infos[i - 2]!.word.w);
}

/**
 * A one-word name of any type that is a common word: «ميليشيا» "militia" and its forms
 * («الميليشيات», «لميليشيات», «ميليشياتهم»), which the model reads as MISC since ANERcorp
 * labels three of them so (and leaves four O), and a time of day after a preposition or a
 * time word («وفي [الصباح]» "in the morning", «حتى الفجر»; the Kuwaiti family «الصباح» after a
 * given name is a longer PERS and stays), a manner adverb of speech (COMMON_NAME_WORDS) and
 * «أوبرا» "opera" with the article or before a quoted title (OPERA), the common nouns and words
 * of COMMON_NOUN_NAMES and COMMON_RAW_NAMES, the loanwords of LOANWORD_NOUNS unless a quoted
 * title of a work, and «دوما» "always" unless a preposition or a place
 * word comes before it (DOUMA_CUES; «ودوما» after «و» stays), «الولايات» "the states" with any
 * proclitic unless «المتحدة» follows (STATES), «أليس» "isn't it" opening a question (ISNT), and
 * «غرو» after «لا» («فلا [غرو] أن …» "no wonder that", NO_WONDER), a PERS «فريد» before «من
 * نوعه» («موقع [فريد] من نوعه» "a one-of-a-kind site", UNIQUE; names QA round 82); and a LOC that is a part of
 * the body after «منطقة» or a preposition (BODY_PARTS, BODY_PART_CUES; names QA round 81:
 * «منطقة [الصدر]», «في [البطن]»), not «الرأس الأخضر». «الأمم» after «عصبة» is joined to it
 * instead: «[عصبة الأمم]ORG», the League of Nations. A militia named after it («ميليشيا داعش»)
 * is left as the model read it.
 */
function dropCommonWordNames(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === O) continue;
    const j = spanEnd(tags, i);
    if (j === i + 1) {
      const { b, w } = infos[i]!.word;
      const bare = isDefinite(b, 2) ? b.slice(2) : b;
      const letters = bareLetters(raw[i]!);
      const rawBase = letters.length > 3 && (letters[0] === '\u0648' || letters[0] === '\u0641') ? letters.slice(1) : letters; // و/ف
      if (MILITIA_STARTS.some((m) => bare.startsWith(m)) || COMMON_NAME_WORDS.has(w)) tags[i] = O;
      else if (b === NATIONS && i > 0 && tags[i - 1] === O && infos[i - 1]!.word.b === LEAGUE && w === b) {
        // «عصبة [الأمم]ORG» → «[عصبة الأمم]ORG», the League of Nations
        tags[i - 1] = B_ORG;
        tags[i] = B_ORG + 1;
      } else if (COMMON_NOUN_NAMES.has(b) || COMMON_RAW_NAMES.has(rawBase)) tags[i] = O;
      else if (LOANWORD_NOUNS.has(b) && !quotedWorkTitle(infos, raw, i)) tags[i] = O;
      else if (w === ALWAYS && !doumaCued(infos, raw, i)) tags[i] = O;
      else if (bare === OPERA && (bare !== b || (i + 1 < tags.length && OPEN_QUOTES.has(raw[i + 1]!)))) tags[i] = O;
      else if (TIMES_OF_DAY.has(w) && i > 0 && TIME_CUES.has(infos[i - 1]!.word.w)) tags[i] = O;
      else if (tags[i] === B_LOC && BODY_PARTS.has(w) && i > 0 && tags[i - 1] === O && BODY_PART_CUES.has(infos[i - 1]!.word.w) && !(j < tags.length && infos[j]!.word.w === GREEN)) tags[i] = O;
      else if (b === STATES && !unitedFollows(infos, raw, i + 1)) tags[i] = O;
      else if (letters === ISNT && (i === 0 || QUESTION_OPENERS.has(bareLetters(raw[i - 1]!)))) tags[i] = O;
      else if (letters === NO_WONDER && i > 0 && NEGATIONS.has(bareLetters(raw[i - 1]!))) tags[i] = O;
      else if (tags[i] === B_PERS && UNIQUE.has(letters) && i + 2 < tags.length && bareLetters(raw[i + 1]!) === OF && bareLetters(raw[i + 2]!).startsWith(KIND)) tags[i] = O;
    }
    i = j - 1;
  }
}

/**
 * Folded one-word names of Arab newspapers and news sites that are also common words or places
 * («الوطن» "the homeland", «الرياض», «المدينة», «اليوم» "today", «سبق» "preceded").
 */
const NEWSPAPERS = new Set(
  ['الوطن', 'الرياض', 'المدينة', 'اليوم', 'الجزيرة', 'عكاظ', 'سبق', 'الوئام', 'الأهرام', 'السفير', 'النهار', 'الدستور', 'الشروق', 'القبس', 'البيان', 'الراية', 'الأخبار', 'الرأي'].map(foldWord),
);

/**
 * Dashes around a newspaper named as the source of a byline or dateline: HYPHEN-MINUS, EN DASH,
 * EM DASH, and the TATWEEL that some papers set as a dash («سول ـ نيويورك ـ وكالات»).
 */
const SOURCE_DASHES = new Set(['-', '\u2013', '\u2014', '\u0640']);

/** Last token index at which a dateline's source may stand: a place of up to three words and a dash before it. */
const SOURCE_OPENING = 4;

/**
 * Whether the newspaper at token `i`, between the dashes at `i - 1` and `i + 1`, is the source
 * of a dateline or byline: near the opening of the paragraph («عمان - [الرأي] - قال»), or before
 * the place of a byline and its colon («فهد الزهراني- [سبق]- جدة:»); and not one item of a list
 * set off by dashes («جوبا - الجزيرة - الرهد», «حي الزهور - الأهرام- عزبة», a dash two or three
 * tokens before or after the pair).
 */
function sourceBetweenDashes(raw: readonly string[], i: number): boolean {
  for (let d = 3; d <= 4; d++) {
    if ((i - d >= 0 && SOURCE_DASHES.has(raw[i - d]!)) || (i + d < raw.length && SOURCE_DASHES.has(raw[i + d]!))) return false;
  }
  if (i <= SOURCE_OPENING) return true;
  for (let k = i + 2; k < raw.length && k <= i + 1 + DATELINE_PLACE_WORDS + 1; k++) if (raw[k] === ':') return true;
  return false;
}

/** Opening and closing quotation marks around a quoted newspaper name. */
export const OPEN_QUOTES = new Set(['"', '«', '\u201c']);
export const CLOSE_QUOTES = new Set(['"', '»', '\u201d']);

/**
 * A newspaper's name alone between quotation marks is the newspaper, an ORG: «قال لـ"الوطن"»,
 * «حصلت «اليوم» على نسخة منه», «تحتفظ "سبق" بنسخة». Saudi and Gulf news quote their own and
 * other papers' names so; the model read them as MISC («الوطن»), a place («الرياض») or nothing.
 * Names QA round 136: so is one alone between two dashes (SOURCE_DASHES), the source of a byline
 * or a dateline (`sourceBetweenDashes`): «فهد الزهراني- [سبق]- جدة:», «عمان - [الرأي] -» (ANERcorp:
 * «البحرين/B-LOC -/O الرأي/B-ORG -/O»), which the model left O; not a place in a list set off by
 * dashes («جوبا - الجزيرة - الرهد») nor a parenthesis further on («الطائف -المدينة- وجهة»).
 */
function labelQuotedNewspapers(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    const quoted = OPEN_QUOTES.has(raw[i - 1]!) && CLOSE_QUOTES.has(raw[i + 1]!);
    if (!quoted && !(SOURCE_DASHES.has(raw[i - 1]!) && SOURCE_DASHES.has(raw[i + 1]!) && sourceBetweenDashes(raw, i))) continue;
    const { w, p } = infos[i]!.word;
    if (p.length > 0 || !NEWSPAPERS.has(w)) continue;
    // only a word that is a name or nothing by itself, not part of a longer name over the quotes
    if (tags[i]! % 2 === 0 && tags[i] !== O) continue;
    if (tags[i + 1] !== O && tags[i + 1]! % 2 === 0) continue;
    label(tags, margins, i, i + 1, B_ORG);
  }
}

/** Folded indefinite heads of a newspaper, magazine, television channel or radio named right after them. */
const PRESS_HEADS = new Set(['صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة', 'اذاعة'].map(foldWord));

/** Folded heads of a television channel, after which a listed channel's name (CHANNELS) is one by itself. */
const CHANNEL_HEADS = new Set(['قناة', 'فضائية'].map(foldWord));

/**
 * Folded names of Arabic television channels that are common words too, so that only the head
 * before them makes them a name: «قناة العربية», «قناة النهار», «فضائية الحوار», «قناة الجديد».
 */
const CHANNELS = new Set(
  (
    'العربية الحوار المسيرة النهار المنار الحياة الفراعين الجديد السومرية الميادين الزيتونة المحور ' +
    'الحدث الإخبارية الكأس الرسالة المجد الشرقية العالم الرأي الحرة الغد المستقبل'
  )
    .split(' ')
    .map(foldWord),
);

/** Of those, the heads of a newspaper, after which a listed newspaper's name (NEWSPAPERS) is one by itself. */
const NEWSPAPER_HEADS = new Set(['صحيفة', 'جريدة'].map(foldWord));

/**
 * Folded feminine adjectives that agree with a newspaper or a channel after its name: its
 * country (FEMININE_NATIONALITIES and a few more) or its kind («اليومية», «الفضائية»,
 * «التلفزيونية»), which shows the definite word before it to be a name. Not «الرسمية»
 * "official" nor «الجديدة» "new", which follow a common noun as well («صحيفة الدعوى الجديدة»),
 * nor «الرومانية», "Roman" as often as "Romanian" («قناة المياه الرومانية», an aqueduct).
 */
const PRESS_ADJECTIVES = new Set([
  ...[...FEMININE_NATIONALITIES].filter((w) => w !== foldWord('الرومانية')),
  ...[
    'الإسرائيلية', 'الفلسطينية', 'الكورية', 'الهولندية', 'الإيرلندية', 'الأيرلندية', 'الفنزويلية', 'الأفريقية', 'الإفريقية',
    'اليومية', 'الأسبوعية', 'الشهرية', 'الفضائية', 'التلفزيونية', 'التليفزيونية', 'الإخبارية',
  ].map(foldWord),
]);

/**
 * Names QA round 128: «صحيفة [النهار] اللبنانية», «صحيفة [الشرق] القطرية», «قناة [الهلال]
 * التلفزيونية», «صحيفة [الوسط] اليومية», «بصحيفة [الوئام]:», «مجلة [التايم الأمريكية]ORG» →
 * «مجلة [التايم] الأمريكية». After an indefinite head of a newspaper, magazine, channel or radio
 * (PRESS_HEADS, with or without proclitics, untagged) a definite word left O with no proclitic of
 * its own, before a feminine adjective of a country or a kind that agrees with the head
 * (PRESS_ADJECTIVES), is the paper's or channel's name, an ORG of one word; so is a listed
 * newspaper (NEWSPAPERS) after «صحيفة/جريدة» whatever follows. An ORG of two words or more there
 * that ends in such an adjective ends before it. ANERcorp writes the head and the adjective
 * outside («جريدة/O الحياة/B-ORG», «لصحيفة/O صن/B-ORG البريطانية/O»). Not a canal («قناة السويس
 * المصرية», CANALS), nor an agency («وكالة الأنباء السعودية» is the agency's whole name), nor
 * a definite word after «قناة» alone («قناة الصفراء»، the bile duct). Names QA round 162: a
 * listed channel (CHANNELS) after «قناة/فضائية» (CHANNEL_HEADS) is one by itself («قناة
 * [العربية]», «قناة [النهار]», «فضائية [الحوار]»), as the model writes «قناة [الجزيرة]», with a
 * masculine nisba after it, which agrees with the name and not with the feminine head («قناة
 * [الحوار التونسي]»); over news-002/011 the model left «قناة النهار» O 8 times of 9 and «قناة
 * العربية» 5 of 9.
 */
function labelPressNames(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    if (tags[i - 1] !== O) continue;
    const press = headBase(infos[i - 1]!.word.w, PRESS_HEADS) !== '';
    const channel = headBase(infos[i - 1]!.word.w, CHANNEL_HEADS) !== '';
    if (!press && !channel) continue;
    const { w, p } = infos[i]!.word;
    if (tags[i] === B_ORG) {
      // «مجلة [التايم الأمريكية]» → «مجلة [التايم] الأمريكية»
      const j = spanEnd(tags, i);
      const last = infos[j - 1]!.word;
      if (j - i >= 2 && last.p.length === 0 && PRESS_ADJECTIVES.has(last.w)) tags[j - 1] = O;
      i = j - 1;
      continue;
    }
    if (tags[i] !== O || p.length > 0 || !isDefinite(w, 2) || CANALS.has(w)) continue;
    const next = infos[i + 1]!.word;
    const adjective = tags[i + 1] === O && next.p.length === 0 && PRESS_ADJECTIVES.has(next.w);
    if (channel && CHANNELS.has(w)) {
      // «قناة [الحوار التونسي]»: a masculine nisba agrees with the name, not with the feminine head
      const end = tags[i + 1] === O && next.p.length === 0 && isNisba(next.w) ? i + 2 : i + 1;
      label(tags, margins, i, end, B_ORG);
      i = end - 1;
    } else if (adjective || (NEWSPAPERS.has(w) && headBase(infos[i - 1]!.word.w, NEWSPAPER_HEADS) !== '')) label(tags, margins, i, i + 1, B_ORG);
  }
}

/** Folded definite heads of a bank: «البنك», «المصرف». */
const BANK_HEADS = new Set(['البنك', 'المصرف'].map(foldWord));

/**
 * Folded masculine nationality adjectives: CLUB_NATIONALITIES and a few more. After «البنك/المصرف»
 * one says which country's bank it is, part of the name only beside another adjective of
 * BANK_ADJECTIVES («البنك السعودي الفرنسي», «المصرف الوطني السويسري»).
 */
const BANK_NATIONALITIES = new Set([
  ...CLUB_NATIONALITIES,
  ...['البريطاني', 'الهندي', 'الباكستاني', 'الكندي', 'الأسترالي', 'الإندونيسي', 'الماليزي', 'اليمني', 'العماني', 'البحريني', 'الفلسطيني', 'السويسري'].map(foldWord),
]);

/**
 * Folded masculine adjectives after «البنك/المصرف» that make it one bank's name: its kind
 * («التجاري», «الأهلي», «المركزي», «الإسلامي», «الزراعي», «العقاري», «الصناعي»), its reach
 * («الدولي», «العالمي», «العربي», «الأوروبي», «الآسيوي», «الأفريقي», «الخليجي», «الوطني») or its
 * country (BANK_NATIONALITIES: «البنك السعودي الفرنسي», «البنك الأهلي المصري»). Not «الخاص»,
 * «الجديد», «الأساسي», «الأكبر», which follow the common noun ("the bank").
 */
const BANK_ADJECTIVES = new Set([
  ...BANK_NATIONALITIES,
  ...[
    'التجاري', 'الأهلي', 'الاهلي', 'المركزي', 'المركزى', 'الإسلامي', 'الاسلامي', 'الزراعي', 'العقاري', 'الصناعي',
    'الدولي', 'العالمي', 'العربي', 'الأوروبي', 'الاوروبي', 'الآسيوي', 'الأفريقي', 'الافريقي', 'الإفريقي', 'الخليجي', 'الوطني',
  ].map(foldWord),
]);

/** Whether a folded word is «لل» + at least two letters (the preposition and the article: «للتنمية», «للاستثمار»). */
function startsWithLilArticle(w: string): boolean {
  return w.length > 3 && w.charCodeAt(0) === LAM && w.charCodeAt(1) === LAM;
}

/**
 * Names QA round 130: «[البنك التجاري]», «[للبنك التجاري]», «[البنك الأهلي]», «[البنك المركزي
 * الأوروبي]», «[البنك السعودي الفرنسي]». A definite «البنك/المصرف» (BANK_HEADS, with or without
 * proclitics) left O, then one to three adjectives left O with no proclitic that say which bank it is
 * (BANK_ADJECTIVES), is that bank's name: an ORG over the head and the adjectives, as ANERcorp
 * writes «[البنك التجاري]» (17 of its 19 on the dev split of its train), «[البنك الدولي]», «[للبنك
 * المركزي الاوروبي]». A nationality alone is "the American bank" («يسعى المصرف الأمريكي جولدمان
 * ساكس»): it needs another adjective after it («[البنك الكويتي التركي]», «[المصرف اليوناني
 * المركزي]»). Not after a demonstrative («هذا المصرف الدولي الجديد»), nor before a «لل…» word,
 * a purpose or an owner: a bank named for its purpose is `labelPublicBodies`'s, which runs first
 * («البنك الإسلامي للتنمية»), or is left alone («البنك السعودي للاستثمار», whose head that pass
 * does not take). «البنك» before any other word («البنك الخاص», «البنك في») is the common noun.
 */
function labelBankNames(infos: TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== O || tags[i + 1] !== O) continue;
    const first = infos[i + 1]!.word;
    if (first.p.length > 0 || !BANK_ADJECTIVES.has(first.w)) continue;
    const head = splits(infos[i]!.word.w).find(([, b]) => BANK_HEADS.has(b));
    if (!head || (i > 0 && DEMONSTRATIVES.has(infos[i - 1]!.word.w))) continue;
    let j = i + 2;
    while (j < tags.length && j - i <= 3 && tags[j] === O && infos[j]!.word.p.length === 0 && BANK_ADJECTIVES.has(infos[j]!.word.w)) j++;
    // «المصرف الأمريكي» alone is "the American bank"
    if (j === i + 2 && BANK_NATIONALITIES.has(first.w)) continue;
    // «البنك السعودي للاستثمار», «البنك البريطاني للشرق الأوسط»: a purpose or an owner follows
    if (j < tags.length && startsWithLilArticle(infos[j]!.word.w)) continue;
    resplit(infos[i]!, head[0], head[1]);
    label(tags, margins, i, j, B_ORG);
    i = j - 1;
  }
}

/** Folded «مشهد»: the Iranian city Mashhad, and the noun "scene, sight" (also "shrine"). */
const MASHHAD = foldWord('مشهد');

/** Folded epithet of the city («مدينة مشهد المقدسة» "holy Mashhad"). */
const HOLY = foldWord('المقدسة');

/** Folded demonstratives after a noun in construct («مشهد هذه المحلات» "the sight of these shops"). */
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك'].map(foldWord));

/** Folded words before a noun that no city follows: «كل مشهد», «نفس مشهد», «أروع مشهد». */
const BEFORE_COMMON_NOUN = new Set(['كل', 'نفس', 'أي', 'أول', 'آخر', 'أروع', 'أجمل', 'أكثر', 'هذا', 'ذلك'].map(foldWord));

/** Folded indefinite adjectives that follow «مشهد» "scene" in the corpus' descriptions of films and events. */
const SCENE_ADJECTIVES = new Set(
  ['مؤثر', 'مهيب', 'مشابه', 'مماثل', 'مروع', 'رهيب', 'مثير', 'مؤلم', 'غريب', 'صغير', 'كبير', 'واحد', 'آخر', 'أخر', 'جميل', 'حزين', 'مبكر', 'شهير', 'مشهور', 'درامي'].map(foldWord),
);

/**
 * Folded words that follow the city Mashhad and not the noun: pronouns, prepositions and
 * particles, time and compass words, «بهدف» "in order to", and the verbs a city heads («مشهد
 * تقع», «مشهد كانت»).
 */
const AFTER_CITY = new Set(
  ['هي', 'هو', 'هم', 'منذ', 'عند', 'حيث', 'قبل', 'بعد', 'عام', 'سنة', 'حتى', 'ثم', 'أو', 'أم', 'إلى', 'على', 'في', 'فى', 'عن', 'مع', 'لدى', 'إن', 'أن', 'كما', 'بين', 'عبر', 'نحو', 'ضمن', 'وفق', 'خلال', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'بهدف', 'حاليا', 'أمس', 'يوم', 'صباح', 'مساء', 'ليلة', 'فجر', 'ظهر', 'عصر', 'كان', 'كانت', 'تقع', 'تعد', 'تعتبر', 'تبعد', 'تضم', 'تشتهر', 'شهدت', 'تشهد', 'يوجد', 'يقع', 'يبلغ'].map(foldWord),
);

/** Whether a folded word is all Arabic letters (no digits, Latin, Persian letters or punctuation). */
function isBareArabic(w: string): boolean {
  if (w.length < 2) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x0621 || c > 0x064a) return false;
  }
  return true;
}

/**
 * «في [مشهد] مؤثر», «[مشهد] الطواف حول الكعبة», «حذف [مشهد]»: the model reads «مشهد» as the city
 * Mashhad wherever it stands, but in running text it is far more often the noun "scene, sight"
 * (and "shrine": «مشهد الإمام», «مشهد الحسين»). A one-word LOC «مشهد» in construct with a
 * definite word (not a relative pronoun, not «المقدسة» of «مشهد المقدسة») or a demonstrative,
 * before an indefinite adjective (a nisba in «ي» or a common one: «مؤثر», «مهيب»), or after a
 * word no city follows («كل», «نفس», «أروع») is that noun: dropped. After a place head («مدينة
 * مشهد») it stays the city, as ANERcorp writes it 19 times (its two «مشهد» O are the noun).
 */
function dropSceneMashhad(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i + 1] !== O || infos[i]!.word.b !== MASHHAD) continue;
    const placeHead = (k: number): boolean => k >= 0 && (PLACE_HEADS.has(infos[k]!.word.b) || TITLED_PLACE_HEADS.has(infos[k]!.word.b));
    if (placeHead(i - 1)) continue;
    const { w: next, p: nextP } = infos[i + 1]!.word;
    let scene = DEMONSTRATIVES.has(next);
    if (!scene && nextP.length === 0) {
      // not before a definite plural in «ين/ون», an adjective of a plural noun before the city
      // («علماء مشهد المعروفين» "the well-known scholars of Mashhad")
      const plural = next.endsWith('\u064a\u0646') || next.endsWith('\u0648\u0646');
      scene = (isDefinite(next, 2) && !RELATIVES.has(next) && next !== HOLY && !plural) || SCENE_ADJECTIVES.has(next);
      // an indefinite nisba adjective («داخلي», «تراجيدي»), not an imperfect verb in ي…ي («يعني»)
      if (!scene && next.length >= 4 && next.charCodeAt(next.length - 1) === YEH && next.charCodeAt(0) !== YEH && !isDefinite(next, 2)) scene = true;
    }
    // a listed adjective the segmenter reads with a proclitic («واحد» as و + «احد») is one too
    if (!scene && SCENE_ADJECTIVES.has(next)) scene = true;
    if (!scene && i > 0 && tags[i - 1] === O && infos[i - 1]!.word.p.length === 0 && BEFORE_COMMON_NOUN.has(infos[i - 1]!.word.w)) scene = true;
    // «في [مشهد] متقن», «[مشهد] قتل غامض», «[مشهد] يقوم فيه …», «[مشهد] من الفيلم»: any other
    // bare indefinite word is the noun's adjective, complement or relative clause, where the city
    // is followed by punctuation, a time or place word («في مشهد خلال …», «مشهد شمال شرق إيران»)
    // or, heading its sentence, by its verb («مشهد تقع …»); a «مشهد» that heads its sentence or
    // clause, or is joined by «و» to a list of cities («طهران ومشهد»), stays.
    if (!scene && i > 0 && tags[i - 1] === O && isBareArabic(infos[i - 1]!.word.w) && !infos[i]!.word.p.includes('\u0648') && isBareArabic(next) && nextP.length === 0 && !isDefinite(next, 2) && !AFTER_CITY.has(next)) scene = true;
    if (scene) tags[i] = O;
  }
}

/** Folded «خان»: the title khan, a family name (Imran, Salman, Sadiq Khan) and the verb "betrayed". */
const KHAN = foldWord('خان');

/** Folded relative pronouns: definite in shape, but after «خان» they follow the person. */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللاتي', 'اللواتي'].map(foldWord));

/**
 * «خان» alone is no place: the model reads it as one because of «خان يونس», «خان شيخون» (the
 * caravanserai in place names), but a place is not called «خان» alone. Most often it is the
 * family name of a person named before (Imran, Salman, Sadiq Khan: «وأدين [خان]», «محامي [خان]»),
 * which becomes a PERS, joining a person right before it («[بركة] [خان]»). Before a definite word
 * (not a relative pronoun) or a place it is the title or the verb «خان» "betrayed" («خان القبيلة
 * الذهبية», «خان بلغاريا», «بأنه خان الوطن»), and so with «و/ف» on it («فخان» "and he
 * betrayed"): not a name. Within two words after a place head («منطقة آسكي خان», «بشارع اصلاح
 * خان») it is the end of a place's name the model cut, and stays as it is.
 */
function retypeLoneKhan(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    const { b, p } = infos[i]!.word;
    if (b !== KHAN) continue;
    const placeHead = (k: number): boolean => k >= 0 && (PLACE_HEADS.has(infos[k]!.word.b) || TITLED_PLACE_HEADS.has(infos[k]!.word.b));
    if (placeHead(i - 1) || placeHead(i - 2)) continue;
    const next = i + 1 < tags.length ? infos[i + 1]!.word.w : '';
    const title = (isDefinite(next, 2) && !RELATIVES.has(next)) || (i + 1 < tags.length && tags[i + 1] === B_LOC);
    if (title || p.includes('\u0648') || p.includes('\u0641')) tags[i] = O;
    else tags[i] = i > 0 && (tags[i - 1] === B_PERS || tags[i - 1] === I_PERS) ? I_PERS : B_PERS;
  }
}

/** Folded «النيل»: the Nile, and the verbal noun of «نال من» "to harm, to undermine". */
const NILE = foldWord('النيل');

/** Folded «من» and «من» with a pronoun: the preposition the verbal noun «النيل» takes («النيل منه»). */
const MIN_FORMS = new Set(['من', 'منه', 'منها', 'منهم', 'منهما', 'منا', 'مني', 'منك', 'منكم', 'منهن'].map(foldWord));

/**
 * Folded nouns in construct with the river («مياه النيل من إثيوبيا», «نهر النيل من منبعه»)
 * and the prepositions before a body of water that a thing falls into or comes out of
 * («سقطت في النيل من فوق الجسر»).
 */
const RIVER_HEADS = new Set(
  ['مياه', 'ماء', 'نهر', 'دلتا', 'وادي', 'حوض', 'منابع', 'منبع', 'ضفاف', 'ضفة', 'ضفتي', 'مجرى', 'فيضان', 'شاطئ', 'كورنيش', 'حصة', 'في'].map(foldWord),
);

/**
 * «تهدف إلى [النيل]LOC من أمن الوطن», «محاولات [النيل]LOC من استقرار البلاد», «ولا ب[النيل]LOC من
 * الإنجازات»: «النيل» before «من» is far more often the verbal noun of «نال من» "to harm, to
 * undermine" than the Nile, which the model reads wherever the word stands. A one-word LOC
 * «النيل» right before «من» (or «منه», «منها» …) is that noun and no name, unless a noun of the
 * river is in construct with it («مياه النيل من إثيوبيا», «نهر», «ضفاف», «دلتا») or «في» is
 * before it («سقط في النيل من فوق الجسر»). ANERcorp train writes its one «النيل من» O.
 */
function dropHarmingNile(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_LOC || tags[i + 1] !== O || infos[i]!.word.b !== NILE) continue;
    const next = infos[i + 1]!.word;
    if (next.p.length > 0 || !MIN_FORMS.has(next.w)) continue;
    if (i > 0 && RIVER_HEADS.has(infos[i - 1]!.word.b)) continue;
    tags[i] = O;
  }
}

/** Folded «وجده»: «و» + «جده» (Jeddah as Saudi papers may write it), but as often «وجدُه» "and his
 * grandfather" or «وجدَه» "(he) found him". */
const AND_GRANDFATHER = foldWord('وجده');

/**
 * «كان والده [وجده]LOC من العلماء», «[وجده]LOC نائمًا»: the model reads «وجده» as «و» + Jeddah,
 * but written with a final «ه» the word is far more often "and his grandfather" or "he found
 * him"; Jeddah after «و» stands in a list of places («الرياض وجده»). A one-word LOC «وجده»
 * (so written: «وجدة» is also Oujda) is dropped unless a place ends right before it, or before
 * the comma before it.
 */
function dropGrandfatherJeddah(infos: readonly TokenInfo[], raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_LOC || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1) || infos[i]!.word.w !== AND_GRANDFATHER) continue;
    const word = raw[i]!;
    if (word.charCodeAt(word.length - 1) !== 0x0647) continue; // U+0647 ARABIC LETTER HEH
    const k = i > 1 && (raw[i - 1] === '\u060c' || raw[i - 1] === ',') ? i - 2 : i - 1;
    if (k >= 0 && (tags[k] === B_LOC || tags[k] === B_LOC + 1)) continue;
    tags[i] = O;
  }
}

/**
 * Folded indefinite head nouns of bodies that take a feminine adjective: «منظمة/شركة/جامعة …» and
 * the plurals of things («منظمات/شركات/أحزاب …», which agree in the feminine singular).
 */
const FEMININE_BODY_HEADS = new Set(
  [
    'منظمة', 'شركة', 'وكالة', 'مؤسسة', 'هيئة', 'جمعية', 'لجنة', 'حركة', 'جماعة', 'مجموعة', 'جامعة', 'جبهة', 'ميليشيا',
    'منظمات', 'شركات', 'وكالات', 'مؤسسات', 'هيئات', 'جمعيات', 'لجان', 'حركات', 'جماعات', 'مجموعات', 'جامعات', 'أحزاب', 'نقابات', 'نقابة',
  ].map(foldWord),
);

/** Folded indefinite head nouns of bodies that take a masculine adjective («حزب سياسي»). */
const MASCULINE_BODY_HEADS = new Set(['حزب', 'مجلس', 'اتحاد', 'تنظيم', 'تحالف', 'بنك', 'مصرف', 'معهد', 'مركز', 'فصيل'].map(foldWord));

/**
 * «أصبحت [منظمة دولية]ORG», «[حزب يميني]ORG», «[منظمة غير حكومية]ORG»: an indefinite head noun
 * of a body with an indefinite adjective that agrees with it is a description ("an international
 * organisation", "a right-wing party"), not a name: Arabic names of bodies are definite
 * («منظمة الصحة العالمية», «الحزب الوطني»). An ORG of exactly such a head (no article; a
 * proclitic «و/ب/ل» may stand on it) and one adjective nisba (`isAdjectiveNisba` of the same
 * word with the article: «دولية» → «الدولي»), in the gender of the head, or «غير» + one, is
 * dropped. «جامعة هلسنكي», «جامعة زيمبابوي» and «منظمة شنغهاي» (places, not adjectives) stay.
 */
function dropIndefiniteBodies(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_ORG) continue;
    const head = infos[i]!.word.b;
    const fem = FEMININE_BODY_HEADS.has(head);
    if (!fem && !MASCULINE_BODY_HEADS.has(head)) continue;
    let j = i + 1;
    if (tags[j] !== B_ORG + 1) continue;
    if (infos[j]!.word.w === NOT && j + 1 < tags.length && tags[j + 1] === B_ORG + 1) j++;
    if (j + 1 < tags.length && tags[j + 1] === B_ORG + 1) continue;
    const adj = infos[j]!.word;
    if (adj.p.length > 0) continue;
    const a = adj.w;
    const feminine = a.endsWith('\u064a\u0647'); // folded «…ية»
    if (feminine !== fem || (!feminine && !a.endsWith('\u064a'))) continue;
    if (!isAdjectiveNisba('\u0627\u0644' + (feminine ? a.slice(0, -1) : a), lex)) continue;
    for (let k = i; k <= j; k++) tags[k] = O;
  }
}

/** Folded «صالح»: the given name Saleh, and the adjective "good, fit" and noun "interest, favour". */
const SALEH = foldWord('صالح');

/** Folded uses that «صالح لـ…» "fit for …" takes: «صالح للشرب», «صالح للاستهلاك», «صالح للزراعة». */
const FIT_FOR = new Set(
  [
    'للشرب', 'للاستهلاك', 'للأستهلاك', 'للاستخدام', 'للاستعمال', 'للزراعة', 'للسكن', 'للسكنى', 'للعيش', 'للحياة', 'للأكل',
    'للملاحة', 'للبناء', 'للاستيطان', 'للري', 'للتداول', 'للنشر', 'للطيران', 'للبيع', 'للتطبيق', 'للإقامة', 'للاستغلال',
  ].map(foldWord),
);

/** Folded «وفي» "and in" of «وفي صالح», which the word reading keeps whole. */
const AND_FI = foldWord('وفي');

/**
 * Folded words before which «صالح» + a definite word is "the interest of" («إلى صالح المنظمات»,
 * «من أجل صالح الطلاب», «تحقيق صالح المجتمع», «لما فيه صالح البشرية»: names QA round 111).
 */
const FAVOUR_HEADS = new Set(['إلى', 'الى', 'أجل', 'تحقيق', 'فيه'].map(foldWord));

/** Folded words before which «عمل صالح» is "a good deed", not "Saleh worked": a proclitic «بـ/و» on «عمل», or «أي/من/كل» before it. */
const DEED = foldWord('عمل');
const DEED_OPENERS = new Set(['أي', 'من', 'كل', 'أيّ'].map(foldWord));

/**
 * «تصب في [صالح]PERS الفريق», «قد يكون في [صالح الماسونية]PERS», «[صالح]PERS للشرب», «بعمل
 * [صالح]PERS»: the model reads «صالح» as the given name Saleh wherever it stands, but «في صالح»
 * is "in favour of" (a person is not «في» anything), «صالح لـ» + a use is "fit for", and «عمل
 * صالح» after a determiner or a proclitic is "a good deed". A PERS starting with «صالح» right
 * after «في» or «وفي» is dropped, and a one-word PERS «صالح» before a listed use (FIT_FOR), after
 * such a «عمل» (which would otherwise be the verb "Saleh worked"), or after «إلى/أجل/تحقيق/فيه»
 * (FAVOUR_HEADS) before an untagged definite word («تحقيق [صالح] المجتمع»: names QA round 111).
 */
function dropInFavourSaleh(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_PERS || infos[i]!.word.w !== SALEH) continue;
    const prev = infos[i - 1]!.word;
    const lone = i + 1 >= tags.length || tags[i + 1] !== B_PERS + 1;
    // «في/وفي صالح الجمهور» "in favour of"
    let drop = prev.w === FI || prev.w === AND_FI;
    // «إلى [صالح] المنظمات»: the noun "interest" in construct with a definite word (FAVOUR_HEADS)
    if (!drop && lone && FAVOUR_HEADS.has(prev.w) && i + 1 < tags.length && tags[i + 1] === O && isDefinite(infos[i + 1]!.word.w)) drop = true;
    if (!drop && lone && i + 1 < tags.length && FIT_FOR.has(infos[i + 1]!.word.w)) drop = true;
    if (!drop && lone && prev.b === DEED && (prev.p.length > 0 || (i > 1 && DEED_OPENERS.has(infos[i - 2]!.word.w)))) drop = true;
    if (!drop) continue;
    for (let j = i; j < tags.length && (j === i || tags[j] === B_PERS + 1); j++) tags[j] = O;
  }
}

/** Folded «البحيرة»: "the lake", and Beheira, the Egyptian governorate. */
const LAKE = foldWord('البحيرة');

/**
 * Folded words that take a lake, not a governorate, right after them: nouns of its water, bed,
 * shores, size and parts in construct («مياه البحيرة», «قاع البحيرة», «ضفاف البحيرة», «مدن
 * البحيرة», «مساحة البحيرة», «منسوب البحيرة», «نسيم البحيرة»), a demonstrative («هذه البحيرة»:
 * names QA round 91) and «على/عند/حول» of a house or people by the water («تطل على البحيرة»).
 * Not «في/من/بـ», which take the governorate as often («تصادم قطارين في البحيرة», «4 من البحيرة»).
 */
const LAKE_HEADS = new Set(
  [
    'مياه', 'ماء', 'قاع', 'ضفاف', 'ضفة', 'ضفتي', 'ساحل', 'سواحل', 'شاطئ', 'شواطئ', 'سطح', 'عمق', 'أعماق', 'وسط', 'منتصف', 'أجزاء', 'جزء',
    'مدن', 'موقع', 'أسفل', 'حافة', 'جزيرة', 'جزر', 'وحش', 'أسماك', 'سمك', 'بحيرة', 'على', 'علي', 'عند', 'حول', 'المحيطة', 'المطلة',
    'محيط', 'مساحة', 'سعة', 'منسوب', 'مستوى', 'حوض', 'مصب', 'نسيم', 'إطلالة', 'اتصال', 'ميناء', 'موانئ', 'هذه', 'تلك',
  ].map(foldWord),
);

/**
 * «مياه [البحيرة]LOC», «تطل على [البحيرة]LOC», «ساحل [البحيرة]LOC»: the model reads «البحيرة» "the
 * lake" as Beheira, the Egyptian governorate, wherever it stands. A one-word LOC «البحيرة» after a
 * noun of a lake's water, bed, shores or parts in construct, or after «على/عند/حول» (LAKE_HEADS,
 * with or without a proclitic: «بمياه», «والمناطق المحيطة بالبحيرة» takes the adjective before
 * it) is the lake, a common noun, and no name. After «محافظة» and in lists of governorates it
 * stays («بمحافظة البحيرة», «دمياط، البحيرة»), and so after «في/من», which take either.
 */
function dropCommonLake(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || infos[i]!.word.b !== LAKE || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    if (tags[i - 1] !== O || !LAKE_HEADS.has(infos[i - 1]!.word.b)) continue;
    tags[i] = O;
  }
}

/** Folded «الجزيرة»: "the island", and Al Jazeera, the channel, club, paper and bank. */
const THE_ISLAND = foldWord('الجزيرة');

/**
 * Folded words that take an island, not Al Jazeera, right after them: «على» (folded as «علي»;
 * where the sentence speaks of no sport: «الفوز على الجزيرة» is the club), demonstratives, the
 * island's halves, shores, land, people and parts in construct, and «قبالة» "off".
 */
const ISLAND_HEADS = new Set(
  [
    'على', 'هذه', 'تلك', 'شطري', 'شطر', 'قبالة', 'سكان', 'أرض', 'أراضي', 'داخل', 'ساحل', 'سواحل', 'شاطئ', 'شواطئ',
    'مساحة', 'أنحاء', 'أرجاء', 'حول', 'توحيد', 'تقسيم', 'اجتياح', 'غزو', 'احتلال',
  ].map(foldWord),
);

/** Folded adjectives that make «الجزيرة» an island state: «الجزيرة الشيوعية» (Cuba). */
const ISLAND_ADJECTIVES = new Set(['الشيوعية', 'الصغيرة', 'الكبيرة', 'المتوسطية', 'النائية', 'المقسمة'].map(foldWord));

/**
 * Names QA round 177: «الحظر المفروض على [الجزيرة]ORG الشيوعية», «توحيد شطري [الجزيرة]ORG»,
 * «القوات الأمريكية على [الجزيرة]ORG»: the model reads «الجزيرة» "the island" as Al Jazeera
 * wherever it stands. A one-word ORG «الجزيرة» with no proclitic after a word of ISLAND_HEADS (not
 * «على» in a sentence about sport) or before an adjective of ISLAND_ADJECTIVES is the island, a
 * common noun, O as ANERcorp writes «في الجزيرة» "on the island"; after «قناة/مراسل/نادي» and
 * elsewhere it stays.
 */
function dropCommonIsland(infos: readonly TokenInfo[], tags: Int8Array): void {
  let sport: boolean | undefined;
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_ORG || infos[i]!.word.w !== THE_ISLAND || (i + 1 < tags.length && tags[i + 1] === B_ORG + 1)) continue;
    const prev = infos[i - 1]!.word;
    const adjective = i + 1 < tags.length && tags[i + 1] === O && ISLAND_ADJECTIVES.has(infos[i + 1]!.word.w);
    let island = adjective || (tags[i - 1] === O && prev.p === '' && ISLAND_HEADS.has(prev.w));
    if (island && !adjective && prev.w === ON) island = !(sport ??= speaksOfSport(infos));
    if (island) tags[i] = O;
  }
}

/** Folded «الروح» "the spirit" and «القدس» "holiness" (also Jerusalem) of «الروح القدس» "the Holy Spirit". */
const THE_SPIRIT = foldWord('الروح');
const HOLINESS = foldWord('القدس');

/**
 * Names QA round 117: «والروح [القدس]LOC», «حلّ عليه الروح [القدس]LOC»: after the definite «الروح»
 * "the spirit" (any proclitic), «القدس» is its adjective, "the Holy Spirit", not Jerusalem — a
 * definite word after a definite noun describes it, where «روح القدس» (construct) may be "the
 * spirit of Jerusalem" and stays. A name of any type that is only «القدس» after an O «الروح», or
 * only «الروح القدس», is dropped; an organisation named after it keeps it («[جامعة الروح القدس]ORG»).
 */
function dropHolySpirit(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (infos[i]!.word.b !== THE_SPIRIT || infos[i + 1]!.word.w !== HOLINESS) continue;
    const t = tags[i]!;
    if (t === O) {
      if (tags[i + 1]! % 2 === 1 && spanEnd(tags, i + 1) === i + 2) tags[i + 1] = O;
    } else if (t % 2 === 1 && tags[i + 1] === t + 1 && spanEnd(tags, i) === i + 2) tags.fill(O, i, i + 2);
  }
}

/** Folded «جزر» "islands", which opens an island state's or an archipelago's name. */
const ISLANDS = foldWord('جزر');

/**
 * Names QA round 117: «يضرب [جزر سليمان]PERS», «[جزر الموريشوس]PERS»: a PERS of two words or more
 * that opens with «جزر» "islands" (any proclitic) is an island state or an archipelago named after
 * a person (Solomon, Marshall, Cook), and no person: it becomes a LOC, the head inside as the
 * state's name has it. Not «جزيرة» "island" alone, whose head the place-head rules already leave
 * outside («جزيرة [توتي]LOC», as ANERcorp tags it 13 times against 8).
 */
function retypeIslandPersons(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    if (j - i >= 2 && infos[i]!.word.b === ISLANDS) {
      tags[i] = B_LOC;
      tags.fill(B_LOC + 1, i + 1, j);
    }
    i = j - 1;
  }
}

/** Folded «الولاية»: "the state" (one named before: «معدل البطالة في الولاية») and "the term of office" («الولاية الرئاسية»). */
const THE_STATE = foldWord('الولاية');

/**
 * Folded adjectives that make «الولاية» + the adjective a state's or province's own name: Sudan's
 * «الولاية الشمالية», Rome's «الولاية العربية» (Arabia Petraea).
 */
const STATE_NAME_ADJECTIVES = new Set(['الشمالية', 'الجنوبية', 'الشرقية', 'الغربية', 'الوسطى', 'العربية'].map(foldWord));

/** Folded «المدينة» "the city", also Medina. */
const THE_CITY = foldWord('المدينة');

/** Folded words after «المدينة» that make it Medina's name: «المنورة», «النبوية». */
const MEDINA_EPITHETS = new Set(['المنورة', 'المنوّرة', 'النبوية'].map(foldWord));

/**
 * Folded words before «المدينة» that make it "the city" just named: a demonstrative («هذه
 * المدينة», ANERcorp train 11 times O, never a LOC), a compass direction or a part of a town
 * in construct with it («جنوب/شرق/وسط/داخل/خارج/ضواحي/أنحاء/أطراف/تاريخ المدينة»). Not
 * «قضاء/دير/مدينة المدينة», places of their own (Basra's Al-Madina district, Deir el-Medina),
 * nor «أهل/سكان المدينة», the people of Medina as often as of the town.
 */
const CITY_PART_CUES = new Set(
  [
    'هذه', 'تلك', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط', 'داخل', 'خارج', 'ضواحي', 'أطراف',
    'أنحاء', 'قلب', 'مدخل', 'مداخل', 'أحياء', 'شوارع', 'أسوار', 'أسواق', 'تاريخ',
  ].map(foldWord),
);

/**
 * Names QA round 129: «شرق وغرب [المدينة]LOC», «جنوب شرق [المدينة]LOC», «ضواحي [المدينة]LOC»,
 * «تاريخ [المدينة]LOC»: the model reads «المدينة» "the city" as Medina. A one-word LOC
 * «المدينة» right after a demonstrative, a direction or a part of a town (CITY_PART_CUES, bare
 * or with «و/ف/ب/ل»: «وغرب», «بوسط») is dropped unless Medina's epithet follows it
 * (MEDINA_EPITHETS: «شمال المدينة المنورة»).
 */
function dropCommonCity(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== B_LOC || infos[i]!.word.b !== THE_CITY || (i + 1 < tags.length && tags[i + 1] === B_LOC + 1)) continue;
    if (i + 1 < tags.length && MEDINA_EPITHETS.has(infos[i + 1]!.word.w)) continue;
    const cue = infos[i - 1]!.word;
    const c = cue.w.charCodeAt(0);
    const bare = CITY_PART_CUES.has(cue.w) || (cue.p.length <= 1 && CITY_PART_CUES.has(cue.b));
    if (bare || ((c === WAW || c === FEH || c === BEH || c === LAM) && CITY_PART_CUES.has(cue.w.slice(1)))) tags[i] = O;
  }
}

/** Folded «البحر» "the sea". */
const THE_SEA = foldWord('البحر');

/** Folded heads of a street or quarter named «البحر»: «شارع البحر», «حارة البحر», «كورنيش البحر». */
const SEA_STREET_HEADS = new Set(['شارع', 'حارة', 'كورنيش', 'طريق', 'حي', 'باب'].map(foldWord));

/**
 * «في [الولاية]LOC», «[الولاية الجديدة]LOC», «[الولاية الرئاسية]LOC لأوباما», «ساحل [البحر]LOC»:
 * the model reads «الولاية» "the state, the term" and «البحر» "the sea" (with or without a
 * proclitic) as places. A LOC or ORG that starts with «الولاية» is dropped whole — the common
 * noun with its adjective or with the word the model ran on to — unless an adjective of
 * STATE_NAME_ADJECTIVES makes it a name («[الولاية الشمالية]LOC» in Sudan); a PERS that starts
 * with it keeps the name after it («حاكم الولاية [عبد الستار]PERS»), and so does a LOC whose
 * next word is an Arabic word the lexicon never saw («عاصمة الولاية [ثيروفانانثابورام]LOC»). A
 * one-word LOC «البحر» is dropped unless a street's head stands before it («حارة البحر»,
 * SEA_STREET_HEADS); ANERcorp train never tags «البحر» alone (11 times O, 11 times a longer LOC).
 */
function dropCommonStateSea(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t !== B_LOC && t !== B_ORG && t !== B_PERS) continue;
    const b = infos[i]!.word.b;
    let j = i + 1;
    while (j < tags.length && tags[j] === t + 1) j++;
    if (b === THE_STATE) {
      const next = j > i + 1 ? infos[i + 1]!.word : undefined;
      const c = next === undefined ? 0 : next.w.charCodeAt(0);
      if (t === B_PERS || (t === B_LOC && next !== undefined && next.logFreq < 0 && next.p.length === 0 && c >= 0x0621 && c <= 0x064a)) {
        // «حاكم الولاية [عبد الستار]», «عاصمة الولاية [ثيروفانانثابورام]» (a word the lexicon never saw)
        tags[i] = O;
        if (next !== undefined) tags[i + 1] = t;
      } else if (j === i + 1 || infos[i + 1]!.word.p.length > 0 || !STATE_NAME_ADJECTIVES.has(infos[i + 1]!.word.b)) {
        for (let k = i; k < j; k++) tags[k] = O;
      }
    } else if (b === THE_SEA && t === B_LOC && j === i + 1 && (i === 0 || !SEA_STREET_HEADS.has(infos[i - 1]!.word.b))) {
      tags[i] = O;
    }
    i = j - 1;
  }
}

/** Folded nouns that, in construct with «الله», make a formula of piety: «بعون الله» "with God's help", «بحمد الله», «توفيق الله» "God's grace". */
const PIETY_NOUNS = new Set(['عون', 'حمد', 'توفيق'].map(foldWord));

/**
 * Folded verbs and nouns of the formulas said of God, that the model reads with «الله» as a name
 * (names QA round 310): «[بارك الله]» "God bless", «[جزى الله]», «[حسبي الله]», «[غفر الله]»,
 * «[نحمد الله]», «[أحمد الله] أن» "I thank God that", «[رحمهم الله]», «[عباد الله]» "God's
 * servants", «[إيمان بالله]». None is a name with «الله», as «نصر الله», «عطا الله», «العبد الله»,
 * «الحمد الله», «رضوان الله» are (the blessing «رضوان الله عليه» has its rule, cutBlessings).
 */
const GOD_FORMULA_WORDS = new Set(
  [
    ...['بارك', 'حسبي', 'حسبنا', 'جزى', 'جزاه', 'جزاها', 'جزاهم', 'جزاكم', 'غفر', 'سامح', 'أكرم', 'كفانا', 'زاده', 'عباد', 'إيمان', 'نحمد', 'أحمد', 'نشكر', 'أشكر'],
    ...['رضي', 'رحم', 'رحمه', 'رحمها', 'رحمهم', 'رحمهما', 'يرحمه', 'يرحمها', 'يرحمهم', 'يرحمهما', 'أيده', 'أيدها', 'حفظه', 'حفظها', 'حفظهم', 'حفظك', 'رعاه', 'رعاها', 'رعاهم', 'رعاك'],
  ].map(foldWord),
);

/** Folded «توفيق»: «توفيق الله» is the formula whatever comes before it; «عون الله», «حمد الله» are also family names. */
const GRACE = foldWord('توفيق');

/**
 * Folded abstract nouns that «حسن» "goodness of" governs in set phrases: «حسن الجوار» "good
 * neighbourliness", «حسن النية» "good faith", «حسن الطالع» "good fortune". None is a family name.
 */
const GOOD_NOUNS = new Set(
  [
    ...['الجوار', 'النية', 'الظن', 'الخلق', 'الطالع', 'التعامل', 'الضيافة', 'الاستقبال', 'السيرة', 'السير', 'الخاتمة', 'التدبير', 'التصرف', 'الأداء', 'التنظيم', 'الإدارة', 'الاختيار', 'المعاملة'],
    // names QA round 146: «من حسن حظي» "luckily", «لحسن الحظ», «حسن سير العمل», «حسن الإصغاء»
    ...['حظ', 'حظي', 'حظه', 'حظها', 'حظهم', 'حظنا', 'حظك', 'حظكم', 'الحظ', 'سير', 'السلوك', 'الاستماع', 'الإصغاء'],
  ].map(foldWord),
);

/** Folded «عنان» (Annan) and «السماء»: «تشق عنان السماء» "pierces the clouds of the sky". */
const CLOUDS = foldWord('عنان');
const SKY = foldWord('السماء');

/** Folded «حسن» (the given name Hassan and the noun "goodness"). */
const GOODNESS = foldWord('حسن');

/** Folded «حجاج» (the given name Hajjaj and the plural "pilgrims"). */
const PILGRIMS = foldWord('حجاج');

/** Folded words after which «حجاج» is "pilgrims": «حجاج الداخل» "domestic pilgrims", «حجاج الخارج», «حجاج بيت الله». */
const PILGRIM_NEXT = new Set(['الداخل', 'الخارج', 'بيت', 'البيت'].map(foldWord));

/**
 * Set phrases the model reads as a person's name because their first word is also a given name:
 * the formulas of piety «ب[عون الله]», «ب[حمد الله]», «بعد [توفيق الله]» ("with God's help,
 * thanks be to God, after God's grace": ب before «عون/حمد», any context for «توفيق»), «[حسن
 * الجوار]» "good neighbourliness" and other «حسن» + abstract noun (GOOD_NOUNS; with a proclitic
 * too: «ل[حسن] الحظ», «من [حسن] حظي», names QA round 146), «تشق [عنان] السماء» "pierces the sky",
 * and «[حجاج] الداخل», «[حجاج بيت] الله» "pilgrims". A PERS that is the phrase (with nothing after it in the
 * name) is dropped, unless a title or a word of naming comes before «حسن/حجاج» («الناطق [حسن الجوار]»);
 * «[عون الله] قال», «[حسن الجاسر]», «[حجاج النفيعي]» stay.
 */
function dropSetPhrasePersons(infos: readonly TokenInfo[], tags: Int8Array, lex: Lexicon): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS) continue;
    const j = spanEnd(tags, i);
    const { b, p } = infos[i]!.word;
    const next = i + 1 < tags.length ? infos[i + 1]!.word : undefined;
    if (next === undefined || j > i + 2) continue;
    let phrase = false;
    if (PIETY_NOUNS.has(b) && next.w === ALLAH) phrase = b === GRACE || p.includes('\u0628'); // BEH
    // «[بارك الله]», «و[جزى الله]», «[عباد الله]», «[إيمان بالله]»: a formula said of God
    else if (GOD_FORMULA_WORDS.has(b)) phrase = next.b === ALLAH && (next.p === '' || next.p === '\u0628');
    // with a proclitic too: «ل[حسن] الحظ», «ب[حسن] الضيافة»
    else if (b === GOODNESS) phrase = next.p.length === 0 && GOOD_NOUNS.has(next.w);
    else if (b === CLOUDS) phrase = next.w === SKY;
    else if (b === PILGRIMS) phrase = next.p.length === 0 && PILGRIM_NEXT.has(next.w);
    // «قال الناطق [حسن الجوار]», «الشيخ [حجاج الداخل]»: after a title or a word of naming the words are a name
    if (!phrase || (!PIETY_NOUNS.has(b) && i > 0 && (namingCue(infos[i - 1]!.word) || ((lex.classes.get(infos[i - 1]!.word.b) ?? 0) & PERSON_TRIGGER) !== 0))) continue;
    // the second word goes too when it is in the span or the model left it alone as a PERS
    tags.fill(O, i, j);
    if (j === i + 1 && tags[i + 1] === B_PERS && next.b === ALLAH) tags[i + 1] = O;
  }
}

/**
 * Folded nouns of a person's kin, side or counsel in construct with the name («والد X» "X's
 * father», «شقيق X», «مؤيدو X» "X's supporters", «محامي X»): none is a given name. Not «ابن/بنت»,
 * which open a nasab («ابن خلدون»), nor «أبو/أم», kunyas, nor «عم/خال», also titles and words.
 */
const KIN_HEADS = new Set(
  ['والد', 'والدة', 'شقيق', 'شقيقة', 'نجل', 'نجلة', 'زوجة', 'أرملة', 'حفيد', 'حفيدة', 'مؤيدو', 'مؤيدي', 'معارضو', 'معارضي', 'محامي', 'محامية'].map(foldWord),
);

/**
 * «وقال [والد كامبل]PERS», «[شقيق عبد الملك الحوثي]PERS», «[مؤيدو السيسي]PERS»: the model takes a
 * noun of kin, side or counsel in construct (KIN_HEADS) into the person named after it. That
 * noun is no part of the name, as ANERcorp writes «والد/O»: it is left out and the name starts
 * on the next word.
 */
function dropLeadingKin(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i + 1] !== I_PERS || !KIN_HEADS.has(infos[i]!.word.b)) continue;
    tags[i] = O;
    tags[i + 1] = B_PERS;
  }
}

/** Bare «شيخه/جده/أستاذه …» "his/her/their shaykh, grandfather, teacher" (final «ه», not «ة»). */
const POSSESSED_ELDERS = new Set(['شيخه', 'شيخها', 'شيخهم', 'جده', 'جدها', 'جدهم', 'أستاذه', 'استاذه', 'أستاذها', 'معلمه', 'معلمها']);

/** Bare words after «شيخه» that make it the given name Shaykha («شيخه بنت عبد العزيز»). */
const NASAB_WORDS = new Set(['بن', 'بنت', 'ابن', 'ابنة']);

/** Bare «النبي/الرسول», a title that is no name on its own. */
const BARE_PROPHET_TITLES = new Set(['النبي', 'الرسول']);

/**
 * «تتلمذ عند [شيخه حماد]PERS», «توفي [جده النبي]LOC», «نسبة إلى [جده بطليموس]LOC»: the model takes
 * a possessed elder («شيخه» "his shaykh", «جده» "his grandfather", read as Jeddah, «أستاذه») into
 * the name after it. The elder is left out and the rest is a person («شيخه [حماد]PERS», «جده
 * [بطليموس]PERS»); a bare title («جده النبي»), «لأبيه/لأمه» "on his father's side" or one word
 * after «و» ending in «ه» («جده وحنانه» "his grandfather and his tenderness") is nothing; «جده
 * [وهيب]PERS» is a name.
 * «[شيخه بنت عبد العزيز]PERS», the given name Shaykha, stays.
 */
function dropLeadingElders(raw: readonly string[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if ((tags[i] !== B_PERS && tags[i] !== B_LOC) || tags[i + 1] !== tags[i]! + 1) continue;
    let w = bareLetters(raw[i]!);
    if (w.length > 4 && (w[0] === '\u0644' || w[0] === '\u0628' || w[0] === '\u0648' || w[0] === '\u0641') && POSSESSED_ELDERS.has(w.slice(1))) w = w.slice(1); // ل/ب/و/ف
    if (!POSSESSED_ELDERS.has(w)) continue;
    const next = bareLetters(raw[i + 1]!);
    if (NASAB_WORDS.has(next)) continue;
    const j = spanEnd(tags, i);
    tags[i] = O;
    if (next.startsWith('\u0644\u0623') || (j === i + 2 && (BARE_PROPHET_TITLES.has(next) || (next[0] === '\u0648' && next.endsWith('\u0647'))))) tags.fill(O, i + 1, j); // «لأبيه», «النبي», «وحنانه»
    else {
      tags[i + 1] = B_PERS;
      tags.fill(I_PERS, i + 2, j);
    }
    i = j - 1;
  }
}

/**
 * Folded credit words of a song, film or play: «ألحان» "melodies by", «تلحين» "composed by",
 * «كلمات» "lyrics by", «إخراج» "directed by", «تأليف» "written by", «سيناريو», «توزيع»
 * "arranged by", «غناء» "sung by". None is a given name or a part of one.
 */
const CREDIT_HEADS = new Set(['ألحان', 'تلحين', 'كلمات', 'إخراج', 'تأليف', 'سيناريو', 'توزيع', 'غناء'].map(foldWord));

/**
 * «من كلمات تركي آل الشيخ و[ألحان وليد الشامي]PERS»: the model takes the credit word in construct
 * with a person into the name. It is left out, as a kin noun is, and the name starts on the next
 * word.
 */
function dropLeadingCredits(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_PERS || tags[i + 1] !== I_PERS || !CREDIT_HEADS.has(infos[i]!.word.b)) continue;
    tags[i] = O;
    tags[i + 1] = B_PERS;
  }
}

/** Folded «بلا» "without" and «حدود» "borders", the tail of «مراسلون بلا حدود», «أطباء بلا حدود». */
const WITHOUT = foldWord('بلا');
const BORDERS = foldWord('حدود');

/**
 * «"[مراسلون]ORG بلا حدود"», «[منظمة أطباء]ORG بلا حدود»: the model ends the name of an NGO of
 * the «X بلا حدود» "X without borders" kind (Reporters, Doctors, Museums … Without Borders) before
 * «بلا», a word it rarely sees inside a name. «بلا حدود» right after an ORG whose last word is an
 * indefinite plural noun («مراسلون», «أطباء», «متاحف») is part of the name: the ORG takes both
 * words in. A definite last word («[الاتحاد الأوروبي] بلا حدود») and other types stay as they were.
 */
function extendWithoutBorders(infos: readonly TokenInfo[], tags: Int8Array, margins: Float64Array): void {
  for (let j = 1; j + 1 < tags.length; j++) {
    if (tags[j] !== O || tags[j + 1] !== O || infos[j]!.word.w !== WITHOUT || infos[j + 1]!.word.w !== BORDERS) continue;
    const last = tags[j - 1]!;
    if ((last !== B_ORG && last !== B_ORG + 1) || isDefinite(infos[j - 1]!.word.b)) continue;
    tags[j] = B_ORG + 1;
    tags[j + 1] = B_ORG + 1;
    margins[j] = margins[j + 1] = Math.min(margins[j - 1]!, RULE_MARGIN);
  }
}

/** Folded «ولد» "was born" and «ولدت» "she was born". */
const BORN = new Set(['ولد', 'ولدت'].map(foldWord));

/**
 * «[ريمون نسيم مقار ولد]PERS (23 أغسطس 1974)», «[علي حبيب ولد]PERS في عام 1939»: the opening of a
 * biography puts the verb «ولد/ولدت» "was born" right after the name, and the model takes it into
 * the person. As the last word of a PERS (bare, no proclitic) it is the verb: the Mauritanian
 * «ولد» "son of" always has the father's name after it inside the name («محمد ولد عبد العزيز»),
 * so it never ends one. The PERS ends before it; a name of «ولد» alone is dropped.
 */
function dropTrailingBorn(infos: readonly TokenInfo[], tags: Int8Array): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS + 1 || (i + 1 < tags.length && tags[i + 1] === B_PERS + 1)) continue;
    if (!BORN.has(infos[i]!.word.w)) continue;
    tags[i] = O;
  }
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B_PERS || (i + 1 < tags.length && tags[i + 1] === B_PERS + 1) || !BORN.has(infos[i]!.word.w)) continue;
    tags[i] = O;
  }
}

/**
 * Folded indefinite heads in construct with the proper name of a quarter, street, camp, town or
 * village that the model leaves O when it does not know the name: «حي [الدورة]», «شارع
 * [السعدون]», «مخيم [بلاطة]», «بلدة [الناقورة]», and the duals before two names joined by «و»
 * («مخيمي [بلاطة] و…», «بلدتي [الفارعة] و[طلوزة]»). These heads take a name, not a common noun, in
 * construct far more often than «منطقة», «مدينة» or «محافظة» do («منطقة الحدود», «مدينة الزيتون»,
 * ANERcorp train O), which stay out; «حي» takes ب/ل/ف as DISTRICT_FORMS (not «وحي» "revelation").
 */
const NAMING_PLACE_HEADS = new Set(['حي', 'شارع', 'مخيم', 'بلدة', 'قرية', 'ضاحية', 'مخيمي', 'بلدتي', 'قريتي'].map(foldWord));

/** Folded duals among NAMING_PLACE_HEADS, which name two places joined by «و». */
const DUAL_PLACE_HEADS = new Set(['مخيمي', 'بلدتي', 'قريتي'].map(foldWord));

/**
 * Folded definite adjectives of direction and age that end a village's or quarter's name in
 * Egypt and the Levant («قرية العتوة القبلية», «حي الشهباء الجديدة»), as «الضفة الغربية» is one LOC.
 */
const PLACE_NAME_ADJECTIVES = new Set(
  ['الشرقية', 'الغربية', 'الشمالية', 'الجنوبية', 'القبلية', 'البحرية', 'الكبرى', 'الصغرى', 'الجديدة', 'القديمة', 'العليا', 'السفلى'].map(foldWord),
);

/** Folded masculine heads among NAMING_PLACE_HEADS: an adjective after them ends in no ة. */
const MASCULINE_NAMING_HEADS = new Set(['حي', 'شارع', 'مخيم', 'مخيمي'].map(foldWord));

/**
 * Most log2 corpus count of a word taken for a place's name after NAMING_PLACE_HEADS (≤ 15
 * times): rarer than the common nouns these heads also take («شارع السمسم» Sesame Street,
 * «بلدة المشيخة» "the chief town", both seen 16–31 times), at the cost of known quarters and
 * camps («شارع السعدون», «مخيم بلاطة») the model may still miss.
 */
const HEADED_NAME_FREQ = 3;

/**
 * Whether folded `w` (no proclitic but the article) reads as the name of a place after a naming
 * head: Arabic letters only, three or more of them without the article, rare in the corpus
 * (HEADED_NAME_FREQ: common nouns and adjectives are frequent, «حي [سكني]», «مخيم [اللاجئين]»), on
 * none of the hand-written lists (a given name starts a person's name: «شارع محمد …»); a word
 * without the article only when it looks foreign or mostly follows place heads (see below).
 */
function headedPlaceName(w: string, written: string, masculine: boolean, lex: Lexicon): boolean {
  const n = w.length;
  if (n < (isDefinite(w) ? 5 : 3)) return false;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x0621 || c > YEH) return false;
  }
  if (freqOf(lex, w) > HEADED_NAME_FREQ || lex.classes.has(w)) return false;
  if (isDefinite(w)) return true;
  // an indefinite nisba is an adjective, foreign stem or not («ضاحية فدرالية», «حي شعبي»)
  if (w.charCodeAt(n - 1) === YEH || (w.charCodeAt(n - 1) === HEH && w.charCodeAt(n - 2) === YEH)) return false;
  // an indefinite word is mostly an adjective, a participle or a verb after an indefinite head
  // («شارع فارغ», «شارع مشجر», «قرية مزدحمة», «قرية تكبر»): only a word of no Arabic root
  // («بلدة موجرين», «قرية شنوان») is a name, or a word in ة after a masculine head, which no
  // adjective of it takes («مخيم بلاطة», not «قرية مزدحمة»)
  return (masculine && written.charCodeAt(written.length - 1) === TEH_MARBUTA) || analyze(w).kind === 'foreign';
}

/**
 * Names QA round 138: «في حي الدورة», «بشارع السعدون», «في مخيم بلاطة» (all left O): one word the
 * model left O right after a naming head (NAMING_PLACE_HEADS, with or without proclitics, itself
 * O) that reads as a place's name (headedPlaceName) is that place, a LOC; the head stays outside,
 * as ANERcorp writes «مخيم/O بلاطة/B-LOC». After a dual head («بلدتي», «مخيمي») the word after
 * the first name, «و» + such a name, is the second place («بلدتي الفارعة و[طلوزة]»), whether the
 * model found the first or not.
 */
function labelHeadedPlaceNames(infos: TokenInfo[], raw: readonly string[], tags: Int8Array, margins: Float64Array, lex: Lexicon): void {
  for (let i = 1; i < tags.length; i++) {
    if (tags[i - 1] !== O) continue;
    const word = infos[i]!.word;
    // cheap tests first: a LOC, or a rare word with no proclitic, before the head's proclitic splits
    if (tags[i] === O ? word.p !== '' || freqOf(lex, word.w) > HEADED_NAME_FREQ : tags[i] !== B_LOC) continue;
    const hw = infos[i - 1]!.word.w;
    const head = DISTRICT_FORMS.has(hw) ? DISTRICT : headBase(hw, NAMING_PLACE_HEADS);
    if (head === '') continue;
    const masculine = MASCULINE_NAMING_HEADS.has(head);
    if (tags[i] === O) {
      if (!headedPlaceName(word.w, raw[i]!, masculine, lex)) continue;
      let end = i + 1;
      const next = end < tags.length && tags[end] === O ? infos[end]!.word : undefined;
      if (next !== undefined && next.p === '') {
        // «قرية العتوة القبلية» (PLACE_NAME_ADJECTIVES), and «حي الشهباء الجديدة», «شارع مارية
        // القبطية»: a definite word in ة after a masculine head agrees with the name, not the head
        if (isDefinite(word.w) && (PLACE_NAME_ADJECTIVES.has(next.w) || (masculine && isDefinite(next.w) && raw[end]!.charCodeAt(raw[end]!.length - 1) === TEH_MARBUTA))) end++;
        // «قرية كود العبادل»: after an indefinite name a second rare word is more of a name whose
        // end is not known
        else if (!isDefinite(word.w) && headedPlaceName(next.w, raw[end]!, masculine, lex)) continue;
      }
      label(tags, margins, i, end, B_LOC);
    }
    const j = spanEnd(tags, i);
    if (!DUAL_PLACE_HEADS.has(head) || j >= tags.length || tags[j] !== O) continue;
    const second = infos[j]!.word.w;
    if (second.charCodeAt(0) !== WAW || !headedPlaceName(second.slice(1), raw[j]!, masculine, lex)) continue;
    resplit(infos[j]!, 1, second.slice(1));
    label(tags, margins, j, j + 1, B_LOC);
  }
}
