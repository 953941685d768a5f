// A Hijri year, a Hijri month of a Hijri year, or a period of Hijri years is valued as the
// interval of Gregorian days it covers (API pass 9; before, no value). Invented sentences.
import { describe, expect, test } from 'vitest';
import { entities } from '../../src/index.js';
import { hijriInterval, hijriToIso } from '../../src/ner/numeric/calendar.js';

const dates = (text: string): [string, unknown][] => entities(text, { types: ['DATE'] }).map((e) => [e.text, e.value]);

describe('hijriInterval', () => {
  test('a year runs from its 1 Muharram to the day before the next one', () => {
    expect(hijriInterval(1445)).toBe('2023-07-19/2024-07-07');
    expect(hijriToIso(1445, 1, 1)).toBe('2023-07-19');
    expect(hijriToIso(1446, 1, 1)).toBe('2024-07-08');
  });

  test('a month ends the day before the next month begins, whether it has 29 or 30 days', () => {
    expect(hijriInterval(1445, 9)).toBe('2024-03-11/2024-04-09'); // 30 days
    expect(hijriInterval(1445, 10)).toBe('2024-04-10/2024-05-08'); // 29 days
    expect(hijriInterval(1445, 12)).toBe(`${hijriToIso(1445, 12, 1)}/2024-07-07`);
  });

  test('a run of years or months, and nothing for impossible input', () => {
    expect(hijriInterval(1380, undefined, 1410)).toBe('1960-06-26/1990-07-23');
    expect(hijriInterval(1445, 9, 1445, 10)).toBe('2024-03-11/2024-05-08');
    expect(hijriInterval(0)).toBeUndefined();
    expect(hijriInterval(1410, undefined, 1380)).toBeUndefined();
    expect(hijriInterval(1445, 13)).toBeUndefined();
  });
});

describe('Hijri DATEs in text', () => {
  test('a year with its era, in digits or words, is the interval of its days', () => {
    expect(dates('توفي الشيخ سنة 1325 هـ في بغداد')).toEqual([['سنة 1325 هـ', '1907-02-14/1908-02-03']]);
    expect(dates('ولد عام 1343هـ في القرية')).toEqual([['عام 1343هـ', '1924-08-02/1925-07-21']]);
    expect(dates('توفي 68 هجري في الكوفة')).toEqual([['68 هجري', '0687-07-21/0688-07-08']]);
    expect(dates('بني المسجد في عام ألف وأربعمائة هجرية')).toEqual([['عام ألف وأربعمائة هجرية', '1979-11-21/1980-11-08']]);
  });

  test('a Hijri month of a Hijri year, and a run of two months', () => {
    expect(dates('صدر القرار في رمضان 1430 هـ')).toEqual([['رمضان 1430 هـ', '2009-08-22/2009-09-20']]);
    expect(dates('عاد في شعبان سنة 1325 إلى مكة')).toEqual([['شعبان سنة 1325', '1907-09-09/1907-10-07']]);
    expect(dates('أقيم المعرض بين رمضان وشوال 1445 هـ')).toEqual([['رمضان وشوال 1445 هـ', '2024-03-11/2024-05-08']]);
  });

  test('a period of Hijri years runs from the first day of the first to the last of the last', () => {
    expect(dates('حكم البلاد (1380هـ – 1410هـ) ثم اعتزل')).toEqual([['1380هـ – 1410هـ', '1960-06-26/1990-07-23']]);
  });

  test('guards: no value without a Hijri year, for a common-era year, or for the solar Hijri calendar', () => {
    expect(dates('يصوم المسلمون في رمضان من كل عام')).toEqual([['رمضان', undefined]]);
    expect(dates('سافر في رمضان 2019 إلى مكة')).toEqual([['رمضان 2019', undefined]]);
    expect(dates('سافر في رمضان 1990م إلى مكة')).toEqual([['رمضان 1990م', undefined]]);
    expect(dates('ولد عام 1340 هجري شمسي في مشهد')).toEqual([['عام 1340 هجري', undefined]]);
    expect(dates('صدر الكتاب سنة 1387هـ. ش في طهران')).toEqual([['سنة 1387هـ', undefined]]);
    expect(dates('صدر الكتاب سنة 1390 هـ الشمسية في طهران')).toEqual([['سنة 1390 هـ', undefined]]);
    // the common-era year stays a year
    expect(dates('ولد عام 1990 في القاهرة')).toEqual([['عام 1990', '1990']]);
  });
});
