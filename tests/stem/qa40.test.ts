import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 40: the dual of a noun of two letters («يد», hand) kept its ending: «يدين»
// and «اليدين» were left whole (the ين of a word of four letters was only ever «سنين»'s), and the
// construct «يدي» before a pronoun («بيديه», «يديها») or a genitive («بين يدي الملك») left the
// ي on. A lexicon code e now marks «يدين», «يدان», «يدي» (a listed noun, as «سنة» is for o).
// Oblique plurals of participles of defective verbs kept their ين («المتوفين», «المنتمين»,
// «المربين»): code i, which put ي for the ون of a defective imperfect, now keeps the ي of such a
// ين too, so the plural meets its singular («المتوفى», «المنتمي», «المربي»). Plurals in ـات of
// a stem of two letters lost the ات to a particle or another word («البنات» → «بن», as «ابن»;
// «سمات» → «سم», poison; «الفرات» → «فر»): they go with «Xة» where news writes it, and stay
// whole otherwise.
describe('stem QA round 40: the dual of «يد», defective participles, plurals «Xات» of two letters', () => {
  test('the dual of «يد» gives «يد»', () => {
    expect(stem('يدين')).toBe('يد');
    expect(stem('اليدين')).toBe(stem('اليد'));
    expect(stem('واليدين')).toBe('يد');
    expect(stem('اليدان')).toBe('يد');
  });

  test('its construct before a pronoun or a genitive gives «يد»', () => {
    expect(stem('يديه')).toBe('يد');
    expect(stem('بيديها')).toBe('يد');
    expect(stem('يديهم')).toBe('يد');
    expect(stem('يدي')).toBe('يد');
    expect(stem('ويدي')).toBe('يد');
    expect(stem('يداه')).toBe('يد');
  });

  test('guards: words of four letters in ين and three in ي keep their letters', () => {
    // An adjective or noun of its own in ـين of two letters + ين.
    expect(stem('ثمين')).toBe('ثمين');
    expect(stem('سجين')).toBe('سجين');
    expect(stem('أمين')).toBe('امين');
    expect(stem('الميدان')).toBe('ميدان');
    // «سنين» goes with «سنة» as before.
    expect(stem('سنين')).toBe('سنة');
    // A word of three letters in ي is no dual.
    expect(stem('رأي')).toBe('راي');
    expect(stem('الوادي')).toBe('وادي');
  });

  test('the oblique plural of a defective participle meets its singular', () => {
    expect(stem('المتوفين')).toBe(stem('المتوفى'));
    expect(stem('والمتوفين')).toBe('متوفي');
    expect(stem('المنتمين')).toBe(stem('المنتمي'));
    expect(stem('للمنتمين')).toBe('منتمي');
    expect(stem('المربين')).toBe(stem('المربي'));
    expect(stem('المختفين')).toBe('مختفي');
  });

  test('guards: broken plurals in مفاعين and sound plurals keep their stems', () => {
    expect(stem('المجانين')).toBe('مجانين');
    expect(stem('الموازين')).toBe('موازين');
    expect(stem('الملايين')).toBe('ملايين');
    // Round 96: a defective participle's plural goes with its singular «المحامي» (code i), not «محام».
    expect(stem('المحامين')).toBe('محامي');
    expect(stem('المستثمرين')).toBe('مستثمر');
    expect(stem('المصريين')).toBe('مصري');
  });

  test('a plural in ـات of a stem of two letters goes with «Xة» or stays whole', () => {
    expect(stem('سمات')).toBe(stem('سمة'));
    expect(stem('السمات')).toBe('سمة');
    expect(stem('الآفات')).toBe(stem('الآفة'));
    // Round 41 sends «بنات» to «بنت» (code h); it still never meets «ابن».
    expect(stem('البنات')).toBe('بنت');
    expect(stem('للبنات')).not.toBe(stem('ابن'));
    expect(stem('بناتها')).toBe('بنت');
    expect(stem('الفرات')).toBe('فرات');
    expect(stem('الشتات')).toBe('شتات');
  });

  test('guards: plurals in ـات of longer stems are as before', () => {
    expect(stem('الاجتماعات')).toBe('اجتماع');
    expect(stem('المنظمات')).toBe('منظمة');
    expect(stem('السنوات')).toBe('سنة');
    expect(stem('الجامعات')).toBe('جامعة');
  });
});
