// Regression tests for QA round 23 of the numeric grammar (a bracketed period of years more than
// a century long, a life in brackets with a tatweel for its dash, «سي سي», a range whose other
// end no year reaches, «في العام» after a month, a chain of numbers joined by slashes, a month
// that is a family name). Every sentence is invented; each case was misread before the fix, and
// the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('periods of years in brackets', () => {
  test('four-digit years more than a century apart, and a life with a tatweel dash, are one DATE', () => {
    expect(found('حكمت الأسرة الحمدانية (1320-1475) البلاد')).toEqual([['DATE', '1320-1475', '1320/1475']]);
    expect(found('في عهد السلالة (1368ـ 1644)، ازدهرت')).toEqual([['DATE', '1368ـ 1644', '1368/1644']]);
    expect(found('كتب الراهب أوغسطين (350 ـ 430) في روما')).toEqual([['DATE', '350 ـ 430', '0350/0430']]);
  });

  test('guards: round ranges of counts stay NUMs', () => {
    expect(found('يتراوح عدد الطلاب (1000-1500) سنويا')).toEqual([['NUM', '1000', 1000], ['NUM', '1500', 1500]]);
    expect(found('تبلغ الرسوم (300 ـ 400) ريال')).toEqual([['NUM', '300', 300], ['NUM', '400', 400]]);
    expect(found('حكم الملك (1770 – 1774) المدينة')).toEqual([['DATE', '1770 – 1774', '1770/1774']]);
  });
});

describe('counts that look like years', () => {
  test('«سي سي» (cubic centimetres) and a range whose other end no year reaches', () => {
    expect(found('اشترى سيارة بمحرك 1800 سي سي')).toEqual([['NUM', '1800', 1800]]);
    expect(found('ارتفع العدد من 1950 إلى 3420 عاملا')).toEqual([['NUM', '1950', 1950], ['NUM', '3420', 3420]]);
  });

  test('guards: years stay years', () => {
    expect(found('فاز باللقب مرتين 2012 و2914')).toEqual([['DATE', '2012', '2012'], ['NUM', '2914', 2914]]);
    expect(found('من 1950 إلى 1980 عاش هناك')).toEqual([['DATE', '1950 إلى 1980', '1950/1980']]);
  });
});

describe('«في العام» after a month', () => {
  test('gives the month its year', () => {
    expect(found('افتتح المتحف في 9 مايو في العام 1998')).toEqual([['DATE', '9 مايو في العام 1998', '1998-05-09']]);
  });

  test('guard: a bare year after «في» stays apart', () => {
    expect(found('وصل في مايو في 1998 زائرا')).toEqual([['DATE', 'مايو', '--05'], ['DATE', '1998', '1998']]);
  });
});

describe('numbers joined by slashes', () => {
  test('three or more that are no date are a reference', () => {
    expect(found('(سفر الأعمال 4/2/9)')).toEqual([]);
  });

  test('guards: a date, and two numbers', () => {
    expect(found('وقع في 4/2/2009 بالمدينة')).toEqual([['DATE', '4/2/2009', '2009-02-04']]);
  });
});

describe('a month that is a family name', () => {
  test('after a first name «رمضان» names a person', () => {
    expect(found('قدم الممثل محمد رمضان 2016 عرضا')).toEqual([['DATE', '2016', '2016']]);
  });

  test('guard: the month after a preposition', () => {
    expect(found('صام في رمضان 2016 كله')).toEqual([['DATE', 'رمضان 2016', undefined]]);
  });
});
