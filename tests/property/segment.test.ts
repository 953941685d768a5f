import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import type { Morpheme, Segmentation } from '../../src/segment/index.js';
import { arabicDiacritic, arabicText, arabicWord } from '../../src/testing/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import { expectStableBase } from '../helpers/segment.js';

const pieces = (s: Segmentation): Morpheme[] => [...s.prefixes, s.base, ...s.suffixes];
const TAGS = new Set(['CONJ', 'PREP', 'FUT', 'DET', 'PRON', 'STEM']);

/** Puts harakat after some letters of a word. */
const withHarakat = (word: string, marks: string[]): string =>
  [...word].map((c, i) => c + (marks[i] ?? '')).join('');

/** Words that look like clitic compounds: proclitics + letters + a pronoun, marks optional. */
const cliticWord = fc
  .tuple(
    fc.constantFrom('', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فل', 'س', 'وس', 'ال', 'وال', 'بال', 'لل', 'ولل'),
    fc.oneof(
      arabicWord({ minLength: 1, maxLength: 7 }),
      fc.constantFrom('بيروت', 'تعاون', 'مدرسة', 'مدرست', 'بلاد', 'أمم', 'يجري', 'الذي', 'لكن', 'الله', 'ة', 'ا'),
    ),
    fc.constantFrom('', 'ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'كن', 'ي', 'نا', 'ني'),
  )
  .map(([p, w, s]) => p + w + s);
const markedClitic = fc
  .tuple(cliticWord, fc.array(fc.oneof(arabicDiacritic({ harakat: true }), fc.constant('\u0640'), fc.constant('')), { maxLength: 12 }))
  .map(([w, marks]) => withHarakat(w, marks));
/** A Latin word (or one a digit begins) behind a chain of proclitics, tatweel optional: «وCNN», «للـA380». */
const latinClitic = fc
  .tuple(
    fc.constantFrom('و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فل', 'ال', 'وال', 'بال', 'كال', 'لل', 'ولل', 'فبال'),
    fc.constantFrom('', '\u0640', '\u0640\u0640'),
    fc.stringMatching(/^[A-Za-z0-9]{0,8}[A-Za-z][A-Za-z0-9]{0,4}$/),
  )
  .map(([p, t, w]) => ({ prefix: p + t, latin: w }));
const anyWord = fc.oneof(
  cliticWord,
  markedClitic,
  latinClitic.map(({ prefix, latin }) => prefix + latin),
  arabicWord({ maxLength: 10, diacritics: true, tatweel: true, invisibles: true, persian: true }),
);


describe('segment properties', () => {
  test.prop([anyWord])('pieces tile the word: in order, contiguous, slices equal texts', (word) => {
    const all = pieces(segment(word));
    let at = 0;
    for (const m of all) {
      expect(m.start).toBe(at);
      expect(m.end).toBeGreaterThanOrEqual(m.start);
      expect(word.slice(m.start, m.end)).toBe(m.text);
      expect(TAGS.has(m.tag)).toBe(true);
      at = m.end;
    }
    expect(at).toBe(word.length);
    expect(all.map((m) => m.text).join('')).toBe(word);
  });

  test.prop([anyWord, fc.boolean()])('the base is stable: segmenting its form gives it back whole', (word, splitArticle) => {
    expectStableBase(word, splitArticle);
  });

  test.prop([cliticWord, fc.array(arabicDiacritic({ harakat: true }), { maxLength: 12 })])(
    'harakat change no decision',
    (word, marks) => {
      const forms = (s: Segmentation): string[] => pieces(s).map((m) => `${m.form}/${m.tag}`);
      expect(forms(segment(withHarakat(word, marks)))).toEqual(forms(segment(word)));
    },
  );

  test.prop([latinClitic, fc.boolean()])('a Latin word behind proclitics is the base, the proclitics split off', ({ prefix, latin }, splitArticle) => {
    const s = segment(prefix + latin, { splitArticle });
    expect(s.suffixes).toEqual([]);
    const article = prefix.replace(/\u0640/g, '').slice(-2) === 'ال' || /^[وف]?لل/.test(prefix);
    if (splitArticle || !article) expect(s.base).toEqual({ text: latin, form: latin, start: prefix.length, end: prefix.length + latin.length, tag: 'STEM' });
    else expect(s.base.form).toBe('ال' + latin);
    expect(s.prefixes.map((m) => m.text).join('') + s.base.text).toBe(prefix + latin);
  });

  test.prop([fc.oneof(cliticWord, latinClitic.map(({ prefix, latin }) => prefix + latin))])('splitArticle: false only merges the article into the base', (word) => {
    const split = segment(word);
    const kept = segment(word, { splitArticle: false });
    const ends = (s: Segmentation): number[] => pieces(s).map((m) => m.end);
    // The article is never last (a base follows it): dropping it drops exactly its boundary.
    const withoutArticle = pieces(split)
      .filter((m) => m.tag !== 'DET')
      .map((m) => m.end);
    expect(ends(kept)).toEqual(withoutArticle);
    expect(kept.prefixes.some((m) => m.tag === 'DET')).toBe(false);
  });
});

describe('segmentText properties', () => {
  const text = arabicText({ tatweel: true, latin: true, digits: true, emoji: true, whitespace: true, invisibles: true });
  test.prop([text])('every morpheme offset slices the original text and tiles its token', (input) => {
    for (const token of segmentText(input)) {
      expect(token.type).toBe('word');
      expect(input.slice(token.start, token.end)).toBe(token.text);
      let at = token.start;
      for (const m of pieces(token.segmentation)) {
        expect(m.start).toBe(at);
        expect(input.slice(m.start, m.end)).toBe(m.text);
        at = m.end;
      }
      expect(at).toBe(token.end);
    }
  });

  test.prop([text])('returns exactly the word tokens of tokenize', (input) => {
    const words = tokenize(input)
      .filter((t) => t.type === 'word')
      .map(({ text: t, start, end }) => [t, start, end]);
    expect(segmentText(input).map(({ text: t, start, end }) => [t, start, end])).toEqual(words);
  });

  test.prop([text])('equals segment() of each word token, shifted', (input) => {
    for (const token of segmentText(input)) {
      const alone = segment(token.text);
      expect(pieces(token.segmentation).map((m) => [m.text, m.form, m.tag, m.start - token.start])).toEqual(
        pieces(alone).map((m) => [m.text, m.form, m.tag, m.start]),
      );
    }
  });
});
