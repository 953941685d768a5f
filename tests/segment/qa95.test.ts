// QA round 95: «أبي», «أمي», «أخي», «يدي» (my father, my mother, my brother, my hand) after «يا»
// and at the end of a clause. The four were kept whole: «أبي» is mostly the genitive of «أبو»
// before a name («أبي بكر») and «يدي» a dual in construct («بين يدي الرئيس»), so the word alone
// cannot split them. In running text (applyContext) they now split stem + «ي» after the vocative
// «يا» («يا أبي», «يا أخي»), and «أمي», «أخي», «يدي» also when clause-ending punctuation or the
// end of the text follows them («عن أمي.», «في يدي،», «بيدي،»). «أبي» before punctuation stays
// whole (the name Abiy, «أبيّ» proud, the verb «أبى» are written so too).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«أبي», «أمي», «أخي», «يدي» at the end of a clause', () => {
  test.each([
    ['قال الولد: يا أبي لا تتأخر', 3, '[أب]+ي'],
    ['اسمعني يا أمي قبل أن تذهبي', 2, '[أم]+ي'],
    ['قلت له يا أخي الكريم إن الوقت قصير', 3, '[أخ]+ي'],
    ['هذا البيت ورثته عن أمي.', 4, '[أم]+ي'],
    ['تعال معي يا أخي!', 3, '[أخ]+ي'],
    ['كان القلم في يدي، فكتبت الرسالة', 3, '[يد]+ي'],
    ['لم أكتبه بيدي، بل كتبه غيري', 2, 'ب+[يد]+ي'],
    ['لا أعرف أين ذهب أخي', 4, '[أخ]+ي'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['توفي أبي بكر في المدينة', 1, '[أبي]'],
    ['كتب المؤرخ عن أبي طالب كثيرا', 3, '[أبي]'],
    ['وقف الوزير بين يدي الرئيس', 3, '[يدي]'],
    ['تعلم الفقه على يدي شيخه', 3, '[يدي]'],
    ['نزلت الآية في عبد الله بن أبي، زعيم المنافقين', 6, '[أبي]'],
    ['رحب الوزير بزيارة أبي، رئيس وزراء إثيوبيا', 3, '[أبي]'],
    ['يبقى هذا الشعب أبي، لا يقبل الظلم', 3, '[أبي]'],
    ['ذهبت بأبي القاسم إلى السوق', 1, 'ب+[أبي]'],
    ['قرأت كتاب ليدي غاغا', 2, '[ليدي]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
