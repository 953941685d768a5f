// The currency of a bare currency noun read from its paragraph. Several countries share a
// currency's name: seven pay in dinars, five in riyals or rials, three in pounds (جنيه), three
// in lira, two in dirhams, and a franc in a Swiss paragraph is the Swiss one; fils are parts of
// five currencies and the qirsh (piastre) of six. Alone after an
// amount, دينار, ليرة and فرنك name no currency (no value), and ريال, جنيه, درهم are read as
// their most common one (SAR, EGP, AED). But news that quotes a bare amount has named its
// country nearby («البنك التجاري الكويتي», «البورصة الأردنية», «طهران»). When the paragraph
// around the amount names exactly one of the countries that use the noun, the amount is read in
// that country's currency.
import type { Token } from '../tokenize/types.js';
import { tokenize } from '../tokenize/index.js';
import { findNumericEntities } from './numeric/index.js';
import type { Entity } from './types.js';
import { NUMBER_SCALES } from '../chars/number-words.js';

/** A currency noun family: its bare forms (as written last in a MONEY span), its default currency and its countries' currencies. */
interface Family {
  /** The currency a bare noun gets without help (`''`: none, the noun is ambiguous). */
  default: string;
  /** The currencies of the countries that use the noun, with the adjective that names each after the noun. */
  adjectives: Readonly<Record<string, string>>;
}

const DINAR: Family = {
  default: '',
  adjectives: { KWD: 'كويتي', IQD: 'عراقي', JOD: 'أردني', BHD: 'بحريني', LYD: 'ليبي', DZD: 'جزائري', TND: 'تونسي' },
};
const RIYAL: Family = { default: 'SAR', adjectives: { SAR: 'سعودي', QAR: 'قطري', YER: 'يمني', IRR: 'إيراني', BRL: 'برازيلي' } };
const POUND: Family = { default: 'EGP', adjectives: { EGP: 'مصري', SDG: 'سوداني', GBP: 'إسترليني' } };
const DIRHAM: Family = { default: 'AED', adjectives: { AED: 'إماراتي', MAD: 'مغربي' } };
const LIRA: Family = { default: '', adjectives: { TRY: 'تركية', SYP: 'سورية', LBP: 'لبنانية' } };
const FRANC: Family = { default: '', adjectives: { CHF: 'سويسري' } };
// the fils and the qirsh (piastre), parts of the currencies of several countries
const FILS: Family = { default: '', adjectives: { KWD: 'كويتي', BHD: 'بحريني', JOD: 'أردني', IQD: 'عراقي', AED: 'إماراتي' } };
const QIRSH: Family = { default: '', adjectives: { EGP: 'مصري', SDG: 'سوداني', SYP: 'سوري', LBP: 'لبناني', JOD: 'أردني', TRY: 'تركي' } };

/** The family of each bare currency noun form (singular, accusative, plural). */
const NOUNS: ReadonlyMap<string, Family> = new Map([
  ...['دينار', 'دينارا', 'دينارًا', 'دنانير'].map((w) => [w, DINAR] as const),
  ...['ريال', 'ريالا', 'ريالًا', 'ريالات'].map((w) => [w, RIYAL] as const),
  ...['جنيه', 'جنيها', 'جنيهًا', 'جنيهات'].map((w) => [w, POUND] as const),
  ...['درهم', 'درهما', 'درهمًا', 'دراهم'].map((w) => [w, DIRHAM] as const),
  ...['ليرة', 'ليره', 'ليرات'].map((w) => [w, LIRA] as const),
  ...['فرنك', 'فرنكا', 'فرنكًا', 'فرنكات'].map((w) => [w, FRANC] as const),
  ...['فلس', 'فلسا', 'فلسًا', 'فلوس'].map((w) => [w, FILS] as const),
  ...['قرش', 'قرشا', 'قرشًا', 'قروش'].map((w) => [w, QIRSH] as const),
]);

/**
 * Cities and governorates of the dinar countries (QA round numeric 46: in news-009, a Tunisian
 * radio's local news, 626 paragraphs quoted a bare «دينار» with no value, most of them naming
 * only a governorate). Left out: names that are also common words or shared («قبلي» "tribal",
 * «الكاف» a letter, «طرابلس» in Libya and Lebanon, «عمان»).
 */
const CITIES: Readonly<Record<string, string>> = {
  صفاقس: 'TND', سوسة: 'TND', المهدية: 'TND', قفصة: 'TND', القيروان: 'TND', بنزرت: 'TND', نابل: 'TND', المنستير: 'TND',
  قابس: 'TND', مدنين: 'TND', تطاوين: 'TND', توزر: 'TND', 'سيدي بوزيد': 'TND', القصرين: 'TND', سليانة: 'TND', باجة: 'TND',
  جندوبة: 'TND', زغوان: 'TND', منوبة: 'TND', أريانة: 'TND', اريانة: 'TND', 'بن عروس': 'TND', الحمامات: 'TND', جربة: 'TND',
  وهران: 'DZD', قسنطينة: 'DZD', عنابة: 'DZD', تلمسان: 'DZD', سطيف: 'DZD', البليدة: 'DZD', بجاية: 'DZD',
  البصرة: 'IQD', الموصل: 'IQD', أربيل: 'IQD', اربيل: 'IQD', النجف: 'IQD', كربلاء: 'IQD', كركوك: 'IQD', السليمانية: 'IQD',
  الزرقاء: 'JOD', إربد: 'JOD', اربد: 'JOD', العقبة: 'JOD',
  بنغازي: 'LYD', مصراتة: 'LYD', سبها: 'LYD',
};

/**
 * A country that pays in one of the families above, named as a word: the country, its capital or
 * its adjective, with an optional article and up to three proclitic letters («الكويت»,
 * «الكويتية», «بالأردن», «وللبحرين», «طهران»). Word edges are Arabic letters on neither side, so
 * «عراقة» (antiquity), «أعراق» (races) and «ليبيريا» do not count. «تركي» without the article is
 * also a given name and does not count, nor «سور» (a wall) and «سعود» (a name) without an ending,
 * nor «عمان» (Oman, or Amman?) and «طرابلس» (in Libya, or Lebanon?).
 * Bounded alternatives, no nested repetition: linear in the text.
 */
const CUE = new RegExp(
  '(?:^|[^\\u0621-\\u064A\\u0671-\\u06D3])[وفبل]{0,3}(?:' +
    [
      // a country's name, or its adjective («الكويتي», «مصرية»)
      '(?:ال)?(كويت|عراق|[أا]ردن|بحرين|جزائر|تونس|قطر|يمن|[إا]يران|برازيل|مصر|سودان|[إا]مارات|لبنان)(?:ي|ية|يه|يين|يون|يات)?',
      // stems that are words of their own without an ending («سور» wall, «سعود» a name)
      '(?:ال)?(سعود|بريطان|سور|سويسر)(?:يا|ية|يه|يين|يون|ي|ا)',
      '(?:ال)?(ليبي)(?:ا|ة|ه|ين|ون)?',
      'ال(مغرب)(?:ي|ية|يه)?',
      '(مغرب)(?:ي|ية|يه)',
      'ال(ترك)(?:ي|ية|يه)',
      '(ترك)يا',
      // capitals and business cities; «خادم الحرمين» (the Saudi king's title); the cities and
      // governorates of the dinar countries, which their local news names without the country
      // («بحوالي 80 ألف دينار» in a report from «ولاية المهدية»), none of them another word
      '(خادم الحرمين|طهران|القاهرة|لندن|دبي|أبوظبي|ابوظبي|الرياض|الدوحة|بغداد|دمشق|بيروت|أنقرة|انقرة|إسطنبول|اسطنبول|الخرطوم|صنعاء|الرباط|المنامة|' +
        Object.keys(CITIES).join('|') +
        ')',
    ].join('|') +
    ')(?![\\u0621-\\u064A\\u0671-\\u06D3])',
  'g',
);

/** The capturing group of CUE that holds capitals (the last; see the alternatives above). */
const CAPITALS_GROUP = 8;

/** The currency each country stem or capital of CUE stands for. */
const CODE_OF: Readonly<Record<string, string>> = {
  كويت: 'KWD',
  عراق: 'IQD',
  بغداد: 'IQD',
  أردن: 'JOD',
  اردن: 'JOD',
  بحرين: 'BHD',
  المنامة: 'BHD',
  جزائر: 'DZD',
  تونس: 'TND',
  ليبي: 'LYD',
  سعود: 'SAR',
  'خادم الحرمين': 'SAR',
  الرياض: 'SAR',
  قطر: 'QAR',
  الدوحة: 'QAR',
  يمن: 'YER',
  صنعاء: 'YER',
  إيران: 'IRR',
  ايران: 'IRR',
  طهران: 'IRR',
  برازيل: 'BRL',
  مصر: 'EGP',
  القاهرة: 'EGP',
  سودان: 'SDG',
  الخرطوم: 'SDG',
  بريطان: 'GBP',
  لندن: 'GBP',
  إمارات: 'AED',
  امارات: 'AED',
  دبي: 'AED',
  أبوظبي: 'AED',
  ابوظبي: 'AED',
  مغرب: 'MAD',
  الرباط: 'MAD',
  سور: 'SYP',
  دمشق: 'SYP',
  لبنان: 'LBP',
  بيروت: 'LBP',
  ترك: 'TRY',
  أنقرة: 'TRY',
  انقرة: 'TRY',
  إسطنبول: 'TRY',
  اسطنبول: 'TRY',
  سويسر: 'CHF',
  ...CITIES,
};

/**
 * A year of the past with its era mark: one to three digits before «هـ» or «م» («240هـ», «854م»),
 * a Hijri year before 1300 or a common-era year before 1900 («1130 هـ», «1798م»). The dinar or
 * dirham of such a text is the coin of its age («ألف دينار» of a caliph), no country's currency.
 */
const PAST_YEAR =
  /(?:^|[^0-9\u0660-\u0669])(?:[0-9\u0660-\u0669]{1,3}|1[0-2][0-9]{2}(?=\s?ه)|1[0-8][0-9]{2}(?=\s?م))\s?(?:هـ|ه|م)(?![\u0621-\u064A])/;

/**
 * A caliphal dynasty or its age («العصر الأيوبي», «الخليفة العباسي», «أحمد بن طولون»), the
 * caliph himself (with the article: «آل خليفة» of Bahrain is no caliph), Constantinople or
 * al-Andalus: the coins of such a text are of its age too.
 */
const DYNASTY =
  /(?:(?:عباسي|أموي|اموي|فاطمي|أيوبي|ايوبي|مملوكي|سلجوقي|طولوني|إخشيدي|اخشيدي)(?:ة|ه|ين|ون)?|طولون|الخليفة|الخلافة|القسطنطينية|الأندلس|الاندلس)(?![\u0621-\u064A])/;

/**
 * The currencies of the countries a paragraph names: `strong` by a country, a capital or an
 * adjective of an institution («الحكومة القطرية», «البنوك الكويتية»), `weak` by a masculine
 * singular adjective only, which as often describes a person («اللاعب البرازيلي» in a Saudi
 * club's news).
 */
export interface Cues {
  strong: Set<string>;
  weak: Set<string>;
}

/**
 * The text as CUE, NOUNS and PAST_YEAR spell it: presentation forms decomposed (NFKC), marks,
 * tatweel and joiners dropped («الكُوَيْتِيُّ», «الكـويت»), Persian/Urdu kaf and yeh and alef wasla
 * read as Arabic ones («الکویت»), Persian digits as ASCII. Hamza and ة are kept, as CUE writes them.
 */
function foldCues(text: string): string {
  let s = /[\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text) ? text.normalize('NFKC') : text;
  s = s.replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D]/g, '');
  return s.replace(/[\u06A9\u06CC\u0671\u06F0-\u06F9]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0x06f0) return String(c - 0x06f0);
    return c === 0x06a9 ? '\u0643' : c === 0x06cc ? '\u064A' : '\u0627';
  });
}

/**
 * The currencies of the countries `texts` name (see CUE), or undefined for a text that dates
 * itself to the past.
 */
export function countryCurrencies(texts: readonly string[]): Cues | undefined {
  const found: Cues = { strong: new Set(), weak: new Set() };
  for (const raw of texts) {
    const text = foldCues(raw);
    if (PAST_YEAR.test(text) || DYNASTY.test(text)) return undefined;
    CUE.lastIndex = 0;
    for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
      let k = 1;
      while (m[k] === undefined) k++;
      const code = CODE_OF[m[k]!]!;
      // the capitals group is the last; a match ending in ي elsewhere is a masculine adjective
      const weak = k < CAPITALS_GROUP && m[0].endsWith('\u064A');
      (weak ? found.weak : found.strong).add(code);
    }
  }
  return found;
}

/** Where the last word of `text` starts: after its last white space, or 0. */
function lastWordStart(text: string): number {
  let start = text.length;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return start;
}

let scaleWords: Set<string> | undefined;

/**
 * Whether the MONEY entity `e` ends in a scale word, with no currency noun of its own: an amount
 * that took the currency of a sum before it or of the second amount of its range («من 74 ألفا»
 * after «87 ألف ريال»; numeric QA round 48), and so follows that sum's currency when the context
 * of the paragraph rereads it.
 */
export function lendsCurrency(e: Entity): boolean {
  if (e.type !== 'MONEY') return false;
  const start = lastWordStart(e.text);
  scaleWords ??= new Set(NUMBER_SCALES.map(([w]) => foldCues(w).replace(/[أإآ]/g, 'ا')));
  return scaleWords.has(foldCues(e.text.slice(start)).replace(/[أإآ]/g, 'ا'));
}

/**
 * The family of a MONEY entity's currency noun when it stands bare at the end of the span and
 * the grammar gave the noun's default (or, for an ambiguous noun, no value); otherwise undefined.
 */
export function bareCurrency(e: Entity): Family | undefined {
  if (e.type !== 'MONEY') return undefined;
  // the last word, after any white space («ملايين\u00A0دينار»)
  const start = lastWordStart(e.text);
  const family = NOUNS.get(foldCues(e.text.slice(start)));
  if (family === undefined || start === 0) return undefined;
  const value = e.value as { currency?: string } | undefined;
  return (value === undefined ? family.default === '' : value.currency === family.default) ? family : undefined;
}

/**
 * The value of the bare currency amount `e` in the currency of the one country of its family
 * that `cues` name, as the grammar reads the amount with that country's adjective after it, or
 * undefined. An ambiguous noun (دينار, ليرة, فرنك) takes any cue. A noun with a default (ريال,
 * جنيه, درهم) leaves it only for a strong cue, and never when the default's country is named too.
 */
export function contextValue(e: Entity, family: Family, cues: Cues): Entity['value'] {
  if (family.default !== '' && (cues.strong.has(family.default) || cues.weak.has(family.default))) return undefined;
  let code = '';
  const pick = (codes: ReadonlySet<string>): boolean => {
    for (const c of codes) {
      if (family.adjectives[c] === undefined || c === code) continue;
      if (code !== '') return false;
      code = c;
    }
    return true;
  };
  if (!pick(cues.strong) || (family.default === '' && !pick(cues.weak))) return undefined;
  if (code === '' || code === family.default) return undefined;
  const text = `${e.text} ${family.adjectives[code]!}`;
  const tokens: Token[] = tokenize(text);
  for (const m of findNumericEntities(text, tokens)) {
    if (m.type === 'MONEY' && m.start === 0 && typeof m.value === 'object' && m.value !== null && 'currency' in m.value && m.value.currency === code) return m.value;
  }
  return undefined;
}

export type { Family as CurrencyFamily };
