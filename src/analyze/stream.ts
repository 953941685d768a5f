import { checkOptions, describeType } from '../chars/guards.js';
import { createNameMemory } from '../ner/consistency.js';
import { analyzeAs, OPTION_KEYS, type AnalyzeOptions, type Doc } from './analyze.js';

const STREAM_OPTION_KEYS = [...OPTION_KEYS, 'maxParagraph'] as const;

/**
 * A {@link Doc} for one paragraph of a stream. `text` is the paragraph alone, but its
 * offsets count from the start of the stream: `doc.text.slice(x.start - doc.offset, x.end - doc.offset) === x.text`.
 * Subtract `offset` before handing spans to a function that takes the paragraph's text
 * (`renderEntities(doc.text, doc.entities.map((e) => ({ ...e, start: e.start - doc.offset, end: e.end - doc.offset })))`).
 */
export interface StreamDoc extends Doc {
  /** Offset of the paragraph's first character in the whole stream (UTF-16 code units). */
  offset: number;
}

/** Options of {@link analyzeStream}: those of `analyze`, plus the size that forces a paragraph break. */
export interface AnalyzeStreamOptions extends AnalyzeOptions {
  /**
   * A paragraph longer than this many UTF-16 code units is cut at its last line break (or
   * sentence end, or space) so memory stays bounded on text without blank lines. An integer
   * ≥ 16, or `Infinity` to never cut (memory then grows with the longest paragraph).
   * @defaultValue `1_000_000`
   */
  maxParagraph?: number | undefined;
}

/** One piece of the input of {@link analyzeStream}: text, or UTF-8 bytes (a piece may end inside a character). */
export type StreamChunk = string | Uint8Array;

function isAsyncIterable(x: unknown): x is AsyncIterable<StreamChunk> {
  return x != null && typeof (x as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}
function isIterable(x: unknown): x is Iterable<StreamChunk> {
  return x != null && typeof x !== 'string' && typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** Moves every offset of a paragraph's Doc by `by`. */
function shiftDoc(doc: Doc, by: number): StreamDoc {
  if (by === 0) return { ...doc, offset: 0 };
  const move = <T extends { start: number; end: number }>(x: T): void => {
    x.start += by;
    x.end += by;
  };
  for (const s of doc.sentences) move(s);
  for (const e of doc.entities) move(e);
  for (const t of doc.tokens) {
    move(t);
    if (t.segmentation) {
      for (const m of t.segmentation.prefixes) move(m);
      move(t.segmentation.base);
      for (const m of t.segmentation.suffixes) move(m);
    }
  }
  return { ...doc, offset: by };
}

/**
 * The first paragraph break in `s` from `from`, as [paragraphEnd, nextStart], or undefined: a
 * blank line, or a U+2029 PARAGRAPH SEPARATOR (a break by itself, as `sentences` reads it). A
 * line break is LF, CRLF or a lone CR (old Mac files; `sentences` reads a lone CR as a line
 * break too), so a blank line is two breaks with only spaces or tabs between them.
 */
function findBreak(s: string, from: number, firstCr: number, firstPs: number): [number, number] | undefined {
  // the next LF, CR and U+2029, each searched again only once passed, so the scan is linear;
  // `firstCr` and `firstPs` (the caller's first CR and U+2029 in `s`, -1 for none) spare a
  // scan of the whole buffer for characters the usual text does not have
  let lf = s.indexOf('\n', from);
  let cr = firstCr === -1 || firstCr >= from ? firstCr : s.indexOf('\r', from);
  let ps = firstPs === -1 || firstPs >= from ? firstPs : s.indexOf('\u2029', from);
  let i = earliest(lf, cr, ps);
  while (i !== -1) {
    let j = i + 1;
    const at = s.charCodeAt(i);
    if (at === 0x2029) return blankRunFrom(s, i, j);
    if (at === 0x0d) {
      if (j === s.length) return undefined; // an LF may follow in the next chunk
      if (s.charCodeAt(j) === 0x0a) j++;
    }
    while (j < s.length && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09)) j++;
    if (j === s.length) return undefined;
    const c = s.charCodeAt(j);
    if (c === 0x0a || c === 0x0d || c === 0x2029) return blankRunFrom(s, i, j + 1);
    if (lf !== -1 && lf < j) lf = s.indexOf('\n', j);
    if (cr !== -1 && cr < j) cr = s.indexOf('\r', j);
    if (ps !== -1 && ps < j) ps = s.indexOf('\u2029', j);
    i = earliest(lf, cr, ps);
  }
  return undefined;
}

/** The smallest of three indexes that are not -1, or -1. */
function earliest(a: number, b: number, c: number): number {
  let m = a;
  if (b !== -1 && (m === -1 || b < m)) m = b;
  if (c !== -1 && (m === -1 || c < m)) m = c;
  return m;
}

/**
 * The break that starts at `at`, with the blanks and line breaks from `k` on: undefined when
 * they run to the end of `s`, since the run may go on in the next chunk.
 */
function blankRunFrom(s: string, at: number, k: number): [number, number] | undefined {
  while (k < s.length && isBreakBlank(s.charCodeAt(k))) k++;
  return k === s.length ? undefined : [at, k];
}

/** Line feed, carriage return, U+2029, space or tab: what may close a paragraph before the next one. */
function isBreakBlank(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09 || c === 0x2029;
}

/** Where to cut an over-long paragraph: after the last line break, else the last sentence end, else the last space. */
function forcedCut(s: string, limit: number): number {
  const window = s.slice(0, limit);
  // a line ends at LF, CRLF or a lone CR (as findBreak reads it): a CR-only file is cut at its
  // last line too, not inside a line; after a CRLF, past its LF
  let line = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r'));
  if (line > 0) {
    if (s.charCodeAt(line) === 0x0d && s.charCodeAt(line + 1) === 0x0a) line++;
    return line + 1;
  }
  for (const needle of ['. ', '؟ ', '! ', '? ', ' ']) {
    const at = window.lastIndexOf(needle);
    if (at > 0) return at + needle.length;
  }
  // no space at all: cut at the limit, but never between the halves of a surrogate pair
  const high = s.charCodeAt(limit - 1);
  const low = s.charCodeAt(limit);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
}

/**
 * Analyses a stream of text paragraph by paragraph (paragraphs end at blank lines and at
 * U+2029 PARAGRAPH SEPARATOR), in
 * constant memory, yielding one {@link StreamDoc} per non-empty paragraph with every offset
 * counted from the start of the whole stream.
 *
 * @param source - An async (or sync) iterable of strings or UTF-8 byte chunks, such as a Node `Readable`.
 * @param options - The options of `analyze`, plus `maxParagraph`.
 * @returns An async iterable of paragraph Docs.
 * @example
 * ```ts
 * const offsets = [];
 * for await (const doc of analyzeStream(['قمة شنغهاي.\n\nوقال بوتين.'])) offsets.push(doc.offset);
 * offsets //=> [0, 13]
 * ```
 */
export async function* analyzeStream(
  source: AsyncIterable<StreamChunk> | Iterable<StreamChunk>,
  options?: AnalyzeStreamOptions,
): AsyncGenerator<StreamDoc, void, undefined> {
  // A string or a byte array is a single chunk, not a stream of them: iterating it would read
  // characters, or numbers (`got number` for a Buffer of a whole file), so name it and say how.
  if (typeof source === 'string' || ArrayBuffer.isView(source)) {
    throw new TypeError(`dhad.analyzeStream: expected an iterable or async iterable of strings or bytes, got one ${typeof source === 'string' ? 'string' : describeType(source)}; pass [chunk] for a single chunk, or use analyze for a whole text`);
  }
  if (!isAsyncIterable(source) && !isIterable(source)) {
    throw new TypeError(`dhad.analyzeStream: expected an iterable or async iterable of strings or bytes, got ${describeType(source)}`);
  }
  const { maxParagraph = 1_000_000, ...analyzeOptions } = checkOptions<AnalyzeStreamOptions>('analyzeStream', options, STREAM_OPTION_KEYS);
  // A cut falls between code units, so a fractional size has no meaning; Infinity is the
  // explicit "never cut" (memory then grows with the longest paragraph).
  if (typeof maxParagraph !== 'number' || !(maxParagraph >= 16) || !(Number.isInteger(maxParagraph) || maxParagraph === Infinity)) {
    throw new TypeError(`dhad.analyzeStream: options.maxParagraph must be an integer ≥ 16 or Infinity, got ${typeof maxParagraph === 'number' ? String(maxParagraph) : describeType(maxParagraph)}`);
  }
  // Validate the analyze options once, up front, on an empty text.
  analyzeAs('analyzeStream', '', analyzeOptions);

  // ignoreBOM keeps a leading U+FEFF as a character, as string chunks and Node's own UTF-8
  // decoding (readFileSync(path, 'utf8'), createReadStream(path, 'utf8')) keep it: otherwise
  // every offset of a BOM file read as bytes would be one less than in the same file read as text.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  // names found in one paragraph label the next ones too, as in `entities` on the whole text
  const names = createNameMemory();
  let buffer = '';
  let base = 0; // stream offset of buffer[0]
  let cr = -1; // index of the first CR in buffer, -1 when it has none
  let ps = -1; // index of the first U+2029 in buffer, -1 when it has none

  function append(text: string): void {
    const had = buffer.length;
    buffer += text;
    if (cr === -1) cr = buffer.indexOf('\r', had);
    if (ps === -1) ps = buffer.indexOf('\u2029', had);
  }

  function* drain(final: boolean): Generator<StreamDoc> {
    for (;;) {
      let cut: [number, number] | undefined = findBreak(buffer, 0, cr, ps);
      if (!cut && buffer.length > maxParagraph) {
        const at = forcedCut(buffer, maxParagraph);
        cut = [at, at];
      }
      if (!cut && final && buffer.length > 0) cut = [buffer.length, buffer.length];
      if (!cut) return;
      const [cutAt, next] = cut;
      // The paragraph ends before the line breaks (and blanks) that close it, so a CRLF
      // paragraph or the last one of a stream does not keep a trailing \r or \n that an LF
      // paragraph in mid-stream would not have.
      let end = cutAt;
      while (end > 0 && isBreakBlank(buffer.charCodeAt(end - 1))) end--;
      const paragraph = buffer.slice(0, end);
      // trim() also removes U+FEFF, which tokenize reads as a symbol token: a paragraph of a
      // byte-order mark alone is yielded, so the stream's tokens are those of analyze(whole)
      if (paragraph.trim() !== '' || paragraph.includes('\uFEFF')) yield shiftDoc(analyzeAs('analyzeStream', paragraph, analyzeOptions, names), base);
      buffer = buffer.slice(next);
      base += next;
      cr = cr === -1 ? -1 : cr >= next ? cr - next : buffer.indexOf('\r');
      ps = ps === -1 ? -1 : ps >= next ? ps - next : buffer.indexOf('\u2029');
      if (buffer.length === 0) return;
    }
  }

  const iterator = isAsyncIterable(source) ? source : (async function* () { yield* source; })();
  for await (const chunk of iterator) {
    // A string after bytes that ended inside a character first flushes them (as U+FFFD), so
    // the text keeps the order of the chunks.
    if (typeof chunk === 'string') append(decoder.decode() + chunk);
    else if (chunk instanceof Uint8Array) append(decoder.decode(chunk, { stream: true }));
    else throw new TypeError(`dhad.analyzeStream: expected chunks of strings or bytes, got ${describeType(chunk)}`);
    yield* drain(false);
  }
  append(decoder.decode());
  yield* drain(true);
}
