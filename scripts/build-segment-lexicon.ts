// Builds src/lexicon/segment-stems.ts, the stem lexicon of the clitic segmenter, from the
// unlabeled news corpus (../shared/data/unlabeled/news-*.txt.gz) and CLDR Arabic place names.
//
//   npx tsx scripts/build-segment-lexicon.ts            # count the corpus, write the lexicon
//   npx tsx scripts/build-segment-lexicon.ts --cache F   # reuse/write the counts in file F
//
// For every word type (diacritics and tatweel removed, alef/yeh variants folded) it counts
// how often the word occurs free, `c`, and how often it occurs right after a word-initial
// article «ال», `d`. A stem's evidence is c + d: «بيروت» is frequent
// free and «يروت» never occurs, so «بيروت» stays whole; «مدرسة» occurs as «المدرسة», which
// proves it a stem and not «مدرس» + «ة». Only these derived counts ship, never the text.
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

type Counts = Map<string, number[]>; // key → [free, after-article]


function bump(counts: Counts, key: string, slot: 0 | 1): void {
  const entry = counts.get(key);
  if (entry) entry[slot]!++;
  else counts.set(key, slot === 0 ? [1, 0] : [0, 1]);
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
      const [k, c, d] = line.split('\t');
      counts.set(k!, [Number(c), Number(d)]);
    }
  } else {
    ({ counts, words } = await countCorpus());
    if (cache) {
      const out: string[] = [String(words)];
      for (const [k, [c, d]] of counts) out.push(`${k}\t${c}\t${d}`);
      writeFileSync(cache, out.join('\n'));
    }
  }
  const names = cldrNames();
  const entries = new Map<string, [number, number]>();
  for (const [k, [c, d]] of counts) {
    const e = c! + d!;
    // An after-article count under 3 is noise (typos, «ال» glued to a prefixed word).
    if (e >= MIN_EVIDENCE && k.length >= 2) entries.set(k, [e, d! >= 3 ? d! : 0]);
  }
  // A CLDR name is a stem even when the corpus never shows it (Kazakh towns, islands …).
  for (const n of names) {
    const [e, d] = entries.get(n) ?? [0, 0];
    entries.set(n, [Math.max(e, 64), Math.max(d, 16)]);
  }
  const packed = packLexicon(entries);
  const header =
    `// Generated by scripts/build-segment-lexicon.ts from the unlabeled news corpus (ANT v2.1/v1.1, ` +
    `Chouigui et al.; Arabic Wikipedia 2017, CC BY-SA 4.0) and cldr-localenames-full. Do not edit.\n`;
  const body =
    `// ${entries.size} stems with their evidence (free + after-article counts in ${words} corpus words),\n` +
    `// packed by src/segment/lexicon-codec.ts and decoded on first use.\n` +
    `export const SEGMENT_STEMS = ${JSON.stringify(packed)};\n`;
  writeFileSync(OUT, header + body);
  console.error(`wrote ${OUT}: ${entries.size} entries, ${(Buffer.byteLength(header + body) / 1024).toFixed(0)} KiB`);
}

await main();
