// Shared by the segment tests: a segmentation written as one string.
import { expect } from 'vitest';
import { segment } from '../../src/segment/index.js';
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
