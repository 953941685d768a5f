import { defineConfig } from 'tsup';

// One entry per public subpath; `dhad/natural` and `dhad/testing` are separate so the
// core never pulls in their optional peers (natural, fast-check).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    testing: 'src/testing/index.ts',
    natural: 'src/natural/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  // franc is ESM-only: bundle it so the CommonJS build works without require(esm).
  noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  external: ['fast-check', 'natural'],
});
