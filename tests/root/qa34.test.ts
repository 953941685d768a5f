import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 34: فتوى «fatwa» read as فتي while its plural فتاوى reads فتو (and فتواهم as ف +
// توهم), relatives in Egyptian spelling or after ل (والتى، للذين) as ولي، لذذ, موئل «refuge» as
// مول, and دية «blood money» as دوي.
describe('root: QA round 34', () => {
  test.each([
    ['فتوى', 'فتو'],
    ['الفتوى', 'فتو'],
    ['بفتواه', 'فتو'],
    ['فتواهم', 'فتو'],
    ['موئل', 'وءل'],
    ['الموائل', 'وءل'],
    ['الدية', 'ودي'],
    ['ديات', 'ودي'],
    ['الملاذ', 'لوذ'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['والتى', 'بالتى', 'فالذى', 'للذي', 'للتي', 'للذين', 'وللذين', 'اللتى'])('gives the relative %s no root', (word) => {
    expect(root(word)).toBeUndefined();
  });

  // Guards: فتاوى, فتى «youth», فتاة, لفتوا «they drew attention», فتوهم «and he imagined», فدية
  // «ransom», the particles التي، الذي, مول «mall», بالتي.
  test.each([
    ['الفتاوى', 'فتو'],
    ['فتى', 'فتي'],
    ['الفتاة', 'فتي'],
    ['لفتوا', 'لفت'],
    ['ولفتوا', 'لفت'],
    ['فتوهم', 'وهم'],
    ['فدية', 'فدي'],
    ['المول', 'مول'],
    ['لذيذ', 'لذذ'],
  ])('keeps %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each(['التي', 'الذي', 'والتي'])('keeps %s without a root', (word) => {
    expect(root(word)).toBeUndefined();
  });
});
