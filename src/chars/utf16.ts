// Turning a buffer of UTF-16 code units back into a string, fast on every platform. Used by
// the normalization engine and by reshape/unshape, which build their output in a Uint16Array.
// Feature detection only: the core imports no node:* module and runs in browsers.

interface Utf16View {
  toString(encoding: 'utf16le'): string;
}
interface BufferConstructorLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Utf16View;
}
/** The part of `TextDecoder` used here (typed structurally: the core compiles without DOM types). */
interface Utf16Decoder {
  decode(input: Uint16Array): string;
}

/** Typed arrays hold code units in platform byte order; the fast decoders read little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const NodeBuffer: BufferConstructorLike | undefined = LITTLE_ENDIAN ? findBuffer() : undefined;
// `ignoreBOM` keeps a leading U+FEFF instead of swallowing it as a byte order mark.
const decoder: Utf16Decoder | undefined = NodeBuffer || !LITTLE_ENDIAN ? undefined : makeDecoder();

/** Which decoder this platform uses (for tests). */
export const DECODER: 'buffer' | 'text-decoder' | 'from-char-code' = NodeBuffer
  ? 'buffer'
  : decoder
    ? 'text-decoder'
    : 'from-char-code';

function findBuffer(): BufferConstructorLike | undefined {
  const B = (globalThis as { Buffer?: BufferConstructorLike }).Buffer;
  if (!B || typeof B.from !== 'function') return undefined;
  try {
    // Node's Buffer keeps lone surrogates and a leading U+FEFF: check, don't assume.
    const probe = new Uint16Array([0xd800, 0xfeff]);
    return B.from(probe.buffer, 0, 4).toString('utf16le') === '\uD800\uFEFF' ? B : undefined;
  } catch {
    return undefined;
  }
}

function makeDecoder(): Utf16Decoder | undefined {
  try {
    const TD = (globalThis as { TextDecoder?: new (label: string, options: { ignoreBOM: boolean }) => Utf16Decoder }).TextDecoder;
    return typeof TD === 'function' ? new TD('utf-16le', { ignoreBOM: true }) : undefined;
  } catch {
    return undefined;
  }
}

/** Below this length String.fromCharCode beats setting up a decoder. */
const SMALL = 64;
/** Chunk size for String.fromCharCode.apply, so 100 MB outputs do not overflow the stack. */
const CHUNK = 8192;

/**
 * A string from the first `length` code units of `units`. Node's Buffer decodes UTF-16
 * fastest and keeps lone surrogates; TextDecoder (browsers) is next but turns lone surrogates
 * into U+FFFD, so output that has them (`loneSurrogates`) is built with String.fromCharCode.
 */
export function fromCodeUnits(units: Uint16Array, length: number, loneSurrogates: boolean): string {
  if (length > SMALL) {
    if (NodeBuffer) return NodeBuffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
    if (decoder && !loneSurrogates) return decoder.decode(units.subarray(0, length));
  }
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < length; at += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}
