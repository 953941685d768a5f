// QA round 122: a surname in ب or ل kept whole everywhere in a text that shows it as a surname.
// After round 120, ب or ل + a stem after a given name stayed whole only before punctuation, a
// word of AFTER_SURNAME, a role noun, a given name or a nisba; before a preposition, a verb or
// another part of the name («ولد محمد بيومي في», «محمد بيومي كتب», «خالد باسهل سينضم»), and alone
// after a verb («وأشار بترجي إلى»), it was still ب + «يومي», ب + «اسهل», ب + «ترجي». Those contexts
// do not part a surname from ب + a noun («أصيب بيتر بنزيف في», «يفي كيم بجزء من»), so the text
// decides: a word that isBaLamSurname keeps whole once in a text is kept whole wherever else the
// text writes it split ب or ل + a stem (keepSurnamesWhole), but after the stem itself («غدر
// بغدر»). surnameFollows also takes «؛» and «:» as closing a name («محمد بيومي؛»).
// ب + a noun in a text with no such surname keeps its split, and so does the same word in
// another text.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('a surname in ب or ل kept whole everywhere in the text that shows it', () => {
  test.each([
    ['عاد المخرج محمد بيومي أمس من أوروبا. وولد محمد بيومي في طنطا', 9, '[بيومي]'],
    ['كتب محمد بيومي السيناريو بنفسه، وقال المخرج محمد بيومي، إن العمل صعب', 2, '[بيومي]'],
    ['وصل خالد باسهل أمس. وقال إن خالد باسهل سينضم للمجلس', 7, '[باسهل]'],
    ['قال مازن بترجي إن الغرفة تدعم التجار. وأشار بترجي إلى دور القطاع الخاص', 8, '[بترجي]'],
    ['أكد الدكتور عبدالله بصفر أن المريض بخير، وأكد الدكتور بصفر أن العلاج ناجح', 9, '[بصفر]'],
    ['حضرت المطربة أسماء لمنور، وغنت أسماء لمنور وفرقتها أغاني جديدة', 6, '[لمنور]'],
    ['غاب ستيف بورم عن التدريب. وأصيب ستيف بورم في الكاحل', 7, '[بورم]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('a surname before «؛» closes the name', () => {
    expect(formAt('هذه هي الحالة التي يبحث عنها محمد بيومي؛ فقد ترك الفرقة', 7)).toBe('[بيومي]');
    expect(formAt('قال خالد باسهل: الموسم كان صعبا', 2)).toBe('[باسهل]');
  });

  test('with the article kept in the base: the surname stays whole', () => {
    const text = 'قال مازن بترجي إن الغرفة تدعم التجار. وأشار بترجي إلى دور القطاع الخاص';
    expect(forms(segmentText(text, { splitArticle: false })[8]!.segmentation)).toBe('[بترجي]');
  });

  test.each([
    ['أصيب الطفل بيتر بنزيف في الدماغ', 3, 'ب+[نزيف]'],
    ['ولد محمد بيومي في طنطا', 2, 'ب+[يومي]'],
    ['وأشار بترجي إلى دور القطاع الخاص', 1, 'ب+[ترجي]'],
    ['يفي الرئيس كيم بجزء من وعوده', 3, 'ب+[جزء]'],
    ['وقالوا: وفاء بغدر، خير من غدر بغدر', 6, 'ب+[غدر]'],
    ['قال مازن بترجي إن التجار مرتاحون. وسافر مازن بسيارة إلى جدة', 8, 'ب+[سيارة]'],
    ['أشاد فهد بجهود الوزير. وقال فهد بارباع إن العقد ساري', 2, 'ب+[جهود]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
