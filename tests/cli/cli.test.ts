import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { firstInvalidUtf8 } from '../../src/cli/input.js';
import { ROOT } from '../helpers/shared.js';

const CORPUS = join(ROOT, 'corpus', 'sco-summit-2024.txt');

async function cli(args: string[], input = '', env: Record<string, string> = {}, tty = false) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdin: Readable.from([Buffer.from(input, 'utf8')]),
    stdout: { write: (s: string) => (stdout += s), isTTY: tty },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env,
  });
  return { code, stdout, stderr };
}

describe('dhad CLI', () => {
  test('analyze prints sentences with entities marked', async () => {
    const r = await cli(['analyze', CORPUS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('language: arb');
    expect(r.stdout).toMatch(/\[PERS بوتين\]/);
    expect(r.stdout).toMatch(/\[ORG منظمة شنغهاي للتعاون\]/);
    expect(r.stderr).toBe('');
  });

  test('colours entities only on a terminal without NO_COLOR', async () => {
    expect((await cli(['entities'], 'قال بوتين.', {}, true)).stdout).toContain('\x1b[');
    expect((await cli(['entities'], 'قال بوتين.', { NO_COLOR: '1' }, true)).stdout).not.toContain('\x1b[');
    expect((await cli(['entities'], 'قال بوتين.', {}, false)).stdout).not.toContain('\x1b[');
  });

  test('reads stdin and writes json, jsonl and conll', async () => {
    const json = await cli(['tokenize', '--format', 'json'], 'قمة شنغهاي\nفي أستانة');
    const tokens = JSON.parse(json.stdout) as { text: string; start: number }[][];
    expect(tokens[1]![0]).toMatchObject({ text: 'في', start: 11 });
    const jsonl = await cli(['sentences', '-f', 'jsonl'], 'جملة أولى. جملة ثانية.');
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l))).toHaveLength(1);
    const conll = await cli(['entities', '--format', 'conll'], 'قال بوتين في أستانة.');
    expect(conll.stdout).toContain('بوتين\tB-PERS');
  });

  test('normalize, stem, root, segment, detect and reshape', async () => {
    expect((await cli(['normalize'], 'الْعَرَبِيَّة')).stdout).toBe('العربيه\n');
    expect((await cli(['normalize', '--preset', 'clean'], 'الْعَرَبِيَّة')).stdout).toBe('الْعَرَبِيَّة\n');
    expect((await cli(['stem', '--algorithm', 'light10'], 'بوتين')).stdout).toBe('بوت\n');
    expect((await cli(['segment'], 'وبالتعاون')).stdout).toBe('و+ب+ال+تعاون\n');
    expect((await cli(['root'], 'مسؤول')).stdout.trim()).not.toBe('-');
    expect((await cli(['detect'], 'منظمة شنغهاي للتعاون تقبل عضوية بيلاروسيا')).stdout).toBe('arb\n');
    expect((await cli(['reshape'], 'لا')).stdout).toBe('\uFEFB\n');
  });

  test('html output escapes the input', async () => {
    const r = await cli(['entities', '--format', 'html'], 'قال بوتين <b>&</b>');
    expect(r.stdout).toContain('&lt;b&gt;&amp;');
    expect(r.stdout).not.toContain('<b>');
  });

  test('user errors: clear message, no stack trace, exit 1 or 2', async () => {
    const missing = await cli(['analyze', '/no/such/file.txt']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe('dhad: no such file: /no/such/file.txt\n');
    const dir = await cli(['analyze', ROOT]);
    expect(dir.code).toBe(1);
    expect(dir.stderr).toMatch(/is a directory/);
    const flag = await cli(['tokenize', '--colour']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/Unknown option '--colour'/);
    expect(flag.stderr).not.toMatch(/\n\s+at /);
    expect((await cli(['parse'])).code).toBe(2);
    expect((await cli(['stem', '--algorithm', 'porter'], 'x')).code).toBe(2);
    expect((await cli(['tokenize', '--format', 'html'], 'x')).code).toBe(2);
  });

  test('invalid UTF-8 is reported with its byte offset and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhad-cli-'));
    const file = join(dir, 'bad.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('سطر\nسطر ثان '), Buffer.from([0xd8, 0x41]), Buffer.from(' بعده')]));
    const r = await cli(['tokenize', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dhad: ${file} is not valid UTF-8: invalid byte sequence at byte 21 (line 2)\n`);
  });

  test('--help on every command, and the command list', async () => {
    for (const name of ['analyze', 'normalize', 'tokenize', 'sentences', 'segment', 'stem', 'root', 'entities', 'detect', 'reshape']) {
      const r = await cli([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`dhad ${name}`);
    }
    expect((await cli(['--help'])).stdout).toContain('Commands:');
  });
});

describe('firstInvalidUtf8', () => {
  test('finds overlong, surrogate and truncated sequences, and waits for a cut one', () => {
    expect(firstInvalidUtf8(Buffer.from('ضاد', 'utf8'), true)).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]), true)).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]), true)).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xd8]), false)).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xd8]), true)).toBe(1);
  });
});
