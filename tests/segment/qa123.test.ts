// QA round 123: a Maghreb or Gulf surname in «بال» kept whole after a given name.
// Round 119–122 kept ب or ل + a stem whole as a surname after a given name, but not ب + the
// article + a stem: «سمير بالطيب» (Bettaieb), «جميل بالقاسم» (Belkacem), «أحمد بالغنيم»
// (Balghunaim) stayed ب + ال + «طيب». Such a word is now kept whole (isBaArticleSurname) after
// a given name when a word of AFTER_SURNAME (but «على», «عن», «الذي», «التي», «كان») or a bare
// role noun follows, or punctuation where the given name opens the name (a title, a rank, a
// verb of saying, a role with the article, a clause's start); the stem ends in neither ة ى nor
// a plural's ending, begins with neither م nor ت, is no verbal noun nor a listed city, takes
// not both «ها» and «هم», the whole word is not common, and no «الملك», «الأمير», «بن» stands
// before the given name. keepSurnamesWhole then keeps it whole elsewhere in the text.
// ب + a definite noun after a name keeps its split («حكم على منصور بالسجن», «مطار الملك خالد
// بالرياض», «قام صلاح الدين بالقبض على»).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('a surname in «بال» after a given name kept whole', () => {
  test.each([
    ['وقال سمير بالطيب إن الموسم الفلاحي جيد', 2, '[بالطيب]'],
    ['استقبل الوزير اليوم سمير بالطيب وزير الفلاحة', 4, '[بالطيب]'],
    ['أكد المدرب جميل بالقاسم أنه راض عن الأداء', 3, '[بالقاسم]'],
    ['وأوضح أحمد بالغنيم مدير التعليم أن المدارس جاهزة', 2, '[بالغنيم]'],
    ['صرح العقيد حامد بالخير أمس بأن الوضع هادئ', 3, '[بالخير]'],
    ['وقال الدكتور عادل بالنور، رئيس اللجنة، إن الخسائر محدودة', 3, '[بالنور]'],
    ['يدير المباراة الحكم نضال باللطيف.', 4, '[باللطيف]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('once kept whole, the surname stays whole elsewhere in the text', () => {
    const text = 'قال سمير بالطيب إن الوضع مستقر. وأشار بالطيب إلى خطة الوزارة';
    expect(formAt(text, 7)).toBe('[بالطيب]');
  });

  test('with the article kept in the base: the surname stays whole', () => {
    const text = 'وقال سمير بالطيب إن الموسم الفلاحي جيد';
    expect(forms(segmentText(text, { splitArticle: false })[2]!.segmentation)).toBe('[بالطيب]');
  });

  test.each([
    ['حكمت المحكمة على منصور بالسجن سنتين', 4, 'ب+ال+[سجن]'],
    ['وصل الوفد إلى مطار الملك خالد بالرياض', 6, 'ب+ال+[رياض]'],
    ['وصل الوفد إلى مطار الملك خالد بالرياض، ثم غادر', 6, 'ب+ال+[رياض]'],
    ['قام صلاح الدين بالقبض على الوزير', 3, 'ب+ال+[قبض]'],
    ['طالب الشعب صدام بالتنحي عن السلطة', 3, 'ب+ال+[تنحي]'],
    ['ولد محمد بالقاهرة عام 1950', 2, 'ب+ال+[قاهرة]'],
    ['جاء محمد بالقرآن، فآمن به الناس', 2, 'ب+ال+[قرآن]'],
    ['التقى محمد بالرسول محمد في المدينة', 2, 'ب+ال+[رسول]'],
    ['ولا يكتفي أحمد بالحضور الذي سجله', 3, 'ب+ال+[حضور]'],
    ['باتت المدينة آمنة بالكامل', 3, 'ب+ال+[كامل]'],
    ['اجتمع الرئيس ماجد بالمدافع الجديد', 3, 'ب+ال+[مدافع]'],
    ['وأشار بالطيب إلى خطة الوزارة', 1, 'ب+ال+[طيب]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
