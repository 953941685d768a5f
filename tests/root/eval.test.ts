// Accuracy floors on the shared gold data (the full tables come from `npm run eval:root`).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';
import { HAS_SHARED_DATA, SKIP_REASON, sharedFile } from '../helpers/shared.js';

if (!HAS_SHARED_DATA) console.warn(SKIP_REASON);

// Hamza seats and alef fold to ء, alef maksura to ي, as in eval/root.ts (strict fold).
const fold = (s: string): string => s.replace(/[ءأإآؤئاٱ]/g, 'ء').replace(/ى/g, 'ي');

describe.skipIf(!HAS_SHARED_DATA)('root accuracy on gold data', () => {
  test('gets at least 90 % of the PADT news forms right', () => {
    const rows = readFileSync(sharedFile('roots/padt-word-root.tsv'), 'utf8').split('\n').filter(Boolean);
    let ok = 0;
    for (const line of rows) {
      const [word, gold] = line.split('\t') as [string, string];
      const r = root(word);
      if (r !== undefined && fold(r) === fold(gold)) ok++;
    }
    expect(ok / rows.length).toBeGreaterThanOrEqual(0.9);
  });

  test('gets at least 84 % of the classical samples right, particles included', () => {
    let ok = 0;
    let n = 0;
    for (const f of ['0450AbuHasanMawardi.HawiKabir', '0460ShaykhTusi.Mabsut', '0483IbnAhmadSarakhsi.Mabsut']) {
      const rows = readFileSync(sharedFile(`roots/${f}-sample.csv`), 'utf8').split('\n').slice(1).filter(Boolean);
      for (const line of rows) {
        const comma = line.lastIndexOf(',');
        const gold = line.slice(comma + 1).trim();
        const r = root(line.slice(0, comma).trim());
        n++;
        if (gold === '#' ? r === undefined : r !== undefined && gold.split('\\').some((g) => fold(g) === fold(r))) ok++;
      }
    }
    expect(ok / n).toBeGreaterThanOrEqual(0.84);
  });
});
