import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { reshape, unshape } from '../../src/display/index.js';
import { HAS_SHARED_DATA, SKIP_REASON, sharedFile } from '../helpers/shared.js';

if (!HAS_SHARED_DATA) console.warn(SKIP_REASON);

describe.skipIf(!HAS_SHARED_DATA)('conformance with Python arabic_reshaper 2.1.4', () => {
  const pairs = HAS_SHARED_DATA
    ? readFileSync(sharedFile('oracles/arabic-reshaper.tsv'), 'utf8')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => line.split('\t') as [string, string])
    : [];

  test('reshape matches at least 99.5 % of the 8,655 oracle words', () => {
    expect(pairs.length).toBe(8655);
    const matched = pairs.filter(([word, expected]) => reshape(word) === expected).length;
    expect(matched / pairs.length).toBeGreaterThanOrEqual(0.995);
  });

  test('unshape turns every oracle output back into its word (harakat after a lam-alef aside)', () => {
    const lamMarksAlef = /\u0644([\u064B-\u065F\u0670]+)([\u0622\u0623\u0625\u0627])/g;
    for (const [word, expected] of pairs) {
      expect(unshape(expected)).toBe(word.replace(lamMarksAlef, '\u0644$2$1'));
    }
  });
});
