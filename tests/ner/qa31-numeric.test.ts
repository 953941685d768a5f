// Regression tests for QA round 31 of the numeric grammar (a period of years more than a century
// long, its era mark written once after the later year; a year typed against «لعام/لسنة»). Every sentence is invented; each case
// was read otherwise before the fix, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a long period of years with the era after the later one', () => {
  test('a dynasty or an age over centuries is one DATE', () => {
    expect(found('حكمت الأسرة البلاد (1512-1830م) ثم سقطت')).toEqual([['DATE', '1512-1830م', '1512/1830']]);
    expect(found('ازدهرت المدينة في الفترة 870 - 1150 م وتراجعت بعدها')).toEqual([['DATE', '870 - 1150 م', '0870/1150']]);
    expect(found('عرفت المنطقة عصرا ذهبيا (300–700 م) في تاريخها')).toEqual([['DATE', '300–700 م', '0300/0700']]);
  });

  test('guards: heights and areas in metres and a span past a millennium are not joined; a period under a century stays one', () => {
    // (whatever else is read there, the two numbers are not joined into a period)
    const joined = (text: string): boolean => found(text).some(([type, span]) => type === 'DATE' && /[-–]/.test(span));
    expect(joined('تنمو الأشجار على ارتفاع (1200-1800م تقريبا) في الجبال')).toBe(false);
    expect(joined('يقع السهل بين 400 - 1300 م فوق مستوى البحر')).toBe(false);
    expect(joined('تبنى الأحواض بمساحات (200-700 م2) عادة')).toBe(false);
    expect(joined('امتد الحكم (400-1600م) في الرواية')).toBe(false);
    expect(found('عاش الشاعر (1870-1932م) في القاهرة')).toEqual([['DATE', '1870-1932م', '1870/1932']]);
  });
});

describe('a year typed against the noun of years after a proclitic', () => {
  test('«لعام2007», «لسنة1961», «وعام1990» are years, the span after the clitic', () => {
    expect(found('فاز بالجائزة الكبرى لعام2009 في باريس')).toEqual([['DATE', 'عام2009', '2009']]);
    expect(found('صدر القانون رقم 12 لسنة1975 م.')).toEqual([['DATE', 'سنة1975 م', '1975']]);
    expect(found('زار المدينة وعام1990 عاد إليها')).toEqual([['DATE', 'عام1990', '1990']]);
  });

  test('guards: the spaced and the article forms read as before', () => {
    expect(found('فاز بالجائزة الكبرى لعام 2009 في باريس')).toEqual([['DATE', 'عام 2009', '2009']]);
    expect(found('انتقل إليها في العام2003 مع أسرته')).toEqual([['DATE', 'العام2003', '2003']]);
  });
});
