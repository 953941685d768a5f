// QA round 115: ف ك kept on a surname whose stem is a common noun after a given name.
// After round 113, a surname after a given name was still split where its stem is a common
// noun or where the split has more than one piece: «محمد فوزير» as ف + «وزير», «محمد كزمان.» as
// ك + «زمان», «أحمد فلمبان» as ف + ل + «مبان», «غسان كنفاني» as ك + «نفى» + «ني», «بيتر
// كالاهان» as ك + «ال» + «اهان». It now stays whole: after ف where the stem is a noun (with the
// article and a noun's ending, never a perfect verb) and the whole word rare, not after «أما»;
// after ك before punctuation where the whole word is rare; ف + ل + a known stem, the whole word
// rare; ك + the article + a stem never seen with it; ك + a stem + «ني» (a verb's object pronoun).
// ف + a verb or particle («أما محمد فقال», «أما علي فوزير»), ك + a role («سليمان كنائب»,
// «عين أحمد كوزير.») and «فليكن» keep their split.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('ف ك kept on a surname whose stem is a common noun after a given name', () => {
  test.each([
    ['سجل المهاجم محمد فوزير هدف التعادل', 3, '[فوزير]'],
    ['وصرح مدير المركز محمد كزمان.', 4, '[كزمان]'],
    ['افتتح الأمين العام علي كحيل، المعرض السنوي', 4, '[كحيل]'],
    ['عرض الفنان أحمد فلمبان لوحاته الجديدة', 3, '[فلمبان]'],
    ['دعا النائب مروان فلفال الناخبين إلى المشاركة', 3, '[فلفال]'],
    ['قرأت رواية للكاتب غسان كنفاني في المكتبة', 4, '[كنفاني]'],
    ['قال المحقق بيتر كالاهان إن القضية أغلقت', 3, '[كالاهان]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['أما محمد فقال إنه سيعود غدا', 2, 'ف+[قال]'],
    ['أما علي فوزير سابق للمالية', 2, 'ف+[وزير]'],
    ['عين عمر سليمان كنائب للرئيس', 3, 'ك+[نائب]'],
    ['عين الملك أحمد كوزير.', 3, 'ك+[وزير]'],
    ['إذا أراد محمد فليكن', 3, 'ف+ل+[يكن]'],
    ['تحدث الرئيس عن خالد كالأخ الأكبر', 4, 'ك+ال+[أخ]'],
    ['وقال المدرب إن حسن كلاعب يستحق الفرصة', 4, 'ك+[لاعب]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
