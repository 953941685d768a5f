// Builds src/lexicon/segment-stems.ts, the stem lexicon of the clitic segmenter, from the
// unlabeled news corpus (../shared/data/unlabeled/news-*.txt.gz) and CLDR Arabic place names.
//
//   npx tsx scripts/build-segment-lexicon.ts            # count the corpus, write the lexicon
//   npx tsx scripts/build-segment-lexicon.ts --cache F   # reuse/write the counts in file F
//
// For every word type (diacritics and tatweel removed, alef/yeh variants folded) it counts
// how often the word occurs free, `c`, how often it occurs right after a word-initial
// article «ال», `d`, and how often right after a preposition ب ك ل, `p`. A stem's evidence is c + d: «بيروت» is frequent
// free and «يروت» never occurs, so «بيروت» stays whole; «مدرسة» occurs as «المدرسة», which
// proves it a stem; «لفورد» proves «فورد» a stem and not ف + ورد. Only these derived counts
// ship, never the text. A second table, SEGMENT_LEXICAL, lists the words that statistical
// tests on the same counts keep whole: those seen far more often than their first letter's
// clitic rate allows (lexicalWords) and those whose pronoun-like ending has no paradigm
// (pronounWords).
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldLetter, isArabicLetter, isIgnorable } from '../src/segment/letters.js';
import { packLexicon } from '../src/segment/lexicon-codec.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.DHAD_SHARED ? join(process.env.DHAD_SHARED, 'data') : join(ROOT, '..', 'shared', 'data');
// ANT (Apache-2.0 with a citation request) and Arabic Wikipedia (CC BY-SA): the files whose
// licences allow shipping derived statistics.
const FILES = ['005', '006', '007', '008', '009', '011', '012', '013', '014', '015'].map((n) =>
  join(DATA, 'unlabeled', `news-${n}.txt.gz`),
);
const OUT = join(ROOT, 'src', 'lexicon', 'segment-stems.ts');
/** Entries below this evidence are dropped: too rare to trust, and they would bloat the file. */
const MIN_EVIDENCE = 4;
/**
 * The clitic test (see `lexicalWords`): a word is kept whole when its free count exceeds
 * this quantile of count(c + X) / count(X) over the frequent stems X of the corpus.
 */
const CLITIC_QUANTILE = 0.99;
/** Stems counted for the ratio quantiles: seen at least this often free. */
const QUANTILE_MIN_STEM = 100;
/** The clitic test needs a word seen at least this often (fewer prove nothing). */
const LEXICAL_MIN_COUNT = 8;

type Counts = Map<string, number[]>; // key → [free, after-article, after-preposition]


function bump(counts: Counts, key: string, slot: 0 | 1 | 2): void {
  const entry = counts.get(key);
  if (entry) entry[slot]!++;
  else {
    const fresh = [0, 0, 0];
    fresh[slot] = 1;
    counts.set(key, fresh);
  }
}

function countWord(counts: Counts, raw: string): void {
  let folded = '';
  for (let i = 0; i < raw.length; i++) folded += String.fromCharCode(foldLetter(raw.charCodeAt(i)));
  bump(counts, folded, 0);
  // The article, decided on the raw spelling: «ال» with a bare alef, never «أل» (ألمانيا).
  // Only a word-initial «ال»: «فال…» «كال…» would credit «نتينو» from «فالنتينو».
  if (raw.length >= 4 && raw.charCodeAt(0) === 0x0627 && raw.charCodeAt(1) === 0x0644) {
    bump(counts, folded.slice(2), 1);
  }
  // A preposition before the word: «لفورد» proves «فورد» a stem (ل + ف + … cannot be). Not ل
  // before ل, which is the article («للوكاس» may be ل + ال + وكاس), nor before و, which is
  // mostly «لو» or «لولا».
  const first = raw.charCodeAt(0);
  const second = raw.charCodeAt(1);
  if (raw.length >= 4 && (first === 0x0628 || first === 0x0643 || (first === 0x0644 && second !== 0x0644 && second !== 0x0648))) {
    bump(counts, folded.slice(1), 2);
  }
}

async function countCorpus(): Promise<{ counts: Counts; words: number }> {
  const counts: Counts = new Map();
  let words = 0;
  for (const file of FILES) {
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      let word = '';
      for (let i = 0; i <= line.length; i++) {
        const c = i < line.length ? line.charCodeAt(i) : 32;
        if (isIgnorable(c)) continue;
        if (isArabicLetter(c)) {
          word += line[i];
          continue;
        }
        if (word !== '') {
          countWord(counts, word);
          words++;
          word = '';
        }
      }
    }
    console.error(`counted ${file}: ${words.toLocaleString('en-US')} words, ${counts.size.toLocaleString('en-US')} types`);
  }
  return { counts, words };
}

/** Arabic place and country names from CLDR, each word of each name, article removed. */
function cldrNames(): Set<string> {
  const base = join(ROOT, 'node_modules', 'cldr-localenames-full', 'main', 'ar');
  const names = new Set<string>();
  const add = (value: string): void => {
    for (const w of value.split(/[^\u0621-\u064a\u0671-\u06d3\u064b-\u065f]+/)) {
      let raw = '';
      for (let i = 0; i < w.length; i++) if (!isIgnorable(w.charCodeAt(i))) raw += w[i];
      if (raw.startsWith('ال') && raw.length >= 5) raw = raw.slice(2);
      if (raw.length < 3) continue;
      let folded = '';
      for (let i = 0; i < raw.length; i++) folded += String.fromCharCode(foldLetter(raw.charCodeAt(i)));
      names.add(folded);
    }
  };
  const territories = JSON.parse(readFileSync(join(base, 'territories.json'), 'utf8')) as {
    main: { ar: { localeDisplayNames: { territories: Record<string, string> } } };
  };
  for (const v of Object.values(territories.main.ar.localeDisplayNames.territories)) add(v);
  const languages = JSON.parse(readFileSync(join(base, 'languages.json'), 'utf8')) as {
    main: { ar: { localeDisplayNames: { languages: Record<string, string> } } };
  };
  for (const v of Object.values(languages.main.ar.localeDisplayNames.languages)) add(v);
  return names;
}

/**
 * Proclitic letters whose attachment rate the clitic test measures: ف ب ك ل. Not و, which
 * attaches to every kind of word (adverbs, pronoun-suffixed forms: «وأخيرا», «وغيرها») at rates
 * too spread for a test.
 */
const PROCLITICS = ['\u0641', '\u0628', '\u0643', '\u0644'];
/**
 * A stem seen after «ال» at least this share of its free count is a noun, which ب ك ل and ف
 * legitimately attach to at any rate («بتهمة», «لمدة»); the test is for the rest.
 */
const NOUN_SHARE = 0.2;

/**
 * Words whose first letter is not a proclitic, by a test of corpus counts. If a word c + X
 * were the clitic c attached to X, its count would be about rate(c) × count(X) (for ف, X
 * counted free or after و, see `baseFor`); a clitic
 * attaches at a rate that is fairly stable across stems (ف follows under 7 % of the stems'
 * occurrences for 99 % of frequent stems). A word seen far more often than that — «فورد»
 * against «ورد», «كريس» against «ريس», «لياو» against «ياو» — is a word of its own, most
 * often a foreign name. The threshold for each clitic is the CLITIC_QUANTILE quantile of
 * count(cX) / count(X) over the corpus's frequent stems X, so it is measured, not chosen.
 */
function lexicalWords(counts: Counts): Map<string, number> {
  const free = (k: string): number => counts.get(k)?.[0] ?? 0;
  // What the clitic c attaches to: for the conjunction ف, a stem's occurrences free or after
  // the other conjunction و — a verb that narrative text joins with و («وقال») is joined with
  // ف as readily («فقال»); for the prepositions, its free occurrences.
  const FEH = '\u0641';
  const baseFor = (c: string, k: string): number => free(k) + (c === FEH ? free('\u0648' + k) : 0);
  const thresholds = new Map<string, number>();
  for (const c of PROCLITICS) {
    const ratios: number[] = [];
    for (const [k, [f]] of counts) if (f! >= QUANTILE_MIN_STEM && k.length >= 3) ratios.push(free(c + k) / baseFor(c, k));
    ratios.sort((a, b) => a - b);
    thresholds.set(c, ratios[Math.floor(CLITIC_QUANTILE * (ratios.length - 1))]!);
  }
  // Before the article the rates differ («بالإضافة»): measured apart, over frequent «الX».
  const articleThresholds = new Map<string, number>();
  for (const c of PROCLITICS) {
    // ل + ال is written «لل» («للX» may also be ل + «لX»), and ب makes adverbs of definite
    // nouns at any rate («بالنسبة», «بالفعل»): only ف and ك are tested before the article.
    if (c === '\u0644' || c === '\u0628') continue;
    const ratios: number[] = [];
    for (const [k, [f]] of counts) {
      if (f! >= QUANTILE_MIN_STEM && k.length >= 5 && k.startsWith('\u0627\u0644')) ratios.push(free(c + k) / baseFor(c, k));
    }
    ratios.sort((a, b) => a - b);
    articleThresholds.set(c, ratios[Math.floor(CLITIC_QUANTILE * (ratios.length - 1))]!);
  }
  console.error('clitic thresholds', Object.fromEntries(thresholds), 'before the article', Object.fromEntries(articleThresholds));
  const out = new Map<string, number>();
  for (const [k, [f]] of counts) {
    if (f! < LEXICAL_MIN_COUNT || k.length < 4) continue;
    if (k[0] === '\u0644' && k[1] === '\u0644') continue;
    // A clitic before the article («فالون» against «الون») is tested on its own rates.
    const article = k[1] === '\u0627' && k[2] === '\u0644';
    const threshold = (article ? articleThresholds : thresholds).get(k[0]!);
    if (threshold === undefined) continue;
    // The stem's evidence: free, or after the article when the rest begins with «ال».
    const stem = k.slice(1);
    const x = free(stem);
    if (x === 0) continue; // an unknown stem: the segmenter keeps the word whole anyway
    if (!article && nounEvidence(counts, stem) >= NOUN_SHARE * x) continue;
    const ratio = f! / baseFor(k[0]!, stem);
    if (ratio > threshold) out.set(k, ratio / threshold);
  }
  return out;
}

/** Enclitic pronouns, longest first: a stem carrying one never shows the article itself. */
const ENCLITICS = ['\u0647\u0645\u0627', '\u0647\u0627', '\u0647\u0645', '\u0647\u0646', '\u0643\u0645', '\u0646\u0627', '\u0647'];

/**
 * How often `stem` is seen with the article: «الX», and «الX» after a proclitic («بالنسبة»,
 * «للنسبة»). A form carrying a pronoun («دورها») counts its bare stem's («الدور»).
 */
function nounEvidence(counts: Counts, stem: string): number {
  const free = (k: string): number => counts.get(k)?.[0] ?? 0;
  const definite = (x: string): number =>
    (counts.get(x)?.[1] ?? 0) + free('\u0628\u0627\u0644' + x) + free('\u0644\u0644' + x) + free('\u0648\u0627\u0644' + x) + free('\u0641\u0627\u0644' + x);
  let evidence = definite(stem);
  for (const p of ENCLITICS) {
    if (stem.length - p.length >= 2 && stem.endsWith(p)) {
      const bare = stem.slice(0, -p.length);
      // The noun's ة is written ت before a pronoun: «طبيعتها» → «طبيعة».
      const restored = bare.endsWith('\u062a') ? bare.slice(0, -1) + '\u0629' : bare;
      evidence = Math.max(evidence, definite(bare), definite(restored));
      break;
    }
  }
  return evidence;
}

/** Enclitic pronouns as the segmenter knows them (src/segment/segment.ts), longest first. */
const PRONOUNS = ['\u0647\u0645\u0627', '\u0647\u0627', '\u0647\u0645', '\u0647\u0646', '\u0647', '\u0643\u0645\u0627', '\u0643\u0645', '\u0643\u0646', '\u0643', '\u0646\u0627', '\u0646\u064a', '\u064a'];
/** A word ending like a pronoun keeps it when its stem takes the other pronouns under this share of its count. */
const PARADIGM_SHARE = 0.25;
/** …and is seen at least this often (fewer prove nothing). */
const PARADIGM_MIN_COUNT = 3;
/** A stem seen with the article this often is a noun (counts under 3 are noise). */
const MIN_NOUN_EVIDENCE = 3;
/** A sound plural in «ون ين» seen with the article this often lends its evidence to its construct form. */
const MIN_PLURAL_EVIDENCE = 8;
/** A perfect in «وا» seen this often is a verb whose alef drops before a pronoun. */
const PLURAL_MIN_COUNT = 8;

/** Each of the forms with «ه», «ها», «هم» seen this often makes a stem of one hardly ever seen alone. */
const PARADIGM_STEM_MIN_COUNT = 16;

/** Stems of three letters or more (hardly) ever seen alone whose «ه», «ها», «هم» forms are frequent, with their summed counts. */
function pronounOnlyStems(counts: Counts): Map<string, number> {
  const free = (k: string): number => counts.get(k)?.[0] ?? 0;
  const out = new Map<string, number>();
  for (const [k, [f]] of counts) {
    if (f! < PARADIGM_STEM_MIN_COUNT || !k.endsWith('\u0647\u0645') || k.length < 5) continue;
    const stem = k.slice(0, -2);
    if ('\u062a\u0627\u0626\u0624\u0648\u064a'.includes(stem[stem.length - 1]!)) continue;
    // A proclitic + a known stem is no stem of its own («بمفرده» is ب + «مفرد» + ه).
    if ('\u0648\u0641\u0628\u0644\u0643'.includes(stem[0]!) && free(stem.slice(1)) >= PARADIGM_STEM_MIN_COUNT) continue;
    const h = free(stem + '\u0647');
    const ha = free(stem + '\u0647\u0627');
    if (h >= PARADIGM_STEM_MIN_COUNT && ha >= PARADIGM_STEM_MIN_COUNT) out.set(stem, f! + h + ha + free(stem + '\u0647\u0645\u0627'));
  }
  return out;
}

/** A perfect in «ت» seen this often (and never with the article) makes its stem a verb. */
const PERFECT_MIN_COUNT = 16;

/**
 * True when `stem` (three letters or more) is a perfect verb: its feminine in «ت» («خاضت»;
 * «قضت» for «قضا») is seen PERFECT_MIN_COUNT times and never after the article.
 */
function isPerfectStem(counts: Counts, stem: string): boolean {
  const feminine = (stem.endsWith('\u0627') ? stem.slice(0, -1) : stem) + '\u062a';
  const entry = counts.get(feminine);
  return entry !== undefined && entry[0]! >= PERFECT_MIN_COUNT && entry[1] === 0 && nounEvidence(counts, feminine) === 0;
}

/**
 * Words whose ending is not an enclitic pronoun, by their paradigm: a stem that takes one
 * pronoun takes the others too («كتابنا», «كتابه», «كتابها»), while a name that merely ends
 * like one shows none («كورونا» but no «كوروه», «مارينا» but hardly «ماريه»). The longest
 * pronoun the word ends in is tested, on stems of three letters or more (two-letter stems
 * such as «أخ» take pronouns in other shapes: «أخيه»).
 */
function pronounWords(counts: Counts): Set<string> {
  const free = (k: string): number => counts.get(k)?.[0] ?? 0;
  const out = new Set<string>();
  for (const [k, [f]] of counts) {
    if (f! < PARADIGM_MIN_COUNT) continue;
    const pronoun = PRONOUNS.find((p) => k.endsWith(p));
    if (pronoun === undefined || k.length - pronoun.length < 3) continue;
    const stem = k.slice(0, -pronoun.length);
    let others = 0;
    for (const p of PRONOUNS) if (p !== pronoun && !(stem + p).endsWith(pronoun)) others += free(stem + p);
    // «ك» (you, your) is the rarest pronoun in news, and a stem that takes it takes «ه» or «كم»
    // far more often («يمكنك» beside «يمكنه», «هاتفك» beside «هاتفه»): a word in ك whose stem
    // shows neither is a name («إريك», «تشاك», «تيتانك», «جوراسيك»), whatever its first letter
    // or the article evidence of the stem read without it («الدامي» is no evidence for «داماك»).
    // A perfect in ت takes ك with no other object as often («جئتك»): it is not tested.
    if (pronoun === '\u0643') {
      let third = 0;
      for (const p of PRONOUNS) if (p !== pronoun && (p[0] === '\u0647' || p[0] === '\u0643')) third += free(stem + p);
      if (third < PARADIGM_SHARE * f! && !stem.endsWith('\u062a')) out.add(k);
      continue;
    }
    if (others >= PARADIGM_SHARE * f!) continue;
    // Possessives in news lean on «ـه» («زوجته» against «زوجتها»): a stem seen as a noun with
    // the article («الزوجة») keeps its pronoun whatever the paradigm says.
    // Verbs take object pronouns and no article: an imperfect («نتبعها») or a perfect with its
    // subject ending («شكلتها») is not tested.
    const first = stem[0]!;
    if (first === '\u064a' || first === '\u062a' || first === '\u0646' || first === '\u0627' || stem.endsWith('\u062a')) continue;
    // Before a third-person pronoun (ه ها هم هما هن; names end in «نا», nisba adjectives in
    // «وني», «عشروني»), a perfect in the plural «وا» drops its alef — «قتلوه» is «قتلوا» + ه —
    // and a sound plural or dual its ن: «مستشاريه», «خريجوها», «جثتيهما» take the noun evidence
    // of «المستشارين», «الخريجون», «الجثتين».
    const last = stem[stem.length - 1]!;
    if (pronoun[0] === '\u0647') {
      // A perfect verb takes its object: «خاضها», «قضاها» (the battles he fought, the years she
      // spent) are seen far more often than «خاضه», «قضاه» but are no names; the verb is known
      // by its feminine «خاضت», «قضت» (a final ا is the weak radical, dropped before ت). Not
      // before «ه», which may be a ة («ثروه») or a name's end («بيكيه»), nor on a stem that
      // begins like a proclitic («وتوجه», «ليساهم»: the segmenter tests those parts itself).
      if (pronoun !== '\u0647' && !'\u0648\u0641\u0628\u0644\u0643'.includes(first) && isPerfectStem(counts, stem)) continue;
      if (last === '\u0648' && stem.length >= 3 && free(stem + '\u0627') >= PLURAL_MIN_COUNT) continue;
      if ((last === '\u064a' || last === '\u0648') && stem.length >= 4 && nounEvidence(counts, stem + '\u0646') >= MIN_PLURAL_EVIDENCE) continue;
    }
    // The stem's last letter as written without the pronoun: «مرماه» → «مرمى», «إحياؤها» → «إحياء».
    const alone =
      last === '\u0627' ? stem.slice(0, -1) + '\u064a' : last === '\u0624' || last === '\u0626' ? stem.slice(0, -1) + '\u0621' : stem;
    if (nounEvidence(counts, stem) + nounEvidence(counts, alone) < MIN_NOUN_EVIDENCE) out.add(k);
  }
  return out;
}

async function main(): Promise<void> {
  const cacheAt = process.argv.indexOf('--cache');
  const cache = cacheAt !== -1 ? process.argv[cacheAt + 1] : undefined;
  let counts: Counts;
  let words: number;
  if (cache && existsSync(cache)) {
    counts = new Map();
    const lines = readFileSync(cache, 'utf8').split('\n');
    words = Number(lines[0]);
    for (const line of lines.slice(1)) {
      if (!line) continue;
      const [k, c, d, p] = line.split('\t');
      counts.set(k!, [Number(c), Number(d), Number(p)]);
    }
  } else {
    ({ counts, words } = await countCorpus());
    if (cache) {
      const out: string[] = [String(words)];
      for (const [k, [c, d, p]] of counts) out.push(`${k}\t${c}\t${d}\t${p}`);
      writeFileSync(cache, out.join('\n'));
    }
  }
  const names = cldrNames();
  const entries = new Map<string, [number, number, number]>();
  for (const [k, [c, d, p]] of counts) {
    const e = c! + d!;
    // Counts under 3 after the article or a preposition are noise (typos, glued words).
    if (e >= MIN_EVIDENCE && k.length >= 2) entries.set(k, [e, d! >= 3 ? d! : 0, p! >= 3 ? p! : 0]);
  }
  // A CLDR name is a stem even when the corpus never shows it (Kazakh towns, islands …).
  for (const n of names) {
    const [e, d, p] = entries.get(n) ?? [0, 0, 0];
    entries.set(n, [Math.max(e, 64), Math.max(d, 16), p]);
  }
  // A noun that news writes only with a pronoun («لقي حتفه», «لقوا حتفهم»: met his, their
  // death) is a stem all the same when its paradigm shows it: never seen alone, but seen with
  // «ه», «ها» and «هم» PARADIGM_STEM_MIN_COUNT times each. It takes their summed count («حتف»
  // alone is seen twice in 16 M words, under MIN_EVIDENCE, so it had no entry). Not a
  // stem in ت ا ئ ؤ و ي, which the segmenter reads as ة ى ء or a plural before a pronoun.
  for (const [stem, evidence] of pronounOnlyStems(counts)) if (!entries.has(stem)) entries.set(stem, [evidence, 0, 0]);
  const packed = packLexicon(entries);
  const lexical = lexicalWords(counts);
  const lexicalEntries = new Map<string, [number, number, number]>();
  for (const [k, strength] of lexical) lexicalEntries.set(k, [Math.max(2, strength), 0, 0]);
  for (const k of pronounWords(counts)) {
    const [front] = lexicalEntries.get(k) ?? [0];
    lexicalEntries.set(k, [front, 2, 0]);
  }
  const packedLexical = packLexicon(lexicalEntries);
  const header =
    `// Generated by scripts/build-segment-lexicon.ts from the unlabeled news corpus (ANT v2.1/v1.1, ` +
    `Chouigui et al.; Arabic Wikipedia 2017, CC BY-SA 4.0) and cldr-localenames-full. Do not edit.\n`;
  const body =
    `// ${entries.size} stems with their counts (free + after-article, after-article, after-preposition; ${words} corpus words),\n` +
    `// packed by src/segment/lexicon-codec.ts and decoded on first use.\n` +
    `export const SEGMENT_STEMS = ${JSON.stringify(packed)};\n` +
    `// ${lexicalEntries.size} words whose first letter is no proclitic (first weight: 4 × log2 of how many times\n` +
    `// more often they are seen than the clitic would make them from the rest, see lexicalWords()) or whose\n` +
    `// ending is no pronoun (second weight non-zero, see pronounWords()).\n` +
    `export const SEGMENT_LEXICAL = ${JSON.stringify(packedLexical)};\n`;
  writeFileSync(OUT, header + body);
  console.error(`wrote ${OUT}: ${entries.size} entries, ${(Buffer.byteLength(header + body) / 1024).toFixed(0)} KiB`);
}

await main();
