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
