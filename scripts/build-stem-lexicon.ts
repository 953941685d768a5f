// Builds src/lexicon/stem-exceptions.ts: the words whose inflectional ending the 'dhad'
// stemmer must treat differently from its default rule, decided from corpus frequencies.
//
// Reads the unlabeled news files that may ship derived data (ANT 005–009, Wikipedia 011–015),
// takes every Arabic word's base through `segment` (clitics off, ة restored), folds its
// spelling as the stemmer does, and counts bases. Then, for each base W seen at least
// MIN_COUNT times that ends in an ending the stemmer removes, it weighs the evidence for the
// rest of W's paradigm:
// - ون ين ان (sound plurals, duals): W must show its other case (ون ↔ ين, ان ↔ ين) at least
//   SIBLING_THETA × count(W) times (a dual in ان its ين at least DUAL_SIBLING_THETA × count(W):
//   «دوران», «إيوان» are words of their own), and the stem X = W minus the ending must be seen itself or
//   with another ending (X, Xة, Xات, Xون, Xين, Xان) at least THETA × count(W) times; for
//   «ـتين ـتان» the feminine singular «Xة» competes. Otherwise W keeps its ending
//   («بوتين»: «بوت» is rare; «كازاخستان», «قانون», «تشرين»). The tens (عشرين … تسعين) keep
//   their ending: they are no plurals of عشر … تسع; the number two, a dual with no singular,
//   loses it in both cases («اثنان», «اثنين» → «اثن»), except Monday «الاثنين» (code n); its feminine
//   loses its ت too (code e: «اثنتين» → «اثن»), and its construct «اثنا» its alef (code t); the units
//   three to ten lose the ة of their gender (code m: «خمسة», «ستة» → «خمس», «ست»; «عشرات» code b,
//   → «عشر»; round 104). An oblique dual whose nominative is rare
//   («يومين», «أسبوعين», «سنتين») is cut where its singular is common and takes the article, the
//   nominative is seen (or, rare as news writes it, the singular takes the tanween «Xا», a
//   common noun's: «موسمين», «شوطين»; or, for a noun in ـة, «Xة» takes the article (or shows its
//   plural «Xات»: «تمريرتين», round 94) and is
//   DUAL_SINGULAR_RATIO times as common: «فترتين», «مرتين», see feminineDual and feminineNoun; or, for a dual of a
//   set phrase seen DUAL_SET_MIN times, the singular is DUAL_COMMON_SINGULAR_RATIO times as common:
//   «الصعيدين», «الجهازين», see commonBareDual), and the dual is no place («البحرين»; a dual whose singular is DUAL_COMMON_SINGULAR_RATIO times as common may be nearly always definite: «القطاعين») and no singular
//   («تمرين»): see commonDual. Such a dual needs no article of its own where its singular is
//   DUAL_BARE_SINGULAR_RATIO times as common and takes the tanween («دولارين»; see tanweenDual). An adjective that follows a definite dual in agreement («الحرمين الشريفين»)
//   needs neither its nominative nor an indefinite use (see agreesAsAdjective).
//   The dual of an imperfect («يمثلان», «تقعان» → «يمثل», «تقع»; see imperfectDual) and the
//   oblique plural or dual of a participle in مـ («المحترفين», «مؤكدين»; see participleOblique;
//   of six letters, «المهنئين», «المعوزين», by its article and a seen singular, or, round 95, as a
//   plural of state, «معللين», by its accusative «Xا» and feminine: see shortParticipleOblique; a
//   defective one's ين stands for its ي, code i: «المعزين», «مبالين» → «معزي», «مبالي», see
//   shortDefectiveParticiple, formThreeDefectiveOblique; round 96 recodes so the licensed plurals
//   «المحامين», «المدعون» of a participle whose bare X is its indefinite «محامٍ», and gives that X
//   code j and the construct «محامو» code i, see defectiveParticipleStem; round 97 gives code j
//   to the bare «مبان», «معان», «مساع» of a broken plural «مفاعٍ», and round 98 to «أراض», «ليال»,
//   «أغان», «نواد» of «أفاعٍ», «فعالٍ», «فواعٍ», see defectiveBrokenPlural; round 99 to «قاض», «عال»,
//   «ماض», «ناد» of a participle «فاعٍ» and «مواز», «مساو» of «مفاعٍ», see defectiveActiveParticiple;
//   round 100 code i to the sound plurals «الباقين», «داعين», «الناجون» of «فاعٍ», see
//   defectiveActivePlural)
//   need no other case: the verb's plural, the participle's feminine (or its nominative) stand
//   for it, and its singular, feminine and nominative together for a singular news writes far
//   less than the plural («المتضررين», «المغتربين»); nor does the
//   oblique plural of a form I participle «فاعلين» whose singular is a common noun («الوافدين»,
//   «الفاعلين»; see formOneParticipleOblique). A feminine dual seen under MIN_COUNT times (or a
//   commoner one whose other case is licensed) restores «Xة» where that is common and takes the
//   article («مسافتين», «جائزتان»; see rareFeminineDuals), and the second person's «تXون», «تXوا»
//   follows a licensed «يXون», «يXوا» («تريدون» → «تريد»; see secondPersonPlurals).
//   Names and words whose ين ان only looks like an ending while X is a common word with a homograph's
//   other case («مارين», «شعبان», «حمدان», «تبيان») keep it (OWN_ENDING_WORDS, round 69).
// - ات: «Xة» or X, whichever the corpus prefers (منظمات → منظمة, اجتماعات → اجتماع);
//   neither seen → keep W («عرفات»), and so does the broken plural «أفعال» of a noun in its own ت
//   («أبيات» of «بيت», not «ابي»; see tehBrokenPlural, round 72); a singular «Xا» that takes the article and is seen as
//   often as both → «Xا» (code p, the plural of a loanword: «أوبرات», «كاميرات», and in ـيات
//   «ميليشيات» → «ميليشيا»; see alefLoanPlural); a plural mostly written ـآت whose «Xاة» is
//   seen → «Xاة» (code a, the plural of a noun in ـأة: «منشآت» → «منشأة»; see maddaPlural). A bare X that is
//   commoner only as a verb («أشار», «عقب», «واجه»: it nearly never takes the article, and
//   «الXة» is at least twice «الX»; or shows its perfect «Xت» often, beside a noun «الغاب» it
//   shares its letters with: «غابات» → «غابة») does not count against Xة. Nor does a bare «مفاعل»: a broken
//   plural («مظاهر», «مباحث») or a participle, it takes no ات, so «مفاعلات» is the plural of the
//   form III masdar «مفاعلة» where that keeps its ة (see form3Masdar). Nor does a bare three-letter
//   «فعل» with a broken plural «أفعال» of its own («دور»: «أدوار»): «دورات» is of «دورة» (see
//   instanceNounPlural). The plural of a participle in مـ used as a noun goes with the masculine
//   where the feminine is its adjective and far rarer than the plural (code b: «مخدرات» →
//   «مخدر»; see participleNounPlural, round 56). A bare X of a derived form's alef that nearly
//   never takes the article and shows its perfect «Xت» is a verb whose last radical is ت, and «Xات»
//   its masdar, kept whole («التفات», «إفلات», «إسكات»; see tehMasdar, round 111).
// - ية → ي only when the masculine nisba «Xي» is seen (NISBA_THETA × the feminine, or
//   NISBA_RARE_THETA where «Xي» takes the article: «تشريعية» → «تشريعي»; فلسطينية → فلسطيني,
//   but جمهورية, حماية stay) and «Xية» takes the article at least half as often as «Xي» (counting
//   the bare «قاس» of a defective participle among «قاسي»'s forms: see nisbaArticleShare; a name
//   such as «صقلية» does not, while «الصقلي» is common) and «Xية» takes no possessive pronoun
//   (an adjective cannot: «جمهوريتها», «مسؤوليته» show nouns of their own), unless its definite
//   form mostly agrees with a definite noun («الوحدة الوطنية») or names a ministry after its head
//   («وزارة الخارجية», the nisba of an elided noun; see agreesAsNisba) or, taking no possessive
//   and having no plural in ـيات, agrees as loosely as a participle with every definite broken
//   plural counted («المهام القتالية», «الرسوم الجمركية»; see looseNisba, round 62), or, its masculine
//   hardly written, agrees more strictly still and takes the article («القدرة الشرائية», «الأدوار
//   الإقصائية»; see feminineOnlyNisba, round 110), and not where «الXية»,
//   often seen, hardly ever agrees with a definite noun («الهدية»; see unagreeingNisba); يات follows its ية,
//   unless it is the plural of a noun in ـى / ـي («مستشفيات» → «مستشفي»; see defectiveNounPlural)
//   or in ـاة (code a: «مباريات» → «مباراة»; see alefNounPlural).
// - ة comes off only where the masculine is common and takes the sound masculine plural
//   (جديدة → جديد, but دولة, منطقة, قمة, منظمة keep it), or, for an adjective with a broken
//   plural (صغيرة → صغير, قديمة → قديم), where the feminine is frequent (≥ 1 / POSSESSED_THETA)
//   and takes neither a possessive pronoun nor a plural in ـات, and is not nearly always definite.
//   A feminine of four letters («حادة», «هامة») or a rarer one («متطورة») is also an adjective
//   where it is graded («حادة جدا», «للغاية») or follows a frame of manner («بصورة جادة»,
//   «بطريقة سهلة»), with the same tests (see adjectiveContext), and so is a feminine whose
//   definite form mostly follows a definite noun in ـة or ـات («الفترة الأخيرة»), or a broken
//   plural of things often enough («الفنادق الفاخرة»; see agreeingFeminine, round 47; see
//   agreesAsFeminine: a plural in ـات is then the masculine's noun, «مكونات» → «مكون», and a
//   possessive now and then a verb's object, «لازمته»; one of four letters, «السامة», or agreeing as loosely as
//   agreesAsParticiple asks where its bare form seldom heads a construct, «المطلة» (see shortAgreement, round 60),
//   only where it takes the article 30 % of
//   the time or more, not the name «طيبة», and its masculine is not mostly another word, as
//   «عام» a year beside «عامة»), or, of five letters or more, taking no possessive and no plural
//   in ـات, follows either in 30 % of its definite forms («الأخبار الزائفة», «الأمراض المزمنة»;
//   see agreesAsParticiple, round 48; a plural «فعول» or «أفعال» counts for a participle's shape
//   or a «فعيلة», «الجهود المبذولة», «الأمطار الغزيرة»: see afterFuulPlural, round 62).
//   A person's feminine «فعيلة» whose masculine has a plural «فعلاء» («أميرة», «زميلة»,
//   «نظيرة») goes to its masculine too (see personFeminine, round 65).
//   So does a woman's noun listed in PERSON_FEMININE_NOUNS whose plural in ـات goes to the
//   masculine («شابة», «جارة», «طبيبة», «عضوة»; round 66).
//   A feminine often written bare after ب is a noun of manner and keeps
//   its ة («بسهولة»; see mannerNoun). A noun in مـ that takes a possessive and whose plural in
//   ـات far outnumbers the masculine's sound plural («مؤسسة», «محاضرة»), or a masdar of form
//   III that takes one often («مشاهدة»), keeps its ة (see ownNoun).
// - وا (verbal plural): the stem must be seen as a verb («Xت») at least MIN_COUNT times, so
//   «بابوا», «كابوا» stay; a word ending in وا that the corpus does not license keeps it. One of
//   four letters is cut only as a doubled verb's plural («ظلوا», «ردوا»; see doubledPlural; where
//   the plural outnumbers the imperfect, the bare masculine stands for it: «فروا», see bareDoubled).
//   A word in ون ين that has a plural in ـات of its own («هرمونات») keeps its letters, and so
//   does a word in ون with a nisba of its own («فرعون»: «فرعوني», «الفرعونية»; OWN_NISBA_THETA).
// - ت of the perfect («قالت» → «قال»; see pastFeminine) and ون وا of the imperfect plural
//   («يتقدمون» → «يتقدم»; see imperfectPlural): only where the corpus shows the verb (a hollow
//   verb's imperfect too: «يفوز» for «فازت»; see hollowImperfect; a rare form V or VI perfect, never
//   definite, needs only its imperfect three times: «تبددت», see reflexivePerfect; a form III
//   perfect whose masculine is a noun too shows its masdar «مفاعلة»: «صادقت», see
//   formThreePerfect; an intransitive perfect whose masculine is a noun too follows «قد»,
//   «التي», «الذي»: «أثارت», «اندلعت», see particlePerfect). The ت of
//   a defective verb's perfect is replaced by its ا or ى (codes a, y: «دعت» → «دعا», «أدت» →
//   «أدى»; see defectivePerfect), besides the doubled «ظلت», «مرت» (see doubledFeminine) the only
//   decision taken on words of three letters; the ون وا
//   of a defective imperfect by its ي or و (codes i, u: «يعانون», «يرون» → «يعاني», «يرى»; see
//   defectiveImperfectPlural).
// - ي of a defective verb's jussive, dropped after «لم», «لا» («لم يأت», «لم يبق»): code j puts it
//   back where the bare word mostly follows them and its indicative is common (see defectiveJussive).
// - ت of a doubled verb's feminine perfect that also follows «لا», «لم» as an imperfect («تمت»,
//   «لا تمت بصلة»): code g takes it off after a conjunction «و», «ف» only (see negatedDoubled).
// - ا of a perfect's dual («كانا», «اتفقتا» → «كان», «اتفقت»; code t): where «Xت» is a licensed
//   perfect (see the loop before the tanween's); a defective verb's «Xيا» counts its third persons
//   «Xت», «Xوا» (codes a, y) beside «Xيت» («التقيا», «قضيا» → «التقي», «قضي»; round 82).
// - و ي of a construct plural or dual («لاعبو», «مواطني»): only where «Xون» or «Xين» is licensed
//   and the form is followed by a definite genitive (see the construct loop).
// - ه of a definite base («الحريه», «الأغنيه»): a ة written ه (code r) where «الXة» is seen
//   HEH_TEH_RATIO times as often; a root's ه is the common spelling of its word («التوجيه», round 66).
//   Also where «الXه» is never seen and «الXة» HEH_TEH_UNSEEN_MIN times; a base of three letters
//   needs HEH_TEH_SHORT_RATIO («اللغه», not «الكره», hatred; round 71).
// Every ending except وا also needs W's definite form «الW» to be seen (ARTICLE_THETA): names
// do not take the article, so «ستيفين، لوران، عرفات، صقلية» keep their letters.
// Only decisions that differ from the stemmer's default are written. Then the whole-word
// guards (code w): a word segment splits in front whose remainder is much rarer than the word,
// and a word segment splits into a base and one pronoun whose base takes no other pronoun
// (code l where the first guard meets a word whose ending was licensed: «لاجئين»).
// The guards are statistics of the corpus, no list of names: `npm run eval:stem` measures
// their effect on UD PUD, which the script never reads.
//
// Usage: npx tsx scripts/build-stem-lexicon.ts [--files 005,006,...]
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { GIVEN_NAMES } from '../src/ner/lists.js';
import { segment } from '../src/segment/segment.js';
import { isStopwordSpelling } from '../src/stem/stopwords.js';
import { SHARED_DATA, ROOT } from '../eval/_util.js';

const MIN_COUNT = 3;
const THETA = 0.3;
/** The singular of a defective participle against its oblique plural «Xين» (see code i). */
const DEFECTIVE_PARTICIPLE_THETA = 0.2;
/** The share of the singular and of the plural «Xين» of a defective participle with the article. */
const DEFECTIVE_PARTICIPLE_ARTICLE = 0.3;
const NISBA_THETA = 0.25;
/**
 * A nisba qualifies feminine nouns and the plurals of things in the feminine («السلطة
 * التشريعية», «الانتخابات التشريعية»), so its feminine may be four to seven times its masculine:
 * down to this share the masculine counts where it takes the article at least
 * NISBA_MASCULINE_ARTICLE of the time, as an adjective does (a noun in ـية whose letters without
 * ة are a name's or a verb's seldom does: «ضاحية», «تحية», «أمسية», «هاوية»), and where
 * its own plural in ـيات stays under FEMININE_PLURAL_THETA × the word (an adjective's feminine
 * plural qualifies only women; «برمجيات», «إحصائيات» show nouns).
 */
const NISBA_RARE_THETA = 0.15;
const NISBA_MASCULINE_ARTICLE = 0.3;
/**
 * feminineOnlyNisba: the least share of a word in ـية's definite forms that follow a definite word in
 * ـة or ـات or a definite broken plural, for a nisba whose masculine news hardly writes («الركلات
 * الترجيحية» 56 %, «العواصف الرعدية» 62 %, «الصفائح التكتونية» 94 %): a little above
 * FEMININE_AGREEMENT_THETA, as no masculine vouches for the nisba…
 */
const FEMININE_ONLY_NISBA_AGREEMENT = 0.55;
/** …and the least count of those definite forms (fewer are chance)… */
const FEMININE_ONLY_NISBA_MIN = 20;
/**
 * …and the share of the article its feminine must reach where its masculine takes the article
 * more often than twice that («العواصف الرعدية» beside «عواصف رعدية»: 40 %; the island «صقلية» about 5 %).
 */
const FEMININE_ONLY_NISBA_ARTICLE = 0.3;
/** unagreeingNisba: the least definite count of a word in ـية… */
const NISBA_UNAGREEING_MIN = 20;
/** …and the share of those in agreement under which it is a noun («الهدية» 0 %; «التشريعية» 86 %). */
const NISBA_UNAGREEING_SHARE = 0.02;
const VERB_THETA = 0.1;
/** An imperfect plural without its other mood: how often the other persons' prefixes must show its body (see imperfectPlural). */
const PARADIGM_MIN = 3;
/** «تX» seen at least this share of «يX» where the perfect plural stands for the other mood (see imperfectPlural). */
const VERB_PERSON_SHARE = 0.05;
/** …and, for «يXون» seen with one perfect plural, at most this multiple of «يX». */
const VERB_PERSON_MAX = 20;
// A defective imperfect plural whose singular in ي is at least this many times as common needs no
// other mood (see defectiveImperfectPlural).
const SINGULAR_DOMINANT = 2;
const WHOLE_MIN_COUNT = 5;
const WHOLE_RATIO = 0.25;
/** How often a remainder must be seen with the article to count as a common noun (see the whole-word guard). */
const WHOLE_DEFINITE_MIN = 50;
/**
 * Endings that show a remainder inflecting as a verb (ت وا) or taking an object pronoun (ه ها;
 * not هم: «يساهم» is a verb of its own, no sign that «كيسا» is ك + «يسا»).
 */
const INFLECTED_ENDINGS = ['\u062A', '\u0648\u0627', '\u0647', '\u0647\u0627'];
/** A remainder seen with those endings this often (× the word) is no name's tail. */
const INFLECTED_THETA = 0.05;
/** «كX» seen with the article, or in ـت with its imperfect, this often (× the word) keeps its ك (see kafOwnForms). */
const KAF_OWN_THETA = 0.1;
const SIBLING_THETA = 0.05;
/** The perfect in ـت: how often its imperfect («يرتفع») must be seen (× the word)… */
const PAST_IMPERFECT_THETA = 0.05;
/** …and × its masculine («أنا» 1 %, «أما» 1 % against «أضاف» 3 %). */
const PAST_IMPERFECT_SHARE = 0.02;
/** …and at least this often: a name's tail meets a prefix by chance a few times («مون» / «يمون»). */
const PAST_IMPERFECT_MIN = 10;
/** reflexivePerfect: how often the imperfect of a rare form V or VI perfect must be seen. */
const REFLEXIVE_IMPERFECT_MIN = 3;
/** pastFeminine: a «Xي» commoner than X is a nisba, no defective masculine, where «Xية» is seen this often (× «Xي»). */
const NISBA_FEMININE_SHARE = 0.5;
/** particlePerfect: how often the bare word must follow «قد», «لقد», «التي», «الذي» (× its surface count). */
const PARTICLE_PERFECT_SHARE = 0.1;
/** formThreePerfect: how often the masdar «مفاعلة» of a form III perfect must be seen (× the word). */
const FORM_THREE_MASDAR_THETA = 0.5;
/** The perfect in ـت: how often it or its masculine must carry an object pronoun (× the word). */
const PAST_OBJECT_THETA = 0.01;
/** The perfect in ـت: how often it carries an object pronoun itself («نقلتها»; × the word)… */
const PAST_OWN_OBJECT_THETA = 0.02;
/** …and follows و or ف (× the word). */
const PAST_OWN_NARRATIVE_THETA = 0.1;
/** The perfect in ـت without an imperfect to show: how often it follows و or ف (× the word). */
const PAST_NARRATIVE_THETA = 0.2;
/** formOneWithMasdar: the masculine seen with the article under this share (a noun first above: «الحكم» 57 %)… */
const FORM_ONE_ARTICLE_SHARE = 0.3;
/** …its object pronouns (× the word)… */
const FORM_ONE_OBJECT_THETA = 0.05;
/** …and its narrative و / ف (× the word). */
const FORM_ONE_NARRATIVE_THETA = 0.15;
/** A masculine in ـا written with a tanween this often (× its count) is an accusative («تقريباً»), no verb. */
const PAST_TANWEEN_THETA = 0.01;
/**
 * defectivePerfect: the share of its masculine with the article above which it is a noun (a
 * masdar may share the verb's letters: «السعي» 33 % of «سعى»)…
 */
const DEFECTIVE_ARTICLE_SHARE = 0.5;
/** …and how often its plural «دعوا», «جروا» must be seen (× the word; rare in news). */
const DEFECTIVE_PLURAL_THETA = 0.005;
/** defectiveJussive: the least share of the word after «لا», «لم»… */
const JUSSIVE_NEGATION_SHARE = 0.75;
/** …and how often its indicative «Xي» must be seen (× the word). */
const JUSSIVE_INDICATIVE_THETA = 0.3;
/** …seen JUSSIVE_OTHER_SHARE × that as «Xو», the word may as well be of «يدعو», «تخلو» («لم يدع», left, is of «يدع»)… */
const JUSSIVE_OTHER_SHARE = 0.1;
/** …or JUSSIVE_HOLLOW_SHARE × that as a hollow indicative («يضيف» beside «يضف»; see defectiveJussive). */
const JUSSIVE_HOLLOW_SHARE = 0.4;
/** …or, where X is a function word («هو» of «هوت»), how often its imperfect must be seen instead (× the word). */
const FUNCTION_DEFECTIVE_IMPERFECT_SHARE = 0.5;
/**
 * …and under this share written with a tanween: a verb's plural never is, so the marked ones are
 * a noun's accusative, which a share this high shows to be most of the form («عفوا» 33 %,
 * «نموا» 44 %; «بدوا» 15 %, «غزوا» 11 %).
 */
const DEFECTIVE_PLURAL_TANWEEN = 0.2;
/** pastFeminine: a masculine seen under THETA × the word is enough down to this share… */
const RARE_MASCULINE_THETA = 0.1;
/** …where the imperfect is seen this often (× the word): «اندلعت», «يندلع». */
const RARE_MASCULINE_IMPERFECT = 0.05;
const MASCULINE_THETA = 0.3;
/** personFeminine: the least count of a masculine «فعيل»'s plural «فعلاء» (a person's). */
const PERSON_PLURAL_MIN = 5;
/** The least ratio of «الXة» to «الXه» for the ه to be a ة written ه (code r, round 66). */
const HEH_TEH_RATIO = 5;
/** The least count of a «الXة» whose «الXه» is never seen for «Xه» to be marked all the same (code r, round 71). */
const HEH_TEH_UNSEEN_MIN = 20;
/**
 * HEH_TEH_RATIO for a base of three letters (round 71): such an «Xه» is more often a noun of its
 * own beside the feminine («الكره», hatred, beside «الكرة», the ball; «الأمه»), kept unless
 * «الXة» is this many times as common («اللغه», «المره», «السنه»).
 */
const HEH_TEH_SHORT_RATIO = 100;
/** defectiveNounPlural: the least share of the singular «Xي» seen with the article (a noun's). */
const DEFECTIVE_NOUN_ARTICLE_SHARE = 0.1;
/**
 * …or only this share for a participle in مـ whose feminine brokenPluralAdjective shows to be an
 * adjective: a participle qualifies things, mostly feminine plurals in news («أبواب مفتوحة»,
 * «خيارات متاحة»), so its masculine is the rarer form, and the nouns in مـ that share its shape
 * («مدرسة», «منظمة») take possessives or a plural in ـات, which that test refuses.
 */
const PARTICIPLE_MASCULINE_THETA = 0.1;
/**
 * adjectiveContext: the most its masculine may be seen (× the feminine); an adjective's two
 * genders are seen within a few times of each other («سهل» 2.8 × «سهلة», «حاد» 0.6 ×).
 */
const GRADED_MASCULINE_MAX = 4;
/** mannerNoun: the least share of a feminine's occurrences written «بX» without the article. */
const MANNER_NOUN_THETA = 0.1;
/** Share of a feminine's definite forms after «هذه», «تلك» that makes it a noun (see demonstrativeNoun). */
const DEMONSTRATIVE_NOUN_THETA = 0.2;
/** doubledPlural: how often the imperfect «يX» must be seen (× the plural)… */
const DOUBLED_IMPERFECT_THETA = 1;
/** …and at least… */
const DOUBLED_IMPERFECT_MIN = 20;
/** …while a defective imperfect «يXي», «يXو» is seen under this share of it. */
const DOUBLED_DEFECTIVE_SHARE = 0.2;
/**
 * bareDoubled: how often a doubled verb's masculine «X» may be seen with the article «الX» (× its
 * bare count) where it stands for the imperfect «يX» (round 83: «فر» 305 bare, «الفر» 8).
 */
const DOUBLED_BARE_ARTICLE_SHARE = 0.1;
/**
 * …and the least share of the feminine seen graded or in a frame of manner: an adjective is,
 * about once in 90 occurrences («هامة» 1.2 %, «جيدة» 7.8 %); a name or a noun it shares its
 * letters with makes the share fall («طيبة» 0.6 %, a city's name; «جادة» 1.0 %, an avenue).
 */
const GRADED_THETA = 0.011;
/**
 * A word in ون whose nisba «Xوني», «Xونية» is seen this often (× the word, and MIN_COUNT times)
 * is a singular of its own: a sound plural takes no nisba, while «فرعون», «جنون», «سكون»,
 * «غابون», «مارون» do («فرعوني», «فرعونية» 61 % of «فرعون», «جنوني», «جنونية» 32 % of «جنون»; a
 * plural's stray nisba stays far under it: «عاملون» 3 %).
 */
const OWN_NISBA_THETA = 0.1;
/** A feminine in ـة whose own plural in ـات is seen this often (× the word) is a noun. */
const FEMININE_PLURAL_THETA = 0.05;
/**
 * A base «Xيا» with the written tanween is the accusative of the nisba «Xي» («أمريكياً»,
 * «تقليدياً») only at this length at least: a shorter one is as often a name («صبيا», a Saudi
 * town beside «صبيّاً»; «رايا», «نايا»). See the tanween loop.
 */
const NISBA_TANWEEN_MIN_LENGTH = 5;
/**
 * ownNoun: how many times its plural in ـات must outnumber the masculine's sound plural
 * («مؤسسات» 16 × «مؤسسين», «محاضرات» 24 ×); a noun that is also a woman's noun falls below
 * («منافسات» 5 ×: «منافستها» is her rival as often as her competition).
 */
const OWN_PLURAL_RATIO = 10;
/**
 * ownNoun: the least share of a feminine of the shape «مفاعلة» written with a possessive pronoun
 * for it to be the masdar («مشاهدتها» 13 % of «مشاهدة»; a woman's noun: «مرشحتها» 0.5 %,
 * «ممثلتها» 0.1 %; between them the words that are both, «مطالبة» 6 %, «مواطنة» 9 %).
 */
const MASDAR_POSSESSED_THETA = 0.1;
/** A word seen with the article at least this share of the time is no adjective (see brokenPluralAdjective). */
const DEFINITE_ONLY_SHARE = 0.9;
/** accusativeAdjective: the least count of the feminine (a noun shows a possessive about once in 1 / POSSESSED_THETA)… */
const ADJECTIVE_MIN = 50;
/** …the share of its masculine written as an indefinite accusative «Xا» («قويا» 14 %, «مذبحا» 4 %)… */
const ACCUSATIVE_ADJECTIVE_THETA = 0.05;
/** …and the share of the feminine with the article under which it is a name («نادية» 0 %, «طفيفة» 10 %). */
const NAME_DEFINITE_SHARE = 0.05;
/**
 * agreesAsFeminine: the least share of a feminine's definite occurrences that follow a definite
 * word in ـة or ـات (an adjective's: «الأخيرة» 58 %, «المتحدة» 78 %; a noun's, in apposition or
 * after a phrase's end: «الجمعة» 3 %, «القائمة», a list or standing, 21 %).
 */
const FEMININE_AGREEMENT_THETA = 0.5;
/**
 * participleNounPlural: the least share of the feminine's definite forms in agreement («المخدرة»
 * 20 %, «المحروقة» 10 %; the nouns «المستوطنة», «المعلومة» far less)…
 */
const PARTICIPLE_NOUN_AGREEMENT = 0.1;
/** …and how many times the feminine the plural in ـات is seen at least («مخدرات» 5 ×, «منجزات» 4 ×, «محروقات» 6 ×). */
const PARTICIPLE_NOUN_PLURAL_RATIO = 2;
/**
 * agreeingFeminine: the least share of a feminine's definite occurrences that follow a definite
 * broken plural for those to count as agreement («النائية» 49 %, «الفاخرة» 23 %, «المقدسة» 21 %;
 * the nouns «البحرية» 10 %, «المضيفة» 6 %, «العقلية» 5 %).
 */
const BROKEN_PLURAL_AGREEMENT_SHARE = 0.15;
/**
 * agreesAsParticiple: the least share of a feminine's definite occurrences that follow a definite
 * word in ـة or ـات or a definite broken plural, where the feminine takes neither a possessive
 * nor a plural in ـات of its own («الزائفة» 44 %, «المزمنة» 46 %, «الناشئة» 49 %, «المهددة»
 * 41 %; an adjective stands as often after a plural «أفعال» or «فعول», «الأخبار الزائفة»,
 * «الأمراض المزمنة», which isDefiniteBrokenPlural does not count).
 */
const LOOSE_AGREEMENT_THETA = 0.3;
/**
 * …and the least count of those definite occurrences: fewer are chance («الحنيفة» 4 times beside
 * the name «أبو حنيفة», «الأثيرة» 6 times beside «الأثير»).
 */
const LOOSE_AGREEMENT_MIN = 10;
/**
 * …and the least share of the article a feminine of four letters takes for it («السامة» 56 %,
 * «الملحة» 45 %; the names «طيبة» 23 %, «آمنة» 23 %).
 */
const SHORT_FEMININE_ARTICLE_SHARE = 0.3;
/** shortAgreement: the most share of a bare feminine of four letters seen before a definite word (a construct's head). */
const SHORT_CONSTRUCT_SHARE = 0.1;
/** agreesAsNisba: the most possessive pronouns (× the word) a nisba in ـية that is a noun too may take. */
const NISBA_AGREEMENT_POSSESSED = 0.025;
/** agreesAsNisba: the most plurals in ـيات (× the word) a nisba that agrees often may have (nisbaPluralAllowed). */
const NISBA_OWN_PLURAL_THETA = 0.1;
/** agreesAsNisba: the least share of its definite forms a nisba with a plural in ـيات of its own must agree in. */
const NISBA_PLURAL_AGREEMENT = 0.6;
/**
 * agreesAsFeminine: the most possessive pronouns (× the word, and at least POSSESSED_MIN) a
 * feminine in agreement may take: its letters are a verb's with an object now and then
 * («لازمته», it stayed with him: 1.3 % of «لازمة»; «خاصته», his own, 0.3 % of «خاصة»); a noun
 * of its own takes one far more often («مقدمته» 22 % of «مقدمة», «مواكبته» 6 %).
 */
const FEMININE_AGREEMENT_POSSESSED = 0.025;
/** A construct «Xو» / «Xي» is seen with the article at most this share of the time (see the construct loop). */
const CONSTRUCT_ARTICLE_SHARE = 0.05;
/** …and its plural or dual with the article at least this share: a name's («بابلو») and a verb's («يعادون») hardly ever. */
const CONSTRUCT_PLURAL_ARTICLE = 0.1;
/** …and followed by a word with the article at least this share of the time, with a pronoun seen… */
const CONSTRUCT_GENITIVE = 0.1;
/** …or at least this share without one. */
const CONSTRUCT_GENITIVE_SURE = 0.3;
/**
 * Share of a base «Xي» of four letters that must be seen before a pronoun for its ي to be a dual's
 * construct (with «Xين» licensed): «عينيه», «قدميه», «طفليه» are half or more of «عيني», «قدمي»,
 * «طفلي»; the nisbas «ماضيه», «دوريه» are under 1 % of «ماضي», «دوري».
 */
const DUAL_PRONOUN_THETA = 0.1;
/** The units whose ون / ين form is a ten (عشرون … تسعون), folded as the stemmer folds (ا for أ). */
const TENS_UNITS = new Set(['\u0639\u0634\u0631', '\u062B\u0644\u0627\u062B', '\u0627\u0631\u0628\u0639', '\u062E\u0645\u0633', '\u0633\u062A', '\u0633\u0628\u0639', '\u062B\u0645\u0627\u0646', '\u062A\u0633\u0639']);
/** «عشرات» (tens of), the plural of «عشرة»: its stem is the unit's «عشر» (round 104). */
const TENS_PLURAL = '\u0639\u0634\u0631\u0627\u062A';
/**
 * A base «Xا» that follows a number (digits, a ten «عشرين» … «تسعين», or the «عشر», «عشرة» of
 * 11–19) at least this share of its count is a counted noun's accusative, the tamyiz of 11–99
 * («20 دينارا», «خمسين ميلا»; see the counted-noun loop, round 103): a name or a verb in ـا
 * seldom follows a number («2015 روما»).
 */
const AFTER_NUMBER_SHARE = 0.25;
/**
 * …where X takes the article at least this share of its own count: the number «ألف» (4 %), whose
 * «ألفا» after a number is a thousand but elsewhere the Greek letter (Alfa Romeo, «جسيمات ألفا»),
 * is no counted noun; a unit seen mostly in a count still passes («دينار» 14 %, «ميل» 7 %).
 */
const AFTER_NUMBER_DEFINITE_SHARE = 0.05;
/**
 * …and, where «Xا» is never written with the tanween, X takes the article this often at least:
 * the prefix «ميغا» (mega, «ميغا واط»), never marked, would meet the MiG «ميغ» (6 times definite).
 */
const AFTER_NUMBER_UNMARKED_DEFINITE = 20;
/** The stems of the number two, masculine and feminine (اثن, اثنت): see the dual rule. */
const TWO = new Set(['\u0627\u062B\u0646', '\u0627\u062B\u0646\u062A']);
const ARTICLE_THETA = 0.02;
const NISBA_ARTICLE_RATIO = 0.5;
/**
 * nisbaArticleShare: a bare «X» whose «الX» is seen under this share of it is no word of its own
 * but the indefinite masculine of a defective participle «Xي», written without its ي («قاسٍ»).
 */
const DEFECTIVE_BARE_ARTICLE = 0.05;
/** A dual in ان must show its oblique ين at least this often (a name in ان does not: «دوران», «إيوان»). */
const DUAL_SIBLING_THETA = 0.2;
/** A word in ـية seen with a possessive pronoun this often (and at least POSSESSED_MIN times) is a noun. */
const POSSESSED_MIN = 5;
const POSSESSED_THETA = 0.002;
/** formOneParticipleOblique: the singular «فاعل» seen this share of its oblique plural at least. */
const FORM_ONE_PARTICIPLE_THETA = 0.1;
/**
 * shortParticipleOblique: the oblique plural «مفعلين», «مفعّلين», «منفعّين» of six letters seen with
 * the article at least this share of its bare and definite uses (round 93): a plural of persons
 * takes it as a noun («المهنئين», «المعوزين», «المندسين»), a place or a surname seldom does
 * («مدنين», «مرسين», «محمدين»).
 */
const SHORT_PARTICIPLE_ARTICLE_SHARE = 0.3;
// The singular, feminine and nominative plural of a participle in مـ together, against its oblique
// plural, where the singular alone is under THETA (see participleOblique).
const PARTICIPLE_PARADIGM_THETA = 0.2;
/** commonDual: X takes the tanween «Xا» this share of its own count at least, where «Xان» is unseen (see takesTanween). */
const DUAL_TANWEEN_SHARE = 0.02;
/** commonDual: the singular of a dual in ـين seen this many times the dual… */
const DUAL_SINGULAR_RATIO = 5;
/** …taking the article at least this share (a masculine X; a feminine Xة is a noun)… */
const DUAL_SINGULAR_ARTICLE = 0.1;
/** …and the dual definite under this share, */
const DUAL_DEFINITE_MAX = 0.9;
/**
 * …unless the singular is seen this many times the dual: a place that is always definite
 * («البحرين», «القصرين») is a name of its own, seen about as often as its «singular», while a
 * common noun's dual is a small share of its singular's use («القطاعين» beside «قطاع»).
 */
const DUAL_COMMON_SINGULAR_RATIO = 20;
/**
 * An oblique dual seen without the article (see tanweenDual) where its singular is seen this many
 * times as often: a name in ـين beside a word X («بولين», «دارين», «جافين») is seen more often
 * against X than a measure or a count («دولارين», «تعادلين»).
 */
const DUAL_BARE_SINGULAR_RATIO = 50;
/**
 * A dual seen this often whose singular is DUAL_COMMON_SINGULAR_RATIO times as common needs neither
 * its nominative nor the singular's tanween (a set phrase: «الصعيدين»; see commonBareDual).
 */
const DUAL_SET_MIN = 20;
/** A feminine dual the main rule leaves whole meets a singular «Xة» seen this often at least (see rareFeminineDuals). */
const RARE_FEMININE_DUAL_SINGULAR = 30;
/**
 * A singular «Xة» of a feminine dual that takes the article under DUAL_SINGULAR_ARTICLE is still a
 * common noun where its plural «Xات» is seen this share of its own count at least (and MIN_COUNT
 * times): news writes «تمريرة حاسمة», «ركلة جزاء», «تغريدة له» bare, but «تمريرات», «ركلات»,
 * «تغريدات» show a noun (round 94; see feminineNoun). A name's «Xة» has no such plural.
 */
const FEMININE_DUAL_PLURAL_SHARE = 0.1;
/** A second person's imperfect plural «تXون» may be seen this share of the third person's «يXون» at most. */
const SECOND_PERSON_SHARE = 0.5;
/** …or its definite form this often (× its count) after another definite word in ـين: an adjective in agreement. */
const DUAL_AGREEMENT_THETA = 0.5;
/** A plural in ـات whose bare X (commoner than Xة) takes the article under this share is a verb's shape… */
const BARE_VERB_ARTICLE_SHARE = 0.05;
/** …and restores ة where Xة is seen this often («إشارات» → «إشارة»)… */
const FEMININE_PLURAL_MIN = 10;
/** …and «الXة» this many times «الX» (a noun X of its own, «البدل» in «بدلات», keeps X). */
const ARTICLE_FEMININE_RATIO = 2;
/** A bare «مفاعل» that takes the tanween «مفاعلا» at most this often is a broken plural, a diptote (see form3Masdar). */
const DIPTOTE_SHARE = 0.02;
/** A broken plural «أفعال» seen this many times shows a bare «فعل» noun of its own (see instanceNounPlural). */
const BROKEN_PLURAL_MIN = 10;
/**
 * …but a rarer «أفعال» may be the form IV masdar «إفعال» («إبدال» beside «بدل», whose plural
 * «بدلات», allowances, is its own): below this count «Xة» must be seen RARE_BROKEN_FEMININE_SHARE × X.
 */
const BROKEN_PLURAL_SURE = 30;
const RARE_BROKEN_FEMININE_SHARE = 0.2;
/** A singular in ـا that takes the article this often is a loanword whose plural is ـات («أوبرا»). */
const ALEF_SINGULAR_ARTICLE = 0.1;
/**
 * maddaPlural: the least share of a plural's occurrences that write its ات with a madda, آت
 * (the hamza of a singular in ـأة: «منشآت», «مفاجآت», «مكافآت»); a plural in ـات of another noun
 * never does («صلات» of «صلة», not of «صلاة»).
 */
const MADDA_PLURAL_SHARE = 0.5;
/**
 * particlePerfect: the least share of a word's occurrences in ـات that write أت, the hamza of a verb
 * in ـأ («نشأت», «طرأت»), before particlePerfect reads it as a perfect (round 78).
 */
const HAMZA_PERFECT_SHARE = 0.5;
/**
 * A base in ـا whose occurrences carry a written accusative tanween («عاماً») at least this
 * often is an indefinite accusative when unmarked too («عاما» → «عام»); a name in ـا is
 * almost never marked («روسياً» is 0.6 % of «روسيا»; «عاماً» 18 % of «عاما»).
 */
const TANWEEN_THETA = 0.05;
/** A base in ـا written with أ this often (× its count) is a verb in ـأ («اقرأ»), no perfect dual. */
const DUAL_HAMZA_THETA = 0.1;
/** A base in ـا seen with the article or a pronoun this often (× its count, and at least once) is no accusative. */
const TANWEEN_ARTICLE_THETA = 0.002;
/**
 * A base «Xا» whose X is a common noun or adjective (segment reads «الX» at least
 * TANWEEN_NOUN_DEFINITE × count(Xا) times, and at least WHOLE_DEFINITE_MIN) and that is written
 * with the tanween at least this often (× its count) is an accusative even where a few of its
 * forms take the article or a pronoun: those are misspellings or other words («الأمرا» for
 * «الأمراء»), under TANWEEN_NOUN_OTHER × its count.
 */
const TANWEEN_NOUN_THETA = 0.15;
/**
 * …or this often for a base of four letters: a short «Xا» is more often another word too (the
 * verb «حدا» beside «حداً», the names «بيتا», «مارا»)…
 */
const TANWEEN_SHORT_NOUN_THETA = 0.25;
/** …how often «الX» must be seen (× the count of «Xا»)… */
const TANWEEN_NOUN_DEFINITE = 0.3;
/**
 * …and as this share of X's own count at least: a word seen mostly in a construct or as a count
 * («رأس» 12 %, «ألف» 4 % against «أمر» 62 %, «كتاب» 38 %) gives too little evidence, and the
 * names «رأسا», «ألفا» share its letters…
 */
const TANWEEN_NOUN_DEFINITE_SHARE = 0.15;
/** …and the share of «Xا» with the article or a pronoun it tolerates («عليا», «جغرافيا» 50 % and more). */
const TANWEEN_NOUN_OTHER = 0.05;
/** «ـي» is a pronoun only on a base seen with the other pronouns at least this often (× the word). */
const OTHER_PRONOUN_THETA = 0.1;
/** Other pronouns: the base of a name takes the article less often than this share. */
const NAME_ARTICLE_SHARE = 0.02;
const POSSESSIVES = ['\u0647', '\u0647\u0627', '\u0647\u0645', '\u0647\u0645\u0627', '\u0643', '\u0643\u0645', '\u0646\u0627'];
/** How often the surface shows `w` with a pronoun (ة written ت before it): «جمهوريتها», «أصحابه». */
function possessed(w: string): number {
  const stem = w.endsWith('\u0629') ? w.slice(0, -1) + '\u062A' : w;
  let n = 0;
  for (const p of POSSESSIVES) n += surface.get(stem + p) ?? 0;
  return n;
}

const fileArg = process.argv.indexOf('--files');
const FILES = (fileArg !== -1 ? process.argv[fileArg + 1]!.split(',') : ['005', '006', '007', '008', '009', '011', '012', '013', '014', '015']).map(
  (n) => join(SHARED_DATA, 'unlabeled', `news-${n}.txt.gz`),
);

const isLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a && c !== 0x0640;
const isMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;

function fold(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isMark(c)) continue;
    if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) out += '\u0627';
    else if (c === 0x0649) out += '\u064A';
    else out += word[i];
  }
  return out;
}

const baseOf = new Map<string, string>();
const counts = new Map<string, number>();
/** Folded bases and how often segment read them with the article and no pronoun («الكتاب», «والكتاب»). */
const definite = new Map<string, number>();
/** The surface words (as written) that segment reads as article + base without a pronoun, among those in baseOf. */
const definiteWords = new Set<string>();
/** Folded bases in ـا and how often their word carried a written tanween (U+064B FATHATAN). */
const tanween = new Map<string, number>();
/** Folded bases in ـا and how often their word wrote that alef with a hamza, أ («اقرأ», «أنشأ»). */
const hamzaAlef = new Map<string, number>();
/** Folded bases in ـات and how often their word wrote the alef before that ت with a madda, آت («منشآت», «مفاجآتها»). */
const maddaTeh = new Map<string, number>();
/** Folded bases in ـات and how often their word wrote the alef before that ت with a hamza, أت («نشأت», «طرأت»: a perfect of a verb in ـأ). */
const hamzaTeh = new Map<string, number>();
/**
 * Folded bases in ـي and how often their word was written with a final ى (marks aside): the
 * plural «فعالى» («صحارى», «النصارى», «فتاوى», «رشاوى»), whose indefinite keeps its alef, so
 * that a bare «صحار», «نصار» is another word (Sohar, the name Nassar; see defectiveBrokenPlural).
 */
const maksuraEnd = new Map<string, number>();
/** True when `word`, marks aside, ends in ى (U+0649 ALEF MAKSURA). */
function endsInMaksura(word: string): boolean {
  let i = word.length - 1;
  while (i >= 0 && isMark(word.charCodeAt(i))) i--;
  return i >= 0 && word.charCodeAt(i) === 0x0649;
}
/** True when `word`, marks aside, ends in أ. */
function endsInHamzaAlef(word: string): boolean {
  let i = word.length - 1;
  while (i >= 0 && isMark(word.charCodeAt(i))) i--;
  return i >= 0 && word.charCodeAt(i) === 0x0623;
}
/** True when `word` ends in an alef with U+064B FATHATAN on it or on the letter before it. */
function hasTanweenAlef(word: string): boolean {
  let i = word.length - 1;
  let fathatan = false;
  while (i >= 0 && isMark(word.charCodeAt(i))) {
    if (word.charCodeAt(i) === 0x064b) fathatan = true;
    i--;
  }
  if (i < 1 || word.charCodeAt(i) !== 0x0627) return false;
  return fathatan || word.charCodeAt(i - 1) === 0x064b;
}
/**
 * Words after which a degree word stands («حادة جدا», «هامة للغاية») or that follow an
 * adverbial frame of manner («بصورة جادة», «بطريقة نشطة»): only an adjective is graded or
 * describes a manner so; a noun in ـة («مادة», «ساعة», «حزمة») never stands there.
 * Folded surface words (as the stemmer folds them) and how often they were seen so.
 */
const gradedAs = new Map<string, number>();
/**
 * Folded surface word in ـو, ـي or ـة → how often the next word carries the article: a
 * construct's head (see the construct loop; for ـة, «جادة الشانزليزيه», an avenue, see
 * shortAgreement).
 */
const beforeDefinite = new Map<string, number>();
/**
 * Folded base in ـين → how often its definite form follows another definite word in ـين: an
 * adjective agreeing with a definite dual («الحرمين الشريفين», «البلدين الشقيقين»), which a
 * place that is always definite («البحرين») does not do (see commonDual).
 */
const afterDefiniteDual = new Map<string, number>();
/**
 * Folded base in ـة → how often its definite form «الXة» follows another definite word that
 * ends in ـة or ـات: an adjective agreeing with its noun («الفترة الأخيرة», «الولايات
 * المتحدة», «العبوات الناسفة»). A noun in ـة stands there only in apposition; a construct's
 * head takes no article, so «وزارة الصحة» does not count (see agreesAsFeminine).
 */
const afterDefiniteFeminine = new Map<string, number>();
/**
 * Folded base in ـة → how often its definite form follows a definite broken plural of things
 * («الفنادق الفاخرة», «المناطق النائية»; see isDefiniteBrokenPlural), which takes its
 * adjective in the feminine singular as a plural in ـات does (round 47; see agreesAsFeminine).
 */
const afterBrokenPlural = new Map<string, number>();
/**
 * Folded base in ـية → how often its definite form «الXية» follows a ministry or its minister
 * («وزارة الخارجية», «وزير الداخلية», «لوزير المالية»): the ministry is named by the nisba of
 * an elided noun (وزارة الشؤون الخارجية), an adjective though no definite noun precedes it
 * (see agreesAsNisba).
 */
/**
 * How often the definite feminine «الX» (keyed by «X») follows the demonstrative «هذه» or «تلك»
 * (round 53): a noun's place («هذه الظاهرة», «تلك الحادثة»). An adjective stands there only as a
 * noun by ellipsis, now and then («هذه الأخيرة», the latter): see demonstrativeNoun.
 */
const afterDemonstrative = new Map<string, number>();
/** هذه, تلك (folded). */
const DEMONSTRATIVES = new Set(['\u0647\u0630\u0647', '\u062A\u0644\u0643']);
const afterMinistry = new Map<string, number>();
/** وزير, وزيرة, وزارة, وزراء (folded), alone or behind one of the proclitics و ف ل ب. */
const MINISTRY_HEADS = new Set(['\u0648\u0632\u064A\u0631', '\u0648\u0632\u064A\u0631\u0629', '\u0648\u0632\u0627\u0631\u0629', '\u0648\u0632\u0631\u0627\u0621']);
function isMinistryHead(w: string): boolean {
  if (MINISTRY_HEADS.has(w)) return true;
  const first = w.charCodeAt(0);
  return (first === 0x0648 || first === 0x0641 || first === 0x0644 || first === 0x0628) && MINISTRY_HEADS.has(w.slice(1));
}
/** True when the folded `w` carries the article, alone or behind one proclitic («الفترة», «للفترة», «بالفترة»). */
function isDefiniteSurface(w: string): boolean {
  if (w.startsWith('\u0627\u0644')) return true;
  const first = w.charCodeAt(0);
  if (first === 0x0644 && w.charCodeAt(1) === 0x0644) return true; // لل
  return (first === 0x0648 || first === 0x0641 || first === 0x0628 || first === 0x0643) && w.startsWith('\u0627\u0644', 1);
}
/** True when the folded `w` is a definite feminine or plural in ـة or ـات (see afterDefiniteFeminine). */
function isDefiniteFeminine(w: string): boolean {
  return w.length >= 5 && isDefiniteSurface(w) && (w.endsWith('\u0629') || w.endsWith('\u0627\u062A'));
}
/**
 * True when the folded `w` is a definite broken plural of the shapes «مفاعل» / «فعالل» or
 * «مفاعيل» / «فعاليل» («الفنادق», «المناطق», «المشاريع», after a proclitic too), or (round 60)
 * «فعال» («الشعاب», «المياه», «البلاد»; not in ـاء or ـان, mostly singulars: «السماء», «الزمان»):
 * a plural of things, which takes its adjective in the feminine singular («الفنادق الفاخرة»,
 * «المناطق النائية», «الشعاب المرجانية», «المياه الجوفية»; round 47). A singular of five letters with ا third is the masdar of form VI
 * («التعاون», «التحالف»), so that shape beginning with ت does not count; nor does a word in
 * ـة, ـات, ـون, ـين or ـان.
 */
function isDefiniteBrokenPlural(w: string): boolean {
  if (!isDefiniteSurface(w)) return false;
  // (After «لل» the article's alef is gone: «للفنادق».)
  const b = w.charCodeAt(0) === 0x0644 && w.charCodeAt(1) === 0x0644 ? w.slice(2) : w.slice(w.indexOf('\u0627\u0644') + 2);
  if (b.charCodeAt(2) !== 0x0627) return false;
  if (b.length === 4) return b.charCodeAt(0) !== 0x0627 && b.charCodeAt(3) !== 0x0621 && b.charCodeAt(3) !== 0x0646;
  if (b.length === 5) {
    if (b.charCodeAt(0) === 0x062a) return false;
    const last = b.charCodeAt(4);
    return last !== 0x0629 && !b.endsWith('\u0627\u062A') && !b.endsWith('\u0648\u0646') && !b.endsWith('\u064A\u0646') && !b.endsWith('\u0627\u0646');
  }
  return b.length === 6 && b.charCodeAt(4) === 0x064a && b.charCodeAt(5) !== 0x0629 && b.charCodeAt(5) !== 0x0646;
}
/**
 * True when the folded `w` is a definite plural of the shapes «فعول» or «أفعال» («الجهود»,
 * «الأمور», «الأخبار», «الأمراض», after a proclitic too), which isDefiniteBrokenPlural leaves out
 * (a masdar «الوصول», «الإعلام» has those shapes as well): counted apart, in afterFuulPlural, for
 * the loose agreement of a participle and of a nisba alone (round 62: «الجهود المبذولة», «الرسوم
 * الجمركية»; see agreesAsParticiple, looseNisba). Not in ـة, ـان or ـات.
 */
function isDefiniteFuulPlural(w: string): boolean {
  if (!isDefiniteSurface(w)) return false;
  const b = w.charCodeAt(0) === 0x0644 && w.charCodeAt(1) === 0x0644 ? w.slice(2) : w.slice(w.indexOf('\u0627\u0644') + 2);
  const last = b.charCodeAt(b.length - 1);
  if (last === 0x0629 || last === 0x0646 || last === 0x062a) return false;
  return (b.length === 4 && b.charCodeAt(2) === 0x0648) || (b.length === 5 && b.charCodeAt(0) === 0x0627 && b.charCodeAt(3) === 0x0627);
}
/** Folded base in ـة → how often its definite form follows a definite plural «فعول» or «أفعال» (see isDefiniteFuulPlural). */
const afterFuulPlural = new Map<string, number>();
/** جدا, للغاية (folded: «جداً» → «جدا»). */
const DEGREE_AFTER = new Set(['\u062C\u062F\u0627', '\u0644\u0644\u063A\u0627\u064A\u0629']);
/** بصورة, بطريقة. */
const MANNER_BEFORE = new Set(['\u0628\u0635\u0648\u0631\u0629', '\u0628\u0637\u0631\u064A\u0642\u0629']);
/** قد, لقد, وقد, فقد, التي, الذي: a perfect follows them, a name seldom does (see particlePerfect). */
const PERFECT_PARTICLES = new Set(['\u0642\u062F', '\u0644\u0642\u062F', '\u0648\u0642\u062F', '\u0641\u0642\u062F', '\u0627\u0644\u062A\u064A', '\u0627\u0644\u0630\u064A']);
/** Folded surface word → how often it follows one of PERFECT_PARTICLES. */
const afterParticle = new Map<string, number>();
/** لا, لم (also after و ف): an imperfect or a jussive follows them, not a perfect (see doubledFeminine). */
const NEGATIONS = new Set(['\u0644\u0627', '\u0644\u0645', '\u0648\u0644\u0627', '\u0648\u0644\u0645', '\u0641\u0644\u0627', '\u0641\u0644\u0645']);
/** Folded surface word → how often it follows one of NEGATIONS. */
const afterNegation = new Map<string, number>();
/**
 * Folded surface word «الX» → how often it follows «عبد»: the name of God in a theophoric name
 * («عبد العال», «عبد الباقي», «عبد الهادي»), no definite use of the word X (see
 * defectiveActiveParticiple).
 */
const afterAbd = new Map<string, number>();
/** Folded surface words and their counts, for the whole-word guard. */
const surface = new Map<string, number>();
/** Folded surface word → folded surface without its proclitics (only for words segment splits in front). */
const remainderOf = new Map<string, string>();
/** Folded surface word → folded base, for words segment splits in front and behind a pronoun of 2+ letters. */
const pronounBaseOf = new Map<string, string>();
/** Folded surface words and how often they follow a number (see AFTER_NUMBER_SHARE and isNumberBefore). */
const afterNumber = new Map<string, number>();
/** Folded surface word → [folded base, pronoun] (only for words segment splits behind alone). */
const pronounOf = new Map<string, [string, string]>();
let words = 0;

/** True when the folded `w` is «الXين» with X of at least three letters. */
function isDefiniteOblique(w: string): boolean {
  return w.length >= 7 && w.startsWith('\u0627\u0644') && w.endsWith('\u064A\u0646');
}

/** Whether `prev` (folded) is a ten («عشرين» … «تسعون») or the «عشر», «عشرة» of 11–19, before a counted noun. */
function isTensWord(prev: string): boolean {
  if (prev === '\u0639\u0634\u0631' || prev === '\u0639\u0634\u0631\u0629') return true;
  if (prev.length < 5 || !(prev.endsWith('\u064A\u0646') || prev.endsWith('\u0648\u0646'))) return false;
  return TENS_UNITS.has(prev.slice(prev.startsWith('\u0648') && prev.length > 5 ? 1 : 0, -2));
}

/** Whether the word starting at `i` in `line` follows a number written in digits and one space («20 دينارا»). */
function isNumberBefore(line: string, i: number): boolean {
  if (i < 2 || line.charCodeAt(i - 1) !== 0x20) return false;
  const d = line.charCodeAt(i - 2);
  return (d >= 0x30 && d <= 0x39) || (d >= 0x0660 && d <= 0x0669);
}

async function readFile(path: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    let start = -1;
    let prev = '';
    let lastEnd = -2;
    let numbered = false;
    for (let i = 0; i <= line.length; i++) {
      const c = i < line.length ? line.charCodeAt(i) : 0x20;
      if (isLetter(c) || (start !== -1 && isMark(c))) {
        if (start === -1) {
          // Only words one space apart are neighbours: a comma or a number breaks the phrase.
          if (i !== lastEnd + 1 || line.charCodeAt(lastEnd) !== 0x20) prev = '';
          numbered = isNumberBefore(line, i);
          start = i;
        }
      } else if (start !== -1) {
        const folded = count(line.slice(start, i));
        // Degree words and adverbial frames take adjectives (see adjectiveContext).
        if (prev && DEGREE_AFTER.has(folded)) gradedAs.set(prev, (gradedAs.get(prev) ?? 0) + 1);
        if (MANNER_BEFORE.has(prev)) gradedAs.set(folded, (gradedAs.get(folded) ?? 0) + 1);
        // A construct in ـو ـي before a definite genitive (see the construct loop).
        const last = prev ? prev.charCodeAt(prev.length - 1) : 0;
        // (A word in ـة counts only before a noun: «ماسة إلى», «جادة التي» are no constructs.)
        if ((last === 0x0648 || last === 0x064a || (last === 0x0629 && !isStopwordSpelling(folded))) && folded.startsWith('\u0627\u0644')) {
          beforeDefinite.set(prev, (beforeDefinite.get(prev) ?? 0) + 1);
        }
        if (folded.length >= 6 && folded.startsWith('\u0627\u0644') && folded.endsWith('\u0629')) {
          const base = folded.slice(2);
          if (isDefiniteFeminine(prev)) afterDefiniteFeminine.set(base, (afterDefiniteFeminine.get(base) ?? 0) + 1);
          else if (isDefiniteBrokenPlural(prev)) afterBrokenPlural.set(base, (afterBrokenPlural.get(base) ?? 0) + 1);
          else if (isDefiniteFuulPlural(prev)) afterFuulPlural.set(base, (afterFuulPlural.get(base) ?? 0) + 1);
          else if (DEMONSTRATIVES.has(prev)) afterDemonstrative.set(base, (afterDemonstrative.get(base) ?? 0) + 1);
        }
        if (folded.length >= 7 && folded.startsWith('\u0627\u0644') && folded.endsWith('\u064A\u0629') && isMinistryHead(prev)) {
          const base = folded.slice(2);
          afterMinistry.set(base, (afterMinistry.get(base) ?? 0) + 1);
        }
        if (numbered || isTensWord(prev)) afterNumber.set(folded, (afterNumber.get(folded) ?? 0) + 1);
        if (PERFECT_PARTICLES.has(prev)) afterParticle.set(folded, (afterParticle.get(folded) ?? 0) + 1);
        else if (NEGATIONS.has(prev)) afterNegation.set(folded, (afterNegation.get(folded) ?? 0) + 1);
        if (prev === '\u0639\u0628\u062F' && folded.startsWith('\u0627\u0644')) afterAbd.set(folded, (afterAbd.get(folded) ?? 0) + 1);
        if (isDefiniteOblique(prev) && isDefiniteOblique(folded)) {
          const base = folded.slice(2);
          afterDefiniteDual.set(base, (afterDefiniteDual.get(base) ?? 0) + 1);
        }
        prev = folded;
        lastEnd = i;
        start = -1;
      }
    }
  }
}

function count(word: string): string {
  words++;
  const folded = fold(word);
  surface.set(folded, (surface.get(folded) ?? 0) + 1);
  let base = baseOf.get(word);
  let isDefinite = base !== undefined && definiteWords.has(word);
  if (base === undefined) {
    const parts = segment(word);
    isDefinite = parts.suffixes.length === 0 && parts.prefixes.some((p) => p.tag === 'DET');
    const s = parts.base;
    base = s.tag === 'STEM' ? fold(s.form) : '';
    // What remains after the conjunctions and prepositions (the article stays with the word).
    // (Only splits without an article: the stemmer always accepts those.)
    let cut = 0;
    let article = false;
    for (const p of parts.prefixes) {
      if (p.tag === 'DET') article = true;
      else cut = p.end;
    }
    if (cut > 0 && !article && !remainderOf.has(folded)) {
      remainderOf.set(folded, fold(word.slice(cut)));
      // A pronoun of two letters or more (ها هم هما هن كم كما كن, not نا or ني, which end
      // names such as «كريشنا», «كيليني») after a common base shows no name («لصالحها»).
      const last = parts.suffixes[parts.suffixes.length - 1];
      if (base && last && last.tag === 'PRON' && last.form.length >= 2 && last.form.charCodeAt(0) !== 0x0646) pronounBaseOf.set(folded, base);
    }
    // A word written with a final ى («لاسى») is folded to ي, so the stemmer meets «لاسي» too,
    // which segment may read as a pronoun: record that spelling's analysis.
    const spelled = word.charCodeAt(word.length - 1) === 0x0649 ? segment(folded) : parts;
    if (spelled.prefixes.length === 0 && spelled.suffixes.length === 1 && spelled.base.tag === 'STEM' && !pronounOf.has(folded)) {
      pronounOf.set(folded, [fold(spelled.base.form), spelled.suffixes[0]!.form]);
    }
    if (baseOf.size < 3_000_000) {
      baseOf.set(word, base);
      if (isDefinite) definiteWords.add(word);
    }
  }
  if (base) counts.set(base, (counts.get(base) ?? 0) + 1);
  if (base && isDefinite) definite.set(base, (definite.get(base) ?? 0) + 1);
  if (base && base.charCodeAt(base.length - 1) === 0x0627 && hasTanweenAlef(word)) tanween.set(base, (tanween.get(base) ?? 0) + 1);
  if (base && base.charCodeAt(base.length - 1) === 0x0627 && endsInHamzaAlef(word)) hamzaAlef.set(base, (hamzaAlef.get(base) ?? 0) + 1);
  if (base && base.endsWith('\u0627\u062A') && word.includes('\u0622\u062A')) maddaTeh.set(base, (maddaTeh.get(base) ?? 0) + 1);
  if (base && base.endsWith('\u0627\u062A') && word.endsWith('\u0623\u062A')) hamzaTeh.set(base, (hamzaTeh.get(base) ?? 0) + 1);
  if (base && base.charCodeAt(base.length - 1) === 0x064a && endsInMaksura(word)) maksuraEnd.set(base, (maksuraEnd.get(base) ?? 0) + 1);
  return folded;
}

const c = (w: string): number => counts.get(w) ?? 0;
/** Names do not take the article: the surface word's definite form must be seen too. */
const takesArticle = (w: string): boolean => (surface.get('\u0627\u0644' + w) ?? 0) >= ARTICLE_THETA * Math.max(1, surface.get(w) ?? 0);

/** The share of a surface word's occurrences that carry the article: «الW» / («W» + «الW»). */
/**
 * Whether the definite form of `w` (a base in ـين) mostly follows another definite word in ـين,
 * as an adjective agrees with its dual noun («الحرمين الشريفين», «البلدين الشقيقين»). Such an
 * adjective is definite wherever its noun is, and news rarely writes its nominative («الشريفان»);
 * a place that is always definite («البحرين», «العلمين») follows no such word. Not so where the
 * nisba's «Xيين» (X = w minus ين) is commoner: «التقليدين» is then «التقليديين» short of a ي.
 */
function agreesAsAdjective(w: string, x: string, n: number): boolean {
  const d = definiteCount(w);
  return d >= MIN_COUNT && (afterDefiniteDual.get(w) ?? 0) >= DUAL_AGREEMENT_THETA * d && c(x + '\u064A\u064A\u0646') < n;
}

/**
 * Whether `w` in ـين (n times a base; X = w minus ين, its feminine Xة seen `feminine` times
 * when X ends in ت) is the oblique dual of a common noun: the singular is seen at least
 * DUAL_SINGULAR_RATIO × n times and takes the article (a verb or particle X does not: «تعدين»),
 * the nominative «Xان» is seen at all (or X takes the tanween: see takesTanween; or the dual is
 * a set phrase: see commonBareDual), w is not
 * nearly always definite (a place: «البحرين»,
 * «القصرين»; unless the singular is DUAL_COMMON_SINGULAR_RATIO × n: «القطاعين», «الاختبارين») —
 * both waived for an adjective in agreement (see agreesAsAdjective) — and takes
 * no plural or dual of its own (a singular in ـين: «تمرينات»).
 */
function commonDual(w: string, x: string, n: number, feminine: number): boolean {
  const singular = feminine > 0 ? x.slice(0, -1) + '\u0629' : x;
  return (
    x.length >= 3 &&
    c(singular) >= DUAL_SINGULAR_RATIO * n &&
    (feminine > 0 || articleShare(x) >= DUAL_SINGULAR_ARTICLE) &&
    (agreesAsAdjective(w, x, n) ||
      ((c(x + '\u0627\u0646') >= MIN_COUNT ||
        (takesTanween(x, feminine) && c(x + '\u064A\u064A\u0646') < n) ||
        feminineDual(x, n, feminine) ||
        commonBareDual(x, n, feminine)) &&
        (articleShare(w) < DUAL_DEFINITE_MAX || c(singular) >= DUAL_COMMON_SINGULAR_RATIO * n))) &&
    c(w + '\u0627\u062A') + c(w + '\u0627\u0646') + c(w + '\u064A\u0646') < MIN_COUNT
  );
}

/**
 * Whether X (of an oblique dual «Xين» seen n times, at least DUAL_SET_MIN) is a masculine noun
 * whose dual news writes in set phrases, nearly always in the oblique and with the article
 * («على الصعيدين الإقليمي والدولي», «الجهازين», «إلى نصفين»), so that neither the nominative
 * «Xان» nor the tanween of X is seen: X is seen DUAL_COMMON_SINGULAR_RATIO times as often, ends
 * in no weak letter («بلايين», billions, is no dual of «بلاي») and has no nisba plural «Xيين» as
 * common as the dual («الإسلامين» is «الإسلاميين» short of a ي). A rarer «Xين» of such a
 * singular is as often a broken plural («رياحين») or a name («الترابين»).
 */
function commonBareDual(x: string, n: number, feminine: number): boolean {
  const last = x.charCodeAt(x.length - 1);
  return (
    feminine === 0 &&
    n >= DUAL_SET_MIN &&
    last !== 0x064a &&
    last !== 0x0648 &&
    last !== 0x0627 &&
    c(x) >= DUAL_COMMON_SINGULAR_RATIO * n &&
    c(x + '\u064A\u064A\u0646') < n
  );
}

/**
 * Whether X (of an oblique dual «Xين» seen n times, X in ت) is the dual stem of a noun in ـة
 * whose singular «Xة» (seen `feminine` times) is at least DUAL_SINGULAR_RATIO times as common
 * and takes the article: its tanween is written on the ة, never as an alef, so takesTanween
 * cannot stand for the nominative «Xتان» that news rarely writes («فترتين», «درجتين»,
 * «ميداليتين»; «مرتين», twice, which news writes without the article). A name in ـتين
 * («مارتين», «كريستين», «بوتين») has no such singular.
 */
function feminineDual(x: string, n: number, feminine: number): boolean {
  return feminine >= Math.max(MIN_COUNT, DUAL_SINGULAR_RATIO * n) && feminineNoun(x.slice(0, -1));
}

/**
 * Whether «Xة» (X given) is a common noun as the singular of a feminine dual: it takes the article
 * DUAL_SINGULAR_ARTICLE of the time, or its plural «Xات» is seen FEMININE_DUAL_PLURAL_SHARE of its
 * count (and MIN_COUNT times), for a noun news writes mostly bare («تمريرة», «ركلة», «تغريدة»).
 */
function feminineNoun(x: string): boolean {
  const singular = x + '\u0629';
  if (articleShare(singular) >= DUAL_SINGULAR_ARTICLE) return true;
  const plural = c(x + '\u0627\u062A');
  return plural >= MIN_COUNT && plural >= FEMININE_DUAL_PLURAL_SHARE * c(singular);
}

/**
 * Whether X (of an oblique dual «Xين» seen n times) is a masculine noun whose dual news writes
 * mostly bare, after a verb, a number or a preposition («دولارين», «فوزين», «اتصالين»): X is seen
 * DUAL_BARE_SINGULAR_RATIO times as often, takes the article (but not nearly always: «الناس»
 * beside the participle «ناسين», forgetting) and the tanween (see takesTanween) and has no
 * nisba plural «Xيين» as common as the dual. The dual then needs no
 * article of its own (as a feminine dual does not: see feminineDual).
 */
function tanweenDual(x: string, n: number, feminine: number): boolean {
  return (
    feminine === 0 &&
    x.length >= 3 &&
    c(x) >= Math.max(MIN_COUNT, DUAL_BARE_SINGULAR_RATIO * n) &&
    articleShare(x) >= DUAL_SINGULAR_ARTICLE &&
    articleShare(x) < DUAL_DEFINITE_MAX &&
    takesTanween(x, feminine) &&
    c(x + '\u064A\u064A\u0646') < n
  );
}

/**
 * Whether the masculine singular X of an oblique dual takes the accusative tanween «Xا» at least
 * DUAL_TANWEEN_SHARE of the time, as a common noun does («موسما», «شوطا», «مبلغا»), a name or a
 * diptote seldom: where it does, the nominative «Xان» that news rarely writes («موسمان») is not
 * needed (see commonDual), unless the nisba's «Xيين» is commoner: «التقليدين» is then
 * «التقليديين» short of a ي.
 */
function takesTanween(x: string, feminine: number): boolean {
  // (Not after a weak letter: «بلايا», calamities, is no tanween of «بلاي».)
  const last = x.charCodeAt(x.length - 1);
  if (last === 0x064a || last === 0x0648 || last === 0x0627) return false;
  return feminine === 0 && c(x) >= MIN_COUNT && c(x + '\u0627') >= DUAL_TANWEEN_SHARE * c(x);
}

/** How often `w` is seen with the article. */
function definiteCount(w: string): number {
  return surface.get('\u0627\u0644' + w) ?? 0;
}

/**
 * articleShare of the masculine `masc` («Xي») of a word in ـية, for the comparison with the
 * feminine's (NISBA_ARTICLE_RATIO): the indefinite masculine of a defective participle drops its
 * ي («قاسٍ», «مؤذٍ»; round 48), so where the masculine has a participle's shape and the bare «X»
 * is seldom seen with the article (DEFECTIVE_BARE_ARTICLE: «القاس» is not written, while «العار»
 * is a word of its own), that «X» counts among the masculine's forms without the article. Its
 * definite «القاسي» alone would make «قاسية», «مؤذية» look like names beside it.
 */
function nisbaArticleShare(masc: string): number {
  const definite = definiteCount(masc);
  const x = masc.slice(0, -1);
  // (Only a participle's shape, «فاعي» or one in مـ: a bare «تحل», «جرا» is a verb or another
  // word, and «تحلية», desalination, a masdar.)
  const participle = (masc.length === 4 && masc.charCodeAt(1) === 0x0627) || (masc.length >= 4 && masc.charCodeAt(0) === 0x0645);
  const bare = participle ? (surface.get(x) ?? 0) : 0;
  const indefinite = (surface.get(masc) ?? 0) + (definiteCount(x) < DEFECTIVE_BARE_ARTICLE * bare ? bare : 0);
  return definite / Math.max(1, definite + indefinite);
}

function articleShare(w: string): number {
  const definite = surface.get('\u0627\u0644' + w) ?? 0;
  return definite / Math.max(1, definite + (surface.get(w) ?? 0));
}

/**
 * An adjective whose masculine plural is broken (صغيرة: صغار, قديمة: قدماء) shows no sound
 * plural; it shows instead what a noun in ـة does not: its feminine takes no possessive pronoun
 * («جديدته» is not said; «مكتبته», «مؤسستها» are) and no plural in ـات of its own
 * («مظاهرات», «غرامات» show nouns).
 */
function brokenPluralAdjective(w: string, n: number): boolean {
  // Absence counts only where presence was expected: a noun takes a possessive about once in
  // 1 / POSSESSED_THETA occurrences.
  if (n < 1 / POSSESSED_THETA) return false;
  // An adjective goes with indefinite nouns too; a word almost always definite is a name or a
  // noun of its own (الحديدة، السياحة).
  if (articleShare(w) >= DEFINITE_ONLY_SHARE) return false;
  const stem = w.slice(0, -1);
  return possessed(w) < Math.max(POSSESSED_MIN, POSSESSED_THETA * n) && c(stem + '\u0627\u062A') < FEMININE_PLURAL_THETA * n;
}

/**
 * Whether the feminine `w` (n times a base), whose masculine's sound plural is seen `plural`
 * times, is a noun of its own that shares a participle's letters (an institution «مؤسسة», a
 * masdar «محاضرة», «مشاهدة»; both begin with مـ): it takes a possessive pronoun, which an
 * adjective never does (as in brokenPluralAdjective), and either its own plural in ـات
 * outnumbers the masculine's sound plural OWN_PLURAL_RATIO times, where a woman's noun
 * («ممثلة», «لاعبة», «معلمة») is far outnumbered by the plural of the men, or it has the shape
 * of form III's masdar and takes a possessive often (MASDAR_POSSESSED_THETA).
 */
function ownNoun(w: string, n: number, plural: number): boolean {
  // (Only in مـ: a noun of a person whose men take a broken plural, «طالبة» of «طلاب», «تلميذة»
  // of «تلاميذ», shows few sound plurals to outnumber.)
  return (
    w.charCodeAt(0) === 0x0645 &&
    possessed(w) >= Math.max(POSSESSED_MIN, POSSESSED_THETA * n) &&
    (c(w.slice(0, -1) + '\u0627\u062A') > OWN_PLURAL_RATIO * plural ||
      // The masdar of form III «مُفاعَلة» is spelled as its participle's feminine «مُفاعِلة»
      // («مطالبة», «مشاهدة»); a masdar takes its agent as a possessive often, a person seldom.
      (w.length === 6 && w.charCodeAt(2) === 0x0627 && possessed(w) >= MASDAR_POSSESSED_THETA * n))
  );
}

/**
 * An adjective whose feminine is too rare for brokenPluralAdjective, or whose masculine plural
 * the news seldom shows (participles qualify things more than people: «مستقرة», «متواضعة»,
 * «قوية»): its masculine is common (MASCULINE_THETA) and stands as an indefinite accusative
 * «Xاً» — a predicate or adverb («كان قويا», «مغلقا») — at least ACCUSATIVE_ADJECTIVE_THETA of
 * its occurrences, which a noun seldom does (its accusative goes with a construct or the
 * article: «سحاب», «خاتم», «مذبح» stay apart from «سحابة», «خاتمة», «مذبحة»); its feminine
 * takes no possessive pronoun and no plural in ـات (as brokenPluralAdjective), and takes the
 * article now and then (a woman's name in ـة almost never does: «نادية», «سميرة»).
 */
function accusativeAdjective(w: string, n: number): boolean {
  if (n < ADJECTIVE_MIN) return false;
  const masc = w.slice(0, -1);
  const m = c(masc);
  if (m < MASCULINE_THETA * n || c(masc + '\u0627') < Math.max(MIN_COUNT, ACCUSATIVE_ADJECTIVE_THETA * m)) return false;
  const share = articleShare(w);
  if (share >= DEFINITE_ONLY_SHARE || share < NAME_DEFINITE_SHARE) return false;
  return possessed(w) < Math.max(POSSESSED_MIN, POSSESSED_THETA * n) && c(masc + '\u0627\u062A') < FEMININE_PLURAL_THETA * n;
}

/** The given names the NER lists know, folded as the stemmer folds them. */
const givenNames = new Set(GIVEN_NAMES.split(/\s+/).filter(Boolean).map(fold));

/**
 * A plural in ـات of a participle in مـ used as a noun («مخدرات», «منجزات» of «مخدر», «منجز»):
 * its feminine «Xة» is the participle's adjective (it follows a definite word in ـة or ـات, or a
 * definite broken plural, in PARTICIPLE_NOUN_AGREEMENT of its definite forms: «المواد المخدرة»,
 * too seldom for agreesAsFeminine)
 * and far rarer than the plural (PARTICIPLE_NOUN_PLURAL_RATIO), while the masculine is a noun
 * that takes the article and is seen at least THETA × the feminine: the ات is then the
 * masculine's (code b, round 56). A noun in ـة of its own («مستوطنة», «معلومة», «مسيرة») seldom
 * follows such a word, or is as common as its plural.
 */
function participleNounPlural(x: string, fem: number, bare: number, n: number): boolean {
  // Where the feminine loses its ة itself («مقاتلة», «مستندة»: code m) the default «Xة» gets there.
  return participleNoun(x, fem, bare, n) && decide(x + '\u0629', fem)?.code !== 'm';
}

/**
 * participleNounPlural's test without its last clause: the plural in ـات of a participle in مـ
 * used as a noun, whatever code its feminine takes. A plural of nounPlurals that passes it goes
 * to the masculine, not to «Xة» (round 60: «المنسوجات» → «منسوج», once «المنسوجة» → «منسوج»).
 */
function participleNoun(x: string, fem: number, bare: number, n: number): boolean {
  if (x.length < 4 || x.charCodeAt(0) !== 0x0645 || fem < MIN_COUNT) return false;
  if (n < PARTICIPLE_NOUN_PLURAL_RATIO * fem || bare < THETA * fem || !takesArticle(x)) return false;
  const d = definiteCount(x + '\u0629');
  return d >= MIN_COUNT && agreeingFeminine(x + '\u0629') >= PARTICIPLE_NOUN_AGREEMENT * d;
}

/**
 * How often the definite form of `w` follows a definite word in ـة or ـات, or (round 47) a
 * definite broken plural of things («الفنادق الفاخرة», «المناطق النائية»), the latter only where
 * it is seen BROKEN_PLURAL_AGREEMENT_SHARE of the definite forms and MIN_COUNT times: a noun
 * follows such a plural now and then (a verb's subject before its object, an apposition), and
 * a few of those should not tip a noun such as «البحرية» (the navy, 10 %), «العقلية» (5 %)
 * over the agreement test (an adjective of things: «النائية» 49 %, «الفاخرة» 23 %).
 */
function agreeingFeminine(w: string): number {
  const plural = afterBrokenPlural.get(w) ?? 0;
  const counted = plural >= Math.max(MIN_COUNT, BROKEN_PLURAL_AGREEMENT_SHARE * definiteCount(w)) ? plural : 0;
  return (afterDefiniteFeminine.get(w) ?? 0) + counted;
}

/**
 * A feminine in ـة whose definite form mostly follows a definite noun in ـة or ـات
 * (FEMININE_AGREEMENT_THETA; see afterDefiniteFeminine) is an adjective in agreement, even where
 * it is nearly always definite or its masculine is rare in news: «الأخيرة», «المرتقبة», the
 * ordinals «الخامسة», «المتحدة» of «الولايات المتحدة». Its masculine is seen and takes the
 * article, and the feminine seldom takes a possessive (FEMININE_AGREEMENT_POSSESSED). A plural
 * in ـات does not count against it (until round 31 it did): beside an adjective in agreement
 * that plural is the masculine's used as a noun, «مكونات», «مضادات», «متغيرات» of «مكوّن»,
 * «مضاد», «متغير», and stems with it.
 */
function agreesAsFeminine(w: string, n: number): boolean {
  const d = definiteCount(w);
  if (d < MIN_COUNT || agreeingFeminine(w) < FEMININE_AGREEMENT_THETA * d) return false;
  const masc = w.slice(0, -1);
  // Where only the agreement with broken plurals carries it (round 47), a plural in ـات more
  // common than the feminine itself is a noun of its own that the masculine would swallow
  // («واردات», imports, beside «الواردة», «وارد»): until round 58 the feminine was kept whole
  // for it; now the plural is marked to stay with «Xة» (code f, see nounPlurals) and the
  // participle goes to its masculine («الأنباء الواردة» → «وارد»).
  const nounPlural = (afterDefiniteFeminine.get(w) ?? 0) < FEMININE_AGREEMENT_THETA * d && c(masc + '\u0627\u062A') > n;
  // An adjective whose masculine is a man's given name is often a woman's too («رشيد»,
  // «رشيدة طليب»; «سليم», «سليمة»), which the definite adjective's agreement cannot show.
  if (c(masc) < MIN_COUNT || !takesArticle(masc) || givenNames.has(masc)) return false;
  const agrees = possessed(w) < Math.max(POSSESSED_MIN, FEMININE_AGREEMENT_POSSESSED * n);
  if (agrees && nounPlural) nounPlurals.add(masc + '\u0627\u062A');
  return agrees;
}

/**
 * Plurals in ـات more common than an agreeing feminine «Xة» (see agreesAsFeminine): where «Xة»
 * is marked an adjective (code m) they keep «Xة» (code f) rather than follow it to «X»
 * («الواردات» → «واردة», imports, while «الواردة» → «وارد»).
 */
const nounPlurals = new Set<string>();

/**
 * A feminine (of five letters or more, not in ـية) that follows a definite feminine or broken
 * plural in LOOSE_AGREEMENT_THETA of its definite forms at least and, as brokenPluralAdjective
 * asks of a frequent one, takes no possessive pronoun (POSSESSED_THETA) and no plural in ـات of
 * its own (FEMININE_PLURAL_THETA): a participle or adjective too rare for that test and seen
 * after a plural of a shape the agreement counts miss («الأخبار الزائفة», «الأمراض المزمنة»,
 * round 48). Its masculine is seen, takes the article and is no man's given name (as in
 * agreesAsFeminine). A noun in ـة takes a possessive (a masdar «المجاورة», «المقاطعة») or a
 * plural in ـات («المحفوظة», «المعدلة», «المتفجرة»: «محفوظات», «معدلات», «متفجرات» are the
 * masculine's nouns) often enough to fail it. `possessedTheta` is the possessive bound
 * (gradedAgreement passes agreesAsFeminine's looser one).
 */
function agreesAsParticiple(w: string, n: number, possessedTheta = POSSESSED_THETA): boolean {
  const d = definiteCount(w);
  const masc = w.slice(0, -1);
  if (d < LOOSE_AGREEMENT_MIN || participleAgreeing(w) < LOOSE_AGREEMENT_THETA * d) return false;
  if (c(masc) < MIN_COUNT || !takesArticle(masc) || givenNames.has(masc)) return false;
  return possessed(w) < Math.max(POSSESSED_MIN, possessedTheta * n) && c(masc + '\u0627\u062A') < FEMININE_PLURAL_THETA * n;
}

/**
 * How often the definite form of `w` follows a definite word in ـة or ـات or a definite broken
 * plural, every one counted, for agreesAsParticiple and pluralNounParticiple. Plurals «فعول»,
 * «أفعال» count too (round 62: «الجهود المبذولة»; see afterFuulPlural), for a participle's shape
 * (derivedShape) or an adjective «فعيل» («الأمطار الغزيرة»): a plural «فعاللة» of a people
 * follows them as often («الأكراد والشراكسة»).
 */
function participleAgreeing(w: string): number {
  const masc = w.slice(0, -1);
  const fuul = derivedShape(masc) || (masc.length === 4 && masc.charCodeAt(2) === 0x064a) ? (afterFuulPlural.get(w) ?? 0) : 0;
  return (afterDefiniteFeminine.get(w) ?? 0) + (afterBrokenPlural.get(w) ?? 0) + fuul;
}

/**
 * A participle or adjective in ـة (five letters or more) whose masculine has a plural in ـات of
 * its own, a noun («منشورات», «منحوتات», «مطبوعات», «شائعات»), fails agreesAsParticiple's plural
 * test however it agrees. Where its definite form agrees (participleAgreeing) in
 * FEMININE_AGREEMENT_THETA of its definite forms at least, LOOSE_AGREEMENT_MIN of them, takes no
 * possessive (POSSESSED_THETA) and its masculine is seen, takes the article and is no man's name,
 * it is the adjective («الصور المنشورة», «التماثيل المنحوتة», «الأخطاء الشائعة»; round 63), and
 * the plural is marked to keep «Xة» (nounPlurals: «الشائعات» → «شائعة») unless participleNoun
 * sends it to the masculine («معدلات» → «معدل»). A noun in ـة seldom agrees half the time
 * («المخطوطة», a manuscript; «الشابة», a young woman, 31 %).
 */
function pluralNounParticiple(w: string, n: number): boolean {
  const d = definiteCount(w);
  const masc = w.slice(0, -1);
  if (d < LOOSE_AGREEMENT_MIN || participleAgreeing(w) < FEMININE_AGREEMENT_THETA * d) return false;
  if (c(masc) < MIN_COUNT || !takesArticle(masc) || givenNames.has(masc)) return false;
  if (possessed(w) >= Math.max(POSSESSED_MIN, POSSESSED_THETA * n)) return false;
  nounPlurals.add(masc + '\u0627\u062A');
  return true;
}

/**
 * A feminine in ـية whose definite form mostly follows a definite noun in ـة or ـات
 * (FEMININE_AGREEMENT_THETA; see afterDefiniteFeminine) is the nisba adjective in agreement
 * («الوحدة الوطنية», «الأجهزة الأمنية», «البنية التحتية»), even where it is a noun of its own too
 * and takes a possessive in that sense («وطنيته», patriotism; «أمنيته», his wish): the noun
 * stands after a definite noun only in apposition, and a construct's head takes no article
 * («بقية الدول» does not count); a ministry's name after its construct head does, as the nisba
 * of an elided noun («وزارة الخارجية», «وزير الداخلية»; round 32). Its masculine (`mascCount`, with its sound plurals) is seen
 * and takes the article; a plural in ـيات of its own shows a noun («الشخصيات», «القوميات») unless
 * the feminine agrees the more often (nisbaPluralAllowed, round 64).
 */
function agreesAsNisba(w: string, n: number, mascCount: number): boolean {
  const d = definiteCount(w);
  // A ministry's name is the nisba of an elided noun too (see afterMinistry).
  const ministry = afterMinistry.get(w) ?? 0;
  const agreeing = agreeingFeminine(w) + ministry;
  if (d < MIN_COUNT) return false;
  if (agreeing < FEMININE_AGREEMENT_THETA * d && !looseNisba(w, d, ministry)) return false;
  const masc = w.slice(0, -1);
  // A name in ـية takes the article far less than its nisba (the city «أنطاكية», the surname
  // «فرنجية», beside «الكنيسة الأنطاكية»), as in the nisba test of decide.
  return (
    mascCount >= MIN_COUNT &&
    takesArticle(masc) &&
    articleShare(w) >= NISBA_ARTICLE_RATIO * nisbaArticleShare(masc) &&
    // The noun may take a possessive now and then («وطنيته»), not often: ownership «ملكيتها»,
    // popularity «شعبيته», progeny «ذريته» are nouns as often as the adjective is seen.
    possessed(w) < NISBA_AGREEMENT_POSSESSED * n &&
    nisbaPluralAllowed(c(w.slice(0, -2) + '\u064A\u0627\u062A'), n, agreeing, d)
  );
}

/**
 * Whether a nisba in ـية that agrees (agreesAsNisba) may have a plural in ـيات of its own: under
 * FEMININE_PLURAL_THETA × the word always; under NISBA_OWN_PLURAL_THETA × the word where its definite
 * forms agree NISBA_PLURAL_AGREEMENT of the time or more (round 64: the abstract plurals
 * «العرقيات», «الإيجابيات» beside «الأقليات العرقية», «النتائج الإيجابية»), whereas the nouns
 * «الشخصية», «القومية» stay whole.
 */
function nisbaPluralAllowed(plural: number, n: number, agreeing: number, d: number): boolean {
  if (plural < FEMININE_PLURAL_THETA * n) return true;
  return plural < NISBA_OWN_PLURAL_THETA * n && agreeing >= NISBA_PLURAL_AGREEMENT * d;
}

/**
 * A nisba in ـية that never takes a possessive pronoun (under POSSESSED_MIN) and has no plural in
 * ـيات of its own (under MIN_COUNT), the marks of a noun, agrees as agreesAsParticiple asks
 * (LOOSE_AGREEMENT_THETA of its definite forms, LOOSE_AGREEMENT_MIN at least), with every definite
 * broken plural before it counted, «فعول» and «أفعال» too (round 62: «المهام القتالية», «الرسوم
 * الجمركية»; a broken plural is often its head, and its possessed plural, «قدراتها القتالية», is
 * not counted at all).
 */
function looseNisba(w: string, d: number, ministry: number): boolean {
  const agreeing = (afterDefiniteFeminine.get(w) ?? 0) + (afterBrokenPlural.get(w) ?? 0) + (afterFuulPlural.get(w) ?? 0) + ministry;
  return (
    d >= LOOSE_AGREEMENT_MIN &&
    agreeing >= LOOSE_AGREEMENT_THETA * d &&
    possessed(w) < POSSESSED_MIN &&
    c(w.slice(0, -2) + '\u064A\u0627\u062A') < MIN_COUNT
  );
}

/**
 * A nisba in ـية of things whose masculine news hardly writes, or hardly with the article (so the
 * nisba test of decide and agreesAsNisba do not weigh it), because the nouns it qualifies are
 * feminine or plurals of things: «القدرة
 * الشرائية» (purchasing power), «الأدوار الإقصائية» (the knockout rounds), «الركلات الترجيحية»,
 * «العواصف الرعدية», «الخلايا الجذعية» (round 110). Its definite form follows a definite noun
 * FEMININE_ONLY_NISBA_AGREEMENT of the time (a noun in ـية seldom does), it takes
 * no possessive pronoun (under POSSESSED_MIN) and has no plural in ـيات of its own as nisbaPluralAllowed
 * asks («الفخاريات», «البتروكيماويات» show nouns), and it takes the article as often as a nisba
 * does beside its masculine (a name in ـية does not: «صقلية» beside «الصقلي»).
 */
function feminineOnlyNisba(w: string, n: number): boolean {
  const d = definiteCount(w);
  if (d < FEMININE_ONLY_NISBA_MIN) return false;
  const agreeing = (afterDefiniteFeminine.get(w) ?? 0) + (afterBrokenPlural.get(w) ?? 0) + (afterFuulPlural.get(w) ?? 0);
  return (
    agreeing >= FEMININE_ONLY_NISBA_AGREEMENT * d &&
    possessed(w) < POSSESSED_MIN &&
    nisbaPluralAllowed(c(w.slice(0, -2) + '\u064A\u0627\u062A'), n, agreeing, d) &&
    articleShare(w) >= Math.min(FEMININE_ONLY_NISBA_ARTICLE, NISBA_ARTICLE_RATIO * nisbaArticleShare(w.slice(0, -1)))
  );
}

/**
 * A feminine of four letters that passes agreesAsParticiple's looser agreement (with a definite
 * broken plural too: «المدينة المطلة», «المنازل المطلة», round 60) and whose bare form seldom
 * (under SHORT_CONSTRUCT_SHARE) heads a construct before a definite word: a noun does, the
 * avenue «جادة الشانزليزيه» beside the adjective «خطوات جادة», the function «دالة الموجة».
 */
function shortAgreement(w: string, n: number): boolean {
  return agreesAsParticiple(w, n) && (beforeDefinite.get(w) ?? 0) < SHORT_CONSTRUCT_SHARE * Math.max(1, surface.get(w) ?? 0);
}

/**
 * A feminine in ـة that both takes a degree word or a frame of manner (gradedAs, as in
 * adjectiveContext) and agrees, definite, with a definite feminine or broken plural (as in
 * agreesAsParticiple) is an adjective, though it takes a possessive pronoun now and then as a
 * person's noun of the same letters (round 53: «قريبة», near, also «قريبته», his relative): with
 * the two contexts of an adjective it may take one as often as agreesAsFeminine allows
 * (FEMININE_AGREEMENT_POSSESSED). Its masculine is seen, takes the article and is no man's given
 * name, and it has no plural in ـات of its own.
 */
function gradedAgreement(w: string, n: number): boolean {
  return (gradedAs.get(w) ?? 0) >= Math.max(MIN_COUNT, GRADED_THETA * n) && agreesAsParticiple(w, n, FEMININE_AGREEMENT_POSSESSED);
}

/**
 * A feminine in ـة whose definite form follows «هذه» or «تلك» (see afterDemonstrative) at least
 * DEMONSTRATIVE_NOUN_THETA of its definite forms and MIN_COUNT times is a noun of its own, whose
 * ة stays though its ة-less form is an adjective or noun that looks like its masculine (round 53:
 * «تلك الحادثة», an incident, beside «حادث»; «هذه الكوكبة», a cohort, beside «كوكب», a planet).
 * An adjective follows a demonstrative only as a noun by ellipsis, in few of its definite forms
 * («هذه الأخيرة»: 2 %). (At 10 % «حاضرة» and «فصيلة» would pass too, and «حاضرة» is as often
 * the adjective «present».)
 */
function demonstrativeNoun(w: string): boolean {
  const after = afterDemonstrative.get(w) ?? 0;
  return after >= MIN_COUNT && after >= DEMONSTRATIVE_NOUN_THETA * definiteCount(w);
}

/**
 * Whether the feminine `w` (n times a base) stands bare after the preposition ب at least
 * MANNER_NOUN_THETA × n times: a noun of manner («بسهولة», «بصعوبة», «بسرعة»). An adjective
 * follows its noun and stands behind a preposition only with one, so that ة is a noun's own,
 * even where its ة-less form is common as another word («سهول», the plains, beside «سهولة»).
 */
function mannerNoun(w: string, n: number): boolean {
  return (surface.get('\u0628' + w) ?? 0) >= Math.max(MIN_COUNT, MANNER_NOUN_THETA * n);
}

/**
 * A feminine «فعيلة» whose masculine «فعيل» is seen (MASCULINE_THETA × n), takes the article, is
 * no man's given name and has a plural «فعلاء» of its own (PERSON_PLURAL_MIN) that takes the article, and
 * the feminine itself takes it often (SHORT_FEMININE_ARTICLE_SHARE; a city's name does not,
 * «بريدة», nor a noun mostly in construct, «شعيرة», «عقيلة»): a person's noun or
 * adjective («أميرة», «زميلة», «نظيرة» beside «أمراء», «زملاء», «نظراء»), which meets its
 * masculine as «طالبة», «وزيرة» do though as a noun it takes a possessive and a plural in ـات
 * («زميلته», «زميلات»; round 65).
 */
function personFeminine(w: string, n: number): boolean {
  if (w.length !== 5 || w.charCodeAt(2) !== 0x064a) return false;
  const masc = w.slice(0, -1);
  if (c(masc) < Math.max(MIN_COUNT, MASCULINE_THETA * n) || !takesArticle(masc) || givenNames.has(masc) || articleShare(w) < SHORT_FEMININE_ARTICLE_SHARE) return false;
  const plural = w.charAt(0) + w.charAt(1) + w.charAt(3) + '\u0627\u0621';
  return c(plural) >= PERSON_PLURAL_MIN && takesArticle(plural);
}

/**
 * A feminine in ـة too rare for brokenPluralAdjective («متطورة», «مصحوبة») or too short for the
 * accusative's evidence («حادة», «هامة»), licensed by the contexts only an adjective takes: a
 * degree word after it or a frame of manner before it (gradedAs) at least MIN_COUNT times and
 * GRADED_THETA × n; its
 * masculine is seen (MASCULINE_THETA × n, or PARTICIPLE_MASCULINE_THETA for a participle in
 * مـ), and, as a noun's would not, it takes no possessive pronoun and no plural in ـات (a
 * participle that is also a noun, «بطريقة منظمة» beside «منظمات», keeps its ة).
 */
function adjectiveContext(w: string, n: number): boolean {
  // (Graded seldom, it is mostly another word: the name «طيبة», the avenue «جادة».)
  if ((gradedAs.get(w) ?? 0) < Math.max(MIN_COUNT, GRADED_THETA * n)) return false;
  const masc = w.slice(0, -1);
  const theta = w.charCodeAt(0) === 0x0645 ? PARTICIPLE_MASCULINE_THETA : MASCULINE_THETA;
  const m = c(masc);
  // A masculine many times commoner than the feminine is mostly another word: the noun of «عام»
  // (a year) beside «عامة», «أمن» (security) beside «آمنة», «خطر» (a danger) beside «خطرة».
  if (m < Math.max(MIN_COUNT, theta * n) || m > GRADED_MASCULINE_MAX * n || articleShare(w) >= DEFINITE_ONLY_SHARE) return false;
  return possessed(w) < Math.max(POSSESSED_MIN, POSSESSED_THETA * n) && c(masc + '\u0627\u062A') < FEMININE_PLURAL_THETA * n;
}

/**
 * Whether `w` (n times a base), in ـون or ـوا, is the plural of an imperfect verb: it opens with
 * the prefix ي or ت, takes no article, and the corpus shows both its singular «يX» and its
 * other mood (ـون ↔ ـوا) at least VERB_THETA × n times (or MIN_COUNT times where the singular
 * is seen more often than `w`): «يتقدمون», «يكونوا», «يعملون» → «يتقدم», «يكون», «يعمل». A noun or
 * a name in ـون has no form in ـوا. Where the other mood is rarer, once is enough if the
 * imperfect shows under the other persons' prefixes too (PARADIGM_MIN: «يستهدفون» / «تستهدف»,
 * «نستهدف»).
 */
function imperfectPlural(w: string, n: number): boolean {
  const first = w.charCodeAt(0);
  if ((first !== 0x064a && first !== 0x062a) || w.length < 5 || takesArticle(w)) return false;
  const x = w.slice(0, -2);
  // A defective verb's singular ends in ي («يلقون» / «يلقي»): cut, «يلق» would be a third form.
  if (c(x + '\u064A') > c(x)) return false;
  const other = w.endsWith('\u0648\u0646') ? x + '\u0648\u0627' : x + '\u0648\u0646';
  const least = Math.max(MIN_COUNT, VERB_THETA * n);
  if (c(x) < least) return false;
  // A singular commoner than the plural itself is a verb's for sure, whose subjunctive ـوا
  // news seldom needs («يعيشون» 842, «يعيش» 1568, «يعيشوا» 44): a few of the other mood are
  // then enough. A name in ـون shows none («يوهانسون», «تيمون» beside «تيم»).
  if (c(other) >= least || (c(x) >= n && c(other) >= MIN_COUNT)) return true;
  // A verb news writes in the plural without its other mood («يستهدفون», «يتوافدون») shows
  // its imperfect under the other persons' prefixes: «يستهدف», «تستهدف» and «نستهدف» or
  // «أستهدف», and its other mood at least once. A name's or a noun's tail in ـون takes no such
  // prefixes («يوهانسون», «تلفزيون»).
  // Not where a defective verb's singular in و or ي is written («يحدو», «يدري»): «يحدون»,
  // «يدرون» may be its plural.
  const body = x.slice(1);
  // The other mood must still be seen once: a name's ـون has none («يانغون», «يونسون» beside «تونس»).
  // News seldom needs the subjunctive of some verbs at all («يأملون», «يعتزمون», «يتظاهرون»): the
  // perfect plural of the same letters («أملوا», «اعتزموا», «تظاهروا») stands for it then, once
  // for the third person «يXون» (MIN_COUNT times for «تXون»), where «تX» is neither a rare
  // neighbour of a common «يX» nor a far commoner word of its own (VERB_PERSON_SHARE,
  // VERB_PERSON_MAX: the names «يانغ» beside «تانغ», «يونس» beside «تونس»). A name's tail in ـون
  // has no perfect plural either.
  const perfectPlural = c(body + '\u0648\u0627') + c('\u0627' + body + '\u0648\u0627');
  const persons = c('\u062A' + body) / Math.max(1, c('\u064A' + body));
  const perfectEvidence =
    first === 0x064a
      ? perfectPlural >= 1 && persons >= VERB_PERSON_SHARE && persons <= VERB_PERSON_MAX
      : perfectPlural >= MIN_COUNT && persons >= VERB_PERSON_SHARE;
  return (
    (c(other) > 0 || perfectEvidence) &&
    c(x + '\u0648') < MIN_COUNT &&
    c(x + '\u064A') < MIN_COUNT &&
    c('\u064A' + body) >= least &&
    c('\u062A' + body) >= PARADIGM_MIN &&
    // The first person («نتظاهر», «أهتف») is rare in news; a perfect plural seen MIN_COUNT
    // times stands for it («تظاهروا», «هتفوا»).
    (c('\u0646' + body) + c('\u0627' + body) >= PARADIGM_MIN || (perfectEvidence && perfectPlural >= MIN_COUNT))
  );
}

/**
 * Whether `w` (n times a base), in ـان, is the dual of an imperfect verb: it opens with the
 * prefix ي or ت, takes no article, its singular «يX» / «تX» is seen at least DUAL_SINGULAR_RATIO
 * times as often (MIN_COUNT times at least), and the same verb's plural («يXون», «يXوا», with ي for the
 * prefix: «تقعان» / «يقعون»; a defective one's without its ي: «يلتقيان» / «يلتقون») at least
 * MIN_COUNT times. A noun or name in ـان has no such plural («تيجان», «يونان»).
 */
function imperfectDual(w: string, n: number): boolean {
  const first = w.charCodeAt(0);
  if ((first !== 0x064a && first !== 0x062a) || w.length < 5 || takesArticle(w)) return false;
  const x = w.slice(0, -2);
  // A verb's singular is many times commoner than its dual (as a noun's: see commonDual); a
  // name's look-alike is not («تلمسان» / «تلمس»).
  if (c(x) < Math.max(MIN_COUNT, DUAL_SINGULAR_RATIO * n)) return false;
  // A verb in ـأ writes its dual in ـآن, folded ـان («يبدآن», «يقرآن»): the cut «يبد», «يقر»
  // would be another verb; its singular «يبدا» is the commoner.
  if (c(x + '\u0627') > c(x)) return false;
  const y = '\u064A' + x.slice(1);
  let plural = c(y + '\u0648\u0646') + c(y + '\u0648\u0627');
  if (y.endsWith('\u064A')) plural += c(y.slice(0, -1) + '\u0648\u0646') + c(y.slice(0, -1) + '\u0648\u0627');
  return plural >= MIN_COUNT;
}

/**
 * Whether X (four letters or more) has the shape of a derived noun or adjective, whose accusative
 * «Xا» is no name: a participle in مـ with no alef after its م («مدروس», «متدرب», «مستحق»; not
 * «مارك»), a masdar in تـ («تفعيل», «تنسيق», «تكامل», «تأهب»), a form I participle «فاعل» of
 * four letters («وافد», «ضائع»), or a masdar of the forms IV, VII, VIII, X with a long ا before
 * its last radical («إكمال», «انتقال», «استقطاب»).
 */
function derivedShape(x: string): boolean {
  if (x.length < 4) return false;
  const first = x.charCodeAt(0);
  if (first === 0x0645) return x.charCodeAt(1) !== 0x0627;
  if (first === 0x062a) return true;
  if (x.length === 4 && x.charCodeAt(1) === 0x0627) return true;
  return first === 0x0627 && x.charCodeAt(x.length - 2) === 0x0627;
}

/**
 * Whether `w` (n times a base), in ـين, opening with م, is the oblique plural or dual of a
 * participle X = W minus ين («المحترفين», «مؤكدين», «متتاليين» → «محترف», «مؤكد», «متتالي»),
 * whose nominative ـون may be rare in news (a participle of state is accusative: «قالوا
 * مؤكدين»): X is seen at least THETA × n times and takes the article, its feminine «Xة» is seen
 * too (MIN_COUNT), and W takes no plural or dual of its own. A participle news writes as a
 * predicate, seldom definite («غير متأكدين»; round 61), needs no article where its feminine and
 * its nominative plural are both seen (MIN_COUNT): a name shows neither.
 * A broken plural in ـين («ميادين», «ملايين») leaves an X the corpus hardly writes.
 */
function participleOblique(w: string, n: number): boolean {
  // (A participle's second letter is no alef; a name's often is: «ماردين», «مارتين».)
  if (w.charCodeAt(0) !== 0x0645 || w.charCodeAt(1) === 0x0627 || w.length < 6) return false;
  const x = w.slice(0, -2);
  // A nisba's plural written without its ي («المسيحين» for «المسيحيين») is rarer than the
  // spelling with it; cut, it would meet another word («المسيح»).
  if (c(x + '\u064A\u064A\u0646') + c(x + '\u064A\u0648\u0646') >= n) return false;
  // News writes the plural of a participle of persons far more than its singular («المتضررين»
  // 154, «متضرر» 44, «متضررة» 141; «المغتربين», «المخطوفين»): its singular, feminine and
  // nominative plural together stand for X then (PARTICIPLE_PARADIGM_THETA), and the
  // nominative stands for a feminine news seldom writes («مغتربون», «مغتربة» once).
  const single = c(x);
  const feminine = c(x + '\u0629');
  const nominative = c(x + '\u0648\u0646');
  return (
    single >= MIN_COUNT &&
    (single >= THETA * n || single + feminine + nominative >= PARTICIPLE_PARADIGM_THETA * n) &&
    (takesArticle(x) || (feminine >= MIN_COUNT && nominative >= MIN_COUNT)) &&
    (feminine >= MIN_COUNT || nominative >= MIN_COUNT) &&
    c(w + '\u0627\u062A') + c(w + '\u0627\u0646') + c(w + '\u064A\u0646') < MIN_COUNT
  );
}

/**
 * Whether `w` (n times a base), of six letters in ـين, is the oblique plural of a participle of
 * forms II, IV or VII (a doubled root) that news writes far more than its singular, feminine and
 * nominative, so that participleOblique finds too few of them (round 93: «المهنئين», «المعوزين»,
 * «المندسين», «المغرضين», «المجنسين» → «مهنئ», «معوز», «مندس», …): م and three letters none of
 * which is ا, ي or ت, nor و last («معوز», a hollow root's form IV, has it in the middle; after
 * the م, round 95, only with the feminine «Xة» seen, an assimilated root's form IV: «الموسرين» →
 * «موسر»; names put a weak letter after the م: «مورفين», «ميلتون»; a derived form's singular
 * ends in ين: «مستعين», «متباين»), the plural takes the article as a noun of persons does
 * (SHORT_PARTICIPLE_ARTICLE_SHARE; the city «مدنين», the surname «محمدين» seldom or never do),
 * its masculine singular is seen, bare or accusative («مهنئا»; a loanword's «المندرين» has no
 * «مندر»), and no nisba's plural «Xيين» is commoner. A dual of a noun «مفعل» («المطبخين») loses
 * its ين as rightly. A plural of state, seldom definite («معللين», «منوهين»), needs instead its
 * accusative singular «Xا» and its feminine «Xة» (round 95).
 */
function shortParticipleOblique(w: string, n: number): boolean {
  if (w.length !== 6 || w.charCodeAt(0) !== 0x0645) return false;
  for (let i = 1; i < 4; i++) {
    const ch = w.charCodeAt(i);
    if (ch === 0x0627 || ch === 0x064a || ch === 0x062a || (ch === 0x0648 && i === 3)) return false;
  }
  const x = w.slice(0, -2);
  // A و after the م is an assimilated root's form IV («موسر» of «أيسر», «موقن») only where the
  // feminine «Xة» is seen too (round 95: «الموسرين»); a name's «مورفين» has none.
  if (w.charCodeAt(1) === 0x0648 && c(x + '\u0629') === 0) return false;
  if (c(x + '\u064A\u064A\u0646') + c(x + '\u064A\u0648\u0646') >= n) return false;
  // The masculine singular must be seen, bare or accusative («مهنئا»): a loanword's «مندرين»
  // (mandarin) has no «مندر» beside its «المندرة» (a district).
  if (c(x) + c(x + '\u0627') === 0) return false;
  // A plural news writes as a predicate of state («قالوا معللين», «منوهين إلى»; round 95) seldom
  // takes the article: its accusative singular «Xا» and its feminine «Xة» stand for it, each seen
  // MIN_COUNT times (the name «محمدين» has no «محمدة», the dual «مدفعين» hardly a «مدفعة»).
  if (c(x + '\u0627') >= MIN_COUNT && c(x + '\u0629') >= MIN_COUNT) return true;
  return articleShare(w) >= SHORT_PARTICIPLE_ARTICLE_SHARE;
}

/**
 * Whether `w` (n times a base), «فاعلين», is the oblique plural of a form I participle X =
 * «فاعل» («الوافدين», «الفاعلين», «الناشئين» → «وافد», «فاعل», «ناشئ»), a noun of persons news
 * writes in the plural far more than in the singular, and its nominative ـون seldom. Names take
 * that shape too («ماردين», «مارتين», «جاسمين»), so X must be a common noun: seen
 * FORM_ONE_PARTICIPLE_THETA × n times, with the article and with the tanween «Xا» (see
 * takesTanween), its feminine «Xة» seen too; W takes the article and no plural or dual of its own.
 */
function formOneParticipleOblique(w: string, n: number): boolean {
  if (w.length !== 6 || w.charCodeAt(1) !== 0x0627 || !takesArticle(w)) return false;
  const x = w.slice(0, -2);
  if (c(x + '\u064A\u064A\u0646') + c(x + '\u064A\u0648\u0646') >= n) return false;
  return (
    c(x) >= Math.max(MIN_COUNT, FORM_ONE_PARTICIPLE_THETA * n) &&
    takesArticle(x) &&
    takesTanween(x, 0) &&
    c(x + '\u0629') >= MIN_COUNT &&
    c(w + '\u0627\u062A') + c(w + '\u0627\u0646') + c(w + '\u064A\u0646') < MIN_COUNT
  );
}

/**
 * Whether `w` (n times a base), in ـون or ـوا, is the plural of a defective imperfect whose
 * singular ends in ي / ى (folded ي) or و: «يعانون», «يسعوا», «يرون», «يبدون» → «يعاني», «يسعى»,
 * «يرى», «يبدو». The weak radical fell before the ending, so imperfectPlural's cut would leave a
 * third form («يسع»); this puts the singular back: 'i' (ون وا → ي) or 'u' (ون وا → و), whichever
 * of the two singulars the corpus writes more often («يدعون» → «يدعي», seen more than «يدعو»),
 * or undefined. The evidence is imperfectPlural's, on that singular, which must also be commoner
 * than the cut X itself (so no regular verb: «يتقدمون» / «يتقدم»). Only the prefix ي: the second
 * person «تسعون» is rare in news, and names take that shape («تولون», «تالون», and the ten
 * «تسعون» beside «تسعى»). A singular in و is also the tail of names («يونيو»; «يعلون» is a
 * name beside «يعلو»), so there the other mood must be seen a tenth as often as the plural.
 * A singular in ي at least SINGULAR_DOMINANT times as common as the plural needs no other mood
 * («ينتمون», «ينوون» → «ينتمي», «ينوي»), unless W without its ي is itself a common word («يلون»).
 */
function defectiveImperfectPlural(w: string, n: number): 'i' | 'u' | undefined {
  if (w.charCodeAt(0) !== 0x064a || w.length < 4 || takesArticle(w)) return undefined;
  const x = w.slice(0, -2);
  const yeh = c(x + '\u064A');
  const waw = c(x + '\u0648');
  const singular = Math.max(yeh, waw);
  if (singular <= c(x)) return undefined;
  const other = w.endsWith('\u0648\u0646') ? x + '\u0648\u0627' : x + '\u0648\u0646';
  const least = Math.max(MIN_COUNT, VERB_THETA * n);
  if (singular < least) return undefined;
  if (c(other) >= least) return yeh >= waw ? 'i' : 'u';
  // As in imperfectPlural, a singular commoner than the plural needs only a few of the other mood.
  if (yeh >= waw && yeh >= n && c(other) >= MIN_COUNT) return 'i';
  // A singular in ي at least twice as common as the plural is the verb's own, whose subjunctive
  // news hardly writes («ينتمي» beside «ينتمون», «ينتموا» once); a name in ـون has no
  // singular in ي at all, let alone SINGULAR_DOMINANT times its own count. A word whose rest
  // after ي is a common word («يلون», he colours, beside «لون») may end in a radical ن: kept.
  return yeh >= waw && yeh >= SINGULAR_DOMINANT * n && c(w.slice(1)) < n ? 'i' : undefined;
}

/**
 * Whether `w` (n times a base) is the perfect of a verb with the feminine ت («قالت», «ارتفعت»,
 * «بدأت» folded to «بدات»): the form takes no article, and the masculine X = W minus ت is
 * seen either with the plural وا («قالوا», at least VERB_THETA × n), or often (THETA × n),
 * without the article (a verb, not the noun of «الحكم») and with object pronouns or the
 * imperfect «يX» / «تX» («يرتفع» for «ارتفع»). Names in ـت («بيروت», «سانت», «جوليت») show
 * neither: «بيرو» and «سان» take no pronoun and no imperfect prefix; nouns in ـت («السبت»,
 * «البنت») take the article. For a word in ـات, the plural of a noun whose X is an accusative
 * in ـا («تقريبا», «جنبا»), X must not be written often with a tanween. A reflexive perfect
 * (forms V, VI) may instead show itself: never with the article and often after و or ف
 * («وتوترت», round 68). So may the particles before it (see particlePerfect; without
 * `particles`, as before round 74, to tell the perfects that only they license).
 */
function pastFeminine(w: string, n: number, particles = true): boolean {
  if (w.length < 3 || (surface.get('\u0627\u0644' + w) ?? 0) >= ARTICLE_THETA * Math.max(1, surface.get(w) ?? 0)) return false;
  const x = w.slice(0, -1);
  // A defective verb's masculine ends in ى («ألقت» / «ألقى», folded «القي»): cut, «الق» would
  // be a third form (and «أخف» another word). A nisba «Xي» is no such masculine («تركت» beside
  // «التركي»; round 73): it takes the article as an adjective (FORM_ONE_ARTICLE_SHARE) and has a
  // feminine «Xية» (NISBA_FEMININE_SHARE of its count), while a defective verb's masdar or
  // participle in ـي has only the one («التحدي», «القاضي») or the other («تربية», «تسمية»).
  // A doubled verb's feminine of three letters (see doubledFeminine, which refuses a defective
  // imperfect «يXي», «يXو») is no such masculine's: its «Xي» is a name or a place («دقي»).
  if (w.length === 3 && doubledFeminine(w, x)) return true;
  if (c(x + '\u064A') > c(x) && !nisbaMasculine(x + '\u064A')) return false;
  // A doubled verb of three letters («شنت», «ضمت», «تمت») shows only its own object pronouns:
  // its plural «شنوا» and imperfect «يشن» are also the shapes of other words, save where the
  // plural is a doubled verb's and the word follows the particles of a perfect (see doubledFeminine).
  if (w.length === 3) return ownObjectPerfect(w, x, n) || doubledFeminine(w, x);
  const plural = c(x + '\u0648\u0627');
  if (plural >= Math.max(MIN_COUNT, VERB_THETA * n)) return true;
  if (ownObjectPerfect(w, x, n)) return true;
  // Forms V and VI (تفعّل, تفاعل) write their masdar with the letters of the perfect
  // («التراجع», «التقدم»), so the article on X says nothing of the verb there; their imperfect
  // «يتراجع» still must be seen.
  const reflexive = x.length >= 4 && x.charCodeAt(0) === 0x062a;
  if (reflexivePerfect(w, x)) return true;
  if (formThreePerfect(w, x, n)) return true;
  // A verb whose subject is mostly feminine (a war, a clash: «اندلعت») shows its masculine
  // seldom; then its imperfect must carry the evidence alone, and more of it.
  const rare = c(x) < THETA * n;
  if (c(x) < RARE_MASCULINE_THETA * n) return false;
  if (particles && particlePerfect(w, x)) {
    if (!pastFeminine(w, n, false)) particlePerfects.add(w);
    return true;
  }
  if (!reflexive && articleShare(x) >= ARTICLE_THETA) return !rare && formOneWithMasdar(w, x, n);
  if (x.endsWith('\u0627') && (tanween.get(x) ?? 0) >= PAST_TANWEEN_THETA * c(x)) return false;
  const s = (v: string): number => surface.get(v) ?? 0;
  // The imperfect drops the alef of forms VII, VIII, X («انخفض» → «ينخفض»).
  const y = x.length >= 4 && x.startsWith('\u0627') ? x.slice(1) : x;
  const imperfect = s('\u064A' + y) + s('\u062A' + y);
  // (Against X too: a frequent «أنا», «أبو» meets «تانا», «تابو» by chance.)
  const needed = Math.max(PAST_IMPERFECT_MIN, (rare ? RARE_MASCULINE_IMPERFECT : PAST_IMPERFECT_THETA) * n, PAST_IMPERFECT_SHARE * c(x));
  if (imperfect >= needed) return true;
  // A hollow verb writes و or ي in its imperfect for the ا of its perfect; an intransitive one
  // («فازت», «دامت», «أفادت») shows no object pronoun, but its imperfect is as plain.
  if (hollowImperfect(x) >= needed) return true;
  if (rare) return false;
  // A hollow or doubled verb hides its imperfect («قال» / «يقول»): it shows instead object
  // pronouns of the third person («قاله», «قالتها»; as segment reads them, so «واله» = و + «اله»
  // does not count) and opens a narrative sentence after و or ف («وقالت»), which the name
  // «والت» seldom does.
  if (w.endsWith('\u0627\u062A')) return false;
  const narrative = s('\u0648' + w) + s('\u0641' + w);
  // Forms V and VI are mostly intransitive, and in history and encyclopedic text their subject is
  // mostly feminine (a city, a company: «تأسست», «ترعرعت») and the verb opens no sentence, so
  // their imperfect and narrative «وX» are seldom written there: a common masculine X (not rare)
  // without the article and some imperfect (PAST_IMPERFECT_MIN) say the verb as well.
  if (reflexive && articleShare(x) < ARTICLE_THETA && imperfect >= PAST_IMPERFECT_MIN) return true;
  // Where that imperfect is rarer still («توترت», «ترعرعت», «تأجلت»: a tension, a childhood, a
  // match), the feminine itself shows the verb: it never takes the article, which a noun in ـت
  // («التابوت», «التوقيت») does, and opens a narrative sentence after و or ف (PAST_NARRATIVE_THETA),
  // whatever the article on X, the masdar of form V («التوتر»).
  if (reflexive && !rare && s('\u0627\u0644' + w) === 0 && narrative >= PAST_NARRATIVE_THETA * n) return true;
  if (reflexive && articleShare(x) >= ARTICLE_THETA) return false;
  const objects = thirdPersonObjects(x) + thirdPersonObjects(w);
  return objects >= Math.max(WHOLE_MIN_COUNT, PAST_OBJECT_THETA * n) && narrative >= PAST_NARRATIVE_THETA * n;
}

/**
 * A feminine perfect of form V «تفعّلت» or VI «تفاعلت» seen seldom (round 72: «تبددت», «تشرفت»,
 * «تضافرت», «تواترت», «تملكت»): its shape is the verb's, the word never takes the article (a noun
 * «تفعيت» or «تفعوت» such as «التصويت», «التابوت» does, and ends in ي or و + ت, which the shape
 * refuses) and its imperfect «يتX» / «تتX» is seen REFLEXIVE_IMPERFECT_MIN times, while the
 * masculine X, whose masdar of form V or VI shares its letters, may be rare or take the article.
 */
function reflexivePerfect(w: string, x: string): boolean {
  const last = x.charCodeAt(x.length - 1);
  if (x.charCodeAt(0) !== 0x062a || x.charCodeAt(1) === 0x062a || last === 0x0627 || last === 0x0648 || last === 0x064a) return false;
  if (x.length !== 4 && (x.length !== 5 || x.charCodeAt(2) !== 0x0627)) return false;
  if ((surface.get('\u0627\u0644' + w) ?? 0) > 0) return false;
  return (surface.get('\u064A' + x) ?? 0) + (surface.get('\u062A' + x) ?? 0) >= REFLEXIVE_IMPERFECT_MIN;
}

/**
 * Whether `w` (X its masculine, seen at least RARE_MASCULINE_THETA × the word) is a feminine
 * perfect of an intransitive verb whose masculine is also a noun («أثارت», «حدثت», «صدرت»,
 * «اندلعت», «برزت»; round 74): its plural «Xوا» and object pronouns are rare, and the article on
 * X (the masdar «الصدر», «الحدث») hides the verb, but the bare word follows «قد», «لقد», «وقد»,
 * «فقد», «التي» or «الذي» (PARTICLE_PERFECT_SHARE of its surface count, a fifth to a half for
 * these verbs), which a name in ـت («طلعت», «مدحت», «عزت», «رأفت», «بهجت») all but never does.
 * A verb whose last radical is ت shows its own feminine («أفلت», escaped, beside «أفلتت»): its ت
 * stays, as in ownObjectPerfect; a word in ـات is no perfect («ثبات», «نبات»: a ت of the noun
 * after its ا) unless it writes that ا with a hamza, أت, HAMZA_PERFECT_SHARE of its count: the
 * feminine of a verb in ـأ («نشأت», «طرأت», «امتلأت», «ابتدأت»; round 78), which folds to ـات as
 * «منشآت», the plural of «منشأة», does with its madda; such a word needs no particles (round 80:
 * «هدأت», «أرجأت», «أبطأت» seldom follow them). (Words of three letters, where a
 * hollow first person «كنت», «قلت» follows these particles too, never come here.)
 */
function particlePerfect(w: string, x: string): boolean {
  const hamza = w.endsWith('\u0627\u062A') && (hamzaTeh.get(w) ?? 0) >= HAMZA_PERFECT_SHARE * c(w);
  if ((w.endsWith('\u0627\u062A') && !hamza) || c(w + '\u062A') >= MIN_COUNT) return false;
  if (c(x) < MIN_COUNT) return false;
  // The hamza is sign enough (round 80): a noun in ـأة writes its plural آت, and its typo أت is
  // outvoted there, so a word written أت half its count is a perfect («هدأت», «أرجأت», «أبطأت»)
  // even where it seldom follows the particles.
  if (hamza) return true;
  const after = afterParticle.get(w) ?? 0;
  return after >= Math.max(WHOLE_MIN_COUNT, PARTICLE_PERFECT_SHARE * (surface.get(w) ?? 0));
}

/**
 * Whether `w`, a word of three letters in ـت, is the feminine perfect of an intransitive doubled
 * verb («ظلت», «مرت», «حلت», «ردت» → «ظل», «مر», «حل», «رد»; round 75), which shows no object
 * pronoun: its plural «Xوا», tanween aside, is a doubled verb's (MIN_COUNT times; see
 * doubledPlural: «يظل», «يمر» seen at least as often) and the bare word follows «قد», «لقد»,
 * «التي», «الذي» as a perfect does (PARTICLE_PERFECT_SHARE of its surface count). A hollow
 * verb's first person («كنت», «قلت», «عدت», «زلت», «قمت») follows them too, but news writes its
 * third-person feminine «XاYت» («كانت», «قالت», «عادت») far more often than it, while a doubled
 * verb has no such word, or a rarer one («حالت» beside «حلت»): it must be seen less than the word.
 * A verb whose last radical is ت shows its own feminine («لفت», drew, beside «لفتت»): it stays.
 * Where the plural is rarer than MIN_COUNT («تموا», «نصوا», «هزوا», «جدوا»: verbs whose subject
 * is mostly a thing, as in «تمت الموافقة», «نصت المادة», «هزت انفجارات»; round 76), it says nothing
 * either way, and the imperfect «يX» (DOUBLED_IMPERFECT_MIN times, as doubledPlural asks) with the
 * two gates above decide alone: the nouns «وقت», «بيت», «زيت», «ست» show no such imperfect or do
 * not follow the particles, and «كنت», «قلت», «قمت» lose to «كانت», «قالت», «قامت».
 */
function doubledFeminine(w: string, x: string, negation = true): boolean {
  const s = (v: string): number => surface.get(v) ?? 0;
  // (The plural without its tanween: «حلوا» is also the adjective «حلواً», sweet.)
  const plural = c(x + '\u0648\u0627') - (tanween.get(x + '\u0648\u0627') ?? 0);
  // A plural under MIN_COUNT («تموا», «نصوا», «هزوا»: these verbs mostly take a feminine or an
  // impersonal subject) says nothing: the imperfect «يX» alone must then be a doubled verb's.
  if (c(w + '\u062A') >= MIN_COUNT) return false;
  if (!doubledPlural(x, plural < MIN_COUNT ? 0 : plural, true, bareDoubled(x, plural))) return false;
  if (s(x[0] + '\u0627' + x[1] + '\u062A') >= s(w)) return false;
  // A word that follows «لا», «لم» is also an imperfect or a jussive: «لا تمت بصلة» (has nothing
  // to do with, of «متّ»), «لم تمت» (did not die): «تمت» stays whole (39 of 1,762; the others 0).
  if (negation && (afterNegation.get(w) ?? 0) >= WHOLE_MIN_COUNT) return false;
  return (afterParticle.get(w) ?? 0) >= Math.max(WHOLE_MIN_COUNT, PARTICLE_PERFECT_SHARE * s(w));
}

/**
 * Whether `w`, a word of three letters in ـت, is the feminine perfect of a doubled verb that
 * doubledFeminine refuses only because the bare word also follows «لا», «لم» (round 86: «تمت»,
 * of «تمّ», also «لا تمت بصلة», «لم تمت»; 60 of 400 bare over news-003/004). After the
 * conjunction «و», «ف» no negation stands right before it, and «وتمت», «فتمت» are the perfect
 * (code g: its ت comes off there only; the bare word keeps it).
 */
function negatedDoubled(w: string, n: number): boolean {
  if (!w.endsWith('\u062A') || (surface.get('\u0627\u0644' + w) ?? 0) >= ARTICLE_THETA * Math.max(1, surface.get(w) ?? 0)) return false;
  const x = w.slice(0, -1);
  return !ownObjectPerfect(w, x, n) && !doubledFeminine(w, x) && doubledFeminine(w, x, false);
}

/**
 * The perfects licensed by particlePerfect alone: their verbs seldom have two persons for subject,
 * so a «Xا» beside them is a name («ميزا») or an accusative sooner than their dual.
 */
const particlePerfects = new Set<string>();

/** Whether `m`, a «Xي» whose X has three letters or more, is a nisba (see pastFeminine). */
function nisbaMasculine(m: string): boolean {
  return m.length >= 4 && articleShare(m) >= FORM_ONE_ARTICLE_SHARE && c(m + '\u0629') >= NISBA_FEMININE_SHARE * c(m);
}

/**
 * Whether `w` (n times a base) is a feminine perfect of form III «فاعلت» whose masculine is
 * also an adjective, a noun or a name, or is seldom written («صادقت», «قاربت», «خاطبت», «لامست»;
 * round 73): the article on X (the truthful, a boat) says nothing of the verb there, but its
 * masdar «مفاعلة» («مصادقة», «مقاربة») is the verb's own, seen FORM_THREE_MASDAR_THETA times as
 * often as the word, and its imperfect «يX» / «تX» at least REFLEXIVE_IMPERFECT_MIN times. The
 * word never takes the article, and X itself is seen: a name of that shape, «ناورت» (Nauert),
 * meets «مناورة» but not «ناور»; «ماركت», «هاملت» have no masdar. A third radical و or ي («ناول»,
 * «جاوز») is a hollow shape, left to pastFeminine.
 */
function formThreePerfect(w: string, x: string, n: number): boolean {
  if (x.length !== 4 || x.charCodeAt(1) !== 0x0627) return false;
  const third = x.charCodeAt(2);
  const last = x.charCodeAt(3);
  if (third === 0x0627 || third === 0x0648 || third === 0x064a || last === 0x0627 || last === 0x0648 || last === 0x064a) return false;
  if ((surface.get('\u0627\u0644' + w) ?? 0) > 0 || c(x) < MIN_COUNT) return false;
  if (c('\u0645' + x + '\u0629') < Math.max(MIN_COUNT, FORM_THREE_MASDAR_THETA * n)) return false;
  return (surface.get('\u064A' + x) ?? 0) + (surface.get('\u062A' + x) ?? 0) >= REFLEXIVE_IMPERFECT_MIN;
}

/**
 * How often the masculine imperfect of the hollow perfect `x` is seen: «يفوز», «يبيع» for
 * «فاز», «باع» (form I: و or ي for the ا), «يفيد» for «أفاد» (form IV, folded «افاد»),
 * «يستضيف» for «استضاف» (form X). A shape whose radicals around the ا are weak («لاي» / «يلوي»)
 * is no hollow verb's; 0 for other shapes. (Forms with ا in the imperfect, «خاف» / «يخاف»,
 * «اختار» / «يختار», are pastFeminine's plain «يX».)
 */
function hollowImperfect(x: string): number {
  const s = (v: string): number => surface.get(v) ?? 0;
  const weak = (i: number): boolean => x[i] === '\u0627' || x[i] === '\u0648' || x[i] === '\u064A';
  const k = x.length;
  if (k < 3 || x[k - 2] !== '\u0627' || weak(k - 1) || weak(k - 3)) return 0;
  const c1 = x[k - 3]!;
  const c3 = x[k - 1]!;
  if (k === 3) return s('\u064A' + c1 + '\u0648' + c3) + s('\u064A' + c1 + '\u064A' + c3);
  if (k === 4 && x[0] === '\u0627') return s('\u064A' + c1 + '\u064A' + c3);
  if (k === 6 && x.startsWith('\u0627\u0633\u062A')) return s('\u064A\u0633\u062A' + c1 + '\u064A' + c3);
  return 0;
}

/**
 * Whether the perfect `w` in ـت (n times a base; X its masculine) carries an object pronoun
 * itself («نقلتها», «كشفته»): a noun in ـت that takes possessives takes the article too
 * («البيت», «الصمت»), which pastFeminine has ruled out, and a name takes neither. With a common
 * masculine and a narrative و / ف it needs no imperfect, which a masdar's article or a hollow
 * or doubled verb hides. A verb whose last radical is ت («باغت») shows its own feminine
 * «باغتت»: its ت stays.
 */
function ownObjectPerfect(w: string, x: string, n: number): boolean {
  return (
    c(x) >= THETA * n &&
    c(w + '\u062A') < MIN_COUNT &&
    thirdPersonObjects(w) >= Math.max(WHOLE_MIN_COUNT, PAST_OWN_OBJECT_THETA * n) &&
    (surface.get('\u0648' + w) ?? 0) + (surface.get('\u0641' + w) ?? 0) >= PAST_OWN_NARRATIVE_THETA * n
  );
}

/**
 * Whether `w` (n times a base), a perfect in ـت of a defective verb, should give its masculine
 * in ـا or ـى («دعت» → «دعا», «أدت» → «أدى», folded «ادي»): 'a' or 'y', or undefined. The ت
 * stands where the masculine has its weak radical, so a plain cut would leave «دع», «اد». The
 * form takes no article; the masculine V = X + ا or X + ى is seen at least THETA × n times and
 * more often than X itself («بنت»: «بن» is commoner than «بنى»; «أنت»: «أن» than «أنا»), is no
 * accusative in ـاً, and takes the article less than half the time (a masdar may share its
 * letters: «السعي»);
 * its imperfect «يدعو», «ينتهي», «يؤدي» (prefix ي or ت, a final و or ي, the alef of forms IV,
 * VII, VIII, X dropped or, for «أدى», written ؤ) is seen as a perfect's imperfect must be
 * (pastFeminine); and its plural «دعوا» or an object pronoun on it («دعاه») is seen too.
 * The particles of a perfect may stand for the plural and for V's lead over X (round 77; see
 * particleDefective): «تلت» («التي تلت», beside the noun «تل»), «نمت» (whose «نمواً» is an
 * accusative), «طغت» (whose plural is unwritten). Without `particles`, for the plural «Xوا»
 * («نمواً» is the noun's accusative sooner than the verb's plural), the usual signs alone decide.
 * Where a noun's accusative «Xاً» hides the masculine of three letters («غداً», tomorrow, beside
 * «غدا», became), its imperfect in و stands for it (round 90: «غدت» → «غدا», «شكت» → «شكا»).
 */
function defectivePerfect(w: string, n: number, particles = true): 'a' | 'y' | undefined {
  const s = (v: string): number => surface.get(v) ?? 0;
  if (w.length < 3 || !w.endsWith('\u062A') || s('\u0627\u0644' + w) >= ARTICLE_THETA * Math.max(1, s(w))) return undefined;
  const x = w.slice(0, -1);
  // (X + ا written often with a tanween is an accusative, no verb: «أبدا» beside «أبدى».)
  const alef = c(x + '\u0627');
  const a = (tanween.get(x + '\u0627') ?? 0) >= PAST_TANWEEN_THETA * alef ? 0 : alef;
  const y = c(x + '\u064A');
  const v = a >= y ? x + '\u0627' : x + '\u064A';
  const m = Math.max(a, y);
  // Form VI («توالى», «تلاشى», folded «توالي», «تلاشي») writes its masdar with the letters of
  // the masculine («على التوالي», «التلاشي»), so the article on V says nothing of the verb there,
  // and its subject (events, prices) is seldom a plural of persons: its imperfect alone decides.
  const reflexive = x.length >= 4 && x.charCodeAt(0) === 0x062a;
  // Form V («تخلى», «تصدى», folded «تخلي») writes its masdar so too («التخلي عن», «التصدي ل»),
  // but its subject is a person as often as not: its plural «تخلوا» or the particles must still
  // be seen (round 78).
  const formFive = x.length === 3 && x.charCodeAt(0) === 0x062a;
  // X of form V may be the imperfect of another verb («تعد», of «عدّ» and «وعد», beside «تعدى»),
  // and X of two letters a pronoun («هو», beside «هوى»): its count says nothing against the
  // masculine where form V's own imperfect «يتXي» outnumbers «يتX» (round 81), or X is a function word.
  const formFiveOwn = formFive && s('\u064A' + x + '\u064A') + s('\u062A' + x + '\u064A') > s('\u064A' + x) + s('\u062A' + x);
  const functionWord = isStopwordSpelling(x);
  const particle = particles && particleDefective(w, x, n);
  // Where the tanween hides an «Xا» of three letters seen THETA × n times and more, that count
  // and X's are a noun's («غداً», «غد», tomorrow, beside «غدا», became): the masculine's own
  // count cannot be told, and its imperfect in و («يغدو», «تغدو»), seen PAST_IMPERFECT_MIN times
  // and more often than one in ي, stands for it (round 90: «غدت» → «غدا»); the particles or the
  // plural must still be seen.
  const ownImperfect = s('\u064A' + x + '\u0648') + s('\u062A' + x + '\u0648');
  const accusativeNoun =
    a === 0 &&
    x.length === 2 &&
    alef >= THETA * n &&
    ownImperfect >= Math.max(PAST_IMPERFECT_MIN, s('\u064A' + x + '\u064A') + s('\u062A' + x + '\u064A'));
  const masculine = accusativeNoun ? x + '\u0627' : v;
  if (
    (m < THETA * n && !accusativeNoun) ||
    (m <= c(x) && !particle && !formFiveOwn && !functionWord && !accusativeNoun) ||
    (!reflexive && !formFive && articleShare(masculine) >= DEFECTIVE_ARTICLE_SHARE)
  )
    return undefined;
  // The imperfect: «يدعو», «يجري»; forms VII, VIII, X drop their alef («ينتهي»), form IV its
  // hamza («يعطي»), which «أدى» keeps on و («يؤدي»).
  const stems = [x];
  // «رأى» drops the hamza of its second radical there («يرى», «ترى», folded «يري»): a perfect of
  // three letters written أت (HAMZA_PERFECT_SHARE of its count; see hamzaTeh) may show that
  // imperfect of its first radical alone (round 79: «رأت» → «رأى», folded «راي»), unless it follows
  // «لا», «لم» WHOLE_MIN_COUNT times: «لم تأت» is the jussive of «أتى», no perfect.
  const hamzaMiddle = x.length === 2 && x.charCodeAt(1) === 0x0627 && (hamzaTeh.get(w) ?? 0) >= HAMZA_PERFECT_SHARE * n;
  if (hamzaMiddle && (afterNegation.get(w) ?? 0) < WHOLE_MIN_COUNT) stems.push(x[0]!);
  if (x.startsWith('\u0627')) {
    if (x.length >= 3) stems.push(x.slice(1));
    stems.push('\u0624' + x.slice(1));
  }
  let imperfect = 0;
  for (const t of stems) for (const p of ['\u064A', '\u062A']) for (const e of ['\u0648', '\u064A']) imperfect += s(p + t + e);
  if (imperfect < Math.max(PAST_IMPERFECT_MIN, PAST_IMPERFECT_THETA * n, PAST_IMPERFECT_SHARE * m)) return undefined;
  // Where the tanween hid an «Xا» of three letters («خلاً» beside «خلا»), the imperfect in و or ي
  // («يخلو», «يجري») tells ا from ى (round 78).
  const hidden = a === 0 && alef > 0 && x.length === 2 && s('\u064A' + x + '\u0648') > s('\u064A' + x + '\u064A');
  const weak = a >= y || hidden ? 'a' : 'y';
  if (reflexive || particle) return weak;
  // A verb whose X is a function word falls on things («هوت الأسعار»), seldom on persons: its
  // imperfect, seen FUNCTION_DEFECTIVE_IMPERFECT_SHARE as often as the word, stands for the plural
  // (round 81: «هوت» → «هوى»; «أنت» beside «أنا» shows no such imperfect).
  if (functionWord && imperfect >= FUNCTION_DEFECTIVE_IMPERFECT_SHARE * n) return weak;
  // The plural «دعوا» — not an accusative «عفواً», «نمواً», which the name «عفت» meets — must be
  // seen (object pronouns will not do: a noun in ـي takes possessives, «والت» / «واليها»).
  const plural = c(x + '\u0648\u0627');
  if (plural < Math.max(MIN_COUNT, DEFECTIVE_PLURAL_THETA * n) || (tanween.get(x + '\u0648\u0627') ?? 0) >= DEFECTIVE_PLURAL_TANWEEN * plural) return undefined;
  return weak;
}

/**
 * Whether `w`, a word in ـت whose masculine «Xا» or «Xى» and imperfect defectivePerfect weighs,
 * shows itself a perfect by the particles before it (round 77): it follows «قد», «لقد», «التي»,
 * «الذي» PARTICLE_PERFECT_SHARE of its surface count and WHOLE_MIN_COUNT times («التي تلت» 164
 * of 218, «نمت» 61 of 232, «طغت» 14 of 46), not «لا», «لم» WHOLE_MIN_COUNT times (an imperfect
 * or a jussive), and, of three letters, is commoner than a hollow verb's «XاYت» (a first person
 * «كنت», «قمت» follows the particles too, beside «كانت», «قامت»). Then the noun X («تل», a hill)
 * may be commoner than the masculine, and the plural «Xوا» unseen («طغوا») or an accusative
 * («نمواً»). The nouns «بنت», «صوت» and the pronoun «أنت» seldom follow those particles.
 */
function particleDefective(w: string, x: string, n: number): boolean {
  const s = (v: string): number => surface.get(v) ?? 0;
  if (w.length === 3 && s(x[0] + '\u0627' + x[1] + '\u062A') >= s(w)) return false;
  // A perfect that pastFeminine cuts as it stands («أمنت», «سارت», «جدت») needs no masculine.
  if (pastFeminine(w, n)) return false;
  if ((afterNegation.get(w) ?? 0) >= WHOLE_MIN_COUNT) return false;
  return (afterParticle.get(w) ?? 0) >= Math.max(WHOLE_MIN_COUNT, PARTICLE_PERFECT_SHARE * s(w));
}

/**
 * The perfect in ـت of a verb of form I whose masdar or noun is written with the letters of
 * the masculine and so takes the article («الذكر», «النشر», «السجل»): the article says nothing
 * of the verb there, so all three signs of a verb must be seen together — its plural in ـوا
 * (at least MIN_COUNT times; the reporting verbs of news show it seldom beside the feminine of
 * «ذكرت الوكالة»), its masculine imperfect «يX» (the feminine «تX» meets place names: «تعز»),
 * and its object pronouns; and the form must open a narrative sentence after و or ف.
 * A name in ـت shows few object pronouns («طلعت», «شوكت») or seldom follows a narrative و
 * («مدحت»).
 */
function formOneWithMasdar(w: string, x: string, n: number): boolean {
  if (articleShare(x) >= FORM_ONE_ARTICLE_SHARE || c(x + '\u0648\u0627') < MIN_COUNT) return false;
  const s = (v: string): number => surface.get(v) ?? 0;
  if (s('\u064A' + x) < Math.max(PAST_IMPERFECT_MIN, PAST_IMPERFECT_THETA * n, PAST_IMPERFECT_SHARE * c(x))) return false;
  const objects = thirdPersonObjects(x) + thirdPersonObjects(w);
  const narrative = s('\u0648' + w) + s('\u0641' + w);
  return objects >= Math.max(WHOLE_MIN_COUNT, FORM_ONE_OBJECT_THETA * n) && narrative >= FORM_ONE_NARRATIVE_THETA * n;
}

/**
 * Whether the bare surface word `w` (three to five letters after ي, ت or ن) is the jussive of a
 * defective imperfect, which drops its final ي or ى after «لم», «لا» («لم يأت», «لم يبق», «لم
 * تنته», «لا تنس»; round 81): it follows «لا», «لم» JUSSIVE_NEGATION_SHARE of its count and
 * WHOLE_MIN_COUNT times, and its indicative «wي» is seen JUSSIVE_INDICATIVE_THETA as often, while a
 * «wو» is rare («لم يدع», left, is of «يدع» beside «يدعو», «يدعي»). A strong verb after «لم» is as common bare as
 * negated («يجد», «تقدم»), and its «wي» rare («يعد» beside «يعدي»). Code j puts the ي back.
 */
function defectiveJussive(w: string): boolean {
  const s = (v: string): number => surface.get(v) ?? 0;
  if (w.length < 3 || w.length > 5 || isStopwordSpelling(w)) return false;
  const first = w.charCodeAt(0);
  const last = w.charCodeAt(w.length - 1);
  if (first !== 0x064a && first !== 0x062a && first !== 0x0646) return false;
  if (last === 0x064a || last === 0x0627 || last === 0x0648 || last === 0x0629 || last === 0x0649) return false;
  const n = s(w);
  const indicative = s(w + '\u064A');
  // A hollow verb's jussive has two radicals too («لم يضف», «لم يثر», «لا تخف», «لم يرق له» of
  // «يضيف», «يثير», «تخاف», «يروق»): its indicative with a long vowel between them, seen
  // JUSSIVE_HOLLOW_SHARE as often as «wي», speaks for it.
  const hollow = w.length === 3 ? s(w.slice(0, 2) + '\u064A' + w[2]) + s(w.slice(0, 2) + '\u0648' + w[2]) + s(w.slice(0, 2) + '\u0627' + w[2]) : 0;
  return (
    (afterNegation.get(w) ?? 0) >= Math.max(WHOLE_MIN_COUNT, JUSSIVE_NEGATION_SHARE * n) &&
    indicative >= Math.max(WHOLE_MIN_COUNT, JUSSIVE_INDICATIVE_THETA * n) &&
    s(w + '\u0648') < JUSSIVE_OTHER_SHARE * indicative &&
    hollow < JUSSIVE_HOLLOW_SHARE * indicative
  );
}

/** How often segment reads `base` + ه ها هم (an object pronoun of a verb) in the surface. */
function thirdPersonObjects(base: string): number {
  let n = 0;
  for (const p of ['\u0647', '\u0647\u0627', '\u0647\u0645']) {
    const w = base + p;
    if (pronounOf.get(w)?.[0] === base) n += surface.get(w) ?? 0;
  }
  return n;
}

/**
 * Whether the masculine perfect «X» of a doubled verb whose plural «Xوا» is seen n times
 * (MIN_COUNT at least) stands for its imperfect (round 83): a verb whose subject is mostly a
 * person writes its plural more often than its imperfect («فروا» 231, «يفر» 32, fled), so
 * doubledPlural's «يX» as often as the plural fails it; its masculine «فر», seen bare at least as
 * often as the plural and seldom with the article (DOUBLED_BARE_ARTICLE_SHARE: 8 «الفر» of 305),
 * is a verb's, and the imperfect need then only be seen DOUBLED_IMPERFECT_MIN times. A noun
 * («الخل», «الغد», «الحد») takes the article; a defective «بدت», «بدوا» still shows «يبدو».
 */
function bareDoubled(x: string, n: number): boolean {
  const s = (v: string): number => surface.get(v) ?? 0;
  return n >= MIN_COUNT && s(x) >= n && s('\u0627\u0644' + x) < DOUBLED_BARE_ARTICLE_SHARE * s(x);
}

/**
 * Whether «Xوا» of four letters (n times a base) is the perfect plural of a doubled verb
 * («ظلوا», «ردوا», «شنوا» → «ظل», «رد», «شن»): its imperfect «يX» («يظل», «يرد») must be seen
 * at least as often as the plural and DOUBLED_IMPERFECT_MIN times (and no defective «يXي», «يXو»), X be no
 * particle and end in a strong letter, and the plural seldom take tanween (unless `anyTanween`:
 * doubledFeminine counts the plural without its tanween). Where the bare masculine stands for the
 * imperfect (`bare`, see bareDoubled), DOUBLED_IMPERFECT_MIN times is enough.
 * A defective or hollow perfect («بنوا», «أبوا»), a noun's accusative («نحواً», «عفواً») or a
 * name («جاوا») shows no such imperfect; its two letters would be a stump.
 */
function doubledPlural(x: string, n: number, anyTanween = false, bare = false): boolean {
  const s = (v: string): number => surface.get(v) ?? 0;
  const imperfect = s('\u064A' + x);
  // A defective verb's imperfect keeps its third letter («يحظى», «يشكو», «يصحو»).
  const defective = s('\u064A' + x + '\u064A') + s('\u064A' + x + '\u0648');
  // A doubled radical is a strong letter («يلي», of «ولي», is no «يلّ»); a verb's plural never
  // takes tanween (the accusative «عدواً», an enemy, does).
  const second = x.charCodeAt(1);
  return (
    second !== 0x0627 &&
    second !== 0x0648 &&
    second !== 0x064a &&
    (anyTanween || (tanween.get(x + '\u0648\u0627') ?? 0) < DEFECTIVE_PLURAL_TANWEEN * n) &&
    // A function word is no verb («منوا» beside «يمن»), save a sister of كان («ظل»), whose
    // feminine «ظلت» is commoner than the plural and «تظل» is seen half as often as «يظل» (not «أنت», «تان»).
    (!isStopwordSpelling(x) || (c(x + '\u062A') >= n && (surface.get('\u062A' + x) ?? 0) >= imperfect / 2)) &&
    imperfect >= Math.max(DOUBLED_IMPERFECT_MIN, bare ? 0 : DOUBLED_IMPERFECT_THETA * n) &&
    defective < DOUBLED_DEFECTIVE_SHARE * imperfect
  );
}

/**
 * Whether «Xيات» `w` (n times a base) is the plural of a defective noun or participle whose
 * singular ends in ى or ي («مستشفى», «تحدٍّ», «معطى», «تداعٍ»; `sing` = «Xي» folded) rather than
 * of a feminine in ـية («عملية», «أغنية»): the singular is seen at least SIBLING_THETA × n times
 * (such a noun is mostly seen in the plural: «معطيات», «تداعيات») and takes the article
 * (a noun, not the verb «يتمنى»), while «Xية» (`fem`) is seen under
 * SIBLING_THETA × (the plural + the singular): a nisba's feminine is as common as its masculine.
 */
function defectiveNounPlural(w: string, n: number, sing: string, fem: string): boolean {
  return (
    c(sing) >= Math.max(MIN_COUNT, SIBLING_THETA * n) &&
    c(fem) < SIBLING_THETA * (n + c(sing)) &&
    takesArticle(w) &&
    articleShare(sing) >= DEFECTIVE_NOUN_ARTICLE_SHARE
  );
}

/**
 * Whether `w`, in ـات, is the plural of a loanword in ـا («ميليشيا» → «ميليشيات», «كاميرا» →
 * «كاميرات», «أوبرا» → «أوبرات»): «Xا» is seen at least MIN_COUNT times and at least as often as
 * «Xة» (`fem`) and X (`bare`), and takes the article (ALEF_SINGULAR_ARTICLE), as an accusative
 * «Xاً» never does, nor a place such as «سوريا» beside «سوريات»; the plural takes it too. A
 * «Xاة» seen beside it (FEMININE_PLURAL_THETA × the plural's n) shows the ات folded from the آت
 * of a noun in ـأة («منشآت» of «منشأة», not of «منشأ»), and X has three letters or more: a
 * five-letter «افعات» is as often a masdar («إنبات» beside «الأنبا»).
 */
function alefLoanPlural(w: string, n: number, fem: number, bare: number): boolean {
  const alef = w.slice(0, -2) + '\u0627';
  return (
    w.length >= 6 &&
    takesArticle(w) &&
    c(alef) >= Math.max(MIN_COUNT, fem, bare) &&
    articleShare(alef) >= ALEF_SINGULAR_ARTICLE &&
    c(alef + '\u0629') < Math.max(MIN_COUNT, FEMININE_PLURAL_THETA * n)
  );
}

/**
 * Whether `w` (n times a base), in ـات, is the plural of a noun in ـأة whose hamza the madda of
 * آت carries («منشأة» → «منشآت», «مفاجأة» → «مفاجآت», «مكافأة» → «مكافآت»; folded «منشات»
 * beside «منشاة»): its ت stands for the singular's ة (code a). The plural writes آت at least
 * MADDA_PLURAL_SHARE of the time and takes the article, and «Xاة» is seen at least MIN_COUNT and
 * SIBLING_THETA × n times. Folded, the letters are those of a plural of «Xا» (the «منشأ» of
 * alefLoanPlural) or of a perfect in ـأت («نشأت»), which never write آت.
 */
function maddaPlural(w: string, n: number): boolean {
  const singular = w.slice(0, -1) + '\u0629';
  return (
    w.length >= 5 &&
    !w.endsWith('\u064A\u0627\u062A') &&
    !w.endsWith('\u0648\u0627\u062A') &&
    (maddaTeh.get(w) ?? 0) >= MADDA_PLURAL_SHARE * n &&
    takesArticle(w) &&
    c(singular) >= Math.max(MIN_COUNT, SIBLING_THETA * n)
  );
}

/**
 * Whether `w` (n times a base), in ـيات, is the plural of a noun in ـاة whose ا turns to ي before
 * the ات («مباراة» → «مباريات», «فتاة» → «فتيات», «ملهاة» → «ملهيات»): that singular is seen at
 * least THETA × n times, more often than both a «Xية» (`fem`: «هوية» beside «هواة») and a «Xي»
 * (`sing`: «بني» beside «بناة»), and, as a noun, takes the article (the city «حماة» seldom does).
 */
function alefNounPlural(w: string, n: number, sing: string, fem: string): boolean {
  const alef = w.slice(0, -3) + '\u0627\u0629';
  const m = c(alef);
  return (
    w.length >= 5 &&
    m >= Math.max(MIN_COUNT, THETA * n) &&
    m > c(fem) + c(sing) &&
    takesArticle(w) &&
    articleShare(alef) >= DEFECTIVE_NOUN_ARTICLE_SHARE
  );
}

/**
 * The singular of `w` (n times a base), in ـوات, whose و is the singular's third radical: code a
 * where it is a noun in ـاة whose ا turns back to و («قناة» → «قنوات», «صلاة» → «صلوات», «أداة»
 * → «أدوات»), code o where it is one of LOST_WAW_NOUNS («سنة» → «سنوات»); undefined otherwise.
 * The singular must be seen at least THETA × n times, more often than a «Xوة» and a «Xو»
 * together («دعوة» beside «دعاة», «خطوة» beside «خطاة» make «دعوات», «خطوات»), take the article
 * as a noun does (the city «حماة» seldom does) and the plural too.
 */
/**
 * Nouns of two letters + ة that have lost their third radical و and take it back in the plural
 * «Xوات» (and make «Xون», «Xين» too): «سنة», «سنوات», «سنين». Corpus counts cannot find them: a
 * «Xوات» beside a common «Xة» is as often another word's plural («أموات» of «ميت», «خطوات» of
 * «خطوة», «الكروات» the Croats), and «كرة», «لغة» make «كرات», «لغات».
 */
const LOST_WAW_NOUNS: ReadonlySet<string> = new Set(['\u0633\u0646']);

/**
 * Nouns of two letters whose dual is «Xان», «Xين» (construct «Xا», «Xي»): «يد» (hand), «يدين».
 * («أب», «أخ» take a و in the dual, «أبوين», «أخوين»; «دم», «فم» are too rare in it.)
 */
const TWO_LETTER_DUAL_NOUNS: readonly string[] = ['\u064A\u062F'];

/**
 * Nouns whose dual news writes nearly always with the article, as a set phrase, and in the
 * oblique: «الوالدين» (the parents), «الجنسين» (both sexes). Corpus counts cannot license it (see
 * commonDual): its nominative is rare, it is nearly always definite, and its singular is not
 * DUAL_COMMON_SINGULAR_RATIO times as common. «Xين» and «Xان» get code s, the nominative
 * construct «Xا» («والدا الطفل», «والداه») code t (round 55); the stemmer puts the oblique
 * construct «Xيه», «Xيها» («والديه») with them. (Their bare «Xي» is left: «جنسي» is a nisba,
 * «والدي» as often «my father».)
 */
const DEFINITE_DUAL_NOUNS: readonly string[] = ['\u0648\u0627\u0644\u062F', '\u062C\u0646\u0633'];

/**
 * Nouns whose singular ends in a ت of its own, not a ة, and whose plural puts ات or وات for it
 * (code h): «بنت» (girl, daughter), «بنات»; «أخت» (sister), «أخوات». Without it «بنات» stays
 * whole (its «بن» is «ابن»'s stem) and «أخوات» goes with «أخوة» (brothers).
 */
const TEH_PLURAL_NOUNS: readonly string[] = ['\u0628\u0646\u062A', '\u0627\u062E\u062A'];
/**
 * personFeminine's kin of round 66: women's nouns whose masculine is the same noun of a man, and
 * whose plural in ـات follows it where the corpus shows it (code b), kept whole unless listed here:
 * «شابة», «جارة», «طبيبة», «ضيفة», «خادمة», «عضوة», «عدوة», «وريثة», «وصيفة», «دوقة», «بارونة»,
 * «مليونيرة», «كفيفة», «خالة», «عمة», «ممرضة», «نادلة», «راقصة», «مضيفة», «حارسة», «خياطة». Not
 * «سيدة» (a lady, beside «سيد», a master), «ملكة» (beside «ملك», also property), «جدة» (Jeddah).
 */
const PERSON_FEMININE_NOUNS: readonly string[] = ['\u0634\u0627\u0628\u0629', '\u062C\u0627\u0631\u0629', '\u0637\u0628\u064A\u0628\u0629', '\u0636\u064A\u0641\u0629', '\u062E\u0627\u062F\u0645\u0629', '\u0639\u0636\u0648\u0629', '\u0639\u062F\u0648\u0629', '\u0648\u0631\u064A\u062B\u0629', '\u0648\u0635\u064A\u0641\u0629', '\u062F\u0648\u0642\u0629', '\u0628\u0627\u0631\u0648\u0646\u0629', '\u0645\u0644\u064A\u0648\u0646\u064A\u0631\u0629', '\u0643\u0641\u064A\u0641\u0629', '\u062E\u0627\u0644\u0629', '\u0639\u0645\u0629', '\u0645\u0645\u0631\u0636\u0629', '\u0646\u0627\u062F\u0644\u0629', '\u0631\u0627\u0642\u0635\u0629', '\u0645\u0636\u064A\u0641\u0629', '\u062D\u0627\u0631\u0633\u0629', '\u062E\u064A\u0627\u0637\u0629'];
/**
 * Names, a loan and nouns whose ين or ان only looks like the ending of a sound plural or a dual
 * (round 69), kept whole: the letters before it are a common word, and that word's other case
 * is seen too, as a homograph's («مارون», «الشعبين»), so the corpus counts license the cut:
 * «مارين» (Marine), «شعبان» (the month, a surname), «حسنين», «صابرين», «سيرين», «حمدان», «حمدين»
 * (names), «فورين» («فورين بوليسي»), «تبيان» (a masdar), «ماعون» (a vessel).
 */
const OWN_ENDING_WORDS: readonly string[] = ['\u0645\u0627\u0631\u064A\u0646', '\u0634\u0639\u0628\u0627\u0646', '\u062D\u0633\u0646\u064A\u0646', '\u0635\u0627\u0628\u0631\u064A\u0646', '\u0633\u064A\u0631\u064A\u0646', '\u062D\u0645\u062F\u0627\u0646', '\u062D\u0645\u062F\u064A\u0646', '\u0641\u0648\u0631\u064A\u0646', '\u062A\u0628\u064A\u0627\u0646', '\u0645\u0627\u0639\u0648\u0646'];

function weakWawPlural(w: string, n: number): 'a' | 'o' | undefined {
  const x = w.slice(0, -3);
  if (w.length < 5 || !w.endsWith('\u0648\u0627\u062A') || !takesArticle(w)) return undefined;
  const other = c(x + '\u0648\u0629') + c(x + '\u0648');
  for (const [code, singular] of [['a', x + '\u0627\u0629'], ['o', x + '\u0629']] as const) {
    if (code === 'o' && !LOST_WAW_NOUNS.has(x)) continue;
    const m = c(singular);
    if (m >= Math.max(MIN_COUNT, THETA * n) && m > other && articleShare(singular) >= DEFECTIVE_NOUN_ARTICLE_SHARE) {
      return code;
    }
  }
  return undefined;
}

// Codes: k keep whole, b bare stem (no ة), f feminine (stem + ة). Defaults as in src/stem/dhad.ts.
/**
 * Whether the singular «Xة» (seen `fem` times) keeps its ة, so that a plural «Xات» may stem to
 * it: not where «Xة» is an adjective's or participle's feminine that stems to X (code m).
 */
function keepsTeh(x: string, fem: number): boolean {
  const own = decide(x + '\u0629', fem);
  return !own || own.code !== 'm';
}

/**
 * Whether «Xات», X of the shape «مفاعل» (م, a consonant, ا, two consonants: «مظاهر», «مباحث»,
 * «منازع»), is the plural of the form III masdar «Xة» («مظاهرة», «مباحثة», «منازعة»), whose
 * plural is «مفاعلات». A masculine of that shape is a broken plural («مظاهر» of «مظهر», «ملابس»
 * of «ملبس») or the active participle, whose plural is «مفاعلون»: neither takes ات, so a commoner
 * bare X (`bare` times) does not speak against Xة (`fem` times), nor does a masdar rarer than its
 * plural («مفاوضة» beside «مفاوضات»). The masdar must be seen FEMININE_PLURAL_MIN times, or at
 * all where X is a broken plural (`n` the plural's count): a diptote, X takes almost no tanween «Xا» (DIPTOTE_SHARE;
 * «مباحثا» is not written, «مفاعلا» the reactor's is). It must keep its ة: where «Xة» is the
 * participle's feminine («منافسة», «مراسلة» → «منافس», «مراسل») the plural follows it to X.
 */
function form3Masdar(x: string, fem: number, bare: number, n: number): boolean {
  if (x.length !== 5 || x.charCodeAt(0) !== 0x0645 || x.charCodeAt(2) !== 0x0627 || fem === 0) return false;
  const c1 = x.charCodeAt(1);
  const c3 = x.charCodeAt(3);
  const c4 = x.charCodeAt(4);
  // Consonants only around the ا, and no final ي or ى, a defective root's («محاكي»).
  if (c1 === 0x0627 || c3 === 0x0627 || c4 === 0x0627 || c4 === 0x064a || c4 === 0x0649) return false;
  // (A plural whose X and Xة are both rare, «مخابرات» the intelligence service, keeps its ات.)
  const diptote = bare >= MIN_COUNT && c(x + '\u0627') <= DIPTOTE_SHARE * bare && fem + bare >= 0.05 * n;
  if (fem < FEMININE_PLURAL_MIN && !diptote) return false;
  return keepsTeh(x, fem);
}

/**
 * Whether «Xات», X three consonants («دور», «عمل», «نفق»), is the plural of the noun «Xة»
 * («دورة», «عملة», «نفقة») though the bare X is commoner. A bare noun «فعل» whose broken plural
 * «أفعال» is seen («أدوار», «أعمال», «أنفاق») makes its plural so and not in ـات, so the ـات
 * belongs to «فعلة», which must be seen FEMININE_PLURAL_MIN times and keep its ة (an adjective's
 * feminine stems to X and takes the plural with it). A rare «أفعال» may be a form IV masdar
 * instead («إبدال»), so below BROKEN_PLURAL_SURE the feminine must be common beside X.
 */
function instanceNounPlural(x: string, fem: number): boolean {
  if (x.length !== 3 || fem < FEMININE_PLURAL_MIN) return false;
  const c1 = x.charCodeAt(0);
  const c2 = x.charCodeAt(1);
  const c3 = x.charCodeAt(2);
  if (c1 === 0x0627 || c2 === 0x0627 || c3 === 0x0627 || c3 === 0x064a) return false;
  const broken = c('\u0627' + x.slice(0, 2) + '\u0627' + x[2]);
  if (broken < BROKEN_PLURAL_MIN) return false;
  if (broken < BROKEN_PLURAL_SURE && fem < RARE_BROKEN_FEMININE_SHARE * c(x)) return false;
  return keepsTeh(x, fem);
}

/**
 * A folded X, the bare «X» of a plural-looking «Xات», that is a verb whose «Xات» is its own
 * masdar (round 111): X nearly never takes the article (under BARE_VERB_ARTICLE_SHARE of its
 * surface forms), as a noun singular would, its perfect «Xت» is seen MIN_COUNT times and
 * VERB_THETA times X or more, and X begins with the alef of a derived form (IV, VII, VIII, X).
 * The ت is then the verb's last radical and «Xات» the masdar «افتعال», «إفعال» of that verb:
 * «التفات» («التفت»), «إفلات» («أفلت»), «إسكات» («أسكت»). A noun X of form V or VI that news
 * writes mostly as the verb keeps its plural («تجاوزات», «توقعات» → «تجاوز», «توقع»). `bare` is
 * the count of X.
 */
function tehMasdar(x: string, bare: number): boolean {
  if (x.length < 3 || x[0] !== '\u0627') return false;
  // A plural whose masdar lost its long alef in writing («اشتبكات», «انقسمات» for «اشتباكات»,
  // «انقسامات») is the plural still: the full spelling is the commoner.
  if (c(x.slice(0, -1) + '\u0627' + x.slice(-1) + '\u0627\u062A') >= c(x + '\u0627\u062A')) return false;
  return articleShare(x) < BARE_VERB_ARTICLE_SHARE && c(x + '\u062A') >= Math.max(MIN_COUNT, VERB_THETA * bare);
}

/**
 * A folded «اCCات» that is the broken plural «أفعال» of a noun «CCت» ending in its own ت («أبيات»
 * of «بيت», round 72; «أصوات», «أوقات», «أموات» kept their ات already): the singular takes the
 * article WHOLE_DEFINITE_MIN times or more and more often than the «أCCة» its ات would give
 * (`fem`, the count of «اCCة»), so the word keeps its ات. Cutting it gave «ابي» (my father).
 */
function tehBrokenPlural(w: string, fem: number): boolean {
  if (w.length !== 5 || w.charCodeAt(0) !== 0x0627 || w.charCodeAt(1) === 0x0627 || w.charCodeAt(2) === 0x0627) return false;
  const singular = definiteCount(w.slice(1, 3) + '\u062A');
  return singular >= WHOLE_DEFINITE_MIN && singular >= fem;
}

/**
 * A word in ـية whose definite form is seen NISBA_UNAGREEING_MIN times or more and hardly ever
 * (under NISBA_UNAGREEING_SHARE) follows a definite word in ـة or ـات or a definite broken
 * plural is no nisba adjective but a noun of its own («الهدية», the gift, beside «الهدي»,
 * guidance; round 56): an adjective in ـية agrees («السلطة التشريعية»).
 */
function unagreeingNisba(w: string): boolean {
  const d = definiteCount(w);
  return d >= NISBA_UNAGREEING_MIN && agreeingFeminine(w) < NISBA_UNAGREEING_SHARE * d;
}

function decide(w: string, n: number): { code: string; isDefault: boolean } | undefined {
  const x2 = w.slice(0, -2);
  if (w.endsWith('\u064A\u0629')) {
    // ية: default → Xي
    const masc = w.slice(0, -1);
    // A nisba adjective agrees with definite nouns as often in the feminine as in the
    // masculine; a name in ـية («صقلية») is seen with the article far less than its nisba
    // («الصقلي»), so its ending stays.
    const mascCount = c(masc) + c(masc + '\u0648\u0646') + c(masc + '\u064A\u0646');
    const ok =
      (mascCount >= NISBA_THETA * n ||
        // (A plural in ـيات of its own shows a noun: «برمجيات», «إحصائيات», «جداريات».)
        (mascCount >= NISBA_RARE_THETA * n &&
          articleShare(masc) >= NISBA_MASCULINE_ARTICLE &&
          c(x2 + '\u064A\u0627\u062A') < FEMININE_PLURAL_THETA * n)) &&
      takesArticle(w) &&
      // An adjective takes no possessive: «جمهوريتها», «مسؤوليته» show nouns of their own.
      possessed(w) < Math.max(POSSESSED_MIN, POSSESSED_THETA * n) &&
      articleShare(w) >= NISBA_ARTICLE_RATIO * nisbaArticleShare(masc) &&
      !unagreeingNisba(w);
    // A word in ـية may also be the feminine of an adjective in ـي that is no nisba and
    // agrees with indefinite nouns more often («قوية» → «قوي», «كافية» → «كافي»).
    if (!ok && accusativeAdjective(w, n)) return { code: 's', isDefault: false };
    // A nisba that is a noun too («الوطنية» patriotism, «وطنيته») is mostly the adjective
    // agreeing with a definite noun («الوحدة الوطنية», «القوات الأمنية»; see agreesAsNisba).
    if (!ok && agreesAsNisba(w, n, mascCount)) return { code: 's', isDefault: false };
    // A nisba of things seen almost only in the feminine («القدرة الشرائية»; see feminineOnlyNisba).
    if (!ok && feminineOnlyNisba(w, n)) return { code: 's', isDefault: false };
    // Default: keep (a word the corpus does not show is likely a name); 's' licenses → Xي.
    return { code: ok ? 's' : 'k', isDefault: !ok };
  }
  // The plural in ـوات of a noun whose ة hides or has lost a و («قنوات» → «قناة», «سنوات» →
  // «سنة»; see weakWawPlural).
  const weakWaw = weakWawPlural(w, n);
  if (weakWaw) return { code: weakWaw, isDefault: false };
  // The other plurals of such a noun of two letters go with it: «سنون», «سنين» → «سنة».
  if (w.length === 4 && (w.endsWith('\u0648\u0646') || w.endsWith('\u064A\u0646'))) {
    const plural = w.slice(0, 2) + '\u0648\u0627\u062A';
    if (c(plural) >= MIN_COUNT && weakWawPlural(plural, c(plural)) === 'o') return { code: 'o', isDefault: false };
  }
  // The broken plural «أفعال» of a noun «فعت» whose ت is its own («أبيات» of «بيت»): its ات is
  // no ending, so the word stays (see tehBrokenPlural, round 72).
  if (w.endsWith('\u0627\u062A') && tehBrokenPlural(w, c(w.slice(0, 3) + '\u0629'))) return { code: 'k', isDefault: false };
  // ت of the perfect («قالت» → «قال»), before the plural ات: «بدأت» folds to «بدات».
  if (w.endsWith('\u062A') && !w.endsWith('\u064A\u0627\u062A')) {
    const weak = defectivePerfect(w, n);
    if (weak) return { code: weak, isDefault: false };
    if (pastFeminine(w, n)) return { code: 's', isDefault: false };
  }
  if (w.endsWith('\u064A\u0627\u062A') && w.length >= 5) {
    const fem = x2 + '\u0629';
    // The plural of a defective noun in ـى or ـي («مستشفيات», «تحديات», «معطيات»): its
    // singular is «Xي» (folded), not a «Xية» the corpus hardly writes.
    if (defectiveNounPlural(w, n, x2, fem)) return { code: 's', isDefault: false };
    // The plural of a noun in ـاة («مباريات» of «مباراة», «فتيات» of «فتاة»): its ي stands for
    // the singular's ا (code a; see alefNounPlural).
    if (alefNounPlural(w, n, x2, fem)) return { code: 'a', isDefault: false };
    // The plural of a loanword in ـيا («ميليشيات» of «ميليشيا»): as the plurals of other loanwords
    // in ـا below, its ات stands for the singular's ا (code p), where that singular takes the
    // article and is seen more often than a «Xية» (so «استراتيجيات» stays with «استراتيجية»).
    if (alefLoanPlural(w, n, c(fem), 0)) return { code: 'p', isDefault: false };
    // يات follows the decision for Xية (→ Xي when that is licensed, else → Xية): the stemmer
    // looks Xية up itself, so only a licence of Xية's own is needed.
    if (c(fem) >= MIN_COUNT) return { code: 'd', isDefault: true };
    const femDecision = decide(fem, Math.max(1, c(fem)));
    return femDecision && femDecision.code === 's' ? { code: 's', isDefault: false } : { code: 'f', isDefault: true };
  }
  if (w.endsWith('\u0627\u062A')) {
    // ات: default → Xة
    const fem = c(x2 + '\u0629');
    const bare = c(x2);
    // X of the shape of a form III participle, «مفاعل» («مظاهر», «مباحث», «ملابس»), is mostly a
    // broken plural of its own (of «مظهر», «مبحث»), which takes no ات, while «مفاعلة» is the
    // form III masdar whose plural is «مفاعلات» («مظاهرات», «مباحثات», «مفاوضات»; round 33).
    if (takesArticle(w) && form3Masdar(x2, fem, bare, n)) return { code: 'f', isDefault: true };
    // The plural of a loanword in ـا («أوبرا» → «أوبرات», «كاميرا» → «كاميرات»): its singular is
    // neither Xة nor X but «Xا», which its ات stands for (code p; see alefLoanPlural).
    if (alefLoanPlural(w, n, fem, bare)) return { code: 'p', isDefault: false };
    // The plural of a noun in ـأة written in ـآت («منشآت» of «منشأة»): its ت stands for the
    // singular's ة after the alef (code a; see maddaPlural).
    if (maddaPlural(w, n)) return { code: 'a', isDefault: false };
    if (fem + bare < 0.05 * n || !takesArticle(w)) return { code: 'k', isDefault: false };
    // Where «Xا» is such a singular but the ات may not stand for its ا (see alefLoanPlural),
    // the word stays. (An accusative «Xاً» never takes the article, so the singular must.)
    if (c(x2 + '\u0627') >= Math.max(fem, bare) && articleShare(x2 + '\u0627') >= ALEF_SINGULAR_ARTICLE) {
      return { code: 'k', isDefault: false };
    }
    // The plural of a participle used as a noun whose feminine is its adjective («مخدرات» →
    // «مخدر»; see participleNounPlural).
    if (participleNounPlural(x2, fem, bare, n)) return { code: 'b', isDefault: false };
    if (fem >= bare) return { code: 'f', isDefault: true };
    // X may be a verb that hides the singular («أشار» beside «إشارة», «عقب» beside «عقبة»): a
    // verb takes no article, so where X nearly never does and «الXة» well outnumbers «الX» the
    // plural is the feminine's. A participle's X takes the article as an adjective («المتغير»): it stays.
    // Where X shows its perfect «Xت» (VERB_THETA × X) it is mostly that verb, and a noun it shares
    // its letters with («الغاب», «الطبع») may take the article now and then: «غابات» → «غابة»,
    // «طبعات» → «طبعة», «القابلات» → «قابلة» (round 45).
    if (
      fem >= FEMININE_PLURAL_MIN &&
      (articleShare(x2) < BARE_VERB_ARTICLE_SHARE || c(x2 + '\u062A') >= VERB_THETA * bare) &&
      definiteCount(x2 + '\u0629') >= ARTICLE_FEMININE_RATIO * Math.max(1, definiteCount(x2))
    ) {
      return { code: 'f', isDefault: true };
    }
    // A three-letter X with a broken plural «أفعال» of its own («دور»: «أدوار») is not the
    // singular of «Xات»: the instance noun «فعلة» is («دورات» → «دورة», «عملات» → «عملة»).
    if (instanceNounPlural(x2, fem)) return { code: 'f', isDefault: true };
    // A bare X of two letters is a particle, a verb or a noun of its own («بن», «سم», «فر», «رب»)
    // more often than the singular of «Xات»: the plural goes with «Xة» where that is seen THETA
    // times as often («سمات» → «سمة», «آفات» → «آفة»), and stays whole otherwise («بنات»,
    // «الفرات», «رفات», «شتات»).
    if (x2.length === 2) {
      return fem >= Math.max(MIN_COUNT, THETA * n) ? { code: 'f', isDefault: true } : { code: 'k', isDefault: false };
    }
    // A bare X that nearly never takes the article and shows its perfect «Xت» is a verb, and
    // «Xات» the masdar of a verb whose last radical is that ت, no plural: «التفات» (of «التفت»,
    // beside «التفّ», to wrap), «إفلات» («أفلت» beside «أفل»), «إسكات» («أسكت»); see
    // tehMasdar, round 111.
    if (tehMasdar(x2, bare)) return { code: 'k', isDefault: false };
    return { code: 'b', isDefault: false };
  }
  // The imperfect plural «يتقدمون» / «يتقدموا» → «يتقدم» (see imperfectPlural), or a defective
  // one's singular «يعانون» → «يعاني» (see defectiveImperfectPlural).
  if (w.endsWith('\u0648\u0646') || w.endsWith('\u0648\u0627')) {
    if (imperfectPlural(w, n)) return { code: 's', isDefault: false };
    const weak = defectiveImperfectPlural(w, n);
    if (weak) return { code: weak, isDefault: false };
    // The perfect plural of a defective verb («دعوا», «قضوا», «بقوا») follows its feminine
    // («دعت» → «دعا»): the وا stands for the masculine's ا or ى, whose own evidence (the
    // imperfect, no article, the plural seen without tanween) defectivePerfect weighs.
    if (w.endsWith('\u0648\u0627')) {
      const feminine = w.slice(0, -2) + '\u062A';
      const perfect = c(feminine) >= MIN_COUNT ? defectivePerfect(feminine, c(feminine), false) : undefined;
      if (perfect) return { code: perfect, isDefault: false };
    }
  }
  // The imperfect dual «يمثلان», «تقعان» → «يمثل», «تقع» (see imperfectDual).
  if (w.endsWith('\u0627\u0646') && imperfectDual(w, n)) return { code: 's', isDefault: false };
  // The oblique plural or dual of a participle in مـ («المحترفين», «مؤكدين», «متتاليين»; see
  // participleOblique), or of a form I participle «فاعل» («الوافدين»; see formOneParticipleOblique).
  if (w.endsWith('\u064A\u0646') && (participleOblique(w, n) || formOneParticipleOblique(w, n) || shortParticipleOblique(w, n))) return { code: 's', isDefault: false };
  if (w.endsWith('\u0648\u0646') || w.endsWith('\u064A\u0646') || w.endsWith('\u0627\u0646')) {
    // Default: keep (a word the corpus never showed may be a name); 's' licenses the strip.
    // A sound plural or dual shows its other case too (ون ↔ ين, ان ↔ ين); a name does not.
    const ending = w.slice(-2);
    // The tens are numbers of their own, not plurals of the units: عشرين, ثلاثون stay whole.
    if (ending !== '\u0627\u0646' && TENS_UNITS.has(x2)) return { code: 'k', isDefault: true };
    // The number two is a dual with no singular: each case is the other's evidence, so both
    // lose their ending («اثنان», «اثنين» → «اثن»; «اثنتان», «اثنتين» → «اثن», below). With the article
    // the oblique «الاثنين» is mostly Monday, a day's name, which keeps it (code n).
    if (ending !== '\u0648\u0646' && TWO.has(x2)) {
      // The feminine goes with the masculine (code e: «اثنتين», «اثنتان» → «اثن», round 51).
      if (x2 === '\u0627\u062B\u0646\u062A') return { code: 'e', isDefault: false };
      return { code: ending === '\u064A\u0646' && x2 === '\u0627\u062B\u0646' ? 'n' : 's', isDefault: false };
    }
    const sibling =
      ending === '\u064A\u0646' ? c(x2 + '\u0648\u0646') + c(x2 + '\u0627\u0646') : c(x2 + '\u064A\u0646');
    let evidence = c(x2) + c(x2 + '\u0629') + c(x2 + '\u0627\u062A');
    for (const e of ['\u0648\u0646', '\u064A\u0646', '\u0627\u0646']) if (x2 + e !== w) evidence += c(x2 + e);
    let feminine = 0;
    if (x2.endsWith('\u062A')) feminine = c(x2.slice(0, -1) + '\u0629');
    // The plural of a nisba in ـيين («النوويين») is licensed by its singulars: the nisba «Xي»
    // and its feminine «Xية», both seen, the nominative «ـيون» being rare in news.
    const nisba =
      ending === '\u064A\u0646' && x2.endsWith('\u064A') && c(x2) >= THETA * n && c(x2.slice(0, -1) + '\u064A\u0629') >= THETA * n;
    // (A dual of a noun in ـة needs no article of its own where its singular takes it: «مرتين».)
    // (Nor does one of a masculine noun common enough to take the tanween: «دولارين», «فوزين».)
    if (!takesArticle(w) && !(ending === '\u064A\u0646' && (feminineDual(x2, n, feminine) || tanweenDual(x2, n, feminine)))) {
      return { code: 'k', isDefault: true };
    }
    // A word with a plural of its own in ـات is a singular whose ون ين ان belong to it (the
    // loans «هرمون», «بروتون», «بروتين» beside «هرمونات», «بروتينات»): a sound plural or dual
    // takes no second plural. Unless the word's nominative dual is seen too («ألفين», «ألفان»).
    if (
      c(w + '\u0627\u062A') >= Math.max(MIN_COUNT, SIBLING_THETA * n) &&
      (ending !== '\u064A\u0646' || c(x2 + '\u0627\u0646') < SIBLING_THETA * n)
    ) {
      return { code: 'k', isDefault: true };
    }
    // A singular in ون with a nisba of its own («فرعون»: «الفرعونية»; «جنون»: «جنوني») keeps
    // its letters, though «فرعين», «جنين» are seen as other words' duals or nouns.
    if (ending === '\u0648\u0646') {
      const ownNisba = c(w + '\u064A') + c(w + '\u064A\u0629');
      if (ownNisba >= MIN_COUNT && ownNisba >= OWN_NISBA_THETA * n) return { code: 'k', isDefault: true };
    }
    if (sibling < SIBLING_THETA * n && !nisba) {
      // The dual of a common noun in the oblique case («يومين», «أسبوعين», «سنتين»), its
      // nominative rarer in news; see commonDual.
      if (ending === '\u064A\u0646' && commonDual(w, x2, n, feminine)) {
        return { code: feminine >= THETA * n ? 'f' : 's', isDefault: false };
      }
      return { code: 'k', isDefault: true };
    }
    // A dual is written ين in two cases of three, so a real «Xان» shows «Xين» often.
    if (ending === '\u0627\u0646' && c(x2 + '\u064A\u0646') < DUAL_SIBLING_THETA * n) return { code: 'k', isDefault: true };
    if (feminine > evidence && feminine >= THETA * n) return { code: 'f', isDefault: false };
    if (evidence >= THETA * n) return { code: 's', isDefault: false };
    return { code: 'k', isDefault: true };
  }
  // A feminine of four letters («حادة», «نشطة») only by the contexts of an adjective: its
  // masculine's other evidence is a noun's too (the masdar «حزماً» beside «حزمة»).
  if (w.endsWith('\u0629') && w.length === 4) {
    // Or by the agreement of its definite form (see agreesAsFeminine: «المواد السامة», «الحاجة
    // الملحة»), where it takes the article often enough (a short feminine seen mostly bare is
    // often a name: «طيبة», a city and a company; «آمنة») and, as in adjectiveContext, its
    // masculine is not many times commoner, mostly another word («عام», a year, beside «عامة»).
    const ok =
      (adjectiveContext(w, n) ||
        ((agreesAsFeminine(w, n) || shortAgreement(w, n)) &&
          articleShare(w) >= SHORT_FEMININE_ARTICLE_SHARE &&
          c(w.slice(0, -1)) <= GRADED_MASCULINE_MAX * n)) &&
      !mannerNoun(w, n);
    return { code: ok ? 'm' : 'k', isDefault: !ok };
  }
  if (w.endsWith('\u0629') && w.length >= 5) {
    // ة: default keep. 'm' when the masculine is common and takes the sound masculine plural
    // (an adjective or participle: جديدة → جديد, مسؤولة → مسؤول), so that nouns whose ة-less
    // form is another word (دولة / دول, منطقة / منطق) keep their ة.
    const masc = w.slice(0, -1);
    const plural = c(masc + '\u0648\u0646') + c(masc + '\u064A\u0646');
    const ok =
      ((c(masc) >= MASCULINE_THETA * n && ((plural >= SIBLING_THETA * n && !ownNoun(w, n, plural)) || brokenPluralAdjective(w, n))) ||
        (w.charCodeAt(0) === 0x0645 && c(masc) >= PARTICIPLE_MASCULINE_THETA * n && brokenPluralAdjective(w, n)) ||
        accusativeAdjective(w, n) ||
        adjectiveContext(w, n) ||
        agreesAsFeminine(w, n) ||
        agreesAsParticiple(w, n) ||
        gradedAgreement(w, n) ||
        pluralNounParticiple(w, n) ||
        personFeminine(w, n)) &&
      // A noun of manner keeps its ة («بسهولة»; see mannerNoun), as does one seen after a
      // demonstrative («هذه الحادثة»; see demonstrativeNoun) unless its masculine stands as a
      // predicate or adverb too: «ظاهرة» is as often the adjective, «ظاهرا» (round 53).
      !mannerNoun(w, n) &&
      !(demonstrativeNoun(w) && !accusativeAdjective(w, n));
    return { code: ok ? 'm' : 'k', isDefault: !ok };
  }
  if (w.endsWith('\u0648\u0627')) {
    const verb = c(x2 + '\u062A') + c(x2 + '\u062A\u0645') + c(x2 + '\u0646\u0627');
    // Counts under MIN_COUNT are noise («كابت» twice does not make «كابوا» a verb).
    const ok = verb >= Math.max(MIN_COUNT, VERB_THETA * n) && (w.length > 4 || doubledPlural(x2, n, false, bareDoubled(x2, n)));
    return { code: ok ? 's' : 'k', isDefault: !ok };
  }
  return undefined;
}

const t0 = Date.now();
for (const file of FILES) {
  await readFile(file);
  console.error(`${file}: ${words} words, ${counts.size} bases, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

const entries = new Map<string, string>();
/** The decision for a word of three letters: only a perfect's, defective or doubled («شنت»). */
function weakPerfect(w: string, n: number): { code: string; isDefault: boolean } | undefined {
  const weak = defectivePerfect(w, n);
  if (weak) return { code: weak, isDefault: false };
  if (w.endsWith('\u062A') && pastFeminine(w, n)) return { code: 's', isDefault: false };
  return negatedDoubled(w, n) ? { code: 'g', isDefault: false } : undefined;
}
const stats = { r: 0, k: 0, b: 0, f: 0, s: 0, w: 0, l: 0, m: 0, t: 0, a: 0, y: 0, i: 0, u: 0, n: 0, o: 0, e: 0, h: 0, p: 0, j: 0, g: 0 };
for (const [w, n] of counts) {
  if (n < MIN_COUNT) continue;
  // A perfect of three letters is a defective verb's («دعت», «بدت») or a doubled one's («شنت»).
  const d = w.length >= 4 ? decide(w, n) : w.length === 3 ? weakPerfect(w, n) : undefined;
  if (!d || d.isDefault) continue;
  entries.set(w, d.code);
}
/**
 * Whether X («معز» of «المعزين»), three letters after which a plural «Xين» of five letters ends, is
 * the stem of a defective participle of form II or IV, «مُفَعٍّ», «مُفْعٍ» (round 95: «المعزين»,
 * the mourners' consolers, → «معزي» as «المعزي»): its verb's imperfect plural «يXون» or «يXوا»
 * (the م read as ي: «يعزون») is listed as a defective verb's (code i), and X is no noun «فعل» whose
 * broken plural «أفعال» is seen (BROKEN_PLURAL_MIN: «أمراض», «أموال»), whose «Xين» is its dual
 * («المرضين», the two diseases, beside «يرضون»; «مولين», a city, beside «يولون»).
 */
function shortDefectiveParticiple(x: string): boolean {
  if (x.length !== 3 || x.charCodeAt(0) !== 0x0645) return false;
  const verb = '\u064A' + x.slice(1);
  if (entries.get(verb + '\u0648\u0646') !== 'i' && entries.get(verb + '\u0648\u0627') !== 'i') return false;
  return c('\u0627' + x.slice(0, 2) + '\u0627' + x[2]) < BROKEN_PLURAL_MIN;
}

/**
 * Whether `w` (n times a base), «مفاعين» of six letters, is the oblique plural of a participle of
 * form III of a defective verb, «مُفاعٍ» (round 95: «غير مبالين», «مساوين لهم», «مراعين» → «مبالي»,
 * «مساوي», «مراعي»), which news writes as a predicate, seldom definite and seldom in the
 * singular, so the code-i loop finds too little of either: its masdar «مفاعاة» («مبالاة»,
 * «مساواة», «مراعاة») is seen MIN_COUNT times and as often as the plural at least, and the
 * singular «مفعال», «مفعول» or «مفعيل» of a broken plural «مفاعيل» of a root in ن is not
 * (MIN_COUNT; «ميزان», «مجنون», «مسكين», «موزون» for «موازين» beside «موازاة»), nor is a
 * nisba's plural «Xيين» commoner.
 */
function formThreeDefectiveOblique(w: string, n: number): boolean {
  if (w.length !== 6 || w.charCodeAt(0) !== 0x0645 || w.charCodeAt(2) !== 0x0627 || !w.endsWith('\u064A\u0646')) return false;
  const first = w[1]!;
  const second = w[3]!;
  if (first === '\u0627' || first === '\u064A' || second === '\u0627' || second === '\u064A') return false;
  const x = w.slice(0, -2);
  if (c(x + '\u0627\u0629') < Math.max(MIN_COUNT, n) || c(x + '\u064A\u064A\u0646') >= n) return false;
  // The singular of «مفاعيل»: «مفعال», «مفعول», «مفعيل», a و first radical written ي after the م
  // («ميزان», «ميعاد» of «موازين», «مواعيد»).
  let broken = 0;
  for (const head of first === '\u0648' ? ['\u0645\u0648', '\u0645\u064A'] : ['\u0645' + first]) {
    for (const long of ['\u0627', '\u0648', '\u064A']) broken += c(head + second + long + '\u0646');
  }
  return broken < MIN_COUNT;
}

// The oblique plural of a participle in مـ of a defective verb (code i: its ين stands for the
// singular's ي, folded from ى or the ي of «المنتمي»): «المتوفين» → «متوفي» as «المتوفى»,
// «المنتمين» → «منتمي», «المربين» → «مربي». The singular «Xي» is seen DEFECTIVE_PARTICIPLE_THETA
// times as often as the plural and takes the article as a participle does (a name «ماري» beside
// «مارين» seldom does), and is no nisba, whose plural is «Xيين» («مدني», «مدنيين»).
for (const [w, n] of counts) {
  if (n < MIN_COUNT || w.length < 5 || entries.has(w) || w.charCodeAt(0) !== 0x0645 || !w.endsWith('\u064A\u0646')) continue;
  const x = w.slice(0, -2);
  const singular = x + '\u064A';
  if (
    c(singular) >= Math.max(MIN_COUNT, DEFECTIVE_PARTICIPLE_THETA * n) &&
    articleShare(singular) >= DEFECTIVE_PARTICIPLE_ARTICLE &&
    articleShare(w) >= DEFECTIVE_PARTICIPLE_ARTICLE &&
    c(x + '\u064A\u064A\u0646') < n &&
    // «مفاعين» is a broken plural («مجانين», «موازين»); so may a singular «Xى» of four letters
    // be where no «Xون» is seen («المرضى»: «المرضين» is a typo; «المربون» is seen), unless its
    // verb is known as a defective one (round 95: «المعزين»; see shortDefectiveParticiple).
    w.charCodeAt(2) !== 0x0627 &&
    (x.length >= 4 || c(x + '\u0648\u0646') >= 1 || shortDefectiveParticiple(x))
  ) {
    entries.set(w, 'i');
  } else if (formThreeDefectiveOblique(w, n)) {
    entries.set(w, 'i');
  }
}
/**
 * Whether `x` is the stem of a defective participle in مـ whose indefinite masculine news writes
 * without its ي («محامٍ», «مدعٍ», «موالٍ», «مغنٍ»; round 96), so that the bare X, the plural
 * «Xين», «Xون» and the construct «Xو» go with the singular «Xي» («المحامي») as the code-i plurals
 * above do: «Xي» is seen MIN_COUNT times, DEFECTIVE_PARTICIPLE_THETA as often as the plural, and
 * takes the article (DEFECTIVE_PARTICIPLE_ARTICLE), the plural is seen MIN_COUNT times and licensed
 * above (code s or i: «محمدين», a name, is not), a nisba's plural «Xيين» is rarer than it
 * («مصري», «مصريين»), and X is no word of its own: its bare form is no commoner than «Xي», «Xية»
 * and the plural together («محمد», «معمر» beside «المحمدي», «المعمري»), shows no perfect «Xت» of
 * a verb («مكن», «مكنت» beside «المكني»), and its «الX» is seen under DEFECTIVE_BARE_ARTICLE
 * times its bare and plural forms (as in nisbaArticleShare:
 * «المالك», «المرابط» are the definite singulars of sound participles beside the names «المالكي»,
 * «المرابطي»). A «مفاعين» of six letters must show its nominative «مفاعون» MIN_COUNT times: a
 * broken plural «مفاعيل» has none («موازين», «مجانين» beside «موازي», «مجاني»).
 */
function defectiveParticipleStem(x: string): boolean {
  if (x.length < 3 || x.charCodeAt(0) !== 0x0645) return false;
  const singular = x + '\u064A';
  const plural = c(x + '\u064A\u0646') + c(x + '\u0648\u0646');
  const bare = surface.get(x) ?? 0;
  const licensed = (e: string): boolean => entries.get(x + e) === 's' || entries.get(x + e) === 'i';
  if (
    !(licensed('\u064A\u0646') || licensed('\u0648\u0646')) ||
    bare > c(singular) + c(singular + '\u0629') + plural ||
    c(x + '\u062A') >= MIN_COUNT ||
    plural < MIN_COUNT ||
    c(singular) < Math.max(MIN_COUNT, DEFECTIVE_PARTICIPLE_THETA * plural) ||
    articleShare(singular) < DEFECTIVE_PARTICIPLE_ARTICLE ||
    c(x + '\u064A\u064A\u0646') >= plural ||
    definiteCount(x) >= DEFECTIVE_BARE_ARTICLE * (bare + plural)
  ) {
    return false;
  }
  return x.length !== 4 || x.charCodeAt(2) !== 0x0627 || c(x + '\u0648\u0646') >= MIN_COUNT;
}
// Round 96: every form of such a participle goes with «Xي»: its plurals get code i (whatever
// decide licensed: «المحامين», «المدعون» were cut to X), its bare X code j (the ي comes back:
// «محام» → «محامي»), and so does its construct «Xو».
const defectiveStems = new Set<string>();
for (const w of counts.keys()) {
  if (w.length >= 5 && (w.endsWith('\u064A\u0646') || w.endsWith('\u0648\u0646'))) defectiveStems.add(w.slice(0, -2));
}
for (const x of defectiveStems) {
  if (!defectiveParticipleStem(x)) continue;
  for (const ending of ['\u064A\u0646', '\u0648\u0646']) {
    // (One news writes too seldom for decide goes along: «المتخفين» is licensed, «متخفون» not.)
    const code = entries.get(x + ending);
    if (code === 's' || (code === undefined && c(x + ending) > 0)) entries.set(x + ending, 'i');
  }
  // The bare X only where its «الX» is as rare as round 48 has it (nisbaArticleShare), one stray
  // «الX» aside: a bare «موال», «مصل», «معتد» is as often the song «موّال», the serum «مصل», «معتدّ»
  // («الموال», «المصل», «المعتد»).
  const bare = surface.get(x) ?? 0;
  if (!entries.has(x) && bare > 0 && definiteCount(x) <= Math.max(1, DEFECTIVE_BARE_ARTICLE * bare)) entries.set(x, 'j');
  // The construct «محامو الدفاع», which takes no article («المدعو», called, of three letters, is
  // another word).
  const construct = x + '\u0648';
  if (x.length >= 4 && c(construct) >= MIN_COUNT && !entries.has(construct) && articleShare(construct) < CONSTRUCT_ARTICLE_SHARE) entries.set(construct, 'i');
}
/**
 * defectiveBrokenPlural: the plural «Xي» must be seen this often; a rarer one may be a name's
 * («مغاني» beside the plain «مغان», «مراقي»).
 */
const DEFECTIVE_BROKEN_PLURAL_MIN = 30;
/**
 * defectiveBrokenPlural: «الX» may be seen this share of the definite plural «الXي» and still
 * count as that plural short of its ي («الأراض» beside «الأراضي»; round 98), where a word of its
 * own is the commoner («الأمان», «الأوان» beside «الأماني», «الأواني»).
 */
const DEFECTIVE_BROKEN_PLURAL_STRAY = 0.01;
/**
 * defectiveBrokenPlural: at most this share of the plural «Xي» may be written ـى: a plural
 * «فعالى» («صحارى», «النصارى», «فتاوى»: a third of its forms or more) keeps its alef in the
 * indefinite, so its bare X is another word (Sohar, the name Nassar); the ـى of news that writes
 * every final ي so («الأراضى», «الليالى») stays under an eighth.
 */
const DEFECTIVE_BROKEN_PLURAL_MAKSURA = 0.25;
/**
 * defectiveBrokenPlural: a bare X of a shape without مـ («أفاع», «فواع», «فعال») must be seen this
 * often: one seen once is as often a name or a typo («سواس», SOAS; «زهاو», Zhao; «قذاف»).
 */
const DEFECTIVE_BROKEN_PLURAL_BARE_MIN = 2;
/**
 * Whether the bare `x` of four letters with ا third, «مفاع», «أفاع», «فواع», «فعال», is the
 * indefinite of a broken plural «مفاعٍ», «أفاعٍ», «فواعٍ», «فعالٍ» of a defective root (or a masdar
 * «تفاعٍ») that news writes without its ي («مبانٍ», «معانٍ», «مساعٍ», «مراعٍ»; round 97; «أراضٍ»,
 * «أغانٍ», «ليالٍ», «نواحٍ», «نوادٍ», «ضوارٍ», «تفانٍ»; round 98) beside its definite and construct
 * «المباني», «الأراضي», «معاني»: «Xي» is seen DEFECTIVE_BROKEN_PLURAL_MIN times, as often as
 * the bare X at least, and takes the article (DEFECTIVE_PARTICIPLE_ARTICLE), mostly written ـي
 * (DEFECTIVE_BROKEN_PLURAL_MAKSURA: not «صحارى»); «Xي» is no nisba,
 * whose feminine «Xية» is the commoner («مجاني», «مثالي», «موازي» beside «مجانية», «مثالية»,
 * «موازية»), nor the nisba of a commoner noun «Xة» («المناعي» of «مناعة»), nor of a doubled root
 * («الملالي» beside «ملال»); X takes no plural in ـات nor a sound plural of its own («مجال», «مطار»: «مجالات»,
 * «مطارات»; a participle's sound plural may be seen: «مراعين»), shows no perfect «Xت», and its «الX» is as rare as round 96 has it
 * (DEFECTIVE_BARE_ARTICLE × its bare form, one stray «الX» aside: «المكان», «المعاد», «المصاف»
 * are words of their own), or a misspelling of «الXي» (DEFECTIVE_BROKEN_PLURAL_STRAY).
 */
function defectiveBrokenPlural(x: string): boolean {
  // (Not a doubled root's «فعال», «ملال», whose «الملالي» is another word.)
  if (x.length !== 4 || x.charCodeAt(2) !== 0x0627 || x[1] === x[3]) return false;
  const plural = x + '\u064A';
  const bare = surface.get(x) ?? 0;
  const definite = definiteCount(x);
  return (
    bare >= (x.charCodeAt(0) === 0x0645 ? 1 : DEFECTIVE_BROKEN_PLURAL_BARE_MIN) &&
    c(plural) >= Math.max(DEFECTIVE_BROKEN_PLURAL_MIN, bare) &&
    articleShare(plural) >= DEFECTIVE_PARTICIPLE_ARTICLE &&
    (maksuraEnd.get(plural) ?? 0) <= DEFECTIVE_BROKEN_PLURAL_MAKSURA * c(plural) &&
    c(plural + '\u0629') < c(plural) &&
    c(x + '\u0629') < c(plural) &&
    c(x + '\u0627\u062A') < MIN_COUNT &&
    c(x + '\u062A') < MIN_COUNT &&
    (definite <= Math.max(1, DEFECTIVE_BARE_ARTICLE * bare) || definite <= DEFECTIVE_BROKEN_PLURAL_STRAY * definiteCount(plural))
  );
}
// Round 97: the bare «مفاع» of such a plural gets code j as the participle's X does above
// («مبان» → «مباني», as «المباني»); round 98, any such plural of four letters («أراض» → «أراضي»).
for (const x of surface.keys()) {
  if (!entries.has(x) && defectiveBrokenPlural(x)) entries.set(x, 'j');
}
/**
 * defectiveActiveParticiple: the least share of the article in the participle's «Xي», lower than a
 * broken plural's (DEFECTIVE_PARTICIPLE_ARTICLE): a participle is as often a construct as
 * definite («باقي الدول», «قاضي التحقيق» beside «الباقي», «القاضي»).
 */
const DEFECTIVE_ACTIVE_ARTICLE = 0.1;
/**
 * defectiveActiveParticiple: «Xت» and «Xا» may each be seen this share of «Xي» (or under
 * MIN_COUNT times): a hollow verb «قاسَ», «نامَ», «راقَ» is X itself, and its «قاست», «نامت»,
 * «راقت» come to a tenth of «Xي» or more, while «نادت», «قاضت» of the form III verbs «نادى»,
 * «قاضى» are rare beside «النادي», «القاضي»; the accusative «Xًا» is a sound noun's or a name's
 * («جارًا», «غانا»), a defective participle's is «Xيًا».
 */
const DEFECTIVE_ACTIVE_SHARE = 0.05;
/**
 * defectiveActiveParticiple: «الX» may be seen this share of «الXي» (a misspelling, or another
 * word of the same letters news seldom writes: «العال», the airline El Al); a noun «جار» whose
 * «الجار» is as rare beside «الجاري» fails on its pronouns («جاره», «جارها»).
 */
const DEFECTIVE_ACTIVE_STRAY = 0.05;
/**
 * defectiveActiveParticiple: the masdar «مفاعاة» of a form III verb must be seen this many times
 * the bare «مفاع» («مساواة», «موازاة» 30 and 3 times «مساو», «مواز»); a bare X near as common as
 * the masdar is a name («مناد», Menad, beside «مناداة»).
 */
const DEFECTIVE_ACTIVE_MASDAR = 2;
/**
 * Whether the bare `x` is the indefinite of a defective active participle that news writes
 * without its ي (round 99): of form I, «فاعٍ» of three letters («قاضٍ», «عالٍ», «ماضٍ», «باقٍ»,
 * «نادٍ», «ثانٍ», «راضٍ», «داعٍ»), or of form III, «مفاعٍ» of four letters whose masdar «مفاعاة»
 * is seen MIN_COUNT times and DEFECTIVE_ACTIVE_MASDAR times as often as the bare X («موازٍ»,
 * «مساوٍ» beside «موازاة», «مساواة»; not the name «مناد»), beside its definite and
 * construct «القاضي», «قاضي التحقيق». As defectiveBrokenPlural has it, the bare X is seen
 * DEFECTIVE_BROKEN_PLURAL_BARE_MIN times, «Xي» DEFECTIVE_BROKEN_PLURAL_MIN times (of form III
 * MIN_COUNT) and as often as the bare X (of form III with its feminine «Xية»: «مساوٍ» is commoner
 * than «مساوي»), takes the article (DEFECTIVE_ACTIVE_ARTICLE) and is mostly written ـي
 * (DEFECTIVE_BROKEN_PLURAL_MAKSURA); its «الX» is as rare as round 96 has it
 * (DEFECTIVE_BARE_ARTICLE × the bare form) or rare beside «الXي» (DEFECTIVE_ACTIVE_STRAY), a
 * theophoric name's «عبد العال» aside (afterAbd): «الجار», «الواد», «الغال» are words and names of
 * their own. The participle's feminine «Xية» may be the commoner («العالية», «الماضية»,
 * «الموازية»: no nisba guard) but must be seen (MIN_COUNT: the surnames «الرازي», «الباجي»,
 * «الصاوي» have none); «Xي» is no given name («رامي», «سامي», «هاني»: «رام الله», Sam, Han);
 * «Xة» is rarer than it («حادة», «عامة», «كافة», «مادة» of the doubled «حادّ», «عامّ», «كافّ»,
 * «مادّ»); «Xات», «Xت», «Xا» are rare beside it (DEFECTIVE_ACTIVE_SHARE: a noun's plural, a hollow
 * verb's perfect, a sound noun's accusative); and X takes no pronoun (DEFECTIVE_ACTIVE_SHARE of
 * its bare form: «جاره», «خالها», «راعه» show a noun or a verb; the participle's construct keeps
 * its ي, «قاضيه»).
 */
function defectiveActiveParticiple(x: string): boolean {
  const formOne = x.length === 3 && x.charCodeAt(1) === 0x0627;
  const bare = surface.get(x) ?? 0;
  if (!formOne && !(x.length === 4 && x.charCodeAt(0) === 0x0645 && x.charCodeAt(2) === 0x0627 && c(x + '\u0627\u0629') >= Math.max(MIN_COUNT, DEFECTIVE_ACTIVE_MASDAR * bare))) return false;
  const singular = x + '\u064A';
  const n = c(singular);
  const definite = definiteCount(x) - (afterAbd.get('\u0627\u0644' + x) ?? 0);
  const rare = Math.max(MIN_COUNT, DEFECTIVE_ACTIVE_SHARE * n);
  return (
    bare >= DEFECTIVE_BROKEN_PLURAL_BARE_MIN &&
    n >= (formOne ? DEFECTIVE_BROKEN_PLURAL_MIN : MIN_COUNT) &&
    n + (formOne ? 0 : c(singular + '\u0629')) >= bare &&
    articleShare(singular) >= DEFECTIVE_ACTIVE_ARTICLE &&
    (maksuraEnd.get(singular) ?? 0) <= DEFECTIVE_BROKEN_PLURAL_MAKSURA * n &&
    !givenNames.has(singular) &&
    c(singular + '\u0629') >= MIN_COUNT &&
    c(x + '\u0629') < n &&
    c(x + '\u0627\u062A') < rare &&
    c(x + '\u062A') < rare &&
    c(x + '\u0627') < rare &&
    possessed(x) < Math.max(MIN_COUNT, DEFECTIVE_ACTIVE_SHARE * bare) &&
    (definite <= Math.max(1, DEFECTIVE_BARE_ARTICLE * bare) || definite <= DEFECTIVE_ACTIVE_STRAY * definiteCount(singular))
  );
}
// Round 99: the bare «فاع» of such a participle, and the bare «مفاع» of a form III one, get code
// j as the broken plural's does above («قاض» → «قاضي», as «القاضي»; «مواز» → «موازي»).
for (const x of surface.keys()) {
  if (!entries.has(x) && defectiveActiveParticiple(x)) entries.set(x, 'j');
}
/**
 * defectiveActivePlural: the nominative «Xون» must be seen this share of the oblique «Xين» where
 * the plural seldom takes the article (a predicate: «راضون», «راضين»); a name in ـين («تالين»,
 * Tallinn) has neither.
 */
const DEFECTIVE_ACTIVE_NOMINATIVE = 0.25;
/**
 * Whether `x`, «فاع» of three letters, is the stem of a defective participle of form I whose sound
 * plurals «Xين», «Xون» go with its singular «Xي» (round 100: «الباقين», «داعين», «الناجون»,
 * «راضون», «الساعين» → «باقي», «داعي», «ناجي», «راضي», «ساعي»), as round 96's in مـ do. The plural
 * is a participle's, no name nor another word: its oblique, the commoner case, is seen MIN_COUNT
 * times («مادون» is «ما دون», below), it is none of GIVEN_NAMES («نادين», Nadine), takes the article
 * (DEFECTIVE_ACTIVE_ARTICLE) or shows its nominative (DEFECTIVE_ACTIVE_NOMINATIVE; «تالين»,
 * Tallinn, beside «التالي», does neither). «Xي» is a participle as defectiveActiveParticiple has
 * it: seen DEFECTIVE_BROKEN_PLURAL_MIN times, with its feminine «Xية» (MIN_COUNT), mostly written
 * ـي, no given name, and taking the article (DEFECTIVE_ACTIVE_ARTICLE) unless its plural does
 * (DEFECTIVE_PARTICIPLE_ARTICLE: «ناجي» is also Naji, beside «الناجين»). X is no word of its own
 * whose dual «Xين» would be («عامين», «بابين», «ساقين», «الجارين»), nor a hollow verb («سار» beside
 * the nerve gas «السارين»): its bare form is no commoner than «Xي» (news writes «ناجٍ», «ساعٍ»
 * seldom, so it need not be seen), and its accusative «Xا», its perfect «Xت» and X with a pronoun
 * are rare (DEFECTIVE_ACTIVE_SHARE), the pronoun ه aside where «Xة» is commoner than «Xي» («ساعه»
 * is «ساعة», hour), as is «الX» (as round 99 has it: «الغال» beside «غالون», gallon). «Xة», «Xات»
 * may be common: «Xين» is no dual of «Xة» («ساعتين»).
 */
function defectiveActivePlural(x: string): boolean {
  if (x.length !== 3 || x.charCodeAt(1) !== 0x0627) return false;
  const oblique = x + '\u064A\u0646';
  const nominative = x + '\u0648\u0646';
  const plural = c(oblique) + c(nominative);
  const pluralArticle = (definiteCount(oblique) + definiteCount(nominative)) / Math.max(1, plural);
  if (c(oblique) < MIN_COUNT || givenNames.has(oblique) || givenNames.has(nominative)) return false;
  if (pluralArticle < DEFECTIVE_ACTIVE_ARTICLE && c(nominative) < Math.max(MIN_COUNT, DEFECTIVE_ACTIVE_NOMINATIVE * c(oblique))) return false;
  const singular = x + '\u064A';
  const n = c(singular);
  const bare = surface.get(x) ?? 0;
  const rare = Math.max(MIN_COUNT, DEFECTIVE_ACTIVE_SHARE * n);
  const pronouns = possessed(x) - (c(x + '\u0629') > n ? (surface.get(x + '\u0647') ?? 0) : 0);
  const definite = definiteCount(x) - (afterAbd.get('\u0627\u0644' + x) ?? 0);
  return (
    n >= Math.max(DEFECTIVE_BROKEN_PLURAL_MIN, bare) &&
    c(singular + '\u0629') >= MIN_COUNT &&
    (maksuraEnd.get(singular) ?? 0) <= DEFECTIVE_BROKEN_PLURAL_MAKSURA * n &&
    !givenNames.has(singular) &&
    (articleShare(singular) >= DEFECTIVE_ACTIVE_ARTICLE || pluralArticle >= DEFECTIVE_PARTICIPLE_ARTICLE) &&
    c(x + '\u0627') < rare &&
    c(x + '\u062A') < rare &&
    pronouns < Math.max(MIN_COUNT, DEFECTIVE_ACTIVE_SHARE * bare) &&
    (definite <= Math.max(1, DEFECTIVE_BARE_ARTICLE * bare) || definite <= DEFECTIVE_ACTIVE_STRAY * definiteCount(singular))
  );
}
// Round 100: the sound plurals of such a participle get code i, as round 96's in مـ («الباقين»,
// «داعون» → «باقي», «داعي»), whatever decide licensed («باقين» was cut to «باق»).
const activeStems = new Set<string>();
for (const w of counts.keys()) {
  if (w.length === 5 && w.charCodeAt(1) === 0x0627 && (w.endsWith('\u064A\u0646') || w.endsWith('\u0648\u0646'))) activeStems.add(w.slice(0, -2));
}
for (const x of activeStems) {
  if (!defectiveActivePlural(x)) continue;
  for (const ending of ['\u064A\u0646', '\u0648\u0646']) {
    const code = entries.get(x + ending);
    if (code === 's' || (code === undefined && c(x + ending) > 0)) entries.set(x + ending, 'i');
  }
}
// A feminine dual seen under MIN_COUNT times («ركلتين», «تغريدتين», «مسافتان»), of a noun in ـة
// the corpus knows well: the singular «Xة» is seen RARE_FEMININE_DUAL_SINGULAR times at least and
// takes the article (DUAL_SINGULAR_ARTICLE) or shows its plural «Xات» (see feminineNoun), and the
// dual itself takes no plural or dual of its own. A dual is rare next to its singular, so most of a noun's duals are seen once or twice and
// none of them could meet the singular (round 50). A name in ـتين («أوغستين») has no such
// singular. A dual seen MIN_COUNT times or more was decided above; where that left it whole it
// is taken here only if its other case is licensed as such a dual and its singular is
// DUAL_SINGULAR_RATIO times as common: the nominative «جائزتان», «غرفتان» beside «جائزتين»,
// «غرفتين» (news writes the nominative seldom), not the names «مارتان», «هندستان» (there is no
// dual «مارتين» of «مارة») nor the whales «الحيتان».
const rareFeminineDuals: string[] = [];
for (const [w, n] of counts) {
  if (w.length < 6 || entries.has(w)) continue;
  if (!w.endsWith('\u062A\u064A\u0646') && !w.endsWith('\u062A\u0627\u0646')) continue;
  const singular = w.slice(0, -3) + '\u0629';
  // A dual seen more often meets its singular only where its other case is licensed.
  const sibling = w.slice(0, -2) + (w.endsWith('\u0627\u0646') ? '\u064A\u0646' : '\u0627\u0646');
  if (n >= MIN_COUNT && entries.get(sibling) !== 'f') continue;
  if (
    c(singular) >= Math.max(RARE_FEMININE_DUAL_SINGULAR, DUAL_SINGULAR_RATIO * n) &&
    feminineNoun(w.slice(0, -3)) &&
    !givenNames.has(w) &&
    c(w + '\u0627\u062A') + c(w + '\u0627\u0646') + c(w + '\u064A\u0646') + c(w + '\u064A') === 0
  ) {
    rareFeminineDuals.push(w);
  }
}
for (const w of rareFeminineDuals) entries.set(w, 'f');
// A plural in ـات that is a noun of its own beside an adjective's feminine (see nounPlurals).
for (const w of nounPlurals) {
  const x = w.slice(0, -2);
  if (entries.get(x + '\u0629') !== 'm' || entries.has(w)) continue;
  entries.set(w, participleNoun(x, c(x + '\u0629'), c(x), c(w)) ? 'b' : 'f');
}
// A woman's noun kept whole whose plural in ـات goes to the masculine (code b: «شابات» → «شاب»,
// «طبيبات» → «طبيب») meets that masculine too (code m), as «طالبة» does (round 66): «شابة»,
// «جارة», «ضيفة», «خادمة», «عضوة» (PERSON_FEMININE_NOUNS; corpus counts do not tell a person's
// feminine from a noun of its own whose plural follows another noun, «كتابة» beside «كتابات» →
// «كتاب»). The masculine must be seen MIN_COUNT times and take the article, and be no man's
// given name; a noun of manner keeps its ة (see mannerNoun).
for (const w of PERSON_FEMININE_NOUNS) {
  const n = c(w);
  const x = w.slice(0, -1);
  if (n < MIN_COUNT || entries.has(w) || entries.get(x + '\u0627\u062A') !== 'b') continue;
  if (c(x) >= MIN_COUNT && takesArticle(x) && !givenNames.has(x) && !mannerNoun(w, n)) entries.set(w, 'm');
}
// The second person's imperfect plural «تXون», «تXوا» («تريدون», «تعيشون», «تعانون») follows the
// third person's «يXون», «يXوا» where that was licensed above (code s, or i / u of a defective
// verb: «يعانون» → «يعاني»): news quotes the second person seldom, so its own moods are rarely both
// seen (round 50). The singular «تX» must be seen MIN_COUNT times, the plural take no article and
// be rarer than the third person's; «تسعون» (ninety) is a ten, not a plural of «تسع».
const secondPersonPlurals: [string, string][] = [];
for (const [w, n] of counts) {
  if (w.length < 5 || w.charCodeAt(0) !== 0x062a || entries.has(w)) continue;
  if (!w.endsWith('\u0648\u0646') && !w.endsWith('\u0648\u0627')) continue;
  const x = w.slice(0, -2);
  if (TENS_UNITS.has(x) || takesArticle(w)) continue;
  // The second person is far rarer in news than the third: a «تXون» seen more than
  // SECOND_PERSON_SHARE × its «يXون» is a word of its own, mostly a name («تولون», Toulon, beside
  // «يولون»).
  if (n > SECOND_PERSON_SHARE * c('\u064A' + w.slice(1))) continue;
  const third = entries.get('\u064A' + w.slice(1));
  if ((third === 's' && c(x) >= MIN_COUNT) || ((third === 'i' || third === 'u') && c(x + (third === 'i' ? '\u064A' : '\u0648')) >= MIN_COUNT)) {
    secondPersonPlurals.push([w, third]);
  }
}
for (const [w, code] of secondPersonPlurals) entries.set(w, code);
// The construct state of a sound masculine plural or dual drops its ن: «مقاتلو الحركة»,
// «لاعبي الفريق», «مواطنيها» (its base «مواطني»). A base «Xو» or «Xي» (X of four letters or
// more) is cut to X where «Xون» or «Xين» was licensed above as a plural or dual that takes the
// article (a verb's «يعادون» does not), the base itself nearly never takes it (a construct never
// does, while the nisba «العالمي», «الرئيسي» and names such as «المالكي» do), and the base is
// followed by a definite genitive often enough: a name in ـو ـي is followed by a surname
// («بابلو», «جورجيو»). Where that is rarer the base must also take a pronoun («مديريها»).
// (A «Xي» read as X + «my» has the same stem.)
for (const [w, n] of counts) {
  if (n < MIN_COUNT || w.length < 5 || entries.has(w)) continue;
  const last = w.charCodeAt(w.length - 1);
  if (last !== 0x0648 && last !== 0x064a) continue;
  const x = w.slice(0, -1);
  const plural = Math.max(
    entries.get(x + '\u0648\u0646') === 's' ? articleShare(x + '\u0648\u0646') : 0,
    entries.get(x + '\u064A\u0646') === 's' ? articleShare(x + '\u064A\u0646') : 0,
  );
  if (plural < CONSTRUCT_PLURAL_ARTICLE || articleShare(w) >= CONSTRUCT_ARTICLE_SHARE) continue;
  const genitive = (beforeDefinite.get(w) ?? 0) / Math.max(1, surface.get(w) ?? 0);
  if (genitive >= CONSTRUCT_GENITIVE_SURE || (genitive >= CONSTRUCT_GENITIVE && pronounsOf(w) > 0)) entries.set(w, 's');
}
// A dual of a noun of three letters before a pronoun drops its ن too: «عينيه», «قدميها»,
// «بلديهما», «طفليه» (base «عيني», «قدمي», «بلدي», «طفلي»). The loop above asks five letters, since
// a bare «Xي» of four is as often a nisba («عربي», «بلدي» municipal) or «my X»: here the base is
// licensed where «Xين» was (see decide) and the corpus shows it with a pronoun, and the stemmer
// cuts its ي only where it has just split a pronoun off. A nisba, a verb or a noun in ـي
// («الماضي», «الدوري», «تسمّيه») takes a pronoun seldom next to its count (see DUAL_PRONOUN_THETA).
for (const [w, n] of counts) {
  if (n < MIN_COUNT || w.length !== 4 || !w.endsWith('\u064A') || entries.has(w)) continue;
  if (entries.get(w.slice(0, 3) + '\u064A\u0646') !== 's') continue;
  const pronouns = pronounsOf(w);
  if (pronouns >= Math.max(WHOLE_MIN_COUNT, DUAL_PRONOUN_THETA * n)) entries.set(w, 's');
}
// «Xتي», «Xتا» without a pronoun is the construct of the dual «Xتين», «Xتان» of a noun in ـة, or
// «my X» («محافظتي أبين ولحج», «صحيفتا», «مدينتي»): the stemmer gives «Xة» (code f; round 70)
// where that dual is licensed and the corpus shows the noun «Xة» more often than this form (a name
// ends so too: «بوليتي»).
for (const [w, n] of counts) {
  if (n < MIN_COUNT || w.length < 5 || entries.has(w) || w.charCodeAt(w.length - 2) !== 0x062a) continue;
  const last = w.charCodeAt(w.length - 1);
  if (last !== 0x064a && last !== 0x0627) continue;
  if (entries.get(w + '\u0646') === 'f' && (counts.get(w.slice(0, -2) + '\u0629') ?? 0) >= n) entries.set(w, 'f');
}
// Whole-word guard: a frequent word that segment splits in front although what would remain
// is much rarer than the word itself (under WHOLE_RATIO) is more likely a name («لوكاس», «بالمر») than a clitic chain.
// A remainder that inflects (past ت, وا or an object pronoun, with or without the same
// proclitics) is a word of its own even when rarer bare: narrative «وأضاف» against «أضاف».
for (const [w, remainder] of remainderOf) {
  const n = surface.get(w) ?? 0;
  if (n < WHOLE_MIN_COUNT) continue;
  // A ك read as «like» before a common word (round 70) may be the word's own first letter however
  // common the rest is: «كسبت» (she earned) beside «سبت» (see kafOwnForms).
  if (w.length === remainder.length + 1 && w.charCodeAt(0) === 0x0643 && kafOwnForms(w) >= Math.max(WHOLE_MIN_COUNT, KAF_OWN_THETA * n)) {
    entries.set(w, entries.get(w) === 's' ? 'l' : 'w');
    continue;
  }
  if ((surface.get(remainder) ?? 0) >= WHOLE_RATIO * n) continue;
  // A remainder seen alone and, often, with the article is a common noun however much rarer
  // than the fixed phrase it forms with ب («بسبب», «بشدة», «برصاص»); the tail of a name is not.
  if ((surface.get(remainder) ?? 0) >= 2 * WHOLE_MIN_COUNT && (surface.get('\u0627\u0644' + remainder) ?? 0) >= WHOLE_DEFINITE_MIN) continue;
  const base = pronounBaseOf.get(w);
  if (base !== undefined && (surface.get(base) ?? 0) >= WHOLE_RATIO * n) continue;
  const proclitics = w.slice(0, w.length - remainder.length);
  let inflected = 0;
  for (const ending of INFLECTED_ENDINGS) inflected += (surface.get(remainder + ending) ?? 0) + (surface.get(proclitics + remainder + ending) ?? 0);
  // A remainder in ت may be the past tense itself («وأضافت»): its masculine is the evidence.
  if (remainder.endsWith('\u062A')) {
    const masculine = remainder.slice(0, -1);
    inflected += (surface.get(masculine) ?? 0) + (surface.get(proclitics + masculine) ?? 0);
  }
  // A word whose ending was licensed above (code s: «لاجئين» is the plural of «لاجئ», and the
  // base of «اللاجئين») keeps that license under the guard: code l keeps the proclitic letter
  // and strips the ending («لاجئين» is no «ل» + «اجئين»).
  if (inflected < Math.max(WHOLE_MIN_COUNT, INFLECTED_THETA * n)) entries.set(w, entries.get(w) === 's' ? 'l' : 'w');
}
/**
 * How often the folded `w`, «كX», shows forms that «ك» + X (like X) never takes, so that its ك is
 * its own first letter (round 70): with the article («الكمال», «للكراسي»), and, where it ends in
 * ت, as the imperfect of its masculine («كسبت» beside «يكسب»). A preposition is never preceded
 * by the article, and «كرئيس», «كبديل» are not.
 */
function kafOwnForms(w: string): number {
  let n = definite.get(w) ?? 0;
  if (w.endsWith('\u062A')) n += surface.get('\u064A' + w.slice(0, -1)) ?? 0;
  return n;
}
/**
 * How often the surface shows `base` with a pronoun where segment reads it so: «لاسهم» is
 * «ل» + «أسهم», no evidence that «لاس» takes pronouns.
 */
function pronounsOf(base: string): number {
  const stem = base.endsWith('\u0629') ? base.slice(0, -1) + '\u062A' : base;
  let n = 0;
  for (const p of POSSESSIVES) {
    const w = stem + p;
    if (pronounOf.get(w)?.[0] === base) n += surface.get(w) ?? 0;
  }
  return n;
}

// Whole-word guard behind: a frequent word that segment splits into a base and one pronoun,
// where the base never shows the other pronouns, ends in letters that only look like one
// («بيغي», «يوليه», «إنريكه»). For «ي» (rare in news) that alone decides; for the others the
// base must also be rarer than the word and take no article (a verb's object pronoun varies:
// «قاله», «قالها»).
for (const [w, [base, pronoun]] of pronounOf) {
  const n = surface.get(w) ?? 0;
  if (n < WHOLE_MIN_COUNT) continue;
  if (pronoun === '\u064A') {
    if (pronounsOf(base) < OTHER_PRONOUN_THETA * n) entries.set(w, 'w');
  } else if (articleShare(base) < NAME_ARTICLE_SHARE && (surface.get(base) ?? 0) < n && pronounsOf(base) - n < OTHER_PRONOUN_THETA * n) {
    entries.set(w, 'w');
  }
}
// The dual of a perfect verb ends in ا: «كانا», «اعترفا», «ساعداه» (base «ساعدا») → «كان»,
// «اعترف», «ساعد»; the feminine's «كانتا», «اتفقتا» lose it too and meet the perfect in ت,
// whose own decision then cuts it (code t, as for a tanween; the stemmer looks the rest up). A
// «Xا» is such a dual where the perfect «Xت» was licensed above (see pastFeminine: X is a verb,
// not a noun that takes the article), «Xا» takes no article itself and is no commoner than the
// perfect's feminine and plural together: a name such as «صنعا» outnumbers the verb «صنعت».
// A perfect licensed by its particles alone (particlePerfects) licenses no dual («ميزا», a name).
// Where «Xا» is the accusative of a masdar with the perfect's letters («منعا», «دفعا») the stem
// X is the same. A defective verb's «دعا» (three letters) is no dual.
for (const [w, n] of counts) {
  if (n < MIN_COUNT || w.length < 4 || !w.endsWith('\u0627') || entries.has(w)) continue;
  if ((surface.get('\u0627\u0644' + w) ?? 0) >= ARTICLE_THETA * Math.max(1, surface.get(w) ?? 0)) continue;
  const x = w.slice(0, -1);
  // A function word keeps its alef unless X is one too («كانا» beside «كان»; see the stemmer).
  if (isStopwordSpelling(w) && !isStopwordSpelling(x)) continue;
  // A dual's alef carries no hamza: «اقرأ» (read) is no dual of «أقرّ».
  if ((hamzaAlef.get(w) ?? 0) >= DUAL_HAMZA_THETA * n) continue;
  // A noun in ـى writes it ا before a pronoun («ذكراه», «مستواها»): «ذكرى» (folded «ذكري») is
  // then commoner than the would-be dual.
  if (c(x + '\u064A') >= n) continue;
  let perfect = 0;
  if (entries.get(x + '\u062A') === 's' && !particlePerfects.has(x + '\u062A')) {
    perfect = c(x + '\u062A') + c(x + '\u0648\u0627');
    // A defective verb's dual keeps its ي («التقيا», «انتهيا»): «Xيت» is only the first or second
    // person, so its third persons count too, «Xت» and «Xوا» coded a or y («التقت», «التقوا»; round 82).
    const stump = x.slice(0, -1);
    if (x.endsWith('\u064A') && ['a', 'y'].includes(entries.get(stump + '\u062A') ?? '')) perfect += c(stump + '\u062A') + c(stump + '\u0648\u0627');
  } else if (x.endsWith('\u062A') && x.length >= 4 && ['s', 'a', 'y'].includes(entries.get(x) ?? '')) {
    // The construct dual of a noun in ـة («ابنتا», «أسرتا» + genitive) has the letters of a
    // feminine perfect («أسرت»); its singular «Xة» is then the commoner.
    if (c(x.slice(0, -1) + '\u0629') < c(x)) perfect = c(x);
  }
  if (perfect > 0 && n <= perfect) entries.set(w, 't');
}
// Tanween: a base in ـا often written with its accusative tanween drops the alef unmarked too
// (code t: «كبيرا», «دائما» → «كبير», «دائم»), unless another decision holds for it (the
// verbal plural وا). A name in ـا is almost never written with the tanween («روسياً» is 0.4 %
// of «روسيا», «أمريكا», «كندا» never), and an indefinite accusative never takes the article or
// a pronoun: «العليا», «الجيولوجيا» (an alef of the word) and «دعاه», «غزاها» (a verb in ـا)
// do, and so, now and then, do the names «ألفا» («الألفا») and «رأسا» — one such form in
// 1 / TANWEEN_ARTICLE_THETA is enough to keep the alef.
for (const [w, marked] of tanween) {
  const n = c(w);
  if (n < MIN_COUNT || w.length < 3 || entries.has(w)) continue;
  const other = (surface.get('\u0627\u0644' + w) ?? 0) + pronounsOf(w);
  if (other < Math.max(1, TANWEEN_ARTICLE_THETA * n)) {
    if (marked >= Math.max(MIN_COUNT, TANWEEN_THETA * n)) entries.set(w, 't');
    continue;
  }
  // The accusative of a common noun or adjective (see TANWEEN_NOUN_THETA): «أمرا», «مؤتمرا»,
  // «كتابا» → «أمر», «مؤتمر», «كتاب». The article is counted where segment reads it so (not
  // «التزامنا», «الالتزام» + «نا» beside «تزامنا»), and no function word is an X («كلا», «معا»).
  // «ـيا» is the commonest ending of foreign place names («سوريا», «روسيا»), which are almost never
  // written with the tanween (under 1 %, far under TANWEEN_NOUN_THETA); a short one is as often a
  // name that shares a noun's letters («صبيا» beside «صبيّاً»): under NISBA_TANWEEN_MIN_LENGTH
  // the strict test above alone decides. From it up, the nisba's accusative («أمريكيا»,
  // «تقليديا», «دستوريا») goes to «Xي» as the other nouns' do (round 46).
  const x = w.slice(0, -1);
  if (
    (!w.endsWith('\u064A\u0627') || w.length >= NISBA_TANWEEN_MIN_LENGTH) &&
    marked >= Math.max(MIN_COUNT, (w.length <= 4 ? TANWEEN_SHORT_NOUN_THETA : TANWEEN_NOUN_THETA) * n) &&
    (definite.get(w) ?? 0) + pronounsOf(w) < TANWEEN_NOUN_OTHER * n &&
    (definite.get(x) ?? 0) >= Math.max(WHOLE_DEFINITE_MIN, TANWEEN_NOUN_DEFINITE * n, TANWEEN_NOUN_DEFINITE_SHARE * c(x)) &&
    !isStopwordSpelling(x)
  ) {
    entries.set(w, 't');
  }
}
// The accusative of a derived noun or adjective news writes without its tanween mark (round 61):
// «مدروسا», «متدربا», «تفعيلا», «استقطابا» → «مدروس», «متدرب», «تفعيل», «استقطاب», where the
// loop above finds too few marked forms to decide. The shape stands for the marks (see
// derivedShape: a participle in مـ, a masdar in تـ or of a form with a long ا before its last
// radical), and the evidence of a common noun the loop asks for stands as it is: X takes the
// article often, «Xا» never does nor takes a pronoun (which keeps «المستشفا», a misspelling), and
// X is no noun in ـى written ا («مستوى» → «مستوا»). A broken plural «أفعال» has the shape of a
// masdar of form IV and goes the same way («أقوالا», «أعواما»).
for (const [w, n] of counts) {
  if (n < MIN_COUNT || w.length < 5 || !w.endsWith('\u0627') || entries.has(w)) continue;
  const x = w.slice(0, -1);
  // (Not in ـيا: the names of countries take the shape too, «مقدونيا», «تشيكيا», and a nisba's
  // accusative is left to the marked evidence above.)
  // Nor in ـاتا: what is left would lose its ات too («أياتا», IATA, is no «آية»).
  if (!derivedShape(x) || x.endsWith('\u064A') || x.endsWith('\u0627\u062A') || isStopwordSpelling(x) || c(x + '\u064A') >= n) continue;
  if ((surface.get('\u0627\u0644' + w) ?? 0) + pronounsOf(w) >= Math.max(1, TANWEEN_ARTICLE_THETA * n)) continue;
  if ((definite.get(x) ?? 0) >= Math.max(WHOLE_DEFINITE_MIN, TANWEEN_NOUN_DEFINITE * n, TANWEEN_NOUN_DEFINITE_SHARE * c(x))) {
    entries.set(w, 't');
  }
}
// The accusative of a counted noun (round 103): after the numbers 11–99 a noun stands in the
// accusative singular («20 دينارا», «خمسين ميلا», «15 مترشحا», «16 محضرا», «25 قرصا»), which news
// writes without its tanween mark, so the marked evidence above is thin («دينارا» 15 %), and a
// unit seen mostly in a count or a construct takes the article too seldom for
// TANWEEN_NOUN_DEFINITE_SHARE. Where «Xا» follows a number AFTER_NUMBER_SHARE of the time
// (MIN_COUNT times at least), takes the article or a pronoun under TANWEEN_NOUN_OTHER of the
// time, and X is a noun that takes the article (MIN_COUNT times and AFTER_NUMBER_DEFINITE_SHARE
// of its count; AFTER_NUMBER_UNMARKED_DEFINITE times where «Xا» is never marked), the alef goes
// (code t). «جيجا», «كاميرا» (X never definite), «ألفا» (the number «ألف» is no counted noun),
// «ميغا» and the function words («عندما», «منها» after a number) stay.
for (const [w, n] of counts) {
  if (n < MIN_COUNT || w.length < 4 || !w.endsWith('\u0627') || entries.has(w)) continue;
  const x = w.slice(0, -1);
  const seen = surface.get(w) ?? 0;
  const numbered = afterNumber.get(w) ?? 0;
  if (numbered < Math.max(MIN_COUNT, AFTER_NUMBER_SHARE * seen)) continue;
  if (isStopwordSpelling(w) || isStopwordSpelling(x) || x.endsWith('\u0627') || c(x + '\u064A') >= n) continue;
  // (A particle + «ما» is no accusative: «دونما», without, beside the dunams «50 دونما».)
  if (w.endsWith('\u0645\u0627') && isStopwordSpelling(w.slice(0, -2))) continue;
  if ((surface.get('\u0627\u0644' + w) ?? 0) + pronounsOf(w) >= Math.max(1, TANWEEN_NOUN_OTHER * n)) continue;
  const least = (tanween.get(w) ?? 0) > 0 ? MIN_COUNT : AFTER_NUMBER_UNMARKED_DEFINITE;
  if ((definite.get(x) ?? 0) >= Math.max(least, AFTER_NUMBER_DEFINITE_SHARE * c(x))) entries.set(w, 't');
}
// The dual of a noun of two letters (code e): «يدين», «يدان», and «يدي» before a pronoun or a
// genitive («بيديه», «بين يدي الرئيس») go with «يد». Corpus counts cannot find such nouns: a
// «Xين» of two letters X is as often a word of its own («أمين», «ثمين», «سجين») or a name
// («أبين»), so the nouns are listed (TWO_LETTER_DUAL_NOUNS).
for (const x of TWO_LETTER_DUAL_NOUNS) {
  for (const ending of ['\u064A\u0646', '\u0627\u0646', '\u064A']) {
    if (c(x + ending) >= MIN_COUNT) entries.set(x + ending, 'e');
  }
}
// The dual of a noun news writes nearly always definite (DEFINITE_DUAL_NOUNS, round 55).
for (const x of DEFINITE_DUAL_NOUNS) {
  for (const [ending, code] of [['\u064A\u0646', 's'], ['\u0627\u0646', 's'], ['\u0627', 't']] as const) {
    // (The dual itself is counted after the article only where `segment` takes it off, which
    // it does since QA round 88 but not in every spelling. The singular's count stands for it;
    // «Xا» needs its own.)
    if (c(code === 't' ? x + ending : x) >= MIN_COUNT) entries.set(x + ending, code);
  }
  // Their bare «Xي» is left as it is, whatever the counts of «الXين» license: «والدي» is as
  // often «my father»; and their «Xين» is a dual, no sound plural that would make «Xة» an
  // adjective's feminine: «والدة» (mother) keeps its ة (QA round 88, since `segment` takes the
  // article off «الوالدين»).
  entries.delete(x + '\u064A');
  if (entries.get(x + '\u0629') === 'm') entries.delete(x + '\u0629');
}
// The construct of the number two before «عشر» («اثنا عشر», twelve) drops its alef as the
// tanween's (code t: «اثنا» → «اثن», round 51); «اثني» is kept, as it folds with the verb «أثنى».
if (c('\u0627\u062B\u0646\u0627') >= MIN_COUNT) entries.set('\u0627\u062B\u0646\u0627', 't');
// The plural of a noun in ت (code h): «بنات» → «بنت», «أخوات» → «اخت»; the nouns are listed
// (TEH_PLURAL_NOUNS), as corpus counts cannot tell such a ت from a perfect's.
for (const singular of TEH_PLURAL_NOUNS) {
  const x = singular.slice(0, -1);
  for (const ending of ['\u0627\u062A', '\u0648\u0627\u062A']) {
    if (c(x + ending) >= MIN_COUNT) entries.set(x + ending, 'h');
  }
}
// A definite «الXه» takes no pronoun, so its ه is a root's («التوجيه», «الفقيه», «الترفيه») or a
// ة written ه («الحريه», «الأغنيه», «السلوكيه»; round 66). The latter (code r) where «الXة» is
// seen HEH_TEH_RATIO times as often (MIN_COUNT at least): the root's ه is the common spelling of
// its word, the ة its misspelling («التوجية»). The stemmer then takes «الXه» as «الXة».
const hehForTeh: string[] = [];
for (const w of counts.keys()) {
  if (w.length < 3 || !w.endsWith('\u0647') || entries.has(w)) continue;
  const definite = definiteCount(w);
  const fem = w.slice(0, -1) + '\u0629';
  const ratio = w.length === 3 ? HEH_TEH_SHORT_RATIO : HEH_TEH_RATIO;
  if (definite > 0 && definiteCount(fem) >= Math.max(MIN_COUNT, ratio * definite)) hehForTeh.push(w);
}
// Round 71: a base of three letters takes HEH_TEH_SHORT_RATIO; and a common «الXة» whose «الXه»
// the corpus never shows («اللغه», «الدقيقه», «المشكله», frequent in other news) is marked as
// well, from the surface forms: no base need be seen as «Xه».
for (const [d, n] of surface) {
  if (n < HEH_TEH_UNSEEN_MIN || d.length < 5 || !d.startsWith('\u0627\u0644') || !d.endsWith('\u0629')) continue;
  const w = d.slice(2, -1) + '\u0647';
  if (!entries.has(w) && definiteCount(w) === 0) hehForTeh.push(w);
}
for (const w of hehForTeh) entries.set(w, 'r');
if (process.env.DEBUG_R66) console.error('R66', hehForTeh.map((w) => `${w}:${definiteCount(w)}/${definiteCount(w.slice(0, -1) + '\u0629')}`).join(' '));
// Round 81: the jussive of a defective verb (code j; see defectiveJussive).
for (const w of surface.keys()) if (!entries.has(w) && defectiveJussive(w)) entries.set(w, 'j');
// Round 104: the units three to ten take ة before a masculine counted noun («خمسة أيام», «سبعة
// أشخاص») and none before a feminine one («خمس سنوات»): the ة is the number's gender, no
// feminine noun's, and comes off (code m) as it already did, by the adjective loops, for «ثلاثة»,
// «أربعة», while «خمسة», «ستة», «سبعة», «تسعة», «عشرة» kept it. «ثمانية» is «ثماني» + ية (code
// s). The plural «عشرات» (tens of) goes with them: its ات comes off without a ة (code b).
for (const x of TENS_UNITS) {
  if (c(x + '\u0629') >= MIN_COUNT && !entries.has(x + '\u0629')) entries.set(x + '\u0629', 'm');
}
if (c(TENS_PLURAL) >= MIN_COUNT) entries.set(TENS_PLURAL, 'b');
// Round 69: the listed names and words keep their ين or ان, whatever loop licensed it (OWN_ENDING_WORDS).
for (const w of OWN_ENDING_WORDS) if (entries.get(w) === 's') entries.delete(w);
const lines: string[] = [];
for (const [w, code] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  lines.push(code + w);
  stats[code as keyof typeof stats]++;
}

const header =
  `// Generated by scripts/build-stem-lexicon.ts from the unlabeled news corpus (ANT 2018 news, Apache-2.0; Arabic Wikipedia 2017, CC BY-SA). Do not edit.\n` +
  `// ${lines.length} entries (from ${counts.size} bases seen in ${words} words) telling the 'dhad' stemmer where\n` +
  `// to depart from its defaults: k keeps the ending (${stats.k}), s removes ون ين ان, وا, a construct's و ي, the ة of ية or the ت of a perfect verb (${stats.s}), b removes\n` +
  `// ات without restoring ة (${stats.b}), f removes the ending and restores ة (${stats.f}), m removes an\n` +
  `// adjective's ة (${stats.m}), t removes the alef of an unmarked accusative tanween or of a perfect's dual (${stats.t}), a and y put ا (${stats.a})\n` +
  `// or ى (${stats.y}) for the ت of a defective verb's perfect (a also for the ي of a plural in ـيات or the و of one in ـوات of a noun in ـاة, and ة for the ت of a plural in ـآت of a noun in ـأة: «منشآت» → «منشاة»), o puts ة for the وات ون ين of a noun of two letters + ة (${stats.o}: «سنوات» → «سنة»), e removes the ين ان ي of the dual of a noun of two letters, and the تين تان of the feminine two (${stats.e}: «يدين» → «يد», «اثنتين» → «اثن»), h puts ت for the ات or وات of the plural of a noun in ت (${stats.h}: «بنات» → «بنت», «أخوات» → «اخت»), p puts ا for the ات of the plural of a loanword in ـا (${stats.p}: «ميليشيات» → «ميليشيا»), i and u put ي (${stats.i}) or و (${stats.u}) for the ون وا\n` +
  `// of a defective verb's imperfect plural (i also for the ين ون و of a defective participle: «المتوفين», «محامو» → «متوفي», «محامي»), n removes ين except after the article (${stats.n}: «الاثنين» is Monday), r reads the ه of a definite base as a ة (${stats.r}: «الحريه» → «حرية»), j puts back the ي of a defective verb's jussive or participle's or broken plural's indefinite (${stats.j}: «يأت» → «ياتي», «محام» → «محامي», «أراض» → «اراضي», «قاض» → «قاضي»), g removes the ت of a doubled verb's feminine perfect after «و», «ف» only (${stats.g}: «وتمت» → «تم»), w keeps the whole\n` +
  `// surface word unsegmented (${stats.w}), l keeps it so and removes its ending as s does (${stats.l}: «لاجئين»). One entry per line:\n` +
  `// the code letter, then the word. Parsed on first use by src/stem/dhad.ts.\n`;
const body = `export const STEM_EXCEPTIONS =\n  ${JSON.stringify(lines.join('\n'))};\n`;
writeFileSync(join(ROOT, 'src', 'lexicon', 'stem-exceptions.ts'), header + body);
console.error(`wrote ${lines.length} entries`, stats);
