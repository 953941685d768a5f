// The `dhad` command on a 50 MB file (the corpus repeated): runs `dhad analyze` through a
// pseudo-terminal (util-linux `script`) so the progress bar is drawn, and reports the time and
// the peak resident memory — far below the file's size means the file is streamed, not held.
// DHAD_CLI_MB sets the size (default 50).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, ROOT, fmt, table } from './_util.js';

export async function run(): Promise<void> {
  const mb = Number(process.env.DHAD_CLI_MB ?? 50);
  const dir = mkdtempSync(join(tmpdir(), 'dhad-cli-bench-'));
  const file = join(dir, 'big.txt');
  const unit = `${CORPUS}\n\n`;
  writeFileSync(file, unit.repeat(Math.ceil((mb * 1048576) / Buffer.byteLength(unit))));
  const size = Buffer.byteLength(readFileSync(file, 'utf8'));
  const cli = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(join(ROOT, 'src', 'cli', 'index.ts'))}`;
  const rows: (string | number)[][] = [];
  for (const [label, args] of [
    ['entities, jsonl', 'entities --format jsonl'],
    ['analyze, text', 'analyze'],
  ] as const) {
    const hwm = join(dir, `hwm-${label.replace(/\W+/g, '')}`);
    // Output to /dev/null, progress bar to the pseudo-terminal; GNU time's %M is the largest
    // peak RSS among the processes it waited for (getrusage of the children).
    const inner = `${cli} ${args} ${JSON.stringify(file)} > /dev/null`;
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', hwm, 'script', '-qefc', inner, '/dev/null'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let screen = '';
    child.stdout.on('data', (d: Buffer) => (screen += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (screen += d.toString('utf8')));
    const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
    const s = (performance.now() - t0) / 1000;
    const peakKb = Number(readFileSync(hwm, 'utf8').trim().split('\n').pop());
    const bars = (screen.match(/\[#*\.*\] +\d+%/g) ?? []).length;
    const last = (screen.match(/\[#*\.*\] +\d+% of [\d.]+ MB/g) ?? []).pop() ?? '(no progress bar)';
    rows.push([`dhad ${label}`, fmt(size / 1048576), `${s.toFixed(1)} s`, fmt(size / 1048576 / s), `${fmt(peakKb / 1024)} MB`, `${bars} updates, last «${last}»`, code]);
  }
  rmSync(dir, { recursive: true, force: true });
  table(['command', 'MB', 'time', 'MB/s', 'peak RSS', 'progress bar (stderr on a TTY)', 'exit'], rows);
}
