// Regression tests for QA round 36 of the numeric grammar (an ordinal 11–19 without the article;
// a period of years typed with the later year first; a period before the common era spanning
// millennia). Every sentence is invented; each case was misread before the fix, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('an ordinal from 11 to 19 without the article', () => {
  test('gives no NUM 10', () => {
    expect(found('المدينة هي ثالث عشر أكبر مدينة في البلاد')).toEqual([]);
    expect(found('بايعه أتباعه إماما سابع عشر للطائفة')).toEqual([]);
    expect(found('حكم الملك في الأسرة الحاكمة ثانية عشرة')).toEqual([]);
  });

  test('guards: cardinals 11–19 still count', () => {
    expect(found('وصل ثلاثة عشر لاعبا إلى المطار')).toEqual([['NUM', 'ثلاثة عشر', 13]]);
    expect(found('حضرت ثماني عشرة طالبة الدرس')).toEqual([['NUM', 'ثماني عشرة', 18]]);
  });
});

describe('a period of years with the later year first', () => {
  test('is one DATE running from the earlier year', () => {
    expect(found('خدم في سلاح البحرية (1974-1969) ثم تقاعد')).toEqual([['DATE', '1974-1969', '1969/1974']]);
    expect(found('حكم الأمير المدينة (1688-1672) بحزم')).toEqual([['DATE', '1688-1672', '1672/1688']]);
    expect(found('تألق الفريق في موسم 1983-1982 كثيرا')).toEqual([['DATE', '1983-1982', '1982/1983']]);
  });

  test('guards: the usual order, and a bracketed pair of counts', () => {
    expect(found('خدم في سلاح البحرية (1969-1974) ثم تقاعد')).toEqual([['DATE', '1969-1974', '1969/1974']]);
    expect(found('سجل الفريق (98-87) في المباراة')).toEqual([['NUM', '98', 98], ['NUM', '87', 87]]);
  });
});

describe('a period before the common era over more than a millennium', () => {
  test('is one DATE', () => {
    expect(found('سكن البشر الكهف بين 6000-4500 ق.م تقريبا')).toEqual([['DATE', '6000-4500 ق.م', '-5999/-4499']]);
    expect(found('عاش الصيادون هناك حوالي 2500-1000 قبل الميلاد، ثم رحلوا')).toEqual([['DATE', '2500-1000 قبل الميلاد', '-2499/-0999']]);
  });

  test('guard: a shorter one reads as before', () => {
    expect(found('ازدهرت المدينة (1400-1100 ق.م) ثم اندثرت')).toEqual([['DATE', '1400-1100 ق.م', '-1399/-1099']]);
  });
});
