import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 97: three classes. ملياردير «billionaire» (الملياردير، مليارديرات، مليارديرة،
// للملياردير) had no root: it is an irregular stem of ملير like مليار, the one stem of eight
// letters (the irregular-stem mask is 16 bits wide now and the 7-letter limit holds for template
// stems only). قبو «cellar, vault» (القبو، بالقبو، قبوات) had no root: قبو joins the seed roots.
// And foreign words that read as Arabic roots: باستير، باستور (Pasteur, not سير، سور), تيران
// (Tiran, not تور), أرنو، أرنون، أرنونا (Arnault, Arnon, Arnona; not رنو), بوركينا after a proclitic
// (not ورك، برك), تيغراي (Tigray, not وغر), أمهري، أمهرية (Amharic, not مهر), حواء (Eve, not حوي)
// and names such as أوبر (Uber, not وبر), دويل (Doyle, not دول), مهاتير (Mahathir, not هتر), هانت
// (Hunt, not هون), كانساس (Kansas, not سوس), إلينوي (Illinois, not لين), فلين (Flynn, not لين),
// كوفي (Kofi, not وفي), باري (Barry, Bari; not بري) and فورد (Ford, not ورد); لايبزغ (Leipzig) is
// no longer read as لا + يبزغ.
describe('root: QA round 97', () => {
  test.each([
    ['الملياردير', 'ملير'],
    ['ملياردير', 'ملير'],
    ['مليارديرات', 'ملير'],
    ['المليارديرات', 'ملير'],
    ['مليارديرة', 'ملير'],
    ['للملياردير', 'ملير'],
    ['والملياردير', 'ملير'],
    ['بالملياردير', 'ملير'],
    ['قبو', 'قبو'],
    ['القبو', 'قبو'],
    ['بالقبو', 'قبو'],
    ['والقبو', 'قبو'],
    ['قبوات', 'قبو'],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    'باستير',
    'باستور',
    'تيران',
    'وتيران',
    'أرنو',
    'أرنون',
    'أرنونا',
    'وبوركينا',
    'لبوركينا',
    'تيغراي',
    'وتيغراي',
    'الأمهرية',
    'بالأمهرية',
    'الامهرية',
    'أمهري',
    'حواء',
    'وحواء',
    'أوبر',
    'دويل',
    'مهاتير',
    'لمهاتير',
    'هانت',
    'كانساس',
    'إلينوي',
    'وإلينوي',
    'تحتمس',
    'فكتوريا',
    'فلين',
    'بفلين',
    'كوفي',
    'باري',
    'لباري',
    'فورد',
    'لفورد',
    'لايبزغ',
    'ولايبزغ',
  ])('%s has no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: مليار، مليون keep ملير، ملين; the words of قبل، قبر، رقب stay as they were; حوى
  // «contained» keeps حوي, المهر «the dowry» and ماهر مهر, التيار تير, يسير سير, الأسوار سور;
  // الفلين «cork» keeps فلن, الكوفي «Kufic» كيف, الباري «the Creator» بري, يرد ورد as before (فورد
  // is rootless at look-up only, so ورد keeps its prior); a verb after a glued لا or ما is still read.
  test.each([
    ['مليار', 'ملير'],
    ['المليارات', 'ملير'],
    ['مليون', 'ملين'],
    ['استقبال', 'قبل'],
    ['مقابلة', 'قبل'],
    ['القبور', 'قبر'],
    ['مراقبون', 'رقب'],
    ['يحوي', 'حوي'],
    ['احتواء', 'حوي'],
    ['الحاوية', 'حوي'],
    ['المهر', 'مهر'],
    ['ماهر', 'مهر'],
    ['التيار', 'تير'],
    ['يسير', 'سير'],
    ['الأسوار', 'سور'],
    ['البركة', 'برك'],
    ['الورك', 'ورك'],
    ['الفلين', 'فلن'],
    ['الكوفي', 'كيف'],
    ['الباري', 'بري'],
    ['يرد', 'ورد'],
    ['لايمكن', 'مكن'],
    ['لايوجد', 'وجد'],
    ['مايسمى', 'سمو'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test('guard: بوركينا alone stays rootless', () => {
    expect(root('بوركينا')).toBeUndefined();
  });
});
