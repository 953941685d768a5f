// QA round 108: و ف س before a rare imperfect plural in «ون» of six letters.
// QA round 107 split و ف (and the future س) off an imperfect plural in «ون» the corpus never
// showed when it knew the singular in ي as a verb; a stem of six letters («يطبخون») still
// needed that singular sixteen times, as the dual in «ان» does, so rare verbs kept their
// conjunction («ويطبخون», «ويسهرون», «فيشبعون», «سيندمون»). The plural of the third person
// now needs it as often as a stem of seven letters (four times); the second person in ت keeps
// the old margin, for names in «ون» after س («ستاديون») read so.
// The fix cases failed before the change; the guards pass before and after.
// Invented sentences.
import { describe, expect, test } from 'vitest';
import { formAt } from '../helpers/segment.js';

describe('و ف س before a rare imperfect plural in «ون»', () => {
  test.each([
    ['يجتمع الطهاة ويطبخون الأرز للضيوف', 2, 'و+[يطبخون]'],
    ['يبقى الجنود في الثكنة ويسهرون على الحدود', 4, 'و+[يسهرون]'],
    ['يقرأ الباحثون الوثائق ويمعنون في تفاصيلها', 3, 'و+[يمعنون]'],
    ['يزور الأغنياء القرية ويغدقون العطايا على أهلها', 3, 'و+[يغدقون]'],
    ['يأكل الأطفال فيشبعون سريعا', 2, 'ف+[يشبعون]'],
    ['يقول الخبراء إن المخالفين سيندمون على قرارهم', 4, 'س+[يندمون]'],
    ['يحضر المصلون ويسجدون في المسجد', 2, 'و+[يسجدون]'],
    ['يخرج اللصوص ويسلبون المارة', 2, 'و+[يسلبون]'],
  ])('%s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });

  test.each([
    ['أقيمت المباراة في الستاديون القديم', 3, 'ال+[ستاديون]'],
    ['التقى الوزير بالسيد ويلهامسون أمس', 3, '[ويلهامسون]'],
    ['درب فيرجسون الفريق سنوات طويلة', 1, '[فيرجسون]'],
    ['قال الحاكم ويلسون إن الوضع هادئ', 2, '[ويلسون]'],
    ['يعمل الموظفون ويتحاورون كل يوم', 2, 'و+[يتحاورون]'],
  ])('guard: %s (word %i) → %s', (text, index, expected) => {
    expect(formAt(text, index)).toBe(expected);
    expect(formAt(text, index, true)).toBe(expected);
  });
});
