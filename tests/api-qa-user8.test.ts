// API pass 8 ("demanding user"): analyzeStream, toBio, renderEntities and dhad/testing,
// pinned where they were wrong.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeStream, normalize, renderEntities, segment, stem, tokenize, toBio, unshape } from '../src/index.js';
import { arabicWord } from '../src/testing/index.js';

async function firstError(source: unknown): Promise<string> {
  try {
    for await (const doc of analyzeStream(source as never)) void doc;
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

describe('analyzeStream: a whole text or file given as the source is named, not read as characters or numbers', () => {
  test('a Buffer or Uint8Array (readFileSync without an encoding) says it is one chunk', async () => {
    const bytes = new TextEncoder().encode('قال بوتين');
    expect(await firstError(bytes)).toBe(
      'dhad.analyzeStream: expected an iterable or async iterable of strings or bytes, got one Uint8Array; pass [chunk] for a single chunk, or use analyze for a whole text',
    );
    expect(await firstError(Buffer.from('قال'))).toMatch(/got one Buffer; pass \[chunk\]/);
  });

  test('a string says how to pass it', async () => {
    expect(await firstError('قال بوتين')).toMatch(/got one string; pass \[chunk\] for a single chunk/);
  });

  test('guard: the same bytes as one chunk are analysed', async () => {
    const offsets: number[] = [];
    for await (const doc of analyzeStream([new TextEncoder().encode('قال.\n\nبوتين')], { steps: ['tokens'] })) offsets.push(doc.offset);
    expect(offsets).toEqual([0, 6]);
  });
});

describe('analyzeStream: maxParagraph cuts a CR-only text at its last line, as an LF text', () => {
  async function pieces(text: string): Promise<string[]> {
    const out: string[] = [];
    for await (const doc of analyzeStream([text], { steps: ['tokens'], maxParagraph: 16 })) out.push(doc.text);
    return out;
  }
  test('lines that end in a lone CR are not cut inside a line', async () => {
    expect(await pieces('قال بوتين\rوقال شي\rثم ذهب')).toEqual(['قال بوتين', 'وقال شي\rثم ذهب']);
  });

  test('guard: LF and CRLF lines are cut as before', async () => {
    expect(await pieces('قال بوتين\nوقال شي\nثم ذهب')).toEqual(['قال بوتين', 'وقال شي\nثم ذهب']);
    expect(await pieces('قال بوتين\r\nوقال شي\r\nثم ذهب')).toEqual(['قال بوتين', 'وقال شي\r\nثم ذهب']);
  });
});

describe('toBio: offsets are non-negative integers, as renderEntities requires', () => {
  const tokens = tokenize('زار بوتين أستانة');
  test('a negative or fractional entity span is a TypeError, not silently O', () => {
    expect(() => toBio(tokens, [{ type: 'PERS', start: -5, end: -1 }])).toThrow(
      'dhad.toBio: start and end must be non-negative integers, got [-5, -1)',
    );
    expect(() => toBio(tokens, [{ type: 'PERS', start: 4.5, end: 9 }])).toThrow(/non-negative integers, got \[4\.5, 9\)/);
  });

  test('a token with such offsets is refused too', () => {
    expect(() => toBio([{ start: -1, end: 3 }], [])).toThrow(/non-negative integers/);
  });

  test('a token that ends before it starts is a TypeError, as such an entity is', () => {
    expect(() => toBio([{ start: 5, end: 3 }], [{ type: 'PERS', start: 2, end: 6 }])).toThrow(
      'dhad.toBio: token 0 span [5, 3) ends before it starts',
    );
  });

  test('guard: integer offsets label as before', () => {
    expect(toBio(tokens, [{ type: 'PERS', start: 4, end: 9 }])).toEqual(['O', 'B-PERS', 'O']);
  });
});

describe('toBio and renderEntities take spans of your own (type-level)', () => {
  test('gold spans without text, form and score, and tokens with offsets only, type-check', () => {
    // tsc: these literals lacked text/form/score (and text/type for tokens) and were errors
    const gold = [{ type: 'LOC' as const, start: 4, end: 10 }];
    expect(toBio([{ start: 0, end: 3 }, { start: 4, end: 10 }], gold)).toEqual(['O', 'B-LOC']);
    expect(renderEntities('زار أستانة', gold, { legend: false })).toContain('border-radius: 0.35em">أستانة<span');
  });
});

describe('renderEntities: a colour CSS would drop is refused, not rendered without a background', () => {
  const spans = [{ type: 'PERS' as const, start: 4, end: 9 }];
  test('a bad hex colour, an unknown name and an extra parenthesis are TypeErrors', () => {
    for (const bad of ['#ggg', '#12345', 'reddd', 'rgb(1, 2, 3))']) {
      expect(() => renderEntities('زار بوتين', spans, { colors: { PERS: bad } })).toThrow(
        `dhad.renderEntities: options.colors.PERS must be a CSS colour, got ${JSON.stringify(bad)}`,
      );
    }
  });

  test('guard: hex, named, system colours and colour functions in any case still work', () => {
    for (const good of ['#fc0', '#FFCC00', '#ffcc0080', 'Gold', 'rebeccapurple', 'transparent', 'currentColor', 'Canvas', 'rgb(1 2 3 / 50%)', 'HSL(40, 100%, 50%)', 'oklch(70% 0.1 200)']) {
      expect(renderEntities('زار بوتين', spans, { colors: { PERS: good } })).toContain(`background: ${good};`);
    }
  });
});

describe('arabicWord: a length of 0 is refused, not read as 1', () => {
  test('maxLength 0 (or minLength 0) is a TypeError naming the option', () => {
    expect(() => arabicWord({ minLength: 0, maxLength: 0 })).toThrow(
      'dhad.arabicWord: options.minLength must be at least 1 (a word is never empty), got 0',
    );
    expect(() => arabicWord({ maxLength: 0 })).toThrow(/options\.maxLength must be at least 1/);
  });

  test('guard: lengths of 1 and more draw words of that many letters', () => {
    expect(fc.sample(arabicWord({ minLength: 1, maxLength: 1 }), 30).every((w) => w.length === 1)).toBe(true);
    expect(fc.sample(arabicWord({ minLength: 3, maxLength: 4 }), 30).every((w) => w.length >= 3 && w.length <= 4)).toBe(true);
  });
});

describe('an isolated haraka (U+FE70–FE7E, U+FC5E–FC63) after a letter keeps the word whole', () => {
  // NFKC writes them as a space and the mark; dhad drops the space (found by API pass 8)
  test('normalize, stem, segment and unshape', () => {
    expect(normalize('كِتابﹸه')).toBe('كتابه');
    expect(normalize('كِتابﹸه', 'clean')).toBe('كِتابُه');
    expect(stem('كتابﹰ')).toBe('كتاب');
    expect(segment('كتابﹰ').base.form).toBe('كتاب');
    expect(unshape('كتابﹰ')).toBe('كتابً');
    expect(unshape('\uFC5E')).toBe('\u064C\u0651');
  });
});
