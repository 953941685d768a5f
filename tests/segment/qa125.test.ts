// QA round 125: a perfect verb of a root in ك kept whole, not ك + a noun.
// «كسبت» (she won, I won) was read ك + «سبت» (like a Saturday): the stem, with the article in
// every weekday's name, outscored the verb, and «كسبته», «كسبتها», «وكسبت» went the same way;
// «كفرت» (she disbelieved) was ك + «فرت». ك is no longer split off a stem of three letters in ت
// when the imperfect ي + ك + the stem's first two letters is seen often and never with the
// article («يكسب», «يكفر»: isKafPerfect). ك + a noun keeps its split where no such imperfect
// exists («كبيت», «كصوت», «كوقت») or the stem ends otherwise («كسبب»). The noun of a verb of such
// a root gains too: «كنيته» (his kunya) is «كنية» + ه, no longer ك + «نية» + ه (by «يكني»).
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt, pieces } from '../helpers/segment.js';

describe('a perfect verb of a root in ك kept whole', () => {
  test.each([
    ['وقد كسبت الشركة القضية أمام المحكمة', 1, '[كسبت]'],
    ['لقد كسبت ثقة الناخبين في المدينة', 1, '[كسبت]'],
    ['وهي الجائزة التي كسبتها العام الماضي', 3, '[كسبت]+ها'],
    ['ما كسبته البلاد من الاتفاق كبير', 1, '[كسبت]+ه'],
    ['ولعبت اللاعبة بقوة وكسبت المباراة', 3, 'و+[كسبت]'],
    ['وقد كفرت الجماعة من خالفها', 1, '[كفرت]'],
    ['وعرف الشاعر بكنيته وكنيته أبو الفضل', 3, 'و+[كنية]+ه'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test('the word alone', () => {
    expect(pieces('كسبت')).toBe('كسبت/كسبت/STEM');
  });

  test.each([
    ['عاش الطفل في الخيمة كبيت له', 4, 'ك+[بيت]'],
    ['ارتفع صوتها كصوت الرعد', 2, 'ك+[صوت]'],
    ['جاء الخبر كوقت للراحة', 2, 'ك+[وقت]'],
    ['ذكر الغلاء كسبب للاحتجاج', 2, 'ك+[سبب]'],
    ['وقد كتبت الصحيفة عن الحادث', 1, '[كتبت]'],
    ['وكشفت الوزارة عن الخطة', 0, 'و+[كشفت]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
