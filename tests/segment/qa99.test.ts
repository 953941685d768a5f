// QA round 99: «أمي» (my mother) and «أخي» (my brother) inside a clause. The two words were split
// stem + «ي» only after «يا» or before clause-ending punctuation (QA round 95), so «كانت أمي تعرف»,
// «مع أخي في», «أمي وأبي» kept them whole. In running text (applyContext, isMyKin) they now split
// after «ف», «ل», «ب»; after a preposition or particle («من أمي», «مع أخي», «كانت أمي», «لأن أمي»)
// or a verb + «ني» whose subject they are («أخبرتني أمي»); before a particle, preposition or pronoun
// («أمي هي», «أخي في», «سألت أخي عنه»), an adverb, «أو», «ثم», a relative pronoun, or «و» + a word
// («أمي وأبي»). Before a name they stay whole (Amy: «الممثلة أمي آدامز»), and «أبي», «يدي» keep
// their old rules («من أبي ظبي», «بين يدي الرئيس»).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«أمي», «أخي» inside a clause', () => {
  test.each([
    ['كانت أمي تعد الطعام كل صباح', 1, '[أم]+ي'],
    ['سافرت مع أخي إلى المدينة', 2, '[أخ]+ي'],
    ['قالت لي أمي إن الامتحان سهل', 2, '[أم]+ي'],
    ['أمي وأبي يعملان في المستشفى', 0, '[أم]+ي'],
    ['أخبرتني أمي بالخبر السعيد', 1, '[أم]+ي'],
    ['سألت أخي عنه فلم يجب', 1, '[أخ]+ي'],
    ['اشتريت هدية لأمي في عيدها', 2, 'ل+[أم]+ي'],
    ['خرجت من البيت فأخي ينتظرني عند الباب', 3, 'ف+[أخ]+ي'],
    ['أعرف أن أخي الأكبر سيعود غدا', 2, '[أخ]+ي'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['شاركت الممثلة أمي آدامز في الفيلم', 2, '[أمي]'],
    ['وصل الوفد من أبي ظبي صباح اليوم', 3, '[أبي]'],
    ['وقف السفير بين يدي الرئيس', 3, '[يدي]'],
    ['قال الطفل يا أمي لا تحزني', 3, '[أم]+ي'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
