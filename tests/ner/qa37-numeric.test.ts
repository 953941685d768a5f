// Regression tests for QA round 37 of the numeric grammar (numbers that name a product, a
// standard, a satellite, a service or a kilometre post). Every sentence is invented; each case
// was misread before the fix, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a number in a name', () => {
  test('of fatty acids, a standard or the racing series spelled «فورميولا» is no NUM', () => {
    expect(found('تحتوي الأسماك الزيتية على أحماض أوميغا 3 المفيدة')).toEqual([]);
    expect(found('نالت الشركة شهادة أيزو 9001 للجودة')).toEqual([]);
    expect(found('قرر منظمو سباقات فورميولا 1 تغيير القواعد')).toEqual([]);
  });

  test('of the British intelligence services is no NUM', () => {
    expect(found('عمل سنوات في جهاز إم آي 6 البريطاني')).toEqual([]);
    expect(found('وقال ضابط سابق في (أم آي 5) إن التهديد كبير')).toEqual([]);
  });

  test('of a satellite is no NUM unless a counted noun follows', () => {
    expect(found('دخل القمر نايل سات 301 الخدمة العام الماضي')).toEqual([]);
    expect(found('تبث القناة عبر عرب سات 7 و8')).toEqual([]);
    expect(found('أطلقت عرب سات 3 أقمار جديدة')).toEqual([['NUM', '3', 3]]);
  });

  test('guards: «أي» before a count still counts', () => {
    expect(found('اشترى أي 5 كتب من المعرض')).toEqual([['NUM', '5', 5]]);
    expect(found('لم يسجل أي 3 أهداف في مباراة')).toEqual([['NUM', '3', 3]]);
  });
});

describe('a kilometre post', () => {
  test('is no NUM', () => {
    expect(found('سيطرت القوات على الكيلو 12 بمحافظة الساحل')).toEqual([]);
    expect(found('وصلت القافلة إلى الكيلو 40 من الطريق الصحراوي')).toEqual([]);
    expect(found('تقدمت الوحدات نحو منطقتي الكيلو 8 والكيلو 9، ثم توقفت')).toEqual([]);
  });

  test('guards: a price per kilo and a weight still count', () => {
    expect(found('تجاوز سعر الكيلو 20 ريالا هذا الأسبوع')).toEqual([['MONEY', '20 ريالا', { amount: 20, currency: 'SAR' }]]);
    expect(found('اشترى التاجر 30 كيلو من البن')).toEqual([['NUM', '30', 30]]);
  });
});
