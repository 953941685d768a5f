// Shared helpers for evaluations: where ../shared/data is, and a table printer.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DATA = process.env.DHAD_SHARED ? join(process.env.DHAD_SHARED, 'data') : resolve(ROOT, '..', 'shared', 'data');

/** Exits with a one-line message when the evaluation data is missing. */
export function requireShared(relative: string): string {
  const path = join(SHARED_DATA, relative);
  if (!existsSync(path)) {
    console.error(`eval: ${path} is missing (the evaluation data lives in ../shared/data)`);
    process.exit(2);
  }
  return path;
}

export { table, fmt } from '../bench/_util.js';
