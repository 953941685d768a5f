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
   * sentence end, or space) so memory stays bounded on text without blank lines.
   * @defaultValue `1_000_000`
   */
  maxParagraph?: number;
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

/** Index just past the end of the first blank-line paragraph break in `s` from `from`, as [paragraphEnd, nextStart], or undefined. */
function findBreak(s: string, from: number): [number, number] | undefined {
  let i = s.indexOf('\n', from);
  while (i !== -1) {
    // A blank line: \n followed by optional horizontal space / \r and another \n.
    let j = i + 1;
    while (j < s.length && (s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09 || s.charCodeAt(j) === 0x0d)) j++;
    if (j < s.length && s.charCodeAt(j) === 0x0a) {
      let k = j + 1;
      while (k < s.length) {
        const c = s.charCodeAt(k);
        if (c !== 0x0a && c !== 0x0d && c !== 0x20 && c !== 0x09) break;
        k++;
      }
      if (k === s.length) return undefined; // blank run may continue in the next chunk
      return [i, k];
    }
    if (j === s.length) return undefined;
    i = s.indexOf('\n', i + 1);
  }
  return undefined;
}

/** Line feed, carriage return, space or tab: what may close a paragraph before the next one. */
function isBreakBlank(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09;
}

/** Where to cut an over-long paragraph: after the last newline, else the last sentence end, else the last space. */
function forcedCut(s: string, limit: number): number {
  const window = s.slice(0, limit);
  for (const needle of ['\n', '. ', '؟ ', '! ', '? ', ' ']) {
    const at = window.lastIndexOf(needle);
    if (at > 0) return at + needle.length;
  }
  return limit;
}

/**
 * Analyses a stream of text paragraph by paragraph (paragraphs end at blank lines), in
 * constant memory, yielding one {@link StreamDoc} per non-empty paragraph with every offset
 * counted from the start of the whole stream.
 *
 * @param source - An async (or sync) iterable of strings or UTF-8 byte chunks, such as a Node `Readable`.
 * @param options - The options of `analyze`, plus `maxParagraph`.
 * @returns An async iterable of paragraph Docs.
 * @example
 * ```ts
 * for await (const doc of analyzeStream(['قمة شنغهاي.\n\nوقال بوتين.'])) doc.offset;
 * //=> 0, then 13
 * ```
 */
export async function* analyzeStream(
  source: AsyncIterable<StreamChunk> | Iterable<StreamChunk>,
  options?: AnalyzeStreamOptions,
): AsyncGenerator<StreamDoc, void, undefined> {
  if (!isAsyncIterable(source) && !isIterable(source)) {
    throw new TypeError(`dhad.analyzeStream: expected an iterable or async iterable of strings or bytes, got ${describeType(source)}`);
  }
  const { maxParagraph = 1_000_000, ...analyzeOptions } = checkOptions<AnalyzeStreamOptions>('analyzeStream', options, STREAM_OPTION_KEYS);
  if (typeof maxParagraph !== 'number' || !(maxParagraph >= 16)) {
    throw new TypeError(`dhad.analyzeStream: options.maxParagraph must be a number ≥ 16, got ${typeof maxParagraph === 'number' ? String(maxParagraph) : describeType(maxParagraph)}`);
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

  function* drain(final: boolean): Generator<StreamDoc> {
    for (;;) {
      let cut: [number, number] | undefined = findBreak(buffer, 0);
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
      if (paragraph.trim() !== '') yield shiftDoc(analyzeAs('analyzeStream', paragraph, analyzeOptions, names), base);
      buffer = buffer.slice(next);
      base += next;
      if (buffer.length === 0) return;
    }
  }

  const iterator = isAsyncIterable(source) ? source : (async function* () { yield* source; })();
  for await (const chunk of iterator) {
    if (typeof chunk === 'string') buffer += chunk;
    else if (chunk instanceof Uint8Array) buffer += decoder.decode(chunk, { stream: true });
    else throw new TypeError(`dhad.analyzeStream: expected chunks of strings or bytes, got ${describeType(chunk)}`);
    yield* drain(false);
  }
  buffer += decoder.decode();
  yield* drain(true);
}
