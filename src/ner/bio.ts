// toBio: entity spans → one CAMeL/ANERcorp-style BIO label per token.
import { describeType } from '../chars/guards.js';
import type { Token } from '../tokenize/types.js';
import { TYPES } from './render.js';
import type { Entity } from './types.js';

/** What {@link toBio} reads of a token: its offsets (a `Token` of `tokenize`, or your own). */
export type BioToken = Pick<Token, 'start' | 'end'> & Partial<Token>;
/** What {@link toBio} reads of an entity: its type and offsets (an `Entity`, or a gold span). */
export type BioEntity = Pick<Entity, 'type' | 'start' | 'end'> & Partial<Entity>;

/**
 * Labels each token `B-TYPE`, `I-TYPE` or `O` from entity spans, as CAMeL Tools and ANERcorp
 * write NER data. A token overlapped by an entity takes its label even when the entity
 * covers only part of it (the token «وبيلاروسيا» gets `B-LOC` from the entity «بيلاروسيا»);
 * the first token an entity touches is `B-`, the rest `I-`. A token touched by two entities
 * takes the first one's label, so the second starts at its next token (or is lost when it
 * lies within that single token).
 * An empty entity (`start === end`) holds no character and labels no token.
 *
 * @param tokens - Tokens with `start` and `end` offsets (`tokenize(text)`, or any objects with
 *   them), in text order and not overlapping.
 * @param entities - Entities with `type`, `start`, `end` (`entities(text)`, or gold spans
 *   without `text`, `form`, `score`), in any order; they must not overlap.
 * @returns One label per token.
 * @throws TypeError when `tokens` or `entities` is not an array of objects with offsets that are
 *   non-negative integers, when a span ends before it starts, when the tokens are out of
 *   text order, or when two tokens or two entities overlap.
 * @example
 * ```ts
 * toBio([{ text: 'زار', start: 0, end: 3, type: 'word' }, { text: 'وبيلاروسيا', start: 4, end: 14, type: 'word' }], [{ type: 'LOC', text: 'بيلاروسيا', start: 5, end: 14, form: 'بيلاروسيا', score: 1 }])
 * //=> ['O', 'B-LOC']
 * ```
 */
export function toBio(tokens: readonly BioToken[], entities: readonly BioEntity[]): string[] {
  if (!Array.isArray(tokens)) throw new TypeError(`dhad.toBio: expected an array of tokens, got ${describeType(tokens)}`);
  if (!Array.isArray(entities)) throw new TypeError(`dhad.toBio: expected an array of entities, got ${describeType(entities)}`);
  for (const x of [...tokens, ...entities] as unknown[]) {
    if (x === null || typeof x !== 'object') {
      throw new TypeError(`dhad.toBio: expected objects with numeric start and end, got ${describeType(x)}`);
    }
    // NaN or Infinity would compare false everywhere and label tokens silently wrong
    const { start, end } = x as { start: unknown; end: unknown };
    if (!Number.isFinite(start) || !Number.isFinite(end)) {
      const show = (v: unknown): string => (typeof v === 'number' ? String(v) : describeType(v));
      throw new TypeError(`dhad.toBio: expected objects with numeric start and end, got start ${show(start)} and end ${show(end)}`);
    }
    // offsets are code-unit indexes, as renderEntities demands: a negative or fractional one is
    // a bug upstream (a shifted stream offset, say) that would otherwise label tokens silently
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < 0) {
      throw new TypeError(`dhad.toBio: start and end must be non-negative integers, got [${String(start)}, ${String(end)})`);
    }
  }
  for (const e of entities) {
    if (!TYPES.includes(e.type)) throw new TypeError(`dhad.toBio: unknown entity type '${String(e.type)}' (expected one of: ${TYPES.join(', ')})`);
    if (e.end < e.start) throw new TypeError(`dhad.toBio: entity span [${e.start}, ${e.end}) ends before it starts`);
  }
  // the token before, of those that are not empty, that reaches furthest
  let before = -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    // a reversed token (a custom tokenizer's bug) is refused as a reversed entity is, not labelled O
    if (token.end < token.start) throw new TypeError(`dhad.toBio: token ${t} span [${token.start}, ${token.end}) ends before it starts`);
    if (t > 0 && token.start < tokens[t - 1]!.start) {
      throw new TypeError(`dhad.toBio: tokens must be in text order, but token ${t} starts at ${token.start}, before token ${t - 1} at ${tokens[t - 1]!.start}`);
    }
    if (token.end === token.start) continue;
    // Overlapping tokens (a word and its own morphemes in one list, say) would both take the
    // label of one entity, so that one name counts twice; like overlapping entities, refused.
    if (before >= 0 && token.start < tokens[before]!.end) {
      const other = tokens[before]!;
      throw new TypeError(`dhad.toBio: tokens ${before} [${other.start}, ${other.end}) and ${t} [${token.start}, ${token.end}) overlap; BIO labels need disjoint tokens`);
    }
    if (before < 0 || token.end > tokens[before]!.end) before = t;
  }
  // An empty span holds no character, so it labels no token: kept, one at the start of a name
  // would sort before it and take the name's tokens (`[10, 10)` before `[10, 16)`).
  const spans = entities.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start || a.end - b.end);
  // Overlapping spans (two recognizers' output merged, say) have no BIO reading: one label per
  // token cannot say that a token is in two entities, so they are refused instead of one
  // silently winning. An empty span overlaps nothing.
  let reach = -Infinity;
  let last: BioEntity | undefined;
  for (const span of spans) {
    if (span.start < reach) {
      throw new TypeError(`dhad.toBio: entities [${last!.start}, ${last!.end}) and [${span.start}, ${span.end}) overlap; BIO labels need disjoint spans`);
    }
    if (span.end > reach) {
      reach = span.end;
      last = span;
    }
  }
  const labels: string[] = new Array<string>(tokens.length).fill('O');
  let e = 0;
  let owner = -1; // index of the entity that labelled the previous token
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    while (e < spans.length && spans[e]!.end <= token.start) e++;
    const span = spans[e];
    if (!span || span.start >= token.end || token.end <= token.start) continue;
    labels[t] = `${owner === e ? 'I' : 'B'}-${span.type}`;
    owner = e;
  }
  return labels;
}
