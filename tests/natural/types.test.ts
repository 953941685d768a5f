// Type-level check, enforced by `tsc --noEmit` (tsconfig includes tests/): the adapter's
// objects are assignable where natural's own declarations expect a Stemmer or a Tokenizer.
import natural from 'natural';
import { expect, test } from 'vitest';
import { createStemmer, stemmer, tokenizer, type NaturalStemmer, type NaturalTokenizer } from '../../src/natural/index.js';

type NaturalStemmerType = ConstructorParameters<typeof natural.BayesClassifier>[0];
type NaturalTokenizerType = Parameters<natural.TfIdf['setTokenizer']>[0];

const asStemmer: NonNullable<NaturalStemmerType> = stemmer;
const asLogisticStemmer: NonNullable<ConstructorParameters<typeof natural.LogisticRegressionClassifier>[0]> = createStemmer({ algorithm: 'isri' });
const asTokenizer: NaturalTokenizerType = tokenizer;
// And the other way round: natural's Porter stemmer has every member of ours.
const porter: NaturalStemmer = natural.PorterStemmer;
const ours: NaturalTokenizer = tokenizer;

test('the adapter objects are the typed values natural accepts', () => {
  expect(asStemmer).toBe(stemmer);
  expect(typeof asLogisticStemmer.tokenizeAndStem).toBe('function');
  expect(asTokenizer).toBe(ours);
  expect(typeof porter.stem).toBe('function');
});
