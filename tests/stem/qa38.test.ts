import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 38: a word the whole-word guard keeps from its proclitic whose ending the
// lexicon licenses too («لاجئين» is no «ل» + «اجئين», and the plural of «لاجئ»: the new code l);
// duals of a noun of three letters before a pronoun («عينيه», «قدميها», «طفليه»); imperfect
// plurals whose subjunctive news hardly writes, licensed by the perfect plural of the same
// letters («يأملون» beside «أملوا», «يعتزمون» beside «اعتزموا»).
describe('stem QA round 38: guarded plurals, duals before a pronoun, imperfect plurals', () => {
  test('a plural the whole-word guard keeps from its proclitic still loses its ending', () => {
    expect(stem('اللاجئين')).toBe('لاجئ');
    expect(stem('للاجئين')).toBe('لاجئ');
    expect(stem('لاجئين')).toBe('لاجئ');
    expect(stem('واللاجئين')).toBe(stem('اللاجئ'));
    expect(stem('باللاجئين')).toBe(stem('لاجئون'));
  });

  test('the dual of a three-letter noun drops its ي before a pronoun', () => {
    expect(stem('عينيه')).toBe('عين');
    expect(stem('عينيها')).toBe(stem('العين'));
    expect(stem('قدميها')).toBe('قدم');
    expect(stem('بقدميه')).toBe('قدم');
    expect(stem('طفليه')).toBe('طفل');
    expect(stem('بلديهما')).toBe('بلد');
    expect(stem('ابنيه')).toBe('ابن');
    expect(stem('ساقيه')).toBe('ساق');
  });

  test('an imperfect plural goes with its singular though its subjunctive is unseen', () => {
    expect(stem('يأملون')).toBe(stem('يأمل'));
    expect(stem('يعتزمون')).toBe('يعتزم');
    expect(stem('يكافحون')).toBe('يكافح');
    expect(stem('يلوحون')).toBe('يلوح');
    expect(stem('يرقصون')).toBe('يرقص');
    expect(stem('ينتهكون')).toBe('ينتهك');
  });

  test('guards: nisbas, bare «Xي», «ك» after a name and names in ـون keep their letters', () => {
    // A bare «Xي» may be a nisba or «my X»; the ي goes only where a pronoun came off.
    expect(stem('عيني')).toBe('عيني');
    expect(stem('البلدي')).toBe('بلدي');
    // Nisbas and nouns in ـي seldom take a pronoun: no dual's construct.
    expect(stem('دوريه')).toBe('دوريه');
    expect(stem('ماضيه')).toBe('ماضي');
    // ك ends names as often as it is a pronoun («جيليك»): no dual is read behind it.
    expect(stem('جيليك')).toBe('جيلي');
    expect(stem('يانغون')).toBe('يانغون');
    expect(stem('تلفزيون')).toBe('تلفزيون');
    expect(stem('يعيشون')).toBe('يعيش');
    expect(stem('اللاجئ')).toBe('لاجئ');
  });
});
