// QA round 67: (1) ف before a rare verb in a word the corpus never showed: «فيتجاهلون»,
// «فيمنحون», «فيندفع», «فتتناثر», «فنتناول» stayed whole, since isRareVerb left ف out for the
// names in «في»; it now takes ف when the whole word is unknown, and the split wins by the verb's
// shape as after و. Known words stay whole («فيصل», «فيرون», «فيلبس», «فينجر», «فيرونا»), and so
// do the dual or plural of a noun in ف («فيلقين», two corps) and the dialect's «فياريت».
// (2) The perfect of a form IV verb in ى with its subject «نا», we: «أجرينا» (we conducted),
// «أعطينا», «أمضينا», «ألقينا» were cut into «أجري» + نا as if «أ» were the imperfect's «I»,
// which takes no «us». They are one word now, as «طلبنا» is (rounds 25 and 30 had guarded
// «أجرينا», «أعطينا» as split; their guards now expect the whole word). Nouns in «أ» and ي keep
// «نا» («أيدينا», «أراضينا», «أهالينا»). The fix cases failed before the change; the guards pass
// before and after. Invented sentences.
import { describe, expect, test } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { formAt, forms } from '../helpers/segment.js';

describe('segment: ف before a rare verb in a word the corpus never showed', () => {
  test.each([
    ['فيتجاهلون', 'ف+[يتجاهلون]'],
    ['فيمنحون', 'ف+[يمنحون]'],
    ['فيندفع', 'ف+[يندفع]'],
    ['فيستسلمون', 'ف+[يستسلمون]'],
    ['فيتحرر', 'ف+[يتحرر]'],
    ['فتتناثر', 'ف+[تتناثر]'],
    ['فتضطرب', 'ف+[تضطرب]'],
    ['فنتناول', 'ف+[نتناول]'],
    ['فيحولونها', 'ف+[يحولون]+ها'],
    ['فيمتدحه', 'ف+[يمتدح]+ه'],
    ['فينتابهم', 'ف+[ينتاب]+هم'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('يسمع الموظفون التحذيرات فيتجاهلون كل ما يقال', 3)).toBe('ف+[يتجاهلون]');
    expect(formAt('ارتفعت الحرارة فتضطرب الأسواق من جديد', 2, true)).toBe('ف+[تضطرب]');
  });

  test.each([
    ['فيصل', '[فيصل]'],
    ['فيرون', '[فيرون]'],
    ['فيلبس', '[فيلبس]'],
    ['فينجر', '[فينجر]'],
    ['فيرونا', '[فيرونا]'],
    ['فيرجسون', '[فيرجسون]'],
    ['فيلقين', '[فيلقين]'],
    ['فيلمين', '[فيلمين]'],
    ['فياريت', '[فياريت]'],
    ['فيقول', 'ف+[يقول]'],
    ['يتجاهلون', '[يتجاهلون]'],
    ['ويتجاهلون', 'و+[يتجاهلون]'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});

describe('segment: a form IV perfect in ى keeps its subject «نا»', () => {
  test.each([
    ['أجرينا', '[أجرينا]'],
    ['أعطينا', '[أعطينا]'],
    ['أمضينا', '[أمضينا]'],
    ['ألقينا', '[ألقينا]'],
    ['أرسينا', '[أرسينا]'],
    ['وأمضينا', 'و+[أمضينا]'],
    ['أنهيناه', '[أنهينا]+ه'],
  ])('%s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });

  test('in running text', () => {
    expect(formAt('أجرينا مقابلات مع عشرات الطلاب', 0)).toBe('[أجرينا]');
    expect(formAt('وأمضينا ثلاثة أيام في المدينة القديمة', 0, true)).toBe('و+[أمضينا]');
  });

  test.each([
    ['أيدينا', '[أيدي]+نا'],
    ['أراضينا', '[أراضي]+نا'],
    ['أهالينا', '[أهالي]+نا'],
    ['أغانينا', '[أغاني]+نا'],
    ['أعطانا', '[أعطى]+نا'],
    ['يعطينا', '[يعطي]+نا'],
    ['أخبرنا', '[أخبر]+نا'],
    ['أتينا', '[أتي]+نا'],
  ])('guard: %s → %s', (word, expected) => {
    expect(forms(segment(word))).toBe(expected);
  });
});
