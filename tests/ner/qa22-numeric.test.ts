// Regression tests for QA round 22 of the numeric grammar (a year written in words after
// «عام/سنة», a half after the currency, a currency sign before punctuation, an ordinal day after
// «الموافق», «صفر اليدين», a bracketed chapter and verse, a number given as the alternative of a
// letter, «إكس بوكس 360»). Every sentence is invented; each case was misread before the fix, and
// the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a year written in words after «عام/سنة»', () => {
  test('with its era, or with hundreds, it is a DATE', () => {
    expect(found('توفي الشاعر عام إحدى وثلاثين هجرية')).toEqual([['DATE', 'عام إحدى وثلاثين هجرية', '0651-08-27/0652-08-14']]);
    expect(found('بنيت القلعة سنة ثلاث وعشرين ومائتين للهجرة')).toEqual([['DATE', 'سنة ثلاث وعشرين ومائتين للهجرة', '0837-12-07/0838-11-26']]);
    expect(found('سقطت المدينة عام خمسمائة قبل الميلاد')).toEqual([['DATE', 'عام خمسمائة قبل الميلاد', '-0499']]);
    expect(found('تخرج في العام ألفين وعشرة من الجامعة')).toEqual([['DATE', 'العام ألفين وعشرة', '2010']]);
    expect(found('ولد عام ألف وتسعمائة وخمسين في القرية')).toEqual([['DATE', 'عام ألف وتسعمائة وخمسين', '1950']]);
    expect(found('لم تمطر هكذا منذ العام ألفين.')).toEqual([['DATE', 'العام ألفين', '2000']]);
    expect(found('فرغ من كتابه سنة تسع وسبعين وخمسمائة')).toEqual([['DATE', 'سنة تسع وسبعين وخمسمائة', undefined]]);
  });

  test('guards: one year counted, a count after the year, a small number without an era', () => {
    expect(found('قضى هناك عام واحد فقط')).toEqual([['NUM', 'واحد', 1]]);
    expect(found('سجل خلال العام ألفين وخمسمائة طالب')).toEqual([['NUM', 'ألفين وخمسمائة', 2500]]);
    expect(found('ولد سنة خمس وعشرين')).toEqual([['NUM', 'خمس وعشرين', 25]]);
    expect(found('حدث ذلك عام 1950 في القرية')).toEqual([['DATE', 'عام 1950', '1950']]);
  });
});

describe('a half after the currency', () => {
  test('is half of the last scale, or of the currency', () => {
    expect(found('بلغت كلفة المشروع مليون دولار ونصف تقريبا')).toEqual([['MONEY', 'مليون دولار ونصف', { amount: 1500000, currency: 'USD' }]]);
    expect(found('اشترى البيت بثلاثة ملايين يورو ونصف.')).toEqual([['MONEY', 'ثلاثة ملايين يورو ونصف', { amount: 3500000, currency: 'EUR' }]]);
    expect(found('أغلق السهم عند 40 دولارا ونصف أمس')).toEqual([['MONEY', '40 دولارا ونصف', { amount: 40.5, currency: 'USD' }]]);
    expect(found('رصدت 300 مليار ريال ونصف المليار ريال للمشاريع')).toEqual([['MONEY', '300 مليار ريال ونصف المليار ريال', { amount: 300500000000, currency: 'SAR' }]]);
  });

  test('guards: half of something named, a second amount', () => {
    expect(found('دفع مليون دولار ونصف المبلغ الباقي')).toEqual([['MONEY', 'مليون دولار', { amount: 1000000, currency: 'USD' }]]);
    expect(found('جمع مليون دولار ونصف مليون يورو')).toEqual([
      ['MONEY', 'مليون دولار', { amount: 1000000, currency: 'USD' }],
      ['MONEY', 'نصف مليون يورو', { amount: 500000, currency: 'EUR' }],
    ]);
  });
});

describe('a currency sign before punctuation', () => {
  test('closing punctuation typed against the sign ends the amount', () => {
    expect(found('بلغت الجوائز 1,500,000 $، بينما')).toEqual([['MONEY', '1,500,000 $', { amount: 1500000, currency: 'USD' }]]);
    expect(found('كلف الملعب 40 مليون £.')).toEqual([['MONEY', '40 مليون £', { amount: 40000000, currency: 'GBP' }]]);
    expect(found('قدرت الغرامة بنحو (300 €) فقط')).toEqual([['MONEY', '300 €', { amount: 300, currency: 'EUR' }]]);
  });

  test('guards: a letter or another sign against it', () => {
    expect(found('كتب 100 $a في الخانة')).toEqual([['NUM', '100', 100]]);
    expect(found('رمز الجلسة 25 $#$ التالي')).toEqual([['NUM', '25', 25]]);
  });
});

describe('an ordinal day after «الموافق»', () => {
  test('is the day of the date it introduces', () => {
    expect(found('وصل يوم الأحد الموافق الخامس من مارس 1990 إلى المدينة')).toEqual([['DATE', 'يوم الأحد الموافق الخامس من مارس 1990', '1990-03-05']]);
    expect(found('في التاسع من رجب الموافق الرابع من أبريل')).toEqual([
      ['DATE', 'التاسع من رجب', undefined],
      ['DATE', 'الرابع من أبريل', '--04-04'],
    ]);
  });

  test('guard: an ordinal describing a noun before it', () => {
    expect(found('الأسبوع الأول من مارس 1990')).toEqual([['DATE', 'مارس 1990', '1990-03']]);
  });
});

describe('«صفر اليدين», empty-handed', () => {
  test('is no zero', () => {
    expect(found('خرج الفريق من البطولة صفر اليدين')).toEqual([]);
    expect(found('عاد الوفد صفر الأيدي')).toEqual([]);
  });

  test('guard: a zero', () => {
    expect(found('انتهت المباراة بنتيجة صفر مقابل هدفين')).toEqual([['NUM', 'صفر', 0]]);
  });
});

describe('a bracketed chapter and verse without the book', () => {
  test('N:M whose M no clock has is a reference', () => {
    expect(found('كما جاء في الآية (٤:٧) من السورة')).toEqual([]);
    expect(found('كما ورد في الكتاب (2:255) وغيره')).toEqual([]);
  });

  test('guards: a time in brackets, a spaced score', () => {
    expect(found('أعلن النتيجة عند (10:30) صباحا')).toEqual([['TIME', '10:30', 'T10:30']]);
    expect(found('فاز الفريق (2 : 1) على ضيفه')).toEqual([['NUM', '2', 2], ['NUM', '1', 1]]);
  });
});

describe('a number given as the alternative of a letter, a console by its number', () => {
  test('is a label', () => {
    expect(found('وقع المنتخب في المجموعة (8 أو H) مع')).toEqual([]);
    expect(found('وقع المنتخب في المجموعة (H أو 8) مع')).toEqual([]);
    expect(found('صدرت اللعبة على إكس بوكس 360 العام الماضي')).toEqual([]);
  });

  test('guards: two numbers, the letter of a code', () => {
    expect(found('اشترى 8 أو 9 سيارات')).toEqual([['NUM', '8', 8], ['NUM', '9', 9]]);
    expect(found('بدقة 4K أو 3840 نقطة')).toEqual([['NUM', '3840', 3840]]);
  });
});
