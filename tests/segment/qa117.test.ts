// QA round 117: a surname after a given name in و or ف kept whole.
// After round 116, the surname rules (surnameStem, isSurnameSplit, isShortSurname) asked for a
// given name right before the surname, so a given name carrying the conjunction و or ف was
// missed: «وديفيد فيا» gave ف + «يا», «وعمر كرامي» ك + «رامي», «وأحمد فلمبان» ف + ل + «مبان»,
// «ومايكل بالين» ب + «ال» + «ين». The rules now share givenNameBefore, which also takes و or ف
// (the word split into the conjunction and a listed given name, nothing after it). ك + the very
// name before it is a comparison, not a surname («علي كعلي», «ومحمد كمحمد»), and is split.
// ف + a verb or a pronoun, ك + a role, ل + a verb after «و» + a name keep their split.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('a surname after a given name in و or ف kept whole', () => {
  test.each([
    ['انتقل لاعبان هما فرناندو توريس وديفيد فيا إلى النادي', 6, '[فيا]'],
    ['وصل أولا فرناندو توريس فديفيد فيا', 5, '[فيا]'],
    ['شارك في اللقاء وزير المالية وعمر كرامي', 6, '[كرامي]'],
    ['ضمت القائمة سعد الحربي وماجد كنبه', 5, '[كنبه]'],
    ['أدار اللقاء الحكم بدر الشمري وحامد كميل.', 6, '[كميل]'],
    ['عرض الفنانان طه صبان وأحمد فلمبان لوحاتهما', 5, '[فلمبان]'],
    ['قدم الممثلان جون كليز ومايكل بالين، العرض', 5, '[بالين]'],
    ['زار البعثة الراهبان جوزيف كارديل وتوماس فالكنر', 6, '[فالكنر]'],
    ['حضر سعيد وجون كريان، المدير الفني', 3, '[كريان]'],
    ['وليس علي كعلي في الذكاء', 2, 'ك+[علي]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['فيها آدم كآدم وموسى كموسى ومحمد كمحمد', 4, 'ك+[موسى]'],
    ['فيها آدم كآدم وموسى كموسى ومحمد كمحمد', 6, 'ك+[محمد]'],
    ['حضر خالد ومحمد فقال الأول إن الاجتماع انتهى', 3, 'ف+[قال]'],
    ['أما خالد ومحمد فهما من المؤسسين', 3, 'ف+[هما]'],
    ['وصل الوزير وسامي كرئيس للوفد', 3, 'ك+[رئيس]'],
    ['وصل خالد ومحمد فالآن يبدأ الاجتماع', 3, 'ف+ال+[آن]'],
    ['وصل الأمير علي وأحمد بالسيارة.', 4, 'ب+ال+[سيارة]'],
    ['وصل يوسف ومحمد ليحضرا الاجتماع', 3, 'ل+[يحضرا]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
