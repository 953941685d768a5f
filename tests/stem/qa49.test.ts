import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 49: one class. «أب» and «أخ» (two of the five nouns) show their case in a long
// vowel before a pronoun («أبوه», «أباه», «أبيه», «أخوها», «أخاه», «أخيه»), and the stemmer,
// having cut the pronoun, kept that vowel: «أبيه» gave «ابي», «أبوه» «ابو», «أخاه» «اخا»,
// while «الأب», «الأخ» give «اب», «اخ». A base «ابو», «ابا», «ابي», «اخو», «اخا», «اخي» left by a
// pronoun of the third person (or «نا») is now «اب» / «اخ». Without a pronoun these spellings
// stay as they were: «أبو», «أبا», «أبي» begin names, «أبي», «أخي» are as often «my father».
describe('stem QA round 49: «أب» and «أخ» before a pronoun', () => {
  test('the construct of «أب» before a pronoun meets «الأب»', () => {
    expect(stem('أبيه')).toBe('اب');
    expect(stem('أبوه')).toBe('اب');
    expect(stem('أباه')).toBe('اب');
    expect(stem('لأبيها')).toBe(stem('الأب'));
    expect(stem('وأبوهم')).toBe('اب');
    expect(stem('أبونا')).toBe('اب');
  });

  test('the construct of «أخ» before a pronoun meets «الأخ»', () => {
    expect(stem('أخيه')).toBe('اخ');
    expect(stem('أخوه')).toBe('اخ');
    expect(stem('أخاها')).toBe('اخ');
    expect(stem('بأخيها')).toBe(stem('الأخ'));
    expect(stem('وأخوها')).toBe('اخ');
  });

  test('guards: the bare forms, names and other words of the same letters are as before', () => {
    expect(stem('أبو')).toBe('ابو');
    expect(stem('أبا')).toBe('ابا');
    expect(stem('أبي')).toBe('ابي');
    expect(stem('أخي')).toBe('اخي');
    expect(stem('أبوظبي')).toBe('ابوظبي');
    expect(stem('حماه')).toBe('حمي');
    expect(stem('أبوابه')).toBe('ابواب');
    expect(stem('أخواته')).toBe('اخت');
    expect(stem('أبقاه')).toBe('ابقي');
    expect(stem('أخفاه')).toBe('اخفي');
    expect(stem('أخذه')).toBe('اخذ');
    expect(stem('ابنه')).toBe('ابن');
  });
});
