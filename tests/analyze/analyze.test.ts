import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeStream, entities, segment, stem } from '../../src/index.js';
import { ROOT } from '../helpers/shared.js';

const TEXT = 'وقال الرئيس الروسي فلاديمير بوتين في أستانة إن 14 دولة انضمت. وتأسست المنظمة عام 2001.';

function checkOffsets(input: string, doc: ReturnType<typeof analyze>, base = 0): void {
  for (const s of doc.sentences) expect(input.slice(s.start - base, s.end - base)).toBe(s.text);
  for (const e of doc.entities) expect(input.slice(e.start - base, e.end - base)).toBe(e.text);
  for (const t of doc.tokens) {
    expect(input.slice(t.start - base, t.end - base)).toBe(t.text);
    if (t.segmentation) {
      for (const m of [...t.segmentation.prefixes, t.segmentation.base, ...t.segmentation.suffixes]) {
        expect(input.slice(m.start - base, m.end - base)).toBe(m.text);
      }
    }
  }
}

describe('analyze', () => {
  test('runs every default stage with offsets into the text', () => {
    const doc = analyze(TEXT);
    expect(doc.text).toBe(TEXT);
    expect(doc.language).toBe('arb');
    expect(doc.sentences).toHaveLength(2);
    expect(doc.tokens.length).toBeGreaterThan(10);
    expect(doc.tokens.every((t) => typeof t.normal === 'string')).toBe(true);
    expect(doc.tokens.filter((t) => t.type === 'word').every((t) => t.segmentation && typeof t.stem === 'string')).toBe(true);
    expect(doc.tokens.some((t) => 'root' in t)).toBe(false);
    expect(doc.entities.map((e) => e.text)).toContain('فلاديمير بوتين');
    checkOffsets(TEXT, doc);
  });

  test('gives each word the stem and segmentation that stem() and segment() give it alone', () => {
    const article = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
    for (const t of analyze(article, { steps: ['segment', 'stem'] }).tokens) {
      if (t.type !== 'word') continue;
      expect(t.stem, t.text).toBe(stem(t.text));
      const alone = segment(t.text);
      expect(t.segmentation!.base.form).toBe(alone.base.form);
      expect(t.segmentation!.base.start - t.start).toBe(alone.base.start);
    }
  });

  test('runs only the stages asked for, roots only when asked', () => {
    const doc = analyze(TEXT, { steps: ['tokens', 'root'] });
    expect(doc.sentences).toEqual([]);
    expect(doc.entities).toEqual([]);
    expect(doc.language).toBe('und');
    expect(doc.tokens.find((t) => t.text === 'وتأسست')?.root).toBe('ءسس');
    expect(doc.tokens[0]!.normal).toBeUndefined();
  });

  test('uses the preset named for normal', () => {
    const doc = analyze('مدرسةٌ', { steps: ['normal'], normalize: 'clean' });
    expect(doc.tokens[0]!.normal).toBe('مدرسةٌ');
    expect(analyze('مدرسةٌ', { steps: ['normal'] }).tokens[0]!.normal).toBe('مدرسه');
  });

  test('splitArticle and stemmer reach the segmentation and the stems', () => {
    const article = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
    const kept = analyze(article, { steps: ['segment', 'stem'], splitArticle: false });
    const split = analyze(article, { steps: ['segment', 'stem'] });
    let articles = 0;
    kept.tokens.forEach((t, i) => {
      if (t.type !== 'word') return;
      const alone = segment(t.text, { splitArticle: false });
      expect(t.segmentation!.base.form, t.text).toBe(alone.base.form);
      expect(t.segmentation!.prefixes.some((m) => m.tag === 'DET')).toBe(false);
      // keeping the article in the segmentation does not change the stem
      expect(t.stem, t.text).toBe(split.tokens[i]!.stem);
      if (split.tokens[i]!.segmentation!.prefixes.some((m) => m.tag === 'DET')) articles++;
    });
    expect(articles).toBeGreaterThan(50);
    expect(analyze('والمكتبات', { steps: ['segment'], splitArticle: false }).tokens[0]!.segmentation!.base.text).toBe('المكتبات');
    for (const stemmer of ['light10', 'snowball', 'isri'] as const) {
      for (const t of analyze(article, { steps: ['stem'], stemmer }).tokens) {
        if (t.type === 'word') expect(t.stem, `${stemmer} ${t.text}`).toBe(stem(t.text, { algorithm: stemmer }));
      }
    }
    expect(analyze('بوتين', { steps: ['stem'], stemmer: 'light10' }).tokens[0]!.stem).toBe('بوت');
    expect(analyze('بوتين', { steps: ['stem'], stemmer: 'dhad' }).tokens[0]!.stem).toBe('بوتين');
  });

  test('rejects a bad splitArticle or stemmer, even when its stage does not run', () => {
    expect(() => analyze('x', { stemmer: 'porter' as 'isri' })).toThrow(/dhad\.analyze: unknown stemmer 'porter' \(expected one of: dhad, light10, snowball, isri\)/);
    expect(() => analyze('x', { steps: ['tokens'], stemmer: 3 as never })).toThrow(/dhad\.analyze: unknown stemmer/);
    expect(() => analyze('x', { splitArticle: 'no' as never })).toThrow(/dhad\.analyze: .*splitArticle/);
  });

  test('rejects bad input and unknown steps or options', () => {
    expect(() => analyze(42 as unknown as string)).toThrow(/dhad\.analyze: expected a string, got number/);
    expect(() => analyze('x', { steps: ['parse' as 'tokens'] })).toThrow(/unknown step 'parse'/);
    expect(() => analyze('x', { color: true } as never)).toThrow(/unknown option 'color'/);
    expect(analyze('').tokens).toEqual([]);
  });
});

describe('analyzeStream', () => {
  test('finds the same entities paragraph by paragraph as entities() on the whole text', async () => {
    // a surname alone in a later paragraph («وهنأ توكاييف») is labelled by the full name
    // found in an earlier one, as the one-name-one-label pass does within a text
    const text = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
    const streamed: string[] = [];
    for await (const doc of analyzeStream([text], { steps: ['entities'] })) {
      for (const e of doc.entities) streamed.push(`${e.start} ${e.type} ${e.text}`);
    }
    expect(streamed).toEqual(entities(text).map((e) => `${e.start} ${e.type} ${e.text}`));
    expect(streamed.some((e) => e.endsWith('PERS توكاييف'))).toBe(true);
  });

  test('yields a Doc per paragraph with offsets into the whole stream', async () => {
    const whole = `${TEXT}\n\n${TEXT}\n\n\nقمة في أستانة.`;
    const chunks = whole.match(/.{1,7}/gsu)!; // cut mid-paragraph and mid-word
    const docs = [];
    for await (const doc of analyzeStream(chunks)) docs.push(doc);
    expect(docs).toHaveLength(3);
    expect(docs.map((d) => d.offset)).toEqual([0, TEXT.length + 2, 2 * TEXT.length + 5]);
    for (const doc of docs) {
      expect(whole.slice(doc.offset, doc.offset + doc.text.length)).toBe(doc.text);
      checkOffsets(whole, doc);
    }
  });

  test('reads UTF-8 bytes split inside characters, from a Node Readable', async () => {
    const bytes = Buffer.from(`${TEXT}\n\n${TEXT}`, 'utf8');
    const pieces = [bytes.subarray(0, 5), bytes.subarray(5, 100), bytes.subarray(100)];
    const docs = [];
    for await (const doc of analyzeStream(Readable.from(pieces), { steps: ['tokens'] })) docs.push(doc);
    expect(docs.map((d) => d.text)).toEqual([TEXT, TEXT]);
  });

  test('cuts a paragraph longer than maxParagraph at a line break', async () => {
    const long = Array.from({ length: 50 }, () => 'قمة شنغهاي للتعاون').join('\n');
    const docs = [];
    for await (const doc of analyzeStream([long], { steps: ['tokens'], maxParagraph: 100 })) docs.push(doc);
    expect(docs.length).toBeGreaterThan(5);
    expect(docs.reduce((n, d) => n + d.tokens.length, 0)).toBe(150);
    for (const doc of docs) checkOffsets(long, doc);
  });

  test('rejects a non-iterable source', async () => {
    await expect(analyzeStream(5 as never).next()).rejects.toThrow(/dhad\.analyzeStream/);
  });
});
