// `npm run demo`: prints corpus/sco-summit-2024.txt normalized under each preset of
// `normalize`, with how many UTF-16 units each preset changed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NormalizePreset, normalize, normalizeWithMap } from '../src/normalize/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
const presets: NormalizePreset[] = ['clean', 'search', 'aggressive'];

console.log(`# corpus/sco-summit-2024.txt (${text.length.toLocaleString('en-US')} UTF-16 units)\n`);
for (const preset of presets) {
  const out = normalize(text, preset);
  const { map } = normalizeWithMap(text, preset);
  let kept = 0; // output units that are the very input unit they map to
  for (let i = 0; i < out.length; i++) if (text[map[i]!] === out[i]) kept++;
  console.log(`## normalize(text, '${preset}') — ${out.length.toLocaleString('en-US')} units, ${(out.length - kept).toLocaleString('en-US')} changed, ${(text.length - kept).toLocaleString('en-US')} input units replaced or removed\n`);
  console.log(out);
  console.log('');
}
