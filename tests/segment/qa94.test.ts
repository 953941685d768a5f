// QA round 94: «سبحانه» and a two-letter noun + «ي» (my). «سبحانه», «سبحانك» (glory be to Him,
// to You) were kept whole: the lexicon's paradigm test reads their «ه» as a name's ending, since
// «سبحان» takes no article and is rarer than the word with its pronoun; it now takes a noun's
// article evidence (ARTICLELESS_NOUNS). «ربي» (my Lord), «حبي», «فمي» were kept whole, «ي» never
// split off a two-letter stem: it now is off a noun that takes «ه» and «ك» too
// (isShortPossessiveYeh), while «أمي», «يدي», «أبي», «أخي», «سري» and the name «حقي» stay whole.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('«سبحانه», two-letter noun + «ي»', () => {
  test.each([
    ['قال الخطيب إن الله سبحانه رحيم بعباده', 4, '[سبحان]+ه'],
    ['نذكر الخالق سبحانه وتعالى في كل صلاة', 2, '[سبحان]+ه'],
    ['قلت في دعائي سبحانك لا علم لنا', 3, '[سبحان]+ك'],
    ['الحمد لله الذي وفقني ربي في عملي', 4, '[رب]+ي'],
    ['دعوت ربي أن يحفظ أهلي', 1, '[رب]+ي'],
    ['أقسم وربي إني صادق', 1, 'و+[رب]+ي'],
    ['لم يتغير حبي لهذه المدينة', 2, '[حب]+ي'],
    ['فتحت فمي عند الطبيب', 1, '[فم]+ي'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    // (QA round 99) «أمي» before «إلى» is now my mother in running text; the name Amy stays whole
    ['وصلت الممثلة أمي آدامز إلى القاهرة', 2, '[أمي]'],
    ['زارنا أخي أمس', 1, '[أخي]'],
    ['رفعت يدي بالسؤال', 1, '[يدي]'],
    ['كتب الأديب يحيى حقي رواية مشهورة', 3, '[حقي]'],
    ['كشف التقرير عن برنامج سري للحكومة', 4, '[سري]'],
    ['سبحان الله ما أجمل المكان', 0, '[سبحان]'],
    ['شكر الرجل ربه على النعمة', 2, '[رب]+ه'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
