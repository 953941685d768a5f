import { describe, expect, test } from 'vitest';
import { reshape } from '../../src/display/index.js';

/** Code points of a string, as U+XXXX, so failures show what differs. */
const cps = (s: string): string[] => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'));

describe('reshape', () => {
  test('gives each letter its initial, medial, final or isolated form', () => {
    expect(cps(reshape('بيت'))).toEqual(['FE91', 'FEF4', 'FE96']);
    expect(cps(reshape('ب'))).toEqual(['FE8F']);
    expect(cps(reshape('كتب'))).toEqual(['FEDB', 'FE98', 'FE90']);
  });

  test('does not join a right-joining letter to the next one', () => {
    // د and ا join only to the letter before them.
    expect(cps(reshape('دار'))).toEqual(['FEA9', 'FE8D', 'FEAD']);
    expect(cps(reshape('وجد'))).toEqual(['FEED', 'FE9F', 'FEAA']);
  });

  test('keeps hamza isolated and breaks the join around it', () => {
    expect(cps(reshape('شاطىء'))).toEqual(['FEB7', 'FE8E', 'FEC3', 'FEF0', 'FE80']);
  });

  test('joins across harakat, which stay in place', () => {
    expect(cps(reshape('بَيْتٌ'))).toEqual(['FE91', '064E', 'FEF4', '0652', 'FE96', '064C']);
  });

  test('forms lam-alef ligatures, isolated and final', () => {
    expect(cps(reshape('لا'))).toEqual(['FEFB']);
    expect(cps(reshape('سلام'))).toEqual(['FEB3', 'FEFC', 'FEE1']);
    expect(cps(reshape('لآ لأ لإ'))).toEqual(['FEF5', '0020', 'FEF7', '0020', 'FEF9']);
    expect(cps(reshape('كلآ بلأ فلإ'))).toEqual(['FEDB', 'FEF6', '0020', 'FE91', 'FEF8', '0020', 'FED3', 'FEFA']);
  });

  test('moves harakat between lam and alef behind the ligature instead of dropping them', () => {
    // arabic-persian-reshaper gives ﻻا here: the fatha lost, the alef doubled.
    expect(cps(reshape('لَا'))).toEqual(['FEFB', '064E']);
    expect(cps(reshape('الْأُولَى'))).toEqual(['FE8D', 'FEF7', '0652', '064F', 'FEED', 'FEDF', '064E', 'FEF0']);
  });

  test('does not form the ligature across tatweel or a non-Arabic mark', () => {
    expect(cps(reshape('لـا'))).toEqual(['FEDF', '0640', 'FE8E']);
    expect(cps(reshape('ل\u200Eا'))).toEqual(['FEDF', '200E', 'FE8E']);
  });

  test('shapes final alef maksura as U+FEF0, so NFKC still reads ى and not Farsi ی', () => {
    const shaped = reshape('على');
    expect(cps(shaped)).toEqual(['FECB', 'FEE0', 'FEF0']);
    expect(shaped.normalize('NFKC')).toBe('على');
  });

  test('gives alef maksura inside a word its initial and medial forms U+FBE8, U+FBE9', () => {
    expect(cps(reshape('رئىس'))).toEqual(['FEAD', 'FE8B', 'FBE9', 'FEB2']);
    expect(cps(reshape('أىاً'))).toEqual(['FE83', 'FBE8', 'FE8E', '064B']);
  });

  test('joins through tatweel and ZWJ, which stay as they are', () => {
    expect(cps(reshape('بـب'))).toEqual(['FE91', '0640', 'FE90']);
    expect(cps(reshape('ب\u200D'))).toEqual(['FE91', '200D']);
  });

  test('breaks the join at ZWNJ (Persian می‌خواهم)', () => {
    expect(cps(reshape('می\u200Cخواهم'))).toEqual(['FEE3', 'FBFD', '200C', 'FEA7', 'FEEE', 'FE8D', 'FEEB', 'FEE2']);
  });

  test('shapes Persian letters', () => {
    expect(cps(reshape('پژوهشگر'))).toEqual(['FB58', 'FB8B', 'FEED', 'FEEB', 'FEB8', 'FB95', 'FEAE']);
    expect(cps(reshape('یک'))).toEqual(['FBFE', 'FB8F']);
  });

  test('shapes Urdu letters ٹ ڈ ڑ ں ھ ہ ے', () => {
    expect(cps(reshape('ہے'))).toEqual(['FBA8', 'FBAF']);
    expect(cps(reshape('میں'))).toEqual(['FEE3', 'FBFF', 'FB9F']);
    expect(cps(reshape('بٹا'))).toEqual(['FE91', 'FB69', 'FE8E']);
    expect(cps(reshape('بڈ بڑ'))).toEqual(['FE91', 'FB89', '0020', 'FE91', 'FB8D']);
    expect(cps(reshape('بھی'))).toEqual(['FE91', 'FBAD', 'FBFD']);
  });

  test('leaves letters that have no presentation form alone and does not join them', () => {
    // Pashto ښ has no presentation form: the heh after it stays isolated.
    expect(cps(reshape('ښه'))).toEqual(['069A', 'FEE9']);
    // Kurdish ڕ likewise.
    expect(cps(reshape('بڕ'))).toEqual(['FE8F', '0695']);
  });

  test('leaves everything that is not an Arabic letter unchanged', () => {
    const other = 'abc 123 ٠١٢ ، ؟ 😀 \uD800 x\uDC00 \uFEFF';
    expect(reshape(other)).toBe(other);
    expect(reshape('')).toBe('');
  });

  test('keeps a leading U+FEFF and lone surrogates in long text', () => {
    const long = '\uFEFF' + 'سلام عليكم '.repeat(20) + '\uD800';
    const shaped = reshape(long);
    expect(shaped.charCodeAt(0)).toBe(0xfeff);
    expect(shaped.endsWith('\uD800')).toBe(true);
    expect(shaped.length).toBe(long.length - 20); // one lam-alef ligature per repeat
  });

  test('shapes text far longer than a fromCharCode chunk', () => {
    const word = 'بيت\uD800';
    const long = word.repeat(300_000);
    const shaped = reshape(long);
    expect(shaped.length).toBe(long.length);
    expect(shaped.slice(0, 4)).toBe('\uFE91\uFEF4\uFE96\uD800');
    expect(shaped.slice(-4)).toBe('\uFE91\uFEF4\uFE96\uD800');
  });

  test('leaves already shaped text as it is', () => {
    const shaped = reshape('اللغة العربية');
    expect(reshape(shaped)).toBe(shaped);
  });

  test.each([[42], [null], [undefined], [{}], [['ب']]])('throws a TypeError naming dhad.reshape for %j', (value) => {
    expect(() => reshape(value as unknown as string)).toThrow(TypeError);
    expect(() => reshape(value as unknown as string)).toThrow(/^dhad\.reshape: expected a string, got /);
  });
});
