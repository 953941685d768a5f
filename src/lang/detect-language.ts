import { francAll } from 'franc';
import { isPresentationForm, presentationFormTable } from '../chars/arabic.js';
import { assertString, checkOptions, describeType } from '../chars/guards.js';
import { EVIDENCE_BASE, EVIDENCE_END, LANGUAGES, weigh, type ArabicScriptLanguage, type Evidence } from './evidence.js';
import { countLetters } from './letters.js';

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /**
   * Texts with fewer Arabic-script letters than this are decided by letter evidence alone;
   * longer ones are ranked by franc's trigram models first, then checked against the letters.
   * @defaultValue 20
   */
  minLength?: number | undefined;
  /**
   * The languages the answer may be (ISO 639-3 codes from {@link DETECTABLE_LANGUAGES}).
   * @defaultValue all of them
   */
  only?: readonly ArabicScriptLanguage[] | undefined;
}

/**
 * The ISO 639-3 codes {@link detectLanguage} can answer besides `'und'`: Standard Arabic,
 * Iranian Persian (Dari included), Urdu, Northern Pashto, Uyghur, Central Kurdish (Sorani),
 * Sindhi, Saraiki and Malay in Jawi. Ties between them are broken in this order.
 * @example
 * ```ts
 * DETECTABLE_LANGUAGES[0] //=> 'arb'
 * ```
 */
export const DETECTABLE_LANGUAGES: readonly ArabicScriptLanguage[] = Object.freeze([...LANGUAGES]);

const OPTION_KEYS = ['minLength', 'only'] as const;
const DEFAULT_MIN_LENGTH = 20;
/** franc's Arabic-script models; its `prs` (Dari) is answered as `pes`. */
const FRANC_LANGUAGES: ReadonlySet<string> = new Set(['arb', 'pes', 'urd', 'pbu', 'uig', 'skr', 'zlm']);
/** franc reads at most this many characters (its own limit is 2,048). */
const FRANC_SAMPLE = 2048;
/** Share of the Arabic-script letters that may be foreign to Arabic before letters overrule franc's 'arb'. */
const FOREIGN_TOLERANCE = 0.02;

/**
 * Tells which language written in Arabic script a text is in, as an ISO 639-3 code:
 * `'arb'` (Standard Arabic), `'pes'` (Persian), `'urd'` (Urdu), `'pbu'` (Pashto), `'uig'`
 * (Uyghur), `'ckb'` (Central Kurdish), `'snd'` (Sindhi), `'skr'` (Saraiki), `'zlm'` (Malay
 * in Jawi), or `'und'` when there are no Arabic-script letters or they are fewer than half of
 * the letters.
 *
 * Sentence-length text is ranked by franc restricted to its Arabic-script models; letters
 * that only some languages write (Persian پ چ ژ گ ک ی, Urdu ٹ ڈ ڑ ں ے ہ, Arabic ة ى ي ك,
 * Pashto ښ ړ ډ, Sorani ڕ ڵ ێ, Sindhi ڪ ٽ, …) then overrule an answer they contradict.
 * Short text is decided by those letters alone, so one Arabic word is never called Persian;
 * a word with no telling letter is Arabic.
 *
 * @param text - The text to identify.
 * @param options - `minLength` (default 20 Arabic-script letters), `only` (the allowed answers).
 * @returns An ISO 639-3 code, or `'und'`; with `only`, one of its codes (the return type
 * narrows to them: `'pes' | 'urd' | 'und'` for `{ only: ['pes', 'urd'] }`).
 * @example
 * ```ts
 * detectLanguage('استهلت') //=> 'arb'
 * detectLanguage('امروز صبح دانشجویان به کتابخانه رفتند.') //=> 'pes'
 * ```
 */
export function detectLanguage<L extends ArabicScriptLanguage = ArabicScriptLanguage>(
  text: string,
  options?: DetectLanguageOptions & { only?: readonly L[] | undefined },
): L | 'und' {
  // the answer is always one of `only` (or 'und'), so the type narrows to it
  return detect(text, options) as L | 'und';
}

function detect(text: string, options: DetectLanguageOptions | undefined): ArabicScriptLanguage | 'und' {
  assertString('detectLanguage', text);
  const { minLength, allowed } = resolveOptions(options);

  // One pass: letters of each script, and how often each marked Arabic-script letter occurs.
  const counts = new Uint32Array(EVIDENCE_END - EVIDENCE_BASE);
  let presentationForms = false;
  const { letters, arabic } = countLetters(text, (letter) => {
    let code = letter;
    if (isPresentationForm(code)) {
      // A shaped letter counts as the letter it shows (ﻙ is ك).
      presentationForms = true;
      const shown = presentationFormTable().get(code);
      if (shown !== undefined) code = shown.charCodeAt(0);
    }
    if (code >= EVIDENCE_BASE && code < EVIDENCE_END) counts[code - EVIDENCE_BASE]!++;
  });
  if (arabic === 0 || arabic * 2 < letters) return 'und';

  const evidence = weigh(counts);
  const byLetters = pickByLetters(evidence, allowed);
  if (arabic < minLength) return byLetters;

  const francOnly: string[] = allowed.filter((l) => FRANC_LANGUAGES.has(l));
  if (francOnly.length === 0) return byLetters;
  if (francOnly.includes('pes')) francOnly.push('prs');
  let sample = text.length > FRANC_SAMPLE * 2 ? text.slice(0, FRANC_SAMPLE * 2) : text;
  if (presentationForms) sample = sample.normalize('NFKC');
  const ranked = francAll(sample, { only: francOnly, minLength: 1 });
  let franc = ranked[0]?.[0];
  if (franc === 'prs') franc = 'pes';
  const index = LANGUAGES.indexOf(franc as ArabicScriptLanguage);
  if (index === -1) return byLetters;
  if (index === 0) {
    // Arabic text quotes names in other spellings (چابهار): a few foreign letters are tolerated.
    // Arabic typed on a Persian or Urdu keyboard has ی ک ھ ہ for ي ك ه: those count only if
    // no Arabic spelling (ة ى ي ك) is there to show the text is Arabic.
    const foreign = evidence.arabicSpelling > 0 ? evidence.foreignToArabicKeyboards : evidence.foreign[0]!;
    return foreign <= Math.max(1, arabic * FOREIGN_TOLERANCE) ? 'arb' : byLetters;
  }
  // Any other answer needs a letter of its own (for Persian typed with Arabic ي and ك, a
  // Persian function word will do), and no more foreign letters than the letters' choice.
  const best = LANGUAGES.indexOf(byLetters);
  const own = evidence.own[index]! > 0 || (index === 1 && persianWords(sample) >= 1);
  return own && evidence.foreign[index]! <= evidence.foreign[best]! ? LANGUAGES[index]! : byLetters;
}

/**
 * Persian words that Arabic does not have, spelled with Arabic ي and ك as on Arabic keyboards
 * (را, است, براي, خواهد, شود, نيز, هاي). In 142,897 paragraphs of Arabic news and Wikipedia
 * (../shared/data/unlabeled) they occur 44 times (names such as براي Bray, هاي Hi); they count
 * only when franc already answers Persian and the text has no ة or ى.
 */
const PERSIAN_WORDS = /(?:^|[^\u0600-\u06FF])(?:\u0631\u0627|\u0627\u0633\u062A|\u0628\u0631\u0627\u064A|\u062E\u0648\u0627\u0647\u062F|\u0634\u0648\u062F|\u0646\u064A\u0632|\u0647\u0627\u064A)(?=$|[^\u0600-\u06FF])/g;

function persianWords(sample: string): number {
  let count = 0;
  PERSIAN_WORDS.lastIndex = 0;
  while (PERSIAN_WORDS.exec(sample) !== null) count++;
  return count;
}

/**
 * The language the letters point to: fewest letters it does not write, then most letters
 * it does write (weighted by how few languages share them), then the order of LANGUAGES.
 */
function pickByLetters(evidence: Evidence, allowed: readonly ArabicScriptLanguage[]): ArabicScriptLanguage {
  let best = -1;
  for (let l = 0; l < LANGUAGES.length; l++) {
    if (!allowed.includes(LANGUAGES[l]!)) continue;
    if (
      best === -1 ||
      evidence.foreign[l]! < evidence.foreign[best]! ||
      (evidence.foreign[l] === evidence.foreign[best] && evidence.support[l]! > evidence.support[best]!)
    ) {
      best = l;
    }
  }
  return LANGUAGES[best]!;
}

function resolveOptions(options: DetectLanguageOptions | undefined): {
  minLength: number;
  allowed: readonly ArabicScriptLanguage[];
} {
  const o = checkOptions<DetectLanguageOptions>('detectLanguage', options, OPTION_KEYS);
  let minLength = DEFAULT_MIN_LENGTH;
  if (o.minLength !== undefined) {
    if (typeof o.minLength !== 'number' || !(o.minLength >= 0)) {
      throw new TypeError(
        `dhad.detectLanguage: options.minLength must be a non-negative number, got ${typeof o.minLength === 'number' ? String(o.minLength) : typeof o.minLength === 'string' ? `'${o.minLength}'` : describeType(o.minLength)}`,
      );
    }
    minLength = o.minLength;
  }
  let allowed: readonly ArabicScriptLanguage[] = LANGUAGES;
  if (o.only !== undefined) {
    if (!Array.isArray(o.only) || o.only.length === 0) {
      throw new TypeError(`dhad.detectLanguage: options.only must be a non-empty array of language codes, got ${Array.isArray(o.only) ? 'an empty array' : describeType(o.only)}`);
    }
    for (const code of o.only as unknown[]) {
      if (!LANGUAGES.includes(code as ArabicScriptLanguage)) {
        throw new TypeError(
          `dhad.detectLanguage: unknown language '${String(code)}' in options.only (expected some of: ${LANGUAGES.join(', ')})`,
        );
      }
    }
    allowed = o.only;
  }
  return { minLength, allowed };
}
