import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 41: foreign names and letters that fit a real root (أوبك → ءوب, يوليا → ولي, جاي →
// جوو, سيرجي → سرج, باسيل → سيل, نيوتن → نوي, إنرجي → رجو; the letter name إس → ءسس and
// بيل → بول alone); بنوك «banks» read as بنو + ك; كسوف «eclipse» as ك + سوف; لغاية «until» as
// لغو; فجاءت «then came» as فجأة (فجء); السامّ «the toxic» as سوم.
describe('root: QA round 41', () => {
  test.each([
    ['أوبك', undefined],
    ['لأوبك', undefined],
    ['وأوبك', undefined],
    ['يوليا', undefined],
    ['ويوليا', undefined],
    ['جاي', undefined],
    ['سيرجي', undefined],
    ['باسيل', undefined],
    ['نيوتن', undefined],
    ['إنرجي', undefined],
    ['إس', undefined],
    ['أس', undefined],
    ['بيل', undefined],
    ['بنوك', 'بنك'],
    ['وبنوك', 'بنك'],
    ['لبنوك', 'بنك'],
    ['كسوف', 'كسف'],
    ['كسوفا', 'كسف'],
    ['لغاية', 'غوي'],
    ['ولغاية', 'غوي'],
    ['لغايات', 'غوي'],
    ['فجاءت', 'جيء'],
    ['فجاء', 'جيء'],
    ['فجاءتها', 'جيء'],
    ['لجاء', 'جيء'],
    ['السام', 'سمم'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: وبيل «pernicious» (وبل); بأس «harm», أساس; البنوك، بنوكها; الكسوف; الغاية; فجأة
  // and فجائي «sudden» (فجء); جاءت، جاءوا; بنو «sons of»; سامة «toxic», وسام «medal».
  test.each([
    ['وبيل', 'وبل'],
    ['بأس', 'بءس'],
    ['أساس', 'ءسس'],
    ['البنوك', 'بنك'],
    ['بنوكها', 'بنك'],
    ['الكسوف', 'كسف'],
    ['الغاية', 'غوي'],
    ['فجأة', 'فجء'],
    ['فجائي', 'فجء'],
    ['فجائية', 'فجء'],
    ['جاءت', 'جيء'],
    ['جاءوا', 'جيء'],
    ['بنو', 'بنو'],
    ['سامة', 'سمم'],
    ['وسام', 'وسم'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
