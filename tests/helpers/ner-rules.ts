// Runs the rules applied after the NER model (src/ner/rules.ts) on hand-set tags, so that a
// test of a rule holds whatever the model says. Shared by the rule tests.
import { expect } from 'vitest';
import { carryClubs } from '../../src/ner/consistency.js';
import { describe as describeTokens, TAGS } from '../../src/ner/features.js';
import { lexicon } from '../../src/ner/lexicon.js';
import { applyRules } from '../../src/ner/rules.js';
import { tokenize } from '../../src/tokenize/index.js';

/**
 * Runs the rules on `text` with the given tags (one per token: 'O', 'B-PERS', …; every model
 * margin 50) and returns the tags after the rules, the proclitic letters of each token as the
 * rules left them, and the margins.
 */
export function rules(text: string, tags: string[]): { tags: string[]; clitics: string[]; margins: number[] } {
  const tokens = tokenize(text);
  expect(tokens.length, tokens.map((t) => t.text).join('|')).toBe(tags.length);
  const lex = lexicon();
  const words = tokens.map((t) => t.text);
  const infos = describeTokens(words, lex);
  const codes = Int8Array.from(tags.map((t) => TAGS.indexOf(t as (typeof TAGS)[number])));
  const margins = new Float64Array(tokens.length).fill(50);
  applyRules(infos, words, codes, margins, lex);
  return { tags: Array.from(codes, (c) => TAGS[c]!), clitics: infos.map((i) => i.word.p), margins: Array.from(margins) };
}

/**
 * Runs the batch pass that carries clubs over sentences (carryClubs) on hand-set tags (one per
 * token, every margin 50) and returns the tags after it, one array per sentence.
 */
export function carry(sentences: [string, string[]][]): string[][] {
  const lex = lexicon();
  const infos = sentences.map(([text, tags]) => {
    const words = tokenize(text).map((t) => t.text);
    expect(words.length, words.join('|')).toBe(tags.length);
    return describeTokens(words, lex);
  });
  const tags = sentences.map(([, t]) => Int8Array.from(t, (x) => TAGS.indexOf(x as (typeof TAGS)[number])));
  carryClubs(
    infos,
    tags,
    tags.map((t) => new Float64Array(t.length).fill(50)),
    lex,
  );
  return tags.map((t) => Array.from(t, (x) => TAGS[x]!));
}
