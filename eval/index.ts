// `npm run eval`: runs every eval/<name>.ts in turn as its own process, prints their tables,
// and exits non-zero when any of them missed its floor.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let failed = 0;
for (const f of readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_')).sort()) {
  console.log(`\n## eval/${f}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
