// Regression tests for QA round 16 of the numeric grammar (numbers joined by a plus, «واحد» in
// idioms of unity, Hijri school and fiscal years, a half after a number, list numbers that open a
// line before a particle). Every sentence is invented; each case was misread before the fix it
// names, and the guards beside them read the same before and after.
import { describe, expect, test } from 'vitest';
import { grammarFinds } from '../helpers/numeric.js';

const found = (text: string): Array<[string, string, unknown]> => grammarFinds(text, { tokenizationFree: true });

describe('numbers joined by a plus', () => {
  test('leaves out digits joined by «+» to other digits: a group, a formula or added time', () => {
    expect(found('وقعت إيران ومجموعة 5+1 اتفاقا في فيينا')).toEqual([]);
    expect(found('التقى وزراء دول (5 + 1) في جنيف')).toEqual([]);
    expect(found('اجتمع ممثلو مجموعة «1+5» في لوزان')).toEqual([]);
    expect(found('تتوفر السيارة بترتيب المقاعد 5+2، في كل الفئات')).toEqual([]);
    expect(found('وقعت مجموعة 5+1 و3 دول أخرى')).toEqual([['NUM', '3', 3]]);
  });

  test('guards: a signed number, a score', () => {
    expect(found('ارتفعت الحرارة إلى +5 درجات')).toEqual([['NUM', '+5', 5]]);
    expect(found('فاز الفريق 5-1 على ضيفه')).toEqual([['NUM', '5', 5], ['NUM', '1', 1]]);
  });
});

describe('«واحد» in idioms of unity', () => {
  test('leaves out «دفعة واحدة» (at once) and «تحت سقف واحد», «كجسد واحد», «بصوت واحد», «قلب رجل واحد», «بعبارة واحدة،»', () => {
    expect(found('أفرجت الحكومة عن المبالغ دفعة واحدة بعد الاتفاق')).toEqual([]);
    expect(found('حصد الفريق ثلاث جوائز دفعة واحدة')).toEqual([['NUM', 'ثلاث', 3]]);
    expect(found('عاشت العائلات تحت سقف واحد سنوات طويلة')).toEqual([]);
    expect(found('يجعلنا التكافل كجسد واحد في الشدائد')).toEqual([]);
    expect(found('رددوا النشيد بصوت واحد في الساحة')).toEqual([]);
    expect(found('وقف الشعب على قلب رجل واحد')).toEqual([]);
    expect(found('إنها، بعبارة واحدة، قصة نجاح')).toEqual([]);
  });

  test('guards: «واحد» that counts', () => {
    expect(found('نجا رجل واحد فقط من الحادث')).toEqual([['NUM', 'واحد', 1]]);
    expect(found('يعيش الأبناء في بيت واحد مع والديهم')).toEqual([['NUM', 'واحد', 1]]);
    expect(found('خسر 5 لاعبين وبقي لاعب واحد')).toEqual([['NUM', '5', 5], ['NUM', 'واحد', 1]]);
    expect(found('لم يتفوه بكلمة واحدة طوال الجلسة')).toEqual([['NUM', 'واحدة', 1]]);
    expect(found('وضع يدا واحدة على الجدار')).toEqual([['NUM', 'واحدة', 1]]);
  });
});

describe('Hijri school and fiscal years', () => {
  test('reads two consecutive years from 1300 to 1469 joined by a slash as one Hijri DATE, in either order', () => {
    expect(found('بدأ التسجيل للعام الدراسي 1436/1437 في جميع المدارس')).toEqual([['DATE', '1436/1437', '2014-10-25/2016-10-02']]);
    expect(found('للعام الجامعي 1437/1436هـ من حملة الدكتوراه')).toEqual([['DATE', '1437/1436هـ', '2014-10-25/2016-10-02']]);
    expect(found('منذ ميزانية العام المالي 1426 / 1427 وحتى اليوم')).toEqual([['DATE', '1426 / 1427', '2005-02-10/2007-01-19']]);
    expect(found('نتائج الفصل الأول للعام ١٤٣٥/١٤٣٦ مشجعة')).toEqual([['DATE', 'عام ١٤٣٥/١٤٣٦', '2013-11-05/2015-10-14']]);
  });

  test('reads a year from 1300 to 1469 after «العام الهجري/الدراسي/الحالي…» as a Hijri DATE', () => {
    expect(found('تنتهي الإجازة قبل نهاية العام الهجري 1436.')).toEqual([['DATE', '1436', '2014-10-25/2015-10-14']]);
    expect(found('صدر القرار خلال العام الحالي 1436، واشترط موافقة الوزارة')).toEqual([['DATE', '1436', '2014-10-25/2015-10-14']]);
  });

  test('guards: seasons of the common era, Hijri–common-era pairs, counts', () => {
    expect(found('للموسم 2014/2015 في الدوري')).toEqual([['DATE', '2014/2015', '2014/2015']]);
    expect(found('تأسست عام 1355/ 1936')).toEqual([['DATE', 'عام 1355', '1936-03-24/1937-03-13'], ['DATE', '1936', '1936']]);
    expect(found('نقل 1436 شخصا خلال العام الحالي')).toEqual([['NUM', '1436', 1436]]);
    expect(found('في العام الحالي 2015 تراجعت المبيعات')).toEqual([['DATE', '2015', '2015']]);
    expect(found('سجل العام الحالي 1436 طالبا جديدا')).toEqual([['NUM', '1436', 1436]]);
  });
});

describe('a half after a number', () => {
  test('adds «ونصف» to the number before it', () => {
    expect(found('تزن الشحنة ثلاثمائة وتسعين ونصف جرام')).toEqual([['NUM', 'ثلاثمائة وتسعين ونصف', 390.5]]);
    expect(found('أضيفي 3 ونصف ملعقة سكر')).toEqual([['NUM', '3 ونصف', 3.5]]);
    expect(found('يسكنها ثلاثة ونصف مليون نسمة')).toEqual([['NUM', 'ثلاثة ونصف مليون', 3500000]]);
  });

  test('guards: a half after a noun, a scale or a definite hour', () => {
    expect(found('عمره ثلاث سنوات ونصف')).toEqual([['NUM', 'ثلاث', 3]]);
    expect(found('بلغ عددهم مليون ونصف')).toEqual([['NUM', 'مليون ونصف', 1500000]]);
    expect(found('انتظر حتى الساعة الثالثة والنصف')).toEqual([['TIME', 'الساعة الثالثة والنصف', 'T03:30']]);
  });
});

describe('list numbers that open a line', () => {
  test('leaves out one or two digits opening a line before a particle or a verb of saying', () => {
    expect(found('ومن شروطه:\n1 أن يكون الدواء مجربا.\n2 إذا كان الدواء قويا خفف بغيره.')).toEqual([]);
    expect(found('4 وقال الشيخ في كتابه إن القول صحيح')).toEqual([]);
  });

  test('guards: a count, a percent or a scale that opens a headline', () => {
    expect(found('5 مصابين في حادث مروري')).toEqual([['NUM', '5', 5]]);
    expect(found('3 في المئة زيادة في الأسعار')).toEqual([['PERCENT', '3 في المئة', 3]]);
    expect(found('4 من رجال الأمن يصابون')).toEqual([['NUM', '4', 4]]);
    expect(found('30 الف زائر للمهرجان')).toEqual([['NUM', '30 الف', 30000]]);
    expect(found('12 المرجع نفسه.')).toEqual([['NUM', '12', 12]]);
  });
});
