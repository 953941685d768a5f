// Regression tests for QA round 14 of the numeric grammar (lone decades).
// Every sentence is invented; each case was misread before the fix it names, and the guards
// beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('a decade without its century', () => {
  test('reads a decade after a part word, «منذ», «خلال» or «عقد» as a date (of the twentieth century since numeric round 66)', () => {
    expect(found('ازدهرت الصناعة في أوائل الثمانينات ومنتصف التسعينات')).toEqual([
      ['DATE', 'أوائل الثمانينات', '198'],
      ['DATE', 'منتصف التسعينات', '199'],
    ]);
    expect(found('يعمل المصنع منذ السبعينيات بلا توقف')).toEqual([['DATE', 'السبعينيات', '197']]);
    expect(found('تراجعت الزراعة خلال الستينات كثيرا')).toEqual([['DATE', 'الستينات', '196']]);
    expect(found('شهد عقد الخمسينيات نموا سريعا')).toEqual([['DATE', 'الخمسينيات', '195']]);
  });

  test('reads a decade with its era adjective', () => {
    expect(found('كانت القرية صغيرة في الستينات الميلادية')).toEqual([['DATE', 'الستينات الميلادية', '196']]);
    expect(found('بني المسجد في أواخر السبعينات الهجرية')).toEqual([['DATE', 'أواخر السبعينات الهجرية', undefined]]);
  });

  test('guards: an age is no date, a decade of a century keeps its value', () => {
    expect(found('توفي الكاتب في أواخر الثمانينيات من عمره')).toEqual([]);
    expect(found('كانت جدته في بداية السبعينات من العمر')).toEqual([]);
    expect(found('رأيت رجلا في الأربعينيات يسأل عنك')).toEqual([]);
    expect(found('قالت المعلمة، وهي في منتصف الثلاثينيات، إنها تعبت')).toEqual([]);
    expect(found('تبلغ الحرارة نهاية الاربعينات المئوية ظهرا')).toEqual([]);
    expect(found('في ثلاثينيات القرن العشرين')).toEqual([['DATE', 'ثلاثينيات القرن العشرين', '193']]);
    expect(found('منذ أواخر عشرينيات القرن الفائت')).toEqual([['DATE', 'أواخر عشرينيات القرن الفائت', '192']]);
  });
});
