// Regression tests for QA round 40 of the numeric grammar (own work of session 19): a number
// right after a street, road, building, gate, hall, floor or exit names that place and counts
// nothing. Every sentence is invented; each case was a NUM before the fix, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a number that names a place', () => {
  test('is no count after a street, a building, a gate, a floor or an exit', () => {
    expect(found('يقع المحل في شارع 9 بالمعادي')).toEqual([]);
    expect(found('وصل الضابط إلى المبنى 12 من المجمع')).toEqual([]);
    expect(found('تجمع المسافرون عند البوابة ١٣ الرئيسية')).toEqual([]);
    expect(found('يقع المكتب في الطابق 14 من البرج')).toEqual([]);
    expect(found('انعطف عند مخرج 9 باتجاه الشرق')).toEqual([]);
    expect(found('سيطرت القوات على طريق 60 الدائري')).toEqual([]);
  });

  test('guards: a counted noun after the number, or a unit, still makes a count', () => {
    expect(found('وصلت المساعدات عن طريق 3 شاحنات')).toEqual([['NUM', '3', 3]]);
    expect(found('استأجر شقة 3 غرف')).toEqual([['NUM', '3', 3]]);
    expect(found('يضم الطابق 20 غرفة')).toEqual([['NUM', '20', 20]]);
    expect(found('يبلغ وزن البوابة 150 طنا')).toEqual([['NUM', '150', 150]]);
  });
});
