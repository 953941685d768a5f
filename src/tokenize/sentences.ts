import { assertString } from '../chars/guards.js';
import { isFormatMark, isIgnorable, isLineBreak } from '../chars/code-units.js';
import * as C from './char-class-names.js';
import { classOf } from './char-class.js';
import { SENTENCE_VERBS, SENTENCE_VERBS_WAW_WHOLE } from './sentence-verbs-data.js';
import * as S from './scan.js';
import { CHUNK, isArabicScript, releaseInput, scanChunk, startScan } from './scan.js';
import type { Sentence } from './types.js';

// Local copies of imported constants (an imported binding may compile to a getter).
const LETTER = C.LETTER;
const NUMBER = S.NUMBER;
const PUNCT = S.PUNCT;
const WORD = S.WORD;

// Terminator kinds of a punctuation token.
const NONE = 0;
const PERIOD = 1; // a single '.' or '۔'
const ELLIPSIS = 2; // '..', '...', '…'
const STRONG = 3; // '!', '?', '؟' (alone or in a run)

/** Latin abbreviations that do not end a sentence before their period (compared lowercased). */
const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof sr jr st mt vs etc al fig figs eq vol vols pp ed eds approx dept est inc ltd corp co gen col lt sgt capt gov sen rep jan feb apr jun jul aug sep sept oct nov dec'
    .split(' ')
    .filter((a) => a !== 'etc'), // "etc." ends sentences as often as not
);

/**
 * Latin letters spelled in Arabic script, as in «جورج دبليو. بوش» or «إف. بي. آي» (FBI): with
 * a period they are initials or the pieces of an acronym, not a sentence end.
 */
const LETTER_NAMES: ReadonlySet<string> = new Set(
  // with «جى» «پي» «پى» as Egyptian and Persian-letter spellings write them («جى.پى.إس», GPS)
  'إيه أيه ايه آيه أي بي بى پي پى سي دي إي ئي إف اف أف جي جى جيه إتش اتش آي اي كيه كي إل إم ام إن ان أن أو او آر ار أر إس اس تي يو في فى دبليو دابليو إكس اكس واي زد زي كيو'.split(
    ' ',
  ),
);

/**
 * Words that carry a sentence on after a year and its era (`1990 م. حتى 2000`, `530 ق.م.
 * تقريباً`): a sentence does not start with them.
 */
const CONTINUATIONS: ReadonlySet<string> = new Set(
  'حتى حتي وحتى وحتي إلى الى إلي وإلى والى أو او حيث تقريبا'.split(' '), // looked up without marks
);

/**
 * Words that open a new sentence after a mid-line ellipsis (`..` `...` `…`): ف with a particle,
 * a pronoun or a preposition, and كما, لقد. Of 40 such splits read in SaudiNewsNet, ANT and
 * Wikipedia files not used to choose them, 38 were sentence ends; an ellipsis in general ends
 * one only about half the time.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  [
    'فإن فإذا فقد فما فماذا فمن فهو فهي فهم فهذا فهذه فلا فلم فلن فكان فكانت فكيف فلماذا فمنذ فبعد ففي كما لقد',
    // و with a reporting verb or كان, and يذكر يشار («… الجنوبية.. وأوضح المتحدث …»): in the
    // 16 unlabeled news files they add 275 boundaries, of which 59 of 61 read were sentence ends
    // (the two others: a poem-like headline, «كان حلم .. وكان علم .. وكان واقع»)
    'وقال وقالت وأضاف وأضافت واضاف واضافت وأوضح وأوضحت واوضح واوضحت وأكد وأكدت واكد واكدت وأشار وأشارت واشار واشارت',
    'وتابع وتابعت وكان وكانت يذكر يشار ويذكر ويشار',
    // أما, وقد, إنّ with a pronoun, نحن and لكن: of 168 read in the 16 unlabeled files, 157 opened
    // a new sentence («… بلا نقاط.. أما الثاني فكان …», «… نهيسة.. وقد كتب سيرته.»), the
    // others were mostly two-part headlines and clauses such as «.. ولكن دون أن …»
    'أما وأما وقد إنه إنها إنهم إننا إنني نحن لكن ولكن',
    // and «.. لذلك» «.. هناك» «.. ربما» «.. أعتقد»: of 105 read, 104 opened a new sentence.
    // With the line above they add 1,542 boundaries to the 16 files; 247 of 248 drawn at random
    // were right.
    'لذلك ولذلك لذا هناك وهناك وهنا ربما أعتقد أتمنى',
    // و with a connective that sums up or draws a conclusion, «حينها» and «إن» (QA round 7,
    // read in context in the 16 files: «.. وهذا يعني …», «.. وبالتالي لم يتح …», «.. إن الانحراف
    // …»; see `opensClause` for «وهكذا» and «إن», and QUESTION_WORDS)
    'وبالتالي ولذا ولقد وهكذا وهذا حينها وحينها إن',
    // the congratulation that closes a wedding or graduation notice (QA round 11): «… حياة زوجية
    // سعيدة.. تهانينا وألف مبروك.» is an exclamation of its own (50 in the 16 files, all read)
    'تهانينا وتهانينا',
    // the prayer «اللهم», which like «تهانينا» opens a sentence of its own (QA round 23): «… إنا
    // لله وإنا إليه راجعون.. اللهم ارحم الشهداء.»; not «.. اللهم إلا …» (except perhaps)
    'اللهم',
    // ف with a pronoun of the speaker or the reader, هناك هنا ليس لعل ربما, a condition (لو) or
    // a question (أي), as «فهو» «فهذا» above (QA round 22): «… في عتمة المجهول.. فأنا أخاف
    // الظلام.» «… بيت الداء.. فهناك اختلال في المفاهيم.» «… جميعا.. فلو اتخذنا القرآن منهجا …»;
    // a ف that answers a condition or a topic before it (PROTASES) still goes on with it
    'فأنا فأنت فأنتم فنحن فهناك فهنا فليس فليست فلعل فربما فلو فأي فكل',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words with و that open a new sentence after a mid-line ellipsis in running text (QA round
 * 8): a verb that tells the next step or the source (`.. وتم` `.. وبدأ` `.. وكشف` `.. ويبدو`
 * `.. ويجب` `.. ويقول`), a clause of time or condition (`.. وعندما` `.. وإذا`) or the writer's
 * stance (`.. وأعتقد` `.. ولعل`). Two-part headlines join a second verb to the same subject with
 * them («… يشكر مدربه.. ويؤكد بقاءه»), and a chain of short clauses («وأفتى.. ودرس.. وكتب..»)
 * is one sentence, so they split only on a line that ends with a terminator and after at least
 * AND_LEAD_IN words (see `opensAndClause`).
 */
const AND_OPENERS: ReadonlySet<string> = new Set(
  [
    // perfect verbs, also without hamza
    'وتم وبدأ وبدأت وبدا وجاء وجاءت وأصبح وأصبحت واصبح واصبحت وظل وظلت وبات وباتت ووصل ووصلت',
    'وكشف وكشفت وقام وقامت وأعلن وأعلنت واعلن واعلنت ووجد ووجدت واستمر واستمرت وعاد وعادت',
    'ومضى وانتهى وانتهت وتمكن وتمكنت واستطاع واستطاعت وشهد وشهدت وأصدر وأصدرت وأعرب وأعربت',
    'ودعا ودعت وقرر وقررت ونفى ونفت وأفاد وأفادت وأشاد وأشادت وشدد وشددت وأخذ وتحول وتحولت وأنهى',
    'وأنهت واشترك واشتركت',
    // كان with the writer as its subject (QA round 12), as «.. كنت» «.. كنا» among RUNNING_OPENERS:
    // «… في دنياهما الخاصة.. وكنت وحيدا في دنياي.»
    'وكنت وكنا',
    // imperfects of seeming, obligation and saying
    'ويبدو وتبدو ويجب ويمكن ويأتي وتأتي ويعتبر وتعتبر ويعد وتعد ويقول وتقول ويرى وترى ويضيف',
    'وتضيف ويؤكد وتؤكد ويشير وتشير',
    // the writer's stance (time and condition clauses are in AND_TIME)
    'وأعتقد واعتقد ولعل وأتمنى واتمنى',
    // «والآن» that turns from what was to what is, and «وهذه» (QA round 23; «وهذا» is among
    // CLAUSE_OPENERS): «… بعدما فرضت الحرب عليه.. والآن أفراد اللواء يقاتلون …» «… للفكر
    // المتطرف.. وهذه الخطوة تنبئ بمزيد …»; a two-part headline keeps them («… يطلق ألبومه
    // الجديد.. وهذه تفاصيله»)
    'والآن والان وهذه',
    // a source or a conclusion that leads the next statement (QA round 13): «.. وبحسب مصادر
    // محلية قتل …» «.. ووفقا للتقرير …» «.. وبذلك أصبح …» «.. وعليه، قررت الشركة …»
    'وبحسب وحسب ووفقا ووفق وبذلك وعليه',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Time and condition clauses with و among AND_OPENERS: they open a sentence after a mid-line
 * ellipsis («.. وعندما استقلت البلاد …»), and a verb of AND_OPENERS after one of them, or after
 * a word of WHEN_CLAUSES, answers it («وحينما صحوا من سباتهم .. وبدأ التفكير …») rather than
 * opening a sentence of its own.
 */
const AND_TIME: ReadonlySet<string> = new Set('وإذا واذا وعندما وحين وحينما'.split(' '));

/** Time and condition clauses that a verb of AND_OPENERS may answer (with AND_TIME). */
const WHEN_CLAUSES: ReadonlySet<string> = new Set('إذا اذا عندما حينما حين كلما'.split(' '));

/** WHEN_CLAUSES and AND_TIME: a verb of AND_OPENERS after one of them answers it. */
const ANSWERED_CLAUSES: ReadonlySet<string> = new Set([...WHEN_CLAUSES, ...AND_TIME]);

/**
 * Words that open a new sentence after a mid-line ellipsis in running text, like AND_OPENERS
 * (QA round 9): a subject pronoun or demonstrative (`.. أنا` `.. هذا` `.. هذه` `.. ونحن`), لكن
 * with a pronoun (`.. لكنه` `.. لكنها` `.. لكنني`, as `.. لكن` itself), a connective that draws a
 * conclusion or a stance (`.. لهذا` `.. المهم` `.. دعونا` `.. وربما`) and `كنت` `كنا` («… بعد رحلة
 * طويلة.. كنت مرهقا.»). A two-part headline uses them too («… يفوز.. لكنه يخسر الصدارة», «شاهد..
 * هذا هو …»), so they split only on a line that ends with a terminator, after at least
 * AND_LEAD_IN words, and not right after a verb of saying whose words they open («يقول.. هذا
 * …»); `كنت` `كنا` not when they answer a condition (`لو` `إذا` … in the 12 tokens before) and
 * `لهذا السبب` not when it only closes the line («… بالإيقاف.. لهذا السبب!»). The verbs of
 * VERB_OPENERS (QA round 12) have guards of their own (see `opensRunning`).
 */
const RUNNING_OPENERS: ReadonlySet<string> = new Set(
  [
    'أنا هذا هذه ونحن',
    'لكنه لكنها لكنني لكننا لكنهم ولكنه ولكنها ولكنني ولكننا ولكنهم',
    'لهذا ولهذا المهم دعونا وربما كنت كنا',
    // negations (QA round 10, see NEGATIONS): «.. لم تصل الطائرة.»
    'لم لن ولم ولن لا ولا',
    // verbs that open a clause with no conjunction (QA round 12, see VERB_OPENERS): «.. كان ذلك
    // قبل الموعد.» «.. يجب أن نعمل.» «.. يقول المؤرخ: …» «"…".. هكذا بدأ حديثه.»
    'كان كانت يجب قال قالت يقول تقول هكذا',
    // the speaker's wish, belief or plea («.. نأمل أن يبدأ الانتشار على الفور.» «.. أشعر بالفخر.»)
    'نأمل نتمنى نعتقد نريد نحتاج نرغب نتساءل نقول نود نعلم نرى ندعو نرجو نطالب نرفض نؤكد ننتظر أريد أشعر أرجو أتساءل',
    // QA round 13: the passive «تم» and the speaker's «لدينا» «علينا» («.. تم القبض عليهم.»
    // «.. لدينا مشكلة حقيقية.» «.. علينا أن نقرأ المتغيرات.»)
    'تم لدينا علينا',
    // QA round 29: «لابد» (must, as «لا بد», see NEGATIONS) and «كل» before a demonstrative that
    // sums up what went before («.. لابد من وقفة.» «.. كل ذلك بلا شك من ثمار …», see ALL_OF)
    'لابد ولابد كل',
  ]
    .join(' ')
    .split(' '),
);

/** Fewer words than this before a mid-line ellipsis keep an AND_OPENERS word in the sentence. */
const AND_LEAD_IN = 4;

/**
 * The word `text[start, end)` without its marks, tatweel and zero-width joiners (see
 * `isIgnorable`), or '' when it has more than `max` other characters: the key under which
 * word lists are looked up.
 */
function bareWord(text: string, start: number, end: number, max: number): string {
  let kept = 0;
  let marks = false;
  for (let j = start; j < end; j++) {
    if (isIgnorable(text.charCodeAt(j))) marks = true;
    else if (++kept > max) return '';
  }
  if (!marks) return text.slice(start, end);
  let out = '';
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (!isIgnorable(c)) out += text[j]!;
  }
  return out;
}

/**
 * Question words: after a mid-line ellipsis they open a question of their own («… كل شيء..
 * هل يعقل هذا؟»), unless the words before the ellipsis are only a short lead-in of a headline
 * («شاهد.. كيف …», «بالصور.. لماذا …»), which the question completes (see `QUESTION_LEAD_IN`).
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(
  // not «وكيف» «وماذا» «ولماذا»: they mostly add a question to a list of them («نعرف كيف تطورت
  // المدينة.. وكيف أصبحت»)
  'هل وهل فهل كيف فكيف ماذا لماذا متى فمتى'.split(' '),
);

/**
 * Questions with the hamza of asking (QA round 29): after a mid-line ellipsis they open a question
 * of their own as QUESTION_WORDS do («… إلى الطعام.. ألا يمكن لرمضان …؟» «.. أليس هذا …؟» «..
 * أين ذهبت الأموال؟»), but only when a `؟` or `?` ends the words after them (see
 * `asksQuestion`): «ألا» is also «أن لا» (that … not) and «ألم» also a noun (pain).
 */
const HAMZA_QUESTIONS: ReadonlySet<string> = new Set('ألا أليس أليست ألم ألن أفلا أين'.split(' '));

/**
 * Whether the first terminator after offset `from` on its line is a question mark (`؟` or `?`):
 * the words of a word of HAMZA_QUESTIONS make a question. Reads the line up to that terminator.
 */
function asksQuestion(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x061f /* ؟ */ || c === 0x3f /* ? */) return true;
    if (c === 0x2e /* . */ || c === 0x21 /* ! */ || c === 0x2026 /* … */ || c === 0x06d4 /* ۔ */ || isLineBreak(c)) return false;
  }
  return false;
}

/** Fewer words than this before a mid-line ellipsis are a lead-in to a question after it. */
const QUESTION_LEAD_IN = 4;

/**
 * Fewer words than this before a mid-line ellipsis, in a sentence that opens with one of
 * LEAD_PREPOSITIONS, are a time or place that the question after it is about.
 */
const ADVERBIAL_LEAD_IN = 7;

/**
 * Fewer words than this up to an era (`م.` `هـ.`, the letter counted) after a year, in a
 * sentence that opens with one of LEAD_PREPOSITIONS, are only the date that leads the clause
 * after it (`وفي 28 مايو 2008 م. صوت البرلمان …`); an era ends a sentence far more often than
 * `ق.م.` does, so the bound is tighter.
 */
const DATE_LEAD_IN = 6;
const LEAD_PREPOSITIONS: ReadonlySet<string> = new Set('بعد قبل في مع خلال منذ عند'.split(' '));

/** Conjunctions and particles that leave a clause open when an ellipsis follows them. */
const OPEN_ENDS: ReadonlySet<string> = new Set('لكن ولكن وهو وهي أن وأن لأن'.split(' '));

/** Words whose clause a later ف answers («إذا كان … .. فهذا …», «عندما … .. فإن …»). */
const PROTASES: ReadonlySet<string> = new Set(
  'إذا اذا وإذا فإذا لو ولو لئن بينما أما اما وأما وبعد مهما كلما عندما وعندما حينما حين طالما لما ولما فلما'.split(' '),
);

/**
 * و with a century or year after a date such as «530 ق.م.»: the second end of a range
 * («بين القرن السادس ق.م. والقرن الرابع الميلادي»), not a new sentence.
 */
const ERA_RANGE_ENDS: ReadonlySet<string> = new Set('والقرن والقرون والألف والالف والألفية والالفية وعام وسنة'.split(' '));

/** Words that open a sentence after a date such as «530 ق.م.» (see `continuesAfterUnit`). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['ثم', 'كما', 'أما', 'لكن']);

/**
 * Words after «في» that open a new sentence after a BC year or an amount in a weak unit (`… 300
 * ق.م. في ذلك الوقت …`, `… 2.500 د. في المقابل …`): a demonstrative or a new time frame. A
 * circumstance (`ق.م. في عهد …` `في أعقاب …` `في محاولة …`) mostly goes on with the date.
 */
const ERA_NEXT_OPENERS: ReadonlySet<string> = new Set(
  'ذلك تلك هذه هذا هذين هاتين حين حينه الوقت وقت عام العام سنة السنة أوائل أواخر بداية نهاية مطلع منتصف المقابل'.split(' '),
);

function terminatorKind(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c === 0x2e /* . */) return end - start === 1 ? PERIOD : ELLIPSIS;
  if (c === 0x06d4 /* ۔ ARABIC FULL STOP */) return PERIOD;
  if (c === 0x2026 /* … */) return ELLIPSIS;
  if (c === 0x21 /* ! */ || c === 0x3f /* ? */ || c === 0x061f /* ؟ */) return STRONG;
  return NONE;
}

/** Closing quotes and brackets that stay with the sentence their terminator ends. */
function isCloser(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0xbb: // » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
    case 0x2019: // ’
    case 0x201d: // ”
    case 0x203a: // › SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    case 0xfd3e: // ﴾ ORNATE LEFT PARENTHESIS (closes in right-to-left reading)
    case 0xfd3f: // ﴿ ORNATE RIGHT PARENTHESIS
      return true;
  }
  return false;
}

/**
 * Whether a lone closing quote or bracket after a space closes the sentence `prev`: a straight
 * quote only when `prev` holds an odd number of them (else it opens the next sentence, as in
 * «… الأول. " عنوان " …»); the ornate parentheses ﴾ ﴿ are written either way round, so never.
 */
function closesPrevious(text: string, start: number, end: number, prev: Sentence): boolean {
  if (end - start !== 1) return false;
  const c = text.charCodeAt(start);
  if (c === 0xfd3e || c === 0xfd3f || !isCloser(c)) return false;
  if (c !== 0x22 && c !== 0x27) return true;
  let quotes = 0;
  for (let j = prev.start; j < prev.end; j++) if (text.charCodeAt(j) === c) quotes++;
  return (quotes & 1) === 1;
}

/**
 * A lone straight quote `"` or `'`: after a space at the end of a line it can only close the
 * quotation that the sentences before it opened («… ويبدو أنه لن يرتوي. "»).
 */
function isStraightQuote(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const c = text.charCodeAt(start);
  return c === 0x22 || c === 0x27;
}

/** Whether the white space from `from` to `to` holds a line break; 2 for a paragraph break. */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (!isLineBreak(c)) continue;
    if (c === 0x2029) breaks += 2; // PARAGRAPH SEPARATOR
    else {
      breaks++;
      if (c === 0x0d && j + 1 < to && text.charCodeAt(j + 1) === 0x0a) j++; // CR LF is one
    }
  }
  return breaks > 2 ? 2 : breaks;
}

/**
 * Whether token `n + 1` exists, is a word, and stands on the same line as token `n`: the first
 * guard of the rules that open a sentence with the word after an ellipsis or a particle.
 */
function isWordOnSameLine(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  n: number,
): boolean {
  const v = n + 1;
  return v < count && types[v] === WORD && lineBreaks(text, ends[n]!, starts[v]!) === 0;
}

/** A word of one letter (with its marks): an initial or an abbreviation such as د. م. ص.ب. */
function isSingleLetter(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let j = start; j < end; j++) {
    const cp = text.codePointAt(j)!;
    if (cp > 0xffff) j++;
    if (classOf(cp) === LETTER && ++letters > 1) return false;
  }
  return letters === 1;
}

/** The one letter of a one-letter word (marks and tatweel aside), or 0. */
function letterOf(text: string, start: number, end: number): number {
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c !== 0x0640 /* TATWEEL */ && classOf(c) === LETTER) return c;
  }
  return 0;
}

/**
 * A letter that abbreviates an era or a unit after a number, so that its period may end the
 * sentence: م (ميلادي, metre), ه (هجري), ق (قبل الميلاد), د (dinar), غ (gram), ك (kelvin).
 */
function isUnitLetter(c: number): boolean {
  return c === 0x0645 || c === 0x0647 || c === 0x0642 || c === 0x062f || c === 0x063a || c === 0x0643;
}

/** «دج» or «دت», glued after «م.» in a currency such as «2 م.دج» (million Algerian dinars). */
function isDinarTail(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 0x062f /* د */) return false;
  const w = bareWord(text, start, end, 2);
  if (w.length !== 2) return false;
  const c = w.charCodeAt(1);
  return c === 0x062c /* ج */ || c === 0x062a /* ت */;
}

/** ة and ى never begin a word, so alone before a period they are no initial («أمير/ة.»). */
function isWordFinalLetter(c: number): boolean {
  return c === 0x0629 /* TEH MARBUTA */ || c === 0x0649 /* ALEF MAKSURA */;
}

function isLetterName(text: string, start: number, end: number): boolean {
  const w = bareWord(text, start, end, 6);
  return w.length >= 2 && LETTER_NAMES.has(w);
}

/** A spelled Latin letter with the conjunction و glued on («وإتش.إس.بي.سي»). */
function isAndLetterName(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 0x0648 /* و */) return false;
  const w = bareWord(text, start, end, 7);
  return w.length >= 3 && LETTER_NAMES.has(w.slice(1));
}

/** A spelled Latin letter with the article, as the first piece of a dotted acronym («الجى.پى.إس»). */
function isArticleLetterName(text: string, start: number, end: number): boolean {
  // read without harakat, as every other word test here (a sukun on the alef moves nothing);
  // «التي», «الذي» are the relative pronouns, not «the T», «the D»
  const w = bareWord(text, start, end, 8);
  return w.length >= 4 && w.charCodeAt(0) === 0x0627 /* ا */ && w.charCodeAt(1) === 0x0644 /* ل */ && !RELATIVE_PRONOUNS.has(w) && LETTER_NAMES.has(w.slice(2));
}

/**
 * «نت» and «كوم» glued after a period: the Arabic spelling of .net and .com in a site's name
 * («العربية.نت», «بيت.كوم»), which no sentence starts with.
 */
function isDomainSuffix(text: string, start: number, end: number): boolean {
  const w = bareWord(text, start, end, 3);
  return w === 'نت' || w === 'كوم';
}

/**
 * A domain suffix of `isDomainSuffix` typed after a space, as token `i` (QA round 30): «نت»,
 * which opens no sentence («لـ"العربية. نت" إنه …», «موقع العربية. نت نقلا عن …»), or «كوم» with
 * a closing quote, a comma or a period glued after it («"آنسيستري. كوم"», «بيت. كوم،»), since
 * «كوم» (a heap) may open one («… المدينة. كوم من الركام …»).
 */
function isSpacedDomainSuffix(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  i: number,
): boolean {
  const w = bareWord(text, starts[i]!, ends[i]!, 3);
  if (w === 'نت') return true;
  if (w !== 'كوم' || i + 1 >= count || starts[i + 1] !== ends[i] || types[i + 1] !== PUNCT) return false;
  const c = text.charCodeAt(starts[i + 1]!);
  return isCloser(c) || c === 0x2c || c === 0x60c || c === 0x2e; // , ، .
}

/** «م» or «هـ» glued after «1729.»: the era of the year, written after its period. */
function isEraAfterDot(text: string, start: number, end: number): boolean {
  if (!isSingleLetter(text, start, end)) return false;
  const c = letterOf(text, start, end);
  return c === 0x0645 /* م */ || c === 0x0647 /* ه */;
}

/** Relative pronouns: they never open a sentence («… ألبومه P.Y.T. التي احتلت …»). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(
  'الذي التي الذين اللذان اللتان اللواتي اللاتي والذي والتي والذين'.split(' '),
);

/**
 * Whether a one-letter Latin word and its period end the sentence before the token at `n`: a
 * Latin letter is an initial before a Latin name, but before an Arabic word it is a symbol, a
 * grade or a vitamin ending the sentence («فيتامين C. ويوجد», «النظير O. يستخدم»), unless that
 * word is a relative pronoun.
 */
function latinEndsBefore(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  lo: number,
  i: number,
  n: number,
): boolean {
  const s = starts[n]!;
  if (types[n] !== WORD || !isArabicScript(text.charCodeAt(s))) return false;
  const w = bareWord(text, s, ends[n]!, 7);
  if (RELATIVE_PRONOUNS.has(w)) return false;
  // The last letter of a dotted initialism («U.S.» «G.R.U.» «Ph.D.» «e.g.», QA round 15) names
  // something the Arabic goes on about («… باسم G.R.U. تآمروا …», «T.S. إليوت»): like «ق.م.»,
  // it ends the sentence only before a word that opens with و or before ثم كما أما لكن.
  if (closesInitialism(text, starts, ends, types, lo, i)) {
    return text.charCodeAt(s) === 0x0648 /* و */ || SENTENCE_OPENERS.has(w);
  }
  return true;
}

/** Whether the Latin letter at `i` follows a short Latin word and its period: «U.S» «Ph.D» «B.M.W». */
function closesInitialism(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, lo: number, i: number): boolean {
  const d = i - 1;
  const p = i - 2;
  if (p < lo || types[d] !== PUNCT || ends[d]! - starts[d]! !== 1 || text.charCodeAt(starts[d]!) !== 0x2e /* . */) return false;
  if (types[p] !== WORD || ends[p] !== starts[d] || ends[p]! - starts[p]! > 3) return false;
  for (let k = starts[p]!; k < ends[p]!; k++) {
    const c = text.charCodeAt(k) | 0x20;
    if (c < 0x61 || c > 0x7a) return false; // Latin letters only
  }
  return true;
}

/** A title or initial after the conjunction و: «ود.» «وم.» «وأ.» «وج.» «وت.» (not «وي.», Wii). */
function isAndInitial(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 0x0648 /* و */) return false;
  const w = bareWord(text, start, end, 2);
  if (w.length !== 2) return false;
  const c = w.charCodeAt(1);
  // د (doctor), م (engineer), أ (ustadh), ج and ت (initials, «وت. س. إليوت»)
  return c === 0x062f || c === 0x0645 || c === 0x0623 || c === 0x062c || c === 0x062a;
}

function isLatinAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start > 6 || isArabicScript(text.charCodeAt(start))) return false;
  return LATIN_ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/** Punctuation that carries a sentence across a line break: , ، ; ؛ */
function continuesLine(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const c = text.charCodeAt(start);
  return c === 0x2c || c === 0x060c || c === 0x3b || c === 0x061b;
}

function isLowercase(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUppercase(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Splits text into sentences, with offsets into the original text. A sentence ends after
 * `.` `!` `?` `؟` `…` (with the closing quotes and brackets right after it) and at the line
 * break that ends a headline or paragraph. Decimals, URLs and e-mail addresses never split,
 * nor do one-letter abbreviations and initials (`د.` `أ.د.` `ص.ب.` `J.`, also after و:
 * `ود.` `وم.`), Latin letters spelled in Arabic as initials or dotted acronyms (`جون دبليو.
 * سميث`, `إف. بي. آي`), common Latin abbreviations (`Dr.` `Mr.`) and Latin words before a
 * number (`Op. 28`), list numbers at the start of a line or after a colon (`1.`), bracketed
 * marks (`(؟)` `(!)`), or an ellipsis followed by more words on the same line (unless the next
 * word is capitalised or opens a clause: `فإن` `فقد` `فالـ…` `كما` `لقد` `وقال` `وأضاف` `وكان`
 * `يذكر` `أما` `وقد` `إنه` `نحن` `لكن` `لذلك` `هناك` `ربما` `وبالتالي` `وهذا` `إن` …, not `فـ`
 * after `إذا` …, or a question: `هل` `كيف` `ماذا` `لماذا` `متى` after four words or more). A
 * currency glued to «م.» after a number (`2 م.دج`) is one abbreviation. Words are looked up
 * without their harakat and tatweel, so vowelled text splits exactly like the same text
 * without them. In running text (a line that ends with a terminator) a mid-line ellipsis also
 * ends the sentence before و with a verb or clause that opens the next (`.. وتم` `.. وبدأ`
 * `.. ويبدو` `.. وعندما` `.. وإذا` `.. وأعتقد` …) after four words or more, unless a verb there
 * answers `عندما` `إذا` … just before, and before a subject, لكن with a pronoun, a connective
 * or a negation (`.. هذا` `.. أنا` `.. لكنه` `.. لهذا` `.. المهم` `.. وربما` `.. كنت` `.. لم`
 * `.. لن` `.. لا يمكن` …) or و with a preposition that fronts an adverbial (`.. وفي` `.. وبعد`
 * `.. ومع ذلك` `.. ورغم`, not in a row of them), before a verb that needs no و (`.. كان`
 * `.. يجب` `.. يقول` `.. هكذا` `.. نأمل` `.. أشعر` …, not when it completes a subject or answers a
 * condition) and before `ثم` `كذلك` `وكذلك` with a verb after them (`.. ثم انسحبوا`, not `.. ثم
 * مربعا`), and before a source, conclusion or topic (`.. وبحسب` `.. ووفقا` `.. وبذلك` `.. وعليه`
 * `.. وعلى` `.. ومنذ` `.. وعن` `.. بالنسبة` `.. ومن المتوقع` `.. تم` `.. لدينا` `.. علينا`, not in a
 * list that repeats the preposition), before `.. وهذه` `.. والآن` and `.. إلا أن` `.. غير أنه` (however,
 * not `.. إلا أن ننتظر`), and before و + a verb the corpus knows as one (`.. وأسفرت` `.. ويتحدث`,
 * `.. ولا أخفي`, not `.. وأسر`); `.. تهانينا` and `.. اللهم` open one anywhere. A site's
 * name (`العربية.نت`) and a year with its era after the period (`1729.م`) are one piece. An era
 * or unit after a number (`632 م.`, `450 ق.م.`, `12.500 د.`) ends a sentence unless the next word
 * carries it on (`حتى`, `تقريباً`, a relative pronoun; after `ق.م.` — also after a century in
 * words, `القرن الثالث ق.م.` — and units, any word but one that opens with و or ثم كما أما لكن,
 * or كان لم لكنه … of DATE_CLAUSE_OPENERS, unless the date leads its sentence: `في القرن الثالث
 * ق.م. وقعت …`, also `وفي عام 1948م. تأسس …` after an era). A reference mark glued after a
 * terminator (`… الفيزياء.[16] ونجد …`), or after a space on its line (`… الفيزياء. [16] ونجد …`),
 * belongs to the sentence it ends, and so does Wikipedia's `[بحاجة لمصدر]` (`… الكبرى. [بحاجة
 * لمصدر] وبعد …`). A stray period before `الذي` `التي` (`… قصر المربع. الذي أنشئ …`) ends none,
 * unless the relative has no noun and opens its own sentence (`الذي حدث هو …`).
 * A Latin letter before an Arabic word (`فيتامين C. ويساعد`) is no initial and ends it; the last
 * letter of a dotted initialism (`U.S.` `Ph.D.` `T.S. إليوت`) ends it only before و or ثم كما أما
 * لكن. An ellipsis that opens a quotation (`قال: ".. ولا …"`, `«... وقد …»`) ends none.
 * Stray terminators after a space (`انتهى. .`) stay with the sentence they follow, and so does
 * a lone straight quote that ends the line (`… لن يرتوي. "`); marks without a word join the
 * sentence before them on their line (`انتهى. /`) or open the next one (`. رابط الخبر …`), and
 * the `!` of Yahoo! (`ياهو! في …`) ends none.
 *
 * @param text - The text to split.
 * @returns The sentences in order, without surrounding white space:
 *   `text.slice(s.start, s.end) === s.text`.
 * @throws TypeError when `text` is not a string.
 * @example
 * sentences('قال د. أحمد إن النمو بلغ 3.4%. وأضاف: "سنرى".').map((s) => s.text)
 * //=> ['قال د. أحمد إن النمو بلغ 3.4%.', 'وأضاف: "سنرى".']
 */
export function sentences(text: string): Sentence[] {
  assertString('sentences', text);
  const out: Sentence[] = [];
  if (text.length === 0) return out;
  // The tokens come chunk by chunk into a small window (see `fill`): a long text needs no
  // span buffer as large as its token count. Window indices move down when `fill` drops the
  // tokens already decided, so `t`, `last` and `first` are shifted with them.
  startScan(text);
  lineFrom = lineTo = -1;
  quoteFrom = -1;
  wCount = 0;
  wDone = false;
  let open = false; // inside a sentence
  let first = 0; // window index of the sentence's first token (negative once dropped)
  let firstStart = 0; // its offset in the text
  let closedAt = -2; // window index of the terminator group that closed the last sentence
  let carry = -1; // start of marks only that open the next sentence on their line («. رابط الخبر»)
  // `from` is the sentence's first token (passed in so that `first` stays a plain local of the loop)
  const close = (last: number, from: number): void => {
    const end = we[last]!;
    open = false;
    // Marks only, no word, number or other token («/», «-», «".», a stray «.» after a double
    // space) are no sentence (QA round 18): after a sentence on their line they close it, and
    // at the start of a line they open the next sentence on it.
    if (marksOnly(wt, from, last)) {
      const prev = out.length > 0 ? out[out.length - 1]! : undefined;
      if (prev !== undefined && lineBreaks(text, prev.end, firstStart) === 0) {
        out[out.length - 1] = { text: text.slice(prev.start, end), start: prev.start, end };
        return;
      }
      if (last + 1 < wCount && lineBreaks(text, end, ws[last + 1]!) === 0) {
        carry = firstStart;
        return;
      }
    }
    // A "sentence" of invisible format characters only (a byte-order mark or an RLM alone on
    // its line) holds no text: it is left out, as whitespace is.
    let k = firstStart;
    while (k < end && isFormatMark(text.charCodeAt(k))) k++;
    if (k < end) out.push({ text: text.slice(firstStart, end), start: firstStart, end });
  };
  // `fill` keeps KEEP_BEHIND tokens before `t`, which the rules look back at.
  for (let t = 0; ; t++) {
    while (t + LOOK_AHEAD >= wCount && !wDone) {
      const d = fill(t > KEEP_BEHIND ? t - KEEP_BEHIND : 0);
      t -= d;
      first -= d;
      closedAt -= d;
    }
    if (t >= wCount) break;
    if (open && t > first) {
      // A line break between the previous token and this one.
      const gapStart = we[t - 1]!;
      const gapEnd = ws[t]!;
      if (gapEnd > gapStart) {
        const breaks = lineBreaks(text, gapStart, gapEnd);
        const carried = wt[t - 1] === PUNCT && continuesLine(text, ws[t - 1]!, gapStart);
        if (breaks === 2 || (breaks === 1 && !carried)) close(t - 1, first);
      }
    }
    // Stray terminators or closers after a space, on the line of a sentence that just ended
    // («انتهى. .», «هل هذا؟ ..», «كذا . !!!»), belong to it rather than start a new one; so
    // does a stray comma or semicolon («… الماضي. ، وقال …», «… الماضي. ،وقال …»), which opens
    // no sentence (QA round 17).
    let stray = false;
    if (!open) {
      stray =
        closedAt === t - 1 &&
        wt[t] === PUNCT &&
        (terminatorKind(text, ws[t]!, we[t]!) !== NONE ||
          continuesLine(text, ws[t]!, we[t]!) ||
          closesPrevious(text, ws[t]!, we[t]!, out[out.length - 1]!) ||
          (isStraightQuote(text, ws[t]!, we[t]!) && (t + 1 >= wCount || lineBreaks(text, we[t]!, ws[t + 1]!) > 0))) &&
        lineBreaks(text, we[t - 1]!, ws[t]!) === 0;
      if (!stray) {
        open = true;
        first = t;
        firstStart = carry >= 0 ? carry : ws[t]!; // or at marks carried over to it
        carry = -1;
      }
    }
    if (wt[t] !== PUNCT) continue;
    const startKind = terminatorKind(text, ws[t]!, we[t]!);
    if (startKind === NONE && !stray) continue;
    let kind = startKind;
    // Take in the terminators and closing quotes or brackets glued to this one.
    let last = t;
    let strongest = kind;
    for (;;) {
      while (last + LOOK_AHEAD >= wCount && !wDone) {
        const d = fill(t > KEEP_BEHIND ? t - KEEP_BEHIND : 0);
        t -= d;
        last -= d;
        first -= d;
        closedAt -= d;
      }
      if (!(last + 1 < wCount && wt[last + 1] === PUNCT)) break;
      if (ws[last + 1] !== we[last]) {
        // «… في المملكة. [25]», «… الجديد. [44] [45] وعلاوة …»: a reference mark after a space on
        // the terminator's line is a footnote of the sentence it closes too, not a sentence of
        // its own or the start of the next one (QA round 20), and so is Wikipedia's «… الكبرى.
        // [بحاجة لمصدر] وبعد …» (QA round 28)
        if (text.charCodeAt(ws[last + 1]!) === 0x5b /* [ */ && lineBreaks(text, we[last]!, ws[last + 1]!) === 0) {
          const mark = referenceMarkLength(text, ws, we, wt, wCount, last + 1);
          if (mark > 0) {
            last += mark;
            continue;
          }
        }
        break;
      }
      const s = ws[last + 1]!;
      const e = we[last + 1]!;
      // «… بقسم الفيزياء.[16] ونجد …»: a reference mark glued after the terminator belongs to the
      // sentence it closes (QA round 19), and so does «….[بحاجة لمصدر] …» (QA round 28)
      const mark = referenceMarkLength(text, ws, we, wt, wCount, last + 1);
      if (mark > 0) {
        last += mark;
        continue;
      }
      const k = terminatorKind(text, s, e);
      if (k !== NONE) {
        kind = k;
        if (k === STRONG) strongest = STRONG;
      } else if (!(e - s === 1 && isCloser(text.charCodeAt(s))) || opensGluedQuote(text, ws, we, wt, wCount, last + 1, firstStart)) {
        break;
      }
      last++;
    }
    if (stray) {
      if (last + 1 >= wCount || ws[last + 1]! > we[last]! || continuesLine(text, ws[t]!, we[t]!)) {
        const prev = out[out.length - 1]!;
        const end = we[last]!;
        out[out.length - 1] = { text: text.slice(prev.start, end), start: prev.start, end };
        closedAt = last;
        t = last;
        continue;
      }
      // glued to the next word: it opens the next sentence after all
      open = true;
      first = t;
      firstStart = ws[t]!;
      if (startKind === NONE) continue;
    }
    if (strongest === STRONG) kind = STRONG;
    if (endsSentence(text, ws, we, wt, wCount, first, t, last, kind)) {
      close(last, first);
      closedAt = carry >= 0 ? -2 : last; // carried marks are no sentence that strays could join
    }
    t = last;
  }
  if (open) close(wCount - 1, first);
  releaseInput();
  if (ws.length > WINDOW) {
    ws = new Int32Array(WINDOW);
    we = new Int32Array(WINDOW);
    wt = new Uint8Array(WINDOW);
  }
  return out;
}

/** Quotation marks that only open a quotation: « “ ‹. */
function isOpeningQuote(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 0x2039;
}

/** Whether token `i` is an Arabic word starting right at offset `at`. */
function gluedArabicWord(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, count: number, i: number, at: number): boolean {
  return i < count && types[i] === WORD && starts[i] === at && isArabicScript(text.charCodeAt(at));
}

/**
 * Whether the straight quote `"` at token `q`, glued after a terminator, opens the next
 * sentence rather than closing this one: an Arabic word is glued after it and the sentence
 * (from offset `from`) holds an even number of `"` before it, so none is left open
 * («… من شهر فبراير."ولا يزال …»; but «… ك "الجملكية."رغم …» closes its quotation).
 */
function opensGluedQuote(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, count: number, q: number, from: number): boolean {
  const at = starts[q]!;
  if (text.charCodeAt(at) !== 0x22 || !gluedArabicWord(text, starts, ends, types, count, q + 1, ends[q]!)) return false;
  // the count goes on from where the last call for this sentence stopped: a sentence that no
  // such quote ends («"س."س."س.…», initials) is scanned once, not once per quote
  if (from !== quoteFrom || at < quoteAt) {
    quoteFrom = from;
    quoteAt = from;
    quoteCount = 0;
  }
  for (; quoteAt < at; quoteAt++) if (text.charCodeAt(quoteAt) === 0x22) quoteCount++;
  return (quoteCount & 1) === 0;
}
/** Where opensGluedQuote's count of `"` starts (the sentence's offset), how far it got, and the count. */
let quoteFrom = -1;
let quoteAt = 0;
let quoteCount = 0;

/** Wikipedia's "citation needed" mark, which ends a sentence's text as a footnote does (QA round 28). */
const NEEDS_SOURCE = '[بحاجة لمصدر]';

/**
 * How many tokens from `i` make a reference mark, or 0: a footnote such as «[16]» (Wikipedia's
 * footnotes), glued together (an opening square bracket, a number of at most three digits and
 * the closing bracket, 3 tokens), or Wikipedia's «[بحاجة لمصدر]» (NEEDS_SOURCE, 4 tokens).
 */
function referenceMarkLength(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, count: number, i: number): number {
  if (i + 2 >= count || text.charCodeAt(starts[i]!) !== 0x5b /* [ */) return 0;
  if (
    types[i + 1] === NUMBER &&
    starts[i + 1] === ends[i] &&
    ends[i + 1]! - starts[i + 1]! <= 3 &&
    starts[i + 2] === ends[i + 1] &&
    types[i + 2] === PUNCT &&
    text.charCodeAt(starts[i + 2]!) === 0x5d /* ] */
  ) {
    return 3;
  }
  return i + 3 < count && ends[i + 3] === starts[i]! + NEEDS_SOURCE.length && text.startsWith(NEEDS_SOURCE, starts[i]!) ? 4 : 0;
}

/**
 * Whether the window's tokens `first..last` are punctuation and symbols only. A sentence whose
 * first token has left the window is long and holds words.
 */
function marksOnly(types: Uint8Array, first: number, last: number): boolean {
  if (first < 0) return false;
  for (let j = first; j <= last; j++) if (types[j] !== PUNCT && types[j] !== S.SYMBOL_TOKEN) return false;
  return true;
}

// The token window of `sentences`: what is left of the previous chunk plus the next one.
const WINDOW = 2 * CHUNK;
// Tokens kept before the current one when the window moves on: the rules look back at most
// LIST_LOOK_BACK (an inline list's previous marker, see `continuesList`), the others at most
// CLAUSE_LOOK_BACK (a condition before «.. فـ», see `opensClause`) or four («530 ق.م.» is a
// number, ق, '.', م, '.'). Keeping fewer than LIST_LOOK_BACK would make a list marker near the
// end of a text, where the window moves on once more, depend on where it moved (QA round 14).
const CLAUSE_LOOK_BACK = 12;
// How far back (in tokens) an inline list's previous marker is looked for: list items are a
// few words, and the bound keeps the check constant-time on a text made of numbers.
const LIST_LOOK_BACK = 40;
const KEEP_BEHIND = LIST_LOOK_BACK;
// Tokens kept in the window after the current one: the rules look at most four ahead (the
// word after «.. و هكذا»: the terminator group's last token, و typed apart, هكذا, a comma, the
// word; see `isSpacedAnd`), and
// `continuesRelative` RELATIVE_LOOK_AHEAD past «الذي» (with a margin of two).
const LOOK_AHEAD = 8;
/** Tokens after «الذي» «التي» looked at by `continuesRelative` for a sign of a headless relative. */
const RELATIVE_LOOK_AHEAD = 5;
let ws = new Int32Array(WINDOW);
let we = new Int32Array(WINDOW);
let wt = new Uint8Array(WINDOW);
let wCount = 0;
let wDone = false;

/**
 * Drops the window's tokens before index `keep`, appends the scanner's next chunk (or notes
 * that the scan is done) and returns `keep`, the amount every window index moved down.
 */
function fill(keep: number): number {
  const rest = wCount - keep;
  ws.copyWithin(0, keep, wCount);
  we.copyWithin(0, keep, wCount);
  wt.copyWithin(0, keep, wCount);
  const { starts, ends, types, count } = scanChunk();
  if (count === 0) {
    wDone = true;
  } else {
    if (rest + count > ws.length) {
      // A glued run of punctuation longer than a chunk: grow (dropped again after the call).
      const size = 2 * (rest + count);
      const s = new Int32Array(size);
      const e = new Int32Array(size);
      const y = new Uint8Array(size);
      s.set(ws.subarray(0, rest));
      e.set(we.subarray(0, rest));
      y.set(wt.subarray(0, rest));
      ws = s;
      we = e;
      wt = y;
    }
    ws.set(starts.subarray(0, count), rest);
    we.set(ends.subarray(0, count), rest);
    wt.set(types.subarray(0, count), rest);
  }
  wCount = rest + count;
  return keep;
}

/** Decides whether the terminator group `t..last` (of the given kind) ends the sentence. */
function endsSentence(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  last: number,
  kind: number,
): boolean {
  if (last + 1 >= count) return true;
  const next = starts[last + 1]!;
  const gap = next - ends[last]!;
  if (gap > 0 && lineBreaks(text, ends[last]!, next) > 0) return true; // the line-break rule decides
  const nextCp = text.codePointAt(next)!;
  const lo = first > 0 ? first : 0; // the sentence's first token still in the window
  // «شركة ياهو! في نوفمبر …»: the «!» of Yahoo! is part of the name, not an exclamation
  // (QA round 18)
  if (
    kind === STRONG &&
    t - 1 >= lo &&
    types[t - 1] === WORD &&
    starts[t] === ends[t - 1] &&
    isBangName(text, starts, ends, t, last)
  ) {
    return false;
  }
  if (
    t - 1 >= lo &&
    types[t - 1] === PUNCT &&
    starts[t] === ends[t - 1] &&
    isOpeningBracket(text.charCodeAt(starts[t - 1]!)) &&
    isClosingBracket(text.charCodeAt(starts[last]!))
  ) {
    return false; // a bracketed mark of doubt or wonder, «(؟)» «(!)», inside the sentence
  }
  if (
    kind === PERIOD &&
    t - 1 >= lo &&
    starts[t] === ends[t - 1] &&
    (last === t || terminatorKind(text, starts[last]!, ends[last]!) === NONE) // not «… إم.".»
  ) {
    // The word glued to the period: an initial, a one-letter Arabic abbreviation, Dr, Mr …
    const ps = starts[t - 1]!;
    const pe = ends[t - 1]!;
    if (types[t - 1] === WORD) {
      if (isSingleLetter(text, ps, pe)) {
        // «م.» «هـ.» «ق.م.» after a year are eras (AD, AH, BC), and «د.» «غ.» after an amount
        // units: their period may end the sentence («توفي سنة 632 م. ثم تولى …») unless the
        // next word carries it on («… 530 ق.م. تقريباً»). Elsewhere a single letter is an
        // initial or a title (د. م. ص.ب.), except ة and ى, which begin no word.
        const c = letterOf(text, ps, pe);
        const unit = isUnitLetter(c) ? followsNumber(text, starts, ends, types, lo, t - 1) : NOT_AFTER_NUMBER;
        if (unit !== NOT_AFTER_NUMBER) {
          // in brackets, «(1303 ق.م. - 1213 ق.م.) حكم …», the era ends no sentence
          if (isClosingBracket(text.charCodeAt(starts[last]!))) return false;
          // «بقيمة 2 م.دج لتمويل …» (million Algerian dinars): the period is inside the unit
          if (gap === 0 && last === t && types[last + 1] === WORD && isDinarTail(text, next, ends[last + 1]!)) return false;
          if (
            continuesAfterUnit(text, starts, ends, types, count, last + 1, unit === AFTER_NUMBER_WEAK) &&
            !(unit === AFTER_NUMBER_WEAK && opensAfterDate(text, starts, ends, types, count, first, t, last + 1))
          ) {
            return false;
          }
          // «في القرن الثالث عشر ق.م. وقعت المدينة …»: a date that leads its sentence is no end;
          // so is «وفي عام 1948م. تأسس …» (QA round 14), a year and its era after a preposition
          // with nothing else before them
          if (leadsSentence(text, starts, ends, types, first, t, unit === AFTER_NUMBER_WEAK ? ADVERBIAL_LEAD_IN : DATE_LEAD_IN)) {
            return false;
          }
        } else if (!isWordFinalLetter(c) && !(c < 0x0600 && latinEndsBefore(text, starts, ends, types, lo, t - 1, last + 1))) {
          return false;
        }
      } else if (isAndInitial(text, ps, pe) && types[last + 1] === WORD) {
        return false; // a title after و: «د. سمير ود. خالد», «وم. عادل»
      } else if (isLatinAbbreviation(text, ps, pe)) {
        return false;
      } else if (types[last + 1] === NUMBER && gap > 0 && !isArabicScript(text.charCodeAt(ps))) {
        return false; // a Latin word before a number: «(Op. 28)», «Vol. 3», «No. 5»
      } else if (isLetterName(text, ps, pe) && isSpelledInitial(text, starts, ends, types, lo, t - 1, last + 1)) {
        return false;
      } else if (
        gap === 0 &&
        types[last + 1] === WORD &&
        (isAndLetterName(text, ps, pe) || isArticleLetterName(text, ps, pe)) &&
        isLetterName(text, next, ends[last + 1]!)
      ) {
        return false; // «وإتش.إس.بي.سي», «الجى.پى.إس», but not «بشكل ودي.» (ودي: friendly)
      } else if (gap === 0 && types[last + 1] === WORD && isDomainSuffix(text, next, ends[last + 1]!)) {
        return false; // a site's name, «العربية.نت» «بيت.كوم»: the period is its dot
      } else if (
        gap > 0 &&
        last === t &&
        types[last + 1] === WORD &&
        isSpacedDomainSuffix(text, starts, ends, types, count, last + 1)
      ) {
        return false; // the same typed with a space, «العربية. نت» «"آنسيستري. كوم"» (QA round 30)
      }
    } else if (types[t - 1] === NUMBER) {
      // "1." opening a numbered line, or a list after a colon: «الآتي: 1. …»
      if (t - 1 === first || opensList(text, starts, ends, types, lo, t - 1)) return false;
      // «… تحسين الطرق 2. بناء المدارس 3. …»: the next item of an inline list
      if (continuesList(text, starts, ends, types, lo, t - 1)) return false;
      // «عام 1729.م»: the era written after the period belongs to the year
      if (gap === 0 && types[last + 1] === WORD && isEraAfterDot(text, next, ends[last + 1]!)) return false;
    }
  }
  if (kind === ELLIPSIS) {
    // «قال تعالى: ".. ولا تنكحوا …"», «وقال لهم: «... إن كانت …»»: an ellipsis that opens a
    // quotation marks words left out at its start, not the end of the sentence (QA round 15)
    if (opensQuotation(text, starts, ends, types, lo, t)) return false;
    // An ellipsis followed by more words on the same line continues the sentence, unless
    // the next word is capitalised (Arabic has no case, so an Arabic one continues) or opens
    // a new clause (ف with a particle or the article, كما, لقد).
    if (isUppercase(nextCp)) return true;
    // «.. و بعد ساعات بدأ …»: a و typed apart from its word is read as if glued to it (QA round 26)
    if (isSpacedAnd(text, starts, ends, types, count, last + 1)) {
      return opensClause(text, starts, ends, types, count, first, t, last + 2, true);
    }
    return opensClause(text, starts, ends, types, count, first, t, last + 1, false);
  }
  if (gap === 0) {
    // No space after the terminator: only a missing space before an Arabic word ends it, or
    // before a quotation that opens glued to one («… الماضي.«الاقتصادية» وأكد …»; a straight
    // quote is left here only when it opens, see opensGluedQuote).
    if (types[last + 1] === WORD) return isArabicScript(nextCp);
    return (isOpeningQuote(nextCp) || nextCp === 0x22) && gluedArabicWord(text, starts, ends, types, count, last + 2, ends[last + 1]!);
  }
  if (kind === PERIOD && isLowercase(nextCp)) return false; // "e.g. this", "approx. ten"
  // «… في برنامج "من أين لك هذا؟" على قناة …»: a quoted question or exclamation
  // that the sentence goes on after (QA round 16)
  if (kind === STRONG && quotedTerminatorContinues(text, starts, ends, types, first, t, last, last + 1)) return false;
  // «… في نيجيريا؟ " إلى …»: the same with the closing quote typed after a space (QA round 27)
  if (kind === STRONG && spacedQuoteContinues(text, starts, ends, types, count, first, t, last)) return false;
  // «… قصر المربع. الذي أنشئ عام 1936.»: a relative clause cut from its noun by a stray period
  if (kind === PERIOD && continuesRelative(text, starts, ends, types, count, last + 1)) return false;
  return true;
}

/**
 * Names whose «!» is part of the name (Yahoo!, written ياهو! or ياهوو! in Arabic, also after
 * و ل ب): in the 16 unlabeled news files the name comes before another word on its line about
 * 40 times, and not once does its «!» end a sentence (QA round 18).
 */
const BANG_NAMES: ReadonlySet<string> = new Set(
  'ياهو ياهوو وياهو وياهوو لياهو بياهو Yahoo YAHOO'.split(' '),
);

/**
 * Whether token `t` is a single «!» glued to one of BANG_NAMES and no other terminator follows it
 * up to `last` (`ياهو!.` ends the sentence).
 */
function isBangName(text: string, starts: Int32Array, ends: Int32Array, t: number, last: number): boolean {
  if (ends[t]! - starts[t]! !== 1 || text.charCodeAt(starts[t]!) !== 0x21 /* ! */) return false;
  for (let j = t + 1; j <= last; j++) if (terminatorKind(text, starts[j]!, ends[j]!) !== NONE) return false;
  return BANG_NAMES.has(bareWord(text, starts[t - 1]!, ends[t - 1]!, 6));
}

/**
 * Words that carry a sentence on after a quoted question or exclamation (`في برنامج "من أين لك
 * هذا؟" على قناة …`, QA round 16): a preposition or particle, the conjunction و or أو
 * before the next title of a list, `أنه`, a participle of saying (`مضيفا` `قائلا`) and the
 * author of a quoted title (`كتاب "لماذا نكتب؟" للكاتب …`). None of them opens a sentence, so
 * `?` `!` and the closing quote end none before them.
 */
const QUOTE_CONTINUATIONS: ReadonlySet<string> = new Set(
  [
    'و أو او إلى الى على عن من مع حيث خلال أثناء اثناء قبل إلا الا حول عبر لدى ضد نحو بين ضمن في',
    'أنه أنها أنهم',
    'وهو وهي وهم وهما والتي والذي فيما', // a clause about the quotation (QA round 26)
    'التي الذي لأن بعدما', // a relative clause or a reason after a quoted title (QA round 17)
    'مضيفا قائلا منتقدا مؤكدا مشيرا متسائلا معتبرا موضحا مردفا',
    // the same participles for a woman or a body (`… المدرسة؟" معتبرة أن …`) and the role a
    // quoted phrase is given (`اختار عبارة "…!" شعارا للحملة`, QA round 27)
    'مضيفة قائلة منتقدة مؤكدة مشيرة متسائلة معتبرة موضحة مردفة شعارا عنوانا اسما لقبا',
    'للكاتب للكاتبة للمؤلف للمؤلفة للمخرج للمخرجة للدكتور للشاعر للشاعرة للروائي للمدرب للمتحدث للفنان للفنانة',
  ].join(' ').split(' '),
);

/**
 * Whether the strong terminator tokens `t..last` close a quotation glued to a word (`…؟"`
 * `…!»`) and the word at `w` goes on with the sentence (see `QUOTE_CONTINUATIONS`); `first` is
 * the sentence's first token (negative once dropped from the window).
 */
function quotedTerminatorContinues(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  first: number,
  t: number,
  last: number,
  w: number,
): boolean {
  const lo = first > 0 ? first : 0;
  // the terminator after a word, glued to it or, since QA round 27, after a space («برنامج "علاش
  // هكا ؟" على …»)
  if (last === t || t - 1 < lo || types[t - 1] !== WORD) return false;
  const q = text.charCodeAt(starts[last]!);
  if (q !== 0x22 && q !== 0xbb && q !== 0x201d) return false; // " » ”, not a bracket
  return goesOnAfterQuote(text, starts, ends, types, first, t, q, w);
}

/**
 * Whether the strong terminator `t` after a word and a lone closing quote `"` `»` `”` at
 * token `last + 1`, after a space on its line, close a quotation opened in the sentence (a `"`
 * only after an odd number of them) that the sentence goes on after (QA round 27): a comma
 * (`… هذه الأشياء ؟ "، أثار …`) or a word as after a glued quote (`… في نيجيريا؟ " إلى …`,
 * `"من هو كيلرمان؟ " و"لماذا …"`, see `goesOnAfterQuote`).
 */
function spacedQuoteContinues(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  last: number,
): boolean {
  const lo = first > 0 ? first : 0;
  const k = last + 1;
  if (k + 1 >= count || last !== t || t - 1 < lo || types[t - 1] !== WORD) return false;
  if (types[k] !== PUNCT || ends[k]! - starts[k]! !== 1) return false;
  const q = text.charCodeAt(starts[k]!);
  if (q !== 0x22 && q !== 0xbb && q !== 0x201d) return false;
  if (lineBreaks(text, ends[k]!, starts[k + 1]!) > 0) return false;
  if (q === 0x22) {
    let quotes = 0;
    for (let j = starts[lo]!; j < starts[t]!; j++) if (text.charCodeAt(j) === 0x22) quotes++;
    if ((quotes & 1) === 0) return false;
  }
  const c = text.charCodeAt(starts[k + 1]!);
  if (types[k + 1] === PUNCT && (c === 0x060c /* ، */ || c === 0x2c /* , */)) return true;
  return goesOnAfterQuote(text, starts, ends, types, first, t, q, k + 1);
}

/** How many tokens before a closing quote its opening quote is looked for (see `goesOnAfterQuote`). */
const TITLE_TOKENS = 10;

/**
 * Nouns that name a quoted title after them (`فيلم "من أنا؟" يحصد …`, `سؤال "ما الفلسفة؟" لا
 * يقبل …`), also with the article or with و ل ب (`لفيلمي "…"`): the title is a noun of the
 * sentence, which goes on after it (see `goesOnAfterQuote`).
 */
const TITLE_HEADS: ReadonlySet<string> = new Set(
  [
    'فيلم فيلمه فيلمها فيلمي الفيلم كتاب كتابه كتابها الكتاب رواية روايته روايتها الرواية برنامج برنامجه البرنامج',
    'أغنية أغنيته أغنيتها الأغنية قصيدة قصيدته القصيدة مسرحية مسرحيته المسرحية مسلسل المسلسل ألبوم ألبومه الألبوم',
    'ديوان ديوانه الديوان سؤال السؤال شعار الشعار عبارة العبارة عنوان بعنوان مقال مقاله مقالة مقالته حلقة الحلقة',
    'قانون القانون حملة الحملة مبادرة المبادرة',
  ].join(' ').split(' '),
);

/** Whether the bare word `b` is one of TITLE_HEADS, also after و ل ب. */
function isTitleHead(b: string): boolean {
  if (TITLE_HEADS.has(b)) return true;
  const c0 = b.charCodeAt(0);
  return (c0 === 0x0648 /* و */ || c0 === 0x0644 /* ل */ || c0 === 0x0628 /* ب */) && TITLE_HEADS.has(b.slice(1));
}

/**
 * Whether the word at `w`, after a quoted question or exclamation whose terminator is `t` and
 * closing quote `q`, goes on with the sentence: a bracket, a word of QUOTE_CONTINUATIONS or
 * `goesOnAfterTitle`; and (QA round 27), when the quotation opened in the ten tokens before,
 * a number (a year) after a title named by a noun of TITLE_HEADS (`فيلم "هلق لوين؟" 2011`),
 * a verb the corpus knows (`isKnownVerb`, no و or ف) after a quotation that opens the sentence
 * (`"دعوا بريتني وشأنها!" أصبح …`, `"أين أبي؟" سألت الطفلة`: its subject or object), and any word but
 * an opener (SENTENCE_OPENERS, CLAUSE_OPENERS, PREFIXED_OPENERS) after a title named by a noun
 * of TITLE_HEADS (`فيلم "من أنا؟" يحصد …`, `بعنوان «من أنا؟» قدمته …`), but no verb when the
 * noun follows a preposition (TITLE_PREPOSITIONS).
 */
function goesOnAfterQuote(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  first: number,
  t: number,
  q: number,
  w: number,
): boolean {
  // «فيلم «كيف تتزوج مليونيرا؟» (1953)»: a year, a translation or a source in brackets after the
  // quoted title goes with it (QA round 17)
  if (types[w] === PUNCT) return text.charCodeAt(starts[w]!) === 0x28 /* ( */;
  const number = types[w] === NUMBER;
  if (types[w] !== WORD && !number) return false;
  const b = number ? '' : bareWord(text, starts[w]!, ends[w]!, 12);
  if (!number && (QUOTE_CONTINUATIONS.has(b) || goesOnAfterTitle(b))) return true;
  if (!number && b.length < 2) return false;
  // the opening quote of the quotation
  const open = q === 0xbb ? 0xab : q === 0x201d ? 0x201c : 0x22;
  const lo = first > 0 ? first : 0;
  let o = t - 1;
  const stop = t - TITLE_TOKENS > lo ? t - TITLE_TOKENS : lo;
  while (o >= stop && !(types[o] === PUNCT && ends[o]! - starts[o]! === 1 && text.charCodeAt(starts[o]!) === open)) o--;
  if (o < stop) return false;
  const c0 = number ? 0 : b.charCodeAt(0);
  if (o === first) return !number && c0 !== 0x0648 /* و */ && c0 !== 0x0641 /* ف */ && isKnownVerb(b);
  // the noun right before the quotation or one word before it («شعار القمة «…؟»», «سؤال آلان
  // تورينغ "…؟"»)
  let h = o - 1;
  if (h < lo || types[h] !== WORD) return false;
  if (!isTitleHead(bareWord(text, starts[h]!, ends[h]!, 12))) {
    h--;
    if (h < lo || types[h] !== WORD || !isTitleHead(bareWord(text, starts[h]!, ends[h]!, 12))) return false;
  }
  if (number) return true; // its year: «فيلم "هلق لوين؟" 2011»
  if (SENTENCE_OPENERS.has(b) || CLAUSE_OPENERS.has(b) || PREFIXED_OPENERS.has(b)) return false;
  // «… في فيلم "الكاسر!" أثبت فيلم …»: a title after a preposition is no subject, and a verb
  // after it opens a sentence of its own; so does a verb after a noun one word before the title
  // («قصيدة وايلد "Hélas!" كان …»)
  if (h === o - 1 && (h - 1 < lo || types[h - 1] !== WORD || !TITLE_PREPOSITIONS.has(bareWord(text, starts[h - 1]!, ends[h - 1]!, 12)))) {
    return true;
  }
  return !isKnownVerb(b) && !(c0 === 0x0648 /* و */ && isKnownVerb(b.slice(1)));
}

/** Prepositions before a noun of TITLE_HEADS (`في فيلم "…!"`): the title is no subject (see `goesOnAfterQuote`). */
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set('في من عن على إلى الى مع عبر'.split(' '));

/**
 * Words of four letters or more that open a sentence although they begin with a preposition
 * ل ب or ك (see `goesOnAfterTitle`): conjunctions, negations, demonstrative adverbs.
 */
const PREFIXED_OPENERS: ReadonlySet<string> = new Set(
  [
    'لكنه لكنها لكنهم لكننا لكني لعله لعلها لعلنا لعلي لربما لطالما لولا لذلك لهذا ليست ليسوا لماذا لدينا لديه لديها لديهم',
    'بعدها بعدما بينما بذلك بهذا بهذه بالتالي بالفعل بالطبع بالمقابل بالنسبة بدوره بدورها بدورهم كأنه كأنها',
  ].join(' ').split(' '),
);

/**
 * Whether the bare word `b` after a quoted question or exclamation goes on with the sentence
 * although no word of QUOTE_CONTINUATIONS (QA round 26): a word of four letters or more with
 * the preposition ل or ب that is no verb the corpus knows (`isKnownVerb`) and none of
 * PREFIXED_OPENERS (`… كتاب "لماذا نكتب؟" لمحررته …`, `… قصيدته "من هؤلاء؟" لتتحدث عن …`,
 * `… "من هو شارلي؟" بمقال …`), an elative after ك (`برنامج "…؟" كأفضل برنامج`), and an accusative
 * participle in م (`"…!" مقترحا` `مشيرين`): the author, purpose, means or role of a title, or
 * the circumstance of a cry, none of which opens a sentence.
 */
function goesOnAfterTitle(b: string): boolean {
  const len = b.length;
  if (len < 4) return false;
  const c0 = b.charCodeAt(0);
  if (c0 === 0x0644 /* ل */ || c0 === 0x0628 /* ب */) return !PREFIXED_OPENERS.has(b) && !isKnownVerb(b);
  if (c0 === 0x0643 /* ك */) return b.charCodeAt(1) === 0x0623 /* أ */ && !PREFIXED_OPENERS.has(b);
  if (c0 !== 0x0645 /* م */ || len > 8) return false;
  // a participle مفعلا مفعّلا or a plural مفعلين, with no other alef (not «ماليزيا»)
  const last = b.charCodeAt(len - 1);
  if (last !== 0x0627 /* ا */ && !(last === 0x0646 /* ن */ && b.charCodeAt(len - 2) === 0x064a /* ي */)) return false;
  return b.lastIndexOf('ا', len - 2) < 0 && !isKnownVerb(b);
}

/** «الذي» «التي»: after a period they mostly go on with the noun before it (see `continuesRelative`). */
const STRAY_RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي']);

/** Words that show a relative clause without its noun as a subject: «الذي حدث هو …» «الذي يهم أن …». */
const HEADLESS_MARKS: ReadonlySet<string> = new Set('هو هي هم أن أنه أنها إن إنه'.split(' '));

/**
 * كان and ليس: after the relative clause's first word they are the predicate of a relative
 * without its noun («الذي شجعها كانت أمها»); right after «الذي» they are the clause's own verb
 * («… قصر المربع. الذي كان مقر الحكم»).
 */
const HEADLESS_PREDICATES: ReadonlySet<string> = new Set('كان كانت يكون تكون ليس ليست'.split(' '));

/**
 * Whether «الذي» or «التي» at token `n`, right after a period and a space, carries on the
 * sentence before it (QA round 14): the period is a stray one between a noun and its relative
 * clause («… برئاسة الدكتور فلان. الذي قرر إلغاء …»). A relative without its noun opens a
 * sentence of its own as its subject («الذي حدث هو …», «الذي يهم في التقرير أنه …»), so a
 * `هو` `أن` `إن` … of HEADLESS_MARKS, a `كان` `ليس` … of HEADLESS_PREDICATES after the clause's
 * first word, a comma or a terminator in the RELATIVE_LOOK_AHEAD tokens after it keeps the split; so does «الذين», which opens such a sentence as often as not
 * («الذين قاوموا اعتقلوا»).
 */
function continuesRelative(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  n: number,
): boolean {
  if (n >= count || types[n] !== WORD || !STRAY_RELATIVES.has(bareWord(text, starts[n]!, ends[n]!, 4))) return false;
  const stop = n + 1 + RELATIVE_LOOK_AHEAD < count ? n + 1 + RELATIVE_LOOK_AHEAD : count;
  for (let j = n + 1; j < stop; j++) {
    if (lineBreaks(text, ends[j - 1]!, starts[j]!) > 0) break;
    if (types[j] === PUNCT) {
      if (terminatorKind(text, starts[j]!, ends[j]!) !== NONE || continuesLine(text, starts[j]!, ends[j]!)) return false;
    } else if (types[j] === WORD) {
      const w = bareWord(text, starts[j]!, ends[j]!, 4);
      if (HEADLESS_MARKS.has(w) || (j > n + 1 && HEADLESS_PREDICATES.has(w))) return false;
    }
  }
  return true;
}

/**
 * Whether token `i` is a و standing alone (typed with a space before its word, `.. و قال`) and an
 * Arabic word follows it on its line.
 */
function isSpacedAnd(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, count: number, i: number): boolean {
  return (
    i + 1 < count &&
    types[i] === WORD &&
    text.charCodeAt(starts[i]!) === 0x0648 /* و */ &&
    bareWord(text, starts[i]!, ends[i]!, 1) === 'و' &&
    types[i + 1] === WORD &&
    isArabicScript(text.charCodeAt(starts[i + 1]!)) &&
    lineBreaks(text, ends[i]!, starts[i + 1]!) === 0
  );
}

/**
 * Whether the word at `n`, after a mid-line ellipsis ending at token `t`'s group, opens a new
 * sentence: one of CLAUSE_OPENERS or ف + the article («.. فالمهم»), unless a ف answers a
 * condition or contrast opened in the last CLAUSE_LOOK_BACK tokens of the same sentence. With
 * `and`, a و typed apart comes before the word (see `isSpacedAnd`), which is read with it.
 */
function opensClause(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  sentenceFirst: number,
  t: number,
  n: number,
  and: boolean,
): boolean {
  if (types[n] !== WORD) return false;
  const lo = sentenceFirst > 0 ? sentenceFirst : 0; // the sentence's first token still in the window
  const s = starts[n]!;
  const e = ends[n]!;
  const first = and ? 0x0648 /* و */ : text.charCodeAt(s);
  // every opener starts with ف, ك, ل, و, ي, أ, إ, ن, ه, ر, ح, م, د, ا, ت, ث, ق, ب, ع or غ: most words
  // after an ellipsis are ruled out unsliced
  if (
    first !== 0x0641 /* ف */ &&
    first !== 0x062b /* ث */ &&
    first !== 0x0642 /* ق */ &&
    first !== 0x062a /* ت */ &&
    first !== 0x0643 /* ك */ &&
    first !== 0x0644 /* ل */ &&
    first !== 0x0648 /* و */ &&
    first !== 0x064a /* ي */ &&
    first !== 0x0623 /* أ */ &&
    first !== 0x0625 /* إ */ &&
    first !== 0x0646 /* ن */ &&
    first !== 0x0647 /* ه */ &&
    first !== 0x0631 /* ر */ &&
    first !== 0x062d /* ح */ &&
    first !== 0x0645 /* م */ &&
    first !== 0x062f /* د */ &&
    first !== 0x0627 /* ا */ &&
    first !== 0x0628 /* ب */ &&
    first !== 0x0639 /* ع */ &&
    first !== 0x063a /* غ */
  ) {
    // «.. هربت الحمامة …»: a verb the corpus knows, with no و (QA round 25), or «.. خوفنا لن يحمي
    // …»: a subject that a pronoun makes definite (QA round 35)
    // (running text only: the line's answer is cached, and spares the word's slice elsewhere)
    if (!lineEndsWithTerminator(text, s)) return false;
    const b = bareWord(text, s, e, 24);
    return (
      opensBareVerb(text, starts, ends, types, count, sentenceFirst, t, n, b) ||
      (isSuffixedSubject(b) && opensNounSubject(text, starts, ends, types, count, sentenceFirst, t, n))
    );
  }
  const w = and ? 'و' + bareWord(text, s, e, 23) : bareWord(text, s, e, 24);
  const feh = first === 0x0641;
  // ف + the article: «فالمحطة»
  const fehArticle = feh && w.length >= 5 && w.charCodeAt(1) === 0x0627 /* ا */ && w.charCodeAt(2) === 0x0644; /* ل */
  if (!fehArticle && !CLAUSE_OPENERS.has(w)) {
    if (first === 0x0648 /* و */ && (AND_OPENERS.has(w) || AND_TIME.has(w))) {
      return opensAndClause(text, starts, ends, types, lo, t, s, !AND_TIME.has(w));
    }
    if ((first === 0x0648 /* و */ && AND_ADVERBIALS.has(w)) || TOPIC_LEADS.has(w)) {
      return opensAdverbial(text, starts, ends, types, count, lo, t, n, w);
    }
    if (THEN_OPENERS.has(w)) return opensThen(text, starts, ends, types, count, lo, t, n);
    if (RUNNING_OPENERS.has(w)) return opensRunning(text, starts, ends, types, count, sentenceFirst, t, n, w);
    // «.. لنأخذ مثالا …» «.. فلنبدأ بالعمل …» «.. ولنتذكر أن …»: let us (QA round 39)
    if (isLetUs(w)) return opensRunning(text, starts, ends, types, count, sentenceFirst, t, n, w);
    if (CONTRASTS.has(w)) return opensContrast(text, starts, ends, types, count, lo, t, n, w);
    // «.. هو لا يعرف …» «.. ولو تم تحويل …» (QA round 32)
    if (PRONOUN_SUBJECTS.has(w)) return opensPronoun(text, starts, ends, types, count, sentenceFirst, t, n);
    if (CONDITIONS.has(w)) return opensCondition(text, starts, ends, types, count, lo, t, n);
    // «.. القضية ستستمر» «.. الريفيون عادوا …»: a noun with the article before its verb (QA round 33)
    if (isArticleSubject(w)) return opensNounSubject(text, starts, ends, types, count, sentenceFirst, t, n);
    // «.. والسبب أن …» «.. والحقيقة أنه …»: و + a noun with the article before «أن» (QA round 40)
    // (a word right before the ellipsis, not a quote mark that opens with it; not the oath «والله»)
    if (
      first === 0x0648 /* و */ &&
      w.length >= 5 &&
      w !== 'والله' &&
      t - 1 >= 0 &&
      types[t - 1] === WORD &&
      isArticleSubject(w.slice(1)) &&
      thatFollows(text, starts, ends, types, count, n)
    ) {
      return lineEndsWithTerminator(text, s) && opensSubjectClause(text, starts, ends, types, sentenceFirst, t, n, QUOTE_LEAD_IN);
    }
    // «.. وأسفرت المواجهات …» «.. ويتحدث الكاتب …»: و + a verb the corpus knows as one (QA round 24)
    if (first === 0x0648 /* و */ && w.length >= 4 && !QUESTION_WORDS.has(w)) {
      return opensKnownVerb(text, starts, ends, types, count, lo, t, n, w);
    }
    // «.. ليس هناك بديل …» «.. ليست لدينا طلبات …»: a negated existential (QA round 36)
    if (w === 'ليس' || w === 'ليست') {
      return lineEndsWithTerminator(text, s) && opensNegatedFront(text, starts, ends, types, count, sentenceFirst, t, n);
    }
    // «.. قد يكون هناك أناس …» «.. قد تبدو هذه الفترة …»: «قد» before an imperfect (QA round 37)
    if (w === 'قد') return lineEndsWithTerminator(text, s) && opensMayClause(text, starts, ends, types, count, sentenceFirst, t, n);
    // «.. عليك أن تمشي …» «.. على المجتمع أن يسهم …»: must (QA round 38)
    if (MUST_HEADS.has(w)) {
      return lineEndsWithTerminator(text, s) && opensMust(text, starts, ends, types, count, sentenceFirst, t, n, w);
    }
    if (!QUESTION_WORDS.has(w) && !(HAMZA_QUESTIONS.has(w) && asksQuestion(text, e))) {
      return (
        first !== 0x0648 /* و */ &&
        lineEndsWithTerminator(text, s) &&
        (opensBareVerb(text, starts, ends, types, count, sentenceFirst, t, n, w) ||
          (isSuffixedSubject(w) && opensNounSubject(text, starts, ends, types, count, sentenceFirst, t, n)))
      );
    }
    // a question after a clause, not after a short lead-in such as «شاهد..» «بالصور..», nor
    // after a time or place that the question is about («بعد شهر و64 مباراة.. ماذا …»)
    let words = 0;
    for (let j = t - 1; j >= lo && words < ADVERBIAL_LEAD_IN; j--) if (types[j] === WORD || types[j] === NUMBER) words++;
    if (words < QUESTION_LEAD_IN) return false;
    if (
      words < ADVERBIAL_LEAD_IN &&
      sentenceFirst >= 0 &&
      types[sentenceFirst] === WORD &&
      LEAD_PREPOSITIONS.has(bareWord(text, starts[sentenceFirst]!, ends[sentenceFirst]!, 5))
    ) {
      return false;
    }
  }
  // an ellipsis right after a conjunction leaves its clause open: «… صحيح لكن.. هل يكفي؟»
  if (t - 1 >= lo && types[t - 1] === WORD && OPEN_ENDS.has(bareWord(text, starts[t - 1]!, ends[t - 1]!, 5))) return false;
  // «.. وهكذا.» «.. وهكذا دواليك» «.. وهكذا حتى …» close a list (and so on): no new sentence
  if (w === 'وهكذا' && !opensAfterThus(text, starts, ends, types, count, n + 1)) return false;
  // «.. اللهم ارحمه», but not «.. اللهم إلا يوم الحشر» (except perhaps), which goes on
  if (w === 'اللهم' && isWordAt(text, types, starts, ends, count, n + 1, 'إلا')) return false;
  // «.. إن الوقت المفضل …», but not the formula «.. إن شاء الله», nor «إن» after a verb of
  // saying, whose words it opens («حين يقول الرئيس.. إن الشعب …»)
  if (w === 'إن' && (isWordAt(text, types, starts, ends, count, n + 1, 'شاء') || saysBefore(text, starts, ends, types, lo, t))) {
    return false;
  }
  if (!feh) return true;
  return !wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, PROTASES, 6);
}

/**
 * «غير» and «إلا» that open «غير أن …» «إلا أن …» (however, QA round 23): after a mid-line ellipsis
 * in running text they turn to a new statement («… في حصار بيروت.. غير أنه ما زالت هناك عقبات
 * …», «… طرفي النزاع.. إلا أن ذلك يبقى …»); see `opensContrast`.
 */
const CONTRASTS: ReadonlySet<string> = new Set('غير إلا الا'.split(' '));

/**
 * «أن» and «أنّ» with a pronoun, looked up without marks: the word after a word of CONTRASTS.
 * @internal Exported for scripts/build-sentence-verbs.ts.
 */
export const THAT_FORMS: ReadonlySet<string> = new Set(
  'أن أنه أنها أنهم أنهما أنني أننا أنك أنكم ان انه انها انهم اننا انني'.split(' '),
);

/**
 * Whether a word `w` of CONTRASTS at token `n`, after the ellipsis group at `t`, opens a sentence:
 * «أن» or «أنّ» with a pronoun follows it on the same line, and as `opensAndClause` (running text,
 * AND_LEAD_IN words before, no conjunction left open). «إلا أن» before an imperfect verb is «but
 * to» after a negation («لا نملك.. إلا أن ننتظر»), not «however», and goes on.
 */
function opensContrast(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  lo: number,
  t: number,
  n: number,
  w: string,
): boolean {
  const a = n + 1;
  if (a >= count || types[a] !== WORD || lineBreaks(text, ends[n]!, starts[a]!) > 0) return false;
  const that = bareWord(text, starts[a]!, ends[a]!, 5);
  if (!THAT_FORMS.has(that)) return false;
  if (w !== 'غير' && (that === 'أن' || that === 'ان') && a + 1 < count && types[a + 1] === WORD) {
    const b = bareWord(text, starts[a + 1]!, ends[a + 1]!, 24);
    const c = b.charCodeAt(0);
    // not أ, which opens plurals as often («إلا أن أسعارها …», «إلا أن أطفالا …»)
    if ((c === 0x064a /* ي */ || c === 0x062a /* ت */ || c === 0x0646 /* ن */) && isVerbShaped(b)) return false;
  }
  return opensAndClause(text, starts, ends, types, lo, t, starts[n]!, false);
}

/**
 * Whether a word of AND_OPENERS or AND_TIME at offset `s`, after the ellipsis group at `t`,
 * opens a sentence: at least AND_LEAD_IN words come before the ellipsis in the sentence, the
 * word before is not a conjunction left open (OPEN_ENDS), a `verb` does not answer a time or
 * condition clause opened in the last CLAUSE_LOOK_BACK tokens, and the line ends with a
 * terminator, as running text does and a two-part headline does not.
 */
function opensAndClause(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  lo: number,
  t: number,
  s: number,
  verb: boolean,
): boolean {
  let words = 0;
  for (let j = t - 1; j >= lo && words < AND_LEAD_IN; j--) if (types[j] === WORD || types[j] === NUMBER) words++;
  if (words < AND_LEAD_IN) return false;
  if (t - 1 >= lo && types[t - 1] === WORD && OPEN_ENDS.has(bareWord(text, starts[t - 1]!, ends[t - 1]!, 5))) return false;
  if (verb && wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, ANSWERED_CLAUSES, 6)) return false;
  return lineEndsWithTerminator(text, s);
}

/**
 * و with a preposition of time or concession that fronts an adverbial (`.. وفي عام 1998 زرع …`
 * `.. وبعد أربع سنوات توفي …` `.. ومع ذلك بقي …` `.. ورغم أن …`, QA round 11): after a mid-line
 * ellipsis in running text it opens the next sentence, as AND_OPENERS do (see `opensAdverbial`).
 */
const AND_ADVERBIALS: ReadonlySet<string> = new Set(
  [
    'وفي وفى وبعد وقبل وخلال ومع ورغم',
    // QA round 13: more fronted adverbials and topics — «.. ومنذ ذلك الوقت …» «.. وبعدها بأيام
    // …» «.. وعلى الرغم من …» «.. ولأن الدنيا دار اختبار …» — and the topic lead-ins «.. وعن
    // تفاصيل الحادثة أوضح …» «.. وبالنسبة للحالة الثانية …» (with «بالنسبة» itself, see
    // TOPIC_LEADS), and «ومن» before a word of FROM_LEADS («.. ومن المتوقع أن …»)
    'ومنذ وبعدها وعلى ولأن وعن وبالنسبة ومن',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words of AND_ADVERBIALS (and «بالنسبة») that also add one more item to a list the clause
 * before holds with the same preposition («تعمل على متابعتهن.. وعلى ترشيح بعضهن», «دفاعا عن
 * العقل.. وعن الفقراء», «بالنسبة للمياه.. بالنسبة للصحة»): the preposition anywhere in the
 * segment before the ellipsis keeps them in the sentence (see `opensAdverbial`).
 */
const LIST_PRONE: ReadonlySet<string> = new Set('وعلى وعن ولأن ومنذ وبالنسبة بالنسبة'.split(' '));

/** «بالنسبة» without و: a topic lead-in like «وبالنسبة» («.. بالنسبة لي أفهم ذلك»). */
const TOPIC_LEADS: ReadonlySet<string> = new Set('بالنسبة وبالنسبة'.split(' '));

/**
 * Words after «ومن» that make it lead a sentence rather than add to a list: a place or reason
 * it starts from («.. ومن هنا بدأ …» «.. ومن هذا المنطلق …»), an impersonal frame («.. ومن
 * المتوقع أن …» «.. ومن الواضح أن …») or a selection («.. ومن بين هؤلاء …» «.. ومن أبرز …»);
 * «ومن ثم» only before a verb (see `opensAdverbial`).
 */
const FROM_LEADS: ReadonlySet<string> = new Set(
  [
    'هنا هذا هناك هذه ذلك بين جهة جهته جهتها جانبه جانبها جانبهم أهم أبرز أشد أكثر أبرزها أهمها',
    'الواضح المعروف النادر المقرر المتوقع المفترض المؤسف الطبيعي المنتظر المؤكد المرجح المهم الملاحظ اللافت الجدير الممكن المحتمل المعلوم',
  ]
    .join(' ')
    .split(' '),
);

/** «أيضا» «كذلك» after the noun of an adverbial: the phrase adds to the clause before it. */
const ADDITIVES: ReadonlySet<string> = new Set('أيضا ايضا كذلك'.split(' '));

/** At most this many words in a segment that opens with an adverbial and still waits for its clause. */
const ROW_WORDS = 6;

/** أما, whose topic waits for a clause with ف. */
const TOPICS: ReadonlySet<string> = new Set('أما وأما اما واما'.split(' '));

/** The prepositions of AND_ADVERBIALS, with and without و: a segment that opens with one is an adverbial. */
const ADVERBIAL_HEADS: ReadonlySet<string> = new Set(
  [
    'في فى بعد قبل خلال مع رغم وفي وفى وبعد وقبل وخلال ومع ورغم',
    'منذ ومنذ بعدها وبعدها على وعلى لأن ولأن عن وعن بالنسبة وبالنسبة',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Heads of ADVERBIAL_HEADS added in QA round 13: after a comma they mostly trail the clause
 * before («…، لأن الرجال لا يبكون.. وفي بعض …», «…، على مدار الأعوام.. وقبل أن …»), so a
 * segment that opens with one waits for its clause only after a terminator or at the sentence's
 * start.
 */
const FRONTED_ONLY: ReadonlySet<string> = new Set('منذ ومنذ بعدها وبعدها على وعلى لأن ولأن عن وعن بالنسبة وبالنسبة'.split(' '));

/**
 * Whether a word of AND_ADVERBIALS at token `n`, after the ellipsis group at `t`, opens a
 * sentence: as `opensAndClause` (running text, AND_LEAD_IN words before, no conjunction left
 * open, no time clause waiting for its answer), and not when it is only a phrase closed by the
 * next terminator or by أيضا (`.. وفي الحدائق..`, `.. وفي الاجتماعات أيضا.`), one more of a row of adverbials — the segment before the
 * ellipsis opens with one of ADVERBIAL_HEADS (`ورغم التعب.. ورغم البرد.. واصل …`) or holds the
 * same preposition before the same word (`في الحالة الأولى.. وفي الحالة الثانية`) — or when a
 * topic opened by أما in the last CLAUSE_LOOK_BACK tokens still waits for its ف (`أما اليوم..
 * وبعد أن أضعنا الطريق، فإننا …`).
 */
function opensAdverbial(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  lo: number,
  t: number,
  n: number,
  w: string,
): boolean {
  if (n + 1 >= count || (types[n + 1] !== WORD && types[n + 1] !== NUMBER)) return false;
  if (n + 2 < count) {
    // «.. وفي الحدائق..» «.. وفي الاجتماعات أيضا.»: a phrase added to the clause before
    if (types[n + 2] === PUNCT && terminatorKind(text, starts[n + 2]!, ends[n + 2]!) !== NONE) return false;
    if (types[n + 2] === WORD && ADDITIVES.has(bareWord(text, starts[n + 2]!, ends[n + 2]!, 4))) return false;
  }
  const head = w.charCodeAt(0) === 0x0648 /* و */ ? w.slice(1) : w; // the preposition without و
  const after = bareWord(text, starts[n + 1]!, ends[n + 1]!, 24);
  if (w === 'ومن') {
    // «.. ومن المتوقع أن …» «.. ومن ثم تحولت …», not «.. ومن يلتزم …» «.. ومن ثم تقييم …»
    if (after === 'ثم') {
      if (n + 2 >= count || types[n + 2] !== WORD || !isVerbShaped(bareWord(text, starts[n + 2]!, ends[n + 2]!, 24))) return false;
    } else if (!FROM_LEADS.has(after)) {
      return false;
    }
  }
  const loose = LIST_PRONE.has(w);
  // Walk back over the segment before the ellipsis, at most CLAUSE_LOOK_BACK tokens, to the
  // terminator or comma that opens it (or the sentence's start): `open` is its first token, or
  // -1 when the segment is longer than that.
  const stop = t - CLAUSE_LOOK_BACK > lo ? t - CLAUSE_LOOK_BACK : lo;
  let open = stop === lo ? lo : -1;
  let words = 0;
  let comma = false; // the segment opens after a comma
  for (let j = t - 1; j >= stop; j--) {
    const y = types[j];
    if (y === WORD || y === NUMBER) words++;
    if (y === PUNCT) {
      if (terminatorKind(text, starts[j]!, ends[j]!) !== NONE || continuesLine(text, starts[j]!, ends[j]!)) {
        open = j + 1;
        comma = continuesLine(text, starts[j]!, ends[j]!);
        break;
      }
    } else if (y === WORD && (loose || (j + 1 < t && types[j + 1] === WORD))) {
      // «في الحالة الأولى.. وفي الحالة الثانية»: the same preposition before the same word;
      // for LIST_PRONE before any word («تعمل على متابعتهن.. وعلى ترشيح بعضهن»)
      const p = bareWord(text, starts[j]!, ends[j]!, 8);
      if ((p === head || p === w) && (loose || bareWord(text, starts[j + 1]!, ends[j + 1]!, 24) === after)) return false;
    }
  }
  // a short segment that opens with an adverbial of its own waits for its clause: «ورغم
  // التعب.. ورغم البرد.. واصل»; a longer one has it («وفي اليابان تكفي … والسودان.. وقبل أيام»)
  if (open >= 0 && open < t && words <= ROW_WORDS && types[open] === WORD) {
    const h = bareWord(text, starts[open]!, ends[open]!, 8);
    if (ADVERBIAL_HEADS.has(h) && !(comma && FRONTED_ONLY.has(h))) return false;
  }
  if (wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, TOPICS, 4)) return false;
  return opensAndClause(text, starts, ends, types, lo, t, starts[n]!, true);
}

/**
 * «ثم» «كذلك» «وكذلك» (QA round 12): after a mid-line ellipsis in running text they open the
 * next sentence when a verb follows them («.. ثم انهار الجيش.» «.. وكذلك يمكن اختراقها.»), and
 * add one more item to a list when a noun does («رسمت ثلاثا.. ثم أربعا..», «.. وكذلك في
 * المجتمع …»); see `opensThen` and `isVerbShaped`.
 */
const THEN_OPENERS: ReadonlySet<string> = new Set('ثم كذلك وكذلك'.split(' '));

/** Particles, prepositions and pronouns: no verb, though they are spelled like one. */
const NOT_VERBS: ReadonlySet<string> = new Set(
  'من ما في على إلى الى عن مع بعد قبل كما لا لم لن أن إن أو أم بين عند حتى منذ خلال عبر نحو ضد لدى سوى مثل عدم هذا هذه ذلك تلك هو هي هم نحن أنا أي كل غير ماذا لماذا متى أين كيف'
    // prepositions that the corpus also shows as verbs (QA round 24, see `isKnownVerb`), «علي»
    // written for «على», «بأن» «كأن» «لأن» and the pronouns «أنت» «أنتم»
    .concat(' دون ضمن أمام حول فوق تحت حسب علي بأن كأن لأن أنت أنتم أنتما')
    .split(
    ' ',
  ),
);

/**
 * Whether the bare word `b` is spelled as a verb may be and a noun most likely is not: no article
 * (also after ب ك و ف ل), no ة ات اء or tanween alef at its end, not a masdar of the shapes فعول
 * فعال فعيل (هجوم، كلام) تفعيل (تطوير) افتعال استفعال (اجتماع، استمرار), no noun with the prefix
 * م (موقف) and none that opens with إ (إضافة، إطلاق), and none of NOT_VERBS. A test of shape, so
 * «ذهبا» (dual) reads as a noun and «قسم» «أبوك» as verbs; it sorts the word after «ثم» «كذلك»
 * and the first word of `onlyNounPhrase`.
 * @internal Exported for scripts/build-sentence-verbs.ts, which sorts the verbs of `isKnownVerb`.
 */
export function isVerbShaped(b: string): boolean {
  const len = b.length;
  if (len < 3 || NOT_VERBS.has(b)) return false;
  const c0 = b.charCodeAt(0);
  if (c0 === 0x0627 /* ا */ && b.charCodeAt(1) === 0x0644 /* ل */) return false; // the article
  if (c0 === 0x0625 /* إ */) return false; // إفعال and the particles إن إذا
  // the article after a preposition or conjunction: «بالأسفلت» «للتراث» «والمدينة»
  if (len >= 4 && b.charCodeAt(1) === 0x0627 /* ا */ && b.charCodeAt(2) === 0x0644 /* ل */) {
    if (c0 === 0x0628 /* ب */ || c0 === 0x0643 /* ك */ || c0 === 0x0648 /* و */ || c0 === 0x0641 /* ف */) return false;
  }
  if (c0 === 0x0644 /* ل */ && b.charCodeAt(1) === 0x0644 /* ل */) return false;
  const last = b.charCodeAt(len - 1);
  const prev = b.charCodeAt(len - 2);
  if (last === 0x0629 /* ة */) return false;
  if (last === 0x062a /* ت */ && prev === 0x0627 /* ا */ && len >= 5) return false; // plural ات
  if (last === 0x0621 /* ء */ && prev === 0x0627 /* ا */ && len >= 4) return false; // غناء، بناء
  if (last === 0x064b /* FATHATAN */) return false;
  // a tanween alef («أربعا», «شيئا»), not the alef of وا, of a dual with a pronoun or of نا تا
  if (last === 0x0627 /* ا */ && prev !== 0x0648 /* و */ && prev !== 0x0647 /* ه */ && prev !== 0x0646 /* ن */ && prev !== 0x062a /* ت */) {
    return false;
  }
  const imperfect = c0 === 0x064a /* ي */ || c0 === 0x062a /* ت */ || c0 === 0x0646 /* ن */ || c0 === 0x0623 /* أ */;
  // a final و is a verb's only after an imperfect prefix («يبدو»); «لازارو» is a name
  if (last === 0x0648 /* و */ && !imperfect) return false;
  // a noun with the prefix م («موقف» «معجم»); a verb that opens with م has three letters or
  // ends with a subject's ت or وا («مضى» «منعت» «مضوا»)
  if (c0 === 0x0645 /* م */ && len >= 4 && last !== 0x062a /* ت */ && !(last === 0x0627 && prev === 0x0648)) return false;
  const mid = b.charCodeAt(2);
  // فعول فعال فعيل: «هجوم» «كلام» «كبير» (a verb of four letters with a long vowel there opens
  // with ي ت ن أ: «يقوم» «أشار»)
  if (len === 4 && !imperfect && c0 !== 0x0627 && (mid === 0x0648 || mid === 0x0627 || mid === 0x064a)) return false;
  if (c0 === 0x062a /* ت */ && len === 5 && b.charCodeAt(3) === 0x064a /* ي */) return false; // تفعيل
  if (c0 === 0x0627 /* ا */ && len >= 5 && prev === 0x0627 /* ا */) return false; // افتعال استفعال
  return true;
}

/**
 * Particles after which an imperfect verb, and one joined to it by و after an ellipsis, stays in
 * their clause: «نريد أن تتسع دائرة المنافسة.. وتشتد …», «قبل أن تبعثرني الريح.. وتهديني …».
 */
const SUBJUNCTIVES: ReadonlySet<string> = new Set('أن ان كي لكي'.split(' '));

/**
 * Whether و + a verb `w` at token `n`, outside every list, opens a sentence after the ellipsis
 * group at `t` (QA round 24): as `opensAndClause` (running text, AND_LEAD_IN words before, no
 * conjunction left open, no time clause waiting for its answer), the group not closed by a
 * bracket («(… الجديدة ...) وامتزجت بها»), and the word a verb the corpus knows (`isKnownVerb`)
 * or (QA round 34) a future (`isFutureVerb`, «.. وسيجمع معرض …»). An imperfect or a future stays
 * with a relative clause or a «أن» in the SUBJECT_LOOK_BACK tokens before, which it continues
 * («الخطوة التي ستختصر المسافات.. وتفتح الأبواب»); «وليس» «وليست» open one only before a word of
 * NEGATED_FRONTS («.. وليس هناك …», not «.. وليس ألما …», and not), and a word the corpus shows
 * whole more often than without its و keeps it as a letter of its own.
 */
function opensKnownVerb(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  lo: number,
  t: number,
  n: number,
  w: string,
): boolean {
  // the terminator group's last token (before a و typed apart, see `isSpacedAnd`)
  if (isClosingBracket(text.charCodeAt(starts[types[n - 1] === WORD ? n - 2 : n - 1]!))) return false;
  if (!opensAndClause(text, starts, ends, types, lo, t, starts[n]!, true)) return false;
  const x = w.slice(1);
  // «.. وستقوم بذلك …» «.. وسيجمع معرض …»: و + a future (QA round 34), an imperfect after its س
  const future = isFutureVerb(x);
  const c = w.charCodeAt(future ? 2 : 1);
  if (c === 0x064a /* ي */ || c === 0x062a /* ت */ || c === 0x0646 /* ن */ || c === 0x0623 /* أ */) {
    if (wordOfSetBefore(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK, SUBJUNCTIVES, 3)) return false;
    if (wordOfSetBefore(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK, RELATIVE_PRONOUNS, 7)) return false;
  }
  if (w === 'وليس' || w === 'وليست') {
    return n + 1 < count && types[n + 1] === WORD && NEGATED_FRONTS.has(bareWord(text, starts[n + 1]!, ends[n + 1]!, 5));
  }
  // «واضع» (author) is seen whole more often than «أضع» (I put): its و is no conjunction
  return (future || isKnownVerb(x)) && !isWawWhole(x);
}

/**
 * Whether a verb `w` at token `n` with no و, outside every list, opens a sentence after the
 * ellipsis group at `t` (QA round 25): «… يطلب منهم حماية المبنى.. رفضوا وقالوا …»,
 * «… ثم أطلق الرصاصة .. هربت الحمامة …». The word must be a verb the corpus knows (`isKnownVerb`)
 * or (QA round 34) a future of the first person (`isFutureVerb`, «.. سنرسل …»), and the guards
 * are those of `opensKnownVerb` and of VERB_OPENERS in `opensRunning`: not after a verb of
 * saying, a headline's lead-in or a closing bracket, nor when the verb completes a subject
 * pronoun, a condition or time clause (PROTASES), a subject that SUBJECT_PARTICLES opened or a
 * sentence that so far is only a noun phrase (`onlyNounPhrase`), nor inside brackets or after an
 * adverbial that waits for its clause; an imperfect in ي ن or ت stays (QA round 7: «.. يذهب الناس
 * ويعودون»; a word in ت must end with ت or وا), and one in أ or a future with a clause of «أن» or
 * a relative clause before it; and as `opensAndClause` (running text, AND_LEAD_IN words before, no
 * conjunction left open, no time clause waiting for its answer).
 */
function opensBareVerb(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  n: number,
  w: string,
): boolean {
  if (w.length < 3 || NOT_VERBS.has(w) || BARE_NOT_OPENERS.has(w)) return false;
  // «.. سأبذل قصارى جهدي …» «.. سنشن عملية …»: a future of the first person (QA round 34) is no
  // scene that goes on and has no subject before the ellipsis; one in ي or ت mostly completes a
  // subject there («ولعل العمل على … بين المصريين.. سيكون على أولويات …») and stays
  const p = w.charCodeAt(1);
  const future = (p === 0x0646 /* ن */ || p === 0x0623 /* أ */) && isFutureVerb(w);
  // «.. فإنه سيصنف …» «.. فإننا نمر …»: the ف that answers a condition, not «فات» + a pronoun
  if (w.startsWith('فإن') || w.startsWith('فان') || (!future && !isKnownVerb(w))) return false;
  const lo = first > 0 ? first : 0; // the sentence's first token still in the window
  if (isClosingBracket(text.charCodeAt(starts[n - 1]!))) return false;
  // «برنامج "صوتك.. يفرق"», ««بعد تفكير عميق.. اتخذت …»: a title or a quotation opened just before
  for (let j = t - 1, words = 0; j >= lo && words < QUOTE_LEAD_IN; j--) {
    if (types[j] !== PUNCT) {
      words++;
      continue;
    }
    const q = text.charCodeAt(starts[j]!);
    if (q === 0x22 /* " */ || isOpeningQuote(q)) return false;
  }
  if (saysBefore(text, starts, ends, types, lo, t)) return false;
  if (t - 1 >= lo && types[t - 1] === WORD) {
    const p = bareWord(text, starts[t - 1]!, ends[t - 1]!, 7);
    // «… قد... أكون يوما …»: «قد» waits for its verb
    if (TEASERS.has(p) || SUBJECT_PRONOUNS.has(p) || p === 'قد' || p === 'لقد') return false;
  }
  if (wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, PROTASES, 6)) return false;
  if (subjectWaits(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK)) return false;
  const c = w.charCodeAt(0);
  // «انتظرنا عند الباب.. يذهب الناس ويعودون»: an imperfect of the third person or of «نحن» mostly
  // goes on with the scene before it (QA round 7)
  if (c === 0x064a /* ي */ || c === 0x0646 /* ن */) return false;
  // and so does one in ت (she, you: «طاقة.. تساعدهم على …»); a perfect in ت ends with its subject's
  // ت or وا («.. تعرضت لإصابتين …», «.. تجمعوا …»)
  if (c === 0x062a /* ت */ && !w.endsWith('ت') && !w.endsWith('وا')) return false;
  // «.. أحسن منه» «.. أبعد ما يكون»: أفعل before «من» «ما» is an elative
  if (c === 0x0623 /* أ */ && w.length === 4 && n + 1 < count && types[n + 1] === WORD) {
    const b = bareWord(text, starts[n + 1]!, ends[n + 1]!, 5);
    if (b === 'ما' || b.startsWith('من')) return false;
  }
  if (c === 0x062a /* ت */ || c === 0x0623 /* أ */ || future) {
    if (wordOfSetBefore(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK, SUBJUNCTIVES, 3)) return false;
    if (wordOfSetBefore(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK, RELATIVE_PRONOUNS, 7)) return false;
  }
  if (insideBrackets(text, starts, types, lo, t)) return false;
  if (adverbialWaits(text, starts, ends, types, lo, t)) return false;
  if (first >= 0 && t - first <= LEAD_WORDS && onlyNounPhrase(text, starts, ends, types, first, t)) return false;
  return opensAndClause(text, starts, ends, types, lo, t, starts[n]!, true);
}

/**
 * Words of the verb table that after an ellipsis are mostly something else (see `opensBareVerb`):
 * «عبد» of a name («شيخ الإسلام.. عبد العزيز …»), «يعني» (that is), «هنا» (here), «ليس» «ليست»
 * that go on with the sentence before («.. ليس فقط في …», «جائزة عظيمة.. ليست بالسهلة»).
 */
const BARE_NOT_OPENERS: ReadonlySet<string> = new Set('عبد يعني هنا ليس ليست'.split(' '));

/** Words looked back at for a quotation or title opened just before the ellipsis (see `opensBareVerb`): «“لإيجاد حل سياسي للأزمة… حققت …». */
const QUOTE_LEAD_IN = 6;

/**
 * Words after «وليس» «وليست» that front the predicate of a new statement («.. وليس هناك مستفيد
 * …», «.. وليست كل عائلة …»); before any other «وليس» mostly sets a word against the one before
 * the ellipsis («.. حيا قبيحا.. وليس ألما قدسيا», and not).
 */
const NEGATED_FRONTS: ReadonlySet<string> = new Set('في هناك هنا كل بين أمام لدى عند ثمة'.split(' '));

/**
 * Words after a bare «ليس» «ليست» that front the predicate of an existential with its subject
 * after it (see `opensNegatedFront`): «هناك» «ثمة» (there is), «لدى» «عند» «أمام» and «ل» with a
 * pronoun (has, before): «.. ليس ثمة إشكالية …» «.. ليست لدينا طلبات …» «.. ليس أمامنا سوى …».
 * Not «في» «من» «كل», which mostly go on with the clause before («.. ليس في الجوامع فقط»).
 */
const NEGATED_EXISTENTIALS: ReadonlySet<string> = new Set(
  [
    'هناك هنالك ثمة',
    'لدي لديه لديها لدينا لديهم لديهما لديك لديكم عندي عنده عندها عندنا عندهم عندك عندكم',
    'أمامي أمامه أمامها أمامنا أمامهم أمامك أمامكم أمام لي له لها لنا لهم لك لكم',
  ]
    .join(' ')
    .split(' '),
);

/** Whether the word that starts at `s` begins with the article «ال» and two more letters. */
function isArticleWord(text: string, s: number): boolean {
  return (
    text.charCodeAt(s) === 0x0627 /* ا */ &&
    text.charCodeAt(s + 1) === 0x0644 /* ل */ &&
    classOf(text.charCodeAt(s + 2)) === LETTER &&
    classOf(text.charCodeAt(s + 3)) === LETTER
  );
}

/** Words after «.. ليس هذا» that make it «not only this» («.. ليس هذا فقط بل …»), a new statement. */
const NOT_ONLY: ReadonlySet<string> = new Set('فقط فحسب وحسب'.split(' '));

/**
 * Whether a bare «ليس» or «ليست» at token `n`, after the ellipsis group at `t`, opens a sentence
 * (QA round 36): a word of NEGATED_EXISTENTIALS follows it on the same line, whose subject comes
 * after it and which so needs nothing before the ellipsis («… أو الرياضيات.. ليس ثمة إشكالية …»),
 * «هذا» and a word of NOT_ONLY («.. ليس هذا فقط بل …»), or a noun with the article, alone or
 * after «من», and «أن» («.. ليس المهم أن …» «.. ليس من الطبيعي أن …»: it is not … that); and
 * the guards of `opensSubjectClause` (with a quotation opened at most QUOTE_LEAD_IN words
 * before). Any other «ليس» mostly goes on
 * with the clause before the ellipsis as its predicate or as «not» («جائزة عظيمة.. ليست
 * بالسهلة», «.. ليس فقط في …») and stays. `first` is the window index of the sentence's first
 * token (negative once dropped).
 */
function opensNegatedFront(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  n: number,
): boolean {
  const v = n + 1;
  if (!isWordOnSameLine(text, starts, ends, types, count, n)) return false;
  const b = bareWord(text, starts[v]!, ends[v]!, 7);
  if (!NEGATED_EXISTENTIALS.has(b)) {
    let a = v + 1; // the word after «هذا», or after the adjective of «ليس (من) المهم أن»
    if (b === 'من' && a < count && types[a] === WORD && isArticleWord(text, starts[a]!)) a++;
    else if (b !== 'هذا' && !isArticleWord(text, starts[v]!)) return false;
    if (a >= count || types[a] !== WORD) return false;
    const c = bareWord(text, starts[a]!, ends[a]!, 5);
    if (b === 'هذا' ? !NOT_ONLY.has(c) : c !== 'أن' && c !== 'ان') return false;
  }
  if (isClosingBracket(text.charCodeAt(starts[n - 1]!))) return false;
  return opensSubjectClause(text, starts, ends, types, first, t, n, QUOTE_LEAD_IN);
}

/** Fewer words than this before the ellipsis keep a «قد» after it in the sentence (see `opensMayClause`). */
const MAY_LEAD_IN = 6;

/**
 * Whether a bare «قد» at token `n`, after the ellipsis group at `t`, opens a sentence (QA round
 * 37): before an imperfect it says what may be («… لا أملك تفسيرا لهذا.. قد يكون هناك أناس …»,
 * «… في هذه المناطق.. قد يكون ارتفاع …»), a statement of its own that needs nothing before the
 * ellipsis, while before a perfect it mostly completes a subject or a clause left open there
 * («تناولك للواقع في كتاباتك.. قد تمحور …», «إذا كان الرئيس… قد اتفق …») and stays. The word
 * after it on the same line must be an imperfect by its form: one in «ي», or one in «ت» or «ن»
 * whose form in «ي» the corpus knows as a verb (`isKnownVerb`: «تكون» «نفكر», not the perfect
 * «تمحور» of تفعلل, whose imperfect is «يتمحور»); one in «أ» is left, as it is as often a perfect
 * of أفعل («قد أصبح»). The guards are those of `opensSubjectClause` (with a quotation opened at
 * most QUOTE_LEAD_IN words before, «"هذه الفترة الباردة... قد تشكل …"»), and a closing bracket
 * before «قد» or fewer than MAY_LEAD_IN words before the ellipsis (a headline's topic and its
 * comment, «حذف الرسائل على واتساب.. قد يورطك!») keep it. `first` is the window index of the
 * sentence's first token (negative once dropped).
 */
function opensMayClause(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  n: number,
): boolean {
  if (!isWordOnSameLine(text, starts, ends, types, count, n)) return false;
  const b = bareWord(text, starts[n + 1]!, ends[n + 1]!, 24);
  if (b.length < 3) return false;
  const c = b.charCodeAt(0);
  if (c !== 0x064a /* ي */) {
    if (c !== 0x062a /* ت */ && c !== 0x0646 /* ن */) return false;
    if (!isKnownVerb('ي' + b.slice(1))) return false;
  }
  if (isClosingBracket(text.charCodeAt(starts[n - 1]!))) return false;
  // «حذف الرسائل على واتساب.. قد يورطك!»: a headline's topic, whose comment «قد» opens
  if (!hasWordsBefore(types, first > 0 ? first : 0, t, MAY_LEAD_IN)) return false;
  return opensSubjectClause(text, starts, ends, types, first, t, n, QUOTE_LEAD_IN);
}

/** Whether at least `least` words or numbers stand between token `lo` and the ellipsis group at `t`. */
function hasWordsBefore(types: Uint8Array, lo: number, t: number, least: number): boolean {
  let words = 0;
  for (let j = t - 1; j >= lo && words < least; j--) if (types[j] === WORD || types[j] === NUMBER) words++;
  return words >= least;
}

/**
 * «على» with a pronoun, and «على» itself (also written «علي»), that say who must («عليك أن
 * تمشي» you must walk, «على المجتمع أن يسهم» society must contribute): see `opensMust`.
 * «علينا» is a word of VERB_OPENERS since QA round 13.
 */
const MUST_HEADS: ReadonlySet<string> = new Set('على علي عليك عليكم عليكما عليه عليها عليهم عليهما عليهن'.split(' '));

/**
 * Nouns with the article that make an adverbial of «على» rather than its subject of «must»
 * («.. على الأرجح أن …», «.. على الأقل أن …», «.. على العكس …»): see `opensMust`.
 */
const ON_ADVERBS: ReadonlySet<string> = new Set('الرغم الأقل الأرجح الأغلب الأكثر الإطلاق الفور العكس الأخص الخصوص'.split(' '));

/** The words of MUST_HEADS with a pronoun of the third person (see `opensMust`). */
const THIRD_PERSON_MUST: ReadonlySet<string> = new Set('عليه عليها عليهم عليهما عليهن'.split(' '));

/** Adverbs between «عليكم» «عليهم» … and «أن»: «.. عليكم جميعا أن …» «.. عليهم أيضا أن …». */
const MUST_ADVERBS: ReadonlySet<string> = new Set('جميعا أيضا ايضا كذلك الآن اليوم'.split(' '));

/**
 * Whether a word of MUST_HEADS at token `n`, after the ellipsis group at `t`, opens a sentence
 * (QA round 38): «على» with a pronoun, or «على» before a noun with the article (none of
 * ON_ADVERBS), then «أن» or «ألا» and an imperfect (or «أن لا»), is «must», a statement of its
 * own that needs nothing before the ellipsis («… بل عليك نفسك.. عليك أن تمشي …», «… بإرث
 * حضاري.. على المجتمع أن يسهم …»); after the pronoun one adverb of MUST_ADVERBS may come first
 * («.. عليكم جميعا أن …»), as «علينا» does in VERB_OPENERS. «على أن» alone is «provided that»
 * or «yet» and goes on with the clause before («.. على أن يكون حوارا …»), and so do «على اعتبار
 * أن» «على افتراض أن» (a noun without the article) and «أنّ» before a noun. The guards are those
 * of `opensMayClause`: a
 * closing bracket before the word, fewer than MAY_LEAD_IN words before the ellipsis (a headline's
 * topic), a relative pronoun in the last SUBJECT_LOOK_BACK tokens, whose clause «must» may still
 * be (as for «علينا»: «الأمور التي.. علينا أن نعالجها»), and those of `opensSubjectClause` with a
 * quotation opened at most QUOTE_LEAD_IN words before, or LEAD_WORDS before a pronoun of the third
 * person of THIRD_PERSON_MUST, which may take up the subject of a quotation opened just before
 * (as «.. هو» does, see `opensPronoun`: «"من يؤمنون بالحوار وسيلة لحل الخلافات... عليهم أن
 * يلتزموا …"»). `first` is the window index of the sentence's first token (negative once
 * dropped).
 */
function opensMust(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  n: number,
  w: string,
): boolean {
  if (!isWordOnSameLine(text, starts, ends, types, count, n)) return false;
  let v = n + 1;
  let b = bareWord(text, starts[v]!, ends[v]!, 24);
  if (w === 'على' || w === 'علي') {
    // «.. على المسؤولين أن يعملوا …»: the noun that must
    if (!isArticleWord(text, starts[v]!) || ON_ADVERBS.has(b)) return false;
  } else if (!MUST_ADVERBS.has(b)) {
    v--; // «.. عليك أن …»: «أن» right after the pronoun
  }
  if (++v >= count || types[v] !== WORD || lineBreaks(text, ends[v - 1]!, starts[v]!) > 0) return false;
  b = bareWord(text, starts[v]!, ends[v]!, 5);
  if (b !== 'أن' && b !== 'ان' && b !== 'ألا' && b !== 'الا') return false;
  // the subjunctive: an imperfect after it, or «أن لا» + one («أنّ» before a noun is «that»)
  if (++v >= count || types[v] !== WORD) return false;
  if ((b === 'أن' || b === 'ان') && isWordAt(text, types, starts, ends, count, v, 'لا')) {
    if (++v >= count || types[v] !== WORD) return false;
  }
  const c = text.charCodeAt(starts[v]!);
  if (c !== 0x064a /* ي */ && c !== 0x062a /* ت */ && c !== 0x0646 /* ن */ && c !== 0x0623 /* أ */) return false;
  if (isClosingBracket(text.charCodeAt(starts[n - 1]!))) return false;
  const lo = first > 0 ? first : 0;
  if (!hasWordsBefore(types, lo, t, MAY_LEAD_IN)) return false;
  if (wordOfSetBefore(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK, RELATIVE_PRONOUNS, 7)) return false;
  return opensSubjectClause(text, starts, ends, types, first, t, n, THIRD_PERSON_MUST.has(w) ? LEAD_WORDS : QUOTE_LEAD_IN);
}

/**
 * The words of a front-coded list (see scripts/build-sentence-verbs.ts): each is a digit, how many
 * letters it shares with the word before, and the rest of it («0أبدى3ت» is «أبدى» «أبدت»).
 */
function unpackVerbs(packed: string): ReadonlySet<string> {
  const out = new Set<string>();
  let prev = '';
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 0x30;
    let j = i + 1;
    while (j < packed.length && (packed.charCodeAt(j) < 0x30 /* 0 */ || packed.charCodeAt(j) > 0x39 /* 9 */)) j++;
    prev = prev.slice(0, shared) + packed.slice(i + 1, j);
    out.add(prev);
    i = j;
  }
  return out;
}

/** The words of SENTENCE_VERBS, unpacked on first use (see `isKnownVerb`). */
let knownVerbs: ReadonlySet<string> | undefined;

/** The words of SENTENCE_VERBS_WAW_WHOLE, split on first use (see `isWawWhole`). */
let wawWholeVerbs: ReadonlySet<string> | undefined;

/**
 * Whether the bare word `x` is a verb the corpus knows as one (QA round 24): a word of the table
 * that scripts/build-sentence-verbs.ts generates (src/tokenize/sentence-verbs-data.ts) — words
 * verb-shaped (`isVerbShaped`) that the segmenter's corpus lexicon shows rarely with the article
 * (a sixteenth of the time: «أسر» «ذكر» take it, as nouns do) and with two other persons or tenses
 * of them («يتحدث»: «تتحدث» «سيتحدث»; «أسفرت»: «أسفر» «يسفر»), seen after و or «لا» at least twice
 * in the corpus. A shape alone takes as many nouns; the table spares `sentences` the lexicon
 * itself (450 KB min+gzip, decoded on the first call).
 */
function isKnownVerb(x: string): boolean {
  if (THAT_FORMS.has(x)) return false;
  const verbs = (knownVerbs ??= unpackVerbs(SENTENCE_VERBS));
  if (verbs.has(x)) return true;
  // the table holds a verb without its object pronoun: «وجعلها» is «جعل» + ها
  if (!isVerbShaped(x)) return false;
  for (const p of OBJECT_PRONOUNS) {
    if (x.length - p.length >= 3 && x.endsWith(p) && verbs.has(x.slice(0, x.length - p.length))) return true;
  }
  return false;
}

/**
 * Object pronouns that a verb may carry (see `isKnownVerb`), the longer first.
 * @internal Exported for scripts/build-sentence-verbs.ts.
 */
export const OBJECT_PRONOUNS: readonly string[] = ['هما', 'هم', 'ها', 'كم', 'نا', 'ني', 'ه', 'ك'];

/** Whether the corpus shows و + the verb `x` whole more often than `x` (`.. واضع`: author, not «I put»). */
function isWawWhole(x: string): boolean {
  return (wawWholeVerbs ??= new Set(SENTENCE_VERBS_WAW_WHOLE.split(' '))).has(x);
}

/**
 * Whether a word of THEN_OPENERS at token `n`, after the ellipsis group at `t`, opens a sentence:
 * the word after it on the same line is verb-shaped (see `isVerbShaped`) and no ellipsis closes
 * it right away (`.. ثم أربعا..`), the ellipsis is not inside brackets, and as `opensAndClause`
 * (running text, AND_LEAD_IN words before, no conjunction left open).
 */
function opensThen(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  lo: number,
  t: number,
  n: number,
): boolean {
  if (n + 1 >= count || types[n + 1] !== WORD || lineBreaks(text, ends[n]!, starts[n + 1]!) > 0) return false;
  if (n + 2 < count && types[n + 2] === PUNCT && terminatorKind(text, starts[n + 2]!, ends[n + 2]!) === ELLIPSIS) return false;
  const b = bareWord(text, starts[n + 1]!, ends[n + 1]!, 24);
  if (!isVerbShaped(b)) return false;
  if (insideBrackets(text, starts, types, lo, t)) return false;
  if (adverbialWaits(text, starts, ends, types, lo, t)) return false;
  return opensAndClause(text, starts, ends, types, lo, t, starts[n]!, false);
}

/**
 * Whether the tokens `first..t-1` (a sentence's opening, up to an ellipsis) are words only and the
 * first of them is no verb by its shape (see `isVerbShaped`): a subject that waits for its
 * predicate («استهداف الأطفال الأبرياء في ليلة العيد...»).
 */
function onlyNounPhrase(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, first: number, t: number): boolean {
  for (let j = first; j < t; j++) {
    // «لم تسيطر …» «قد …» «كان …»: a particle or كان that brings its own verb makes it a clause
    if (types[j] !== WORD || CLAUSE_MARKS.has(bareWord(text, starts[j]!, ends[j]!, 5))) return false;
  }
  const b = bareWord(text, starts[first]!, ends[first]!, 24);
  return b.charCodeAt(0) !== 0x0648 /* و */ && !NOT_VERBS.has(b) && !isVerbShaped(b);
}

/** Verbs of VERB_OPENERS that may be the predicate of a subject before the ellipsis. */
const PREDICATES: ReadonlySet<string> = new Set('كان كانت يجب'.split(' '));

/** Particles and verbs that show a clause rather than a bare noun phrase (see `onlyNounPhrase`). */
const CLAUSE_MARKS: ReadonlySet<string> = new Set('لم لن لا قد كان كانت كما ما'.split(' '));

/** At most this many words in an adverbial that `adverbialWaits` finds waiting for its clause. */
const LEAD_WORDS = 8;

/**
 * Whether the segment before the ellipsis group at `t` (back to the terminator that opens it or
 * the sentence's start, within CLAUSE_LOOK_BACK tokens) opens with a preposition of
 * ADVERBIAL_HEADS and has at most LEAD_WORDS words: an adverbial that still waits for its clause
 * («ورغم التعب.. ورغم البرد.. كان الجنود …», «وفي حالة تمكنهم من الإضرار بمبيعاتنا.. يجب …»).
 * After a comma the adverbial mostly trails a clause («…، وفي ذلك الاجتماع طلب الحديث..»), so
 * such a segment does not count.
 */
function adverbialWaits(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, lo: number, t: number): boolean {
  const stop = t - CLAUSE_LOOK_BACK > lo ? t - CLAUSE_LOOK_BACK : lo;
  let open = stop === lo ? lo : -1;
  let words = 0;
  for (let j = t - 1; j >= stop; j--) {
    const y = types[j];
    if (y === WORD || y === NUMBER) {
      if (++words > LEAD_WORDS) return false;
    } else if (y === PUNCT) {
      if (continuesLine(text, starts[j]!, ends[j]!)) return false;
      if (terminatorKind(text, starts[j]!, ends[j]!) !== NONE) {
        open = j + 1;
        break;
      }
    }
  }
  return open >= 0 && open < t && types[open] === WORD && ADVERBIAL_HEADS.has(bareWord(text, starts[open]!, ends[open]!, 8));
}

/**
 * Whether «لا بد» «لابد» (must) after the ellipsis group at `t` answers what comes before it, as
 * a verb of VERB_OPENERS may (QA round 29): a condition or time of PROTASES in the last
 * CLAUSE_LOOK_BACK tokens («عندما تصل لقمة النجاح.. لابد أن تفرح»), or an adverbial that waits
 * for its clause (`adverbialWaits`, «وفي هذه الحالة.. لا بد من …»).
 */
function mustAnswers(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, lo: number, t: number): boolean {
  return wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, PROTASES, 6) || adverbialWaits(text, starts, ends, types, lo, t);
}

/**
 * Third-person subject pronouns that open a sentence after a mid-line ellipsis in running text
 * when a verb follows them (QA round 32): «… لم يسألني أخي.. هو لا يكترث للحمام.» «… في الغابة..
 * هو أيضا دخلها.»; before a noun they are mostly the copula of a subject before the ellipsis
 * («الطرق البرية.. هي أهم محرك …», «ضعف تعاملهم معها.. هو ما أوقع …») and stay (see `opensPronoun`).
 */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set('هو هي'.split(' '));

/** Adverbs between a pronoun of PRONOUN_SUBJECTS and its verb: «.. هو أيضا يستمتع …» «.. هي دوما تمضي …». */
const PRONOUN_ADVERBS: ReadonlySet<string> = new Set('أيضا ايضا دائما دوما فقط تقريبا'.split(' '));

/** Words after a pronoun of PRONOUN_SUBJECTS that bring their verb: «.. هو لم يتعود …» «.. هي قد …». */
const PRONOUN_VERB_PARTICLES: ReadonlySet<string> = new Set('لا لم لن قد سوف'.split(' '));

/**
 * Whether a pronoun of PRONOUN_SUBJECTS at token `n`, after the ellipsis group at `t`, opens a
 * sentence (QA round 32): a verb the corpus knows (`isKnownVerb`, `isFutureVerb`) or a particle of
 * PRONOUN_VERB_PARTICLES follows it on the same line, after at most one of PRONOUN_ADVERBS; and
 * the guards of `opensSubjectClause` (since QA round 33 shared with `opensNounSubject`), with a
 * quotation opened at most LEAD_WORDS words before. `first` is the window index of the
 * sentence's first token (negative once dropped).
 */
function opensPronoun(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  n: number,
): boolean {
  let v = n + 1;
  if (!isWordOnSameLine(text, starts, ends, types, count, n)) return false;
  let b = bareWord(text, starts[v]!, ends[v]!, 24);
  if (PRONOUN_ADVERBS.has(b)) {
    if (++v >= count || types[v] !== WORD) return false;
    b = bareWord(text, starts[v]!, ends[v]!, 24);
  }
  if (!PRONOUN_VERB_PARTICLES.has(b) && !isKnownVerb(b) && !isFutureVerb(b)) return false;
  // «وأضافت "بالنسبة لي وبالنسبة له.. هي لا تعني شيئا"», «أن "جوهر خلافنا مع قطر حول مكافحة
  // الإرهاب.. هي تدعمه …»: a quotation opened just before, whose subject the pronoun takes up
  return opensSubjectClause(text, starts, ends, types, first, t, n, LEAD_WORDS);
}

/**
 * The guards of a subject that opens a sentence after the ellipsis group at `t` with its verb
 * after it (`opensPronoun`, `opensNounSubject`): not after a verb of saying, a headline's lead-in
 * or a subject pronoun, nor when the clause answers a condition or time of PROTASES, completes a
 * subject that SUBJECT_PARTICLES opened (`subjectWaits`), stands inside brackets, after a
 * quotation opened at most `quoteWords` words before (`quoteOpensBefore`) or an adverbial that
 * waits for its clause (`adverbialWaits`), or after a sentence that so far is only a noun phrase
 * (`onlyNounPhrase`); and as `opensAndClause` (running text, AND_LEAD_IN words before, no
 * conjunction left open). `first` is the window index of the sentence's first token (negative
 * once dropped), `n` that of the subject.
 */
function opensSubjectClause(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  first: number,
  t: number,
  n: number,
  quoteWords: number,
): boolean {
  const lo = first > 0 ? first : 0; // the sentence's first token still in the window
  if (saysBefore(text, starts, ends, types, lo, t)) return false;
  if (t - 1 >= lo && types[t - 1] === WORD) {
    const p = bareWord(text, starts[t - 1]!, ends[t - 1]!, 7);
    if (TEASERS.has(p) || SUBJECT_PRONOUNS.has(p)) return false;
  }
  if (wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, PROTASES, 6)) return false;
  if (subjectWaits(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK)) return false;
  if (insideBrackets(text, starts, types, lo, t)) return false;
  if (quoteOpensBefore(text, starts, ends, types, lo, t, quoteWords)) return false;
  if (adverbialWaits(text, starts, ends, types, lo, t)) return false;
  if (first >= 0 && t - first <= LEAD_WORDS && onlyNounPhrase(text, starts, ends, types, first, t)) return false;
  return opensAndClause(text, starts, ends, types, lo, t, starts[n]!, false);
}

/**
 * Particles after a noun subject that bring its verb or negate its predicate (see
 * `opensNounSubject`): «.. الفيفا لم يصدر …» «.. العلاقة لن تتغير» «.. الإجراءات قد بدأت» «..
 * الإشكال ليس في …»; «لا» only before an imperfect.
 */
const SUBJECT_VERB_PARTICLES: ReadonlySet<string> = new Set('لم لن قد سوف ليس ليست'.split(' '));

/**
 * Whether the bare word `w` is a noun with the article that may be a subject (QA round 33):
 * «ال» and at least two more letters, no relative pronoun (RELATIVE_PRONOUNS, which go on with
 * the noun before the ellipsis) and no verb the corpus knows («التقى» «التزم» are perfects of
 * افتعل, see `opensBareVerb`).
 */
function isArticleSubject(w: string): boolean {
  return (
    w.length >= 4 &&
    w.charCodeAt(0) === 0x0627 /* ا */ &&
    w.charCodeAt(1) === 0x0644 /* ل */ &&
    !RELATIVE_PRONOUNS.has(w) &&
    !isKnownVerb(w)
  );
}

/**
 * Possessive pronouns that make a noun definite (see `isSuffixedSubject`), the longer first; «ي»
 * only after the ت of a feminine noun («عائلتي»), as a final «ي» is mostly a nisba or a name's
 * («رمادي» «روحاني»).
 */
const POSSESSIVES: readonly string[] = ['هما', 'هم', 'ها', 'كم', 'نا', 'ه', 'ك', 'تي'];

/**
 * Particles and prepositions that carry a pronoun without being a noun (see `isSuffixedSubject`):
 * «فيها» «لديه» «لأنهم» «كأنها» «بعدها» «إنكم» …, looked up without the pronoun.
 */
const PRONOUN_HOSTS: ReadonlySet<string> = new Set(
  [
    'في من عن مع علي إلي الي لدي عند بعد قبل بين حول دون مثل غير سوى سوي أمام خلف فوق تحت ضد لدى إيا',
    'أن ان إن لأن لان كأن لكن لعل ليت بأن بان منذ حيث عسا',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Whether the bare word `w` is a noun that a possessive pronoun makes definite (QA round 35):
 * «خوفنا» «مفاهيمها» «كلامهم» «أفلامه» «عائلتي» «نظراتك» «كلهم» «بعضها». It ends with one of
 * POSSESSIVES after a stem of two letters or more (five letters in all before «ك», as «ملك»
 * «بنك» «تلك» «ذلك» end so), the stem is none of PRONOUN_HOSTS, and it is no verb the corpus
 * knows (`isKnownVerb` takes a verb with an object pronoun, «جعلها»), nor a word in «ي» or with
 * the و of a plural's «وا» before the pronoun («ينهكه» «أرادوها»: verbs the table may lack). A
 * noun in «اه» «انا» keeps its own last letters («اتجاه» «مياه», «أحيانا» «زمانا»), and «ينا» is
 * a preposition's («لدينا» «علينا»). A definite noun takes no relative clause without «الذي», so
 * a verb right after it is its predicate, as after a noun with the article (see
 * `opensNounSubject`); an indefinite one before a verb mostly takes up the noun before the
 * ellipsis («… أمة قابلة للانفجار.. أمة تملك …») and is not taken.
 */
function isSuffixedSubject(w: string): boolean {
  // «.. فكلنا نعلم …» «.. فقلبه لم يعد …»: ف + such a noun, not «ففيها» «فيكفيها» (a noun in ف
  // such as «فريقنا» is taken after its first letter as well)
  return w.charCodeAt(0) === 0x0641 /* ف */ ? suffixedNoun(w.slice(1)) : suffixedNoun(w);
}

/** `isSuffixedSubject` without a leading ف. */
function suffixedNoun(w: string): boolean {
  const len = w.length;
  if (len < 3) return false;
  const c0 = w.charCodeAt(0);
  if (c0 === 0x0648 /* و */ || (c0 === 0x0627 /* ا */ && w.charCodeAt(1) === 0x0644) /* ل */) return false;
  // «.. ينهكه لكن …»: an imperfect of the third person with its object; the table lacks many
  if (c0 === 0x064a /* ي */) return false;
  for (const p of POSSESSIVES) {
    if (!w.endsWith(p)) continue;
    const stem = len - p.length;
    if (stem < 2 || (p === 'ك' && len < 5)) return false;
    const before = w.charCodeAt(stem - 1);
    if (p === 'ه' && before === 0x0627 /* ا */) return false; // «اتجاه» «مياه»
    if (p === 'نا' && (before === 0x0627 /* ا */ || before === 0x064a) /* ي */) return false; // «أحيانا» «لدينا»
    // «أرادوها» «جعلوه»: a verb of the plural with its object (but «أبوه» «أخوها»)
    if (before === 0x0648 /* و */ && stem >= 4) return false;
    if (PRONOUN_HOSTS.has(w.slice(0, p === 'تي' ? stem + 1 : stem))) return false;
    return !isKnownVerb(w) && !isFutureVerb(w);
  }
  return false;
}

/** «أن» and its forms with a pronoun, which after «والسبب» «والحقيقة» … bring the predicate (see `thatFollows`). */
const AND_THAT_HEADS: ReadonlySet<string> = new Set('أن أنه أنها أنهم إن إنه إنها'.split(' '));

/**
 * Whether the word after `n`, on the same line, is «أن» or one of its forms (QA round 40): «..
 * والسبب أن …» «.. والغريب أنه …» «.. والواقع أن …». A noun with the article after و and right
 * before «أن» is the subject of a nominal sentence whose predicate is the clause of «أن» («the
 * reason is that …»), so it opens a new sentence, unlike a noun added to a list («.. والمال..
 * والجاه») or a headline's second clause («.. والمقاومة تقتل 5»), which stay as they were.
 */
function thatFollows(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, count: number, n: number): boolean {
  if (!isWordOnSameLine(text, starts, ends, types, count, n)) return false;
  return AND_THAT_HEADS.has(bareWord(text, starts[n + 1]!, ends[n + 1]!, 5));
}

/** «وكان» «وكانت» right before an ellipsis: their subject comes after it (see `opensNounSubject`). */
const AND_WAS: ReadonlySet<string> = new Set('وكان وكانت'.split(' '));

/**
 * Whether a noun with the article at token `n` (`isArticleSubject`), or since QA round 35 one
 * that a possessive pronoun makes definite (`isSuffixedSubject`, «.. خوفنا لن يحمي …»), after the
 * ellipsis group at `t`, opens a sentence as its subject (QA round 33): «… من قبل الفيفا.. القضية
 * ستستمر.» «… مختلفا تماما... الدفع أصبح شرطا …». Right after it on the same line comes a verb
 * the corpus knows (`isKnownVerb`, `isFutureVerb`; not «لكن», a conjunction there), a particle of
 * SUBJECT_VERB_PARTICLES, or «لا» before an imperfect — a definite noun takes no relative clause
 * without «الذي», so the verb is its predicate. The guards are those of `opensSubjectClause` (as
 * after «.. هو» «.. هي», with a quotation opened at most QUOTE_LEAD_IN words before), and a
 * closing bracket before the noun («(...) الحكومة …», words left out of a quotation) keeps it in
 * the sentence.
 */
function opensNounSubject(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  n: number,
): boolean {
  const v = n + 1;
  if (!isWordOnSameLine(text, starts, ends, types, count, n)) return false;
  const b = bareWord(text, starts[v]!, ends[v]!, 24);
  if (b === 'لا') {
    // «.. الأمر لا يتعلق …»: لا before an imperfect, not «.. الأمن لا الفوضى»
    if (v + 1 >= count || types[v + 1] !== WORD) return false;
    const c = text.charCodeAt(starts[v + 1]!);
    if (c !== 0x064a /* ي */ && c !== 0x062a /* ت */ && c !== 0x0646 /* ن */ && c !== 0x0623 /* أ */) return false;
  } else if (b === 'لكن' || AND_ADVERBIALS.has(b) || (!SUBJECT_VERB_PARTICLES.has(b) && !isKnownVerb(b) && !isFutureVerb(b))) {
    // «لكن» is in the table (to stammer), but after a noun it is the conjunction (QA round 35)
    // «.. الآن وفي المستقبل»: «وفي» «وبعد» … are و + a preposition here, though the table
    // holds «وفي» (kept his word)
    return false;
  }
  if (isClosingBracket(text.charCodeAt(starts[n - 1]!))) return false;
  // «… لمدة 8 أشهر وكان.. الجوهري قد استأجر …»: the subject of «وكان» before the ellipsis
  if (t - 1 >= 0 && types[t - 1] === WORD && AND_WAS.has(bareWord(text, starts[t - 1]!, ends[t - 1]!, 5))) return false;
  return opensSubjectClause(text, starts, ends, types, first, t, n, QUOTE_LEAD_IN);
}

/**
 * Whether a quotation opens within the last `most` words before the ellipsis group at `t` (not
 * before `lo`): an opening quote mark, or a straight `"` glued to the word after it and not
 * to the one before («قال "الكل يذكر …"», unlike the closing one of «… "داعش" وفق …»). The words
 * after the ellipsis mostly go on with the few quoted before it (QA round 32).
 */
function quoteOpensBefore(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  lo: number,
  t: number,
  most: number,
): boolean {
  let closed = false; // a quotation closed after the mark that opened it («"داعش" وفق»)
  for (let j = t - 1, words = 0; j >= lo && words < most; j--) {
    if (types[j] !== PUNCT) {
      words++;
      continue;
    }
    const q = text.charCodeAt(starts[j]!);
    if (q === 0xbb /* » */ || q === 0x201d /* ” */) closed = true;
    else if (q === 0x22 /* " */ && j - 1 >= lo && ends[j - 1] === starts[j] && (j + 1 >= t || ends[j]! < starts[j + 1]!)) closed = true;
    else if (isOpeningQuote(q) || (q === 0x22 /* " */ && j + 1 < t && ends[j] === starts[j + 1] && (j === 0 || ends[j - 1]! < starts[j]!))) {
      if (!closed) return true;
      closed = false;
    }
  }
  return false;
}

/**
 * The particle of an unreal condition, alone and with و (QA round 32): after a mid-line ellipsis
 * in running text it mostly opens a sentence of its own («… ضد التدخل.. لو تم تشكيل جيش موحد
 * لكان …», «… كل شيء.. ولو أن الألمان توصلوا …»); «فلو» is among CLAUSE_OPENERS (see
 * `opensCondition`).
 */
const CONDITIONS: ReadonlySet<string> = new Set('لو ولو'.split(' '));

/** Words after «لو» that open its clause besides a verb of the table: «.. لو أن كل فكرة …» «.. ولو لم يقل …» «.. ولو تم …». */
const CONDITION_FRONTS: ReadonlySet<string> = new Set('أن ان أنه انه أنها انها أنهم انهم أنك أننا لم تم'.split(' '));

/**
 * Whether a word of CONDITIONS at token `n`, after the ellipsis group at `t`, opens a sentence
 * (QA round 32): a verb the corpus knows (`isKnownVerb`) or a word of CONDITION_FRONTS follows it
 * on the same line — not a noun or a preposition, with which «ولو» means «even if» and goes on
 * («… في الحكم.. ولو لفترة من الوقت»); not after a verb of saying, inside brackets («(يا الله..
 * لو كنت أعلم …)») or a quotation opened at most QUOTE_LEAD_IN words before (`quoteOpensBefore`),
 * nor when a word of IF_WORDS (not «كما لو») in the last 2 × CLAUSE_LOOK_BACK tokens opened a
 * condition it takes up again; and as `opensAndClause` (running text, AND_LEAD_IN words before,
 * no conjunction left open).
 */
function opensCondition(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  lo: number,
  t: number,
  n: number,
): boolean {
  if (n + 1 >= count || types[n + 1] !== WORD || lineBreaks(text, ends[n]!, starts[n + 1]!) > 0) return false;
  const b = bareWord(text, starts[n + 1]!, ends[n + 1]!, 24);
  if (!CONDITION_FRONTS.has(b) && !isKnownVerb(b)) return false;
  if (saysBefore(text, starts, ends, types, lo, t)) return false;
  if (insideBrackets(text, starts, types, lo, t)) return false;
  // «وقال: "يامبارك.. لو أن …"»: a quotation opened just before
  if (quoteOpensBefore(text, starts, ends, types, lo, t, QUOTE_LEAD_IN)) return false;
  // «فلو فرضنا أن رجلا … .. لو فرضنا أنه …»: a condition before, not «كما لو» (as if), that the
  // second one takes up again
  const stop = t - 2 * CLAUSE_LOOK_BACK > lo ? t - 2 * CLAUSE_LOOK_BACK : lo;
  for (let j = t - 1; j >= stop; j--) {
    if (types[j] !== WORD || !IF_WORDS.has(bareWord(text, starts[j]!, ends[j]!, 3))) continue;
    if (!(j - 1 >= lo && types[j - 1] === WORD && bareWord(text, starts[j - 1]!, ends[j - 1]!, 3) === 'كما')) return false;
  }
  return opensAndClause(text, starts, ends, types, lo, t, starts[n]!, false);
}

/** «لو» alone, with و or with ف: a condition still open before an ellipsis (see `opensCondition`). */
const IF_WORDS: ReadonlySet<string> = new Set('لو ولو فلو'.split(' '));

/** Headline lead-ins before an ellipsis («بالصور..»): the words after it complete them. */
const TEASERS: ReadonlySet<string> = new Set('بالصور بالفيديو فيديو شاهد شاهدوا'.split(' '));

/** Words after «.. وربما» that begin a phrase rather than a clause (besides ال…). */
const MAYBE_PHRASES: ReadonlySet<string> = new Set('أيضا ايضا في من إلى الى على عن مع بعد قبل حتى'.split(' '));

/**
 * Whether a word `w` of RUNNING_OPENERS at token `n`, after the ellipsis group at `t`, opens a
 * sentence: as `opensAndClause` (running text, AND_LEAD_IN words before, no conjunction left
 * open), and not after a verb of saying or a headline's lead-in (`بالصور..`), nor `وربما` before a
 * phrase (`.. وربما أيضا`), nor `كنت` `كنا` after their subject (`أنا..` `نحن..`) or answering a
 * condition of PROTASES, nor `لهذا السبب` closing its line. A verb of VERB_OPENERS stays in the
 * sentence after a subject pronoun, when it answers a condition of PROTASES, completes a subject
 * that SUBJECT_PARTICLES opened, stands inside brackets or after an adverbial that waits for its
 * clause (`adverbialWaits`), and كان كانت يجب after a sentence that so far is only a noun phrase
 * (`onlyNounPhrase`); «let us» (`isLetUs`) when it answers a condition of PROTASES, stands inside
 * brackets, or is a bare «لن…» after an exhortation, whose purpose it is (`letUsBefore`). `first`
 * is the window index of the sentence's first token (negative once dropped).
 */
function opensRunning(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  n: number,
  w: string,
): boolean {
  const lo = first > 0 ? first : 0; // the sentence's first token still in the window
  if (saysBefore(text, starts, ends, types, lo, t)) return false;
  // «بالصور.. هذا ما فعله …»: a headline's lead-in, however long the line before it
  if (t - 1 >= lo && types[t - 1] === WORD && TEASERS.has(bareWord(text, starts[t - 1]!, ends[t - 1]!, 7))) return false;
  if (w === 'وربما') {
    // «.. وربما أيضا في الوطن» «.. وربما العمارة كلها» add a phrase to the sentence, not a clause
    if (n + 1 >= count || types[n + 1] !== WORD) return false;
    const b = bareWord(text, starts[n + 1]!, ends[n + 1]!, 24);
    if (b.startsWith('ال') || MAYBE_PHRASES.has(b)) return false;
  } else if (w === 'كنت' || w === 'كنا') {
    // «أنا.. كنت موظفا»: the subject before the ellipsis is still waiting for its verb
    if (t - 1 >= lo && types[t - 1] === WORD) {
      const p = bareWord(text, starts[t - 1]!, ends[t - 1]!, 3);
      if (p === 'أنا' || p === 'انا' || p === 'نحن') return false;
    }
    if (wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, PROTASES, 6)) return false;
  } else if (VERB_OPENERS.has(w)) {
    // «والدي هو.. كان …» «أنا.. قلت»: the subject before the ellipsis still waits for its verb
    if (t - 1 >= lo && types[t - 1] === WORD && SUBJECT_PRONOUNS.has(bareWord(text, starts[t - 1]!, ends[t - 1]!, 3))) {
      return false;
    }
    // «لو فعلوا ذلك.. كان …», «عندما وصلنا.. قال …»: the verb answers a condition or a time
    if (wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, PROTASES, 6)) return false;
    // «وجدنا أن الصف المعادي لها.. كان سياسيا»: the predicate of a subject that أن, إن … opened
    if (subjectWaits(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK)) return false;
    // «هذه هي المنطقة التي كانت في السابق... تم تجريدها»: «تم» «لدينا» «علينا» (QA round 13)
    // may still belong to a relative clause opened just before
    if (RELATIVE_LEADS.has(w) && wordOfSetBefore(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK, RELATIVE_PRONOUNS, 7)) {
      return false;
    }
    if (insideBrackets(text, starts, types, lo, t)) return false;
    // «ورغم التعب.. ورغم البرد.. كان الجنود …»: the clause the adverbials wait for
    if (adverbialWaits(text, starts, ends, types, lo, t)) return false;
    // «استهداف الأطفال في ليلة العيد... كان عملا جبانا.»: a sentence that so far is only a noun
    // phrase still waits for its predicate
    if (PREDICATES.has(w) && first >= 0 && t - first <= LEAD_WORDS && onlyNounPhrase(text, starts, ends, types, first, t)) {
      return false;
    }
  } else if (NEGATIONS.has(w)) {
    // «لأنها في معظم أماكن وجودها.. لا يكاد …»: the negated verb completes a subject left open
    if (subjectWaits(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK)) return false;
    // «(ارفع راسك.. لا تركع إلا لله)»: a title or aside in brackets goes on
    if (insideBrackets(text, starts, types, lo, t)) return false;
    if (w === 'لا' || w === 'ولا') {
      // «.. لا يمكن» «.. ولا ننسى»: لا before an imperfect verb; not «.. ولا ألماسية» «.. لا في …»
      if (n + 1 >= count || types[n + 1] !== WORD) return false;
      const b = bareWord(text, starts[n + 1]!, ends[n + 1]!, 24);
      const p = b.charCodeAt(0);
      // «.. لا أحد يعرف …» «.. لا أحد منهما رأى …» (no one, QA round 32): «أحد» is no verb, yet
      // the pair opens before a verb or a word of NO_ONE_OF, unless it repeats a «لا أحد» just
      // before the ellipsis («… لا أحد.. لا أحد يمكنه …»); «.. لا أحد من الأصدقاء ولا من …» lists
      if (b === 'أحد' && w === 'لا') {
        if (t - 1 >= lo && types[t - 1] === WORD && bareWord(text, starts[t - 1]!, ends[t - 1]!, 3) === 'أحد') return false;
        if (n + 2 >= count || types[n + 2] !== WORD) return false;
        const x = bareWord(text, starts[n + 2]!, ends[n + 2]!, 24);
        if (!NO_ONE_OF.has(x) && !NEGATIONS.has(x) && !isKnownVerb(x) && !isFutureVerb(x)) return false;
        return opensAndClause(text, starts, ends, types, lo, t, starts[n]!, false);
      }
      // «.. لا بد أن …» «.. ولا بد من …» (must, QA round 29): «بد» is no verb, yet the pair opens
      if (b === 'بد') {
        return !mustAnswers(text, starts, ends, types, lo, t) && opensAndClause(text, starts, ends, types, lo, t, starts[n]!, false);
      }
      // and «.. ولا أخفي» before the speaker's own verb, which the corpus must know as one (QA
      // round 24): أ also opens plurals and elatives («.. ولا أحد» «.. لا أكثر»)
      if (b.length < 3) return false;
      if (p === 0x0623 /* أ */) {
        // «أنا.. لا أرسم»: the speaker before the ellipsis waits for the verb
        if (t - 1 >= lo && types[t - 1] === WORD && SUBJECT_PRONOUNS.has(bareWord(text, starts[t - 1]!, ends[t - 1]!, 3))) return false;
        if (!isKnownVerb(b)) return false;
      } else if (p !== 0x064a /* ي */ && p !== 0x062a /* ت */ && p !== 0x0646 /* ن */) {
        return false;
      }
    }
  } else if (isLetUs(w)) {
    // «إذا أردنا النجاح.. فلنبدأ …»: the exhortation answers the condition before the ellipsis
    if (wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, PROTASES, 6)) return false;
    // «(… من أجل أطفالنا.. لنتذكر الماضي)»: a title or aside in brackets goes on
    if (insideBrackets(text, starts, types, lo, t)) return false;
    // «… ولنجتهد في عملنا.. لنأخذ أمتنا نحو الصدارة»: after an exhortation a bare «لن…» is its purpose
    if (LET_US.has(w) && letUsBefore(text, starts, ends, types, lo, t)) return false;
  } else if (w === 'لابد' || w === 'ولابد') {
    // «.. لابد من وقفة.», but not «عندما تصل … .. لابد أن تفرح»
    if (mustAnswers(text, starts, ends, types, lo, t)) return false;
  } else if (w === 'كل') {
    // «.. كل ذلك …» «.. كل هذه الأسباب …», not «.. كل يوم» «.. كل شيء» in a list of phrases
    if (n + 1 >= count || types[n + 1] !== WORD || !ALL_OF.has(bareWord(text, starts[n + 1]!, ends[n + 1]!, 5))) return false;
  } else if ((w === 'لهذا' || w === 'ولهذا') && isWordAt(text, types, starts, ends, count, n + 1, 'السبب')) {
    // «.. لهذا السبب!» ends a teaser; «.. لهذا السبب يوجد …» opens a sentence
    if (n + 2 >= count) return false;
    if (terminatorKind(text, starts[n + 2]!, ends[n + 2]!) !== NONE || lineBreaks(text, ends[n + 1]!, starts[n + 2]!) > 0) {
      return false;
    }
  }
  return opensAndClause(text, starts, ends, types, lo, t, starts[n]!, false);
}

/**
 * «ل» of command with a verb of the first person plural (let us) that the writer turns to the
 * reader with, bare (QA round 39): «.. لنأخذ على سبيل المثال …» «.. لننتظر ونرى» «.. لنفترض أن
 * …». In the 16 unlabeled news files these stand first in a sentence in about half their uses or
 * more (لنأخذ 14 of 23, لننتظر 11 of 14, لنفترض 6 of 11), while a bare «لن…» after an ellipsis
 * is as often «ل» of purpose with the clause before («.. لنحصل على …», «.. لنصل إلى …»), so
 * only these open a sentence; «لنكن» is a jussive, whose subjunctive of purpose is «لنكون».
 * With «ف» or «و» before «لن» any verb the corpus knows is «so let us» or «and let us» (see
 * `isLetUs`). As «دعونا» among RUNNING_OPENERS, they split in running text only.
 */
const LET_US: ReadonlySet<string> = new Set(
  'لنأخذ لننتظر لنفترض لنفرض لنتخيل لنتأمل لنعترف لنتذكر لنكن لنتفق لنذهب'.split(' '),
);

/**
 * Whether the bare word `w` says «let us»: a word of LET_US, or «فلن» «ولن» and at least two
 * more letters whose form in «ي» is a verb the corpus knows (`isKnownVerb`: «فلنبدأ» «ولنتذكر»
 * «فلنواجه»), as «ف» or «و» before «ل» of purpose is rare; «ولنا» «فلنا» (and we have) are not.
 */
function isLetUs(w: string): boolean {
  if (LET_US.has(w)) return true;
  const c = w.charCodeAt(0);
  if (w.length < 5 || (c !== 0x0641 /* ف */ && c !== 0x0648 /* و */)) return false;
  if (w.charCodeAt(1) !== 0x0644 /* ل */ || w.charCodeAt(2) !== 0x0646 /* ن */) return false;
  return isKnownVerb('ي' + w.slice(3));
}

/**
 * Whether a word that says «let us» (`isLetUs`) stands in the last CLAUSE_LOOK_BACK tokens before
 * the ellipsis group at `t`, from token `lo` on: a bare «لن…» after it is mostly its purpose
 * («… ولنجتهد في عملنا.. لنأخذ أمتنا نحو الصدارة»). A verb the table lacks counts when its
 * form with «ن» is verb-shaped (`isVerbShaped`); only words in «ل» «و» «ف» are sliced.
 */
function letUsBefore(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, lo: number, t: number): boolean {
  const stop = t - CLAUSE_LOOK_BACK > lo ? t - CLAUSE_LOOK_BACK : lo;
  for (let j = t - 1; j >= stop; j--) {
    if (types[j] !== WORD) continue;
    const c = text.charCodeAt(starts[j]!);
    if (c !== 0x0644 /* ل */ && c !== 0x0648 /* و */ && c !== 0x0641 /* ف */) continue;
    const b = bareWord(text, starts[j]!, ends[j]!, 24);
    // «لن» after «و» or «ف», then a stem that is verb-shaped with «ن» («ولنجتهد»: نجتهد)
    const l = c === 0x0644 /* ل */ ? 0 : 1;
    if (b.charCodeAt(l) !== 0x0644 /* ل */ || b.charCodeAt(l + 1) !== 0x0646 /* ن */ || b.length - l < 5) continue;
    if (isLetUs(b) || isVerbShaped(b.slice(l + 1))) return true;
  }
  return false;
}

/**
 * Verbs of RUNNING_OPENERS (QA round 12): كان, a verb of obligation or saying and «هكذا» before
 * one. In the 16 unlabeled news files a mid-line ellipsis in running text is followed by them
 * about 400 times, mostly as the first word of the next sentence («.. كان ذلك قبل …», «"…"..
 * هكذا بدأ …», «.. يقول المؤرخ: …»); not when they complete a subject or a condition before the
 * ellipsis (see `opensRunning`).
 */
const VERB_OPENERS: ReadonlySet<string> = new Set(
  [
    'كان كانت يجب قال قالت يقول تقول هكذا',
    'نأمل نتمنى نعتقد نريد نحتاج نرغب نتساءل نقول نود نعلم نرى ندعو نرجو نطالب نرفض نؤكد ننتظر أريد أشعر أرجو أتساءل',
    'تم لدينا علينا',
  ]
    .join(' ')
    .split(' '),
);

/** Words of VERB_OPENERS that a relative clause just before may still hold (see `opensRunning`). */
const RELATIVE_LEADS: ReadonlySet<string> = new Set('تم لدينا علينا'.split(' '));

/**
 * Demonstratives after «كل» that open a sentence after a mid-line ellipsis in running text (QA
 * round 29): «.. كل ذلك بلا شك من ثمار …» «.. كل هذا يحدث …» sum up what the sentences before
 * told; «كل» before a noun mostly adds one more phrase to a list («.. كل يوم» «.. كل شيء»).
 */
const ALL_OF: ReadonlySet<string> = new Set('ذلك هذا هذه هؤلاء تلك'.split(' '));

/** «من» with a pronoun after «لا أحد» (none of them), which a verb then follows (see `opensRunning`). */
const NO_ONE_OF: ReadonlySet<string> = new Set('منهم منهما منا منكم منهن'.split(' '));

/** Subject pronouns: right before an ellipsis they wait for the verb after it. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('هو هي هم أنا انا نحن أنت انت'.split(' '));

/** Negations of RUNNING_OPENERS (QA round 10): `لا` `ولا` only before an imperfect verb. */
const NEGATIONS: ReadonlySet<string> = new Set('لم لن ولم ولن لا ولا'.split(' '));

/**
 * Particles that open a subject whose predicate a negated verb after an ellipsis may still be
 * («لأنها في معظم أماكن وجودها.. لا يكاد …», «وحتى أصغر طالب في الصف.. لن يقبل …», «هل حل
 * هذه المشكلات.. لا يكون إلا بالحوار؟»).
 */
const SUBJECT_PARTICLES: ReadonlySet<string> = new Set(
  'أن أنه أنها أنهم لأن لأنه لأنها لأنهم إن إنه إنها إنهم وإن حتى وحتى هل وهل'.split(' '),
);

/** Tokens looked back at for a word of SUBJECT_PARTICLES or an open bracket. */
const SUBJECT_LOOK_BACK = 8;

/**
 * Words of SUBJECT_PARTICLES whose clause holds its verb when one comes right after them (QA
 * round 31): «اختارت أن تحلق في سماء الوطن.. صعدت …», «كنا نعرف أنه سيحدث... ولا بد …». «لأن»
 * «إن» … are left out: a fronted clause of cause or condition still waits for its answer.
 */
const THAT_CLAUSES: ReadonlySet<string> = new Set('أن ان أنه أنها أنهم'.split(' '));

/**
 * Words of SUBJECT_PARTICLES that are «إن» with its subject as a pronoun (QA round 32): the words
 * after them are already their predicate («إنها وضعية مزرية..», see `subjectWaits`).
 */
const INNA_PRONOUNS: ReadonlySet<string> = new Set('إنه إنها إنهم'.split(' '));

/** Particles between «أن» and its verb (see `subjectWaits`): «أنه لم يعد …», «أنه قد …». */
const VERB_PARTICLES: ReadonlySet<string> = new Set('لم لن قد سوف'.split(' '));

/** Words that close a clause of «حتى»: «حتى الآن» «حتى اليوم» are an adverb (see `subjectWaits`). */
const UNTIL_NOW: ReadonlySet<string> = new Set('الآن الان اليوم'.split(' '));

/** Prepositions before «أن» that make its clause a time clause waiting for an answer («بعد أن …»). */
const THAT_TIMES: ReadonlySet<string> = new Set('بعد قبل منذ وبعد وقبل ومنذ'.split(' '));

/**
 * An imperfect the corpus knows (`isKnownVerb`) with the future's «س» glued on: «سيحدث» «ستكون».
 * Three letters after the «س» with «ا» in the middle are a hollow perfect, no imperfect («سناب»
 * of «سناب شات», QA round 34: «ناب» is a perfect; «سنرى» «سيتم» pass).
 */
function isFutureVerb(x: string): boolean {
  if (x.length < 4 || x.charCodeAt(0) !== 0x0633 /* س */) return false;
  if (x.length === 4 && x.charCodeAt(2) === 0x0627 /* ا */) return false;
  const c = x.charCodeAt(1);
  return (c === 0x064a /* ي */ || c === 0x062a /* ت */ || c === 0x0646 /* ن */ || c === 0x0623 /* أ */) && isKnownVerb(x.slice(1));
}

/**
 * Whether a subject that a word of SUBJECT_PARTICLES opened in the last `back` tokens before
 * window index `t` (not before `lo`) may still wait for its predicate after the ellipsis group
 * at `t` («وجدنا أن الصف المعادي لها.. كان سياسيا», «لأنها في معظم أماكن وجودها.. لا يكاد …»),
 * as `wordOfSetBefore` finds them, except (QA round 31) a word of THAT_CLAUSES right before a
 * verb the corpus knows (`isKnownVerb`, `isFutureVerb`, or a particle of VERB_PARTICLES) that
 * no preposition of THAT_TIMES opens («نريد أن نأخذ ثلاثة آلاف آخرين.. لا نريد أي تفجيرات»),
 * and «حتى» before a word of UNTIL_NOW («هم من ربحوا حتى الآن... لا يمكن …»): their clauses
 * already hold their verbs; nor (QA round 32) a word of INNA_PRONOUNS before a word that is none
 * of NOT_VERBS or ADVERBIAL_HEADS, which already begins its predicate («إنها وضعية مزرية.. لا
 * أحبذها»).
 */
function subjectWaits(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  lo: number,
  t: number,
  back: number,
): boolean {
  const stop = t - back > lo ? t - back : lo;
  for (let j = t - 1; j >= stop; j--) {
    if (types[j] !== WORD) continue;
    const b = bareWord(text, starts[j]!, ends[j]!, 5);
    if (!SUBJECT_PARTICLES.has(b)) continue;
    if (j + 1 < t && types[j + 1] === WORD) {
      const next = bareWord(text, starts[j + 1]!, ends[j + 1]!, 24);
      if (THAT_CLAUSES.has(b) && (VERB_PARTICLES.has(next) || isKnownVerb(next) || isFutureVerb(next))) {
        if (!(j - 1 >= lo && types[j - 1] === WORD && THAT_TIMES.has(bareWord(text, starts[j - 1]!, ends[j - 1]!, 4)))) continue;
      }
      if ((b === 'حتى' || b === 'وحتى') && UNTIL_NOW.has(next)) continue;
      // «"إنها وضعية مزرية.. لا أحبذها"»: the pronoun of «إن» is the subject, and a word that is
      // no particle, preposition or adverbial head after it begins its predicate (QA round 32)
      if (INNA_PRONOUNS.has(b) && !NOT_VERBS.has(next) && !ADVERBIAL_HEADS.has(next)) continue;
    }
    return true;
  }
  return false;
}

/**
 * Whether a word of `set` (read by `bareWord`, at most `max` letters) comes in the last `back`
 * tokens before window index `t`, and not before `lo` (the sentence's first token): the look
 * back of every rule that asks whether a clause opened just before («إذا … .. فـ», «لأن … .. لا»).
 */
function wordOfSetBefore(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  lo: number,
  t: number,
  back: number,
  set: ReadonlySet<string>,
  max: number,
): boolean {
  const stop = t - back > lo ? t - back : lo;
  for (let j = t - 1; j >= stop; j--) {
    if (types[j] === WORD && set.has(bareWord(text, starts[j]!, ends[j]!, max))) return true;
  }
  return false;
}

/** Whether a bracket opened in the last SUBJECT_LOOK_BACK tokens before `t` is still open. */
function insideBrackets(text: string, starts: Int32Array, types: Uint8Array, lo: number, t: number): boolean {
  const stop = t - SUBJECT_LOOK_BACK > lo ? t - SUBJECT_LOOK_BACK : lo;
  for (let j = t - 1; j >= stop; j--) {
    if (types[j] !== PUNCT) continue;
    const c = text.charCodeAt(starts[j]!);
    if (isClosingBracket(c)) return false;
    if (isOpeningBracket(c)) return true;
  }
  return false;
}

// The line last looked at by `lineEndsWithTerminator`: offsets [lineFrom, lineTo) and its answer.
// A later offset on the same line reuses it, so the characters of a line are read once however
// many ellipses it holds. `sentences` resets it for each text.
let lineFrom = -1;
let lineTo = -1;
let lineEnds = false;

/**
 * Whether the line holding offset `from` ends (before its trailing white space, closing quotes
 * and brackets) with `.` `!` `?` `؟` `…` `۔` or `:`.
 */
function lineEndsWithTerminator(text: string, from: number): boolean {
  if (from >= lineFrom && from < lineTo) return lineEnds;
  let j = from;
  while (j < text.length && !isLineBreak(text.charCodeAt(j))) j++;
  let k = j - 1;
  while (k >= from && (classOf(text.charCodeAt(k)) === C.SPACE || isCloser(text.charCodeAt(k)))) k--;
  const c = k >= from ? text.charCodeAt(k) : 0;
  lineFrom = from;
  lineTo = j;
  lineEnds = c === 0x3a /* : */ || (k >= from && terminatorKind(text, k, k + 1) !== NONE);
  return lineEnds;
}

/**
 * Verbs of saying (and «لي» of «قيل لي»): after them «.. إن» or «.. هذا» opens the reported
 * words rather than a sentence of its own; with ف, the speaker's «قلت» and «بقوله» too (QA round
 * 31: «فقلت... لا تخافوا», «بقوله... لا يمكن …»).
 */
const SAYING: ReadonlySet<string> = new Set(
  [
    'قال قالت يقول تقول يقولون قائلا قائلة لي وقال وقالت ويقول وتقول أقول وأقول نقول ونقول',
    'فقال فقالت فيقول فتقول فنقول قلت وقلت فقلت قلنا وقلنا فقلنا بقوله',
  ]
    .join(' ')
    .split(' '),
);

/** Whether the word just before the terminator group at `t` is a verb of saying. */
function saysBefore(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, lo: number, t: number): boolean {
  return t - 1 >= lo && types[t - 1] === WORD && SAYING.has(bareWord(text, starts[t - 1]!, ends[t - 1]!, 7));
}

/** Whether the token at `n` is the word `word` (looked up without marks). */
function isWordAt(
  text: string,
  types: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  count: number,
  n: number,
  word: string,
): boolean {
  return n < count && types[n] === WORD && bareWord(text, starts[n]!, ends[n]!, word.length) === word;
}

/**
 * Whether «وهكذا» before the token at `n` opens a sentence: a word other than حتى or دواليك
 * follows on the same line.
 */
function opensAfterThus(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  n: number,
): boolean {
  if (n >= count || lineBreaks(text, ends[n - 1]!, starts[n]!) > 0) return false;
  let s = starts[n]!;
  let e = ends[n]!;
  // a comma between them, «وهكذا، لا تدع …», still opens one
  if (types[n] === PUNCT && continuesLine(text, s, e) && n + 1 < count) {
    s = starts[++n]!;
    e = ends[n]!;
  }
  if (types[n] !== WORD || lineBreaks(text, ends[n - 1]!, s) > 0) return false;
  const w = bareWord(text, s, e, 6);
  return w !== 'حتى' && w !== 'حتي' && w !== 'دواليك';
}

/**
 * Whether the ellipsis at `t` is glued right after a quotation mark that opens a quotation: «
 * anywhere, or a straight or curly quote after a colon («قال: "…»). A quote after a word may
 * close one («… الإيمان ".. ولا»), and Arabic texts use “ ” either way round.
 */
function opensQuotation(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, lo: number, t: number): boolean {
  const q = t - 1;
  if (q < lo || types[q] !== PUNCT || ends[q] !== starts[t] || ends[q]! - starts[q]! !== 1) return false;
  const c = text.charCodeAt(starts[q]!);
  if (c === 0xab /* « */) return true;
  if (c !== 0x22 /* " */ && c !== 0x201c /* “ */ && c !== 0x201d /* ” */) return false;
  const p = q - 1;
  return p >= lo && types[p] === PUNCT && ends[p]! - starts[p]! === 1 && text.charCodeAt(starts[p]!) === 0x3a /* : */;
}

function isOpeningBracket(c: number): boolean {
  return c === 0x28 /* ( */ || c === 0x5b /* [ */;
}

function isClosingBracket(c: number): boolean {
  return c === 0x29 /* ) */ || c === 0x5d /* ] */;
}

// How a one-letter word stands after a number (see `followsNumber`).
const NOT_AFTER_NUMBER = 0;
const AFTER_NUMBER = 1; // «632 م.» «1436هـ.»: mostly the end of a sentence
const AFTER_NUMBER_WEAK = 2; // «530 ق.م.» «20.370 د.»: as often inside one as at its end

/**
 * Whether the one-letter word at `i` follows a number: directly (AFTER_NUMBER for the eras
 * م and ه, AFTER_NUMBER_WEAK for the units) or as the second letter of a two-letter
 * abbreviation (AFTER_NUMBER_WEAK: «530 ق.م.», «ق. م.», «ق م.», «35 م د.»).
 */
function followsNumber(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  lo: number,
  i: number,
): number {
  let j = i - 1;
  if (j < lo) return NOT_AFTER_NUMBER;
  if (types[j] === NUMBER) {
    const c = letterOf(text, starts[i]!, ends[i]!);
    return c === 0x0645 || c === 0x0647 ? AFTER_NUMBER : AFTER_NUMBER_WEAK;
  }
  if (types[j] === PUNCT && ends[j]! - starts[j]! === 1 && text.charCodeAt(starts[j]!) === 0x2e /* . */) j--;
  if (j - 1 < lo || types[j] !== WORD || !isSingleLetter(text, starts[j]!, ends[j]!)) return NOT_AFTER_NUMBER;
  const c = letterOf(text, starts[j]!, ends[j]!);
  if (types[j - 1] === NUMBER) {
    return c === 0x0642 /* ق */ || c === 0x0645 /* م */ || c === 0x0628 /* ب (بعد الميلاد) */
      ? AFTER_NUMBER_WEAK
      : NOT_AFTER_NUMBER;
  }
  // «القرن الثالث ق.م.», «الألف الرابع عشر ق. م.»: a century or millennium in words
  return c === 0x0642 /* ق */ && followsOrdinal(text, starts, ends, types, lo, j - 1)
    ? AFTER_NUMBER_WEAK
    : NOT_AFTER_NUMBER;
}

/**
 * Ordinals with the article, as in «القرن الثالث» «الألفية الرابعة» «القرنين السادس والرابع»,
 * looked up without marks (and without a leading و).
 */
const ORDINALS: ReadonlySet<string> = new Set(
  [
    'الأول الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي',
    'الأولى الاولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة الحادية',
  ]
    .join(' ')
    .split(' '),
);

/** Whether the word at `i` ends an ordinal: «الثالث», «والرابع», «الثاني عشر». */
function followsOrdinal(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  lo: number,
  i: number,
): boolean {
  if (i < lo || types[i] !== WORD) return false;
  let w = bareWord(text, starts[i]!, ends[i]!, 9);
  if ((w === 'عشر' || w === 'عشرة') && i - 1 >= lo && types[i - 1] === WORD) {
    w = bareWord(text, starts[i - 1]!, ends[i - 1]!, 9);
  }
  if (w.charCodeAt(0) === 0x0648 /* و */) w = w.slice(1);
  return ORDINALS.has(w);
}

/**
 * Whether the date ending at token `t` leads its sentence: the sentence opens with a preposition
 * of LEAD_PREPOSITIONS (also after و: «وفي» «ومنذ») and fewer than `most` words come before `t`
 * (ADVERBIAL_LEAD_IN after `ق.م.` and units, DATE_LEAD_IN after an era), so that the clause the
 * date belongs to is still to come.
 */
function leadsSentence(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  first: number,
  t: number,
  most: number,
): boolean {
  if (first < 0 || types[first] !== WORD) return false;
  let words = 0;
  for (let j = first; j < t; j++) {
    if ((types[j] === WORD || types[j] === NUMBER) && ++words >= most) return false;
  }
  let w = bareWord(text, starts[first]!, ends[first]!, 5);
  if (w.length > 2 && w.charCodeAt(0) === 0x0648 /* و */) w = w.slice(1);
  return LEAD_PREPOSITIONS.has(w);
}

function isDash(c: number): boolean {
  return c === 0x2d /* - */ || c === 0x2013 /* – */ || c === 0x2014 /* — */ || c === 0x2212 /* − */;
}

/**
 * Whether the token at `n`, after an era or unit and its period, carries the sentence on: a
 * word such as حتى or تقريباً, another one-letter abbreviation («132 ك. ف»), or a dash or a
 * lone و before a number («530 ق.م. - 480 ق.م.», «ق.م. و1107 ق.م.»). After a `weak` one
 * («530 ق.م.», «20.370 د.») only a word that opens with و (وقد، وفي …) or ثم كما أما لكن
 * starts a new sentence: in «وفي سنة 3100 ق.م. ظهرت …» the date leads its own sentence.
 */
function continuesAfterUnit(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  n: number,
  weak: boolean,
): boolean {
  const s = starts[n]!;
  const e = ends[n]!;
  const c = text.charCodeAt(s);
  const beforeNumber = n + 1 < count && types[n + 1] === NUMBER;
  if (types[n] === NUMBER) return isDash(c) || weak; // «(1018م. -1078م.)»
  if (types[n] !== WORD) return weak || (types[n] === PUNCT && e - s === 1 && isDash(c) && beforeNumber);
  if (isSingleLetter(text, s, e)) return c !== 0x0648 /* و */ || beforeNumber;
  const w = bareWord(text, s, e, 8);
  if (CONTINUATIONS.has(w) || RELATIVE_PRONOUNS.has(w)) return true; // «… 188 ق.م. والتي صكت …»
  if (weak && ERA_RANGE_ENDS.has(w)) return true; // «ما بين القرن السادس ق.م. والقرن الرابع …»
  if (!weak || c === 0x0648 /* و */ || SENTENCE_OPENERS.has(w)) return false;
  // «… عام 300 ق.م. في ذلك الوقت …»: في before a demonstrative or a new time frame opens a
  // sentence after a BC year, where «… ق.م. في عهد فلان» goes on (QA round 17)
  return !((w === 'في' || w === 'فى') && n + 1 < count && types[n + 1] === WORD && ERA_NEXT_OPENERS.has(bareWord(text, starts[n + 1]!, ends[n + 1]!, 8)));
}

/**
 * Words that open a new sentence after a BC date or an amount in a weak unit (QA round 19): كان,
 * a negation, لكن with a pronoun, لقد and تم (`… حكم من 1991 ق.م. إلى 1962 ق.م. كان أمنمحات
 * وزيرا …`, `… منذ عام 670 ق.م. لكنه كان معروفا …`), and since QA round 24 a verb the corpus knows
 * as one (`isKnownVerb`) unless a preposition of DATE_FRONTS comes in the CLAUSE_LOOK_BACK tokens
 * before it. A date that leads its clause is answered by
 * them instead (`وفي سنة 2649 ق.م. كان الملوك …`, `وعندما توفي في عام 319 ق.م. لم يخلفه …`), see
 * `opensAfterDate`.
 */
const DATE_CLAUSE_OPENERS: ReadonlySet<string> = new Set('كان كانت كانوا كنت كنا لكنه لكنها لكنهم لقد لم لن تم'.split(' '));

/** Prepositions that front a date, with and without و (see `opensAfterDate`). */
const DATE_FRONTS: ReadonlySet<string> = new Set(
  [...LEAD_PREPOSITIONS, 'بين', 'من', 'إلى', 'الى', 'حتى', 'حوالي', 'نحو'].flatMap((w) => [w, 'و' + w]),
);

/** Words that, opening a sentence (also after و or ف), make a date in it lead the clause after it. */
const DATE_LEADS: ReadonlySet<string> = new Set([...LEAD_PREPOSITIONS, ...PROTASES, 'عام', 'سنة', 'حوالي', 'حوالى', 'نحو', 'بحلول']);

/**
 * Whether the word at `n`, after a BC date or a weak unit and its period (`… 56 ق.م. لم يهتم …`),
 * opens a new sentence: a word of DATE_CLAUSE_OPENERS, unless the date leads its clause — the
 * sentence opens with a word of DATE_LEADS (however long the date: «ومنذ سنة 8000 ق.م. وحتى
 * سنة 6000 ق.م. كانت …»), a condition or time of PROTASES comes in the last CLAUSE_LOOK_BACK
 * tokens, or a relative pronoun in the last SUBJECT_LOOK_BACK (`الملك الذي حكم حتى 2611 ق.م.
 * كان …`: the verb of the subject the relative clause describes) — or it stands in brackets.
 */
function opensAfterDate(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  count: number,
  first: number,
  t: number,
  n: number,
): boolean {
  if (n >= count || types[n] !== WORD) return false;
  // or a verb the corpus knows as one (QA round 24, see `isKnownVerb`): «… سنة 45 ق.م. يحاول
  // التقويم …», «… ولد عام 427 ق.م. عاش …»
  if (!DATE_CLAUSE_OPENERS.has(bareWord(text, starts[n]!, ends[n]!, 5))) {
    const v = bareWord(text, starts[n]!, ends[n]!, 24);
    if (v.charCodeAt(0) === 0x0648 /* و */ || v.charCodeAt(0) === 0x0641 /* ف */ || !isKnownVerb(v)) return false;
    // «… وفي عام 586 ق.م. هزم البابليون …», «لكنهم بعد سنة 1700 ق.م. انتشروا …»: a date that a
    // preposition fronts in the middle of the sentence leads the verb too
    if (wordOfSetBefore(text, starts, ends, types, first > 0 ? first : 0, t, CLAUSE_LOOK_BACK, DATE_FRONTS, 6)) return false;
  }
  const lo = first > 0 ? first : 0;
  if (first >= 0 && types[first] === WORD) {
    let w = bareWord(text, starts[first]!, ends[first]!, 7);
    const c = w.charCodeAt(0);
    if (w.length > 2 && (c === 0x0648 /* و */ || c === 0x0641 /* ف */) && !DATE_LEADS.has(w)) w = w.slice(1);
    if (DATE_LEADS.has(w)) return false;
  }
  if (wordOfSetBefore(text, starts, ends, types, lo, t, CLAUSE_LOOK_BACK, PROTASES, 6)) return false;
  if (wordOfSetBefore(text, starts, ends, types, lo, t, SUBJECT_LOOK_BACK, RELATIVE_PRONOUNS, 7)) return false;
  return !insideBrackets(text, starts, types, lo, t);
}

/**
 * Whether the Latin letter spelled in Arabic at `i` is an initial («جورج دبليو. بوش») or a
 * piece of a dotted acronym («إف. بي. آي»), not the end of a sentence. The last letter of a
 * spaced acronym («بي بي سي.»), a letter after a number («4 كيه.») and a letter before a word
 * that opens with و («… إيه. وقال») end it; so does في, mostly the preposition.
 */
function isSpelledInitial(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  types: Uint8Array,
  lo: number,
  i: number,
  n: number,
): boolean {
  const p = i - 1;
  if (p >= lo && (types[p] === NUMBER || (types[p] === WORD && isLetterName(text, starts[p]!, ends[p]!)))) return false;
  // a number after a dotted acronym belongs to it: «رحلة (إم.إتش. 370)»
  if (types[n] === NUMBER) return p >= lo && types[p] === PUNCT && text.charCodeAt(starts[p]!) === 0x2e /* . */;
  if (types[n] !== WORD) return false;
  if (isLetterName(text, starts[n]!, ends[n]!)) return true;
  if (text.charCodeAt(starts[n]!) === 0x0648 /* و */) return false;
  // في is mostly the preposition, and يو ends names such as «لي كوان يو»
  const name = bareWord(text, starts[i]!, ends[i]!, 2);
  return name !== 'في' && name !== 'يو';
}


/** The value of a one- or two-digit number token (Latin, Arabic-Indic or Persian digits), or -1. */
function smallNumber(text: string, start: number, end: number): number {
  if (end - start > 2) return -1;
  let v = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x0660 && c <= 0x0669 ? c - 0x0660 : c >= 0x06f0 && c <= 0x06f9 ? c - 0x06f0 : -1;
    if (d < 0) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Whether the number at `i` (before a period) is the marker of an inline list's next item:
 * «N.» where the same sentence has «N−1.» in its last LIST_LOOK_BACK tokens («1. … 2. …»).
 */
function continuesList(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, lo: number, i: number): boolean {
  const n = smallNumber(text, starts[i]!, ends[i]!);
  if (n < 2) return false;
  const stop = Math.max(lo, i - LIST_LOOK_BACK);
  for (let k = i - 2; k >= stop; k--) {
    if (types[k] !== NUMBER || types[k + 1] !== PUNCT || starts[k + 1] !== ends[k]) continue;
    if (ends[k + 1]! - starts[k + 1]! !== 1 || text.charCodeAt(starts[k + 1]!) !== 0x2e /* . */) continue;
    if (smallNumber(text, starts[k]!, ends[k]!) === n - 1) return true;
  }
  return false;
}

/** Whether the number at `i` is «1» right after a colon, opening an inline list. */
function opensList(text: string, starts: Int32Array, ends: Int32Array, types: Uint8Array, lo: number, i: number): boolean {
  if (i - 1 < lo || types[i - 1] !== PUNCT || text.charCodeAt(starts[i - 1]!) !== 0x3a /* : */) return false;
  if (ends[i]! - starts[i]! !== 1) return false;
  const c = text.charCodeAt(starts[i]!);
  return c === 0x31 /* 1 */ || c === 0x0661 /* ١ */ || c === 0x06f1 /* ۱ */;
}
