import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 72, two classes, both decided in the generator (scripts/build-stem-lexicon.ts).
// (1) The broken plural «أفعال» of a noun whose ت is its own: «أبيات» (verses, of «بيت») lost its
// ات as a sound plural and gave «ابي» (my father); a folded «اCCات» whose singular «CCت» takes
// the article often keeps its ات now (tehBrokenPlural, code k). (2) A feminine perfect of form V
// or VI seen seldom kept its ت («تبددت», «تشرفت», «تضافرت»): its shape, a word never seen with
// the article and its imperfect «يتX» seen three times now license the cut (reflexivePerfect).
describe('stem QA round 72: a broken plural in ـات, rare form V/VI perfects', () => {
  test('«أبيات» keeps its ات', () => {
    expect(stem('أبيات')).toBe('ابيات');
    expect(stem('الأبيات')).toBe('ابيات');
    expect(stem('بأبيات')).toBe('ابيات');
    expect(stem('أبياتها')).toBe('ابيات');
    expect(stem('أبياتاً')).toBe('ابيات');
  });

  test('a rare form V or VI perfect loses its ت', () => {
    expect(stem('تبددت')).toBe('تبدد');
    expect(stem('وتبددت')).toBe('تبدد');
    expect(stem('تشرفت')).toBe('تشرف');
    expect(stem('تضافرت')).toBe('تضافر');
    expect(stem('تواترت')).toBe('تواتر');
    expect(stem('تملكت')).toBe('تملك');
    expect(stem('تلوثت')).toBe('تلوث');
    expect(stem('تشوهت')).toBe('تشوه');
    expect(stem('تصادمت')).toBe('تصادم');
    expect(stem('تباعدت')).toBe('تباعد');
    expect(stem('تعفنت')).toBe('تعفن');
  });

  test('guards: nouns in ـت, other broken plurals, common perfects, names', () => {
    expect(stem('التصويت')).toBe('تصويت');
    expect(stem('توقيت')).toBe('توقيت');
    expect(stem('التابوت')).toBe('تابوت');
    expect(stem('تثبيت')).toBe('تثبيت');
    expect(stem('تكريت')).toBe('تكريت');
    expect(stem('الأصوات')).toBe('اصوات');
    expect(stem('أوقات')).toBe('اوقات');
    expect(stem('البيت')).toBe('بيت');
    expect(stem('أبي')).toBe('ابي');
    expect(stem('تراجعت')).toBe('تراجع');
    expect(stem('تقدمت')).toBe('تقدم');
    expect(stem('ناورت')).toBe('ناورت');
    expect(stem('الأزمات')).toBe('ازمة');
  });
});
