// Shared by the segment tests: a segmentation written as one string.
import type { Segmentation } from '../../src/segment/index.js';

/** «و+ب+ال+[تعاون]+…» from the forms, with the base in brackets. */
export function forms(s: Segmentation): string {
  return [...s.prefixes.map((m) => m.form), `[${s.base.form}]`, ...s.suffixes.map((m) => m.form)].join('+');
}
