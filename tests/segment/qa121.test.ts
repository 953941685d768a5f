// QA round 121: ب ك ل or و + a feminine noun's dual that the corpus hardly shows.
// A seeded sample (seed 420) of news-005 and news-014 showed no error class of four or more, so
// the round took a known leftover: a rare dual in «تين» (or «تان» after و) was left whole after
// its proclitic, because neither the whole word nor the dual stem is common: «بصفقتين»,
// «برصاصتين», «لدائرتين», «وبطاريتان». rareDualSingular now scores such a stem by its singular
// in ة (seen with the article), as a construct plural is scored by its plural, when the whole
// word is unknown or seen bare under half as often as that singular. A preposition takes only
// the genitive «تين» («عينان كليلتان» stays whole), ف alone is not split this way, a singular
// that the proclitic begins («بحيرتين», two lakes), ل before a stem in ل (the article's «لل»:
// «للافتتان») and names («لامارتين», «كرافتين», «فريشتين») stay whole.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('a proclitic + the rare dual of a noun in ة', () => {
  test.each([
    ['فازت الشركة بصفقتين جديدتين هذا العام', 2, 'ب+[صفقتين]'],
    ['أصيب الجندي برصاصتين في الساق', 2, 'ب+[رصاصتين]'],
    ['ترشح النائب لدائرتين انتخابيتين في المدينة', 2, 'ل+[دائرتين]'],
    ['يضم الجهاز شاشة وبطاريتان قابلتان للشحن', 3, 'و+[بطاريتان]'],
    ['تقدم الفريق بخطوتين نحو اللقب', 2, 'ب+[خطوتين]'],
    ['عملت الطالبتان كمساعدتين في المختبر', 2, 'ك+[مساعدتين]'],
    ['افتتحت البلدية مطحنة ومعصرتين للزيتون', 3, 'و+[معصرتين]'],
    ['شارك الأستاذ في الندوة بمحاضرتين عن التاريخ', 4, 'ب+[محاضرتين]'],
    ['حصد المنتخب ذهبية وبرونزيتين في البطولة', 3, 'و+[برونزيتين]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('with the article kept in the base: the dual keeps its proclitic', () => {
    const text = 'فازت الشركة بصفقتين جديدتين';
    expect(forms(segmentText(text, { splitArticle: false })[2]!.segmentation)).toBe('ب+[صفقتين]');
  });

  test.each([
    ['مر الطريق بين بحيرتين صغيرتين', 3, '[بحيرتين]'],
    ['كانت عيناه كليلتان من السهر', 2, '[كليلتان]'],
    ['فاز النادي ببطولتين متتاليتين', 2, 'ب+[بطولتين]'],
    ['وقع الطرفان وثيقتين للتعاون', 2, '[وثيقتين]'],
    ['قرأ الطالب قصيدة لامارتين الشهيرة', 3, '[لامارتين]'],
    ['بقي الجمهور في ملعب كرافتين حتى النهاية', 4, '[كرافتين]'],
    ['نقل الجنود إلى معسكر فريشتين القريب', 4, '[فريشتين]'],
    ['كانت نفوسهم معرضة للافتتان بالمال', 3, 'ل+ال+[افتتان]'],
    ['شغل المدير وظيفتين في الشركة', 2, '[وظيفتين]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
