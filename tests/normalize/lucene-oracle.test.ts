import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { HAS_SHARED_DATA, SKIP_REASON, haveShared, sharedFile } from '../helpers/shared.js';

const ORACLE = 'oracles/lucene-normalizer.tsv';
// Lucene's ArabicNormalizer leaves U+0670 SUPERSCRIPT ALEF, U+0671 ALEF WASLA and Persian/Urdu
// letters alone, which the 'search' preset folds on purpose; words holding them are not compared.
const NOT_COMPARED = /[\u0670\u0671\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06D2\u06C0\u06C1\u06BE\u06C3\u0679\u0688\u0691\u06BA]/;

if (!HAS_SHARED_DATA) console.warn(SKIP_REASON);

describe.skipIf(!HAS_SHARED_DATA || !haveShared(ORACLE))("the 'search' preset against Lucene's ArabicNormalizer", () => {
  test('agrees with Lucene on every compared word', () => {
    const rows = readFileSync(sharedFile(ORACLE), 'utf8').split('\n').filter(Boolean);
    const disagreements: string[] = [];
    let compared = 0;
    for (const row of rows) {
      const [word, expected] = row.split('\t') as [string, string];
      if (NOT_COMPARED.test(word)) continue;
      compared++;
      if (normalize(word) !== expected) disagreements.push(`${word} → ${normalize(word)} (Lucene: ${expected})`);
    }
    expect(compared).toBeGreaterThan(50_000);
    expect(disagreements.slice(0, 20)).toEqual([]);
  });
});
