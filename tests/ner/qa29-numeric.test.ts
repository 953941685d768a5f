// Regression tests for QA round 29 of the numeric grammar (a scale typed against its digits,
// a verse of the Quran cited with a slash or as a range in square brackets, amounts in fils).
// Every sentence is invented; each case was read otherwise before the fix, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a scale typed against its digits', () => {
  test('«240ألف», «7مليار دولار» multiply the digits', () => {
    expect(found('يعمل في المصنع نحو 240ألف عامل')).toEqual([['NUM', '240ألف', 240000]]);
    expect(found('بلغ عدد الزوار 16ألفا هذا الأسبوع')).toEqual([['NUM', '16ألفا', 16000]]);
    expect(found('خصصت الحكومة 7مليار دولار للطرق')).toEqual([['MONEY', '7مليار دولار', { amount: 7e9, currency: 'USD' }]]);
  });

  test('guards: a spaced scale, and a word that only begins like a scale, read as before', () => {
    expect(found('يعمل في المصنع نحو 240 ألف عامل')).toEqual([['NUM', '240 ألف', 240000]]);
    expect(found('أصبح 12مليارديرا أغنى')).toEqual([['NUM', '12', 12]]);
  });
});

describe('a verse of the Quran in square brackets', () => {
  test('a sura and its verse joined by a slash, and a range of verses, count nothing', () => {
    expect(found('قال تعالى: (وأوفوا بالعهد) [الإسراء/34] ثم قال')).toEqual([]);
    expect(found('ومنه قوله (قل هو الله أحد) [الإخلاص: 1-4] وهو')).toEqual([]);
    expect(found('وفي الآية [آل عمران/ 64] دعوة')).toEqual([]);
    // (the count after the bracket still counts)
    expect(found('ومنه قوله [الإخلاص: 1-4] 12 مرة')).toEqual([['NUM', '12', 12]]);
  });

  test('guards: a slash in round brackets, and a verse after a colon, read as before', () => {
    expect(found('سجل المنتخب (هدف/3) في المباراة')).toEqual([['NUM', '3', 3]]);
    expect(found('قال تعالى [الإسراء: 34] ثم')).toEqual([]);
  });
});

describe('amounts in fils', () => {
  test('a number before «فلس/فلسا/فلوس» is money of no stated currency', () => {
    expect(found('أغلق السهم على 320 فلسا أمس')).toEqual([['MONEY', '320 فلسا', undefined]]);
    expect(found('تراجع السعر بمقدار 15 فلس، كما')).toEqual([['MONEY', '15 فلس', undefined]]);
  });

  test('guards: cents and halalas keep their currency', () => {
    expect(found('ارتفع الخام 40 سنتا')).toEqual([['MONEY', '40 سنتا', { amount: 0.4, currency: 'USD' }]]);
    expect(found('كلفة الرسالة 25 هللة')).toEqual([['MONEY', '25 هللة', { amount: 0.25, currency: 'SAR' }]]);
  });
});
