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

  test('normalize --repeats adds the elongation step to the preset, and rejects other counts', async () => {
    expect((await cli(['normalize', '--repeats', '2'], 'جمييييل ممممكن')).stdout).toBe('جمييل ممكن\n');
    expect((await cli(['normalize', '--repeats', '1', '--preset', 'clean'], 'جمييييلٌ')).stdout).toBe('جميلٌ\n');
    expect(await cli(['normalize', '--repeats', '3'], 'x')).toEqual({ code: 2, stdout: '', stderr: "dhad normalize: --repeats must be 1 or 2, got '3'\n" });
    // guard: without the flag nothing is shortened
    expect((await cli(['normalize'], 'جمييييل')).stdout).toBe('جمييييل\n');
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
    expect(flag.stderr).toMatch(/unknown option '--colour'/);
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
    expect((await cli(['help', 'tokenize'])).stdout).toContain('dhad tokenize — ');
    // «dhad help help» is the main help (it said "unknown command 'help'" before API pass 10's report)
    const helpHelp = await cli(['help', 'help']);
    expect([helpHelp.code, helpHelp.stderr]).toEqual([0, '']);
    expect(helpHelp.stdout).toContain('Commands:');
    // «dhad --version file.txt» is a usage error, not the version (it printed the version and exited 0)
    const version = await cli(['--version', 'extra']);
    expect([version.code, version.stdout]).toEqual([2, '']);
    expect(version.stderr).toBe("dhad --version: takes no arguments, got 'extra'. Run 'dhad --help'.\n");
    expect((await cli(['-v'])).code).toBe(0);
    const bare = await cli([]);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toContain('Commands:');
  });

  test('an unknown flag is reported in one sentence', async () => {
    const r = await cli(['tokenize', '--bogus']);
    expect([r.code, r.stderr]).toEqual([2, "dhad tokenize: unknown option '--bogus'. Run 'dhad tokenize --help'.\n"]);
  });

  test('segment json: every morpheme offset points into the whole input', async () => {
    const input = 'قمة شنغهاي\nوبالتعاون للتعاون مدرستنا';
    const r = await cli(['segment', '-f', 'json'], input);
    type M = { text: string; start: number; end: number };
    const lines = JSON.parse(r.stdout) as { text: string; start: number; end: number; segmentation?: { prefixes: M[]; base: M; suffixes: M[] } }[][];
    let spans = 0;
    for (const w of lines.flat()) {
      for (const m of w.segmentation ? [w, ...w.segmentation.prefixes, w.segmentation.base, ...w.segmentation.suffixes] : [w]) {
        expect(input.slice(m.start, m.end)).toBe(m.text);
        spans++;
      }
    }
    expect(spans).toBe(16);
    expect((await cli(['segment'], 'للتعاون مدرستنا')).stdout).toBe('ل+ال+تعاون مدرسة+نا\n');
  });

  test('analyze: the language line also after leading blank lines; --root only with json', async () => {
    expect((await cli(['analyze'], '\n\nقمة بوتين')).stdout).toMatch(/^language: arb\n/);
    const r = await cli(['analyze', '--root'], 'قمة');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format json or jsonl');
    const json = JSON.parse((await cli(['analyze', '--root', '-f', 'json'], 'كتب')).stdout) as { tokens: { root?: string }[] }[];
    expect(json[0]!.tokens[0]!.root).toBe('كتب');
  });

  test('analyze --stemmer chooses the stems of the json output', async () => {
    const json = JSON.parse((await cli(['analyze', '--stemmer', 'light10', '-f', 'json'], 'بوتين')).stdout) as { tokens: { stem?: string }[] }[];
    expect(json[0]!.tokens[0]!.stem).toBe('بوت');
    const dhad = JSON.parse((await cli(['analyze', '-f', 'jsonl'], 'بوتين')).stdout) as { tokens: { stem?: string }[] };
    expect(dhad.tokens[0]!.stem).toBe('بوتين');
    const bad = await cli(['analyze', '--stemmer', 'porter', '-f', 'json'], 'قمة');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown stemmer 'porter'");
    expect((await cli(['analyze', '--stemmer', 'isri'], 'قمة')).code).toBe(2);
  });

  test('stem and root json carry offsets into the whole input', async () => {
    const input = 'قمة\nوالمكتبات في بيروت';
    for (const command of ['stem', 'root']) {
      const items = (JSON.parse((await cli([command, '-f', 'json'], input)).stdout) as { text: string; start: number; end: number }[][]).flat();
      expect(items.length).toBeGreaterThan(2);
      for (const x of items) expect(input.slice(x.start, x.end)).toBe(x.text);
    }
  });

  test('html: one legend after the last paragraph', async () => {
    const r = await cli(['entities', '-f', 'html'], 'قال بوتين.\n\nزار أستانة.\n\nقال بوتين.');
    expect(r.stdout.match(/class="dhad-legend"/g)).toHaveLength(1);
    expect(r.stdout.lastIndexOf('dhad-legend')).toBeGreaterThan(r.stdout.lastIndexOf('dhad-entities'));
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
