// Where the read-only evaluation data lives (`../shared/data` from the project root).
// Tests that need it skip with a one-line reason when it is missing: the package must
// build and pass `npm test` on a fresh clone without it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env.DHAD_SHARED ?? resolve(ROOT, '..', 'shared');
export const SHARED_DATA = join(SHARED, 'data');
export const HAS_SHARED_DATA = existsSync(SHARED_DATA);
export const SKIP_REASON = `skipped: ${SHARED_DATA} is missing (it holds the evaluation data; CI has it)`;

/** Path of a file under ../shared/data, e.g. `sharedFile('oracles/snowball.tsv')`. */
export function sharedFile(relative: string): string {
  return join(SHARED_DATA, relative);
}

/** True when the file exists; otherwise prints the one-line skip reason once. */
export function haveShared(relative: string): boolean {
  const ok = existsSync(sharedFile(relative));
  if (!ok) console.warn(`${SKIP_REASON} [${relative}]`);
  return ok;
}
