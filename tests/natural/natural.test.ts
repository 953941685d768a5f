// The dhad/natural adapter inside natural itself: BayesClassifier,
// LogisticRegressionClassifier and TfIdf with dhad's stemmer and tokenizer.
import natural from 'natural';
import { describe, expect, test } from 'vitest';
import { createStemmer, stemmer, tokenizer } from '../../src/natural/index.js';

const TRAINING: [string, string][] = [
  ['المنتخب يفوز بالمباراة النهائية في الدوري', 'sport'],
  ['اللاعبون يستعدون لمباراة الكأس', 'sport'],
  ['المدرب يعلن تشكيلة المنتخب للمباراة', 'sport'],
  ['هدف قاتل يمنح الفريق لقب الدوري', 'sport'],
  ['البنك المركزي يرفع أسعار الفائدة', 'economy'],
  ['ارتفاع أسعار النفط في الأسواق العالمية', 'economy'],
  ['البورصة تغلق على تراجع الأسهم', 'economy'],
  ['الحكومة تعلن ميزانية جديدة لدعم الاقتصاد', 'economy'],
];

describe('natural classifiers with the dhad stemmer', () => {
  test('BayesClassifier learns Arabic headlines', () => {
    const classifier = new natural.BayesClassifier(stemmer);
    for (const [text, label] of TRAINING) classifier.addDocument(text, label);
    classifier.train();
    expect(classifier.classify('الفريق يخسر المباراة')).toBe('sport');
    expect(classifier.classify('تراجع أسعار الأسهم في البورصة')).toBe('economy');
  });

  test('LogisticRegressionClassifier learns Arabic headlines', () => {
    const classifier = new natural.LogisticRegressionClassifier(createStemmer({ algorithm: 'light10' }));
    for (const [text, label] of TRAINING) classifier.addDocument(text, label);
    classifier.train();
    expect(classifier.classify('مباراة الدوري النهائية')).toBe('sport');
    expect(classifier.classify('أسعار الفائدة والنفط')).toBe('economy');
  });

  test('natural’s own stemmers see no Arabic words at all', () => {
    expect(natural.PorterStemmer.tokenizeAndStem('المنتخب يفوز بالمباراة')).toEqual([]);
    expect(stemmer.tokenizeAndStem('المنتخب يفوز بالمباراة')).toEqual(['منتخب', 'يفوز', 'مباراة']);
  });
});

describe('the stemmer object', () => {
  test('drops function words unless keepStops is true', () => {
    expect(stemmer.tokenizeAndStem('وفي القمة')).toEqual(['قمة']);
    expect(stemmer.tokenizeAndStem('وفي القمة', true)).toEqual(['في', 'قمة']);
  });
  test('stop words can be added and removed per stemmer', () => {
    const own = createStemmer();
    own.addStopWords(['القمة']);
    expect(own.tokenizeAndStem('وفي القمة')).toEqual([]);
    own.removeStopWord('وفي');
    expect(own.tokenizeAndStem('وفي القمة')).toEqual(['في']);
    expect(stemmer.tokenizeAndStem('وفي القمة')).toEqual(['قمة']);
  });
  test('keeps numbers and drops punctuation', () => {
    expect(stemmer.tokenizeAndStem('قمة ٢٠٢٤، في أستانا!')).toEqual(['قمة', '٢٠٢٤', 'استانا']);
  });
  test('rejects bad input and unknown options', () => {
    expect(() => stemmer.tokenizeAndStem(5 as unknown as string)).toThrow(TypeError);
    expect(() => createStemmer({ algorithm: 'porter' as never })).toThrow(/dhad\.createStemmer: unknown algorithm/);
    expect(() => createStemmer({ stopwords: [] } as never)).toThrow(/unknown option 'stopwords'/);
  });
});

describe('TfIdf with the dhad tokenizer', () => {
  test('indexes and ranks Arabic documents', () => {
    const tfidf = new natural.TfIdf();
    tfidf.setTokenizer(tokenizer);
    tfidf.addDocument('قمة منظمة شنغهاي للتعاون في أستانا');
    tfidf.addDocument('أسعار النفط ترتفع في الأسواق');
    tfidf.addDocument('قادة المنظمة يجتمعون في قمة أستانا');
    const scores = tfidf.tfidfs('أستانا');
    expect(scores[1]).toBe(0);
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores[2]).toBeGreaterThan(0);
    expect(tfidf.listTerms(1).map((t) => t.term)).toContain('النفط');
  });
  test('the tokenizer keeps words and numbers and trims like natural', () => {
    expect(tokenizer.tokenize('قمة أستانا، ٢٠٢٤!')).toEqual(['قمة', 'أستانا', '٢٠٢٤']);
    expect(tokenizer.trim(['', 'a', '', 'b', ''])).toEqual(['a', '', 'b']);
  });
});
