// Regression tests for QA round 10 of the numeric grammar (SaudiNewsNet and Arabic Wikipedia).
// Every sentence is invented; each case was misread before the fix it names, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';
import { atomize } from '../../src/ner/numeric/atoms.js';
import { relevantHashes, runGrammar } from '../../src/ner/numeric/grammar.js';
import { tokenize } from '../../src/tokenize/index.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('times', () => {
  test('reads minutes in words after an hour word, with the word for minutes', () => {
    expect(found('وصلت الطائرة الساعة الخامسة وستة وعشرين دقيقة')).toEqual([['TIME', 'الساعة الخامسة وستة وعشرين دقيقة', 'T05:26']]);
    expect(found('بدأ الحفل الساعة العاشرة وعشر دقائق صباحا')).toEqual([['TIME', 'الساعة العاشرة وعشر دقائق صباحا', 'T10:10']]);
    expect(found('انطلق القطار في الثامنة وخمس دقائق مساء')).toEqual([['TIME', 'الثامنة وخمس دقائق مساء', 'T20:05']]);
  });

  test('reads twelve in the evening as midnight', () => {
    expect(found('يبدأ الحظر من الساعة الثانية عشرة مساء حتى الفجر')).toEqual([['TIME', 'الساعة الثانية عشرة مساء', 'T00:00']]);
    expect(found('تبدأ الهدنة الساعة 12 مساء')).toEqual([['TIME', 'الساعة 12 مساء', 'T00:00']]);
  });

  test('keeps noon, and a count after an hour', () => {
    expect(found('يصلون الساعة الثانية عشرة ظهرا')).toEqual([['TIME', 'الساعة الثانية عشرة ظهرا', 'T12:00']]);
    expect(found('وصل الساعة العاشرة وثلاثة أشخاص معه')).toEqual([['TIME', 'الساعة العاشرة', 'T10:00'], ['NUM', 'ثلاثة', 3]]);
  });
});

describe('dates', () => {
  test('reads a list of consecutive days before a month as one interval', () => {
    expect(found('يقام المعرض أيام 7,8,9 من يوليو في جدة')).toEqual([['DATE', '7,8,9 من يوليو', '--07-07/--07-09']]);
    expect(found('تنعقد الدورة في 4، 5، 6 مارس 2019 بالرياض')).toEqual([['DATE', '4، 5، 6 مارس 2019', '2019-03-04/2019-03-06']]);
    expect(found('دارت المعارك أيام 12 و13 و14 أكتوبر')).toEqual([['DATE', '12 و13 و14 أكتوبر', '--10-12/--10-14']]);
  });

  test('keeps days that do not follow each other apart', () => {
    expect(found('فاز في 7، 14 يوليو')).toEqual([['NUM', '7', 7], ['DATE', '14 يوليو', '--07-14']]);
  });

  test('keeps a weekday with its modifier and its date', () => {
    expect(found('يبدأ التسجيل يوم الأحد المقبل 10 شوال 1436 هـ في الكليات')).toEqual([['DATE', 'يوم الأحد المقبل 10 شوال 1436 هـ', '2015-07-27']]);
    expect(found('تعلن النتائج صباح الثلاثاء القادم الموافق 5 مايو')).toEqual([['DATE', 'صباح الثلاثاء القادم الموافق 5 مايو', '--05-05']]);
  });

  test('reads «أول» or «غرة» right before a month as its first day', () => {
    expect(found('تطبق الأسعار الجديدة من أول أغسطس')).toEqual([['DATE', 'أول أغسطس', '--08-01']]);
    expect(found('ولد في غرة محرم 1445 هـ بالمدينة')).toEqual([['DATE', 'غرة محرم 1445 هـ', '2023-07-19']]);
    expect(found('صدر القرار في أول يناير 2020')).toEqual([['DATE', 'أول يناير 2020', '2020-01-01']]);
  });

  test('keeps a part of a month and the first so many a count', () => {
    expect(found('عاد في أوائل يناير')).toEqual([['DATE', 'أوائل يناير', '--01']]);
    expect(found('استقبل المعرض أول 1000 زائر')).toEqual([['NUM', '1000', 1000]]);
  });

  test('reads the second century of a pair', () => {
    expect(found('بنيت القلعة في القرن التاسع/العاشر على التل')).toEqual([['DATE', 'القرن التاسع/العاشر', '08/09']]);
    expect(found('ازدهرت المدينة في القرن الرابع الهجري/العاشر الميلادي')).toEqual([['DATE', 'القرن الرابع الهجري/العاشر الميلادي', '09']]);
    expect(found('عاش في القرن 5 هـ/11 م')).toEqual([['DATE', 'القرن 5 هـ/11 م', '10']]);
  });

  test('reads a year after «الموافق», «قبل» or «بعد» and before a demonstrative', () => {
    expect(found('توفي السلطان 648 هـ الموافق 1250، ثم خلفه ابنه')).toEqual([['DATE', '648 هـ', '1250-04-12/1251-04-01'], ['DATE', '1250', '1250']]);
    expect(found('كانت المدينة تعرف بهذا الاسم (قبل 1621) ثم تغير')).toEqual([['DATE', '1621', '1621']]);
    expect(found('وقعت المعركة في 1652 وهذه المعركة مشهورة')).toEqual([['DATE', '1652', '1652']]);
  });

  test('keeps counts after «قبل» and «بعد»', () => {
    expect(found('بنيت قبل 1500 عام')).toEqual([['NUM', '1500', 1500]]);
    expect(found('توقف بعد 1200 متر')).toEqual([['NUM', '1200', 1200]]);
  });
});

describe('numbers', () => {
  test('reads a unit in the accusative with the alef of its tanween', () => {
    expect(found('عاش الشاعر سبعاً وأربعين سنة')).toEqual([['NUM', 'سبعاً وأربعين', 47]]);
    expect(found('حج خمساً وعشرين مرة')).toEqual([['NUM', 'خمساً وعشرين', 25]]);
  });

  test('gives the first number of a range the scale and currency written after the second', () => {
    expect(found('تتراوح الكلفة بين 3.6 و3.7 مليار دولار')).toEqual([
      ['MONEY', '3.6', { amount: 3600000000, currency: 'USD' }],
      ['MONEY', '3.7 مليار دولار', { amount: 3700000000, currency: 'USD' }],
    ]);
    expect(found('يتكلمها بين 10 و12 مليون شخص')).toEqual([['NUM', '10', 10000000], ['NUM', '12 مليون', 12000000]]);
    expect(found('سعره بين 40 و50 دولارا')).toEqual([['MONEY', '40', { amount: 40, currency: 'USD' }], ['MONEY', '50 دولارا', { amount: 50, currency: 'USD' }]]);
  });

  test('keeps a range whose first number is larger, and a sloppy scale, as they were', () => {
    expect(found('ارتفع من 500 إلى 2 مليون')).toEqual([['NUM', '500', 500], ['NUM', '2 مليون', 2000000]]);
    expect(found('يقيم ما بين 450,756 و 500,000 ألف لاجئ')).toEqual([['NUM', '450,756', 450756], ['NUM', '500,000 ألف', 500000000]]);
  });
});

describe('numbers that name', () => {
  test('leaves out the number after a lone letter and a slash', () => {
    expect(found('صدر النظام بالأمر الملكي رقم ( أ / 90 ) وتاريخ 27 / 8 / 1412هـ')).toEqual([['DATE', 'تاريخ 27 / 8 / 1412هـ', '1992-03-02']]);
    expect(found('بموجب المرسوم الملكي رقم م/59 الصادر')).toEqual([]);
  });

  test('keeps the years of a Hijri/common-era pair and numbers after Latin letters', () => {
    expect(found('فتحت المدينة سنة 465 هـ / 1072 م')).toEqual([['DATE', 'سنة 465 هـ', '1072-09-23/1073-09-11'], ['DATE', '1072 م', '1072']]);
    expect(found('فتحة العدسة F/1.9 واسعة')).toEqual([['NUM', '1.9', 1.9]]);
  });

  test('leaves out model numbers of systems, consoles, cars, aircraft and missiles', () => {
    expect(found('أطلقت الشركة نظام ويندوز 10 للحواسيب')).toEqual([]);
    expect(found('تباع منصة بلاي ستيشن 4 في المتاجر')).toEqual([]);
    expect(found('اشترى سيارة بيجو 301 مستعملة')).toEqual([]);
    expect(found('حصل الجيش على منظومة إس 300 الروسية')).toEqual([]);
    expect(found('شارك السائق في سباقات الفورمولا واحد')).toEqual([]);
  });

  test('counts a number listed after a model that has its own counted noun', () => {
    expect(found('خسر السلاح الجوي 12 طائرة ميغ 21 و8 طائرة ميغ 17')).toEqual([['NUM', '12', 12], ['NUM', '8', 8]]);
    expect(found('تنص المواد رقم 21 و22 و23 على ذلك')).toEqual([]);
    expect(found('وفق قراري مجلس الأمن 338 و339 وتبادل الأسرى')).toEqual([]);
  });
});

describe('a lone letter before a slash, whatever the letter', () => {
  test('is read the same when words are skipped by hash as when every word is folded', () => {
    for (const text of ['ی / 15 ', 'رقم ( ی / 90 )', 'رقم ( ک / 12 )']) {
      const tokens = tokenize(text);
      expect(runGrammar(text, atomize(text, tokens, relevantHashes()))).toEqual(runGrammar(text, atomize(text, tokens)));
    }
  });
});
