// QA round 111: و ف س before an imperfect plural in «ون» of form VIII or VII (and a weak or
// four-letter V) whose singular the corpus never showed.
// Round 110's `isDerivedPluralVerb` split such a word by its shape for forms V, VI and X only;
// a plural of form VIII (ي C ت C C: «ويرتزقون», its ت taken into ط: «ويصطنعون»; ي C ت C of a
// defective root: «ويستقون»), of form VII (ي ن C C C: «وينعزلون») or a four-letter V
// («ويتقهقرون») stayed whole. Their plural in «ون» now splits too; their dual in «ان» keeps to
// the corpus (names in «مان»: «وينكلمان», «فيلتمان»), and so do names in «ون» of other shapes.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('و ف س before a plural of form VIII or VII the corpus never showed', () => {
  test.each([
    ['في الشتاء يلبسون الصوف ويلتحفون الأغطية', 4, 'و+[يلتحفون]'],
    ['يعمل التجار في السوق ويرتزقون منه', 4, 'و+[يرتزقون]'],
    ['يقرأ الطلاب السؤال فيحتارون في الجواب', 3, 'ف+[يحتارون]'],
    ['يصنع الحرفيون الأواني ويصطنعون الزينة', 3, 'و+[يصطنعون]'],
    ['يصل الأطفال إلى البئر ويستقون الماء', 4, 'و+[يستقون]'],
    ['يخسر الجنود المعركة ويتقهقرون إلى الخلف', 3, 'و+[يتقهقرون]'],
    ['يغضب اللاعبون سريعا وينعزلون عن زملائهم', 3, 'و+[ينعزلون]'],
    ['قال المدرب إن اللاعبين سيبتهجون بالفوز', 4, 'س+[يبتهجون]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['زار الوفد ويلتون أمس', 2, '[ويلتون]'],
    ['وصل فيرنون إلى المطار', 1, '[فيرنون]'],
    ['كتب وينكلمان عن الفن القديم', 1, '[وينكلمان]'],
    ['قابل فيلتمان الوزير أمس', 1, '[فيلتمان]'],
    ['اخترع ويتستون جهازا جديدا', 1, '[ويتستون]'],
    ['وصل الوفد إلى فينتيان أمس', 3, '[فينتيان]'],
    ['يعملون ويعتمدون على أنفسهم', 1, 'و+[يعتمدون]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
