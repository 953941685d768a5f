import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { packWeights, popcount, unpackSparseWeights, unpackWeights, type SparseEmit } from '../../src/ner/codec.js';
import { chunks, emissions, viterbi } from '../../src/ner/decode.js';
import { describe as describeTokens } from '../../src/ner/features.js';
import { HASH_BUCKETS, SCALE, TRANSITIONS, WEIGHTS } from '../../src/ner/model-data.js';
import { foldWord } from '../../src/ner/fold.js';
import { CUES, lexicon, packedTable, packTable, proclitics } from '../../src/ner/lexicon.js';

describe('NER internals', () => {
  test('packs and unpacks int8 weights with long zero runs', () => {
    const w = new Int8Array(2000);
    w[3] = -127;
    w[700] = 127;
    w[701] = -1;
    w[1999] = 5;
    expect(unpackWeights(packWeights(w), w.length)).toEqual(w);
  });
  test('counts the set bits of any 32-bit integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -0x80000000, max: 0x7fffffff }), (v) => {
        let naive = 0;
        for (let b = 0; b < 32; b++) if ((v >>> b) & 1) naive++;
        return popcount(v) === naive;
      }),
    );
    expect(popcount(-1)).toBe(32);
    expect(popcount(0)).toBe(0);
  });
  test('unpacks sparse rows that read as the dense weights do', () => {
    // the row of bucket b in a SparseEmit, or nine zeros when it has none
    const row = (s: SparseEmit, b: number, width: number): number[] => {
      const word = s.bits[b >>> 5]!;
      if ((word & (1 << (b & 31))) === 0) return new Array<number>(width).fill(0);
      const r = s.ranks[b >>> 5]! + popcount(word & ((1 << (b & 31)) - 1));
      return Array.from(s.rows.subarray(r * width, (r + 1) * width));
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -127, max: 127 })), { maxLength: 60 }),
        (buckets, cells) => {
          const dense = new Int8Array(buckets * 9);
          for (const [at, v] of cells) dense[at % dense.length] = v;
          const sparse = unpackSparseWeights(packWeights(dense), buckets, 9);
          for (let b = 0; b < buckets; b++) expect(row(sparse, b, 9)).toEqual(Array.from(dense.subarray(b * 9, b * 9 + 9)));
          // a row for each bucket with a weight left in it (a later cell may set an earlier one's back to 0)
          let filled = 0;
          for (let b = 0; b < buckets; b++) if (dense.subarray(b * 9, b * 9 + 9).some((v) => v !== 0)) filled++;
          expect(sparse.rows.length).toBe(9 * filled);
        },
      ),
    );
  });
  test('scores a sentence alike with the shipped model dense and sparse', () => {
    const lex = lexicon();
    const infos = describeTokens('التقى الرئيس الكازاخستاني قاسم جومارت توكاييف نظيره الروسي في أستانا'.split(' '), lex);
    const trans = Float32Array.from(TRANSITIONS);
    const dense = emissions(infos, { emit: unpackWeights(WEIGHTS, HASH_BUCKETS * 9), scale: SCALE, trans }, lex);
    const sparse = emissions(infos, { emit: unpackSparseWeights(WEIGHTS, HASH_BUCKETS, 9), scale: SCALE, trans }, lex);
    expect(Array.from(sparse)).toEqual(Array.from(dense));
    expect(dense.some((x) => x !== 0)).toBe(true);
    // the words' sums, kept from the first sentence, serve another sentence alike
    const again = describeTokens('وصل توكاييف إلى أستانا ثم التقى الرئيس'.split(' '), lex);
    const denseAgain = emissions(again, { emit: unpackWeights(WEIGHTS, HASH_BUCKETS * 9), scale: SCALE, trans }, lex);
    const sparseEmit = unpackSparseWeights(WEIGHTS, HASH_BUCKETS, 9);
    expect(Array.from(emissions(again, { emit: sparseEmit, scale: SCALE, trans }, lex))).toEqual(Array.from(denseAgain));
    expect(again[1]!.word.sumsFor).toBe(sparseEmit);
    expect(Array.from(emissions(again, { emit: sparseEmit, scale: SCALE, trans }, lex))).toEqual(Array.from(denseAgain));
  });
  test('scores any sentence alike dense and sparse, a word at every place and the sentence short', () => {
    // the sparse path sums a word's own and neighbour features once per word: words repeated
    // at other places, sentences of one and two words (the sentinel at both ends) must agree
    const lex = lexicon();
    const trans = Float32Array.from(TRANSITIONS);
    const dense = { emit: unpackWeights(WEIGHTS, HASH_BUCKETS * 9), scale: SCALE, trans };
    const sparse = { emit: unpackSparseWeights(WEIGHTS, HASH_BUCKETS, 9), scale: SCALE, trans };
    const words = ['قال', 'الرئيس', 'فلاديمير', 'بوتين', 'في', 'موسكو', 'وزارة', 'الخارجية', 'الصينية', 'منظمة', 'شنغهاي', 'للتعاون', '،', '.', 'أستانا', 'وبيلاروسيا'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (sentence) => {
        const infos = describeTokens(sentence, lex);
        expect(Array.from(emissions(infos, sparse, lex))).toEqual(Array.from(emissions(infos, dense, lex)));
      }),
      { numRuns: 150 },
    );
  });
  test('looks words up in a packed table without decoding it', () => {
    const entries: [string, number][] = [['مصر', 3], ['القاهره', 0], ['Cairo', 7], ['ا', 1], ['مصرف', 2]];
    const table = packedTable(packTable(entries), (c) => c * 10);
    for (const [w, c] of entries) expect(table.get(w)).toBe(c * 10);
    for (const w of ['', 'مص', 'مصرفي', 'cairo', 'ب']) expect(table.get(w)).toBeUndefined();
    expect(packedTable('', (c) => c).get('مصر')).toBeUndefined();
  });
  test('folds spelling variants to one key', () => {
    const key = foldWord('بيلاروسيا');
    for (const v of ['بيلاروسيـــا', 'بِيلارُوسيا', 'بیلاروسیا', 'ﺑﻴﻼﺭﻭﺳﻴﺎ']) expect(foldWord(v)).toBe(key);
    expect(foldWord('إسلام آباد')).toBe('اسلام اباد');
  });
  test('strips proclitics only when the corpus knows the base better than the word', () => {
    const lex = lexicon();
    expect(proclitics(foldWord('وبيلاروسيا'), lex)).toBe(1);
    expect(proclitics(foldWord('لبنان'), lex)).toBe(0);
    expect(proclitics(foldWord('فرنسا'), lex)).toBe(0);
    expect(proclitics(foldWord('وليد'), lex)).toBe(0);
    expect(proclitics(foldWord('للأمم'), lex)).toBe(1);
  });
  test('knows from corpus contexts that titles announce persons and place heads places', () => {
    const lex = lexicon();
    const code = (w: string): string => lex.namectx.get(foldWord(w)) ?? '';
    const cue = (w: string, c: (typeof CUES)[number]): number => Number(code(w)[CUES.indexOf(c)]);
    expect(code('بوتين')).toHaveLength(CUES.length + 1);
    expect(cue('بوتين', 'title')).toBeGreaterThan(cue('القاهرة', 'title'));
    expect(cue('القاهرة', 'place-head')).toBeGreaterThan(cue('بوتين', 'place-head'));
    // names seldom take the article; common nouns do
    expect(code('بوتين').at(-1)).toBe('0');
    expect(Number(code('كتاب').at(-1))).toBeGreaterThan(0);
  });
  test('clusters clitic-stripped bases: capitals together, politicians together', () => {
    const lex = lexicon();
    const of = (w: string): string | undefined => lex.baseClusters.get(foldWord(w));
    expect(of('القاهرة')).toBeDefined();
    expect(of('القاهرة')).toBe(of('دمشق'));
    expect(of('بوتين')).toBe(of('لافروف'));
    expect(of('بوتين')).not.toBe(of('القاهرة'));
  });
  test('decodes under the BIO constraint: no I- after O', () => {
    // emissions favour I-PERS everywhere; the decoder may not start with it
    const n = 3;
    const em = new Float64Array(n * 9);
    for (let i = 0; i < n; i++) em[i * 9 + 2] = 5;
    const tags = viterbi(em, n, new Float32Array(90));
    expect(tags[0]).not.toBe(2);
  });
  test('finds the best allowed path and its margins, as trying every tag sequence does', () => {
    // the decoder looks only at the tags that may follow one another (an I-X after B-X or I-X);
    // every sequence of up to four tags, scored in full, must agree with it
    const T = 9;
    const allowed = (p: number, t: number): boolean => t === 0 || t % 2 === 1 || p === t || p === t - 1;
    const real = fc.double({ min: -4, max: 4, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(real, { minLength: 36, maxLength: 36 }), fc.array(real, { minLength: 90, maxLength: 90 }), (n, ems, trs) => {
        const em = Float64Array.from(ems.slice(0, n * T));
        const trans = Float32Array.from(trs);
        const margins = new Float64Array(n);
        const tags = Array.from(viterbi(em, n, trans, margins));
        // best score of a sequence through (i, t), over all allowed sequences
        const through = Array.from({ length: n }, () => new Array<number>(T).fill(-Infinity));
        let best = -Infinity;
        let bestSeq: number[] = [];
        const seq: number[] = [];
        const walk = (i: number, prev: number, score: number): void => {
          if (i === n) {
            if (score > best) {
              best = score;
              bestSeq = seq.slice();
            }
            seq.forEach((t, k) => (through[k]![t] = Math.max(through[k]![t]!, score)));
            return;
          }
          for (let t = 0; t < T; t++) {
            if (!allowed(prev, t)) continue;
            seq.push(t);
            walk(i + 1, t, score + trans[(prev + 1) * T + t]! + em[i * T + t]!);
            seq.pop();
          }
        };
        walk(0, -1, 0);
        // the decoder's path is allowed and scores the best (ties may pick another path)
        let score = 0;
        for (let i = 0; i < n; i++) {
          const prev = i === 0 ? -1 : tags[i - 1]!;
          expect(allowed(prev, tags[i]!)).toBe(true);
          score += trans[(prev + 1) * T + tags[i]!]! + em[i * T + tags[i]!]!;
        }
        expect(score).toBeCloseTo(best, 6);
        expect(bestSeq).toHaveLength(n);
        for (let i = 0; i < n; i++) {
          const other = Math.max(...through[i]!.filter((_, t) => t !== tags[i]));
          const m = through[i]![tags[i]!]! - other;
          expect(margins[i]).toBeCloseTo(Number.isFinite(m) ? m : 100, 6);
        }
      }),
      { numRuns: 60 },
    );
  });
  test('reads chunks as conlleval does', () => {
    expect(chunks(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC'])).toEqual([
      { type: 'PERS', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
    ]);
  });
});
