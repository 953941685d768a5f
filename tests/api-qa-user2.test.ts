// QA round 8, second "demanding user" pass over the public API: each case is a bug found by
// calling the exports as a TypeScript user would. Invented text only.
import { describe, expect, test } from 'vitest';
import { analyzeStream, createEntityRecognizer, root, segment, segmentText, stem, type StreamDoc } from '../src/index.js';
import { createStemmer, stemmer, tokenizer } from '../src/natural/index.js';

async function collect(source: Iterable<string | Uint8Array>): Promise<StreamDoc[]> {
  const docs: StreamDoc[] = [];
  for await (const doc of analyzeStream(source, { steps: ['tokens'] })) docs.push(doc);
  return docs;
}

describe('analyzeStream: a byte-order mark counts the same in bytes as in strings', () => {
  const whole = '\uFEFFقال الوزير.\n\nوصل الوفد.';
  const spans = (docs: StreamDoc[]): unknown[] => docs.map((d) => [d.offset, d.text, d.tokens.map((t) => [t.text, t.start, t.end])]);

  test('UTF-8 bytes with a BOM give the offsets of the decoded text, as strings do', async () => {
    const fromStrings = await collect([whole]);
    const bytes = new TextEncoder().encode(whole);
    expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const fromBytes = await collect([bytes]);
    const byteByByte = await collect(Array.from(bytes, (b) => new Uint8Array([b])));
    expect(spans(fromBytes)).toEqual(spans(fromStrings));
    expect(spans(byteByByte)).toEqual(spans(fromStrings));
    for (const doc of fromBytes) for (const t of doc.tokens) expect(whole.slice(t.start, t.end)).toBe(t.text);
  });

  test('guard: bytes without a BOM are unchanged', async () => {
    const plain = 'قال الوزير.\n\nوصل الوفد.';
    const docs = await collect([new TextEncoder().encode(plain)]);
    expect(docs.map((d) => [d.offset, d.text])).toEqual([[0, 'قال الوزير.'], [13, 'وصل الوفد.']]);
  });
});

describe('dhad/natural: tokenizeAndStem lowercases like natural’s own stemmers', () => {
  test('Latin words differing only in case are one feature', () => {
    expect(stemmer.tokenizeAndStem('أعلنت Apple هاتف iPhone')).toEqual(stemmer.tokenizeAndStem('أعلنت apple هاتف IPHONE'));
    expect(createStemmer({ algorithm: 'light10' }).tokenizeAndStem('Apple', true)).toEqual(['apple']);
  });

  test('guard: Arabic is unchanged', () => {
    expect(stemmer.tokenizeAndStem('وفي القمة قمتها')).toEqual(['قمة', 'قمة']);
  });

  test('tokenizer.trim names itself when given a non-array', () => {
    expect(() => tokenizer.trim('قمة' as never)).toThrow('dhad.tokenizer.trim: expected an array of strings, got string');
    expect(tokenizer.trim(['', 'قمة', ''])).toEqual(['قمة']);
  });
});

describe('createEntityRecognizer: a Map or Set is not read as an empty gazetteer', () => {
  test('a Map of names by type is a TypeError, not silently no names', () => {
    expect(() => createEntityRecognizer({ gazetteer: new Map([['ORG', ['مختبر ضاد']]]) as never })).toThrow(
      'dhad.createEntityRecognizer: gazetteer must be a plain object of names by type or an array of { text, type }, got Map',
    );
    expect(() => createEntityRecognizer({ gazetteer: new Set(['مختبر ضاد']) as never })).toThrow(/got Set$/);
  });

  test('guard: the two documented shapes work', () => {
    const text = 'أعلن مختبر ضاد نتائجه';
    for (const gazetteer of [{ ORG: ['مختبر ضاد'] }, [{ text: 'مختبر ضاد', type: 'ORG' as const }], Object.assign(Object.create(null), { ORG: ['مختبر ضاد'] })]) {
      expect(createEntityRecognizer({ gazetteer }).entities(text, { types: ['ORG'] }).map((e) => e.text)).toEqual(['مختبر ضاد']);
    }
  });
});

describe('segment and stem: invisible format characters in a word are transparent, as in tokenize', () => {
  // tokenize keeps a right-to-left mark, BOM or soft hyphen after (or inside) a word in the word
  // token; segment and the dhad stemmer then left such a word whole and unstemmed.
  test('a word that ends in a right-to-left mark is segmented and stemmed', () => {
    const [token] = segmentText('وبالتعاون\u200F');
    expect(token!.text).toBe('وبالتعاون\u200F');
    expect(token!.segmentation.prefixes.map((m) => m.form)).toEqual(['و', 'ب', 'ال']);
    expect(token!.segmentation.base).toEqual({ text: 'تعاون\u200F', form: 'تعاون', start: 4, end: 10, tag: 'STEM' });
    expect(segment('بلادكم\u200E').suffixes.map((m) => m.form)).toEqual(['كم']);
    expect(stem('وبالتعاون\u200F')).toBe('تعاون');
    expect(stem('مدرستنا\uFEFF')).toBe('مدرسة');
    expect(segment('وبالتعا\u00ADون').base.form).toBe('تعاون');
    expect(segment('كتاب\u200F').base.form).toBe('كتاب');
  });

  test('guard: ZWNJ and plain words as before', () => {
    expect(segment('وبالتعاون\u200C').base.form).toBe('تعاون');
    expect(stem('وبالتعاون')).toBe('تعاون');
    expect(segment('كتاب').base).toEqual({ text: 'كتاب', form: 'كتاب', start: 0, end: 4, tag: 'STEM' });
  });
});

describe('root: invisible format characters in a word are transparent too', () => {
  test('a BOM, soft hyphen, direction mark or bidi isolate leaves the root', () => {
    expect(root('مدرستنا\uFEFF')).toBe('درس');
    expect(root('الكتا\u00ADب')).toBe('كتب');
    expect(root('\u2067كتب\u2069')).toBe('كتب');
    expect(root('وبالتعاون\u200F')).toBe(root('وبالتعاون'));
  });

  test('guard: Latin letters and digits still have no root', () => {
    expect(root('كتبx')).toBeUndefined();
    expect(root('كتب1')).toBeUndefined();
  });
});

describe('bad options: a number in the options place', () => {
  test('says it is probably an array index from map', () => {
    expect(() => ["كتب", "قلم"].map(stem as unknown as (w: string) => string)).toThrow(/dhad\.stem: expected an options object, got number \(an array index\?/);
    expect(() => segment('كتب', 3 as never)).toThrow(/list\.map\(\(x\) => segment\(x\)\)/);
  });

  test('guard: other wrong types keep the short message', () => {
    expect(() => stem('كتب', 'x' as never)).toThrow(/^dhad\.stem: expected an options object, got string$/);
  });
});
