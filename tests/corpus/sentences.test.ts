// The corpus article's sentences against a golden file reviewed by a person. Regenerate it
// only with `npx tsx scripts/golden-sentences.ts`, and read the diff before committing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { sentences } from '../../src/tokenize/index.js';
import type { Sentence } from '../../src/tokenize/index.js';
import { ROOT } from '../helpers/shared.js';

const text = readFileSync(join(ROOT, 'corpus', 'sco-summit-2024.txt'), 'utf8');
const golden = JSON.parse(readFileSync(join(ROOT, 'tests', 'corpus', 'sentences.golden.json'), 'utf8')) as Sentence[];

test('sentences of the corpus article match the reviewed golden file', () => {
  expect(sentences(text)).toStrictEqual(golden);
});

test('the headline, date line, caption and «+ الخط -» each stand alone, then 11 body sentences', () => {
  const list = sentences(text).map((s) => s.text);
  const lines = text.split('\n');
  expect(list.slice(0, 4)).toStrictEqual([lines[0], lines[2], lines[3], lines[4]]);
  expect(list[3]).toBe('+ الخط -');
  const body = list.slice(4);
  expect(body).toHaveLength(11);
  // every body sentence ends in a full stop, possibly after a closing quote or bracket
  for (const s of body) expect(s).toMatch(/\.$/);
  // and the paragraphs are the body sentences joined back with single spaces
  const paragraphs = lines.slice(6).filter((l) => l.trim() !== '');
  expect(paragraphs).toHaveLength(5); // lines 7, 9, 11, 13 and 15
  let k = 0;
  for (const p of paragraphs) {
    let rebuilt = '';
    while (k < body.length && rebuilt.length < p.length) rebuilt += (rebuilt ? ' ' : '') + body[k++];
    expect(rebuilt).toBe(p);
  }
  expect(k).toBe(body.length);
});
