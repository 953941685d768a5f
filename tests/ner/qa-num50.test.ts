// Regression tests for QA round 50 of the numeric grammar: centuries and millennia before the
// common era. A century before it may count past 21 («القرن 23 قبل الميلاد»), its era may come
// with «ما» («ما قبل الميلاد»), two centuries may share one «القرن» («القرن الثالث أو الرابع قبل
// الميلاد») or count down in a dual («القرنين الرابع والثالث»), and it now has a value, signed as
// ISO 8601 writes the years before the era ('-04' for the fifth century BC); a millennium
// («الألفية الثالثة», «الألف الرابع قبل الميلاد») is a DATE. Every sentence is invented; the fixes
// read a bare NUM, a century without its era or nothing before, and the guards beside them read
// the same before and after.
import { describe, expect, test } from 'vitest';
import { pickNumeric } from '../helpers/numeric.js';

describe('centuries before the common era', () => {
  test('past the twenty-first, in digits or words', () => {
    expect(pickNumeric('يعود أقدم ذكر لهذه المدينة إلى القرن 23 قبل الميلاد.')).toEqual([['DATE', 'القرن 23 قبل الميلاد', '-22']]);
    expect(pickNumeric('بنيت أول الأهرامات في القرن 27 ق.م على ضفة النيل')).toEqual([['DATE', 'القرن 27 ق.م', '-26']]);
    expect(pickNumeric('ازدهرت المملكة في القرن الثامن والعشرين قبل الميلاد ثم ضعفت')).toEqual([
      ['DATE', 'القرن الثامن والعشرين قبل الميلاد', '-27'],
    ]);
  });

  test('with a value, and with «ما قبل الميلاد»', () => {
    expect(pickNumeric('عاش الفيلسوف في القرن الخامس قبل الميلاد في أثينا')).toEqual([['DATE', 'القرن الخامس قبل الميلاد', '-04']]);
    expect(pickNumeric('وصلت القبائل إلى الساحل في القرن الثالث ما قبل الميلاد')).toEqual([['DATE', 'القرن الثالث ما قبل الميلاد', '-02']]);
  });

  test('two centuries in one «القرن», and a dual counting down', () => {
    expect(pickNumeric('كتبت هذه النقوش في القرن الثالث أو الرابع قبل الميلاد')).toEqual([
      ['DATE', 'القرن الثالث أو الرابع قبل الميلاد', '-03/-02'],
    ]);
    expect(pickNumeric('استوطن الفينيقيون الجزيرة بين القرن الثامن والسابع قبل الميلاد')).toEqual([
      ['DATE', 'القرن الثامن والسابع قبل الميلاد', '-07/-06'],
    ]);
    expect(pickNumeric('حكمت الأسرة من القرن الثاني إلى الخامس قبل الميلاد')).toEqual([
      ['DATE', 'القرن الثاني إلى الخامس قبل الميلاد', '-04/-01'],
    ]);
    expect(pickNumeric('ازدهرت التجارة في القرنين الرابع والثالث قبل الميلاد')).toEqual([
      ['DATE', 'القرنين الرابع والثالث قبل الميلاد', '-03/-02'],
    ]);
  });

  test('and after the era, two centuries or a list in one «القرن» are an interval', () => {
    expect(pickNumeric('انتشرت الطباعة في القرن الخامس عشر والسادس عشر في أوروبا')).toEqual([
      ['DATE', 'القرن الخامس عشر والسادس عشر', '14/15'],
    ]);
    expect(pickNumeric('ازدهرت الموانئ في القرن الرابع عشر والخامس عشر والسادس عشر ثم تراجعت')).toEqual([
      ['DATE', 'القرن الرابع عشر والخامس عشر والسادس عشر', '13/15'],
    ]);
  });

  test('«عشر» written once for two centuries', () => {
    expect(pickNumeric('اشتهرت المدينة بصناعة الحرير في القرن الثامن والتاسع عشر')).toEqual([
      ['DATE', 'القرن الثامن والتاسع عشر', '17/18'],
    ]);
    // but not when the first is the lesser by more than ten: the ninth and the fourteenth
    expect(pickNumeric('بني السور بين القرن التاسع والرابع عشر الميلاديين')).toEqual([
      ['DATE', 'القرن التاسع والرابع عشر الميلاديين', '08/13'],
    ]);
  });

  test('guards: what the grammar read before stays', () => {
    // after the era a century stops at 21, and a dual counts up
    expect(pickNumeric('قد يعيش البشر على المريخ في القرن 23 كما يقول الكاتب')).toEqual([['NUM', '23', 23]]);
    expect(pickNumeric('في القرنين 16 و15 أعداد مختلفة')).toEqual([
      ['NUM', '16', 16],
      ['NUM', '15', 15],
    ]);
    // a period after the era runs forward: the first century keeps only itself
    expect(pickNumeric('تراجعت المدينة في القرن الخامس إلى مرتبة أدنى')).toEqual([['DATE', 'القرن الخامس', '04']]);
    expect(pickNumeric('بلغت المدينة أوجها في القرن العشرين')).toEqual([['DATE', 'القرن العشرين', '19']]);
    expect(pickNumeric('ولد في القرن الرابع الهجري')).toEqual([['DATE', 'القرن الرابع الهجري', undefined]]);
  });
});

describe('millennia', () => {
  test('«الألفية» with an ordinal, with or without its era', () => {
    expect(pickNumeric('ظهرت الكتابة المسمارية في الألفية الرابعة قبل الميلاد')).toEqual([
      ['DATE', 'الألفية الرابعة قبل الميلاد', '-3'],
    ]);
    expect(pickNumeric('دخل العالم الألفية الثالثة بآمال كبيرة')).toEqual([['DATE', 'الألفية الثالثة', '2']]);
    expect(pickNumeric('تعود الفخاريات إلى الألفية الثانية والأولى ق.م')).toEqual([['DATE', 'الألفية الثانية والأولى ق.م', '-1/-0']]);
  });

  test('«الألف» with an ordinal and its era', () => {
    expect(pickNumeric('استقرت القبائل في الوادي منذ الألف الثالث قبل الميلاد')).toEqual([
      ['DATE', 'الألف الثالث قبل الميلاد', '-2'],
    ]);
  });

  test('without its era only the third has a value: «الألفية الثانية» is also the 2000s', () => {
    expect(pickNumeric('تألق الفريق في مطلع الألفية الثانية ثم تراجع')).toEqual([['DATE', 'مطلع الألفية الثانية', undefined]]);
    expect(pickNumeric('بنيت الكاتدرائية في الألفية الثانية الميلادية')).toEqual([['DATE', 'الألفية الثانية الميلادية', '1']]);
  });

  test('guards: no millennium without an ordinal, nor «الألف» without its era', () => {
    expect(pickNumeric('تحدث الوزير عن أهداف الألفية الإنمائية للأمم المتحدة')).toEqual([]);
    expect(pickNumeric('حفظ الطالب ألفية ابن مالك كاملة')).toEqual([]);
    expect(pickNumeric('وصل الزائر الألف الأول إلى المعرض صباحا')).toEqual([]);
  });
});
