// QA round 116: a short foreign surname after a given name kept whole.
// After round 115, a surname after a given name that reads as a clitic + a stem of two letters
// was still split: «دافيد فيا» as ف + «يا», «بول بيا» as ب + «يا», «سارة ليا ويتسن» as ل +
// «يا», «ستيف بالمر» as ب + «ال» + «مر», «جان بول كالون» as ك + «ال» + «ون». It now stays
// whole: ف ب ل ك + «يا» (the vocative particle, which no preposition takes) right after a given
// name; ب ك + the article + a stem of two letters before a comma or a word with neither the
// article nor و. ب + a short noun before its adjective («فهد بالحي التراثي»), before a noun in و
// («سليمان بالجن والإنس») or a full stop, ف + the article («فالآن») and the particles after a
// name («محمد فهو», «محمد لأن») keep their split.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('a short foreign surname after a given name kept whole', () => {
  test.each([
    ['سجل المهاجم دافيد فيا هدف الفوز', 3, '[فيا]'],
    ['انتقل ديفيد فيا إلى نادي نيويورك', 2, '[فيا]'],
    ['استقبل الرئيس الكاميروني بول بيا الوفد الزائر', 4, '[بيا]'],
    ['قالت سارة ليا ويتسن إن التقرير سينشر غدا', 2, '[ليا]'],
    ['وقال ستيف بالمر إن الشركة ستطرح هاتفا جديدا', 2, '[بالمر]'],
    ['ظهرت سارة بالين، مرشحة الحزب، في المؤتمر', 2, '[بالين]'],
    ['أعلن نبيل بالعم نتائج الاستطلاع', 2, '[بالعم]'],
    ['سجل محمد كالون هدف التعادل', 2, '[كالون]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['أقيم الحفل في حديقة الملك فهد بالحي التراثي', 6, 'ب+ال+[حي]'],
    ['حكم سليمان بالجن والإنس', 2, 'ب+ال+[جن]'],
    ['مات الأمير علي بالسم.', 3, 'ب+ال+[سم]'],
    ['أما محمد فهو لاعب موهوب', 2, 'ف+[هو]'],
    ['غاب محمد لأن الطائرة تأخرت', 2, 'ل+[أن]'],
    ['وعد محمد بأن يعود غدا', 2, 'ب+[أن]'],
    ['لا يا محمد، فيا ليت الأيام تعود', 3, 'ف+[يا]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
