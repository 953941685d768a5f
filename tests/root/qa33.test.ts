import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 33: تبّانة «straw» (درب التبانة) read as بين, سيفتك «will ravage» as سيف «sword»,
// فتوهم «and he imagined» as فتو, and proclitics drawn out with tatweel before a Latin word or
// a number (والـ، بالـ، للـ) as ويل، بول، ليل.
describe('root: QA round 33', () => {
  test.each([
    ['التبانة', 'تبن'],
    ['تبانة', 'تبن'],
    ['سيفتك', 'فتك'],
    ['فتوهم', 'وهم'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['والـ', 'بالـ', 'للـ', 'ولـ', 'والــ'])('gives the drawn-out proclitics %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: the same letters without tatweel (وال «governor», بال «mind»), a word drawn out
  // with tatweel inside or at its end, كاتبان, الاستبانة «questionnaire», يفتك, ستفتك, سنفتك, توهم,
  // تفتكر «you think», سيف «sword», فأخطاء.
  test.each([
    ['بال', 'بول'],
    ['الثلاثاءـ', 'ثلث'],
    ['لشهــــر', 'شهر'],
    ['الكاتبان', 'كتب'],
    ['الاستبانة', 'بين'],
    ['يفتك', 'فتك'],
    ['ستفتك', 'فتك'],
    ['سنفتك', 'فتك'],
    ['وتوهم', 'وهم'],
    ['تفتكر', 'فكر'],
    ['السيف', 'سيف'],
    ['سيفه', 'سيف'],
    ['فأخطاء', 'خطء'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
