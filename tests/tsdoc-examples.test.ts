// Runs the `@example` of every TSDoc comment in src/ (the examples an editor shows on hover).
// As in tests/docs.test.ts, `expression //=> expected` — or an expression whose next line is
// `//=> expected` — becomes an assertion that the expression deep-equals the expected value;
// other lines run as statements. An example sees the exports of its own file and of 'dhad'
// and 'dhad/testing' (and fast-check as `fc`), as the TSDoc assumes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers/shared.js';

const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

interface Example {
  line: number;
  lines: string[];
}

/** The `@example` sections of a file's TSDoc comments, comment stars and fences removed. */
export function examples(source: string): Example[] {
  const out: Example[] = [];
  const lines = source.split('\n');
  let current: Example | undefined;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!inComment && /^\s*\/\*\*/.test(line)) inComment = true;
    if (!inComment) continue;
    const end = line.includes('*/');
    const body = line.replace(/^\s*\/?\*\*?\/?\s?/, '').replace(/\s*\*\/\s*$/, '');
    if (/^\s*\*\s*@example/.test(line)) {
      current = { line: i + 1, lines: [] };
      out.push(current);
    } else if (current && (/^\s*\*\s*@\w/.test(line) || end)) {
      current = undefined;
    } else if (current && !/^\s*```/.test(body)) {
      current.lines.push(body);
    }
    if (end) {
      inComment = false;
      current = undefined;
    }
  }
  return out.filter((e) => e.lines.some((l) => l.trim() !== ''));
}

/**
 * An example's lines as a module: logical lines (a line and the indented or «.»-led lines after
 * it) run as statements, or become assertions where they end in `//=> value` or the next
 * logical line is `//=> value`.
 */
export function instrument(lines: readonly string[]): string {
  const logical: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (logical.length > 0 && /^(\s+|\.)/.test(line) && !/^\s*\/\/=>/.test(line)) logical[logical.length - 1] += `\n${line}`;
    else logical.push(line);
  }
  const out: string[] = [];
  let pending: string | undefined;
  const flush = (): void => {
    if (pending !== undefined) out.push(pending);
    pending = undefined;
  };
  for (const line of logical) {
    const arrow = line.indexOf('//=>');
    if (arrow === -1) {
      flush();
      pending = line;
      continue;
    }
    const before = line.slice(0, arrow).trim().replace(/;$/, '');
    const expected = line.slice(arrow + 4).trim();
    const expr = before !== '' ? before : pending?.trim().replace(/;$/, '');
    if (before !== '') flush();
    else pending = undefined;
    if (expr === undefined) throw new Error(`//=> ${expected} follows no expression`);
    out.push(`__expect(${expr}).toStrictEqual(${expected});`);
  }
  flush();
  return out.join('\n');
}

const TMP = join(ROOT, '.tmp', 'docs');
mkdirSync(TMP, { recursive: true });
const url = (path: string): string => JSON.stringify(path.replace(/\\/g, '/'));

let count = 0;
for (const file of sourceFiles(SRC)) {
  const found = examples(readFileSync(file, 'utf8'));
  if (found.length === 0) continue;
  const name = relative(ROOT, file).replace(/\\/g, '/');
  describe(name, () => {
    for (const example of found) {
      count++;
      test(`@example at line ${example.line}`, async () => {
        const prelude = [
          'import { expect as __expect } from "vitest";',
          'import fc from "fast-check";',
          `import * as __index from ${url(join(SRC, 'index.ts'))};`,
          `import * as __testing from ${url(join(SRC, 'testing', 'index.ts'))};`,
          `import * as __file from ${url(file)};`,
          'Object.assign(globalThis, __index, __testing, __file, { fc });',
        ];
        const path = join(TMP, `tsdoc_${name.replace(/[^\w]+/g, '_')}_${example.line}.ts`);
        writeFileSync(path, `${prelude.join('\n')}\n${instrument(example.lines)}\n`);
        await import(path);
      });
    }
  });
}

test('TSDoc examples are found, and a wrong //=> fails', async () => {
  expect(count).toBeGreaterThan(40);
  const path = join(TMP, 'tsdoc_harness_self_check.ts');
  writeFileSync(path, `import { expect as __expect } from "vitest";\n${instrument(['const x = 1 + 1', 'x', '//=> 3'])}\n`);
  await expect(import(path)).rejects.toThrow();
});
