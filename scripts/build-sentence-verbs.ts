// Writes src/tokenize/sentence-verbs-data.ts: the verbs that `sentences` lets open a sentence
// after a mid-line ellipsis when و joins them («.. وأسفرت الحملة …», «.. ويتحدث المسؤولون …»),
// after «.. ولا» («.. ولا أخفي …») and after «ق.م.» (QA round 24, see `isKnownVerb` in
// src/tokenize/sentences.ts). A word is a verb when the segmenter's corpus lexicon knows it as one
// (`isLexiconVerb` below, on `wordEvidence`); only the words seen after و or «لا» at least MIN_COUNT
// times in the unlabeled corpus files whose licences suit a shipped artifact (news-005…009 and
// news-011…015, see `shippedCorpusFiles`) are kept, so that `sentences` does not carry the
// segmenter's lexicon (about 450 KB min+gzip) to look them up. Only counts are read; the table is
// a sorted word list. Rerun it when `isVerbShaped` or THAT_FORMS in sentences.ts change.
//
//   DHAD_SHARED=/work/shared npx tsx scripts/build-sentence-verbs.ts [--min 2] [--counts verbs.tsv]
//
// --counts writes every verb of any count with its count after و, to choose --min.
import { createReadStream, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { isIgnorable } from '../src/chars/code-units.js';
import { wordEvidence } from '../src/segment/segment.js';
import { isVerbShaped, OBJECT_PRONOUNS, THAT_FORMS } from '../src/tokenize/sentences.js';
import { arg, shippedCorpusFiles } from './lib/cluster-tree.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = process.env.DHAD_SHARED ? join(process.env.DHAD_SHARED, 'data', 'unlabeled') : resolve(ROOT, '..', 'shared', 'data', 'unlabeled');
const OUT = join(ROOT, 'src', 'tokenize', 'sentence-verbs-data.ts');

/**
 * How many times a verb must be seen after و (as one word with it) or after «لا», with any object
 * pronoun, to enter the table.
 */
const MIN_COUNT = Number(arg('--min', '2'));

/** Prefixes of the imperfect: the same verb with another of them is another person of it. */
const IMPERFECT_PREFIXES = 'يتنأ';

/**
 * How far (lexicon units, 4 × log2) the evidence of a word with the article must fall below its
 * own for the word to be no noun: it takes the article in under a sixteenth of its uses.
 */
const VERB_ARTICLE_MARGIN = 16;

/** Other forms of its paradigm the corpus must show for a word to be a verb (see `isLexiconVerb`). */
const MIN_PARADIGM = 2;

/**
 * The word `x` without the object pronoun it ends with («جعلها» → «جعل»), when the lexicon knows
 * the rest as a word of three letters or more; else `x`. The table holds these bases, and
 * `isKnownVerb` sets the pronoun aside in the same way.
 */
function verbBase(x: string): string {
  for (const p of OBJECT_PRONOUNS) {
    if (x.length - p.length >= 3 && x.endsWith(p) && wordEvidence(x.slice(0, x.length - p.length)) >= 0) return x.slice(0, x.length - p.length);
  }
  return x;
}

/**
 * Whether the bare word `x` (after و) is a verb by what the segmenter's corpus lexicon knows of it
 * (see `wordEvidence`): it is verb-shaped (`isVerbShaped`, an object pronoun set aside: «جعلها»),
 * seen as a word, with the article under a sixteenth of the time (VERB_ARTICLE_MARGIN: «أسر»
 * «أبطال» «ذكر» take it, as nouns do), and MIN_PARADIGM other forms of its paradigm are seen — for
 * an imperfect the other persons and the future («يتحدث»: «تتحدث» «نتحدث» «سيتحدث»), for a perfect
 * its persons and its imperfect («أسفرت»: «أسفر» «يسفر»). A shape alone takes as many nouns.
 */
function isLexiconVerb(x: string): boolean {
  if (THAT_FORMS.has(x) || !isVerbShaped(x)) return false;
  const b = verbBase(x);
  if (b !== x && !isVerbShaped(b)) return false;
  const own = wordEvidence(b);
  if (own < 0) return false;
  const article = wordEvidence('ال' + b);
  if (article >= 0 && article > own - VERB_ARTICLE_MARGIN) return false;
  let seen = 0;
  const c0 = b.charAt(0);
  const seenForm = (f: string): void => {
    if (f !== b && wordEvidence(f) >= 0) seen++;
  };
  if (IMPERFECT_PREFIXES.includes(c0) && b.length >= 3) {
    // «يقولون» is «يقول» + ون
    const core = b.length >= 6 && b.endsWith('ون') ? b.slice(0, b.length - 2) : b;
    for (const p of IMPERFECT_PREFIXES) if (p !== c0) seenForm(p + core.slice(1));
    seenForm('س' + core);
  }
  if (seen < MIN_PARADIGM) {
    // a perfect («أراد», «تخلى», «أكدوا»): its subject's ending, the other persons and the imperfect
    const stem = b.length >= 5 && b.endsWith('وا') ? b.slice(0, b.length - 2) : b.length >= 4 && b.endsWith('ت') ? b.slice(0, b.length - 1) : b;
    const root = stem.endsWith('ى') ? stem.slice(0, stem.length - 1) : stem;
    seenForm(stem);
    seenForm(root + 'ت');
    seenForm(root + 'وا');
    seenForm(root + 'نا');
    seenForm('ي' + (stem.charAt(0) === 'أ' || stem.charAt(0) === 'ا' ? stem.slice(1) : stem));
  }
  return seen >= MIN_PARADIGM;
}

/** Whether `c` is an Arabic letter (hamza … yeh), the letters a bare word of `sentences` keeps. */
function isLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a && c !== 0x0640;
}

/**
 * How many times each bare word (marks, tatweel and joiners left out, as `bareWord` in
 * sentences.ts looks words up) is seen right after a و joined to it or after «لا» «ولا» and a
 * space, over the `files`.
 */
async function countClauseOpenings(files: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const file of files) {
    const rl = createInterface({ input: createReadStream(join(DIR, file)).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      let i = 0;
      const len = line.length;
      // the word before, '' after anything but a space
      let prev = '';
      while (i < len) {
        const c = line.charCodeAt(i);
        if (!isLetter(c) && !isIgnorable(c)) {
          if (c !== 0x20) prev = '';
          i++;
          continue;
        }
        const start = i;
        let marks = false;
        while (i < len) {
          const d = line.charCodeAt(i);
          if (isIgnorable(d)) marks = true;
          else if (!isLetter(d)) break;
          i++;
        }
        // a word glued to a digit or a Latin letter is no word of its own here
        if ((i < len && /[0-9A-Za-z]/.test(line[i]!)) || (start > 0 && /[0-9A-Za-z]/.test(line[start - 1]!))) {
          prev = '';
          continue;
        }
        let w = line.slice(start, i);
        if (marks) {
          let out = '';
          for (let j = 0; j < w.length; j++) if (!isIgnorable(w.charCodeAt(j))) out += w[j]!;
          w = out;
        }
        const afterNo = prev === 'لا' || prev === 'ولا';
        prev = w;
        if (w.length > 25) continue;
        // «.. ولا أخفي»: a verb after «لا» counts as one after و
        if (afterNo && w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
        if (w.length < 4 || w.charCodeAt(0) !== 0x0648 /* و */) continue;
        const x = w.slice(1);
        counts.set(x, (counts.get(x) ?? 0) + 1);
      }
    }
  }
  return counts;
}

async function main(): Promise<void> {
  const files = shippedCorpusFiles(DIR, Infinity);
  const counts = await countClauseOpenings(files);
  // a verb with an object pronoun counts for its base («وجعلها» for «جعل»)
  const bases = new Map<string, number>();
  for (const [x, n] of counts) {
    if (!isLexiconVerb(x)) continue;
    const b = verbBase(x);
    bases.set(b, (bases.get(b) ?? 0) + n);
  }
  const verbs: string[] = [];
  const all: string[] = [];
  for (const [b, n] of bases) {
    all.push(`${b}\t${n}`);
    // «أنه» is «أنهك» without its pronoun, but no verb on its own
    if (n >= MIN_COUNT && !THAT_FORMS.has(b)) verbs.push(b);
  }
  // «واضع» (author) is seen whole more often than «أضع» (I put): its و is no conjunction; so is
  // «وأسكنه» of a prayer more than «أسكنه». Every form of a verb of the table, pronoun and all.
  const kept = new Set(verbs);
  const wawWords: string[] = [];
  for (const x of counts.keys()) {
    if (kept.has(verbBase(x)) && isLexiconVerb(x) && wordEvidence('و' + x) > wordEvidence(x)) wawWords.push(x);
  }
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  verbs.sort(order);
  wawWords.sort(order);
  // front coding: each word is the number of letters it shares with the word before (0–9) and
  // the rest of it («أبدى أبدت» → «0أبدى3ت»): the sorted list packs to half its gzip size
  let packed = '';
  let prev = '';
  for (const w of verbs) {
    let k = 0;
    while (k < 9 && k < prev.length && k < w.length && prev.charCodeAt(k) === w.charCodeAt(k)) k++;
    packed += String(k) + w.slice(k);
    prev = w;
  }
  const text =
    `// Generated by scripts/build-sentence-verbs.ts from the segmenter's corpus lexicon (wordEvidence) and the\n` +
    `// unlabeled corpus files news-005…009 and news-011…015 (ANT v2.1/v1.1, Chouigui et al.; Arabic Wikipedia 2017,\n` +
    `// CC BY-SA 4.0; counts only, ${files.length} files). Do not edit.\n` +
    `// ${verbs.length} bare words that the lexicon knows as verbs and the corpus shows after و or «لا» at least ${MIN_COUNT} times\n` +
    `// (an object pronoun set aside), sorted, each written as the count of letters it shares with the word before\n` +
    `// (0–9) and the rest of it; read by \`isKnownVerb\` in sentences.ts.\n` +
    `export const SENTENCE_VERBS = ${JSON.stringify(packed)};\n` +
    `// ${wawWords.length} forms of them (an object pronoun kept) that the corpus shows whole with a و before them more often than\n` +
    `// without it, space-joined.\n` +
    `export const SENTENCE_VERBS_WAW_WHOLE = ${JSON.stringify(wawWords.join(' '))};\n`;
  writeFileSync(OUT, text);
  const countsFile = arg('--counts', '');
  if (countsFile) writeFileSync(countsFile, all.sort().join('\n') + '\n');
  console.error(`wrote ${OUT}: ${verbs.length} verbs, ${wawWords.length} whole with و, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`);
}

await main();
