import { createRequire } from 'node:module';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalizePresentationForms } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { reachesSegment, stemDhad } from '../../src/stem/dhad.js';
import { stem, STEM_ALGORITHMS } from '../../src/stem/index.js';
import { arabicDiacritic, arabicWord, emoji, presentationForm } from '../../src/testing/index.js';

const require = createRequire(import.meta.url);
// The JavaScript port of the Snowball Arabic stemmer (a devDependency), as a second reference.
const snowballStemmers = require('snowball-stemmers') as { newStemmer(lang: string): { stem(w: string): string } };
const reference = snowballStemmers.newStemmer('arabic');

// Words with every kind of mark and shape the references see in real text.
const noisyWord = arabicWord({ maxLength: 10, diacritics: true, tatweel: true, presentationForms: true });
const clitics = fc.constantFrom('', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'بال', 'كال', 'لل', 'س', 'ست', 'يست');
const endings = fc.constantFrom('', 'ة', 'ات', 'ون', 'ين', 'ان', 'ها', 'هما', 'كم', 'ني', 'وا', 'تم', 'ى', 'ي', 'ية');
const shapedWord = fc.tuple(clitics, arabicWord({ maxLength: 6 }), endings).map(([a, b, c]) => a + b + c);

// Real stems with every proclitic and pronoun, so that the segmenter does split.
const pronouns = fc.constantFrom('', 'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'نا', 'ني', 'ي');
const realStem = fc.constantFrom('كتاب', 'قال', 'بيت', 'عمل', 'رئيس', 'وزير', 'دول', 'سياست', 'اخ', 'علي');
const clitizedWord = fc.tuple(clitics, realStem, pronouns, fc.boolean()).map(([a, b, c, mark]) => a + (mark ? b + '\u064E' : b) + c);

const DIACRITIC = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

describe('stem properties', () => {
  test.prop([fc.oneof(noisyWord, shapedWord, clitizedWord)], { numRuns: 3000 })('dhad skips the segmenter only for words it leaves whole', (word) => {
    // dhad reads presentation forms as their letters before it segments
    const letters = normalizePresentationForms(word);
    const parts = segment(letters);
    if ((parts.prefixes.length > 0 || parts.suffixes.length > 0) && parts.base.tag === 'STEM') expect(reachesSegment(letters)).toBe(true);
  });

  test.prop([fc.oneof(noisyWord, shapedWord, clitizedWord)])('dhad gives the same stem with the segmentation handed in', (word) => {
    expect(stemDhad(word, segment(word))).toBe(stemDhad(word));
  });

  test.prop([fc.oneof(noisyWord, shapedWord)], { numRuns: 3000 })('snowball agrees with the snowball-stemmers port', (word) => {
    expect(stem(word, { algorithm: 'snowball' })).toBe(reference.stem(word));
  });

  test.prop([fc.string({ unit: 'binary' })])('every algorithm returns a string for any string', (word) => {
    for (const algorithm of STEM_ALGORITHMS) expect(typeof stem(word, { algorithm })).toBe('string');
  });

  test.prop([fc.oneof(noisyWord, shapedWord)])('dhad leaves no diacritic, tatweel or presentation form', (word) => {
    const s = stem(word);
    expect(s).not.toMatch(DIACRITIC);
    expect(s).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/);
  });

  test.prop([fc.oneof(noisyWord, shapedWord)])('dhad never makes a word longer, except by restoring ة', (word) => {
    // the letters the word shows: presentation forms read as normalization reads them (﷽ spelled out)
    const letters = normalizePresentationForms(word.replace(/[\u064B-\u065F\u0670\u0640]/g, ''));
    expect(stem(word).length).toBeLessThanOrEqual(letters.length + 1);
  });

  test.prop([fc.stringMatching(/^[A-Za-z0-9.,!?-]{1,12}$/), emoji()])('dhad returns words without Arabic letters unchanged', (latin, e) => {
    expect(stem(latin)).toBe(latin);
    expect(stem(e)).toBe(e);
  });

  test.prop([
    fc.constantFrom('و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'لل', 'ولل'),
    fc.constantFrom('', '\u0640'),
    fc.stringMatching(/^[A-Za-z0-9]{0,8}[A-Za-z][A-Za-z0-9]{0,4}$/),
  ])('dhad drops the proclitics before a Latin word («وCNN» → CNN)', (prefix, tatweel, latin) => {
    expect(stem(prefix + tatweel + latin)).toBe(latin);
  });

  test.prop([fc.oneof(noisyWord, shapedWord), arabicDiacritic()])('light10 ignores harakat and tatweel like Lucene', (word) => {
    const bare = word.replace(/[\u064B-\u0652\u0640]/g, '');
    expect(stem(word, { algorithm: 'light10' })).toBe(stem(bare, { algorithm: 'light10' }));
  });

  test.prop([fc.oneof(noisyWord, shapedWord)])('light10 output has no alef variant, ى, ة or harakat', (word) => {
    expect(stem(word, { algorithm: 'light10' })).not.toMatch(/[\u0622\u0623\u0625\u0649\u0629\u064B-\u0652\u0640]/);
  });

  test.prop([fc.oneof(noisyWord, shapedWord)])('isri never returns more code points than the word has letters', (word) => {
    const letters = [...word.replace(/[\u064B-\u0652]/g, '')].length;
    expect([...stem(word, { algorithm: 'isri' })].length).toBeLessThanOrEqual(letters);
  });
});
