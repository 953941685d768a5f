import { describe, expect, test } from 'vitest';
import { stem, tokenize } from '../../src/index.js';

// Stem QA round 108, one class, decided in src/stem/dhad.ts: a conjunction or preposition kept in
// front of a noun of two letters written with a hamza or a madda («لأب» → «لاب», «وأخ» → «واخ»,
// «بآل» → «بال», which is also «بال», mind). «أب», «أخ», «آل» now take the stem of the bare noun
// («اب», «اخ», «ال») after one of و ف ب ل ك or a conjunction and a preposition («ولأب»), when the
// hamza or the madda is written: 278 tokens over the 16 news files. Untouched: the same letters
// without it («باب», «بال», «لاب»), the words of three letters whose hamza is a radical's («بأس»,
// «كأس», «فأر», «وأد»), «آب» with its madda (round 107) and «أم» (round 105). Invented phrases.
describe('stem QA round 108: a proclitic before «أب», «أخ», «آل»', () => {
  test('father, brother and family after a proclitic', () => {
    expect(stem('لأب')).toBe('اب');
    expect(stem('وأب')).toBe('اب');
    expect(stem('بأب')).toBe('اب');
    expect(stem('كأب')).toBe('اب');
    expect(stem('لِأَبٍ')).toBe('اب');
    expect(stem('وأخ')).toBe('اخ');
    expect(stem('لأخ')).toBe('اخ');
    expect(stem('كأخ')).toBe('اخ');
    expect(stem('وأَخٌ')).toBe('اخ');
    expect(stem('لآل')).toBe('ال');
    expect(stem('بآل')).toBe('ال');
    expect(stem('كآل')).toBe('ال');
    expect(stem('لِآل')).toBe('ال');
    // a conjunction and a preposition
    expect(stem('ولأب')).toBe('اب');
    expect(stem('وبآل')).toBe('ال');
    // the hamza and the madda written as marks after the alef (U+0654, U+0653)
    expect(stem('\u0644\u0627\u0654\u0628')).toBe('اب');
    expect(stem('\u0628\u0627\u0653\u0644')).toBe('ال');
  });

  test('in invented sentences', () => {
    const words = tokenize('ولد الكاتب لأب مصري وأم سورية وهو متزوج وأب لطفلين')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(words[2]).toBe(stem('الأب'));
    expect(words[8]).toBe(stem('الأب'));
    const more = tokenize('أطاح أهل المدينة بآل ميديشي وكان له أخت وأخ أصغر')
      .filter((t) => t.type === 'word')
      .map((t) => stem(t.text));
    expect(more[3]).toBe(stem('آل'));
    expect(more[3]).not.toBe(stem('بال'));
    expect(more[8]).toBe(stem('الأخ'));
  });

  test('guards: the same letters without the hamza, and other words, as before', () => {
    expect(stem('باب')).toBe('باب');
    expect(stem('بال')).toBe('بال');
    expect(stem('لاب')).toBe('لاب');
    expect(stem('واب')).toBe('واب');
    expect(stem('بأس')).toBe('باس');
    expect(stem('كأس')).toBe('كاس');
    expect(stem('فأر')).toBe('فار');
    expect(stem('وأد')).toBe('واد');
    expect(stem('آب')).toBe('آب');
    expect(stem('وآب')).toBe('آب');
    expect(stem('لآب')).toBe('آب');
    expect(stem('لأم')).toBe('ام');
    expect(stem('أب')).toBe('اب');
    expect(stem('الأب')).toBe('اب');
    expect(stem('لأبيه')).toBe('اب');
    expect(stem('وأخيه')).toBe('اخ');
    expect(stem('آل')).toBe('ال');
    expect(stem('وآل')).toBe('ال');
    expect(stem('فأب')).toBe('اب');
  });
});
