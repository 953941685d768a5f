// A seeded xorshift32 generator, so training and clustering runs are reproducible.

/** Returns a function giving numbers in [0, 1) from the xorshift32 sequence of `seed`. */
export function xorshift32(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}
