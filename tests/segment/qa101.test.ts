// QA round 101: «وافته» (death came to him, «وافته المنية»). The word analysis kept «وافته» whole:
// the corpus shows the set phrase more often than the bare verb «وافت», so the whole word
// outweighed the split. In running text (applyContext, VERB_OBJECT_WHOLE) it now splits «وافت» + ه,
// after at most one proclitic; «وافتها», already split, and «وفاته» (his death) are unchanged.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«وافته», the verb «وافت» + ه', () => {
  test.each([
    ['توفي الشاعر الذي وافته المنية أمس', 3, '[وافت]+ه'],
    ['عاش في القرية حتى وافته المنيه عام 1950', 4, '[وافت]+ه'],
    ['مرض الرجل طويلا ثم وافته المنية في المستشفى', 4, '[وافت]+ه'],
    ['عاد إلى بلده ووافته المنية بعد شهرين', 3, 'و+[وافت]+ه'],
    ['أصيب في الحادث فوافته المنية على الفور', 3, 'ف+[وافت]+ه'],
    ['وافته الشركة بالتقرير الكامل', 0, '[وافت]+ه'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['كانت الفنانة قد وافتها المنية في باريس', 3, '[وافت]+ها'],
    ['أعلنت الأسرة وفاته صباح اليوم', 2, '[وفاة]+ه'],
    ['وافت اللجنة الوزارة بتقريرها', 0, '[وافت]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
