// Regression tests for QA round 39 of the numeric grammar (own work of session 19): the Hijri
// era written «من الهجرة», a year right after «العام الهجري», a pair of years whose second bears
// the Hijri era, fils and qirsh (piastres) valued in the currency the text names, and no date
// for a Hijri year past 1500. Every sentence is invented; each case was misread before the fix,
// and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { hijriInterval } from '../../src/ner/numeric/calendar.js';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });
const money = (text: string): [string, unknown][] => entities(text, { types: ['MONEY'] }).map((e) => [e.text, e.value]);

describe('the Hijri era in words', () => {
  test('«من الهجرة» after a year is the Hijri era, «النبوية» with it', () => {
    expect(found('توفي الشاعر سنة 1325 من الهجرة في دمشق')).toEqual([['DATE', 'سنة 1325 من الهجرة', '1907-02-14/1908-02-03']]);
    expect(found('بنيت القلعة عام 655 من الهجرة النبوية')).toEqual([['DATE', 'عام 655 من الهجرة النبوية', '1257-01-26/1258-01-14']]);
    expect(found('فتحت المدينة سنة سبع من الهجرة')).toEqual([['DATE', 'سنة سبع من الهجرة', '0628-05-14/0629-05-03']]);
    expect(found('ولد سنة 1200 للهجرة النبوية')).toEqual([['DATE', 'سنة 1200 للهجرة النبوية', '1785-11-04/1786-10-23']]);
    // a Hijri century, like «القرن الرابع الهجري», has no value (before: the fourth century AD)
    expect(found('عاش في القرن الرابع من الهجرة')).toEqual([['DATE', 'القرن الرابع من الهجرة', undefined]]);
    expect(found('عاش في القرن الثاني للهجرة النبوية')).toEqual([['DATE', 'القرن الثاني للهجرة النبوية', undefined]]);
  });

  test('guards: «من» before another word, and the common era, stay as they were', () => {
    expect(found('عاد سنة 1325 من السفر')).toEqual([['DATE', 'سنة 1325', '1325']]);
    expect(found('في عام 1950 م')).toEqual([['DATE', 'عام 1950 م', '1950']]);
  });

  test('a year right after «العام الهجري» is a Hijri year whatever follows it', () => {
    expect(found('وفي العام الهجري 1436 قال المتحدث')).toEqual([['DATE', '1436', '2014-10-25/2015-10-14']]);
    // guard: after another adjective a counted noun still makes a count
    expect(found('سجل العام الحالي 1436 طالبا')).toEqual([['NUM', '1436', 1436]]);
  });
});

describe('a pair of years after the dual', () => {
  test('the Hijri era written after the second is the first year\'s too', () => {
    expect(found('وذلك في عامي 1444 و1445 هـ')).toEqual([
      ['DATE', 'عامي 1444', '2022-07-30/2023-07-18'],
      ['DATE', '1445 هـ', '2023-07-19/2024-07-07'],
    ]);
    expect(found('جرى ذلك في سنتي 1440 و1441 للهجرة')).toEqual([
      ['DATE', 'سنتي 1440', '2018-09-12/2019-08-31'],
      ['DATE', '1441 للهجرة', '2019-09-01/2020-08-19'],
    ]);
  });

  test('guards: Gregorian pairs and periods after «بين» stay as they were', () => {
    expect(found('وذلك في عامي 2010 و2011 في مصر')).toEqual([
      ['DATE', 'عامي 2010', '2010'],
      ['DATE', '2011', '2011'],
    ]);
    expect(found('بين عامي 1440 و1441 هـ')).toEqual([['DATE', 'عامي 1440 و1441 هـ', '2018-09-12/2020-08-19']]);
  });
});

describe('no date past the Hijri present', () => {
  test('a Hijri year above 1500 has no value', () => {
    expect(hijriInterval(1501)).toBeUndefined();
    expect(hijriInterval(1440, undefined, 1600)).toBeUndefined();
    expect(found('عام اثنتين وثلاثين وثلاثمئة ألف من الهجرة')[0]![2]).toBeUndefined();
    // guard
    expect(hijriInterval(1500)).toBe('2076-11-28/2077-11-16');
  });
});

describe('fils and qirsh', () => {
  test('take the currency a country adjective after them names, divided by 1000 or 100', () => {
    expect(found('بلغ سعر اللتر 85 فلسا كويتيا')).toEqual([['MONEY', '85 فلسا كويتيا', { amount: 0.085, currency: 'KWD' }]]);
    expect(found('ارتفع السهم 25 فلسا إماراتيا')).toEqual([['MONEY', '25 فلسا إماراتيا', { amount: 0.25, currency: 'AED' }]]);
    expect(found('ثمن الرغيف 20 قرشا مصريا')).toEqual([['MONEY', '20 قرشا مصريا', { amount: 0.2, currency: 'EGP' }]]);
  });

  test('take the currency of an amount just before them', () => {
    expect(found('بلغ السعر 3 دنانير كويتية و500 فلس')).toEqual([
      ['MONEY', '3 دنانير كويتية', { amount: 3, currency: 'KWD' }],
      ['MONEY', '500 فلس', { amount: 0.5, currency: 'KWD' }],
    ]);
    expect(found('بلغ ثمن التذكرة 5 جنيهات و50 قرشا')).toEqual([
      ['MONEY', '5 جنيهات', { amount: 5, currency: 'EGP' }],
      ['MONEY', '50 قرشا', { amount: 0.5, currency: 'EGP' }],
    ]);
  });

  test('a number before the qirsh is money, not a count', () => {
    expect(found('ارتفع سعر الرغيف عشرة قروش')).toEqual([['MONEY', 'عشرة قروش', undefined]]);
    expect(found('زاد السعر بنحو 20 قرشا')).toEqual([['MONEY', '20 قرشا', undefined]]);
  });

  test('take the currency of the one country their paragraph names', () => {
    expect(money('في الكويت بلغ سعر لتر البنزين 85 فلسا.')).toEqual([['85 فلسا', { amount: 0.085, currency: 'KWD' }]]);
    expect(money('أعلنت الحكومة الأردنية رفع سعر الخبز 20 فلسا للكيلو.')).toEqual([['20 فلسا', { amount: 0.02, currency: 'JOD' }]]);
    expect(money('ارتفع سعر تذكرة المترو في القاهرة 50 قرشا.')).toEqual([['50 قرشا', { amount: 0.5, currency: 'EGP' }]]);
  });

  test('guards: no country, or two, gives no value; US cents stay US cents', () => {
    expect(money('أغلق السهم على 320 فلسا أمس.')).toEqual([['320 فلسا', undefined]]);
    expect(money('زار وفد كويتي الإمارات واتفقا على خفض الرسوم 50 فلسا.')).toEqual([['50 فلسا', undefined]]);
    expect(found('بلغ السعر 3 دنانير كويتية وارتفع النفط 50 سنتا')).toEqual([
      ['MONEY', '3 دنانير كويتية', { amount: 3, currency: 'KWD' }],
      ['MONEY', '50 سنتا', { amount: 0.5, currency: 'USD' }],
    ]);
  });
});
