// The core must run in browsers, Deno, Bun and edge workers: no `node:` imports outside the
// CLI, and `normalize` + `tokenize` stay small when bundled on their own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/shared.js';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('the core imports no node: modules (only src/cli may)', () => {
  const offenders = files(join(ROOT, 'src'))
    .filter((f) => !relative(ROOT, f).startsWith(join('src', 'cli')))
    .filter((f) => /from\s+['"]node:|require\(['"]node:|import\(['"]node:/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(ROOT, f));
  expect(offenders).toEqual([]);
});

async function bundledSize(contents: string): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    metafile: true,
    charset: 'utf8',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code).length };
}

// (15 KB until session 19, when `tokenize` took the whole-text scan of `tokenSpans` for a fifth
// less time: 15.3 → 15.5 KB; 16.04 KB after tokenize QA round 16 failed this test in CI, and the
// presentation-form table without its implied forms brought it to 14.1 KB)
test('normalize + tokenize bundle to at most 16 KB min+gzip', async () => {
  const size = await bundledSize(`export { normalize, tokenize } from './src/index.ts';`);
  const full = await bundledSize(`export * from './src/index.ts';`);
  console.log(
    `bundle: normalize+tokenize ${(size.min / 1024).toFixed(1)} KB min, ${(size.gzip / 1024).toFixed(1)} KB min+gzip; ` +
      `everything ${(full.min / 1024).toFixed(1)} KB min, ${(full.gzip / 1024).toFixed(1)} KB min+gzip`,
  );
  expect(size.gzip).toBeLessThanOrEqual(16 * 1024);
});

// (sentences QA round 24: the verbs that may open a sentence after «.. و» come from a generated
// table, src/tokenize/sentence-verbs-data.ts, about 11 KB min+gzip, not from the segmenter's lexicon,
// which would take `sentences` alone from 16 KB to about 466 KB and decode on the first call)
test('sentences bundles to at most 32 KB min+gzip, without the segmenter', async () => {
  const size = await bundledSize(`export { sentences } from './src/index.ts';`);
  console.log(`bundle: sentences ${(size.min / 1024).toFixed(1)} KB min, ${(size.gzip / 1024).toFixed(1)} KB min+gzip`);
  expect(size.gzip).toBeLessThanOrEqual(32 * 1024);
});
