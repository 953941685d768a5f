// The root analyzer: every split of a word into proclitics + template + suffixes, every
// reading of its weak letters, scored and filtered through the root lexicon.
import { isWeakLetter } from '../chars/code-units.js';
import { rootLexicon, triliteralKey, triliteralTable } from './lexicon.js';
import { foreignScore, isForeign, isListedName, isLoanword, isLookupName, isNisbaOfName, isParticipleStem, isSuffixLikeName } from './foreign.js';
import { normalizeForRoot } from './normalize-word.js';
import { ALLAH_FORMS, ALONE_AFTER_ARTICLE, ALONE_BARE, ALONE_TOO, CERTAIN_ROOTS, CERTAIN_STEMS, DEFECTIVE_ISTAF3AL_TWINS, DOUBLED_ISTAF3AL, HOLLOW_ISTAF3AL, SHORT_HOLLOW_ISTAF3AL, FUTURE_ENDINGS, FUTURE_STEMS, FUTURE_VERBS, LEXICAL_STEM_SET, BARE_PARTICLE_BASES, BARE_PARTICLES, IRREGULAR_STEMS, OVERRIDING_STEMS, PARTICLE_BASES, PARTICLES, REFUSED_PROCLITICS, SUFFIXED_STEMS, TEMPLATE_FLAG, VERB_STEMS, prefixes, suffixes, templateIndex, type Prefix, type Suffix, type Template } from './patterns.js';

const ALEF = 0x0627; // U+0627 ARABIC LETTER ALEF
const HAMZA = 0x0621; // U+0621 ARABIC LETTER HAMZA
const LAM = 0x0644; // U+0644 ARABIC LETTER LAM
const MEEM = 0x0645; // U+0645 ARABIC LETTER MEEM
const WAW = 0x0648; // U+0648 ARABIC LETTER WAW
const YEH = 0x064a; // U+064A ARABIC LETTER YEH
const ALEF_MAKSURA = 0x0649; // U+0649 ARABIC LETTER ALEF MAKSURA
const TEH_MARBUTA = 0x0629; // U+0629 ARABIC LETTER TEH MARBUTA
const TEH = 0x062a; // U+062A ARABIC LETTER TEH
const NOON = 0x0646; // U+0646 ARABIC LETTER NOON
const HEH = 0x0647; // U+0647 ARABIC LETTER HEH
const FEH = 0x0641; // U+0641 ARABIC LETTER FEH
const BEH = 0x0628; // U+0628 ARABIC LETTER BEH
const KAF = 0x0643; // U+0643 ARABIC LETTER KAF
const TATWEEL = 0x0640; // U+0640 ARABIC TATWEEL
const SEE = '\u0631\u0621\u064a'; // رءي, the root of يرى
const DUPLICATE = -1; // fill a missing third radical with a copy of the second (doubled roots)

const MIN_STEM = 2;
const NO_TEMPLATES: readonly Template[] = [];
const MAX_STEM = 7;
/** Longest irregular stem (ملياردير «billionaire», 8 letters); template stems stop at {@link MAX_STEM}. */
const MAX_IRREGULAR = 8;
const MAX_SUFFIX = 7;

// Readings of a written radical letter: [code, cost, code, cost, …]. A written alef is a
// weak radical (قال → قول، باع → بيع) or, first, a hamza; a written hamza may stand for a
// weak radical (قائم → قوم، انتهاء → نهي); و and ي may stand for each other (قيمة → قوم).
const READ_ALEF_FIRST = [HAMZA, 0.2];
const READ_ALEF = [WAW, 0.2, YEH, 0.3, HAMZA, 0.8];
// The alef of a three-letter stem فال is no radical before the sound plural ون or its
// construct و: only participles take ون, and a hollow or hamzated فاعل writes ئ (قائلون،
// سائلون), so «الفارون، الضالون، الساعون» are فاعّون of فرر، ضلل or فاعون of a defective root
// (سعي), never فور، ضءل، سوع.
const READ_ALEF_BEFORE_UN = [WAW, 1.5, YEH, 1.5, HAMZA, 1.5];
// After the article أفعل is a noun or adjective (the elative, a colour: الأطول، الأجود، الأبيض),
// which writes a weak middle radical as و or ي; an alef there is only the imperfect's (أنام،
// أخاف), which takes no article. So a bare «الامال، الافاق، الاجال», news text's الآمال،
// الآفاق، الآجال without the madda, are أفعال of ءمل، ءفق، ءجل, not أفعل of مول، فوق، جول.
// (Also for افعل, as news text writes أفعل.)
const READ_ALEF_DEFINITE_AF3AL = [HAMZA, 0.8];
const AF3AL = '\u0621123'; // the template أفعل
const IF3AL = '\u0627123'; // the template افعل
// Nor is a bare أفال (the past of a hollow أفعل: أقام، أفاد) a noun: after the article the
// template needs an ending (its masdar إفالة: الإدارة، الإداري); the plural أيّام, whose weak
// radicals merged (أيْوام), is let through. A penalty, not a ban: with the article alone the
// stem of a nisba (الإغاث of الإغاثية) must keep a root for the foreign-word test of
// isNisbaOfRootlessName.
const AF3AL_HOLLOW = '\u06211\u06273'; // ء1ا3
// The alef of انفال (ان1ا3: انحاز، انهال، انساق) is a hollow root's only in the past of انفعل,
// a verb with a hamzat wasl that takes no object (the verb is intransitive), no article and no
// noun ending, and whose verbal noun writes ي (انحياز، انهيال). Written with the hamza of
// إفعال, with the article or before a noun ending or pronoun («إنجاز، الإنجازات، إنجازه،
// الإنصات، الأنعام، الانفاق، انصاره»), the word is إفعال or أفعال of a root in ن (نجز، نصت،
// نعم، نفق، نصر), which the prior of a frequent hollow root (جوز، صوت، عوم، فوق، صور)
// used to outweigh. The alef there reads as a hamza only, as in READ_ALEF_DEFINITE_AF3AL,
// and the template ان1ا3 is not tried.
const INFA3AL = '\u0627\u0646123'; // the template انفعل (ان123)
const INFA3AL_HAMZA = '\u0621\u0646123'; // the same written with a hamza (ءن123)
const INFAAL = '\u0627\u06461\u06273'; // ان1ا3, the same past with its middle radical unwritten
const BARE_AF3AL_HOLLOW_DEFINITE = 0.5;
const READ_MAKSURA_LAST = [YEH, 0.1, WAW, 0.2];
const READ_MAKSURA = [YEH, 0.5];
const READ_WAW_FIRST = [WAW, 0];
const READ_WAW = [WAW, 0, YEH, 0.9, HAMZA, 1.3];
const READ_YEH_FIRST = [YEH, 0, WAW, 1.0];
const READ_YEH = [YEH, 0, WAW, 0.9, HAMZA, 1.3];
const READ_HAMZA_FIRST = [HAMZA, 0, WAW, 1.2];
// A past verb writes a first radical و as و (وضعت، وصلوا): a first hamza before its endings ت،
// تم، تن، نا or وا is a hamza or the prefix of أفعل, never و («أضعت، أضعنا» are أضاع «lost», not
// وضع; «أعيت» is أعيا, not وعي; QA round 77).
const READ_HAMZA_PAST = [HAMZA, 0];
const READ_HAMZA = [HAMZA, 0, WAW, 0.9, YEH, 0.8];
// A final hamza after the long alef of a pattern without ت (فعال، إفعال) is as often a weak
// radical (إجراء، بناء، سواء، لقاء) as a hamza (إنشاء); after a radical alef it is the hamza
// (جاء، شاء). In افتعال and استفعال (اكتفاء، استياء) the gold lists split evenly, so those
// keep the ordinary readings.
const READ_HAMZA_AFTER_ALEF = [HAMZA, 0.2, YEH, 0.3, WAW, 0.4];
// A final ء after a written alef before the feminine ة (or its ت before a pronoun, or the
// past ending ت) is a hamza radical: a defective root writes ي or و there (رواية، شقاوة، رمت),
// so إساءة، إضاءة، قراءة، أساءت are of سوء، ضوء، قرء، سوء, not سوي، ضوي، قري.
const READ_HAMZA_BEFORE_TAA = [HAMZA, 0, WAW, 1.5, YEH, 1.5];
const READ_NONE: number[] = [];
// The final ي of فاعل (التالي، الماضي) stands for a و radical once in four (تلو، علو، دعو
// against مضي، بقي، ثني: 45 to 167 tokens in PADT), more often than elsewhere.
const READ_YEH_FAAIL = [YEH, 0, WAW, 0.65, HAMZA, 1.3];
const FAAIL = '1\u062723'; // the template فاعل
// The last radical of فاعل written ء is a hamza (قارئ، ناشئ، هادئ، طارئ): a defective root
// writes ي or nothing there (قاضي، والي، ماضٍ), never ء. The ordinary readings let «والأهم»
// (و + ال + أهم) read as والئ + هم of ولي (QA round 75). At look-up time only (`table` set):
// in the lexicon builder it moved the corpus priors of هدي، خطو to هدء، خطء, which turned
// إهداء، تخطي to the hamza roots, as READ_HAMZA_SEATED's note says.
const READ_HAMZA_LAST_FAAIL = [HAMZA, 0, WAW, 2, YEH, 2];
// The ي of إفعال after its written hamza is the root's first radical: a hamza (إيمان، إيجار،
// إيثار, where two hamzas cannot stand together) or a و (إيجاد، إيقاف); a ي there is rare
// (إيقاظ). (Not after a bare alef: «ايران» is how news text writes the name.)
const READ_YEH_IF3AAL = [WAW, 0.3, HAMZA, 0.3, YEH, 0.6];
const IF3AAL = '\u062112\u06273'; // the template إفعال
// The ئ of فاعل (قائد، طائرة، فائدة، زائر) is nearly always a hollow root's و or ي, و about
// twice as often as ي (PADT: قوم دوم عود عول نوب جوز … against طير زيد فيد فيض); a root with
// a hamza for its middle radical (سائل of سأل) is far rarer there than elsewhere. Not before
// a weak last letter: no root is weak in both places, and جاءو is جاء + و.
const READ_HAMZA_FAAIL = [WAW, 0.1, YEH, 0.6, HAMZA, 0.5];
// A middle radical written ء between two letters neither of which is an alef (ثأر، فأر، زئير،
// نأى, and ل + أسهم, ل + ألوية) is a hamza: a weak middle radical there is written ا، و or ي
// (ثار، فار، زار), never on a hamza seat, so reading it as و or ي costs more than the
// ordinary 0.8–0.9 (QA round 50: ثأر was read as ثور, فأر as فور, لأسهم as ليس). Beside a long alef
// (قائم، سائل، مآل) a seated hamza still stands for a و or ي. The last radical keeps the
// ordinary readings: there the change moved the corpus priors of defective roots (ردي، هدي،
// خطو) enough to turn ارتداء، إهداء، تخطي to the hamza roots.
const READ_HAMZA_SEATED = [HAMZA, 0, WAW, 2, YEH, 2];
// A strong radical reads as itself; one preallocated pair per letter U+0620–U+064A.
const DIRECT: number[][] = Array.from({ length: 0x2b }, (_, i) => [0x0620 + i, 0]);
// Fillers for a radical that a template does not write.
const FILL_FIRST = [WAW, 0.3, HAMZA, 1.0, YEH, 1.3];
const FILL_MIDDLE = [WAW, 0.2, YEH, 0.3];
const FILL_LAST = [DUPLICATE, 0.1, YEH, 0.25, WAW, 0.3, HAMZA, 1.3];
const FILLS = [FILL_FIRST, FILL_MIDDLE, FILL_LAST];
// A bare two-letter word (كل، حق، رد) is nearly always a doubled root: a dropped final weak
// radical needs an ending or a prefix (يرم، سنة).
const FILL_LAST_BARE = [DUPLICATE, 0, YEH, 0.9, WAW, 0.9, HAMZA, 1.3];
// Nor a hollow root: a bare hollow stem is only the imperative or jussive (قل، كن), far
// rarer than a doubled noun (حل، رد، ظل), which a frequent hollow root would otherwise win.
// (Not after و ف ب ل, where the Quran's «فقل، وقل» are imperatives; nor before a final ي,
// which may be the third radical after an assimilated و: طي، ري of طوي، روي.)
const FILL_MIDDLE_BARE = [WAW, 0.6, YEH, 0.7];
// After the article a bare stem of two letters is a noun, and a noun of two written letters is
// doubled (الحد، الشر، السن، الحظ، للحد) far more often than defective: the defective and
// irregular nouns of two letters (أب، أخ، دم، يد، غد) are listed in IRREGULAR_STEMS. (Not
// without the article: قل، كن are imperatives; nor after a bare alef, which an Arabic noun
// writes with its hamza: بالاس is a name.)
const FILL_LAST_BARE_NOUN = [DUPLICATE, -0.4, YEH, 0.9, WAW, 0.9, HAMZA, 1.6];
// Nor is it hollow: a hollow noun writes its long vowel (الدار، القول، الدين). The same holds
// after the prepositions ب and ل without the article (لسد، لفض، بشط → سدد، فضض، شطط, not the
// imperatives of سود، فوض، شوط): a preposition takes no imperative, while و and ف do (وقل، فقل).
// (Not after ك, rarer than a first radical ك: كمد «grief», كست «clothed» keep كمد، كسو.)
const FILL_MIDDLE_BARE_NOUN = [WAW, 1.2, YEH, 1.3];

/** Whether a proclitic's last letter is one of the prepositions ب، ل, which take a noun. */
function isPreposition(c: number): boolean {
  return c === BEH || c === LAM;
}
// A two-letter stem before a noun ending (ة ات ي ية ان ين, a pronoun) is most often a doubled
// noun or adjective (مرة، مرات، كميات، الصحية، الضفة، ربكم):
// its shadda is not written, and the ending shows that the stem is a noun. The doubled
// reading then costs less than the template alone would say.
// The weak readings drop with it, so that a defective noun keeps its own (سنة → سنو, لغة →
// لغو), and so does the dropped و of an assimilated noun (جهة → وجه, صلة → وصل).
const FILL_LAST_NOMINAL = [DUPLICATE, -0.9, YEH, -0.5, WAW, -0.5, HAMZA, 1.3];
const FILL_FIRST_NOMINAL = [WAW, -0.3, HAMZA, 1.0, YEH, 1.3];
// Before the past endings ت and وا a verb whose last radical is not written is defective
// (نفت، رمت، سعت، أجرت، ألقت، رموا), where a three-letter reading would take the ت or the
// hamza as a radical (فتي، ءجر): the weak readings cost less there. (A hollow verb keeps its
// alef before them: قالت، باعوا.)
const FILL_LAST_VERB = [DUPLICATE, 0.1, YEH, -0.35, WAW, -0.3, HAMZA, 1.3];

// A bare two-letter word ending in ي (ري، طي، كي) is a noun whose middle و merged into the
// ي (رَيّ of روي, طَيّ of طوي), hardly ever a root with a dropped first و (وري، وطي): those
// drop it only in the imperative and before endings.
const FILL_FIRST_BARE_YEH = [WAW, 0.8, HAMZA, 1.0, YEH, 1.3];
// See stemSplitPast: the fillers without the doubled reading. Also for the imperfect of تفعّل
// without its third radical (يتحدّوا، يتبنَّ; TEMPLATE_FLAG.formVShort), which is defective: a
// doubled root writes both its radicals there (يتردد، يتجدد), so «يتحد، تتحد، يتهم» are the
// يتّفعل of an assimilated root (وحد، وهم), never يتحدّ of حدد. Also for the plural فعايا
// (هدايا، وصايا، مرايا، خطايا), which only defective and hamzated roots form (a doubled root's
// plural is فعائل: مسائل، أدلة).
const FILL_LAST_SPLIT = [YEH, 0.25, WAW, 0.3, HAMZA, 1.3];
const FAAAYA = '12\u0627\u064a\u0627'; // 12ايا
// متفاعٍ، متفاعّ, the participle of a defective or doubled تفاعل (متنامٍ، متعالٍ; متضادّ، متحابّ),
// whose third radical is not written.
// The middle radical of تفعّل (متفعّل، يتفعّل) is doubled and cannot be a long vowel: an alef
// there is a hamza written without its seat (يتراس = يترأس), never و or ي («متنام» is متفاعٍ of
// نمي, not متنوّم).
const READ_ALEF_FORM_V = [HAMZA, 0.8];
// فاعّة, the feminine of a doubled active participle (خاصة، عامة، شاقة، الضالة، المارة), is
// the usual reading of فا + a consonant before ة: a defective فاعِل writes its ي there
// (قاضية), and only a few nouns drop it (واحة). PADT has about one doubled فاعّة for two
// hollow فالة (حالة، ساحة، طاقة) by types and as many by tokens, yet the template alone priced
// the doubled reading 0.9 above the hollow one, so a hollow or hamza root with a slightly
// larger prior took it (الضالة → ضءل, الشاقة → شوق). (Not before ات, where the hollow plural
// is far the more frequent: حالات، ساحات، حارات «quarters».)
const FILL_LAST_FAA_FEMININE = [DUPLICATE, -0.35, YEH, 0.25, WAW, 0.3, HAMZA, 1.3];
const FAA = '1\u06272'; // the template فاعّ، فاعٍ
// The participle and imperfect of تفاعل without a third radical (متنامٍ، يتقاضَوا; متضادّ،
// يتحابّ): defective roots give far more of them than doubled ones.
const FILL_LAST_TAFAA = [DUPLICATE, 0.6, YEH, 0.25, WAW, 0.3, HAMZA, 1.3];
// A final ء after the alef of a pattern whose middle radical is written و (استواء، التواء،
// احتواء، سواء) is a weak radical: a hollow root with a hamza writes its middle radical ي or
// alef there (استياء، إساءة). Not in أفعال, where a hollow root keeps its و (أضواء، أنواء of
// ضوء، نوء). Most such roots end in ي (سوي، لوي، حوي، طوي، روي).
const READ_HAMZA_AFTER_WAW_ALEF = [YEH, 0, WAW, 0.4, HAMZA, 1.0];
const AF3AAL = '\u062112\u06273'; // the template أفعال
// The plural مفاعل and the participle فاعل never end in their third radical written alef: a
// defective root's drops it or writes ي (مجالٍ، المجالي، حادٍ), and its past فاعَل writes ى
// (نادى), so a final alef after م1ا2 or 1ا2 is the accusative ending (مجالا، مصابا، حادا are
// مجال، مصاب، حادّ + ا, of جول، صوب، حدد, not م + جلا، صبا or حادى).
const MAFAAIL = '\u06451\u062723'; // the template مفاعل
// Nor do the participles of استفعل and افتعل (مستفعِل، مفتعِل): a defective one drops its third
// radical or writes it ي or ى (مستدعٍ، المستدعي، مستشفى، منتدى), so a final alef after مست12،
// م1ت2، م1ط2 is the accusative ending (مستمعا، مستبقا، مستورا are مستمع، مستبق، مستور + ا, of
// سمع، سبق، ستر, not مست + معا، بقا، ورا of معي، بقي، وري, whose corpus priors are the larger).
// Not after the article, which the indefinite accusative never follows: «المستوا» is المستوى
// misspelt (QA round 120, at look-up time only).
/** The participles of استفعل and افتعل with three written radicals (مست123، م1ت23، م1ط23). */
const FULL_PARTICIPLES: ReadonlySet<string> = new Set(['\u0645\u0633\u062a123', '\u06451\u062a23', '\u06451\u063723']); // مست123 م1ت23 م1ط23
// Before a pronoun, a final ي of those participles is more often the construct plural's
// (مستمعيه، مستغليها: مستمعي، مستغلي + ه، ها) than a defective one's radical (مستدعيها), so it
// costs as a radical a little more there (QA round 120, at look-up time only).
/** The readings of a final ي of {@link FULL_PARTICIPLES} before a pronoun. */
const READ_YEH_PARTICIPLE_PRONOUN = [YEH, 0.35, WAW, 1.25, HAMZA, 1.65];
// The participle of استفعل or افتعل without its third radical (مستمرّ، مستقلّة، محتلّ) is doubled
// far more often than defective: a defective one shows its ي after the article and before ة
// (المستدعي، مستدعية، المشتري) and drops it only in the bare indefinite (مستدعٍ، مشترٍ، مستوٍ) and
// before ون، ين (مستدعَون، المشترين). So after the article with no ending, and before ة, a
// participle stem of two written radicals is read as doubled: «المستور، مستورة» are مفعول of
// ستر, not مستفعٍ of وري, whose corpus prior is the larger (QA round 116). At look-up time only, as
// the three readings below: in the lexicon builder they moved corpus priors (دوي، ضوي down) enough
// to turn مدوية، المنضوية to مدي، ضوء.
const FILL_LAST_PARTICIPLE = [DUPLICATE, 0.1, YEH, 0.9, WAW, 0.9, HAMZA, 1.3];
/** The participles of استفعل and افتعل without their third radical (مست12، م1ت2، م1ط2), for {@link FILL_LAST_PARTICIPLE}. */
const SHORT_PARTICIPLES: ReadonlySet<string> = new Set(['\u0645\u0633\u062a12', '\u06451\u062a2', '\u06451\u06372']); // مست12 م1ت2 م1ط2
// A stem of استفعل with two written radicals and no third (است12، يست12، تست12، نست12، مست12) is
// doubled far more often than defective: a defective استفعل writes its last radical as ى or ي
// (استدعى، يستدعي، استدعيا) and drops it only in the jussive and imperative (لم يستدعِ) and
// before the past endings ت، وا (استدعت، استثنوا). So with no ending, or before the alef of the
// dual or the accusative (استمرا، مستغلا), the weak readings cost as much as in
// FILL_LAST_PARTICIPLE (استبد، يستشف، تستبد، استحم of بدد، شفف، حمم, not بدو، شفي، حمي, whose
// corpus priors are the larger; تستبق is افتعل of سبق, not تستبقِ of بقي; يستجب is the jussive
// of استجاب). Before ت، وا the defective reading keeps FILL_LAST_VERB's costs but the doubled one
// costs 0.25 less, so that a doubled root whose prior is at least two buckets above the defective
// one's wins (استمدت، استدلوا، استحلت of مدد، دلل، حلل, three buckets above مدي، دلو، حلي) and
// one bucket does not (استقصت، استهدت keep قصي، هدي; استردت is in GEMINATE_VERB_FORMS of
// patterns.ts, ردي and ردد being equal). At look-up time only
// (QA round 119). Not for the two letters of SHORT_HOLLOW_ISTAF3AL (patterns.ts: استفدت،
// استعنت، استضفت), whose doubled and defective استفعل are no verbs: there the ت is the hollow
// verb's, and the weak readings keep FILL_LAST_FORM_X's costs (QA round 123).
const FILL_LAST_FORM_X = [DUPLICATE, 0, YEH, 0.9, WAW, 0.9, HAMZA, 1.3];
/** {@link FILL_LAST_FORM_X} before the past endings ت and وا. */
const FILL_LAST_FORM_X_PAST = [DUPLICATE, -0.15, YEH, -0.35, WAW, -0.3, HAMZA, 1.3];
/**
 * {@link FILL_LAST_FORM_X_PAST} with the weak readings at FILL_LAST_FORM_X's costs, for a
 * doubled استفعل of DOUBLED_ISTAF3AL that has no defective twin (DEFECTIVE_ISTAF3AL_TWINS):
 * «استبدت، استحمت، استدرت» of بدد، حمم، درر, not بدو، حمي، دري (root QA round 130).
 */
const FILL_LAST_FORM_X_PAST_DOUBLED = [DUPLICATE, -0.15, YEH, 0.9, WAW, 0.9, HAMZA, 1.3];
/** The fills of a short استفعل with the two written radicals `pair` before ت or وا (see FILL_LAST_FORM_X_PAST). */
function fillLastPastFormX(pair: string): number[] {
  if (SHORT_HOLLOW_ISTAF3AL.has(pair)) return FILL_LAST_FORM_X;
  return DOUBLED_ISTAF3AL.has(pair) && !DEFECTIVE_ISTAF3AL_TWINS.has(pair) ? FILL_LAST_FORM_X_PAST_DOUBLED : FILL_LAST_FORM_X_PAST;
}
/** The templates of استفعل with two written radicals and no third, for {@link FILL_LAST_FORM_X}. */
const FORM_X_SHORT: ReadonlySet<string> = new Set(['\u0627\u0633\u062a12', '\u064a\u0633\u062a12', '\u062a\u0633\u062a12', '\u0646\u0633\u062a12', '\u0645\u0633\u062a12']); // است12 يست12 تست12 نست12 مست12
// No root is weak in both its middle and its last radical as a hollow one: قوي، روي، سوي make
// استقوى، ارتوى، استوى with a sound و. So after a middle radical that a template leaves
// unwritten or writes as alef (استفال، افتال، فال), a written ء is a hamza radical (جاء، ساء),
// not a weak one: استقاء «drawing (water, news)» is افتعال of سقي, not استفال of قوي (QA round 116;
// at look-up time only).
const READ_HAMZA_AFTER_HOLLOW = [HAMZA, 0];
// Nor as a defective one that drops its last radical: in افتعل and استفعل such a root writes
// its middle و or ي as a consonant (استقوى، يستقوي، مستقوٍ، ارتوى، استحيا، يستحي). So a stem of
// two written radicals there (است12، يست12، مست12، يست13، ا1ت3 …) that reads a root weak in both
// places must have written the middle radical as itself: not left it out (يستقي, «draws», as
// يست13 of قوي), nor written it as alef (مستقاة، استقاها as مست12، است12 of قوي) or as the other
// weak letter (يستقي as يست12 with ي for و). Those readings cost as much as a misspelling, and the
// افتعل of سقي, whose ت they took for استفعل's, wins (QA round 118; at look-up time only).
const DOUBLY_WEAK_SHORT = 1.5;
// In افتعل (اختار، يختار، مختار) a hollow root writes its middle radical as alef (or ي in the
// passive, اختير، اغتيل), never و: a written و after the ت of ا1ت23، ي1ت23، م1ت23 … before a
// strong letter is the و of مفعول (مقتول، مستور، مبتور، مختون of قتل، ستر، بتر، ختن) or, before
// the past ending ت, of a defective root (احتوت of حوي), not the و of مفتعِل (قول، سور، بور،
// خون، حوت, whose corpus priors are the larger; QA round 116). Only the rare اعتور، اجتور keep it
// (ازدوج is ا1د23), so reading it as a radical costs as much as a misspelling (at look-up time only).
const READ_WAW_IFTAAL = [WAW, 1.2, YEH, 2.1, HAMZA, 2.5];
// In استفعل a hollow root writes its middle radical as alef in the past and the masdar
// (استعان، استعانة، مستعان) and as ي in the imperfect and the active participle (يستعين، مستعين),
// whether it is و or ي: the letter tells nothing, and و roots make far more of these verbs
// (استعان، استعاد، استجاب، استراح، استقام، استشار، استطاع، استهان of عون، عود، جوب، روح، قوم،
// شور، طوع، هون against استفاد، استضاف، استزاد of فيد، ضيف، زيد). A written ي there was read as
// a ي radical at no cost, 0.9 below و, so يستعيد، تستجيب، يستريح went to عيد، جيب، ريح; and the
// alef's و cost only 0.1 less than its ي, less than one prior bucket, so استعان، الاستعانة went
// to عين «eye», one bucket above عون (PADT: الاستعانة of عون). Now that letter read as و costs
// 0.25 less than as ي, so a ي root needs a prior two buckets above its و twin's to win
// (استدان of دين over دون, استزاد of زيد over زود), and its و costs 0.1, below the alef's
// ordinary 0.2, so that a hollow استفعال with a prior a bucket above that of the root in س whose
// افتعال its letters also spell wins (استراحة of روح, not سرح: «استرح» is no verb). The few verbs
// whose root's twin has a prior two buckets or more above their own (استفاض، استطار، استمال،
// استشاط، استقال of a ي root, استعار of عور: HOLLOW_ISTAF3AL in patterns.ts) read their own
// radical first instead, the other as a written ي reads و, also in the templates that leave the
// middle radical unwritten (است1ا3، يست1ي3 …). Not before a weak third letter: no root is weak in
// both places as a hollow one (see READ_HAMZA_AFTER_HOLLOW), so «استديو» (studio) is no hollow
// استفعل. QA round 122; at look-up time only.
/** Readings of the middle radical written alef in a template of استفعل with three written radicals (است123، مست123). */
const READ_ALEF_FORM_X = [WAW, 0.1, YEH, 0.35, HAMZA, 0.8];
/** Readings of the middle radical written ي in a template of استفعل with three written radicals (يست123، مست123). */
const READ_YEH_FORM_X = [WAW, 0.1, YEH, 0.35, HAMZA, 1.3];
/** {@link READ_ALEF_FORM_X} for the ي verbs of HOLLOW_ISTAF3AL. */
const READ_ALEF_FORM_X_YEH = [YEH, 0, WAW, 0.9, HAMZA, 0.8];
/** {@link READ_YEH_FORM_X} for the ي verbs of HOLLOW_ISTAF3AL (a written ي's ordinary readings). */
const READ_YEH_FORM_X_YEH = [YEH, 0, WAW, 0.9, HAMZA, 1.3];
/** {@link READ_ALEF_FORM_X} for the و verbs of HOLLOW_ISTAF3AL. */
const READ_ALEF_FORM_X_WAW = [WAW, 0, YEH, 0.9, HAMZA, 0.8];
/** {@link READ_YEH_FORM_X} for the و verbs of HOLLOW_ISTAF3AL. */
const READ_YEH_FORM_X_WAW = [WAW, 0, YEH, 0.9, HAMZA, 1.3];
/** The filler of the unwritten middle radical of استفعل (است1ا3، يست1ي3، است13 of استعنت، يست13 of لم يستعن), by {@link READ_ALEF_FORM_X}. */
const FILL_MIDDLE_FORM_X = [WAW, 0.1, YEH, 0.35];
/** {@link FILL_MIDDLE_FORM_X} for the ي verbs of HOLLOW_ISTAF3AL. */
const FILL_MIDDLE_FORM_X_YEH = [YEH, 0.1, WAW, 1.1];
/** The same for the و verbs of HOLLOW_ISTAF3AL. */
const FILL_MIDDLE_FORM_X_WAW = [WAW, 0.1, YEH, 1.1];
/** The key of HOLLOW_ISTAF3AL_KEYS for a first and a third radical: `(first - U+0620) << 6 | (third - U+0620)`. */
function radicalPairKey(first: number, third: number): number {
  return (((first - 0x0620) & 63) << 6) | ((third - 0x0620) & 63);
}
/** Keys (radicalPairKey) of the radical pairs of HOLLOW_ISTAF3AL → their middle radical. */
const HOLLOW_ISTAF3AL_KEYS: ReadonlyMap<number, number> = new Map(
  [...HOLLOW_ISTAF3AL].map(([p, middle]) => [radicalPairKey(p.charCodeAt(0), p.charCodeAt(1)), middle.charCodeAt(0)]),
);

/**
 * The readings of the middle radical of a template `t` of استفعل with three written radicals at
 * `start` of `w`, written alef or ي (READ_ALEF_FORM_X …), or undefined when that letter is neither
 * or the third is weak.
 */
function formXHollow(w: string, start: number, t: Template): number[] | undefined {
  const mid = w.charCodeAt(start + t.slot[1]!);
  if (mid !== ALEF && mid !== YEH) return undefined;
  if (isWeakLetter(w.charCodeAt(start + t.slot[2]!))) return undefined;
  const own = hollowIstaf3al(w, start, t);
  if (mid === ALEF) return own === YEH ? READ_ALEF_FORM_X_YEH : own === WAW ? READ_ALEF_FORM_X_WAW : READ_ALEF_FORM_X;
  return own === YEH ? READ_YEH_FORM_X_YEH : own === WAW ? READ_YEH_FORM_X_WAW : READ_YEH_FORM_X;
}

/** The filler of the unwritten middle radical of a template `t` of استفعل at `start` of `w` ({@link FILL_MIDDLE_FORM_X}). */
function fillMiddleFormX(w: string, start: number, t: Template): number[] {
  const own = hollowIstaf3al(w, start, t);
  return own === YEH ? FILL_MIDDLE_FORM_X_YEH : own === WAW ? FILL_MIDDLE_FORM_X_WAW : FILL_MIDDLE_FORM_X;
}

/** The middle radical (و or ي) that HOLLOW_ISTAF3AL gives the first and third radicals of template `t` at `start` of `w`, or undefined. */
function hollowIstaf3al(w: string, start: number, t: Template): number | undefined {
  return HOLLOW_ISTAF3AL_KEYS.get(radicalPairKey(w.charCodeAt(start + t.slot[0]!), w.charCodeAt(start + t.slot[2]!)));
}

/** True when an attached pronoun (ه، ها، هم، ك، كم، نا …) starts at `w[at]`. */
function isPronounStart(w: string, at: number): boolean {
  const c = w.charCodeAt(at);
  return c === HEH || c === 0x0643 || (c === 0x0646 && w.charCodeAt(at + 1) === ALEF && at + 2 === w.length);
}

/** True when `w[at]` is ء with a letter other than alef on either side (or the word's end after it). */
function isSeatedHamza(w: string, at: number): boolean {
  return w.charCodeAt(at) === HAMZA && at > 0 && w.charCodeAt(at - 1) !== ALEF && w.charCodeAt(at + 1) !== ALEF;
}

function readings(code: number, index: number, last: boolean): number[] {
  switch (code) {
    case ALEF:
      return index === 0 ? READ_ALEF_FIRST : READ_ALEF;
    case ALEF_MAKSURA:
      return last ? READ_MAKSURA_LAST : READ_MAKSURA;
    case WAW:
      return index === 0 ? READ_WAW_FIRST : READ_WAW;
    case YEH:
      return index === 0 ? READ_YEH_FIRST : READ_YEH;
    case HAMZA:
      return index === 0 ? READ_HAMZA_FIRST : READ_HAMZA;
    case TEH_MARBUTA:
      return READ_NONE;
    default:
      return DIRECT[code - 0x0620] ?? READ_NONE;
  }
}

// The analysis behind the lowest total cost so far (reset per word): its stem's span and
// its root's prior bucket. The foreign-word guard reads them; scalars cost no allocation.
let bestTotal = Infinity;
let bestStart = 0;
let bestEnd = 0;
let bestPrior = 0;
let bestWord = '';
let bestVerbal = false;
let bestImperfect = false;
let stemStart = 0;
let stemEnd = 0;
let stemVerbal = false;
let stemImperfect = false;
// Whether the suffix being tried is a noun ending (no verb inflection), for FILL_LAST_NOMINAL.
let stemNominal = false;
// Whether the suffix being tried is the ending ت or وا of a past verb, for FILL_LAST_VERB.
let stemVerbEnding = false;
// Whether the ending being tried is the sound plural ون or its construct و, for READ_ALEF_BEFORE_UN.
let stemPluralUn = false;
// Whether the ending being tried starts with the feminine ة.
let stemFeminine = false;
// Whether the suffix being tried is a past ending نا، تم or تن, before which a doubled verb
// writes both its radicals (احتللنا، استمررتم): a past stem of the forms with a hamzat wasl
// (افتعل، انفعل، استفعل) that lacks its third radical there is defective or hollow (اشترينا
// is written with its ي; احتجنا is of حوج), never doubled. (Not an imperfect: يهمنا is
// يهمّ + نا.)
let stemSplitPast = false;
// Whether the proclitics being tried end in the preposition ب or ل without the article (لسد،
// بفض), after which a bare stem is a noun: see FILL_MIDDLE_BARE_NOUN.
let stemAfterPreposition = false;

// What a stem of OVERRIDING_STEMS gains over the other certain stems, whose cost (3 below the
// affixes') a competing root with one of the largest priors still beats (PRIOR_WEIGHT × the
// top bucket is about 3.5): و + كل against the verb وكّل.
const OVERRIDE_MARGIN = 1.5;
/** The template of a hollow أفعل that lost its long vowel (أردنا), and its discount before a past ending. */
const SHORT_HOLLOW_IV = '\u062113'; // ء13
const SHORT_HOLLOW_IV_BONUS = 1.0;
/** فعلاء written without its final hamza, which informal text drops (الصفرا، الزرقاوي). */
const FALAA = '123\u0627'; // 123ا

/** Weight of the corpus prior against the pattern costs. */
export const PRIOR_WEIGHT = 0.15;

/** Outcome of analysing one word. */
export type Analysis =
  | { kind: 'empty' }
  | { kind: 'foreign' }
  | { kind: 'particle' }
  | { kind: 'roots'; costs: Map<string, number> };

/** وإنما without its hamza. */
const WA_INNAMA = '\u0648\u0627\u0646\u0645\u0627'; // وانما

/** True when the (normalized) word is a function word, possibly with clitics attached. */
export function isParticle(w: string): boolean {
  if (PARTICLES.has(w)) return true;
  // «ولي» (guardian, «ولي العهد») is far more often the noun than و + ل + ي.
  if (w === 'ولي') return false;
  // «وكيلا» (وكيلاً «as an agent») is far more often the noun than و + the particle كيلا «lest».
  if (w === 'وكيلا') return false;
  // «وليا» (وليًّا «as heir», «وليا للعهد») is far more often the noun than و + ل + يا.
  if (w === 'وليا') return false;
  // «وكالتي» (وكالتي رويترز وفرانس برس «the two agencies of») is far more often the dual construct
  // of وكالة than و + ك + التي.
  if (w === 'وكالتي') return false;
  if (BARE_PARTICLES.has(w)) return true;
  // The only base of BARE_PARTICLE_BASES is ان: look further only for words that start so,
  // or with ب + ان (بانه، بانها: news text's بأنه), or with ل + ان, also after و: لأن «because»
  // without its hamza (لان، لانه، لانهم، ولانها). The verb لان «softened» is rare in prose and
  // takes no pronoun suffix; after ف it is not looked for (فلان «so-and-so»). Likewise فإن، فأن
  // without the hamza (فان، فانه، فاننا): no word of فنن is written so, and فانٍ «mortal» is rare
  // in prose but for فاني, left to the analysis.
  // And وإن، وأن without the hamza (وان، وانه، وانها): وانٍ «languid» and the lake Van are
  // rare beside them in news text.
  const lan = w.charCodeAt(0) === WAW ? 1 : 0;
  const first = w.charCodeAt(0);
  const bare = first === ALEF ? 0 : (first === BEH || first === FEH || w.charCodeAt(lan) === LAM) && w.charCodeAt(lan + 1) === ALEF ? lan + 1 : first === WAW && w.charCodeAt(1) === ALEF ? 1 : -1;
  if (bare > 0 && (w.charCodeAt(bare - 1) === LAM || (bare === 1 && (first === FEH || first === WAW))) && w.length === bare + 2 && w.charCodeAt(bare + 1) === NOON) return true;
  if (bare === 1 && first === WAW && w === WA_INNAMA) return true;
  if (bare >= 0 && w.charCodeAt(bare + 1) === NOON) for (const s of PRONOUN_SUFFIXES) {
    // (Not ي or ك after ب: باني is a builder, بانك a bank; not ي after ف or و: فاني «mortal»,
    // واني a name.)
    if (bare === 1 && first === BEH && (s === 'ي' || s === 'ك')) continue;
    if (bare === 1 && (first === FEH || first === WAW) && s === 'ي') continue;
    if (w.length > s.length + bare && w.endsWith(s) && BARE_PARTICLE_BASES.has(w.slice(bare, w.length - s.length))) return true;
  }
  if (w.length > 8) return false;
  for (const p of PARTICLE_PREFIXES) {
    if (p && !w.startsWith(p)) continue;
    const rest = p ? w.slice(p.length) : w;
    // No preposition goes before لدى or عن: «بلدي» «my country», «بلدينا»، «بلديهما» «their two
    // countries» are of بلد, not ب + لدى; «لعنه» «cursed him» of لعن, not ل + عن.
    const last = p.length > 0 ? p.charCodeAt(p.length - 1) : 0;
    // «بإذن» is ب + the noun إذن (leave), not the particle إذن, which takes no preposition.
    if (p && rest.length > 1 && PARTICLES.has(rest) && !noPreposition(last, rest) && !(rest === IDHAN && p.charCodeAt(p.length - 1) !== WAW && p.charCodeAt(p.length - 1) !== 0x0641)) return true;
    // أي «which, any; that is» written with a final ى as Egyptian print writes it (أى، لأى،
    // بأى), alone and after a proclitic: no content word is spelled so in prose (the verb is
    // رأى; لأْي «toil» and وأى «promised» are rare and archaic).
    if (rest === AY_MAQSURA) return true;
    for (const s of PRONOUN_SUFFIXES) {
      // ني follows a verb or a particle of two letters or more (إنني، منّي، لكنني), never a
      // one-letter preposition: «بني» is no ب + ني (that is بي).
      if (s === 'ني' && rest.length === 3) continue;
      if (rest.length > s.length && rest.endsWith(s) && PARTICLE_BASES.has(rest.slice(0, rest.length - s.length))) {
        // الي (إلى without its hamza) only alone: after و it is والي «governor» (واليها «its
        // governor»), whose pronoun makes the same letters.
        if (p && rest.length - s.length === 3 && rest.startsWith(BARE_ILA)) continue;
        if (noPreposition(last, rest.slice(0, rest.length - s.length))) continue;
        // No preposition stacks on another: ب or ل + ك + a pronoun in ه is no particle, so
        // «فلكها، فلكه، فلكهم» are فلك «orbit» with a pronoun («تدور في فلكها»), not ف + ل + ك +
        // ها (QA round 128). Only the pronouns in ه: لكنا is لكنّا «but we» (لكن + نا) or لكنّا
        // «we would have been», and لكي، فلكي keep their particle reading.
        if ((last === BEH || last === LAM) && s.charCodeAt(0) === HEH && rest.length - s.length === 1 && rest.charCodeAt(0) === KAF) continue;
        return true;
      }
    }
  }
  return false;
}
const BARE_ILA = '\u0627\u0644\u064A'; // الي, إلى without its hamza
/** Whether the proclitic ending in `last` is ب before لدى (لدي، لدى) or ل before عن, which never go so. */
function noPreposition(last: number, base: string): boolean {
  if (last === BEH) return base === LADA || base === LADAY;
  return last === LAM && base === AN;
}
const LADA = '\u0644\u062F\u0649'; // لدى
const LADAY = '\u0644\u062F\u064A'; // لدي, لدى written with ي, or لديّ
const AN = '\u0639\u0646'; // عن
const IDHAN = '\u0621\u0630\u0646'; // ءذن, the particle إذن as normalized
const FAN = '\u0641\u0627\u0646'; // فان, فإن without its hamza or فانٍ «fleeting»
const AY_MAQSURA = '\u0621\u0649'; // ءى, the particle أي written أى, as normalized
const ALLAH_PREFIXES = ['', 'و', 'ف', 'ب', 'وب', 'فب', 'ت', 'فو']; // فوالله: ف + the oath و
const PARTICLE_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];
const PRONOUN_SUFFIXES = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'ي', 'ني', 'نا'];

/**
 * Analyses a word: empty, foreign (no known root fits, or the best fit looks like a foreign
 * name or loanword: src/root/foreign.ts), particle, or candidate roots with costs (lower is
 * better; the corpus prior is already subtracted).
 *
 * @param word - The word as written.
 * @param lexicon - Root → prior bucket to use instead of the shipped lexicon (the lexicon
 *   builder passes the hand-written roots with flat priors).
 * @param trace - When given, receives one line per template that matched, for debugging.
 */
export function analyze(word: string, lexicon?: ReadonlyMap<string, number>, trace?: string[]): Analysis {
  const a = analyzeGuarded(word, lexicon, trace);
  // Names rootless at look-up time only (بإيران، جان، مارس, أبل written with أ): the lexicon
  // builder, which passes its own lexicon, still counts them (src/root/foreign.ts).
  if (a.kind === 'roots' && lexicon === undefined && isLookupName(bestWord, word)) return { kind: 'foreign' };
  // Much informal text writes the feminine ending ة as ه (القلعه، الفرنسيه، للمره). After the
  // article ه cannot be a pronoun, so a definite word that no reading of its ه as a radical
  // roots is read again with ة. (Only then: التنبيه، الاتجاه، الفقه keep their radical ه; and
  // not without the article, where قلعه is as often «his castle».)
  // (The raw last letter is checked first: a mark or a tatweel may follow the ه; nothing else
  // may. «للشههـ» is read as «للشهه».)
  const last = word.charCodeAt(word.length - 1);
  if (a.kind === 'foreign' && lexicon === undefined && (last === HEH || last >= 0x064b || last === TATWEEL)) {
    const w = normalizeForRoot(word);
    if (w !== undefined && w.charCodeAt(w.length - 1) === HEH && articleLength(w) > 0 && w.length - articleLength(w) >= 3 && !isLoanword(w)) {
      // The guard judges the word as written with ه, by which a foreign name in -ه (الإليزيه)
      // still looks Arabic once read with ة: the re-read word must look Arabic by a
      // wide margin.
      const b = analyzeGuarded(`${w.slice(0, -1)}\u0629`, lexicon, trace);
      if (b.kind === 'roots' && lastScore(b.costs) < TAA_AS_HEH_LIMIT) return b;
    }
  }
  // News text often glues the negation لا and the relative or negation ما to the verb that
  // follows (لايوجد، مايسمى، ومايقرب). A rootless word that starts so is read again without
  // the particle, and the reading is kept only when the rest is an imperfect verb (prefix ي ت ن
  // at its start) that looks Arabic by a margin (names such as ماتياس، مايسترو read as ت + يءس,
  // ي + سترو look little better than their whole word): not a name the corpus list holds
  // (مايكل) or a listed loanword (لايبزغ «Leipzig», not لا + يبزغ), nor ل + a stem in ا
  // (لاتفاق، لايجاد، لانتخاب are ل + اتفاق، إيجاد، انتخاب).
  if (a.kind === 'foreign' && lexicon === undefined) {
    const w = normalizeForRoot(word);
    const rest = w === undefined ? -1 : gluedParticleLength(w);
    if (rest > 0 && !isListedName(w!) && !isLoanword(w!)) {
      const b = analyzeGuarded(w!.slice(rest), lexicon, trace);
      if (b.kind === 'roots' && bestImperfect && lastScore(b.costs) < GLUED_PARTICLE_LIMIT) return b;
    }
  }
  // The same glued particle may also read as the word's own letters, the reading the corpus
  // prior then ranks: لايمكن as لوم, ماتبقى as ءبق. Where the best root takes the particle's
  // ل (after لا) or its م or ا (after ما) as radicals, the rest is read as above and wins when it
  // is an imperfect verb whose best root costs no more than the whole word's (لايمكن → مكن،
  // ماتبقى → بقي). Not after لا for a root in ء: that is ل + a stem in ا (لاتخاذ → ءخذ); nor
  // for a noun with م (مانعان stays منع, its cost is lower).
  // (A look at the raw first letters spares most words the normalization.)
  if (a.kind === 'roots' && lexicon === undefined && startsLikeGluedParticle(word)) {
    const w = normalizeForRoot(word);
    const rest = w === undefined ? 0 : gluedParticleOnRoot(w, a.costs);
    if (rest > 0 && !isListedName(w!)) {
      const b = analyzeGuarded(w!.slice(rest), lexicon, trace);
      if (b.kind === 'roots' && bestImperfect && lastScore(b.costs) < GLUED_PARTICLE_LIMIT && minCost(b.costs) <= minCost(a.costs)) return b;
    }
  }
  // The future س (or the ل of purpose) before the imperfect of a verb of FUTURE_VERBS (سيتخذ،
  // وسنتخذ، سيساهم، سيحل، سيقف، ليعطي) lost to a reading that takes the س or ل as a radical (سوس،
  // سحل، سقف، ليس) or to the foreign-word guard. Such a word is read again without the clitic
  // (and the و or ف before it), and that reading is kept when its best root is the verb's
  // (ءتخذ may also read as the past اتّخذ: the same root; سنساهم keeps سهم, not نساهم's نسي).
  // (Only these verbs: a cheaper س before any imperfect gave names and nouns roots, سيدريك،
  // سيسكا، سيدان.)
  if (lexicon === undefined && startsLikeFuture(word)) {
    const w = normalizeForRoot(word);
    const rest = w === undefined ? 0 : futureLength(w, a);
    if (rest > 0) {
      const verbRoot = futureRoot;
      const b = analyzeGuarded(w!.slice(rest), lexicon, trace);
      if (b.kind === 'roots' && bestOf(b.costs) === verbRoot) return b;
    }
  }
  return a;
}

const SEEN = 0x0633; // U+0633 ARABIC LETTER SEEN
/** The root of the verb of FUTURE_VERBS that {@link futureLength} found last. */
let futureRoot: string | undefined;

/** The root of lowest cost (the first in code-unit order on a tie, as root() picks). */
function bestOf(costs: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCost = Infinity;
  for (const [r, k] of costs) {
    if (k < bestCost || (k === bestCost && r < best)) {
      best = r;
      bestCost = k;
    }
  }
  return best;
}

/** Whether the raw word starts with س or ل and an imperfect prefix, after و or ف: a cheap test before {@link futureLength}. */
function startsLikeFuture(word: string): boolean {
  const c0 = word.charCodeAt(0);
  const i = c0 === WAW || c0 === FEH ? 1 : 0;
  const c = word.charCodeAt(i);
  if (c !== SEEN && c !== LAM) return false;
  // An imperfect prefix (ء as أ, إ or ا: no hamzat wasl follows س, see HAMZA_BELOW), or a mark
  // or tatweel that normalization drops.
  const p = word.charCodeAt(i + 1);
  return p === YEH || p === TEH || p === NOON || p === HAMZA || p === 0x0623 || p === HAMZA_BELOW || p === ALEF || p === TATWEEL || (p >= 0x064b && p <= 0x0652);
}

/**
 * The length of the future س or the ل of purpose (after و or ف) before an imperfect prefix
 * (ي ت ن ء) and a verb of {@link FUTURE_VERBS} with at most a verb ending or pronoun, at the
 * start of a normalized word, when the word is rootless or its best root starts with that
 * clitic's letter and not the verb's; else 0. Sets {@link futureRoot}.
 */
function futureLength(w: string, a: Analysis): number {
  const i = w.charCodeAt(0) === WAW || w.charCodeAt(0) === FEH ? 1 : 0;
  const c = w.charCodeAt(i);
  if (c !== SEEN && c !== LAM) return 0;
  const p = w.charCodeAt(i + 1);
  if (p !== YEH && p !== TEH && p !== NOON && p !== HAMZA) return 0;
  futureRoot = undefined;
  for (const e of FUTURE_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length > i + 2) futureRoot ??= FUTURE_VERBS.get(w.slice(i + 2, w.length - e.length));
  }
  if (futureRoot === undefined) return 0;
  if (a.kind === 'roots') {
    const best = bestOf(a.costs);
    if (best.charCodeAt(0) !== c || best === futureRoot) return 0;
  } else if (a.kind !== 'foreign') return 0;
  return i + 1;
}

/**
 * The length of a negation or relative particle (لا، ما, after و or ف) glued onto an
 * imperfect prefix (ي ت ن) at the start of a normalized word, with at least `after` letters
 * after the particle, or 0. (No bare final ا: a name starts so as often as a verb of two
 * written radicals or a dual: مايكل، مايوركا، مانديلا.)
 */
function gluedParticleShape(w: string, after: number): number {
  const i = w.charCodeAt(0) === WAW || w.charCodeAt(0) === FEH ? 1 : 0;
  const c = w.charCodeAt(i);
  const n = w.length;
  if ((c !== LAM && c !== MEEM) || w.charCodeAt(i + 1) !== ALEF || n - i - 2 < after) return 0;
  if (w.charCodeAt(n - 1) === ALEF && w.charCodeAt(n - 2) !== WAW) return 0;
  const p = w.charCodeAt(i + 2);
  if (p !== YEH && p !== TEH && p !== NOON) return 0;
  return i + 2;
}

/**
 * {@link gluedParticleShape} for a rootless word: at least three letters after the imperfect
 * prefix, and after لا not where ل + ا + the rest is a word (لاتفاق).
 */
function gluedParticleLength(w: string): number {
  const rest = gluedParticleShape(w, 4);
  if (rest > 0 && w.charCodeAt(rest - 2) === LAM && analyzeTemplates(`\u0627${w.slice(rest)}`).kind === 'roots') return 0;
  return rest;
}

/** Whether the raw word starts with ل or م, after و or ف: a cheap test before {@link gluedParticleOnRoot}. */
function startsLikeGluedParticle(word: string): boolean {
  const c0 = word.charCodeAt(0);
  const c = c0 === WAW || c0 === FEH ? word.charCodeAt(1) : c0;
  return c === LAM || c === MEEM;
}

/** The lowest cost among the candidate roots. */
function minCost(costs: ReadonlyMap<string, number>): number {
  let m = Infinity;
  for (const k of costs.values()) if (k < m) m = k;
  return m;
}

/**
 * {@link gluedParticleShape} for a word that has roots (`costs`), with at least two letters
 * after the imperfect prefix: the particle's length when the best root starts with its
 * consonant (or, after ما, with ء read from its ا); else 0.
 */
function gluedParticleOnRoot(w: string, costs: ReadonlyMap<string, number>): number {
  const rest = gluedParticleShape(w, 3);
  if (rest === 0) return 0;
  const c = w.charCodeAt(rest - 2);
  let best = '';
  let bestCost = Infinity;
  for (const [r, k] of costs) {
    if (k < bestCost) {
      best = r;
      bestCost = k;
    }
  }
  const r0 = best.charCodeAt(0);
  if (r0 !== c && (c === LAM || r0 !== 0x0621)) return 0;
  return rest;
}

/** Foreign-word score below which the verb after a glued لا or ما is read (see {@link analyze}). */
const GLUED_PARTICLE_LIMIT = -1.75;

/** Foreign-word score below which a definite word in -ه is re-read with ة (see {@link analyze}). */
const TAA_AS_HEH_LIMIT = -2;

/**
 * The length of the proclitics that end in the article at the start of a normalized word
 * (ال، وال، بال، فبال، لل، ولل …), or 0.
 */
function articleLength(w: string): number {
  let i = 0;
  if (w.charCodeAt(i) === WAW || w.charCodeAt(i) === FEH) i++;
  if (w.charCodeAt(i) === LAM && w.charCodeAt(i + 1) === LAM) return i + 2;
  if (w.charCodeAt(i) === BEH || w.charCodeAt(i) === KAF) i++;
  return w.charCodeAt(i) === ALEF && w.charCodeAt(i + 1) === LAM ? i + 2 : 0;
}

function analyzeGuarded(word: string, lexicon?: ReadonlyMap<string, number>, trace?: string[]): Analysis {
  const a = analyzeTemplates(word, lexicon, trace);
  // The guard judges the best template analysis; it stays out of the way of the lexicon
  // builder (which passes its own lexicon).
  if (a.kind === 'roots' && lexicon === undefined) {
    const score = lastScore(a.costs);
    if (isForeign(bestWord, score)) return { kind: 'foreign' };
    // A name's relative adjective may end like a pronoun or verb ending (فلسطيني: -ني،
    // الفلسطينيين: -ين), which keeps it from the score; the name list still knows it. So may
    // a name itself (a given name in -ي read as «my»), listed as written.
    if (suffixWon(a.costs) && (isNisbaOfName(bestWord) || isSuffixLikeName(bestWord))) return { kind: 'foreign' };
    // Only for a definite word read with a pronoun or verb ending (الياباني as ال + يابان +
    // «my»; no definite noun takes one) or one the score already finds foreign-leaning:
    // the check analyzes a second word, and most adjectives need none.
    if (isNisbaOfRootlessName(bestWord, a.costs, bestVerbal || score > NISBA_SCORE_FLOOR)) return { kind: 'foreign' };
  }
  return a;
}

// Endings of the relative adjective (nisba) that {@link isNisbaOfRootlessName} strips, longest first.
const NISBA_ENDINGS = ['\u064a\u064a\u0646', '\u064a\u0648\u0646', '\u064a\u0627\u062a', '\u064a\u0629', '\u064a']; // يين، يون، يات، ية، ي
let inNisbaCheck = false;
/** Foreign-word score above which a definite adjective in -ي gets {@link isNisbaOfRootlessName}. */
const NISBA_SCORE_FLOOR = -3;
/**
 * Stems whose name the guard rejects but whose relative adjective is an Arabic word of long
 * standing: تركي of الترك «the Turks» (PADT gives التركي and تركيا the root ترك).
 */
const ARABIC_NISBA_STEMS = new Set(['\u062a\u0631\u0643']); // ترك

/**
 * True when the normalized word `w` is the relative adjective of a name that the guard itself
 * finds foreign: «الياباني» of «اليابان», «اليونانيين» of «اليونان». The name-list test
 * ({@link isNisbaOfName}) only knows the names that would otherwise get a root; a name the
 * guard rejects on its shape alone is not listed, yet its adjective, whose ending -ي is an
 * Arabic one, can fit some root (الياباني → لوب). The name is rebuilt from the stem before the
 * ending with the article; an Arabic adjective (السياسي → السياس) gives one the guard accepts.
 * (Names rebuilt with -يا or -ا, كرواتيا، إثيوبيا, were tried and dropped: the adverb in -يا of
 * Arabic adjectives, ميلاديا، إنسانيا, looks foreign to the guard too.)
 * @param suspect - Whether the word's best reading makes the check worth its second analysis.
 */
function isNisbaOfRootlessName(w: string, costs: ReadonlyMap<string, number>, suspect: boolean): boolean {
  if (!suspect || inNisbaCheck) return false;
  // every ending ends in ي, ة, ن or ت
  const last = w.charCodeAt(w.length - 1);
  if (last !== YEH && last !== 0x0629 && last !== 0x0646 && last !== 0x062a) return false;
  const ending = NISBA_ENDINGS.find((e) => w.endsWith(e));
  if (ending === undefined) return false;
  // Only after the article: without it the stem may hold a proclitic or an imperfect prefix
  // (لعملية، يعني), whose rebuilt «names» look foreign for no reason.
  const start = articleLength(w);
  if (start === 0) return false;
  const stem = w.slice(start, w.length - ending.length);
  // A stem in و or ا is the -وي or -اوي nisba (الأولوية، الزاوية، الراوي), whose truncated
  // «name» says nothing.
  const stemLast = stem.charCodeAt(stem.length - 1);
  if (stem.length < 3 || stemLast === WAW || stemLast === 0x0627 || ARABIC_NISBA_STEMS.has(stem)) return false;
  // A best root with a weak last radical read the ي as that radical, not as the ending: a
  // defective participle or plural (المتتالية، المتدني، الأغاني) is no nisba.
  let best = '';
  let bestCost = Infinity;
  for (const [r, c] of costs) {
    if (c < bestCost) {
      best = r;
      bestCost = c;
    }
  }
  const lastRadical = best.charCodeAt(best.length - 1);
  if (lastRadical === YEH || lastRadical === WAW) return false;
  // The nested analysis overwrites the best-analysis state the caller may still read.
  const saved = [bestTotal, bestStart, bestEnd, bestPrior, bestWord, bestVerbal] as const;
  inNisbaCheck = true;
  try {
    return analyzeGuarded(`\u0627\u0644${stem}`).kind === 'foreign';
  } finally {
    inNisbaCheck = false;
    [bestTotal, bestStart, bestEnd, bestPrior, bestWord, bestVerbal] = saved;
  }
}

/**
 * The analysis without the foreign-word guard, and the foreign-word score of its best
 * template analysis ({@link foreignScore}; `-Infinity` when there is none or an irregular
 * stem won). For the name-list builder and the evaluation.
 */
export function analyzeUnguarded(word: string): { analysis: Analysis; score: number; suffixed: boolean } {
  const analysis = analyzeTemplates(word);
  return {
    analysis,
    score: analysis.kind === 'roots' ? lastScore(analysis.costs) : -Infinity,
    suffixed: analysis.kind === 'roots' && suffixWon(analysis.costs),
  };
}

/** Whether the best template analysis read a pronoun suffix or verb ending (and so has no score). */
function suffixWon(costs: ReadonlyMap<string, number>): boolean {
  return bestVerbal && bestTotal !== Infinity && !irregularWon(costs);
}

function lastScore(costs: ReadonlyMap<string, number>): number {
  // Names and loanwords take neither pronoun suffixes nor verb endings (يرونهم، اتخذوه).
  if (bestTotal === Infinity || bestVerbal || irregularWon(costs)) return -Infinity;
  return foreignScore(bestWord, bestStart, bestEnd, bestTotal, bestTotal + PRIOR_WEIGHT * bestPrior, bestPrior);
}

function analyzeTemplates(word: string, lexicon?: ReadonlyMap<string, number>, trace?: string[]): Analysis {
  bestTotal = Infinity; // nothing tracked yet: the name of God and particles return early
  bestWord = '';
  const w = normalizeForRoot(word);
  if (w === undefined) return { kind: 'foreign' };
  if (w.length === 0) return { kind: 'empty' };
  for (const p of ALLAH_PREFIXES) {
    if (w.startsWith(p) && ALLAH_FORMS.has(w.slice(p.length))) return { kind: 'roots', costs: new Map([['ءله', 0]]) };
  }
  // A vowelled فانٍ، فانِ is the adjective «fleeting» (كل من عليها فانٍ), not فإن without its hamza.
  if (isParticle(w) && !(w === FAN && (word.includes('\u064D') || word.includes('\u0650')))) return { kind: 'particle' };
  // A proclitic chain drawn out with tatweel (بالـ، والـ، للـ، ولـ) stands before a word in
  // Latin letters or digits that the tokenizer split off (والـ CNN، بالـ 5G): the clitics
  // alone, with no stem to root (not بال «mind», والٍ «governor», ليل «night»).
  if (word.charCodeAt(word.length - 1) === TATWEEL && prefixes().has(w)) return { kind: 'particle' };
  const costs = new Map<string, number>();
  const table = lexicon === undefined ? triliteralTable() : undefined;
  const lex = lexicon ?? rootLexicon();
  const byLength = templateIndex();
  const suffixTrie = suffixTrieRoot();
  const n = w.length;
  for (const p of prefixList()) {
    const start = p.text.length;
    if (start > 0 && !w.startsWith(p.text)) continue;
    // Walk the suffix trie from the end of the word: k letters peeled off.
    let node: SuffixNode | undefined = suffixTrie;
    for (let k = 0; node !== undefined && k <= MAX_SUFFIX && n - start - k >= MIN_STEM; node = node.next.get(w.charCodeAt(n - 1 - k)), k++) {
      const s = node.suffix;
      if (s === undefined) continue;
      if (p.article && (s.pronoun || s.verbal)) continue;
      // Nor the accusative -ا of an indefinite noun (التزمنا is التزم + نا, not ال + تزمن + ا):
      // a final alef after the article belongs to the stem (العصا، الدنيا).
      if (p.article && k === 1 && w.charCodeAt(n - 1) === ALEF) continue;
      const length = n - start - k;
      // The construct plural و (مسؤولو، مقاتلو، لاعبو) ends participles only: a derived form's
      // (4 letters or more, م and a consonant) or فاعل's (alef second between consonants),
      // without the article (names in -و such as ماريو، ميلانو، باولو have a vowel letter there).
      if (s.construct === true && (p.article || !isParticipleStem(w, start, start + length))) continue;
      if (length > MAX_IRREGULAR) continue;
      if (s.nisbaDual === true && length < 3) continue;
      const base = p.cost + s.cost;
      // Irregular stems have at most 8 letters: a mask by first letter and length answers
      // most stems without slicing the word.
      // A stem of six letters or more written with إ is also looked up with its ا (see
      // HAMZA_BELOW: «الإستقالة، لإستعادة» are استقال، استعاد).
      const waslStem = length >= 6 && w.charCodeAt(start) === HAMZA && ((irregularMask()[(ALEF - 0x0620) & 63]! >> length) & 1) !== 0 && hamzaBelowFirst(word);
      if (((irregularMask()[(w.charCodeAt(start) - 0x0620) & 63]! >> length) & 1) !== 0 || waslStem) {
        let stem = w.slice(start, n - k);
        // The lexicon builder (which passes its own lexicon) estimates priors without the
        // lexical stems (see LEXICAL_STEM_SET).
        let irregular = lexicon !== undefined && LEXICAL_STEM_SET.has(stem) ? undefined : IRREGULAR_STEMS.get(stem);
        if (irregular === undefined && waslStem) {
          stem = `\u0627${stem.slice(1)}`;
          irregular = lexicon !== undefined && LEXICAL_STEM_SET.has(stem) ? undefined : IRREGULAR_STEMS.get(stem);
        }
        // The verb رأى takes no preposition or article (بيريا is no ب + يرى); its plural noun
        // آراء does (الآراء، بآرائهم), and so does its participle مرئي (المرئية).
        // Only the imperfect يرى and the imperfects of FUTURE_STEMS take the future س (سماء is no
        // س + ماء).
        if (irregular !== undefined && (irregular === SEE && stem.charCodeAt(1) !== ALEF && stem.charCodeAt(0) !== MEEM ? !(p.article || p.text.includes('\u0628') || p.text.includes('\u0643')) : !p.future || FUTURE_STEMS.has(stem)) && procliticFits(stem, p) && !(p.article && VERB_STEMS.has(stem)) && suffixFits(stem, k > 0 ? w.slice(n - k) : '', p.article, start === 0) && !(SHADDA_VERB_STEMS.has(stem) && word.includes('\u0651'))) {
          // Some irregular stems are certain (مليون → ملين, يرى → رءي): no prior outweighs them.
          // So is one of three letters or more after a proclitic, before a pronoun or alone
          // (باسمه، واسمه، بابنه، لأبيه، باسم، وابن), where no other reading splits the word so;
          // not a two-letter one (بنك is a bank, أبها a city, كيده كيد), not after ك, and not يرى
          // alone (وتري is also و + وتر + ي).
          // The future س before يرى ترى نرى أرى written with ى is certain, whatever the
          // proclitics cost: no noun of the letters سير، ستر reads «سيرى»، «سترى», yet سير's
          // prior outweighed the prefix (with ي, «سيري» may be سير + ي, and stays as it was).
          const seeAfterFuture = p.future && irregular === SEE && k === 0 && w.charCodeAt(n - 1) === ALEF_MAKSURA;
          const cost = seeAfterFuture ? -3 : base - (CERTAIN_ROOTS.has(irregular) || CERTAIN_STEMS.has(stem) || (start > 0 && length >= 3 && (s.pronoun ? !s.verbal : k === 0 && irregular !== SEE) && w.charCodeAt(start - 1) !== 0x0643) || (stem === YAD && yadCertain(w, start, n - k, p.article)) ? 3 : 1) - (OVERRIDING_STEMS.has(stem) ? OVERRIDE_MARGIN : 0);
          const old = costs.get(irregular);
          if (old === undefined || cost < old) costs.set(irregular, cost);
        }
      }
      // Template stems have at most 7 letters (byLength has no longer entries).
      const index = length <= MAX_STEM ? byLength[length] : undefined;
      if (!index) continue;
      const alStart = w.charCodeAt(start) === ALEF && w.charCodeAt(start + 1) === LAM;
      const stemHamza = w.charCodeAt(start) === HAMZA || w.charCodeAt(start) === ALEF;
      const stemYeh = w.charCodeAt(start) === YEH;
      const firstLetter = index.byFirst.get(w.charCodeAt(start)) ?? NO_TEMPLATES;
      // A stem that ends in alef before a nisba ending (ية يات يين) is rare: the weak radical
      // shows as و there (لغوية), so «لغاية» is ل + «غاية», not ل + «لغا» + ية.
      const alefNisba = k >= 2 && w.charCodeAt(n - k) === YEH && w.charCodeAt(n - k - 1) === ALEF ? 1.0 : 0;
      for (let l = 0; l < 2; l++) {
        for (const t of l === 0 ? index.slotFirst : firstLetter) {
          if (p.future && !t.imperfect) continue;
          if (p.article && t.imperfect && t.pattern[0] !== 'ت' && t.pattern[0] !== 'ء') continue;
          if (t.firstRadicals !== undefined && !t.firstRadicals.includes(w[start + t.slot[0]!]!)) continue;
          // A shortened hollow stem needs its context (استطعت، لم يستطع; not استمر).
          if (t.shortHollow !== 0 && !shortHollowReadable(w, n, k, s, t, start, p, lex, table !== undefined)) continue;
          if (t.pronounOnly && k !== 0 && !s.pronoun) continue;
          // An imperfect that drops its first radical (أضع، يصل، تجد) takes no past ending in ت
          // («أضعت» is أضاع «I lost», ضيع, not أضع of وضع; QA round 77).
          if (t.imperfect && t.missing === 0 && k > 0 && s.verbal && w.charCodeAt(n - k) === TEH) continue;
          // The dual -ا of an imperfect whose stem ends in و (يدعوا) is far rarer than the
          // plural ending وا after a stem without it: «يتصلوا» is يتصل + وا (وصل), not يتصلو + ا.
          // (Only after the prefixes ي ن and a stem of five letters or more, يتفعّل، ينفعل …: a
          // ت may start the past of تفاعل, تحاشوا، تنادوا, and a short stem, يتلوا، يدعوا, gives
          // the same root either way.)
          if (k === 1 && t.length >= 5 && (t.pattern.charCodeAt(0) === YEH || t.pattern.charCodeAt(0) === NOON) && w.charCodeAt(n - 1) === ALEF && w.charCodeAt(n - 2) === WAW) continue;
          // متفاعٍ، متفاعّ is a noun: it takes no pronoun or verb ending. Neither it nor the
          // imperfect يتفاعَ takes an ending in ي or ى, where the written ي is the third radical
          // (المتنامي، يتتالى → مت1ا23، يت1ا23, not a doubled تلل + ي).
          if ((t.flags & TEMPLATE_FLAG.mutafaa) !== 0 && (s.pronoun || s.verbal)) continue;
          // A first radical و assimilates to the ت of افتعل (اتّصل، متّهم، يتّفق): a written و
          // before that ت is no radical (موتهم is موت + هم, توترا is توتر + ا, not مُوتَهم، أوتر).
          if ((t.flags & TEMPLATE_FLAG.iftaalTeh) !== 0 && w.charCodeAt(start + t.slot[0]!) === WAW) continue;
          if (k > 0 && (t.flags & TEMPLATE_FLAG.tafaa) !== 0 && (w.charCodeAt(n - k) === YEH || w.charCodeAt(n - k) === ALEF_MAKSURA)) continue;
          // A final ى after an imperfect in ي or ن is its third radical (يتحدى، نتلقى، يرضى), never
          // the ending ي written ى: a verb takes «me» as ني. So after تت (تتحدى، تتلقى): only the
          // second person feminine has an ending ي there, which text writes ي (لا تتحدي).
          if (k === 1 && t.imperfect && w.charCodeAt(n - 1) === ALEF_MAKSURA && (t.pattern.charCodeAt(0) === YEH || t.pattern.charCodeAt(0) === NOON || (t.pattern.charCodeAt(0) === TEH && t.pattern.charCodeAt(1) === TEH))) continue;
          // فعلاء written without its hamza is read only after the article (الصفرا، البيضا, where
          // the accusative -ا cannot stand) and before the nisba -وي (الزرقاوي، القرضاوي): other
          // words in -ا are more often names (ماهايانا، كلاماتا).
          if (t.pattern === FALAA && !p.article && w.charCodeAt(n - k) !== WAW) continue;
          // See INFA3AL: ان1ا3 is only the past of a hollow انفعل.
          if (t.pattern === INFAAL && (p.article || (k > 0 && !s.verbal) || w.charCodeAt(start) === HAMZA)) continue;
          let extra = matchLiterals(w, start, t);
          if (extra < 0) continue;
          // See HAMZA_BELOW: «الإعتداء، إستقالة» are written ا. (Not after the future س.)
          if ((t.flags & (TEMPLATE_FLAG.hamzaWasl | TEMPLATE_FLAG.firstPersonDerived)) !== 0 && !p.future && w.charCodeAt(start) === HAMZA && hamzaBelowFirst(word)) extra += (t.flags & TEMPLATE_FLAG.hamzaWasl) !== 0 ? -ALEF_HAMZA_SWAP : ALEF_HAMZA_SWAP;
          // The past of a hollow أفعل shortens its vowel before a consonant ending (أردنا، أضفنا،
          // أجبتم → رود، ضيف، جوب), where a doubled one writes both radicals (أعددنا) and a
          // defective one its ي (أعطينا): there ء13 is as common as افتعل's short form. (Only
          // with its hamza written: ابننا is ابن + نا.)
          if (t.pattern === SHORT_HOLLOW_IV && w.charCodeAt(start) === HAMZA && shortHollowSuffix(w, n, k, s)) extra -= SHORT_HOLLOW_IV_BONUS;
          extra += alefNisba;
          if (table !== undefined && seenIftaalOfDoubled(w, start, t)) extra += SEEN_IFTAAL_DOUBLED;
          if (table !== undefined && k > 0 && seenIftaala(w, start, n - k, t)) extra += SEEN_IFTAALA;
          if (p.article && k === 0 && t.pattern === AF3AL_HOLLOW && w.charCodeAt(start + 1) !== YEH) extra += BARE_AF3AL_HOLLOW_DEFINITE;
          // فعلاء is feminine or plural already: a ة after it (عملائة) is mostly informal text's ه,
          // and «وبراءة» is و + براءة, not وبر + اءة.
          if (k > 0 && (t.flags & TEMPLATE_FLAG.falaaHamza) !== 0 && (w.charCodeAt(n - k) === TEH_MARBUTA || w.charCodeAt(n - k) === TEH)) extra += 0.5;
          // A stem that starts with ال is almost always the article, unless the template
          // itself starts with alef (التزام = افتعال of لزم).
          if (alStart) extra += isIftaal(t.pattern) ? 1.0 : 1.5;
          // A stem-initial hamza is far more often a prefix (أفعل، إفعال، أفعال) than a radical.
          if (t.slot[0] === 0 && stemHamza) extra += 0.4;
          // So is a stem-initial ي (the imperfect prefix): few roots start with ي.
          else if (t.slot[0] === 0 && stemYeh) extra += 0.8;
          stemStart = start;
          stemEnd = n - k;
          // A one-letter ending (ت ن ك ه) is as often a name's last letter; so are the endings
          // after a stem of two strong letters, which FILL_LAST_NOMINAL reads as doubled
          // (أثينا is no أث + ي + نا).
          stemVerbal = (s.pronoun || s.verbal) && k > 1 && (length > 2 || isWeakLetter(w.charCodeAt(start + 1)) || w.charCodeAt(start + 1) === HAMZA);
          stemImperfect = t.imperfect && start === 0;
          stemNominal = k > 0 && !s.verbal;
          // (Only ة: a ت before a pronoun may be the verb's, «نادته».)
          stemFeminine = k > 0 && w.charCodeAt(n - k) === TEH_MARBUTA;
          stemPluralUn = k > 0 && !s.verbal && w.charCodeAt(n - k) === WAW && (k === 1 ? s.construct === true : w.charCodeAt(n - k + 1) === NOON);
          stemVerbEnding = s.verbal && (k === 1 ? w.charCodeAt(n - 1) === TEH : k === 2 && w.charCodeAt(n - 2) === WAW && w.charCodeAt(n - 1) === ALEF);
          stemAfterPreposition = !p.article && start > 0 && isPreposition(w.charCodeAt(start - 1));
          stemSplitPast = k >= 2 && (w.charCodeAt(n - k) === NOON ? s.verbal || s.pronoun : s.verbal && w.charCodeAt(n - k) === TEH && (w.charCodeAt(n - k + 1) === MEEM || w.charCodeAt(n - k + 1) === NOON));
          collect(w, start, t, base + t.cost + extra, lex, table, costs, k === 0, start === 0 || p.article, p.article);
          trace?.push(`${p.text}+${t.pattern}+${k ? w.slice(n - k) : ''} ${(base + t.cost + extra).toFixed(2)}`);
        }
      }
    }
  }
  if (costs.size === 0) return { kind: 'foreign' };
  bestWord = w;
  return { kind: 'roots', costs };
}

let mask: Uint16Array | undefined;

/** Bit `n` of entry `c - U+0620` is set when some irregular stem of `n` letters starts with `c`. */
function irregularMask(): Uint16Array {
  if (mask) return mask;
  const m = new Uint16Array(64);
  for (const stem of IRREGULAR_STEMS.keys()) m[(stem.charCodeAt(0) - 0x0620) & 63]! |= 1 << stem.length;
  return (mask = m);
}

/**
 * Whether a shortened hollow template `t` (its `shortHollow` kind) may be read at `start` of `w`
 * with `k` letters of suffix `s` and the proclitics `p`; `lookup` is false in the lexicon builder.
 * The past (kind 1) needs a past ending ({@link shortHollowSuffix}, {@link shortHollowTu}), or it is
 * the bare imperative of a hollow افتعل after و or ف («واختر»; not before a last ت, nor ال + a short
 * word, at look-up time only, QA round 117) or of a hollow استفعل ({@link bareShortIstaf3al}, QA
 * round 124); the jussive of استفعل (kind 2) no suffix
 * ({@link shortHollowJussive} at look-up time); that of افتعل (kind 3) no suffix, no future س and
 * {@link shortHollowJussiveVIII}, at look-up time only.
 */
function shortHollowReadable(w: string, n: number, k: number, s: Suffix, t: Template, start: number, p: Prefix, lex: ReadonlyMap<string, number>, lookup: boolean): boolean {
  if (t.shortHollow === 3) return k === 0 && !p.future && lookup && shortHollowJussiveVIII(w, t, start, p, lex);
  if (t.shortHollow === 2) {
    if (t.pattern === ISTAF3_JUSSIVE_FIRST) return k === 0 && lookup && !p.article && w.charCodeAt(start) === HAMZA && w.charCodeAt(start + t.slot[0]!) !== ALEF && shortHollowJussive(w, t, start);
    return k === 0 && (!lookup || shortHollowJussive(w, t, start));
  }
  if (shortHollowSuffix(w, n, k, s) || shortHollowTu(w, n, k, s, t, start, lex, lookup)) return true;
  if (t.pattern === ISTAF3_SHORT) return k === 0 && lookup && bareShortIstaf3al(w, t, start, p, lex);
  return (
    k === 0 &&
    start > 0 &&
    lookup &&
    t.pattern === IFTA3_SHORT &&
    w.charCodeAt(start) === ALEF &&
    w.charCodeAt(start + 1) !== LAM &&
    w.charCodeAt(n - 1) !== TEH &&
    shortHollowJussiveVIII(w, t, start, p, lex)
  );
}

/**
 * Whether the last `k` letters of `w` are a past ending that shortens a hollow stem: تم، تن،
 * تما، نا (استطعنا، اخترتم), with or without a pronoun. A bare ت is left out: it is as often
 * the third person feminine (احتلت = احتلّت، افتدت), which keeps the long vowel (اختارت).
 */
function shortHollowSuffix(w: string, n: number, k: number, s: Suffix): boolean {
  if (k < 2) return false;
  const c = w.charCodeAt(n - k);
  if (c === NOON) return (s.verbal || s.pronoun) && w.charCodeAt(n - k + 1) === ALEF;
  if (c !== TEH || !s.verbal) return false;
  const d = w.charCodeAt(n - k + 1);
  return d === MEEM || d === NOON || (d !== ALEF && d !== WAW && d !== YEH);
}

// The past ending ت alone (-tu, -ta, -ti) also follows a shortened hollow استفعل (استطعت «I
// could», استفدت «I benefited», QA round 76) and افتعل (اخترت «I chose», QA round 117), but
// there it is as often the feminine -at of a doubled or defective استفعل، افتعل, which writes
// two radicals before it (استمرت، استقلت، احتلت; استدعت، استسقت، اعتدت): so only when neither
// the doubled nor the defective root of the two letters (طعع، طعو، طعي; خرر، خرو، خري) is a
// root. So also the past ending ت before a pronoun (اخترته، استطعته) and the feminine plural
// ن alone (اخترن، استطعن), which a sound افتعل ending in ن (اقترن، احتضن) reads first. All but
// استطعت hold at look-up time only, like READ_WAW_IFTAAL: in the lexicon builder they moved the
// prior of خور a step up (QA round 117).
const ISTAF3_SHORT = '\u0627\u0633\u062a13'; // است13
const IFTA3_SHORT = '\u06271\u062a3'; // ا1ت3
/** Whether `w` ends in the lone past ending ت (or, at look-up time (`lookup`), ت and a pronoun, or ن) after a shortened hollow استفعل or افتعل ({@link ISTAF3_SHORT}, {@link IFTA3_SHORT}) whose doubled and defective readings are no roots. */
function shortHollowTu(w: string, n: number, k: number, s: Suffix, t: Template, start: number, lex: ReadonlyMap<string, number>, lookup: boolean): boolean {
  if (t.pattern !== ISTAF3_SHORT && t.pattern !== IFTA3_SHORT) return false;
  const c = w.charCodeAt(n - k);
  // The lexicon builder reads only استطعت (round 76); the rest holds at look-up time only.
  if (!lookup && (t.pattern !== ISTAF3_SHORT || k !== 1 || c !== TEH)) return false;
  if (k === 1 ? !s.verbal || (c !== TEH && c !== NOON) : c !== TEH || !s.pronoun) return false;
  if (!lookup) {
    const first = w[start + t.slot[0]!]!;
    const third = w[start + t.slot[2]!]!;
    return !lex.has(first + third + third) && !lex.has(`${first}${third}\u064a`) && !lex.has(`${first}${third}\u0648`);
  }
  return shortHollowAlone(w, t, start, lex) || (t.pattern === ISTAF3_SHORT && SHORT_HOLLOW_ISTAF3AL.has(w[start + t.slot[0]!]! + w[start + t.slot[2]!]!));
}

// The bare jussive of a hollow افتعل (لم يختر «did not choose», لم تجتز «did not pass», ليرتح)
// writes the letters of the imperfect of a doubled افتعل (يحتلّ، يمتدّ، يهتمّ) and, with a
// defective one, of its jussive (لم يجتز «did not content himself», لم يعتد «did not attack»):
// so the jussive templates of SHORT_HOLLOW_JUSSIVE_VIII (ي1ت3، ت1ت3، ن1ت3) are read only when
// neither the doubled nor the defective root of the two letters is a root (خرر، خرو، خري are
// none), nor when the ت and the two letters make a root whose imperfect يفعل they spell (يفتق
// «tears open» is no jussive of فوق), and at look-up time only, like READ_WAW_IFTAAL (QA round
// 117). A weak letter in the third slot is no radical there (باليستي، تقتي are no jussives of
// سوي، قوي). Nor after ب or ك, which no verb takes (وبيلتز «Wiltz»), nor with ن or س as the first
// radical, where ينت، تست spell names (وينتر «Winter», بينتر «Pinter», فيستس «Festus») and the
// imperfect prefix of استفعل (لا تستحِ «do not be ashamed»), nor with ه as the last, which is
// as often a pronoun after a hollow فعل (لم يفته «he did not miss it»).
//
// The imperative of a hollow افتعل (واختر «and choose», فارتح «so rest») is ا1ت3 with no ending:
// read on the same terms after و or ف only (alone, اختر is as often the name Akhtar, «الملا
// اختر منصور», and أختر mostly is), with its hamzat wasl written ا, not after ال (التن، التط are
// the article before a short word) and not before a last ت.
/** Whether the bare jussive of a hollow افتعل ({@link SHORT_HOLLOW_JUSSIVE_VIII}, template `t` at `start` after proclitics `p`) may be read. */
function shortHollowJussiveVIII(w: string, t: Template, start: number, p: Prefix, lex: ReadonlyMap<string, number>): boolean {
  if (p.text.includes('\u0628') || p.text.includes('\u0643')) return false;
  const first = w.charCodeAt(start + t.slot[0]!);
  if (first === NOON || first === SEEN || w.charCodeAt(start + t.slot[2]!) === HEH) return false;
  return shortHollowAlone(w, t, start, lex) && !lex.has(w.slice(start + 1, start + 4));
}

/** Whether neither the doubled nor the defective root of the two letters a shortened hollow template `t` writes at `start` is in `lex` (and the second is no weak letter). */
function shortHollowAlone(w: string, t: Template, start: number, lex: ReadonlyMap<string, number>): boolean {
  const first = w[start + t.slot[0]!]!;
  const third = w[start + t.slot[2]!]!;
  if (isWeakLetter(third.charCodeAt(0))) return false;
  return !lex.has(first + third + third) && !lex.has(`${first}${third}\u064a`) && !lex.has(`${first}${third}\u0648`);
}

// The bare jussive of a hollow استفعل (لم يستطع، لم يستفد) is rare beside the imperfect of a
// doubled استفعل, which writes the same two letters after يست، تست، نست (يستدلّ «infers», يستفزّ
// «provokes»): a frequent hollow root of the two letters (دول، فوز) outweighed the doubled one
// (QA round 116). So the jussive reading (يست13، تست13، نست13) is not tried for the letters of
// a doubled استفعل verb (DOUBLED_ISTAF3AL). (Not for every doubled root of the two letters:
// «لم تستضف، لم تستقم، لم يستشر» are the jussives of استضاف، استقام، استشار, and ضفف، قمم، شرر are
// roots too.) At look-up time only, like READ_WAW_IFTAAL.
//
// The first person's jussive (لم أستطع «I could not», لم أستفد) is ءست13 on the same terms
// (QA round 123): without it أستطع read as افتعل of سطع, whose ت it took for استفعل's. Only
// with its hamza written (the ء templates also take a stem written with ا, where «استقت، استفت»
// are the past of استقى and the imperative of استفتى, and «استان» a name), with no article
// and with no alef for its first radical; at look-up time only, so that the lexicon builder's
// priors stay as they were.
const ISTAF3_JUSSIVE_FIRST = '\u0621\u0633\u062a13'; // ءست13
/** Whether the bare jussive of a hollow استفعل at `start` (template `t`) may be read: its two letters are not those of a doubled استفعل. */
function shortHollowJussive(w: string, t: Template, start: number): boolean {
  return !DOUBLED_ISTAF3AL.has(w[start + t.slot[0]!]! + w[start + t.slot[2]!]!);
}

// The imperative of a hollow استفعل (استجب «respond!», واستفد «and benefit», فاستعن بالله) writes
// است13 with no ending, its hamzat wasl as ا; so does the first person's jussive when its hamza is
// left unwritten (لم استطع «I could not», as لم اعرف for لم أعرف). Without a reading it went to
// افتعل of a root in س (استطع → سطع) or to the defective root of the two letters (استجب → جبي,
// استفد → فدي). It is read on the terms of the past before ت (`shortHollowTu`): the two letters of
// SHORT_HOLLOW_ISTAF3AL, or (without a proclitic) two whose doubled and defective roots are no
// roots — never those of a doubled استفعل (DOUBLED_ISTAF3AL: استمر، استعد، استحق are its past),
// nor an alef for the first radical, nor a ت in either slot (استتر «hid» is افتعل of ستر, استقت
// «drew» the feminine past of استقى). No proclitic but و or ف (an imperative takes no article, ب,
// ك or future س), and after them only the listed letters: there the others as often spell a
// foreign word (شركة يونيفرسال فاستنر «Fastener» is no فاستنِر «so seek light»). At look-up time
// only (QA round 124).
/** Whether the bare است13 at `start` of `w` (template `t`, proclitics `p`) may be the imperative or the ا-written first person jussive of a hollow استفعل. */
function bareShortIstaf3al(w: string, t: Template, start: number, p: Prefix, lex: ReadonlyMap<string, number>): boolean {
  if (p.text !== '' && p.text !== '\u0648' && p.text !== '\u0641') return false;
  const pair = w[start + t.slot[0]!]! + w[start + t.slot[2]!]!;
  if (pair.charCodeAt(0) === ALEF || pair.charCodeAt(0) === TEH || pair.charCodeAt(1) === TEH || DOUBLED_ISTAF3AL.has(pair)) return false;
  return SHORT_HOLLOW_ISTAF3AL.has(pair) || (p.text === '' && shortHollowAlone(w, t, start, lex));
}

// The noun يد «hand» before a pronoun, its dual يدا، يدي in construct included (يده، يدها، بيده،
// يداه، يديه، بيدي «in my hand», whose ي the suffix table files under the relative adjective's),
// is far more frequent than the verbs and nouns its letters also spell (يدهى of دهي, بيد «but»,
// which takes أنّ and no pronoun): there it is certain ({@link YAD_SUFFIXES}). Not after ك
// (كيده is كيد «plot»), and the endings of {@link YAD_SUFFIXES_AFTER_BEH} only after ب: without
// it يدك، يدهم، يداهم، يدهن are as often the verbs يدكّ «pounds», يدهم and يداهم «raids», يُدهن
// «is painted». The sound plural's ون، ين never follows يد (يدونه is يدوّنه, يدينه يُدينه).
// After the article it is certain alone or in the dual (اليد، باليد، واليد، باليدين; QA round
// 74): no verb takes the article, and باليد read as فاعيل of بلد, واليد as ولد.
const YAD = '\u064a\u062f'; // يد
const YAD_AFTER_ARTICLE: ReadonlySet<string> = new Set(['', 'ين', 'ان']);
const YAD_SUFFIXES: ReadonlySet<string> = new Set(['ه', 'ها', 'هما', 'ي', 'نا', 'يه', 'يها', 'يهما', 'يهم', 'يهن', 'ينا', 'يك', 'يكم', 'يكما', 'اه', 'اها', 'اهما', 'انا', 'اك', 'اكم']);
const YAD_SUFFIXES_AFTER_BEH: ReadonlySet<string> = new Set(['ك', 'كم', 'كما', 'كن', 'هم', 'هن', 'اهم']);
/** Whether the stem يد (`w[start..end)`) before the rest of `w` is certainly the noun «hand». */
function yadCertain(w: string, start: number, end: number, article: boolean): boolean {
  const suffix = w.slice(end);
  if (article) return YAD_AFTER_ARTICLE.has(suffix);
  const before = start > 0 ? w.charCodeAt(start - 1) : 0;
  if (before === KAF) return false;
  return YAD_SUFFIXES.has(suffix) || (before === BEH && YAD_SUFFIXES_AFTER_BEH.has(suffix));
}

/**
 * Whether an irregular stem listed in {@link SUFFIXED_STEMS} has the suffix it needs (`''`
 * for none): a pronoun for يرا، ترا; a plural ending for ير، تر; else an ending that starts
 * with one of the listed letters; the stems of ALONE_TOO may also have none, and those of
 * ALONE_AFTER_ARTICLE none after the article, and those of ALONE_BARE none when no proclitic
 * stands before them (`bare`). Other irregular stems need nothing.
 */
function suffixFits(stem: string, suffix: string, article: boolean, bare: boolean): boolean {
  const need = SUFFIXED_STEMS.get(stem);
  if (need === undefined) return true;
  if (suffix === '') return ALONE_TOO.has(stem) || (article && ALONE_AFTER_ARTICLE.has(stem)) || (bare && ALONE_BARE.has(stem));
  return need === '' ? SEE_PRONOUNS.has(suffix) : need === 'و' ? SEE_PLURALS.has(suffix) : need.includes(suffix[0]!);
}

/**
 * Whether a stem of {@link REFUSED_PROCLITICS} may follow the proclitics `p` (the article always,
 * but for ديك after و: والديك is «your parents», والدي + ك, far more often than «and the rooster»).
 */
function procliticFits(stem: string, p: Prefix): boolean {
  const refused = REFUSED_PROCLITICS.get(stem);
  if (refused === undefined) return true;
  if (p.article) return !(stem === DIK && p.text.charCodeAt(0) === WAW);
  for (let i = 0; i < p.text.length; i++) if (refused.includes(p.text[i]!)) return false;
  return true;
}

const DIK = '\u062f\u064a\u0643'; // ديك

/**
 * Lexical stems that, written with a shadda (U+0651), are a doubled verb instead: أمدّ، أمدَّ
 * «supplied» (of مدد), beside أمد «span» (of ءمد, QA round 107).
 */
const SHADDA_VERB_STEMS: ReadonlySet<string> = new Set(['ءمد', 'امد']);

// Pronouns after يرا، ترا (يراه، تراها، يراني); not كم or هن, which make تراكم (accumulation)
// and تراهن (bet) far more often.
const SEE_PRONOUNS = new Set(['\u0647', '\u0647\u0627', '\u0647\u0645', '\u0647\u0645\u0627', '\u0643', '\u0646\u064a', '\u0646\u0627']);
// Endings after ير، تر، نر: ون، وا، ين and ون or و with a pronoun (يرونه، يروه); not the
// nisba وي (يروي, of روي) and no نا (فيرونا is a name).
const SEE_PLURALS = new Set(['\u0648\u0646', '\u0648\u0627', '\u064a\u0646', '\u0648\u0646\u0647', '\u0648\u0646\u0647\u0627', '\u0648\u0646\u0647\u0645', '\u0648\u0647', '\u0648\u0647\u0627', '\u0648\u0647\u0645']);

/** True when some root costs less than the best template analysis (an irregular stem). */
function irregularWon(costs: ReadonlyMap<string, number>): boolean {
  for (const c of costs.values()) if (c < bestTotal) return true;
  return false;
}

// The letters of a doubled استفعل verb of DOUBLED_ISTAF3AL (استهلّ، استحبّ، استبدّ; يستهلّ،
// مستحبّ، استهلال) also spell افتعل، يفتعل، مفتعل، افتعال of a root in س (سهل، سحب، سبد): ا + س +
// ت + هل. No such افتعل is a word (تساهل، انسحب are other forms), but the prior of a frequent
// root in س outweighed the doubled one before a pronoun or after the article (استهلها، المستحب
// → سهل، سحب; QA round 121). So that reading costs SEEN_IFTAAL_DOUBLED more, at look-up time
// only, like READ_WAW_IFTAAL.
const SEEN_IFTAAL_DOUBLED = 1.0;
/** Whether template `t` at `start` of `w` reads س + the ت of افتعل + the two letters of a doubled استفعل ({@link SEEN_IFTAAL_DOUBLED}). */
function seenIftaalOfDoubled(w: string, start: number, t: Template): boolean {
  const first = t.slot[0]!;
  if (first < 0 || w.charCodeAt(start + first) !== SEEN || t.pattern.charCodeAt(first + 1) !== TEH) return false;
  const second = t.slot[1]!;
  const third = t.slot[2]!;
  return second >= 0 && third >= 0 && (t.flags & TEMPLATE_FLAG.formVIIIorX) !== 0 && DOUBLED_ISTAF3AL.has(w[start + second]! + w[start + third]!);
}

// Before ة (or its ت before a pronoun) the letters است + C + ا + C spell two nouns: استفعالة
// of a hollow root (استقالة، استعارة «borrowing, metaphor», استباحة «violation»: قيل، عور،
// بوح), and افتعالة, the noun of one act of افتعل, of a root in س (as التفاتة، انتفاضة،
// ابتسامة are of لفت، نفض، بسم). The first is the productive noun of the news; the second is
// hardly made of a root in س (no «استماعة، استلامة»); and the masdar افتعال takes no past
// ending ت, which the past of the hollow استفعل does (استباحت، استعارت). Yet a frequent root's
// prior carried the س reading: استعارة، استباحة، واستباحت، استرابت → سعر، سبح، سرب (QA round
// 125). So that reading costs SEEN_IFTAALA more there, at look-up time only, like
// SEEN_IFTAAL_DOUBLED. Not before the plural ات, which the masdar takes (استماعات، استلامات
// of سمع، سلم), so «استعارات» is left to the priors.
// Except where the letters after است are those of a verb of HOLLOW_ISTAF3AL (QA round 128):
// that list names the stems whose hollow استفعل is the word of the news, and before any ending
// the افتعال of the root in س is hardly written there (its masdar «استعار الحرب» «the blazing
// of the war» takes no plural and seldom a pronoun), while the hollow one takes them all:
// استعارات «metaphors, borrowings», الاستعاري, استعارها «he borrowed it» (عور, not سعر). The
// bare استعار and استعارا stay with the priors (the verb «borrowed» and the masdar «blazing»
// both; the masdar's accusative -ا).
const SEEN_IFTAALA = 1.0;
const IFTIAAL = '\u06271\u062a2\u06273'; // ا1ت2ا3, the masdar افتعال
/**
 * Whether template `t` at `start` of `w` reads افتعال of a root in س before a feminine ending ة
 * or ت at `stemEnd`, or before any ending where the letters after است are a pair of
 * HOLLOW_ISTAF3AL ({@link SEEN_IFTAALA}).
 */
function seenIftaala(w: string, start: number, stemEnd: number, t: Template): boolean {
  if (t.pattern !== IFTIAAL || w.charCodeAt(start + 1) !== SEEN) return false;
  const c = w.charCodeAt(stemEnd);
  if (c === TEH_MARBUTA || c === TEH) return true;
  // The masdar's accusative -ا stays with the priors: «تزداد النار استعارا» (سعر).
  if (c === ALEF && stemEnd === w.length - 1) return false;
  return HOLLOW_ISTAF3AL_KEYS.has(radicalPairKey(w.charCodeAt(start + 3), w.charCodeAt(start + 5)));
}

/** افتعل-family templates (ا1ت23، ا1ط2ا3 …), whose alef is part of the pattern. */
function isIftaal(pattern: string): boolean {
  const third = pattern[2];
  return pattern[0] === 'ا' && pattern[1] === '1' && (third === 'ت' || third === 'ط' || third === 'د');
}

/** Cost of a stem-initial alef written for a template's hamza, or a hamza for its alef (احمد / أحمد). */
const ALEF_HAMZA_SWAP = 0.3;

// News text often writes the hamzat wasl of افتعل، انفعل، استفعل and their masdars with the
// hamza of إفعال: «الإعتداء، إستقالة، الإنسحاب، الإجتماع، إستعاد». With the alef swap cost
// these lost to a hamzated template or to a root that spells the ت: الإعتداء → عتد (ء123اء),
// لإستعادة → سعد for عود, إتخاذ → خوذ (أتفعّل) for ءخذ. Where the stem's hamza is the word's
// first and is written إ (U+0625, its presentation forms, the wavy hamza below), it is read as
// that alef (QA round 113): a template of TEMPLATE_FLAG.hamzaWasl (every template in است, and
// the masdars of six letters ا1ت2ا3، ا1ط2ا3، ا1د2ا3، ان12ا3) takes it at no cost; the first person
// imperfects of the derived forms (TEMPLATE_FLAG.firstPersonDerived: أستفعل، أنفعل، أفتعل،
// أتفعّل، أتفاعل), whose prefix is always أ, pay the swap cost, as for an alef; and an irregular
// stem of six letters or more is also looked up with ا (استقال، استعاد، انحياز → قيل، عود، حوز).
// أ there is no such spelling, and a five-letter إ-stem (إنتاج، إتمام، إتاحة) matches no
// hamzaWasl template, so إفعال keeps its hamza.
// After the future س no hamzat wasl can stand: only an imperfect follows it, whose hamza is the
// first person's أ, so there إ is one more seat of that hamza and is read as أ, without the swap
// cost and by the future re-reading (`startsLikeFuture`) too (QA round 124: «سإتخذ» was rootless
// where «سأتخذ» is ءخذ).
const HAMZA_BELOW = 0x0625; // U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW

/**
 * Whether the first hamza letter of the raw `word` is إ (U+0625, U+0673 or the presentation
 * forms U+FE87–U+FE88). The proclitics hold no hamza, so that letter is the stem's first when
 * the normalized stem starts with ء.
 */
function hamzaBelowFirst(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === HAMZA_BELOW || c === 0x0673 || c === 0xfe87 || c === 0xfe88) return true;
    if (c === HAMZA || c === 0x0622 || c === 0x0623 || c === 0x0624 || c === 0x0626 || c === 0x0672 || c === 0x0675 || (c >= 0xfe80 && c <= 0xfe8c)) return false;
  }
  return false;
}

/** Returns the extra cost of matching the template's letters at `start`, or -1 when they differ. */
function matchLiterals(w: string, start: number, t: Template): number {
  let extra = 0;
  const at = t.literalAt;
  const code = t.literalCode;
  for (let j = 0; j < at.length; j++) {
    const pos = at[j]!;
    const c = w.charCodeAt(start + pos);
    const want = code[j]!;
    if (c === want) continue;
    // A word-initial alef and hamza are written interchangeably (احمد / أحمد).
    if (pos === 0 && (c === ALEF || c === HAMZA) && (want === ALEF || want === HAMZA)) {
      extra += ALEF_HAMZA_SWAP;
      continue;
    }
    // ى is written ي (and the reverse) in much modern text.
    if ((c === YEH && want === ALEF_MAKSURA) || (c === ALEF_MAKSURA && want === YEH)) {
      extra += 0.2;
      continue;
    }
    return -1;
  }
  return extra;
}

interface SuffixNode {
  suffix: Suffix | undefined;
  next: Map<number, SuffixNode>;
}
let trie: SuffixNode | undefined;

/** The suffix sequences as a trie read from the end of the word (no slicing per try). */
function suffixTrieRoot(): SuffixNode {
  if (trie) return trie;
  const rootNode: SuffixNode = { suffix: undefined, next: new Map() };
  for (const [text, s] of suffixes()) {
    let node = rootNode;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { suffix: undefined, next: new Map() }));
      node = child;
    }
    node.suffix = s;
  }
  trie = rootNode;
  return rootNode;
}

let prefixArray: Prefix[] | undefined;
const prefixList = (): Prefix[] => (prefixArray ??= [...prefixes().values()]);

function collect(
  w: string,
  start: number,
  t: Template,
  cost: number,
  lexicon: ReadonlyMap<string, number>,
  table: Int8Array | undefined,
  costs: Map<string, number>,
  bare: boolean,
  article: boolean,
  definite: boolean,
): void {
  const slot = t.slot;
  if (t.written === 4) {
    let r = '';
    for (let i = 0; i < 4; i++) {
      const c = w.charCodeAt(start + slot[i]!);
      if (c === ALEF || c === TEH_MARBUTA || c === ALEF_MAKSURA) return;
      r += String.fromCharCode(c);
    }
    offer(r, cost, lexicon, costs);
    return;
  }
  // Readings for radicals 1..3; a missing radical gets the fillers.
  // A two-letter noun stem ending in a weak letter or hamza (نية، فئة، قوة) is no plain doubled,
  // defective or assimilated noun: it keeps the ordinary fillers.
  const last = w.charCodeAt(start + t.length - 1);
  const nominal = stemNominal && t.length === 2 && !isWeakLetter(last) && last !== HAMZA;
  const a =
    t.missing === 0
      ? nominal
        ? FILL_FIRST_NOMINAL
        : bare && t.length === 2 && last === YEH
          ? FILL_FIRST_BARE_YEH
          : FILLS[0]!
      : w.charCodeAt(start + 1) === YEH && w.charCodeAt(start) === HAMZA && t.pattern === IF3AAL
        ? READ_YEH_IF3AAL
        : slot[0] === 0 && w.charCodeAt(start) === HAMZA && (stemVerbEnding || (stemSplitPast && (w.charCodeAt(stemEnd) === TEH || w.charCodeAt(stemEnd + 1) === ALEF)))
          ? READ_HAMZA_PAST
          : readings(w.charCodeAt(start + slot[0]!), 0, false);
  const bareNoun = bare && (article || stemAfterPreposition) && t.length === 2 && w.charCodeAt(start + 1) !== YEH;
  const b =
    t.missing === 1
      ? bareNoun
        ? definite || stemAfterPreposition
          ? FILL_MIDDLE_BARE_NOUN
          : FILL_MIDDLE_BARE
        : table !== undefined && (t.flags & TEMPLATE_FLAG.formX) !== 0
          ? fillMiddleFormX(w, start, t)
          : FILLS[1]!
      : t.pattern === FAAIL && w.charCodeAt(start + slot[1]!) === HAMZA && !isWeakLetter(w.charCodeAt(start + slot[2]!))
        ? READ_HAMZA_FAAIL
        : t.written === 3 && (t.flags & TEMPLATE_FLAG.formV) !== 0 && w.charCodeAt(start + slot[1]!) === ALEF
          ? READ_ALEF_FORM_V
        : definite && bare && (t.pattern === AF3AL || t.pattern === IF3AL) && w.charCodeAt(start + slot[1]!) === ALEF
          ? READ_ALEF_DEFINITE_AF3AL
        : stemPluralUn && t.length === 3 && slot[1] === 1 && w.charCodeAt(start + 1) === ALEF
          ? READ_ALEF_BEFORE_UN
        : (t.pattern === INFA3AL || t.pattern === INFA3AL_HAMZA) && w.charCodeAt(start + slot[1]!) === ALEF && (definite || stemNominal || w.charCodeAt(start) === HAMZA)
          ? READ_ALEF_DEFINITE_AF3AL
        : isSeatedHamza(w, start + slot[1]!)
          ? READ_HAMZA_SEATED
        : table !== undefined && slot[1] === 3 && t.length === 5 && (t.flags & TEMPLATE_FLAG.iftaalTeh) !== 0 && w.charCodeAt(start + 3) === WAW && !isWeakLetter(w.charCodeAt(start + 4)) && w.charCodeAt(start + 4) !== HAMZA
          ? READ_WAW_IFTAAL
        : (table !== undefined && t.written === 3 && (t.flags & TEMPLATE_FLAG.formX) !== 0 ? formXHollow(w, start, t) : undefined) ?? readings(w.charCodeAt(start + slot[1]!), 1, false);
  const fillLast =
    table !== undefined && t.missing === 2 && ((bare && definite) || stemFeminine) && SHORT_PARTICIPLES.has(t.pattern) ? FILL_LAST_PARTICIPLE :
    table !== undefined && t.missing === 2 && FORM_X_SHORT.has(t.pattern) && (bare || stemVerbEnding || (stemEnd === w.length - 1 && w.charCodeAt(stemEnd) === ALEF)) ? (stemVerbEnding ? fillLastPastFormX(w[start + slot[0]!]! + w[start + slot[1]!]!) : FILL_LAST_FORM_X) :
    t.pattern === FAA && stemFeminine ? FILL_LAST_FAA_FEMININE :
    t.missing === 2 && (t.flags & TEMPLATE_FLAG.tafaa) !== 0 ? FILL_LAST_TAFAA :
    t.missing === 2 && ((stemSplitPast && t.pattern.charCodeAt(0) === ALEF) || t.pattern === FAAAYA || (t.flags & TEMPLATE_FLAG.formVShort) !== 0) ? FILL_LAST_SPLIT :
    t.missing === 2 && stemVerbEnding ? FILL_LAST_VERB :
    t.length !== 2 ? FILLS[2]! :
    bare ? ((definite || stemAfterPreposition) && bareNoun && w.charCodeAt(start) !== ALEF ? FILL_LAST_BARE_NOUN : FILL_LAST_BARE) :
    nominal ? FILL_LAST_NOMINAL :
    FILLS[2]!;
  const at = start + slot[2]!;
  const c =
    t.missing === 2
      ? fillLast
      : table !== undefined && w.charCodeAt(at) === HAMZA && (t.missing === 1 || w.charCodeAt(start + slot[1]!) === ALEF)
        ? READ_HAMZA_AFTER_HOLLOW
      : w.charCodeAt(at) === HAMZA && at === stemEnd - 1 && w.charCodeAt(at - 1) === ALEF && (w.charCodeAt(stemEnd) === TEH_MARBUTA || w.charCodeAt(stemEnd) === TEH)
        ? READ_HAMZA_BEFORE_TAA
        : w.charCodeAt(at) === HAMZA && t.pattern.charCodeAt(slot[2]! - 1) === ALEF && t.slot[3] === -1 && at === stemEnd - 1 && w.charCodeAt(start + slot[1]!) === WAW && t.pattern !== AF3AAL
        ? READ_HAMZA_AFTER_WAW_ALEF
        : w.charCodeAt(at) === HAMZA && t.pattern.charCodeAt(slot[2]! - 1) === ALEF && t.slot[3] === -1 && at === stemEnd - 1 && !t.pattern.includes('ت')
        ? READ_HAMZA_AFTER_ALEF
        : w.charCodeAt(at) === ALEF && at === w.length - 1 && (t.pattern === MAFAAIL || t.pattern === FAAIL || (FULL_PARTICIPLES.has(t.pattern) && !definite))
          ? READ_NONE
        : w.charCodeAt(at) === YEH && at === stemEnd - 1 && FULL_PARTICIPLES.has(t.pattern) && isPronounStart(w, stemEnd)
          ? READ_YEH_PARTICIPLE_PRONOUN
        : w.charCodeAt(at) === YEH && t.pattern === FAAIL
          ? READ_YEH_FAAIL
        : w.charCodeAt(at) === HAMZA && t.pattern === FAAIL && table !== undefined
          ? READ_HAMZA_LAST_FAAIL
          : readings(w.charCodeAt(at), 2, true);
  // See DOUBLY_WEAK_SHORT: the middle radical an افتعل or استفعل stem of two written radicals
  // must write as itself when its last is weak (-1 when it writes none; 0 to skip the test).
  const mid = t.written === 2 && t.missing !== 0 && table !== undefined && (t.flags & TEMPLATE_FLAG.formVIIIorX) !== 0 ? (t.missing === 1 ? -1 : w.charCodeAt(start + slot[1]!)) : 0;
  const keptMiddle = mid === ALEF_MAKSURA ? YEH : mid;
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) {
      for (let k = 0; k < c.length; k += 2) {
        const third = c[k] === DUPLICATE ? b[j]! : c[k]!;
        if (table !== undefined) {
          // Fast path: the flat table answers without building a string.
          const key = triliteralKey(a[i]!, b[j]!, third);
          const bucket = table[key]!;
          if (bucket === 0) continue;
          if (key === HAYTH_KEY && !writesHayth(w, start, t)) continue;
          const r = String.fromCharCode(a[i]!, b[j]!, third);
          let total = cost + a[i + 1]! + b[j + 1]! + c[k + 1]! - PRIOR_WEIGHT * (bucket - 1);
          if (keptMiddle !== 0 && (third === WAW || third === YEH) && (b[j] === WAW || b[j] === YEH) && b[j] !== keptMiddle) total += DOUBLY_WEAK_SHORT;
          const old = costs.get(r);
          if (old === undefined || total < old) costs.set(r, total);
          if (total < bestTotal) note(total, bucket - 1);
          continue;
        }
        const r = String.fromCharCode(a[i]!, b[j]!, third);
        if (r === HAYTH && !writesHayth(w, start, t)) continue;
        offer(r, cost + a[i + 1]! + b[j + 1]! + c[k + 1]!, lexicon, costs);
      }
    }
  }
}

// The adverb حيث is not derived: no other word has its root, and a word that only reads as
// حيث after a weak letter is re-read (الحوثي، الحوثيين, a family name, are no و-for-ي حيث).
const HAYTH = '\u062d\u064a\u062b'; // حيث
const HAYTH_KEY = triliteralKey(0x062d, 0x064a, 0x062b);

/** Whether the stem at `start` (template `t`) is written حيث, letter for letter. */
function writesHayth(w: string, start: number, t: Template): boolean {
  return t.length === 3 && w.charCodeAt(start) === 0x062d && w.charCodeAt(start + 1) === YEH && w.charCodeAt(start + 2) === 0x062b;
}

function note(total: number, prior: number): void {
  bestTotal = total;
  bestStart = stemStart;
  bestEnd = stemEnd;
  bestPrior = prior;
  bestVerbal = stemVerbal;
  bestImperfect = stemImperfect;
}

function offer(r: string, cost: number, lexicon: ReadonlyMap<string, number>, costs: Map<string, number>): void {
  const prior = lexicon.get(r);
  if (prior === undefined) return;
  const total = cost - PRIOR_WEIGHT * prior;
  const old = costs.get(r);
  if (old === undefined || total < old) costs.set(r, total);
  if (total < bestTotal) note(total, prior);
}
