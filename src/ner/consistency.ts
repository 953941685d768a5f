// Internal: one-name-one-label within a text. A word the model tagged as a whole name, or as
// the last word of a person's name, somewhere in the text («قاسم جومارت توكاييف») is tagged
// with that type where it stands alone elsewhere («توكاييف» later on), for people and places
// only, unless it is a common word, a trigger or a given name.
import type { TokenInfo } from './features.js';
import { GIVEN_NAME, LOC_TRIGGER, ORG_TRIGGER, PERSON_TRIGGER } from './lexicon.js';

/** Sentences that count as one text for the consistency pass (chosen on dev: 10–30 help, 100+ hurt). */
export const DOC_WINDOW = 30;

/** Words at least this frequent in the corpus (log2 count) are never relabelled. */
const MAX_LOG_FREQ = 12;
const SKIP = PERSON_TRIGGER | ORG_TRIGGER | LOC_TRIGGER | GIVEN_NAME;
/**
 * Types that are propagated (1 PERS, 2 LOC). Inner words of organisation and MISC names
 * («السيارات» in «صناعة السيارات», «الفلسطينية» in «السلطة الوطنية الفلسطينية») are common
 * nouns and adjectives elsewhere; on held-out ANERcorp text, propagating them cost 5 points
 * of ORG F1.
 */
const PROPAGATE = [false, true, true, false, false];

const candidate = (w: TokenInfo['word']): boolean => w.b.length >= 3 && w.bFreq <= MAX_LOG_FREQ && (w.classes & SKIP) === 0;

/** The votes a stream carries between calls (see {@link postprocess}). */
export interface NameMemory {
  votes: Map<string, Int32Array>;
  sentences: number;
}

/** A fresh memory for one stream. */
export function createNameMemory(): NameMemory {
  return { votes: new Map(), sentences: 0 };
}

/**
 * Relabels, in place, lone O tokens whose base was tagged elsewhere in the same batch of
 * sentences as a one-word PERS or LOC or as the last word of a PERS. Tags are indices into
 * TAGS (B-X odd, I-X = B-X + 1).
 */
export function postprocess(infos: readonly (readonly TokenInfo[])[], tags: (Int8Array | number[])[], memory?: NameMemory): void {
  // A stream (analyzeStream) carries the votes of its last sentences from one paragraph to the
  // next, up to DOC_WINDOW sentences, so that a name found early still labels a later one.
  if (memory && memory.sentences >= DOC_WINDOW) {
    memory.votes.clear();
    memory.sentences = 0;
  }
  const votes = memory ? memory.votes : new Map<string, Int32Array>();
  if (memory) memory.sentences += infos.length;
  for (let s = 0; s < infos.length; s++) {
    const t = tags[s]!;
    for (let i = 0; i < t.length; i++) {
      const tag = t[i]!;
      if (tag === 0) continue;
      // a one-word name, or the last word of a person's name (the family name)
      const ends = i + 1 >= t.length || t[i + 1] !== (tag % 2 === 1 ? tag + 1 : tag);
      if (!ends || (tag % 2 === 0 && tag !== 2)) continue;
      const w = infos[s]![i]!.word;
      if (!candidate(w)) continue;
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
      if (!candidate(word)) continue;
      const v = votes.get(word.b);
      if (!v) continue;
      let best = 1;
      for (let k = 2; k < 5; k++) if (v[k]! > v[best]!) best = k;
      if (v[best]! > 0 && PROPAGATE[best]) t[i] = 2 * best - 1;
    }
  }
}
