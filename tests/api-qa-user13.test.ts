// API pass 13 ("demanding user"): the invisible format characters that tokenize keeps inside a
// word are transparent in every function that reads the word — entities, segment, stem and root
// agree with isStopword and with each other on one list (isFormatMark).
import { describe, expect, test } from 'vitest';
import { entities, isStopword, root, segment, stem, tokenize } from '../src/index.js';

// U+00AD SOFT HYPHEN, U+200B ZWSP, U+202B RLE, U+2066 LRI, U+FEFF (web text and word processors)
const WEB = ['\u00AD', '\u200B', '\u202B', '\u2066', '\uFEFF'];
// U+2060 WORD JOINER (the BOM's replacement inside words), U+2061–2064, U+180E
const JOINERS = ['\u2060', '\u2061', '\u2064', '\u180E'];
const hex = (c: string): string => c.codePointAt(0)!.toString(16);

describe('entities: a name is found whatever invisible format character it carries', () => {
  const plain = 'زار بوتين بيلاروسيا';
  const expected = entities(plain).map((e) => [e.type, e.text]);

  test('guard: the plain sentence has both names', () => {
    expect(expected).toEqual([
      ['PERS', 'بوتين'],
      ['LOC', 'بيلاروسيا'],
    ]);
  });

  test('after the name (a soft hyphen, ZWSP, bidi embedding or isolate, BOM, word joiner)', () => {
    for (const c of [...WEB, ...JOINERS]) {
      const text = `زار بوتين${c} بيلاروسيا`;
      expect([hex(c), entities(text).map((e) => [e.type, e.text])]).toEqual([hex(c), expected]);
    }
  });

  test('inside the name: the span keeps the character, the form does not', () => {
    for (const c of [...WEB, ...JOINERS]) {
      const text = `زار بو${c}تين بيلاروسيا`;
      const found = entities(text);
      expect([hex(c), found.map((e) => [e.type, e.text])]).toEqual([hex(c), [['PERS', `بو${c}تين`], ['LOC', 'بيلاروسيا']]]);
      expect(found[0]!.form).toBe('بوتين');
    }
  });

  test('the Arabic letter mark after a name no longer changes its type (it was LOC)', () => {
    expect(entities('زار بوتين\u061C بيلاروسيا').map((e) => [e.type, e.text])).toEqual(expected);
  });

  test('guard: ZWNJ, ZWJ and the direction marks were already transparent', () => {
    for (const c of ['\u200C', '\u200D', '\u200E', '\u200F']) {
      expect(entities(`زار بوتين${c} بيلاروسيا`).map((e) => [e.type, e.text])).toEqual(expected);
    }
  });
});

describe('segment, stem and root: the word joiner and invisible operators are transparent too', () => {
  test('as they already were in tokenize and isStopword', () => {
    for (const c of JOINERS) {
      expect(tokenize(`والمنظ${c}مات`)).toHaveLength(1);
      expect(isStopword(`و${c}في`)).toBe(true);
      expect([hex(c), stem(`والمنظمات${c}`)]).toEqual([hex(c), 'منظمة']);
      expect([hex(c), segment(`والمنظ${c}مات`).base.form]).toEqual([hex(c), 'منظمات']);
      expect([hex(c), root(`المكتبات${c}`)]).toEqual([hex(c), 'كتب']);
    }
  });

  test('the offsets of the morphemes still cover the characters', () => {
    const word = 'وبوتين\u2060';
    const s = segment(word);
    expect(s.prefixes.map((m) => m.text)).toEqual(['و']);
    expect(word.slice(s.base.start, s.base.end)).toBe(s.base.text);
    expect(s.base.end).toBe(word.length);
  });

  test('guard: the characters of earlier passes and plain words are unchanged', () => {
    for (const c of WEB) expect(stem(`والمنظمات${c}`)).toBe('منظمة');
    expect(stem('والمنظمات')).toBe('منظمة');
    expect(root('المكتبات')).toBe('كتب');
    expect(root('\u2060')).toBeUndefined();
  });
});

describe('numeric entities: an invisible format character in or after a word is transparent too', () => {
  const plain = entities('في 15 يونيو 2024 بلغت النسبة 60%').map((e) => [e.type, e.text, e.value]);

  test('guard: the plain sentence has one date and one percentage', () => {
    expect(plain).toEqual([
      ['DATE', '15 يونيو 2024', '2024-06-15'],
      ['PERCENT', '60%', 60],
    ]);
  });

  test('a mark after the month does not cut the date in two', () => {
    for (const c of ['\u200F', '\u200E', '\u061C', '\u00AD', '\uFEFF', '\u2060']) {
      const found = entities(`في 15 يونيو${c} 2024 بلغت النسبة 60%`);
      expect([hex(c), found.map((e) => [e.type, e.value])]).toEqual([hex(c), plain.map(([t, , v]) => [t, v])]);
      expect(found[0]!.text).toBe(`15 يونيو${c} 2024`);
    }
  });

  test('nor a mark inside the month, nor one between a number and its sign', () => {
    const inside = entities('في 15 يو\u00ADنيو 2024');
    expect(inside.map((e) => [e.type, e.text, e.value])).toEqual([['DATE', '15 يو\u00ADنيو 2024', '2024-06-15']]);
    expect(entities('بلغت 60\u200F% أمس').map((e) => [e.type, e.value])).toEqual(entities('بلغت 60% أمس').map((e) => [e.type, e.value]));
  });

  test('guard: a zero-width space still separates as a space does', () => {
    expect(entities('في 15 يونيو\u200B 2024').map((e) => [e.type, e.value])).toEqual([['DATE', '2024-06-15']]);
  });
});
