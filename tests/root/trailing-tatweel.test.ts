// A tatweel drawn out after the last letter changes no root, as the property "diacritics and
// tatweel between letters do not change the root" requires: the re-reading of a definite word's
// final ه as ة («للشهه», «القلعه») looked at the raw last character and took a tatweel for a
// letter (found by a random run of that property in session 22: «للشههـ» had no root).
import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

describe('root: a trailing tatweel', () => {
  test.each(['للشهه', 'القلعه', 'الفرنسيه', 'للمره', 'بالمنظمة', 'والكتاب', 'قلعه'])('%s and %s with tatweel have one root', (word) => {
    expect(root(`${word}\u0640`)).toBe(root(word));
    expect(root(`${word}\u0640\u0640`)).toBe(root(word));
  });

  test('the ة-as-ه reading still needs the article', () => {
    expect(root('للشههـ')).toBe('شهو');
    expect(root('القلعهـ')).toBe('قلع');
  });

  test('guard: a proclitic chain drawn out with tatweel is still no word', () => {
    expect(root('بالـ')).toBeUndefined();
    expect(root('للـ')).toBeUndefined();
  });
});
