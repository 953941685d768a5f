// QA round 124: a surname in ك whose stem is a common noun kept whole after a given name,
// before a word that closes a name.
// Rounds 112–115 kept ك + a stem whole after a given name where the stem ends in ي and is a
// name, is no noun, or closes a clause before punctuation; before a word it stayed ك + a noun:
// «روبرت كلين مدير» (Klein) as ك + «لين», «محمد كنون رئيس» as ك + «نون», «جون كمشي مساعد»
// (Kimche) as ك + «مشي», «هنري كويل وجون» (Cowell) as ك + «ويل». Such a word is now kept whole
// (isKafSurname) when what follows closes a name as for ب or ل (surnameFollows: a bare role noun,
// «الذي», «التي», a verb of saying, و + a given name …) but for «على», «عن» and a role after و,
// and the stem passes the tests of a surname in ب or ل (isSurnameStemShape, isSurnameStemEvidence:
// the whole word not common, the stem seen with the article and without a possessive pronoun)
// and is no role noun. keepSurnamesWhole now also keeps a surname in ك whole elsewhere in the
// text («وأضاف كريان»). ك + a noun of role after a name keeps its split («عماد كمدرب مساعد»,
// «صلاح كلاعب أساسي», «أحمد أمين كأديب على», «كأديب وشاعر», «عمر كمسئول عن»).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('a surname in ك before a word that closes a name kept whole', () => {
  test.each([
    ['وقال روبرت كلين مدير الشركة إن الأرباح ارتفعت', 2, '[كلين]'],
    ['وشارك جون كمشي مساعد المدير في الاجتماع', 2, '[كمشي]'],
    ['وحضر الحفل محمد كنون رئيس المجلس العلمي', 3, '[كنون]'],
    ['وقدم هنري كويل وجون كيج أعمالا جديدة', 2, '[كويل]'],
    ['وأكد محمد كنار الذي يدير الوكالة أن المساعدات وصلت', 2, '[كنار]'],
    ['وأعلن البنك أن جون كريان قال إن الخطة جاهزة', 4, '[كريان]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('once kept whole, the surname in ك stays whole elsewhere in the text', () => {
    const text = 'وقال جون كريان إن الخطة جاهزة. وأضاف كريان أن البنك مستعد';
    expect(formAt(text, 7)).toBe('[كريان]');
  });

  test.each([
    ['وأضاف كريان أن البنك مستعد', 1, 'ك+[ريان]'],
    ['عين النادي محمد كمدرب مساعد للفريق', 3, 'ك+[مدرب]'],
    ['لعب صلاح كلاعب أساسي في المباراة', 2, 'ك+[لاعب]'],
    ['فضل الناس أحمد أمين كأديب على غيره', 4, 'ك+[أديب]'],
    ['عرف أحمد كأديب وشاعر في عصره', 2, 'ك+[أديب]'],
    ['عين الرئيس عمر كمسئول عن الملف', 3, 'ك+[مسئول]'],
    ['اختير علي كنائب رئيس الاتحاد', 2, 'ك+[نائب]'],
    ['اختير محمد كرئيس للجنة', 2, 'ك+[رئيس]'],
    ['وبرز حسن كشخص قادر على القيادة', 2, 'ك+[شخص]'],
    ['وعمل عمر كسفير في باريس', 2, 'ك+[سفير]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
