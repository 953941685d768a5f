// QA round 92: the Ottoman title «بك» (bey) after a name. «إسكندر بك», «مراد بك», «محرم بك» were
// read ب + ك (with you); after a given name of a short list (bare or after و, ب), after «لقب» or
// after the second half of «عبد …» the word is now kept whole (see isBey). After a verb, an
// adjective or a greeting («نرحب بك», «الخاص بك», «أهلا بك») it stays ب + ك.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«بك»: the title bey after a name', () => {
  test.each([
    ['قاد إسكندر بك ثورة في ألبانيا', 2, '[بك]'],
    ['حكم علي بك الكبير مصر سنوات', 2, '[بك]'],
    ['حضر الاجتماع محمد بك وحسين بك', 3, '[بك]'],
    ['حضر الاجتماع محمد بك وحسين بك', 5, '[بك]'],
    ['تقع الجامعة في حي محرم بك بالإسكندرية', 5, '[بك]'],
    ['وصل عبد الحميد بك إلى القاهرة', 3, '[بك]'],
    ['منح السلطان قائده لقب بك', 4, '[بك]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['نرحب بك في مدينتنا', 1, '[ب]+ك'],
    ['أهلا بك يا صديقي', 1, '[ب]+ك'],
    ['اكتب كلمة المرور الخاصة بك', 4, '[ب]+ك'],
    ['يمر بك الوقت سريعا', 1, '[ب]+ك'],
    ['قاد إسكندر بكتيبة صغيرة', 2, 'ب+[كتيبة]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
