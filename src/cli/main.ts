// The `dhad` command line: one sub-command per capability, reading a file or stdin and
// writing text, JSON, JSON Lines, CoNLL or HTML. Everything streams: lines for the word-level
// commands, paragraphs (blank-line separated) for analyze, sentences and entities.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyzeStream, type AnalyzeStep, type StreamDoc } from '../analyze/index.js';
import { arabicRatio, detectLanguage } from '../lang/index.js';
import { reshape } from '../display/index.js';
import { renderEntities, toBio } from '../ner/index.js';
import { legendHtml } from '../ner/render.js';
import type { Entity, EntityType } from '../ner/types.js';
import { createNormalizer, type NormalizePreset } from '../normalize/index.js';
import { root } from '../root/index.js';
import { segmentWord } from '../segment/segment.js';
import { applyContext } from '../segment/segment-text.js';
import type { Segmentation } from '../segment/types.js';
import { stem, STEM_ALGORITHMS, type StemAlgorithm } from '../stem/index.js';
import { tokenize } from '../tokenize/index.js';
import { CliError, openSource, readText } from './input.js';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

type Format = 'text' | 'json' | 'jsonl' | 'conll' | 'html';
const FORMATS: readonly Format[] = ['text', 'json', 'jsonl', 'conll', 'html'];

interface Command {
  summary: string;
  usage: string;
  formats: readonly Format[];
  options?: ParseArgsConfig['options'];
}

const COMMANDS: Record<string, Command> = {
  analyze: { summary: 'sentences, tokens, stems and entities (the main job)', usage: 'dhad analyze [file|-] [--format text|json|jsonl|conll|html] [--root] [--stemmer dhad|light10|snowball|isri]', formats: FORMATS, options: { root: { type: 'boolean' }, stemmer: { type: 'string' } } },
  normalize: { summary: 'normalize text line by line', usage: 'dhad normalize [file|-] [--preset clean|search|aggressive] [--repeats 1|2]', formats: ['text', 'json', 'jsonl'], options: { preset: { type: 'string' }, repeats: { type: 'string' } } },
  tokenize: { summary: 'split into tokens', usage: 'dhad tokenize [file|-] [--format text|json|jsonl|conll]', formats: ['text', 'json', 'jsonl', 'conll'] },
  sentences: { summary: 'split into sentences, one per line', usage: 'dhad sentences [file|-] [--format text|json|jsonl]', formats: ['text', 'json', 'jsonl'] },
  segment: { summary: 'split words into clitics and base (و+ب+ال+تعاون)', usage: 'dhad segment [file|-] [--format text|json|jsonl|conll]', formats: ['text', 'json', 'jsonl', 'conll'] },
  stem: { summary: 'stem every word', usage: 'dhad stem [file|-] [--algorithm dhad|light10|snowball|isri]', formats: ['text', 'json', 'jsonl', 'conll'], options: { algorithm: { type: 'string' } } },
  root: { summary: 'the root of every word (- when none)', usage: 'dhad root [file|-]', formats: ['text', 'json', 'jsonl', 'conll'] },
  entities: { summary: 'named entities, dates and numbers', usage: 'dhad entities [file|-] [--format text|json|jsonl|conll|html]', formats: FORMATS },
  detect: { summary: 'the language (ISO 639-3) and share of Arabic-script letters', usage: 'dhad detect [file|-] [--format text|json]', formats: ['text', 'json'] },
  reshape: { summary: 'presentation forms for displays without Arabic shaping', usage: 'dhad reshape [file|-]', formats: ['text'] },
};

const COMMON: ParseArgsConfig['options'] = {
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'dhad — Arabic text analysis (normalize, tokenize, segment, stem, root, entities)',
    '',
    'Usage: dhad <command> [file|-] [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --format, -f   output format (text, json, jsonl, conll, html; per command)',
    '         --help, -h     help for a command',
    '         --version      the version',
    '',
    'Reads the file, or standard input when the file is - or missing. Colour only on a terminal without NO_COLOR.',
    'Example: dhad analyze article.txt   (in the dhad repository: dhad analyze corpus/sco-summit-2024.txt)',
  ].join('\n');
}

function commandHelp(name: string, c: Command): string {
  return [`dhad ${name} — ${c.summary}`, '', `Usage: ${c.usage}`, '', `Formats: ${c.formats.join(', ')} (default text)`].join('\n');
}

const COLORS: Record<string, number> = { PERS: 35, LOC: 32, ORG: 34, MISC: 33, DATE: 36, TIME: 36, NUM: 90, PERCENT: 90, MONEY: 31 };

/** Runs the CLI; returns the exit code (0 ok, 1 input error, 2 usage error). */
export async function main(argv: string[], io: Io, version = '0.0.0'): Promise<number> {
  try {
    return await run(argv, io, version);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return error.code;
    }
    throw error;
  }
}

async function run(argv: string[], io: Io, version: string): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // no command is a usage error: the help goes where errors go
    io.stderr.write(`${mainHelp()}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    // «dhad help help» is the main help, as «dhad help» is
    const about = name === 'help' && rest[0] !== 'help' ? rest[0] : undefined;
    const topic = about !== undefined ? COMMANDS[about] : undefined;
    if (about !== undefined && topic === undefined) {
      throw new CliError(`dhad: unknown command '${rest[0]}'. Run 'dhad --help' for the list.`, 2);
    }
    io.stdout.write(`${topic ? commandHelp(about!, topic) : mainHelp()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    // «dhad --version file.txt» is a mistake, not a question about the version
    if (rest.length > 0) throw new CliError(`dhad ${name}: takes no arguments, got '${rest[0]}'. Run 'dhad --help'.`, 2);
    io.stdout.write(`${version}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new CliError(`dhad: unknown command '${name}'. Run 'dhad --help' for the list.`, 2);

  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...COMMON, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    // node's message goes on to explain '--' for positionals that start with '-': keep its first sentence
    const first = (error as Error).message.split('\n')[0]!.split('. ')[0]!.replace(/\.$/, '');
    // lower-cased like dhad's own messages ("unknown command", "unknown format")
    const said = first.charAt(0).toLowerCase() + first.slice(1);
    throw new CliError(`dhad ${name}: ${said}. Run 'dhad ${name} --help'.`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${commandHelp(name, command)}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new CliError(`dhad ${name}: expected at most one file, got ${positionals.length}`, 2);
  const format = (values.format ?? 'text') as Format;
  if (!command.formats.includes(format)) {
    throw new CliError(`dhad ${name}: unknown format '${String(values.format)}' (expected one of: ${command.formats.join(', ')})`, 2);
  }
  if (name === 'analyze' && values.root && format !== 'json' && format !== 'jsonl') {
    throw new CliError(`dhad analyze: --root adds each word's root to the JSON output; use it with --format json or jsonl`, 2);
  }
  if (name === 'analyze' && values.stemmer !== undefined) {
    if (format !== 'json' && format !== 'jsonl') throw new CliError(`dhad analyze: --stemmer chooses the stems of the JSON output; use it with --format json or jsonl`, 2);
    if (!(STEM_ALGORITHMS as readonly unknown[]).includes(values.stemmer)) throw new CliError(`dhad analyze: unknown stemmer '${String(values.stemmer)}' (expected dhad, light10, snowball or isri)`, 2);
  }
  const color = !!io.stdout.isTTY && !io.env.NO_COLOR && format === 'text';
  const source = openSource(positionals[0], io.stdin);
  const text = readText(source, io.stderr);
  const out = io.stdout;

  switch (name) {
    case 'analyze':
    case 'entities':
    case 'sentences': {
      const json = format === 'json' || format === 'jsonl';
      const steps = stepsFor(name, format);
      if (name === 'analyze' && values.root) steps.push('root');
      const writer = jsonWriter(out, format);
      if (format === 'html') out.write('<!doctype html>\n<meta charset="utf-8">\n');
      const present = new Set<EntityType>();
      let first = true;
      const stemmer = name === 'analyze' ? (values.stemmer as StemAlgorithm | undefined) : undefined;
      for await (const doc of analyzeStream(text, stemmer === undefined ? { steps } : { steps, stemmer })) {
        if (json) writer.item(name === 'sentences' ? doc.sentences : name === 'entities' ? doc.entities : doc);
        else if (format === 'html') {
          for (const e of doc.entities) present.add(e.type);
          out.write(`${renderEntities(doc.text, local(doc), { legend: false })}\n`);
        } else if (format === 'conll') writeConll(out, doc);
        else if (name === 'sentences') for (const s of doc.sentences) out.write(`${s.text.replace(/\s*\n\s*/g, ' ')}\n`);
        else writeSentencesWithEntities(out, doc, color, name === 'analyze' && first);
        first = false;
      }
      // one legend for the whole document, after its last paragraph
      if (format === 'html' && present.size > 0) out.write(`${legendHtml(present)}\n`);
      writer.end();
      return 0;
    }
    case 'detect': {
      let sample = '';
      for await (const chunk of text) if (sample.length < 1 << 16) sample += chunk.slice(0, (1 << 16) - sample.length);
      const language = detectLanguage(sample);
      if (format === 'json') out.write(`${JSON.stringify({ language, arabicRatio: arabicRatio(sample) })}\n`);
      else out.write(`${language}\n`);
      return 0;
    }
    default:
      break;
  }

  // Line-oriented commands.
  let perLine: (line: string, offset: number) => { text: string; data: unknown; conll: string };
  if (name === 'normalize') {
    const preset = (values.preset ?? 'search') as string;
    if (!['clean', 'search', 'aggressive'].includes(preset)) throw new CliError(`dhad normalize: unknown preset '${preset}' (expected clean, search or aggressive)`, 2);
    // --repeats adds the elongation step (off in every preset) to the chosen preset
    const repeats = values.repeats as string | undefined;
    if (repeats !== undefined && repeats !== '1' && repeats !== '2') throw new CliError(`dhad normalize: --repeats must be 1 or 2, got '${repeats}'`, 2);
    const norm = repeats === undefined ? createNormalizer(preset as NormalizePreset) : createNormalizer({ preset: preset as NormalizePreset, repeats: repeats === '1' ? 1 : 2 });
    perLine = (line) => {
      const n = norm(line);
      return { text: n, data: { text: line, normal: n }, conll: '' };
    };
  } else if (name === 'reshape') {
    perLine = (line) => ({ text: reshape(line), data: reshape(line), conll: '' });
  } else if (name === 'tokenize') {
    perLine = (line, offset) => {
      const tokens = tokenize(line).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
      return { text: tokens.map((t) => t.text).join(' '), data: tokens, conll: tokens.map((t) => `${t.text}\t${t.type}\t${t.start}\t${t.end}\n`).join('') };
    };
  } else if (name === 'segment') {
    perLine = (line, offset) => {
      // offsets into the whole input, the morphemes' too
      const words = tokenize(line).map((t) => {
        const start = t.start + offset;
        return { ...t, start, end: t.end + offset, segmentation: t.type === 'word' ? segmentWord(t.text, true, start, true) : undefined };
      });
      // the rules of running text, as segmentText and analyze apply them («فان» van, «فقد» the verb)
      applyContext(line, words.filter((w) => w.segmentation !== undefined), offset);
      return {
        text: words.map((w) => (w.segmentation ? joinSegments(w.segmentation) : w.text)).join(' '),
        data: words,
        conll: words.map((w) => `${w.text}\t${w.segmentation ? joinSegments(w.segmentation) : w.text}\t${w.segmentation ? tags(w.segmentation) : 'O'}\n`).join(''),
      };
    };
  } else if (name === 'stem') {
    const algorithm = (values.algorithm ?? 'dhad') as string;
    if (!['dhad', 'light10', 'snowball', 'isri'].includes(algorithm)) throw new CliError(`dhad stem: unknown algorithm '${algorithm}' (expected dhad, light10, snowball or isri)`, 2);
    perLine = (line, offset) => {
      const pairs = tokenize(line).map((t) => ({ text: t.text, start: t.start + offset, end: t.end + offset, stem: t.type === 'word' ? stem(t.text, { algorithm: algorithm as StemAlgorithm }) : t.text }));
      return { text: pairs.map((p) => p.stem).join(' '), data: pairs, conll: pairs.map((p) => `${p.text}\t${p.stem}\n`).join('') };
    };
  } else {
    perLine = (line, offset) => {
      const pairs = tokenize(line).filter((t) => t.type === 'word').map((t) => ({ text: t.text, start: t.start + offset, end: t.end + offset, root: root(t.text) ?? null }));
      return { text: pairs.map((p) => p.root ?? '-').join(' '), data: pairs, conll: pairs.map((p) => `${p.text}\t${p.root ?? '-'}\n`).join('') };
    };
  }
  const json = jsonWriter(out, format);
  for await (const { line, offset } of lines(text)) {
    const r = perLine(line, offset);
    if (format === 'json' || format === 'jsonl') json.item(r.data);
    else if (format === 'conll') out.write(`${r.conll}\n`);
    else out.write(`${r.text}\n`);
  }
  json.end();
  return 0;
}

/**
 * What analyzeStream computes for a command: only what the format shows. analyze's JSON
 * carries everything; its text, CoNLL and HTML views, like `entities`, show sentences and
 * entities (text adds the language), not normal forms, segmentation or stems.
 */
function stepsFor(name: string, format: Format): AnalyzeStep[] {
  if (name === 'sentences') return ['sentences'];
  if (name === 'analyze' && (format === 'json' || format === 'jsonl')) return ['language', 'sentences', 'tokens', 'normal', 'segment', 'stem', 'entities'];
  if (name === 'analyze' && format === 'text') return ['language', 'sentences', 'tokens', 'entities'];
  return ['sentences', 'tokens', 'entities'];
}

/**
 * Splits a stream of text into lines, with each line's UTF-16 offset in the whole input. A line
 * ends at LF, CRLF or a lone CR (old Mac files), as `sentences` reads line breaks.
 */
async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: string; offset: number }> {
  let buffer = '';
  let base = 0;
  for await (const chunk of chunks) {
    buffer += chunk;
    let from = 0;
    // the next LF and the next CR, each searched again only once passed, so the scan is linear
    let lf = buffer.indexOf('\n');
    let cr = buffer.indexOf('\r');
    for (;;) {
      const at = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      if (at === -1) break;
      let next = at + 1;
      if (at === cr) {
        if (next === buffer.length) break; // an LF may follow in the next chunk
        if (buffer.charCodeAt(next) === 0x0a) next++;
      }
      yield { line: buffer.slice(from, at), offset: base + from };
      from = next;
      if (lf !== -1 && lf < from) lf = buffer.indexOf('\n', from);
      if (cr !== -1 && cr < from) cr = buffer.indexOf('\r', from);
    }
    buffer = buffer.slice(from);
    base += from;
  }
  if (buffer.length) yield { line: buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer, offset: base };
}

function jsonWriter(out: Io['stdout'], format: Format) {
  let first = true;
  return {
    item(value: unknown): void {
      if (format === 'jsonl') out.write(`${JSON.stringify(value)}\n`);
      else if (format === 'json') {
        out.write(`${first ? '[\n' : ',\n'}${JSON.stringify(value)}`);
        first = false;
      }
    },
    end(): void {
      if (format === 'json') out.write(first ? '[]\n' : '\n]\n');
    },
  };
}

/** A paragraph Doc's entities with offsets relative to `doc.text`. */
function local(doc: StreamDoc): Entity[] {
  return doc.entities.map((e) => ({ ...e, start: e.start - doc.offset, end: e.end - doc.offset }));
}

function writeConll(out: Io['stdout'], doc: StreamDoc): void {
  const labels = toBio(doc.tokens, doc.entities);
  for (const sentence of doc.sentences) {
    let any = false;
    doc.tokens.forEach((t, i) => {
      if (t.start >= sentence.start && t.end <= sentence.end) {
        out.write(`${t.text}\t${labels[i] ?? 'O'}\n`);
        any = true;
      }
    });
    if (any) out.write('\n');
  }
}

function writeSentencesWithEntities(out: Io['stdout'], doc: StreamDoc, color: boolean, withLanguage: boolean): void {
  if (withLanguage) out.write(color ? `\x1b[2mlanguage: ${doc.language}\x1b[0m\n` : `language: ${doc.language}\n`);
  let e = 0;
  for (const s of doc.sentences) {
    let line = '';
    let at = s.start;
    while (e < doc.entities.length && doc.entities[e]!.end <= s.end) {
      const ent = doc.entities[e++]!;
      if (ent.start < at) continue;
      line += slice(doc, at, ent.start);
      const body = slice(doc, ent.start, ent.end);
      line += color ? `\x1b[1;${COLORS[ent.type] ?? 37}m${body}\x1b[0m\x1b[2m[${ent.type}]\x1b[0m` : `[${ent.type} ${body}]`;
      at = ent.end;
    }
    line += slice(doc, at, s.end);
    out.write(`${line.replace(/\s*\n\s*/g, ' ')}\n`);
  }
}

function slice(doc: StreamDoc, start: number, end: number): string {
  return doc.text.slice(start - doc.offset, end - doc.offset);
}

/** The underlying forms joined by +: «للتعاون» → ل+ال+تعاون, «مدرستنا» → مدرسة+نا. */
function joinSegments(s: Segmentation): string {
  return [...s.prefixes, s.base, ...s.suffixes].filter((m) => m.text !== '').map((m) => m.form).join('+');
}

function tags(s: Segmentation): string {
  return [...s.prefixes, s.base, ...s.suffixes].filter((m) => m.text !== '').map((m) => m.tag).join('+');
}
