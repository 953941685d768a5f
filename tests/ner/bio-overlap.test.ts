// toBio refuses overlapping tokens (API pass 9): a word and its own morphemes in one list
// would both take one entity's label and count the name twice.
import { describe, expect, test } from 'vitest';
import { segmentText, toBio } from '../../src/index.js';

describe('toBio and overlapping tokens', () => {
  test('a word and its morphemes in one list are refused, naming both tokens', () => {
    const text = 'زار وبيلاروسيا';
    const [, word] = segmentText(text);
    const base = word!.segmentation.base;
    expect(() => toBio([word!, base], [{ type: 'LOC', start: base.start, end: base.end }])).toThrow(
      new TypeError('dhad.toBio: tokens 0 [4, 14) and 1 [5, 14) overlap; BIO labels need disjoint tokens'),
    );
  });

  test('a token inside an earlier long one is an overlap even when its neighbour is not', () => {
    expect(() => toBio([{ start: 0, end: 20 }, { start: 2, end: 4 }, { start: 25, end: 30 }], [])).toThrow(/tokens 0 \[0, 20\) and 1 \[2, 4\) overlap/);
    expect(() => toBio([{ start: 0, end: 20 }, { start: 2, end: 2 }, { start: 5, end: 9 }], [])).toThrow(/tokens 0 \[0, 20\) and 2 \[5, 9\) overlap/);
  });

  test('touching, empty and disjoint tokens stay accepted', () => {
    expect(toBio([{ start: 0, end: 3 }, { start: 3, end: 3 }, { start: 3, end: 8 }], [{ type: 'PERS', start: 3, end: 8 }])).toEqual(['O', 'O', 'B-PERS']);
    expect(toBio([{ start: 0, end: 10 }], [{ type: 'LOC', start: 0, end: 4 }, { type: 'PERS', start: 5, end: 10 }])).toEqual(['B-LOC']);
  });
});
