import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createEntityRecognizer, entities } from '../../src/ner/index.js';
import type { Entity } from '../../src/ner/index.js';
import { arabicText, arabicWord } from '../../src/testing/index.js';

const richText = arabicText({
  maxLength: 16,
  diacritics: true,
  tatweel: true,
  presentationForms: true,
  persian: true,
  latin: true,
  emoji: true,
  invisibles: true,
  digits: true,
  whitespace: true,
  loneSurrogates: true,
});

/** Real names and triggers mixed with random words, so that entities do occur. */
const newsy = fc
  .array(
    fc.oneof(
      { arbitrary: arabicWord({ diacritics: true, tatweel: true }), weight: 3 },
      {
        arbitrary: fc.constantFrom('الرئيس', 'بوتين', 'وبيلاروسيا', 'للأمم', 'المتحدة', 'منظمة', 'شنغهاي', 'للتعاون', 'في', 'كازاخستان', '2024', 'يوليو', '.', '،', '60%'),
        weight: 4,
      },
    ),
    { maxLength: 24 },
  )
  .map((ws) => ws.join(' '));

function wellFormed(text: string, list: Entity[]): void {
  let last = 0;
  for (const e of list) {
    expect(e.start).toBeGreaterThanOrEqual(last);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.score).toBeGreaterThanOrEqual(0);
    expect(e.score).toBeLessThanOrEqual(1);
    last = e.end;
  }
}

describe('entities properties', () => {
  test.prop([richText])('spans are in bounds, slices of the input, sorted and disjoint (any text)', (text) => {
    wellFormed(text, entities(text));
  });
  test.prop([newsy])('spans are in bounds, slices of the input, sorted and disjoint (news-like text)', (text) => {
    wellFormed(text, entities(text));
  });
  test.prop([newsy])('filtering by type equals filtering the result', (text) => {
    expect(entities(text, { types: ['LOC', 'DATE'] })).toEqual(entities(text).filter((e) => e.type === 'LOC' || e.type === 'DATE'));
  });
  const custom = createEntityRecognizer({ gazetteer: { ORG: ['منظمة شنغهاي'], PERS: ['بوتين'] } });
  test.prop([newsy])('a recognizer with a gazetteer keeps the invariants', (text) => {
    wellFormed(text, custom.entities(text));
  });
});
