// Runs every ```ts / ```js code block of README.md and docs/*.md. A line written as
// `expression //=> expected` becomes an assertion that the expression deep-equals the
// expected value (itself a JavaScript expression). Blocks import from 'dhad', 'dhad/testing'
// and 'dhad/natural'; those imports are pointed at src/ so the docs test the code as it is.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers/shared.js';

interface Block {
  file: string;
  line: number;
  code: string;
  lang: 'ts' | 'sh';
}

function markdownFiles(): string[] {
  const files = [join(ROOT, 'README.md')];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(join(ROOT, 'docs'));
  return files.filter((f) => existsSync(f) && !f.includes(`${join('docs', 'api')}`));
}

export function codeBlocks(file: string): Block[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: Block[] = [];
  let inside = false;
  let runnable: Block['lang'] | undefined;
  let start = 0;
  let buffer: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*```(\S*)/.exec(line);
    if (fence && !inside) {
      inside = true;
      const lang = fence[1]!;
      runnable = ['ts', 'typescript', 'js', 'javascript'].includes(lang) ? 'ts' : ['sh', 'shell', 'console'].includes(lang) ? 'sh' : undefined;
      start = i + 1;
      buffer = [];
    } else if (/^\s*```\s*$/.test(line) && inside) {
      inside = false;
      if (runnable) blocks.push({ file, line: start, code: buffer.join('\n'), lang: runnable });
    } else if (inside) {
      buffer.push(line);
    }
  }
  return blocks;
}

const SRC = join(ROOT, 'src').replace(/\\/g, '/');
const ENTRY: Record<string, string> = {
  dhad: `${SRC}/index.ts`,
  'dhad/testing': `${SRC}/testing/index.ts`,
  'dhad/natural': `${SRC}/natural/index.ts`,
};

/** Turns `expr //=> value` lines into assertions and points imports at src/. */
export function instrument(code: string): string {
  const out: string[] = ['import { expect as __expect } from "vitest";'];
  for (const raw of code.split('\n')) {
    let line = raw.replace(/from\s+(['"])(dhad(?:\/testing|\/natural)?)\1/g, (_m, q: string, spec: string) => `from ${q}${ENTRY[spec]}${q}`);
    const arrow = line.indexOf('//=>');
    if (arrow !== -1 && !/^\s*\/\//.test(line)) {
      const expr = line.slice(0, arrow).trim().replace(/;$/, '');
      const expected = line.slice(arrow + 4).trim();
      line = `__expect(${expr}).toStrictEqual(${expected});`;
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Shell examples: a line `$ dhad …` (or `$ npx dhad …`, or `… | dhad …`) runs the CLI from
 * src/; the lines after it, up to the next `$` line, are its expected standard output (when
 * there are none, the command must merely succeed). Lines without `$` (npm install, …) are
 * instructions, not run.
 */
export function shellCommands(code: string): { command: string; expected: string }[] {
  const out: { command: string; expected: string }[] = [];
  for (const line of code.split('\n')) {
    if (line.startsWith('$ ')) out.push({ command: line.slice(2), expected: '' });
    else if (out.length) out[out.length - 1]!.expected += `${line}\n`;
  }
  return out.filter((c) => /(^|\|\s*)(npx )?dhad\b/.test(c.command));
}

const CLI = `"${process.execPath}" --import tsx "${join(ROOT, 'src', 'cli', 'index.ts')}"`;

function runShell(command: string): string {
  const line = command.replace(/(^|\|\s*)(?:npx )?dhad\b/g, (_m, pre: string) => `${pre}${CLI}`);
  return execSync(line, { cwd: ROOT, encoding: 'utf8', shell: '/bin/bash', env: { ...process.env, NO_COLOR: '1' } });
}

const TMP = join(ROOT, '.tmp', 'docs');
mkdirSync(TMP, { recursive: true });

for (const file of markdownFiles()) {
  const blocks = codeBlocks(file);
  if (blocks.length === 0) continue;
  describe(file.slice(ROOT.length + 1), () => {
    for (const block of blocks) {
      if (block.lang === 'sh') {
        for (const { command, expected } of shellCommands(block.code)) {
          test(`shell example at line ${block.line}: ${command}`, () => {
            const printed = runShell(command);
            if (expected.trim() !== '') expect(printed.trimEnd()).toBe(expected.trimEnd());
          });
        }
        continue;
      }
      test(`code block at line ${block.line}`, async () => {
        const name = `${file.slice(ROOT.length + 1).replace(/[^\w]+/g, '_')}_${block.line}.ts`;
        const path = join(TMP, name);
        writeFileSync(path, instrument(block.code));
        await import(path);
      });
    }
  });
}

test('the docs harness turns //=> into an assertion that can fail', async () => {
  const path = join(TMP, 'harness_self_check.ts');
  writeFileSync(path, instrument("const x = 1 + 1;\nx //=> 3"));
  await expect(import(path)).rejects.toThrow();
});
