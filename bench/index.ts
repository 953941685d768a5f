// `npm run bench`: runs every bench/<module>.ts (each exports `run()`) in one process,
// or only those named on the command line: `npm run bench -- normalize tokenize`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const order = ['normalize', 'tokenize', 'segment', 'stem', 'root', 'ner', 'display', 'lang', 'analyze'];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .map((f) => f.slice(0, -3))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));

for (const name of files) {
  const mod = (await import(pathToFileURL(join(here, `${name}.ts`)).href)) as { run?: () => Promise<void> | void };
  if (typeof mod.run !== 'function') continue;
  console.log(`\n## ${name}\n`);
  await mod.run();
}
