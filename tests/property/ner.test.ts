import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createEntityRecognizer, entities } from '../../src/ner/index.js';
import { arabicWord } from '../../src/testing/index.js';
import { richText } from '../helpers/arbitraries.js';
import { wellFormed } from '../helpers/entities.js';


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
