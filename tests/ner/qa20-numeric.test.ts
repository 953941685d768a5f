// Regression tests for QA round 20 of the numeric grammar (periods «من … إلى …» and «بين … و…»,
// eras on both years of a wide period, dates and years inside names, compounds with «و» typed
// apart, the halala). Every sentence is invented; each case was misread before the fix, and the
// guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a period bounded by «من … إلى/حتى …» or «بين … و…»', () => {
  test('is one DATE valued as a period', () => {
    expect(found('شغل المنصب من 1990 إلى 1995 ثم تقاعد')).toEqual([['DATE', '1990 إلى 1995', '1990/1995']]);
    expect(found('عمل في الشركة من عام 2001 وحتى عام 2006، ثم سافر')).toEqual([['DATE', 'عام 2001 وحتى عام 2006', '2001/2006']]);
    expect(found('تولى الوزارة بين عامي 1962 و1967 في عهده')).toEqual([['DATE', 'عامي 1962 و1967', '1962/1967']]);
    expect(found('أجريت الدراسة ما بين 2010 و 2014 على المرضى')).toEqual([['DATE', '2010 و 2014', '2010/2014']]);
    expect(found('امتد حكمه من سنة 1520م إلى سنة 1566م.')).toEqual([['DATE', 'سنة 1520م إلى سنة 1566م', '1520/1566']]);
    expect(found('درّس في المدرسة من عام 1405 إلى 1410 هـ')).toEqual([['DATE', 'عام 1405 إلى 1410 هـ', '1984-09-27/1990-07-23']]);
    expect(found('حكم الفرعون من 1290 ق.م إلى 1224 ق.م في طيبة')).toEqual([['DATE', '1290 ق.م إلى 1224 ق.م', '-1289/-1223']]);
  });

  test('guards: a list of years, two eras, a second year not later, a count', () => {
    expect(found('فاز باللقب في عامي 1998 و2002 مع فريقه')).toEqual([['DATE', 'عامي 1998', '1998'], ['DATE', '2002', '2002']]);
    expect(found('نقل الموعد من 2016 إلى 2015 بقرار')).toEqual([['DATE', '2016', '2016'], ['DATE', '2015', '2015']]);
    expect(found('عاش من 1350هـ إلى 1990م في المدينة')).toEqual([['DATE', '1350هـ', '1931-05-19/1932-05-06'], ['DATE', '1990م', '1990']]);
    expect(found('يحمل ما بين 500 و2000 صندوق')).toEqual([['NUM', '500', 500], ['NUM', '2000', 2000]]);
  });
});

describe('a period of two years, each with its era mark', () => {
  test('joins across more than a century and unequal digits', () => {
    expect(found('عاش الفقيه (80 هـ - 150 هـ) في البصرة')).toEqual([['DATE', '80 هـ - 150 هـ', '0699-03-12/0768-01-29']]);
    expect(found('قامت الإمارة 1650م - 1790م في الشمال')).toEqual([['DATE', '1650م - 1790م', '1650/1790']]);
    expect(found('حكمت الأسرة (1602م-1760م) البلاد')).toEqual([['DATE', '1602م-1760م', '1602/1760']]);
  });
});

describe('a date or a year inside a name', () => {
  test('a day and month after a movement, a coalition, a city, a street or a stadium is no DATE', () => {
    expect(found('أصدر ائتلاف 17 مارس بيانا جديدا')).toEqual([]);
    expect(found('اجتمعت قوى 11 آذار في العاصمة')).toEqual([]);
    expect(found('يقع المصنع في مدينة 10 رمضان الصناعية')).toEqual([]);
    expect(found('تقام المباراة بملعب 18 نوفمبر مساء')).toEqual([]);
  });

  test('software and space probes named by a number are no DATE or NUM', () => {
    expect(found('يعمل الحاسوب بنظام ويندوز 2000 القديم')).toEqual([]);
    expect(found('أرسل المسبار مارينر 10 صورا')).toEqual([]);
    expect(found('تحصل أجهزة نيكسوس 5 و6 على التحديث')).toEqual([]);
  });

  test('guards: an event keeps its date, and so does a date with its year', () => {
    expect(found('في ذكرى ثورة 23 يوليو')).toEqual([['DATE', '23 يوليو', '--07-23']]);
    expect(found('في مدينة جدة يوم 5 مايو')).toEqual([['DATE', 'يوم 5 مايو', '--05-05']]);
    expect(found('أعلن عن تحالف 12 مايو 2010 رسميا')).toEqual([['DATE', '12 مايو 2010', '2010-05-12']]);
  });
});

describe('numbers in words', () => {
  test('a compound whose «و» is typed apart is one number', () => {
    expect(found('حضر خمسة و ثلاثين طالبا')).toEqual([['NUM', 'خمسة و ثلاثين', 35]]);
    expect(found('بلغ عددهم مائة و أربعين رجلا')).toEqual([['NUM', 'مائة و أربعين', 140]]);
  });

  test('guards: two units, a half, and a clause after «و»', () => {
    expect(found('اشترى ثلاثة و أربعة')).toEqual([['NUM', 'ثلاثة', 3], ['NUM', 'أربعة', 4]]);
    expect(found('قتل خمسة و جرح عشرين')).toEqual([['NUM', 'خمسة', 5], ['NUM', 'عشرين', 20]]);
  });
});

describe('the halala', () => {
  test('is a hundredth of the Saudi riyal', () => {
    expect(found('خفضت سعر الدقيقة إلى 25 هللة')).toEqual([['MONEY', '25 هللة', { amount: 0.25, currency: 'SAR' }]]);
    expect(found('بسعر 3 ريالات و75 هللة للعبوة')).toEqual([['MONEY', '3 ريالات', { amount: 3, currency: 'SAR' }], ['MONEY', '75 هللة', { amount: 0.75, currency: 'SAR' }]]);
  });
});
