// Regression tests for QA round 32 of the numeric grammar (a definite teen, or a definite unit
// before a plural scale, before the noun it counts). Every sentence is invented; each case was misread before the fix, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a definite teen before its counted noun', () => {
  test('is a count, as a definite tens word is', () => {
    expect(found('تغيرت المدينة كثيرا خلال الخمسة عشر عاما الماضية')).toEqual([['NUM', 'الخمسة عشر', 15]]);
    expect(found('رسم الفنان صبيا ذا السبعة عشر عامًا')).toEqual([['NUM', 'السبعة عشر', 17]]);
    expect(found('يتوقع نمو الصادرات في الخمس عشرة سنة المقبلة')).toEqual([['NUM', 'الخمس عشرة', 15]]);
    expect(found('عاش في القرية طوال الأربعة عشر شهرا الأخيرة')).toEqual([['NUM', 'الأربعة عشر', 14]]);
  });

  test('guards: a definite teen alone, after its noun, or before an adverb stays out', () => {
    expect(found('صوت الأعضاء الخمسة عشر على القرار')).toEqual([]);
    expect(found('تأهل الفريق إلى دور الستة عشر')).toEqual([]);
    expect(found('وصل المتسابقون الثلاثة عشر جميعا إلى القمة')).toEqual([]);
    expect(found('خلال الأسابيع الأربعة عشر الأولى من العام')).toEqual([]);
    expect(found('أقام في المدينة خمسة عشر عاما')).toEqual([['NUM', 'خمسة عشر', 15]]);
  });
});

describe('a definite unit before a plural scale and its counted noun', () => {
  test('is a count, or an amount before a currency', () => {
    expect(found('يسكن الحي قرابة العشرة آلاف شخص')).toEqual([['NUM', 'العشرة آلاف', 10000]]);
    expect(found('باعت الفرقة نحو الأربعة ملايين نسخة من ألبومها')).toEqual([['NUM', 'الأربعة ملايين', 4000000]]);
    expect(found('قدرت خسائر المصرف بنحو الثلاثة مليارات دولار')).toEqual([['MONEY', 'الثلاثة مليارات دولار', { amount: 3000000000, currency: 'USD' }]]);
  });

  test('guards: after its noun, alone, or before a verb or a definite word it stays out', () => {
    expect(found('أغلقت الشركة فروعها الستة آلاف في البلاد')).toEqual([]);
    expect(found('نقل الجنود الأربعة آلاف إلى الجبهة')).toEqual([]);
    expect(found('يبلغ عدد المتكلمين بها الثلاثة ملايين.')).toEqual([]);
    expect(found('بقي الخمسة آلاف الذين رفضوا الخروج')).toEqual([]);
    expect(found('الأربعة آلاف يعيشون في المخيم')).toEqual([]);
  });
});
