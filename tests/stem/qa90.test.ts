import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 90, one class, decided in scripts/build-stem-lexicon.ts (defectivePerfect; the
// lexicon is regenerated): the feminine perfect «غدت» of the defective «غدا» (became) was kept
// whole, because the tanween of the noun «غداً» (tomorrow) hid the masculine's count and the
// noun «غد» outnumbered it. Now, where the tanween hides an «Xا» of three letters and X's count
// is that noun's, the imperfect in و («يغدو», «تغدو») stands for the masculine: «غدت», «وغدت»,
// «غدوا» → «غدا», and so «شكت», «شكوا» → «شكا» (beside the noun «شك»). And pastFeminine asks
// doubledFeminine about a word of three letters before refusing one whose «Xي» («الدقي», a place)
// is commoner than X: «دقت» → «دق». Invented sentences.
describe('stem QA round 90: defective perfects behind a noun accusative, a doubled «دقت»', () => {
  test('«غدت» and its plural meet the masculine «غدا»', () => {
    expect(stem('غدت')).toBe('غدا');
    expect(stem('وغدت')).toBe('غدا');
    expect(stem('فغدت')).toBe('غدا');
    expect(stem('غدوا')).toBe('غدا');
    expect(stem('غدت')).toBe(stem('غدوا'));
  });

  test('«شكت» (complained) and its plural meet «شكا»', () => {
    expect(stem('شكت')).toBe('شكا');
    expect(stem('شكوا')).toBe('شكا');
    expect(stem('شكوه')).toBe('شكا');
  });

  test('the doubled «دقت» (rang, knocked) meets «دق»', () => {
    expect(stem('دقت')).toBe('دق');
    expect(stem('فدقت')).toBe('دق');
    expect(stem('ودقت')).toBe(stem('دق'));
  });

  test('in an invented sentence', () => {
    const words = tokenize('وغدت المدينة مركزا تجاريا بعدما شكت الشركات من الضرائب')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words.slice(0, 2)).toEqual(['غدا', 'مدينة']);
    expect(words[5]).toBe('شكا');
  });

  test('guards: the nouns «غد», «شك» and the defective perfects already read', () => {
    expect(stem('غدا')).toBe('غد');
    expect(stem('غداً')).toBe('غد');
    expect(stem('الغد')).toBe('غد');
    expect(stem('شك')).toBe('شك');
    expect(stem('الشك')).toBe('شك');
    expect(stem('هوت')).toBe('هوي');
    expect(stem('تعدت')).toBe('تعدي');
    expect(stem('دعت')).toBe('دعا');
    expect(stem('بدت')).toBe('بدا');
    expect(stem('خلت')).toBe('خلا');
    expect(stem('سرت')).toBe('سرت');
    expect(stem('دقة')).toBe('دقة');
    expect(stem('دقته')).toBe('دقة');
    expect(stem('بدقة')).toBe('دقة');
    expect(stem('بنت')).toBe('بنت');
  });
});
