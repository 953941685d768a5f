// Reading the CLI's input: a file or stdin, as a stream of UTF-8 chunks, validated as it goes
// (invalid UTF-8 is reported with its byte offset and line), with an optional progress bar.
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';

/** A user-facing error: printed without a stack trace, with an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

export interface Source {
  name: string;
  stream: Readable | NodeJS.ReadableStream;
  /** Size in bytes when known (files), for the progress bar. */
  size: number | undefined;
}

/** Opens `path` (or stdin for `-`/undefined), turning the usual failures into clear messages. */
export function openSource(path: string | undefined, stdin: NodeJS.ReadableStream): Source {
  if (path === undefined || path === '-') return { name: '<stdin>', stream: stdin, size: undefined };
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`dhad: ${path} is a directory, not a file`, 1);
    size = st.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`dhad: no such file: ${path}`, 1);
    if (code === 'EACCES') throw new CliError(`dhad: permission denied: ${path}`, 1);
    throw new CliError(`dhad: cannot read ${path}: ${(error as Error).message}`, 1);
  }
  return { name: path, stream: createReadStream(path), size };
}

/**
 * Returns the byte offset of the first invalid UTF-8 sequence in `bytes` (a complete
 * sequence cut at the end is not an error when `final` is false), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array, final: boolean): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= n) {
      // The sequence runs past the end: an error at the very end, else wait for more bytes.
      if (final) return i;
      for (let k = i + 1; k < n; k++) if ((bytes[k]! & 0xc0) !== 0x80) return i;
      return -1;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Draws a progress bar on a TTY stderr. */
export function progressBar(total: number, stderr: NodeJS.WriteStream | { isTTY?: boolean; write(s: string): unknown }) {
  let last = -1;
  return {
    update(done: number): void {
      const pct = Math.min(100, Math.floor((done / total) * 100));
      if (pct === last) return;
      last = pct;
      const width = 30;
      const fill = Math.round((pct / 100) * width);
      stderr.write(`\r[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${String(pct).padStart(3)}% of ${(total / 1048576).toFixed(1)} MB`);
    },
    done(): void {
      stderr.write('\n');
    },
  };
}

/**
 * Yields the input decoded as text, chunk by chunk, after checking each chunk is valid
 * UTF-8; on invalid input throws a CliError naming the byte offset and line.
 */
export async function* readText(
  source: Source,
  stderr: { isTTY?: boolean; write(s: string): unknown },
): AsyncGenerator<string> {
  // ignoreBOM keeps a leading U+FEFF as a character, as analyzeStream and Node's
  // readFileSync(path, 'utf8') do, so the offsets of a BOM file are the same in the CLI's JSON
  // as in a program that reads the file; dropping it put every offset one too low.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const bar = source.size !== undefined && source.size > 1 << 20 && stderr.isTTY ? progressBar(source.size, stderr) : undefined;
  let offset = 0;
  let line = 1;
  let carry: Uint8Array = new Uint8Array(0);
  try {
    for await (const raw of source.stream as AsyncIterable<Uint8Array | string>) {
      const chunk = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
      const bytes = carry.length ? concat(carry, chunk) : chunk;
      const bad = firstInvalidUtf8(bytes, false);
      if (bad !== -1) throw invalid(source.name, offset - carry.length + bad, line + countLines(bytes, bad));
      // Keep an incomplete trailing sequence for the next chunk.
      let keep = 0;
      for (let k = bytes.length - 1; k >= 0 && k >= bytes.length - 3; k--) {
        const b = bytes[k]!;
        if ((b & 0xc0) === 0x80) continue;
        if (b >= 0xc0) {
          const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
          if (bytes.length - k < len) keep = bytes.length - k;
        }
        break;
      }
      const complete = keep ? bytes.subarray(0, bytes.length - keep) : bytes;
      line += countLines(complete, complete.length);
      carry = keep ? bytes.slice(bytes.length - keep) : new Uint8Array(0);
      offset += chunk.length;
      bar?.update(offset);
      yield decoder.decode(complete, { stream: true });
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new CliError(`dhad: ${source.name} is a directory, not a file`, 1);
    throw new CliError(`dhad: cannot read ${source.name}: ${(error as Error).message}`, 1);
  }
  if (carry.length) throw invalid(source.name, offset - carry.length, line);
  const rest = decoder.decode();
  if (rest) yield rest;
  bar?.done();
}

function invalid(name: string, byte: number, line: number): CliError {
  return new CliError(`dhad: ${name} is not valid UTF-8: invalid byte sequence at byte ${byte} (line ${line})`, 1);
}

function countLines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
