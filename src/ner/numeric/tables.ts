// Lookup tables for the numeric grammar, folded and built on first use (never at import).
import { GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS } from '../../chars/months.js';
import {
  CURRENCY_NOUNS,
  CURRENCY_QUALIFIERS,
  CURRENCY_SYMBOLS,
  NUMBER_FRACTIONS,
  NUMBER_HUNDREDS,
  NUMBER_SCALES,
  NUMBER_TENS,
  NUMBER_UNITS,
  TEEN_HEADS,
} from '../../chars/number-words.js';
import { fold } from './atoms.js';

/** A month name's number, calendar and ambiguity. */
export interface MonthEntry {
  month: number;
  hijri: boolean;
  /** Also an ordinary word or name («مارس» practised, «رجب», «صفر» zero): needs context. */
  weak: boolean;
}

/** The grammar's folded lookup tables. */
export interface Tables {
  units: Map<string, number>;
  teenHeads: Map<string, number>;
  tens: Map<string, number>;
  hundreds: Map<string, number>;
  scales: Map<string, { scale: number; count: number }>;
  fractions: Map<string, number>;
  months: Map<string, MonthEntry>;
  /** First words of two-word month names («كانون», «تشرين», «ربيع», «جمادي», «ذو», «ذي»). */
  monthHeads: Set<string>;
  weekdays: Map<string, number>;
  currencies: Map<string, { group: string; code: string }>;
  qualifiers: Map<string, string>;
  symbols: Map<string, string>;
  hourWords: Map<string, number>;
  /** ISO 4217 codes in lower case («usd»), read as currencies only when written in capitals. */
  isoCodes: Set<string>;
}

// ISO 4217 codes read beside a number («100 USD», «EUR 50») besides those of the currency
// tables: the Arab League's, the other major ones, and Central Asia's. Codes that are also
// English words in capitals (ALL, TOP, CUP) are left out.
const MORE_ISO_CODES = [
  'KRW', 'HKD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'MXN', 'ARS', 'ZAR', 'NGN', 'KES', 'ETB', 'MYR', 'THB',
  'VND', 'PHP', 'BDT', 'LKR', 'AFN', 'AZN', 'KZT', 'UZS', 'TJS', 'KGS', 'TMT', 'BYN', 'UAH', 'GEL', 'AMD',
  'MRU', 'SOS', 'DJF', 'KMF', 'XAF', 'SSP', 'XAU', 'XDR',
];

// Month names that are also common words or given names; they count as months only with a
// day, a year, «شهر», a pairing («آب/أغسطس») or a modifier («الماضي») — or, for the
// Gregorian ones and «رمضان», after a preposition («في مارس»).
const WEAK_MONTHS = ['مارس', 'آب', 'ماي', 'جوان', 'أوت', 'صفر', 'رجب', 'شعبان', 'رمضان', 'محرم', 'محرّم'];
/** Weak month names (folded) that a preposition alone makes a month («في مارس»). */
export const WEAK_BY_PREPOSITION: ReadonlySet<string> = new Set(['مارس', 'اب', 'ماي', 'جوان', 'اوت', 'رمضان']);

// Hours as feminine ordinals after «الساعة» («الساعة العاشرة»).
const HOUR_WORDS: Array<[string, number]> = [
  ['الواحدة', 1], ['الثانية', 2], ['الثالثة', 3], ['الرابعة', 4], ['الخامسة', 5], ['السادسة', 6],
  ['السابعة', 7], ['الثامنة', 8], ['التاسعة', 9], ['العاشرة', 10], ['الحادية عشرة', 11], ['الثانية عشرة', 12],
];

// The indefinite accusative of the units that take no teh marbuta, written with the alef of
// its tanween («سبعاً وأربعين عاماً», «صلى أربعاً»), which the shared list leaves out.
const ACCUSATIVE_UNITS: Array<[string, number]> = [
  ['ثلاثا', 3], ['أربعا', 4], ['خمسا', 5], ['ستا', 6], ['سبعا', 7], ['ثمانيا', 8], ['تسعا', 9], ['عشرا', 10],
];

let tables: Tables | undefined;

/** The folded lookup tables, built once on first call. */
export function getTables(): Tables {
  if (tables) return tables;
  const pairs = (rows: ReadonlyArray<readonly [string, number]>): Map<string, number> =>
    new Map(rows.map(([w, v]) => [fold(w), v]));
  const months = new Map<string, MonthEntry>();
  const monthHeads = new Set<string>();
  const weak = new Set(WEAK_MONTHS.map(fold));
  for (const [rows, hijri] of [[GREGORIAN_MONTHS, false], [HIJRI_MONTHS, true]] as const) {
    for (const [name, month] of rows) {
      const key = fold(name);
      if (!months.has(key)) months.set(key, { month, hijri, weak: weak.has(key) });
      const space = key.indexOf(' ');
      if (space > 0) monthHeads.add(key.slice(0, space));
    }
  }
  tables = {
    units: pairs([...NUMBER_UNITS, ...ACCUSATIVE_UNITS]),
    teenHeads: pairs(TEEN_HEADS),
    tens: pairs(NUMBER_TENS),
    hundreds: pairs(NUMBER_HUNDREDS),
    scales: new Map(NUMBER_SCALES.map(([w, scale, count]) => [fold(w), { scale, count }])),
    fractions: pairs(NUMBER_FRACTIONS),
    months,
    monthHeads,
    weekdays: pairs(WEEKDAYS),
    currencies: new Map(CURRENCY_NOUNS.map(([w, group, code]) => [fold(w), { group: fold(group), code }])),
    qualifiers: new Map(CURRENCY_QUALIFIERS.map(([noun, adjective, code]) => [`${fold(noun)} ${fold(adjective)}`, code])),
    symbols: new Map(CURRENCY_SYMBOLS.map(([s, code]) => [s, code])),
    hourWords: pairs(HOUR_WORDS),
    isoCodes: new Set(
      [...CURRENCY_NOUNS.map(([, , code]) => code), ...CURRENCY_QUALIFIERS.map(([, , code]) => code), ...CURRENCY_SYMBOLS.map(([, code]) => code), ...MORE_ISO_CODES]
        .filter((code) => code !== '')
        .map((code) => code.toLowerCase()),
    ),
  };
  return tables;
}

/** Folded word sets used as triggers and connectors (built with the tables). */
export const WORDS = {
  /** Introduce a weekday or a day («اليوم الخميس», «يوم 30 مارس», «يومي 3 و4 يوليو»). */
  day: ['يوم', 'اليوم', 'يومي', 'يومى'],
  /** «بتاريخ ( 28 / 8 / 1996 )», «تاريخ 1934»: introduces any date, parenthesized or not. */
  dated: ['تاريخ', 'التاريخ'],
  /** Times of day before a weekday («مساء الخميس»). */
  eve: ['مساء', 'صباح', 'ليلة', 'فجر', 'ظهر', 'عصر', 'ظهيرة', 'عشية'],
  /**
   * Parts of a month or year («منتصف يونيو», «أواخر عام 2017»; «بدايات/نهايات» since numeric round 69, «بدايات التسعينيات»;
   * «مطالع/مفتتح» and the misspellings «أوخر/آوخر/أوئل» since numeric round 72, «مطالع الثمانينات», «أوئل الخمسينيات»).
   */
  part: ['منتصف', 'أواسط', 'أوائل', 'أواخر', 'مطلع', 'بداية', 'نهاية', 'بدايات', 'نهايات', 'أول', 'آخر', 'مستهل', 'غرة', 'مطالع', 'مفتتح', 'أوخر', 'آوخر', 'أوئل'],
  /** «شهر يونيو». */
  month: ['شهر', 'شهري'],
  /** Introduce a year («عام 2001», «أعوام 2005»). */
  year: ['عام', 'العام', 'سنة', 'السنة', 'أعوام', 'الأعوام', 'عامي', 'العامين', 'سنوات', 'السنوات', 'سنتي', 'السنتين'],
  /** Relative modifiers after a month or weekday («يونيو الماضي»). */
  modifier: ['الماضي', 'الجاري', 'المقبل', 'القادم', 'الحالي', 'المنصرم', 'الفائت', 'المنقضي', 'الفارط', 'الفارطة', 'الماضية', 'المقبلة', 'القادمة', 'المبارك', 'الفضيل'],
  /** Era markers after a year. */
  hijriEra: ['ه', 'هـ', 'هجري', 'هجرية', 'للهجرة', 'هجريا'],
  gregorianEra: ['م', 'ميلادي', 'ميلادية', 'للميلاد', 'ميلاديا'],
  /** Prepositions that make a weak month name a month («في مارس»). */
  preposition: ['في', 'منذ', 'خلال', 'حتى', 'قبل', 'بعد', 'بحلول', 'من', 'إلى', 'وفي', 'ومنذ', 'وحتى', 'وخلال'],
  /** Links two days of a range («3 و4», «13 وحتى 15», «3 - 4»). */
  rangeWord: ['و', 'إلى', 'حتى', 'وحتى', 'الى'],
  /** Introduces a date after a weekday («الثلاثاء الموافق 5/8/2008»). */
  agreeing: ['الموافق', 'الموافقة'],
  clock: ['الساعة', 'ساعة'],
  /** Nouns after which a number is an identifier, not a quantity («رقم 5», «المادة 46», «ص 3»). */
  // Besides nouns, the makers and tournaments whose models and editions are numbered
  // («بوينغ 737», «خليجي 23»), and the minute of a match («في الدقيقة 74»).
  identifier: ['الدقيقتين', 'الدقيقتان', 'المادتين', 'المادتان', 'البندين', 'البندان', 'الفقرتين', 'الفقرتان', 'الدقيقة', 'بوينغ', 'بوينج', 'إيرباص', 'ايرباص', 'خليجي', 'سوخوي', 'رقم', 'الرقم', 'المادة', 'مادة', 'المواد', 'الفقرة', 'فقرة', 'البند', 'بند', 'العدد', 'ص', 'صفحة', 'الصفحة', 'الفصل', 'الجزء', 'المجلد', 'الحلقة', 'الإصدار', 'الآية', 'القرار', 'قرار', 'القانون', 'قانون', 'مضبط', 'الغرفة', 'غرفة', 'المقعد', 'الرتبة', 'المرتبة', 'جزء', 'رقمها', 'رقمه',
    // the rank of a player («المصنف 50 عالميا»); telephone models («نوت 7», «آيفون 8»)
    'المصنف', 'المصنفة', 'مصنف', 'نوت', 'آيفون', 'أيفون', 'جالاكسي', 'غالاكسي', 'نوكيا',
    // TV channels («فرانس 24», «تي إف 1», «بي إن سبورت 3»), radio stations («راديو 4») and
    // racing series («فورمولا 1»: 20 in news-006)
    'فرانس', 'إف', 'سبورت', 'راديو', 'فورمولا', 'الفورمولا',
    // operating systems, game consoles, cars, aircraft and missiles named by a model number
    // («ويندوز 10», «بلاي ستيشن 4», «إكس بوكس 360», «بيجو 301», «ميغ 21», «دلتا 2», «إس 300», «غالاكسي إس 6»)
    'ويندوز', 'وندوز', 'ستيشن', 'بلايستيشن', 'بوكس', 'بيجو', 'ميغ', 'ميج', 'دلتا', 'إس',
    // telephones and space probes («نيكسوس 5», «مارينر 10», «فوياجر 1», «سويوز 11»)
    'نيكسوس', 'نكسوس', 'مارينر', 'فوياجر', 'فويجر', 'سويوز', 'بايونير',
    // stock indexes («كاك 40», «ستاندرد آند بورز 500», «يورو ستوكس 50», «فايننشال تايمز 100»: 36 in news-003)
    'كاك', 'داكس', 'نيكاي', 'فوتسي', 'بورز', 'ستوكس', 'تايمز', 'ناسداك', 'يوروفرست',
    // the letter H of a flight or virus code («إم إتش 370», «إتش 1 إن 1»), a kilometre post on
    // a road («النقطة الكيلومترية 52»), a short code to text («تبدأ بالرمز 211»), and articles of
    // a law in the dual and plural («الفصلين 25 و26», «الفصول 31 و32», as «الفصل 5»)
    'إتش', 'اتش', 'الكيلومترية', 'بالرمز', 'الفصلين', 'الفصول',
    // the other spelling of the racing series («فورميولا 1»), the fatty acids («أوميغا 3») and
    // standards («أيزو 9001», «أيزو 3166-1») (QA round numeric 37)
    'فورميولا', 'الفورميولا', 'أوميغا', 'أوميجا', 'أيزو', 'الأيزو',
    // editions of an operating system named by a version («ويندوز إن تي 4.0», «ويندوز فون 8»,
    // «ويندوز موبايل 5.0», «ويندوز سيرفر 2008»: 24 in news-003 and news-013; QA round numeric 41)
    'تي', 'فون', 'موبايل', 'سيرفر',
    // the letter A of a model («إيرباص إيه 380», «معالج إيه 12», «الطريق إيه 10», «سام إس إيه 22»:
    // 62 in the 16 ANT files, all but one a label; QA round numeric 45)
    'إيه', 'ايه',
    // «نمرة», the Egyptian word for «رقم», in titles («رصيف نمرة 5», «الخطيب نمرة 13»), and the
    // space probes «أبولو 11», «فينيرا 7» (QA round numeric 73)
    'نمرة', 'أبولو', 'ابولو', 'فينيرا'],
  /** Periods of the day after a time → whether they move the hour past noon. */
  morning: ['صباحا', 'صباح', 'فجرا', 'ص', 'ضحى'],
  // («زوالا», «at the decline of the sun», is the Tunisian «ظهرا»: «الساعة الرابعة زوالا», 16:00;
  // QA round numeric 86)
  afternoon: ['مساء', 'مساءا', 'عصرا', 'م', 'ليلا', 'ظهرا', 'زوالا'],
  minuteWords: ['دقيقة', 'دقائق', 'دقيقه'],
  percentWords: ['بالمئة', 'بالمائة', 'بالمية', 'بالميه'],
  percentNouns: ['المئة', 'المائة', 'المية'],
};

/** The name of one of the {@link WORDS} sets. */
export type WordSet = keyof typeof WORDS;
let sets: Record<WordSet, Set<string>> | undefined;

/** True when the folded `key` belongs to the named word set. */
export function isIn(set: WordSet, key: string): boolean {
  if (!sets) {
    sets = {} as Record<WordSet, Set<string>>;
    for (const name of Object.keys(WORDS) as WordSet[]) sets[name] = new Set(WORDS[name].map(fold));
  }
  return sets[set].has(key);
}
