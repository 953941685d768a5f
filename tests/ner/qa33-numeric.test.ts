// Regression tests for QA round 33 of the numeric grammar (a definite tens or hundreds word
// before a singular scale and the noun it counts). Every sentence is invented; each case was
// misread before the fix, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a definite tens or hundreds word before a singular scale and its counted noun', () => {
  test('is a count, or an amount before a currency', () => {
    expect(found('تجاوز عدد سكانها الخمسين مليون نسمة')).toEqual([['NUM', 'الخمسين مليون', 50000000]]);
    expect(found('قال إن المائة ألف سلة وزعت أمس')).toEqual([['NUM', 'المائة ألف', 100000]]);
    expect(found('اقترب العدد من المئتي ألف مهاجر')).toEqual([['NUM', 'المئتي ألف', 200000]]);
    expect(found('أنفقت نحو المئة مليون دولار على الملعب')).toEqual([['MONEY', 'المئة مليون دولار', { amount: 100000000, currency: 'USD' }]]);
    expect(found('لتتجاوز سقف العشرين مليار ريال قريبا')).toEqual([['MONEY', 'العشرين مليار ريال', { amount: 20000000000, currency: 'SAR' }]]);
  });

  test('guards: after a definite word, alone, or as per cent it stays out', () => {
    expect(found('وزعت الجمعية المائة ألف سلة')).toEqual([]);
    expect(found('يوقع عقودا تتجاوز المئة مليون وبعدها يستقيل')).toEqual([]);
    expect(found('لا يتجاوز العشرين ألف فكيف يكفي')).toEqual([]);
    expect(found('ارتفع الإنتاج 5 في المائة ألف مرة')).toEqual([['PERCENT', '5 في المائة', 5]]);
    expect(found('سلم المائتين إلى صاحبهما')).toEqual([]);
  });
});

describe('a plural verb in «وا» after a definite tens word', () => {
  test('is no counted noun: the number names a group', () => {
    expect(found('قال أعضاء مجموعة العشرين أبدوا رغبتهم في التعاون')).toEqual([]);
    expect(found('ذكر أن قادة مجموعة الثمانين أكدوا دعمهم للخطة')).toEqual([]);
  });

  test('guards: «عضوا» and other accusatives are still counted', () => {
    expect(found('صوت لصالحه الثلاثين عضوا من أصل خمسين')).toEqual([['NUM', 'الثلاثين', 30], ['NUM', 'خمسين', 50]]);
    expect(found('عاش الخمسين عاما في القرية')).toEqual([['NUM', 'الخمسين', 50]]);
  });
});
