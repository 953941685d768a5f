import { describe, expect, test } from 'vitest';
import { packWeights, unpackWeights } from '../../src/ner/codec.js';
import { chunks, viterbi } from '../../src/ner/decode.js';
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
  test('reads chunks as conlleval does', () => {
    expect(chunks(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC'])).toEqual([
      { type: 'PERS', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
    ]);
  });
});
