// Regression tests for QA round 41 of the numeric grammar: the article before the digits of an
// hour («الساعة الـ5»), a city named by a day and month written in words («مدينة ستة أكتوبر»),
// and the editions of an operating system named by a version («ويندوز إن تي 4.0»). Every
// sentence is invented; each case read differently before the fix, and the guards beside them
// read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds, pickNumeric } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('an hour with the article after «الساعة»', () => {
  test('is a TIME from the clock word on', () => {
    expect(found('يغلق المتحف أبوابه عند الساعة الـ7 مساء')).toEqual([['TIME', 'الساعة الـ7 مساء', 'T19:00']]);
    expect(found('تبدأ الورشة من الساعة الـ 10 صباحا')).toEqual([['TIME', 'الساعة الـ 10 صباحا', 'T10:00']]);
    expect(pickNumeric('يفتح السوق من الساعة الـ4 إلى الـ11 مساء')).toEqual([
      ['TIME', 'الساعة الـ4', 'T16:00'],
      ['TIME', '11 مساء', 'T23:00'],
    ]);
  });

  test('guards: with no part of the day it is no time; «الساعة 7 مساء» reads as before', () => {
    expect(found('خلال الساعة الـ24 الأولى من الهدنة')).toEqual([]);
    expect(found('يغلق المتحف عند الساعة 7 مساء')).toEqual([['TIME', 'الساعة 7 مساء', 'T19:00']]);
  });
});

describe('a city named by a day and month in words', () => {
  test('has no NUM and no DATE', () => {
    expect(pickNumeric('أقام الفريق معسكره في مدينة ستة أكتوبر قرب القاهرة')).toEqual([]);
    expect(pickNumeric('افتتح مصنع جديد بمدينة عشرة رمضان')).toEqual([]);
  });

  test('guards: a count after the city, or a date with no such noun, read as before', () => {
    expect(pickNumeric('زار الوفد المدينة ثلاثة أيام في مايو')).toEqual([
      ['NUM', 'ثلاثة', 3],
      ['DATE', 'مايو', '--05'],
    ]);
    expect(pickNumeric('افتتح المصنع في مدينة 6 أكتوبر')).toEqual([]);
  });
});

describe('an edition of an operating system', () => {
  test('is named by its version or year, not counted or dated', () => {
    expect(found('ثبت المهندس نظام ويندوز إن تي 4.0 على الحواسيب')).toEqual([]);
    expect(found('اشترى هاتفا يعمل بنظام ويندوز فون 8')).toEqual([]);
    expect(found('نقلت الشركة خوادمها إلى ويندوز سيرفر 2008 العام الماضي')).toEqual([]);
    expect(found('كان الجهاز يعمل بنظام ويندوز موبايل 6.5')).toEqual([]);
  });

  test('guards: a year after the edition, and a count of phones, still read', () => {
    expect(found('صدر ويندوز إن تي في 1993')).toEqual([['DATE', '1993', '1993']]);
    expect(found('باع المتجر 40 هاتفا')).toEqual([['NUM', '40', 40]]);
  });
});
