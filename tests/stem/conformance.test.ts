// Byte-for-byte agreement of the compatibility stemmers with their references, on the 53,055
// words of ../shared/data/oracles (outputs of Lucene 8.7, Python snowballstemmer 2.2 and NLTK
// 3.8). The oracles are only read here; the stemmers never see them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stem, type StemAlgorithm } from '../../src/stem/index.js';
import { haveShared, sharedFile } from '../helpers/shared.js';

const ORACLES: [StemAlgorithm, string][] = [
  ['light10', 'oracles/lucene-light10.tsv'],
  ['snowball', 'oracles/snowball.tsv'],
  ['isri', 'oracles/nltk-isri.tsv'],
];

for (const [algorithm, file] of ORACLES) {
  describe.skipIf(!haveShared(file))(`${algorithm} agrees with ${file}`, () => {
    test('on every word', () => {
      const lines = readFileSync(sharedFile(file), 'utf8').split('\n').filter((l) => l !== '');
      const mismatches: string[] = [];
      for (const line of lines) {
        const tab = line.indexOf('\t');
        const word = line.slice(0, tab);
        const expected = line.slice(tab + 1);
        const actual = stem(word, { algorithm });
        if (actual !== expected) mismatches.push(`${word}\texpected ${expected}\tgot ${actual}`);
      }
      if (mismatches.length > 0) {
        console.log(`${algorithm}: ${mismatches.length} of ${lines.length} differ, first ones:\n${mismatches.slice(0, 30).join('\n')}`);
      }
      expect(lines.length).toBe(53055);
      expect(mismatches).toEqual([]);
    });
  });
}
