import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 73, two classes, both decided in the generator (scripts/build-stem-lexicon.ts).
// (1) A feminine perfect of form III «فاعلت» whose masculine is also an adjective or a noun («صادق» truthful,
// «قارب» a boat) or is seldom written kept its ت («صادقت», «قاربت», «خاطبت», «لامست»): the article
// on X hid the verb. Its masdar «مفاعلة» («مصادقة», «مقاربة»), seen half as often as the word, and
// its imperfect «يX» now license the cut (formThreePerfect); a name of that shape whose masculine
// is never seen («ناورت», Nauert) or that has no masdar («ماركت», «هاملت») keeps its ت. (2) A perfect
// «Xت» whose «Xي» is a commoner nisba («تركت» beside «تركي», «رسمت» beside «رسمي») was taken for a
// defective verb's («ألقت» / «ألقى») and kept whole; a «Xي» that takes the article and has its
// feminine «Xية» is a nisba now (nisbaMasculine), while «تربت», «تحدت» (of «تربّى», «تحدّى») stay.
describe('stem QA round 73: form III perfects, perfects beside a nisba', () => {
  test('a form III feminine perfect loses its ت', () => {
    expect(stem('صادقت')).toBe('صادق');
    expect(stem('وصادقت')).toBe('صادق');
    expect(stem('قاربت')).toBe('قارب');
    expect(stem('وقاربت')).toBe('قارب');
    expect(stem('خاطبت')).toBe('خاطب');
    expect(stem('خاطبتهم')).toBe('خاطب');
    expect(stem('لامست')).toBe('لامس');
    expect(stem('حاكمت')).toBe('حاكم');
    expect(stem('طاردت')).toBe('طارد');
    expect(stem('ناهضت')).toBe('ناهض');
    expect(stem('صارعت')).toBe('صارع');
    expect(stem('لازمت')).toBe('لازم');
  });

  test('guards: names of that shape, nouns, masdars, common perfects', () => {
    expect(stem('ناورت')).toBe('ناورت');
    expect(stem('نويرت')).toBe('نويرت');
    expect(stem('قرانت')).toBe('قرانت');
    expect(stem('ماركت')).toBe('ماركت');
    expect(stem('هاملت')).toBe('هاملت');
    expect(stem('الصادق')).toBe('صادق');
    expect(stem('القارب')).toBe('قارب');
    expect(stem('مصادقة')).toBe('مصادقة');
    expect(stem('المقاربة')).toBe('مقاربة');
    expect(stem('حاولت')).toBe('حاول');
    expect(stem('شاركت')).toBe('شارك');
    expect(stem('كاتبت')).toBe('كاتب');
  });

  test('a perfect beside a commoner nisba loses its ت', () => {
    expect(stem('تركت')).toBe('ترك');
    expect(stem('وتركت')).toBe('ترك');
    expect(stem('تركتها')).toBe('ترك');
    expect(stem('شرعت')).toBe('شرع');
    expect(stem('رسمت')).toBe('رسم');
    expect(stem('مهدت')).toBe('مهد');
    expect(stem('مالت')).toBe('مال');
    expect(stem('أذاعت')).toBe('اذاع');
    expect(stem('سلبت')).toBe('سلب');
  });

  test('guards: the nisba itself, defective perfects beside a masdar or participle in ـي', () => {
    expect(stem('تركي')).toBe('تركي');
    expect(stem('التركية')).toBe('تركي');
    expect(stem('رسمي')).toBe('رسمي');
    expect(stem('الشرعية')).toBe('شرعية');
    expect(stem('تربت')).toBe('تربت');
    expect(stem('تحدت')).toBe('تحدي');
    expect(stem('تسمت')).toBe('تسمت');
    expect(stem('ألقت')).toBe('القي');
  });
});
