// Mines name-context statistics for the NER model from the unlabeled news corpus
// (../shared/data/unlabeled/news-005…009 and news-011…015) and writes src/ner/namectx-data.ts.
//
// For every folded base word (proclitics removed as the NER features remove them) it counts
// how often it stands in contexts that announce a name: after a title («الرئيس/السيد/الوزير»),
// two or three words after one («وزير الخارجية الروسي X»), after a given name, after a speech
// verb («قال»), before «بن/ابن», after a place head («مدينة/عاصمة/ولاية…»), after a
// preposition, after an organisation head («شركة/منظمة/حزب…»), and how often it takes the
// article «ال» (names seldom do). Only derived ratios ship: each cue's share of the word's
// occurrences, bucketed into one digit (0 = fewer than two hits). Deterministic, one pass.
//
//   npx tsx scripts/build-name-contexts.ts [--min 5]
import { createReadStream, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { foldWord, isWordChar } from '../src/ner/fold.js';
import { lexicon, packTable, proclitics } from '../src/ner/lexicon.js';
import { GIVEN_NAMES, words } from '../src/ner/lists.js';
import { CUES } from '../src/ner/lexicon.js';
import { arg, shippedCorpusFiles } from './lib/cluster-tree.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = process.env.DHAD_SHARED ? join(process.env.DHAD_SHARED, 'data', 'unlabeled') : resolve(ROOT, '..', 'shared', 'data', 'unlabeled');
const MIN_COUNT = Number(arg('--min', '5'));

const set = (list: string): Set<string> => new Set(words(list).map(foldWord));

/** Titles and roles written right before a person's name. */
const TITLES = set(`
السيد السيدة الرئيس الرئيسة الوزير الوزيرة الشيخ الشيخة الدكتور الدكتورة الملك الملكة الأمير الأميرة
المستشار المستشارة الجنرال العقيد اللواء الفريق المشير العميد الرائد النقيب السفير السفيرة المتحدث
الناطق السناتور السيناتور الإمام القاضي المدرب اللاعب اللاعبة الفنان الفنانة المطرب المطربة الكاتب
الكاتبة الشاعر الشاعرة الروائي المخرج الممثل الممثلة الأستاذ الأستاذة المهندس المحامي الصحفي الصحفية
المراسل الباحث النجم النجمة الحارس المهاجم المدافع الكابتن الزعيم الحاكم السلطان القائد المرشح
المرشحة الأمين العاهل الخليفة البابا المفوض المبعوث المندوب النائب الداعية المفكر المؤرخ الفيلسوف
الموسيقار الرسام المغني المغنية البروفيسور الحاخام الأسقف المطران القس الكاردينال المدير المديرة
`);
/** Heads of a title phrase whose name comes two or three words later («رئيس الوزراء X»). */
const TITLE_HEADS = set(`
رئيس رئيسة وزير وزيرة الرئيس الوزير مدير مديرة أمين نائب زعيم قائد مستشار مستشارة سفير المتحدث
المتحدثة الناطق الناطقة رئيسه لاعب مدرب
`);
const SPEECH = set(`
قال قالت أعلن أعلنت أكد أكدت صرح صرحت أضاف أضافت أوضح أوضحت أشار أشارت ذكر ذكرت يقول تقول
اعتبر اعتبرت رأى رأت دعا دعت طالب طالبت نفى نفت أفاد أفادت
`);
const BIN = set('بن ابن بنت ابنة');
const PLACE_HEADS = set(`
مدينة المدينة عاصمة العاصمة جمهورية ولاية محافظة إقليم منطقة قرية بلدة مقاطعة جزيرة جزر نهر بحيرة
جبل جبال ضاحية حي مخيم إمارة مملكة دولة بلدية عاصمتها مدن بلدات قرى
`);
const PREPS = set('في إلى الى من عن نحو داخل خارج');
const ORG_HEADS = set(`
شركة منظمة حزب جامعة وكالة صحيفة جريدة مجلة جمعية مؤسسة حركة بنك مصرف مجموعة قناة إذاعة تلفزيون
نادي فريق مستشفى معهد مركز هيئة جبهة اتحاد مجلس لجنة كلية أكاديمية
`);
// given names that are also common words once folded («على» → «علي», «هو», «لي», «شي»)
const GIVEN = new Set([...set(GIVEN_NAMES)].filter((w) => !set('علي عبد هو لي شي جو حسن نور امل جميل جميله امين سعيد كريم صالح عادل زين').has(w)));

async function main(): Promise<void> {
  const t0 = Date.now();
  const lex = lexicon();
  const files = shippedCorpusFiles(DIR, Infinity);
  // raw token → base id
  const idOf = new Map<string, number>();
  const bases: string[] = [];
  const baseId = new Map<string, number>();
  const NC = CUES.length; // cues, then total count, then count with the article
  let counts = new Int32Array(1 << 20);
  const cls: number[] = []; // per base id: bit flags of cue-word classes
  const C_TITLE = 1, C_HEAD = 2, C_SPEECH = 4, C_BIN = 8, C_PLACE = 16, C_PREP = 32, C_ORG = 64, C_GIVEN = 128;
  const internBase = (b: string): number => {
    let id = baseId.get(b);
    if (id === undefined) {
      id = bases.length;
      baseId.set(b, id);
      bases.push(b);
      let c = 0;
      if (TITLES.has(b)) c |= C_TITLE;
      if (TITLE_HEADS.has(b)) c |= C_HEAD;
      if (SPEECH.has(b)) c |= C_SPEECH;
      if (BIN.has(b)) c |= C_BIN;
      if (PLACE_HEADS.has(b)) c |= C_PLACE;
      if (PREPS.has(b)) c |= C_PREP;
      if (ORG_HEADS.has(b)) c |= C_ORG;
      if (GIVEN.has(b)) c |= C_GIVEN;
      cls.push(c);
      if ((id + 1) * (NC + 2) > counts.length) {
        const n = new Int32Array(counts.length * 2);
        n.set(counts);
        counts = n;
      }
    }
    return id;
  };
  const tokenId = (raw: string): number => {
    let id = idOf.get(raw);
    if (id !== undefined) return id;
    const w = foldWord(raw);
    const k = proclitics(w, lex);
    let b = w;
    if (k > 0) b = w.charCodeAt(k) === 0x0644 && w.charCodeAt(k - 1) === 0x0644 ? '\u0627' + w.slice(k) : w.slice(k);
    id = internBase(b);
    if (idOf.size < 3_000_000) idOf.set(raw, id);
    return id;
  };
  const S = NC + 2;
  let tokens = 0;
  // sliding window of the last three base ids (-1 = boundary)
  for (const file of files) {
    const rl = createInterface({ input: createReadStream(join(DIR, file)).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      let m3 = -1;
      let m2 = -1;
      let m1 = -1;
      let pending = -1; // the previous token, whose "before بن" cue waits for this token
      let i = 0;
      const len = line.length;
      while (i < len) {
        const c = line.charCodeAt(i);
        if (!isWordChar(c)) {
          if (c !== 0x20 && c !== 0x09 && c !== 0xa0) m3 = m2 = m1 = pending = -1; // punctuation breaks the window
          i++;
          continue;
        }
        const s = i;
        while (i < len && isWordChar(line.charCodeAt(i))) i++;
        const id = tokenId(line.slice(s, i));
        tokens++;
        const o = id * S;
        counts[o + NC]!++;
        const k = cls[id]!;
        if (pending >= 0 && k & C_BIN) counts[pending * S + 4]!++;
        if (m1 >= 0) {
          const k1 = cls[m1]!;
          if (k1 & C_TITLE) counts[o]!++;
          if (k1 & C_GIVEN) counts[o + 2]!++;
          if (k1 & C_SPEECH) counts[o + 3]!++;
          if (k1 & C_PLACE) counts[o + 5]!++;
          if (k1 & C_PREP) counts[o + 6]!++;
          if (k1 & C_ORG) counts[o + 7]!++;
        }
        if ((m2 >= 0 && cls[m2]! & C_HEAD) || (m3 >= 0 && cls[m3]! & C_HEAD)) counts[o + 1]!++;
        m3 = m2;
        m2 = m1;
        m1 = id;
        pending = id;
      }
    }
    console.error(`${file}: ${tokens} tokens, ${bases.length} base types, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  // the article: how often the word occurs as «ال» + word
  for (let id = 0; id < bases.length; id++) {
    const b = bases[id]!;
    if (b.startsWith('\u0627\u0644')) continue;
    const a = baseId.get('\u0627\u0644' + b);
    if (a !== undefined) counts[id * S + NC + 1] = counts[a * S + NC]!;
  }
  // one digit per cue: 0 = fewer than two hits; then 1–5 by the cue's share of occurrences
  const digit = (hits: number, total: number): number => {
    if (hits < 2) return 0;
    const r = hits / total;
    return r < 0.005 ? 1 : r < 0.02 ? 2 : r < 0.08 ? 3 : r < 0.25 ? 4 : 5;
  };
  const entries: [string, string][] = [];
  for (let id = 0; id < bases.length; id++) {
    const b = bases[id]!;
    const o = id * S;
    const total = counts[o + NC]!;
    if (total < MIN_COUNT || b.length < 2) continue;
    let any = false;
    let code = '';
    for (let k = 0; k < NC; k++) {
      const d = digit(counts[o + k]!, total);
      if (d) any = true;
      code += d;
    }
    // article share: 0 = the article form is not seen, 1–4 by its share of both forms
    const withArticle = counts[o + NC + 1]!;
    const share = withArticle / (withArticle + total);
    const ad = b.startsWith('\u0627\u0644') ? 5 : withArticle === 0 ? 0 : share < 0.1 ? 1 : share < 0.4 ? 2 : share < 0.8 ? 3 : 4;
    code += ad;
    if (any) entries.push([b, code]);
  }
  const codes = [...new Set(entries.map((e) => e[1]))].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  const packed = packTable(entries.map(([b, c]) => [b, index.get(c)!] as const));
  const kept = entries.length;
  const out = join(ROOT, 'src', 'ner', 'namectx-data.ts');
  writeFileSync(
    out,
    `// Generated by scripts/build-name-contexts.ts from ../shared/data/unlabeled/news-005…009 and news-011…015 (context ratios only). Do not edit.\n` +
      `// ${kept} folded base words seen at least ${MIN_COUNT} times in ${tokens} tokens, sorted, each followed by one character\n` +
      `// U+4E00 + i naming its code NAME_CONTEXT_CODES[i]: one digit per cue of CUES in src/ner/lexicon.ts, then the article.\n` +
      `export const NAME_CONTEXT_CODES = ${JSON.stringify(codes.join(' '))};\n` +
      `export const NAME_CONTEXTS = ${JSON.stringify(packed)};\n`,
  );
  console.error(`wrote ${out}: ${kept} words, ${codes.length} codes, ${(packed.length / 1e6).toFixed(2)} M chars, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  for (const probe of ['بوتين', 'لافروف', 'القاهره', 'غوغل', 'كتاب', 'توكاييف', 'اوباما', 'ميركل']) {
    const id = baseId.get(probe);
    if (id === undefined) continue;
    const o = id * S;
    console.error(probe, Array.from(counts.subarray(o, o + S)).join(' '));
  }
}

await main();
