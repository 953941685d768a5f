// API pass 7 ("demanding user"): behaviour a TypeScript user relies on, pinned where it was wrong.
import { describe, expect, test } from 'vitest';
import { createEntityRecognizer, detectLanguage, isStopword, stem, unshape, type ArabicScriptLanguage, type Gazetteer } from '../src/index.js';
import { stemmer } from '../src/natural/index.js';

describe('createEntityRecognizer: a type given as undefined has no names, as the type allows', () => {
  test('{ PERS: undefined } type-checks as a Gazetteer and is read as no PERS names', () => {
    const persons: string[] | undefined = undefined;
    const gazetteer: Gazetteer = { ORG: ['مختبر ضاد'], PERS: persons };
    const found = createEntityRecognizer({ gazetteer }).entities('وأعلن مختبر ضاد نتائجه', { types: ['ORG'] });
    expect(found.map((e) => e.text)).toEqual(['مختبر ضاد']);
  });

  test('null is still not a list of names (guard)', () => {
    expect(() => createEntityRecognizer({ gazetteer: { ORG: null } as unknown as Gazetteer })).toThrow(
      'dhad.createEntityRecognizer: gazetteer.ORG must be an array of strings, got null',
    );
  });
});

describe('createEntityRecognizer: a misspelt type is an error even with no names under it', () => {
  test('{ PER: [] } is a TypeError, as { PER: [name] } is', () => {
    expect(() => createEntityRecognizer({ gazetteer: { PER: [] } as unknown as Gazetteer })).toThrow(
      "dhad.createEntityRecognizer: unknown entity type 'PER' (expected one of: PERS, LOC, ORG, MISC, DATE, TIME, NUM, PERCENT, MONEY)",
    );
    expect(() => createEntityRecognizer({ gazetteer: { PER: undefined } as unknown as Gazetteer })).toThrow("unknown entity type 'PER'");
    // guard: the same message as for a misspelt type with names
    expect(() => createEntityRecognizer({ gazetteer: { PER: ['سام'] } as unknown as Gazetteer })).toThrow("unknown entity type 'PER'");
  });

  test('an empty list under a known type is fine (guard)', () => {
    expect(createEntityRecognizer({ gazetteer: { ORG: [] } }).entities('')).toEqual([]);
  });
});

describe('unshape: the religious ligatures without an NFKC form become their words, as in normalize', () => {
  test('U+FDFD basmala and U+FDFA (guard: documented now, unchanged in code)', () => {
    expect(unshape('\uFDFD')).toBe('بسم الله الرحمن الرحيم');
    expect(unshape('\uFDFA')).toBe('\uFDFA'.normalize('NFKC'));
  });
});

describe('isStopword: invisible format characters are transparent, as in segment and stem', () => {
  test('a joiner, a direction mark or a soft hyphen inside or around a bare function word', () => {
    expect(isStopword('ف\u200Dي')).toBe(true);
    expect(isStopword('في\u200F')).toBe(true);
    expect(isStopword('\u200Fفي')).toBe(true);
    expect(isStopword('عل\u00ADى')).toBe(true);
    // stem already read the word through them
    expect(stem('ف\u200Dي')).toBe(stem('في'));
  });

  test('dhad/natural drops such a function word like its plain spelling', () => {
    expect(stemmer.tokenizeAndStem('ف\u200Dي الصباح')).toEqual(stemmer.tokenizeAndStem('في الصباح'));
  });

  test('guards: clitic forms already worked, content words stay content words', () => {
    expect(isStopword('و\u200Cفي')).toBe(true);
    expect(isStopword('كت\u200Dاب')).toBe(false);
    expect(isStopword('\u200F')).toBe(false);
  });
});

describe('detectLanguage with only: the return type is the allowed codes (type-level)', () => {
  test("{ only: ['pes', 'urd'] } answers 'pes' | 'urd' | 'und', so a switch over them is exhaustive", () => {
    const answer = detectLanguage('كتاب', { only: ['pes', 'urd'] });
    // tsc: with the answer typed ArabicScriptLanguage | 'und' this assignment was an error
    const narrow: 'pes' | 'urd' | 'und' = answer;
    expect(narrow).toBe('pes');
  });

  test('guard: without only, or with an options object typed DetectLanguageOptions, every code', () => {
    const all: ArabicScriptLanguage | 'und' = detectLanguage('ذهب الطلاب إلى المكتبة');
    const opts: { only?: readonly ArabicScriptLanguage[] } = {};
    const same: ArabicScriptLanguage | 'und' = detectLanguage('پدر', opts);
    // @ts-expect-error — 'arb' is not among ['pes', 'urd']
    const arb: 'arb' = detectLanguage('كتاب', { only: ['pes', 'urd'] });
    expect([all, same, arb]).toEqual(['arb', 'pes', 'pes']);
  });
});
