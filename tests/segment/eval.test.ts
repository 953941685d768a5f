// The evaluation floors of `npm run eval:segment`, asserted when ../shared/data is present.
import { describe, expect, test } from 'vitest';
import { evalFarasa, evalPud, FLOORS } from '../../eval/segment.js';
import { HAS_SHARED_DATA, haveShared, sharedFile } from '../helpers/shared.js';

const FARASA = 'segmentation/farasa-wikinews.pos.ref';
const PUD = 'segmentation/ud-arabic-pud-test.conllu';

describe.skipIf(!HAS_SHARED_DATA || !haveShared(FARASA) || !haveShared(PUD))('segment evaluation floors', () => {
  test('Farasa WikiNews: base accuracy of nouns, adjectives and numbers is at the floor', () => {
    const r = evalFarasa(sharedFile(FARASA));
    expect(r.words).toBeGreaterThan(11_000);
    expect(r.correct / r.words).toBeGreaterThanOrEqual(FLOORS.farasaBase);
  });

  test('UD Arabic PUD: clitic-boundary F1 and PROPN split share are at the floor', () => {
    const r = evalPud(sharedFile(PUD));
    expect(r.words).toBeGreaterThan(15_000);
    const precision = r.truePositives / r.predicted;
    const recall = r.truePositives / r.gold;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(FLOORS.pudF1);
    expect(r.propnSplit / r.propn).toBeLessThanOrEqual(FLOORS.pudPropnSplit);
  });
});
