// The currency of a bare «دينار» read from its paragraph (API pass 9): seven countries pay in
// dinars, and news that quotes a bare amount names its country nearby. Invented sentences.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { dinarCountry } from '../../src/ner/dinar.js';

const money = (text: string): [string, unknown][] => entities(text, { types: ['MONEY'] }).map((e) => [e.text, e.value]);

describe('a bare dinar amount', () => {
  test('takes the currency of the one dinar country its paragraph names', () => {
    expect(money('حقق البنك التجاري الكويتي أرباحا بلغت 16.7 مليون دينار في النصف الأول.')).toEqual([
      ['16.7 مليون دينار', { amount: 16700000, currency: 'KWD' }],
    ]);
    // in another sentence of the same paragraph, in words, in the plural
    expect(money('ارتفع مؤشر البورصة الأردنية أمس. وبلغت قيمة التداول خمسة ملايين دينار.')).toEqual([
      ['خمسة ملايين دينار', { amount: 5000000, currency: 'JOD' }],
    ]);
    expect(money('يبلغ سعر الكتاب في تونس عشرة دنانير.')).toEqual([['عشرة دنانير', { amount: 10, currency: 'TND' }]]);
    expect(money('أنفقت الحكومة الليبية 2.8 مليار دينار على الكهرباء.')).toEqual([['2.8 مليار دينار', { amount: 2800000000, currency: 'LYD' }]]);
  });

  test('keeps no value when the paragraph names no dinar country, or two', () => {
    expect(money('بلغت قيمة الصفقة 5 ملايين دينار.')).toEqual([['5 ملايين دينار', undefined]]);
    expect(money('زار وفد عراقي الكويت وبحث صفقة بقيمة 5 ملايين دينار.')).toEqual([['5 ملايين دينار', undefined]]);
    // the country is in another paragraph
    expect(money('ارتفع مؤشر البورصة الأردنية أمس.\nوبلغت قيمة الصفقة 5 ملايين دينار.')).toEqual([['5 ملايين دينار', undefined]]);
  });

  test('keeps no value in a text of the past, whose dinar is a gold coin', () => {
    expect(money('أرسل الوالي إلى العراق سنة 240هـ مبلغ ألف دينار.')).toEqual([['ألف دينار', undefined]]);
    expect(money('كانت ضريبة بغداد في العصر العباسي ثلاثين ألف دينار وكان العراق غنيا.')).toEqual([['ثلاثين ألف دينار', undefined]]);
  });

  test('an explicit currency is never overridden', () => {
    expect(money('في الكويت بيع السهم بسعر 3 دنانير أردنية.')).toEqual([['3 دنانير أردنية', { amount: 3, currency: 'JOD' }]]);
  });
});

describe('dinarCountry', () => {
  test('reads countries and their adjectives, with clitics, as words only', () => {
    expect(dinarCountry(['وصل الوفد إلى الكويت'])).toBe('KWD');
    expect(dinarCountry(['قال مسؤول بالبنك المركزي البحريني'])).toBe('BHD');
    expect(dinarCountry(['وللأردن حدود طويلة'])).toBe('JOD');
    expect(dinarCountry(['تتميز المدينة بعراقة تاريخها وتنوع أعراق سكانها'])).toBe('');
    expect(dinarCountry(['سافر إلى ليبيريا'])).toBe('');
    expect(dinarCountry(['زار الجزائر ثم تونس'])).toBe('*');
  });
});
