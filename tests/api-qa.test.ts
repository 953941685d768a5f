// QA round 8, "demanding user" pass over the public API: each case is a bug or loose check
// found by calling the exports with awkward input. Invented text only.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { segment } from '../src/segment/index.js';
import { analyze, analyzeStream, detectLanguage, normalizeDigits, segmentText, toBio, tokenize, type ArabicScriptLanguage, type StreamDoc } from '../src/index.js';
import { createStemmer } from '../src/natural/index.js';
import { arabicDiacritic, arabicText, arabicWord } from '../src/testing/index.js';

async function collect(source: Iterable<string | Uint8Array>): Promise<StreamDoc[]> {
  const docs: StreamDoc[] = [];
  for await (const doc of analyzeStream(source, { steps: ['tokens'] })) docs.push(doc);
  return docs;
}

describe('analyzeStream: a paragraph ends before the line breaks that close it', () => {
  test('CRLF paragraphs do not keep their \\r', async () => {
    const whole = 'قال الوزير.\r\n\r\nوصل الوفد.\r\n';
    const docs = await collect([whole]);
    expect(docs.map((d) => d.text)).toEqual(['قال الوزير.', 'وصل الوفد.']);
    expect(docs.map((d) => d.offset)).toEqual([0, 15]);
    for (const d of docs) expect(whole.slice(d.offset, d.offset + d.text.length)).toBe(d.text);
  });

  test('the last paragraph does not keep its newline (as bytes too)', async () => {
    expect((await collect(['قال الوزير.\n'])).map((d) => d.text)).toEqual(['قال الوزير.']);
    expect((await collect([new TextEncoder().encode('وصل الوفد. \n\n')])).map((d) => d.text)).toEqual(['وصل الوفد.']);
  });

  test('guard: an LF paragraph in mid-stream is unchanged', async () => {
    const docs = await collect(['قال الوزير.\n\nوصل الوفد.']);
    expect(docs.map((d) => [d.offset, d.text])).toEqual([[0, 'قال الوزير.'], [13, 'وصل الوفد.']]);
  });

  test('maxParagraph of the wrong type is reported by its type', async () => {
    await expect(analyzeStream(['x'], { maxParagraph: '100' as never }).next()).rejects.toThrow(
      'dhad.analyzeStream: options.maxParagraph must be an integer ≥ 16 or Infinity, got string',
    );
  });
});

test('Doc.language has the type detectLanguage returns', () => {
  // a type-level check (tsc): Doc.language was `string`
  const language: ArabicScriptLanguage | 'und' = analyze('قال الوزير', { steps: ['language'] }).language;
  expect(language).toBe('arb');
});

test('toBio rejects NaN and Infinity offsets instead of labelling silently', () => {
  const tokens = tokenize('زار الوفد');
  expect(() => toBio(tokens, [{ type: 'LOC', text: 'x', start: Number.NaN, end: 4, form: 'x', score: 1 }])).toThrow(
    'dhad.toBio: expected objects with numeric start and end, got start NaN and end 4',
  );
  expect(() => toBio([{ ...tokens[0]!, end: Infinity }], [])).toThrow(/dhad\.toBio: .*end Infinity/);
  // guard
  expect(toBio(tokens, [{ type: 'LOC', text: 'الوفد', start: 4, end: 9, form: 'الوفد', score: 1 }])).toEqual(['O', 'B-LOC']);
});

test('normalizeDigits names a null target as null', () => {
  expect(() => normalizeDigits('١٢', null as never)).toThrow('dhad.normalizeDigits: unknown target null (expected one of: latin, arabic)');
  expect(() => normalizeDigits('١٢', 'roman' as never)).toThrow("unknown target 'roman'");
});

describe('dhad/natural stop-word editing checks its argument', () => {
  test('a string given to addStopWords is not read as a list of letters', () => {
    const s = createStemmer();
    expect(() => s.addStopWords('قمة' as never)).toThrow('dhad.stemmer.addStopWords: expected an array of strings, got string');
    expect(() => s.removeStopWords(['قمة', 5] as never)).toThrow('dhad.stemmer.removeStopWords: expected an array of strings, got an array holding number');
    expect(() => s.addStopWord(5 as never)).toThrow('dhad.stemmer.addStopWord: expected a string, got number');
    expect(() => s.removeStopWord(undefined as never)).toThrow('dhad.stemmer.removeStopWord: expected a string, got undefined');
    // nothing was added by the rejected calls: a single letter is still kept
    expect(s.tokenizeAndStem('ق قمة')).toEqual(['ق', 'قمة']);
  });

  test('guard: arrays of strings work as before', () => {
    const s = createStemmer();
    s.addStopWords(['قمة']);
    expect(s.tokenizeAndStem('قمة أستانا')).toEqual(['استانا']);
    s.removeStopWords(['قمة']);
    expect(s.tokenizeAndStem('قمة أستانا')).toEqual(['قمة', 'استانا']);
  });
});

describe('dhad/testing checks its options like the rest of dhad', () => {
  test('unknown keys, non-boolean switches and bad lengths are TypeErrors naming the arbitrary', () => {
    expect(() => arabicWord({ diacritic: true } as never)).toThrow("dhad.arabicWord: unknown option 'diacritic'");
    expect(() => arabicText({ latn: true } as never)).toThrow("dhad.arabicText: unknown option 'latn'");
    expect(() => arabicText(null as never)).toThrow('dhad.arabicText: expected an options object, got null');
    expect(() => arabicDiacritic({ harakat: 'yes' } as never)).toThrow('dhad.arabicDiacritic: options.harakat must be a boolean, got string');
    expect(() => arabicText({ emoji: 1 } as never)).toThrow('dhad.arabicText: options.emoji must be a boolean, got number');
    expect(() => arabicWord({ maxLength: 2.5 })).toThrow('dhad.arabicWord: options.maxLength must be a non-negative integer, got 2.5');
    expect(() => arabicWord({ minLength: 5, maxLength: 2 })).toThrow('dhad.arabicWord: options.maxLength (2) must be at least options.minLength (5)');
  });

  test('guard: valid options draw what they did', () => {
    expect(fc.sample(arabicWord({ minLength: 2, maxLength: 3 }), { numRuns: 30, seed: 1 }).every((w) => /^[\u0621-\u064A]{2,3}$/.test(w))).toBe(true);
    expect(fc.sample(arabicText({ diacritics: false, maxLength: 4 }), { numRuns: 30, seed: 1 }).every((t) => !/[\u064B-\u065F]/.test(t))).toBe(true);
    expect(fc.sample(arabicDiacritic({ harakat: true }), { numRuns: 30, seed: 1 }).every((m) => m >= '\u064B' && m <= '\u0652')).toBe(true);
    expect(fc.sample(arabicWord(Object.freeze({ maxLength: 1 })), { numRuns: 10, seed: 1 }).every((w) => w.length === 1)).toBe(true);
  });
});

test('SegmentedToken.type is the literal word (type-level)', () => {
  const [first] = segmentText('وبالتعاون');
  // tsc: `'word'` is assignable to `'word'`, TokenType was not
  const type: 'word' | undefined = first?.type;
  expect(type).toBe('word');
});

test('detectLanguage reports a bad minLength or an empty only plainly', () => {
  expect(() => detectLanguage('قال', { minLength: '3' as never })).toThrow("options.minLength must be a non-negative number, got '3'");
  expect(() => detectLanguage('قال', { minLength: -1 })).toThrow('options.minLength must be a non-negative number, got -1');
  expect(() => detectLanguage('قال', { only: [] })).toThrow('options.only must be a non-empty array of language codes, got an empty array');
  expect(() => detectLanguage('قال', { only: 'arb' as never })).toThrow('got string');
});

describe('Segmentation lists are read-only in the types', () => {
  test('an empty prefix list is a shared frozen array, and the type says so', () => {
    const s = segment('كتاب');
    // @ts-expect-error — `prefixes` is `readonly Morpheme[]`
    expect(() => s.prefixes.push(s.base)).toThrow(TypeError);
    expect(segment('قلم').prefixes).toBe(s.prefixes);
  });
});
