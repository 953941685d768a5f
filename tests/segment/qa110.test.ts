// QA round 110: و ف س before an imperfect plural in «ون» (or dual in «ان») of a derived form
// whose singular the corpus never showed.
// `dualSingular` (QA rounds 70, 107, 108) splits such a word only by a singular the corpus
// knows; a verb of form VI (ي ت + C ا C C: «ويتكاتفون»), V (ي ت + C C C: «ويتذمرون») or X
// (ي ست + C C C: «ويستصغرون») that it never showed stayed whole. The shape alone now splits it;
// the plural of a nisba in «يون» («فيتناميون») and names in «ون» of other shapes stay whole.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('و ف س before a derived imperfect plural the corpus never showed', () => {
  test.each([
    ['يقف الجيران معا ويتكاتفون في الشدائد', 3, 'و+[يتكاتفون]'],
    ['يلتقي الزملاء ويتخاطبون بلغة واحدة', 2, 'و+[يتخاطبون]'],
    ['يجتمع الصبية ويتشاجرون على الكرة', 2, 'و+[يتشاجرون]'],
    ['كانوا يسهرون ويتسامرون حتى الفجر', 2, 'و+[يتسامرون]'],
    ['يرون الخطأ ويستصغرون شأنه', 2, 'و+[يستصغرون]'],
    ['يشترون السلع ويسترخصون ثمنها', 2, 'و+[يسترخصون]'],
    ['يلبس الرجال الأحزمة ويتحزمون للعمل', 3, 'و+[يتحزمون]'],
    ['ينتظر الجنود الأوامر فيتشاغلون بالحديث', 3, 'ف+[يتشاغلون]'],
    ['يجلس الخصمان ويتنافران دائما', 2, 'و+[يتنافران]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['زار الوفد ويسكنسون أمس', 2, '[ويسكنسون]'],
    ['لعب اللاعب في ويمبلدون أمس', 3, '[ويمبلدون]'],
    ['قابل الصحفي ويلكينسون في لندن', 2, '[ويلكينسون]'],
    ['اخترع ويتستون جهازا جديدا', 1, '[ويتستون]'],
    ['يتحدثون ويتعاونون في العمل', 1, 'و+[يتعاونون]'],
    ['وصل عمال فيتناميون إلى المدينة', 2, '[فيتناميون]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
