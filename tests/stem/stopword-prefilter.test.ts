// isStopword segments a word only when some stretch of it, between at most two proclitic letters
// and a pronoun ending (or one letter before either end of that stretch), is a stopword's core.
// The check must never turn away a word that segmenting would have accepted: these cases pin the
// endings segment restores (ى, an assimilated ن, the elided alef of «للذين») and compare
// isStopword with the same decision made by segmenting every word.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { isStopword, stopwords } from '../../src/stem/index.js';

/** Marks, tatweel and format characters dropped, أ إ آ ٱ → ا, ى ی → ي, ک → ك (as isStopword folds). */
function fold(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F\u00AD\u2060-\u2064\uFEFF]/g, '')
    .replace(/[\u0623\u0625\u0622\u0671]/g, '\u0627')
    .replace(/[\u0649\u06CC]/g, '\u064A')
    .replace(/\u06A9/g, '\u0643');
}

const table = new Set([...stopwords].map(fold));

/** isStopword's answer by segmenting every word (no check before segmenting), Arabic letters only. */
function reference(word: string): boolean {
  if (table.has(fold(word))) return true;
  const parts = segment(word);
  if (parts.prefixes.length === 0 && parts.suffixes.length === 0) return false;
  if (parts.prefixes.some((p) => p.tag === 'DET')) return false;
  return table.has(fold(parts.base.form));
}

describe('isStopword: the check before segmenting keeps every stopword with clitics', () => {
  test('endings segment gives back: ى before a pronoun, an assimilated ن, the elided alef', () => {
    for (const w of ['عليه', 'إليها', 'لديهم', 'عنا', 'منا', 'وللذين', 'للتي', 'فعليهم', 'وبينهما', 'وإنني', 'ومنهم', 'كأنه']) {
      expect([w, isStopword(w)]).toEqual([w, true]);
    }
  });
  test('content words that end in a pronoun letter or open with a proclitic letter stay out', () => {
    for (const w of ['كتابه', 'وزيرها', 'بيروت', 'لبنان', 'فرنسا', 'وسلم', 'منظمتنا', 'سفينة', 'والمدينه']) {
      expect([w, isStopword(w)]).toEqual([w, false]);
    }
  });
  test('a stopword with clitics and a stray letter anywhere agrees with segmenting it', () => {
    const clitics = fc.constantFrom('', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'فل', 'ول', 'وك', 'فب');
    const pronouns = fc.constantFrom('', 'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'نا', 'ني', 'ي');
    const letters = fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة');
    const word = fc
      .tuple(clitics, fc.constantFrom(...stopwords), pronouns, fc.option(fc.tuple(letters, fc.nat())))
      .map(([p, w, s, stray]) => {
        const x = p + w + s;
        if (stray === null) return x;
        const at = stray[1] % (x.length + 1);
        return x.slice(0, at) + stray[0] + x.slice(at);
      });
    fc.assert(
      fc.property(word, (w) => {
        expect([w, isStopword(w)]).toEqual([w, reference(w)]);
      }),
      { numRuns: 3000 },
    );
  });
});
