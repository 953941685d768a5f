// Regression tests for numeric QA round 85: a year typed against a word the grammar reads
// («تشرين الأول2016», «اتفاق2015،», «كأس آسيا2015.») was no DATE: `freeDigits` freed digits glued
// to a word only before a count or a quantity. `gluedYear` now frees four digits of 1900–2030
// (codes glued to a word have fewer: «فرانس24»). A number after a Latin name spelt letter by
// letter with full stops («إس.إي 370», «إتش.دي.إم.آي 1.4») was a NUM: `isSpeltAbbreviation` makes
// it a model's number. A screen's resolution «1920 في 1080 بيكسل» was two DATEs: `PIXELS` are a
// unit and `countedFourDigits` reads the width before «في» or «×». Invented sentences.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('years glued to a word', () => {
  test('after a two-word month, a noun or a name', () => {
    expect(pickNumeric('وجرى توقيع الاتفاق في تشرين الأول2016 بحضور الوزراء')).toEqual([['DATE', 'تشرين الأول2016', '2016-10']]);
    expect(pickNumeric('وانسحبت واشنطن من اتفاق2015، ثم فرضت عقوبات جديدة')).toEqual([['DATE', '2015', '2015']]);
    expect(pickNumeric('وخرج المنتخب من الدور الأول في كأس آسيا2019.')).toEqual([['DATE', '2019', '2019']]);
  });

  test('guards: codes and counts glued to a word', () => {
    expect(pickNumeric('وبثت قناة فرانس24 تقريرا عن الانتخابات')).toEqual([]);
    expect(pickNumeric('وتبلغ سعة الخزان نحو سعة2000 متر مكعب')).toEqual([['NUM', '2000', 2000]]);
    expect(pickNumeric('وسقط الصاروخ من طراز إف2015X في البحر')).toEqual([]);
    expect(pickNumeric('واشترت القوات الجوية مقاتلات تايفون إي.إف2000 الأوروبية')).toEqual([]);
  });
});

describe('numbers of models spelt letter by letter', () => {
  test('after a dotted spelt name', () => {
    expect(pickNumeric('ويأتي الحاسوب بمنفذ إتش.دي.إم.آي 1.4 ومنفذين للشحن')).toEqual([]);
    expect(pickNumeric('وكشفت الشركة عن هاتف إس.إي 370 بسعر منخفض')).toEqual([]);
  });

  test('guards: a lost space after a full stop, a counted noun', () => {
    expect(pickNumeric('وتقع المدينة على النهر.ويوجد 12 جسرا فيها')).toEqual([['NUM', '12', 12]]);
    expect(pickNumeric('ونشرت قوات إس.إي 370 جنديا على الحدود')).toEqual([['NUM', '370', 370]]);
  });
});

describe('screen resolutions', () => {
  test('width by height in pixels', () => {
    expect(pickNumeric('وتأتي الشاشة بدقة 1920 في 1080 بيكسل')).toEqual([['NUM', '1920', 1920], ['NUM', '1080', 1080]]);
    expect(pickNumeric('وتبلغ دقة الشاشة 2048×1536 بكسل')).toEqual([['NUM', '2048', 2048], ['NUM', '1536', 1536]]);
  });

  test('guards: a year before «في» and a distance', () => {
    expect(pickNumeric('وفاز العداء عام 2016 في سباق 1500 متر')).toEqual([['DATE', 'عام 2016', '2016'], ['NUM', '1500', 1500]]);
  });
});
