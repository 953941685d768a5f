import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 8 (word tokens of news-012 and news-009 read by eye): each block is one error class
// that was fixed, checked on inflections and clitic forms, with guards for the words the new
// rule must leave alone.
describe('hamza and weak radicals of frequent words', () => {
  test.each([
    ['الأولى', 'ءول'],
    ['وللأولى', 'ءول'],
    ['أولى', 'ءول'],
    ['الاولى', 'ءول'],
    ['بدايتها', 'بدء'],
    ['وبدايات', 'بدء'],
    ['المساء', 'مسو'],
    ['مسائية', 'مسو'],
    ['ساحاتها', 'سوح'],
    ['بالساحة', 'سوح'],
    ['العاليين', 'علو'],
    ['للنساء', 'نسو'],
    ['نسائية', 'نسو'],
    ['واليهود', 'هود'],
    ['اليهودية', 'هود'],
    ['بتهمتين', 'وهم'],
    ['أراء', 'رءي'],
    ['وقاد', 'قود'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['أولوية', 'ولي'],
    ['الأوائل', 'ءول'],
    ['نهاية', 'نهي'],
    ['يبدو', 'بدو'],
    ['مساءلة', 'سءل'],
    ['مساحة', 'مسح'],
    ['فعالية', 'فعل'],
    ['تهم', 'همم'],
    ['متهم', 'وهم'],
    ['قادما', 'قدم'],
  ])('leaves the look-alikes: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('the building words of بني, not بنو (ابن)', () => {
  test.each([
    ['البناء', 'بني'],
    ['وبنائها', 'بني'],
    ['البنية', 'بني'],
    ['بنيتها', 'بني'],
    ['للمبنى', 'بني'],
    ['والمباني', 'بني'],
    ['الأبنية', 'بني'],
    ['بنى', 'بني'],
    ['بنيت', 'بني'],
  ])('reads %s as بني', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([['ابنه'], ['أبناء'], ['بنات'], ['ابنة']])('keeps %s of بنو', (word) => {
    expect(root(word)).toBe('بنو');
  });
});

describe('doubled words read as hollow or defective', () => {
  test.each([
    ['الشاب', 'شبب'],
    ['شابة', 'شبب'],
    ['هامة', 'همم'],
    ['هاما', 'همم'],
    ['بكافة', 'كفف'],
    ['الحريات', 'حرر'],
    ['وحريته', 'حرر'],
    ['الطن', 'طنن'],
    ['أطنان', 'طنن'],
    ['التل', 'تلل'],
    ['تلة', 'تلل'],
    ['تلال', 'تلل'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['شابه', 'شبه'],
    ['سهام', 'سهم'],
    ['وطن', 'وطن'],
    ['بطن', 'بطن'],
    ['كتلة', 'كتل'],
    ['بحرية', 'بحر'],
    ['حريص', 'حرص'],
    ['تلاه', 'تلو'],
  ])('leaves the words that contain them: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('words split the wrong way', () => {
  test.each([
    ['التجارية', 'تجر'],
    ['تجاري', 'تجر'],
    ['بواسطتها', 'وسط'],
    ['لسنة', 'سنو'],
    ['لقوة', 'قوي'],
    ['سيما', 'سوي'],
    ['ولاسيما', 'سوي'],
    ['الذاتية', 'ذوي'],
    ['بالذات', 'ذوي'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['لسان', 'لسن'],
    ['قوت', 'قوت'],
    ['وسيما', 'وسم'],
    ['ذاته', 'ذوي'],
  ])('leaves %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('the feminine dual of relative adjectives', () => {
  test.each([
    ['الرئيسيتين', 'رءس'],
    ['العسكريتان', 'عسكر'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['قضيتين', 'قضي'],
    ['الدوليتين', 'دول'],
  ])('keeps the dual of a defective noun and of دولي: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('roots added to the lexicon', () => {
  test.each([
    ['الأشعة', 'شعع'],
    ['المنحدرات', 'حدر'],
    ['علبة', 'علب'],
    ['البلاط', 'بلط'],
    ['الثكنات', 'ثكن'],
    ['الصقيع', 'صقع'],
    ['نكهة', 'نكه'],
    ['الطازجة', 'طزج'],
    ['العطب', 'عطب'],
    ['شظايا', 'شظي'],
    ['الأفاعي', 'فعي'],
    ['رشاشات', 'رشش'],
  ])('reads %s as %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  test.each([
    ['رده', 'ردد'],
    ['بصلة', 'وصل'],
    ['الرشوة', 'رشو'],
  ])('leaves %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});

describe('loanwords and name particles', () => {
  test.each([['غاز'], ['الغاز'], ['بالغاز'], ['والغازات'], ['باشا'], ['الباشا'], ['دي'], ['دا'], ['سي'], ['سان']])(
    '%s has no root',
    (word) => {
      expect(root(word)).toBeUndefined();
    },
  );

  test.each([
    ['غازي', 'غزو'],
    ['غزو', 'غزو'],
    // (ودّي «friendly», as news text uses it: «لقاء ودي»; QA round 14, was ودي)
    ['ودي', 'ودد'],
    ['لسان', 'لسن'],
    ['إنسان', 'ءنس'],
  ])('leaves the Arabic words: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
