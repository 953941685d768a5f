// QA round 60: (1) «نا» after the construct of a sound masculine plural in ي: «لاعبينا» (our
// players) stayed whole, since the construct «لاعبي» is never written with the article and
// «نا» needs a noun; the plural «اللاعبين», «لاعبون» now shows one. (2) Perfect verbs in ت
// that the noun in ة of their letters outscored before a pronoun: «جمعتهما» (it brought the two
// together) was «جمعة» (Friday) + هما, «وفرتها» (she provided it) «وفرة» (abundance) + ها; and
// «وفرت» (she provided) was و + «فرت». (3) «بالماس» (Palmas, of «لاس بالماس») was ب + «الماس».
// The fix cases failed before the change; the guards pass before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('segment: «نا» after the construct of a sound masculine plural', () => {
  test.each([
    ['لاعبينا', '[لاعبي]+نا'],
    ['مقاتلينا', '[مقاتلي]+نا'],
    ['مشجعينا', '[مشجعي]+نا'],
    ['مستخدمينا', '[مستخدمي]+نا'],
    ['موظفينا', '[موظفي]+نا'],
    ['بموظفينا', 'ب+[موظفي]+نا'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('نثق كثيرا في لاعبينا قبل النهائي', 3)).toBe('[لاعبي]+نا');
    expect(formAt('شكرت الشركة مستخدمينا على صبرهم', 2)).toBe('[مستخدمي]+نا');
  });

  test.each([
    // nouns whose ين is their own take the accusative alef, not «نا»
    ['كمينا', '[كمينا]'],
    ['ثمينا', '[ثمينا]'],
    ['سجينا', '[سجينا]'],
    ['حزينا', '[حزينا]'],
    ['تمرينا', '[تمرينا]'],
    // names in «ينا»
    ['سيرينا', '[سيرينا]'],
    ['كارولينا', '[كارولينا]'],
    ['فيورنتينا', '[فيورنتينا]'],
    // the plural itself and its construct with «ه»
    ['لاعبين', '[لاعبين]'],
    ['لاعبيه', '[لاعبي]+ه'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: perfect verbs in ت that keep their ت before a pronoun', () => {
  test.each([
    ['جمعتهما', '[جمعت]+هما'],
    ['جمعته', '[جمعت]+ه'],
    ['جمعتهم', '[جمعت]+هم'],
    ['وفرتها', '[وفرت]+ها'],
    ['وفرته', '[وفرت]+ه'],
    ['وفرت', '[وفرت]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('نشر صورة جمعته بزميله القديم', 2)).toBe('[جمعت]+ه');
    expect(formAt('شكر المدرب الإدارة على الظروف التي وفرتها للفريق', 6)).toBe('[وفرت]+ها');
    expect(formAt('وفرت البلدية حافلات للزوار', 0)).toBe('[وفرت]');
  });

  test.each([
    // the nouns alone, and the verb after the conjunction
    ['جمعة', '[جمعة]'],
    ['وفرة', '[وفرة]'],
    ['ووفرت', 'و+[وفرت]'],
    // other perfects in ت and nouns in ة as before
    ['أبعدته', '[أبعدت]+ه'],
    ['حملتها', '[حملة]+ها'],
    ['فرت', '[فرت]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: «بالماس» (Palmas) kept whole', () => {
  test.each([
    ['بالماس', '[بالماس]'],
    ['وبالماس', 'و+[بالماس]'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('فاز الفريق على لاس بالماس مساء السبت', 4)).toBe('[بالماس]');
  });

  test.each([
    ['بالمال', 'ب+ال+[مال]'],
    ['بالماء', 'ب+ال+[ماء]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
