// Internal: one-name-one-label within a text. A word the model tagged as part of a name
// somewhere in the text («قاسم جومارت توكاييف») is tagged with that name's type where it
// stands alone elsewhere («توكاييف» later on), unless it is a common word or a trigger.
import type { TokenInfo } from './features.js';
import { GIVEN_NAME, LOC_TRIGGER, ORG_TRIGGER, PERSON_TRIGGER } from './lexicon.js';

/** Sentences that count as one text for the consistency pass (chosen on dev: 10–30 help, 100+ hurt). */
export const DOC_WINDOW = 30;

/** Words at least this frequent in the corpus (log2 count) are never relabelled. */
const MAX_LOG_FREQ = 12;
const TRIGGERS = PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER;

/**
 * Relabels, in place, lone O tokens whose base was tagged as part of an entity elsewhere in
 * the same batch of sentences. Tags are indices into TAGS (B-X odd, I-X = B-X + 1).
 */
export function postprocess(infos: readonly (readonly TokenInfo[])[], tags: (Int8Array | number[])[]): void {
  const votes = new Map<string, Int32Array>();
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      const tag = t[i]!;
      if (tag === 0) continue;
      const w = infos[s]![i]!.word;
      if (w.b.length < 3 || w.bFreq > MAX_LOG_FREQ || w.classes & (TRIGGERS | GIVEN_NAME)) continue;
      let v = votes.get(w.b);
      if (!v) votes.set(w.b, (v = new Int32Array(5)));
      v[(tag + 1) >> 1]!++;
    }
  }
  if (votes.size === 0) return;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== 0) continue;
      if ((i > 0 && t[i - 1] !== 0) || (i + 1 < t.length && t[i + 1] !== 0)) continue;
      const word = infos[s]![i]!.word;
      if (word.bFreq > MAX_LOG_FREQ) continue;
      const v = votes.get(word.b);
      if (!v) continue;
      let best = 1;
      for (let k = 2; k < 5; k++) if (v[k]! > v[best]!) best = k;
      if (v[best]! > 0) t[i] = 2 * best - 1;
    }
  }
}
