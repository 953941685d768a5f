// Regression tests for QA round 51 of the numeric grammar: digits after the article. «الـ24»
// before the noun it counts, in the form the number asks for («خلال الـ24 ساعة الماضية», «الـ 12
// لاعبا», «الـ 5 مباريات», «سباق الـ100 متر»), is a known count, as the definite numeral word
// «الأربعين» is; after a definite word, or a noun with a pronoun, it stays an ordinal («القمة
// الـ24», «دورته الـ 40»). A definite tens word counts a noun in «ة» too («العشرين دولة»), and a
// definite word with a proclitic («بالمقاعد») now makes a numeral its adjective. Every sentence
// is invented; the fixes read nothing before (or a NUM where there is none), and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('digits after the article before the noun they count', () => {
  test('an accusative singular after eleven to ninety-nine, or a noun in ة', () => {
    expect(pickNumeric('قتل عشرون مسلحا خلال الـ24 ساعة الماضية في المدينة')).toEqual([
      ['NUM', 'عشرون', 20],
      ['NUM', '24', 24],
    ]);
    expect(pickNumeric('أعلن المدرب قائمة الـ23 لاعبا للبطولة')).toEqual([['NUM', '23', 23]]);
    expect(pickNumeric('لم يخسر الفريق في ال 12 مباراة الأخيرة')).toEqual([['NUM', '12', 12]]);
    expect(pickNumeric('تراجع التضخم في الـ19 دولة الأعضاء بمنطقة اليورو')).toEqual([['NUM', '19', 19]]);
    expect(pickNumeric('ارتفعت الأسعار خلال الـ 12 شهرًا الماضية')).toEqual([['NUM', '12', 12]]);
  });

  test('a plural after three to ten, a genitive singular after the hundreds', () => {
    expect(pickNumeric('تغيرت أمور كثيرة خلال الـ 6 أشهر الماضية')).toEqual([['NUM', '6', 6]]);
    expect(pickNumeric('فاز العداء بذهبية سباق الـ100 متر')).toEqual([['NUM', '100', 100]]);
    expect(pickNumeric('أطلق المسلحون ما يقارب الـ 300 صاروخ على البلدة')).toEqual([['NUM', '300', 300]]);
  });
});

describe('digits after the article that stay out', () => {
  test('an ordinal after a definite word or a noun with a pronoun', () => {
    expect(pickNumeric('افتتحت القمة الـ24 للاتحاد في العاصمة')).toEqual([]);
    expect(pickNumeric('تنطلق الدورة الـ 15 للمهرجان غدا')).toEqual([]);
    expect(pickNumeric('يحتفل الكاتب بعيد ميلاده الـ54 وسط أسرته')).toEqual([]);
    expect(pickNumeric('فاز الحزب بالمقاعد ال 18 كاملة')).toEqual([]);
  });

  test('no counted noun after the digits', () => {
    expect(pickNumeric('بلغ الفريق دور الـ 16 رفقة منتخب آخر')).toEqual([]);
    expect(pickNumeric('يعمل في الشركة الـ2500 معظمهم من الشباب')).toEqual([]);
    expect(pickNumeric('جاء التعديل الـ18 عام 2009')).toEqual([['DATE', 'عام 2009', '2009']]);
  });

  test('an age after the article stays a count, as before', () => {
    expect(pickNumeric('توفي الشاعر عن عمر يناهز الـ85 عاما')).toEqual([['NUM', '85', 85]]);
  });
});

describe('definite numeral words', () => {
  test('a tens word before a noun in ة', () => {
    expect(pickNumeric('تضم الرابطة أكثر من العشرين دولة عضوا')).toEqual([['NUM', 'العشرين', 20]]);
  });

  test('after a definite word with a proclitic, or «عشر», an adjective or an ordinal', () => {
    expect(pickNumeric('فاز الحزب بالمقاعد الثلاثة أيام الانتخابات')).toEqual([]);
    expect(pickNumeric('شهدت الأسرتان التاسعة عشر والعشرين زيادة في البناء')).toEqual([]);
  });
});
