import { defineConfig } from 'tsup';

// franc is ESM-only. The ESM build imports it (it is a dependency, so users' bundlers and
// package managers share one copy); the CommonJS build bundles it so require('dhad') works
// without require(esm).
const franc = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

// Keep Arabic data strings as UTF-8 in the output: esbuild's default \uXXXX escapes make the
// generated lexicons three times larger.
const utf8 = (options: { charset?: string }): void => {
  options.charset = 'utf8';
};

// One entry per public subpath; `dhad/natural` and `dhad/testing` are separate so the core
// never pulls in their optional peers (natural, fast-check).
const library = {
  index: 'src/index.ts',
  testing: 'src/testing/index.ts',
  natural: 'src/natural/index.ts',
};

export default defineConfig([
  {
    // ESM, with the `dhad` command as one more entry: it shares the library's chunks instead of
    // carrying a second copy of the lexicons and the model.
    entry: { ...library, cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: { entry: library },
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    // node: modules are imported by the CLI only (tests/package/bundle.test.ts checks the core)
    external: ['fast-check', 'natural', ...franc, /^node:/],
    esbuildOptions: utf8,
  },
  {
    entry: library,
    format: ['cjs'],
    dts: { entry: library },
    clean: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: franc,
    external: ['fast-check', 'natural'],
    esbuildOptions: utf8,
  },
  {
    // One self-contained ESM file for pages without a bundler (docs/demo loads it; CDNs serve
    // it as dhad/dist/browser.js).
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
]);
