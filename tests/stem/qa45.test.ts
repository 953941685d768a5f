import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 45: two classes. (1) A singular in ون with a nisba of its own («فرعون»:
// «فرعوني», «الفرعونية»; «الغابون», «الكرتون», «المارون») was cut as a sound plural («فرع»,
// «غاب», «كرة», «مار»), licensed by another word's dual or noun («فرعين»). A sound plural takes
// no nisba, so a word in ون whose «Xوني», «Xونية» is seen OWN_NISBA_THETA × its count keeps its
// letters (code s dropped by the lexicon script). (2) The plural in ـات of a noun in ـة whose
// bare X is mostly a verb that also names a noun now and then with the article («غابات» beside
// the verb «غاب» and «الغاب», «طبعات», «القابلات») went to X: where X shows its perfect «Xت» and
// «الXة» well outnumbers «الX», the plural goes with «Xة».
describe('stem QA round 45: singulars in ون with a nisba, plurals of nouns in ـة beside a verb', () => {
  test('a singular in ون with a nisba of its own keeps its letters', () => {
    expect(stem('فرعون')).toBe('فرعون');
    expect(stem('الفرعون')).toBe('فرعون');
    expect(stem('وفرعون')).toBe(stem('للفرعون'));
    expect(stem('الغابون')).toBe('غابون');
    expect(stem('للغابون')).toBe(stem('غابون'));
    expect(stem('الكرتون')).toBe('كرتون');
    expect(stem('المارون')).toBe('مارون');
  });

  test('the plural of a noun in ـة beside a verb meets its singular', () => {
    expect(stem('الغابات')).toBe(stem('الغابة'));
    expect(stem('غابات')).toBe('غابة');
    expect(stem('بالغابات')).toBe('غابة');
    expect(stem('غاباتها')).toBe(stem('غابة'));
    expect(stem('الطبعات')).toBe(stem('طبعة'));
    expect(stem('القابلات')).toBe('قابلة');
  });

  test('guards: sound plurals in ون, their nisbas and the bare verbs are as before', () => {
    expect(stem('المسلمون')).toBe('مسلم');
    expect(stem('العاملون')).toBe('عامل');
    expect(stem('فرعين')).toBe('فرع');
    expect(stem('الفرعونية')).toBe('فرعوني');
    expect(stem('الغاب')).toBe('غاب');
    expect(stem('غابت')).toBe('غاب'); // (round 74: the perfect, after «التي», «قد», loses its ت)
    expect(stem('مقابلات')).toBe('مقابلة');
    expect(stem('القرارات')).toBe('قرار');
  });
});
