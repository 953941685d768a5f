// QA round 73: a known word in «ها», «هم», «هما» that news writes mostly with that one pronoun
// stayed whole, its stem being rare alone: «مفادها» (its gist), «برمتها» (in its entirety),
// «نظيرتها» (her counterpart), «نظرائهم», «تخللها» (was interspersed with it), «جاورها»,
// «مصراعيها», «مرتكبيها». The corpus writes the same stem with another pronoun («مفاده»,
// «برمته», «نظيرته», «تخلله», «جاوره»), never after the article, so the ending is a pronoun:
// such a word is now the stem + the pronoun, alone or after و ف or the future س («ومفادها»,
// «وتخللها», «ستتخللها»). The accusative of a noun in ه («متوجها», «تواجها»), the plural
// «دراهم», the verbs «تفاهم», «يساهم» and «اسمتها» (she named her) keep their reading. The fix
// cases failed before the change; the guards pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment, segmentText } from '../../src/segment/index.js';
import { expectStableBase, formAt, forms } from '../helpers/segment.js';

describe('segment: a stem the corpus shows with another pronoun takes «ها», «هم», «هما»', () => {
  test.each([
    ['وصلت رسالة مفادها أن الاجتماع تأجل', 2, '[مفاد]+ها'],
    ['التقت الوزيرة نظيرتها الفرنسية في باريس', 2, '[نظيرة]+ها'],
    ['تغيرت الخطة برمتها بعد الاجتماع', 2, '[برمة]+ها'],
    ['اجتمع الوزراء مع نظرائهم العرب أمس', 3, '[نظراء]+هم'],
    ['أقيمت الأمسية وتخللها إلقاء قصائد', 2, 'و+[تخلل]+ها'],
    ['الحفلة تخللها عرض موسيقي', 1, '[تخلل]+ها'],
    ['نزح سكان القرية وما جاورها', 4, '[جاور]+ها'],
    ['فتحت المدرسة أبوابها على مصراعيها', 4, '[مصراعي]+ها'],
    ['طالبت الأسرة بمعاقبة مرتكبيها', 3, '[مرتكبي]+ها'],
    ['التقى الرئيس بالوزراء ونظرائهم من الدول المجاورة', 3, 'و+[نظراء]+هم'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['ومفادها', 'و+[مفاد]+ها'],
    ['ونظيرتها', 'و+[نظيرة]+ها'],
    ['ستتخللها', 'س+[تتخلل]+ها'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
    expectStableBase(word, true);
    expectStableBase(word, false);
  });

  test('the article option does not change the reading', () => {
    const words = segmentText('وصلت رسالة مفادها أن الاجتماع تأجل', { splitArticle: false });
    expect(forms(words[2]!.segmentation)).toBe('[مفاد]+ها');
  });

  test.each([
    ['متوجها', '[متوجها]'],
    ['تواجها', '[تواجها]'],
    ['منوها', '[منوها]'],
    ['دراهم', '[دراهم]'],
    ['تفاهم', '[تفاهم]'],
    ['يساهم', '[يساهم]'],
    ['اللهم', '[اللهم]'],
    ['اسمتها', '[اسمتها]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
