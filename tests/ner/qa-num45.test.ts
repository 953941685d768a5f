// Regression tests for QA round 45 of the numeric grammar: the weekday of wire copy in brackets
// after «اليوم/يوم» or «أمس/غدا» («اليوم (الاثنين)»); four digits before a noun of people
// counted («2000 شخص», «1998 نسمة»); digits after an underscore («codice_12») and after the
// letter A of a model («إيرباص إيه 380»). Every sentence is invented; each case read
// differently before the fix, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text);

describe('a weekday in brackets after its trigger', () => {
  test('«اليوم (…)» and «يوم (…)» are one DATE with the brackets', () => {
    expect(found('وقالت الوزارة اليوم (الاثنين) إن المعبر مفتوح')).toEqual([['DATE', 'اليوم (الاثنين)', '-W-1']]);
    expect(found('ويصل الوفد اليوم (الخميس) إلى العاصمة')).toEqual([['DATE', 'اليوم (الخميس)', '-W-4']]);
    expect(found('وتبدأ الجولة يوم (السبت) المقبل')).toEqual([['DATE', 'يوم (السبت)', '-W-6']]);
  });

  test('«أمس (الاثنين)», «غدا (الاثنين)»: Monday, not "the two"', () => {
    expect(found('وأعلن المتحدث أمس (الاثنين) عن الخطة')).toEqual([['DATE', 'الاثنين', '-W-1']]);
    expect(found('وتعقد اللجنة غدا (الاثنين) اجتماعها')).toEqual([['DATE', 'الاثنين', '-W-1']]);
  });

  test('guards: "the two" in brackets and a bracketed date stay as they were', () => {
    expect(found('وقد صالح بين الاثنين (الأب والابن) بعد خلاف')).toEqual([]);
    expect(found('وقال أمس (الخميس) إن الاتفاق قريب')).toEqual([['DATE', 'الخميس', '-W-4']]);
  });
});

describe('four digits before a noun of people counted', () => {
  test('are a count, not a year', () => {
    expect(found('ويبلغ عدد سكان القرية 1998 نسمة')).toEqual([['NUM', '1998', 1998]]);
    expect(found('وتجمع نحو 2000 شخص أمام المبنى')).toEqual([['NUM', '2000', 2000]]);
    expect(found('وأحصت المنظمة 1850 لاجئ في المخيم')).toEqual([['NUM', '1850', 1850]]);
  });

  test('guards: a year that names an event, and a year before a verb, stay years', () => {
    expect(found('وكان بطل كأس العالم 1986 مواطن أرجنتيني')).toEqual([['DATE', '1986', '1986']]);
    expect(found('وفي 2015 طالبت الحكومة بالتحقيق')).toEqual([['DATE', '2015', '2015']]);
    expect(found('وقع الحادث في 21 يونيو 2016 شخص مجهول')).toEqual([['DATE', '21 يونيو 2016', '2016-06-21']]);
  });
});

describe('digits that end a label', () => {
  test('after an underscore or the letter A of a model there is no NUM', () => {
    expect(found('يعيد التابع codice_12 القيمة صفرا')).toEqual([]);
    expect(found('هبطت طائرة إيه 380 في المطار')).toEqual([]);
    expect(found('ويعمل الهاتف بمعالج ايه 12 الجديد')).toEqual([]);
  });

  test('guards: an amount after a name ending in «ايه», a spaced underscore', () => {
    expect(found('وصدرت الشركة إيه 1.19 مليون برميل يوميا')).toEqual([['NUM', '1.19 مليون', 1190000]]);
    expect(found('الرقم _ 12 هنا')).toEqual([['NUM', '12', 12]]);
  });
});
