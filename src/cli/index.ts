#!/usr/bin/env node
// Entry of the `dhad` command (package.json "bin").
import { createRequire } from 'node:module';
import { main } from './main.js';

function version(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `dhad … | head` closes the pipe early: not an error.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
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
