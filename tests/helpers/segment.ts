// Shared by the segment tests: a segmentation written as one string.
import { expect } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import type { Segmentation } from '../../src/segment/index.js';

/** «و+ب+ال+[تعاون]+…» from the forms, with the base in brackets. */
export function forms(s: Segmentation): string {
  return [...s.prefixes.map((m) => m.form), `[${s.base.form}]`, ...s.suffixes.map((m) => m.form)].join('+');
}

/**
 * `segment(word)` as «text/form/TAG + …», each piece checked to slice the word at its offsets.
 */
export function pieces(word: string, splitArticle = true): string {
  const s = segment(word, { splitArticle });
  return [...s.prefixes, s.base, ...s.suffixes]
    .map((m) => {
      expect(word.slice(m.start, m.end)).toBe(m.text);
      return `${m.text}/${m.form}/${m.tag}`;
    })
    .join(' + ');
}

/**
 * The forms of the word `index` of `segmentText(text)` (see {@link forms}), after checking every
 * morpheme of the text to slice it at its offsets; with `memoize`, the memoized call must give
 * the word the same forms.
 */
export function formAt(text: string, index: number, memoize = false): string {
  const words = segmentText(text);
  for (const w of words) {
    const g = w.segmentation;
    for (const m of [...g.prefixes, g.base, ...g.suffixes]) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  const found = forms(words[index]!.segmentation);
  if (memoize) expect(forms(segmentText(text, { memoize: true })[index]!.segmentation)).toBe(found);
  return found;
}

/**
 * Asserts rule 6 of docs/segment.md (Stability): `segment(base.form)` gives the base back whole,
 * but for the exceptions the rule names. No base after the article takes a pronoun or a
 * conjunction, so one that alone would lose only a pronoun, or only a conjunction, stays
 * («المنطقه» is ال + «منطقه», though «منطقه» alone is «منطق» + ه); with `splitArticle` false the
 * article is inside the base and the same holds (nor a conjunction + the article: «الوالدين» is
 * ال + «والدين», though «والدين» alone is و + ال + «دين»). Pronouns do not stack: a base before a pronoun
 * that alone would lose only «ي» or «نا» ends in the ي of a dual's construct or the «نا» of a
 * perfect's subject («عظمتيهما» is «عظمتي» + هما, «سمعناه» «سمعنا» + ه, «بصيغتيها» ب +
 * «صيغتي» + ها). Conjunctions do not
 * stack: a base after و ف that alone would lose only a و or ف keeps it as a radical («وفقد» is
 * و + «فقد», though «فقد» alone is ف + «قد»).
 */
export function expectStableBase(word: string, splitArticle: boolean): void {
  expect(unstableBase(word, splitArticle)).toBeUndefined();
}

/** Why the base of `word` breaks rule 6 (see {@link expectStableBase}), or undefined when it does not. */
export function unstableBase(word: string, splitArticle: boolean): string | undefined {
  const { prefixes, base, suffixes } = segment(word, { splitArticle });
  const again = segment(base.form, { splitArticle });
  const second = forms(again);
  if (again.prefixes.length === 0 && again.suffixes.length === 0) {
    return again.base.form === base.form ? undefined : `base ${base.form} gives ${second}`;
  }
  if (segment(word).prefixes.some((m) => m.tag === 'DET')) {
    const onlyPronoun = again.prefixes.length === 0 && again.suffixes.length === 1 && again.suffixes[0]!.tag === 'PRON';
    // (QA round 88) …or a conjunction + the article, which no base after the article takes
    // either: «الوالدين» is ال + «والدين», though «والدين» alone is و + ال + «دين»
    const tags = again.prefixes.map((m) => m.tag);
    const onlyConjunction =
      again.suffixes.length === 0 && (tags.every((t) => t === 'CONJ') || (tags.length === 2 && tags[0] === 'CONJ' && tags[1] === 'DET'));
    return onlyPronoun || onlyConjunction ? undefined : `base ${base.form} after the article gives ${second}`;
  }
  if (suffixes.length === 1 && again.prefixes.length === 0 && again.suffixes.length === 1) {
    const lost = again.suffixes[0]!;
    const ok = (lost.form === 'ي' || lost.form === 'نا') && again.base.text + lost.text === base.form;
    return ok ? undefined : `base ${base.form} before a pronoun gives ${second}`;
  }
  const afterConjunction = prefixes.length > 0 && prefixes.every((m) => m.tag === 'CONJ');
  const onlyConjunction = again.suffixes.length === 0 && again.prefixes.every((m) => m.tag === 'CONJ');
  return afterConjunction && onlyConjunction ? undefined : `base ${base.form} gives ${second}`;
}
