// Regenerates tests/corpus/sentences.golden.json: the sentences of corpus/sco-summit-2024.txt
// as `sentences` finds them. Run it only on purpose (`npx tsx scripts/golden-sentences.ts`),
// then read every sentence it prints before committing the new golden file.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentences } from '../src/tokenize/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
const list = sentences(text);
const out = join(ROOT, 'tests', 'corpus', 'sentences.golden.json');
writeFileSync(out, `${JSON.stringify(list, null, 2)}\n`);
list.forEach((s, i) => console.log(`${String(i + 1).padStart(2)} [${s.start}, ${s.end}) ${s.text}`));
console.log(`\nwrote ${out}: ${list.length} sentences`);
