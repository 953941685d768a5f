// Packs the tarball and installs it into three fresh TypeScript projects — ESM with
// moduleResolution node16, ESM with bundler (and exactOptionalPropertyTypes), and CommonJS —
// then type-checks and runs an import of `dhad` and `dhad/natural` in each, the way a user would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/shared.js';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
let work = '';
let tarball = '';

const CODE = `import { analyze, createEntityRecognizer, detectLanguage, entities, normalize, renderEntities, segment, segmentText, stem, tokenize } from 'dhad';
import { createStemmer, stemmer, tokenizer } from 'dhad/natural';
// every option may be given as undefined, also under exactOptionalPropertyTypes (esm-bundler)
const u = undefined;
normalize('x', { preset: u, alef: u, digits: u, repeats: u, invisibles: u });
tokenize('x', { normalize: u });
segment('x', { splitArticle: u });
segmentText('x', { splitArticle: u, memoize: u });
stem('x', { algorithm: u });
detectLanguage('x', { minLength: u, only: u });
entities('x', { types: u });
createEntityRecognizer({ gazetteer: u });
renderEntities('x', [], { colors: { PERS: u }, legend: u });
analyze('x', { steps: u, normalize: u, splitArticle: u, stemmer: u });
createStemmer({ algorithm: u });
const n: string = normalize('الْعَرَبِيَّة');
const words: string[] = tokenizer.tokenize('قمة شنغهاي');
const stems: string[] = stemmer.tokenizeAndStem('قمة شنغهاي', false);
console.log(JSON.stringify([n, tokenize('قمة').length, words.length, stems.length]));
`;

interface Setup {
  name: string;
  type: 'module' | 'commonjs';
  compilerOptions: Record<string, unknown>;
  code: string;
}

const SETUPS: Setup[] = [
  { name: 'esm-node16', type: 'module', compilerOptions: { module: 'node16', moduleResolution: 'node16' }, code: CODE },
  { name: 'esm-bundler', type: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler', exactOptionalPropertyTypes: true }, code: CODE },
  // TypeScript compiles the same import syntax to require() in a CommonJS package.
  { name: 'cjs-node16', type: 'commonjs', compilerOptions: { module: 'node16', moduleResolution: 'node16' }, code: CODE },
];

describe('the packed tarball', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'dhad-pack-'));
    const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
    tarball = join(work, out.trim().split('\n').pop()!);
  }, 180_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const setup of SETUPS) {
    test(`installs, type-checks and runs in a ${setup.name} project`, () => {
      const dir = join(work, setup.name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `try-${setup.name}`, private: true, type: setup.type }));
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], { cwd: dir, stdio: 'pipe' });
      writeFileSync(join(dir, 'index.ts'), setup.code);
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { target: 'es2022', strict: true, outDir: 'out', skipLibCheck: false, types: [], ...setup.compilerOptions },
          files: ['index.ts'],
        }),
      );
      execFileSync(process.execPath, [TSC, '-p', dir], { cwd: dir, stdio: 'pipe' });
      const printed = execFileSync(process.execPath, [join(dir, 'out', 'index.js')], { cwd: dir, encoding: 'utf8' });
      expect(JSON.parse(printed)).toEqual(['العربيه', 1, 2, 2]);
    }, 180_000);
  }
});
