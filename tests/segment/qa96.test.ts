// QA round 96: a feminine noun's dual in construct before two coordinated genitives. Its written
// «…تي» («بورصتي», «إدارتي», «جمهوريتي») was read as the noun in ة + «ي» (my). In running text
// (applyContext) the word is now read whole, as written, when the next word (the article at most,
// no pronoun) is followed by «و» + a word: «بورصتي القاهرة والإسكندرية», «إدارتي الهلال والنصر».
// It stays «my …» before a nisba adjective in «ية», a particle, an adverb, a pronoun after «و», or,
// when the first genitive is indefinite, after a proclitic («بصفتي والد وممثل»).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('a dual in construct before two coordinated genitives', () => {
  test.each([
    ['ارتفعت الأسهم في بورصتي القاهرة والإسكندرية أمس', 3, '[بورصتي]'],
    ['اجتمع رئيسا إدارتي الهلال والنصر في الرياض', 2, '[إدارتي]'],
    ['وقعت الحكومة اتفاقا مع جمهوريتي كرواتيا وسلوفينيا', 4, '[جمهوريتي]'],
    ['أدى المصلون صلاتي المغرب والعشاء جمعا', 2, '[صلاتي]'],
    ['آمن القوم بعقيدتي البعث والخلود', 2, 'ب+[عقيدتي]'],
    ['زار الوفد محافظتي البصرة وميسان', 2, '[محافظتي]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['تغيرت حياتي الشخصية والمهنية بعد السفر', 1, '[حياة]+ي'],
    ['حضرت بصفتي والد وممثل للطالب', 1, 'ب+[صفة]+ي'],
    ['راجعت نسبتي الموزونة وبعد ذلك قدمت', 1, '[نسبة]+ي'],
    ['كانت والدتي تراقبني وأنا أكتب', 1, '[والدة]+ي'],
    ['تغيرت حياتي تماما وانتقلت إلى المدينة', 1, '[حياة]+ي'],
    ['وضعت حقيبتي اليدوية وورقة السفر', 1, '[حقيبة]+ي'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
