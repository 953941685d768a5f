import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 84: عامي، عامية «colloquial» (العامية، بالعامية، والعامية، العامي) are of عمم like
// العامة, not عوم «year», whose corpus prior is the larger (after the article or before ة only);
// شاهين «falcon», also a surname, is of شهن, not شوه; رجة «tremor» (الرجة، ورجة) is of رجج, not
// رجو, and ارتجاج «concussion» (بارتجاج، الارتجاجات), rootless before, is of رجج too — شهن and
// رجج are seed roots since this round. كلية «faculty» after و (وكلية، وكليات) keeps كلل (round
// 83) against the verb وكّل, whose corpus prior is among the largest.
describe('root: QA round 84', () => {
  test.each([
    ['العامية', 'عمم'],
    ['بالعامية', 'عمم'],
    ['عامية', 'عمم'],
    ['والعامية', 'عمم'],
    ['كالعامية', 'عمم'],
    ['العامي', 'عمم'],
    ['شاهين', 'شهن'],
    ['وشاهين', 'شهن'],
    ['الشاهين', 'شهن'],
    ['الرجة', 'رجج'],
    ['رجة', 'رجج'],
    ['ورجة', 'رجج'],
    ['ارتجاج', 'رجج'],
    ['بارتجاج', 'رجج'],
    ['الارتجاجات', 'رجج'],
    ['وكلية', 'كلل'],
    ['وكليات', 'كلل'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: عامي alone and لعامي are «the two years of» (عامي 2010 و2011) and العاميين a
  // misspelt «the two years», all of عوم like العام; العامة keeps عمم; رجا «hoped», الرجاء، يرجو
  // keep رجو, فرجة «a show» keeps فرج (no ف + رجة), رجال keeps رجل; الجيران «neighbours» keeps
  // جور, تجري «takes place» جري and جرأة «daring» جرء; شاهد، مشاهير keep شهد، شهر; وكلت «delegated»,
// الوكلاء، وكيل keep وكل and وكل «and all» keeps كلل.
  test.each([
    ['عامي', 'عوم'],
    ['لعامي', 'عوم'],
    ['العاميين', 'عوم'],
    ['العام', 'عوم'],
    ['العامة', 'عمم'],
    ['رجا', 'رجو'],
    ['الرجاء', 'رجو'],
    ['يرجو', 'رجو'],
    ['فرجة', 'فرج'],
    ['رجال', 'رجل'],
    ['الجيران', 'جور'],
    ['تجري', 'جري'],
    ['جرأة', 'جرء'],
    ['شاهد', 'شهد'],
    ['مشاهير', 'شهر'],
    ['وكلت', 'وكل'],
    ['الوكلاء', 'وكل'],
    ['وكيل', 'وكل'],
    ['وكل', 'كلل'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
