import { defineConfig } from 'tsup';

// franc is ESM-only: bundle it so the CommonJS build works without require(esm).
const bundled = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

// Keep Arabic data strings as UTF-8 in the output: esbuild's default \uXXXX escapes make the
// generated lexicons three times larger.
const utf8 = (options: { charset?: string }): void => {
  options.charset = 'utf8';
};

export default defineConfig([
  {
    // One entry per public subpath; `dhad/natural` and `dhad/testing` are separate so the
    // core never pulls in their optional peers (natural, fast-check).
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      natural: 'src/natural/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundled,
    external: ['fast-check', 'natural'],
    esbuildOptions: utf8,
  },
  {
    // One self-contained ESM file for pages without a bundler (docs/demo loads it).
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    esbuildOptions: utf8,
  },
  {
    // The `dhad` command: ESM only, Node only.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    target: 'node20',
    platform: 'node',
    noExternal: bundled,
    esbuildOptions: utf8,
  },
]);
