import { describe, expect, test } from 'vitest';
import { root } from '../../src/root/index.js';

// QA round 109: الثرى «the soil» («ووري الثرى», «تحت الثرى», «على ثرى هذه الأرض») took ثرو, the
// root of ثروة «wealth», where the dictionaries file it under ثري, as the module files الثري
// «the rich» (which news text also writes الثرى); and حواس «senses» before نا or ك (حواسنا،
// بحواسنا «our senses», حواسك «your senses») took حسن and حسك where حواسه، الحواس had حسس. Both
// are LEXICAL_STEMS rows now (ثرى of ثري, حواس of حسس). Foreign names read as Arabic words go to
// LOOKUP_NAMES: لابورتا (Joan Laporta; بور), سرجون، لسرجون (Sargon, Sarjun ibn Mansur; سرج),
// فارنا، بفارنا، وفارنا (Varna; فور، وفر) and ستوكلي (Stokely, Stukeley; وكل).
// Invented sentences.
describe('root: QA round 109', () => {
  // «ووري جثمانه الثرى في مقبرة البلدة», «دافعوا عن ثرى الوطن», «عانق الثرى والثرى الطيب»,
  // «سقطت قطرات المطر على الثرى فالثرى عطشان», «تزوجت رجل أعمال ثرى», «ما تدركه حواسنا»,
  // «نعرف العالم بحواسنا الخمس», «تجربة تثري جميع حواسك», «خسر خوان لابورتا الانتخابات»,
  // «قصر الملك سرجون الثاني», «وصل الرئيس إلى مدينة فارنا البلغارية», «رحلة من إسطنبول إلى
  // فارنا وبفارنا ميناء كبير», «قال الباحث ستوكلي إن الثغرة خطيرة»
  test.each([
    ['الثرى', 'ثري'],
    ['والثرى', 'ثري'],
    ['للثرى', 'ثري'],
    ['فالثرى', 'ثري'],
    ['ثرى', 'ثري'],
    ['وثرى', 'ثري'],
    ['حواسنا', 'حسس'],
    ['بحواسنا', 'حسس'],
    ['لحواسنا', 'حسس'],
    ['وحواسنا', 'حسس'],
    ['حواسك', 'حسس'],
    ['لابورتا', undefined],
    ['سرجون', undefined],
    ['لسرجون', undefined],
    ['فارنا', undefined],
    ['بفارنا', undefined],
    ['وفارنا', undefined],
    ['ستوكلي', undefined],
  ])('%s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });

  // Guards: ثروة، الثروة، ثراء «wealth» keep ثرو and الثري، ثري «rich» ثري; الحواس، حواسه keep
  // حسس, and حواسيب «computers» حسب, محاسن، حسنا حسن; سرج، السرج «saddle» keep سرج, فورا فور,
  // وفر، وفرنا «provided (us)» وفر, توكلي «your trust» وكل, بور «fallow» بور.
  test.each([
    ['ثروة', 'ثرو'],
    ['الثروة', 'ثرو'],
    ['ثراء', 'ثرو'],
    ['الثري', 'ثري'],
    ['ثري', 'ثري'],
    ['الحواس', 'حسس'],
    ['حواسه', 'حسس'],
    ['حواسيب', 'حسب'],
    ['الحواسيب', 'حسب'],
    ['محاسن', 'حسن'],
    ['حسنا', 'حسن'],
    ['سرج', 'سرج'],
    ['السرج', 'سرج'],
    ['فورا', 'فور'],
    ['وفر', 'وفر'],
    ['وفرنا', 'وفر'],
    ['توكلي', 'وكل'],
    ['بور', 'بور'],
  ])('guard: %s → %s', (word, expected) => {
    expect(root(word)).toBe(expected);
  });
});
