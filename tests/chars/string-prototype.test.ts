// A String subclass anywhere in the process (the redis client defines one) turns V8's
// String.prototype into a dictionary-mode object, which makes every `s.charCodeAt(i)` a
// generic call. dhad's entry points turn it back into a fast object. Checked in a child
// process with V8's own predicate (no timing).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/shared.js';

const SCRIPT = `
const fast = () => eval('%HasFastProperties(String.prototype)');
class VerbatimString extends String {}
const out = [fast()];
const dhad = await import(${JSON.stringify(join(ROOT, 'src', 'index.ts'))});
out.push(fast());
dhad[process.argv[1]](process.argv[2]);
out.push(fast());
console.log(JSON.stringify(out));
`;

function run(fn: string, input: string): boolean[] {
  const printed = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', SCRIPT, fn, input], {
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
});
