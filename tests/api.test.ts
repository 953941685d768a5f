// The public API, pinned: adding or removing an export is a deliberate change that shows up here
// (and in CHANGELOG.md). Checked against src/ and, when built, against dist/ (ESM and CJS).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers/shared.js';

const API: Record<string, { src: string; dist: string; names: string[] }> = {
  dhad: {
    src: 'src/index.ts',
    dist: 'index',
    names: [
      'DETECTABLE_LANGUAGES', 'ENTITY_COLORS', 'PRESET_OPTIONS', 'STEM_ALGORITHMS', 'TOKEN_TYPES', 'analyze', 'analyzeStream', 'arabicRatio',
      'createEntityRecognizer', 'createNormalizer', 'createNormalizerWithMap', 'detectLanguage', 'entities',
      'isStopword', 'normalize', 'normalizeAlef', 'normalizeAlefMaksura', 'normalizeDigits', 'normalizeHamza',
      'normalizePersian', 'normalizePresentationForms', 'normalizePunctuation', 'normalizeTehMarbuta',
      'normalizeWhitespace', 'normalizeWithMap', 'removeDiacritics', 'removeInvisibles', 'removeTatweel',
      'renderEntities', 'reshape', 'root', 'roots', 'segment', 'segmentText', 'sentences', 'stem', 'stopwords',
      'toBio', 'tokenSpans', 'tokenize', 'unshape',
    ],
  },
  'dhad/natural': { src: 'src/natural/index.ts', dist: 'natural', names: ['createStemmer', 'stemmer', 'tokenizer'] },
  'dhad/testing': {
    src: 'src/testing/index.ts',
    dist: 'testing',
    names: [
      'arabicDiacritic', 'arabicDigit', 'arabicLetter', 'arabicText', 'arabicWord', 'emoji', 'invisibleChar',
      'loneSurrogate', 'persianDigit', 'persianLetter', 'presentationForm', 'whitespaceChar',
    ],
  },
};

describe('public exports', () => {
  for (const [entry, { src, dist, names }] of Object.entries(API)) {
    test(`${entry} exports exactly the pinned names (src)`, async () => {
      const mod = (await import(pathToFileURL(join(ROOT, src)).href)) as Record<string, unknown>;
      expect(Object.keys(mod).sort()).toEqual(names);
    });
    test.runIf(existsSync(join(ROOT, 'dist', `${dist}.js`)))(`${entry} exports the same names from dist (ESM and CJS)`, async () => {
      const esm = (await import(pathToFileURL(join(ROOT, 'dist', `${dist}.js`)).href)) as Record<string, unknown>;
      const cjs = createRequire(import.meta.url)(join(ROOT, 'dist', `${dist}.cjs`)) as Record<string, unknown>;
      expect(Object.keys(esm).sort()).toEqual(names);
      expect(Object.keys(cjs).sort()).toEqual(names);
    });
  }
});
