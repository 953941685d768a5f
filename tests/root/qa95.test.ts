import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 95: four classes. The verb تمخض «resulted (in)» (تمخضت، يتمخض، سيتمخض) had no root:
// مخض joins the seed roots (المخاض had it through a lexical stem). أخدود «gorge, furrow» and its
// plural أخاديد had no root; they are lexical stems of خدد now (خدد itself stays out of the seed
// roots: it would take أخد, أخذ written with د, and خديوي «Khedive»). تماس «contact» (تماس
// كهربائي) read ميس «swaying»; alone it is of مسس now, while التماس «petition» keeps لمس. And
// loanwords and names that read as Arabic roots: كلفن (Kelvin, not كلف), فاسيلي (Vasily, not
// سيل), نادين (Nadine, not ندو), أريس (Aris, not رءس), آسيوي «Asian» written with أ or a bare
// alef (الأسيوية، الاسيوية; not سوي، ءسو), and سان «San» after و، ب، ف or the article (وسان، بسان،
// السان; not سنو), while لسان «tongue» keeps لسن.
describe('root: QA round 95', () => {
  test.each([
    ['تمخض', 'مخض'],
    ['تمخضت', 'مخض'],
    ['وتمخضت', 'مخض'],
    ['يتمخض', 'مخض'],
    ['سيتمخض', 'مخض'],
    ['ستتمخض', 'مخض'],
    ['أخدود', 'خدد'],
    ['الأخدود', 'خدد'],
    ['وأخدود', 'خدد'],
    ['أخاديد', 'خدد'],
    ['الأخاديد', 'خدد'],
    ['تماس', 'مسس'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    'كلفن',
    'فاسيلي',
    'نادين',
    'أريس',
    'الأسيوية',
    'الاسيوية',
    'أسيوي',
    'اسيوية',
    'والأسيويون',
    'وسان',
    'بسان',
    'السان',
  ])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: المخاض keeps مخض; لسان، اللسان keep لسن; التماس «petition» keeps لمس; يكلف،
  // التكاليف keep كلف; سيل، السيول keep سيل; رئيس keeps رءس; الآسيوية stays rootless; أخد (a
  // misspelt أخذ) and خديوي get no root from خدد.
  test.each([
    ['المخاض', 'مخض'],
    ['لسان', 'لسن'],
    ['التماس', 'لمس'],
    ['يكلف', 'كلف'],
    ['التكاليف', 'كلف'],
    ['السيول', 'سيل'],
    ['رئيس', 'رءس'],
    ['نادي', 'ندو'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['الآسيوية', 'سان', 'أخد', 'خديوي'])('guard: %s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
