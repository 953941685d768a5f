// Arabic cardinal number words and currency names, as written in Modern Standard Arabic
// news. Facts of the language, listed by hand; matching code folds hamza/alef variants,
// teh marbuta and alef maksura itself, so one spelling per inflection is enough here.

/** Units and ten, in masculine/feminine and nominative/oblique forms → value. */
export const NUMBER_UNITS: ReadonlyArray<readonly [word: string, value: number]> = [
  ['صفر', 0],
  ['واحد', 1], ['واحدة', 1],
  ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2],
  ['ثلاث', 3], ['ثلاثة', 3],
  ['أربع', 4], ['أربعة', 4],
  ['خمس', 5], ['خمسة', 5],
  ['ست', 6], ['ستة', 6],
  ['سبع', 7], ['سبعة', 7],
  ['ثمان', 8], ['ثماني', 8], ['ثمانية', 8], ['ثمانى', 8],
  ['تسع', 9], ['تسعة', 9],
  ['عشر', 10], ['عشرة', 10],
];

/**
 * First words of the compound numbers 11 and 12 that are not units on their own
 * («أحد عشر», «إحدى عشرة», «اثنا عشر», «اثنتي عشرة»); 13–19 are a unit plus «عشر/عشرة».
 */
export const TEEN_HEADS: ReadonlyArray<readonly [word: string, value: number]> = [
  ['أحد', 1], ['إحدى', 1], ['حادي', 1], ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2],
];

/** The tens, nominative («عشرون») and oblique («عشرين») → value. */
export const NUMBER_TENS: ReadonlyArray<readonly [word: string, value: number]> = [
  ['عشرون', 20], ['عشرين', 20],
  ['ثلاثون', 30], ['ثلاثين', 30],
  ['أربعون', 40], ['أربعين', 40],
  ['خمسون', 50], ['خمسين', 50],
  ['ستون', 60], ['ستين', 60],
  ['سبعون', 70], ['سبعين', 70],
  ['ثمانون', 80], ['ثمانين', 80],
  ['تسعون', 90], ['تسعين', 90],
];

/** The hundreds, both spellings of «مئة/مائة», written joined («ثلاثمئة») → value. */
export const NUMBER_HUNDREDS: ReadonlyArray<readonly [word: string, value: number]> = [
  ['مئة', 100], ['مائة', 100],
  ['مئتان', 200], ['مئتين', 200], ['مائتان', 200], ['مائتين', 200], ['مئتا', 200], ['مائتا', 200], ['مئتي', 200], ['مائتي', 200],
  ['ثلاثمئة', 300], ['ثلاثمائة', 300], ['ثلثمائة', 300],
  ['أربعمئة', 400], ['أربعمائة', 400],
  ['خمسمئة', 500], ['خمسمائة', 500],
  ['ستمئة', 600], ['ستمائة', 600],
  ['سبعمئة', 700], ['سبعمائة', 700],
  ['ثمانمئة', 800], ['ثمانمائة', 800], ['ثمانيمئة', 800], ['ثمانيمائة', 800],
  ['تسعمئة', 900], ['تسعمائة', 900],
];

/**
 * Scale words. `count` is the multiplier the word carries by itself: 1 for the singular
 * («ألف»), 2 for the dual («ألفان»), 0 for the plural («آلاف»), which needs a count before it.
 */
export const NUMBER_SCALES: ReadonlyArray<readonly [word: string, scale: number, count: number]> = [
  ['ألف', 1e3, 1], ['ألفا', 1e3, 1], ['ألفان', 1e3, 2], ['ألفين', 1e3, 2], ['ألفي', 1e3, 2], ['آلاف', 1e3, 0], ['ألوف', 1e3, 0],
  ['مليون', 1e6, 1], ['مليونا', 1e6, 1], ['مليونان', 1e6, 2], ['مليونين', 1e6, 2], ['مليوني', 1e6, 2], ['ملايين', 1e6, 0],
  ['مليار', 1e9, 1], ['مليارا', 1e9, 1], ['ملياران', 1e9, 2], ['مليارين', 1e9, 2], ['ملياري', 1e9, 2], ['مليارات', 1e9, 0],
  ['بليون', 1e9, 1], ['بليونا', 1e9, 1], ['بلايين', 1e9, 0],
  ['تريليون', 1e12, 1], ['ترليون', 1e12, 1], ['تريليونات', 1e12, 0], ['ترليونات', 1e12, 0],
];

/** Fractions that combine with a scale («نصف مليون», «مليون ونصف») → value. */
export const NUMBER_FRACTIONS: ReadonlyArray<readonly [word: string, value: number]> = [
  ['نصف', 0.5], ['ربع', 0.25],
];

/**
 * Currency nouns (singular, dual, plural, accusative) → their group (the singular, which
 * {@link CURRENCY_QUALIFIERS} is keyed by) and the ISO 4217 code used when no qualifying
 * adjective follows, or `''` when the bare word is ambiguous (دينار, ليرة, فرنك).
 */
export const CURRENCY_NOUNS: ReadonlyArray<readonly [word: string, group: string, defaultCode: string]> = [
  ['دولار', 'دولار', 'USD'], ['دولارا', 'دولار', 'USD'], ['دولاران', 'دولار', 'USD'], ['دولارين', 'دولار', 'USD'], ['دولارات', 'دولار', 'USD'],
  // «أورو» is the Maghreb spelling of the euro («450 ألف أورو»: 114 in news-009 and news-015)
  ['يورو', 'يورو', 'EUR'], ['يوروهات', 'يورو', 'EUR'], ['أورو', 'يورو', 'EUR'],
  ['جنيه', 'جنيه', 'EGP'], ['جنيها', 'جنيه', 'EGP'], ['جنيهان', 'جنيه', 'EGP'], ['جنيهين', 'جنيه', 'EGP'], ['جنيهات', 'جنيه', 'EGP'],
  ['ريال', 'ريال', 'SAR'], ['ريالا', 'ريال', 'SAR'], ['ريالان', 'ريال', 'SAR'], ['ريالين', 'ريال', 'SAR'], ['ريالات', 'ريال', 'SAR'],
  ['درهم', 'درهم', 'AED'], ['درهما', 'درهم', 'AED'], ['درهمان', 'درهم', 'AED'], ['درهمين', 'درهم', 'AED'], ['دراهم', 'درهم', 'AED'],
  ['دينار', 'دينار', ''], ['دينارا', 'دينار', ''], ['ديناران', 'دينار', ''], ['دينارين', 'دينار', ''], ['دنانير', 'دينار', ''],
  ['ليرة', 'ليرة', ''], ['ليرتان', 'ليرة', ''], ['ليرتين', 'ليرة', ''], ['ليرات', 'ليرة', ''],
  ['فرنك', 'فرنك', ''], ['فرنكا', 'فرنك', ''], ['فرنكات', 'فرنك', ''],
  ['شيكل', 'شيكل', 'ILS'], ['شيكلا', 'شيكل', 'ILS'], ['شيكلات', 'شيكل', 'ILS'], ['شيقل', 'شيكل', 'ILS'], ['شيقلا', 'شيكل', 'ILS'], ['شواقل', 'شيكل', 'ILS'], ['شيقلات', 'شيكل', 'ILS'],
  ['روبل', 'روبل', 'RUB'], ['روبلا', 'روبل', 'RUB'], ['روبلات', 'روبل', 'RUB'],
  ['روبية', 'روبية', 'INR'], ['روبيات', 'روبية', 'INR'],
  ['ين', 'ين', 'JPY'],
  ['يوان', 'يوان', 'CNY'], ['رنمينبي', 'يوان', 'CNY'],
  ['باوند', 'باوند', 'GBP'],
  // Numeric QA round 48: currencies news names after an amount (22 «وون», 12 «بوليفار», 9
  // «كرونة», 9 «بيزو», 6 «شلن», 10 «رينغيت/رينجيت» in five news files). The krona, peso and
  // shilling of several countries take their code from an adjective only.
  ['وون', 'وون', 'KRW'],
  ['بوليفار', 'بوليفار', 'VES'], ['بوليفارات', 'بوليفار', 'VES'],
  ['زلوتي', 'زلوتي', 'PLN'], ['زلوتيات', 'زلوتي', 'PLN'],
  ['فورنت', 'فورنت', 'HUF'],
  ['رينغيت', 'رينغيت', 'MYR'], ['رينجيت', 'رينغيت', 'MYR'],
  ['نايرا', 'نايرا', 'NGN'],
  ['كرونة', 'كرونة', ''], ['كرونات', 'كرونة', ''],
  ['بيزو', 'بيزو', ''], ['بيزوات', 'بيزو', ''],
  ['شلن', 'شلن', ''], ['شلنات', 'شلن', ''],
];

/**
 * Adjectives after a currency noun that name its country → ISO 4217 code, keyed by the
 * noun's default group: «دولار أمريكي/كندي», «جنيه مصري/إسترليني», «ريال قطري», …
 */
export const CURRENCY_QUALIFIERS: ReadonlyArray<readonly [noun: string, adjective: string, code: string]> = [
  ['دولار', 'أمريكي', 'USD'], ['دولار', 'أميركي', 'USD'], ['دولار', 'كندي', 'CAD'], ['دولار', 'أسترالي', 'AUD'],
  ['دولار', 'نيوزيلندي', 'NZD'], ['دولار', 'سنغافوري', 'SGD'], ['دولار', 'تايواني', 'TWD'], ['دولار', 'زيمبابوي', 'ZWL'],
  ['جنيه', 'مصري', 'EGP'], ['جنيه', 'إسترليني', 'GBP'], ['جنيه', 'استرليني', 'GBP'], ['جنيه', 'سوداني', 'SDG'],
  ['ريال', 'سعودي', 'SAR'], ['ريال', 'قطري', 'QAR'], ['ريال', 'عماني', 'OMR'], ['ريال', 'يمني', 'YER'],
  ['ريال', 'إيراني', 'IRR'], ['ريال', 'برازيلي', 'BRL'],
  ['درهم', 'إماراتي', 'AED'], ['درهم', 'مغربي', 'MAD'],
  ['دينار', 'كويتي', 'KWD'], ['دينار', 'أردني', 'JOD'], ['دينار', 'عراقي', 'IQD'], ['دينار', 'بحريني', 'BHD'],
  ['دينار', 'تونسي', 'TND'], ['دينار', 'ليبي', 'LYD'], ['دينار', 'جزائري', 'DZD'], ['دينار', 'صربي', 'RSD'],
  ['ليرة', 'تركية', 'TRY'], ['ليرة', 'لبنانية', 'LBP'], ['ليرة', 'سورية', 'SYP'],
  ['فرنك', 'سويسري', 'CHF'], ['فرنك', 'أفريقي', 'XOF'],
  ['روبية', 'هندية', 'INR'], ['روبية', 'باكستانية', 'PKR'], ['روبية', 'إندونيسية', 'IDR'],
  ['ين', 'ياباني', 'JPY'], ['يوان', 'صيني', 'CNY'], ['روبل', 'روسي', 'RUB'],
  ['وون', 'كوري', 'KRW'],
  ['رينغيت', 'ماليزي', 'MYR'],
  ['كرونة', 'سويدية', 'SEK'], ['كرونة', 'نرويجية', 'NOK'], ['كرونة', 'دنماركية', 'DKK'], ['كرونة', 'دنمركية', 'DKK'], ['كرونة', 'تشيكية', 'CZK'], ['كرونة', 'آيسلندية', 'ISK'],
  ['بيزو', 'مكسيكي', 'MXN'], ['بيزو', 'أرجنتيني', 'ARS'], ['بيزو', 'فلبيني', 'PHP'], ['بيزو', 'كولومبي', 'COP'], ['بيزو', 'تشيلي', 'CLP'], ['بيزو', 'كوبي', 'CUP'],
  ['شلن', 'كيني', 'KES'], ['شلن', 'أوغندي', 'UGX'], ['شلن', 'تنزاني', 'TZS'], ['شلن', 'صومالي', 'SOS'],
];

/** Currency symbols → ISO 4217 code. */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [symbol: string, code: string]> = [
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₪', 'ILS'], ['₽', 'RUB'], ['₹', 'INR'],
  ['₺', 'TRY'], ['\uFDFC', 'SAR'], // U+FDFC RIAL SIGN
];
