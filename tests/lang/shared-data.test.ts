// Arabic from the evaluation data must come out Arabic: every word of the oracle word list
// that is written in the Arabic alphabet alone, and every ANERcorp training sentence.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../src/lang/index.js';
import { HAS_SHARED_DATA, SKIP_REASON, sharedFile } from '../helpers/shared.js';

if (!HAS_SHARED_DATA) console.warn(SKIP_REASON);

describe.skipIf(!HAS_SHARED_DATA)('detectLanguage on the evaluation data', () => {
  test('every oracle word of Arabic-alphabet letters is arb (53,055 words)', () => {
    const words = readFileSync(sharedFile('oracles/words.txt'), 'utf8').split('\n').filter(Boolean);
    expect(words.length).toBeGreaterThan(50_000);
    const wrong = words.filter((w) => /[\u0621-\u063A\u0641-\u064A]/.test(w) && !/[^\u0621-\u0652\u0670\u0640]/.test(w) && detectLanguage(w) !== 'arb');
    expect(wrong).toEqual([]);
  });

  test('every ANERcorp training sentence with Arabic letters is arb, whole and cut to 2–6 words', () => {
    const sentences = readFileSync(sharedFile('ner/anercorp-train.conll'), 'utf8')
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').filter(Boolean).map((line) => line.split('\t')[0]).join(' '))
      .filter((s) => /[\u0621-\u064A]/.test(s));
    expect(sentences.length).toBeGreaterThan(3000);
    const wrong: string[] = [];
    for (const s of sentences) {
      for (const cut of [s, s.split(' ').slice(0, 2).join(' '), s.split(' ').slice(0, 6).join(' ')]) {
        const answer = detectLanguage(cut);
        if (answer !== 'arb' && answer !== 'und') wrong.push(`${answer}: ${cut}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // Arabic Wikipedia (news-011) has paragraphs typed on Persian and Urdu keyboards and Persian
  // word lists; the news files have next to none. Measured: news-005 20,000 / 20,000 arb,
  // news-011 19,954 / 20,000 (40 pes, 6 urd).
  test.each([
    ['unlabeled/news-005.txt.gz', 0.999],
    ['unlabeled/news-011.txt.gz', 0.995],
  ])('the first 20,000 paragraphs of %s are arb (floor %s)', async (file, floor) => {
    const lines = createInterface({ input: createReadStream(sharedFile(file)).pipe(createGunzip()) });
    let total = 0;
    let arabic = 0;
    for await (const line of lines) {
      const answer = detectLanguage(line);
      if (answer !== 'und') {
        total++;
        if (answer === 'arb') arabic++;
      }
      if (total >= 20_000) break;
    }
    lines.close();
    expect(total).toBe(20_000);
    expect(arabic / total).toBeGreaterThanOrEqual(floor);
  });
});
