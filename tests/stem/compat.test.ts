// The compatibility stemmers on hand-picked cases: the behaviour their references document,
// including the quirks that decide their output.
import { describe, expect, test } from 'vitest';
import { stem } from '../../src/stem/index.js';

const light10 = (w: string): string => stem(w, { algorithm: 'light10' });
const snowball = (w: string): string => stem(w, { algorithm: 'snowball' });
const isri = (w: string): string => stem(w, { algorithm: 'isri' });

describe('light10 (Lucene ArabicNormalizer + ArabicStemmer)', () => {
  test('normalizes alef, alef maksura and teh marbuta, removes harakat and tatweel', () => {
    expect(light10('أَحْمَد')).toBe('احمد');
    expect(light10('مستشفـــى')).toBe('مستشف');
  });
  test('removes one prefix and then suffixes in turn', () => {
    expect(light10('والمكتبات')).toBe('مكتب');
    expect(light10('بالمدرسة')).toBe('مدرس');
    expect(light10('كتابها')).toBe('كتاب');
  });
  test('keeps enough letters: و needs three after it, other affixes two', () => {
    expect(light10('ولد')).toBe('ولد');
    expect(light10('وقف')).toBe('وقف');
    expect(light10('الى')).toBe('ال'); // الي: too short for ال, long enough for ي
  });
  test('cuts names, as Lucene does', () => {
    expect(light10('بوتين')).toBe('بوت');
    expect(light10('إيران')).toBe('اير');
  });
  test('leaves Latin words alone', () => {
    expect(light10('Lucene')).toBe('Lucene');
  });
});

describe('snowball (Snowball Arabic)', () => {
  test('strips the article and suffixes of nouns', () => {
    expect(snowball('الكتاب')).toBe('كتاب');
    expect(snowball('بالمدرسة')).toBe('مدرس');
  });
  test('damages names as the reference does', () => {
    expect(snowball('بوتين')).toBe('وتين');
    expect(snowball('بيلاروسيا')).toBe('يلاروسي');
  });
  test('turns Arabic-Indic digits into ASCII and drops punctuation and presentation shapes', () => {
    expect(snowball('٢٠٢٤')).toBe('2024');
    expect(snowball('\uFE8D\uFEDF\uFEDC\uFE98\uFE8E\uFE8F')).toBe('كتاب'); // ﺍﻟﻜﺘﺎﺏ
    expect(snowball('\uFEFB\uFECB\uFE92\uFEEE\uFEE5')).toBe('لاعب'); // ﻻﻋﺒﻮﻥ: the ligature expands
    expect(snowball('U.S.')).toBe('US');
  });
  test('normalizes a final hamza seat to ء', () => {
    expect(snowball('آباؤهم')).toBe('اباء');
  });
});

describe('isri (NLTK ISRIStemmer)', () => {
  test('extracts roots by pattern', () => {
    expect(isri('يستخدمون')).toBe('خدم');
    expect(isri('مكتبة')).toBe('كتب');
    expect(isri('استعمال')).toBe('عمل');
  });
  test('returns its stop words unchanged (after removing diacritics)', () => {
    expect(isri('الَّذِي')).toBe('الذي');
    expect(isri('يمكن')).toBe('يمكن');
  });
  test('counts code points like Python', () => {
    // Four code points: ISRI's four-letter rules apply although JavaScript sees five units.
    expect(isri('م😀ab')).toBe('😀ab');
  });
});
