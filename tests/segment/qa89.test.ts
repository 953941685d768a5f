// QA round 89: a perfect in «أى» before a pronoun. «رأى» (he saw) writes its hamza and alef as
// «آ» when a pronoun follows, so «رآه», «رآها», «رآهم», «رآني» stayed whole: the two letters
// «رآ» are no stem the corpus knows. They are now «رأى» + the pronoun (see isMaddaPerfect),
// after و ف too; «رأي» (opinion) before a pronoun keeps its ي and is unchanged, and «مرآة»
// (mirror) is no verb.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«رآه», «رآها»: «رأى» before its object', () => {
  test.each([
    ['قال الشاهد إنه رآه يغادر المبنى مساء أمس', 3, '[رأى]+ه'],
    ['وصفت الفتاة الرجل الذي رآها في السوق', 4, '[رأى]+ها'],
    ['أبلغ الحارس الشرطة بعد أن رآهم قرب الباب', 5, '[رأى]+هم'],
    ['دخل المعلم الصف فرآه التلاميذ واقفا', 3, 'ف+[رأى]+ه'],
    ['عاد الجندي إلى القرية ورآها مدمرة', 4, 'و+[رأى]+ها'],
    ['قال اللاعب إن المدرب رآني في المباراة الأخيرة', 4, '[رأى]+ني'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['عبر الوزير عن رأيه في القرار', 3, '[رأي]+ه'],
    ['رأى الطفل أباه في الحديقة', 0, '[رأى]'],
    ['نظرت الفتاة في المرآة طويلا', 3, 'ال+[مرآة]'],
    ['يرونه بطلا في بلده', 0, '[يرون]+ه'],
    ['أبدى الوزير رأيه بصراحة', 2, '[رأي]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
