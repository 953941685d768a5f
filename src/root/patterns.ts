// Morphological templates, affixes and particles used by the root analyzer.
//
// A template is written with the digits 1–4 for the radical slots and letters for the
// pattern's own consonants and long vowels: `م12و3` is مفعول, `است12ا3` is استفعال. A
// template with only two radical slots describes a form where a weak or doubled radical
// is not written: `ي13` (يقل، يقم: hollow, radical 2 missing), `ي12` (يرم، يمد: defective
// or doubled, radical 3 missing), `ي23` (يصل: assimilated, radical 1 missing).
// Each template carries a cost (lower = more common); the analyzer adds costs of affixes
// and letter alternations and prefers roots found in the lexicon.

/** `pattern:cost` pairs, one per template. Hamza in patterns is written ء. */
const TEMPLATE_SPEC = `
12:1.6 13:1.6 23:1.8
123:0
ي12:1.2 ت12:1.4 ن12:1.8 ء12:1.3 م12:1.6 1ا2:1.0
ي13:1.5 ت13:1.8 ن13:2.2 ء13:2.2
ي23:1.2 ت23:1.8 ن23:2.2 ء23:2.4
1ا23:0.3 12ا3:0.3 12ي3:0.3 12و3:0.4 م123:0.6 ت123:0.7 ي123:0.5 ن123:1.2 ء123:0.6 ا123:1.5 123ى:0.5 1و23:1.2 1ي23:1.5
م1ا3:1 م1ي3:0.9 م1و3:1.6 ء1ا3:0.7 ي1و3:1 ي1ي3:1 ي1ا3:1.2 ت1و3:1.3 ت1ي3:1.3 ت1ا3:1.5 ن1و3:1.6 ن1ي3:1.6 ن1ا3:1.8 ء1و3:1.6 ء1ي3:1.6
م1ا2:1.3 ا1ت2:1.2 م1ت2:1.4 ي1ت2:1.5 ت1ت2:1.8 ن1ت2:2 ان12:1.5 ين12:1.8 نن12:2 ت1ا2:2
ات23:1.2 ا1ط2:1.4 م1ط2:1.5 ء12اء:1.4 ءت123:1.2 مت23:1.4 يت23:1.5 تت23:1.8 نت23:2 ءت23:2.2
1234:0.8 123ا:1.2
م12و3:0.2 م12ي3:1.2 م12ا3:0.8 م1ا23:0.3 ت12ي3:0.2 ت1ا23:0.3 ت12ا3:1 ت12و3:1.5 ء12ا3:0.3 ء12ي3:1.5 ا1ت23:0.3 ان123:0.5
ي1ا23:0.8 ت1ت23:1.2 ي1ت23:0.7 ن1ت23:1.2 يت123:0.8 تت123:1.2 نت123:1.5 مت123:0.4 ين123:0.9 تن123:1.2 نن123:1.6 من123:0.5
1وا23:0.4 م1ت23:0.3 ء12و3:0.6 12ا3اء:1 12ا3ى:1 1ا2و3:0.8 1ا2ي3:1.5 12اء3:0.4 123ان:1.2 123اء:0.9 ء1ا23:1
ا1ط23:1 ا1د23:1.5 م1ط23:1.2 م1د23:1.6 ي1ط23:1.4 ت1ط23:1.6 ي1د23:1.6 ت1د23:1.6 ت1ط2:1.6 ي1ط2:1.6 تن12:1.8 123ا4:1 ن1ا23:1 يت12:1.5 تت12:1.8 ء1ت23:1 ءست123:1 ءت1ا23:1.2 ءن123:1.2 12اي3:1.2 1وا2:0.9 12و34:1.2 1و2ا3:1
ا1تا3:0.8 م1تا3:0.9 ي1تا3:1.2 ت1تا3:1.5 ان1ا3:1.2 من1ا3:1.4 ين1ا3:1.5 است12:0.7 ات2ا3:1 12ايا:0.8
12ا34:1 123و4:1 1234اء:1.2 ي1234:0.8 م1234:1 ت1234:0.8 ن1234:1.6
است123:0.2 يست123:0.4 تست123:0.8 نست123:1.2 مست123:0.2 ا1ت2ا3:0.2 ان12ا3:0.3 م1ا2ي3:0.3 ت1ا2ي3:0.4
يت1ا23:0.6 تت1ا23:1 نت1ا23:1.3 مت1ا23:0.4 ء123اء:0.8 1وا2ي3:0.8 ء1ا2ي3:1
است1ا3:0.6 يست1ي3:0.7 مست1ي3:0.7 تست1ي3:1 نست1ي3:1.3 مست1ا3:0.8 ا1ط2ا3:1 ا1د2ا3:1.5 مست12:0.3 يست12:0.6 تست12:0.8 نست12:1.2
12ا3ي4:1 123ي4:1 مت1234:0.8 يت1234:1.4 تت1234:1.6 مت1ا2:1 يت1ا2:1.2 تت1ا2:1.5 نت1ا2:1.8
است12ا3:0.2
است13:0.3 ا1ت3:1.3 يست13:0.9 تست13:1.1 نست13:1.4 ءست13:0.8 ي1ت3:1.3 ت1ت3:1.5 ن1ت3:1.8
`;

/**
 * Templates of a hollow verb whose long vowel is shortened: before a past ending that starts
 * with a consonant (استطعت، اخترنا، احتجتم), or, for the imperfect, in the bare jussive
 * (لم يستطع). Anywhere else they would split a doubled or sound stem (استمر، اعتدل).
 */
export const SHORT_HOLLOW_PAST: ReadonlySet<string> = new Set(['است13', 'ا1ت3']);
/** See {@link SHORT_HOLLOW_PAST}: imperfect templates that only the bare jussive uses (ءست13 of لم أستطع at look-up time only, QA round 123). */
export const SHORT_HOLLOW_JUSSIVE: ReadonlySet<string> = new Set(['يست13', 'تست13', 'نست13', 'ءست13']);
/**
 * Imperfect templates of a hollow افتعل in the bare jussive (لم يختر، لم تجتز، لم نرتح), which
 * write the two letters of the imperfect of a doubled or defective افتعل (يحتلّ، يمتدّ، يجتزّ،
 * ينتج is sound): read only at look-up time, and only when neither the doubled nor the defective
 * root of the two letters is a root (QA round 117; see `shortHollowAlone` in analyze.ts).
 */
export const SHORT_HOLLOW_JUSSIVE_VIII: ReadonlySet<string> = new Set(['ي1ت3', 'ت1ت3', 'ن1ت3']);
/**
 * The two written radicals of the doubled استفعل verbs of news and prose (استمرّ، استقرّ، استغلّ،
 * استعدّ، استحقّ، استمدّ، استخفّ، استقلّ، استدرّ، استتبّ، استردّ، استهلّ، استظلّ، استدلّ، استفزّ،
 * استجدّ، استبدّ، استلذّ، استحمّ، استشفّ، استحثّ، استذلّ، استحبّ، استحلّ، استعزّ), whose imperfect
 * يستدلّ، تستفزّ، نستمرّ writes the letters of the bare jussive of a hollow استفعل (لم يستطع):
 * {@link SHORT_HOLLOW_JUSSIVE} is not read for them (QA round 116).
 */
export const DOUBLED_ISTAF3AL: ReadonlySet<string> = new Set(['مر', 'قر', 'غل', 'عد', 'حق', 'مد', 'خف', 'قل', 'در', 'تب', 'رد', 'هل', 'ظل', 'دل', 'فز', 'جد', 'بد', 'لذ', 'حم', 'شف', 'حث', 'ذل', 'حب', 'حل', 'عز']);
/**
 * The pairs of {@link DOUBLED_ISTAF3AL} whose defective استفعل is a verb too: استعدى «turned
 * against», استخفى «hid», استجدى «begged», استشفى «sought a cure», استحلى «found sweet»,
 * استقرى «surveyed». For the others (استبدّ، استحمّ، استدرّ …) no defective استفعل exists, so
 * before the past endings ت and وا their doubled reading is taken as with no ending («استبدت»
 * of بدد, not بدو; «استحموا» of حمم, not حمي: root QA round 130).
 */
export const DEFECTIVE_ISTAF3AL_TWINS: ReadonlySet<string> = new Set(['عد', 'خف', 'جد', 'شف', 'حل', 'قر']);
/**
 * The two written radicals (first and third) of the hollow استفعل verbs whose middle radical's
 * twin has a corpus prior at least two buckets above their own, with that middle radical: ي for
 * استفاض «expanded on» (مستفيض «detailed») of فيض, not فوض; استطار «spread» (شرّ مستطير) of طير,
 * not طور; استمال «won over» (استمالة، يستميل) of ميل, not مول; استشاط «flared up» (يستشيط غضبا)
 * of شيط, not شوط; استقال «resigned» (استقيلي «resign!») of قيل as PADT files it, not قول (its
 * frequent stems are in LEXICAL_STEMS too); و for استعار «borrowed» (اسم مستعار «pseudonym»,
 * يستعير) of عور, not عير.
 * analyze.ts reads the alef or ي of these as that radical first (READ_ALEF_FORM_X; QA round 122).
 */
export const HOLLOW_ISTAF3AL: ReadonlyMap<string, string> = new Map([['فض', 'ي'], ['طر', 'ي'], ['مل', 'ي'], ['شط', 'ي'], ['قل', 'ي'], ['عر', 'و']]);
/**
 * The two written radicals (first and third) of the hollow استفعل verbs whose shortened past
 * before the ending ت (استفدت «I benefited», استعنت «I sought help», استضفت «I hosted», استقمت،
 * استجبت، استعضت «I made up for») writes the letters of the feminine past of a doubled or
 * defective استفعل of a root in the lexicon (فدي، عني، ضفف، قمم، جبي، عضو) that makes no such
 * verb: «استفدى، استعنى، استضفّ، استقمّ، استجبى، استعضى» are not words, so the ت there is the
 * -tu/-ta of استفاد، استعان، استضاف، استقام، استجاب، استعاض. analyze.ts reads these as hollow
 * before ت (`shortHollowTu`), and their weak last radical there at FILL_LAST_FORM_X's costs
 * (QA round 123; at look-up time only).
 * Not the pairs whose doubled or defective استفعل is a verb too (استعدّت «got ready» beside
 * استعدت «I regained», استشرت «spread» of شري beside «I consulted», استدرّت beside استدرت).
 */
export const SHORT_HOLLOW_ISTAF3AL: ReadonlySet<string> = new Set(['فد', 'عن', 'ضف', 'قم', 'جب', 'عض']);
/**
 * Imperfects of the first person plural of a doubled افتعل، انفعل، استفعل (نحتل، ننضم، نستمر):
 * a verb, so they take a pronoun or no ending, never a noun's (نستلة is the firm Nestlé).
 */
const PRONOUN_ONLY: ReadonlySet<string> = new Set(['ن1ت2', 'نن12', 'نست12']);

/** A compiled template. */
export interface Template {
  /** Template as written, e.g. `م12و3`. */
  readonly pattern: string;
  readonly length: number;
  readonly cost: number;
  /** Positions and char codes of the template's own letters. */
  readonly literalAt: Int8Array;
  readonly literalCode: Uint16Array;
  /** Position in the stem of radicals 1..4 (index 0..3); -1 when not written. */
  readonly slot: Int8Array;
  /** Number of radicals written (2, 3 or 4). */
  readonly written: number;
  /** For two-radical templates: which radical (0, 1, 2) is missing; -1 otherwise. */
  readonly missing: number;
  /**
   * Letters radical 1 must be one of, for افتعل whose ت assimilates: اصطدم، اضطر (ط after
   * ص ض ط ظ), ازدهر، ادّعى (د after د ذ ز); `undefined` when any letter goes.
   */
  readonly firstRadicals: string | undefined;
  /** Whether the template is a verb's imperfect (prefix ي ت ن ء), for the future prefix س. */
  readonly imperfect: boolean;
  /**
   * 1 for {@link SHORT_HOLLOW_PAST} (needs a past ending that starts with ت or ن), 2 for
   * {@link SHORT_HOLLOW_JUSSIVE} (needs no suffix at all), 3 for {@link SHORT_HOLLOW_JUSSIVE_VIII}
   * (no suffix, and no doubled or defective root of its two letters), 0 otherwise.
   */
  readonly shortHollow: number;
  /** Whether the template takes a pronoun suffix or none, never another ending ({@link PRONOUN_ONLY}). */
  readonly pronounOnly: boolean;
  /**
   * Bit flags the analyzer tests on its hot path ({@link TEMPLATE_FLAG}): تفاعل without a third
   * radical (مت1ا2، يت1ا2 …), its participle مت1ا2, the تفعّل forms (مت123، يت123 …), فعلاء (123اء),
   * the imperfect of تفعّل without a third radical (يت12، تت12، نت12), and the افتعل forms whose
   * ت follows the first radical (ا1ت23، م1ت23، ي1تا3 …); the templates whose hamzat wasl news
   * text often writes إ (every استفعل form, است123، است12، است12ا3 …, and the masdars of six
   * letters ا1ت2ا3، ا1ط2ا3، ا1د2ا3، ان12ا3); and the first person imperfects of the derived forms
   * (ءت123، ءت1ا23، ءن123، ء1ت23، ءست123، ءست13), whose prefix is always أ; and every template of
   * افتعل and استفعل (a ت، ط or د after the first radical, or ست before it: ا1ت2، ي1ط2، يست13 …);
   * and every template of استفعل alone (ست before the first radical: است123، يست1ي3، مست12 …).
   */
  readonly flags: number;
}

/** Bits of {@link Template.flags}. */
export const TEMPLATE_FLAG = { tafaa: 1, mutafaa: 2, formV: 4, falaaHamza: 8, formVShort: 16, iftaalTeh: 32, hamzaWasl: 64, firstPersonDerived: 128, formVIIIorX: 256, formX: 512 } as const;
const FLAGGED: ReadonlyMap<string, number> = new Map([
  ['\u0645\u062a1\u06272', 1 | 2], // مت1ا2
  ['\u064a\u062a1\u06272', 1], ['\u062a\u062a1\u06272', 1], ['\u0646\u062a1\u06272', 1], // يت1ا2 تت1ا2 نت1ا2
  ['\u0645\u062a123', 4], ['\u064a\u062a123', 4], ['\u062a\u062a123', 4], ['\u0646\u062a123', 4], // مت123 يت123 تت123 نت123
  ['123\u0627\u0621', 8], // 123اء
  ['\u064a\u062a12', 16], ['\u062a\u062a12', 16], ['\u0646\u062a12', 16], // يت12 تت12 نت12
  // افتعال، افطعال، افدعال، انفعال (and every template in است, flagged in templatesByLength):
  // their hamzat wasl written إ is read as ا (not the five-letter ا1ت23، ان123، ات2ا3, whose
  // إ-stems إنتاج، إتمام are إفعال of a root in ن or ت)
  ['\u06271\u062a2\u06273', 64], ['\u06271\u06372\u06273', 64], ['\u06271\u062f2\u06273', 64], ['\u0627\u064612\u06273', 64], // ا1ت2ا3 ا1ط2ا3 ا1د2ا3 ان12ا3
  // أتفعّل، أتفاعل، أنفعل، أفتعل، أستفعل: only the imperfect, always written أ
  ['\u0621\u062a123', 128], ['\u0621\u062a1\u062723', 128], ['\u0621\u0646123', 128], ['\u06211\u062a23', 128], ['\u0621\u0633\u062a123', 128], ['\u0621\u0633\u062a13', 128], // ءت123 ءت1ا23 ءن123 ء1ت23 ءست123 ءست13
]);

let compiled: Template[][] | undefined;
let indexed: TemplateIndex[] | undefined;

/** Templates of one stem length, split by their first letter so a stem checks only a few. */
export interface TemplateIndex {
  /** Templates that start with a radical slot. */
  readonly slotFirst: readonly Template[];
  /** Templates that start with a letter, by that letter's code (ا and ء under both). */
  readonly byFirst: ReadonlyMap<number, readonly Template[]>;
}

/** {@link templatesByLength} indexed by first letter (index = stem length). */
export function templateIndex(): TemplateIndex[] {
  if (indexed) return indexed;
  indexed = templatesByLength().map((list) => {
    const slotFirst: Template[] = [];
    const byFirst = new Map<number, Template[]>();
    for (const t of list ?? []) {
      const c = t.pattern.charCodeAt(0);
      if (c >= 0x31 && c <= 0x34) {
        slotFirst.push(t);
        continue;
      }
      const keys = c === 0x0627 || c === 0x0621 ? [0x0627, 0x0621] : [c];
      for (const k of keys) (byFirst.get(k) ?? byFirst.set(k, []).get(k)!).push(t);
    }
    return { slotFirst, byFirst };
  });
  return indexed;
}

/** Whether a template is one of افتعل (ت، ط or د after the first radical) or استفعل (ست before it). */
function isFormVIIIorX(pattern: string): boolean {
  return pattern.includes('1\u062a') || pattern.includes('1\u0637') || pattern.includes('1\u062f') || pattern.includes('\u0633\u062a1');
}

/** Templates grouped by stem length (index = length). Compiled on first use. */
export function templatesByLength(): Template[][] {
  if (compiled) return compiled;
  const byLength: Template[][] = [];
  for (const item of TEMPLATE_SPEC.trim().split(/\s+/)) {
    const [pattern, cost] = item.split(':') as [string, string];
    const at: number[] = [];
    const code: number[] = [];
    const slot = new Int8Array(4).fill(-1);
    let written = 0;
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern[i]!;
      if (ch >= '1' && ch <= '4') {
        slot[Number(ch) - 1] = i;
        written++;
      } else {
        at.push(i);
        code.push(pattern.charCodeAt(i));
      }
    }
    let missing = -1;
    if (written === 2) missing = slot[0] === -1 ? 0 : slot[1] === -1 ? 1 : 2;
    const first = pattern[0]!;
    const firstRadicals = pattern.includes('1ط') ? 'صضطظ' : pattern.includes('1د') ? 'دذز' : undefined;
    const t: Template = {
      pattern,
      firstRadicals,
      length: pattern.length,
      cost: Number(cost),
      literalAt: Int8Array.from(at),
      literalCode: Uint16Array.from(code),
      slot,
      written,
      missing,
      imperfect: first === 'ي' || first === 'ت' || first === 'ن' || first === 'ء',
      shortHollow: SHORT_HOLLOW_PAST.has(pattern) ? 1 : SHORT_HOLLOW_JUSSIVE.has(pattern) ? 2 : SHORT_HOLLOW_JUSSIVE_VIII.has(pattern) ? 3 : 0,
      pronounOnly: PRONOUN_ONLY.has(pattern),
      flags: (FLAGGED.get(pattern) ?? 0) | (pattern.includes('1\u062a') ? TEMPLATE_FLAG.iftaalTeh : 0) | (pattern.startsWith('\u0627\u0633\u062a') ? TEMPLATE_FLAG.hamzaWasl : 0) | (isFormVIIIorX(pattern) ? TEMPLATE_FLAG.formVIIIorX : 0) | (pattern.includes('\u0633\u062a1') ? TEMPLATE_FLAG.formX : 0),
    };
    (byLength[t.length] ??= []).push(t);
  }
  compiled = byLength;
  return byLength;
}

/** Proclitic sequences: text, cost, whether it holds the article, whether it holds future س. */
export interface Prefix {
  readonly text: string;
  readonly cost: number;
  readonly article: boolean;
  readonly future: boolean;
}

const PREFIX_SPEC: [string, number][] = [
  ['', 0],
  ['و', 0.6], ['ف', 0.8], ['ب', 0.7], ['ل', 0.7], ['ك', 1.0], ['س', 1.0],
  ['ال', 0.2], ['وال', 0.4], ['فال', 0.6], ['بال', 0.4], ['كال', 0.7], ['لل', 0.4],
  ['ولل', 0.6], ['اللا', 1.0], ['فلل', 0.8], ['وبال', 0.6], ['فبال', 0.8], ['وكال', 0.9],
  ['وب', 1.0], ['فب', 1.2], ['ول', 1.0], ['فل', 1.2], ['وك', 1.2], ['فك', 1.4],
  ['وس', 1.2], ['فس', 1.4], ['لي', 1.4],
];

let prefixMap: Map<string, Prefix> | undefined;

/** Proclitic sequences keyed by text. */
export function prefixes(): Map<string, Prefix> {
  if (prefixMap) return prefixMap;
  prefixMap = new Map();
  for (const [text, cost] of PREFIX_SPEC) {
    const article = text.endsWith('ال') || text.endsWith('لل');
    // ليـ is ل + imperfect ي: the ي belongs to the template, so 'لي' is not a prefix of its own.
    if (text === 'لي') continue;
    prefixMap.set(text, { text, cost, article, future: text.endsWith('س') });
  }
  return prefixMap;
}

/** Suffix sequences (inflection + pronoun): cost, and whether a pronoun is attached. */
export interface Suffix {
  readonly cost: number;
  readonly pronoun: boolean;
  /** Inflection that only verbs take (وا تم ت …): excludes the article. */
  readonly verbal: boolean;
  /**
   * The sound plural ون without its ن before a genitive (مسؤولو الوزارة، مقاتلو التنظيم):
   * the analyzer admits it only after a participle stem (see analyze.ts).
   */
  readonly construct?: boolean;
  /**
   * The feminine dual of a relative adjective (الرئيسيتين، العسكريتان): the analyzer admits it
   * only after a stem of three letters or more: after two the ي is a defective root's (قضيتين
   * is the dual of قضية, not قضّ + يتين).
   */
  readonly nisbaDual?: boolean;
}

// [form alone, form before a pronoun, cost, verbal]
const INFLECTIONS: [string, string, number, boolean][] = [
  ['', '', 0, false],
  ['ة', 'ت', 0.1, false], ['ات', 'ات', 0.2, false], ['ون', 'و', 0.3, false], ['ين', 'ي', 0.3, false], ['ون', 'ون', 0.4, false], ['ين', 'ين', 0.5, false],
  ['ان', 'ا', 0.5, false], ['ان', 'ان', 0.6, false], ['تان', 'تا', 0.6, false], ['تين', 'تي', 0.6, false],
  ['ي', 'ي', 0.3, false], ['ية', 'يت', 0.2, false], ['يات', 'يات', 0.4, false], ['يون', 'يو', 0.5, false],
  ['يين', 'يي', 0.5, false], ['يا', 'يا', 1.2, false], ['ينات', 'ينات', 0.6, false], ['ينيات', 'ينيات', 0.7, false],
  ['اتي', 'اتي', 0.6, false], ['اتية', 'اتيت', 0.6, false], ['وي', 'وي', 0.7, false], ['وية', 'ويت', 0.7, false],
  ['ا', 'ا', 0.5, false], ['وا', 'و', 0.6, true], ['ت', 'ت', 0.6, true], ['تم', 'تمو', 0.8, true],
  ['تما', 'تما', 1.2, true], ['تن', 'تن', 1.2, true], ['نا', 'نا', 0.8, true], ['ن', 'ن', 1.0, true],
  ['تا', 'تا', 1.0, true], ['ما', 'ما', 1.2, false],
];
const PRONOUNS: [string, number][] = [
  ['ه', 0.5], ['ها', 0.5], ['هم', 0.5], ['هما', 0.8], ['هن', 0.9], ['ك', 0.8], ['كم', 0.8],
  ['كما', 1.1], ['كن', 1.1], ['ي', 0.9], ['ني', 1.0], ['نا', 0.7],
];

let suffixMap: Map<string, Suffix> | undefined;

/** Every suffix sequence keyed by text, with its lowest cost. */
export function suffixes(): Map<string, Suffix> {
  if (suffixMap) return suffixMap;
  const map = new Map<string, Suffix>();
  const add = (text: string, s: Suffix): void => {
    const old = map.get(text);
    if (!old || old.cost > s.cost) map.set(text, s);
  };
  for (const [alone, bound, cost, verbal] of INFLECTIONS) {
    add(alone, { cost, pronoun: false, verbal });
    if (alone === 'ما') continue; // حينما، عندما: ما closes the word
    for (const [pronoun, pcost] of PRONOUNS) {
      add(bound + pronoun, { cost: cost + pcost, pronoun: true, verbal });
    }
  }
  // Quranic and older spelling writes a final ي as ى (عصانى، ترىنى).
  for (const [text, s] of [...map]) {
    if (text.endsWith('ي')) add(`${text.slice(0, -1)}ى`, { ...s, cost: s.cost + 0.2 });
  }
  add('\u0648', { cost: 0.8, pronoun: false, verbal: false, construct: true }); // و of مسؤولو
  // The feminine dual of the relative adjective (العسكريتان، الرئيسيتين). (Not the masculine
  // يان: more words in -يان are names, هادريان، ماريان; its genitive يين is the plural's.)
  for (const text of ['\u064a\u062a\u0627\u0646', '\u064a\u062a\u064a\u0646']) {
    add(text, { cost: 0.7, pronoun: false, verbal: false, nisbaDual: true });
  }
  suffixMap = map;
  return map;
}

/**
 * Function words (particles, pronouns, demonstratives, relatives) that have no root,
 * hamza folded to ء. Words built on a noun or verb stem (بين، بعد، حيث، كان) are not here.
 * منا، عنا are من، عن + نا with one ن written (منّا، عنّا), which {@link PARTICLE_BASES} does not
 * reach (مني، عني are من، عن + ي).
 */
export const PARTICLES: ReadonlySet<string> = new Set(
  (
    'من في على علي الى ءلى ءلي عن مع منذ مذ لدى لدي لدن حتى حتي ممن عمن فيمن منا عنا ' +
    'و ف ب ل ك ءن ءنما ءو ءم ءما ءي ءيما ءينما اينما ءيا ءيها ءيتها ءيان ءين اين ءذ ءذا ءذن اذا ءلا الا ءما لكن لكنما بل ثم لا لم لن لو لولا لوما لما ' +
    'ما ماذا كذلك كذا لذا لذلك هكذا ءانذاك حينذاك حينءذ يومءذ عندءذ وقتءذ  مما عما فيما بما كما لما ربما ءنما كي لكي كيلا لءلا هل قد سوف ' +
    'هذا هذه هذي هذان هذين هاتان هاتين هءلاء ذلك ذلكم تلك ذاك ذا ذي ذو ته ءولءك ءولاء اولءك هنا هناك هنالك ' +
    'الذي التي اللي الذين اللذان اللذين اللتان اللتين اللاتي اللواتي اللاءي الءلى ' +
    // اللا «non-», the negation written apart with the article (اللا متناهي «infinite»; QA round 52).
    'اللا ' +
    // The relatives as Egyptian print writes them with a final ى, and after ل, which drops the
    // article's alef (للذي، للتي، للذين «for the one who»), which read as لذذ، ليل.
    // كدا، كده «like this», Egyptian كِدَه (QA round 52), which read as كدد.
    'كدا كده ' +
    // The attention particle ها standing alone (ها هو «here he is»; QA round 53), which read as هوي.
    'ها ' +
    // هذه and ذلك misspelt with ة and a long alef (هذة، ذالك; QA round 57), which read as هذي, ذيل.
    'هذة ذالك ' +
    // كتلك «like that», ك + تلك as كذلك is ك + ذلك (QA round 60), which read as كتل «blocs».
    'كتلك ' +
    // هؤلاء written with و for its hamza seat (هولاء، لهولاء; QA round 66), which read as هول.
    'هولاء ' +
    // كهذا، كهذه، كهؤلاء، كذاك «like this, these, that», ك + a demonstrative as كتلك and كذلك are
    // (QA round 73), which read as هذي and ذكي.
    'كهذا كهذه كهءلاء كذاك ' +
    // كأي «like any» (كأي دولة، وكأي شخص), ك + أي as كتلك is ك + تلك (QA round 85), which read as
    // كوي «iron» and وكء «lean».
    'كءي ' +
    // كالذي، كالتي، كالذين «like the one(s) who», ك + a relative as كتلك is ك + تلك, with the
    // relatives' other forms and their Egyptian ى (QA round 114), which read as ذوي and كلل (the
    // ك and the article's ل taken for a doubled root). (وكالتي is kept out in isParticle: it is
    // most often the dual construct of وكالة, «وكالتي رويترز وفرانس برس».)
    'كالذي كالتي كالذين كاللذين كاللتين كاللاتي كاللواتي كاللاءي كالذى كالتى كاللاتى ' +
    'الذى التى اللى اللاتى اللتى للذي للتي للذين للتى للذى للاتي للواتي ' +
    'هو هي هم هما هن ءنا نحن ءنت ءنتم ءنتما ءنتن ءياه ءياها ءياهم ءياك ءياكم ءيانا ءياي ' +
    'يا ءيا بلى نعم كلا لعل ليت كءن كءنما لات عسى متى كيف ءنى'
  ).split(' '),
);

/**
 * Particles that take a pronoun suffix (عليه، فيه، منه، به، له، ءنه، لكنه، لديه); الي is إلى
 * as news text writes it without its hamza (اليه، اليهم، اليك), which read as إله «god» or وهم;
 * عسا is عسى before a pronoun (عساه، عساها), a particle like لعل, which read as عسس.
 */
export const PARTICLE_BASES: ReadonlySet<string> = new Set(
  'في علي ءلي الي من عن مع لدي ب ل ك ءن لكن كءن لعل ليت ءيا ءي عسا'.split(' '),
);

/**
 * Particles as news text writes them without their hamza (ان، انما، اما) or with a final ى
 * (فى، كى، لكى، لى: Egyptian print's في، كي، لكي، لي). Only the bare word and the word with a pronoun
 * (انه، انها) count: after a proclitic these spellings are as often content words in vowelled
 * text (وفى «kept», بكى «wept»). Three proclitics are let through all the same (see isParticle
 * in analyze.ts): ب and ل (بانه، لانه), and ف,
 * since news text writes فإن as فان hundreds of times for each فانٍ «fleeting».
 */
// لى «to me» (QA round 53) read as ولي; ولى is the verb ولّى «turned away», «ولى العهد».
// QA round 54: انا، وانا «I, and I» (أنا without its hamza) read as ءني، وني, and هى، وهى، فهى
// (Egyptian print's هي «she») as هوي, وهي: the verb وَهَى «grew weak» is rare in prose.
// QA round 56: بان, بأن «that» without its hamza (اعتقادهم بان، مذكرا بان), read as بين: the
// verb بان «appeared» is rare in news, and «بان كي مون» is a foreign name.
export const BARE_PARTICLES: ReadonlySet<string> = new Set('فى كى لكى ان انما اما لى انا وانا هى وهى فهى بان'.split(' '));

/** Bare particles of {@link BARE_PARTICLES} that take a pronoun suffix (انه، انها، انهم). */
export const BARE_PARTICLE_BASES: ReadonlySet<string> = new Set(['ان']);

/**
 * Past and imperfect forms of doubled verbs (QA round 71) whose doubled last radical is written
 * once before a vowel ending (ردّت، ردّوا، مرّوا، حطّت، عمّت، أحبّوا), so that the word reads as a
 * weak root's verb + ت، وا (ردي، روي، حوط، عوم، حبو), whose corpus prior is the larger: each
 * with its root and the proclitic letters it refuses (وردت «was mentioned» is of ورد, وفرت
 * «provided» of وفر, فسدت «went bad» of فسد, لمسوا «touched» of لمس). Left out: those whose weak
 * reading is as frequent a verb (جرت «took place», شكت «complained», عدوا، عدوه «enemy»,
 * أسروا «captured» or «confided», حلوا «sweet» or «solved», كفوا «stop» or «suffice», سبوا
 * «took captive» or «insulted»). They never follow the article ({@link VERB_STEMS}). Also the
 * استفعل of ردد before ت، وا (استردت، استردوا «recovered»), whose defective rival ردي has the same
 * prior bucket, so that FILL_LAST_FORM_X_PAST in analyze.ts leaves it the reading (QA round 119).
 */
const GEMINATE_VERB_FORMS: ReadonlyArray<readonly [string, string, string]> = [
  ['ردت', 'ردد', 'وفبلكس'], ['ردوا', 'ردد', 'وبلكس'], ['ردوه', 'ردد', 'وبلكس'], ['يردوا', 'ردد', 'بك'], ['تردوا', 'ردد', 'بك'], ['يردوه', 'ردد', 'بك'],
  ['مروا', 'مرر', 'بلكس'], ['يمروا', 'مرر', 'بك'], ['حطت', 'حطط', 'بلكس'], ['حطوا', 'حطط', 'بلكس'], ['عمت', 'عمم', 'بلكس'],
  ['ءقروا', 'قرر', 'بلكس'], ['مدت', 'مدد', 'بلكس'], ['مدوا', 'مدد', 'بلكس'], ['ءمدت', 'مدد', 'بلكس'],
  ['ءحبوا', 'حبب', 'بلكس'], ['ءحبوه', 'حبب', 'بلكس'], ['ءحبوها', 'حبب', 'بلكس'], ['فرت', 'فرر', 'وفبلكس'],
  ['دلت', 'دلل', 'بلكس'], ['يدلوا', 'دلل', 'بك'], ['فضت', 'فضض', 'بلكس'], ['فضوا', 'فضض', 'بلكس'],
  ['سدت', 'سدد', 'فبلكس'], ['سدوا', 'سدد', 'فبلكس'], ['يسدوا', 'سدد', 'بك'], ['صبت', 'صبب', 'بلكس'], ['صبوا', 'صبب', 'بلكس'], ['يصبوا', 'صبب', 'بك'],
  ['بثوا', 'بثث', 'بلكس'], ['شدوا', 'شدد', 'بلكس'], ['ءعدوا', 'عدد', 'بلكس'], ['ءعدوها', 'عدد', 'بلكس'], ['قصت', 'قصص', 'بلكس'],
  ['مسوا', 'مسس', 'بلكس'],
  ['استردت', 'ردد', 'بلكس'], ['استردوا', 'ردد', 'بلكس'], ['يستردوا', 'ردد', 'بك'], ['تستردوا', 'ردد', 'بك'],
];

/**
 * Active participles فاعل of defective roots (QA round 83), whose third radical shows as ي after
 * the article or before ة (الزاني، الزانية، السارية، الطافية، الدامية، العاري، الشاكي، الجابي،
 * الراجي، الدانية، الحانية، الرابية، الحاشية، النابية) and which read as a hollow فال + the nisba
 * ي (زين، سور، طوف، دوم، عير، شوك، جوب، روج، دين، حين، ريب، حوش، نوب), whose corpus priors are the
 * larger: each with its root. The hollow nouns that do take the nisba (مالي، حالي، عادي، ناري،
 * طاقي) keep it. Only after the article or before ة ({@link SUFFIXED_STEMS}, {@link
 * ALONE_AFTER_ARTICLE}): داني alone is the name Danny, داميان the name Damian.
 */
const DEFECTIVE_PARTICIPLES: [string, string][] = [
  ['زاني', 'زني'], ['ساري', 'سري'], ['طافي', 'طفو'], ['دامي', 'دمي'], ['عاري', 'عري'], ['شاكي', 'شكو'],
  ['جابي', 'جبي'], ['راجي', 'رجو'], ['داني', 'دنو'], ['حاني', 'حني'], ['رابي', 'ربو'], ['حاشي', 'حشو'], ['نابي', 'نبو'],
];

/**
 * Stems of frequent words whose letters fit two real roots, of which the corpus prior
 * favours the wrong one (the prior counts every form of a root, and the other root's forms are
 * the more frequent): a weak letter read as و or ي (قيادة، قادة of قود, not قيد; طائرة، مطار of
 * طير, not طور; غارة of غور, not غير), a doubled or defective noun of two letters (قوات of قوي,
 * not قوت; كرة of كري, not كرر; مادة of مدد, not ميد; تحدي، تحديات of حدو, not حدد; the adverb
 * جدا of جدد, not the rare verb جدا), a hamza that is a radical (إطار of ءطر, not طور; إخوان of
 * ءخو, not خون), and the و that a preposition or a relative adjective restores (تجاه، جهوي of
 * وجه; تراث of ورث). Hamza folded to ء. These win over any corpus prior ({@link CERTAIN_STEMS});
 * {@link SUFFIXED_STEMS} limits the endings of the short ones.
 */
const LEXICAL_STEMS: [string, string][] = [
  ['قياد', 'قود'], ['قاد', 'قود'], ['طاءر', 'طير'], ['مطار', 'طير'], ['غار', 'غور'],
  ['قو', 'قوي'], ['كر', 'كري'], ['ماد', 'مدد'], ['تحد', 'حدو'], ['جد', 'جدد'],
  ['ءطار', 'ءطر'], ['ءخوان', 'ءخو'],
  ['تجاه', 'وجه'], ['جهو', 'وجه'], ['تراث', 'ورث'],
  // The adverb حيث after a preposition (بحيث، وحيث، فحيث): not بحث.
  ['حيث', 'حيث'],
  // QA round 8. A hamza radical (أولى، الأولى of أول, not ولي; بداية of بدأ, not بدو; مساء of
  // مسو, not سوء), the building words of بني (بناء، مبنى، بنية، أبنية; بنو, the root of ابن and
  // بن, has the far larger prior), doubled words read as hollow (شاب، هام، كافة، حرية، طن، تل
  // of شبب همم كفف حرر طنن تلل), weak letters read the wrong way (ساحة of سوح; عالي of علو;
  // نساء of نسو; يهود of هود; تهمة of وهم; ذات of ذوي), and words split the wrong way (تجارية of
  // تجر, not جري; بواسطة ب + واسطة, not بسط; لسنة ل + سنة, not لسن; لا سيما of سوي).
  ['ءولى', 'ءول'], ['اولى', 'ءول'], ['ءولي', 'ءول'], ['بداي', 'بدء'], ['مساء', 'مسو'],
  ['بناء', 'بني'], ['بنى', 'بني'], ['بني', 'بني'], ['مبنى', 'بني'], ['مبني', 'بني'], ['مبان', 'بني'], ['مباني', 'بني'], ['ءبني', 'بني'],
  ['شاب', 'شبب'], ['هام', 'همم'], ['كافة', 'كفف'], ['كافت', 'كفف'], ['حري', 'حرر'], ['طن', 'طنن'], ['ءطنان', 'طنن'], ['تل', 'تلل'], ['تلال', 'تلل'],
  ['ساح', 'سوح'], ['عالي', 'علو'], ['نساء', 'نسو'], ['يهود', 'هود'], ['تهم', 'وهم'], ['ذات', 'ذوي'],
  ['تجار', 'تجر'], ['واسط', 'وسط'], ['سن', 'سنو'], ['سيما', 'سوي'], ['لاسيما', 'سوي'],
  // QA round 9. The imperfect of بنى (يبني، نبني، يبنون; not تبني, as often the noun «adoption»
  // of بنو) and its past before a pronoun (بناها، بناه); يدل، تدل «indicates» of دلل, not دول;
  // the defective participle without its ي (قاض of قضي, not قيض); a stem that starts with the
  // letters of the article (التهاب of لهب, not ال + تهاب of هيب); the preposition ب before طول
  // (بطول, not بطل); ادّخار of ذخر, whose ذ the ت of افتعل assimilated; a hamza radical read as
  // ي (رؤوف، رأفة of رءف, not ريف; أستاذ of ءستذ, not ءذي); the plural تمور of تمر (not تمور
  // «surges» of مور), the month شوال of شول (not شلل), زوايا of زوي (not زيي), شواظ of شوظ (not
  // شظي).
  ['يبني', 'بني'], ['يبنى', 'بني'], ['نبني', 'بني'], ['يبن', 'بني'], ['بنا', 'بني'],
  ['يدل', 'دلل'], ['تدل', 'دلل'], ['قاض', 'قضي'], ['التهاب', 'لهب'], ['طول', 'طول'],
  ['ادخار', 'ذخر'], ['ادخر', 'ذخر'], ['مدخر', 'ذخر'], ['رءوف', 'رءف'], ['رءف', 'رءف'], ['ءستاذ', 'ءستذ'],
  ['تمور', 'تمر'], ['شوال', 'شول'], ['زوايا', 'زوي'], ['شواظ', 'شوظ'],
  // QA round 18. The plural أراضي، أراضٍ of أرض (not روض, whose prior grew once رياضة left ريض
  // for it) and قرية «village» (with its ة only: قرى is also written قري), whose prior fell
  // once قراءة read its hamza (قرء) and now loses to قرر by a hair.
  // رياضة، رياضي of روض with every ending (ريض is not a root), and راضٍ «content» and the
  // jussive لم يرضَ of رضي, which the grown prior of روض would otherwise take; قروي «rural»
  // and قُراها «its villages» of قرية (not قرو), and مقرّ «seat», مقرّا (not قرو, قري).
  ['ءراضي', 'ءرض'], ['اراضي', 'ءرض'], ['ءراض', 'ءرض'], ['قري', 'قري'], ['رياض', 'روض'],
  ['راضي', 'رضي'], ['راض', 'رضي'], ['يرض', 'رضي'], ['ترض', 'رضي'], ['قرو', 'قري'], ['قرا', 'قري'], ['مقر', 'قرر'],
  // The relative adjective of فعلاء keeps its و (صحراوي، الخضراوات): no template reads it.
  ['صحراو', 'صحر'], ['خضراو', 'خضر'],
  // انسياب «flow» of سيب, a root left out of the seed list: its other letter strings are
  // mostly names (واتساب، سيبويه).
  ['انسياب', 'سيب'],
  // QA round 10. عامة «general, public» (العامة، عامتهم) of عمم, not the year عام of عوم (عام
  // alone stays with the prior); the preposition إزاء of ءزي (not زيي); the defective
  // participle صاف «net, clear» of صفو without its ي (like قاض); الإنجيل، الأناجيل of نجل, as
  // the lexicographers file it (not جيل); رهبنة of رهب with the ن of فعلنة; شيخوخة of شيخ; the
  // verb اطمأن and its noun اطمئنان, طمأنينة of the quadriliteral طمءن, which no template of
  // افعلّ reads; the name هاني (هانئ) of هنء, not هون; اصطفى، مصطفى of صفو, where the prior of
  // صفي (صافي، تصفية) took the ى of a defective verb for a ي.
  ['عام', 'عمم'], ['ءزاء', 'ءزي'], ['ازاء', 'ءزي'], ['صاف', 'صفو'],
  ['ءنجيل', 'نجل'], ['انجيل', 'نجل'], ['ءناجيل', 'نجل'], ['اناجيل', 'نجل'],
  ['رهبن', 'رهب'], ['شيخوخ', 'شيخ'],
  ['اطمءن', 'طمءن'], ['طمءنين', 'طمءن'], ['هاني', 'هنء'],
  ['اصطفى', 'صفو'], ['مصطفى', 'صفو'], ['مصطفي', 'صفو'],
  // المنّ «manna, favour» after the article (المن، بالمن) of منن: no noun drops a first hamza,
  // so it is not أمن; without the article من is the particle. Alone only: منا is «from us».
  ['من', 'منن'],
  // QA round 11. The imperfect of وجد without its و (يجد، تجد، أجد, يجدون، تجدها), which read as
  // جدد; not نجد (the region) and not before ي (يجدي «avails» is of جدو). The verb كاد «was
  // about to» (كادت، يكاد، تكاد) of كود, as PADT and the Quran list file it, not كيد «plot»;
  // تحتوي of حوي, not تحت + وي; صفة، صفات of وصف (بصفة عامة), not صفف; جزاء of جزي, not جزء;
  // نعيش of عيش, not نعش; آفة، آفات of ءوف, not ءفف; اثنان، اثنين، اثنتين of ثني (واثنين is no
  // وثن); المتوفى، المتوفين of وفي; فرشاة of فرش; the nouns of فعلوت (جبروت، ملكوت); and roots
  // that stay out of the seed list because their other letter strings are names (هوس: هيوستن;
  // كدم: الأكاديمية; وجس: أوجست; ءوف: آيفون), given to their words here only: الهوس، كدمة،
  // كدمات، توجس. Arabic names of rare roots: قتادة، كنانة، يربوع، هريرة، طلحة، خديجة، الهيثم،
  // مخزوم; and the plurals ينابيع (ينبوع) of نبع, نعناع of نعنع.
  ['يجد', 'وجد'], ['تجد', 'وجد'], ['ءجد', 'وجد'],
  ['كاد', 'كود'], ['يكاد', 'كود'], ['تكاد', 'كود'], ['نكاد', 'كود'], ['ءكاد', 'كود'],
  ['تحتوي', 'حوي'], ['تحتوى', 'حوي'],
  ['صفة', 'وصف'], ['صفات', 'وصف'], ['صفت', 'وصف'],
  ['جزاء', 'جزي'], ['نعيش', 'عيش'], ['ءاف', 'ءوف'], ['اثن', 'ثني'],
  ['متوف', 'وفي'], ['متوفى', 'وفي'], ['متوفي', 'وفي'], ['فرشاة', 'فرش'],
  ['جبروت', 'جبر'], ['ملكوت', 'ملك'],
  // QA round 72. The imperfect of ولي «to follow» without its و: تلي، تليها، تليه «(she) follows
  // (it)», as يلي، يليها (PADT and the Quran list file تلي، يلونكم under ولي), not تلو «recite»
  // (تلا، يتلو، تلاوة keep it); with the future س too (ستلي، سيليها, not سيل، وسل).
  ['تلي', 'ولي'], ['يلي', 'ولي'],
  // أدلى «cast, gave (a statement)» and تدلّى «hung down» are of دلو, as the dictionaries, PADT and
  // the Quran list file them (QA round 72; the seed list no longer has دلي): يدلي، تدلي، ندلي،
  // أدلت «she gave» (not دلّت «indicated», of دلل) and تدلّت «hung down» read as دول without them.
  ['يدلي', 'دلو'], ['تدلي', 'دلو'], ['ندلي', 'دلو'], ['ءدلي', 'دلو'], ['ءدلت', 'دلو'], ['تدلت', 'دلو'],
  // تدرّ «yields (money)» alone and with the future س (ستدرّ ملايين), of درر, not دور (يدر alone
  // was left out in round 72 for لم يدُر «did not occur», of دور, and the name بن يدر; QA round 90
  // gave it درر too: «لا يدرّ عائدا», «يدرّ أرباحا» are the most of it in news); يدرون، يدروا، ندري «(they) know»
  // of دري, not دور، ندر; المخاض «labour (of birth)» of مخض, not خوض (مخاضة «ford» keeps خوض);
  // البصل «onion» after the article only, of بصل, a root the seed list leaves out (بصلة «with a
  // link» is ب + صلة). QA round 72.
  ['تدر', 'درر'], ['يدر', 'درر'], ['يدرون', 'دري'], ['يدروا', 'دري'], ['ندري', 'دري'], ['مخاض', 'مخض'], ['بصل', 'بصل'],
  ['هوس', 'هوس'], ['كدم', 'كدم'], ['توجس', 'وجس'],
  ['قتاد', 'قتد'], ['كنان', 'كنن'], ['يربوع', 'ربع'], ['يرابيع', 'ربع'], ['هرير', 'هرر'], ['طلح', 'طلح'],
  ['خديج', 'خدج'], ['هيثم', 'هثم'], ['مخزوم', 'خزم'],
  ['ينابيع', 'نبع'], ['نعناع', 'نعنع'],
  // Roots whose other letter strings are mostly names or loanwords, given to their own words
  // only: دأب، دؤوب، دائب of دءب (ديب، ديبي، دوب are names); تلاشى of لشي (لاشك، فلاش، ويلش);
  // بديهة، بديهي، بداهة of بده (بدهاء is ب + دهاء, تبديها of بدو); فلاة of فلو (أفلاما are films).
  ['دءب', 'دءب'], ['دءوب', 'دءب'], ['داءب', 'دءب'],
  ['تلاش', 'لشي'], ['تلاشى', 'لشي'], ['تلاشي', 'لشي'], ['يتلاشى', 'لشي'], ['يتلاشي', 'لشي'], ['تتلاشى', 'لشي'], ['تتلاشي', 'لشي'], ['متلاش', 'لشي'], ['متلاشي', 'لشي'],
  ['بديه', 'بده'], ['بداه', 'بده'], ['فلاة', 'فلو'],
  // QA round 12. محل «place, shop» and its relative adjective محلي «local» (المحلية، محليا،
  // محلات) of حلل, as PADT files them, not the rare محل «drought», which took the whole prior;
  // كافٍ «sufficient» (كافية، الكافي، كافيا) of كفي, not كيف; أزر «support» (شد أزره) of ءزر, not
  // وزر; يجدي، تجدي «avails» of جدو, not جدد; توابل «spices» of تبل (not وبل), مثانة «bladder» of
  // مثن (not ثني); أغار، إغارة «raid» of غور, not غير; the past of the doubled افتعل before its
  // endings (امتدت، احتلت، امتدوا) of مدد، حلل, not the defective مدي، حلي; سمة، سمات «feature»
  // of وسم, not سمو; جرة «jar» of جرر, not جري.
  ['محل', 'حلل'], ['كافي', 'كفي'], ['ءزر', 'ءزر'], ['يجدي', 'جدو'], ['تجدي', 'جدو'],
  ['توابل', 'تبل'], ['مثانة', 'مثن'], ['سمة', 'وسم'], ['سمات', 'وسم'], ['جرة', 'جرر'], ['ءغار', 'غور'], ['اغار', 'غور'], ['امتد', 'مدد'], ['احتل', 'حلل'],
  // QA round 64. حلّ «solution, to solve» after ل or ب (لحل الأزمة، بحل) and حلّت «took place» of
  // حلل, not ل + حال، حالت of حول; not after و ف ك س (وحل «mud», فحل, كحل) and before a pronoun
  // or ت only (الحلي، حلية «jewellery» of حلي, حلما of حلم): see REFUSED_PROCLITICS, SUFFIXED_STEMS.
  ['حل', 'حلل'],
  // QA round 13. The noun of فعلوت الكهنوت «priesthood» of كهن (like جبروت), and roots that
  // stay out of the seed list, given to their own words only: غثيان «nausea» of غثي, شحوب
  // «pallor» of شحب, حاذق «skilled» of حذق, ينهل، ننهل «drinks, draws» of نهل (not ي + نهل of هلل); the imperfect of وصف without its و
  // (يصف، تصفها، يصفون) is no صفف «line up», whose prior is the larger.
  ['كهنوت', 'كهن'], ['غثيان', 'غثي'], ['شحوب', 'شحب'], ['حاذق', 'حذق'], ['ينهل', 'نهل'], ['تنهل', 'نهل'], ['ننهل', 'نهل'],
  ['يصف', 'وصف'], ['تصف', 'وصف'],
  // QA round 14. A weak or hamza radical read the wrong way: استعاد، استعادة of عود (not سعد),
  // مسار of سير (not سور), مسافة of سوف (not سيف), لائق of ليق (not لوق), أتاح of تيح (not تحت),
  // مناولة of نول (not أول), روائي «novelist» of روي and مرئي «visible» of رأى (not رأي، مرء),
  // أنباء written without its hamza (الانباء) of نبأ (not بوء), ماليا «financially» of مول (not
  // ملي), ديوان، دواوين of دون (not دوي); أكل and its imperfect (يأكل، تأكل) of أكل, whose hamza
  // read as a prefix (كلل) or a و (وكل); the adverb أبدا «never» of أبد (not أبدى «showed», of
  // بدو: alone only). The first و of وجه dropped in جهات and متجه, as in جهة. Doubled words read as
  // hollow or defective: ملفات of لفف (not لفت), لا بد (بد، لابد) of بدد, صحيا of صحح (like
  // الصحية), علة of علل, جادّ، جادّة «serious» of جدد (not جود «generous»), ودّي، وديّة «friendly»
  // of ودد (not ودي of الوديان), and كل after و (وكل، وكلها «and all») of كلل, not the rarer
  // وكّل «delegated». Words split the wrong way: مستند of سند (مفتعل, not مستفعل of ندو), the
  // past التحق of لحق (not ال + تحقّ), مزيج of مزج (not زوج).
  ['استعاد', 'عود'], ['مسار', 'سير'], ['مسافة', 'سوف'], ['مسافات', 'سوف'], ['لاءق', 'ليق'],
  ['ءتاح', 'تيح'], ['اتاح', 'تيح'], ['مناول', 'نول'], ['رواءي', 'روي'], ['مرءي', 'رءي'],
  ['انباء', 'نبء'], ['ماليا', 'مول'], ['ديوان', 'دون'], ['دواوين', 'دون'],
  ['ءكل', 'ءكل'], ['يءكل', 'ءكل'], ['تءكل', 'ءكل'], ['نءكل', 'ءكل'], ['ءبدا', 'ءبد'], ['ابدا', 'ءبد'],
  ['جهات', 'وجه'], ['متجه', 'وجه'],
  ['ملفات', 'لفف'], ['بد', 'بدد'], ['لابد', 'بدد'], ['صحيا', 'صحح'], ['علة', 'علل'], ['جاد', 'جدد'],
  ['ودي', 'ودد'], ['وديا', 'ودد'], ['وديات', 'ودد'], ['كل', 'كلل'],
  // كلما «whenever» and قلما «seldom» are كل and قل + ما written as one word (not كلم «speak»,
  // قلم «pen»), as PADT and the Quran corpus file كلما.
  ['كلما', 'كلل'], ['قلما', 'قلل'],
  ['مستند', 'سند'], ['التحق', 'لحق'], ['مزيج', 'مزج'],
  // The past of التقى «met» (افتعل of لقي) before an ending, whose ى drops or turns ي (التقت،
  // التقوا، التقينا، التقيت), and its verbal noun التقاء, read as ال + a stem (وقت، قوي، تقن).
  ['التق', 'لقي'], ['التقو', 'لقي'], ['التقي', 'لقي'], ['التقاء', 'لقي'],
  // ما زال، لا يزال written as one word (مازال، مازالت، مازلنا، لايزال، لاتزال), which read as
  // أزل or went rootless.
  ['مازال', 'زول'], ['مازل', 'زول'], ['لازال', 'زول'], ['لازل', 'زول'], ['مايزال', 'زول'], ['لايزال', 'زول'],
  ['ماتزال', 'زول'], ['لاتزال', 'زول'], ['مانزال', 'زول'], ['لانزال', 'زول'],
  // QA round 15. A doubled noun in the accusative, whose alef reads as a defective radical
  // whose root has the larger prior: ردا «in reply» (ردا على، وردا على) of ردد (not ردي of
  // ارتدى), حظا «luck» (الأوفر حظا) of حظظ (not حظي), سرا «secretly» of سرر, حلا «a solution»
  // of حلل, برا «by land» of برر, حبا «love» of حبب; the adjectives عال «high» (مستوى عال) of علو
  // (not عول) and سام، سامة «toxic» of سمم (not سوم). A hollow or defective root read as a
  // doubled or strong one: استقال، استقالة، يستقيل، مستقيل «resign» of قيل (not قول, as PADT
  // files them), مصير of صير (not مصر «Egypt»), حافة «edge» of حوف (not حفي), تيار «current» of
  // تير (not تور), مدان، المدانين «convicted» of دين (not مدن), دائن «creditor» of دين (not دون),
  // حاوية، حاويات «container» of حوي (not حيي), and مزايا of مزي (not زيي). A doubled verb read
  // as hollow or with a hamza radical: أصر، أصرت، يصر، تصر «insist» of صرر (not أصر، صور), and
  // مستهل، استهل «beginning, began» of هلل (not سهل; مستهلك، استهلاك keep هلك). التهم «the
  // charges» and بتهم، بتهمة of وهم (the bare تهم is as often تهمّ «concerns», of همم, and stays
  // as it was), the nisba يمني، يمنيون without the article of يمن (not the imperfect of مني),
  // and وداعا «farewell» of ودع (not و + داع).
  ['ردا', 'ردد'], ['حظا', 'حظظ'], ['سرا', 'سرر'], ['حلا', 'حلل'], ['برا', 'برر'], ['حبا', 'حبب'],
  ['عال', 'علو'], ['سام', 'سمم'],
  ['استقال', 'قيل'], ['يستقيل', 'قيل'], ['تستقيل', 'قيل'], ['ءستقيل', 'قيل'], ['مستقيل', 'قيل'],
  ['مصير', 'صير'], ['حاف', 'حوف'], ['تيار', 'تير'], ['مدان', 'دين'], ['داءن', 'دين'], ['حاوي', 'حوي'], ['مزايا', 'مزي'],
  ['ءصر', 'صرر'], ['يصر', 'صرر'], ['تصر', 'صرر'], ['مستهل', 'هلل'], ['استهل', 'هلل'], ['يستهل', 'هلل'], ['تستهل', 'هلل'],
  ['التهم', 'وهم'], ['بتهم', 'وهم'], ['يمني', 'يمن'], ['وداع', 'ودع'],
  // QA round 17. مصوّر «photographer, illustrated» (المصور، مصورة، مصورين) of صور, not فعول of
  // مصر «Egypt», whose prior is the larger; مراد «wish» (and the name Murad) of رود, not مرد
  // «rebel»; كاهل «shoulders» (على كاهله) of كهل, not ك + أهل; عادة «custom» after و ب ل (وعادة
  // ما) of عود, not وعد or بعد; بدانة «obesity» of بدن, not ب + دانة; التأم «convened» and
  // التئام of لأم (افتعل), not ال + تأمّ; the ordinal حادي، حادية (الحادي عشر «eleventh»),
  // which the lexicographers file under وحد (واحد with its letters turned), not حدد «sharp».
  ['مصور', 'صور'], ['مراد', 'رود'], ['كاهل', 'كهل'], ['عادة', 'عود'], ['بدان', 'بدن'],
  ['التءم', 'لءم'], ['التءام', 'لءم'], ['حادي', 'وحد'],
  // مجّان «free of charge» (بالمجان، مجانا، مجاني، المجانية) of مجن, not م + جنى.
  ['مجان', 'مجن'], ['مجاني', 'مجن'],
  // صيدلاني «pharmaceutical, pharmacist» (الصيدلانية، صيدلانية، الصيدلانيين) of صيدل: no
  // template writes the ان of its nisba, and a stem here has at most 6 letters, so صيدلان is
  // listed and the nisba ي, ية، يين follow it (rootless beside the article; QA round 75).
  ['صيدلان', 'صيدل'],
  // Close calls that a small shift of the corpus priors tips the wrong way: منهار «collapsed»
  // of هور (انهار), not نهر; بشاشة، بشوش «cheerful» of بشش, not شوش; أدوية «medicines», the
  // plural of دواء, of دوي, not أدى.
  ['منهار', 'هور'], ['بشاش', 'بشش'], ['بشوش', 'بشش'], ['ءدوي', 'دوي'], ['ادوي', 'دوي'],
  // QA round 19. إبط «armpit» (الإبطي) of ءبط, not بطء, whose hamza a stem-initial ء hides;
  // يسار «left» (اليسار، اليساري، اليسارية) of يسر, not the hollow سور، سير; رديء «poor»
  // (رديئة, and ردئ as news text writes it) of ردء, not ردي; حلوى، حلويات «sweets» of حلو, not حلي; أغانٍ «songs» (plural
  // of أغنية) of غني, not غوي; التهاني «congratulations» (plural of تهنئة) of هنء, not هون;
  // تسلية «entertainment» of سلو, not سلل; براءة «innocence» (وبراءة, براءات) of برء, a close call
  // that the rebuilt priors tipped to و + بر.
  ['ءبط', 'ءبط'], ['يسار', 'يسر'], ['رديء', 'ردء'], ['ردء', 'ردء'], ['حلوى', 'حلو'], ['حلوي', 'حلو'],
  ['ءغان', 'غني'], ['اغان', 'غني'], ['تهاني', 'هنء'], ['تسلي', 'سلو'], ['براء', 'برء'],
  // QA round 20. استند «rely on» (يستند، تستند، استندت) of سند, افتعل, like مستند, not a
  // truncated استفعل of ندو, which has no such verb; يتمنّى without its ى before an ending
  // (يتمنوا، تتمنون، يتمناه is spared already) of مني, not منو; the misspelt imperfect of أساء
  // without its ي (يسئ، تسئ) of سوء, not سوي; عادي «ordinary» before an ending (عاديا، عاديين)
  // of عود, as alone (not عدي); معادٍ «hostile» (المعادية، معادي) of عدو, the lexicographers'
  // root of عادى يعادي (not عدي); شكا «complained» after a proclitic (وشكا) of شكو, not وشك;
  // حلو «sweet» before an ending (حلوا، حلوة) of حلو, not حلي; البتة «at all» of بتت, not بيت.
  ['يستند', 'سند'], ['تستند', 'سند'], ['نستند', 'سند'], ['استند', 'سند'], ['ءستند', 'سند'],
  ['يتمن', 'مني'], ['تتمن', 'مني'], ['نتمن', 'مني'], ['يسء', 'سوء'], ['تسء', 'سوء'], ['نسء', 'سوء'],
  ['عادي', 'عود'], ['معادي', 'عدو'], ['شكا', 'شكو'], ['حلو', 'حلو'], ['بتة', 'بتت'],
  // QA round 21. وءد «bury alive» is out of the seed list (its letters are و + أدّى، ودّ، أيّد:
  // وأدى، وأدت، وود، وأيد); its passive participle الموءودة keeps it here.
  ['موءود', 'وءد'],
  // QA round 22. ميزان «scale» and ميزانية «budget» (الميزانيات، ميزانيتها) are مفعال of وزن, whose و
  // became ي after the kasra, not of ميز «distinguish»; the imperfect of أدّى (يؤدي، يؤدوا،
  // تؤدون، لم يؤدِّ) of ءدي: ءدو, the root of أداة «tool», has no verb, and the stem يئد of وأد
  // (يئدون) is rare.
  ['ميزان', 'وزن'], ['يءد', 'ءدي'], ['تءد', 'ءدي'], ['نءد', 'ءدي'],
  // QA round 28. Weak radicals read the wrong way: تسعى «seeks» of سعي, not the number تسع,
  // and يسعون، يسعوا «they seek» of سعي, not وسع (يسع alone, يسعه «can hold» stay وسع; تسعون is
  // the number); فئة «group» before an ending (فئات، فئتين, and وفئة) of فيء, as فئة alone
  // (not فوت, وفي); غالٍ «dear, expensive» (غالية، الغالي) of غلو and خالٍ «empty» (خالية،
  // الخالي) of خلو, not the hollow غول «ghoul» and خيل «horses», whose priors are the larger;
  // عاد «returned» after و or ف (وعاد، وعادت، فعادوا) and عادات «customs» of عود, not وعد.
  ['تسعى', 'سعي'], ['يسع', 'سعي'], ['فءة', 'فيء'], ['فءات', 'فيء'], ['فءتين', 'فيء'], ['فءتان', 'فيء'],
  ['غالي', 'غلو'], ['خالي', 'خلو'], ['عاد', 'عود'],
  // QA round 29. صار «became» (صارت، وصار، فصاروا) and its imperfect يصير، تصير of صير, as PADT
  // files them (and مصير above), not صور «picture», whose forms (صورة، تصوير) make its prior
  // far the larger; the rare صار «inclined» of صور is left out.
  ['صار', 'صير'], ['يصير', 'صير'], ['تصير', 'صير'],
  // QA round 30. توالت «followed one another» (وتوالت), the past of توالى before its ت, of
  // ولي, not ت + تلا; عيادة «clinic» (العيادات، عيادته) of عود «to visit the sick», not عيد
  // «feast», whose أعياد stays; the hollow افتعل of زيد (ازداد، ازدياد, and the imperfect
  // يزداد، تزداد, also after the future س), whose two alefs after و or ف (وازدادت) looked
  // foreign; ياسر, the name, فاعل of يسر «to be easy» (as ميسر، يسار), not ي + أسر, the
  // imperfect «captures» without its hamza, which news text writes يأسر; صارم «strict»
  // (صارما، صارمة) of صرم, not صار + ما.
  ['صارم', 'صرم'], ['توال', 'ولي'], ['عياد', 'عود'], ['ازداد', 'زيد'], ['ءزداد', 'زيد'], ['ازدياد', 'زيد'], ['ءزدياد', 'زيد'],
  ['يزداد', 'زيد'], ['تزداد', 'زيد'], ['نزداد', 'زيد'], ['ياسر', 'يسر'],
  // QA round 31. Roots the seed list lacks, whose letters fit a frequent root: طامّة «calamity»
  // (الطامة، طامات) of طمم, not ال + لطم; فقاعة «bubble» (فقاعات) of فقع, not قوع; صابون «soap» of
  // صبن, not صوب; ديوك «roosters» (الديوك) of ديك, not لدد (ديك alone is also the name Dick, and
  // لديك «you have» is لدى + ك, so the singular is left out). سئم «grew weary» (سئمت، يسأم) of
  // سءم, not سوم; the افتعل استغلّ «exploited» before an ending (استغلت، استغلوا) of غلل, as
  // استغل alone, not غلي; جلّ «most of» before a pronoun (جلهم، وجلهم) of جلل, not وجل «fear».
  ['طام', 'طمم'], ['فقاع', 'فقع'], ['صابون', 'صبن'], ['ديوك', 'ديك'],
  ['سءم', 'سءم'], ['يسءم', 'سءم'], ['تسءم', 'سءم'], ['استغل', 'غلل'], ['جل', 'جلل'],
  // صاح «shouted» (وصاح، فصاح، صاحت، صاحوا) of صيح, not صحح or فصح; شرّ «evil» alone (وشر، لشر) of
  // شرر, not شور; درء «warding off» (لدرء) of درء, not دري.
  ['صاح', 'صيح'], ['شر', 'شرر'], ['درء', 'درء'],
  // QA round 32. أخطاء «errors» (الأخطاء، أخطاءه) and خطايا «sins» are plurals of خطأ and خطيئة,
  // of خطء, not خطو «step»; فرّوا «they fled» and يفرّ «flees» (يفرون) of فرر, not فري or وفر
  // (وفّروا «provided» keeps وفر: فر refuses و); طوب «bricks» (الطوب، بالطوب، طوبة) of طوب, not
  // طيب (طوبى «blessedness» is of طيب and keeps it).
  ['ءخطاء', 'خطء'], ['اخطاء', 'خطء'], ['خطايا', 'خطء'], ['فر', 'فرر'], ['يفر', 'فرر'], ['تفر', 'فرر'], ['طوب', 'طوب'],
  // QA round 33. تبّانة «straw» (درب التبانة «the Milky Way») of تبن, not ت + بان; the imperfect
  // يفتك «ravages» after the future س (سيفتك، ستفتك) of فتك, not سيف «sword» + ك; توهّم
  // «imagined» after ف (فتوهم) of وهم, not فتوى + هم (which is written فتواهم).
  ['تبان', 'تبن'], ['يفتك', 'فتك'], ['تفتك', 'فتك'], ['نفتك', 'فتك'], ['توهم', 'وهم'],
  // QA round 34. فتوى «fatwa» of فتو, as its plural فتاوى and PADT file it (فتي, the root of
  // فتى «youth», has the larger prior), also before a pronoun (فتواهم, not ف + توهم); موئل
  // «refuge, habitat» (موائل) of وءل, not مول; دية «blood money» (الدية، الديات) of ودي, whose
  // و falls as in عدة of وعد, not دوي.
  ['فتوى', 'فتو'], ['فتوا', 'فتو'], ['موءل', 'وءل'], ['مواءل', 'وءل'], ['دية', 'ودي'], ['ديات', 'ودي'],
  // QA round 35. نوّه «mentioned, praised» and its participle منوّه (منوّها، منوّهة), of the
  // root نوه (added to the seed list this round), which read as و + ني «slackened» (ونوه), as
  // وهي (منوها، نوهت) or as نوي «intend»: the root's corpus prior is too small to win alone.
  ['نوه', 'نوه'], ['منوه', 'نوه'],
  // QA round 36. تربية «upbringing, education» (التربية، تربيتهم) and its adjective تربوي
  // (التربوية) are تفعلة of ربو, as the verbs ربّى، يربّي، تربّى and PADT file them, not the
  // nisba ترب + ية of تُرْب «soil», which no dictionary forms so; ترب's prior, swollen by these
  // very words, outweighed the template. (ترابية، التربة، الأتربة stay ترب.)
  ['تربي', 'ربو'], ['تربى', 'ربو'], ['تربو', 'ربو'],
  // The rebuilt prior of نحي (تنحية، التنحي) then passes that of نحو by a hair, so ناحية
  // «side, district» (الناحية، ناحيتها) and its plural نواحي, of نحو in PADT and the
  // dictionaries, and نحيي «we greet, we revive» (ونحيي، نحييهم), ن + the imperfect of حيّا,
  // are listed.
  ['ناحي', 'نحو'], ['نواحي', 'نحو'], ['نحيي', 'حيي'],
  // QA round 37. أسرى «prisoners» (الأسرى، للأسرى; also written الأسري) and أسري «of the
  // family» (nisba of أسرة) are of ءسر, as PADT and the Quran list file الأسرى; they read as
  // أفعل of سري «travel by night» (أسرى بعبده), which takes no article and is rare in prose.
  ['ءسرى', 'ءسر'], ['ءسري', 'ءسر'], ['اسرى', 'ءسر'], ['اسري', 'ءسر'],
  // نادي «club» (also نادى «he called»), of ندو, which after ب (بنادي «at the club of»)
  // read as a plural فعالي of بند, whose prior is larger; no plural بنادي of بند exists. Its
  // imperfect and participle ينادي، ننادي، منادي read as ي + ن + أدّى.
  ['نادي', 'ندو'], ['ينادي', 'ندو'], ['ننادي', 'ندو'], ['منادي', 'ندو'],
  // QA round 38. إفعال and أفعال of roots in ن as news text writes them with a bare alef and
  // no article: انجاز «achievement», انشاء «establishing», انفاق «spending; tunnels», انعاش
  // «reviving», انكار «denial», انصار «supporters» (also بانشاء، لانصار, where the article
  // would have ruled it out: see INFA3AL in analyze.ts). They read as the past of a hollow
  // انفعل (جوز، شيء، فوق، عيش، كور، صور), which for these roots is rare or no word at all.
  // (Not انحاز، انهار، انقاد، انساق, which are such verbs.) And نوافق «we agree», the
  // imperfect of وافق, which tied with a plural فواعل of نفق.
  ['انجاز', 'نجز'], ['انشاء', 'نشء'], ['انفاق', 'نفق'], ['انعاش', 'نعش'], ['انكار', 'نكر'], ['انصار', 'نصر'],
  ['نوافق', 'وفق'],
  // رامٍ «aiming, shooter» (الرامية إلى «aiming at», الرامي، الرامين; also the name رامي), the
  // participle of رمى, read as فاعل of روم, whose prior (الروم، يروم) is larger.
  ['رامي', 'رمي'],
  // QA round 39. انحياز «bias, siding» of حوز like انحاز (not حيز, whose prior took the noun);
  // استعدّ «got ready» of عدد like استعداد (not سعد, not عدو), alone or with a past or plural
  // ending (يستعدي «antagonizes» is of عدو); أسير «captive» of ءسر (not سير: «I walk» is rare
  // in prose); يمسّ، تمسّ «touches» of مسس (not مسو «evening»; يمسك «holds» is of مسك, and
  // يمسي «becomes at evening» keeps مسو; these verbs take no article: التمس «sought» is of لمس); اتخذ after و (واتخذت) of ءخذ, which the foreign-word
  // guard took for و + a name in ا-.
  ['انحياز', 'حوز'],
  ['استعد', 'عدد'], ['يستعد', 'عدد'], ['تستعد', 'عدد'], ['نستعد', 'عدد'],
  ['ءسير', 'ءسر'], ['اسير', 'ءسر'],
  ['يمس', 'مسس'], ['تمس', 'مسس'],
  ['اتخذ', 'ءخذ'],
  // QA round 40. The imperfect of an افتعل of a root in ي, whose ي drops before ون or in the
  // jussive (لم يكتفِ): ينتمون «they belong» of نمي (not تمم), يكتفي، لم يكتف «suffice with» of
  // كفي (not كتف «shoulder»), يختفون «they vanish» of خفي (not خفف), يهتدون «they are guided» of
  // هدي (not هدد); سلطنة «sultanate» (السلطنة، سلطنات) of سلط, as سلطان and the Quran list file
  // it (the seed root سلطن stays for تسلطن); المسال «liquefied» (الغاز المسال), passive
  // participle of أسال, of سيل, not an مفعل of سءل (مسألة keeps its ة; see SUFFIXED_STEMS);
  // غيّ «error» (الغيّ، بغيّه) of غوي, as the Quran list files الغيّ (غيي is the root of غاية).
  ['ينتم', 'نمي'], ['تنتم', 'نمي'], ['يكتف', 'كفي'], ['تكتف', 'كفي'], ['نكتف', 'كفي'],
  ['يختف', 'خفي'], ['تختف', 'خفي'], ['يهتد', 'هدي'], ['تهتد', 'هدي'], ['نهتد', 'هدي'],
  ['سلطن', 'سلط'], ['مسال', 'سيل'], ['غي', 'غوي'],
  // QA round 41. بنوك «banks» (وبنوك، لبنوك، بنوكها) of بنك like البنوك, not بنو + ك «your
  // sons», which news prose hardly writes; كسوف «eclipse» (كسوفا) of كسف, not ك + سوف;
  // غاية «utmost, end» after ل (لغاية «until, extremely») of غوي like الغاية, not a لغو;
  // جاء «came» after ف or ل (فجاءت، لجاء) of جيء, not فجأة «suddenness» of فجء (alone or
  // with a verb ending only, see SUFFIXED_STEMS: فجائي «sudden» stays فجء).
  ['بنوك', 'بنك'], ['كسوف', 'كسف'], ['غاية', 'غوي'], ['غايات', 'غوي'], ['جاء', 'جيء'],
  // QA round 42. أمراء «princes» (الأمراء، والأمراء، أمرائها), plural أفعلاء of أمير, of ءمر, not
  // an أفعلاء of مرء, whose prior the article-less hamza tipped; سُمّي، سُمّيت، سمّى «was named,
  // named» after و or ف (وسمي، وسميت، وسمى) of سمي and سمو as alone, not وسم «brand» (موسمي
  // «seasonal» keeps it; سمي takes ت only, so سمين «fat» stays سمن); يائس «desperate»
  // (يائسة، يائسا) of يءس, not ءوس; ربّات «mistresses» (ربات البيوت) of ربب like ربة, not ربو.
  ['ءمراء', 'ءمر'], ['امراء', 'ءمر'], ['سمي', 'سمي'], ['سمى', 'سمو'], ['ياءس', 'يءس'], ['ربات', 'ربب'],
  // تلقين «indoctrination, prompting» (التلقين) of لقن (a seed root since this round), not the
  // imperfect تلقّين «you (women) receive» of لقي, which news prose hardly writes; الديك «the
  // rooster» (and the plural الديكة) of ديك, which the seed list lacks (ديك alone is also the name
  // Dick, and لديك «you have» is لدى + ك: see SUFFIXED_STEMS and ALONE_AFTER_ARTICLE).
  ['تلقين', 'لقن'], ['ديك', 'ديك'],
  // QA round 43. سلوك «behaviour» after و (وسلوك) of سلك like السلوك, not an وسل «means»;
  // الآلاف «the thousands» written without its madda (الالاف، بالالاف) of ءلف like الاف, which
  // the article before a stem in ال- left rootless; ديمومة «permanence» (لديمومة) of دوم, a
  // فيعولة no template covers; المتلقين «the recipients» of لقي like المتلقي, not ءلق; اتساق
  // «consistency» (الاتساق) of وسق, whose ت assimilated the و, not سوق (listing موسيقى as a
  // loanword lowered the prior of وسق); تشنّج «spasm, tension» (التشنج، متشنج، المتشنجة) of شنج,
  // given here rather than as a seed root, whose letters would then take the names شنجن
  // «Schengen» and تشانج «Chang».
  ['سلوك', 'سلك'], ['الاف', 'ءلف'], ['ديموم', 'دوم'], ['متلق', 'لقي'], ['اتساق', 'وسق'],
  ['تشنج', 'شنج'], ['متشنج', 'شنج'],
  // QA round 44. غزة «Gaza» of غزز, as PADT and the Lisan file it (غزّ «to single out»), not a
  // فعة of غزو «invasion», whose prior is the larger (a raid is غزوة); كانون, the month and the
  // brazier, of كنن as PADT and the Lisan file it, not كون; ماسّة «urgent» (الحاجة الماسة) of
  // مسس, which no template reached (ماس «swayed» took it); باءت «incurred, ended in» (باءت
  // بالفشل) of بوء, not بيت; ساقية «waterwheel» and الساقي «the cup-bearer» of سقي, not سوق «leg»
  // (ساقيه «his legs» keeps it); مُعوِز «needy» (المعوزين) of عوز, not معز «goats»; سائب «loose,
  // stray» (السائبة) of سيب, which went rootless; بنين «sons» after لل (للبنين «for boys») of
  // بنو as alone, not ل + لبن.
  ['غزة', 'غزز'], ['كانون', 'كنن'], ['ماسة', 'مسس'], ['باءت', 'بوء'], ['ساقي', 'سقي'], ['معوز', 'عوز'],
  ['ساءب', 'سيب'], ['بنين', 'بنو'],
  // QA round 45. ضالّ «astray» (الضال، الضالين، ضالا) of ضلل like ضالة, not ضءل «small» (ضئيل),
  // which its alef read as a folded hamza took; يودّ، تودّ، نودّ، أودّ «would like» of ودد, not
  // ودي or ءيد (alone or with a plural ending only: يودي، تودي are يؤدي، تؤدي without their
  // hamza, أودية «valleys» is of ودي; never after the article: اليود «iodine», الأود); مأكول
  // «eaten» (المأكولات «foods») of ءكل, not وكل; مقيت «loathsome» (المقيتة) of مقت, not قوت (the
  // Quran's مقيتا «nourisher» keeps it: with ة or alone only); ملحّة «urgent» (الحاجة الملحة)
  // of لحح, not ملح «salt».
  ['ضال', 'ضلل'], ['يود', 'ودد'], ['تود', 'ودد'], ['نود', 'ودد'], ['ءود', 'ودد'], ['مءكول', 'ءكل'],
  ['مقيت', 'مقت'], ['ملحة', 'لحح'],
  // QA round 46. فول «fava beans» (الفول، للفول; «فول مدمس») of فول, not فيل «elephant», whose
  // prior is the larger; ساير «went along with» (سايرت، يساير) of سير like مسايرة, not سور,
  // which gained when the name سارة «Sarah» went rootless (foreign.ts) and lost سير its credit.
  ['فول', 'فول'], ['ساير', 'سير'],
  // QA round 47. درهم «dirham» (دراهم) of درهم as PADT files it, not دور or دري; برميل «barrel»
  // of برمل like البرميل, not رمل «sand»; سنين «years» (السنين) of سنو like سنة, as PADT and the
  // Quran list file it, not سنن; مُصَلٍّ «worshipper» (المصلين، المصلون) of صلي like مصلى and
  // مصليات and as the classical samples file it, not مصل «serum» (with a ي or و ending only, see
  // SUFFIXED_STEMS); معاوية of عوي,
  // not معي «gut»; نعومة «softness» of نعم, not عوم; لبيب «intelligent» of لبب, not بوب.
  ['درهم', 'درهم'], ['دراهم', 'درهم'], ['برميل', 'برمل'], ['سنين', 'سنو'], ['مصل', 'صلي'],
  ['معاوية', 'عوي'], ['نعومة', 'نعم'], ['لبيب', 'لبب'],
  // مالي «financial» (المالي، المالية) of مول, which the rebuilt lexicon's prior of ملي
  // «dictated» (أملى) would otherwise have taken once the names above left مري and مور.
  ['مالي', 'مول'],
  // QA round 48. The name عمرو «Amr» of عمر: its و is only written, to tell it from عُمَر.
  ['عمرو', 'عمر'],
  // شاة «sheep» (الشاة) of شوه, its plural شياه، شاء, as the dictionaries file it: not شوي
  // «roast», which held it only through the prior that شاي «tea» (now a loanword) gave شوي.
  ['شاة', 'شوه'],
  // QA round 49. مهدي «guided» (the name مهدي، المهدي and the town المهدية named after him) of
  // هدي, a مفعول whose ي is the root's, not مهد «cradle» + ي; الحاج «the pilgrim» of حجج (alone:
  // حاجة «need» is of حوج), as the Quran list files it; مفتش «inspector» (مفتشا، مفتشو) of فتش,
  // not فشو; مرسى «anchorage» (المرسى) of رسو, not مرس; إقالة «dismissal», أقال of قيل like
  // استقالة (PADT), not قول; أمل «hope» before ا or a pronoun (أملا، أمله) of ءمل, not أملى
  // «dictated» (ملي), as PADT and the Quran list file أملا; تأهّب «readiness» (التأهب، يتأهب،
  // متأهب، أهبة) of ءهب, not وهب; مرفأ «harbour» (مرافئ) of the seed root رفء, not رفو; آية
  // «verse, sign» (لآية، آيات، آياته) of ءيي, which lost the prior of آي (the letter I, now a
  // loanword) and came within a hair of ءوي, or lost to لوي after ل; مهووس «obsessed»
  // (المهووسين، مهووسة) of هوس, which the foreign-word guard took for a name (its وو).
  ['ءاي', 'ءيي'], ['مهووس', 'هوس'],
  ['مهدي', 'هدي'], ['حاج', 'حجج'], ['مفتش', 'فتش'], ['مرسى', 'رسو'], ['ءقال', 'قيل'], ['اقال', 'قيل'],
  ['ءمل', 'ءمل'], ['تءهب', 'ءهب'], ['يتءهب', 'ءهب'], ['تتءهب', 'ءهب'], ['نتءهب', 'ءهب'], ['متءهب', 'ءهب'], ['ءهب', 'ءهب'],
  ['مرفء', 'رفء'], ['مرافء', 'رفء'],
  // QA round 50. ملاذ «refuge» (الملاذ، ملاذات) of لوذ, the مفعل of a hollow root, not م + لذّ
  // «pleasant», which won once لوذ lost a prior bucket to the seated-hamza rule of analyze.ts.
  ['ملاذ', 'لوذ'],
  // QA round 51. متن «deck, back» before a pronoun (على متنها «on board») of متن, not
  // نهي; قانون before the accusative ا (قانونا) of قنن like قانون, not قنو; شتّى «various»
  // (بشتى) of شتت, not شتو «winter»; قلنا «we said» of قول, not قلّ; قاسٍ «harsh» (قاسية، القاسي،
  // قاسيا) of قسو, not قيس «measure»; لستُ «I am not» (ولست، لستم; not لستة, see SUFFIXED_STEMS)
  // of ليس, not ل + ست; يعانون «they suffer» of عني like يعاني, not عين; يأس «despair» (يئس،
  // بيأس) of يءس, not ءسس; آكل «eater» of ءكل, not وكل; فرعون «Pharaoh» (الفرعون، فرعوني) of فرعن
  // like الفراعنة, not فرع; the names مروان of مرو and أسامة of ءسم, roots given here only: as
  // seed roots their letters took امراة (امرأة without its hamza), المروية «irrigated», أسمته
  // «named it» and إسم.
  ['متن', 'متن'], ['قانون', 'قنن'], ['شتى', 'شتت'], ['قلنا', 'قول'], ['قاسي', 'قسو'], ['لست', 'ليس'],
  ['يعان', 'عني'], ['يءس', 'يءس'], ['ءاكل', 'ءكل'], ['فرعون', 'فرعن'], ['مروان', 'مرو'], ['ءسامة', 'ءسم'], ['اسامة', 'ءسم'],
  // QA round 52. نقول «we say» (ونقول، لنقول، نقوله) of قول like يقول, not نقل «carry», whose
  // larger prior took the ن of the imperfect for a radical; كافٍ «sufficient» (غير كافٍ) written
  // كاف, the defective participle without its ي (like قاض، صاف), of كفي, not كيف. كافة «all»
  // (كافتهم) keeps كفف through the stems كافة and كافت, as كاف now stands alone only. منقول
  // «carried, movable» (المنقولة، منقولات) is the مفعول of نقل, not م + قول.
  ['نقول', 'قول'], ['كاف', 'كفي'], ['منقول', 'نقل'],
  // QA round 53. ترجم «translated» (ترجمة، الترجمة، يترجم، مترجم) is the quadriliteral ترجم,
  // not ت + رجم «stone», which every form took; ترجمون (أن ترجمون «lest you stone me») keeps
  // رجم, as ترجم takes no و ending. تآكل «eroded» (تآكلت، التآكل) is تفاعل of أكل, not ت + ا +
  // وكل; بدات is بدأت «began» written without its hamza (بدا «appeared» makes بدت), of بدء,
  // not بدو; السني «Sunni» (السنية، السنيين) is the nisba of السنّة, سنن, not سنو «year».
  ['ترجم', 'ترجم'], ['يترجم', 'ترجم'], ['تترجم', 'ترجم'], ['مترجم', 'ترجم'],
  ['تءاكل', 'ءكل'], ['بدات', 'بدء'], ['سني', 'سنن'],
  // كمّون «cumin» and كمون «latency» are both of كمن; with كمان «violin» rootless (foreign.ts)
  // كمن's corpus prior fell below كمم's.
  ['كمون', 'كمن'],
  // QA round 54. الجالية «the expatriate community» (الجاليات) is the فاعلة of جلا «emigrated»,
  // جلو, not جول; تأرجح «swung» (يتأرجح، التأرجح) is the تفعلل of رجح (أرجوحة «swing»), which
  // fit no template and went rootless.
  ['جالي', 'جلو'], ['تءرجح', 'رجح'], ['يتءرجح', 'رجح'], ['تتءرجح', 'رجح'],
  // QA round 55. أدوات «tools» (أدواتها، أدواته، بأدوات) is the plural of أداة, ءدو, and إرث
  // «heritage» (إرثنا) and ترث «inherits» are of ورث: with الجولان، استاد، ستاد، نورث rootless
  // (foreign.ts) the corpus priors of ءدو and ورث fell a step, and أدواتها went to دوي «sound»,
  // إرثنا to روث; ترث tied with رثي «mourned» before. (Not ارث, the stem of كارثة.)
  ['ءدوات', 'ءدو'], ['ادوات', 'ءدو'], ['ءرث', 'ورث'], ['ترث', 'ورث'],
  // QA round 56. الوهن «weakness» and موهن «weakening» are of وهن, أبتر «cut off» of بتر: with
  // كوهين (Cohen) and بيتر (Peter) rootless (foreign.ts) the corpus priors of وهن and بتر fell
  // a step, and بالوهن went to بول, موهنة to مهن, أبتر to بري.
  ['وهن', 'وهن'], ['موهن', 'وهن'], ['ءبتر', 'بتر'],
  // QA round 57. عمان, عمّان (Oman, Amman; وعمان، بعمان) is of عمن, as PADT files it, not عمم
  // «uncle, general»; الموالين «loyalists» (موالون، الموالون) is of ولي like الموالية, not مول
  // «finance»; مائل «inclined» (المائل، مائلة) is of ميل, not مول; مابين, ما بين written as
  // one word, is بين, not ءبو. أفول «decline, setting» (بالأفول) is of ءفل: with إيفل (Eiffel)
  // rootless (foreign.ts) ءفل's corpus prior fell a step and أفول went to فيل.
  ['عمان', 'عمن'], ['موال', 'ولي'], ['ماءل', 'ميل'], ['مابين', 'بين'], ['ءفول', 'ءفل'],
  // QA round 58. The plural imperfect of أتى «came» (يأتون، تأتون، سيأتون، يأتوا) is of ءتي,
  // not ءون «time» or ءوي «shelter»; ماتوا «they died» is of موت, not ما + أتوا; أردت «I, you
  // wanted» (وأردت) is of رود like أراد, not ردي; خالة «maternal aunt» (خالتي، خالته، خالات) is
  // of خول like خال, not خلل or خيل (خالت before a pronoun only: خالت alone is «she deemed»).
  ['يءت', 'ءتي'], ['تءت', 'ءتي'], ['مات', 'موت'], ['ءردت', 'رود'],
  ['خالة', 'خول'], ['خالت', 'خول'], ['خالات', 'خول'],
  // نجد «we find» before a pronoun (نجده، نجدها، فنجدهم) is of وجد like يجد، تجد; نجد alone is
  // as often the region Najd (see SUFFIXED_STEMS).
  ['نجد', 'وجد'],
  // QA round 59. أعالي «heights, upper reaches» (بأعالي، وأعالي) is the plural of أعلى, of علو
  // like عالي, not عول.
  ['ءعالي', 'علو'], ['اعالي', 'علو'],
  // نواف (Nawaf, a name of نوف «to tower», added to the seed roots in round 59) is no نفي.
  ['نواف', 'نوف'],
  // QA round 60. سرّ «secret» standing alone (سر، وسر، لسر; السر always was) is of سرر, not سور
  // «wall», whose prior is larger (alone only, see SUFFIXED_STEMS: سرية «secrecy, company» stays
  // سري; not after ف، ب، ك، س: فسر «explained», كسر «broke», بسر are other words); سنجد «we will
  // find» (وسنجد، سنجده) is س + نجد of وجد, not جدد.
  ['سر', 'سرر'], ['سنجد', 'وجد'], ['بنات', 'بنو'], ['ءم', 'ءمم'],
  ['ءمهات', 'ءمم'], ['امهات', 'ءمم'],
  ['ءورام', 'ورم'], ['اورام', 'ورم'], ['ورم', 'ورم'],
  // QA round 61. فيلق «corps» (فيلق القدس; الفيلق was right) is of فلق, not لقي read from
  // ف + يلق; موجه «directing, addressed» before the accusative -ا (موجها، موجهًا) is of وجه like
  // موجه and موجهة, not موج + ها «its wave»; داعي «pretext, caller» after ب (بداعي «on the
  // pretext of») is of دعو like داعي, not بدع; جدة «Jeddah, grandmother» alone after و (وجدة;
  // {@link OVERRIDING_STEMS}) is of جدد like جدة and بجدة, not وجد (وجدته، وجدت keep وجد).
  ['فيلق', 'فلق'], ['موجه', 'وجه'], ['داعي', 'دعو'], ['جدة', 'جدد'],
  // QA round 62. The adverb تجاريا «commercially» (تجاريًا، وتجاريا) and the dual تجاريان are
  // of تجر like تجاري and تجارية, not جري read as تفاعيل; ميلاديا «AD» (ميلاديًا) is of ولد
  // like ميلادي, not rootless (its adverb ending made it look foreign); the name فادي (Fadi,
  // «redeemer») is of فدي, not فيد. تجاري and ميلادي need an ending in ا here (see
  // SUFFIXED_STEMS): تجاري alone was تجر already, and تُجاري «keeps pace» is of جري. ذرات
  // «atoms» without the article (لذرات) is of ذرر like الذرات, not ذرو (not after ب: بذرات
  // «seeds» is of بذر).
  ['تجاري', 'تجر'], ['ميلادي', 'ولد'], ['فادي', 'فدي'], ['ذرات', 'ذرر'],
  // QA round 63. مأوى «shelter» (المأوى، مأواهم) of ءوي, not مءي (its مءو read as مئة's stem);
  // منكوب «stricken» (المنكوبة، منكوبي، المنكوبين) of نكب, not كوب «cup», whose prior is the
  // larger; نشوة «elation» of نشو, not نشء; منحوا «they granted» (ومنحوا، منحوه) of منح, not نحو
  // (only before و, see SUFFIXED_STEMS); الزر «the button» of زرر, not وزر (after the article
  // only: وزر is «burden»), and its plural أزرار, which went rootless; جرّاء «because of» (من
  // جراء القصف) of جرر, as PADT files it, not جري like إجراء «procedure», which keeps its hamza
  // or alef (جِراء «puppies» is rare in news).
  ['جراء', 'جرر'],
  ['مءوى', 'ءوي'], ['مءوا', 'ءوي'], ['ماوى', 'ءوي'], ['ماوا', 'ءوي'],
  ['منكوب', 'نكب'], ['نشوة', 'نشو'], ['منح', 'منح'], ['زر', 'زرر'], ['ءزرار', 'زرر'], ['ازرار', 'زرر'],
  // QA round 65. موز «banana» (الموز، والموز، موزة), in no root list, is given its own root, as
  // the dictionaries file it: it read as ميز (alone or with ة only, see SUFFIXED_STEMS: موزع
  // «distributor», موزون «balanced» keep وزع، وزن). أمين «trustworthy, secretary» after و or ل
  // (وأمين، لأمين، وأمينة) is of ءمن like أمين, not وءم or لءم + the plural ين. طار «flew» (طارت،
  // وطار، طاروا) is of طير like طائر and طائرة, not طور, whose prior is the larger (alone or before
  // ت or وا only: طارق، طارئ are other words).
  ['موز', 'موز'], ['ءمين', 'ءمن'], ['طار', 'طير'],
  // دير «monastery» (الدير، ودير، دير الزور), which the Lisan files under its own root, read as
  // دور (alone only, not after ب: بدير is the name Badir, of بدر); أتون «furnace» (في أتون
  // الحرب), filed under ءتن, read as ءتي; الساعية «seeking» (ساعية، ساعين) is of سعي like
  // الساعي, not سوع of ساعة; افتراء «slander» (افتراءات) is of فري, not فتر; صدّ «repelled»
  // after و (وصد هجومهم، وصدت) is of صدد like صد, not صيد (see SUFFIXED_STEMS).
  ['دير', 'دير'], ['ءتون', 'ءتن'], ['ساعي', 'سعي'], ['افتراء', 'فري'], ['صد', 'صدد'],
  // المجرّة «the galaxy» (مجرة، المجرات) is of جرر, not جري; وليمة «banquet» (الوليمة، ولائم), in
  // no root list, is given its root ولم: it read as لوم.
  ['مجرة', 'جرر'], ['مجرات', 'جرر'], ['وليمة', 'ولم'], ['ولاءم', 'ولم'],
  // QA round 66. The active participle فاعل of a hollow root after و (وقائد «and commander»,
  // ورائد، وعائدات، وفائدة، وفائق، وزائر) read as the plural فعائل of a root with first radical
  // و (وقد، ورد، وعد، وفد، وفق، وزر), as وسائل، وثائق، وظائف truly are: قائد of قود, رائد of
  // رود, عائد and عائدات of عود, فائدة of فيد, فائق of فوق, زائر of زور.
  ['قاءد', 'قود'], ['راءد', 'رود'], ['عاءد', 'عود'], ['عاءدات', 'عود'], ['فاءدة', 'فيد'], ['فاءق', 'فوق'], ['زاءر', 'زور'],
  // فوائد «benefits, interest» (الفوائد، فوائدها), plural of فائدة, is of فيد, not فءد of فؤاد
  // «heart» (أفئدة keeps it).
  ['فواءد', 'فيد'],
  // Nouns after و that read as a root with first radical و: وسيد، وسيدة، وسيدي «and master,
  // lady, my lord» (وسد), وقاعة «and hall» (وقع), وفوق «and above» (وفق), وساعة، وساعات «and
  // hour(s)» (وسع), ولغة، ولغات «and language(s)» (ولغ «lapped»), ودقة «and precision» (ودق),
  // وتراكم «and accumulation» (وتر), وعيون «and eyes» (وعي), وبيئة «and environment» (وبء).
  ['سيد', 'سود'], ['سيدة', 'سود'], ['قاعة', 'قوع'], ['ساعة', 'سوع'], ['ساعات', 'سوع'],
  ['لغة', 'لغو'], ['لغات', 'لغو'], ['دقة', 'دقق'], ['تراكم', 'ركم'], ['عيون', 'عين'], ['بيءة', 'بوء'],
  // QA round 67. سار «walked, went» (سارت، ساروا، وسار) of سير, as PADT files it (and يسير، مسار),
  // not سور «wall», whose prior (سورة، سوريا) is the larger; like صار (QA round 29) it takes past
  // endings only (سارا and سارة are the name Sara). Words after و or ب that read as a root with
  // first radical و or ب: وزار «and visited» (وزر), وفور، وفورا «and as soon as» (وفر), وعدة
  // «and several» and بعدة «with several» (وعد, بعد), وعيد «and the feast» (وعد; the Quran's
  // وعيد «threat» is the rarer word in news), وحي «and the quarter» (وحي «revelation», mostly
  // «من وحي» «inspired by», is the rarer there), وفوق «and above» (وفق), وصلى «and prayed»
  // (وصل), وسعى «and sought» (وسع), وسامي «and Sami» (وسم). See SUFFIXED_STEMS for the endings
  // each takes and REFUSED_PROCLITICS for بعيد «far», لحي «beards» and the like.
  ['سار', 'سير'], ['زار', 'زور'], ['فور', 'فور'], ['عدة', 'عدد'], ['عيد', 'عيد'], ['حي', 'حيي'],
  ['فوق', 'فوق'], ['صلى', 'صلي'], ['سعى', 'سعي'], ['سامي', 'سمو'],
  // QA round 68. فوري «immediate» alone (فوري، وفوري، فوريا) is of فور, not وري or و + فري;
  // نافورة «fountain» of فور, not نفر; بوصة «inch» (بوصات) of بوص, not ب + وصي; تبغ
  // «tobacco» after the article (التبغ، والتبغ) of تبغ, not ت + بغي (تبغ، تبغوا «you seek» keep
  // بغي); عانت، عانوا «suffered» of عني as عانى, not عين; فاض، فاضت
  // «overflowed» of فيض and مالت، مالوا «tilted» of ميل, not فوض and مول; مستبد «tyrant» of
  // بدد, not بدو; كسور «fractures» of كسر, not ك + سور. See SUFFIXED_STEMS for their endings.
  ['فوري', 'فور'], ['فوريا', 'فور'], ['نافورة', 'فور'], ['بوصة', 'بوص'], ['بوصات', 'بوص'],
  ['تبغ', 'تبغ'], ['عانت', 'عني'], ['عانوا', 'عني'], ['عانوه', 'عني'], ['فاض', 'فيض'], ['مالت', 'ميل'], ['مالوا', 'ميل'], ['مستبد', 'بدد'], ['كسور', 'كسر'],
  // QA round 69. التمر «the dates» (بالتمر، والتمر) is of تمر like التمور, not ت + مرر: تمر alone
  // is mostly «passes» (مرر) and keeps it (see ALONE_AFTER_ARTICLE).
  ['تمر', 'تمر'],
  // QA round 70. ندرك «we realize» alone (وندرك) is of درك like يدرك and ندركه, not ندر «rarity»
  // + ك; يضن، تضن «is sparing» (لا يضن عليهم) are of ضنن like ضنين, not ضني «exhaust» (مضنية),
  // whose corpus prior is the larger. See SUFFIXED_STEMS and ALONE_TOO.
  ['ندرك', 'درك'], ['يضن', 'ضنن'], ['تضن', 'ضنن'],
  // مصاف «ranks» (في مصاف، إلى مصاف الدول) is the plural of مصفّ, of صفف, not صيف «summer».
  ['مصاف', 'صفف'],
  // مفروم «minced» (لحم مفروم، بصل مفرومة) and مفرمة «mincer» are of فرم, which is no seed root:
  // its letters are those of ف + رمى (فرمت، فرموا «and she, they threw»), which it would take.
  ['مفروم', 'فرم'], ['مفرم', 'فرم'],
  // QA round 71. The past and imperfect forms of doubled verbs in GEMINATE_VERB_FORMS.
  ...GEMINATE_VERB_FORMS.map(([stem, rootOf]): [string, string] => [stem, rootOf]),
  // نزار (Nizar, the given name) is of نزر, not ن + زار «visited» (زور).
  ['نزار', 'نزر'],
  // عدائي «hostile» (العدائية، عدائيا، العدائيات) is the adjective of عداء «hostility», of عدو as
  // PADT files العداء, not عدي, whose corpus prior is the larger.
  ['عداءي', 'عدو'],
  // انجاب «begetting» (the hamzaless إنجاب, لانجاب، انجابه) is of نجب, not the انفعال of جوب.
  ['انجاب', 'نجب'],
  // QA round 73. فائض «surplus» (الفائض، فائضة، فوائض) is the active participle of فاض «overflowed»,
  // of فيض as فاض is (round 68), not فوض «delegate», whose corpus prior is the larger; the
  // imperative أضف «add» (وأضف، اضف) of أضاف, of ضيف, not ضفف (see SUFFIXED_STEMS: alone only);
  // مستدل «inferring» (مستدلا) of استدل, دلل, not دلو; مهيمن «dominant» before the
  // accusative alif (مهيمنا) of هيمن like مهيمنة, not هيم. طلاء «paint» after ب (بطلاء) and
  // مطلي «coated» (مطلية، المطليين) are of طلي (a seed root since this round), not بطل and مطل
  // «delay»; تدليك «massage» (وتدليك) of دلك, not تدلي + ك of دلو.
  ['فاءض', 'فيض'], ['فواءض', 'فيض'], ['ءضف', 'ضيف'], ['اضف', 'ضيف'], ['مستدل', 'دلل'], ['مهيمن', 'هيمن'],
  ['طلاء', 'طلي'], ['مطلي', 'طلي'], ['تدليك', 'دلك'],
  // QA round 77. لسنا «we are not» (ولسنا، فلسنا) is of ليس like لست, not ل + سنا «brightness»
  // (سنو) nor لسن «tongue». يطلّ، تطلّ، نطلّ «appears, overlooks» (وتطل، يطلون، تطلان) and أطلّت
  // «(she) appeared» are of طلل like أطل، إطلالة, not طول, whose corpus prior is the larger, nor
  // طلي: in news an actor «يطل في مسلسل» and a house «يطل على البحر»; the jussive of أطال
  // («لم يطل الأمر») is rarer.
  ['لسنا', 'ليس'], ['سنت', 'سنو'], ['يطل', 'طلل'], ['تطل', 'طلل'], ['نطل', 'طلل'], ['ءطلت', 'طلل'], ['اطلت', 'طلل'],
  // QA round 81. With لفو a seed root (تلافى «avert»), ملف «file» (ملفا، ملفي) stays of لفف, not
  // the مفعى of لفو, and تلفيات «damages» (لتلفيات) and تلفا، تلفه of تلف, not forms of لفو; with
  // غمي a seed root (أغمي عليه «fainted»), غم «grief» (غما، بغم، غمه) stays of غمم.
  ['ملف', 'لفف'], ['تلفي', 'تلف'], ['تلف', 'تلف'], ['غم', 'غمم'],
  // QA round 83. The defective participles of DEFECTIVE_PARTICIPLES; كلية «faculty, college»
  // (الكلية، بكلية، كليات) and كلي «total» (الكلي، كليا) are of كلل like كل, as PADT files them,
  // not كلي «kidney», whose prior is the larger (only alone or before ة، ات، ا: see SUFFIXED_STEMS).
  ...DEFECTIVE_PARTICIPLES, ['كلي', 'كلل'],
  // QA round 84. عامي، عامية «colloquial» (العامية، بالعامية، العامي) are of عمم like العامة, not
  // عوم «year», whose prior is the larger (after the article or before ة only, see SUFFIXED_STEMS
  // and ALONE_AFTER_ARTICLE: عامي alone is mostly «the two years of», عامي 2010 و2011);
  // شاهين «falcon», a surname too, of شهن, not شوه; رجة «tremor» (الرجة) of رجج, not رجو (before
  // ة only: رجا «hoped» keeps رجو).
  ['عامي', 'عمم'], ['شاهين', 'شهن'], ['رج', 'رجج'],
  // QA round 85. صالة «hall» (الصالة، بصالة، صالات، صالتين) is of صول, as the dictionaries file
  // it, like قاعة of قوع, not صلل، صلي or صلو, and وصالة، وصالات «and a hall, and halls» not وصل;
  // أوانٍ «vessels» (الأواني، أواني) is of ءني like إناء, not وني or ءون (أوان «time» alone keeps
  // ءون); رنين «ringing, resonance» (بالرنين المغناطيسي) is of رنن, not رنو.
  ['صالة', 'صول'], ['صالات', 'صول'], ['صالت', 'صول'], ['ءواني', 'ءني'], ['اواني', 'ءني'], ['ءوانى', 'ءني'], ['رنين', 'رنن'],
  // QA round 86. فدان «feddan» (فدانا، بالفدان، فدادين) is of فدن, not ف + دان (دين، دون); الفرات
  // «the Euphrates», and فرات «sweet water» (عذب فرات), is of فرت, as the dictionaries file it,
  // not فرر «flee».
  ['فدان', 'فدن'], ['فدادين', 'فدن'], ['فرات', 'فرت'],
  // QA round 87. The past of a hollow أفعل before the lone ending ت «I, you» (or نا, تم where
  // a hamza root's reading still won) keeps the hollow root: أشرت، أشرنا «I, we pointed out» of
  // شور (not ءشر, the root of مؤشر «indicator»), أصبت «I hit, was hit» of صوب (not صبو), أجبت
  // «I answered» of جوب (not جبي), أفدت «I informed» of فيد (not فدي); أضفت, mostly أضفَت «she
  // bestowed» of ضفو like أضفى (less often أضفتُ «I added», ضيف), is no ضفف. Word by word, like
  // أردت (round 58): before ت the template ء13 is as often a doubled or defective verb's feminine
  // (أقرت، أسست، أجرت، أبدت). أعدت stays عدد: news writes أعدّت «she prepared» far more often
  // than أعدتُ «I returned». Only with the hamza written: باشرت «began» is no ب + اشرت,
  // وافدتين «incoming (two)» no و + افدت.
  ['ءضفت', 'ضفو'], ['ءشرت', 'شور'], ['ءشرنا', 'شور'], ['ءشرتم', 'شور'], ['ءصبت', 'صوب'], ['ءجبت', 'جوب'], ['ءفدت', 'فيد'],
  // QA round 88. أمة «nation» before a pronoun (أمتنا، لأمتنا، وأمته، أمتي «our, his, my nation») is
  // of ءمم, not the past of منى «tried» with its ت read as a radical (أمتنا → مني), nor لأم «mend»
  // after ل, nor و + ءم; a pronoun only (see SUFFIXED_STEMS: امتهن «took up» is no امت + هن),
  // with the hamza written.
  ['ءمت', 'ءمم'], ['ءمتي', 'ءمم'],
  // جير «lime» and جيري «limy» (الجير، بالجير، الجيري، الجيرية) are of جير, not جور «neighbour»:
  // after the article or before ة only (ALONE_AFTER_ARTICLE, SUFFIXED_STEMS), so that جيري «Jerry»
  // and جيران، جيرة «neighbours, neighbourhood» stay; جير as a seed root took جيران (round 84).
  ['جير', 'جير'], ['جيري', 'جير'],
  // QA round 89. الماس «the diamond» and الماسي «diamond (adj.)» (الماسية، الماسيين، والماسي) are of
  // موس, where the Qamus and the Lisan file الماس, not ميس «strut»: after the article or before ة
  // or ين only (ALONE_AFTER_ARTICLE, SUFFIXED_STEMS), so that ماس alone (Maas; ماسّ «touching»,
  // of مسس) and ماسي (Massey) stay; news writes المآسي «tragedies» with its hamza.
  ['ماس', 'موس'], ['ماسي', 'موس'],
  // QA round 92. مدة «period» before a pronoun (مدتهم، مدتهما) read as a مفتعل of دهم while
  // مدته، مدتها kept مدد: مد before an ending that starts with ت only (SUFFIXED_STEMS; مدت «she
  // extended», مدتين are of مدد too). The plural of the loanword مهرجان «festival» (مهرجانات،
  // المهرجانات، ومهرجاناتها) and its adjective المهرجانية had no root while the singular read هرج
  // (as مهرج «clown» + the dual ان): every form is of هرج now, the root of the singular.
  // الصبان «the soap-maker», a surname, of صبن like صابون, not صوب; راجيا، راجين «hoping» of رجو
  // like الراجي (DEFECTIVE_PARTICIPLES), not روج. سلالم «stairs, ladders» (السلالم), the plural
  // of سلّم, which no template reads, of سلم. صيت «renown» (ذاع صيته، ذائع الصيت، صيتها) of the seed
  // root صيت, not صوت «voice», whose prior is the larger (not after و: وصيته is «his will», وصي).
  // يضار «is harmed, is made to suffer» («لا يضار», like تضار) of ضرر, not the new seed root ضور.
  ['مد', 'مدد'], ['مهرجان', 'هرج'], ['صبان', 'صبن'], ['راجيا', 'رجو'], ['راجين', 'رجو'], ['سلالم', 'سلم'], ['صيت', 'صيت'],
  ['يضار', 'ضرر'],
  // QA round 93. The loanword دكتوراه «doctorate» of دكتر (as PADT files الدكتور), after the
  // article too (الدكتوراه، للدكتوراه): no template reads it there (دكتور + اه takes no article).
  // The one stem of 7 letters.
  ['دكتوراه', 'دكتر'],
  // QA round 94. The past of دعا «called» after و (ودعت «and she called», ودعي، ودعيت «and was
  // called») read as ودّع «bade farewell», whose prior is the larger: دعت، دعي، دعيت alone are
  // of دعو (SUFFIXED_STEMS, ALONE_TOO), like عانت، مالت; ودعته، ودعنا stay ودع (both readings
  // occur).
  ['دعت', 'دعو'], ['دعي', 'دعو'], ['دعيت', 'دعو'],
  // QA round 95. تماس «contact» (تماسّ, «نقاط تماس», «تماس كهربائي») of مسس, not ميس «swaying»:
  // alone only (SUFFIXED_STEMS, ALONE_BARE), as التماس is «petition», of لمس.
  ['تماس', 'مسس'],
  // أخدود «furrow, gorge» (الأخدود، أخاديد) of خدد, which is no seed root (it would take أخد،
  // أخدت, أخذ written with د, and خديوي «Khedive»): no template reached it.
  ['ءخدود', 'خدد'], ['اخدود', 'خدد'], ['ءخاديد', 'خدد'], ['اخاديد', 'خدد'],
  // QA round 96. خد «cheek» (الخد، خدها، الخدين), its plural خدود and مخدة «pillow» (مخدات)
  // of خدد, rootless before: no template reads a doubled root from two letters.
  ['خد', 'خدد'], ['خدود', 'خدد'], ['مخد', 'خدد'],
  // QA round 98. The افتعل of وسع «widened» and وسم «was marked» writes its assimilated و as
  // the ت (اتسع، يتسع، تتسع، اتساع، متسع; يتسم، تتسم), which the prefixed imperfect of تسع «nine»
  // and the jussive of تسمّى (سمو) fit too, with the larger corpus priors.
  ['اتسع', 'وسع'], ['يتسع', 'وسع'], ['تتسع', 'وسع'], ['نتسع', 'وسع'], ['اتساع', 'وسع'], ['متسع', 'وسع'],
  ['يتسم', 'وسم'], ['تتسم', 'وسم'],
  // QA round 99. The name بلال «Bilal» (وبلال، لبلال) of بلل, not ب + لال of ليل.
  ['بلال', 'بلل'],
  // QA round 100. Given names read through a false proclitic or as another word: وائل «Wael»
  // of وءل (not و + ائل of ءول), لمياء «Lamia» of لمي (not ل + مياء), كلثوم (أم كلثوم) of كلثم
  // (not ك + لثوم), لبنى «Lubna» of لبن (not ل + بنى), بهاء «Bahaa, splendour» of بهو (not
  // ب + هاء), بخاري «Bukhari» of بخر (not ب + خاري), برهان «Burhan, proof» of برهن (not
  // ب + رهان), ايمان «Iman, faith» without its hamza of ءمن (not يمن), ريان «Rayyan» of روي.
  ['واءل', 'وءل'], ['لمياء', 'لمي'], ['كلثوم', 'كلثم'], ['لبنى', 'لبن'], ['بهاء', 'بهو'],
  ['بخاري', 'بخر'], ['برهان', 'برهن'], ['ايمان', 'ءمن'], ['ريان', 'روي'],
  // QA round 103. Broken plurals of defective roots, فواعل of a فاعية (ماشية، نادي، ساقية، صارية،
  // ضارية، سارية، دالية، عالية) and مفاعل of a مفعى or مفعاة (منحى، مأساة، مرسى), whose final ي is
  // the weak radical: المواشي «livestock» of مشي (not the مفاعل of وشي), النوادي «clubs» of ندو
  // (not ودي), السواقي of سقي, الصواري of صري, الضواري of ضري, السواري of سري, الدوالي of دلو,
  // العوالي of علو (not the hollow سوق، صور، ضرر، سور، دول، عول that read و as a radical), مناحي of
  // نحو (not منح), المآسي of ءسو (not ءوس), المراسي of رسو (not مرس). And words read through a
  // false first letter: عزة «pride, Azza» after و (وعزة, not وعز «instructed»), and عزّته; البلح
  // «dates» of بلح (not ب + لح of لوح), a root the seed list leaves out; عضة «bite» of عضض (not
  // عضو); جني «harvesting» after ل (لجني الأرباح, not لجن). The participle and the imperfect of
  // حاذى «lay alongside» (المحاذي، المحاذية، محاذٍ، يحاذي) are of حذو as محاذاة is, not the hollow
  // حوذ of استحوذ.
  ['محاذي', 'حذو'], ['محاذ', 'حذو'], ['يحاذي', 'حذو'], ['تحاذي', 'حذو'],
  ['مواشي', 'مشي'], ['نوادي', 'ندو'], ['سواقي', 'سقي'], ['صواري', 'صري'], ['ضواري', 'ضري'], ['سواري', 'سري'],
  ['دوالي', 'دلو'], ['عوالي', 'علو'], ['مناحي', 'نحو'], ['مءاسي', 'ءسو'], ['مراسي', 'رسو'],
  ['عزة', 'عزز'], ['عزت', 'عزز'], ['بلح', 'بلح'], ['عضة', 'عضض'], ['جني', 'جني'],
  // QA round 105. Nouns whose first radical was read as a prefix of a more frequent hollow or
  // doubled root: مزاج «mood, temper» (المزاج، مزاجه، المزاجية) of مزج as أمزجة is, not the
  // مفعال of زوج «marry»; الأمد «the term, the span» (قصير الأمد، طويل الأمد) of ءمد, not the
  // أفعل of مدد (أمدّ «supplied»), after the article only (SUFFIXED_STEMS, ALONE_AFTER_ARTICLE:
  // أمده بالسلاح «supplied him with arms» stays مدد); أكتاف «shoulders» of كتف (the أفعال of
  // كتف), not of كيف.
  ['مزاج', 'مزج'], ['ءمد', 'ءمد'], ['امد', 'ءمد'], ['ءكتاف', 'كتف'], ['اكتاف', 'كتف'],
  // QA round 106. The tens as the stem of a relative adjective (ستيني، الستينية «sixty-year-old»,
  // ثلاثينية، الثمانيني، الأربعينية، خمسينية): no template reads the numeral before the nisba ي
  // (only the decades in -ينيات and -ينات are inflections), so they went rootless or read ستين
  // as a فعيل of ستن; each of عشرين … تسعين is of its unit's root (ستين of ستت, as ستة is).
  // Quadriliteral loanwords whose first radical was read as a proclitic: فستان «dress»
  // (فستانا، فساتين) of فستن, not ف + ستان of ستن or ستت; بستان «orchard» (بساتين) of بستن,
  // as البستان was already. And two words whose hamza or weak radical was misplaced: مأتم
  // «funeral gathering» (المآتم) of ءتم, not an مفعل of مءي or ءمم; الخوابي «the jars» (خابية,
  // hamza dropped) of خبء, not the hollow خيب «failed».
  ['عشرين', 'عشر'], ['ثلاثين', 'ثلث'], ['ءربعين', 'ربع'], ['اربعين', 'ربع'], ['خمسين', 'خمس'],
  ['ستين', 'ستت'], ['سبعين', 'سبع'], ['ثمانين', 'ثمن'], ['تسعين', 'تسع'],
  ['فستان', 'فستن'], ['فساتين', 'فستن'], ['بستان', 'بستن'], ['بساتين', 'بستن'],
  ['مءتم', 'ءتم'], ['مءاتم', 'ءتم'], ['خوابي', 'خبء'],
  // QA round 107. أماني «wishes» (الأماني، أمانيهم; the given name Amani too), the plural of
  // أمنية «wish», of مني, not ءمن «safety» (alone or before a pronoun: the Amanus gate
  // «البوابة الأمانية» is no plural), and so is أمنيات «wishes» (الأمنيات، أمنياتهم) and أمنية
  // «wish» before a pronoun (أمنيته، أمنيتها، أمنيتنا), whose bare and definite أمنية is
  // mostly the adjective «security» (الأجهزة الأمنية), of ءمن; the noun غور «depression, depth» (غور الأردن, الغور،
  // «سبر غوره», الأغوار) and its nisba الغوري «of Ghor» (السلطان قانصوه الغوري, the Cairo quarter
  // الغورية, وكالة الغوري), of غور, not غير (the nisba after the article only: bare غوري is the
  // Georgian town Gori, see LOOKUP_NAMES); الراي, رأي «opinion» without its
  // hamza (الراي العام، استطلاعات الراي, the newspapers الرأي) of رءي, not روي (after the article
  // only: راي alone is the name Ray, and راية «banner» keeps روي).
  // And the jussive of كان (يكن، تكن، نكن، أكن) after the imperative ل and و or ف (وليكن، فليكن،
  // ولتكن، فلتكن، فلنكن «so let it be»): read as ولي + كن، فلك + ن، فلت، فلن; alone and after ل
  // they were كون already (only alone: يكنّه «harbours it» is of كنن).
  ['يكن', 'كون'], ['تكن', 'كون'], ['نكن', 'كون'], ['ءكن', 'كون'],
  ['ءماني', 'مني'], ['اماني', 'مني'], ['ءمنيات', 'مني'], ['امنيات', 'مني'], ['ءمنيت', 'مني'], ['امنيت', 'مني'], ['غور', 'غور'], ['ءغوار', 'غور'], ['اغوار', 'غور'], ['غوري', 'غور'], ['راي', 'رءي'],
  // QA round 108. سنّاً «in age» (أكبر سنا، الأصغر سنا، يكبرها سنا، بلغ سنا متقدمة), سنّ with the
  // tanween's alef, of سنن like السن، أسنان, not سنو (سنا «brightness», the Quran's «سنا برقه», was
  // 1 of 40 bare tokens read); bare only (ALONE_BARE): لسنا is «we are not», السنا «the
  // brightness» or senna.
  // And الأرق «insomnia» (والأرق، بالأرق), of ءرق, not ورق «paper» (after the article only, see
  // ALONE_AFTER_ARTICLE: bare أرق is as often أفعل of رقق, «thinner, gentler»).
  ['سنا', 'سنن'], ['ءرق', 'ءرق'], ['ارق', 'ءرق'],
  // QA round 109. الثرى «the soil» («تحت الثرى», «ووري الثرى», «على ثرى هذه الأرض»), of ثري
  // like الثري «the rich» (which news text also writes الثرى), not ثرو; and حواس «senses»
  // before نا (حواسنا، بحواسنا «our senses»), of حسس like حواسه، الحواس, not حسن.
  ['ثرى', 'ثري'], ['حواس', 'حسس'],
  // QA round 115. The relative adjective (nisba) of a doubled noun: فنّي «technical, artistic»
  // (الفني، الفنية، فنيا، الفنيين) of فنن like فن، فنون, سرّي «secret» (السرية، سرية، سريا) of سرر
  // like سر، أسرار, ذرّي «atomic» (الذرية، الذري; ذرية «offspring» too) of ذرر, برّي «land,
  // wild» (القوات البرية، الطريق البري) of برر like البر، برا, and فضّي «silver» (الميدالية
  // الفضية) of فضض like فضة: the ي of the nisba was read as the third radical of a defective
  // root (فني «perished», سري «travelled by night», ذري، بري «pared», فضي). Alone and before an
  // ending that starts with ة، ي، و (and ا for فني، ذري; سري before ا only as سريا «secretly»:
  // سريان «coming into force» and the Syriac السريان keep سري, بريان is Brian; see
  // SUFFIXED_STEMS).
  ['فني', 'فنن'], ['سري', 'سرر'], ['سريا', 'سرر'], ['ذري', 'ذرر'], ['بري', 'برر'], ['فضي', 'فضض'],
  // QA round 121. The jussive of تاب «repented» (لم يتب، من لم يتب، فلتتب) of توب: تبب «perished»,
  // a root since this round (استتبّ), reads its letters as the rare imperfect يتبّ.
  ['يتب', 'توب'], ['تتب', 'توب'], ['نتب', 'توب'], ['ءتب', 'توب'],
  // QA round 126. Nouns فَعال، فِعال of a defective or hamzated root, whose final ء is the weak
  // radical, after a proclitic of the letter ب، و، ل or ك: the proclitic and the noun fit the
  // فُعَلاء (plural of فعيل) or فَعْلاء of a root that starts with that letter, whose prior was
  // the larger: بشراء «by buying», بشرائها of شري (not بشر), وصفاء «and purity» of صفو (not وصف),
  // وغلاء «and high prices» of غلو (not وغل), وسماء of سمو (not وسم), وعزاء «and condolence» of
  // عزي (not وعز), وعداء «and hostility», بعدائه of عدو (not وعد، بعد), وبلاء of بلو (not وبل),
  // وفداء of فدي (not وفد), وسخاء of سخي (not وسخ), بدواء «with a medicine» of دوي (not بدو),
  // برجاء «please», فرجاء of رجو (not برج، فرج), برداء «in a robe» of ردي (not برد), بكراء «by
  // rent» of كري (not بكر), ورثاء «and elegy» of رثي (not ورث), بهجاء، وهجاء «satire» of هجو (not
  // بهج، وهج), لعباءة «for a cloak» of عبء (not لعب), and وباء «epidemic» (لوباء، بوباء، كوباء
  // too) of وبء, which alone read as و + باء of بوء. The true فعلاء stay as they were
  // (وزراء، وكلاء، فقهاء، فقراء، وسطاء، بسطاء، بدلاء، بلغاء، كرماء، بيضاء): no cost separates the
  // two, the word decides. The same root alone and after the article, where it was already
  // read so, except صفاء and غلاء (of صفو، غلو as صفا يصفو، غلا يغلو; PADT files غلاء under غلو),
  // which read ي for و. رداءة «poor quality» keeps ردء (its stem is listed whole).
  ['شراء', 'شري'], ['صفاء', 'صفو'], ['غلاء', 'غلو'], ['سماء', 'سمو'], ['عزاء', 'عزي'], ['عداء', 'عدو'],
  ['بلاء', 'بلو'], ['فداء', 'فدي'], ['سخاء', 'سخي'], ['دواء', 'دوي'], ['رجاء', 'رجو'], ['رداء', 'ردي'],
  ['رداءة', 'ردء'], ['رداءت', 'ردء'], ['كراء', 'كري'], ['رثاء', 'رثي'], ['هجاء', 'هجو'], ['عباء', 'عبء'],
  ['وباء', 'وبء'],
  // QA round 129. ثقة «trust, confidence» (of وثق, its و dropped as in صلة، عدة) after ب: بثقة
  // «with confidence», بثقته read as بثق «gushed», whose prior is the larger; تارة «once,
  // sometimes» after و، ف (وتارة، فتارة «and at other times») as وتر، فتر; not after ب
  // (REFUSED_PROCLITICS).
  ['ثقة', 'وثق'], ['ثقت', 'وثق'], ['تارة', 'تور'],
];

/**
 * The stems of {@link LEXICAL_STEMS}, which the lexicon builder leaves out of its prior
 * estimates (crediting قيادة to قود alone would raise قود above قيد for قيود too).
 */
export const LEXICAL_STEM_SET: ReadonlySet<string> = new Set(LEXICAL_STEMS.map(([stem]) => stem));

/**
 * Verb stems of {@link LEXICAL_STEMS} that never follow the article: «التمس» «sought» is of
 * لمس, not ال + تمس (QA round 39); اليود is «iodine», الأود «crookedness» (QA round 45); السار
 * is «the pleasant» (سرر) or the Saar, no ال + سار «walked», nor is الساعي ال + سعى (QA round 67);
 * nor do the doubled-verb forms of GEMINATE_VERB_FORMS (QA round 71; والدلت is «and the Delta»),
 * nor the jussives of كان, يكن، تكن، نكن، أكن (QA round 107).
 */
export const VERB_STEMS: ReadonlySet<string> = new Set(['استعد', 'يستعد', 'تستعد', 'نستعد', 'يمس', 'تمس', 'يود', 'تود', 'نود', 'ءود', 'سار', 'زار', 'صلى', 'سعى', 'يكن', 'تكن', 'نكن', 'ءكن', ...GEMINATE_VERB_FORMS.map(([stem]) => stem)]);

/** Irregular stems that win over any corpus prior, like {@link CERTAIN_ROOTS}: those of {@link LEXICAL_STEMS}. */
export const CERTAIN_STEMS: ReadonlySet<string> = LEXICAL_STEM_SET;

/**
 * Stems of {@link LEXICAL_STEMS} whose other reading has one of the largest corpus priors, so
 * that even a certain stem's cost does not beat it: كل after و (وكل، وكلها «and all», not the
 * verb وكّل «delegated», far rarer in text); جدة alone after و (وجدة «and Jeddah», «and a
 * grandmother», not وجد: QA round 61); قاعة after و (وقاعة «and a hall», not وقع: QA round 66);
 * عدة after ب (بعدة «with several», not بعد: QA round 67); كلي after و (وكلية، وكليات «and a
 * faculty, and faculties», not وكل: QA round 84); صالة after و (وصالة «and a hall», not وصل: QA
 * round 85); مد before ت (مدتهم، مدتهما «their period», not the مفتعل of دهم: QA round 92).
 */
export const OVERRIDING_STEMS: ReadonlySet<string> = new Set(['\u0643\u0644', '\u062c\u062f\u0629', '\u0642\u0627\u0639\u0629', '\u0639\u062f\u0629', '\u0643\u0644\u064a', 'صالة', 'مد']); // كل، جدة، قاعة، عدة، كلي، صالة، مد

/**
 * Words whose root no template recovers: a lost weak radical with a hamzat-wasl or a
 * changed vowel (ابن، اسم، أب، أخ، يد، فم، غد), the Uthmani spelling رحمن and the loanwords مليون، مليار.
 * Hamza folded to ء; stems of at most 8 letters (only دكتوراه has 7, ملياردير 8).
 */
export const IRREGULAR_STEMS: ReadonlyMap<string, string> = new Map([
  ['ابن', 'بنو'], ['بن', 'بنو'], ['ابنة', 'بنو'], ['بنت', 'بنو'], ['ابنا', 'بنو'],
  ['اسم', 'سمو'], ['امرء', 'مرء'], ['امرءة', 'مرء'], ['مرءة', 'مرء'],
  ['ءب', 'ءبو'], ['ءبو', 'ءبو'], ['ءبا', 'ءبو'], ['ءبي', 'ءبو'],
  ['ءخ', 'ءخو'], ['ءخو', 'ءخو'], ['ءخا', 'ءخو'], ['ءخي', 'ءخو'], ['ءخت', 'ءخو'],
  ['فم', 'فوه'], ['فو', 'فوه'], ['يد', 'يدي'], ['دم', 'دمو'], ['غد', 'غدو'], ['رحمن', 'رحم'], ['شفة', 'شفه'],
  // The loanword «مليون» is filed under the quadriliteral ملين (as PADT does); no template
  // of a triliteral root should claim it (it read as لين).
  ['مليون', 'ملين'], ['ملايين', 'ملين'],
  // Its sister «مليار» (milliard, billion) is filed under ملير the same way (PADT's بليون
  // reads بلين); no template reached it, so it went rootless in every form (QA round 94).
  ['مليار', 'ملير'], ['مليارات', 'ملير'],
  // And so is ملياردير «billionaire» (مليارديرات، مليارديرة، للملياردير), the one stem of eight
  // letters: it went rootless in every form (QA round 97).
  ['ملياردير', 'ملير'],
  // The loanword برنامج «programme» (Persian barnāma) keeps a ن that its plural برامج and the
  // verb برمج drop; PADT and the dictionaries file it under برمج, which no template reaches
  // from برنامج (it went rootless in every form: البرنامج، لبرنامجه، برنامجا).
  ['برنامج', 'برمج'],
  // The imperfect of رأى drops its hamza (يرى، ترى، نرى، أرى); ي and ى are written alike.
  ['يرى', 'رءي'], ['ترى', 'رءي'], ['نرى', 'رءي'], ['ءرى', 'رءي'], ['يري', 'رءي'], ['تري', 'رءي'], ['نري', 'رءي'],
  // Before a suffix its ى is written ا (يراه، تراها) or dropped (يرون، ترين), and the past
  // drops the ى before ت and وا (رأت، رأوا): the analyzer admits these only with a suffix
  // ({@link SUFFIXED_STEMS}).
  ['يرا', 'رءي'], ['ترا', 'رءي'], ['نرا', 'رءي'], ['ءرا', 'رءي'], ['ير', 'رءي'], ['تر', 'رءي'], ['نر', 'رءي'], ['رء', 'رءي'],
  // Plurals أفعال with the hamza moved before the alef: آراء (of رأي), آبار (of بئر).
  ['ءاراء', 'رءي'], ['ءابار', 'بءر'], ['ءراء', 'رءي'], // أراء: آراء as news text often writes it
  // مئة، مائة (hundred) and their forms (مئات، مئتين، مائتي، المئوية) drop the weak radical;
  // مء needs an ending ({@link SUFFIXED_STEMS}). ماء (water, مائي) is of موه, but مائة and
  // مائتان، مائتي (ماءت before an ending) are hundreds.
  ['مء', 'مءي'], ['ماءة', 'مءي'], ['ماءت', 'مءي'], ['ماء', 'موه'],
  // Frequent news words whose letters fit two real roots, where the corpus prior of the
  // wrong one is the larger: {@link LEXICAL_STEMS}.
  ...LEXICAL_STEMS,
]);

/**
 * Stems of {@link IRREGULAR_STEMS} that need a suffix: يراه، تراها a pronoun (`''` here);
 * يرون، ترين، يروا a plural ending (`'و'` here; not ترك or يرك, which are other words);
 * the others an ending that starts with one of the letters given: رأت، رأوا (past endings),
 * مئة، مئات، مئوية، مائتان، مائتين (`'-'`: none, for a stem of {@link ALONE_TOO} that takes
 * no ending). The stems of {@link ALONE_TOO} may also stand without an ending.
 */
export const SUFFIXED_STEMS: ReadonlyMap<string, string> = new Map([
  ['\u062d\u0644', '\u0647\u062a'], // حل: لحله، حلها، حلت (QA round 64)
  // QA round 67: سار before a past ending only (سارت، ساروا; not سارة، سارا «Sara»); فوق alone
  // or before a pronoun (وفوقه، فوقها); زار، فور، عدة، عيد، حي، صلى، سعى، سامي alone (not وزارته
  // «his ministry», وفورات «savings», عدته «his equipment» beside وعدته «promised him», حيه).
  ['سار', 'تو'], ['فوق', 'هكن'],
  ['زار', '-'], ['فور', '-'], ['عدة', '-'], ['عيد', '-'], ['حي', '-'], ['صلى', '-'], ['سعى', '-'], ['سامي', '-'],
  // QA round 68: تبغ takes no ending and stands after the article only (ALONE_AFTER_ARTICLE);
  // فوري، فوريا، عانت، عانوا، عانوه، مالت، مالوا alone (فورية keeps its own analysis); فاض alone
  // or before ت (فاضت; not فاضل، فاضطر); كسور alone or before ه (كسوره; not كسوريا «like Syria»).
  ['فوري', '-'], ['فوريا', '-'], ['عانت', '-'], ['عانوا', '-'], ['عانوه', '-'], ['تبغ', '-'], ['مالت', '-'], ['مالوا', '-'], ['فاض', 'ت'], ['كسور', 'ه'],
  // QA round 69: تمر takes no ending and stands after the article only (ALONE_AFTER_ARTICLE).
  ['تمر', '-'],
  // QA round 83: the defective participles of DEFECTIVE_PARTICIPLES after the article (الزاني،
  // الداني) or before ة (زانية، الدانية) only: alone داني is Danny, before ان دامي is Damian.
  ...DEFECTIVE_PARTICIPLES.map(([stem]): [string, string] => [stem, '\u0629']),
  // QA round 83: كلي alone or before ة، ات، ا (كلية، كليات، كليا; not كليتين «two kidneys», كليهما).
  ['كلي', 'ةا'],
  // QA round 84: عامي after the article or before ة only (not عامي «two years of», العاميين);
  // رج before ة only (رجة، الرجة; not رجا «hoped»).
  ['عامي', 'ة'], ['رج', 'ة'],
  // QA round 92: مد before an ending that starts with ت only (مدته، مدتهم، مدتهما، مدت، مدتين).
  ['مد', 'ت'],
  // QA round 94: دعت، دعي، دعيت alone only (ودعت «and she called»; ودعته stays ودع).
  ['دعت', '-'], ['دعي', '-'], ['دعيت', '-'],
  // QA round 95: تماس alone, with no proclitic (ALONE_BARE; التماس «petition» is of لمس).
  ['تماس', '-'],
  // QA round 70: ندرك، يضن، تضن، مصاف alone only (ندركه، ندركها kept درك already).
  ['ندرك', '-'], ['يضن', '-'], ['تضن', '-'], ['مصاف', '-'],
  // QA round 71: the doubled-verb forms of GEMINATE_VERB_FORMS and نزار alone.
  ...GEMINATE_VERB_FORMS.map(([stem]): [string, string] => [stem, '-']), ['نزار', '-'],
  // QA round 73: the imperative أضف alone (not أضفت، أضفى «bestowed», of ضفو).
  ['ءضف', '-'], ['اضف', '-'],
  // QA round 81: ملف alone or before ا، ي، ه، ك، ن (ملفا، ملفي، ملفات، ملفه; not ملفت «striking», لفت);
  // تلف alone or before ا، ه (تلفا، تلفه; not تلفت «turned round», لفت); غم alone or before ا، ه، ك.
  ['ملف', 'ايهكن'], ['تلف', 'اه'], ['غم', 'اهك'],
  // QA round 88: ءمت before a pronoun only (أمتنا، أمته، أمتها، أمتك; ءمتي «my nation» stands alone).
  ['ءمت', ''],
  // QA round 88: جير «lime» takes no ending, جيري «limy» only ة (both stand after the article too).
  ['جير', '-'], ['جيري', 'ة'],
  // QA round 89: ماس «diamond» takes no ending, ماسي «diamond (adj.)» only ة or ين (الماسية، الماسيين).
  ['ماس', '-'], ['ماسي', 'ةي'],
  // QA round 98: يتسم، تتسم «is marked (by)» alone or before و، ا، ه (يتسمون، تتسمان، يتسمه; not
  // يتسمى «is named», of سمو).
  ['يتسم', 'واه'], ['تتسم', 'واه'],
  // QA round 106: مءتم «funeral gathering» alone or before ا، ه، ي، ك (مأتما، مأتمه، المأتمية; not
  // مؤتمنا «entrusted», of ءمن).
  ['مءتم', 'اهيك'],
  ['\u0642\u0631\u064a', '\u0629\u062a'], // قري: قرية، قريته
  ['\u0642\u0631\u0648', '\u064a'], // قرو: قروي، القروية
  ['\u0642\u0631\u0627', '\u0647'], // قرا: قراها، قراهم (قُرى with a pronoun)
  ['\u0645\u0642\u0631', '\u0627\u0647\u064a\u0643\u062a\u0629'], // مقر: مقرا، مقره، مقرين، مقرات (not مقرن، مقرّن of قرن)
  ['يرا', ''], ['ترا', ''], ['نرا', ''], ['ءرا', ''],
  ['ير', 'و'], ['تر', 'و'], ['نر', 'و'], ['رء', 'تو'],
  ['مء', '\u0629\u0627\u062a\u0648'], ['ماءت', '\u0627\u064a'],
  // قوات، قوة، قوته، قوتين (QA round 29; قوت alone is «food»), تحدي، تحديات، كرة، كرتين، مادة،
  // مادتها، مادية، جهوي، جدا، جدية (not قوت، تحدث، كر، جدوى), and قادة، قادت but not قاد before
  // ما (قادما is قادم + ا).
  // فتوا only before a pronoun (فتواهم، فتواه; لفتوا «they drew attention» is of لفت).
  ['فتوا', ''],
  // خالت «aunt» before a pronoun or the dual ending (خالتي، خالته، خالتان; QA round 58); خالت
  // alone is «she deemed», of خيل.
  ['خالت', 'يهكنا'],
  // مات «died» alone or with a past ending (ماتت، ماتوا; QA round 58), not ماتيا (Mattia).
  ['مات', 'تو'],
  ['نجد', 'ه'], // نجد: نجده، نجدها، نجدهم (QA round 58); نجد alone is also the region Najd
  ['قو', 'اةت'], ['تحد', 'ي'], ['كر', 'ةات'], ['ماد', 'ةتي'], ['جهو', 'ي'], ['قاد', 'ةتوه'], ['جد', 'اةي'],
  // بنية، بنيت (not بنيه «his sons»: بني of بنو), أبنية; بداية، بدايات; شابة، شابا; كافتهم;
  // حرية، حريات; طنا; تلة (not تلت، تلاه of تلو); ساحة، ساحات; تهمة (not تهم «concern»);
  // واسطة; سنة (لسنة; not سنت).
  ['بني', 'ةت'], ['ءبني', 'ة'], ['بداي', 'ةات'], ['شاب', 'ةا'], ['كافت', 'هك'], ['حري', 'ةات'],
  ['طن', 'ا'], ['تل', 'ة'], ['ساح', 'ةات'], ['تهم', 'ةت'], ['واسط', 'ةت'], ['سن', 'ة'],
  // لا سيما takes no ending (سيماهم is «their mark», of وسم).
  ['سيما', '-'], ['لاسيما', '-'],
  // استعد with a past ending or a pronoun, يستعد with a plural or dual one (not يستعدي «antagonizes»,
  // of عدو); يمس، تمس before a pronoun or a plural or dual ending (not يمسك «holds», يمسي).
  ['استعد', 'تواه'], ['يستعد', 'وا'], ['تستعد', 'وا'], ['نستعد', '-'],
  ['يمس', 'هوا'], ['تمس', 'هوا'],
  // المسال takes no ending: مسالك «paths» is of سلك, المسالة a misspelt مسألة (QA round 40).
  ['مسال', '-'],
  // QA round 51: لستُ «I am not» alone or as لستم، لستما (لستة is ل + ستة «for six»);
  // يعانون only with its plural ending.
  ['لست', 'م'], ['يعان', 'و'],
  // QA round 52: نقول alone or with a pronoun (not نقولا, the name Nicola); كافٍ alone.
  ['نقول', 'هك'], ['كاف', '-'],
  // QA round 63: منح before و only (منحوا، منحوه); زر takes no ending, and stands after the
  // article only (ALONE_AFTER_ARTICLE); مءوا before a pronoun (مأواهم).
  ['منح', 'و'], ['زر', '-'], ['مءوا', 'هكن'], ['ماوا', 'هكن'],
  // QA round 53: ترجم alone or before ة، ا، ت، ه، ن (not ترجمون «you stone»); سني alone or
  // before ة، ي (السنية، السنيين; not سنين «years»).
  ['ترجم', 'ةاتهن'], ['سني', 'ةي'],
  // QA round 115: the nisbas فني alone or before ة، ا، و، ي (الفنية، فنيا، الفنيون، الفنيين;
  // not فنيت «perished», فنيه), ذري also before ت (ذريته، ذريتهم «his, their offspring»); سري
  // alone or before ة، و، ي and سريا alone (سريا «secretly»; not سريان «coming into force»,
  // سريانها, nor سريت «travelled by night»); بري، فضي alone or before ة، و، ي.
  ['فني', 'ةاوي'], ['ذري', 'ةتاوي'], ['سري', 'ةوي'], ['سريا', '-'], ['بري', 'ةوي'], ['فضي', 'ةوي'],
  // مصل is «worshipper» before a ي or و ending only (المصلين، المصلون، مصليات; QA round 47):
  // المصل alone is «serum».
  ['مصل', 'يو'],
  // فول «fava beans» takes no ending (QA round 46): فولى، فولوا are ف + ولّى، ولّوا «turned away».
  ['فول', '-'],
  // غيّ before a pronoun only (غيه، غيهم; not غيت، غيون، غيانا, names; QA round 40).
  ['غي', 'ه'],
  // ينتمون، تنتمون with the plural ending only (فتنتم is فتن + تم; QA round 40).
  ['ينتم', 'و'], ['تنتم', 'و'],
  // يبنون، يبنوا (not يبنك, a bank with ي); بناه، بناها، بناهم (not بنات «girls», لبناني); يدل، تدل
  // alone (not يدلي، تدلوا «cast, let down», of دلو); قاض alone (قاضي is read anyway).
  ['يبن', 'و'], ['بنا', 'ه'], ['يدل', '-'], ['تدل', '-'], ['قاض', '-'],
  // طول alone or before a pronoun (بطول، بطوله، طولها), not before ة، ات، ية (بطولة، بطولات،
  // بطولية are of بطل).
  ['طول', 'هكن'],
  // التقت، التقتا، التقوا; التقينا، التقيت، التقيا (not التقني «the technical», ال + تقني;
  // التقوى «piety», التقوية «strengthening»).
  ['التق', 'ت'], ['التقو', 'ا'], ['التقي', 'نتا'],
  // عامة، عامتهم (not عامه «his year», عامين «two years»); رهبنة، رهبنات; شيخوخة; إزاء alone or
  // before a pronoun (إزاءه); صاف and هاني alone; اطمأن alone and اطمأنت، اطمأنوا، اطمئنان (the
  // اطمءن + ان of the masdar افعلّال); طمأنينة.
  ['عام', 'ةت'], ['رهبن', 'ةا'], ['شيخوخ', 'ة'], ['ءزاء', 'ه'], ['ازاء', 'ه'], ['صاف', '-'], ['هاني', '-'],
  ['اطمءن', 'تاو'], ['طمءنين', 'ة'], ['مصطفي', '-'], ['من', '-'],
  // يجد، يجدون، تجدها but not يجدي، تجدي (جدو); كاد alone, كادت، كادوا (not كادر); أكاد alone
  // (أكادي is Akkadian); يكاد، يكادون; صفته، صفتها (صفت alone or before ي is no صفة); آفة،
  // آفات; اثنان، اثنين، اثنتين، اثنا; المتوفين، المتوفون، المتوفية; كدمة، كدمات; قتادة، كنانة،
  // هريرة، طلحة، خديجة with their ة only.
  ['يجد', 'وهكن'], ['تجد', 'وهكن'], ['ءجد', 'وهكن'], ['كاد', 'تو'], ['ءكاد', '-'], ['يكاد', 'وا'], ['تكاد', 'وا'], ['نكاد', '-'],
  ['صفت', 'هكن'], ['ءاف', 'ةا'], ['اثن', 'ايت'], ['متوف', 'يو'], ['كدم', 'ةا'],
  ['قتاد', 'ة'], ['كنان', 'ة'], ['هرير', 'ة'], ['طلح', 'ة'], ['خديج', 'ة'],
  // الهوس، هوسه but not الهوسا (the Hausa); دأب، دأبت، دأبوا، دأبه; تلاشت، تلاشوا; بديهة، بديهي،
  // بديهية، بديهيات، بديهته; بداهة.
  ['هوس', 'ه'], ['دءب', 'تهو'], ['تلاش', 'تو'], ['بديه', 'ةيت'], ['بداه', 'ة'],
  // كافية، كافيا and كافٍ alone (not كافيه «café», كافيين «caffeine»); أزر alone or with a
  // pronoun (أزره); إغارة، أغارت، أغاروا (not أغاريد); امتدت، احتلوا.
  ['كافي', 'ةا-'], ['ءزر', 'ه'], ['ءغار', 'ةتو'], ['اغار', 'ةتو'], ['امتد', 'تو'], ['احتل', 'تو'],
  // يصف، يصفه، يصفون but not تصفية «purification» (صفو).
  ['يصف', 'وهكن'], ['تصف', 'وهكن'],
  // تلي، يلي «follows» alone or before a pronoun (تليها، يليه, QA round 72), not تليت «was recited».
  ['تلي', 'ه'], ['يلي', 'ه'],
  // أدلت «she gave (a statement)» alone only: أدلته، أدلتها are أدلة «evidence» (دليل, of دلل) + pronoun.
  ['ءدلت', '-'],
  // تدر، يدر «yields», المخاض «labour» and البصل «onion» with no ending (QA rounds 72, 90): not تدرها، مخاضة «ford», بصلة.
  ['تدر', '-'], ['يدر', '-'], ['مخاض', '-'], ['بصل', '-'],
  // أبدا، بد، لابد، صحيا، وديا alone (أبداها is أبدى + ها, أبدان of بدن; بدا of بدو); ودي before
  // ة or ت only (ودية، وديته; not الوديان); جاد before ة، ا، ون، ين (not جادت «was generous»);
  // كل before a pronoun (كلها، كلهم; not كلية «college», كلا).
  ['ءبدا', '-'], ['ابدا', '-'], ['بد', '-'], ['لابد', '-'], ['صحيا', '-'], ['وديا', '-'],
  ['ودي', 'ةت'], ['جاد', 'ةاوي'], ['كل', 'ه'], ['كلما', '-'], ['قلما', '-'],
  // مازلت، مازلنا، لازلتم (not لازلو, the name László).
  ['مازل', 'تن'], ['لازل', 'تن'],
  // ردا، حظا، سرا، حلا، برا، حبا and عال alone (not ردائي، حظاه); سامة (not سام alone, a name;
  // أسامة is another stem); حافة، حافتها (حافٍ «barefoot» is of حفي); أصر alone, أصرت، أصروا;
  // يصر، تصر alone, يصرون (not يصرف، تصرح, other stems); مستهل alone or with a pronoun
  // (مستهله), استهل، يستهل alone, استهلت، استهلوا (not مستهلك، استهلك «consume», of هلك);
  // التهم alone or التهمة (not التهمت «devoured», of لهم), بتهم، بتهمة، بتهمته; وداعا only.
  ['ردا', '-'], ['حظا', '-'], ['سرا', '-'], ['حلا', '-'], ['برا', '-'], ['حبا', '-'], ['عال', '-'],
  ['سام', 'ة'], ['حاف', 'ةت'], ['ءصر', 'تو'], ['يصر', 'و'], ['تصر', 'و'],
  ['مستهل', 'ه'], ['استهل', 'تو'], ['يستهل', '-'], ['تستهل', '-'],
  ['التهم', 'ة'], ['بتهم', 'ةت'], ['وداع', 'ا'],
  // يمني alone and before a noun ending (يمنية، يمنيون، يمنيين، يمنيات، يمنيا), not a pronoun
  // (يمنيهم «promises them», of مني).
  ['يمني', 'ةويا'],
  // بدانة only (not بدانا, بدانه); حادي alone or حادية (not حاديث, a typo of أحاديث); التأم
  // alone, التأمت، التأموا (not التأمين «insurance», ال + تأمين); مجان alone, مجانا، مجاني،
  // مجانية (not مجانين «madmen», of جنن).
  // يسعون، يسعوا only (يسع، يسعه «can hold» are of وسع); عاد alone or before a past ending
  // or pronoun (عادت، عادوا، عاده) and عادات (not عادل «just», another stem); فئات alone or
  // before a pronoun (فئاتها; not فآتي «then I come», ف + آتي).
  ['يسع', 'و'], ['عاد', 'تواه'], ['فءات', 'هكن'],
  // QA round 30: صار alone or before a past ending or pronoun (صارت، صاروا، صارا، صارها), not before
  // م (صارما، صارمة are صارم «strict», of صرم); توالت only (توالى, توالي are read as they
  // were); عيادة، عيادات and with a pronoun (عيادته; عياد alone is a name).
  ['صار', 'تونها'], ['توال', 'ت'], ['عياد', 'ةات'],
  // QA round 31: طامة، طامات (not طام alone); فقاعة، فقاعات; جل before a pronoun only (جلهم; جل
  // alone reads جلل already, and وجل alone is «fear»).
  // ديوك alone or before a pronoun (not the name ديوكاني); صاح alone or before a past ending (صاحت،
  // صاحوا; not صاحب «companion»); شر alone (not شره «greed»).
  // QA round 32: فر and يفر، تفر alone or before و (فروا، يفرون; فرت is also فرى «cut»); طوب
  // alone or with ة.
  ['فر', 'و'], ['يفر', 'و'], ['تفر', 'و'], ['طوب', 'ة'],
  ['طام', 'ةا'], ['فقاع', 'ةا'], ['جل', 'ه'], ['ديوك', 'ه'], ['صاح', 'تو'], ['شر', '-'],
  // جاءت، جاءوا، جاءنا، جاءه but not فجائي (QA round 41).
  ['جاء', 'توناه'],
  // سمي alone or before ت (سميت، سميتها; not سمين «fat», سميع), سمى alone (QA round 42).
  ['سمي', 'ت'], ['سمى', '-'],
  // ديك alone after the article only, or ديكة; تلقين alone or before a pronoun or ي (تلقينه،
  // تلقينية; not تلقينا، تلقيناه «we received», of لقي; QA round 42).
  ['ديك', 'ة'], ['تلقين', 'هكي'],
  // ساقي with ة or alone after the article (ساقية، الساقي; not ساقيه «his legs»); باءت alone
  // (not بائتة «stale», of بيت; QA round 44).
  ['ساقي', 'ة'], ['باءت', '-'],
  // يود، تود، نود alone or with a plural or dual ending (يودون، تودان; not يودي، تودي, يؤدي
  // and تؤدي without their hamza), أود alone (not أودية «valleys»), مقيت alone or with ة (not
  // the Quran's مقيتا «nourisher», of قوت; QA round 45).
  ['يود', 'وا'], ['تود', 'وا'], ['نود', '-'], ['ءود', '-'], ['مقيت', 'ة'],
  // الحاج alone (حاجة، حاجات «need» are of حوج); أمل alone, أملا and before a pronoun (not
  // أملي «I dictate», أملت, أملاك «properties» of ملك); أهبة only (QA round 49);
  // آية، آيات، آيت (the Quran's spelling of آيات) only: آي alone is the letter I.
  ['حاج', '-'], ['ءمل', 'اه'], ['ءهب', 'ة'], ['ءاي', 'ةات'],
  ['سر', '-'], ['ءم', 'ه'], ['ورم', '-'], ['جدة', '-'],
  ['تجاري', 'ا'], ['ميلادي', 'ا'], ['موز', 'ة'], ['طار', 'تو'], ['دير', '-'], ['ءتون', '-'], ['صد', 'توه'],
  ['بدان', 'ة'], ['حادي', 'ة'], ['التءم', 'تو'], ['مجان', 'ا'], ['مجاني', 'ةا'], ['بشاش', 'ةت'], ['ءدوي', 'ةت'], ['ادوي', 'ةت'],
  // QA round 77: يطل، تطل alone or with a plural or dual ending (يطلون، تطلان; not تطلي، يطليه
  // «paints», of طلي), نطل alone, أطلت alone or in the dual (أطلتا).
  ['يطل', 'وا'], ['تطل', 'وا'], ['نطل', '-'], ['ءطلت', 'ا'], ['اطلت', 'ا'],
  // سنتين، سنتي «two years» (لسنتين، بسنتين) before ي only: سنت alone is the loanword «cent».
  ['سنت', 'ي'],
  // QA round 96: خد «cheek» alone or before a pronoun or the dual ين (خده، خدها، خدي، الخدين;
  // not خدا «god» in Persian, خدوا، خدني «take» in Egyptian); مخد before ة or ات only.
  ['خد', 'هكي'], ['مخد', 'ةات'],
  // QA round 100: the name ريان «Rayyan» (الريان، وريان) alone only (not فريانة «Feriana»).
  ['ريان', '-'],
  // QA round 103: عزت before a pronoun only (عزته، وعزتها; وعزت alone is also أوعزت «instructed»);
  // بلح alone or with ة (بلحة); جني alone (not جنيه «pound», جنية «fairy»); دوالي، سواري alone or
  // before ه (سواريه; not «وهكذا دواليك» «and so on», of دول, nor the place السوارية).
  ['عزت', 'هك'], ['بلح', 'ة'], ['جني', '-'], ['دوالي', 'ه'], ['سواري', 'ه'],
  // QA round 105: الأمد after the article and alone only (ALONE_AFTER_ARTICLE; not أمده، أمدها
  // «supplied him, her», of مدد).
  ['ءمد', 'ا'], ['امد', '-'],
  // QA round 107: أمد also alone and before ا (أطول أمدا); أماني alone or before a pronoun
  // (أمانيهم، أمانينا; not الأمانية); أمنيت before a pronoun but ي (أمنيته; not الأمنيتين
  // «the two security …»); يكن، تكن، نكن، أكن alone; الغوري alone
  // after the article or with ة (الغورية); الراي alone after the article (ALONE_AFTER_ARTICLE).
  ['ءماني', 'هكن'], ['اماني', 'هكن'], ['ءمنيت', 'هكن'], ['امنيت', 'هكن'], ['غوري', 'ة'], ['راي', '-'], ['يكن', '-'], ['تكن', '-'], ['نكن', '-'], ['ءكن', '-'],
  // QA round 108: سنا «in age» with no ending, and bare only (ALONE_BARE); الأرق «insomnia» with
  // no ending, after the article only (ALONE_AFTER_ARTICLE).
  ['سنا', '-'], ['ءرق', '-'], ['ارق', '-'],
  // QA round 121: the jussives of تاب, يتب، تتب، نتب، أتب, alone (not يتبين، يتبنى, other stems).
  ['يتب', '-'], ['تتب', '-'], ['نتب', '-'], ['ءتب', '-'],
  // QA round 126: فداء «sacrifice» and هجاء «satire» alone or before ه، ي، ك، ا (فداءه، فدائي،
  // الفدائيين، هجائية، هجاءات; not فدائما «so always», ف + دائما of دوم, nor هجائن «hybrids» of هجن).
  ['فداء', 'هيكا'], ['هجاء', 'هيكا'],
]);

/**
 * Stems of {@link SUFFIXED_STEMS} that also stand alone: the past verbs قاد and اطمأن, the nouns
 * شاب, طن, تل (تل أبيب) and طول, the preposition إزاء, and سيما، قاض، صاف، يدل، تدل، هاني،
 * مصطفي and من (after the article), which only stand alone (their need `'-'` matches no ending),
 * and the verbs يتسم، تتسم (QA round 98), and the name ريان (QA round 100), and بلح، جني، دوالي، سواري
 * (QA round 103), and مأتم (QA round 106), and أمد «span» alone and after ب، ل (منذ أمد بعيد،
 * لأمد طويل, 186 tokens in the sixteen news files, 7 of the 70 read the verb أمدّ «supplied»;
 * وأمد is the verb and refuses it, see REFUSED_PROCLITICS), أماني «wishes» and the jussives of
 * كان, يكن، تكن، نكن، أكن (QA round 107), and the nisbas فني، سري، ذري، بري، فضي and سريا
 * «secretly» (QA round 115), and the jussives of تاب, يتب، تتب، نتب، أتب (QA round 121), and
 * فداء «sacrifice» and هجاء «satire» (QA round 126).
 */
export const ALONE_TOO: ReadonlySet<string> = new Set(['يتب', 'تتب', 'نتب', 'ءتب', 'حل', 'فر', 'يفر', 'تفر', 'طوب', 'ديوك', 'صاح', 'شر', 'عاد', 'فءات', 'مقر', 'قاد', 'شاب', 'طن', 'تل', 'سيما', 'لاسيما', 'يدل', 'تدل', 'قاض', 'طول', 'ءزاء', 'ازاء', 'صاف', 'هاني', 'اطمءن', 'مصطفي', 'من', 'يجد', 'تجد', 'ءجد', 'كاد', 'ءكاد', 'يكاد', 'تكاد', 'نكاد', 'هوس', 'دءب', 'كافي', 'ءزر', 'ءغار', 'امتد', 'احتل', 'يصف', 'تصف', 'ءبدا', 'ابدا', 'بد', 'لابد', 'صحيا', 'وديا', 'ودي', 'جاد', 'كل', 'كلما', 'قلما', 'ردا', 'حظا', 'سرا', 'حلا', 'برا', 'حبا', 'عال', 'ءصر', 'يصر', 'تصر', 'مستهل', 'استهل', 'يستهل', 'تستهل', 'التهم', 'بتهم', 'يمني', 'حادي', 'التءم', 'مجان', 'مجاني', 'صار', 'استعد', 'يستعد', 'تستعد', 'نستعد', 'يمس', 'تمس', 'مسال', 'غي', 'جاء', 'سمي', 'سمى', 'تلقين', 'باءت', 'يود', 'تود', 'نود', 'ءود', 'مقيت', 'فول', 'حاج', 'ءمل', 'لست', 'نقول', 'كاف', 'ترجم', 'سني', 'مات', 'سر', 'ورم', 'جدة', 'موز', 'طار', 'دير', 'ءتون', 'صد', 'سار', 'زار', 'فور', 'فوق', 'عدة', 'عيد', 'حي', 'صلى', 'سعى', 'سامي', 'فوري', 'فوريا', 'عانت', 'عانوا', 'عانوه', 'مالت', 'مالوا', 'فاض', 'كسور', 'ندرك', 'يضن', 'تضن', 'مصاف', 'تلي', 'يلي', 'ءدلت', 'تدر', 'يدر', 'مخاض', ...GEMINATE_VERB_FORMS.map(([stem]) => stem), 'نزار', 'ءضف', 'اضف', 'يطل', 'تطل', 'نطل', 'ءطلت', 'اطلت', 'ملف', 'تلف', 'غم', 'كلي', 'دعت', 'دعي', 'دعيت', 'خد', 'يتسم', 'تتسم', 'ريان', 'بلح', 'جني', 'دوالي', 'سواري', 'مءتم', 'ءمد', 'امد', 'ءماني', 'اماني', 'يكن', 'تكن', 'نكن', 'ءكن', 'فني', 'سري', 'سريا', 'ذري', 'بري', 'فضي', 'فداء', 'هجاء']);

/**
 * Stems of {@link SUFFIXED_STEMS} that also stand alone, but only with no proclitic either: the
 * jussive ير of رأى («لم يرَ», QA round 63; it went rootless). After ف، و، ل the bare word is
 * another one or a name («فيلم فير» Filmfare); ويرون، ليروا keep their endings. And تماس
 * «contact» of مسس (QA round 95): التماس is «petition», of لمس. And سنّاً «in age» of سنن (QA round
 * 108: أكبر سنا): لسنا is «we are not», السنا «the brightness».
 */
export const ALONE_BARE: ReadonlySet<string> = new Set(['\u064a\u0631', 'تماس', 'سنا']); // ير، تماس، سنا

/**
 * Stems of {@link SUFFIXED_STEMS} that stand with no ending after the article only: السامّ
 * «the toxic» (الغاز السام, of سمم) takes it, the name سام alone does not (QA round 41); so
 * do الديك «the rooster» and ديك, also the name Dick (QA round 42), and الساقي «the
 * cup-bearer» and ساقي, also «my leg» (QA round 44), and الزر «the button» (QA round 63; وزر
 * is «burden»), and التبغ «the tobacco» (QA round 68; تبغ alone is also «you seek», of بغي), and التمر «the dates»
 * (QA round 69; تمر alone is mostly «passes», of مرر), and البصل «the onion» (QA round 72; بصل alone
 * is ب + صل), and the defective participles of DEFECTIVE_PARTICIPLES (QA round 83: الزاني), and
 * العامي «the colloquial» (QA round 84; عامي alone is «two years of»), and الجير، الجيري «the lime, the
 * limy» (QA round 88; جيري alone is «Jerry»), and الماس، الماسي «the diamond, diamond (adj.)» (QA
 * round 89; ماس alone is Maas or ماسّ «touching», ماسي Massey), and الأمد «the term» (QA round 105;
 * since QA round 107 أمد stands alone too, see ALONE_TOO), and الغوري «of Ghor» and الراي «the
 * opinion» (QA round 107; غوري alone is Gori, راي Ray), and الأرق «the insomnia» (QA round 108; أرق
 * alone is as often «thinner», of رقق).
 */
export const ALONE_AFTER_ARTICLE: ReadonlySet<string> = new Set(['\u0633\u0627\u0645', '\u062f\u064a\u0643', '\u0633\u0627\u0642\u064a', '\u0632\u0631', '\u062a\u0628\u063a', '\u062a\u0645\u0631', '\u0628\u0635\u0644', ...DEFECTIVE_PARTICIPLES.map(([stem]) => stem), 'عامي', 'جير', 'جيري', 'ماس', 'ماسي', 'غوري', 'راي', 'ءرق', 'ارق']); // سام، ديك، ساقي، زر، تبغ، تمر، بصل، DEFECTIVE_PARTICIPLES, عامي، جير، جيري، ماس، ماسي، غوري، راي، ءرق، ارق

/**
 * Imperfect verbs of {@link LEXICAL_STEMS}, which also take the future س (سيجد، ستجد، سنعيش،
 * سيبني, and since QA round 116 سيستقيل «will resign» of قيل, not قول); the other irregular stems do
 * not (سماء is no س + ماء).
 */
export const FUTURE_STEMS: ReadonlySet<string> = new Set(['يجد', 'تجد', 'ءجد', 'يكاد', 'تكاد', 'نكاد', 'نعيش', 'تحتوي', 'تحتوى', 'يبني', 'يبنى', 'نبني', 'يبن', 'يدل', 'تدل', 'يتلاشى', 'يتلاشي', 'تتلاشى', 'تتلاشي', 'يصف', 'تصف', 'يءكل', 'تءكل', 'نءكل', 'يزداد', 'تزداد', 'نزداد', 'يفتك', 'تفتك', 'نفتك', 'يءت', 'تءت', 'تلي', 'يلي', 'يدلي', 'تدلي', 'ندلي', 'تدر', 'يتسع', 'تتسع', 'نتسع', 'يتسم', 'تتسم', 'يستقيل', 'تستقيل', 'ءستقيل']);

/**
 * Proclitic letters that a stem of {@link LEXICAL_STEMS} refuses (the article always goes):
 * after them the word is another one more often. وطن، بطن، كتل، كتلة are no و ب ك + طن، تل;
 * وسيما is «handsome»; بمن، لمن، فمن، ومن are the particle (المن, with the article, is the noun);
 * بحرية is as often «naval» (بحري + ة) as «freely»; فعالية is
 * «effectiveness»; لبنى a woman's name; بسمة «smile» (and a woman's name) is no ب + سمة.
 */
export const REFUSED_PROCLITICS: ReadonlyMap<string, string> = new Map([
  // بعاد «remoteness» is of بعد, not ب + عاد; كفئة «competent» is of كفء, not ك + فئة.
  ['عاد', 'ب'], ['فءة', 'ك'],
  // وصيته، وصيتها are «his, her will» (وصي), not و + صيت «renown» (QA round 92).
  ['صيت', 'و'],
  // حل after و is mostly «and solving» (وحل مشاكلهم) or «and came (third)» (وحل ثالثا): وحل «mud»
  // is rare in news (QA round 67; round 64 refused it).
  ['حل', 'فكس'],
  // QA round 81: no ل before غم «grief» (لغم «mine», لغما is of لغم).
  ['غم', 'ل'],
  // QA round 67: no ب before عيد (بعيد «far», of بعد) or سار، زار، فور، صلى (بسار، بزار «seed
  // merchant»); no ل or ك before حي (لحي «beards», of لحي) or those verbs.
  ['عيد', 'ب'], ['حي', 'لك'], ['سار', 'بكل'], ['زار', 'بكل'], ['فور', 'بلك'], ['صلى', 'بلك'], ['سعى', 'بلك'],
  ['طن', 'وفبلكس'], ['تل', 'وفبلكس'], ['بد', 'وفبلكس'], ['سيما', 'وفبلكس'], ['من', 'وفبلكس'], ['حري', 'ب'], ['عالي', 'ف'], ['بنى', 'ل'], ['سمة', 'ب'], ['سمات', 'ب'],
  // صار «became» and يصير، تصير are verbs, which take no ب or ك (بصار is a name, as بصّار).
  ['صار', 'بك'], ['يصير', 'بك'], ['تصير', 'بك'],
  // نودّ «we would like» is a verb: بنود «clauses» is of بند, كنود «ungrateful» of كند (QA round 45).
  ['نود', 'بكل'],
  // فدية «ransom» is of فدي, not ف + دية «blood money»; لفتواهم is rare beside لفت.
  ['دية', 'ف'], ['ديات', 'ف'], ['فتوا', 'ل'],
  // QA round 129: بتارة is بتّارة «sharp» (of بتر), no ب + تارة «once».
  ['تارة', 'ب'],
  // وفدان is «two delegations» (وفد + ان), not و + فدان «feddan»; وفرات «savings» is of وفر, not و +
  // فرات (QA round 86).
  ['فدان', 'و'], ['فرات', 'و'],
  // QA round 115: كسري is كسرى «Chosroes» or كسر + ي, no ك + سرّي «secret».
  ['سري', 'ك'],
  // نوّه is a verb: بنوه is «his sons» (بنو + ه), كنوه، لنوه، سنوه are no ك، ل، س + نوّه.
  ['نوه', 'بكلس'],
  // فقاعة «bubble» is of فقع, not ف + قاعة «hall»; فرائد «gems» (plural of فريدة) is of فرد,
  // not ف + رائد «pioneer» (QA round 66).
  ['قاعة', 'ف'], ['راءد', 'ف'],
  // غيّ takes the article only: بغي «transgression» is of بغي, لغي of لغو, وغي mostly «and Guy» (QA round 40).
  ['غي', 'وفبلكس'],
  // يأتي «comes» (يأت، تأت; QA round 58) takes no ب or ك: بيئته «his environment» is of بوء;
  // مات «died» neither (كمات).
  ['يءت', 'بك'], ['تءت', 'بك'], ['مات', 'بك'],
  // يلي، تلي «follows» (QA round 72) take no ب، ك، ل or ف: بيلي، كيلي (Billy, Kelly), ليلي «my night», فيلي.
  ['يلي', 'بكلف'], ['تلي', 'بكلف'], ['تدر', 'بك'], ['يدر', 'بك'],
  // صاح is a verb too (بصاح، كصاح are no words, فصاحته is فصاحة «eloquence» + ه); بشر «humans» and كشّر «grimaced» are no ب، ك + شر.
  ['صاح', 'بكف'], ['شر', 'بكس'],
  // وفّروا «provided», كفروا «disbelieved», سفر, بفر are no و، ك، س، ب + فر.
  ['فر', 'وبكلس'],
  // كسرا، فسرا، كحلا، كبرا، لحظا are other words (كسر، فسّر، كحل، كبر، لحظ); وسامة is «handsomeness»
  // (of وسم), بسام a name.
  ['ردا', 'فبلكس'], ['حظا', 'فبلكس'], ['سرا', 'فبلكس'], ['حلا', 'فبلكس'], ['برا', 'فبلكس'], ['حبا', 'فبلكس'], ['عال', 'فبلكس'], ['سام', 'وفبلكس'],
  // كرامي is the name Karami (of كرم) more often than ك + رامي.
  ['رامي', 'ك'],
  // كرباتيا (the Carpathians) is no ك + ربات (QA round 42).
  ['ربات', 'ك'],
  // لديك «you have», وديك، بديك are other words or the name Dick (QA round 42).
  ['ديك', 'وفبلكس'],
  ['سر', 'فبكس'],
  ['بنات', 'ل'], ['ورم', 'فبك'], ['ذرات', 'ب'],
  // QA round 65: طار «flew» is a verb (بطار، كطار are no ب، ك + طار); بدير is the name Badir
  // (of بدر); فصد «bloodletting» is no ف + صدّ, nor are بصد، كصد.
  ['طار', 'بك'], ['دير', 'ب'], ['صد', 'فبك'],
  // QA round 71: the forms of GEMINATE_VERB_FORMS refuse the letters listed there; كنزار، سنزار
  // are no words.
  ...GEMINATE_VERB_FORMS.map(([stem, , refused]): [string, string] => [stem, refused]), ['نزار', 'فكس'],
  // QA round 84: فرجة is «a show, a view» (فرج), no ف + رجة «tremor».
  ['رج', 'ف'],
  // QA round 107: وأمد، فأمد are the verb أمدّ «supplied» (وأمد الله في عمره), no و، ف + أمد «span».
  ['ءمد', 'وفكس'], ['امد', 'وفكس'],
  // The jussive of كان takes no ب، ك or future س (QA round 107).
  ['يكن', 'بكس'], ['تكن', 'بكس'], ['نكن', 'بكس'], ['ءكن', 'بكس'],
]);

/**
 * Roots of {@link IRREGULAR_STEMS} that win over any corpus prior: the loanwords' conventional
 * ملين and ملير (no corpus prior backs them), رءي, whose imperfect without its hamza (يرى) fits the
 * frequent ورى / روي templates, مءي, whose مئات fits موت, and موه, whose ماء fits مءي.
 */
export const CERTAIN_ROOTS: ReadonlySet<string> = new Set(['ملين', 'ملير', 'رءي', 'مءي', 'موه']);

/** The name of God and its clitic forms (الله، لله، اللهم), root ءله. */
export const ALLAH_FORMS: ReadonlySet<string> = new Set(['الله', 'لله', 'اللهم']);

/**
 * Imperfect stems, without the person prefix (ي ت ن ء), of verbs that the future س or the ل
 * of purpose before them used to hide (سيتخذ، سيساهم، سيسهم، سيحل، سينضم، سيحكم، سيمر، سيقف،
 * سيبقون، سيتولون، ليغطي، ليعطي): their س or ل read as a radical (سوس، ليس، سحل، سيح، سمر، سقف،
 * سبق) or the word was rootless; each with its root. See {@link FUTURE_ENDINGS}.
 */
export const FUTURE_VERBS: ReadonlyMap<string, string> = new Map([
  ['تخذ', 'ءخذ'], ['ساهم', 'سهم'], ['سهم', 'سهم'], ['حل', 'حلل'], ['نضم', 'ضمم'], ['حكم', 'حكم'], ['مر', 'مرر'],
  ['قف', 'وقف'], ['بق', 'بقي'], ['بقى', 'بقي'], ['بقي', 'بقي'], ['تول', 'ولي'], ['تولى', 'ولي'],
  ['غطي', 'غطو'], ['غطى', 'غطو'], ['عطي', 'عطو'], ['عطى', 'عطو'],
]);

/** Verb endings and pronouns that may follow a stem of {@link FUTURE_VERBS} ('' for none). */
export const FUTURE_ENDINGS: readonly string[] = ['', 'ون', 'ان', 'وا', 'ين', 'ه', 'ها', 'هم'];
