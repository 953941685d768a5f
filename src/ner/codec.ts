// Internal: packs quantized weights (Int8, mostly zero) into a string and back — zero runs
// become the byte 0x80 followed by the run length (1–255), then base64. Used by
// scripts/train-ner.ts to write model-data.ts and by the recognizer to read it.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Int8 weights → packed base64 string. */
export function packWeights(values: Int8Array): string {
  const bytes: number[] = [];
  for (let i = 0; i < values.length; ) {
    if (values[i] === 0) {
      let run = 0;
      while (i < values.length && values[i] === 0 && run < 255) {
        run++;
        i++;
      }
      bytes.push(0x80, run);
    } else {
      bytes.push(values[i]! & 0xff);
      i++;
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const x = (a << 16) | (b << 8) | c;
    out += ALPHABET[(x >> 18) & 63]! + ALPHABET[(x >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(x >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[x & 63]! : '=';
  }
  return out;
}

/** Packed base64 string → Int8 weights of the given length. */
export function unpackWeights(packed: string, length: number): Int8Array {
  const lookup = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  let pad = 0;
  while (pad < 2 && packed.charCodeAt(packed.length - 1 - pad) === 0x3d) pad++;
  const bytes = new Uint8Array((packed.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < packed.length; i += 4) {
    const x =
      (lookup[packed.charCodeAt(i)]! << 18) |
      (lookup[packed.charCodeAt(i + 1)]! << 12) |
      ((lookup[packed.charCodeAt(i + 2)]! & 63) << 6) |
      (lookup[packed.charCodeAt(i + 3)]! & 63);
    if (o < bytes.length) bytes[o++] = (x >> 16) & 255;
    if (o < bytes.length) bytes[o++] = (x >> 8) & 255;
    if (o < bytes.length) bytes[o++] = x & 255;
  }
  const out = new Int8Array(length);
  let j = 0;
  for (let i = 0; i < bytes.length && j < length; i++) {
    const b = bytes[i]!;
    if (b === 0x80) {
      j += bytes[++i]!;
    } else {
      out[j++] = b > 127 ? b - 256 : b;
    }
  }
  return out;
}
