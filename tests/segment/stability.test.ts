// Rule 6 of docs/segment.md (Stability) on fixed words: the counterexamples that random runs of
// the property "the base is stable" drew in session 21 («وحدي», «ولليك»), the exceptions the
// rule names, and every word of the oracle list (53,055 words, when ../shared/data is present).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { expectStableBase, forms, unstableBase } from '../helpers/segment.js';
import { HAS_SHARED_DATA, haveShared, sharedFile } from '../helpers/shared.js';

describe('segment: the base is stable', () => {
  test.each([
    // «وحد» (alone) is a base, and alone it is kept whole (the verb, unified), not و + «حد»
    'وحدي',
    'وحده',
    'لوحده',
    'وحدهما',
    // with splitArticle false «اليك» keeps the article of ل + ال + «يك» in its base
    'ولليك',
    // pronouns do not stack: a dual's construct ي, a perfect's subject «نا», before a pronoun
    'عظمتيهما',
    'بصيغتيها',
    'سمعناه',
    'لعبناها',
    // session 24: an unknown stem in ب before an alef with a hamza is no base after the article
    // (alone it reads ب + a word), so the word stays whole (seed 459874406 at 100 × the runs)
    'والفبإءءه',
    'اللإبببه',
    // the article and the conjunction exceptions
    'المنطقه',
    'وفقد',
  ])('%s', (word) => {
    expectStableBase(word, true);
    expectStableBase(word, false);
  });

  test('the exceptions are what they say: the second analysis differs', () => {
    expect(forms(segment('عظمتي'))).toBe('[عظمة]+ي');
    expect(forms(segment('سمعنا'))).toBe('[سمع]+نا');
    expect(forms(segment('سمعناه'))).toBe('[سمعنا]+ه');
    expect(forms(segment('وحد'))).toBe('[وحد]');
  });
});

const WORDS = 'oracles/words.txt';
describe.skipIf(!HAS_SHARED_DATA || !haveShared(WORDS))('segment: the base is stable over the oracle words', () => {
  test('every word, with and without splitArticle', () => {
    const unstable: string[] = [];
    for (const word of readFileSync(sharedFile(WORDS), 'utf8').split('\n')) {
      if (word === '') continue;
      for (const splitArticle of [true, false]) {
        const problem = unstableBase(word, splitArticle);
        if (problem !== undefined) unstable.push(`${word} (splitArticle ${splitArticle}): ${problem}`);
      }
    }
    expect(unstable).toEqual([]);
  });
});
