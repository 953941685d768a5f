import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 68: words whose letters fit a second root with the larger corpus prior. فوري
// «immediate» alone (وفوري، فوريا) is of فور, not وري or و + فري; نافورة «fountain» of فور, not
// نفر; بوصة، بوصات «inch» of بوص, not ب + وصي; التبغ «the tobacco» of تبغ, not ت + بغي; عانت،
// عانوا «suffered» of عني like عانى, not عين; فاض، فاضت «overflowed» of فيض and مالت، مالوا «tilted» of
// ميل, not فوض and مول; مستبد «tyrant» of بدد, not بدو; كسور «fractures» of كسر, not ك + سور;
// لويزيانا (Louisiana) and كفوري (Kfoury) are rootless, not لوز and كفر.
describe('root: QA round 68', () => {
  test.each([
    ['فوري', 'فور'],
    ['وفوري', 'فور'],
    ['فوريا', 'فور'],
    ['نافورة', 'فور'],
    ['ونافورة', 'فور'],
    ['النافورة', 'فور'],
    ['بوصة', 'بوص'],
    ['بوصات', 'بوص'],
    ['التبغ', 'تبغ'],
    ['والتبغ', 'تبغ'],
    ['عانت', 'عني'],
    ['وعانت', 'عني'],
    ['عانوا', 'عني'],
    ['فاضت', 'فيض'],
    ['فاض', 'فيض'],
    ['مالت', 'ميل'],
    ['مالوا', 'ميل'],
    ['المستبد', 'بدد'],
    ['مستبدا', 'بدد'],
    ['كسور', 'كسر'],
    ['وكسور', 'كسر'],
    ['لويزيانا', undefined],
    ['كفوري', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: الفوري، الفورية already read فور and الأحفوري «fossil» حفر; بوصفها «as it» keeps وصف
  // and بوصول «on the arrival» وصل; استعانت «sought help» keeps the hollow reading, of عون since QA
  // round 122 (it was عين, the root the prior preferred, not the عني of عانت); فاضل «virtuous» and فاضطر
  // «so he was forced» keep فضل and ضرر; مستبدلا «replacing» keeps بدل; المكسورة keeps كسر; المال
  // «money» keeps مول and يميل ميل; تبغوا، تبغونها «you seek (it)» keep بغي.
  test.each([
    ['الفوري', 'فور'],
    ['الفورية', 'فور'],
    ['الأحفوري', 'حفر'],
    ['بوصفها', 'وصف'],
    ['بوصول', 'وصل'],
    ['استعانت', 'عون'],
    ['فاضل', 'فضل'],
    ['فاضطر', 'ضرر'],
    ['مستبدلا', 'بدل'],
    ['المكسورة', 'كسر'],
    ['المال', 'مول'],
    ['يميل', 'ميل'],
    ['تبغوا', 'بغي'],
    ['تبغونها', 'بغي'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
