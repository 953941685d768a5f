// A String subclass anywhere in the process (the redis client defines one) turns V8's
// String.prototype into a dictionary-mode object, which makes every `s.charCodeAt(i)` a
// generic call. dhad's entry points turn it back into a fast object. Checked in a child
// process with V8's own predicate (no timing).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/shared.js';

import { existsSync } from 'node:fs';

// argv: the function, its input, the module (a path, or `require:` + a path for CommonJS)
const SCRIPT = `
import { createRequire } from 'node:module';
const fast = () => eval('%HasFastProperties(String.prototype)');
class VerbatimString extends String {}
const out = [fast()];
const [fn, input, from] = process.argv.slice(1);
const dhad = from.startsWith('require:') ? createRequire(import.meta.url)(from.slice(8)) : await import(from);
out.push(fast());
dhad[fn](input);
out.push(fast());
console.log(JSON.stringify(out));
`;

function run(fn: string, input: string, from = join(ROOT, 'src', 'index.ts')): boolean[] {
  const tsx = from.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const printed = execFileSync(process.execPath, ['--allow-natives-syntax', ...tsx, '--input-type=module', '-e', SCRIPT, fn, input, from], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(printed.trim().split('\n').pop()!) as boolean[];
}

describe('String.prototype stays fast after a String subclass', () => {
  test.each([
    ['tokenize', 'قال بوتين في أستانة'],
    ['normalize', 'الْقِمَّةُ'],
    ['stem', 'والمنظمات'],
  ])('%s turns it back into a fast object', (fn, input) => {
    // before the call: the subclass made it a dictionary (the V8 behaviour this guards against)
    const [atStart, afterImport, afterCall] = run(fn, input);
    expect(atStart).toBe(false);
    expect(afterImport).toBe(false);
    expect(afterCall).toBe(true);
  });

  // The built package too: until session 46 the tree-shaking of the build dropped the loads.
  const built = [
    ['ESM dist/index.js', join(ROOT, 'dist', 'index.js')],
    ['CommonJS dist/index.cjs', `require:${join(ROOT, 'dist', 'index.cjs')}`],
    ['browser dist/browser.js', join(ROOT, 'dist', 'browser.js')],
  ] as const;
  const missing = built.some(([, from]) => !existsSync(from.replace(/^require:/, '')));
  test.skipIf(missing).each(built)('the built %s turns it back into a fast object', (_, from) => {
    const [atStart, afterImport, afterCall] = run('tokenize', 'قال بوتين في أستانة', from);
    expect(atStart).toBe(false);
    expect(afterImport).toBe(false);
    expect(afterCall).toBe(true);
  });
});
