import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 57, one class. A base of two letters between a conjunction or preposition and a
// pronoun («وضمها», «بيده», «بحقهم», «وحثهم») was kept whole: the guard that keeps «فيو», «ماها»
// whole (a proclitic that would leave fewer than three letters more likely belongs to the word)
// took no account of the pronoun after the base, though «ضمها», «يده» alone were already cut.
// takesSplit now takes such a split where there is one proclitic (و ف ب ل, not ك) and a pronoun
// of the third or second person or «نا» — not «ي» («باني», «لأني»), not after two proclitics
// («وليدها», her newborn), and not a lone ه after a base whose noun in ة news often writes with
// ه («لمده», «بصفه» for «لمدة», «بصفة»; HEH_FOR_TEH_MARBUTA).
describe('stem QA round 57: a base of two letters between a proclitic and a pronoun', () => {
  test('the proclitic and the pronoun come off', () => {
    expect(stem('وضمها')).toBe('ضم');
    expect(stem('فضمها')).toBe('ضم');
    expect(stem('لضمه')).toBe('ضم');
    expect(stem('بيده')).toBe('يد');
    expect(stem('بيدها')).toBe(stem('يده'));
    expect(stem('بحقهم')).toBe('حق');
    expect(stem('وحثهم')).toBe('حث');
    expect(stem('بحبه')).toBe('حب');
  });

  test('guards: no split before ي, after two proclitics, or where ه stands for ة', () => {
    expect(stem('ضمها')).toBe('ضم');
    expect(stem('وفي')).toBe('في');
    expect(stem('ومنها')).toBe('منها');
    expect(stem('وأنه')).toBe('انه');
    expect(stem('باني')).toBe('باني');
    expect(stem('وليدها')).toBe('وليدها');
    expect(stem('لمده')).toBe('لمده');
    expect(stem('بصفه')).toBe('بصفه');
    expect(stem('كفيه')).toBe('كفيه');
    expect(stem('وعده')).toBe('وعد');
  });
});
