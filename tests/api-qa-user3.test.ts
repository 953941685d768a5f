// QA round 8, third "demanding user" pass over the public API (the CLI and analyzeStream on
// awkward input). Invented text only.
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { analyzeStream, type StreamChunk, type StreamDoc } from '../src/index.js';

async function cli(args: string[], input: Uint8Array) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdin: Readable.from([input]),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: {},
  });
  return { code, stdout, stderr };
}

async function collect(source: Iterable<StreamChunk>, options: { maxParagraph?: number } = {}): Promise<StreamDoc[]> {
  const docs: StreamDoc[] = [];
  for await (const doc of analyzeStream(source, { steps: ['tokens'], ...options })) docs.push(doc);
  return docs;
}

type Span = { text: string; start: number; end: number };

describe('CLI: offsets of a file that starts with a byte-order mark', () => {
  // The CLI's decoder dropped the mark, so every offset was one less than in the same file
  // read by Node (readFileSync(path, 'utf8')) or by analyzeStream on its bytes.
  const input = '\uFEFFقال الوزير.\nوصل الوفد إلى أستانة.';
  const bytes = new TextEncoder().encode(input);

  test('json offsets count the mark, as readFileSync and analyzeStream do', async () => {
    for (const command of ['tokenize', 'stem', 'root', 'segment']) {
      const r = await cli([command, '-f', 'json'], bytes);
      expect(r.code).toBe(0);
      const spans = (JSON.parse(r.stdout) as Span[][]).flat();
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
    }
    for (const command of ['sentences', 'entities']) {
      const spans = (JSON.parse((await cli([command, '-f', 'json'], bytes)).stdout) as Span[][]).flat();
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
    }
    const [doc] = JSON.parse((await cli(['analyze', '-f', 'json'], bytes)).stdout) as StreamDoc[];
    expect(doc!.tokens.find((t) => t.text === 'أستانة')).toMatchObject({ start: 27, end: 33 });
    expect((await collect([bytes]))[0]!.tokens.find((t) => t.text === 'أستانة')).toMatchObject({ start: 27, end: 33 });
  });

  test('guard: without a mark the offsets are unchanged', async () => {
    const plain = new TextEncoder().encode('قال الوزير.');
    expect(JSON.parse((await cli(['tokenize', '-f', 'json'], plain)).stdout)).toEqual([
      [
        { text: 'قال', start: 0, end: 3, type: 'word' },
        { text: 'الوزير', start: 4, end: 10, type: 'word' },
        { text: '.', start: 10, end: 11, type: 'punctuation' },
      ],
    ]);
  });
});

describe('analyzeStream: text stays in order when bytes and strings mix', () => {
  test('an incomplete byte sequence before a string chunk is not moved after it', async () => {
    // a lead byte of «ق» with no continuation, then a string: the replacement character
    // belongs where the bad byte was, before the string, not at the end of the stream
    const docs = await collect([new Uint8Array([0x41, 0xd9]), ' قال.']);
    expect(docs.map((d) => d.text)).toEqual(['A\uFFFD قال.']);
    expect(docs[0]!.tokens.map((t) => [t.text, t.start])).toEqual([['A', 0], ['\uFFFD', 1], ['قال', 3], ['.', 6]]);
  });

  test('guard: a character split between byte chunks is still joined', async () => {
    const [a, b] = [new Uint8Array([0xd9]), new Uint8Array([0x82, 0x20])];
    expect((await collect([a, b, 'قال.'])).map((d) => d.text)).toEqual(['ق قال.']);
  });
});

describe('analyzeStream: maxParagraph never cuts a surrogate pair', () => {
  test('a long run without spaces is cut before the pair, not inside it', async () => {
    const text = '😀'.repeat(20);
    const docs = await collect([text], { maxParagraph: 17 });
    expect(docs.map((d) => d.text).join('')).toBe(text);
    for (const d of docs) {
      expect(d.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(d.tokens.every((t) => t.type === 'emoji')).toBe(true);
    }
  });

  test('guard: a cut at a space is unchanged', async () => {
    const docs = await collect(['قال الوزير إن الوفد وصل'], { maxParagraph: 16 });
    expect(docs.map((d) => [d.offset, d.text])).toEqual([[0, 'قال الوزير إن'], [14, 'الوفد وصل']]);
  });
});

describe('a lone CR is a line break in the CLI and analyzeStream, as in sentences', () => {
  // Old Mac files end lines with CR alone; sentences() already breaks there, but the CLI read
  // such a file as one line and analyzeStream as one paragraph.
  const input = 'قال الوزير\rوصل الوفد\r\rثم غادر الوفد\r';

  test('word-level commands write one item per CR line', async () => {
    const r = await cli(['tokenize', '-f', 'jsonl'], new TextEncoder().encode(input));
    const items = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Span[]);
    expect(items.map((tokens) => tokens.map((t) => t.text).join(' '))).toEqual(['قال الوزير', 'وصل الوفد', '', 'ثم غادر الوفد']);
    for (const s of items.flat()) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  test('a blank CR line ends a paragraph of analyzeStream', async () => {
    const docs = await collect([input]);
    expect(docs.map((d) => [d.offset, d.text])).toEqual([[0, 'قال الوزير\rوصل الوفد'], [22, 'ثم غادر الوفد']]);
    // bytes cut between the CR and the LF of a CRLF blank line still make one break
    const crlf = new TextEncoder().encode('قال الوزير\r\n\r\nوصل الوفد');
    const cut = crlf.indexOf(0x0d) + 1;
    expect((await collect([crlf.subarray(0, cut), crlf.subarray(cut, cut + 2), crlf.subarray(cut + 2)])).map((d) => [d.offset, d.text])).toEqual([
      [0, 'قال الوزير'],
      [14, 'وصل الوفد'],
    ]);
  });

  test('guard: LF and CRLF lines are unchanged', async () => {
    for (const eol of ['\n', '\r\n']) {
      const r = await cli(['tokenize', '-f', 'jsonl'], new TextEncoder().encode(`قال${eol}${eol}وصل${eol}`));
      const n = eol.length;
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
        [{ text: 'قال', start: 0, end: 3, type: 'word' }],
        [],
        [{ text: 'وصل', start: 3 + 2 * n, end: 6 + 2 * n, type: 'word' }],
      ]);
      expect((await collect([`قال.${eol}وصل.${eol}${eol}غادر.`])).map((d) => d.text)).toEqual([`قال.${eol}وصل.`, 'غادر.']);
    }
  });
});

describe('U+2029 PARAGRAPH SEPARATOR ends a paragraph of analyzeStream, as in sentences', () => {
  // Word processors and some exports separate paragraphs with U+2029 and no newline at all;
  // sentences() already reads it as a paragraph break, analyzeStream read such a file as one paragraph.
  test('one U+2029 is a break by itself, with the offsets of the whole stream', async () => {
    const input = 'قال الوزير كلمة\u2029وصل الوفد أمس\u2029\u2029ثم غادر';
    const docs = await collect([input]);
    expect(docs.map((d) => [d.offset, d.text])).toEqual([
      [0, 'قال الوزير كلمة'],
      [16, 'وصل الوفد أمس'],
      [31, 'ثم غادر'],
    ]);
    for (const d of docs) for (const t of d.tokens) expect(input.slice(t.start, t.end)).toBe(t.text);
  });

  test('a separator after a line break, split across chunks, still makes one break', async () => {
    const docs = await collect(['قال الوزير\n', '\u2029', 'وصل الوفد']);
    expect(docs.map((d) => [d.offset, d.text])).toEqual([[0, 'قال الوزير'], [12, 'وصل الوفد']]);
    // a separator at the very end of a chunk waits for the next one
    const split = await collect(['قال\u2029', ' وصل']);
    expect(split.map((d) => [d.offset, d.text])).toEqual([[0, 'قال'], [5, 'وصل']]);
  });

  test('guard: U+2028 LINE SEPARATOR alone does not end a paragraph', async () => {
    expect((await collect(['قال الوزير\u2028وصل الوفد'])).map((d) => d.text)).toEqual(['قال الوزير\u2028وصل الوفد']);
  });
});
