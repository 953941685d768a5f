#!/usr/bin/env node
// Entry of the `dhad` command (package.json "bin").
import { createRequire } from 'node:module';
import { main } from './main.js';

/** The package's version: package.json is one folder up from dist/, two from src/cli/. */
function version(): string {
  const require = createRequire(import.meta.url);
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(path) as { name?: string; version?: string };
      if (pkg.name === 'dhad' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not there: try the next
    }
  }
  return 'unknown';
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `dhad … | head` closes the pipe early: not an error.
  if (error.code === 'EPIPE') process.exit(0);
  // Any other write error (a full disk, a closed terminal): one line, no stack trace.
  process.stderr.write(`dhad: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }, version()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dhad: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
