// QA round 9, fourth "demanding user" pass over the public API: analyzeStream against analyze
// on invisible-only paragraphs, one message for an unknown entity type, undefined in
// renderEntities colours, natural's keepStops, and collections passed as options.
// Invented text only.
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { analyze, analyzeStream, normalize, renderEntities, stem, tokenize, toBio, type Entity, type StreamDoc } from '../src/index.js';
import { stemmer } from '../src/natural/index.js';

async function collect(source: Iterable<string>): Promise<StreamDoc[]> {
  const docs: StreamDoc[] = [];
  for await (const doc of analyzeStream(source, { steps: ['tokens'] })) docs.push(doc);
  return docs;
}

describe('analyzeStream keeps a paragraph that holds only a byte-order mark, as analyze does', () => {
  // tokenize reads a lone U+FEFF as a symbol token, but the stream dropped a paragraph whose
  // text String#trim() empties, and U+FEFF is the one character trim() removes that is a token.
  test('the tokens of the stream are those of the whole text', async () => {
    for (const input of ['\uFEFF\n\nقال الوزير', 'قال الوزير\n\n \uFEFF', '\uFEFF\r\n\r\nوصل\uFEFF']) {
      const streamed = (await collect([input])).flatMap((d) => d.tokens);
      expect(streamed).toEqual(tokenize(input));
      expect(streamed).toEqual(analyze(input, { steps: ['tokens'] }).tokens);
    }
  });

  test('guard: blank paragraphs are still skipped', async () => {
    const docs = await collect(['قال\n\n \t\u00A0\n\n\u2028\n\nوصل']);
    expect(docs.map((d) => d.text)).toEqual(['قال', 'وصل']);
  });
});

describe('an unknown entity type reads the same in every function', () => {
  const tokens = tokenize('قال بوتين');
  const bad = [{ type: 'PER', text: 'بوتين', start: 4, end: 9, form: 'بوتين', score: 1 }] as unknown as Entity[];
  const expected = "unknown entity type 'PER' (expected one of: PERS, LOC, ORG, MISC, DATE, TIME, NUM, PERCENT, MONEY)";

  test('toBio and renderEntities say it as entities and createEntityRecognizer do', () => {
    expect(() => toBio(tokens, bad)).toThrow(new TypeError(`dhad.toBio: ${expected}`));
    expect(() => renderEntities('قال بوتين', bad)).toThrow(new TypeError(`dhad.renderEntities: ${expected}`));
  });
});

describe('renderEntities: a colour left undefined is the default colour, as undefined options are elsewhere', () => {
  test('colors: { PERS: undefined } renders like no colour for PERS', () => {
    const text = 'قال بوتين';
    const ents: Entity[] = [{ type: 'PERS', text: 'بوتين', start: 4, end: 9, form: 'بوتين', score: 1 }];
    const chosen: string | undefined = undefined;
    expect(renderEntities(text, ents, { colors: { PERS: chosen } })).toBe(renderEntities(text, ents));
  });

  test('guard: a non-colour is still a TypeError', () => {
    expect(() => renderEntities('x', [], { colors: { PERS: 5 as never } })).toThrow(/options\.colors\.PERS must be a CSS colour, got 5/);
    expect(() => renderEntities('x', [], { colors: { PERS: null as never } })).toThrow(/options\.colors\.PERS must be a CSS colour, got null/);
  });
});

describe('dhad/natural: keepStops must be a boolean', () => {
  // natural's own stemmers read any truthy keepStops as true; dhad read anything but `true`
  // as false, so `tokenizeAndStem(text, 'yes')` silently dropped the stop words.
  test('a non-boolean keepStops is a TypeError naming the function and the argument', () => {
    expect(() => stemmer.tokenizeAndStem('ذهب الطلاب إلى المدرسة', 'yes' as never)).toThrow(
      new TypeError('dhad.stemmer.tokenizeAndStem: keepStops must be a boolean, got string'),
    );
    expect(() => stemmer.tokenizeAndStem('ذهب الطلاب', 1 as never)).toThrow(TypeError);
  });

  test('guard: true, false and undefined work as before', () => {
    const text = 'ذهب الطلاب إلى المدرسة';
    expect(stemmer.tokenizeAndStem(text, true)).toHaveLength(4);
    expect(stemmer.tokenizeAndStem(text, false)).toHaveLength(3);
    expect(stemmer.tokenizeAndStem(text)).toEqual(stemmer.tokenizeAndStem(text, false));
  });
});

describe('a Map or Set in the options place is a TypeError, not silently no options', () => {
  test('normalize, stem and analyze name the collection', () => {
    expect(() => normalize('أ', new Map([['alef', false]]) as never)).toThrow(new TypeError('dhad.normalize: expected an options object, got Map'));
    expect(() => stem('المعلمون', new Map([['algorithm', 'isri']]) as never)).toThrow(/dhad\.stem: expected an options object, got Map/);
    expect(() => analyze('نص', new Set(['tokens']) as never)).toThrow(/dhad\.analyze: expected an options object, got Set/);
  });

  test('a chunk of the wrong kind names its class', async () => {
    await expect(collect([new ArrayBuffer(2)] as never)).rejects.toThrow(/expected chunks of strings or bytes, got ArrayBuffer/);
  });

  test('guard: plain objects and null-prototype objects still work', () => {
    expect(normalize('أ', { alef: false })).toBe('أ');
    expect(normalize('أ', Object.assign(Object.create(null) as object, { alef: false }))).toBe('أ');
  });
});

describe('CLI: a flag error reads like the other usage errors', () => {
  async function cli(args: string[]) {
    let stderr = '';
    const code = await main(args, {
      stdin: Readable.from([new TextEncoder().encode('قال')]),
      stdout: { write: () => undefined, isTTY: false },
      stderr: { write: (s: string) => (stderr += s), isTTY: false },
      env: {},
    });
    return { code, stderr };
  }

  test("node's parser messages start in lower case, as 'unknown command' and 'unknown format' do", async () => {
    expect(await cli(['stem', '-a', 'isri'])).toEqual({ code: 2, stderr: "dhad stem: unknown option '-a'. Run 'dhad stem --help'.\n" });
    expect(await cli(['stem', '--algorithm'])).toEqual({
      code: 2,
      stderr: "dhad stem: option '--algorithm <value>' argument missing. Run 'dhad stem --help'.\n",
    });
  });

  test('guard: dhad’s own usage errors are unchanged', async () => {
    expect(await cli(['tokenize', '-f', 'html'])).toEqual({
      code: 2,
      stderr: "dhad tokenize: unknown format 'html' (expected one of: text, json, jsonl, conll)\n",
    });
  });
});
