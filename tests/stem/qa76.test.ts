import { describe, expect, test } from 'vitest';
import { stem } from '../../src/index.js';

// Stem QA round 76, one class, decided in the generator (scripts/build-stem-lexicon.ts).
// Round 75's doubledFeminine cut the ت of a doubled verb's feminine perfect of three letters
// («ظلت» → «ظل») only where its plural «Xوا» was seen MIN_COUNT times. Verbs whose subject is
// mostly a thing write that plural all but never («تموا», «نصوا», «هزوا», «جدوا», «دلوا»), so
// «نصت المادة», «هزت انفجارات», «جدت اشتباكات», «دلت النتائج» kept their ت. A plural
// under MIN_COUNT now says nothing either way: the imperfect «يتم», «ينص», «يهز» (as doubledPlural
// asks), the particles «قد», «التي», «الذي» and no commoner «XاYت» decide. Nouns of three letters
// in ت («وقت», «بيت», «زيت», «ست», «بنت») and hollow first persons («كنت», «قلت», «قمت») keep it,
// and so does a word the corpus shows after «لا», «لم» (an imperfect or jussive too): «تمت»
// («لا تمت بصلة», has nothing to do with) stays whole, though «تمت الموافقة» is «تم» + ت.
describe('stem QA round 76: doubled feminine perfects with a rare plural', () => {
  test('the feminine perfect loses its ت', () => {
    expect(stem('نصت')).toBe('نص');
    expect(stem('ونصت')).toBe('نص');
    expect(stem('هزت')).toBe('هز');
    expect(stem('هزّت')).toBe('هز');
    expect(stem('جدت')).toBe('جد');
    expect(stem('جدّت')).toBe('جد');
    expect(stem('دلت')).toBe('دل');
    expect(stem('ودلّت')).toBe('دل');
    expect(stem('مست')).toBe('مس');
  });

  test('guards: nouns in ت, hollow first persons, a radical ت, round 75 and the masculine', () => {
    expect(stem('وقت')).toBe('وقت');
    expect(stem('بيت')).toBe('بيت');
    expect(stem('صوت')).toBe('صوت');
    expect(stem('زيت')).toBe('زيت');
    expect(stem('ست')).toBe('ست');
    expect(stem('بنت')).toBe('بنت');
    expect(stem('كنت')).toBe('كنت');
    expect(stem('قلت')).toBe('قلت');
    expect(stem('عدت')).toBe('عدت');
    expect(stem('قمت')).toBe('قمت');
    expect(stem('زلت')).toBe('زلت');
    expect(stem('لفت')).toBe('لفت');
    expect(stem('ظلت')).toBe('ظل');
    expect(stem('مرت')).toBe('مر');
    expect(stem('تم')).toBe('تم');
    expect(stem('يتم')).toBe('يتم');
  });
});
