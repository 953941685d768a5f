import { describe, expect, test } from 'vitest';
import { analyze, analyzeStream, sentences, tokenize } from '../src/index.js';

// API pass 6: a search indexer and a chatbot preprocessor built on dhad. Invented messages.

describe('a URL ends where an Arabic word is glued to a Latin letter or digit of its path', () => {
  test('a chat message with a missing space after a link keeps the word out of the URL', () => {
    expect(tokenize('شوف الرابط x.com/page?id=5وقلي رايك').map((t) => [t.text, t.type])).toEqual([
      ['شوف', 'word'],
      ['الرابط', 'word'],
      ['x.com/page?id=5', 'url'],
      ['وقلي', 'word'],
      ['رايك', 'word'],
    ]);
    expect(tokenize('https://example.org/docsوشكرا').map((t) => t.text)).toEqual(['https://example.org/docs', 'وشكرا']);
  });

  test('the glued word is analysed as a word (it has a stem), as after a Latin host', () => {
    const doc = analyze('https://example.org/news/item7وقالت', { steps: ['stem'] });
    expect(doc.tokens.map((t) => [t.text, t.type])).toEqual([
      ['https://example.org/news/item7', 'url'],
      ['وقالت', 'word'],
    ]);
    expect(doc.tokens[1]?.stem).toBe('قال');
  });

  test('guard: Arabic path segments after a delimiter stay in the URL', () => {
    for (const url of [
      'https://ar.wikipedia.org/wiki/مدينة_الورد',
      'www.example.com/?q=مصر',
      'https://example.com/2031/05/123-خبر-جديد',
      'https://example.com/وثائق',
    ]) {
      expect(tokenize(`زوروا ${url} الآن`).map((t) => t.text)).toEqual(['زوروا', url, 'الآن']);
    }
  });

  test('guard: sentences still do not break inside a URL', () => {
    expect(sentences('الرابط x.com/a/b.html مفيد.').map((s) => s.text)).toEqual(['الرابط x.com/a/b.html مفيد.']);
  });
});

describe('analyze checks options.normalize even when the normal stage does not run', () => {
  test('a misspelt preset or an unknown step option is a TypeError, as tokenize reports it', () => {
    expect(() => analyze('قال', { steps: ['tokens', 'stem'], normalize: 'serch' as never })).toThrow(
      /dhad\.analyze: unknown preset 'serch'/,
    );
    expect(() => analyze('قال', { steps: ['entities'], normalize: { tehmarbuta: true } as never })).toThrow(
      /dhad\.analyze: unknown option 'tehmarbuta'/,
    );
    expect(() => tokenize('', { normalize: 'serch' as never })).toThrow(/unknown preset 'serch'/);
  });

  test('analyzeStream reports it before reading the stream', async () => {
    const run = async () => {
      for await (const _ of analyzeStream(['قال'], { steps: ['tokens'], normalize: 7 as never })) void _;
    };
    await expect(run()).rejects.toThrow(/dhad\.analyzeStream: options\.normalize must be a preset name/);
  });

  test('guard: a valid normalize without the normal stage adds no normal, as before', () => {
    const doc = analyze('الْقِمَّةُ', { steps: ['tokens'], normalize: 'aggressive' });
    expect(doc.tokens).toEqual([{ text: 'الْقِمَّةُ', start: 0, end: 10, type: 'word' }]);
    expect(analyze('الْقِمَّةُ', { steps: ['normal'], normalize: 'search' }).tokens[0]?.normal).toBe('القمه');
  });
});

describe('tokenize with normalize: the type says every token has its normal (type-level)', () => {
  test('normal is a string, not string | undefined, when normalize is given', () => {
    const tokens = tokenize('المدرسةُ', { normalize: 'search' });
    // tsc: with `normal?: string` this assignment was an error under strict
    const normal: string = tokens[0]?.normal ?? '';
    const all: string[] = tokens.map((t) => t.normal);
    expect([normal, all]).toEqual(['المدرسه', ['المدرسه']]);
  });

  test('guard: without normalize (or with an options object that may lack it) tokens stay Token', () => {
    const opts: { normalize?: 'search' } = {};
    const tokens = tokenize('قال', opts);
    // @ts-expect-error — `normal` may be absent here
    const normal: string = tokens[0]!.normal;
    expect(normal).toBeUndefined();
    expect(tokenize('قال')[0]).toEqual({ text: 'قال', start: 0, end: 3, type: 'word' });
  });
});
