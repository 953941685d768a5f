import { describe, expect, test } from 'vitest';
import { analyze, stem } from '../../src/index.js';

// Stem QA round 70, two classes. (1) A ك read as «like» that is the word's own first letter:
// after a conjunction, «وكمال», «وكراسي», «وكسور» lost it («مال», «راسي», «سور») although
// `segment` keeps «كمال», «كراسي», «كسور» whole alone; the stemmer now stems them as the
// conjunction + that word. «كسبت» (she earned) gave «سبت» (Saturday): the generator
// (scripts/build-stem-lexicon.ts, kafOwnForms) keeps a «كX» whole where the corpus shows it
// with the article or, in ت, shows its imperfect («يكسب»). (2) «Xتي», «Xتا» without a pronoun,
// the construct of a dual of a noun in ـة or «my X» («محافظتي», «صحيفتا», «مدينتي»), kept its
// ending; it gives «Xة» now where the lexicon marks it (code f).
describe('stem QA round 70: a ك of the word itself after a conjunction', () => {
  test('the conjunction comes off, the ك stays', () => {
    expect(stem('وكمال')).toBe('كمال');
    expect(stem('وكراسي')).toBe('كراسي');
    expect(stem('وكسور')).toBe('كسور');
    expect(stem('وكفيل')).toBe('كفيل');
    expect(stem('وكفار')).toBe('كفار');
  });

  // Since segment QA round 125 `segment` keeps «كسبت» whole itself (isKafPerfect), so the
  // generator no longer needs to keep the surface word (code w) and gives it the perfect's code s,
  // as «كتبت» → «كتب»: the ك stays, and the ت of the perfect comes off.
  test('a perfect in ك whose imperfect the corpus shows keeps it', () => {
    expect(stem('كسبت')).toBe('كسب');
    expect(stem('فكسبت')).toBe('كسب');
    expect(stem('وكسبت')).toBe('كسب');
  });

  test('guards: the preposition still comes off', () => {
    expect(stem('وكرئيس')).toBe('رئيس');
    expect(stem('كرئيس')).toBe('رئيس');
    expect(stem('كجزء')).toBe('جزء');
    expect(stem('وككل')).toBe('كل');
    expect(stem('وكالعادة')).toBe('عادة');
    expect(stem('كمال')).toBe('كمال');
    expect(stem('وكذلك')).toBe('كذلك');
  });
});

describe('stem QA round 70: «Xتي», «Xتا» of a noun in ـة', () => {
  test('the dual construct and «my X» give the noun', () => {
    expect(stem('محافظتي')).toBe('محافظة');
    expect(stem('بمحافظتي')).toBe('محافظة');
    expect(stem('منطقتي')).toBe('منطقة');
    expect(stem('مدينتي')).toBe('مدينة');
    expect(stem('وزارتي')).toBe('وزارة');
    expect(stem('صحيفتا')).toBe('صحيفة');
    expect(stem('شركتا')).toBe('شركة');
    expect(stem('وزارتا')).toBe('وزارة');
    expect(stem('مائتي')).toBe('مائة');
  });

  test('guards: the article, a pronoun, verbs and nisbas', () => {
    expect(stem('الحياتي')).toBe('حياتي');
    expect(stem('الكويتي')).toBe('كويتي');
    expect(stem('مباراتيه')).toBe('مباراة');
    expect(stem('كانتا')).toBe('كان');
    expect(stem('بيتي')).toBe('بيتي');
    expect(stem('ذاتي')).toBe('ذاتي');
    expect(stem('مدينة')).toBe('مدينة');
  });
});

describe('«و/ف» + a word whose ك is its own, inside analyze', () => {
  // analyze hands the stemmer segmentations with offsets into its text, not into the word: the
  // word after the conjunction must be cut by the conjunction's length (review of round 70)
  test('analyze gives the stems of stem()', () => {
    const text = 'حضر الوزير وكمال الحفل ثم جلس على الكراسي وكراسي القاعة جديدة';
    for (const t of analyze(text, { steps: ['segment', 'stem'] }).tokens) expect(t.stem).toBe(stem(t.text));
    const kamal = analyze(text, { steps: ['segment', 'stem'] }).tokens.find((t) => t.text === 'وكمال');
    expect(kamal?.stem).toBe('كمال');
  });
});
