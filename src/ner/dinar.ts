// The currency of a bare «دينار» read from its paragraph. Seven countries pay in dinars, so
// «بلغت الأرباح 16.7 مليون دينار» alone names no currency and the grammar gives it no value;
// but news that quotes a bare dinar has named its country nearby («البنك التجاري الكويتي»,
// «البورصة الأردنية»). When the paragraph around the amount names exactly one dinar country,
// the amount is read as if that country's adjective followed it.
import type { Token } from '../tokenize/types.js';
import { tokenize } from '../tokenize/index.js';
import { findNumericEntities } from './numeric/index.js';
import type { Entity } from './types.js';

/** The dinar countries' ISO 4217 codes and the adjective that settles the currency after «دينار». */
const ADJECTIVES: Readonly<Record<string, string>> = {
  KWD: 'كويتي',
  IQD: 'عراقي',
  JOD: 'أردني',
  BHD: 'بحريني',
  LYD: 'ليبي',
  DZD: 'جزائري',
  TND: 'تونسي',
};

/**
 * A dinar country named as a word: the country or its adjective, with an optional article and
 * up to three proclitic letters («الكويت», «الكويتية», «بالأردن», «وللبحرين»). Word edges are Arabic
 * letters on neither side, so «عراقة» (antiquity), «أعراق» (races) and «ليبيريا» do not count.
 * Bounded alternatives and no nested repetition: linear in the text.
 */
const CUE =
  /(?:^|[^\u0621-\u064A\u0671-\u06D3])[وفبل]{0,3}(?:ال)?(?:(كويت|عراق|[أا]ردن|بحرين|جزائر|تونس)(?:ي|ية|يه|يين|يون|يات)?|(ليبيا|ليبي)(?:ة|ه|ين|ون)?)(?![\u0621-\u064A\u0671-\u06D3])/g;

const CODE_OF: Readonly<Record<string, string>> = {
  كويت: 'KWD',
  عراق: 'IQD',
  أردن: 'JOD',
  اردن: 'JOD',
  بحرين: 'BHD',
  جزائر: 'DZD',
  تونس: 'TND',
  ليبيا: 'LYD',
  ليبي: 'LYD',
};

/**
 * A year of the past with its era mark: one to three digits before «هـ» or «م» («240هـ», «854م»),
 * a Hijri year before 1300 or a common-era year before 1900 («1130 هـ», «1798م»). The dinar of
 * such a text is the gold coin of its age («ألف دينار» of a caliph), no country's currency.
 */
const PAST_YEAR = /(?:^|[^0-9\u0660-\u0669])(?:[0-9\u0660-\u0669]{1,3}|1[0-2][0-9]{2}(?=\s?ه)|1[0-8][0-9]{2}(?=\s?م))\s?(?:هـ|ه|م)(?![\u0621-\u064A])/;

/** A caliphal dynasty or its age («العصر الأيوبي», «الخليفة العباسي»): its dinar is its gold coin too. */
const DYNASTY = /(?:عباسي|أموي|اموي|فاطمي|أيوبي|ايوبي|مملوكي|سلجوقي|طولوني|إخشيدي|اخشيدي)(?:ة|ه|ين|ون)?(?![\u0621-\u064A])/;

/**
 * The one dinar country `texts` name (`''` for none, `'*'` for more than one, or for a text that
 * dates itself to the past).
 */
export function dinarCountry(texts: readonly string[]): string {
  let found = '';
  for (const text of texts) {
    if (PAST_YEAR.test(text) || DYNASTY.test(text)) return '*';
    CUE.lastIndex = 0;
    for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
      const code = CODE_OF[m[1] ?? m[2]!]!;
      if (found !== '' && found !== code) return '*';
      found = code;
    }
  }
  return found;
}

/** Whether a MONEY entity is a bare dinar amount the grammar could not value. */
export function isBareDinar(e: Entity): boolean {
  return e.type === 'MONEY' && e.value === undefined && (e.text.includes('دينار') || e.text.includes('دنانير'));
}

/**
 * The value of a bare dinar amount `e` in the currency `code` (one of the dinar countries), as
 * the grammar reads the amount with that country's adjective after it; undefined if it does not.
 */
export function dinarValue(e: Entity, code: string): Entity['value'] {
  const adjective = ADJECTIVES[code];
  if (adjective === undefined) return undefined;
  const text = `${e.text} ${adjective}`;
  const tokens: Token[] = tokenize(text);
  for (const m of findNumericEntities(text, tokens)) {
    if (m.type === 'MONEY' && m.start === 0 && typeof m.value === 'object' && m.value !== null && 'currency' in m.value && m.value.currency === code) return m.value;
  }
  return undefined;
}
